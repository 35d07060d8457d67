"""Dates stage: find temporal expressions and normalise them to TIMEX3 values.

Recognition is our own regular-expression grammar with exact offsets
(the modules of this package); normalisation resolves relative values against the
publication date, using the tense of the clause for year-less dates and
weekdays. See docs/dates.md for the rules.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable

import regex

from .._data import lazy
from ..language.tagger import tag_sentence
from ..records import TimeExpression
from ..text import Document
from . import normalise, published, recognise
from .resolver import TaggedSentence

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
    box: list[tuple[list[int], list[int]]] = []

    def find(offset: int) -> tuple[int, int]:
        if not box:
            spans = doc.sentences
            box.append(([s.start for s in spans], [s.end for s in spans]))
        starts, ends = box[0]
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return 0, ends[0] if ends else len(doc.norm)
        return starts[i], max(ends[i], offset)

    return find


# The tokens of `Document.tokens`, matched within one sentence only: the stage
# runs first and would otherwise tokenise the whole article for a few sentences.
_TOKEN = lazy(
    lambda: regex.compile(
        r"""
        (?:\p{L}\.){2,}+
      | \d++(?:[.,:/]\d++)*+(?:st|nd|rd|th|s)?+
      | [\p{L}\p{M}\d]++(?:['’\-&][\p{L}\p{M}\d]++)*+
      | \S
        """,
        regex.VERBOSE,
    )
)


def _sentence_tagger(doc: Document) -> Callable[[int, int], TaggedSentence]:
    """A function (start, end) -> the tagged tokens of that sentence.

    Only the sentences whose tense is asked for are tagged, each once, the way
    `language.annotate.token_tags` tags them (only an opening line may be read
    as a headline): most sentences hold no weekday or bare month, and tagging
    all of them would cost the stage half its speed.
    """
    memo: dict[tuple[int, int], TaggedSentence] = {}

    def tagged(start: int, end: int) -> TaggedSentence:
        got = memo.get((start, end))
        if got is None:
            found = list(_TOKEN().finditer(doc.norm, start, end))
            # Only an opening line may be a headline (its capitals say nothing
            # of names), as the language layer reads it.
            opening = (
                start == doc.sentences[0].start and doc.norm[end : end + 1] == "\n"
            )
            tags = tag_sentence(
                [m.group() for m in found], headline=None if opening else False
            )
            got = memo[(start, end)] = [
                (m.group(), g, m.start(), m.end())
                for m, g in zip(found, tags, strict=True)
            ]
        return got

    return tagged


def find_published(doc: Document) -> tuple[dt.date | None, str | None]:
    """The publication date the text states (dateline, byline), and where."""
    line = doc.dateline
    span = (line.span.start, line.span.end) if line is not None else None
    return published.find_published(doc.norm, span)
