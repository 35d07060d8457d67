"""Spatial minimality: readings that lie close together win, jointly per article.

An article about one area names places near one another. After each name has
its readings scored alone (population, kind, the countries and states the
article names), an ambiguous name's readings gain by lying near the places the
article names plainly (a name with one reading, a dominant one, a qualified one,
the dateline) and, by less, near the readings of its other ambiguous names, so
"Nelson" beside "Vancouver" and "Kelowna" settles in British Columbia and
"Charleston" beside "Morgantown" and "Parkersburg" in West Virginia. A small
town never displaces a state, a country or a city of half a million without a
qualifier ("Paris, Texas").
Work is bounded: a few readings per name, a few dozen names compared, a few
hundred names re-picked per article, so the stage stays linear.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence

from ..knowledge.gazetteer import TOWN_BASE, Entry

__all__ = [
    "Scored",
    "all_elsewhere",
    "city_not_state",
    "km",
    "refine",
    "together",
    "top",
    "unsupported_towns",
]

Scored = list[tuple[float, Entry]]  # a name's readings with their scores, best first

_TOP = 8  # readings of one name considered
_MAX_NAMES = 40  # other names a reading is compared with
_MAX_LOOSE = 200  # ambiguous names re-picked per article (the first named)
_WIDE = ("country", "admin1", "region", "continent")
_BIG_CITY = 500_000
_SAME_PLACE_KM = 161.0  # readings closer than this are one place for the purpose
# Readings of one name closer than this lie in one region, where the 150 and 400
# km grades of nearness say more about the country's size than about the story:
# only a named place within 50 km moves such a name to its smaller reading
# ("Newcastle" beside Manchester is still Newcastle upon Tyne, the larger;
# beside Stoke it is Newcastle-under-Lyme).
_ONE_REGION_KM = 300.0
_NEIGHBOUR = 3.0  # the closeness of a place within 50 km


def km(a: Entry, b: Entry) -> float:
    """Great-circle distance in km (equirectangular; close enough under 1,000 km)."""
    mid = math.radians((a.lat + b.lat) / 2)
    dx = math.radians(b.lon - a.lon)
    dx = (dx + math.pi) % (2 * math.pi) - math.pi
    dy = math.radians(b.lat - a.lat)
    return 6371.0 * math.hypot(dx * math.cos(mid), dy)


def _closeness(e: Entry, points: Iterable[Entry]) -> float:
    """0-3 for how near `e` lies to the nearest of `points`."""
    best = 0.0
    for p in points:
        d = km(e, p)
        if d <= 50:
            return 3.0
        if d <= 150:
            best = max(best, 2.0)
        elif d <= 400:
            best = max(best, 1.0)
    return best


def _ambiguous(scored: Scored) -> bool:
    """Readings of a name lie in more than one place."""
    first = scored[0][1]
    return any(km(first, e) > _SAME_PLACE_KM for _, e in scored[1:_TOP])


def _protected(pick: Entry, new: Entry) -> bool:
    """A state, a country or a big city is not displaced by a smaller place."""
    if new.population >= pick.population:
        return False
    return pick.kind in _WIDE or (pick.kind == "city" and pick.population >= _BIG_CITY)


_CELL = 4.0  # degrees: the 3 x 3 cells around a point hold all within 400 km
_Grid = dict[tuple[int, int], list[tuple[str, Entry]]]


def _cell(e: Entry) -> tuple[int, int]:
    return (math.floor(e.lat / _CELL), math.floor(e.lon / _CELL))


def _grid(items: Iterable[tuple[str, Entry]]) -> _Grid:
    """Points by 4-degree cell, so nearness needs no all-pairs comparison."""
    out: _Grid = {}
    for key, e in items:
        out.setdefault(_cell(e), []).append((key, e))
    return out


def _around(grid: _Grid, e: Entry) -> Iterator[tuple[str, Entry]]:
    """Points of the cells around `e` (longitude wraps at 180 degrees)."""
    la, lo = _cell(e)
    wrap = round(360 / _CELL)
    for dla in (-1, 0, 1):
        for dlo in (-1, 0, 1):
            lon_cell = (lo + dlo + wrap // 2) % wrap - wrap // 2
            yield from grid.get((la + dla, lon_cell), ())


def refine(
    chosen: dict[str, Entry],
    scored: dict[str, Scored],
    plain: Mapping[str, None],
    qualified: set[str],
) -> None:
    """Re-pick each ambiguous name's reading in `chosen` by nearness.

    `scored` holds each name's readings with their context scores; `plain` the
    names the article names plainly (their readings anchor the rest);
    `qualified` the names with a qualifier (never re-picked).
    """
    loose = {
        k: [e for _, e in s[:_TOP] if e.kind not in _WIDE]
        for k, s in scored.items()
        if k not in plain and k not in qualified and len(s) > 1 and _ambiguous(s)
    }
    if not loose:
        return
    anchors = _grid(
        (k, chosen[k])
        for k in list(plain)[:_MAX_NAMES]
        if k in chosen and chosen[k].kind not in _WIDE
    )
    others = _grid(
        (k, e) for k, points in list(loose.items())[:_MAX_NAMES] for e in points
    )
    for key in list(loose)[:_MAX_LOOSE]:
        pick = chosen.get(key)
        if pick is None:
            continue
        best: tuple[float, int] | None = None
        new = pick
        for sc, e in scored[key][:_TOP]:
            near = _closeness(
                e, (a for _, a in _around(anchors, e) if a.index != e.index)
            )
            joint = _closeness(e, (p for k, p in _around(others, e) if k != key))
            if e is not pick and km(e, pick) <= _ONE_REGION_KM:
                near = near if near >= _NEIGHBOUR else 0.0
                joint = joint if joint >= _NEIGHBOUR else 0.0
            total = sc + near + 0.5 * joint
            if best is None or (total, -e.index) > best:
                best, new = (total, -e.index), e
        if new is not pick and not _protected(pick, new):
            chosen[key] = new


def unsupported_towns(
    chosen: dict[str, Entry],
    scored: dict[str, Scored],
    plain: Mapping[str, None],
    qualified: set[str],
) -> None:
    """A small town (of the towns table, brought in because the article names
    its state) that displaced a country, or a state or city of 500,000, keeps the
    name only with a qualifier or a place the article names plainly within
    150 km: "Edmonton" beside Cairns is the Queensland suburb, "Louisville" in
    a Columbus story is still Kentucky's."""
    anchors = _grid(
        (k, chosen[k])
        for k in list(plain)[:_MAX_NAMES]
        if k in chosen and chosen[k].kind not in _WIDE
    )
    for key, pick in list(chosen.items()):
        if pick.index < TOWN_BASE or key in qualified:
            continue
        big = [
            e
            for _, e in scored.get(key, [])
            if e.kind == "country"
            or ((e.kind in _WIDE or e.kind == "city") and e.population >= _BIG_CITY)
        ]
        if not big:
            continue
        near = [a for k, a in _around(anchors, pick) if k != key]
        if not any(km(pick, a) <= 150 for a in near):
            chosen[key] = big[0]


def all_elsewhere(
    chosen: dict[str, Entry],
    scored: dict[str, Scored],
    plain: Mapping[str, None],
    qualified: set[str],
) -> None:
    """A city read by its size alone ("London") moves to its other reading when
    every other place the article names plainly lies near that one (within
    150 km, one within 50) and none near the first, and the article names no
    country or state that holds the first: "London" beside "St. Thomas" and
    nothing else is London, Ontario. One place near the big city, or its country
    named, keeps it."""
    anchors = [
        (k, chosen[k])
        for k in list(plain)[:_MAX_NAMES]
        if k in chosen and chosen[k].kind not in _WIDE
    ]
    if not anchors:
        return
    areas = {
        (e.country, e.admin1 if e.kind == "admin1" else None)
        for e in chosen.values()
        if e.kind in ("country", "admin1")
    }
    for key, pick in list(chosen.items())[:_MAX_LOOSE]:
        if key in qualified or pick.kind != "city":
            continue
        if (pick.country, None) in areas or (pick.country, pick.admin1) in areas:
            continue
        others = [a for k, a in anchors if k != key and a.index != pick.index]
        if not others or any(km(pick, a) <= 400 for a in others):
            continue
        for _, e in scored.get(key, [])[:_TOP]:
            if e.kind != "city" or km(e, pick) <= 400:
                continue
            dists = [km(e, a) for a in others]
            if max(dists) <= 150 and min(dists) <= 50:
                chosen[key] = e
                break


def city_not_state(
    chosen: dict[str, Entry],
    scored: dict[str, Scored],
    qualified: set[str],
) -> None:
    """A state read by its size alone moves to a city of the same name when
    every other town the article names lies within 150 km of that city and none
    in the state's country, and the article names neither the state's country
    nor another of its states: "Victoria" beside Vancouver is British Columbia's
    capital, not the Australian state; alone, or beside Melbourne, it is the
    state."""
    towns = [(k, e) for k, e in list(chosen.items())[:_MAX_NAMES] if e.kind == "city"]
    if not towns:
        return
    for key, pick in list(chosen.items())[:_MAX_LOOSE]:
        if key in qualified or pick.kind != "admin1":
            continue
        if any(
            e.country == pick.country
            for k, e in chosen.items()
            if k != key and e.kind in ("country", "admin1", "city")
        ):
            continue
        others = [e for k, e in towns if k != key]
        if not others:
            continue
        for _, e in scored.get(key, [])[:_TOP]:
            if e.kind == "city" and all(km(e, a) <= 150 for a in others):
                chosen[key] = e
                break


_TOGETHER_KM = 10.0  # two names' readings this close name one neighbourhood
_TOGETHER_LOSS = 5.0  # most score the two readings may give up together
_TOWN = 50_000  # smaller places need more support than each other's nearness


def together(
    chosen: dict[str, Entry],
    scored: dict[str, Scored],
    plain: Mapping[str, None],
    qualified: set[str],
) -> None:
    """Two names read in two different countries, far apart, that both have
    readings within 10 km of each other in one country name that one
    neighbourhood, when every other place the article names plainly lies within
    150 km of it and the article names no country or state holding either
    first reading: "Edmonton" and "Enfield" together are the two in north
    London, not Alberta's city and Connecticut's town. National capitals stay,
    both new readings are places of 50,000 people or more, and together they
    may not give up more than a small town's worth of score."""
    keys = [
        k
        for k in list(chosen)[:_MAX_NAMES]
        if k not in qualified and chosen[k].kind == "city" and not chosen[k].capital
    ]
    if len(keys) < 2:
        return
    areas = {
        (e.country, e.admin1 if e.kind == "admin1" else None)
        for e in chosen.values()
        if e.kind in ("country", "admin1")
    }

    def held(e: Entry) -> bool:
        return (e.country, None) in areas or (e.country, e.admin1) in areas

    score = {(k, e.index): sc for k in keys for sc, e in scored.get(k, [])[:_TOP]}
    grid = _grid(
        (k, e) for k in keys for _, e in scored.get(k, [])[:_TOP] if e.kind == "city"
    )
    moved: set[str] = set()
    for a in keys:
        pa = chosen[a]
        if a in moved or held(pa):
            continue
        for sa, ea in scored.get(a, [])[:_TOP]:
            if ea.kind != "city" or ea.index == pa.index or ea.population < _TOWN:
                continue
            for b, eb in _around(grid, ea):
                pb = chosen[b]
                if (
                    b == a
                    or b in moved
                    or held(pb)
                    or pa.country == pb.country
                    or eb.country != ea.country
                    or eb.population < _TOWN
                    or km(pa, pb) <= 400
                    or km(ea, eb) > _TOGETHER_KM
                ):
                    continue
                loss = (
                    score.get((a, pa.index), sa)
                    - sa
                    + score.get((b, pb.index), 0.0)
                    - score.get((b, eb.index), 0.0)
                )
                rest = [
                    chosen[k]
                    for k in list(plain)[:_MAX_NAMES]
                    if k not in (a, b) and k in chosen and chosen[k].kind not in _WIDE
                ]
                if loss <= _TOGETHER_LOSS and all(km(ea, r) <= 150 for r in rest):
                    chosen[a], chosen[b] = ea, eb
                    moved.update((a, b))
                    break
            if a in moved:
                break


def top(readings: Sequence[tuple[float, Entry]]) -> Scored:
    """Readings sorted best first (score, then gazetteer order)."""
    return sorted(readings, key=lambda x: (-x[0], x[1].index))
