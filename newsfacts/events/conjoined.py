"""What hangs from the last of a clause's conjoined objects.

"Police fired tear gas and rubber bullets at the crowd": the clause's object
is "tear gas", and "rubber bullets at the crowd" is conjoined to it after the
clause's end; the phrase "at the crowd" says whom both were fired at. Here
the noun phrases conjoined to a clause's last object are found (joined by
"and", "or" or a comma, none of them the subject of a clause of its own:
"fired tear gas and protesters threw stones" conjoins no object), so that the
clause's target and weapons are read from them too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..language.clauses import Clause
from .clause_actors import prep_target
from .mentions import ActorMention
from .parties import Parties

__all__ = ["conjoined_objects", "conjoined_target"]

_JOINERS = frozenset({"and", "or", ","})

# Prepositions after a conjoined object that name the clause's target; not
# "with", "between" or "to" after a noun, which are the noun's own
# ("friendship and partnership with Vietnam", "ties to Iran").
_CONJOINED_PREPS = ("against", "at", "on", "upon", "into", "from")


def conjoined_objects(p: Parties, cl: Clause) -> Iterator[int]:
    """The noun phrases conjoined to the clause's last object, in order (none
    when the clause has no object). Each must follow the one before with only
    joiners between ("batons, tear gas and water cannon"), and be no clause's
    subject."""
    if not cl.objects:
        return
    subjects = {c.subject for c in p.ps.structure.clauses if c.subject is not None}
    np = max(cl.objects)
    while np + 1 < len(p.nps):
        gap = p.words[p.nps[np].end : p.nps[np + 1].start]
        if not gap or any(w.lower() not in _JOINERS for w in gap):
            return
        if np + 1 in subjects:
            return
        np += 1
        yield np


def conjoined_target(
    p: Parties, cl: Clause, exclude: Sequence[ActorMention]
) -> ActorMention | None:
    """The target named after a phrase conjoined to the clause's last object
    ("fired missiles and drones at Kyiv", "used batons and tear gas against
    students"), none of `exclude`; None when there is none."""
    keys = {a.key() for a in exclude}
    for np in conjoined_objects(p, cl):
        atts = [a for a in p.nps[np].attachments if p.words[a.prep] in _CONJOINED_PREPS]
        am = prep_target(p, atts, keys)
        if am is not None:
            return am
    return None
