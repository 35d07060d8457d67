"""Normalisation: turn each recognised candidate into a TIMEX3 type, value and mod.

`Resolver` is the normaliser of one document. Its rule methods come in layers,
one family a module: `normalise_amounts.AmountRules` (durations, sets),
`normalise_clock.ClockRules` (clock times), `normalise_times.TimeRules` (parts
of the day, holidays), `normalise_quarters.QuarterRules` (quarters),
`normalise_periods.PeriodRules` (halves, seasons),
`normalise_calendar.CalendarRules` (calendar dates, months, years),
`normalise_days.DayRules` (weekdays, "today", parts of the day),
`normalise_units.UnitRules` ("last week", "the following month", "year-end"),
and here the other relative expressions ("two days ago", "the month before",
"that day").

Relative values are resolved against the reference (publication) date, or, for
anaphoric phrases ("that day", "three days later"), against the last date the
article named. Without a reference date nothing is resolved against today:
values stay underspecified ("XXXX-04-04", "XXXX-WXX-1").
"""

from __future__ import annotations

import datetime as dt

import regex

from .._data import lazy
from . import calendar as cal
from . import lexicon as lx
from .ahead import match_ahead
from .normalise_units import UnitRules
from .recognise import Candidate
from .resolved import _DAY, _YEAR_STEP, Resolved
from .values import duration_value, number, underspecified

__all__ = ["Resolved", "Resolver"]


class Resolver(UnitRules):
    """Normalises the candidates of one document, in text order."""

    # -------------------------------------------------- relative expressions
    def _r_unit_before(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "from 3.2% the month before": the month before the one just named
        (April's "month before" is March); with none named, the reference one."""
        unit = m["unit"].lower()
        step = 1 if m["dir"].lower() == "after" else -1
        ref = self.ref
        if unit == "month":
            named = self._last_named("month")
            if named is not None:
                y, mo = cal.add_months(int(named[:4]), int(named[5:7]), step)
                return Resolved("DATE", f"{y:04d}-{mo:02d}", None, "previous")
            if ref is None:
                return Resolved("DATE", underspecified(unit))
            y, mo = cal.add_months(ref.year, ref.month, step)
            return Resolved("DATE", f"{y:04d}-{mo:02d}", None, "published")
        if unit == "year":
            base = (
                self.last_year
                if self.last_year is not None
                else (ref.year if ref else None)
            )
            if base is None:
                return Resolved("DATE", underspecified(unit))
            anchor = "previous" if self.last_year is not None else "published"
            return Resolved("DATE", f"{base + step:04d}", None, anchor)
        if unit == "quarter":
            topic = self._topic_quarter(c)
            if topic is None:
                return Resolved("DATE", "XXXX-QX")
            y, q = topic[0], topic[1] + step
            y, q = (y - 1, 4) if q == 0 else (y + 1, 1) if q == 5 else (y, q)
            return Resolved("DATE", f"{y:04d}-Q{q}", None, "previous")
        week = self._named.get("week")
        if week is not None and week[0] > self._last_day_at:
            # "Last week, three ministers resigned. The week before, ...": the
            # week before the one just named, not before the day named earlier.
            monday = dt.date.fromisocalendar(int(week[1][:4]), int(week[1][6:8]), 1)
            return Resolved(
                "DATE", cal.fmt_week(monday + step * 7 * _DAY), None, "previous"
            )
        day = self.last_day or ref
        if day is None:
            return Resolved("DATE", underspecified(unit))
        anchor = "previous" if self.last_day is not None else "published"
        return Resolved("DATE", cal.fmt_week(day + step * 7 * _DAY), None, anchor)

    def _r_unit_ellipsis(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "next" of "this year and next": the unit after the reference one;
        "last" of "this year and last": the unit before it."""
        ref = self.ref
        unit = m["unit"].lower()
        if ref is None:
            return Resolved("DATE", underspecified(unit))
        step = 1 if m["rel"].lower() == "next" else -1
        if unit == "year":
            return Resolved("DATE", f"{ref.year + step:04d}", None, "published")
        if unit == "month":
            y, mo = cal.add_months(ref.year, ref.month, step)
            return Resolved("DATE", f"{y:04d}-{mo:02d}", None, "published")
        return Resolved("DATE", cal.fmt_week(ref + step * 7 * _DAY), None, "published")

    def _r_day_of(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "It's the second day of an offensive": today; "Nov. 3, the day
        before ...": the day just named; "the day after his death": the day
        after the last one named; else unknown."""
        rel = m["rel"].lower()
        shift = {"after": 1, "before": -1}.get(rel, 0)
        if m["wd"]:  # "the day before last Tuesday's hearing"
            wd = lx.WEEKDAYS[m["wd"].lower()]
            wrel = (m["wrel"] or "").lower()
            day = self._weekday(wd, wrel, None if wrel else self.tense(c), c.start)
            if day is None:
                return _UNKNOWN_DAY
            return self._date(day + shift * _DAY, "published")
        if m["mon"] and c.end == m.end():  # "the day after May 5"
            out = self._month_day(c, m)
            if out is None or out.value.startswith("X"):
                return _UNKNOWN_DAY
            return self._date(
                dt.date.fromisoformat(out.value) + shift * _DAY, out.anchor
            )
        before = self.norm[max(0, c.start - 24) : c.start]
        if m["ord"] and rel == "of" and _PRESENT_COPULA().search(before):
            return self._date(self.ref, "published") if self.ref else _UNKNOWN_DAY
        last = self.last_day
        if (
            last is not None
            and _APPOSITION().search(before)
            and self._last_day_at >= c.start - 40
        ):
            # "Oct. 12, the day before ...", "on Monday, the final day of the
            # campaign": the day just named.
            return self._date(last, "previous")
        if last is None or m["ord"] or rel.startswith("in"):
            return _UNKNOWN_DAY
        return self._date(last + shift * _DAY, "previous")

    def _r_same_time(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "this time last year": the reference day a year back (Feb. 29 to
        the 28th), "the same time next month", "this time last week"."""
        ref = self.ref
        if ref is None:
            return Resolved("DATE", "XXXX-XX-XX")
        step = _YEAR_STEP[m["rel"].lower()]
        unit = m["unit"].lower()
        if unit == "week":
            d = ref + dt.timedelta(days=7 * step)
        else:
            y, mo = cal.add_months(
                ref.year, ref.month, step * (12 if unit == "year" else 1)
            )
            d = cal.safe_date(y, mo, ref.day) or cal.safe_date(y, mo, 28) or ref
        return self._date(d, "published")

    def _r_unit_after_next(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "the year before last": two years back; "the week after next": two
        weeks ahead."""
        unit = m["unit"].lower()
        step = -2 if m["dir"].lower().startswith("before") else 2
        ref = self.ref
        if ref is None:
            return Resolved("DATE", underspecified(unit))
        if unit == "year":
            self._note(year=ref.year + step)
            return Resolved("DATE", f"{ref.year + step:04d}", None, "published")
        if unit == "month":
            y, mo = cal.add_months(ref.year, ref.month, step)
            return Resolved("DATE", f"{y:04d}-{mo:02d}", None, "published")
        week = cal.fmt_week(ref + dt.timedelta(days=7 * step))
        return Resolved("DATE", week, None, "published")

    def _r_units_around(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "in the weeks before the shooting": a vague stretch next to an event,
        a DATE whose month only the event tells (TimeBank gives the event's
        month): left unknown, "XXXX-XX"; "in the years that followed": an
        amount of time after it."""
        unit = m["unit"].lower()[:-1]
        rel = " ".join(m["rel"].lower().split())
        if rel in ("that followed", "following"):
            return Resolved("DURATION", duration_value(None, unit))
        return Resolved("DATE", "XXXX" if unit == "year" else "XXXX-XX")

    def _r_ref(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        if m["unit2"]:  # "the weeks ahead"
            return Resolved("DURATION", duration_value(None, m["unit2"].lower()[:-1]))
        if m["unit"]:
            kind = m["recent"].lower()
            unit = m["unit"].lower()[:-1]
            if kind == "recent" and unit == "year":
                return Resolved("DATE", "PAST_REF")
            return Resolved("DURATION", duration_value(None, unit))
        word = " ".join(m["word"].lower().split())
        return Resolved("DATE", lx.REFERENCE_WORDS[word])

    def _r_weekday_ago(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "two Sundays ago": the Sunday before last; "one Sunday ago" is the
        last Sunday before the reference day. "two summers ago": the summer
        before last summer, counted the same way."""
        n = number(m["num"])
        if n is None or n != int(n) or not 0 < n <= 52:
            return None
        if m["season"]:
            code = lx.SEASONS[m["season"].lower()[:-1]]
            if self.ref is None:
                return Resolved("DATE", f"XXXX-{code}")
            year = self.last_season_year(code, self.ref) - int(n) + 1
            return Resolved("DATE", f"{year:04d}-{code}", None, "published")
        day = self._weekday(lx.WEEKDAYS[m["wd"].lower()], "last", None)
        if day is None:
            return Resolved("DATE", "XXXX-XX-XX")
        return self._date(day - dt.timedelta(weeks=int(n) - 1), "published")

    def _r_ago(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        n = number(m["num"]) if m["num"] else None
        unit = m["unit"].lower().rstrip("s")
        direction = " ".join(m["dir"].lower().split())
        sign = -1 if direction in ("ago", "earlier", "back") else 1
        mod = lx.QUANT_MODS.get(" ".join((m["q"] or "").lower().split()))
        if m["orso"] and mod is None:
            mod = "APPROX"  # "a week or so ago"
        anaphoric = direction in ("earlier", "later")
        if anaphoric and match_ahead(_THAN(), self.norm, m.end(), 1):
            # "two weeks later than planned": an amount of delay, not a date.
            return Resolved("DURATION", duration_value(n, unit), mod)
        base, anchor = self.ref, "published"
        if anaphoric and self.last_day is not None:
            base, anchor = self.last_day, "previous"
        if n is None and anaphoric:
            return Resolved(
                "DURATION", duration_value(None, unit), mod
            )  # "hours later"
        if n is None or base is None:
            return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
        if (
            direction == "ago"
            and anchor == "published"
            and unit in ("year", "decade", "century", "centurie", "month", "week")
            and n == int(n)
            and (this := _AGO_THIS().match(self.norm, c.end)) is not None
            and _UNIT_SIZE[this["what"].lower()] < _UNIT_SIZE[unit]
        ):
            # "25 years ago this month", "a year ago today": that month (day,
            # week) of the year so far back; "this month" keeps its own value.
            back = {"week": 0, "month": 1, "year": 12, "decade": 120}.get(unit, 1200)
            what = this["what"].lower()
            if unit == "week":
                d = base - dt.timedelta(weeks=int(n))
            else:
                y, mo = cal.add_months(base.year, base.month, -back * int(n))
                d = cal.safe_date(y, mo, base.day) or cal.safe_date(y, mo, 28) or base
            if what == "month":
                return Resolved("DATE", f"{d.year:04d}-{d.month:02d}", mod, anchor)
            if what == "week":
                return Resolved("DATE", cal.fmt_week(d), mod, anchor)
            return Resolved("DATE", cal.fmt_date(d), mod, anchor)
        if unit == "year" and n == 1 and direction in ("ago", "earlier"):
            if self.span_topic(c) is not None and base is not None:
                # "For the nine months, ... a year earlier": that span a year
                # back, a year's value.
                year = (self.last_quarter or (base.year, 0))[0] - 1
                return Resolved("DATE", f"{year:04d}", mod, "previous")
            topic = self._topic_quarter(c) if self.last_quarter is not None else None
            if topic is not None and c.start - self.last_quarter_at < 1500:
                return Resolved(
                    "DATE", f"{topic[0] - 1:04d}-Q{topic[1]}", mod, "previous"
                )
        if (
            anaphoric
            and (anchor == "published" or self.year_after_day())
            and self.last_year is not None
            and n is not None
            and unit in ("year", "decade", "century", "centurie")
        ):
            # "opened in 1998 and closed 20 years later": from the year named.
            years = {"year": 1, "decade": 10}.get(unit, 100) * n
            year = self.last_year + int(sign * years)
            self._note(year=year)
            return Resolved("DATE", f"{year:04d}", mod, "previous")
        if (
            anaphoric
            and self.year_after_day()
            and self.last_year is not None
            and n is not None
            and unit == "month"
        ):
            # "cut its dividend in 2020 and restored it 18 months later": from
            # the year named (its middle), not from a day named before it; the
            # month is unknown, the year is given.
            y, _ = cal.add_months(self.last_year, 7, int(sign * n))
            self._note(year=y)
            return Resolved("DATE", f"{y:04d}", mod, "previous")
        k = int(n) if n == int(n) else n
        if unit in ("second", "minute", "hour"):
            return Resolved("DATE", cal.fmt_date(base), mod, anchor)
        if unit in ("day", "night"):
            d = base + dt.timedelta(days=sign * k)
            self._note(day=d)
            return Resolved("DATE", cal.fmt_date(d), mod, anchor)
        if unit in ("week", "fortnight"):
            weeks = k * (2 if unit == "fortnight" else 1)
            return Resolved(
                "DATE",
                cal.fmt_week(base + dt.timedelta(days=sign * 7 * weeks)),
                mod,
                anchor,
            )
        if unit == "month":
            y, mo = cal.add_months(base.year, base.month, int(sign * k))
            return Resolved("DATE", f"{y:04d}-{mo:02d}", mod, anchor)
        if unit == "quarter":
            y, mo = cal.add_months(base.year, base.month, int(sign * 3 * k))
            return Resolved("DATE", f"{y:04d}-Q{(mo - 1) // 3 + 1}", mod, anchor)
        years = {"year": 1, "decade": 10, "century": 100, "centurie": 100}[unit] * k
        year = base.year + int(sign * years)
        self._state_year(year)
        return Resolved("DATE", f"{year:04d}", mod, anchor)


_UNKNOWN_DAY = Resolved("DATE", "XXXX-XX-XX")
_PRESENT_COPULA = lazy(
    lambda: regex.compile(r"\b(?:is|it's|it’s|marks|marked)\s++$", regex.IGNORECASE)
)
_APPOSITION = lazy(
    lambda: regex.compile(
        r"(?:\d|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
        r"\b(?:today|yesterday|tomorrow))\s*+(?:,|-{1,2}+|—|–)\s*+"
        # "elected on May 8, on the second day of the conclave": the
        # preposition repeated.
        r"(?:(?<=,\s*+)(?:on|in)\s++)?+$"
    )
)
# "(two weeks later) than": asked over the word after the amount
# (`match_ahead`), as the pattern needs "than".
_THAN = lazy(lambda: regex.compile(r"\s++than\b", regex.IGNORECASE))
# "25 years ago [this month]", "a year ago [today]": a finer unit of the time back.
_AGO_THIS = lazy(
    lambda: regex.compile(
        r"\s++(?:this\s++(?P<what>month|week)|(?P<what>today))\b(?![-'\u2019])",
        regex.IGNORECASE,
    )
)
_UNIT_SIZE = {
    "today": 0,
    "week": 1,
    "month": 2,
    "year": 3,
    "decade": 4,
    "century": 5,
    "centurie": 5,
}
