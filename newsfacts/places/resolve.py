"""Resolution: one reading per name, from population, kind and article context."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from typing import TypeVar

from .._data import iter_rows, lazy
from ..findings import Demonym
from ..knowledge.gazetteer import Entry, Gazetteer
from ..knowledge.keys import name_key
from ..records import Location, LocationKind, Mention
from ..text import Document
from .areas import (
    area_roles,
    division_of,
    in_area,
    role_reading,
    state_word_after,
)
from .match import Match, dominant, same_name
from .metonymy import metonymic
from .proximity import (
    Scored,
    all_elsewhere,
    city_not_state,
    km,
    refine,
    together,
    top,
    unsupported_towns,
)
from .scan import Scan

__all__ = ["resolve"]

_K = TypeVar("_K")
_NAMED = 10.0  # context weight of a country the article names outright
_IMPLIED_STATE = 0.75  # most weight a state gets from the towns it holds
_STATE_NAMED = 2.0  # context weight of a country one of its states names
_DEMONYM = 1.0  # context weight of each demonym of a country ("British")
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


def _score(
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
        # Named outright (weight _NAMED each) or implied by its places.
        named = countries.get(entry.country, 0.0)
        by_country = 3.0 if named >= _NAMED else min(max(named, 0.0) * 1.25, 2.5)
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
            ) or (qe.kind in ("admin2", "region") and _inside(entry, qe)):
                s += 12
    return s


def _held(q: Match, entry: Entry) -> bool:
    """A reading of the qualifier `q` holds `entry` ("Portland, Maine")."""
    return any(
        (qe.kind == "country" and qe.country == entry.country)
        or (qe.kind in ("admin1", "admin2", "region") and _inside(entry, qe))
        for qe, _ in q.candidates
    )


_COUNTY_KM = 100.0  # a place "in" a county or region lies this near its point


def _inside(e: Entry, area: Entry) -> bool:
    """`e` lies in `area`: its country, its state, or near a county's or a
    region's point."""
    if area.kind == "country":
        return e.country == area.country
    if area.kind == "admin1":
        return (e.country, e.admin1) == (area.country, area.admin1)
    if area.country and e.country != area.country:
        return False
    return km(e, area) <= _COUNTY_KM


def resolve(
    doc: Document,
    gaz: Gazetteer,
    scan: Scan,
    matches: list[Match],
    demonyms: Sequence[Demonym] = (),
) -> list[Location]:
    """One Location per distinct name, each mention resolved in article context."""
    # Context: countries named outright or implied by their places, and states
    # named or implied, kept per name so that a name does not vouch for itself.
    own_c: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    # name key -> (state, weight, paragraph, named outright)
    state_notes: list[tuple[str, tuple[str, str], float, int, bool]] = []
    for m in matches:
        kinds = {e.kind for e, _ in m.candidates}
        oc = own_c[m.key]
        para = scan.paragraph(m.start)
        if "country" in kinds:
            for e, _ in m.candidates:
                if e.kind == "country" and e.country:
                    oc[e.country] += _NAMED
        else:
            lead = dominant(m.candidates)
            if lead is not None and lead.country:
                # a state named outright says its country more surely than a
                # town ("from Georgia into South Carolina": the US)
                oc[lead.country] += _STATE_NAMED if lead.kind == "admin1" else 0.75
                if lead.admin1:
                    zone = (lead.country, lead.admin1)
                    named = lead.kind == "admin1"
                    weight = 1.5 if named else 0.4
                    state_notes.append((m.key, zone, weight, para, named))
        if scan.starts[m.start] < scan.dateline_end:
            for e, _ in m.candidates:
                if e.country:
                    oc[e.country] += 1.0
    countries: dict[str, float] = defaultdict(float)
    for oc in own_c.values():
        for k, v in oc.items():
            countries[k] += v
    # "a British soldier ... born in Manchester": a demonym vouches for its
    # country's places, less than the country named outright.
    for d in demonyms:
        if d.country:
            countries[d.country] += _DEMONYM
    # One reading per name: the qualified mention decides, else the best score.
    by_key: dict[str, list[Match]] = defaultdict(list)
    for m in matches:
        by_key[m.key].append(m)
    areas, holders = area_roles(scan, matches, demonyms)
    chosen: dict[str, Entry] = {}
    own_reading: dict[int, Entry] = {}  # mentions read apart from their name
    scored: dict[str, Scored] = {}
    # Names the article names plainly: they anchor the rest. A dict keeps the
    # article's order, so the first names compared are always the same ones
    # (a set's order changes with the interpreter's string hashing).
    plain: dict[str, None] = {}
    fixed: set[str] = set()  # names whose reading a qualifier or a rule decided
    for key, ms in by_key.items():
        ctx_c = _minus(countries, own_c[key])
        # A named state vouches for a name in its own paragraph, or everywhere
        # when the article's opening names it; a state implied by a town only
        # in its own paragraph.
        paras = {scan.paragraph(m.start) for m in ms}
        ctx_s: dict[tuple[str, str], float] = defaultdict(float)
        implied: dict[tuple[str, str], float] = defaultdict(float)
        for other, zone, weight, para, named in state_notes:
            if other != key and (para in paras or (named and para <= 1)):
                if named:
                    ctx_s[zone] += weight
                else:
                    implied[zone] += weight
        # Towns of a state vouch for less than the state named: however many
        # Texas teams a sports round-up names, "Portland" stays Oregon's.
        for zone, weight in implied.items():
            ctx_s[zone] += min(weight, _IMPLIED_STATE)
        best: tuple[float, int] | None = None
        pick: Entry | None = None
        readings: dict[int, tuple[float, Entry]] = {}
        # A role the mention's own context gives ("New York Gov.", a list of
        # states) decides that mention; the name's other mentions are read
        # without it. A qualifier's role ("Seattle, Washington") holds for all.
        alone = {id(m) for m in ms if id(m) in areas and id(m) not in holders}
        if len(alone) == len(ms):
            alone = set()
        # each qualified mention's own best reading ("Portland, Maine")
        qualified: dict[int, tuple[tuple[float, int], Entry]] = {}
        for m in ms:
            role = areas.get(id(m)) if id(m) not in alone else None
            for e, own in m.candidates:
                sc = _score(e, own, m, ctx_c, ctx_s)
                if role is not None and in_area(e, role):
                    sc += 12
                if e.index not in readings or readings[e.index][0] < sc:
                    readings[e.index] = (sc, e)
                if best is None or (sc, -e.index) > best:
                    best, pick = (sc, -e.index), e
                if m.qualifier is not None and (
                    id(m) not in qualified or (sc, -e.index) > qualified[id(m)][0]
                ):
                    qualified[id(m)] = ((sc, -e.index), e)
        scored[key] = (
            top(list(readings.values()))
            if len(readings) > 1
            else list(readings.values())
        )
        first = pick
        if (
            len(readings) == 1
            or any(
                m.qualifier is not None
                or id(m) in areas
                or scan.starts[m.start] < scan.dateline_end
                for m in ms
            )
            or dominant(ms[0].candidates) is not None
        ):
            plain[key] = None
        standalone = _dateline_city(scan, ms)
        if standalone is not None:
            pick = standalone
        area_word = state_word_after(scan, ms)
        if pick is not None and pick.kind == "city" and area_word:
            # "the Donetsk region", "Idlib province": the division, not its city.
            area = division_of(pick, ms[0], gaz)
            if area is not None:
                pick = area
        elif pick is not None and pick.kind == "admin1":
            # "New York", "Zurich": the city, when it lies in the state of the
            # same name and is a large part of it.
            for m in ms[:1]:
                for e, _ in m.candidates:
                    if (
                        _city_of_its_state(e, pick)
                        and not area_word
                        and not any(id(x) in areas and id(x) not in alone for x in ms)
                    ):
                        pick = e
                        break
        if pick is not None:
            chosen[key] = pick
            if pick is not first or any(m.qualifier is not None for m in ms):
                fixed.add(key)
        for m in ms:
            if id(m) in alone:
                got = role_reading(m, areas[id(m)], pick)
                if got is not None:
                    own_reading[id(m)] = got
            elif (
                m.qualifier is not None
                and pick is not None
                and id(m) in qualified
                and not _held(m.qualifier, pick)
                and _held(m.qualifier, qualified[id(m)][1])
            ):
                # "Portland, Oregon, and Portland, Maine": each qualifier
                # holds its own town, whatever the name's reading
                own_reading[id(m)] = qualified[id(m)][1]
            elif pick is not None and pick.kind == "admin1":
                town = _dateline_town(scan, m, pick)
                if town is not None:
                    own_reading[id(m)] = town
    refine(chosen, scored, plain, fixed)
    all_elsewhere(chosen, scored, plain, fixed)
    city_not_state(chosen, scored, fixed)
    together(chosen, scored, plain, fixed)
    unsupported_towns(
        chosen, scored, plain, fixed | _state_beside(scan, by_key, chosen)
    )
    countries = defaultdict(float, {k: v for k, v in countries.items() if v > 0})
    # Drop variants and small towns nothing in the article supports.
    out: dict[int, list[Match]] = defaultdict(list)
    by_index: dict[int, Entry] = {}
    for m in matches:
        e = own_reading.get(id(m)) or _narrowed(m, chosen[m.key], scored[m.key])
        e = _in_qualifier(scan, m, e, chosen) or e
        if m.rule == "variant" and e.country not in countries:
            continue
        if (
            e.kind == "city"
            and e.population < 50000
            and not _supported(e, m, scan, countries)
        ):
            continue
        if e.kind in ("city", "country") and metonymic(scan, m):
            m.metonymic = True
        out[e.index].append(m)
        by_index[e.index] = e
    locations = []
    for index, ms in out.items():
        e = by_index[index]
        # a metonymic mention is the mention itself
        mentions = tuple(
            Mention(a, b, scan.written(a, b))
            for a, b in ((scan.starts[m.start], scan.ends[m.end - 1]) for m in ms)
        )
        meto = tuple(
            x
            for x, m in zip(mentions, ms, strict=True)
            if m.metonymic and (e.kind == "country" or e.capital)
        )
        rule = "gazetteer" if all(m.rule == "gazetteer" for m in ms) else ms[0].rule
        if any(m.qualifier is not None for m in ms):
            rule = "qualified"
        if e.user:
            rule = "user"
        locations.append(
            Location(
                name=e.name,
                kind=LocationKind(e.kind),
                country=e.country,
                lat=e.lat,
                lon=e.lon,
                geonames_id=e.geonames_id,
                mentions=mentions,
                metonymic=meto,
                admin1=e.admin1,
                population=e.population or None,
                rule=rule,
            )
        )
    return locations


_UNLISTED_BASE = 30_000_000  # Entry.index of places known only by their qualifier


def _in_qualifier(
    scan: Scan, m: Match, e: Entry, chosen: dict[str, Entry]
) -> Entry | None:
    """A town whose qualifier names an area none of its readings lies in
    ("CAMP MURRAY, Wash.", "Rockingham, Northamptonshire") is a place the
    gazetteer lacks: it gets the area's point, not a namesake elsewhere. Not in
    a list ("Saipan, Guam, Alaska and Hawaii"), where the comma joins peers."""
    q = m.qualifier
    if q is None or any(c.kind not in ("city", "admin2") for c, _ in m.candidates):
        return None
    area = chosen.get(q.key)
    if area is None or area.kind not in _QUALIFIER_KINDS or _inside(e, area):
        return None
    if any(_inside(c, area) for c, _ in m.candidates):
        return None
    n = len(scan.words)
    if q.end < n and scan.f(q.end) in {",", "and", "or", "&"}:
        nxt = q.end + 1
        if nxt < n and scan.words[nxt][:1].isupper():
            return None
    if m.start > 0 and scan.f(m.start - 1) in {",", "and", "or"}:
        return None
    return Entry(
        _UNLISTED_BASE + m.start,
        "city",
        scan.doc.text[scan.starts[m.start] : scan.ends[m.end - 1]],
        area.country,
        area.admin1 if area.kind != "country" else None,
        area.lat,
        area.lon,
        0,
        None,
    )


_QUALIFIER_KINDS = frozenset({"country", "admin1", "admin2", "region"})


def _narrowed(m: Match, pick: Entry, scored: Scored) -> Entry:
    """The name's reading, unless this mention's own candidates rule it out
    ("Washington, D.C." restated is the capital wherever else "Washington" is
    the state): then its best-scored own candidate."""
    if not m.restated:
        return pick
    indices = {e.index for e, _ in m.candidates}
    if pick.index in indices:
        return pick
    for _, e in scored:
        if e.index in indices:
            return e
    return m.candidates[0][0] if m.candidates else pick


def _state_beside(
    scan: Scan, by_key: dict[str, list[Match]], chosen: dict[str, Entry]
) -> set[str]:
    """Names read as a small town whose state the article names in the same
    paragraph on its own, not as the qualifier of another place ("a Queensland
    Amber Alert ... taken in Edmonton", but not "COLUMBUS, Ohio ... outlasted
    Louisville")."""
    qualifiers = {id(m.qualifier) for ms in by_key.values() for m in ms if m.qualifier}
    paras: dict[tuple[str | None, str | None], set[int]] = defaultdict(set)
    for ms in by_key.values():
        for m in ms:
            if id(m) not in qualifiers:
                for e, _ in m.candidates:
                    if e.kind == "admin1":
                        paras[(e.country, e.admin1)].add(scan.paragraph(m.start))
    out = set()
    for key, ms in by_key.items():
        pick = chosen.get(key)
        if pick is not None and pick.kind == "city" and pick.admin1:
            near = paras.get((pick.country, pick.admin1), set())
            if any(scan.paragraph(m.start) in near for m in ms):
                out.add(key)
    return out


def _dateline_city(scan: Scan, ms: list[Match]) -> Entry | None:
    """A dateline city standing alone is the national capital of that name
    ("WASHINGTON -" is not Washington, England, whatever the story is about)."""
    m = ms[0]
    if m.qualifier is not None or not (
        scan.starts[m.start] < scan.dateline_end
        or (scan.paragraph(m.start) <= 1 and scan.caps_opening(m))
    ):
        return None
    big = [
        e
        for e, own in m.candidates
        if own and e.kind == "city" and e.capital and e.population >= 500_000
    ]
    return max(big, key=lambda e: e.population) if big else None


def _city_in(e: Entry, state: Entry) -> bool:
    """`e` is a city inside the first-level division `state`."""
    return e.kind == "city" and e.country == state.country and e.admin1 == state.admin1


def _city_of_its_state(e: Entry, state: Entry) -> bool:
    """`e` is a city inside the state `state` of its name that news means by
    the name: a city of a million ("New York", "Kano"), or of 100,000 that
    holds a sixth of the state's people ("Zurich", "Geneva", "Homs"), not the
    small capital of a large state ("Quebec" is the province)."""
    return _city_in(e, state) and (
        e.population >= 1_000_000
        or (e.population >= 100_000 and 6 * e.population >= state.population)
    )


def _dateline_town(scan: Scan, m: Match, state: Entry) -> Entry | None:
    """The city a dateline names where the article reads its name as the
    state holding it ("KANO, Nigeria -" above "Jigawa and Kano states")."""
    if scan.starts[m.start] >= scan.dateline_end:
        return None
    towns = [e for e, _ in m.candidates if _city_in(e, state)]
    return max(towns, key=lambda e: e.population) if towns else None


def _minus(total: dict[_K, float], own: dict[_K, float]) -> dict[_K, float]:
    """Context totals less one name's own contribution."""
    if not own:
        return total
    out = dict(total)
    for k, v in own.items():
        out[k] = out.get(k, 0.0) - v
    return out


def _supported(e: Entry, m: Match, scan: Scan, countries: dict[str, float]) -> bool:
    """A small town needs its country named, a qualifier, a place context ("in",
    "travelled to", a list of places) or to be a national capital; a user's
    place needs nothing (the user vouches for it)."""
    if m.qualifier is not None or e.country in countries or e.capital or e.user:
        return True
    p = scan.prev_word(m.start)
    if p is not None and scan.f(p) in {"in", "at", "near", "outside"}:
        return True
    return scan.placed(m) or scan.listed(m)
