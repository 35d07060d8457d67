"""The clauses of a sentence as the events stage reads them: arguments a verb
shares with the verb it is joined to ("arrested and charged three men"), and
the object a speaker names ("condemned what it called the Israeli
aggression"). Each returns the clauses unchanged when nothing applies.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..knowledge.titles import titles
from ..language.clauses import Clause
from ..language.verbs import VerbGroup
from ..records import ActorKind
from .clause_match import match_clause, passive
from .compose import governor, speech_lemmas
from .nouns import event_noun
from .parties import Parties
from .patterns import word_class
from .words import word_classes

__all__ = [
    "dismissal",
    "named_objects",
    "orders_given",
    "readiness",
    "seized_abstract",
    "shared_arguments",
    "speaker_conjuncts",
]


def nested_agents(
    clauses: Sequence[Clause], verbs: Sequence[VerbGroup], p: Parties
) -> Sequence[Clause]:
    """A passive clause with no "by" agent of its own takes one read as a
    phrase of its complement's noun, when it names an actor: "was charged
    with fraud by federal prosecutors", "were sentenced to death by a
    military court" (the prosecutors charge, the court sentences). Only
    the last complement's "by" phrase, which stands where an agent of the
    verb would. A noun of an act keeps its own doer ("called for action by
    the central bank"; "killed in an air strike by government forces" is
    the strike's, read from the noun)."""
    out: list[Clause] | None = None
    acts = word_classes().act_by_nouns
    weapons = word_class("&WEAPON")
    for j, cl in enumerate(clauses):
        if cl.agent is not None or not cl.preps or verbs[cl.verb].voice != "passive":
            continue
        np = cl.preps[-1].np
        if p.head_word(np) in acts or event_noun(p, np) is not None:
            continue  # "killed in an air strike by government forces": the strike's
        last = p.nps[np]
        by = next((a.np for a in last.attachments if p.words[a.prep] == "by"), None)
        if by is None or p.head_word(by) in weapons or not p.group(by):
            continue  # "blown up over Ukraine by a missile": the weapon, no doer
        if out is None:
            out = list(clauses)
        out[j] = attrs.evolve(cl, agent=by)
    return clauses if out is None else out


def shared_arguments(
    clauses: Sequence[Clause], verbs: Sequence[VerbGroup], p: Parties
) -> Sequence[Clause]:
    """Clauses whose verb is joined by "and" or "or" straight to the next verb
    share that verb's arguments when they have none of their own: "police
    arrested and charged three men" arrested the three men, "five Americans
    were detained and deported by China" were detained by China. A first verb
    with an object of its own keeps it ("arrested three men and charged
    them")."""
    out: list[Clause] | None = None
    for j, cl in enumerate(clauses):
        i = cl.conjunct_of
        if i is None or not 0 <= i < j:
            continue
        first = clauses[i]
        a, b = verbs[first.verb], verbs[cl.verb]
        if b.start != a.end + 1 or p.words[a.end] not in ("and", "or"):
            continue  # "killed one and wounded two": each has its own
        if a.voice != b.voice or first.preps:
            continue
        if a.voice == "passive":
            if first.agent is not None or cl.agent is None:
                continue
            shared = attrs.evolve(first, agent=cl.agent, end=max(first.end, cl.end))
        else:
            if first.objects or not cl.objects:
                continue
            shared = attrs.evolve(first, objects=cl.objects, preps=cl.preps)
        if out is None:
            out = list(clauses)
        out[i] = shared
    return clauses if out is None else out


# CAMEO roots of verbal acts a pattern codes: appeals, intents, demands,
# disapproval, rejection, threats ("called for", "urged"). A statement (01)
# counts only for a verb of speech: "spread" alone is coded 010 too.
_VERBAL_ROOTS = frozenset(("02", "03", "10", "11", "12", "13"))
_REPORTED = frozenset(("complement", "reported"))  # what a verb of speech says


def _verbal(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """The clause's verb is a verbal act: of speech, appeal, demand, refusal,
    threat or intent ("said", "urged", "called for", "warned")."""
    if governor(vg.lemma) is not None:
        return True
    vm = match_clause(p, cl, vg)
    return vm is not None and vm.code[:2] in _VERBAL_ROOTS


def speaker_conjuncts(
    clauses: Sequence[Clause], verbs: Sequence[VerbGroup], p: Parties
) -> Sequence[Clause]:
    """A verbal act joined by "and" or "but" to what a speaker reports is the
    speaker's own: "the minister said the talks were productive but called
    for more aid" (the minister called, not the talks), "said Iran was ready
    and urged Washington to lift sanctions". Coordinated verbs share their
    subject, and a verb of speech or appeal in the tense of the verb of
    speech is joined to it rather than to the reported clause; an act of
    another kind stays the reported subject's ("said the army attacked the
    town and killed 20 people")."""
    out: list[Clause] | None = None
    speech = speech_lemmas()
    for j, cl in enumerate(clauses):
        i = cl.conjunct_of
        if i is None or not 0 <= i < j or cl.subject_via != "coordination":
            continue
        g = clauses[i].governor
        if clauses[i].kind not in _REPORTED or g is None or not 0 <= g < i:
            continue
        said, vg = verbs[clauses[g].verb], verbs[cl.verb]
        if (
            said.lemma not in speech
            or clauses[g].subject is None
            or vg.tense != said.tense
            or vg.auxiliaries  # "had done enough and warned", "does not guarantee"
        ):
            continue
        if not _verbal(p, cl, vg) or _verbal(p, clauses[i], verbs[clauses[i].verb]):
            continue  # "said the rebels rejected the offer and demanded ...": theirs
        if out is None:
            out = list(clauses)
        out[j] = attrs.evolve(
            cl,
            kind=clauses[g].kind,
            subject=clauses[g].subject,
            governor=clauses[g].governor,
            conjunct_of=g,
        )
    return clauses if out is None else out


_NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "brand"})


def named_objects(
    clauses: Sequence[Clause], verbs: Sequence[VerbGroup], p: Parties
) -> tuple[Sequence[Clause], set[int]]:
    """ "Condemned what it called the Israeli aggression", "criticized what
    it described as US interference": what the speaker names is the object of
    the verb governing the naming, and the naming itself is no act. Returns
    the clauses (the governing ones with that object) and the naming clauses."""
    out: list[Clause] | None = None
    naming: set[int] = set()
    for j, cl in enumerate(clauses):
        g = cl.governor
        if (
            g is None
            or cl.kind != "complement"
            or cl.subject is None
            or verbs[cl.verb].lemma not in _NAMING_VERBS
        ):
            continue
        start = p.nps[cl.subject].start
        if start == 0 or p.words[start - 1].lower() != "what":
            continue
        named = (
            cl.objects[:1]
            or tuple(a.np for a in cl.preps if p.words[a.prep] == "as")[:1]
        )
        naming.add(j)
        if not named or clauses[g].objects:
            continue
        if out is None:
            out = list(clauses)
        out[g] = attrs.evolve(out[g], objects=named, preps=(*out[g].preps, *cl.preps))
    return (clauses if out is None else out), naming


def orders_given(
    clauses: Sequence[Clause], verbs: Sequence[VerbGroup], p: Parties
) -> Sequence[Clause]:
    """An order given or issued (`order_verbs` with an `order_nouns` object)
    governs the infinitive right after its noun, as "ordered" governs its
    own: "gave the order to be ready for defense" is read as "gave the order
    to the army to be on high alert" is. The one the order is given to may
    follow what is ordered ("gave the order to be ready for defense to all
    paramilitaries"): a "to" phrase hanging from the infinitive's last noun
    is then the recipient, a complement of the giving verb."""
    wc = word_classes()
    out: list[Clause] | None = None
    for j, cl in enumerate(clauses):
        if cl.kind != "infinitival" or cl.governor is not None or cl.antecedent is None:
            continue
        k = next(
            (
                k
                for k, up in enumerate(clauses)
                if up.objects[:1] == (cl.antecedent,)
                and verbs[up.verb].lemma in wc.order_verbs
                and not passive(up, verbs[up.verb])
                and p.head_word(cl.antecedent) in wc.order_nouns
            ),
            None,
        )
        if k is None:
            continue
        if out is None:
            out = list(clauses)
        out[j] = attrs.evolve(cl, governor=k)
        up = out[k]
        if any(p.words[a.prep].lower() == "to" for a in up.preps) or not cl.preps:
            continue
        last = p.nps[cl.preps[-1].np]
        to = [a for a in last.attachments if p.words[a.prep].lower() == "to"]
        if to and p.actor(to[0].np) is not None:
            out[k] = attrs.evolve(up, preps=(*up.preps, to[0]))
    return clauses if out is None else out


def dismissal(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """The object of "fire", "sack" or "dismiss" is a person, an official or
    workers: a dismissal ("fired his economy minister", "dismissed his top
    general", "the company fired 200 workers"), no
    shot and no rebuff; a passive subject likewise ("the coach was sacked"). An
    "as" phrase that names no office makes "dismiss" a rebuff again
    ("dismissed him as a puppet"; not "dismissed him as minister")."""
    np = cl.subject if passive(cl, vg) else (cl.objects[0] if cl.objects else None)
    if np is None:
        return False
    am = p.actor(np)
    if am is None:
        # "fired the country's army chief": one holder of an office no actor names
        return p.head_word(np) in word_classes().office_holders
    for a in cl.preps:
        if p.words[a.prep] == "as" and (p.head_word(a.np),) not in titles():
            return False  # "dismissed Zelenskiy as a puppet": a rebuff, no dismissal
    kind = am.actor.kind
    # a person, one holder of a role ("his economy minister", "its coach"), or
    # holders of jobs ("fired 200 workers", "sacked two ministers")
    return kind == ActorKind.PERSON or (
        kind == ActorKind.GROUP
        and (
            not p.head_word(np).endswith("s")
            or (am.actor.code or "")[3:6] in _JOB_HOLDERS
        )
    )


_JOB_HOLDERS = frozenset({"LAB", "GOV", "MIL", "COP", "JUD"})
"""CAMEO sectors of workers and officials: a number of them fired or sacked
lose their jobs ("the company fired 200 workers", "the president sacked two
ministers"); critics or protesters dismissed may be rebuffed."""


def seized_abstract(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """What a verb of hijacking takes is a process or a cause (`abstract_patients`):
    a figure of speech, no seizure ("the protests had been hijacked by
    dangerous people", "accused them of hijacking the debate"); a plane, a
    ship or people hijacked stay one."""
    np = cl.subject if passive(cl, vg) else (cl.objects[0] if cl.objects else None)
    if np is None or p.actor(np) is not None:
        return False
    return p.head_word(np).lower() in word_classes().abstract_patients


def readiness(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """What forces are ordered to do is to be ready: "to be ready for
    combat", "to prepare for defense", "to be on alert"."""
    words = word_classes().readiness_words
    return vg.lemma in words or any(
        p.words[k].lower() in words for k in range(vg.end, cl.end)
    )
