"""The candidate record shared by the actors stage's finding and merging steps."""

from __future__ import annotations

import attrs

from ..knowledge.organizations import KnownOrg
from .word import WordColumns

__all__ = ["Candidate"]


@attrs.define(slots=True, weakref_slot=False)
class Candidate:
    """A span that names an actor, before merging: words `i` to `j` of the
    word columns `cols`.

    Its offsets are read from the words (`start`, `end`), not kept: a long
    text has many thousands of candidates at once, and two offsets would be
    two int objects each (64 bytes), where the columns are one pointer that
    every candidate shares. No weak reference slot: one pointer less puts
    each in a smaller size class of the allocator (144 bytes, not 160)."""

    kind: str  # "person", "organization" or "pending" (needs confirmation)
    i: int  # first word index
    j: int  # one past the last word index
    cols: WordColumns = attrs.field(repr=False)  # the words, for the offsets
    rule: str
    title: str | None = None
    sector: str = ""
    country: str | None = None  # from the span's own words or its modifiers
    known: KnownOrg | None = None
    acronym: str | None = None
    poss: bool = False
    weak: bool = False  # sentence-initial or headline: keep only if confirmed
    igo: str | None = None  # code of an international body the person serves

    @property
    def start(self) -> int:
        """The offset of the first word."""
        return self.cols.starts[self.i]

    @property
    def end(self) -> int:
        """One past the last character of the last word."""
        return self.cols.end(self.j - 1)
