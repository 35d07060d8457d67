"""Places stage: find place names and resolve them to gazetteer entries.

Recognition (`scan`, over `tokens` with the tests of `filters` and `name_tests`)
walks the tokens once and looks each capitalised token sequence up in a dict
keyed by folded token sequences (longest match first), then drops matches that
read as people, organisations or ordinary words; `additions` then adds what the
names found make readable (postal codes, small towns of the states named,
counties, districts). Resolution (`resolve`, with `scoring`, `readings` and
`metonymy`) ranks each name's candidates by population, kind and what else the
article names (its dateline, countries and states, "X, Y" qualifiers) and gives
one answer per name. `keywords` adds facilities, settlements, streets and
natural features named with a keyword. The gazetteer itself is shared knowledge
(`newsfacts.knowledge.gazetteer`). See docs/places.md.
"""

from __future__ import annotations

from ..findings import Demonym, PlaceFindings
from .reconcile import drop_actor_spans
from .stage import extract

__all__ = ["Demonym", "PlaceFindings", "drop_actor_spans", "extract"]
