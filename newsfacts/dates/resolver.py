"""The resolver's state and helpers, shared by the rule methods.

`ResolverBase` keeps what the article has named so far (the last day, year,
quarter; the month, year and decade named in the current sentence) and offers
tense, weekday placement and dispatch to the `_r_<rule>` methods of its
subclasses (`normalise_times.TimeRules`, `normalise_periods.PeriodRules`,
`normalise_calendar.CalendarRules`, `normalise.Resolver`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Literal

import attrs
import regex

from .._data import lazy
from . import calendar as cal
from . import lexicon as lx
from .attachment import attached_to_past
from .clause_tense import ClauseTense, clause_tense, modal_ahead, opens_clause
from .context import word_before
from .recognise import Candidate
from .tense import Tense, tense_at
from .values import spoken_year

# A sentence's tokens with their Penn tags: (text, tag, start, end) each.
TaggedSentence = Sequence[tuple[str, str, int, int]]

# The verb right before a day name ("said Friday", "met on Monday"): a past form
# there is the clause's verb in news style, and no tagging is needed.
_ISO_WEEK = lazy(lambda: regex.compile(r"\d{4}-W\d\d"))
_VERB_BEFORE = lazy(
    lambda: regex.compile(r"(?:\b([a-z']++)\s++)?\b([a-z]++)\s++(?:on\s++)?+$")
)
# Before a past form, these make it a participle the tagger should read ("will
# be held on April 24", "had been met").
_AUXILIARY = frozenset(
    "be been being is are was were am has have had will would shall 'll 'd "
    "can could may might must should not n't never".split()
)
# Past markers that are no verbs: "ago", "yesterday", "since"...; and verbs of
# planning, whose time lies ahead ("planned Saturday").
_NOT_VERB_PAST = frozenset(
    "ago yesterday earlier previously already since been planned scheduled".split()
)

__all__ = ["Resolved", "ResolverBase", "TaggedSentence", "Tense"]

_DAY = dt.timedelta(days=1)


@attrs.frozen(slots=True)
class Resolved:
    """What the normaliser says about one candidate."""

    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None
    timezone: str | None = None


_STEPS = {"last": -1, "past": -1, "previous": -1, "this past": -1, "next": 1,
          "coming": 1, "this coming": 1, "following": 1, "year-ago": -1,
          "year-earlier": -1, "latest": -1}  # fmt: skip
_DEICTIC_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                  "the day before yesterday": -2, "the day after tomorrow": 2}  # fmt: skip
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# "early"/"late" before a day name: the part of that day they name.
_EDGE_OF_DAY = {"early": "MO", "late": "NI"}
# Words before a day name that make it the end of a span.
_END_WORDS = frozenset("until till by through".split())
# Prepositions before "the past year" that make it a span, not a point.
_SPAN_BEFORE = frozenset("over for during throughout within across through".split())


# The spans of months a company report names besides its quarter: "the (first)
# six months", "the nine months".
_REPORT_SPANS = frozenset({"P6M", "P9M"})

# A calendar value whose year is below 0000 or above 9999 ("-7981", "10000-01"):
# no TIMEX3 value, and no date Python can compute with.
_BAD_YEAR = lazy(lambda: regex.compile(r"-|\d{5}"))


def _off_calendar(r: Resolved) -> bool:
    return r.type in ("DATE", "TIME") and _BAD_YEAR().match(r.value) is not None


# Bare names that, used before a noun, name the time of that noun's event.
_PRENOMINAL_RULES = frozenset({"month", "month_day", "weekday", "season"})


# Words whose "'s" is "is" or "has", not a possessive ("it's Monday").
_IS_CONTRACTED = frozenset("it that there here what who where he she when how".split())


def _prenominal(sent: TaggedSentence, first: int, last: int) -> bool:
    """The expression modifies the noun after it, after a determiner or a
    possessive: "a June agreement", "the March accession", "its April
    meeting", "the Oct. 30 budget", "Reeves's Oct. 30 budget". The clause's
    verb says nothing of that event's time ("Reeves's Oct. 30 budget would
    add to inflation" names a budget already presented)."""
    if first == 0 or last >= len(sent):
        return False
    before, after = sent[first - 1], sent[last]
    return (
        (
            (
                before[1] in ("DT", "PRP$")
                and before[0].lower()
                in ("a", "an", "the", "its", "his", "her", "their", "our")
            )
            or before[1] == "POS"
            or (
                before[0].endswith(("'s", "’s"))
                and before[0].lower()[:-2].rstrip("'’") not in _IS_CONTRACTED
            )
        )
        and after[1] in ("NN", "NNS")
        and after[0].islower()
    )


class ResolverBase:
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

    # ------------------------------------------------------------------ helpers
    def tense(self, c: Candidate) -> Tense:
        s, e = self.sentence(c.start)
        return tense_at(self.norm, s, e, c.start, c.end, self._clause(c, s, e))

    def ahead(self, c: Candidate, tense: Tense) -> bool:
        """`tense` is a plain future of the clause ("will be signed on Jan. 2"),
        not the forward lean of an end point ("by Jan. 14", "through Oct. 19",
        which a past report may name after it passed): what it names has not
        happened yet, so it is not before the reference date. An end point
        whose own clause is a plain future ("troops will stay until May",
        "exporters must register by May") lies ahead too."""
        if tense != "future":
            return False
        if word_before(self.norm, c.start) not in _END_WORDS:
            return True
        s, e = self.sentence(c.start)
        return self._clause(c, s, e) == "future"

    def done(self, c: Candidate, tense: Tense) -> bool:
        """`tense` is a plain past of the verb the expression's phrase hangs
        on ("the rally was held in April", "hired advisers in April", "walked
        out on April 2"): what it names has begun, so it is not after the
        reference date. Not an end point ("by April", which a report may name
        ahead), nor a phrase inside a noun's ("told companies of a cutback in
        September", "the slated visit of the secretary in September": the
        noun's event has the time)."""
        if tense != "past" or word_before(self.norm, c.start) in _END_WORDS:
            return False
        if self.tagged is None:
            return False
        s, e = self.sentence(c.start)
        return attached_to_past(self.tagged(s, e), c.start)

    def behind(self, c: Candidate, tense: Tense) -> bool:
        """`tense` is the past of a verb right before the expression ("spoke on
        Memorial Day", "met Jan. 5"): what it names has happened, so it is not
        after the reference date. (The verb is looked at only for a past.)"""
        return tense == "past" and self._verb_right_before(c) == "past"

    def _verb_right_before(self, c: Candidate) -> Literal["past", "present"] | None:
        """ "past" or "present" when news style puts the day right after the
        clause's verb ("New Zealand said Friday", "the king met Monday"), which
        then needs no tagging; None otherwise."""
        s, _ = self.sentence(c.start)
        verb = _VERB_BEFORE().search(self.norm, max(s, c.start - 16), c.start)
        if verb is None:
            return None
        word, aux = verb.group(2), (verb.group(1) or "").lower()
        if word == "says":
            return "present"
        if (
            word in lx.PAST_WORDS
            and word not in _NOT_VERB_PAST
            and aux not in _AUXILIARY
            and not aux.endswith(("'ll", "'d", "n't"))
        ):
            return "past"
        return None

    def in_subject(self, c: Candidate) -> bool:
        """`c` lies in the subject of its clause (no verb before it there)."""
        if self.tagged is None:
            return False
        s, e = self.sentence(c.start)
        sent = self.tagged(s, e)
        for n, (_, _, _, b) in enumerate(sent):
            if b > c.start:
                return opens_clause([(t, g) for t, g, _, _ in sent], n)
        return False

    def _clause(self, c: Candidate, s: int, e: int) -> ClauseTense:
        """The tense the tagged verb group of the clause of `c` gives, if any."""
        if self.tagged is None:
            return None
        quick = self._verb_right_before(c)
        if quick is not None:
            return quick
        sent = self.tagged(s, e)
        first = last = -1
        for n, (_, _, a, b) in enumerate(sent):
            if b <= c.start:
                continue
            if a >= c.end:
                break
            if first < 0:
                first = n
            last = n + 1
        if first < 0:
            return None
        toks = [(t, g) for t, g, _, _ in sent]
        tense = clause_tense(toks, first, last)
        if tense == "future?" and modal_ahead(toks, first):
            tense = "future"  # "the bank may raise rates in May": not done yet
        if c.rule in _PRENOMINAL_RULES and _prenominal(sent, first, last):
            # "under a June agreement": the noun's event, not the clause's verb,
            # has the time; only a past clause still says it ("a suspect in an
            # early February theft has been arrested"); else the nearest.
            return tense if tense in ("past", "past?") else "present"
        return tense

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
        where the tense places the month as before."""
        at, year = self._year_stated
        ref = self.ref
        if ref is None or at < 0 or at >= c.start or year == ref.year:
            return None
        if not self._same_sentence(at, c.start):
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
