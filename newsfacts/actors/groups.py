"""Group actors: an unnamed group identified by nationality or by whose it is
("Russian officials", "Turkish military experts", "Haftar's troops")."""

from __future__ import annotations

from ..findings import PlaceFindings
from ..knowledge.roles import group_nouns
from ..records import Actor, ActorKind, Mention
from ..text import Document
from . import lexicon as lex
from .entity import Entity, actor_code
from .words import Word, WordLayer

__all__ = ["groups"]


_MAX_MODIFIERS = 2


def groups(
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
        code = body + sector if body else actor_code(country, sector, None)
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
