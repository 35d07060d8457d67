"""One record per event within a sentence, and mutual acts in both directions.

Repeated triggers of one act by one source merge into one candidate with all
their mentions; "X and Y protested" becomes one event per protester; "X and Y
met" one event per direction between the parties.
"""

from __future__ import annotations

from ..records import Mention
from .mentions import ActorMention, distinct, scene_modifier
from .sentence import Candidate, Sentence, candidate_like
from .words import word_classes

__all__ = ["merge_in_sentence", "mirror", "symmetric"]


_MAX_PARTIES = 4


def symmetric(c: Candidate) -> bool:
    """A mutual act: "X and Y met", "X held talks with Y", "X signed a deal with Y"."""
    return c.cameo[:3] in word_classes().mutual


def mirror(sent: Sentence, events: list[Candidate]) -> list[Candidate]:
    """Mutual acts as CAMEO coders code them: one event per direction between the
    parties ("X and Y met": X->Y and Y->X; "X held talks with Y": both ways, for
    triggers marked symmetric only). A place the act happens at ("meet in
    Zurich") is no party."""
    out: list[Candidate] = []
    for c in events:
        out.append(c)
        if not symmetric(c) or c.source is None:
            continue
        if len(c.parties) > 1 and (
            c.target is None or any(p.key() == c.target.key() for p in c.parties)
        ):
            parties = c.parties[:_MAX_PARTIES]
        elif "sym" in c.flags and c.target is not None and not _scene(sent, c.target):
            parties = distinct([c.source, c.target])
        else:
            continue
        if len(parties) < 2:
            continue
        c.source, c.target = parties[0], parties[1]
        for a in parties:
            for b in parties:
                if a is b or (a is parties[0] and b is parties[1]):
                    continue
                twin = candidate_like(c, c.cameo, c.rule + "+mutual")
                twin.type = c.type
                twin.source, twin.target = a, b
                out.append(twin)
    return out


def _scene(sent: Sentence, am: ActorMention) -> bool:
    """The mention says where something happens ("in Zurich", "to Beijing")."""
    n = sent.token_index(am.start)
    steps = 0
    while n > 1 and steps < 3 and scene_modifier(sent.words[n - 1]):
        n -= 1  # "from military-ruled Myanmar", "in the war-torn north"
        steps += 1
    if n > 1 and sent.words[n - 1] == "the":
        n -= 1
    prev = sent.words[n - 1] if n > 0 else ""
    return prev in word_classes().locative or prev in {"to", "from"}


def merge_in_sentence(events: list[Candidate]) -> list[Candidate]:
    """One record per event: same type and source in a sentence is one event."""
    out: list[Candidate] = []
    seen: dict[int, set[Mention]] = {}
    for c in events:
        twin = next(
            (
                o
                for o in out[-12:]
                if o.type == c.type
                and c.vp_coordinated
                and o is out[-1]
                and o.negated == c.negated
            ),
            None,
        ) or next(
            (
                o
                for o in out[-12:]
                if o.type == c.type
                and o.negated == c.negated
                and (
                    o.source is None
                    or c.source is None
                    or o.source.key() == c.source.key()
                )
                and (
                    o.target is None
                    or c.target is None
                    or o.target.key() == c.target.key()
                )
            ),
            None,
        )
        if twin is None:
            out.append(c)
            continue
        twin.source = twin.source or c.source
        twin.target = twin.target or c.target
        if id(twin) not in seen:
            seen[id(twin)] = set(twin.mentions)
        known = seen[id(twin)]
        for m in c.mentions:
            if m not in known:
                known.add(m)
                twin.mentions.append(m)
    # "X and Y staged a protest": one event per distinct actor.
    extra: list[Candidate] = []
    for c in out:
        if symmetric(c) and c.target is None and len(c.parties) > 1:
            continue  # "X and Y seek a partnership": X with Y, see mirror
        for other in c.extra_sources:
            if c.source is not None and other.key() != c.source.key():
                twin = candidate_like(c, c.cameo, c.rule)
                twin.type = c.type
                twin.source, twin.target = other, c.target
                twin.negated, twin.mode = c.negated, c.mode
                extra.append(twin)
    return out + extra
