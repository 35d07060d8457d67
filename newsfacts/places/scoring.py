"""Resolution's score of one reading of a name: population, kind, the name's
primary reading, and the countries, states and qualifier the article names."""

from __future__ import annotations

import math
from typing import TypeVar

from .._data import iter_rows, lazy
from ..knowledge.gazetteer import Entry
from ..knowledge.keys import name_key
from .match import Match, same_name
from .proximity import km

__all__ = ["NAMED", "held", "inside", "minus", "score"]

_K = TypeVar("_K")
NAMED = 10.0  # context weight of a country the article names outright
# An alternate or historical name ("Philadelphia" for Amman, "Victoria" for Hong
# Kong) counts for less than a place's current primary name: a penalty of a
# factor of ~300 in population, which only the article's context can overcome.
_ALIAS_PENALTY = 2.5
# A town this small gains at most _SMALL_TOWN_COUNTRY from its country alone.
_SMALL_TOWN = 50_000
_SMALL_TOWN_COUNTRY = 1.0
# The reading a name has in English with no context (places/data/primary_readings.tsv):
# worth a factor of 100 in population, less than a country the article names.
_PRIMARY = 2.0


@lazy
def _primary_readings() -> dict[str, int]:
    """Name key -> GeoNames id of the place the name means with no context."""
    return {
        name_key(name): int(gid)
        for name, gid, *_ in iter_rows("places/data/primary_readings.tsv")
    }


def score(
    entry: Entry,
    own: bool,
    m: Match,
    countries: dict[str, float],
    states: dict[tuple[str, str], float],
) -> float:
    """Higher for the likelier reading of a name (population, kind, context)."""
    s = math.log10(max(entry.population, 10))
    kind = entry.kind
    if kind == "country":
        s += 2.0
    elif kind in ("continent", "region"):
        s += 5.0
    elif kind in ("admin1", "admin2"):
        s -= 0.5
    if entry.capital:
        s += 1.5
    if entry.geonames_id is not None and _primary_readings().get(m.key) == (
        entry.geonames_id
    ):
        s += _PRIMARY
    if own:
        s += 1.0
    elif (
        kind not in ("country", "continent", "region")
        and any(o for _, o in m.candidates)
        and not same_name(m.key, entry.name)
    ):
        s -= _ALIAS_PENALTY
    if entry.country:
        # Named outright (weight NAMED each) or implied by its places.
        named = countries.get(entry.country, 0.0)
        by_country = 3.0 if named >= NAMED else min(max(named, 0.0) * 1.25, 2.5)
        by_state = 0.0
        if entry.admin1 and kind != "country":
            by_state = min(
                max(states.get((entry.country, entry.admin1), 0.0), 0.0) * 2, 3.0
            )
        if kind == "city" and entry.population < _SMALL_TOWN and not by_state:
            # A country named is no reason to read a small town there rather
            # than a city elsewhere ("plays in Rotterdam" in a story that
            # names California is not Rotterdam, New York); its state is.
            by_country = min(by_country, _SMALL_TOWN_COUNTRY)
        s += by_country + by_state
    q = m.qualifier
    if q is not None:
        for qe, _ in q.candidates:
            if qe.kind == "country" and qe.country == entry.country:
                s += 10
            elif (
                qe.kind == "admin1"
                and (qe.country, qe.admin1)
                == (
                    entry.country,
                    entry.admin1,
                )
            ) or (qe.kind in ("admin2", "region") and inside(entry, qe)):
                s += 12
    return s


def held(q: Match, entry: Entry) -> bool:
    """A reading of the qualifier `q` holds `entry` ("Portland, Maine")."""
    return any(
        (qe.kind == "country" and qe.country == entry.country)
        or (qe.kind in ("admin1", "admin2", "region") and inside(entry, qe))
        for qe, _ in q.candidates
    )


_COUNTY_KM = 100.0  # a place "in" a county or region lies this near its point


def inside(e: Entry, area: Entry) -> bool:
    """`e` lies in `area`: its country, its state, or near a county's or a
    region's point."""
    if area.kind == "country":
        return e.country == area.country
    if area.kind == "admin1":
        return (e.country, e.admin1) == (area.country, area.admin1)
    if area.country and e.country != area.country:
        return False
    return km(e, area) <= _COUNTY_KM


def minus(total: dict[_K, float], own: dict[_K, float]) -> dict[_K, float]:
    """Context totals less one name's own contribution."""
    if not own:
        return total
    out = dict(total)
    for k, v in own.items():
        out[k] = out.get(k, 0.0) - v
    return out
