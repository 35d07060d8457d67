"""One record per event within a sentence, and mutual acts.

Repeated verbs of one act by one source ("attacked the base, killing eight")
merge into one candidate with all their mentions. A mutual act ("X and Y met",
"X held talks with Y") is one record with both parties, X as source and Y as
target; `mirror_mutual(..., True)` adds the mirrored record Y->X for those who
count each direction.
"""

from __future__ import annotations

from .candidate import Candidate
from .mentions import ActorMention
from .words import word_classes

__all__ = ["merge_in_sentence", "mirror_mutual", "mutual_code", "symmetric"]

_MAX_PARTIES = 4


def symmetric(c: Candidate) -> bool:
    """A mutual act: "X and Y met", "X held talks with Y", "X signed a deal with Y"."""
    return mutual_code(c.cameo)


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


def merge_in_sentence(events: list[Candidate]) -> list[Candidate]:
    """Same type, same polarity, compatible parties in a sentence: one event."""
    out: list[Candidate] = []
    for c in events:
        twin = next(
            (
                o
                for o in out[-8:]
                if o.type == c.type
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
