"""Actors stage: people, organisations, countries and groups, one per entity."""

from __future__ import annotations

from .places import PlaceFindings
from .records import Actor
from .text import Document

__all__ = ["extract"]


def extract(doc: Document, places: PlaceFindings) -> tuple[Actor, ...]:
    """Every actor named in `doc`, merged over its mentions."""
    return ()
