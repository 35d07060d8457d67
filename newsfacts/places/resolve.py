"""Resolution: one reading per name, from population, kind and article context."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise
from typing import TypeVar

from ..findings import Demonym
from ..knowledge.gazetteer import Entry, Gazetteer
from ..knowledge.keys import fold
from ..records import Location, LocationKind, Mention
from ..text import Document
from .lexicon import GOVERNOR, STATE_OFFICE
from .match import Match, dominant, same_name
from .metonymy import metonymic
from .proximity import (
    Scored,
    all_elsewhere,
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
        if m.start < scan.dateline_end:
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
    areas, holders = _area_roles(scan, matches)
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
                if role is not None and _in_area(e, role):
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
                m.qualifier is not None or id(m) in areas or m.start < scan.dateline_end
                for m in ms
            )
            or dominant(ms[0].candidates) is not None
        ):
            plain[key] = None
        standalone = _dateline_city(scan, ms)
        if standalone is not None:
            pick = standalone
        area_word = _state_word_after(scan, ms)
        if pick is not None and pick.kind == "city" and area_word:
            # "the Donetsk region", "Idlib province": the division, not its city.
            area = _division_of(pick, ms[0], gaz)
            if area is not None:
                pick = area
        elif pick is not None and pick.kind == "admin1":
            # "New York": the city, when it lies in the state of the same name.
            for m in ms[:1]:
                for e, _ in m.candidates:
                    if (
                        e.kind == "city"
                        and e.country == pick.country
                        and e.admin1 == pick.admin1
                        and e.population >= 1_000_000
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
                got = _role_reading(m, areas[id(m)], pick)
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
    refine(chosen, scored, plain, fixed)
    all_elsewhere(chosen, scored, plain, fixed)
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


def _role_reading(m: Match, role: _Area, pick: Entry | None) -> Entry | None:
    """The reading of a mention whose own context gives it a role ("New York
    Gov.": the state), when the name's reading does not fit that role."""
    if pick is not None and _in_area(pick, role):
        return None
    fits = [e for e, _ in m.candidates if _in_area(e, role)]
    return max(fits, key=lambda e: e.population) if fits else None


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


_Area = tuple[str, str | None]  # (kind, country) a name is read as


def _area_roles(scan: Scan, matches: list[Match]) -> tuple[dict[int, _Area], set[int]]:
    """Matches that name an area by their role (keyed by `id`): the qualifier of
    the place before it ("Seattle, Washington": a state or country holding
    Seattle), or a member of a list of states or of countries ("Oregon,
    Washington and Idaho"; "Georgia, Armenia and Azerbaijan")."""
    out: dict[int, _Area] = {}
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
            offices = [e.country for e, _ in m.candidates if e.kind == "admin1"]
            if offices:
                out[id(m)] = ("admin1", offices[0])
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
            and scan.f(m.start - 2) in GOVERNOR
        )
    return after + 2 < size and scan.f(after + 2) in GOVERNOR


def _plain_area(m: Match) -> _Area | None:
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


def _in_area(e: Entry, area: _Area) -> bool:
    """`e` is a reading of the area kind (and country) a role asks for."""
    kind, country = area
    return e.kind == kind and (country is None or e.country == country)


def _dateline_city(scan: Scan, ms: list[Match]) -> Entry | None:
    """A dateline city standing alone is the national capital of that name
    ("WASHINGTON -" is not Washington, England, whatever the story is about)."""
    m = ms[0]
    if m.qualifier is not None or not (
        m.start < scan.dateline_end
        or (scan.paragraph(m.start) <= 1 and scan.caps_opening(m))
    ):
        return None
    big = [
        e
        for e, own in m.candidates
        if own and e.kind == "city" and e.capital and e.population >= 500_000
    ]
    return max(big, key=lambda e: e.population) if big else None


def _minus(total: dict[_K, float], own: dict[_K, float]) -> dict[_K, float]:
    """Context totals less one name's own contribution."""
    if not own:
        return total
    out = dict(total)
    for k, v in own.items():
        out[k] = out.get(k, 0.0) - v
    return out


def _state_word_after(scan: Scan, ms: list[Match]) -> bool:
    """ "New York state", "Quebec province", "Idlib and Hama provinces": the
    name is used for the region."""
    return any(scan.area_word_after(m.start, m.end) is not None for m in ms)


def _division_of(pick: Entry, m: Match, gaz: Gazetteer) -> Entry | None:
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
