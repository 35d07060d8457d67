"""Where a place named with a keyword lies: the place the article names
nearest to it, or, for a natural feature with none near, the country of the
place it is named after ("Lake Michigan").

A facility or street takes the point of the city or county mentioned inside or
nearest to it; a facility with only a state or country near falls back on that
state or the country's capital; a building with no place in its own paragraph
is in the dateline's city; a country across a border ("near the border with
Turkey") hosts nothing near it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..knowledge.gazetteer import Entry, Gazetteer
from ..knowledge.keys import fold, name_key
from ..records import Location, LocationKind
from .lexicon import OTHER_AFTER, OTHER_BEFORE
from .match import dominant

__all__ = ["Nearby", "named_after"]


def named_after(gaz: Gazetteer, name: str) -> str | None:
    """The country of the place a natural feature is named after, when the
    story names no place near it: "Lake Michigan" (Michigan), "Lake Como"
    (Como). A street honours places elsewhere ("London Road" in Leicester) and
    is not read so. Only a name the gazetteer reads one way
    without context (`match.dominant`) gives it; the place's point is not the
    feature's, so only its country is taken."""
    words = [
        w
        for w in name.split()
        if fold(w) not in OTHER_BEFORE and fold(w) not in OTHER_AFTER
    ]
    if not words or len(words) == len(name.split()):
        return None
    readings = gaz.lookup(name_key(" ".join(words)))
    entry = dominant(readings) if readings else None
    return entry.country if entry is not None else None


_Spot = tuple[int, int, int, Location]


_ACROSS = ("border with ", "borders with ", "frontier with ", "border of ")
_ACROSS_REACH = max(map(len, _ACROSS)) + 4  # and "the "


def _across(norm: str, start: int) -> bool:
    """The place at `start` is the far side of a border ("near the border with
    Turkey"): no host of what is near it."""
    before = norm[max(0, start - _ACROSS_REACH) : start].lower()
    if before.endswith("the "):
        before = before[:-4]
    return before.endswith(_ACROSS)


class Nearby:
    """Place mentions by offset, to find the place a facility or street is in."""

    def __init__(
        self, locations: Sequence[Location], norm: str, dateline_end: int = 0
    ) -> None:
        self.norm = norm
        self.dateline_end = dateline_end
        near = (LocationKind.CITY, LocationKind.ADMIN2)
        wide = (LocationKind.COUNTRY, LocationKind.ADMIN1)
        self.near: list[_Spot] = sorted(
            (m.start, m.end, i, loc)
            for i, loc in enumerate(locations)
            if loc.kind in near
            for m in loc.mentions
        )
        # "a town near the border with Turkey" is across that border
        self.wide: list[_Spot] = sorted(
            (m.start, m.end, i, loc)
            for i, loc in enumerate(locations)
            if loc.kind in wide
            for m in loc.mentions
            if not _across(norm, m.start)
        )

    def _closest(
        self, items: list[_Spot], a: int, b: int, building: bool = False
    ) -> tuple[int, Location] | None:
        """(distance, place) of the mention nearest to [a, b); 0 when inside it.
        A building with no place in its own paragraph is in the dateline's
        city rather than one of another paragraph ("at Rod Laver Arena" after
        a MELBOURNE dateline is not in the Rotterdam of the next paragraph); a
        river or a road is wherever the story's nearest place is."""
        i = bisect.bisect_left(items, (b,))
        best: tuple[int, Location] | None = None
        for j in (i - 2, i - 1, i):
            if 0 <= j < len(items):
                x0, x1, _, loc = items[j]
                dist = 0 if (x0 < b and a < x1) else min(abs(x0 - b), abs(a - x1))
                if best is None or dist < best[0]:
                    best = (dist, loc)
        if (
            building
            and best is not None
            and best[0] > 0
            and items
            and items[0][0] < self.dateline_end
            and items[0][3] is not best[1]
            and not self._same_paragraph(best[1], a, b)
        ):
            return (a - items[0][1], items[0][3])
        return best

    def _same_paragraph(self, loc: Location, a: int, b: int) -> bool:
        """A mention of `loc` lies in the paragraph of [a, b)."""
        norm = self.norm
        lo = norm.rfind("\n", 0, a) + 1
        hi = norm.find("\n", b)
        hi = len(norm) if hi < 0 else hi
        return any(lo <= m.start and m.end <= hi for m in loc.mentions)

    def place(
        self, gaz: Gazetteer, a: int, b: int, kind: LocationKind
    ) -> Location | Entry | None:
        """The place named inside [a, b), else the nearest city or county; a
        facility falls back on a nearby state or its country's capital."""
        building = kind == LocationKind.FACILITY
        near = self._closest(self.near, a, b, building)
        wide = self._closest(self.wide, a, b, building)
        if wide is not None and wide[0] == 0:
            return wide[1]
        if near is not None:
            return near[1]
        if wide is None or kind == LocationKind.OTHER:
            return None  # a street with only its country named: no point to give
        loc = wide[1]
        if loc.kind == LocationKind.COUNTRY and loc.country:
            return gaz.capitals.get(loc.country, loc)
        return loc
