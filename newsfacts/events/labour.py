"""A labour strike: "strike" with no one struck, by workers, unions, teachers
or another crowd (`crowd_sector` in `code_classes.tsv`), is a strike (CAMEO
143, conduct strike or boycott), not an armed strike (190): "Unions
threatened to strike" is a threat of protest (133), "Teachers will strike on
Monday" a planned strike. A strike upon someone ("strikes Kyiv", "struck at
the convoy") or by no crowd ("the missile struck") stays force. Helper of
`events/reading.py`.
"""

from __future__ import annotations

from ..language.clauses import Clause
from ..language.verbs import VerbGroup
from .clause_args import TARGET_PREPS, crowd, passive, subject_actor
from .parties import Parties
from .words import word_classes

__all__ = ["STRIKE", "labour_strike"]

STRIKE = "143"
"""CAMEO: conduct strike or boycott."""


def labour_strike(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """Whether the clause is a crowd's strike from work (see the module)."""
    if vg.lemma not in word_classes().strike_verbs or passive(cl, vg) or cl.objects:
        return False
    weekdays = word_classes().weekdays_lower
    if any(
        (p.words[a.prep] in TARGET_PREPS or p.words[a.prep] == "at")
        and p.head_word(a.np) not in weekdays  # "will strike on Monday"
        for a in cl.preps
    ):
        return False  # "struck at the convoy", "struck against"
    source = next(iter(subject_actor(p, cl)), None)
    return source is not None and crowd(source, p, cl)
