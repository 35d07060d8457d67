"""Events of a governing predicate: an adjective or participle after "be"
that governs an act ("is ready to contribute troops", "is opposed to French
mediation", "was ready for talks with Ukraine"). Helper of
`events/reading.py`; the predicates and their relations are
`events/data/predicates.tsv`."""

from __future__ import annotations

from collections.abc import Sequence

from ..language.sentences import ParsedSentence
from .candidate import Candidate, verb_candidate
from .clause_actors import acted_upon
from .clause_kinds import predicate_object
from .clause_places import situate
from .compose import Governor, composed
from .mentions import ActorMention
from .noun_events import predicate_noun
from .parties import Parties

__all__ = ["predicate_event"]


def predicate_event(
    text: str,
    ps: ParsedSentence,
    p: Parties,
    i: int,
    pred: tuple[Governor, int],
    sources: Sequence[ActorMention],
    *,
    complemented: bool,
) -> Candidate | None:
    """The event of clause `i`'s predicate `pred` (its governor and token),
    with `sources` as its doers, or None: the predicate's own code when it
    governs an act (a "to" clause, `complemented`, or a "to" phrase that is an
    act), composed with an act a noun names after "for" or "to" ("ready for
    talks with Ukraine": an intent to negotiate, 036)."""
    cl = ps.structure.clauses[i]
    vg = ps.structure.chunks.verbs[cl.verb]
    pg, word = pred
    source = sources[0] if sources else None
    governs = complemented or predicate_object(p, cl, pg)
    acted = None if governs else predicate_noun(text, ps, p, cl, source)
    if acted is not None and pg.code:
        code = composed(pg.relation, acted.type, acted.cameo, pg.code)
        c = verb_candidate(text, ps, vg, code, "events.predicate", word)
        c.source, c.target = source, acted.target
    elif pg.code and governs:
        c = verb_candidate(text, ps, vg, pg.code, "events.predicate", word)
        c.source = source
        c.target = acted_upon(p, cl, sources)
    else:
        return None
    c.verb, c.framed, c.parties = i, True, list(sources)
    situate(c, p, cl)
    return c
