"""Reading one parsed sentence: the events its clauses report.

Admission is an absolute test. A verb becomes an event only when it heads a
verb group of a clause, its CAMEO verb pattern gives a code for the verb with
its particle, object and prepositional phrases ("strike a deal" 057, "strike
the convoy" 190, "prices shot up" nothing), and the parties the code needs are
there: a source actor (the subject, or the "by" agent of a passive), and a
target for the codes that act on someone. Violence and coercion reported in
the passive ("three soldiers were killed", "12 were arrested") need only the
party acted upon. Nothing else is an event: most news sentences report none.

Governing verbs take the act they govern ("agreed to release", "urged Iran to
halt", "threatened to attack": one event, coded by `compose`); reported speech
keeps its own subject, and gives the speaker only to a pronoun subject ("X said
it would ..."); a verb of speech alone is a statement when nothing else happens
in the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..language.sentences import ParsedSentence
from ..records import ActorKind
from .admission import (
    VIOLENCE,
    admitted,
    agentless_measure,
    drop_aims_and_conditions,
    drop_noun_aims,
    drop_scene_relatives,
    drop_tolls,
    refine_mode,
)
from .background import (
    contest_vote,
    game_object,
    natural_cause,
    no_act_of_its_own,
    toll_only,
)
from .candidate import Candidate, retype, verb_candidate
from .clause_args import (
    ACTS_ON_PEOPLE,
    TARGET_PREPS,
    TOPIC_ROOTS,
    acted_upon,
    clause_parties,
    crowd,
    demonstration,
    game_result,
    match_clause,
    passive,
    prep_party,
    pronoun,
    read_phrase,
    repression,
    rioters,
    same_side,
    subject_actor,
    topic_of,
)
from .clause_places import (
    VISIT,
    aside_spans,
    destination,
    names_capital,
    place_spans,
    situate,
)
from .clause_reads import dismissal, named_objects, readiness, shared_arguments
from .compose import (
    ABSORBING,
    Governor,
    absorb,
    composed,
    governor,
)
from .force import bears_arms, plays_games, settle_force
from .labour import STRIKE, labour_strike, strike_object
from .merge import mutual_code
from .mode import DEMAND_MODALS, carry, clause_marks, qualify
from .noun_events import argument_nouns, light_noun, placed_noun, suffered_in
from .parties import Parties
from .patterns import NO_EVENT, VerbMatch
from .phrasing import each_other, named_as, nature_warning, ordered_out
from .predicate_events import predicate_event
from .seizure import seized_people
from .speakers import demand_of, denied_charge
from .speakers import issuer as _issuer
from .speakers import predicate_of as _predicate
from .speakers import resolve_speakers as _speakers
from .speakers import wrongdoing as _wrongdoing
from .targets import (
    addressed,
    not_the_victim,
    own_forces,
    posture_target,
    recipient,
    struck_city,
    struck_country,
    upon_people,
    withdrawn_from,
    withdrawn_own,
)
from .words import word_classes

__all__ = ["sentence_events"]

_APPEAL = "020"  # an appeal, of no more specific kind (CAMEO 020)


_DENIAL = "016"
"""CAMEO: deny responsibility. An act a speaker denies is reported as no event."""


_UNREAL_ROOTS = frozenset(("02", "03", "10", "12", "13"))

_OCCUPY = "192"  # CAMEO: occupy territory


def sentence_events(
    text: str, ps: ParsedSentence, p: Parties, history: Sequence[bool] = ()
) -> list[Candidate]:
    """The events one sentence reports, before dates, places and merging.

    `history[i]` marks clause i as dated history ("jailed for fraud in 2010"):
    background, no event."""
    st = ps.structure
    verbs = st.chunks.verbs
    clauses, naming = named_objects(shared_arguments(st.clauses, verbs, p), verbs, p)
    wc = word_classes()
    conditional, condition, content = clause_marks(clauses, naming, p)
    cands: dict[int, Candidate] = {}
    speech: dict[int, Candidate] = {}
    govs: list[Governor | None] = []
    used: set[int] = set()  # noun phrases read as event nouns
    tolls: list[int] = []  # deaths and injuries of civilians with no doer
    complemented = {
        c.governor
        for c in clauses
        if c.governor is not None and c.kind == "infinitival"
    }
    for i, cl in enumerate(clauses):
        vg = verbs[cl.verb]
        vm = match_clause(p, cl, vg)
        pred = _predicate(p, vg)
        gov = pred[0] if pred else governor(vg.lemma, vm.code if vm else "")
        govs.append(gov)
        if (history and history[i]) or content[i]:
            continue
        if no_act_of_its_own(p, clauses, cl, vg):
            continue  # "demonstrators opposing the taxes", "bandits often kidnap"
        issuer = _issuer(p, clauses, cl)
        if pred is not None:
            # "is ready to contribute troops", "is opposed to French mediation"
            sources = list(issuer) or subject_actor(p, cl)
            c = predicate_event(
                text, ps, p, i, pred, sources, complemented=i in complemented
            )
            if c is not None:
                qualify(c, cl, vg, conditional[i], condition[i], p)
                cands[i] = c
            continue
        specific = (
            vm is not None
            and vm.is_event
            and not vm.rule.startswith("verbs:")
            and not vm.code.startswith("01")
        )
        if gov is not None and gov.relation == "report" and not specific:
            # "announced a suspension of air links", "declared a state of siege"
            nc = light_noun(text, ps, p, cl, vg)
            if nc is not None:
                cands[i] = placed_noun(nc, i, p, cl, vg, conditional[i], condition[i])
                used.add(nc.np)
                continue
        if (
            gov is not None
            and gov.relation == "report"
            and vg.lemma in wc.thing_speech_verbs
            and cl.objects
        ):
            continue  # "Netflix added 9 million subscribers": a thing added
        if gov is not None and gov.relation == "report" and not specific:
            # a verb of speech alone; "declared a ceasefire", "denied access"
            # (a pattern of its object) is the act itself
            code = gov.code or (vm.code if vm is not None else "")
            named = None
            if (
                vm is not None
                and vm.is_event
                and not vm.rule.startswith("verbs:")
                and vm.code != "010"
            ):
                # a statement a pattern names: "claimed responsibility" 015,
                # "denied responsibility" 016
                code = vm.code
                if vm.names_object and cl.objects:
                    named = p.nps[cl.objects[0]].head
            if code and code != NO_EVENT:
                c = verb_candidate(text, ps, vg, code, "events.speech", named)
                sources = list(issuer) or subject_actor(p, cl)
                c.source = sources[0] if sources else None
                c.target = acted_upon(p, cl, sources)
                # "accused the men of stealing cars": the one accused is the
                # object, though no actor names it
                c.framed = code[:2] == "11" and bool(cl.objects)
                c.aside_spans = aside_spans(p, cl)  # "Almeida, who governed to 2016"
                qualify(c, cl, vg, conditional[i], condition[i], p)
                if code.startswith("01"):
                    speech[i] = c
                    continue
                cands[i] = c
            continue
        if vm is None or not vm.is_event or vm.rule.startswith("verbs:"):
            # "launched an attack on", "held talks with", "protests erupted"
            nc = light_noun(text, ps, p, cl, vg)
            if nc is not None:
                cands[i] = placed_noun(nc, i, p, cl, vg, conditional[i], condition[i])
                used.add(nc.np)
                continue
        if (
            gov is not None
            and gov.code
            and gov.relation in ABSORBING
            and (vm is None or vm.rule.startswith("verbs:"))
        ):
            # the table's code of a governing verb over the bare verb's
            vm = VerbMatch(gov.code, rule="governors:" + gov.lemma)
        if (vm is None or vm.rule.startswith("verbs:")) and demonstration(p, cl, vg):
            vm = VerbMatch("141", rule="dissent:" + vg.lemma)  # "journalists marched"
        if (vm is None or vm.rule.startswith("verbs:")) and labour_strike(p, cl, vg):
            vm = VerbMatch(STRIKE, rule="labour:" + vg.lemma)  # "teachers will strike"
        if strike_object(p, cl, vg):
            # "the union launched a strike", "workers walked out"
            vm = VerbMatch(STRIKE, rule="labour:" + vg.lemma, names_object=True)
        if vm is None or not vm.is_event:
            continue
        if vm.code[:2] in VIOLENCE and natural_cause(p, cl, vg):
            continue  # "a fire killed five miners", "injured during the typhoon"
        if nature_warning(p, cl, vm.code):
            continue  # "issued a weather warning", "warned of heavy snow"
        if game_result(p, cl, vg) or game_object(p, cl, vm.code):
            continue  # "Arsenal beat Chelsea 3-1": a match; "hit the crossbar"
        if vm.code[:2] in VIOLENCE and contest_vote(p, vg):
            continue  # "won the election, defeating the incumbent"
        if vg.lemma in wc.dismissal_verbs and dismissal(p, cl, vg):
            continue  # "the president fired his economy minister"
        if (
            vg.lemma in wc.naming_verbs
            and len(cl.objects) > 1
            and vm.rule.startswith("verbs:")
        ):
            continue  # "called the plan a violation of sovereignty": a naming
        if vg.lemma in wc.naming_verbs and cl.objects and named_as(p, cl.objects[0]):
            continue  # "called the strike 'unreasonable'": a naming
        if vg.lemma in wc.person_object_verbs and not upon_people(p, cl, vg):
            continue  # "the projects were executed by army engineers"
        code, reverse = vm.code, False
        if not code and vm.reverse:
            code, reverse = vm.reverse, True
        source, target, parties = clause_parties(p, cl, vg, issuer)
        if reverse:
            source, target = target, source
        if (code[:2] in VIOLENCE or code == _OCCUPY) and plays_games(source):
            continue  # "Manchester City crushed Arsenal", "Shell took control"
        if (
            code[:2] in VIOLENCE
            and cl.objects
            and p.head_word(cl.objects[0]) in wc.armed_objects
            and (source is not None or cl.subject is not None)
            and not bears_arms(source)
        ):
            continue  # "the company began operations in Kenya"
        if vm.names_object and code in wc.sent_object:
            target = recipient(p, cl, source, target)
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
        if code[:3] == "087" and withdrawn_own(p, cl, source, target):
            target = withdrawn_from(p, cl, source)  # "withdrew its forces from"
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
        if not passive(cl, vg):
            code = seized_people(p, cl, vg, code, source)  # "gunmen seized 20 students"
        if code in wc.riot and not passive(cl, vg) and rioters(source):
            code = "145"  # "protesters attacked police", "ransacked the embassy"
        if target is not None and code[:2] in TOPIC_ROOTS:
            target = not_the_victim(p, cl, target)
        if target is None and code[:2] in TOPIC_ROOTS:
            # "expressed concern about Russia's use of the conflict"
            target = topic_of(p, cl, parties)
        if target is None and cl.objects and not passive(cl, vg):
            target = each_other(p, cl.objects[0], subject_actor(p, cl))
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
        named = None
        if vm.names_object and cl.objects and not passive(cl, vg):
            obj = cl.objects[0]
            if p.actor(obj) is None and not p.unnamed(obj):
                named = p.nps[read_phrase(p, obj)].head
        if code[:2] in ("18", "19") and repression(p, clauses, i, source, target):
            code = "175"  # "police killed 12 while stopping the protests"
            vm = VerbMatch(code, rule=vm.rule, names_object=vm.names_object)
        c = verb_candidate(text, ps, vg, code, "events.clause", named)
        c.capital = names_capital(p, cl)
        c.verb, c.source, c.target, c.military = i, source, target, vm.military
        c.unnamed = (
            any(
                p.unnamed(np)
                for np in (cl.subject, cl.agent, cl.objects[0] if cl.objects else None)
            )
            or (
                # "officers arrested a man", "soldiers killed two women": people
                # no actor names are the ones acted upon, as "him" is
                bool(cl.objects) and not passive(cl, vg) and p.people(cl.objects[0])
            )
            or (
                # "two men were arrested", "the activist was sentenced", "a
                # teenager was stabbed to death"; not a death or an injury
                # reported with no one doing it ("four children were wounded")
                passive(cl, vg)
                and cl.subject is not None
                and (code[:2] not in VIOLENCE or vg.lemma in wc.assailant_verbs)
                and p.people(cl.subject)
            )
        )
        c.bare = vm.rule.startswith("verbs:")
        c.crowd = (
            source is None
            and code[:2] == "14"
            and not passive(cl, vg)
            and cl.subject is not None
            and p.head_word(cl.subject) in wc.partitive
        )
        c.rule = "events.passive" if passive(cl, vg) else "events.clause"
        if reverse and not passive(cl, vg):
            c.rule = "events.reverse"  # "faces charges": the subject is acted upon
        c.parties = parties
        c.framed = bool(
            cl.objects
            or (passive(cl, vg) and cl.subject is not None)
            or any(p.words[a.prep] in TARGET_PREPS for a in cl.preps)
            or len(parties) > 1
            or (gov is not None and gov.relation in ABSORBING)
        )
        situate(c, p, cl)
        if dest is not None:
            c.destination = True
            c.place_spans.insert(0, dest)
        qualify(c, cl, vg, conditional[i], condition[i], p)
        cands[i] = c
        if code[:2] in VIOLENCE and source is None and toll_only(p, cl, vg, target):
            tolls.append(i)  # "at least two people were wounded"
    drop_tolls(cands, tolls)  # a toll, no act of force named in the sentence
    for i, c in cands.items():
        if c.cameo[:2] in _UNREAL_ROOTS:
            # "demanded the release of the prisoners", "called for an end to
            # the siege": the act named by the object has not happened
            used.update(clauses[i].objects)
    nouns = argument_nouns(text, ps, p, history, content, used)
    suffered_in(text, ps, p, cands)
    _speakers(p, clauses, govs, cands)
    drop_aims_and_conditions(clauses, govs, cands, condition)
    for i, c in cands.items():
        cl = clauses[i]
        if not c.place_spans and cl.kind == "participial" and cl.governor is not None:
            # "a bomb exploded in Tokyo, killing five people": where the act
            # it hangs from happened
            c.place_spans = place_spans(p, clauses[cl.governor])
    # Governing verbs: one event with what they govern, or a plan for it; the
    # most deeply governed first ("said [it was ready [to mediate]]").
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
        emb = cands.get(i)
        if (
            emb is not None
            and gov.relation == "report"
            and gov.code == _DENIAL
            and not denied_charge(p, clauses[g], cl)
        ):
            del cands[i]  # "denied that its troops had fired": no act, a denial
            continue
        if (gov.relation in ABSORBING and cl.kind == "infinitival") or (
            gov.relation in ("request", "threaten") and cl.kind != "infinitival"
        ):
            head = cands.get(g)
            if head is None:
                continue
            if (
                gov.relation == "threaten"
                and cl.kind != "infinitival"
                and (emb is None or not same_side(head.source, emb.source))
            ):
                # "warned that insurgents could launch attacks": a warning of
                # another's act is a statement, no threat
                retype(head, "010", "events.speech")
                continue
            if (
                gov.lemma in wc.authority_verbs
                and own_forces(head.target, head.source)
                and readiness(p, cl, verbs[cl.verb])
            ):
                # "ordered troops to be ready for combat": an alert (152) of
                # the orderer's own forces
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
                    or (gov.relation == "request" and cl.kind != "infinitival")
                    or addressed(p, clauses[g], head.target)
                )
                if head.target is None and asked:
                    head.target = emb.source
                if gov.lemma in wc.authority_verbs and emb.type in (
                    "COERCE",
                    "SANCTION",
                    "MOBILIZE",
                ):
                    # "ordered the newspaper to suspend publication": 1721 by the
                    # one who orders, upon the one ordered; "ordered the army
                    # to mobilise": the mobilisation of one's own forces
                    retype(head, emb.cameo, "events.order")
                    if emb.type == "MOBILIZE" and own_forces(head.target, head.source):
                        head.target = None
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
            ) or (gov.relation == "request" and cl.kind != "infinitival"):
                # "urged Iran to act", "demanded that Hamas renounce violence"
                subj = p.actor(clauses[i].subject)
                head.target = head.target or subj
        elif gov.relation in ("intend", "schedule", "aspect"):
            # "plans to visit", "began shelling": the governed act is the event
            # ("began a hunger strike to protest": an object, then an aim)
            if clauses[g].objects and cl.kind == "infinitival":
                continue
            cands.pop(g, None)
            if emb is not None and gov.relation == "intend":
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
            and pronoun(p, clauses[i].subject)
        ):
            # "Russia said it would send troops": the speaker.
            spk = subject_actor(p, clauses[g])
            if spk:
                emb.source = spk[0]
                emb.rule = "events.reported"
    drop_scene_relatives(p, clauses, cands)
    drop_noun_aims(p, clauses, cands)
    out = [c for _, c in sorted(cands.items()) if admitted(c)]
    out.extend(c for c in nouns if not agentless_measure(c))
    out.sort(key=lambda c: c.start)
    for c in out:
        settle_force(c)
    out = [c for c in out if refine_mode(c)]
    if not out:
        said = [c for _, c in sorted(speech.items()) if c.source is not None]
        out = said[:1]
    return out
