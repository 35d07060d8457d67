"""The places stage's entry point: recognition, resolution, keyword places."""

from __future__ import annotations

from ..findings import PlaceFindings
from ..knowledge.gazetteer import gazetteer
from ..knowledge.user import NO_USER, UserKnowledge
from ..text import Document
from .keywords import add_facilities
from .landmarks import add_landmarks
from .resolve import resolve
from .scan import Scan

__all__ = ["extract"]


def extract(doc: Document, *, user: UserKnowledge = NO_USER) -> PlaceFindings:
    """Every place named in `doc`, one `Location` per place, plus demonyms.

    `user` holds a parser's own places: each is the reading of its names,
    before the shipped gazetteer's."""
    norm = doc.norm
    if not norm.strip():
        return PlaceFindings()
    gaz = gazetteer()
    if user.places:
        table = user.place_table
        gaz = gaz.with_user(table.by_key, table.max_len, table.forms)
    scan = Scan(doc, gaz)
    matches, demonyms = scan.run()
    locations = resolve(doc, gaz, scan, matches, demonyms)
    # the matches are read no more: a long text's go (with their keys) before
    # the keyword places make their own tables
    del matches
    locations = add_facilities(doc, gaz, scan, locations)
    locations = add_landmarks(scan, locations)
    return PlaceFindings(
        locations=tuple(sorted(locations, key=lambda loc: loc.mentions[0].start)),
        demonyms=tuple(demonyms),
    )
