"""Normalisation of expressions relative to a unit of the calendar: "last
week", "earlier this year", "the following month", "over the past year", "the
decade to 2020", "mid-century", "year-end", "year-earlier".

A layer of the resolver (see `normalise`), over the day rules. The unit is
counted from the reference (publication) date, or from the last date the
article named; the clause's tense decides which way an unmarked middle or end
lies ("the plant was built at mid-century" told in 2024 is the last
century's).
"""

from __future__ import annotations

import datetime as dt

import regex

from .._data import lazy
from . import calendar as cal
from . import lexicon as lx
from .context import word_before
from .neighbours import story_day_word, week_edge
from .normalise_days import DayRules
from .recognise import Candidate
from .resolved import _DAY, _SPAN_BEFORE, _STEPS, Resolved
from .values import duration_value, pos_mod, underspecified

__all__ = ["UnitRules"]


# After "the decade", "the century": a year that bounds a stretch of that
# length ("the decade to 2020", "the decade since 2010").
_TO_YEAR = lazy(
    lambda: regex.compile(
        r"\s++(?:to|ending|ended|through|till|until|since)\s++(?:in\s++)?"
        r"(?:1[5-9]|20)\d\d(?![\d%])",
        regex.I,
    )
)
# After "the year", "the week", "the month": the end of a stretch of that
# length ("the year to March", "the week ended Friday", "the 12 months to June"
# has its number and is a duration anyway).
_TO_END = lazy(
    lambda: regex.compile(
        r"\s++(?:to|ending|ended|through|till|until)\s++(?:(?:the\s++)?end\s++of\s++)?+"
        r"(?:(?:last|this|next)\s++)?+"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
        r"|january|february|march|april|june|july|august|september|october"
        r"|november|december|monday|tuesday|wednesday|thursday|friday|saturday"
        r"|sunday)\b",
        regex.I,
    )
)

# The last day of a week right after "the week": "ended Jan. 11", "ending
# Friday", "to Sunday, Jan. 5", "ended Sept. 30, 1989" (a weekday, a month and
# day, or both).
_WEEK_END = lazy(
    lambda: regex.compile(
        r"\s++(?:that\s++)?+(?P<verb>ended|ending|to|through)\s++"
        r"(?=\p{Lu})(?:(?P<wd>(?-i:[A-Z][a-z]{2,5}day))\b,?+\s*+)?+"
        r"(?:(?P<mon>(?-i:[A-Z][a-z]{2,8}))\.?+\s++(?P<day>[1-9]|[12]\d|3[01])(?!\d)"
        r"(?:st|nd|rd|th)?+(?:,?+\s++(?P<year>(?:1[89]|20)\d\d)(?!\d))?+)?+",
        regex.IGNORECASE,
    )
)


# A future seen from the past: "said it would finish".
_PAST_FUTURE = lazy(lambda: regex.compile(r"\b(?:would|could|might)\b|'d\b", regex.I))


class UnitRules(DayRules):
    """ "last week", "the following month", "mid-century", "year-end"."""

    def _week_ended(self, c: Candidate) -> Resolved | None:
        """ "(jobless claims in) the week ended Jan. 11", "the week to Friday":
        the calendar week its last day closes, weekly figures being reported by
        the week; the ISO week that holds most of its seven days (that of the
        day three days before its end). None when no day is stated."""
        end = _WEEK_END().match(self.norm, c.end)
        if end is None or not (end["wd"] or end["mon"]):
            return None
        if end["mon"] and end["mon"].lower() not in lx.MONTHS:
            return None
        if end["wd"] and not end["mon"] and end["wd"].lower() not in lx.WEEKDAYS:
            return None
        past = end["verb"].lower() == "ended"
        year = int(end["year"]) if end["year"] else None
        day: dt.date | None
        if not end["mon"]:
            day = self._weekday(
                lx.WEEKDAYS[end["wd"].lower()], "", "past" if past else self.tense(c)
            )
        elif year is not None:
            day = cal.safe_date(year, lx.MONTHS[end["mon"].lower()], int(end["day"]))
        elif self.ref is not None:
            day = cal.place_month_day(
                lx.MONTHS[end["mon"].lower()],
                int(end["day"]),
                self.ref,
                "past" if past else self.tense(c),
                behind=past,  # "the week ended Jan. 11": not after the reference
            )
        else:
            day = None
        if day is None:
            return None
        anchor = None if year is not None else "published"
        return Resolved("DATE", cal.fmt_week(day - 3 * _DAY), None, anchor)

    def _past_named_ahead(self, c: Candidate, unit: str, named: str) -> bool:
        """The year or month named earlier in the sentence is before the
        reference one, and the clause of `c` looks ahead: "the year" there is
        not that past one ("Inflation, which peaked in December, will fall by
        the end of the year": this year's end, not December's year). A future
        seen from the past keeps it ("In 2005, it said it would finish the
        plant by the end of the year")."""
        if self.ref is None or unit not in ("year", "month"):
            return False
        now = f"{self.ref.year:04d}" + (
            f"-{self.ref.month:02d}" if unit == "month" else ""
        )
        if named >= now or self.tense(c) != "future":
            return False
        s, _ = self.sentence(c.start)
        return _PAST_FUTURE().search(self.norm, s, c.start) is None

    # ------------------------------------------ expressions relative to a unit
    def _r_relative(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        rel = " ".join(m["rel"].lower().split())
        unit = m["unit"].lower()
        pos = (m["pos"] or "").lower()
        # "earlier this year" keeps the year's value; "early", "the end of" add a mod.
        mod = None if pos in ("earlier", "later") else pos_mod(pos)
        if m["orso"] and mod is None:
            mod = "APPROX"  # "over the next year or so"
        the = rel.startswith("the ")
        core = rel[4:] if the else rel
        if (
            the
            and core in ("past", "last", "next", "coming")
            and unit not in ("weekend", "day")
            and (
                word_before(self.norm, c.start) in _SPAN_BEFORE
                # "the past decade", "the next century": the ten or hundred
                # years up to or from now ("the last century" is the one
                # before this, a point).
                or (
                    core in ("past", "next", "coming") and unit in ("decade", "century")
                )
            )
        ):
            # "over the past year": the span up to now. Elsewhere "the past year"
            # is a point, the year before this one ("the past year was hard").
            return Resolved("DURATION", duration_value(1, unit), mod)
        if unit == "fortnight":
            return Resolved("DURATION", "P2W", mod)
        if rel == "the" and not pos and _TO_END().match(self.norm, c.end):
            if unit == "week" and (week := self._week_ended(c)) is not None:
                return week
            # "in the year to March", "the year ending June 30": a stretch of
            # one unit that ends then, not the current one (a fiscal year, which
            # no calendar value names).
            return Resolved("DURATION", duration_value(1, unit))
        if (
            rel == "the"
            and not pos
            and unit in ("decade", "century")
            and _TO_YEAR().match(self.norm, c.end)
        ):
            # "growth averaged 2% in the decade to 2020", "the century since
            # 1900": a stretch of one unit bounded by that year, as "the year
            # to March" is; not the current decade.
            return Resolved("DURATION", duration_value(1, unit))
        if unit == "century" and "turn" in pos and core == "the" and self.ref:
            # "the turn of the century": the start of a century, as "the turn of
            # the 21st century" is "20" START; the tense picks the turn behind
            # ("by the turn of the century the city was gone": 1900) or ahead,
            # else the nearest one ("20" in 1998).
            tense = self.tense(c)
            n = round(self.ref.year / 100)
            if tense in ("past", "past?"):
                n = self.ref.year // 100
            elif tense in ("future", "future?"):
                n = self.ref.year // 100 + 1
            return Resolved("DATE", f"{n:02d}", "START", "published")
        # Offset and anchor.
        anaphoric = (
            core in ("that", "same", "that same", "following", "previous")
            or (core == "next" and unit == "day")
            or story_day_word(core, unit, pos, self.last_day, self.ref)
        )
        step = _STEPS.get(core, 0)
        if core in ("year-ago", "year-earlier"):
            unit = "year"
        base: dt.date | None
        anchor = "published"
        named = self._named_here(unit, c.start) if core in ("the", "that") else None
        if named is not None and self._past_named_ahead(c, unit, named):
            named = None
        if named is not None:
            # "In March ... at the end of the month": the month just named.
            return Resolved("DATE", named, mod, "previous")
        month = self._last_named("month") if unit == "month" else None
        if anaphoric and month is not None and core != "next":
            # "In March, ... The following month": the month after the last named.
            y, mo = cal.add_months(int(month[:4]), int(month[5:7]), step)
            return Resolved("DATE", f"{y:04d}-{mo:02d}", mod, "previous")
        if anaphoric and self.last_day is not None:
            base, anchor = self.last_day, "previous"
        elif anaphoric and self.last_year is not None:
            base, anchor = dt.date(self.last_year, 7, 1), "previous"
            if self.last_day is None and unit not in (
                "day",
                "year",
                "decade",
                "century",
            ):
                base = None
        else:
            base = self.ref
        if base is None:
            return Resolved("DATE", underspecified(unit), mod)
        if unit == "day":
            return self._date(base + step * _DAY, anchor, mod)
        if unit == "year":
            if core == "the" and regex.match(
                r"\s++(?:ended|ending)\b", self.norm[c.end : c.end + 10]
            ):
                return Resolved("DURATION", "P1Y")  # "for the year ended Sept. 30"
            year = base.year + step
            self._state_year(year)
            return Resolved("DATE", f"{year:04d}", mod, anchor)
        if unit == "month":
            y, mo = cal.add_months(base.year, base.month, step)
            return Resolved("DATE", f"{y:04d}-{mo:02d}", mod, anchor)
        if unit == "week":
            if step == 0 and base is self.ref and core in ("this", "the"):
                step = week_edge(
                    base, pos, self.tense(c) if base.isoweekday() == 7 else None
                )
            return Resolved("DATE", cal.fmt_week(base + step * 7 * _DAY), mod, anchor)
        if unit == "weekend":
            if (
                step == 0
                and base.isoweekday() < 6
                and self.tense(c) in ("past", "past?")
            ):
                step = -1
            elif (
                step == 0
                and base is self.ref
                and core == "the"
                and base.isoweekday() == 7
                and self.tense(c) == "future"
            ):
                # told on a Sunday, "conditions will ease by the weekend" is
                # the next one; the weekend under way is behind it.
                step = 1
            sunday = base + dt.timedelta(days=7 - base.isoweekday()) + step * 7 * _DAY
            return Resolved("DATE", cal.fmt_week(sunday) + "-WE", mod, anchor)
        if unit == "decade":
            return Resolved("DATE", f"{base.year // 10 + step:03d}", mod, anchor)
        if unit == "century":
            return Resolved("DATE", f"{base.year // 100 + step:02d}", mod, anchor)
        return None

    def _r_unit_point(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        unit = (m["unit"] or m["unit2"]).lower()
        mod = "MID" if (m["pos"] or "").lower() == "mid" else "END"
        named = self._named_here(unit, c.start)
        if named is not None and not self._other_time(c, unit, named):
            return Resolved("DATE", named, mod, "previous")  # "In 2015 ... by mid-year"
        ref = self.ref
        if ref is None:
            return Resolved("DATE", underspecified(unit), mod)
        if mod == "END" and unit in ("month", "quarter") and self._end_passed(c):
            # "shares fell at quarter-end" told in November: the quarter-end
            # passed, September's, not December's still ahead.
            back = 1 if unit == "month" else 3
            y, mo = cal.add_months(ref.year, ref.month, -back)
            ref = dt.date(y, mo, 1)
        elif mod == "END" and unit == "year" and ref.month < 12 and self._end_passed(c):
            ref = dt.date(ref.year - 1, 12, 1)
        elif (
            mod == "MID"
            and unit in ("century", "decade")
            and self._mid_passed(c, ref, unit)
        ):
            # "the plant was built at mid-century" told in 2024: the middle of
            # this century is ahead, so a past clause names the last one's.
            ref = dt.date(ref.year - (100 if unit == "century" else 10), 1, 1)
        value = {
            "century": f"{ref.year // 100:02d}",
            "decade": f"{ref.year // 10:03d}",
            "year": f"{ref.year:04d}",
            "month": f"{ref.year:04d}-{ref.month:02d}",
            "week": cal.fmt_week(ref),
            "quarter": f"{ref.year:04d}-Q{cal.quarter_of(ref)}",
        }[unit]
        return Resolved("DATE", value, mod, "published")

    def _other_time(self, c: Candidate, unit: str, named: str) -> bool:
        """The year named earlier in the sentence lies on the other side of the
        reference year from where the clause's tense puts `c`: "cut rates
        twice last year and analysts expect another cut by mid-year" is this
        year's middle, not last year's."""
        if unit != "year" or self.ref is None or not named.isdigit():
            return False
        tense = self.tense(c)
        year = int(named)
        return (year < self.ref.year and tense in ("future", "future?")) or (
            year > self.ref.year and tense in ("past", "past?")
        )

    def _mid_passed(self, c: Candidate, ref: dt.date, unit: str) -> bool:
        """The middle of the reference century (decade) is still ahead and the
        clause is past: it names the previous one's."""
        span = 100 if unit == "century" else 10
        return ref.year % span < span // 2 and self.tense(c) == "past"

    def _end_passed(self, c: Candidate) -> bool:
        """The end of a unit in a past clause or after "since" ("since
        year-end", "debt at year-end was"): one that has passed."""
        return word_before(self.norm, c.start) == "since" or self.tense(c) in (
            "past",
            "past?",
        )

    def _r_year_adj(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        w = m["w"].lower().replace("'s", "").replace(" ", "-")
        if self.ref is None:
            return Resolved("DATE", "XXXX")
        if w in ("earlier", "ago"):
            if self.span_topic(c) is not None:
                # "For the nine months, ... year-earlier net": that span's year.
                year = (self.last_quarter or (self.ref.year, 0))[0] - 1
                return Resolved("DATE", f"{year:04d}", None, "previous")
            if self.last_quarter is not None and c.start - self.last_quarter_at < 1500:
                y, q = self.last_quarter
                return Resolved("DATE", f"{y - 1:04d}-Q{q}", None, "previous")
            return Resolved("DATE", f"{self.ref.year - 1:04d}", None, "published")
        named = self._named_here("year", c.start) if w == "end" else None
        if named is not None:  # "sales in 1988 ... at year-end": that year
            return Resolved("DATE", named, "END", "previous")
        if w == "end" and self.ref.month < 12 and self._end_passed(c):
            # "the index is up 12% since year-end", "debt at year-end was $5
            # billion" told before December: the year-end passed, last year's.
            return Resolved("DATE", f"{self.ref.year - 1:04d}", "END", "published")
        return Resolved(
            "DATE", f"{self.ref.year:04d}", "END" if w == "end" else None, "published"
        )
