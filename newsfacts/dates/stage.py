"""Dates stage: find temporal expressions and normalise them to TIMEX3 values.

Recognition is our own regular-expression grammar with exact offsets
(the modules of this package); normalisation resolves relative values against the
publication date, using the tense of the clause for year-less dates and
weekdays. See docs/dates.md for the rules.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence

from ..language.annotate import tags_between
from ..records import TimeExpression
from ..text import Document
from . import normalise, published, recognise
from .resolved import TaggedSentence

__all__ = ["extract", "find_published"]


def extract(doc: Document, reference: dt.date | None) -> tuple[TimeExpression, ...]:
    """Every temporal expression of `doc`, resolved against `reference` when given."""
    norm = doc.norm
    candidates = recognise.recognise(norm)
    if not candidates:
        return ()
    resolver = normalise.Resolver(
        norm, _sentence_finder(doc), reference, _sentence_tagger(doc)
    )
    out: list[TimeExpression] = []
    for c in candidates:
        r = resolver.resolve(c)
        if r is None:
            continue
        out.append(
            TimeExpression(
                text=doc.text[c.start : c.end],
                start=c.start,
                end=c.end,
                type=r.type,
                value=r.value,
                mod=r.mod,
                anchor=r.anchor,
                rule=c.rule,
                timezone=r.timezone,
            )
        )
    return tuple(out)


def _sentence_finder(doc: Document) -> Callable[[int], tuple[int, int]]:
    """A function offset -> (start, end) of its sentence, computed on first use."""
    box: list[tuple[Sequence[int], Sequence[int]]] = []

    def find(offset: int) -> tuple[int, int]:
        if not box:
            spans = doc.sentences  # its offsets arrays themselves
            box.append((spans.starts, spans.ends))
        starts, ends = box[0]
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return 0, ends[0] if ends else len(doc.norm)
        return starts[i], max(ends[i], offset)

    return find


def _sentence_tagger(doc: Document) -> Callable[[int, int], TaggedSentence]:
    """A function (start, end) -> the tagged tokens of that sentence.

    The tags are the document's own (`language.annotate`: every token tagged
    once for all the stages), and only the sentences whose tense is asked for
    are tagged here (`tags_between`). The resolver reads the candidates in
    text order, so the sentence asked for is most often the last one again:
    only the last few are kept, not every dated sentence of a long text.
    """
    memo: dict[tuple[int, int], TaggedSentence] = {}

    def tagged(start: int, end: int) -> TaggedSentence:
        got = memo.get((start, end))
        if got is None:
            tokens = doc.tokens
            starts = tokens.starts
            lo = bisect.bisect_left(starts, start)
            hi = bisect.bisect_left(starts, end)
            tags = tags_between(doc, lo, hi)
            got = [
                (text, tag, a, b)
                for (a, b, text), tag in zip(tokens[lo:hi], tags, strict=True)
                if b <= end
            ]
            if len(memo) >= _KEPT_SENTENCES:
                del memo[next(iter(memo))]  # the oldest
            memo[(start, end)] = got
        return got

    return tagged


_KEPT_SENTENCES = 4
"""Tagged sentences the dates stage keeps at once (the last ones asked for)."""


def find_published(doc: Document) -> tuple[dt.date | None, str | None]:
    """The publication date the text states (dateline, byline), and where."""
    line = doc.dateline
    span = (line.span.start, line.span.end) if line is not None else None
    return published.find_published(doc.norm, span)
