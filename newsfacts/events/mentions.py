"""Actor mentions: the spans of an article that stand for an actor.

Every party of an event is an actor of `Article.actors`: the mentions here are
the actors stage's (people, organisations, countries and the group actors it
makes of role nouns: "police", "rebels", "US officials"), each with the place
it names when it is one ("Switzerland"), one mention per span, longest first
where they overlap ("Hamas militants" over "Hamas"), in text order.
"""

from __future__ import annotations

import re
from operator import attrgetter

import attrs

from .._data import lazy
from ..actors.office_holders import office_descriptions
from ..findings import PlaceFindings
from ..knowledge.countries import alpha3, demonym_country, place_country
from ..knowledge.roles import role_nouns
from ..language.morphology import lemma
from ..records import Actor, ActorKind, Location
from ..text import Document

__all__ = ["ActorMention", "actor_heads", "actor_mentions", "with_country"]


@lazy
def actor_heads() -> frozenset[str]:
    """Role nouns: group heads that act for their owner ("Haftar's forces")."""
    return frozenset(role_nouns())


def with_country(actor: Actor, country: str | None) -> Actor:
    """`actor` placed in `country`; an unknown-country code ("---REB") follows."""
    code = actor.code
    if code and code.startswith("---") and country:
        a3 = alpha3(country)
        code = a3 + code[3:] if a3 else None
    return attrs.evolve(actor, country=country, code=code)


@attrs.frozen(slots=True, weakref_slot=False)
class ActorMention:
    """An actor mention: a span of the text standing for an actor."""

    start: int
    end: int
    actor: Actor
    place: Location | None = None

    @property
    def generic(self) -> bool:
        """A group actor: an unnamed group of a role noun ("police")."""
        return self.actor.kind == ActorKind.GROUP

    def key(self) -> str:
        """Identity of the actor: a person's name, else its code, else its name."""
        a = self.actor
        if a.kind == ActorKind.PERSON:
            return a.name.lower()  # two ministers share a code, not an identity
        if a.code and not a.code.startswith("---"):  # "---GOV": any government
            return a.code.lower()
        return a.name.lower()


def actor_mentions(
    doc: Document, places: PlaceFindings, actors: tuple[Actor, ...]
) -> list[ActorMention]:
    """Every mention of the article's actors, longest first where spans
    overlap, in text order, but for the dateline's agency ("(AP)"). An actor
    named by a place ("Switzerland") keeps its place."""
    # Keyed by the mentions' own start ints, with their ends beside: no tuple
    # is made per place mention (a long article has hundreds of thousands).
    place_at: dict[int, Location] = {}
    place_end: dict[int, int] = {}
    for loc in places.locations:
        for m in loc.mentions:
            place_at[m.start] = loc
            place_end[m.start] = m.end
    found = [
        ActorMention(
            m.start,
            m.end,
            actor,
            place=place_at.get(m.start) if place_end.get(m.start) == m.end else None,
        )
        for actor in actors
        for m in actor.mentions
    ]
    holders = office_descriptions(doc.text, actors)
    if holders:
        # "The president met Chancellor Olaf Scholz" after "French President
        # Emmanuel Macron": the description acts for the one holder
        found = [
            ActorMention(am.start, am.end, holders[am.start], place=am.place)
            if am.actor.kind == ActorKind.GROUP and am.start in holders
            else am
            for am in found
        ]
    # by start, the longest first: two stable sorts on the fields themselves,
    # where a key tuple per mention was made
    found.sort(key=_END, reverse=True)
    found.sort(key=_START)
    out: list[ActorMention] = []
    end = -1
    # The agency of the dateline ("KYIV (AP) —") credits the story: it is no
    # party of what the story reports ("the two sides" are never AP and Kyiv).
    dateline = doc.dateline
    credit = dateline.agency if dateline is not None else None
    for am in found:
        if credit is not None and credit.start <= am.start < credit.end:
            continue
        if am.start >= end:
            out.append(am)
            end = am.end
    if any(am.generic and _OWNED.search(doc.norm, am.start, am.end) for am in out):
        owners = _owners(doc, actors)
        out = [_owner(doc, am, owners) for am in out]
    if "-led " in doc.norm:
        out = _led(doc, out)
    return out


# "the Saudi-led coalition", "the U.S.-led international coalition": the
# word before "-led", and up to two words between it and the group's noun.
_LED = re.compile(r"([A-Z][\w.]*)-led\s+(?:[A-Za-z]+\s+){0,2}$")
_LED_WINDOW = 60  # characters before a mention where "X-led" is looked for


def _led(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """A group of no country led by a country is that country's: "the
    Saudi-led coalition" acts for Saudi Arabia, "the U.S.-led coalition" for
    the United States, as event data codes a coalition by its leading state;
    so does the same body named again after it ("The coalition said it
    destroyed launch sites"), until the article names it led by another
    country (two coalitions: none after that). A leader that is no country
    ("the Hamas-led government", "a U.N.-led mission") gives none;
    "Russian-backed separatists" are not led by Russia and keep no country
    of Russia's."""
    led: dict[int, str | None] = {}  # actor -> its one leading country (None: two)
    out: list[ActorMention] = []
    for am in mentions:
        if not am.generic or am.actor.country:
            out.append(am)
            continue
        country = _leader(doc, am)
        if country is not None:
            key = id(am.actor)
            led[key] = country if led.get(key, country) == country else None
        elif _one_body(doc, am):
            country = led.get(id(am.actor))
        out.append(am if country is None else _placed_in(am, country))
    return out


def _one_body(doc: Document, am: ActorMention) -> bool:
    """The mention is a singular noun ("the coalition", "the force"), which
    names one body again; plural forces or troops named later may be
    anyone's ("Vietnamese-led forces ... forces loyal to Pol Pot")."""
    head = doc.norm[am.start : am.end].rsplit(" ", 1)[-1].lower()
    return lemma(head, "NNS") == head


def _leader(doc: Document, am: ActorMention) -> str | None:
    """The country named before "-led" right before the mention, or None."""
    m = _LED.search(doc.norm, max(0, am.start - _LED_WINDOW), am.start)
    if m is None:
        return None
    word = m.group(1)
    return demonym_country(word) or place_country(word)


def _placed_in(am: ActorMention, country: str) -> ActorMention:
    actor = with_country(am.actor, country)
    if actor.code is None:  # "coalition": a group of no sector, the state's own
        actor = attrs.evolve(actor, code=alpha3(country))
    return attrs.evolve(am, actor=actor)


_OWNED = re.compile(r"['’]s ")
_START = attrgetter("start")
_END = attrgetter("end")


def _owners(doc: Document, actors: tuple[Actor, ...]) -> dict[str, Actor]:
    """Lower-cased name -> actor, for owners of groups: every name, alias and
    mention of a person or organisation, and a person's surname ("Haftar")."""
    out: dict[str, Actor] = {}
    for actor in actors:
        if actor.kind == ActorKind.GROUP:
            continue
        names = {actor.name.lower(), *(a.lower() for a in actor.aliases)}
        names.update(doc.norm[m.start : m.end].lower() for m in actor.mentions)
        words = actor.name.split()
        if actor.kind == ActorKind.PERSON and len(words) > 1:
            names.add(words[-1].lower())
        for name in names:
            out.setdefault(name, actor)
    return out


def _owner(doc: Document, am: ActorMention, owners: dict[str, Actor]) -> ActorMention:
    """A named actor's group acts for that actor ("Haftar's troops": Haftar);
    a country's stays the group, whose code says which part of the state acts
    ("Brazil's president" BRAGOV, "Russia's forces" RUSMIL)."""
    if not am.generic:
        return am
    parts = _OWNED.split(doc.norm[am.start : am.end], maxsplit=1)
    actor = owners.get(parts[0].strip().lower()) if len(parts) == 2 else None
    if actor is None:
        return am
    code = am.actor.code or ""
    if actor.kind == ActorKind.COUNTRY and len(code) > 3 and code[:3] == actor.code:
        return am  # "Brazil's president" is BRAGOV, more than Brazil
    return ActorMention(am.start, am.end, actor, place=am.place)
