"""The code and the target of a clause's act, settled from its phrases.

Once a clause's verb is coded and its source and target read, what the
clause says around them can change both: the country of a struck city is
the one struck ("attacked Kyiv"), a destination is the one visited ("flew to
Moscow"), a crowd's accusation is dissent, two subjects of a reciprocal verb
act on each other ("Russia and Ukraine exchanged prisoners"). One job: those
adjustments, in the order they apply.
"""

from __future__ import annotations

from ..language.clauses import Clause
from ..language.verbs import VerbGroup
from ..records import ActorKind
from .admission import VIOLENCE
from .clause_actors import (
    ACTS_ON_PEOPLE,
    TOPIC_ROOTS,
    first_party,
    prep_party,
    subject_actor,
    topic_of,
)
from .clause_kinds import at_forces, crowd, rioters, thrown_missiles
from .clause_match import passive
from .clause_places import VISIT, destination
from .mentions import ActorMention
from .merge import mutual_code
from .parties import Parties
from .patterns import VerbMatch
from .phrasing import each_other
from .reactions import REACTION_ROOTS, reacted_to
from .seizure import seized_people
from .targets import (
    led_delegation,
    not_the_victim,
    own_forces,
    posture_target,
    recipient,
    struck_city,
    struck_country,
    withdrawn_from,
    withdrawn_own,
)
from .words import word_classes

__all__ = ["settle_roles"]

_ACCUSE = "112"  # CAMEO: accuse, not specified

# Codes of a party pulling its own people out: a withdrawal (087) and the
# recall of envoys (161, "recalled its ambassador from Kigali").
_WITHDRAWALS = frozenset(("087", "161"))

_OCCUPY = "192"  # CAMEO: occupy territory
_MOBILIZE = "154"  # CAMEO: mobilize or increase armed forces
_MILITARY_AID = "072"  # CAMEO: provide military aid


def settle_roles(
    p: Parties,
    cl: Clause,
    vg: VerbGroup,
    vm: VerbMatch,
    code: str,
    source: ActorMention | None,
    target: ActorMention | None,
    parties: list[ActorMention],
) -> tuple[str, ActorMention | None, tuple[int, int] | None]:
    """The clause's code, target and destination (the place a visit goes to,
    or None) once its phrases are read."""
    wc = word_classes()
    sent = None  # the forces or things sent, no party of the act
    if vm.names_object and code in wc.sent_object:
        sent = p.actor(cl.objects[-1]) if cl.objects else None
        target = recipient(p, cl, source, target)
    if code == _OCCUPY and vm.names_object and _moves_own(p, cl, vg, source):
        # "sent troops into Ukraine": the country entered; "sent troops into
        # the streets" enters none, a deployment of one's own forces
        sent = p.actor(cl.objects[0])
        target = posture_target(p, cl, source, None)
        if target is None:
            code = _MOBILIZE
        elif _invited(p, cl):
            code = _MILITARY_AID  # "sent troops into Kazakhstan at its request"
    if sent is not None:
        parties = [a for a in parties if a.key() != sent.key()]
    if led_delegation(p, cl, vg, source, target):
        # "led a delegation to Moscow": the one met is where it goes
        parties = [a for a in parties if target is None or a.key() != target.key()]
        target = recipient(p, cl, source, None)
    if (
        target is None
        and code[:2] in ("11", "18", "19")
        and code[:3] not in ACTS_ON_PEOPLE
        and not passive(cl, vg)
    ):
        target = struck_country(p, cl, source)
    if (
        target is None
        and code[:2] in VIOLENCE
        and (source is not None or passive(cl, vg))
    ):
        # "attacked Kyiv", "Kharkiv was shelled"; not "the plan hurt Paris"
        target = struck_city(p, cl, vg, source)
    if code[:3] in _WITHDRAWALS and withdrawn_own(p, cl, source, target):
        # "withdrew its forces from", "recalled its diplomats from Kigali":
        # the forces or envoys are the mover's own, the country left the target
        target = withdrawn_from(p, cl, source)
    if code[:2] == "15" and not passive(cl, vg):
        target = posture_target(p, cl, source, target)
        together = subject_actor(p, cl) if code == "150" else []
        if len(together) > 1:
            # "Russia and China held naval drills": a show of power made
            # together is military cooperation
            code, target = "062", together[1]
    if (
        vg.lemma in wc.travel_verbs
        and cl.kind != "infinitival"  # "is expected to travel": planned, composed
        and target is not None
        and target.actor.kind == ActorKind.COUNTRY
        and any(
            p.words[a.prep] in ("to", "in") and p.actor(a.np) == target
            for a in cl.preps
        )
    ):
        code = VISIT  # "the president traveled to Iraq": a visit of Iraq
    dest = None
    if target is None and (
        vm.rule.startswith("verbs:")
        or code.startswith(VISIT)
        or vg.lemma in wc.travel_verbs  # "flew to Guangzhou", not "flew to" 036
    ):
        dest = destination(p, cl, vg, code)
        if dest is not None:
            code = VISIT  # "visited Kabul", "flew to Moscow"
    if (
        vg.lemma in wc.dissent_verbs
        and code[:2] in ("11", "12")
        and crowd(source, p, cl)
    ):
        code = "141"  # "demonstrators protesting election results"
    code = seized_people(p, cl, vg, code, source)  # "gunmen seized 20 students"
    if code in wc.riot and not passive(cl, vg) and rioters(source):
        code = "145"  # "protesters attacked police", "ransacked the embassy"
    if (code[:2] in VIOLENCE or code == "145") and thrown_missiles(p, cl, vg):
        # "demonstrators threw fireworks at police", "youths stoned troops": a
        # violent protest; "unidentified assailants threw stones at
        # protesters", "settlers threw stones at cars": an assault
        if rioters(source) or (crowd(source, p, cl) and at_forces(target)):
            code = "145"
        elif code == "145":
            code = "180"
    if target is not None and code[:2] in TOPIC_ROOTS:
        target = not_the_victim(p, cl, target)
    if target is None and code[:2] in TOPIC_ROOTS:
        # "expressed concern about Russia's use of the conflict"
        target = topic_of(p, cl, parties)
    if target is None and cl.objects and not passive(cl, vg):
        target = each_other(p, cl.objects[0], subject_actor(p, cl))
    if (
        target is None
        and code[:2] in REACTION_ROOTS
        and cl.objects
        and not passive(cl, vg)
        and p.actor(cl.objects[0]) is None
    ):
        # "The EU welcomed the agreement": the parties of the one named before
        target = reacted_to(p, cl.objects[0], source, p.acts)
    if vg.lemma in wc.reciprocal_verbs and not passive(cl, vg):
        both = subject_actor(p, cl)
        if len(both) > 1:
            target = both[1]  # "Russia and Ukraine exchanged prisoners"
        else:  # "Russia exchanged prisoners with Ukraine"
            keys = [a.key() for a in both]
            target = prep_party(p, cl, ("with",), keys) or target
    if (
        target is None
        and (
            mutual_code(code)
            or vg.lemma in wc.reciprocal_verbs
            or vg.lemma in wc.mutual_verbs
        )
        and len(parties) > 1
    ):
        target = parties[1]  # "X and Y met": X with Y; "exchanged fire"
    if target is None and len(parties) > 1 and agreed_between(p, cl, vg, code):
        target = parties[1]  # "X and Y reached an agreement": X with Y
    if vg.lemma in wc.blame_verbs and cl.objects and not passive(cl, vg):
        # "blamed the bombing on India": the party the act is laid on
        obj = cl.objects[0]
        if p.actor(obj) is None:
            keys = [source.key()] if source is not None else []
            laid_on = first_party(p, p.nps[obj].attachments, ("on",), keys) or (
                prep_party(p, cl, ("on",), keys)
            )
            if laid_on is not None:
                target, code = laid_on, _ACCUSE
    if vg.lemma in wc.retaliation_verbs and cl.objects and not passive(cl, vg):
        # "avenged the killing of their leader": the object is the act
        # answered, whose doer ("by ...") is the one struck back at, not the
        # one it was done to
        obj = cl.objects[0]
        if p.actor(obj) is None:
            keys = [source.key()] if source is not None else []
            target = first_party(p, p.nps[obj].attachments, ("by",), keys)
    if target is None and vg.lemma in wc.retaliation_verbs:
        # "retaliate for an Israeli strike": upon the one whose act it answers
        keys = [source.key()] if source is not None else []
        target = prep_party(p, cl, ("for",), keys)
    if code == VISIT and target is not None and _companion(p, cl, target):
        target = None  # "flew to the area with a team of doctors": who came along
    return code, target, dest


def _companion(p: Parties, cl: Clause, target: ActorMention) -> bool:
    """`target` is named after "with" in the clause or after its place
    ("flew to the area with a team of doctors"): one who travels along on a
    visit, not the one visited."""
    phrases = [*cl.preps, *(b for a in cl.preps for b in p.nps[a.np].attachments)]
    for a in phrases:
        if p.words[a.prep] == "with":
            am = p.actor(a.np)
            if am is not None and am.key() == target.key():
                return True
    return False


def _moves_own(
    p: Parties, cl: Clause, vg: VerbGroup, source: ActorMention | None
) -> bool:
    """The clause's object is forces the source moves "into" a place: its
    own, or of no actor ("sent troops into", "sent 500 soldiers into"), not
    a place or control taken ("took control of the town")."""
    if not cl.objects or passive(cl, vg):
        return False
    if not any(p.words[a.prep].lower() == "into" for a in cl.preps):
        return False
    moved = p.actor(cl.objects[0])
    return moved is None or own_forces(moved, source)


def _invited(p: Parties, cl: Clause) -> bool:
    """The clause says the act is done "at the request" (invitation, behest)
    "of" someone: forces sent in so are aid to the host, no occupation."""
    nouns = word_classes().invitation_nouns
    return any(
        p.words[a.prep].lower() == "at" and p.head_word(a.np).lower() in nouns
        for a in cl.preps
    )


_AGREEING_CODES = ("03", "04", "05", "0871")
"""CAMEO roots of intent to cooperate, consultation and diplomatic cooperation,
and the truce or ceasefire declared (0871): an agreement reached, signed or
concluded under one of them is between its parties ("reached an agreement" is
032, "signed a ceasefire" 0871)."""


def agreed_between(p: Parties, cl: Clause, vg: VerbGroup, code: str) -> bool:
    """A clause of cooperation whose object is an agreement (`agreement_nouns`)
    and whose subject names two parties, or whose other party follows "with":
    the agreement is between them ("Israel and Hamas reached an agreement",
    "Israel reached an agreement with Hamas"), mutual as "X and Y agreed" is;
    "X and Y rejected the agreement" (12) is no act between them."""
    if (
        not code.startswith(_AGREEING_CODES)
        or not cl.objects
        or passive(cl, vg)
        or p.head_word(cl.objects[0]) not in word_classes().agreement_nouns
    ):
        return False
    if len(subject_actor(p, cl)) > 1:
        return True
    # "reached an agreement with Hamas", "signed a truce with the rebels"
    return any(
        p.words[a.prep] == "with" and p.actor(a.np) is not None
        for a in (*cl.preps, *p.nps[cl.objects[0]].attachments)
    )
