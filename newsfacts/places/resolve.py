"""Resolution: one reading per name, from population, kind and article context."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..findings import Demonym
from ..knowledge.gazetteer import Entry, Gazetteer
from ..records import Location, LocationKind, Mention
from ..text import Document
from .areas import (
    area_roles,
    division_of,
    in_area,
    role_reading,
    state_word_after,
)
from .match import Match, dominant
from .metonymy import metonymic
from .proximity import (
    Scored,
    all_elsewhere,
    city_not_state,
    refine,
    together,
    top,
    unsupported_towns,
)
from .readings import (
    city_of_its_state,
    dateline_city,
    dateline_town,
    in_qualifier,
    narrowed,
    state_beside,
    supported,
)
from .scan import Scan
from .scoring import NAMED, held, minus, score

__all__ = ["resolve"]

_IMPLIED_STATE = 0.75  # most weight a state gets from the towns it holds
_STATE_NAMED = 2.0  # context weight of a country one of its states names
_DEMONYM = 1.0  # context weight of each demonym of a country ("British")


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
                    oc[e.country] += NAMED
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
        ctx_c = minus(countries, own_c[key])
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
                sc = score(e, own, m, ctx_c, ctx_s)
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
        standalone = dateline_city(scan, ms)
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
                        city_of_its_state(e, pick)
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
                and not held(m.qualifier, pick)
                and held(m.qualifier, qualified[id(m)][1])
            ):
                # "Portland, Oregon, and Portland, Maine": each qualifier
                # holds its own town, whatever the name's reading
                own_reading[id(m)] = qualified[id(m)][1]
            elif pick is not None and pick.kind == "admin1":
                town = dateline_town(scan, m, pick)
                if town is not None:
                    own_reading[id(m)] = town
    refine(chosen, scored, plain, fixed)
    all_elsewhere(chosen, scored, plain, fixed)
    city_not_state(chosen, scored, fixed)
    together(chosen, scored, plain, fixed)
    unsupported_towns(chosen, scored, plain, fixed | state_beside(scan, by_key, chosen))
    countries = defaultdict(float, {k: v for k, v in countries.items() if v > 0})
    # Drop variants and small towns nothing in the article supports.
    out: dict[int, list[Match]] = defaultdict(list)
    by_index: dict[int, Entry] = {}
    for m in matches:
        e = own_reading.get(id(m)) or narrowed(m, chosen[m.key], scored[m.key])
        e = in_qualifier(scan, m, e, chosen) or e
        if m.rule == "variant" and e.country not in countries:
            continue
        if (
            e.kind == "city"
            and e.population < 50000
            and not supported(e, m, scan, countries)
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
