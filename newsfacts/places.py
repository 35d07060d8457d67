"""Places stage: find place names and resolve them to gazetteer entries."""

from __future__ import annotations

import attrs

from .records import Location
from .text import Document

__all__ = ["Demonym", "PlaceFindings", "extract"]


@attrs.frozen(slots=True)
class Demonym:
    """A nationality adjective or noun ("Libyan", "Russians") and its country."""

    start: int
    end: int
    text: str
    country: str


@attrs.frozen(slots=True)
class PlaceFindings:
    """What the places stage hands on: the locations, plus demonyms for actors."""

    locations: tuple[Location, ...] = ()
    demonyms: tuple[Demonym, ...] = ()


def extract(doc: Document) -> PlaceFindings:
    """Every place named in `doc`, one `Location` per place."""
    return PlaceFindings()
