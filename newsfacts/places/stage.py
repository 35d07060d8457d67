"""The places stage's entry point: recognition, resolution, keyword places."""

from __future__ import annotations

from ..findings import PlaceFindings
from ..knowledge.gazetteer import gazetteer
from ..text import Document
from .keywords import add_facilities
from .landmarks import add_landmarks
from .resolve import resolve
from .scan import Scan

__all__ = ["extract"]


def extract(doc: Document) -> PlaceFindings:
    """Every place named in `doc`, one `Location` per place, plus demonyms."""
    norm = doc.norm
    if not norm.strip():
        return PlaceFindings()
    gaz = gazetteer()
    scan = Scan(doc, gaz)
    matches, demonyms = scan.run()
    locations = resolve(doc, gaz, scan, matches, demonyms)
    locations = add_facilities(doc, gaz, scan, locations)
    locations = add_landmarks(scan, locations)
    return PlaceFindings(
        locations=tuple(sorted(locations, key=lambda loc: loc.mentions[0].start)),
        demonyms=tuple(demonyms),
    )
