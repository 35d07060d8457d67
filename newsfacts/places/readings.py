"""Resolution's readings chosen over the best-scored one by what is written
around a name: a dateline's city, a qualifier naming an area no reading lies
in, a restated name, a state named beside a town, a small town's support."""

from __future__ import annotations

from collections import defaultdict

from ..knowledge.gazetteer import Entry
from .match import Match
from .proximity import Scored
from .scan import Scan
from .scoring import inside

__all__ = [
    "city_of_its_state",
    "dateline_city",
    "dateline_town",
    "in_qualifier",
    "narrowed",
    "state_beside",
    "supported",
]


_UNLISTED_BASE = 30_000_000  # Entry.index of places known only by their qualifier


def in_qualifier(
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
    if area is None or area.kind not in _QUALIFIER_KINDS or inside(e, area):
        return None
    if any(inside(c, area) for c, _ in m.candidates):
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


def narrowed(m: Match, pick: Entry, scored: Scored) -> Entry:
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


def state_beside(
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


def dateline_city(scan: Scan, ms: list[Match]) -> Entry | None:
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


def city_of_its_state(e: Entry, state: Entry) -> bool:
    """`e` is a city inside the state `state` of its name that news means by
    the name: a city of a million ("New York", "Kano"), or of 100,000 that
    holds a sixth of the state's people ("Zurich", "Geneva", "Homs"), not the
    small capital of a large state ("Quebec" is the province)."""
    return _city_in(e, state) and (
        e.population >= 1_000_000
        or (e.population >= 100_000 and 6 * e.population >= state.population)
    )


def dateline_town(scan: Scan, m: Match, state: Entry) -> Entry | None:
    """The city a dateline names where the article reads its name as the
    state holding it ("KANO, Nigeria -" above "Jigawa and Kano states")."""
    if scan.starts[m.start] >= scan.dateline_end:
        return None
    towns = [e for e, _ in m.candidates if _city_in(e, state)]
    return max(towns, key=lambda e: e.population) if towns else None


def supported(e: Entry, m: Match, scan: Scan, countries: dict[str, float]) -> bool:
    """A small town needs its country named, a qualifier, a place context ("in",
    "travelled to", a list of places) or to be a national capital; a user's
    place needs nothing (the user vouches for it)."""
    if m.qualifier is not None or e.country in countries or e.capital or e.user:
        return True
    p = scan.prev_word(m.start)
    if p is not None and scan.f(p) in {"in", "at", "near", "outside"}:
        return True
    return scan.placed(m) or scan.listed(m)
