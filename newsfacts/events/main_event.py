"""The main event of an article, as a reader would pick it.

The first substantive act of the lead (the opening sentences, after the
dateline): the first event there that is no statement, not negated and not
hypothetical. When the lead reports no coded event, its first strong act (a
main clause with an actor, whose verb is no auxiliary, verb of speech or
copula: a rescue, a win, a launch) is the main event, typed "OTHER" with an
empty CAMEO code; such an act is never one of `Article.events`. Its place is
the clause's, else the most prominent place of the lead (the dateline, else the
first place the lead names); its date the clause's, else the lead's first
date, else the publication date.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

import attrs

from ..findings import PlaceFindings
from ..language.sentences import ParsedSentence, parse_document
from ..records import Event, Location, Mention, TimeExpression
from ..text import Document
from .compose import governor
from .lexicon import STATEMENT
from .mentions import ActorMention
from .parties import Parties
from .patterns import lemma_of
from .when_where import published_stamp
from .words import word_classes

__all__ = ["LEAD_SENTENCES", "OTHER", "lead_event"]

LEAD_SENTENCES = 3
"""Sentences of the lead: the opening of a news story states its news."""

OTHER = "OTHER"
"""`Event.type` of an uncoded act chosen as the main event."""


def _lead_end(parsed: Sequence[ParsedSentence]) -> int:
    return parsed[min(LEAD_SENTENCES, len(parsed)) - 1].span.end if parsed else 0


def lead_event(
    events: tuple[Event, ...],
    doc: Document,
    parsed: Sequence[ParsedSentence],
    title: str | None,
    places: PlaceFindings,
    dateline: Location | None,
    dates: Sequence[TimeExpression],
    published: dt.date | None,
    ams: Sequence[ActorMention],
) -> Event | None:
    """The article's main event (see the module's docstring)."""
    lead_end = _lead_end(parsed)
    substantive = [
        ev
        for ev in events
        if ev.type != STATEMENT
        and not ev.negated
        and ev.mode not in ("hypothetical", "question")
    ]
    in_lead = [ev for ev in substantive if ev.trigger.start < lead_end]
    main = _title_event(substantive, title) or (in_lead[0] if in_lead else None)
    if main is None:
        main = _uncoded_act(doc, parsed[:LEAD_SENTENCES], ams)
    if main is None:
        main = substantive[0] if substantive else None
    if main is None:
        return None
    return _anchored(main, lead_end, places, dateline, dates, published)


def _title_event(events: Sequence[Event], title: str | None) -> Event | None:
    """The first event whose verb is a verb of the title ("Macron met Scholz")."""
    if not title or not events:
        return None
    lemmas = {
        ps.structure.chunks.verbs[cl.verb].lemma
        for ps in parse_document(Document(title))
        for cl in ps.structure.clauses
    }
    for ev in events:
        lemma = lemma_of(ev.trigger.text.split()[0]) or ev.trigger.text.lower()
        if lemma in lemmas:
            return ev
    return None


def _anchored(
    ev: Event,
    lead_end: int,
    places: PlaceFindings,
    dateline: Location | None,
    dates: Sequence[TimeExpression],
    published: dt.date | None,
) -> Event:
    """The lead's place and date where the clause gives none."""
    location = ev.location or dateline or _lead_place(places, lead_end)
    date, source = ev.date, ev.date_source
    if source in (None, "published"):
        k = bisect.bisect_left(dates, lead_end, key=_start)
        if k > 0:
            date, source = dates[0], "lead"
        elif date is None and published is not None:
            date, source = published_stamp(published), "published"
    if location is ev.location and date is ev.date:
        return ev
    return attrs.evolve(ev, location=location, date=date, date_source=source)


def _lead_place(places: PlaceFindings, lead_end: int) -> Location | None:
    """The first place the lead names."""
    best: tuple[int, Location] | None = None
    for loc in places.locations:
        for m in loc.mentions:
            if m.start < lead_end and (best is None or m.start < best[0]):
                best = (m.start, loc)
    return best[1] if best is not None else None


def _uncoded_act(
    doc: Document, lead: Sequence[ParsedSentence], ams: Sequence[ActorMention]
) -> Event | None:
    """The first strong act of a main clause of the lead with an actor."""
    weak = word_classes().weak_verbs
    for ps in lead:
        p = Parties(ps, ams)
        verbs = ps.structure.chunks.verbs
        for cl in ps.structure.clauses:
            vg = verbs[cl.verb]
            if cl.kind != "main" or vg.negated or vg.lemma in weak:
                continue
            if vg.modal is not None or governor(vg.lemma) is not None:
                continue
            who = p.actor(cl.agent if vg.voice == "passive" else cl.subject)
            whom = p.actor(cl.subject if vg.voice == "passive" else None)
            if who is None and whom is None:
                continue
            start, end = ps.chars(vg.head, vg.head + 1)
            return Event(
                type=OTHER,
                cameo="",
                trigger=Mention.of(doc.text, start, end),
                sentence=Mention.of(doc.text, ps.span.start, ps.span.end),
                source=who.actor if who is not None else None,
                target=whom.actor if whom is not None else None,
                rule="events.lead_act",
            )
    return None


def _start(d: TimeExpression) -> int:
    return d.start
