"""When and where an event happens: the date and the place governing its clause.

The date is the nearest date of the event's clause, else of its sentence, else
the latest of the paragraph before it, else the publication date; the place is
"the capital" the act names (the capital of its parties' country, when the
article names it), else the place the clause names after a preposition of
place, else the dateline.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from array import array
from collections.abc import Iterator, Sequence

from ..findings import PlaceFindings
from ..knowledge.gazetteer import gazetteer
from ..records import Location, TimeExpression, TimexType
from ..text import Document
from .candidate import Candidate, start_of
from .words import word_classes

__all__ = [
    "PlaceMentions",
    "date_for",
    "dateline_location",
    "location_for",
    "published_stamp",
    "usable_dates",
]


def usable_dates(dates: Sequence[TimeExpression]) -> list[TimeExpression]:
    """Calendar dates and times (not durations, sets or "PRESENT_REF"), by offset."""
    keep = {TimexType.DATE, TimexType.TIME}
    return sorted(
        (d for d in dates if d.type in keep and d.value[:1].isdigit()),
        key=lambda d: d.start,
    )


def date_for(
    c: Candidate,
    doc: Document,
    usable: list[TimeExpression],
    published: dt.date | None,
) -> tuple[TimeExpression | None, str | None]:
    lo = bisect.bisect_left(usable, c.sentence.start, key=start_of)
    hi = bisect.bisect_left(usable, c.sentence.end, key=start_of)
    # a date the sentence names as a bound ("before the Christmas recess",
    # "since March", "ahead of Sunday's vote") is no date of its acts
    in_sentence = [
        d
        for d in usable[lo:hi]
        if not _bound(doc.text, d.start) and not _of_another_noun(doc.text, d, c)
    ]
    if (c.rule == "events.speech" or c.past) and c.mode == "asserted" and not c.planned:
        # what was said or done was by the time of the news: "Kamikawa said
        # the talks would begin next month" is dated by the saying's day,
        # "agreed to hold an election next year" by the agreement's
        in_sentence = [d for d in in_sentence if not _later(d, published)]
    # a date of a relative clause is that clause's, not an act's outside it
    # ("Almeida, who governed from 2011 to 2016, has denied wrongdoing, his
    # lawyers said")
    in_sentence = [
        d
        for d in in_sentence
        if not any(
            _in_or_after(doc, d, span) and not span[0] <= c.start < span[1]
            for span in c.aside_spans
        )
    ]
    if c.clause_span is not None:
        # the clause's own date first: "police said on Tuesday that gunmen
        # killed five villagers on Sunday" dates the killing Sunday
        # (a date right after its last word is its adjunct: "attacked the
        # consulate last week")
        a, b = c.clause_span
        own = [
            d
            for d in in_sentence
            if a <= d.start and (d.end <= b or not doc.text[b : d.start].strip())
        ]
        if not own:
            # "released 137 students abducted two weeks ago, the governor
            # said on Sunday": a date of a relative clause describing a noun
            # is that clause's
            own = [
                d
                for d in in_sentence
                if not any(_in_or_after(doc, d, span) for span in c.aside_spans)
            ]
        if not own and c.mode == "asserted" and not c.planned:
            # "Kamikawa said the talks would begin next month": a date after
            # the news in another clause dates what is still to come, not
            # the act reported
            own = [d for d in in_sentence if not _later(d, published)]
        in_sentence = own or in_sentence
    if in_sentence:
        best = min(in_sentence, key=lambda d: abs(d.start - c.start))
        return best, "clause"
    paras = doc.paragraphs
    k = bisect.bisect_right(paras.starts, c.start) - 1
    para = paras[k] if k >= 0 and c.start < paras[k].end else None
    if para is not None:
        for k in range(lo - 1, max(lo - _PASSAGE_BACK, 0) - 1, -1):
            d = usable[k]
            if d.start < para.start:
                break
            if not _history(d, published) and not (
                # an act reported as done is not dated by an earlier
                # sentence's time still to come ("the talks would begin next
                # month. Park praised the decision")
                c.mode == "asserted" and not c.planned and _later(d, published)
            ):
                return d, "passage"
    if published is not None:
        return published_stamp(published), "published"
    return None, None


def _in_or_after(doc: Document, d: TimeExpression, span: tuple[int, int]) -> bool:
    """Whether date `d` begins in the clause at `span` or right after its
    last word."""
    a, b = span
    return a <= d.start and (d.start < b or not doc.text[b : d.start].strip())


_PASSAGE_BACK = 4  # earlier dates of the paragraph looked at, at most
_COARSE = re.compile(r"(\d{4})(?:-\d{2}|-[A-Z]{2})?")


_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _later(d: TimeExpression, published: dt.date | None) -> bool:
    """Whether date `d` begins after the publication date ("next month" in a
    story of June 12 is July): a time still to come."""
    m = _DAY.match(d.value)
    if published is None or m is None:
        return False
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        first = dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:  # no calendar day ("0000", a month 13)
        return False
    return first > published


def _history(d: TimeExpression, published: dt.date | None) -> bool:
    """A year, month or season before the year of the news ("his failed
    attempt to dissolve Congress in 2022"): background, no date of a later
    sentence's act."""
    m = _COARSE.fullmatch(d.value)
    return published is not None and m is not None and int(m.group(1)) < published.year


_DETERMINERS = frozenset("the this that its their his her a an of to".split())
_BOUND_REACH = 24  # characters read before a date for its preposition


def _of_another_noun(text: str, d: TimeExpression, c: Candidate) -> bool:
    """The date is a possessive that dates the noun after it ("last week's
    presidential election", "Sunday's vote") and that noun is no doer of the
    act: the date stands after the act's trigger ("arrested a man over
    Sunday's attack", "rejected the result of last week's election") or
    outside the act's clause ("... last week's election and called on his
    supporters"). "Sunday's attack killed five" and "Sunday's attack" itself
    are dated Sunday."""
    if text[d.end : d.end + 2] not in ("'s", "\u2019s"):
        return False
    if d.start > c.start:
        return True
    span = c.clause_span
    return span is not None and not span[0] <= d.start < span[1]


def _bound(text: str, start: int) -> bool:
    """The date at `start` follows a preposition of a bound ("before the
    Christmas recess", "since March", "ahead of Sunday's vote", "prior to
    Monday"), determiners and "of"/"to" between."""
    words = text[max(0, start - _BOUND_REACH) : start].lower().split()
    while words and words[-1] in _DETERMINERS:
        words.pop()
    return bool(words) and words[-1] in word_classes().date_bounds


def published_stamp(published: dt.date) -> TimeExpression:
    """The publication date as a date expression with no text."""
    return TimeExpression(
        text="",
        start=0,
        end=0,
        type="DATE",
        value=published.isoformat(),
        anchor="published",
        rule="events.published",
    )


class PlaceMentions:
    """The article's place mentions by offset: their starts in an int array and
    their locations beside, read by bisection for the first place inside a
    span. No tuple is made per mention (a long article has hundreds of
    thousands)."""

    __slots__ = ("_locations", "_starts")

    def __init__(self, places: PlaceFindings) -> None:
        mentions = [m for loc in places.locations for m in loc.mentions]
        owners = [loc for loc in places.locations for _ in loc.mentions]
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self._starts = array("q", [mentions[i].start for i in order])
        self._locations = [owners[i] for i in order]

    def first_in(self, start: int, end: int) -> Location | None:
        """The location of the first place mention starting in [start, end)."""
        lo = bisect.bisect_left(self._starts, start)
        if lo < len(self._starts) and self._starts[lo] < end:
            return self._locations[lo]
        return None

    def __iter__(self) -> Iterator[Location]:
        """The location of each mention, by offset."""
        return iter(self._locations)


def location_for(
    c: Candidate,
    place_mentions: PlaceMentions,
    dateline: Location | None,
) -> Location | None:
    """The place of the clause (a place after a preposition of place: "in
    Kabul", "near the border with Syria"), else the dateline's. "The capital"
    with no country named is the capital of the parties' country, where the
    article names that city ("Haftar's troops attacked the capital's airport")."""
    if c.capital:
        found = _capital(c, place_mentions)
        if found is not None:
            return found
    for start, end in c.place_spans:
        found = place_mentions.first_in(start, end)
        if found is not None:
            return found
    return dateline


def _capital(c: Candidate, place_mentions: PlaceMentions) -> Location | None:
    capitals = gazetteer().capitals
    for party in (c.source, c.target):
        country = party.actor.country if party is not None else None
        entry = capitals.get(country) if country else None
        if entry is None:
            continue
        for loc in place_mentions:
            if loc.country == country and loc.name == entry.name:
                return loc
    return None


def dateline_location(doc: Document, places: PlaceFindings) -> Location | None:
    line = doc.dateline
    if line is None:
        return None
    for loc in places.locations:
        for m in loc.mentions:
            if line.place.start <= m.start < line.place.end:
                return loc
    # The places stage may skip the capitalised dateline: match it by name.
    name = doc.norm[line.place.start : line.place.end].strip().lower()
    return next((loc for loc in places.locations if loc.name.lower() == name), None)
