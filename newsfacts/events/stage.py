"""The events stage: every event of an article, and its main event.

Each sentence is read for triggers; each trigger becomes a candidate with its
arguments and modes; governing triggers absorb what they govern; background
events (subordinate clauses, bare nouns with no actor) are dropped; reported
speech gives a speaker; mutual acts are mirrored. The candidates of the article
then get a date and a place, and repeated reports of one event are merged into
one record with all their mentions.
"""

from __future__ import annotations

import bisect
import datetime as dt

import attrs

from ..findings import PlaceFindings
from ..knowledge.user import NO_USER, UserKnowledge
from ..records import Actor, Event, Mention, TimeExpression
from ..text import Document
from .arguments import assign_arguments
from .compose import absorb, governs
from .main_event import main_event
from .mentions import ETHNIC_RULE, ActorMention, actor_mentions, with_country
from .merge import merge_in_sentence, mirror
from .modes import qualify, refine_mode, refine_weapon
from .sentence import Candidate, Sentence, candidate, find_triggers, start_of
from .speech import reported_speech, statement
from .subordination import adjectival, nominal, subordinate
from .when_where import (
    date_for,
    dateline_location,
    location_for,
    sorted_place_mentions,
    usable_dates,
)
from .words import word_classes

__all__ = ["extract", "main_event", "sentence_events"]


def sentence_events(sent: Sentence) -> list[Candidate]:
    """The events one sentence reports, before dates, places and merging."""
    matches = find_triggers(sent)
    if not matches:
        return []
    cands = [candidate(sent, m) for m in matches]
    for n, c in enumerate(cands):
        qualify(sent, c)
        assign_arguments(sent, c)
        first = c.match.first
        if n and first and sent.words[first - 1] == "and" and not c.passive:
            # "killed one soldier and wounded two": one subject for both verbs.
            c.source = cands[n - 1].source
            c.vp_coordinated = True
    # Governing triggers absorb what they govern.
    absorbed: set[int] = set()
    for n, gov in enumerate(cands):
        if "ctrl" not in gov.flags or n in absorbed:
            continue
        for k in range(n + 1, len(cands)):
            emb = cands[k]
            if k in absorbed or "speech" in emb.flags:
                continue
            if governs(sent, gov, emb):
                absorb(gov, emb)
                absorbed.add(k)
                break
    cands = [c for k, c in enumerate(cands) if k not in absorbed]
    for c in cands:
        refine_weapon(sent.doc, c)
        refine_mode(c)
    speech = [c for c in cands if "speech" in c.flags]
    events = [c for c in cands if "speech" not in c.flags]
    # "the occupied West Bank", "the banned party": participles used as adjectives.
    events = [c for c in events if not adjectival(sent, c)]
    # Main-clause events first; among them verbs before nouns.
    if events:
        levels: list[int] = []
        for k, c in enumerate(events):
            level = subordinate(sent, c)
            first = c.match.first
            if k and first and sent.words[first - 1] == "and":
                level = levels[-1]  # "..., killing one and arresting 12"
            levels.append(level)
        top = min(levels)
        events = [c for c, level in zip(events, levels, strict=True) if level == top]
    strong = [c for c in events if "weak" not in c.flags and not nominal(sent, c)]
    if strong:
        events = strong
    elif events:
        events = [c for c in events if "weak" not in c.flags][:1] or events[:1]
    # A bare noun or a visit needs someone involved to be an event.
    events = [
        c
        for c in events
        if not (
            ("weak" in c.flags or c.cameo == "042" or nominal(sent, c))
            and c.source is None
            and (c.target is None or c.target.place is not None)
        )
        and not (c.cameo == "042" and c.target is None)
    ]
    events = reported_speech(sent, speech, events)
    if not events and speech:
        events = [statement(sent, speech)]
    return mirror(sent, merge_in_sentence(events))


def extract(
    doc: Document,
    dates: tuple[TimeExpression, ...],
    places: PlaceFindings,
    actors: tuple[Actor, ...],
    published: dt.date | None,
    *,
    user: UserKnowledge = NO_USER,
) -> tuple[Event, ...]:
    """Every event of `doc`, one record per event with all its mentions.

    `user` holds a parser's own triggers, matched before the lexicon's."""
    triggers = user.trigger_table if user.triggers else None
    ams = actor_mentions(doc, places, actors)
    dateline = dateline_location(doc, places)
    usable = usable_dates(dates)
    place_mentions = sorted_place_mentions(places)
    cands: list[tuple[Candidate, Sentence]] = []
    for span in doc.sentences:
        sent = Sentence(doc, span, ams, triggers)
        cands.extend((c, sent) for c in sentence_events(sent))
    for c, sent in cands:
        _national_source_at_scene(sent, c)
    _inherit_generic_sources([c for c, _ in cands])
    events: list[Event] = []
    keys: dict[tuple[str, str, str, bool, str], int] = {}
    extra: dict[int, dict[Mention, None]] = {}  # merged mentions, by event index
    for c, sent in cands:
        date, date_source = date_for(c, doc, usable, published)
        location = location_for(c, sent, places, place_mentions, dateline)
        key = (
            c.type,
            c.source.key() if c.source else "",
            c.target.key() if c.target else "",
            c.negated,
            date.value if date is not None and date_source != "published" else "",
        )
        if c.source is not None and key in keys:
            n = keys[key]
            extra.setdefault(n, dict.fromkeys(events[n].mentions)).update(
                dict.fromkeys(c.mentions)
            )
            if events[n].location is None and location is not None:
                events[n] = attrs.evolve(events[n], location=location)
            continue
        ev = Event(
            type=c.type,
            cameo=c.cameo,
            trigger=Mention.of(doc.text, c.start, c.end),
            sentence=Mention.of(doc.text, c.sentence.start, c.sentence.end),
            source=c.source.actor if c.source else None,
            target=c.target.actor if c.target else None,
            date=date,
            location=location,
            negated=c.negated,
            mode=c.mode,
            date_source=date_source,
            mentions=tuple(c.mentions),
            rule=c.rule,
        )
        if c.source is not None:
            keys[key] = len(events)
        events.append(ev)
    for n, mentions in extra.items():
        events[n] = attrs.evolve(events[n], mentions=tuple(mentions))
    return tuple(events)


_SCENE_WINDOW = 8  # actor mentions after the trigger looked at for the scene


def _national_source_at_scene(sent: Sentence, c: Candidate) -> None:
    """ "Police arrested 12 protesters in Cairo": a bare national institution (or
    an ethnic group: "ethnic Albanians demonstrated in Serbia") with no country
    takes the country of the place the act happens at, when the places after
    the trigger name one country only."""
    src = c.source
    if (
        src is None
        or not src.generic
        or src.actor.country is not None
        or not src.actor.code
        or (
            src.actor.code[3:] not in word_classes().national_sector
            and src.actor.rule != ETHNIC_RULE
        )
    ):
        return
    countries = set()
    lo = bisect.bisect_left(sent.ams, c.end, key=start_of)
    for am in sent.ams[lo : lo + _SCENE_WINDOW]:
        if am.place is None or not am.actor.country:
            continue
        n = sent.token_index(am.start)
        if n > 1 and sent.words[n - 1] == "the":
            n -= 1
        if n > 0 and sent.words[n - 1] in word_classes().scene_preps:
            countries.add(am.actor.country)
    if len(countries) == 1:
        actor = with_country(src.actor, countries.pop())
        c.source = ActorMention(src.start, src.end, actor, generic=True)
        c.rule = c.rule + "+scene"


def _inherit_generic_sources(cands: list[Candidate]) -> None:
    """A bare group noun with no country ("Officials ... expressed concern") takes
    the country of the latest source actor that had one (the story's running actor)."""
    last: ActorMention | None = None
    last_sentence = -1
    for n, c in enumerate(cands):
        src = c.source
        if (
            src is not None
            and src.generic
            and src.actor.country is None
            and last is not None
            and not c.rule.endswith("+mutual")  # the other party of a mutual act
        ):
            if n - last_sentence <= 3:
                actor = with_country(src.actor, last.actor.country)
                c.source = ActorMention(src.start, src.end, actor, generic=True)
                c.rule = c.rule + "+context"
        elif src is not None and src.actor.country is not None:
            last, last_sentence = src, n
