"""Normalisation of calendar dates: dates in figures and words, months, years,
decades and centuries.

The rule methods of `CalendarRules`, one per rule id, for the expressions that
name a point of the calendar ("March 5", "2024-03-05", "June 2019", "the
1990s"); `normalise.Resolver` adds the relative expressions. A month and day
without a year are placed by the tense of their clause around the reference
date, or stay underspecified ("XXXX-03-05") without one.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from .._data import iter_rows, lazy
from . import calendar as cal
from . import lexicon as lx
from .context import contract_noun_after, figures_for, word_before
from .normalise_periods import PeriodRules
from .recognise import Candidate
from .resolved import _YEAR_STEP, Resolved
from .values import day_ordinal, pos_mod, tz_name

# A month name and a word of a pair or range, right before a second month.
_MONTH_AND = lazy(
    lambda: regex.compile(
        r"\b(?-i:January|February|March|April|May|June|July|August|September|October|"
        r"November|December)\s++(?:and|or|to|through|-)\s++$"
    )
)


@lazy
def _range_end() -> regex.Pattern[str]:
    """The end of a range of months or days that carries the year, right after
    its start: "(from January) to December 2022", "(March 3) to April 5, 2025"."""
    names = "|".join(sorted((k.capitalize() for k in lx.MONTHS), key=len, reverse=True))
    return regex.compile(
        r"\s*+(?:to|through|thru|until|till|and|-|–)\s*+"
        rf"(?-i:(?P<mon>{names}))\b\.?+(?:\s++(?P<day>\d{{1,2}}+)\b)?+,?+\s++"
        r"(?P<year>1[6-9]\d\d|20\d\d)\b(?![-/]\d)"
    )


@lazy
def _bare_range_end() -> regex.Pattern[str]:
    """The end of a range of bare months, right after its start: "(from
    March) to May", "(between June) and August"; not a day's month ("to May
    5")."""
    names = "|".join(sorted((k.capitalize() for k in lx.MONTHS), key=len, reverse=True))
    return regex.compile(
        r"\s*+(?:to|through|thru|until|till|and|-|–)\s*+"
        rf"(?-i:(?P<mon>{names}))\b(?!\.?+\s*+\d)"
    )


_RANGE_START = frozenset(("from", "between"))


# "the three months to (ended, ending)" right before a month: a quarter.
_THREE_MONTHS_TO = lazy(
    lambda: regex.compile(
        r"\b(?:three|3)\s++months\s++(?:to|ended|ending|through)\s++\Z",
        regex.IGNORECASE,
    )
)
_NEXT_WORD = lazy(lambda: regex.compile(r"\s++([A-Za-z]++)"))


@lazy
def _named_days() -> dict[tuple[int, int], tuple[int, frozenset[str]]]:
    """(month, day) -> (year, nouns) of `data/named_days.tsv`."""
    return {
        (int(mon), int(day)): (int(year), frozenset(nouns.split()))
        for mon, day, year, nouns, *_ in iter_rows("dates/data/named_days.tsv")
    }


__all__ = ["CalendarRules"]


class CalendarRules(PeriodRules):
    """Rule methods for calendar dates, months, years, decades and centuries."""

    # ------------------------------------------------------------------ absolute dates
    def _r_iso(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        d = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if d is None:
            return None
        self._note(day=d)
        if m["H"]:
            tz = m["tz"]
            return Resolved(
                "TIME", f"{cal.fmt_date(d)}T{m['H']}:{m['M']}", timezone=tz_name(tz)
            )
        return Resolved("DATE", cal.fmt_date(d))

    def _r_numeric(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        a, b, y = int(m["a"]), int(m["b"]), m["y"]
        year = int(y) if len(y) == 4 else self._century(int(y))
        if a > 12:
            day, month = a, b
        elif b > 12 or m["sep"] == "/":
            month, day = a, b  # US order unless the first number cannot be a month
        else:
            day, month = a, b  # "24.11.2019": day first
        d = cal.safe_date(year, month, day)
        if d is None:
            return None
        return self._date(d, None)

    def _month_day(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        month = lx.MONTHS[m["mon"].lower().rstrip(".")]
        words = m.groupdict().get("dayw")
        day = day_ordinal(words) if words else int(m["day"])
        if day is None:
            return None
        wd = m.groupdict().get("wd")
        weekday = lx.WEEKDAYS.get(wd.lower().rstrip(".")) if wd else None
        mod = pos_mod(m.groupdict().get("pos"))
        year = self._year_of(m)
        yrel = (m.groupdict().get("yrel") or "").lower()
        if yrel and self.ref is not None:  # "Oct. 23 last year"
            d = cal.safe_date(self.ref.year + _YEAR_STEP[yrel], month, day)
            return self._date(d, "published", mod) if d else None
        if year is not None:
            d = cal.safe_date(year, month, day)
            return self._date(d, None, mod) if d else None
        if self.ref is None:
            if cal.safe_date(2000, month, day) is None:
                return None
            return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}", mod)
        if (end_year := self._range_year(c, month)) is not None:
            d = cal.safe_date(end_year, month, day)
            return self._date(d, None, mod) if d else None
        if (event_year := self._named_day(c, month, day)) is not None:
            # "the Sept. 11 attacks": the day of that one event.
            d = cal.safe_date(event_year, month, day)
            return self._date(d, None, mod) if d else None
        tense = self.tense(c)
        stated = self.year_stated_here(c, tense)
        if stated is not None:  # "In 2019, the firm cut jobs on March 5"
            d = cal.safe_date(stated, month, day)
            return self._date(d, "published", mod) if d else None
        d = cal.place_month_day(
            month,
            day,
            self.ref,
            tense,
            weekday,
            self.ahead(c, tense),
            self.behind(c, tense) or self.done(c, tense),
        )
        return self._date(d, "published", mod) if d else None

    def _named_day(self, c: Candidate, month: int, day: int) -> int | None:
        """The year of the one event a month and day name before its noun
        ("the Sept. 11 attacks", "the Jan. 6 committee"), told in that year
        or later (`data/named_days.tsv`)."""
        nxt = _NEXT_WORD().match(self.norm, c.end)
        if nxt is None or self.ref is None:
            return None
        got = _named_days().get((month, day))
        if got is None or nxt.group(1).lower() not in got[1]:
            return None
        return got[0] if self.ref.year >= got[0] else None

    def _range_year(self, c: Candidate, month: int) -> int | None:
        """The year of a range's start that only its end states: the end's
        year, or the one before when the end's month comes earlier in the
        year ("from December to February 2023": December 2022)."""
        end = _range_end().match(self.norm, c.end)
        if end is None:
            return None
        year = int(end["year"])
        return year - 1 if lx.MONTHS[end["mon"].lower()] < month else year

    def _bare_range_year(self, c: Candidate, month: int) -> int | None:
        """The year of the start of a range of bare months ("from March to
        May", "between November and January"): a range ends on or after its
        start, so the end is placed as the clause's tense says and the start
        is the latest such month not after it ("prices rose from March to
        May" told in mid-March is March to May of last year, not this March
        and last May)."""
        if self.ref is None or word_before(self.norm, c.start) not in _RANGE_START:
            return None
        end = _bare_range_end().match(self.norm, c.end)
        if end is None:
            return None
        tense = self.tense(c)
        end_month = lx.MONTHS[end["mon"].lower()]
        year, _ = cal.place_month(end_month, self.ref, tense, self.ahead(c, tense))
        return year - 1 if end_month < month else year

    def _r_month_day(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        out = self._month_day(c, m)
        if out is None or not m["weekof"]:
            return out
        if out.value.startswith("X"):  # "the week of March 6": the date's ISO week
            return attrs.evolve(out, value="XXXX-WXX")
        day = dt.date.fromisoformat(out.value)
        return attrs.evolve(out, value=cal.fmt_week(day))

    _r_day_month = _month_day
    _r_first_day = _month_day  # "24" of "24-25 April": that day of the month

    def _r_day_alone(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "on the 15th": that day of the month of reference, or of the next
        (previous) month where the clause's tense puts it after (before) it."""
        day = int(m["day"])
        if not 1 <= day <= 31:
            return None
        if self.ref is None:
            return Resolved("DATE", f"XXXX-XX-{day:02d}")
        d = self._day_of_month(c, day, m["mrel"])
        return self._date(d, "published") if d else None

    _r_day_words = _month_day

    def _r_second_day(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "25" of "April 24 and 25": the year of the first day, just resolved."""
        month = lx.MONTHS[m["mon"].lower().rstrip(".")]
        year = self._year_of(m)
        last = self.last_day
        if (
            year is None
            and last is not None
            and last.month == month
            and self._last_day_at >= m.start()
        ):
            year = last.year  # the first day of this list, just placed
        if year is None:
            return Resolved("DATE", f"XXXX-{month:02d}-{int(m['day']):02d}")
        d = cal.safe_date(year, month, int(m["day"]))
        return self._date(d, None if m["year"] else "published") if d else None

    def _r_month_year(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        month = lx.MONTHS[m["mon"].lower().rstrip(".")]
        year = self._year_of(m)
        if year is None:
            return None
        self._note(year=year)
        self._name("month", f"{year:04d}-{month:02d}")
        return Resolved("DATE", f"{year:04d}-{month:02d}", pos_mod(m["pos"]))

    _r_month_year_words = _r_month_year

    def _figures_pair(self, c: Candidate) -> bool:
        """The month is the second of a pair whose first is a statistic's
        period: "figures for January and February", "data for March to May"."""
        pair = _MONTH_AND().search(self.norm, max(0, c.start - 30), c.start)
        return pair is not None and figures_for(self.norm, pair.start())

    def _r_month(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        month = lx.MONTHS[m["mon"].lower()]
        mod = pos_mod(m["pos"])
        rel = " ".join((m["rel"] or "").lower().split())
        if self.ref is None:
            return Resolved("DATE", f"XXXX-{month:02d}", mod)
        ref = self.ref
        if m["yrel"]:  # "July last year"
            year = ref.year + _YEAR_STEP[m["yrel"].lower()]
        elif rel in ("last", "past", "this past", "previous"):
            year = ref.year if month < ref.month else ref.year - 1
            if rel == "last" and ref.month - month == 1:
                # "crashed last February" told in March: the month just over
                # is "last month"; named, it is the one a year before. (Told
                # in January, "last December" is also "December last year",
                # the one just over.)
                year -= 1
        elif rel in ("next", "coming", "this coming"):
            year = ref.year if month > ref.month else ref.year + 1
            if rel == "next" and month - ref.month == 1:
                year += 1  # "next April" told in March: not "next month"
        elif rel in ("this", "current"):
            year = ref.year
        elif (end_year := self._range_year(c, month)) is not None:
            year = end_year  # "from January to December 2022"
        elif (start_year := self._bare_range_year(c, month)) is not None:
            year = start_year  # "prices rose from March to May"
        elif contract_noun_after(self.norm, c.end):
            # "Brent crude futures for June delivery": a contract's month, ahead.
            year = ref.year if month >= ref.month else ref.year + 1
        elif figures_for(self.norm, c.start) or self._figures_pair(c):
            # "retail sales for February will be released Friday": the figures
            # of a month exist only once it has begun, so a month still ahead
            # is last year's, whatever the tense.
            year = ref.year if month <= ref.month else ref.year - 1
        else:
            tense = self.tense(c)
            stated = self.year_stated_here(c, tense)
            if stated is not None:
                year = stated  # "Last year's storm hit in October"
            else:
                year, _ = cal.place_month(
                    month, ref, tense, self.ahead(c, tense), self.done(c, tense)
                )
        self._note(year=year)
        self._name("month", f"{year:04d}-{month:02d}")
        if month % 3 == 0 and _THREE_MONTHS_TO().search(
            self.norm, max(0, c.start - 40), c.start
        ):
            # "GDP shrank in the three months to December": a quarter reported,
            # the topic of "the previous quarter" and "the quarter" after it.
            self.last_quarter, self.last_quarter_at = (year, month // 3), c.start
        return Resolved("DATE", f"{year:04d}-{month:02d}", mod, "published")

    def _r_new_year(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "in the new year": the year after the reference one; the reference
        year itself in January, when the new year has begun, or in a past
        clause ("prices rose after the new year"). "early in the new year" is
        its start."""
        mod = pos_mod(m["pos"])
        if self.ref is None:
            return Resolved("DATE", "XXXX", mod)
        begun = self.ref.month == 1 or self.tense(c) in ("past", "past?")
        year = self.ref.year + (not begun)
        self._state_year(year)
        return Resolved("DATE", f"{year:04d}", mod, "published")

    def _r_decade(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        if m["dec"] and m["dec"].endswith("0") and m["dec"] < "200":
            # "the 1800s", "the early 1900s": a century ("18"), as news means
            # it; "the 2000s" is the decade it names in news today
            return Resolved("DATE", m["dec"][:2], pos_mod(m["pos"]))
        if m["dec"]:
            value = m["dec"]
        elif m["dec3"]:
            # "the 1960s and 70s": the century of the decade just named (the
            # next one after its last decade: "the 1990s and 00s").
            cent = int(m["cent"]) + (m["pdec"] == "9" and m["dec3"] in "01")
            value = f"{cent:02d}{m['dec3']}"
        elif m["decw"]:
            value = f"19{lx.NUMBERS[m['decw'].lower()[:-3] + 'y'] // 10}"
        else:
            digit = int(m["dec2"])
            base = self.ref.year if self.ref else 1999
            century = base // 100
            if digit * 10 > base % 100:
                century -= 1
            value = f"{century:02d}{digit}"
        self._name("decade", value)
        return Resolved("DATE", value, pos_mod(m["pos"]))

    def _r_century(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        rel = (m["rel"] or "").lower()
        ordw = m["ord"].lower()
        if ordw == "last" and not rel:
            rel = "last"  # "the last century": the one before this, not the 4th
        n = lx.ORDINALS.get(ordw)
        if n is None:
            digits = regex.match(r"\d++", ordw)
            n = (
                int(digits.group())
                if digits
                else (21 if ordw == "twenty-first" else None)
            )
        if rel in ("this", "last", "next", "past") and self.ref is not None:
            n = (
                self.ref.year // 100
                + 1
                + {"this": 0, "last": -1, "past": -1, "next": 1}[rel]
            )
        if n is None or not 1 <= n <= 30:
            return None
        return Resolved("DATE", f"{n - 1:02d}", pos_mod(m["pos"]))

    def _r_year(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        year = int(m["year"])
        if m["y2"] and c.end >= m.end("y2"):
            # "FY2025-26", "the 2023/24 season": a fiscal or season year goes by
            # the year it ends in (FY2026 is 2025-26).
            year += 1
        mod = pos_mod(m["pos"]) if c.start <= m.start() else None
        if m["later"]:
            mod = "EQUAL_OR_MORE" if "later" in m["later"].lower() else "EQUAL_OR_LESS"
        if m["pp"]:  # "post-1959 politics", "pre-1914 Europe"
            mod = "AFTER" if m["pp"].lower() == "post" else "BEFORE"
        self._state_year(year)
        return Resolved("DATE", f"{year:04d}", mod)

    def _r_year_end(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        first = int(m["first"])
        year = first + (int(m["y2"]) - first % 100) % 100
        self._note(year=year)
        return Resolved("DATE", f"{year:04d}")

    def _r_year_words(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        year = self._year_of(m)
        if year is None:
            return None
        self._state_year(year)
        return Resolved("DATE", f"{year:04d}")

    def _r_fy_short(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        year = self._century(int(m["y2"]))
        self._note(year=year)
        return Resolved("DATE", f"{year:04d}")
