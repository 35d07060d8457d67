"""Governing verbs and what they govern: one event, or a plan for it.

"agreed to release" is one act (0353), "urged Iran to halt" an appeal to
Iran, "threatened to attack" a threat, "plans to visit" a planned visit,
"said it would send troops" the speaker's act, "said Israel must halt" a
demand of Israel. The most deeply governed act is absorbed first ("said [it
was ready [to mediate]]").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..language.clauses import Clause
from ..language.sentences import ParsedSentence
from ..records import ActorKind
from .candidate import Candidate, retype
from .clause_actors import prep_party, pronoun, same_side, subject_actor
from .clause_match import passive
from .clause_reads import readiness
from .compose import ABSORBING, DENIAL, Governor, absorb, composed
from .lexicon import COOPERATIVE, HOSTILE, STATEMENT
from .mentions import ActorMention
from .mode import DEMAND_MODALS, carry, indicative, purpose, subjunctive
from .parties import Parties
from .phrasing import ordered_out
from .speakers import demand_of, denied_charge
from .speakers import wrongdoing as _wrongdoing
from .targets import addressed, own_forces
from .words import word_classes

__all__ = ["absorb_governed"]

_APPEAL = "020"  # an appeal, of no more specific kind (CAMEO 020)

_COERCE = "17"  # CAMEO root: coerce (arrests, charges, sentences)

_DESTROY = "1712"
"""CAMEO: destroy property. Police report property destroyed by others ("police
said three houses were burned"), not destroyed by themselves, so a passive
destruction takes no reporting enforcer as its doer."""

_ENFORCERS = frozenset(("COP", "JUD", "MIL", "SPY"))
"""Sectors of the bodies that arrest, charge and detain: police, prosecutors
and courts, armed forces, security services. A government body (GOV) that
reports an arrest may report another state's ("the foreign ministry said two
of its citizens were detained")."""


def _no_one(p: Parties, cl: Clause) -> bool:
    """The subject of a clause names no party: no pronoun (the speaker, found
    later), no proper name, no actor ("famine could spread", "prices will
    go higher")."""
    np = cl.subject
    return np is None or not (
        pronoun(p, np) or p.nps[np].proper or p.actor(np) is not None
    )


def _enforcer(p: Parties, cl: Clause) -> ActorMention | None:
    """The speaker of a clause of speech when police, a court or prosecutors,
    troops or a security service (a body, not its spokesman: "a police
    officer said" names who speaks, not who arrests), or the ministry that
    commands police (`enforcer_words`: "the interior ministry said")."""
    spk = subject_actor(p, cl)
    if not spk or spk[0].actor.kind == ActorKind.PERSON:  # a spokesman speaks for it
        return None
    if (spk[0].actor.code or "")[3:6] in _ENFORCERS:
        return spk[0]
    words = word_classes().enforcer_words
    said = [*spk[0].actor.name.lower().split()]
    if cl.subject is not None:
        said += [w.lower() for w in p.np_words(cl.subject)]
    if any(w in words for w in said):
        return spk[0]  # "the interior ministry said"
    return None


_UNREAL = frozenset(("agree", "appeal", "intend", "refuse", "request", "threaten"))
"""Relations of a governing verb whose governed act has not happened."""


def _drop_asked_aims(
    clauses: Sequence[Clause],
    govs: Sequence[Governor | None],
    cands: dict[int, Candidate],
) -> None:
    """The aim of an act asked for, planned or threatened has not happened
    either: "urged him to use his influence on Russia to end the war" (no
    end of the war), "plans to build a dam to cut off the river". An aim is
    an infinitival clause under a verb that governs nothing, itself the act
    governed ("to use his influence" under "urged")."""
    for i in list(cands):
        cl = clauses[i]
        g = cl.governor
        if g is None or cl.kind != "infinitival" or govs[g] is not None:
            continue
        up = clauses[g]
        if up.governor is None or up.kind != "infinitival":
            continue
        top = govs[up.governor]
        if top is not None and top.relation in _UNREAL:
            del cands[i]


_ASKING = frozenset(("request", "appeal"))
"""Relations of verbs whose "that" clause names the one asked as its subject:
"demanded that Hamas renounce violence", "urged that Israel halt settlement
building" (the subjunctive: what the subject is asked to do, not done)."""

_THAT_ABSORBING = _ASKING | {"threaten"}
"""Relations whose verb and the act of its "that" clause are one event (an
appeal's only when that clause is in the subjunctive, `mode.subjunctive`)."""


_DEMANDING = frozenset(("threaten", "appeal"))
"""Relations of verbs whose "that" clause with "must" or "should" is a demand
of its subject, as with a verb of speech ("warned that Iran must stop")."""


def absorb_governed(
    text: str,
    ps: ParsedSentence,
    p: Parties,
    clauses: Sequence[Clause],
    govs: Sequence[Governor | None],
    cands: dict[int, Candidate],
    history: Sequence[bool] = (),
) -> None:
    """Join each governed clause's event to its governing verb's, in place."""
    verbs = ps.structure.chunks.verbs
    wc = word_classes()
    _drop_asked_aims(clauses, govs, cands)
    for i in reversed(range(len(clauses))):
        cl = clauses[i]
        g = cl.governor
        if g is None or cl.kind not in ("infinitival", "complement", "reported"):
            continue
        gov = govs[g]
        if gov is None:
            continue
        if gov.relation == "intend" and cl.subject_via == "object_control":
            # "Obama wants Putin to attack": what one wants another to do is
            # an appeal to that other, not one's own plan
            gov = Governor(gov.lemma, "appeal", _APPEAL)
            if i not in cands and g in cands:
                retype(cands[g], _APPEAL, cands[g].rule)  # nothing coded to absorb
        if (
            gov.relation == "appeal"
            and cl.kind in ("complement", "reported")
            and indicative(p, verbs[cl.verb])
            and not purpose(p, cl)
            and g in cands
            and cands[g].cameo.startswith("02")
        ):
            # "the envoy suggested that Israel was ready for talks": what is
            # so, asked of no one; a statement, as a verb of speech's
            retype(cands[g], "010", "events.speech")
        if (
            gov.relation in _DEMANDING
            and cl.kind in ("complement", "reported")
            and verbs[cl.verb].modal in DEMAND_MODALS
            and not verbs[cl.verb].negated
        ):
            # "warned that Iran must stop arming the Houthis", "Israel must
            # halt its offensive, the US urged": a demand of the one who
            # must, as "said Iran must" is; the warning or appeal is it
            gov = Governor(gov.lemma, "report", "")
            if g in cands and cands[g].target is None:
                del cands[g]
        emb = cands.get(i)
        if (
            emb is not None
            and gov.lemma in wc.decision_verbs
            and gov.relation == "agree"
            and cl.kind == "infinitival"
            and emb.type in HOSTILE
            and emb.type != "PROTEST"
            and not emb.negated
        ):
            # "EU ministers agreed to impose sanctions on Iran", "agreed to
            # expel two diplomats": a hostile act agreed on is decided, as
            # "decided to" reports it; a vow or a promise of one is a threat
            gov = Governor(gov.lemma, "aspect", "")
        if (
            emb is not None
            and gov.relation == "report"
            and gov.code == DENIAL
            and not denied_charge(p, clauses[g], cl)
        ):
            del cands[i]  # "denied that its troops had fired": no act, a denial
            continue
        if (gov.relation in ABSORBING and cl.kind == "infinitival") or (
            gov.relation in _THAT_ABSORBING
            and cl.kind != "infinitival"
            and (gov.relation != "appeal" or subjunctive(p, verbs[cl.verb]))
        ):
            head = cands.get(g)
            if head is None:
                continue
            if (
                gov.relation == "threaten"
                and cl.kind != "infinitival"
                and (
                    emb is None
                    or (
                        emb.source is None
                        and not passive(
                            cl, verbs[cl.verb]
                        )  # "talks could be called off"
                        and _no_one(p, cl)
                    )
                    or not same_side(head.source, emb.source)
                    or emb.type in COOPERATIVE
                    or emb.type == STATEMENT
                )
            ):
                # "warned that insurgents could launch attacks": a warning of
                # another's act is a statement, no threat; so is a warning of
                # what no one does ("warned that famine could spread") and of
                # a word or a cooperative act ("warned that more rain was
                # expected", "warned that the deal would be signed")
                retype(head, "010", "events.speech")
                continue
            if (
                gov.lemma in wc.authority_verbs
                and (head.target is None or own_forces(head.target, head.source))
                and readiness(p, cl, verbs[cl.verb])
            ):
                # "ordered troops to be ready for combat": an alert (152) of
                # the orderer's own forces, also when the order names none
                # ("issued an order to prepare for combat")
                retype(head, "152", "events.order")
                head.target = None
                cands.pop(i, None)
                continue
            expelled = ordered_out(p, clauses[g], cl, verbs[cl.verb], gov.lemma)
            if expelled is not None:
                # "ordered the French ambassador to leave the country": an
                # expulsion, coded as "expelled the French ambassador"
                retype(head, expelled, "events.order")
                cands.pop(i, None)
                continue
            if emb is not None:
                asked = (
                    clauses[i].subject_via == "object_control"
                    or (gov.relation in _ASKING and cl.kind != "infinitival")
                    or addressed(p, clauses[g], head.target)
                )
                if head.target is None and asked:
                    head.target = emb.source
                ordered_force = emb.type == "ASSAULT" and own_forces(
                    head.target, head.source
                )
                if gov.lemma in wc.authority_verbs and (
                    emb.type in ("COERCE", "SANCTION", "MOBILIZE") or ordered_force
                ):
                    # "ordered the newspaper to suspend publication": 1721 by the
                    # one who orders, upon the one ordered; "ordered the army
                    # to mobilise": the mobilisation of one's own forces;
                    # "ordered his forces to attack Tripoli": the attack, by the
                    # one who orders, upon the one attacked
                    retype(head, emb.cameo, "events.order")
                    if emb.type == "MOBILIZE" and own_forces(head.target, head.source):
                        head.target = None
                    if ordered_force:
                        head.target = emb.target
                    head.mentions.extend(
                        m for m in emb.mentions if m not in head.mentions
                    )
                    del cands[i]
                    continue
                absorb(head, gov.relation, emb, addressee=asked)
                if own_forces(head.target, head.source):
                    # "China and India agreed to disengage troops": the troops
                    # are their own; the other signatory is the target, else
                    # the country they leave or go to ("willing to withdraw its
                    # troops from Lebanon")
                    others = head.parties[1:2]
                    keys = [head.source.key()] if head.source is not None else []
                    head.target = (
                        others[0]
                        if others
                        else prep_party(p, cl, ("from", "to"), keys, countries=True)
                    )
                del cands[i]
            elif (
                gov.relation == "appeal" and clauses[i].subject_via == "object_control"
            ) or (
                cl.kind != "infinitival"
                and (
                    gov.relation == "request"
                    or (gov.relation == "appeal" and subjunctive(p, verbs[cl.verb]))
                )
            ):
                # "urged Iran to act", "demanded that Hamas renounce violence",
                # "urged that Israel halt settlement building"
                subj = p.actor(clauses[i].subject)
                head.target = head.target or subj
        elif gov.relation == "forecast" or (
            gov.relation == "schedule"
            and clauses[i].subject_via == "object_control"
            and not passive(clauses[g], verbs[clauses[g].verb])
        ):
            # "Israel is likely to strike Iran soon", "analysts expect Russia
            # to attack Ukraine": a forecast of another's act, no act ("the
            # minister is expected to visit Moscow" stays a planned visit)
            cands.pop(g, None)
            cands.pop(i, None)
        elif gov.relation in ("intend", "schedule", "aspect"):
            # "plans to visit", "began shelling": the governed act is the event
            # ("began a hunger strike to protest": an object, then an aim)
            if clauses[g].objects and cl.kind == "infinitival":
                continue
            cands.pop(g, None)
            if emb is not None and gov.relation == "intend" and cl.kind == "complement":
                # "hoped the officials would be indicted", "hopes police will
                # arrest them": a wish for another's act, which may not come
                emb.mode, emb.planned = "hypothetical", False
            elif emb is not None and gov.relation == "intend":
                emb.mode, emb.planned = "planned", True
            elif emb is not None and gov.relation == "schedule":
                emb.mode = "planned"
            elif emb is not None and gov.lemma == "fail":
                emb.negated = True
            if emb is not None:
                carry(emb, verbs[clauses[g].verb])  # "may try to seize"
            if emb is not None and clauses[g].governor is not None:
                # "warned Iran not to try to attack": the act goes up the chain
                # to the verb that governs "try"
                cands[g] = cands.pop(i)
        elif (
            emb is not None
            and gov.relation == "report"
            and verbs[cl.verb].modal in DEMAND_MODALS
            and not emb.negated
        ):
            # "the minister said Israel must halt settlement expansion": a demand
            spk = subject_actor(p, clauses[g])
            if spk and (emb.source is None or spk[0].key() != emb.source.key()):
                emb.target = emb.source or emb.target
                emb.source = spk[0]
                retype(
                    emb,
                    composed("request", emb.type, emb.cameo, "100"),
                    "events.demand",
                )
                emb.planned = False
        elif (
            emb is None
            and gov.relation == "report"
            and verbs[cl.verb].modal in DEMAND_MODALS
            and not verbs[cl.verb].negated
            and not passive(cl, verbs[cl.verb])  # "X should be cleared": no demand
            and not (history and history[i])
        ):
            # "declared that China must drop barriers": a demand of China,
            # whatever is demanded
            demand = demand_of(text, ps, p, clauses, g, i)
            if demand is not None:
                cands[i] = demand
        elif (
            emb is None
            and gov.relation == "report"
            and not verbs[cl.verb].negated
            and not (history and history[i])
            and (at := _wrongdoing(p, verbs[cl.verb])) is not None
        ):
            # "the senator said the president is fabricating a crisis": an
            # accusation of the one said to do wrong
            accusation = demand_of(text, ps, p, clauses, g, i, "112", at)
            if accusation is not None:
                accusation.rule = "events.accusation"
                cands[i] = accusation
        elif (
            emb is not None
            and gov.relation == "report"
            and emb.source is None
            and emb.cameo[:2] == _COERCE
            and emb.cameo != _DESTROY
            and passive(cl, verbs[cl.verb])
            and (enforcer := _enforcer(p, clauses[g])) is not None
        ):
            # "a man was arrested on Monday, police said", "prosecutors said
            # two men were charged": police, prosecutors and troops report
            # their own arrests and charges
            emb.source = enforcer
            emb.rule = "events.reported"
        elif (
            emb is not None
            and gov.relation == "report"
            and emb.source is None
            and pronoun(p, clauses[i].subject)
            # "said it was attacked": its target (not "is concerned", a comment)
            and not (passive(cl, verbs[cl.verb]) and not emb.cameo.startswith("01"))
        ):
            # "Russia said it would send troops": the speaker.
            spk = subject_actor(p, clauses[g])
            if spk:
                emb.source = spk[0]
                emb.rule = "events.reported"
