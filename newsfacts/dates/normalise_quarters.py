"""Normalisation of quarters: "the third quarter", "Q3", "the year-ago
quarter", "the quarter ended Sept. 30", "fourth-quarter results".

A quarter without a year is the one the article is about (the last it named),
else the last complete one. `normalise_periods.PeriodRules` adds halves and
seasons on top of `QuarterRules`.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from . import calendar as cal
from . import lexicon as lx
from .ahead import match_ahead
from .normalise_times import TimeRules
from .quarter_cues import (
    _BACKGROUND,
    _BEFORE_TOPIC,
    _COMPARED,
    _ENDED,
    _FIGURE_AFTER,
    _FIGURES_AFTER,
    _HABIT,
    _LAST_QUARTER,
    _REPORTS_BEFORE,
    _RESULTS_AFTER,
    _RESULTS_BEFORE,
    _STATED_END,
    _THIS_QUARTER,
    _WORD,
    _YEAR_BACK,
)
from .recognise import Candidate
from .resolved import Resolved
from .values import pos_mod

__all__ = ["QuarterRules"]


class QuarterRules(TimeRules):
    """Rule methods for the quarters of a (fiscal) year."""

    def _topic_quarter(self, c: Candidate) -> tuple[int, int] | None:
        if self.last_quarter is not None and c.start - self.last_quarter_at < 1500:
            return self.last_quarter
        if self.ref is None:
            return None
        q = cal.quarter_of(self.ref) - 1
        return (self.ref.year, q) if q else (self.ref.year - 1, 4)

    def _stated_end(self, c: Candidate) -> dt.date | None:
        """The last day stated right after the quarter ("the quarter ended
        July 31", "its fiscal fourth quarter, which ended June 30"), placed
        as past after "ended"; None when none is stated."""
        end = _STATED_END().match(self.norm, c.end)
        if end is None or end["mon"].lower() not in lx.MONTHS:
            return None
        month, day = lx.MONTHS[end["mon"].lower()], int(end["day"])
        if end["year"]:
            return cal.safe_date(int(end["year"]), month, day)
        if self.ref is None:
            return None
        # "ended" says the day has come: never after the reference date ("the
        # second quarter ended Oct. 31" told on Oct. 27 is last year's).
        ended = end["verb"].lower() == "ended"
        tense = "past" if ended else self.tense(c)
        return cal.place_month_day(month, day, self.ref, tense, behind=ended)

    def _quarter(
        self, c: Candidate, year: int | None, q: int | None, back: int = 0
    ) -> Resolved:
        if year is None or q is None:
            value = (
                f"{year:04d}-Q{q or 'X'}" if year is not None else f"XXXX-Q{q or 'X'}"
            )
            return Resolved("DATE", value)
        year -= back
        ref = self.ref
        now = (ref.year, cal.quarter_of(ref)) if ref is not None else None
        ended = self._stated_end(c)
        complete = (
            now is None
            or (year, q) < now
            or (ended is not None and ref is not None and ended <= ref)
            or (
                (year, q) == now
                and (
                    match_ahead(_ENDED(), self.norm, c.end, 2)
                    or self.tense(c) in ("past", "past?")
                )
            )
        )
        # A quarter not yet complete ("expects a loss in the fourth quarter",
        # "losses through the third quarter of 1990") is a forecast, not the
        # quarter the results are about; a (fiscal) quarter that "ended Sept.
        # 30" or whose results were reported ("reported a decline in
        # fourth-quarter earnings") is complete. A quarter a figure is
        # compared with ("fell to 18.2% in the April-June quarter from 19.3%
        # in the first quarter") leaves the quarter reported the topic, as
        # does an earlier quarter told as background ("After a flat second
        # quarter, ... the year-earlier period" is the third quarter's).
        if complete and (
            self.last_quarter is None
            or not (
                _COMPARED().search(self.norm, max(0, c.start - 40), c.start)
                or (
                    (year, q) < self.last_quarter
                    and _BACKGROUND().search(self.norm, max(0, c.start - 40), c.start)
                )
            )
        ):
            self.last_quarter = (year, q)
            self.last_quarter_at = c.start
        self._note(year=year)
        return Resolved("DATE", f"{year:04d}-Q{q}", None, None)

    def _r_quarter(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """A quarter; "the end of the third quarter" is a point inside it."""
        out = self._quarter_named(c, m)
        mod = pos_mod(m["pos"])
        if out is None or mod is None or out.type != "DATE":
            return out
        return attrs.evolve(out, mod=mod)

    def _quarter_named(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        rels = " ".join(_WORD().findall((m["rel"] or "").lower())) if m["rel"] else ""
        full = " ".join(m.group().lower().split())
        ordw = (m["ord"] or "").lower()
        words = rels.split()
        if (
            not ordw
            and words[-1:] == ["last"]
            and (m["year"] or (m["ago"] or "").lower().lstrip().startswith("of"))
        ):
            # "the last quarter of 2023", "the last quarter of the year": the
            # final one of that year, as "the final quarter of the year" is;
            # "the last quarter" alone is the one before the current quarter.
            ordw, rels = "last", " ".join(words[:-1])
        q = lx.ORDINALS.get(ordw) if ordw else None
        year = (
            self._year_of(m) or self._year_of(m, "year2") or self._year_of(m, "year0")
        )
        ago = (m["ago"] or "").lower()
        lyear = (m["lyear"] or "").lower()
        back = int(
            bool(_YEAR_BACK().search(full))
            or "a year" in ago
            or "last year" in ago
            or "last year" in lyear
        )
        if year is not None and q is not None:
            return self._quarter(c, year, q)
        ref = self.ref
        if q is None:
            near = (
                self.last_quarter is not None and c.start - self.last_quarter_at < 1500
            )
            if "latest" in rels.split() and near and self.last_quarter is not None:
                # "the latest quarter (period)" of a report is the quarter it is
                # about: "reported fourth-quarter earnings ... Sales in the
                # latest period were $1.76 billion" (a fiscal fourth quarter).
                return self._quarter(c, *self.last_quarter)
            if ordw == "" and _LAST_QUARTER().search(rels) and not back:
                if (
                    near
                    and self.last_quarter is not None
                    and _BEFORE_TOPIC().search(rels)
                ):
                    # "third-quarter profit rose 5% from the previous quarter":
                    # the one before the quarter reported, not the last one
                    # complete at the reference date.
                    y, cq = self.last_quarter
                    kept, at = self.last_quarter, self.last_quarter_at
                    value = self._quarter(c, y - (cq == 1), 4 if cq == 1 else cq - 1)
                    self.last_quarter, self.last_quarter_at = kept, at
                    return value
                if ref is None:
                    return Resolved("DATE", "XXXX-QX")
                y, cq = ref.year, cal.quarter_of(ref) - 1
                if cq == 0:
                    y, cq = y - 1, 4
                return self._quarter(c, y, cq)
            if _THIS_QUARTER().search(rels) and ref is not None:
                if (
                    near
                    and self.last_quarter is not None
                    and self.last_quarter[0] == ref.year
                    and _FIGURES_AFTER().match(self.norm, c.end)
                    and self.tense(c) not in ("future", "future?")
                ):
                    # "This quarter's loss includes charges": the figures of a
                    # quarter exist once it is over, so in a report they are
                    # the quarter reported, not the one under way.
                    return self._quarter(c, *self.last_quarter)
                return self._quarter(c, ref.year, cal.quarter_of(ref))
            if "next" in rels.split() and ref is not None:
                y, cq = ref.year, cal.quarter_of(ref) + 1
                return self._quarter(c, y + (cq == 5), 1 if cq == 5 else cq)
            near = (
                self.last_quarter is not None and c.start - self.last_quarter_at < 1500
            )
            span = self.span_topic(c) if m["unit"].lower() == "period" else None
            if span is not None and (year is not None or back):
                # "In the nine months, net was $306 million, against $195
                # million in the 1988 period": the span of the passage, not
                # its quarter; "the year-earlier period" is that span again.
                if year is not None:
                    return Resolved("DATE", f"{year:04d}")
                return Resolved("DURATION", span)
            if m["year0"] and m["unit"].lower() == "period":
                # "the 1988 period": that year's quarter of the passage, a
                # comparison that does not change the topic; a year when no
                # quarter is under discussion.
                if not near or self.last_quarter is None:
                    return Resolved("DATE", f"{year:04d}")
                kept, at = self.last_quarter, self.last_quarter_at
                value = self._quarter(c, year, kept[1])
                self.last_quarter, self.last_quarter_at = kept, at
                return value
            if m["unit"].lower() == "period" and back and not near and ref is not None:
                # "so far this year ... the same period a year ago", with no
                # quarter under discussion: the year before, not a quarter.
                return Resolved("DATE", f"{ref.year - 1:04d}", None, "published")
            ended = self._stated_end(c) if not (back or near) and year is None else None
            if ended is not None:
                # "the quarter ended July 31": a (fiscal) quarter of stated end,
                # valued as the calendar quarter holding most of its three
                # months (May to July: the second), in the year it falls in;
                # after a quarter named ("earned $5 million in the fiscal first
                # quarter ... sales for the quarter ended Sept. 29") it is that
                # one, its number the company's.
                middle = ended - dt.timedelta(days=45)
                return self._quarter(c, middle.year, cal.quarter_of(middle))
            topic = self._topic_quarter(c)
            if topic is None:
                return Resolved("DATE", f"{year:04d}-QX" if year else "XXXX-QX")
            if year is not None:
                return self._quarter(c, year, topic[1])
            value = self._quarter(c, topic[0], topic[1], back)
            if back:  # a year-ago quarter does not become the topic
                self.last_quarter = topic
            return value
        # An ordinal quarter without a year.
        if year is None and lyear:
            year = ref.year if ref else None
            if year is not None:
                year += {"last": -1, "this": 0, "next": 1}[lyear.split()[0]]
            return self._quarter(c, year, q)
        if ref is None:
            return Resolved("DATE", f"XXXX-Q{q}")
        if "next year" in ago:
            return self._quarter(c, ref.year + 1, q)
        year = ref.year
        ended = self._stated_end(c) if not ago else None
        if ended is not None:
            # "its fiscal fourth quarter, which ended June 30": the quarter of
            # the fiscal year that ends in the year of its last day.
            year = ended.year
        elif not ago:
            start_month = 3 * q - 2
            if start_month > ref.month and self._done(c):
                year -= 1
            elif self._over_ahead(c, 3 * q):
                year += 1
        return self._quarter(c, year, q, back)

    def _r_quarter_pair(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "second quarters" of "the first and second quarters (of 2023)"."""
        return self._ordinal_quarter(c, lx.ORDINALS[m["o2"].lower()], m)

    def _r_quarter_first(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "the first" of "the first and second quarters (of 2023)"."""
        return self._ordinal_quarter(c, lx.ORDINALS[m["o1"].lower()], m)

    def _ordinal_quarter(
        self, c: Candidate, q: int, m: regex.Match[str]
    ) -> Resolved | None:
        """The `q`th quarter of the year `m` names, else as "the third
        quarter": the reference year's, or the year before when told as past
        before that quarter began. A habit ("is usually conducted in the
        second and fourth quarters") is every such quarter: a SET."""
        year = self._year_of(m)
        start, _ = self.sentence(c.start)
        if year is None and _HABIT().search(
            self.norm, max(start, m.start() - 80), m.start()
        ):
            return Resolved("SET", f"XXXX-Q{q}")
        if year is not None:
            return self._quarter(c, year, q)
        ref = self.ref
        if ref is None:
            return Resolved("DATE", f"XXXX-Q{q}")
        year = ref.year
        if 3 * q - 2 > ref.month and self._done(c):
            year -= 1
        return self._quarter(c, year, q)

    def _done(self, c: Candidate) -> bool:
        """A year-less quarter is told as past: by the tense of its clause, or,
        whatever the tense, as the period of figures already drawn up
        ("fourth-quarter results are due Thursday", "will report
        first-quarter earnings", "results for the third quarter"): the
        results of a quarter not yet begun do not exist, so told before that
        quarter starts it is last year's."""
        if self.tense(c) in ("past", "past?"):
            return True
        return bool(
            _RESULTS_AFTER().match(self.norm, c.end)
            or _RESULTS_BEFORE().search(self.norm, max(0, c.start - 40), c.start)
        )

    def _over_ahead(self, c: Candidate, end_month: int) -> bool:
        """A year-less period ending with `end_month` is over at the reference
        date, and its clause looks ahead without naming figures drawn up
        ("sales will rise in the first quarter" told in August: next year's;
        "will report first-quarter results", "expects to report a third-quarter
        net loss" name the one reported)."""
        return (
            self.ref is not None
            and self.ref.month > end_month
            and self.tense(c) == "future"
            and not (
                _RESULTS_AFTER().match(self.norm, c.end)
                or _RESULTS_BEFORE().search(self.norm, max(0, c.start - 40), c.start)
                or _REPORTS_BEFORE().search(self.norm, max(0, c.start - 80), c.start)
                or _FIGURE_AFTER().match(self.norm, c.end)
            )
        )

    def _r_quarter_q(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        q = int(m["q"].strip("Qq"))
        year = self._year_of(m) or self._year_of(m, "fy")
        two = m["y2"] or m["fy2"]
        if two:  # "3Q24", "Q1 FY25"
            year = self._century(int(two))
        if year is None:
            # "revenue rose in Q3" told in May is last year's third quarter,
            # as for "the third quarter".
            year = self._placed_quarter_year(c, q)
        return self._quarter(c, year, q)

    def _r_month_quarter(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "the September quarter": the calendar quarter ending that month, of
        the year stated or placed like "the third quarter"."""
        month = lx.MONTHS[m["mon"].lower().rstrip(".")]
        q = (month + 2) // 3
        year = self._year_of(m)
        if year is None:
            year = self._placed_quarter_year(c, q)
        return self._quarter(c, year, q)

    def _placed_quarter_year(self, c: Candidate, q: int) -> int | None:
        """The year of a year-less quarter `q`: the reference year, the one
        before for a quarter told as past that has not begun yet, the one after
        for one already over that the clause looks ahead to."""
        if self.ref is None:
            return None
        year = self.ref.year
        if 3 * q - 2 > self.ref.month and self._done(c):
            year -= 1
        elif self._over_ahead(c, 3 * q):
            year += 1
        return year

    def _r_months_quarter(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "the January-March quarter": the calendar quarter those months make up,
        placed like "the first quarter"."""
        return self._r_month_quarter(c, m)
