"""The resolver's state and helpers, shared by the rule methods.

`ResolverBase` keeps what the article has named so far (the last day, year,
quarter; the month, year and decade named in the current sentence) and offers
weekday placement and dispatch to the `_r_<rule>` methods of its subclasses
(`normalise_amounts.AmountRules`, `normalise_clock.ClockRules`,
`normalise_times.TimeRules`, `normalise_quarters.QuarterRules`,
`normalise_periods.PeriodRules`, `normalise_calendar.CalendarRules`,
`normalise_days.DayRules`, `normalise_units.UnitRules`, `normalise.Resolver`);
the tense of a candidate's clause comes from `resolver_tense.TenseReader`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import regex

from .._data import lazy
from . import calendar as cal
from .context import word_before
from .recognise import Candidate
from .resolved import _END_WORDS, Resolved, TaggedSentence
from .resolver_tense import TenseReader
from .tense import Tense
from .values import spoken_year

__all__ = ["Resolved", "ResolverBase", "TaggedSentence", "Tense"]

# An ISO week value ("2024-W12"): a relative week the next "the week before"
# goes back from.
_ISO_WEEK = lazy(lambda: regex.compile(r"\d{4}-W\d\d"))

# The spans of months a company report names besides its quarter: "the (first)
# six months", "the nine months".
_REPORT_SPANS = frozenset({"P6M", "P9M"})

# A calendar value whose year is below 0000 or above 9999 ("-7981", "10000-01"):
# no TIMEX3 value, and no date Python can compute with.
_BAD_YEAR = lazy(lambda: regex.compile(r"-|\d{5}"))


def _off_calendar(r: Resolved) -> bool:
    return r.type in ("DATE", "TIME") and _BAD_YEAR().match(r.value) is not None


class ResolverBase(TenseReader):
    """Normalises the candidates of one document, in text order."""

    def __init__(self, norm: str, sentences: Callable[[int], tuple[int, int]],
                 reference: dt.date | dt.datetime | None,
                 tagged: Callable[[int, int], TaggedSentence] | None = None,
                 ) -> None:  # fmt: skip
        self.norm = norm
        self.sentence = sentences
        self.tagged = tagged
        if isinstance(reference, dt.datetime):
            self.ref: dt.date | None = reference.date()
        else:
            self.ref = reference
        # What the article last named ("that day", "three days later", "the quarter").
        self.last_day: dt.date | None = None
        # The latest day named so far that is not after the reference date: the
        # day the story has reached. A day named after it that lies before it
        # is background ("Stocks drifted on Tuesday ... after closing at a
        # record on Friday").
        self.front_day: dt.date | None = None
        self.last_year: int | None = None
        self.last_quarter: tuple[int, int] | None = None
        self.last_quarter_at = -(10**9)
        # The last span of months a report named ("the nine months", "the first
        # six months"), and where: a year-back comparison after it is of that span.
        self.last_span: str | None = None
        self.last_span_at = -(10**9)
        self._last_day_at = -1
        # Where the last day named was named as its night or evening ("performed
        # on Saturday night"): "overnight" after it is that night.
        self.last_night_at = -2
        self._last_year_at = -1
        # The last year an expression of its own stated ("In 2019", "last
        # year's", "two years ago"), and where: a bare month after it in its
        # sentence may be of that year (`year_stated_here`).
        self._year_stated: tuple[int, int] = (-1, 0)
        self._current = 0
        self._named: dict[str, tuple[int, str]] = {}

    def _same_sentence(self, a: int, b: int) -> bool:
        return a >= 0 and self.sentence(a) == self.sentence(b)

    def _near_sentence(self, a: int, b: int) -> bool:
        """Offset `a` lies in the sentence of `b` or in the one before it."""
        if a < 0:
            return False
        start, _ = self.sentence(b)
        return a >= start or (start > 0 and a >= self.sentence(start - 1)[0])

    def _name(self, unit: str, value: str) -> None:
        """Remember the month, year or decade the text just named, and where."""
        self._named[unit] = (self._current, value)

    def _named_here(self, unit: str, at: int) -> str | None:
        """The value of the `unit` named earlier in the sentence of offset `at`.

        A decade is rarely named twice: "the decade" goes back to the last one
        the article named, in any sentence ("the 1960s ... the decade").
        """
        got = self._named.get(unit)
        if got is None:
            return None
        if unit != "decade" and not self._same_sentence(got[0], at):
            return None
        return got[1]

    def _last_named(self, unit: str) -> str | None:
        """The value of the last `unit` the article named, in any sentence."""
        got = self._named.get(unit)
        return got[1] if got is not None else None

    def _note(self, day: dt.date | None = None, year: int | None = None) -> None:
        if day is not None:
            self._name("month", f"{day.year:04d}-{day.month:02d}")
            self._name("year", f"{day.year:04d}")
            self.last_day = day
            self._last_day_at = self._current
            if (self.ref is None or day <= self.ref) and (
                self.front_day is None or day > self.front_day
            ):
                self.front_day = day
            self.last_year = day.year
        elif year is not None:
            self._name("year", f"{year:04d}")
            self.last_year = year
            self._last_year_at = self._current

    def _state_year(self, year: int) -> None:
        """Note `year`, named by an expression of its own (not the year of a
        month or day just placed)."""
        self._note(year=year)
        self._year_stated = (self._current, year)

    def year_stated_here(self, c: Candidate, tense: Tense) -> int | None:
        """The year stated earlier in the sentence of `c` that a year-less
        month or day of the same time there falls in: "Last year's storm hit
        in October", "In 2019, the firm cut jobs in March" (a past year and a
        past clause), "Next year's vote will be held in May" (a future one and
        a future clause). A clause of another time does not take it: "the law,
        passed in 2019, takes effect in March"; nor does the reference year,
        where the tense places the month as before; nor a year inside a
        participle that modifies a noun ("The plant, built in 1975, was closed
        in March", "Under a program approved in 1987, it had bought shares
        through Sept. 29": the noun's past, not the clause's time); nor a
        year after "since", the start of a stretch the clause's time lies
        after ("The blast, the deadliest since 1998, hit the bus on Aug.
        3")."""
        at, year = self._year_stated
        ref = self.ref
        if ref is None or at < 0 or at >= c.start or year == ref.year:
            return None
        if word_before(self.norm, at) == "since":
            return None
        if not self._same_sentence(at, c.start) or self.in_noun_participle(at):
            return None
        if year < ref.year and tense in ("past", "past?"):
            return year
        if year > ref.year and tense in ("future", "future?"):
            return year
        return None

    def year_after_day(self) -> bool:
        """The article named a year (without its day) after the last day it named."""
        return self.last_year is not None and self._last_year_at > self._last_day_at

    def _date(
        self, d: dt.date, anchor: str | None, mod: str | None = None, tp: str = "DATE"
    ) -> Resolved:
        self._note(day=d)
        return Resolved(tp, cal.fmt_date(d), mod, anchor)

    def _weekday(
        self, wd: int, rel: str, tense: Tense, at: int | None = None
    ) -> dt.date | None:
        """The date of ISO weekday `wd` for the expression starting at `at`."""
        ref = self.ref
        if ref is None:
            return None
        back = (ref.isoweekday() - wd) % 7
        fwd = (wd - ref.isoweekday()) % 7
        if rel == "the previous" and self.last_day is not None:
            last = self.last_day
            return last - dt.timedelta(days=(last.isoweekday() - wd) % 7 or 7)
        if rel == "the following" and self.last_day is not None:
            last = self.last_day
            return last + dt.timedelta(days=(wd - last.isoweekday()) % 7 or 7)
        if rel in ("last", "this past", "past", "the previous"):
            return ref - dt.timedelta(days=back or 7)
        if rel == "the following":
            return ref + dt.timedelta(days=fwd or 7)
        if rel in ("next", "this coming", "coming"):
            return ref + dt.timedelta(days=fwd or 7)
        if rel == "this":
            return ref + dt.timedelta(days=wd - ref.isoweekday())
        if tense == "future" or (tense is None and 0 < fwd < back):
            # "will meet Wednesday" in a Wednesday article is that day: news
            # says "next Wednesday" for the one a week ahead; but an end point
            # is never today ("postponed until Tuesday" in a Tuesday article).
            end_point = at is not None and word_before(self.norm, at) in _END_WORDS
            return ref + dt.timedelta(days=fwd or (7 if end_point else 0))
        if tense == "future?":  # "declined to comment Saturday": today counts
            bias = cal.TENSE_BIAS["future?"]
            return (
                ref + dt.timedelta(days=fwd)
                if fwd <= bias * back
                else ref - dt.timedelta(days=back)
            )
        return ref - dt.timedelta(days=back)

    def _day_of_month(self, c: Candidate, day: int, mrel: str | None) -> dt.date | None:
        """ "the 15th": that day of the month of reference, or of the next
        (previous) month where the clause's tense puts it after (before) it;
        "the 3rd of next month" of the month `mrel` names."""
        ref = self.ref
        if ref is None or not 1 <= day <= 31:
            return None
        step = {"this": 0, "next": 1, "last": -1}.get((mrel or "").lower())
        if step is None:
            tense = self.tense(c)
            step = (
                1
                if tense == "future" and day < ref.day
                else -1
                if tense in ("past", "past?") and day > ref.day
                else 0
            )
        index = ref.year * 12 + ref.month - 1 + step
        got = cal.safe_date(index // 12, index % 12 + 1, day)
        if got is None and step:
            # "on the 31st" told as past in March: February has none, January does.
            index += step
            got = cal.safe_date(index // 12, index % 12 + 1, day)
        return got

    def _century(self, two: int) -> int:
        """The year of a two-digit year: at most ten years after the reference."""
        base = self.ref.year if self.ref else 2000
        full = base - base % 100 + two
        return full - 100 if full > base + 10 else full

    def _year_of(self, m: regex.Match[str], group: str = "year") -> int | None:
        y = m.groupdict().get(group)
        if not y:
            words = m.groupdict().get("yearw") if group == "year" else None
            return spoken_year(words) if words else None
        if y.startswith("'"):
            two = int(y[1:])
            base = self.ref.year if self.ref else 2000
            full = base - base % 100 + two
            return full - 100 if full > base + 10 else full
        return int(y)

    # ------------------------------------------------------------------ dispatch
    def resolve(self, c: Candidate) -> Resolved | None:
        """The TIMEX3 reading of candidate `c`, or None when it is none."""
        self._current = c.start
        handler = getattr(self, "_r_" + c.rule)
        try:
            out: Resolved | None = handler(c, c.match)
            on_calendar = out is None or not _off_calendar(out)
        except (OverflowError, ValueError):
            on_calendar = False
        if not on_calendar:
            # Date arithmetic left the calendar (years 0001 to 9999): a reference
            # at its edge ("yesterday" of 0001-01-01, "next month" of December
            # 9999) or a huge shift ("3,000,000 days ago"). The expression stays,
            # underspecified: read again against nothing known.
            out = self._unanchored(handler, c)
        if (
            out is not None
            and out.type == "DURATION"
            and out.value in _REPORT_SPANS
            and self.norm[c.start : c.start + 4].lower() == "the "
        ):
            self.last_span, self.last_span_at = out.value, c.start
        if (
            out is not None
            and c.rule == "relative"
            and _ISO_WEEK().fullmatch(out.value)
        ):
            # "Last week, ... The week before": the week before that one.
            self._name("week", out.value)
        return out

    def span_topic(self, c: Candidate) -> str | None:
        """The span of months ("P9M") a report is about at `c`: named after the
        last quarter named and near. "For the nine months, net rose to $5
        million from $4 million a year earlier" compares with the nine months
        of the year before, not with the quarter named a sentence earlier."""
        if (
            self.last_span is not None
            and self.last_span_at > self.last_quarter_at
            and c.start - self.last_span_at < 1500
        ):
            return self.last_span
        return None

    def _unanchored(
        self,
        handler: Callable[[Candidate, regex.Match[str]], Resolved | None],
        c: Candidate,
    ) -> Resolved | None:
        saved = (
            self.ref,
            self.last_day,
            self.last_year,
            self.last_quarter,
            self.front_day,
        )
        self.ref = self.last_day = self.last_year = self.last_quarter = None
        try:
            out = handler(c, c.match)
        except (OverflowError, ValueError):
            return None
        else:
            return None if out is not None and _off_calendar(out) else out
        finally:
            (
                self.ref,
                self.last_day,
                self.last_year,
                self.last_quarter,
                self.front_day,
            ) = saved
