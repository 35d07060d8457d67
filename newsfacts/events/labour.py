"""A labour strike: "strike" with no one struck, by workers, unions, teachers
or another crowd (`crowd_sector` in `code_classes.tsv`), is a strike (CAMEO
143, conduct strike or boycott), not an armed strike (190): "Unions
threatened to strike" is a threat of protest (133), "Teachers will strike on
Monday" a planned strike. A strike upon someone ("strikes Kyiv", "struck at
the convoy") or by no crowd ("the missile struck") stays force.

A strike or a walkout as the object of any verb ("the union launched a
strike", "junior doctors have begun a five-day strike") is a strike from work
where its doer bears no arms and is no country; a strike a state, an army,
police or insurgents launch stays armed ("the army launched a strike on
militant hideouts"), and a strike named by its kind keeps its kind ("an air
strike", "a hunger strike", `event_nouns.tsv`). Workers who walk out
(`walk out` with no "of" after it: "members of the union walked out on
Friday", "walked off the job") strike; "the delegation walked out of the
talks" is no strike.
Helpers of `events/reading.py`.
"""

from __future__ import annotations

from ..language.clauses import Clause
from ..language.verbs import VerbGroup
from ..records import ActorKind
from .clause_actors import TARGET_PREPS, subject_actor
from .clause_kinds import crowd
from .clause_match import passive
from .force import bears_arms
from .nouns import event_noun
from .parties import Parties
from .words import word_classes

__all__ = ["STRIKE", "labour_strike", "strike_object"]

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


_WORK_STOPPAGES = frozenset(("strike", "strikes", "walkout", "walkouts"))
_WORK = frozenset(("job", "jobs", "work"))


def strike_object(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """Whether the clause's doer stops work: a strike or walkout as its object,
    or a walk-out (see the module)."""
    if passive(cl, vg):
        return False
    if vg.lemma != "walk" and not _stoppage_object(p, cl):
        return False  # most clauses: their doer need not be looked for
    source = next(iter(subject_actor(p, cl)), None)
    if source is None:
        return False
    if bears_arms(source) or source.actor.kind == ActorKind.COUNTRY:
        return False  # "the army launched a strike on militant hideouts"
    if vg.lemma == "walk" and vg.particle is not None and not cl.objects:
        return not any(p.words[a.prep] == "of" for a in cl.preps)
    if vg.lemma == "walk" and (
        any(
            p.words[a.prep] == "off" and p.head_word(a.np).lower() in _WORK
            for a in cl.preps
        )
        or (
            vg.particle is not None
            and p.words[vg.particle].lower() == "off"
            and any(p.head_word(np).lower() in _WORK for np in cl.objects[:1])
        )
    ):
        return True  # "rail workers walked off the job"
    if not cl.objects:
        return False
    np = cl.objects[0]
    head = p.nps[np].head
    if p.words[head].lower() not in _WORK_STOPPAGES:
        return False
    found = event_noun(p, np)
    return found is None or found.code == STRIKE  # not "a hunger strike"


def _stoppage_object(p: Parties, cl: Clause) -> bool:
    """The clause's first object is headed by a strike or a walkout."""
    return bool(cl.objects) and (
        p.words[p.nps[cl.objects[0]].head].lower() in _WORK_STOPPAGES
    )
