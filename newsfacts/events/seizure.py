"""Seizing people: an arrest by the state's own bodies (173), an abduction by
anyone else (181), not the seizure of property (171) that the dictionary
gives "seize" and "take" alone ("Gunmen seized 20 students from a school",
"the attackers fired into the air before taking the students into the
forest": 181; "soldiers seized two suspects": 173; "troops seized weapons"
stays a seizure of property). Helper of `events/reading.py`.
"""

from __future__ import annotations

from ..language.clauses import Clause
from ..language.morphology import lemma
from ..language.verbs import VerbGroup
from ..records import ActorKind
from .clause_match import passive
from .mentions import ActorMention
from .parties import Parties
from .words import word_classes

__all__ = ["seized_people"]

_ARREST = "173"  # CAMEO: arrest, detain, or charge with legal action
_ABDUCT = "181"  # CAMEO: abduct, hijack, or take hostage


def seized_people(
    p: Parties, cl: Clause, vg: VerbGroup, code: str, source: ActorMention | None
) -> str:
    """The code of seizing the clause's object (a passive's subject): `code`
    unchanged unless it is a seizure of property (`_PROPERTY`) and the one
    seized names people (a noun of people, or a group actor of people:
    "students", "villagers"). A passive with no doer named is an abduction
    ("the aid workers were seized on a road"), or an arrest of suspects
    ("five suspects were seized in a raid")."""
    wc = word_classes()
    if code not in _PROPERTY or vg.lemma not in wc.seizure_verbs:
        return code
    if passive(cl, vg):
        if vg.lemma not in wc.seizure_passive_verbs:
            return code  # "was taken to hospital": carried, not seized
        taken_np = cl.subject
    elif cl.objects and source is not None:
        # not "a trip that took him to Japan": no one seizes
        taken_np = cl.objects[0]
    else:
        return code
    if taken_np is None:
        return code
    phrase = p.nps[taken_np]
    head = lemma(p.words[phrase.head].lower(), p.ps.tags[phrase.head])
    taken = p.actor(taken_np)
    people = head in wc.person_nouns or (
        taken is not None
        and (
            taken.actor.kind == ActorKind.PERSON
            or (
                taken.actor.kind == ActorKind.GROUP
                and (taken.actor.code or "")[3:6] not in _NOT_PEOPLE
            )
        )
    )
    if not people:
        return code
    if source is None:
        suspects = taken is not None and (taken.actor.code or "")[3:6] == "CRM"
        return _ARREST if suspects else _ABDUCT
    sector = (source.actor.code or "")[3:6]
    return _ARREST if sector in _STATE else _ABDUCT


_PROPERTY = frozenset({"171", "1711", "175"})
"""Codes the dictionary gives seizing what it reads as property or, for
journalists, repression: seize (171), confiscate ("seized in a raid", 1711),
"seized journalists" (175); of people, an arrest or an abduction."""


_STATE = frozenset({"COP", "GOV", "JUD", "MIL", "SPY"})
"""Sectors of the state's own bodies, whose seizing of people is an arrest."""

_NOT_PEOPLE = frozenset({"BUS", "MED"})
"""Sectors of group actors that are no people one can carry off (a company,
the media)."""
