"""Compound parties: one record per source and target pair.

Dyadic event data counts an act by each party of a compound actor: "Russia and
Belarus attacked Ukraine" is an attack by Russia on Ukraine and one by Belarus
on Ukraine; "the United States imposed sanctions on Iran and North Korea" is a
sanction of each. An `Event` has one source and one target, so an act whose
source or target is a coordination of actors ("A and B", "A, B and C", "the two
countries") becomes one candidate per pair, up to `_MAX_EACH` on each side.

A mutual act between the members of one coordination ("Israel and Hamas agreed
to a ceasefire", "the two armies clashed") stays one record, first member to
second (`events.find(..., mirror=True)` adds the other directions); members of
a choice ("Russia or Belarus") are no compound actor.

One record per pair is what dyadic event data counts, and it is an option
(`Parser(each_pair=True)`): by default an act is one record, its first source
and first target, as event codebooks and their gold standards count an act
with a compound actor once.
"""

from __future__ import annotations

import attrs

from .candidate import Candidate
from .mentions import ActorMention
from .merge import mutual_code
from .parties import Parties

__all__ = ["pair_up"]

_MAX_EACH = 4
"""Members of a coordination that each get a record: a long list ("the
leaders of 27 countries") is a summit's roll call, not a dyad each."""

_ALTERNATIVE = frozenset({"or", "nor"})


def _coordinations(p: Parties) -> dict[int, list[ActorMention]]:
    """Start of each member's mention -> the members of its coordination, for
    every noun phrase of the sentence coordinated with others by "and" (or a
    comma list ending in "and"), or a pair noun ("the two countries")."""
    out: dict[int, list[ActorMention]] = {}
    for k, np in enumerate(p.nps):
        pair = np.head - np.start == 2 and p.words[np.start + 1] == "two"
        if not np.conjuncts and not pair:
            continue
        if np.conjuncts:
            last = p.nps[np.conjuncts[-1]]
            if any(w in _ALTERNATIVE for w in p.words[np.end : last.start]):
                continue
        members = p.group(k)
        if len(members) < 2:
            continue
        for am in members:
            out.setdefault(am.start, members)
    return out


def _members(
    group: list[ActorMention] | None, party: ActorMention | None
) -> list[ActorMention | None]:
    """The parties of one side: the members of its coordination (the party
    itself as the candidate holds it, placed or owned), else the party."""
    if group is None or party is None:
        return [party]
    return [party if a.start == party.start else a for a in group[:_MAX_EACH]]


def pair_up(
    cands: list[Candidate], p: Parties, *, each_pair: bool = True
) -> list[Candidate]:
    """`cands` with each act of a compound source or target as one candidate per
    pair of distinct parties, the first pair in the original's place; with
    `each_pair=False`, the first pair alone. Either way a mutual act of the
    members of one coordination has its second member as target."""
    if not cands:
        return cands
    groups = _coordinations(p)
    if not groups:
        return cands
    out: list[Candidate] = []
    for c in cands:
        sources = groups.get(c.source.start) if c.source is not None else None
        targets = groups.get(c.target.start) if c.target is not None else None
        if sources is not None and c.target is None and mutual_code(c.cameo):
            # "Japan and North Korea held talks", "Cuba and Panama agreed to
            # restore relations": an act between the members, first to second
            first_start = sources[0].start if c.source is None else c.source.start
            c.target = next(a for a in sources if a.start != first_start)
            out.append(c)
            continue
        if (
            (sources is None and targets is None)
            or (sources is not None and targets is sources)
            or not each_pair
        ):
            out.append(c)  # one party a side, or "X and Y met": one mutual act
            continue
        first = True
        for s in _members(sources, c.source):
            for t in _members(targets, c.target):
                if s is not None and t is not None and s.key() == t.key():
                    continue
                if first:
                    c.source, c.target = s, t
                    c.rule += "+compound"
                    out.append(c)
                    first = False
                    continue
                out.append(
                    attrs.evolve(
                        c,
                        source=s,
                        target=t,
                        parties=[a for a in (s, t) if a is not None],
                        place_spans=list(c.place_spans),
                        mentions=list(c.mentions),
                    )
                )
        if first:
            out.append(c)
    return out
