"""Normalisation of halves, weeks of a month and seasons.

The rule methods of `PeriodRules`, one per rule id, on top of the quarters
(`normalise_quarters`); `normalise_calendar` and `normalise.Resolver` add the
calendar dates and the relative expressions.
"""

from __future__ import annotations

import datetime as dt

import regex

from . import calendar as cal
from . import lexicon as lx
from .normalise_quarters import QuarterRules
from .recognise import Candidate
from .resolved import _SEASON_START, Resolved
from .values import pos_mod

__all__ = ["PeriodRules"]

_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4}


class PeriodRules(QuarterRules):
    """Rule methods for halves, weeks of a month and seasons, on top of
    the quarters."""

    def _r_sport_season(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "last season": the season before the current one. A sports season
        spans two years or fills one; its value is the year it mostly lies in,
        the reference year for "this season" (the year a "2023-24 season"
        ends, as for "1998-99"), the one before for "last season"."""
        rel = m["rel"].lower().split()[-1]
        step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
        pos = (m["pos"] or "").lower()
        mod = pos_mod(pos) if pos in ("early", "late") else None
        if self.ref is None:
            return Resolved("DATE", "XXXX", mod)
        return Resolved("DATE", f"{self.ref.year + step:04d}", mod, "published")

    def _r_half(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        ordw = (m["ord"] or m["ord2"]).lower()
        h = 1 if ordw in ("first", "1st") else 2
        if m["dec"]:
            return Resolved("DATE", f"19{m['dec']}", "END" if h == 2 else "START")
        year = self._year_of(m) or self._year_of(m, "year2")
        if year is None and self.ref is not None:
            yrel = (m["yrel"] or "this").lower()
            year = self.ref.year + {"this": 0, "the": 0, "last": -1, "next": 1}[yrel]
            if (
                (m["yrel"] or "the").lower() == "the"  # not "this year": stated
                and 6 * h - 5 > self.ref.month
                and self.tense(c) in ("past", "past?")
            ):
                year -= 1  # "profit fell in the second half", told in May
        if year is None:
            return Resolved("DATE", f"XXXX-H{h}")
        self._note(year=year)
        return Resolved("DATE", f"{year:04d}-H{h}")

    def _r_half_h(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        h = int(m["h"] or m["h2"])
        year = self._year_of(m) or self._year_of(m, "year2")
        if m["y2"]:  # "1H24"
            year = self._century(int(m["y2"]))
        if year is None and self.ref is not None:
            year = self.ref.year + self._over_ahead(c, 6 * h)
        return Resolved("DATE", f"{year:04d}-H{h}" if year else f"XXXX-H{h}")

    def _r_week_of_month(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "the second week of June": the ISO week holding the middle of the
        month's n-th seven days (the 11th), the last week the one holding the
        fourth-last day; the month's year is placed like a bare month's."""
        month = lx.MONTHS[m["mon"].lower()]
        year = self._year_of(m)
        if year is None and self.ref is None:
            return Resolved("DATE", f"XXXX-{month:02d}")
        if year is None:
            assert self.ref is not None
            year, _ = cal.place_month(month, self.ref, self.tense(c))
        ordw = m["ord"].lower()
        if m["we"] and 1 <= year <= 9999:
            # "the last weekend of August": the week of the month's n-th Saturday.
            nth = -1 if ordw in ("last", "final") else _NTH.get(ordw) or int(ordw[0])
            sat = cal.nth_weekday(year, month, 6, nth)
            self._note(year=year)
            anchor = None if m["year"] else "published"
            return Resolved("DATE", cal.fmt_week(sat) + "-WE", None, anchor)
        if ordw in ("last", "final"):
            nxt = cal.add_months(year, month, 1)
            first = cal.safe_date(nxt[0], nxt[1], 1) if 1 <= nxt[0] <= 9999 else None
            day = first - dt.timedelta(days=4) if first else None
        else:
            n = _NTH.get(ordw)
            day = cal.safe_date(year, month, 7 * (n or int(ordw[0])) - 3)
        if day is None:  # off the calendar (a reference date of year 1 or 9999)
            return Resolved("DATE", f"XXXX-{month:02d}")
        self._note(year=year)
        return Resolved(
            "DATE", cal.fmt_week(day), None, None if m["year"] else "published"
        )

    def _r_season_count(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "the past three summers": every summer of those years, a SET."""
        return Resolved("SET", f"XXXX-{lx.SEASONS[m['season'].lower()]}")

    @staticmethod
    def last_season_year(code: str, ref: dt.date) -> int:
        """The year of the last season `code` (SP, SU, FA, WI) over or under way
        before `ref`, as "last summer" names it: the one under way is not
        "last" (told in July, "last summer" is the year before); a winter is
        the year it starts in."""
        start = _SEASON_START[code]
        started = ref.month >= start
        current = (started and ref.month < start + 3) or (
            code == "WI" and ref.month <= 2
        )
        base = ref.year - 1 if code == "WI" and ref.month <= 2 else ref.year
        return base if (started and not current) else base - 1

    def _r_season(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        code = lx.SEASONS[m["season"].lower()]
        mod = pos_mod(m["pos"])
        year = self._year_of(m)
        rel = " ".join((m["rel"] or "").lower().split())
        if year is None:
            ref = self.ref
            if ref is None:
                return Resolved("DATE", f"XXXX-{code}", mod)
            start = _SEASON_START[code]
            started = ref.month >= start
            current = (started and ref.month < start + 3) or (
                code == "WI" and ref.month <= 2
            )
            base = ref.year - 1 if code == "WI" and ref.month <= 2 else ref.year
            if rel in ("last", "past", "this past", "previous"):
                year = self.last_season_year(code, ref)
            elif rel in ("next", "coming", "this coming"):
                year = base + 1 if started else base
            elif rel in ("this", "current"):
                year = base
            else:
                tense = self.tense(c)
                if tense in ("past", "past?") and not started:
                    year = base - 1
                elif tense == "future" and started and not current:
                    year = base + 1
                elif tense in ("future?", "present", None) and not current:
                    # No past or future: the nearest such season ("a hearing is
                    # unlikely before the spring" told in November: next spring).
                    year = min(
                        (base - 1, base, base + 1),
                        key=lambda y: abs(
                            (dt.date(y, _SEASON_START[code] % 12 + 1, 15) - ref).days
                            + (365 if code == "WI" else 0)
                        ),
                    )
                else:
                    year = base
            self._note(year=year)
            return Resolved("DATE", f"{year:04d}-{code}", mod, "published")
        self._note(year=year)
        return Resolved("DATE", f"{year:04d}-{code}", mod)
