"""Actor mentions: every span of an article that stands for an actor.

The actors of the actors stage, places that act ("Switzerland"), nationalities
("Israeli", "US officials") and generic group nouns ("the police", "rebels"),
with overlaps resolved longest first, in text order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from .._data import lazy, read_text
from ..findings import Demonym, PlaceFindings
from ..knowledge.countries import alpha3
from ..knowledge.figures import political_figures
from ..knowledge.keys import figure_key
from ..records import Actor, ActorKind, Location, LocationKind, Mention
from ..text import Document, Token
from .patterns import verb_words
from .words import word_classes

__all__ = [
    "ETHNIC_RULE",
    "ActorMention",
    "actor_heads",
    "actor_mentions",
    "actor_verbs",
    "distinct",
    "head_sectors",
    "scene_modifier",
    "with_country",
]


@lazy
def actor_heads() -> frozenset[str]:
    return frozenset(head_sectors())


@lazy
def head_sectors() -> dict[str, str]:
    """Head noun -> CAMEO sector ("" when the noun gives none)."""
    out: dict[str, str] = {}
    for line in read_text("events/data/actor_heads.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            noun, _tab, sector = line.partition("\t")
            out[noun.strip()] = sector.strip()
    return out


def with_country(actor: Actor, country: str | None) -> Actor:
    """`actor` placed in `country`; an unknown-country code ("---REB") follows."""
    code = actor.code
    if code and code.startswith("---") and country:
        a3 = alpha3(country)
        code = a3 + code[3:] if a3 else None
    return attrs.evolve(actor, country=country, code=code)


@attrs.frozen(slots=True)
class ActorMention:
    """An actor mention: a span of the text standing for an actor."""

    start: int
    end: int
    actor: Actor
    generic: bool = False
    place: Location | None = None

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
    """Every actor mention, longest first when spans overlap, in text order."""
    norm = doc.norm
    found: list[ActorMention] = []
    at_place = {(m.start, m.end): loc for loc in places.locations for m in loc.mentions}
    # An actor named by a place ("Switzerland") keeps its place.
    found.extend(
        ActorMention(m.start, m.end, actor, place=at_place.get((m.start, m.end)))
        for actor in actors
        for m in actor.mentions
    )
    found.extend(_demonym_mention(doc, dem) for dem in places.demonyms)
    heads = actor_heads()
    taken = _Taken(found)
    tokens = doc.tokens
    for n, tok in enumerate(tokens):
        low = tok.text.lower()
        figure = (
            _lowercase_figure(doc, tokens, n)
            if low in word_classes().title_heads
            else None
        )
        if figure is not None and not taken.overlaps(tok.start, figure.mentions[0].end):
            # "President obama": a listed figure written in lower case
            found.append(ActorMention(tok.start, figure.mentions[0].end, figure))
            continue
        if low in heads and not taken.overlaps(tok.start, tok.end):
            start = tok.start
            # "the Syrian army": the determiner is not part of the actor name.
            sector = head_sectors().get(low, "")
            actor = Actor(
                name=norm[start : tok.end],
                kind=ActorKind.GROUP,
                mentions=(Mention.of(doc.text, start, tok.end),),
                code="---" + sector if sector else None,
                rule="events.generic_actor",
            )
            found.append(ActorMention(start, tok.end, actor, generic=True))
    resolved = _located_groups(doc, _resolve_overlaps(doc, found))
    if not any("'s " in doc.norm[a.start : a.end] for a in resolved):
        return resolved
    by_name: dict[str, Actor] = {}
    for actor in actors:
        names = {actor.name.lower(), *(a.lower() for a in actor.aliases)}
        names.update(doc.norm[m.start : m.end].lower() for m in actor.mentions)
        words = actor.name.split()
        if len(words) > 1:
            names.add(words[-1].lower())  # "Haftar" for "Khalifa Haftar"
        for name in names:
            by_name.setdefault(name, actor)
    return [_possessor(doc, am, by_name) for am in resolved]


def _lowercase_figure(doc: Document, tokens: Sequence[Token], n: int) -> Actor | None:
    """The listed political figure named in lower case right after a title
    ("President obama"), as a person actor; None otherwise."""
    if n + 1 >= len(tokens):
        return None
    nxt = tokens[n + 1]
    if not nxt.text.isalpha() or not nxt.text.islower():
        return None
    fig = political_figures().surname.get(figure_key(nxt.text))
    if fig is None:
        return None
    return Actor(
        name=nxt.text,
        kind=ActorKind.PERSON,
        country=fig.country,
        mentions=(Mention.of(doc.text, nxt.start, nxt.end),),
        code=fig.code,
        rule="events.figure",
    )


def _located_groups(doc: Document, ams: list[ActorMention]) -> list[ActorMention]:
    """A group of no known country takes the country of the place it is in
    ("rebels in the Ivory Coast", "opposition groups in Zimbabwe")."""
    out = list(ams)
    for i, am in enumerate(ams[:-1]):
        if not am.generic or am.actor.country is not None:
            continue
        nxt = ams[i + 1]
        placed = nxt.place is not None or nxt.actor.kind == ActorKind.COUNTRY
        if not placed or nxt.actor.country is None:
            continue
        between = doc.norm[am.end : nxt.start].strip().lower()
        if _group_place_link(between):
            actor = with_country(am.actor, nxt.actor.country)
            out[i] = ActorMention(am.start, am.end, actor, generic=True)
    return out


def _group_place_link(between: str) -> bool:
    """The words between a group noun and a place tie the group to the place:
    "rebels in", "opposition parties in", "students from the"."""
    words = between.split()
    while words and scene_modifier(words[-1]):
        words.pop()  # "dissidents from military-ruled Myanmar"
    for n in (2, 1):
        if len(words) >= n and " ".join(words[-n:]) in word_classes().group_place_links:
            rest = words[:-n]
            return len(rest) <= 2 and all(_plain_noun(w) for w in rest)
    return False


def _plain_noun(word: str) -> bool:
    """A lower-case word that continues a noun phrase ("parties", "groups"), not a
    verb form or a function word."""
    return (
        word.isalpha()
        and word.islower()
        and word not in word_classes().not_modifiers
        and not word.endswith(("ed", "ing"))
        and word not in actor_verbs()
    )


def actor_verbs() -> frozenset[str]:
    """Forms of the verbs of the CAMEO verb patterns that are no group nouns
    ("attacked", "protest"; not "police", "forces")."""
    return _actor_verbs()


@lazy
def _actor_verbs() -> frozenset[str]:
    heads = actor_heads()
    return frozenset(f for f in verb_words() if f not in heads)


def _possessor(
    doc: Document, am: ActorMention, by_name: dict[str, Actor]
) -> ActorMention:
    """The forces of a named actor act for that actor ("Haftar's troops")."""
    text = doc.norm[am.start : am.end]
    owner, sep, head = text.rpartition("'s ")
    if not sep or head.lower() not in actor_heads() or not owner:
        return am
    actor = by_name.get(owner.lower())
    if actor is None or actor is am.actor:
        return am
    return ActorMention(am.start, am.end, actor, place=am.place)


class _Taken:
    """Fast overlap test against a set of spans."""

    def __init__(self, spans: Iterable[ActorMention]) -> None:
        self.cover: set[int] = set()
        for s in spans:
            self.cover.update(range(s.start, s.end))

    def overlaps(self, start: int, end: int) -> bool:
        return any(i in self.cover for i in range(start, end))


def _demonym_mention(doc: Document, dem: Demonym) -> ActorMention:
    """A nationality alone ("Israeli") or up to its head noun ("US officials")."""
    end = dem.end
    heads = actor_heads()
    toks = doc.tokens_in(dem.end, min(len(doc.norm), dem.end + 60))
    for n, tok in enumerate(toks[:4]):
        low = tok.text.lower()
        if not tok.text[:1].isalnum():
            break
        if low not in heads and not _modifier(tok.text):
            break
        if low in heads:
            end = tok.end
            # "security forces", "state media": a second head continues the phrase.
            if n + 1 < len(toks) and toks[n + 1].text.lower() in heads:
                end = toks[n + 1].end
            break
    if doc.norm[max(0, dem.start - 7) : dem.start].lower() == "ethnic ":
        # "ethnic Albanians in Macedonia": a people, of the country they live in
        start = dem.start - 7
        actor = Actor(
            name=doc.text[start:end],
            kind=ActorKind.GROUP,
            mentions=(Mention.of(doc.text, start, end),),
            code="---CVL",
            rule=ETHNIC_RULE,
        )
        return ActorMention(start, end, actor, generic=True)
    actor = Actor(
        name=doc.text[dem.start : end],
        kind=ActorKind.GROUP if end > dem.end else ActorKind.COUNTRY,
        country=dem.country,
        mentions=(Mention.of(doc.text, dem.start, end),),
        rule="events.demonym_actor",
    )
    return ActorMention(dem.start, end, actor)


ETHNIC_RULE = "events.ethnic_group"


def _modifier(word: str) -> bool:
    """A word that can stand between a nationality and its head noun: a capitalised
    word, a known modifier, or another lower-case word that is no verb or function
    word ("Irish nationalist guerrillas", "Russian civilian advisers")."""
    low = word.lower()
    if low in word_classes().not_modifiers or not word.isalpha():
        return False
    return (
        word[:1].isupper()
        or low in word_classes().modifiers
        or not low.endswith(("ed", "ing"))
    )


def _resolve_overlaps(doc: Document, found: list[ActorMention]) -> list[ActorMention]:
    """Keep non-overlapping mentions; a country word before a head noun joins it."""
    heads = actor_heads()
    # Country names used as modifiers ("US officials") become the longer phrase.
    extended: list[ActorMention] = []
    for am in found:
        if am.place is not None and am.place.kind == LocationKind.COUNTRY:
            nxt = doc.tokens_in(am.end, min(len(doc.norm), am.end + 40))[:4]
            end = am.end
            for n, tok in enumerate(nxt):
                low = tok.text.lower()
                if not tok.text[:1].isalnum() or (
                    low not in heads and not _modifier(tok.text)
                ):
                    break
                if low in heads:
                    end = tok.end
                    if n + 1 < len(nxt) and nxt[n + 1].text.lower() in heads:
                        end = nxt[n + 1].end
                    break
            if end > am.end:
                actor = attrs.evolve(
                    am.actor,
                    name=doc.text[am.start : end],
                    kind=ActorKind.GROUP,
                    mentions=(Mention.of(doc.text, am.start, end),),
                )
                am = ActorMention(am.start, end, actor, place=am.place)
        extended.append(am)

    def rank(am: ActorMention) -> tuple[int, int, int]:
        named = 0 if am.generic else (1 if am.place is None else 2)
        return (-(am.end - am.start), named, am.start)

    chosen: list[ActorMention] = []
    cover: set[int] = set()
    for am in sorted(extended, key=rank):
        span = range(am.start, am.end)
        if any(i in cover for i in span):
            # A named actor inside a longer generic phrase still lends its country.
            continue
        chosen.append(am)
        cover.update(span)
    chosen.sort(key=lambda a: a.start)
    # "Russian President Vladimir Putin": a demonym phrase right before a named
    # actor gives it a country when the actor has none.
    out: list[ActorMention] = []
    for am in chosen:
        if (
            out
            and out[-1].generic
            and not am.generic
            and doc.norm[out[-1].end : am.start].strip() in {"", ","}
        ):
            # "President Michel Suleiman": a title noun before a name is the name.
            prev = out.pop()
            am = ActorMention(prev.start, am.end, am.actor, place=am.place)
        if (
            out
            and out[-1].actor.rule == "events.demonym_actor"
            and not am.generic
            and am.actor.country is None
            and doc.norm[out[-1].end : am.start].strip() == ""
        ):
            prev = out.pop()
            actor = with_country(am.actor, prev.actor.country)
            am = ActorMention(prev.start, am.end, actor, place=am.place)
        out.append(am)
    return out


def distinct(ams: Iterable[ActorMention]) -> list[ActorMention]:
    """Actor mentions with repeats of one actor dropped, in order."""
    out: list[ActorMention] = []
    for am in ams:
        if all(o.key() != am.key() for o in out):
            out.append(am)
    return out


def scene_modifier(word: str) -> bool:
    """A lower-case modifier of a place name: "military-ruled", "northern"."""
    if not word.replace("-", "").isalpha() or not word.islower():
        return False
    return (
        "-" in word
        or word in word_classes().modifiers
        or word.endswith(word_classes().adjective_endings)
    )
