"""Events stage: who did what to whom, when and where, coded with PLOVER and CAMEO.

The language layer parses each sentence into clauses; a clause is an event
when its CAMEO verb pattern (data: `events/data/verb_patterns.tsv`) codes its
verb with its object and phrases, and the parties the code needs are actors
of the article: the source is the clause's subject (or a passive's "by" agent),
the target its object or prepositional complement. Negation, plans, threats,
questions and hypotheticals are marked on the event. Each event gets the date
and place of its clause, and repeated reports of one event are merged into one
record with all their mentions.
"""

from __future__ import annotations

from .lexicon import COOPERATIVE, HOSTILE, STATEMENT
from .stage import EventFindings, extract, find

__all__ = ["COOPERATIVE", "HOSTILE", "STATEMENT", "EventFindings", "extract", "find"]
