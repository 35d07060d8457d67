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
from .admission import (
    admitted,
    agentless_measure,
    drop_aims_and_conditions,
    drop_noun_aims,
    drop_scene_relatives,
    drop_tolls,
    refine_mode,
)
from .background import described_clauses
from .candidate import Candidate
from .clause_events import read_clause
from .clause_kinds import scene_gerund
from .clause_reads import (
    named_objects,
    nested_agents,
    orders_given,
    shared_arguments,
    speaker_conjuncts,
)
from .compose import Governor
from .force import settle_force
from .governed import absorb_governed
from .mode import clause_marks
from .noun_events import argument_nouns, suffered_in
from .parties import Parties
from .sent_aid import forces_sent_to_aid
from .speakers import resolve_speakers as _speakers

__all__ = ["sentence_events"]

_UNREAL_ROOTS = frozenset(("02", "03", "10", "12", "13"))


def sentence_events(
    text: str, ps: ParsedSentence, p: Parties, history: Sequence[bool] = ()
) -> list[Candidate]:
    """The events one sentence reports, before dates, places and merging.

    `history[i]` marks clause i as dated history ("jailed for fraud in 2010"):
    background, no event."""
    st = ps.structure
    verbs = st.chunks.verbs
    clauses = shared_arguments(nested_agents(st.clauses, verbs, p), verbs, p)
    clauses = speaker_conjuncts(clauses, verbs, p)
    clauses, naming = named_objects(orders_given(clauses, verbs, p), verbs, p)
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
    # what describes a party, a scene or a thing, as the content of a noun,
    # reports no act ("al-Shabab, which has carried out similar attacks")
    described = described_clauses(p, clauses)
    unread = [c or d for c, d in zip(content, described, strict=True)]
    # "captured during fighting": the fighting is the scene, no act
    unread = [u or scene_gerund(p, cl) for u, cl in zip(unread, clauses, strict=True)]
    for i in range(len(clauses)):
        read = read_clause(
            text,
            ps,
            p,
            clauses,
            i,
            skip=bool(history and history[i]) or unread[i],
            conditional=conditional[i],
            condition=condition[i],
            complemented=complemented,
        )
        govs.append(read.governor)
        if read.event is not None:
            (speech if read.speech else cands)[i] = read.event
        if read.noun is not None:
            used.add(read.noun)
        if read.toll:
            tolls.append(i)  # "at least two people were wounded"
    drop_tolls(cands, tolls)  # a toll, no act of force named in the sentence
    for i, c in cands.items():
        if c.cameo[:2] in _UNREAL_ROOTS:
            # "demanded the release of the prisoners", "called for an end to
            # the siege": the act named by the object has not happened
            used.update(clauses[i].objects)
    nouns = argument_nouns(text, ps, p, history, unread, used)
    suffered_in(text, ps, p, cands)
    _speakers(p, clauses, govs, cands)
    forces_sent_to_aid(clauses, cands)  # "sent troops to help Kazakhstan"
    drop_aims_and_conditions(clauses, govs, cands, condition)
    # Governing verbs: one event with what they govern, or a plan for it.
    absorb_governed(text, ps, p, clauses, govs, cands, history)
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
