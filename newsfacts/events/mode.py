"""The mode of a clause's act: negated, planned, hypothetical, a question, or
unreal (what must, should or can be done).

Read from the clause's verb group (its modal, its perfect) and whether it
stands in or under a condition.
"""

from __future__ import annotations

from ..language.clauses import Clause
from ..language.verbs import VerbGroup
from .candidate import Candidate

__all__ = ["DEMAND_MODALS", "qualify"]

DEMAND_MODALS = frozenset({"must", "should"})
"""Modals of obligation: what someone must or should do is a demand when a
speaker says it, else no act."""

_PLANNED_MODALS = frozenset({"will", "would", "shall", "be going to"})
_HYPOTHETICAL_MODALS = frozenset({"could", "may", "might"})
_COUNTERFACTUAL_MODALS = frozenset({"could", "may", "might", "should", "would"})


def qualify(
    c: Candidate, cl: Clause, vg: VerbGroup, conditional: bool, condition: bool
) -> None:
    """Negation, modality and questions from the verb group and its clause.
    An act announced on a condition ("will boycott the elections unless the
    president resigns", "may halt mediation if cooperation founders") is the
    actor's plan: an intent, or a threat when hostile; the condition itself is
    hypothetical."""
    c.negated = vg.negated
    c.unreal = vg.modal in DEMAND_MODALS or vg.modal == "can"
    if vg.modal in _COUNTERFACTUAL_MODALS and vg.perfect:
        # "would have punished them", "could have prevented it": what did not
        # happen
        c.mode = "hypothetical"
    elif vg.modal in _PLANNED_MODALS:
        c.mode, c.planned = "planned", True
    elif vg.modal in _HYPOTHETICAL_MODALS:
        c.mode = "hypothetical"
    if conditional:
        c.mode = "hypothetical"
        if not condition and vg.modal is not None and vg.modal != "can":
            c.planned = True
    if cl.question:
        c.mode = "question"
