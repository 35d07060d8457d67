"""Normalisation of parts of the day and holidays.

The rule methods of `TimeRules`, one per rule id, on top of the amounts
(`normalise_amounts`) and clock times (`normalise_clock`); `normalise_periods`,
`normalise_calendar` and `normalise.Resolver` add the periods, the calendar
dates and the relative expressions.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from . import calendar as cal
from . import lexicon as lx
from .normalise_clock import ClockRules
from .recognise import Candidate
from .resolved import _DAY, _DEICTIC_SHIFT, Resolved
from .values import pos_mod

__all__ = ["TimeRules"]

# Characters within which the last day named is still the day the text is about.
_NEAR = 600


_MORNING_EDGES = frozenset(("dawn", "daybreak", "sunrise", "first light"))
"""Words of `pod_dawn` that open the morning; the others (dusk, nightfall,
sunset) open the evening."""


class TimeRules(ClockRules):
    """Rule methods for parts of the day and holidays, on top of the
    amounts of time, repetitions and clock times."""

    def _r_pod_word(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "overnight": the night before the day the text is about (TimeML: a
        TIME); "mid-afternoon yesterday": that day's afternoon."""
        return self._pod_time(c, m, (m["part"] or "").lower())

    def _r_pod_bare(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "by early afternoon": the news day's afternoon (mod START), "in late
        morning trading" its morning (END)."""
        out = self._pod_time(c, m, m["part"].lower())
        return attrs.evolve(out, mod=pos_mod(m["pos"]))

    def _r_pod_dawn(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "at dawn", "before dawn on Tuesday": that day's morning; "at dusk",
        "by nightfall": its evening (TIMEX3 has no finer part of the day than
        MO, MI, AF, EV, NI, DT: first light opens the morning, dusk the evening)."""
        word = " ".join(m["w"].lower().split())
        part = "morning" if word in _MORNING_EDGES else "evening"
        out = self._pod_time(c, m, part)
        if (m["wd"] or m["deictic"]) and out.anchor is not None:
            # "before dawn on Monday ... at 4:17 a.m.": the day named goes on.
            self._note(day=dt.date.fromisoformat(out.value[:10]))
        return out

    def _r_early_hours(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "the early hours of Sunday": the first hours after midnight, that
        day's morning (TimeML has no finer part of the day); "in the early
        hours" alone: the morning of the news day, like "mid-morning"."""
        return self._pod_time(c, m, "morning")

    def _pod_time(self, c: Candidate, m: regex.Match[str], part: str) -> Resolved:
        """The TIME of a part of the day `part` ("" for "overnight": the night)
        of the weekday or deictic day named in `m`, else of the news day."""
        code = lx.PARTS_OF_DAY[part] if part else "NI"
        wd, deictic = m["wd"], (m["deictic"] or "").lower()
        day: dt.date | None
        anchor = "published"
        if wd:
            day = self._weekday(lx.WEEKDAYS[wd.lower()], "", self.tense(c), c.start)
            if day is not None and (m.groupdict().get("link") or "").lower() == "into":
                day -= _DAY  # "overnight into Sunday": Saturday's night
        elif deictic and self.ref is not None:
            day = self.ref + _DEICTIC_SHIFT[deictic] * _DAY
        else:
            day = self.ref
            last = self.last_day
            if (
                last is not None
                and day is not None
                and c.start - self._last_day_at < _NEAR
                and 0 <= (day - last).days <= 7
            ):
                # The news day just named ("closed lower Friday ... overnight
                # losses"); a day named as background is older than a week, or
                # before the day the story has reached ("slipped on Wednesday
                # ... having gained on Tuesday. Overnight, ..." is Tuesday night).
                front = self.front_day
                day = front if front is not None and last < front <= day else last
                anchor = "previous"
            after_night = (
                anchor == "previous" and self.last_night_at == self._last_day_at
            )
            if day is not None and not part and not after_night:
                # "were limited overnight", "overnight losses" before the day's
                # trading: the night before; "stay outdoors overnight", "would
                # bring snow overnight": the night to come; after a night just
                # named ("performed on Saturday night ... flew overnight"): that
                # night.
                future = self.tense(c) in ("future", "future?")
                day = day if future else day - _DAY
        if day is None:
            return Resolved("TIME", f"XXXX-XX-XXT{code}")
        return Resolved("TIME", f"{cal.fmt_date(day)}T{code}", None, anchor)

    def _r_holiday(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        rule = lx.HOLIDAYS[" ".join(m["hol"].lower().split())]
        year = self._year_of(m)
        rel = (m["rel"] or "").lower()
        if year is None and self.ref is None:
            if isinstance(rule, tuple):
                return Resolved("DATE", f"XXXX-{rule[0]:02d}-{rule[1]:02d}")
            return Resolved("DATE", "XXXX-XX-XX")
        if year is not None:
            days = _holiday_days(rule, year)
            return self._holiday(days[0], m, None) if days else None
        ref = self.ref
        assert ref is not None
        tense = self.tense(c) if not rel else None
        options = [
            d
            for y in (ref.year - 1, ref.year, ref.year + 1)
            for d in _holiday_days(rule, y)
        ]
        # A period (Ramadan) not yet over is still ahead.
        span = (_RAMADAN_DAYS - 1) * _DAY if rule == "ramadan" else dt.timedelta(0)
        if not rel and self.ahead(c, tense):
            # "will gather for Passover": a plain future names one not yet past
            options = [d for d in options if d + span >= ref] or options
        elif not rel and self.behind(c, tense):
            # "spoke on Memorial Day": one already past
            options = [d for d in options if d <= ref] or options
        before = [d for d in options if d + span < ref]
        after = [d for d in options if d > ref]
        if rel == "last" and before:
            day = max(before)
        elif rel == "next" and after:
            day = min(after)
        elif options and rel not in ("last", "next"):
            day = min(
                options,
                key=lambda d: cal.biased(
                    0 if d <= ref <= d + span else (d - ref).days, tense
                ),
            )
        else:
            return Resolved("DATE", "XXXX-XX-XX")  # a year the table does not hold
        return self._holiday(day, m, "published")

    def _holiday(
        self, day: dt.date, m: regex.Match[str], anchor: str | None
    ) -> Resolved:
        """The holiday's date; "Easter week", "Christmas week": its ISO week;
        "the Easter weekend", "Thanksgiving weekend": that week's weekend."""
        rule = lx.HOLIDAYS[" ".join(m["hol"].lower().split())]
        if m["eve"]:  # "the eve of Eid": the day before
            return self._date(day - _DAY, anchor)
        if rule == "ramadan":
            return _month_long(day, anchor)
        out = self._date(day, anchor)
        if m["end"]:  # "the Easter weekend": the weekend of its ISO week
            return attrs.evolve(out, value=cal.fmt_week(day) + "-WE")
        return attrs.evolve(out, value=cal.fmt_week(day)) if m["week"] else out


def _month_long(first: dt.date, anchor: str | None) -> Resolved:
    """A named month of another calendar (Ramadan): a period, valued as the
    smallest calendar unit holding all of it, as TimeML values any period by
    the unit that contains it: the Gregorian month when it lies within one,
    else its year. `first` is 30 days before Eid; the month may have 29, so
    its 29 certain days decide (Ramadan 2025, 1-29 March: "2025-03")."""
    last = first + (_RAMADAN_DAYS - 1) * _DAY
    sure = first + _DAY
    if (sure.year, sure.month) == (last.year, last.month):
        return Resolved("DATE", f"{sure.year:04d}-{sure.month:02d}", None, anchor)
    # Across New Year (as around 2000 and 2032): the year of most of its days.
    year = (
        first.year
        if first.year == last.year or (first.month == 12 and first.day < 17)
        else last.year
    )
    return Resolved("DATE", f"{year:04d}", None, anchor)


# Ramadan runs from 30 days before Eid al-Fitr to the day before it (29 or
# 30 days by the sighting of the moon: its first day is known to a day).
_RAMADAN_DAYS = 30


def _holiday_days(rule: tuple[int, int] | str, year: int) -> list[dt.date]:
    """The days of a holiday in `year`: one computed by rule, or those of the
    table of holidays that move with a lunar calendar (none for a year it does
    not hold, two for an Eid that falls twice in one Gregorian year). "Eid"
    alone is either Eid; Ramadan is given by its first day."""
    if rule == "eid":
        return sorted(
            _holiday_days("eid_al_fitr", year) + _holiday_days("eid_al_adha", year)
        )
    if rule == "ramadan":
        return [
            d - _RAMADAN_DAYS * _DAY
            for y in (year, year + 1)
            for d in _holiday_days("eid_al_fitr", y)
            if (d - _RAMADAN_DAYS * _DAY).year == year
        ]
    if isinstance(rule, str) and rule in lx.moving_holidays():
        return [d for d in lx.moving_holidays()[rule] if d.year == year]
    return [cal.holiday_date(rule, year)]
