"""The actors stage's entry point: entities, country actors and groups as records."""

from __future__ import annotations

from ..findings import PlaceFindings
from ..knowledge.countries import alpha3, country_name
from ..knowledge.organizations import KnownOrg
from ..knowledge.roles import group_nouns
from ..records import Actor, ActorKind, LocationKind, Mention
from ..text import Document
from . import lexicon as lex
from .find import find_candidates
from .merge import Entity, assign_countries, merge
from .words import Word, WordLayer, build_words

__all__ = ["extract"]

# Rule id of a country actor with a place used for its government.
_METONYMY_RULE = "country-metonymy"


def extract(doc: Document, places: PlaceFindings) -> tuple[Actor, ...]:
    """Every actor named in `doc`, merged over its mentions."""
    layer = build_words(doc, places)
    entities = merge(layer, find_candidates(layer))
    assign_countries(layer, entities)
    actors = [_actor(doc, layer, e) for e in entities]
    actors += _country_actors(doc, places)
    actors += _groups(doc, layer, entities, places)
    actors.sort(key=lambda a: (a.mentions[0].start if a.mentions else 0, a.name))
    return tuple(actors)


# ---------------------------------------------------------------- records


def _code(country: str | None, sector: str, known: KnownOrg | None) -> str | None:
    """CAMEO-style actor code: the known entry's, else country alpha-3 + sector."""
    if known is not None and known.code:
        return known.code
    a3 = alpha3(country)
    if a3 is None:
        return None
    return a3 + (sector or "")


def _actor(doc: Document, layer: WordLayer, e: Entity) -> Actor:
    """The record of one person or organisation entity."""
    cands = sorted(e.cands, key=lambda c: c.start)
    mentions = tuple(dict.fromkeys(Mention.of(doc.text, c.start, c.end) for c in cands))
    texts = [m.text for m in mentions]
    if e.kind == "organization" and e.known is not None:
        name = e.known.name
    else:
        # the fullest form: most words, then first seen
        name = max(texts, key=lambda t: (len(t.split()), -texts.index(t)))
    name = " ".join(name.split())
    aliases = tuple(dict.fromkeys(t for t in texts if t != name))
    acronym = e.acronym or (e.known.acronym if e.known is not None else None)
    kind = ActorKind.PERSON if e.kind == "person" else ActorKind.ORGANIZATION
    return Actor(
        name=name,
        kind=kind,
        country=e.country,
        title=e.title,
        acronym=acronym,
        aliases=aliases,
        mentions=mentions,
        code=(
            e.figure.code
            if e.figure is not None
            else e.igo
            if e.country is None and e.igo
            else _code(e.country, e.sector, e.known)
        ),
        rule=e.rule,
    )


def _country_actors(doc: Document, places: PlaceFindings) -> list[Actor]:
    """One country actor per country the places name, with the mentions of its
    capital (or any place) used for its government ("Washington believes")."""
    by_country: dict[str, list[Mention]] = {}
    metonymic: set[str] = set()
    for loc in places.locations:
        if not loc.country:
            continue
        if loc.kind == LocationKind.COUNTRY:
            by_country.setdefault(loc.country, []).extend(loc.mentions)
            by_country[loc.country].extend(loc.metonymic)
        elif loc.metonymic:
            by_country.setdefault(loc.country, []).extend(loc.metonymic)
            metonymic.add(loc.country)
    out = []
    for country, mentions in by_country.items():
        if not mentions:
            continue
        ms = tuple(sorted(set(mentions), key=lambda m: m.start))
        name = country_name(country)
        a3 = alpha3(country)
        out.append(
            Actor(
                name=name,
                kind=ActorKind.COUNTRY,
                country=country,
                aliases=tuple(dict.fromkeys(m.text for m in ms if m.text != name)),
                mentions=ms,
                code=a3,
                rule=_METONYMY_RULE if country in metonymic else "country",
            )
        )
    return out


# ---------------------------------------------------------------- groups

_MAX_MODIFIERS = 2


def _groups(
    doc: Document, layer: WordLayer, entities: list[Entity], places: PlaceFindings
) -> list[Actor]:
    """ "Russian officials", "Turkish military experts", "US representatives",
    "Haftar's troops": a group with the country of its head word."""
    words = layer.words
    owner_at: dict[int, tuple[Entity, int]] = {}
    for e in entities:
        for c in e.cands:
            owner_at[c.j - 1] = (e, c.i)
    nouns = group_nouns()
    found: dict[str, tuple[str, str | None, str | None, str, list[Mention]]] = {}
    for i, w in enumerate(words):
        country, first, body = _group_head(layer, i, w, owner_at)
        if first < 0:
            continue
        k = i + 1
        if w.place >= 0:  # a multi-word place ("United States officials")
            while k < len(words) and words[k].place == w.place:
                k += 1
        sector = ""
        end = -1
        for m in range(k, min(k + _MAX_MODIFIERS + 1, len(words))):
            x = words[m]
            if not x.text[:1].islower() or not x.is_alpha:
                break
            if x.lower not in nouns and x.lower in lex.stopwords():
                break
            if x.lower in nouns:
                if _modifier_use(words, m, nouns):
                    break  # "NATO military infrastructure": an adjective here
                sector = nouns[x.lower] or sector
                end = m
                if x.poss or m + 1 >= len(words) or words[m + 1].lower not in nouns:
                    break
        if end < 0 or (i > 0 and words[i - 1].place == w.place and w.place >= 0):
            continue
        start = words[first].start
        mention = Mention.of(doc.text, start, words[end].end)
        name = " ".join(mention.text.split())
        key = name.lower()
        if key in found:
            found[key][4].append(mention)
        else:
            found[key] = (name, country, body, sector, [mention])
    out = []
    for name, country, body, sector, mentions in found.values():
        code = body + sector if body else _code(country, sector, None)
        out.append(
            Actor(
                name=name,
                kind=ActorKind.GROUP,
                country=country,
                aliases=(),
                mentions=tuple(mentions),
                code=code,
                rule="group",
            )
        )
    return out


def _modifier_use(words: list[Word], m: int, nouns: dict[str, str]) -> bool:
    """A group noun used as a modifier of the next, ordinary noun ("military
    infrastructure", "government buildings"), not naming the group itself."""
    if m + 1 >= len(words):
        return False
    if words[m].lower.endswith("s"):
        return False  # plural group nouns ("troops", "officials") head the group
    nxt = words[m + 1]
    return (
        nxt.text[:1].islower()
        and nxt.is_alpha
        and nxt.lower not in nouns
        and nxt.lower not in lex.stopwords()
        and nxt.lower not in lex.person_verbs()
        and not nxt.lower.endswith(("ed", "s"))
    )


def _group_head(
    layer: WordLayer, i: int, w: Word, owner_at: dict[int, tuple[Entity, int]]
) -> tuple[str | None, int, str | None]:
    """Whether word i can head a group: (country, first word of the group or -1,
    code of the international body it belongs to)."""
    if w.demonym and w.place < 0:
        return w.demonym, i, None  # "Russian officials"
    if w.place >= 0:
        p = layer.places[w.place]
        if (p.kind == "country" or p.metonymic) and p.start == w.start:
            return p.country, i, None  # "US representatives", "Moscow's forces"
        return None, -1, None
    owner = owner_at.get(i)
    if owner is None:
        return None, -1, None
    entity, first = owner
    if w.poss:
        return entity.country, first, None  # "Haftar's troops"
    if entity.kind == "organization" and not w.poss:
        # "UN troops", "Hamas militants": members of an organisation
        body = entity.known.code if entity.known and not entity.country else None
        return entity.country, first, body
    return None, -1, None
