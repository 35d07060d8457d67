"""Forces sent to help: the aim of sending them says what the sending is.

"Moscow sent troops to help Kazakhstan", "the US sent troops to protect the
embassy": the forces are sent as aid, and the one helped is who receives it.
The dictionary codes forces sent alone as military cooperation (062) with no
one named to cooperate with; the "to" clause of aid (CAMEO 07) that follows
names the kind of aid and its recipient. CAMEO 072 (provide military aid)
counts personnel as well as arms; protection (074) keeps its own code. The
aim clause itself is then no event of its own (`admission.py` drops aims).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..language.clauses import Clause
from .candidate import Candidate, retype
from .mentions import ActorMention

__all__ = ["forces_sent_to_aid"]

_SENT_FORCES = "062"  # the dictionary's code of forces sent alone
_AID_CODES = ("07", "050")  # aid; support ("to support the government")
_MILITARY_AID = "072"
_OWN_CODES = frozenset(("073", "074"))  # humanitarian aid, protection


def forces_sent_to_aid(clauses: Sequence[Clause], cands: dict[int, Candidate]) -> None:
    """Recode forces sent (062) whose aim, a "to" clause governed by the
    sending verb, is aid to a party: 072 (074 for protection, 073 for
    humanitarian help), with the party aided as the target."""
    for i, cl in enumerate(clauses):
        g = cl.governor
        if cl.kind != "infinitival" or g is None or g >= i:
            continue
        sent, aim = cands.get(g), cands.get(i)
        if sent is None or aim is None or sent.cameo != _SENT_FORCES:
            continue
        if not aim.cameo.startswith(_AID_CODES):
            continue
        aided = aim.target or _helped_doer(clauses, cands, i)
        if aided is None or (
            sent.source is not None and aided.key() == sent.source.key()
        ):
            continue
        code = aim.cameo if aim.cameo in _OWN_CODES else _MILITARY_AID
        retype(sent, code, sent.rule)
        sent.target = aided


def _helped_doer(
    clauses: Sequence[Clause], cands: dict[int, Candidate], aim: int
) -> ActorMention | None:
    """The doer of what an aim clause helps do ("to help Kazakhstan quell
    unrest": Kazakhstan), the subject of a clause it governs."""
    for k in range(aim + 1, len(clauses)):
        c = cands.get(k)
        if clauses[k].governor == aim and c is not None and c.source is not None:
            return c.source
    return None
