"""The main event of an article: the lead event, normally from the headline or
the first paragraph."""

from __future__ import annotations

from ..records import Event
from ..text import Document
from .lexicon import STATEMENT
from .sentence import Sentence, find_triggers

__all__ = ["main_event"]


def main_event(
    events: tuple[Event, ...], doc: Document, title: str | None
) -> Event | None:
    """The article's lead event, normally from the headline or first paragraph."""
    if not events:
        return None
    title_types: set[str] = set()
    title_codes: set[str] = set()
    title_words: set[str] = set()
    if title:
        tdoc = Document(title)
        for span in tdoc.sentences:
            sent = Sentence(tdoc, span, ())
            for m in find_triggers(sent):
                title_types.add(m.entry.plover)
                title_codes.add(m.entry.cameo)
        title_words = {t.text.lower() for t in tdoc.tokens if t.text[:1].isupper()}
    first_para = doc.paragraphs[0] if doc.paragraphs else None
    lead_end = doc.sentences[min(3, len(doc.sentences) - 1)].end if doc.sentences else 0

    def score(ev: Event) -> tuple[float, int]:
        s = 0.0
        if ev.type != STATEMENT:
            s += 3
        if ev.source is not None:
            s += 2
        if ev.target is not None:
            s += 1
        if ev.mode == "asserted" and not ev.negated:
            s += 1
        if ev.type in title_types:
            s += 4
        if ev.cameo in title_codes:
            s += 2
        if title and ev.trigger.text.lower() in title.lower():
            s += 3
        for actor in (ev.source, ev.target):
            if actor is None:
                continue
            names = {w.lower() for w in actor.name.split() if w[:1].isupper()}
            names.update(m.text.lower() for m in actor.mentions)
            if names & title_words:
                s += 2
        if first_para is not None and ev.trigger.start < first_para.end:
            s += 2
        if ev.trigger.start < lead_end:
            s += 2
        s += min(len(ev.mentions), 3) * 0.5
        return s, -ev.trigger.start

    return max(events, key=score)
