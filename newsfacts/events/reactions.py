"""Reactions: what a welcome, a condemnation or a rejection of an act named
earlier in the story is aimed at.

"Israel and Hamas reached a ceasefire agreement on Wednesday. ... The
European Union welcomed the agreement." The agreement is the act named
before; whom the welcome is aimed at are its parties. A reaction's object
with "the", "this" or "that", no actor and no party of its own ("welcomed
the agreement", "condemned the sanctions as illegal") is looked up among the
acts of the story named shortly before, by its head noun, which must be a
word of the act's trigger (`named_acts`: "reached a ceasefire agreement",
"imposed sanctions"): the target is that act's source, or its target when the
source is the one reacting ("Iran condemned the sanctions": the United
States, who imposed them). When no earlier act names the noun, the target
stays empty rather than a guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..language.morphology import lemma
from .candidate import Candidate
from .mentions import ActorMention

if TYPE_CHECKING:
    from .parties import Parties

__all__ = ["REACTION_ROOTS", "Act", "named_acts", "reacted_to"]

Act = tuple[frozenset[str], ActorMention | None, ActorMention | None, int]
"""An act named in the story: the nouns of its trigger (as written and as
lemmas), its source, its target, and where it was named (its first character)."""

REACTION_ROOTS = frozenset(("01", "05", "11", "12"))
"""CAMEO roots of a reaction to an act: comment (01), praise or endorse
(05: "welcomed the agreement"), criticize (11: "condemned the sanctions"),
reject (12: "rejected the deal")."""

_DEFINITE = frozenset(("the", "this", "that"))

_BACK = 1500
"""How far back (characters) an act named lends its parties to a reaction:
the few paragraphs of a story's top."""


def named_acts(found: Iterable[Candidate]) -> list[Act]:
    """The acts of one sentence's candidates that have a source, for the
    reactions of later sentences."""
    out: list[Act] = []
    for c in found:
        if c.source is None:
            continue
        words: set[str] = set()
        for m in c.mentions:
            for w in m.text.lower().split():
                words.add(w)
                words.add(lemma(w, "NNS"))
        out.append((frozenset(words), c.source, c.target, c.start))
    return out


def reacted_to(
    p: Parties, np: int, source: ActorMention | None, acts: Sequence[Act]
) -> ActorMention | None:
    """The party of the act named before that noun phrase `np` ("the
    agreement") stands for, other than the one reacting; None when the phrase
    is no definite reference or no act named before fits."""
    phrase = p.nps[np]
    if phrase.determiner is None or p.words[phrase.determiner] not in _DEFINITE:
        return None
    if any(p.actor(a.np) is not None for a in phrase.attachments):
        return None  # "the arrest of the editor": its party is named
    head = p.words[phrase.head]
    at = p.ps.tokens[phrase.start].start
    own = source.key() if source is not None else ""
    side = source.actor.code if source is not None else None
    for words, src, tgt, where in reversed(acts):
        if where < at - _BACK:
            break
        if head not in words and lemma(head, "NNS") not in words:
            continue
        for am in (src, tgt):
            if (
                am is not None
                and am.key() != own
                and not (side and am.actor.code == side)
            ):
                # one of the reactor's own side is no other party ("Kenya's
                # opposition rejects the result ... opposition leader Raila
                # Odinga rejected the result": no target)
                return am
        return None
    return None
