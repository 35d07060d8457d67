"""A participle of harm after a relative clause, read as the main clause's.

"Troops opened fire on protesters who stormed parliament, killing five": the
language layer hangs "killing five" from the nearest verb ("stormed"), whose
subject is the protesters. News English puts the result of an act of force
after the whole clause, relative and all: the troops' fire killed the five.
So, when the main clause is an act of force, the relative clause is none (or
a crowd's riot: "protesters who stormed parliament") and the participle after
the comma names harm (an act of force itself), the
participle is read as hanging from the main clause, with its subject ("Israeli
jets bombed a building where militants were hiding, killing 12 people").
When the relative clause is itself an act of force the participle stays its
own ("police arrested a man who opened fire in a mall, killing three").
"""

from __future__ import annotations

import attrs

from ..language.clauses import Clause
from ..language.sentences import ParsedSentence
from .admission import VIOLENCE
from .clause_kinds import rioters
from .clause_match import match_clause, passive
from .parties import Parties

__all__ = ["reattached"]

_REPRESSION = "175"


def reattached(ps: ParsedSentence, p: Parties) -> ParsedSentence:
    """`ps` with each participle of harm after a relative clause hung from the
    clause the relative's antecedent belongs to (see the module's docstring);
    `ps` itself when there is none. `p` reads `ps`'s actors and words."""
    clauses = ps.structure.clauses
    moved: dict[int, Clause] = {}
    for i, cl in enumerate(clauses):
        main = _main_of(p, clauses, cl)
        if main is not None:
            moved[i] = attrs.evolve(
                cl,
                governor=main,
                subject=clauses[main].subject,
                subject_via="control",
            )
    if not moved:
        return ps
    new = tuple(moved.get(i, cl) for i, cl in enumerate(clauses))
    return attrs.evolve(ps, structure=attrs.evolve(ps.structure, clauses=new))


def _main_of(p: Parties, clauses: tuple[Clause, ...], cl: Clause) -> int | None:
    """The clause a participle of harm after a comma and a relative clause
    belongs to, or None when it belongs where the parser hung it."""
    if cl.kind != "participial" or cl.subject_via != "control" or cl.governor is None:
        return None
    rel = clauses[cl.governor]
    if rel.kind != "relative" or rel.antecedent is None:
        return None
    verbs = p.ps.structure.chunks.verbs
    vg = verbs[cl.verb]
    if vg.start == 0 or p.words[vg.start - 1] != "," or not _forceful(p, cl):
        return None
    main = next(
        (
            k
            for k, m in enumerate(clauses)
            if m is not rel
            and (
                rel.antecedent in m.objects
                or any(a.np == rel.antecedent for a in m.preps)
            )
        ),
        None,
    )
    if main is None:
        return None
    m = clauses[main]
    if m.subject is None or passive(m, verbs[m.verb]) or m.end > vg.start:
        return None
    if not _forceful(p, m):
        return None
    if _forceful(p, rel) and not rioters(p.actor(rel.subject)):
        return None  # "a man who opened fire in a mall, killing three"
    return main


def _forceful(p: Parties, cl: Clause) -> bool:
    """Whether the clause's verb pattern codes an act of force (CAMEO 18 to
    20, or violent repression)."""
    vm = match_clause(p, cl, p.ps.structure.chunks.verbs[cl.verb])
    return vm is not None and (vm.code[:2] in VIOLENCE or vm.code == _REPRESSION)
