"""The candidate record shared by the actors stage's finding and merging steps."""

from __future__ import annotations

import attrs

from ..knowledge.organizations import KnownOrg

__all__ = ["Candidate"]


@attrs.define(slots=True, weakref_slot=False)
class Candidate:
    """A span that names an actor, before merging.

    No weak reference slot: a long text has many thousands of candidates, and
    one pointer less puts each in a smaller size class of the allocator (144
    bytes, not 160)."""

    kind: str  # "person", "organization" or "pending" (needs confirmation)
    i: int  # first word index
    j: int  # one past the last word index
    start: int
    end: int
    rule: str
    title: str | None = None
    sector: str = ""
    country: str | None = None  # from the span's own words or its modifiers
    known: KnownOrg | None = None
    acronym: str | None = None
    poss: bool = False
    weak: bool = False  # sentence-initial or headline: keep only if confirmed
    igo: str | None = None  # code of an international body the person serves
