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
from .mentions import ActorMention
from .parties import Parties
from .words import word_classes

__all__ = ["seized_people"]

_SEIZE = "171"  # CAMEO: seize or damage property
_ARREST = "173"  # CAMEO: arrest, detain, or charge with legal action
_ABDUCT = "181"  # CAMEO: abduct, hijack, or take hostage


def seized_people(
    p: Parties, cl: Clause, vg: VerbGroup, code: str, source: ActorMention | None
) -> str:
    """The code of seizing the clause's object: `code` unchanged unless it is
    the bare seizure of property and the object names people (a noun of
    people, or a group actor of people: "students", "villagers")."""
    wc = word_classes()
    if (
        code != _SEIZE
        or vg.lemma not in wc.seizure_verbs
        or not cl.objects
        or source is None  # "a trip that took him to Japan": no one seizes
    ):
        return code
    obj = cl.objects[0]
    phrase = p.nps[obj]
    head = lemma(p.words[phrase.head].lower(), p.ps.tags[phrase.head])
    taken = p.actor(obj)
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
    sector = (source.actor.code or "")[3:6] if source is not None else ""
    return _ARREST if sector in _STATE else _ABDUCT


_STATE = frozenset({"COP", "GOV", "JUD", "MIL", "SPY"})
"""Sectors of the state's own bodies, whose seizing of people is an arrest."""

_NOT_PEOPLE = frozenset({"BUS", "MED"})
"""Sectors of group actors that are no people one can carry off (a company,
the media)."""
