"""The noun phrase records: a phrase, and a prepositional phrase attached to it.

Kept apart from the rules that find them (`chunks`, `_relations`) so both can
build them; `chunks` re-exports them.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ._build import draft

__all__ = ["Attachment", "NounPhrase", "attachment", "few", "noun_phrase", "relate"]

_FEW = 4  # items of a list a repr shows


def few(items: Iterable[str]) -> str:
    """At most four items joined by commas, "..." for the rest (short reprs)."""
    shown = list(items)
    return ",".join(shown[:_FEW]) + (",..." if len(shown) > _FEW else "")


@attrs.frozen(slots=True, repr=False, weakref_slot=False)
class Attachment:
    """A prepositional phrase attached to a noun phrase: "on" + NP "the convoy"."""

    prep: int  # token index of the preposition
    np: int  # index into Chunks.nps of the preposition's object

    def __repr__(self) -> str:
        return f"Attachment(prep@{self.prep} np#{self.np})"


@attrs.frozen(slots=True, repr=False, weakref_slot=False)
class NounPhrase:
    """A noun phrase: token span `[start, end)` of the sentence, its head and parts.

    `determiner` is the token of "the"/"a"/"his"... (None when a possessor
    determines it); `premodifiers` are the tokens between determiner and head;
    `possessor` is the index (in `Chunks.nps`) of the nested possessor phrase,
    whose own `possessive` is True. `proper` says the head is a proper noun,
    `pronoun` that the phrase is a pronoun. `attachments` are the prepositional
    phrases safely attached to it; `apposition` the phrase in apposition;
    `conjuncts` the phrases coordinated with it (set on the first conjunct only).
    """

    start: int
    end: int
    head: int
    determiner: int | None = None
    premodifiers: tuple[int, ...] = ()
    possessor: int | None = None
    possessive: bool = False
    proper: bool = False
    pronoun: bool = False
    attachments: tuple[Attachment, ...] = ()
    apposition: int | None = None
    conjuncts: tuple[int, ...] = ()

    def __repr__(self) -> str:
        bits = [f"head@{self.head}"]
        bits += [f for f in ("proper", "pronoun", "possessive") if getattr(self, f)]
        if self.possessor is not None:
            bits.append(f"possessor#{self.possessor}")
        if self.attachments:
            bits.append("pp=" + few(f"{a.prep}>#{a.np}" for a in self.attachments))
        if self.apposition is not None:
            bits.append(f"apposition#{self.apposition}")
        if self.conjuncts:
            bits.append("and=" + few(f"#{c}" for c in self.conjuncts))
        return f"NounPhrase[{self.start}:{self.end}]({' '.join(bits)})"


# (No weak-reference slot on the record: a draft must share its layout.)
_Draft = draft(
    NounPhrase,
    "start end head determiner premodifiers possessor possessive proper pronoun "
    "attachments apposition conjuncts",
)
# The slots `relate` sets on a phrase already made.
_set_attachments, _set_apposition, _set_conjuncts = (
    vars(NounPhrase)[name].__set__
    for name in ("attachments", "apposition", "conjuncts")
)


def noun_phrase(
    *,
    start: int,
    end: int,
    head: int,
    determiner: int | None = None,
    premodifiers: tuple[int, ...] = (),
    possessor: int | None = None,
    possessive: bool = False,
    proper: bool = False,
    pronoun: bool = False,
    attachments: tuple[Attachment, ...] = (),
    apposition: int | None = None,
    conjuncts: tuple[int, ...] = (),
) -> NounPhrase:
    """`NounPhrase(...)`, built as a draft (see `_build`): the chunker makes
    one every few tokens."""
    d = _Draft()
    d.start = start
    d.end = end
    d.head = head
    d.determiner = determiner
    d.premodifiers = premodifiers
    d.possessor = possessor
    d.possessive = possessive
    d.proper = proper
    d.pronoun = pronoun
    d.attachments = attachments
    d.apposition = apposition
    d.conjuncts = conjuncts
    d.__class__ = NounPhrase
    p: NounPhrase = d
    return p


_AttachmentDraft = draft(Attachment, "prep np")


def attachment(prep: int, np: int) -> Attachment:
    """`Attachment(prep, np)`, built as a draft (see `_build`)."""
    d = _AttachmentDraft()
    d.prep = prep
    d.np = np
    d.__class__ = Attachment
    a: Attachment = d
    return a


def relate(
    p: NounPhrase,
    attachments: tuple[Attachment, ...],
    apposition: int | None,
    conjuncts: tuple[int, ...],
) -> None:
    """Set the relations of a phrase the chunker has just built and no one
    else holds yet (`_relations` finds them after every phrase is made):
    three fields set in place where a new record would copy all twelve."""
    _set_attachments(p, attachments)
    _set_apposition(p, apposition)
    _set_conjuncts(p, conjuncts)
