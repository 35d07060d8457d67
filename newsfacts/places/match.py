"""A recognised place name, and what its readings say without context."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..knowledge.gazetteer import Entry
from ..knowledge.keys import fold, name_key
from .lexicon import CITY_DIVISION

__all__ = ["Match", "dominant", "restates", "same_name", "top_population"]

# Tokens that differ between spellings of one name: "St." = "Saint" = "Ste".
_SAINT = frozenset({"st", "saint", "sainte", "ste", "san", "santa", "sao"})
_SKIP = frozenset({".", "-", "'"})
# Words opening the tail a short form drops (as in scripts/build_gazetteer.py).
_TAILS = frozenset(
    {"upon", "am", "an", "on", "under", "sur", "im", "ob", "bei", "city"}
)


@attrs.define(slots=True, weakref_slot=False)
class Match:
    """A recognised name: token range, key, candidates and how it was found.

    No weak reference slot: one pointer less puts each of a long text's many
    matches in a smaller size class of the allocator (96 bytes, not 112)."""

    start: int
    end: int
    key: str
    candidates: Sequence[tuple[Entry, bool]]
    rule: str
    qualifier: Match | None = None
    metonymic: bool = False
    # The mention restates itself ("Washington, D.C."): its own readings decide.
    restated: bool = False


def restates(e: Entry, m: Match) -> bool:
    """`m` names `e` again: its alias, or a division that is the city itself
    ("Washington, D.C."; "Berlin, Berlin"), not a state that holds a city
    among others ("Sydney, New South Wales" are two places)."""
    for other, _ in m.candidates:
        if other.index == e.index:
            return True
        if (
            other.kind == "admin1"
            and e.kind == "city"
            and (other.country, other.admin1) == (e.country, e.admin1)
            and _city_division(e, other)
        ):
            return True
    return False


def _city_division(city: Entry, division: Entry) -> bool:
    """The division is the city itself: of the city's name ("Berlin"), or a
    capital district; not a state whose name opens the city's ("Indianapolis,
    Indiana", "Oklahoma City, Okla.": two places)."""
    b = fold(division.name)
    return fold(city.name) == b or not CITY_DIVISION.isdisjoint(b.split())


def top_population(m: Match) -> int:
    """Population of the largest reading of a match."""
    return max(e.population for e, _ in m.candidates)


def dominant(cands: Sequence[tuple[Entry, bool]]) -> Entry | None:
    """The reading a name has without context: the only one, or one far larger."""
    if len(cands) == 1:
        return cands[0][0]
    ranked = sorted((e.population for e, _ in cands), reverse=True)
    if ranked[0] >= 5 * max(ranked[1], 1):
        return max(cands, key=lambda c: c[0].population)[0]
    return None


def _plain(key: str) -> tuple[str, ...]:
    """A name key less punctuation, with saints' titles made one word."""
    return tuple("st" if t in _SAINT else t for t in key.split() if t not in _SKIP)


def same_name(key: str, name: str) -> bool:
    """`key` is a spelling or the short form of the primary `name` ("St.
    Petersburg" for "Saint Petersburg", "Port-au-Prince" for "Port au Prince",
    "Newcastle" for "Newcastle upon Tyne", "Frankfurt" for "Frankfurt am
    Main"), not another name. A short form drops a tail that opens with a
    connector ("upon", "am", "de") or "City"."""
    short, full = _plain(key), _plain(name_key(name))
    if short == full:
        return True
    n = len(short)
    return 0 < n < len(full) and full[:n] == short and full[n] in _TAILS
