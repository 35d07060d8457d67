"""When and where an event happens: the date and the place governing its clause.

The date is the nearest date of the sentence, else the latest of the paragraph
before it, else the publication date; the place is the nearest place mention
of the sentence that is no party to the event, else the dateline.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

from ..findings import PlaceFindings
from ..records import Location, LocationKind, Mention, TimeExpression, TimexType
from ..text import Document
from .sentence import Candidate, Sentence, start_of
from .words import word_classes

__all__ = [
    "date_for",
    "dateline_location",
    "location_for",
    "sorted_place_mentions",
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
    in_sentence = usable[lo:hi]
    if in_sentence:
        best = min(in_sentence, key=lambda d: abs(d.start - c.start))
        return best, "clause"
    paras = doc.paragraphs
    k = bisect.bisect_right(paras, c.start, key=start_of) - 1
    para = paras[k] if k >= 0 and c.start < paras[k].end else None
    if para is not None and lo > 0 and usable[lo - 1].start >= para.start:
        return usable[lo - 1], "passage"
    if published is not None:
        stamp = TimeExpression(
            text="",
            start=0,
            end=0,
            type="DATE",
            value=published.isoformat(),
            anchor="published",
            rule="events.published",
        )
        return stamp, "published"
    return None, None


def _capital(c: Candidate, sent: Sentence, places: PlaceFindings) -> Location | None:
    """For "the capital('s) ...": the largest city of the actors' country named in the
    article (capitals are their country's largest city far more often than not)."""
    words = sent.words
    first = c.match.first
    near = words[first : min(len(words), c.match.last + 8)]
    if "capital" not in near and "capital's" not in near:
        return None
    country = next(
        (
            am.actor.country
            for am in (c.source, c.target)
            if am is not None and am.actor.country
        ),
        None,
    )
    cities = [
        loc
        for loc in places.locations
        if loc.kind == LocationKind.CITY and loc.country == country and loc.population
    ]
    return max(cities, key=lambda loc: loc.population or 0) if cities else None


def sorted_place_mentions(places: PlaceFindings) -> list[tuple[int, Mention, Location]]:
    """Every place mention with its location, by offset."""
    return sorted(
        ((m.start, m, loc) for loc in places.locations for m in loc.mentions),
        key=lambda t: t[0],
    )


def _first(item: tuple[int, Mention, Location]) -> int:
    return item[0]


def location_for(
    c: Candidate,
    sent: Sentence,
    places: PlaceFindings,
    place_mentions: list[tuple[int, Mention, Location]],
    dateline: Location | None,
) -> Location | None:
    capital = _capital(c, sent, places)
    if capital is not None:
        return capital
    used = {id(c.source), id(c.target)}
    best: tuple[int, Location] | None = None
    lo = bisect.bisect_left(place_mentions, sent.span.start, key=_first)
    hi = bisect.bisect_left(place_mentions, sent.span.end, key=_first)
    for _, m, loc in place_mentions[lo:hi]:
        if c.source is not None and c.source.start <= m.start < c.source.end:
            continue
        am = sent.am_covering(m.start)
        if am is not None and id(am) in used and am.place is None:
            continue
        n = sent.token_index(m.start)
        prev = sent.words[n - 1] if n > 0 else ""
        if (
            am is not None
            and id(am) in used
            and loc.kind == "country"
            and prev not in word_classes().locative
        ):
            continue  # a country that acts or is acted upon is not where it happens
        locative = (
            prev in word_classes().locative or prev in {"of", "'s", "the"} or am is None
        )
        if not locative and am is not None and id(am) not in used:
            continue
        dist = abs(m.start - c.end) if m.start >= c.end else 2 * abs(c.start - m.end)
        if best is None or dist < best[0]:
            best = (dist, loc)
    if best is not None:
        return best[1]
    return dateline


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
