"""Events stage: who did what to whom, when and where, coded with PLOVER and CAMEO.

Triggers come from a lexicon kept as data (`lexicon`); arguments come from
clause patterns over the actor and place mentions, with no parser: the source is
the actor heading the clause (or the agent of a passive "by" phrase, or the
speaker of reported speech), the target the first actor acted upon. Negation,
plans, threats, questions and hypotheticals are marked on the event. Each event
gets the date and place that govern its clause, and repeated reports of one
event are merged into one record with all their mentions.
"""

from __future__ import annotations

from .lexicon import COOPERATIVE, HOSTILE, STATEMENT
from .stage import extract, main_event

__all__ = ["COOPERATIVE", "HOSTILE", "STATEMENT", "extract", "main_event"]
