"""Reading one clause: the event it reports, if any.

A clause is no event when it is history, the content of a noun, or says
what a noun or a habit is; a predicate ("is ready to contribute troops")
reports its own act; a verb of speech reports a statement, or the act its
object names ("declared a ceasefire"); a light verb reports its event noun
("launched an attack on"); any other verb reports what its CAMEO pattern
codes (`events/verb_events.py`). What a governing verb governs is joined
later (`events/governed.py`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from attrs import frozen

from ..language.clauses import Clause
from ..language.sentences import ParsedSentence
from .background import no_act_of_its_own
from .candidate import Candidate, verb_candidate
from .clause_actors import acted_upon, subject_actor
from .clause_kinds import demonstration, weapon_upon_people
from .clause_match import match_clause, passive
from .clause_places import aside_spans
from .compose import ABSORBING, Governor, governor
from .labour import STRIKE, labour_strike, strike_object
from .mode import qualify
from .noun_events import light_noun, placed_noun
from .parties import Parties
from .patterns import NO_EVENT, VerbMatch
from .predicate_events import predicate_event
from .speakers import issuer as _issuer
from .speakers import predicate_of as _predicate
from .verb_events import verb_event
from .words import word_classes

__all__ = ["ClauseRead", "read_clause"]


@frozen(slots=True)
class ClauseRead:
    """What one clause reports: its governing role (for the verbs it
    governs), its event, whether that event is a statement alone (kept only
    when the sentence reports nothing else), the noun phrase read as an
    event noun, and whether the event is only a toll of civilians."""

    governor: Governor | None
    event: Candidate | None = None
    speech: bool = False
    noun: int | None = None
    toll: bool = False


def read_clause(
    text: str,
    ps: ParsedSentence,
    p: Parties,
    clauses: Sequence[Clause],
    i: int,
    *,
    skip: bool,
    conditional: bool,
    condition: bool,
    complemented: Collection[int],
) -> ClauseRead:
    """The event clause i reports. `skip` marks a clause that is history or
    the content of a noun: it governs, but reports nothing."""
    cl = clauses[i]
    vg = ps.structure.chunks.verbs[cl.verb]
    wc = word_classes()
    vm = match_clause(p, cl, vg)
    pred = _predicate(p, vg)
    gov = pred[0] if pred else governor(vg.lemma, vm.code if vm else "")
    if (
        pred is None
        and vg.lemma in wc.order_verbs
        and cl.objects
        and p.head_word(cl.objects[0]) in wc.order_nouns
    ):
        # "gave the order to be ready for defense": an order given governs
        # what is ordered as "ordered" does
        gov = governor("order", vm.code if vm else "") or gov
    if skip:
        return ClauseRead(gov)
    if no_act_of_its_own(p, clauses, cl, vg):
        return ClauseRead(
            gov
        )  # "demonstrators opposing the taxes", "bandits often kidnap"
    issuer = _issuer(p, clauses, cl)
    if pred is not None:
        # "is ready to contribute troops", "is opposed to French mediation"
        sources = list(issuer) or subject_actor(p, cl)
        c = predicate_event(
            text, ps, p, i, pred, sources, complemented=i in complemented
        )
        if c is not None:
            qualify(c, cl, vg, conditional, condition, p)
        return ClauseRead(gov, c)
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
            c = placed_noun(nc, i, p, cl, vg, conditional, condition)
            return ClauseRead(gov, c, noun=nc.np)
    if (
        gov is not None
        and gov.relation == "report"
        and vg.lemma in wc.thing_speech_verbs
        and cl.objects
    ):
        return ClauseRead(gov)  # "Netflix added 9 million subscribers": a thing added
    if (
        gov is not None
        and gov.relation == "report"
        and not specific
        and cl.objects
        and _figure(p, cl, cl.objects[0])
    ):
        return ClauseRead(gov)  # "the company reported a loss": a business figure
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
        if not code or code == NO_EVENT:
            return ClauseRead(gov)
        if passive(cl, vg) and not issuer:
            # "a British man was reported missing": the subject is what is
            # said; the speaker is the agent ("was reported by state media")
            sources = p.group(cl.agent)
            if not sources:
                return ClauseRead(gov)
        else:
            sources = list(issuer) or subject_actor(p, cl)
        c = verb_candidate(text, ps, vg, code, "events.speech", named)
        c.source = sources[0] if sources else None
        c.target = acted_upon(p, cl, sources)
        # "accused the men of stealing cars": the one accused is the
        # object, though no actor names it
        c.framed = code[:2] == "11" and bool(cl.objects)
        c.aside_spans = aside_spans(p, cl)  # "Almeida, who governed to 2016"
        qualify(c, cl, vg, conditional, condition, p)
        return ClauseRead(gov, c, speech=code.startswith("01"))
    if vm is None or not vm.is_event or vm.rule.startswith("verbs:"):
        # "launched an attack on", "held talks with", "protests erupted"
        nc = light_noun(text, ps, p, cl, vg)
        if nc is not None:
            c = placed_noun(nc, i, p, cl, vg, conditional, condition)
            return ClauseRead(gov, c, noun=nc.np)
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
    if (vm is None or vm.rule.startswith("verbs:")) and weapon_upon_people(p, cl, vg):
        # "police sprayed protesters with water cannon"
        vm = VerbMatch("175", rule="repression:" + vg.lemma)
    if (vm is None or vm.rule.startswith("verbs:")) and labour_strike(p, cl, vg):
        vm = VerbMatch(STRIKE, rule="labour:" + vg.lemma)  # "teachers will strike"
    if strike_object(p, cl, vg):
        # "the union launched a strike", "workers walked out"
        vm = VerbMatch(STRIKE, rule="labour:" + vg.lemma, names_object=True)
    if vm is None or not vm.is_event:
        return ClauseRead(gov)
    read = verb_event(text, ps, p, clauses, i, vm, gov, issuer, conditional, condition)
    if read is None:
        return ClauseRead(gov)
    return ClauseRead(gov, read[0], toll=read[1])


def _figure(p: Parties, cl: Clause, np: int) -> bool:
    """The clause's object names a business or budget figure (`figure_nouns`:
    "a loss of $2 billion", "record profits"), or a change in one
    (`figure_changes` with an "in" phrase of one, the object's or the
    clause's: "a 20 percent rise in profit")."""
    wc = word_classes()
    head = p.head_word(np).lower()
    if head in wc.figure_nouns:
        return True
    return head in wc.figure_changes and any(
        p.words[a.prep].lower() == "in" and p.head_word(a.np).lower() in wc.figure_nouns
        for a in (*p.nps[np].attachments, *cl.preps)
    )
