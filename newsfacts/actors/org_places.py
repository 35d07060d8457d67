"""Known organisations the places stage read as a place by another name.

A gazetteer lists many other names of a place, and a few of them are the
names of well-known organisations: "Hamas" is an alternate name of Hamm, a
German town, "Bayern" one of Bavaria. English news writes such a name for
the organisation ("Iran supplied rockets to Hamas", "Bayern beat Dortmund");
the place goes by its own name ("Hamm", "Bavaria"). So where the places stage
found a place by a name that is not the place's own and that name is a known
organisation's (`knowledge/data/organizations.tsv`), the organisation keeps
the words, unless something around them makes them a place: a word of
place before them ("in", "near": `place_before`) or a noun of place after
them ("the Bayern region": `place_after`). A country keeps its names ("the
Holy See" is the Vatican's), and so does a place found by its own name
("Toyota", a city in Japan, as "the plant in Toyota").
"""

from __future__ import annotations

import attrs

from ..findings import PlaceFindings
from ..knowledge.keys import fold_accents, org_key
from ..knowledge.organizations import known_orgs
from ..records import Location, LocationKind, Mention
from . import lexicon as lex

__all__ = ["yield_known_orgs"]


def yield_known_orgs(text: str, places: PlaceFindings) -> PlaceFindings:
    """`places` without the mentions that name a known organisation by a
    name other than the place's own, where nothing makes them a place."""
    changed = False
    out = []
    for loc in places.locations:
        if loc.kind == LocationKind.COUNTRY:
            out.append(loc)
            continue
        keep = tuple(m for m in loc.mentions if not _org_reading(text, loc, m))
        meto = tuple(m for m in loc.metonymic if not _org_reading(text, loc, m))
        if len(keep) == len(loc.mentions) and len(meto) == len(loc.metonymic):
            out.append(loc)
            continue
        changed = True
        if keep or meto:
            out.append(attrs.evolve(loc, mentions=keep, metonymic=meto))
    if not changed:
        return places
    return attrs.evolve(places, locations=tuple(out))


def _org_reading(text: str, loc: Location, m: Mention) -> bool:
    """Mention m of place `loc` is a known organisation's name, not the
    place's own, and no word of place stands before or after it."""
    name = m.text
    if _fold(name) == _fold(loc.name) or org_key(name) not in known_orgs():
        return False
    before = text[max(0, m.start - 24) : m.start].split()
    if before and before[-1].lower() in lex.PLACE_BEFORE:
        return False
    after = text[m.end : m.end + 24].split()
    return not (after and after[0].lower().strip(".,;:") in lex.PLACE_AFTER)


def _fold(s: str) -> str:
    """A name folded for comparing: no accents, lower case, no periods."""
    return fold_accents(s).lower().replace(".", "")
