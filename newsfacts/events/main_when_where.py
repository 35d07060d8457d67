"""Where and when the main event happened (`events/main_event.py`).

Its place is the clause's, else the dateline's, else a place of the agent's
phrase ("A Texas court") or a national group's country, else the most specific
place of the lead; its date the clause's or the sentence's (for a reported act,
the day of the saying), else the lead's first day, else the publication date.
An act dated by a past year alone is background, no main event. Helpers of
`events/main_event.py`, split from it as a job of their own.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from ..findings import PlaceFindings
from ..language.sentences import ParsedSentence
from ..records import ActorKind, Location, LocationKind, TimeExpression, TimexType
from .background import history_date
from .lead import Act, party_spans, place_spans
from .parties import Parties
from .when_where import published_stamp

__all__ = [
    "Reference",
    "act_date",
    "act_place",
    "background_act",
    "calendar_date",
    "date_start",
    "reference_year",
]


Reference = tuple[int | None, int | None]
"""The year and month of the news (the month None when no publication date
gives it)."""


def reference_year(
    dates: Sequence[TimeExpression], published: dt.date | None
) -> Reference:
    """The year of the news: the publication's, else the latest the text names."""
    if published is not None:
        return published.year, published.month
    years = [int(d.value[:4]) for d in dates if d.value[:4].isdigit()]
    return (max(years) if years else None), None


def _clause_dates(act: Act, dates: Sequence[TimeExpression]) -> list[TimeExpression]:
    cl = act.sentence.structure.clauses[act.clause]
    start, end = act.sentence.chars(cl.start, cl.end)
    lo = bisect.bisect_left(dates, start, key=date_start)
    hi = bisect.bisect_left(dates, end, key=date_start)
    return list(dates[lo:hi])


def _aside(ps: ParsedSentence, d: TimeExpression) -> bool:
    """Whether date `d` stands in a relative clause of the sentence or right
    after its last word."""
    tokens = ps.tokens
    for cl in ps.structure.clauses:
        if cl.kind not in ("relative", "reduced_relative"):
            continue
        a, b = ps.chars(cl.start, cl.end)
        after = tokens[cl.end].start if cl.end < len(tokens) else b
        if a <= d.start and (d.start < b or d.start == after):
            return True
    return False


def background_act(
    act: Act, dates: Sequence[TimeExpression], reference: Reference
) -> bool:
    """An act dated by a past year alone: background, not the news."""
    found = _clause_dates(act, dates)
    return bool(found) and all(history_date(d, *reference) for d in found)


def act_place(
    act: Act,
    p: Parties,
    lead: Sequence[ParsedSentence],
    places: PlaceFindings,
    dateline: Location | None,
) -> Location | None:
    """The clause's place, else the dateline's, else the lead's most specific."""
    mentions = sorted(
        ((m.start, m.end, loc) for loc in places.locations for m in loc.mentions),
        key=lambda t: t[0],
    )
    for start, end in place_spans(act.sentence, p, act.clause):
        for m_start, _m_end, loc in mentions:
            if start <= m_start < end:
                return loc
    if act.event is not None and act.event.location not in (None, dateline):
        return act.event.location
    if dateline is not None:
        return dateline
    for start, end in party_spans(act.sentence, act.clause):
        for m_start, _m_end, loc in mentions:
            if start <= m_start < end:
                return loc
    return _lead_place(mentions, lead) or _home(act, places)


def _home(act: Act, places: PlaceFindings) -> Location | None:
    """The country of the act's agent, a group of a nationality, where the
    article names it ("a Tunisian court approved ..." naming Tunisia)."""
    if act.source is None or act.source.kind != ActorKind.GROUP:
        return None
    country = act.source.country
    return next(
        (
            loc
            for loc in places.locations
            if loc.kind == LocationKind.COUNTRY and loc.country == country
        ),
        None,
    )


_SPECIFIC = {
    LocationKind.FACILITY: 0,
    LocationKind.CITY: 0,
    LocationKind.ADMIN2: 1,
    LocationKind.ADMIN1: 2,
    LocationKind.REGION: 3,
    LocationKind.COUNTRY: 4,
    LocationKind.CONTINENT: 5,
    LocationKind.OTHER: 5,
}


def _lead_place(
    mentions: Sequence[tuple[int, int, Location]], lead: Sequence[ParsedSentence]
) -> Location | None:
    """The most specific place the lead names (a city over its country), the
    first named among equals."""
    best: tuple[int, int, Location] | None = None
    for ps in lead:
        for start, _end, loc in mentions:
            if ps.span.start <= start < ps.span.end:
                rank = _SPECIFIC.get(loc.kind, 5)
                if best is None or rank < best[0]:
                    best = (rank, start, loc)
    return best[2] if best is not None else None


def act_date(
    act: Act,
    lead: Sequence[ParsedSentence],
    dates: Sequence[TimeExpression],
    published: dt.date | None,
    reference: Reference,
) -> tuple[TimeExpression | None, str | None]:
    """The clause's date, else the sentence's (the day of the saying), else
    the lead's first, else the publication date."""
    found = [d for d in _clause_dates(act, dates) if not history_date(d, *reference)]
    if found:
        return min(found, key=lambda d: abs(d.start - act.start)), "clause"
    ps = act.sentence
    found = [
        d
        for d in dates
        if ps.span.start <= d.start < ps.span.end and not history_date(d, *reference)
    ]
    # a date of a relative clause is that clause's ("released students
    # abducted two weeks ago, the governor said on Sunday")
    found = [d for d in found if not _aside(ps, d)] or found
    if found:
        return min(found, key=lambda d: abs(d.start - act.start)), "clause"
    for other in lead:
        for d in dates:
            if other.span.start <= d.start < other.span.end and _day(d):
                return d, "lead"
    if published is not None:
        return published_stamp(published), "published"
    return None, None


_CALENDAR = re.compile(r"\d{4}|XXXX-(?:\d\d-\d\d|WXX-\d)")


def calendar_date(d: TimeExpression) -> bool:
    """A calendar date or time, a weekday or a day of a month with no year
    ("on Tuesday" with no article date): not a duration, a set or "now"."""
    return d.type in (TimexType.DATE, TimexType.TIME) and bool(_CALENDAR.match(d.value))


_DAY = re.compile(r"(?:\d{4}|XXXX)-(?:\d\d-\d\d|W(?:\d\d|XX)-\d)")


def _day(d: TimeExpression) -> bool:
    """A date at day precision: "on Monday", "April 4", "2016-11-23"."""
    return _DAY.match(d.value) is not None


def date_start(d: TimeExpression) -> int:
    return d.start
