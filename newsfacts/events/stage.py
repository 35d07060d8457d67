"""The events stage: every event of an article, and its main event.

The language layer parses each sentence into clauses; each clause whose verb
pattern codes an event, and whose parties are there, becomes a candidate
(`reading`); the candidates of the article then get a date and a place, and
repeated reports of one event are merged into one record with all their
mentions. Every party is an actor of `Article.actors`: the actors stage's
(people, organisations, countries, groups of role nouns), or such a group that
the act places in a country ("police arrested 12 in Cairo": Egypt's police), a
new actor with the mentions it acts by, which the actors stage's group then
no longer holds (`EventFindings.actors`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from .._data import lazy
from ..findings import PlaceFindings
from ..knowledge.user import NO_USER, UserKnowledge
from ..language.clauses import Clause
from ..language.sentences import ParsedSentence, iter_parsed
from ..language.verbs import VerbGroup
from ..records import Actor, Event, Location, Mention, TimeExpression
from ..text import Document
from .background import history_date
from .candidate import Candidate
from .cities import CityParties
from .compose import speech_lemmas
from .compound import pair_up
from .games import LEAD_SENTENCES, in_play, reports_game
from .headline import title_line
from .main_event import lead_event
from .mentions import ActorMention, actor_mentions
from .merge import joined_acts, merge_in_sentence, mirror_mutual, symmetric
from .parties import Pair, Parties, fits_pair
from .reactions import Act, named_acts
from .reading import sentence_events
from .reattach import reattached
from .situate import situate
from .when_where import (
    PlaceMentions,
    date_for,
    dateline_location,
    location_for,
    usable_dates,
)
from .words import word_classes

__all__ = ["EventFindings", "extract", "find", "unreal_act"]


@attrs.frozen(slots=True)
class EventFindings:
    """The events of an article, its main event, and the article's actors: the
    actors stage's, with the groups that the events placed in a country
    ("police" arresting in Cairo: Egypt's police) as actors of their own."""

    events: tuple[Event, ...]
    main: Event | None
    actors: tuple[Actor, ...]


# Sentences kept for the main event: the lead is its first few story sentences,
# after boilerplate, captions and verbless lines, which this many always holds.
_OPENING = 40

_ACTS = 20
"""How many acts named before a sentence its reactions may refer to."""


_UNDER = frozenset(("adverbial", "infinitival", "participial"))
"""Kinds of clauses that share the time of the clause they hang from."""


def _year_month(day: dt.date | None) -> tuple[int | None, int | None]:
    return (day.year, day.month) if day is not None else (None, None)


def _history(
    ps: ParsedSentence, dates: Sequence[TimeExpression], reference: dt.date | None
) -> list[bool]:
    """Per clause: dated by a past year alone ("jailed for fraud in 2010"), so
    background, not news. Dates are those of the sentence (few)."""
    clauses = ps.structure.clauses
    verbs = ps.structure.chunks.verbs
    out = [False] * len(clauses)
    # A clause with a date of the news as well is news ("was sentenced Friday
    # for a shooting in 2021").
    old: list[TimeExpression] = []
    recent: list[TimeExpression] = []
    for d in dates:
        if not ps.span.start <= d.start < ps.span.end:
            continue
        if _bound(ps, d.start):
            continue  # "suspended talks following a July attack": a bound
        (old if history_date(d, *_year_month(reference)) else recent).append(d)
    if not old:
        return out
    # A clause reaches to the next clause: its phrases after the verb ("acceded
    # to NATO in the spring of 2004"); the first reaches back to the sentence's
    # start ("In 2005, militants killed ...", "A December 1978 invasion drove").
    order = sorted(range(len(clauses)), key=lambda k: clauses[k].start)
    for n, i in enumerate(order):
        start = (
            ps.span.start if n == 0 else ps.chars(clauses[i].start, clauses[i].end)[0]
        )
        own_end = ps.chars(clauses[i].start, clauses[i].end)[1]
        if n + 1 < len(order):
            nxt = clauses[order[n + 1]]
            end = max(own_end, ps.chars(nxt.start, nxt.end)[0])
        else:
            # the last clause inside another whose verb comes after it ("The
            # president, who visited Kyiv in 2022, met Zelensky on Monday"):
            # up to that verb, not over its phrases
            later = [
                verbs[clauses[k].verb].start
                for k in order
                if k != i
                and clauses[k].start <= clauses[i].start
                and clauses[k].end >= clauses[i].end
                and verbs[clauses[k].verb].start >= clauses[i].end
            ]
            end = ps.chars(min(later), min(later) + 1)[0] if later else ps.span.end
        asides = _asides(ps, clauses, verbs, i)
        mine_old = [d for d in old if start <= d.start < end and not _in(d, asides)]
        mine_recent = [d for d in recent if start <= d.start < end]
        out[i] = bool(mine_old) and not mine_recent
    # Coordinated clauses share their time: "A December 1978 invasion drove
    # the Khmer Rouge out, began a 10-year occupation and touched off a war".
    for i in order:
        j = clauses[i].conjunct_of
        if j is not None and out[j]:
            out[i] = True
    # A clause of time or cause, an aim or a participle under history is
    # history too: "The two countries cut ties in 2016 after protesters
    # stormed the Saudi embassy", "Kenya sent troops into Somalia in 2011 to
    # fight the militants", "In 2005, militants attacked the town, killing 20".
    for i in order:
        cl = clauses[i]
        if cl.kind in _UNDER and cl.governor is not None and out[cl.governor]:
            a, b = ps.chars(cl.start, cl.end)
            out[i] = not any(a <= d.start < b for d in recent)
    return out


def _asides(
    ps: ParsedSentence, clauses: Sequence[Clause], verbs: Sequence[VerbGroup], i: int
) -> list[tuple[int, int]]:
    """The character spans of the relative clauses set inside clause i before
    its verb, each up to that verb: their dates are theirs ("Robert Dalton,
    who served as mayor from 2011 to 2019, was indicted" is news)."""
    cl = clauses[i]
    verb = verbs[cl.verb].start
    out = []
    for k, other in enumerate(clauses):
        if k != i and "relative" in other.kind and cl.start < other.start < verb:
            out.append(
                (ps.chars(other.start, other.end)[0], ps.chars(verb, verb + 1)[0])
            )
    return out


def _in(d: TimeExpression, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= d.start < b for a, b in spans)


_BEFORE_DATE = frozenset(("a", "an", "the", "last", "this"))
_SPANS = frozenset(("since", "through", "till", "until"))


def _bound(ps: ParsedSentence, at: int) -> bool:
    """Whether the date at character `at` follows a preposition of a time
    bound (`date_bounds`), past an article ("following a July attack", "after
    the 2014 election"): it dates what the act came after or before, not the
    act. A span ("since 2003", "until 2020") still dates a tally or a state
    of those years."""
    k = next((i for i, t in enumerate(ps.tokens) if t.start >= at), None)
    if k is None:
        return False
    k -= 1
    while k >= 0 and ps.tokens[k].text.lower() in _BEFORE_DATE:
        k -= 1
    word = ps.tokens[k].text.lower() if k >= 0 else ""
    # "has killed 167 people since 2003": a tally over the years, history
    return word in word_classes().date_bounds and word not in _SPANS


@lazy
def reporting_lemmas() -> frozenset[str]:
    """The verbs the parser reads as reporting a clause: verbs of speech and
    of attribution (made once, not for every document)."""
    return speech_lemmas() | word_classes().attribution_verbs


def find(
    doc: Document,
    dates: tuple[TimeExpression, ...],
    places: PlaceFindings,
    actors: tuple[Actor, ...],
    published: dt.date | None,
    *,
    title: str | None = None,
    mirror: bool = False,
    each_pair: bool = False,
    user: UserKnowledge = NO_USER,
    unreal: bool = False,
) -> EventFindings:
    """Every event of `doc`, its main event and the groups it placed.

    `mirror=True` adds the mirrored record of each mutual act ("X and Y met":
    X->Y, and Y->X), as some CAMEO coders count them; by default a mutual act
    is one record with both parties. `each_pair=True` makes an act of a
    compound source or target one record per pair ("Russia and Belarus
    attacked Ukraine": two attacks), as dyadic event data counts them; by
    default it is one record, of the first source and target. `user` holds a parser's own triggers,
    read before the shipped patterns and event nouns. Acts that did not or
    may not happen (negated, hypothetical, asked about) are no events of
    the article; `unreal=True` keeps them, marked (`Event.negated`,
    `Event.mode`)."""
    triggers = user.trigger_table if user.triggers else None
    ams = actor_mentions(doc, places, actors)
    starts = [a.start for a in ams]
    dateline = dateline_location(doc, places)
    usable = usable_dates(dates)
    place_mentions = PlaceMentions(places)
    city = CityParties(doc.text, place_mentions, actors)
    # Sentences are parsed one at a time and let go once read, but for the
    # opening ones, which the main event reads again.
    opening: list[ParsedSentence] = []
    records = _Records(doc, usable, published, place_mentions, dateline)
    running: str | None = None
    story: str | None = None  # the country of the story's first party with one
    last_pair: Pair | None = None  # the last mutual act's two parties
    acts: list[Act] = []  # the acts named so far, for reactions to them
    home = dateline.country if dateline is not None else None
    k = 0
    game = False  # the lead reports a game's result: a match report
    for n, parsed in enumerate(iter_parsed(doc, reporting=reporting_lemmas())):
        parties = Parties(parsed, ams, triggers, starts, city, last_pair, acts)
        ps = reattached(parsed, parties)  # "fired on protesters who ..., killing"
        if ps is not parsed:
            parties = Parties(ps, ams, triggers, starts, city, last_pair, acts)
        if len(opening) < _OPENING:
            opening.append(ps)
        while k < len(usable) and usable[k].start < ps.span.start:
            k += 1
        j = k
        while j < len(usable) and usable[j].start < ps.span.end:
            j += 1
        history = _history(ps, usable[k:j], published)
        if n < LEAD_SENTENCES and not game:
            game = reports_game(parties)
        found = pair_up(
            sentence_events(doc.text, ps, parties, history),
            parties,
            each_pair=each_pair,
        )
        found = [c for c in found if not c.destination or _visited(c, place_mentions)]
        _sides_of_earlier_act(found, parties)
        for c in found:
            if c.destination and c.target is None:
                c.target = _host(c, city)
        running = situate(
            found,
            place_mentions,
            running,
            home,
            settled=story is not None and story == home,
        )
        if story is None:
            story = next(
                (
                    c.source.actor.country
                    for c in found
                    if c.source and c.source.actor.country
                ),
                None,
            )
        last_pair = _mutual_pair(found) or last_pair
        acts = [*acts, *named_acts(found)][-_ACTS:]  # a new list: bounded
        records.add(
            mirror_mutual(merge_in_sentence(found, joined_acts(ps)), mirror),
            headline=n == 0 and title_line(doc, ps),
        )
    events = records.result()
    if game:
        # "Salah sealed the win, firing home": play in a match report
        events = tuple(e for e in events if not in_play(e))
    if not unreal:
        events = tuple(e for e in events if not unreal_act(e))
    events, all_actors = _party_actors(events, actors)
    main = lead_event(
        events, doc, opening, title, places, dateline, dates, published, ams
    )
    return EventFindings(events, main, all_actors)


def extract(
    doc: Document,
    dates: tuple[TimeExpression, ...],
    places: PlaceFindings,
    actors: tuple[Actor, ...],
    published: dt.date | None,
    *,
    mirror: bool = False,
    each_pair: bool = False,
    user: UserKnowledge = NO_USER,
    unreal: bool = False,
) -> tuple[Event, ...]:
    """Every event of `doc`, one record per event with all its mentions
    (`unreal` as in `find`)."""
    return find(
        doc,
        dates,
        places,
        actors,
        published,
        mirror=mirror,
        each_pair=each_pair,
        user=user,
        unreal=unreal,
    ).events


_SPOKEN_ROOTS = ("03", "12", "13")
"""Intents, refusals and threats: announced on a condition ("will withdraw
its peacekeepers unless the president arranges a ceasefire", "will not accept
any more refugees if war starts") they are said, so they happened."""


def unreal_act(e: Event) -> bool:
    """An act that did not or may not happen: negated ("did not attack", "no
    group has claimed responsibility"), asked about ("Could Russia attack?")
    or only possible ("Ukraine might attack Russia"; not an intent, a refusal
    or a threat said on a condition)."""
    return (
        e.negated
        or e.mode == "question"
        or (e.mode == "hypothetical" and not e.cameo.startswith(_SPOKEN_ROOTS))
    )


class _Records:
    """Candidates as records, read a sentence at a time; repeated reports of
    one event merged into the first.

    Each sentence's candidates become records (or mentions of an earlier
    record) before the next sentence is read, so a long text holds its
    records, never every candidate of every sentence (a candidate keeps its
    clause's parties, places and mentions: several times a record's size,
    and most are repeated reports that merge into an earlier record)."""

    def __init__(
        self,
        doc: Document,
        usable: list[TimeExpression],
        published: dt.date | None,
        place_mentions: PlaceMentions,
        dateline: Location | None,
    ) -> None:
        self.doc = doc
        self.usable = usable
        self.published = published
        self.place_mentions = place_mentions
        self.dateline = dateline
        self.events: list[Event] = []
        self.keys: dict[tuple[str, str, str, bool, str], int] = {}
        self.extra: dict[int, dict[Mention, None]] = {}
        # the title line's records, with their candidates, until the lead
        # reports the same act again
        self.titled: list[tuple[Candidate, int]] = []
        self.dead: set[int] = set()

    def add(self, cands: list[Candidate], *, headline: bool = False) -> None:
        """Make records of `cands` (the next sentence's), or mentions of the
        records they repeat; `headline`: the sentence is the text's title
        line, whose acts the lead reports again."""
        doc, usable, published = self.doc, self.usable, self.published
        events, keys, extra = self.events, self.keys, self.extra
        for c in cands:
            if (
                c.source is not None
                and c.target is not None
                and (c.source.start, c.source.end) == (c.target.start, c.target.end)
            ):
                c.target = None  # one span is never both who acts and on whom
            date, date_source = date_for(c, doc, usable, published)
            location = location_for(c, self.place_mentions, self.dateline)
            key = (
                # one of several acts of joined verbs is its own record
                c.type + (":" + c.cameo if c.own_act else ""),
                _key(c.source),
                _key(c.target),
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
            titled = self._titled(c) if c.source is not None else None
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
            if titled is not None:
                # "Rebels kill 12 soldiers in Burundi." over "Hutu rebels
                # killed 12 soldiers ... on Thursday": one act, recorded as
                # the lead reports it, with its date and place
                ev = self._retitle(titled, ev)
            if c.source is not None:
                keys[key] = len(events)
                if headline:
                    self.titled.append((c, len(events)))
            events.append(ev)

    def _titled(self, c: Candidate) -> int | None:
        """The title line's record of the act `c` reports again, taken off
        the title's list: the same type and polarity, and each party the same
        actor or named by the same last word ("Rebels" for "Hutu rebels",
        "Seles" for "Monica Seles"): a title shortens names, and may leave
        the one acted upon unnamed ("Israeli troops shoot dead Palestinian",
        "Rebels attack in Burundi")."""
        for n, (t, index) in enumerate(self.titled):
            if (
                t.type == c.type
                and t.own_act == c.own_act
                and (not t.own_act or t.cameo == c.cameo)
                and t.negated == c.negated
                and _same_party(t.source, c.source)
                and (t.target is None or _same_party(t.target, c.target))
            ):
                del self.titled[n]
                return index
        return None

    def _retitle(self, n: int, ev: Event) -> Event:
        """Let the lead's record `ev` (the next) stand for the title's record
        `n`: it takes the title's mentions first, and the title's key."""
        old = self.events[n]
        mentions = self.extra.pop(n, dict.fromkeys(old.mentions))
        mentions.update(dict.fromkeys(ev.mentions))
        self.extra[len(self.events)] = mentions
        if ev.location is None and old.location is not None:
            ev = attrs.evolve(ev, location=old.location)
        for k, v in self.keys.items():
            if v == n:
                self.keys[k] = len(self.events)
        self.dead.add(n)
        return ev

    def result(self) -> tuple[Event, ...]:
        """The records, with the mentions of the reports merged into them."""
        events = self.events
        for n, mentions in self.extra.items():
            events[n] = attrs.evolve(events[n], mentions=tuple(mentions))
        return tuple(e for n, e in enumerate(events) if n not in self.dead)


def _sides_of_earlier_act(found: list[Candidate], parties: Parties) -> None:
    """ "The two sides" after a mutual act earlier in the sentence are its
    parties, not the last two actors named before them ("Wang Yi held talks
    with Antony Blinken, days after Russia's war in Ukraine entered its third
    year, and the two sides agreed": China and the US)."""
    for at, head, a, b in parties.paired:
        act = _mutual_pair([c for c in found if c.start < at])
        if act is None:
            continue
        pair = {a.key(), b.key()}
        x, y, _ = act
        if {x.key(), y.key()} == pair or not fits_pair(head, x, y):
            continue
        for c in found:
            if c.start < at or c.source is None or c.target is None:
                continue
            if {c.source.key(), c.target.key()} != pair:
                continue
            first = c.source.key() == a.key()
            c.source, c.target = (x, y) if first else (y, x)
            c.parties = [
                (x if m.key() == a.key() else y if m.key() == b.key() else m)
                for m in c.parties
            ]


def _mutual_pair(found: list[Candidate]) -> Pair | None:
    """The two parties of the sentence's last mutual act ("X held talks with
    Y", "X and Y signed a deal"), for "the two sides" after it."""
    for c in sorted(found, key=lambda c: c.start, reverse=True):
        if (
            symmetric(c)
            and c.source is not None
            and c.target is not None
            and c.source.key() != c.target.key()
        ):
            return (c.source, c.target, c.start)
    return None


def _same_party(a: ActorMention | None, b: ActorMention | None) -> bool:
    """Both none, or the same actor, or actors named by the same last word."""
    if a is None or b is None:
        return a is b
    if a.key() == b.key():
        return True
    return a.actor.name.lower().split()[-1:] == b.actor.name.lower().split()[-1:]


def _key(am: ActorMention | None) -> str:
    return am.key() if am is not None else ""


def _visited(c: Candidate, place_mentions: PlaceMentions) -> bool:
    """A visit's destination is a place the places stage found ("visited
    Kabul"), not any proper name ("visited Disneyland")."""
    return place_mentions.first_in(*c.place_spans[0]) is not None


def _host(c: Candidate, city: CityParties) -> ActorMention | None:
    """The country a visit to a city goes to, its host ("Macron visited Kabul":
    Afghanistan); none for travel at home ("Biden flew to Chicago")."""
    host = city(*c.place_spans[0], country=True)
    if host is None or (
        c.source is not None and c.source.actor.country == host.actor.country
    ):
        return None
    return host


def _party_actors(
    events: tuple[Event, ...], actors: tuple[Actor, ...]
) -> tuple[tuple[Event, ...], tuple[Actor, ...]]:
    """Every party as an actor of the article: a group of the actors stage
    that an act placed in a country ("police" arresting in Cairo) is a new
    actor, one for all the mentions of the same group in the same country.

    Returns the events with their parties swapped in, and the article's
    actors: the actors stage's, less the mentions now of a placed group (an
    actor left with none is gone: one mention, one actor) and the placed
    groups, in text order."""
    known = {id(a) for a in actors}
    groups: dict[tuple[str, str, str], list[Actor]] = {}
    for ev in events:
        for a in (ev.source, ev.target):
            if a is not None and id(a) not in known:
                key = (a.name.lower(), a.code or "", a.country or "")
                groups.setdefault(key, []).append(a)
    if not groups:
        return events, actors
    merged: dict[int, Actor] = {}
    extra: list[Actor] = []
    for members in groups.values():
        mentions = sorted(
            {m for a in members for m in a.mentions}, key=lambda m: (m.start, m.end)
        )
        one = attrs.evolve(members[0], mentions=tuple(mentions))
        extra.append(one)
        for a in members:
            merged[id(a)] = one
    placed = {(m.start, m.end) for a in extra for m in a.mentions}
    kept: list[Actor] = []
    for a in actors:
        left = tuple(m for m in a.mentions if (m.start, m.end) not in placed)
        if len(left) == len(a.mentions):
            kept.append(a)
        elif left:
            merged[id(a)] = trimmed = attrs.evolve(a, mentions=left)
            kept.append(trimmed)

    def swap(a: Actor | None) -> Actor | None:
        return merged.get(id(a), a) if a is not None else None

    out = tuple(
        attrs.evolve(ev, source=swap(ev.source), target=swap(ev.target))
        for ev in events
    )
    every = sorted(
        (*kept, *extra), key=lambda a: a.mentions[0].start if a.mentions else 0
    )
    return out, tuple(every)
