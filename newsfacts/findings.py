"""What one stage hands to the next beyond the public records.

The places stage finds demonyms ("Libyan", "Russians") besides locations; the
actors and events stages read them. Types passed between stages live here, so
no stage imports another stage's internals.
"""

from __future__ import annotations

import attrs

from .records import Location

__all__ = ["Demonym", "PlaceFindings"]


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
