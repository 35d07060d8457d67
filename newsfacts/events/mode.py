"""The mode of a clause's act: negated, planned, hypothetical, a question, or
unreal (what must, should or can be done).

Read from the clause's verb group (its modal, its perfect) and whether it
stands in or under a condition.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..language.clauses import Clause
from ..language.verbs import VerbGroup
from .candidate import Candidate
from .compose import DENIAL, governor
from .parties import Parties
from .words import word_classes

__all__ = [
    "DEMAND_MODALS",
    "carry",
    "clause_marks",
    "indicative",
    "no_subject",
    "purpose",
    "qualify",
    "subjunctive",
]

DEMAND_MODALS = frozenset({"must", "should"})
"""Modals of obligation: what someone must or should do is a demand when a
speaker says it, else no act."""

_PLANNED_MODALS = frozenset({"will", "would", "shall", "be going to"})
_HYPOTHETICAL_MODALS = frozenset({"could", "may", "might"})
_COUNTERFACTUAL_MODALS = frozenset({"could", "may", "might", "should", "would"})


_NO_ONE = frozenset({"nobody", "none", "nothing", "no-one", "noone"})
"""Heads of a subject that no one is: "nobody was arrested", "none of the
rebels surrendered"."""

_NO_COMPARED = frozenset({"fewer", "less", "more", "longer", "later", "sooner"})
"""Words after "no" that compare a number or a time, no negation: "arrested
no fewer than 20 protesters", "no later than Friday"."""

_NO = frozenset({"no", "neither"})
"""Determiners of a subject that no one is: "no group has claimed
responsibility", "neither side has signed"."""


def no_subject(p: Parties, cl: Clause) -> bool:
    """Whether the clause's subject is no one ("No group has claimed
    responsibility", "Nobody was arrested"): its act is negated."""
    if cl.subject is None:
        return False
    phrase = p.nps[cl.subject]
    return p.words[phrase.start] in _NO or p.words[phrase.head] in _NO_ONE


def no_object(p: Parties, cl: Clause) -> bool:
    """Whether the clause's object is none ("would impose no conditions",
    "the army found no weapons", "killed nobody"): its act is negated, as
    "would not impose conditions" is. "voted no" has no determiner, and "no
    fewer than 20 protesters" is a number (`_NO_COMPARED`); "say no troops
    should be allowed" opens a clause, whose subject the phrase is."""
    if not cl.objects:
        return False
    phrase = p.nps[cl.objects[0]]
    if p.words[phrase.head] in _NO_ONE:
        return True
    first = phrase.start
    if phrase.end < len(p.words) and p.ps.tags[phrase.end][:2] in ("MD", "VB"):
        return False  # "say no foreign troops should be allowed": a clause's subject
    return (
        p.words[first] == "no"
        and phrase.head != first
        and p.words[first + 1] not in _NO_COMPARED
    )


def qualify(
    c: Candidate,
    cl: Clause,
    vg: VerbGroup,
    conditional: bool,
    condition: bool,
    p: Parties | None = None,
) -> None:
    """Negation, modality and questions from the verb group and its clause.
    An act announced on a condition ("will boycott the elections unless the
    president resigns", "may halt mediation if cooperation founders") is the
    actor's plan: an intent, or a threat when hostile; the condition itself is
    hypothetical."""
    c.negated = vg.negated or (
        p is not None and (no_subject(p, cl) or no_object(p, cl))
    )
    c.unreal = vg.modal in DEMAND_MODALS or vg.modal == "can"
    if vg.modal in _COUNTERFACTUAL_MODALS and vg.perfect:
        # "would have punished them", "could have prevented it": what did not
        # happen
        c.mode = "hypothetical"
    elif vg.modal in _PLANNED_MODALS:
        c.mode, c.planned = "planned", True
    elif vg.modal in _HYPOTHETICAL_MODALS:
        c.mode = "hypothetical"
    if conditional:
        c.mode = "hypothetical"
        if not condition and vg.modal is not None and vg.modal != "can":
            c.planned = True
    if cl.question:
        c.mode = "question"


def clause_marks(
    clauses: Sequence[Clause], naming: Collection[int], p: Parties
) -> tuple[list[bool], list[bool], list[bool]]:
    """For each clause: whether it is conditional (it holds or governs an "if"
    or "unless" clause), whether it is the condition itself, and whether it is
    content, what an act is about rather than an act reported ("criticized X
    for engaging in graft", "charged with plotting to overthrow", a naming:
    "what it called")."""
    wc = word_classes()
    conditional = [False] * len(clauses)
    condition = [False] * len(clauses)
    for i, cl in enumerate(clauses):
        if (
            cl.kind == "adverbial"
            and cl.marker is not None
            and p.words[cl.marker] in wc.conditional
        ):
            conditional[i] = condition[i] = True
            if cl.governor is not None:
                conditional[cl.governor] = True
        elif cl.kind in ("complement", "infinitival") and _open_question(p, cl):
            # "It is not clear whether the rebels will accept the offer",
            # "asked if Iran would attack", "discussing whether to impose
            # sanctions": an open question, no act
            conditional[i] = condition[i] = True
    # what an act is about, and what depends on it, is no act reported
    content = [False] * len(clauses)
    for i, cl in enumerate(clauses):
        if cl.kind == "adverbial" and cl.marker is not None:
            content[i] = p.words[cl.marker] in wc.content_markers
        if cl.governor is not None and cl.governor < i and content[cl.governor]:
            content[i] = True
    for i in naming:
        content[i] = True  # "what it called": a naming, no act
    spans = [(cl.start, cl.end) for i, cl in enumerate(clauses) if content[i]]
    spans.extend(_denied(clauses, p))
    for i, cl in enumerate(clauses):
        if cl.kind == "relative" and cl.antecedent is not None and spans:
            # "accused Kabul of sheltering militants who carry out attacks":
            # what describes a noun of the content is content too, and so
            # is what describes a noun of what is denied ("Kabul denies
            # sheltering militants who attacked Pakistan": the denial)
            at = p.nps[cl.antecedent].start
            content[i] = content[i] or any(a <= at < b for a, b in spans)
    for i, cl in enumerate(clauses):
        if cl.kind == "relative" and cl.antecedent is not None:
            content[i] = content[i] or _bounded(p, p.nps[cl.antecedent].start)
        if cl.governor is not None and cl.governor < i and content[cl.governor]:
            # what hangs from such a relative clause: "militants who attacked
            # a post, killing seven soldiers"
            content[i] = True
    return conditional, condition, content


_GOVERNED = frozenset(("infinitival", "complement", "reported"))


def _denied(clauses: Sequence[Clause], p: Parties) -> list[tuple[int, int]]:
    """The token spans of the clauses a verb of denial (`governors.tsv`, code
    016) governs after it ("Kabul denies sheltering militants", "denied that
    it shelters militants"): what the sentence says did not happen, so no
    noun in them is described by an act the sentence reports. (A denial
    after what it denies, "..., a charge Kabul denies", keeps the charge.)"""
    verbs = p.ps.structure.chunks.verbs
    out = []
    for cl in clauses:
        if cl.governor is None or cl.kind not in _GOVERNED:
            continue
        vg = verbs[clauses[cl.governor].verb]
        g = governor(vg.lemma)
        if g is not None and g.code == DENIAL and cl.start > vg.head:
            out.append((cl.start, cl.end))
    return out


def _bounded(p: Parties, start: int) -> bool:
    """Whether the phrase at token `start` hangs from a preposition of a time
    bound (`date_bounds`), back to the last verb or comma: "suspended the
    peace process following a July attack on Mumbai's train network that
    killed nearly 200 people", "has suffered bombings since the explosion in
    February that killed Hariri": the act before or after which the news
    happened, told as background, as the event noun itself is."""
    bounds = word_classes().date_bounds
    tags = p.ps.tags
    for k in range(start - 1, max(start - 12, -1), -1):
        word = p.words[k].lower()
        if word in bounds:
            return True
        if tags[k] in (",", ":") or (
            tags[k].startswith(("VB", "MD")) and word != "following"
        ):
            return False
    return False


def carry(c: Candidate, vg: VerbGroup) -> None:
    """The mode of a verb of plan, schedule or aspect passes to the act it
    governs: "Russia may try to seize more territory" is a possible seizure,
    "did not try to storm the embassy" none, "will begin shelling" a plan,
    "must start talks" an obligation."""
    if vg.negated:
        c.negated = True
    if vg.modal in _HYPOTHETICAL_MODALS:
        c.mode = "hypothetical"
    elif vg.modal in _PLANNED_MODALS and c.mode == "asserted":
        c.mode, c.planned = "planned", True
    elif vg.modal in DEMAND_MODALS or vg.modal == "can":
        c.unreal = True


_OPEN = frozenset({"if", "whether"})


def _open_question(p: Parties, cl: Clause) -> bool:
    """A clause opened by "whether" or "if" as the object of a verb or an
    adjective ("not clear whether", "asked if"), or a "to" clause right after
    "whether" ("whether to impose")."""
    m = cl.marker
    if m is None:
        return False
    word = p.words[m].lower()
    return word in _OPEN or (
        word == "to" and m > 0 and p.words[m - 1].lower() == "whether"
    )


_INDICATIVE = frozenset(("VBD", "VBZ"))


def indicative(p: Parties, vg: VerbGroup) -> bool:
    """A verb group that tells what is so: a past or a third-person present
    form ("was ready", "wants a deal", "had sent"), or a modal of what will or
    may be ("would resume"); not the subjunctive nor "must"/"should"."""
    if vg.modal is not None:
        return vg.modal not in DEMAND_MODALS
    first = vg.auxiliaries[0] if vg.auxiliaries else vg.head
    return p.ps.tags[first] in _INDICATIVE


def purpose(p: Parties, cl: Clause) -> bool:
    """A clause of purpose or result opened by "so that" or "so" ("asking for
    custody of the boy so that he could help reunite him with his father"):
    what the appeal is for, which leaves it an appeal."""
    m = cl.marker
    return m is not None and (
        p.words[m].lower() == "so" or (m > 0 and p.words[m - 1].lower() == "so")
    )


def subjunctive(p: Parties, vg: VerbGroup) -> bool:
    """A bare base form with no modal nor auxiliary ("urged that Israel halt
    settlement building"): what one asks another to do. "suggested that
    Israel was willing", "suggests that Tunisia guards its border" tell what
    is so, no appeal to anyone."""
    return p.ps.tags[vg.head] == "VB" and vg.modal is None and not vg.auxiliaries
