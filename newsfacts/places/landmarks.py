"""Named facilities with a point of their own: the Kremlin, Downing Street, Heathrow.

`knowledge/data/facilities.tsv` lists buildings, sites and bases that news
names as places, each with the point of its source. A site ("Heathrow Airport",
"Camp David") is a place wherever it is named. A seat of power ("the Kremlin",
"the White House") is a place only where the sentence puts something at it
("talks at the Kremlin", "protesters outside Downing Street"); "the Kremlin
said" speaks for a government, which the actors stage reads, so no place
mention is made of it (and no keyword place either).
"""

from __future__ import annotations

from itertools import compress, count

import attrs

from .._data import iter_rows, lazy
from ..knowledge.keys import name_key
from ..records import Location, LocationKind, Mention
from .keywords import without_spans
from .lexicon import LOCATIVE, PLACE_PREPOSITIONS
from .scan import Scan

__all__ = ["Landmark", "add_landmarks", "landmarks"]

_MAX_TOKENS = 8
# "of" is left out: "on behalf of the Kremlin", "of the White House aides".
_AT = (PLACE_PREPOSITIONS | LOCATIVE | {"on", "inside", "within", "past"}) - {"of"}
_AT |= {"along", "down", "through"}


@attrs.frozen(slots=True)
class Landmark:
    """One row of the facilities table."""

    name: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    seat: bool


@lazy
def _first_words() -> frozenset[str]:
    """How the first word of a facility name is written (as is, in capitals),
    so that only those tokens are looked up."""
    out: set[str] = set()
    for key in landmarks():
        first = key.split()[0]
        out.update((first, first.capitalize(), first.upper()))
    for name, others, *_ in iter_rows("knowledge/data/facilities.tsv"):
        for n in (name, *others.split("|")):
            if n:
                out.add(n.split()[0])
    return frozenset(out)


@lazy
def landmarks() -> dict[str, Landmark]:
    """Name key -> facility, for every name and other name of the table."""
    out: dict[str, Landmark] = {}
    for name, others, cc, adm, lat, lon, use, _source in iter_rows(
        "knowledge/data/facilities.tsv"
    ):
        row = Landmark(name, cc, adm or None, float(lat), float(lon), use == "seat")
        for n in (name, *[o for o in others.split("|") if o]):
            out[name_key(n)] = row
    return out


def _find(scan: Scan) -> list[tuple[int, int, Landmark]]:
    """(first token, end token, facility) of each facility name, longest first."""
    table = landmarks()
    firsts = _first_words()
    words = scan.words
    n = len(words)
    out: list[tuple[int, int, Landmark]] = []
    taken = 0  # tokens before this are inside a facility already found
    # (The tokens that may open a name found in C: most tokens none.)
    for i in compress(count(), map(firsts.__contains__, words)):
        if i < taken:
            continue
        hit = None
        key = ""
        for j in range(i, min(n, i + _MAX_TOKENS)):
            key = f"{key} {scan.f(j)}" if key else scan.f(j)
            row = table.get(key)
            if row is not None and words[j][:1].isalnum():
                hit = (i, j + 1, row)
        if hit is not None:
            out.append(hit)
            taken = hit[1]
    return out


def _literal(scan: Scan, i: int) -> bool:
    """The sentence puts something at the facility starting at token `i`: a
    place preposition or a verb of motion before it ("at the Kremlin", "flew
    to Camp David", "left the White House")."""
    p = scan.prev_word(i)
    if p is not None and scan.f(p) == "the":
        p = scan.prev_word(p)
    if p is None:
        return False
    return scan.f(p) in _AT or scan.destination(p) or scan.placed_by_verb(p)


def add_landmarks(scan: Scan, locations: list[Location]) -> list[Location]:
    """Facilities of the table as places of kind facility, with their point."""
    found = _find(scan)
    if not found:
        return locations
    text = scan.doc.text
    spans: list[tuple[int, int]] = []
    places: dict[str, tuple[Landmark, list[Mention]]] = {}
    for i, j, row in found:
        a, b = scan.starts[i], scan.ends[j - 1]
        spans.append((a, b))
        if row.seat and not _literal(scan, i):
            continue  # "the Kremlin said": an actor, not a place
        places.setdefault(row.name, (row, []))[1].append(Mention.of(text, a, b))
    # (The spans are in text order and do not overlap: each mention is
    # looked up by bisection, not tested against every facility.)
    out = without_spans(locations, spans)
    for row, mentions in places.values():
        out.append(
            Location(
                name=row.name,
                kind=LocationKind.FACILITY,
                country=row.country,
                lat=row.lat,
                lon=row.lon,
                mentions=tuple(mentions),
                admin1=row.admin1,
                rule="facility",
            )
        )
    return out
