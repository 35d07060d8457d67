"""A title written as the text's first line.

Pasted news often opens with its title on a line of its own ("Three men
charged over Manchester stabbing"), which reports the lead's act again in
few words; the main event is chosen from the lead under it, as under a
title given apart. Helper of `events/main_event.py`.
"""

from __future__ import annotations

import regex

from ..language.annotate import headline_slot
from ..language.sentences import ParsedSentence
from ..text import Document

__all__ = ["title_line"]

_DATE_LINE = regex.compile(
    r"[ \t]*[A-Z][A-Z.'-]*(?:[ \t]+[A-Z][A-Z.'-]*)*"  # NEW HAVEN
    r"(?:,[ \t]*[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*)*)?"  # , Connecticut
    r"[ \t]+\d{4}-\d{2}-\d{2}[ \t]*(?:\n|$)"
)
"""A wire dateline on a line of its own: a place in capitals and the date
("BUJUMBURA 1996-08-23", "NEW HAVEN, Connecticut 1996-08-24")."""


def title_line(doc: Document, ps: ParsedSentence) -> bool:
    """The sentence is a title on the text's first line: it ends the line,
    and either no full stop, question or exclamation mark ends it or a
    dateline follows it (the wire's title ends in a full stop: "Rebels kill
    12 soldiers in Burundi.", then "BUJUMBURA 1996-08-23" and the lead)."""
    span = ps.span
    if not headline_slot(doc, span):
        return False
    last = doc.norm[span.start : span.end].rstrip()[-1:]
    return last not in (".", "!", "?") or _dateline_follows(doc, span.end)


def _dateline_follows(doc: Document, end: int) -> bool:
    """The text's dateline comes after `end`, the line after the first: the
    dateline opening the lead ("BUJUMBURA, Aug 23 (Reuter) - Hutu rebels
    ..."), or a place and a date on a line of their own."""
    norm = doc.norm
    line = norm.find("\n", end)
    while 0 <= line < len(norm) and norm[line] in "\n \t":
        line += 1  # the next line with words
    if line < 0 or line >= len(norm):
        return False
    if _DATE_LINE.match(norm, line) is not None:
        return True
    dateline = doc.dateline
    return dateline is not None and dateline.span.start == line
