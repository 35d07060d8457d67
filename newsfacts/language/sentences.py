"""The language layer over a whole `Document`: each sentence tagged and parsed.

`parse_document(doc)` is what a stage calls: for every sentence of the text
layer it gives the tokens (with their offsets into the caller's string), the
tags and the `Structure` of phrases and clauses, with the dateline's tokens
kept out of every phrase. `ParsedSentence.chars` turns a token range of a
phrase or clause into character offsets, so a stage can go from "the subject
of this verb" to a span of the text in one step.
"""

from __future__ import annotations

from collections.abc import Collection

import attrs

from ..text import Document, Span, Token
from .clauses import Structure, parse
from .tagger import tag_sentence

__all__ = ["ParsedSentence", "parse_document"]


@attrs.frozen(slots=True, repr=False)
class ParsedSentence:
    """One sentence: its span, tokens, tags and phrase/clause structure."""

    span: Span
    tokens: tuple[Token, ...]
    tags: tuple[str, ...]
    structure: Structure

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of the token range `[start, end)`."""
        return self.tokens[start].start, self.tokens[end - 1].end

    def __repr__(self) -> str:
        return (
            f"ParsedSentence({self.span.start}:{self.span.end}, "
            f"{len(self.tokens)} tokens, {len(self.structure.clauses)} clauses)"
        )


def parse_document(
    doc: Document, *, reporting: Collection[str] = ()
) -> tuple[ParsedSentence, ...]:
    """Tag and parse every sentence of `doc` (linear in its length).

    The first sentence, when a line break ends it, may be a headline: the
    tagger then reads its capitals as a headline's. `reporting` is passed to
    `clauses.parse` (lemmas of verbs of speech).
    """
    dateline = doc.dateline
    out = []
    for k, span in enumerate(doc.sentences):
        tokens = doc.tokens_in(span.start, span.end)
        if not tokens:
            continue
        words = [t.text for t in tokens]
        first_line = k == 0 and doc.norm[span.end : span.end + 1] == "\n"
        tags = tag_sentence(words, headline=None if first_line else False)
        blocked = (
            [dateline.span.start <= t.start < dateline.span.end for t in tokens]
            if dateline is not None and span.start < dateline.span.end
            else ()
        )
        structure = parse(words, tags, blocked=blocked, reporting=reporting)
        out.append(ParsedSentence(span, tokens, tuple(tags), structure))
    return tuple(out)
