"""Events stage: who did what to whom, when and where, coded with PLOVER and CAMEO."""

from __future__ import annotations

import datetime as dt

from .places import PlaceFindings
from .records import Actor, Event, TimeExpression
from .text import Document

__all__ = ["extract", "main_event"]


def extract(
    doc: Document,
    dates: tuple[TimeExpression, ...],
    places: PlaceFindings,
    actors: tuple[Actor, ...],
    published: dt.date | None,
) -> tuple[Event, ...]:
    """Every event of `doc`, one record per event with all its mentions."""
    return ()


def main_event(events: tuple[Event, ...], doc: Document, title: str | None) -> Event | None:
    """The article's lead event, normally from the headline or first paragraph."""
    return None
