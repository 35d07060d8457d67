"""Areas by role: a name that a qualifier, an office or a list reads as a
state or a country ("Seattle, Washington", "New York Gov.", "Oregon, Washington
and Idaho"), a town its description places in a country ("the Venezuelan city
of Valencia"), and a name used for the division it names ("Idlib province",
"the Donetsk and Luhansk regions")."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from ..findings import Demonym
from ..knowledge.gazetteer import Entry, Gazetteer
from ..knowledge.keys import fold
from .lexicon import GOVERNOR, STATE_MEMBER, STATE_OFFICE
from .match import Match, dominant
from .scan import Scan

__all__ = [
    "Area",
    "area_roles",
    "division_of",
    "in_area",
    "role_reading",
    "state_word_after",
]


Area = tuple[str, str | None]  # (kind, country) a name is read as

# What follows a nationality adjective to describe a town of that country: "the
# Venezuelan city of Valencia", "the Spanish port of Cadiz", "the Syrian border
# town of Kobani" (one word may describe the settlement).
_DESCRIBED_TOWN = regex.compile(
    r"\ (?:[\p{Ll}\-]++\ )?(?:city|town|village|port|capital|suburb|resort)\ of\ "
)


def area_roles(
    scan: Scan, matches: list[Match], demonyms: Sequence[Demonym] = ()
) -> tuple[dict[int, Area], set[int]]:
    """Matches that name an area by their role (keyed by `id`): the qualifier of
    the place before it ("Seattle, Washington": a state or country holding
    Seattle), a member of a list of states or of countries ("Oregon,
    Washington and Idaho"; "Georgia, Armenia and Azerbaijan"), or a town its
    description places in a country ("the Venezuelan city of Valencia")."""
    out: dict[int, Area] = _described_towns(scan, matches, demonyms)
    holding: set[int] = set()  # qualifiers that hold a reading of their place
    for m in matches:
        q = m.qualifier
        if q is not None:
            held = {(e.country, e.admin1) for e, _ in m.candidates}
            nations = {e.country for e, _ in m.candidates if e.kind != "country"}
            holders = [
                e
                for e, _ in q.candidates
                if e.kind == "admin1" and (e.country, e.admin1) in held
            ]
            if holders:
                out[id(q)] = ("admin1", holders[0].country)
                holding.add(id(q))
            else:
                # the country that holds a reading of the place ("Brazzaville,
                # Congo": the Republic of the Congo, not its neighbour)
                holder = {
                    e.country
                    for e, _ in q.candidates
                    if e.kind == "country" and e.country in nations
                }
                if holder:
                    out[id(q)] = ("country", holder.pop() if len(holder) == 1 else None)
                    holding.add(id(q))
    # "New York Gov. Mario Cuomo", "the Ohio Legislature", "Georgia's
    # governor", "the governor of Georgia": the state.
    size = len(scan.words)
    for m in matches:
        if id(m) not in out and _state_office_beside(scan, m, size):
            # the largest state of the name ("Florida": not Puerto Rico's)
            offices = [e for e, _ in m.candidates if e.kind == "admin1"]
            if offices:
                out[id(m)] = (
                    "admin1",
                    max(offices, key=lambda e: e.population).country,
                )
    # Lists: neighbours joined by ",", "and", "or" (", and").
    groups: list[list[Match]] = []
    for a, b in pairwise(matches):
        if not 0 < b.start - a.end <= 2:
            continue
        between = [scan.f(x) for x in range(a.end, b.start)]
        joined = 0 < len(between) <= 2 and all(w in {",", "and", "or"} for w in between)
        if joined and id(b) not in holding:
            if groups and groups[-1][-1] is a:
                groups[-1].append(b)
            else:
                groups.append([a, b])
    for group in groups:
        if any(_plain_city(m) for m in group):
            continue  # "Washington, New York and Boston": cities, not states
        plain = [_plain_area(m) for m in group]
        for n, m in enumerate(group):
            others = [p for k, p in enumerate(plain) if k != n and p is not None]
            if id(m) in out or not others:
                continue
            states = [p for p in others if p[0] == "admin1"]
            if len(states) == len(others):
                out[id(m)] = states[0]
            elif all(p[0] == "country" for p in others):
                out[id(m)] = ("country", None)
    return out, holding


def _described_towns(
    scan: Scan, matches: list[Match], demonyms: Sequence[Demonym]
) -> dict[int, Area]:
    """Towns a nationality adjective describes ("the Venezuelan city of
    Valencia", "the Spanish port of Cadiz"): a town of that country."""
    out: dict[int, Area] = {}
    if not demonyms or not matches:
        return out
    text = scan.doc.norm
    by_start = {scan.starts[m.start]: m for m in matches}
    for d in demonyms:
        described = _DESCRIBED_TOWN.match(text, d.end)
        if described is not None:
            m = by_start.get(described.end())
            if m is not None:
                out[id(m)] = ("city", d.country)
    return out


def _state_office_beside(scan: Scan, m: Match, size: int) -> bool:
    """An office or body of a state right after the name ("Ohio Gov.", "the
    Ohio Legislature"), or a governor after its possessive ("Georgia's
    governor") or before it with "of" ("the governor of Georgia"). A country
    has a legislature too ("Mexico's legislature"), and a bank a governor ("the
    governor of Mexico's central bank"), so those stay apart."""
    after = m.end
    possessive = (
        after + 1 < size
        and scan.f(after) in ("'", "\u2019")
        and scan.f(after + 1) == "s"
    )
    if not possessive:
        if after < size and scan.f(after) in STATE_OFFICE:
            return True
        return (
            m.start >= 2
            and scan.f(m.start - 1) == "of"
            and (scan.f(m.start - 2) in GOVERNOR or _member_before(scan, m.start - 1))
        )
    return after + 2 < size and scan.f(after + 2) in GOVERNOR


# Words at most of a member's name between the title and "of" ("Sen. Chuck
# Schumer of New York": two; "Rep. Alexandria Ocasio-Cortez": four tokens).
_NAME_WORDS = 5


def _member_before(scan: Scan, of: int) -> bool:
    """The words before "of" (token `of`) are a state's member by title and
    name: "Sen. Chuck Schumer of New York", "Rep. Nancy Pelosi of California"."""
    k = of - 1
    names = 0
    while k >= 0 and names < _NAME_WORDS and scan.words[k][:1].isupper():
        if scan.f(k) in STATE_MEMBER and names:
            return True
        names += 1
        k -= 1
        if k >= 0 and scan.words[k] in (".", "-"):
            k -= 1  # "Sen." and "Ocasio-Cortez" are cut at the mark
    return k >= 0 and names > 0 and scan.f(k) in STATE_MEMBER


def _plain_area(m: Match) -> Area | None:
    """(kind, country) of a name that plainly names a state or a country: its
    only reading, or the one far larger than the rest."""
    lead = dominant(m.candidates)
    if lead is None:
        kinds = {e.kind for e, _ in m.candidates}
        if len(kinds) != 1:
            return None
        lead = m.candidates[0][0]
    if lead.kind in ("admin1", "country"):
        return (lead.kind, lead.country if lead.kind == "admin1" else None)
    return None


def _plain_city(m: Match) -> bool:
    """The name plainly names a city: its only reading, or one far larger."""
    lead = dominant(m.candidates)
    return lead is not None and lead.kind == "city"


def in_area(e: Entry, area: Area) -> bool:
    """`e` is a reading of the area kind (and country) a role asks for."""
    kind, country = area
    return e.kind == kind and (country is None or e.country == country)


def role_reading(m: Match, role: Area, pick: Entry | None) -> Entry | None:
    """The reading of a mention whose own context gives it a role ("New York
    Gov.": the state), when the name's reading does not fit that role."""
    if pick is not None and in_area(pick, role):
        return None
    fits = [e for e, _ in m.candidates if in_area(e, role)]
    return max(fits, key=lambda e: e.population) if fits else None


def state_word_after(scan: Scan, ms: list[Match]) -> bool:
    """ "New York state", "Quebec province", "Idlib and Hama provinces": the
    name is used for the region."""
    return any(scan.area_word_after(m.start, m.end) is not None for m in ms)


def division_of(pick: Entry, m: Match, gaz: Gazetteer) -> Entry | None:
    """The first-level division a name used for a region names: a reading
    that is one, else the division holding a city reading and named like it
    (the picked city's first: "the Donetsk region" is Ukraine's Donetsk
    oblast, even beside a Russian town of the name)."""
    named = next((e for e, _ in m.candidates if e.kind == "admin1"), None)
    if named is not None:
        return named if fold(named.name)[:4] == fold(pick.name)[:4] else None
    cities = [pick, *(e for e, _ in m.candidates if e.kind == "city" and e is not pick)]
    for e in cities:
        area = gaz.admin1.get((e.country or "", e.admin1 or ""))
        if area is not None and fold(area.name)[:4] == fold(e.name)[:4]:
            return area
    return None
