"""Actors stage: people, organisations, countries and groups, one per entity.

The stage, one module per job: `words` (the word layer) -> `find` (candidate
spans, with `acronyms` for acronym definitions) -> `merge` (entities, countries,
titles) -> `stage` (country and group actors, records). `lexicon` loads the
stage's own word lists; `candidate` holds the record passed between steps.
Shared knowledge (countries, titles, names, organisations, figures) comes from
`newsfacts.knowledge`.
"""

from __future__ import annotations

from .clubs import CITY_CLUB
from .stage import extract

__all__ = ["METONYMIC_RULES", "extract"]

# Rules of organisations named by a place alone, which stays a mention of the
# place that stands for them (`places.drop_actor_spans`).
METONYMIC_RULES = frozenset({CITY_CLUB})
