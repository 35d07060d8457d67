"""Places named with a keyword: facilities, settlements, streets and natural features.

`add_facilities` gathers what the keyword patterns find in running text
(`keyword_patterns`: "Bagram Air Base", "the town of Husaybah") and the names
read token by token (`keyword_names`: "Royal Street", "Lake Manassas"), keeps
the first and longest where they overlap, takes the places they cover out of
the other locations (`without_spans`) and gives each the point of where it
lies (`nearby`).
"""

from __future__ import annotations

import bisect
from collections import defaultdict

import attrs

from ..knowledge.gazetteer import Gazetteer
from ..knowledge.keys import fold, name_key, org_key
from ..knowledge.organizations import known_orgs
from ..language.tagger_lexicon import lexicon
from ..records import Location, LocationKind, Mention
from ..text import Document
from .keyword_names import find_keyword_places, opened_by_keyword
from .keyword_patterns import (
    DISTANCE_OF,
    DISTANCE_OF_KEYS,
    FACILITY_AFTER,
    FACILITY_AFTER_KEYS,
    FACILITY_BEFORE,
    FACILITY_BEFORE_KEYS,
    FEATURE_LOWER,
    FEATURE_LOWER_KEYS,
    SETTLEMENT_APPOSED,
    SETTLEMENT_APPOSED_KEYS,
    SETTLEMENT_OF,
    SETTLEMENT_OF_KEYS,
    SETTLEMENTS_OF,
    SETTLEMENTS_OF_KEYS,
    keyed_matches,
)
from .lexicon import FACILITY_STOP, HONOURING, NOT_PLACES
from .nearby import Nearby, named_after
from .scan import Scan

__all__ = ["add_facilities", "without_spans"]

# What each settlement word names, and the rule each kind is found by.
_SETTLEMENT_KIND = {
    "town": LocationKind.CITY,
    "village": LocationKind.CITY,
    "city": LocationKind.CITY,
    "suburb": LocationKind.CITY,
    "hamlet": LocationKind.CITY,
    "settlement": LocationKind.CITY,
    "port": LocationKind.CITY,
    "district": LocationKind.ADMIN2,
    "province": LocationKind.ADMIN1,
}
_SINGULAR = {"cities": "city"}  # the other plurals add an "s"
_KEYWORD_RULES = {
    LocationKind.FACILITY: "facility",
    LocationKind.CITY: "settlement",
    LocationKind.ADMIN2: "settlement",
    LocationKind.ADMIN1: "settlement",
}


def add_facilities(
    doc: Document, gaz: Gazetteer, scan: Scan, locations: list[Location]
) -> list[Location]:
    """Facilities, streets and natural features named with a keyword.

    Each gets the point of the nearest place the article names (a facility
    named after a city takes that city's), one Location per name.
    """
    norm = doc.norm
    found: list[tuple[int, int, str, LocationKind]] = []
    for m in keyed_matches(FACILITY_AFTER, norm, FACILITY_AFTER_KEYS):
        a, b = m.span("name")
        words = norm[a:b].split()
        while words and fold(words[0]) in FACILITY_STOP:
            a += len(words[0]) + 1
            words = words[1:]
        if not words:
            continue
        kw = " ".join(w.capitalize() for w in m.group("kw").split())
        name = " ".join(words) + " " + kw
        found.append((a, m.end("kw"), name, LocationKind.FACILITY))
    for m in keyed_matches(FACILITY_BEFORE, norm, FACILITY_BEFORE_KEYS):
        name = m.group("name")
        if fold(name.split()[0]) in FACILITY_STOP or gaz.known(fold(name)):
            continue
        kw = " ".join(w.capitalize() for w in m.group("kw").split())
        found.append(
            (m.start("name"), m.end("name"), name + " " + kw, LocationKind.FACILITY)
        )
    for m in keyed_matches(FEATURE_LOWER, norm, FEATURE_LOWER_KEYS):
        a, b = m.span("name")
        key = name_key(norm[a:b])
        first = lexicon().entries.get(norm[a:b].split()[0])
        # (a name the gazetteer knows only as a town or a state before "river"
        # is the river's all the same: "the Severn river", "the Mississippi
        # river"; the scan gives it no reading, `PlaceFilters.river_named`)
        if (
            key in scan.person_keys
            or key in gaz.demonyms
            or (gaz.known(key) and (m.group("kw") != "river" or _feature(gaz, key)))
            or gaz.known("the " + key)
            or (first is not None and first[0] == "JJ")  # "the Himalayan valley"
        ):
            continue
        found.append((a, m.end("kw"), doc.text[a : m.end("kw")], LocationKind.OTHER))
    starts = {m.start for loc in locations for m in loc.mentions}
    of = keyed_matches(SETTLEMENT_OF, norm, SETTLEMENT_OF_KEYS)
    many = keyed_matches(SETTLEMENTS_OF, norm, SETTLEMENTS_OF_KEYS)
    apposed = keyed_matches(SETTLEMENT_APPOSED, norm, *SETTLEMENT_APPOSED_KEYS)
    measured = keyed_matches(DISTANCE_OF, norm, *DISTANCE_OF_KEYS)
    for matches in (of, many, apposed, measured):
        for m in matches:
            kw = m.group("kw") if matches is not measured else "town"
            kind = _SETTLEMENT_KIND[_SINGULAR.get(kw) or kw.removesuffix("s")]
            for a, b in m.spans("name"):
                key = name_key(norm[a:b])
                if a in starts or key in scan.person_keys or key in gaz.demonyms:
                    continue
                if key.split()[0] in NOT_PLACES or known_orgs().get(org_key(norm[a:b])):
                    continue
                found.append((a, b, doc.text[a:b], kind))
    # The tables of the mentions below are made when read and let go after:
    # a long text has thousands of mentions, and one table at a time is enough.
    del starts
    keyword_places = find_keyword_places(scan)
    # A keyword name the gazetteer already knows whole ("Korean Peninsula",
    # "Gaza Strip") stays the gazetteer's; a place closing a name that opens
    # with a keyword ("Mount Kenya", "the River Jordan") is the feature's.
    ends = {
        m.end
        for loc in locations
        for m in loc.mentions
        if not opened_by_keyword(scan, m.start)
    }
    taken = sorted((m.start, m.end) for loc in locations for m in loc.mentions)
    found += [
        x
        for x in keyword_places
        if x[1] not in ends
        and not _inside(taken, x[0], x[1])
        and not _org_tail(norm, x[0], x[1])
    ]
    del ends, taken, keyword_places
    # "Toronto's Pearson International Airport": the city stays a place of its own.
    owners = {m.start: m.end for loc in locations for m in loc.mentions}
    for n, (a, b, _, kind) in enumerate(found):
        end = owners.get(a)
        if end is not None and norm[end : end + 3] == "'s " and end + 3 < b:
            found[n] = (end + 3, b, doc.text[end + 3 : b], kind)
    if not found:
        return locations
    found.sort(key=lambda x: (x[0], x[0] - x[1]))
    kept: list[tuple[int, int, str, LocationKind]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    out = without_spans(locations, [(a, b) for a, b, _, _ in kept])
    by_name: dict[str, list[tuple[int, int, LocationKind]]] = defaultdict(list)
    for a, b, name, kind in kept:
        by_name[name].append((a, b, kind))
    # A place inside a street's name ("Washington" of "Washington Square")
    # places neither that street nor anything near it.
    honouring = [
        (a, b)
        for a, b, name, kind in kept
        if kind == LocationKind.OTHER and _honours(name)
    ]
    nearby = Nearby(
        without_spans(locations, honouring) if honouring else locations,
        norm,
        scan.dateline_end,
    )
    for name, spans in by_name.items():
        a, b, kind = spans[0]
        where = nearby.place(gaz, a, b, kind)
        country = where.country if where else None
        if country is None and kind == LocationKind.OTHER and not _honours(name):
            country = named_after(gaz, name)
        out.append(
            Location(
                name=name,
                kind=kind,
                country=country,
                lat=where.lat if where else None,
                lon=where.lon if where else None,
                mentions=tuple(Mention.of(doc.text, x, y) for x, y, _ in spans),
                rule=_KEYWORD_RULES.get(kind, "keyword"),
            )
        )
    return out


def _feature(gaz: Gazetteer, key: str) -> bool:
    """Some reading of `key` is a natural feature ("Thames", "Danube")."""
    return any(e.kind == "other" for e, _ in gaz.lookup(key))


def _org_tail(norm: str, a: int, b: int) -> bool:
    """The name ends in a known organisation's name ("Syrian Arab Red Crescent",
    "Iranian Red Crescent"): an organisation, not a street called Crescent."""
    words = norm[a:b].split()
    orgs = known_orgs()
    return any(
        orgs.get(org_key(" ".join(words[-n:])))
        for n in range(2, min(len(words), 3) + 1)
    )


def _honours(name: str) -> bool:
    """The name ends in a street keyword that honours someone or somewhere."""
    words = name.split()
    return bool(words) and fold(words[-1].rstrip(".")) in HONOURING


def _inside(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """[a, b) lies within one of the sorted `spans` ("Salt Lake" in "Salt Lake
    City")."""
    i = bisect.bisect_right(spans, (a, 1 << 62)) - 1
    while i >= 0 and spans[i][0] >= a - 200:
        if spans[i][0] <= a and b <= spans[i][1]:
            return True
        i -= 1
    return False


def without_spans(
    locations: list[Location], spans: list[tuple[int, int]]
) -> list[Location]:
    """Locations less their mentions overlapping `spans` ("Tripoli" in a
    facility name).

    `spans` are sorted and do not overlap, so a mention overlaps one of them
    exactly when the last starting before its end runs past its start: one
    bisection a mention, however many spans.
    """
    starts = [a for a, _ in spans]

    def covered(m: Mention) -> bool:
        i = bisect.bisect_left(starts, m.end) - 1
        return i >= 0 and spans[i][1] > m.start

    out = []
    for loc in locations:
        keep = tuple(m for m in loc.mentions if not covered(m))
        if len(keep) == len(loc.mentions):
            out.append(loc)
        elif keep:
            meto = tuple(m for m in loc.metonymic if m in keep)
            out.append(attrs.evolve(loc, mentions=keep, metonymic=meto))
    return out
