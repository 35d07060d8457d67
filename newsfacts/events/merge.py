"""One record per event within a sentence, and mutual acts.

Repeated verbs of one act by one source ("attacked the base, killing eight")
merge into one candidate with all their mentions. A mutual act ("X and Y met",
"X held talks with Y") is one record with both parties, X as source and Y as
target; `mirror_mutual(..., True)` adds the mirrored record Y->X for those who
count each direction.
"""

from __future__ import annotations

from collections.abc import Callable

from ..language.sentences import ParsedSentence
from .candidate import Candidate
from .mentions import ActorMention
from .words import word_classes

__all__ = [
    "joined_acts",
    "merge_in_sentence",
    "mirror_mutual",
    "mutual_code",
    "symmetric",
]

_MAX_PARTIES = 4


def symmetric(c: Candidate) -> bool:
    """A mutual act: "X and Y met", "X held talks with Y", "X signed a deal with
    Y", "X and Y reached an agreement"."""
    return c.between or mutual_code(c.cameo)


def mutual_code(code: str) -> bool:
    """A code of an act between parties (`mutual` in `code_classes.tsv`): the
    code itself ("0356", a ceasefire) or its three-digit family ("040")."""
    mutual = word_classes().mutual
    return code in mutual or code[:3] in mutual


def _same(a: ActorMention | None, b: ActorMention | None) -> bool:
    return a is None or b is None or a.key() == b.key()


def _linked(a: Candidate, b: Candidate) -> bool:
    """`b` may be merged into `a` without stating a relation the text does
    not. An agentless passive ("two people were killed") says nothing of who
    acted: merged into a report with a source and no target ("the air force
    shot down 35 drones, while the governor said two people were killed") it
    would make that source the killer. A participle continuing the act
    ("was attacked by militiamen, killing 156 people") does merge."""
    return not (
        b.rule == "events.passive"
        and b.source is None
        and a.source is not None
        and a.target is None
    )


_FINITE = frozenset({"main", "complement", "reported"})
"""Kinds of clauses whose joined verbs report acts done. Not infinitives:
"a resolution that aims to tighten sanctions and impose a blockade" is one
aim, whose parts are no acts of their own."""


def joined_acts(ps: ParsedSentence) -> Callable[[int, int], bool]:
    """Whether clauses `i` and `j` of `ps` are joined main clauses (one the
    conjunct of the other, or both of a third), each with an object of its
    own: "declared an emergency, closed the borders and imposed a curfew".
    Not a participle continuing an act ("attacked the base, killing eight"),
    nor verbs sharing one object ("arrested and charged three men"), nor the
    parts of an aim ("aims to tighten sanctions and impose a blockade")."""
    clauses = ps.structure.clauses

    def root(k: int) -> int:
        for _ in range(8):
            up = clauses[k].conjunct_of
            if up is None:
                break
            k = up
        return k

    def joined(i: int, j: int) -> bool:
        a, b = clauses[i], clauses[j]
        return (
            i != j
            and (a.conjunct_of is not None or b.conjunct_of is not None)
            and root(i) == root(j)
            and a.kind == b.kind
            and a.kind in _FINITE
            and bool(a.objects)
            and bool(b.objects)
            and not set(a.objects) & set(b.objects)
        )

    return joined


def merge_in_sentence(
    events: list[Candidate], joined: Callable[[int, int], bool] | None = None
) -> list[Candidate]:
    """Same type, same polarity, compatible parties in a sentence: one event.

    But for the acts of joined verbs (`joined(verb, verb)`: main verbs joined
    by a comma or "and", each with an object of its own) of different codes:
    "Authorities declared an emergency, closed the borders and imposed a
    curfew" are three acts, not three reports of one."""
    out: list[Candidate] = []
    for c in events:
        apart = [
            o
            for o in out[-8:]
            if joined is not None
            and o.cameo != c.cameo
            and o.verb >= 0
            and c.verb >= 0
            and joined(o.verb, c.verb)
        ]
        for o in apart:
            o.own_act = c.own_act = True
        twin = next(
            (
                o
                for o in out[-8:]
                if o not in apart
                and o.type == c.type
                and o.negated == c.negated
                and _same(o.source, c.source)
                and _same(o.target, c.target)
                and _linked(o, c)
            ),
            None,
        )
        if twin is None:
            out.append(c)
            continue
        twin.source = twin.source or c.source
        twin.target = twin.target or c.target
        twin.mentions.extend(m for m in c.mentions if m not in twin.mentions)
    return out


def mirror_mutual(events: list[Candidate], mirror: bool) -> list[Candidate]:
    """Mutual acts once, X->Y; with `mirror`, also every other direction between
    up to four parties."""
    if not mirror:
        return events
    out: list[Candidate] = []
    for c in events:
        out.append(c)
        if not symmetric(c) or c.source is None or c.target is None:
            continue
        parties: list[ActorMention] = []
        for a in (c.source, c.target, *c.parties):
            if all(a.key() != o.key() for o in parties):
                parties.append(a)
        parties = parties[:_MAX_PARTIES]
        for a in parties:
            for b in parties:
                if a is b or (a is c.source and b is c.target):
                    continue
                twin = Candidate(
                    c.start, c.end, c.cameo, c.type, c.sentence, c.verb, a, b
                )
                twin.negated, twin.mode, twin.rule = (
                    c.negated,
                    c.mode,
                    c.rule + "+mutual",
                )
                twin.mentions = list(c.mentions)
                twin.place_spans = c.place_spans
                out.append(twin)
    return out
