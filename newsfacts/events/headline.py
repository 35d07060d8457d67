"""A title written as the text's first line.

Pasted news often opens with its title on a line of its own ("Three men
charged over Manchester stabbing"), which reports the lead's act again in
few words; the main event is chosen from the lead under it, as under a
title given apart. Helper of `events/main_event.py`.
"""

from __future__ import annotations

from ..language.annotate import headline_slot
from ..language.sentences import ParsedSentence
from ..text import Document

__all__ = ["title_line"]


def title_line(doc: Document, ps: ParsedSentence) -> bool:
    """The sentence is a title on the text's first line: it ends the line and
    no full stop, question or exclamation mark ends it."""
    span = ps.span
    last = doc.norm[span.start : span.end].rstrip()[-1:]
    return headline_slot(doc, span) and last not in (".", "!", "?")
