"""The language layer over a whole `Document`: each sentence tagged and parsed.

`parse_document(doc)` is what a stage calls: for every sentence of the text
layer it gives the tokens (with their offsets into the caller's string), the
tags and the `Structure` of phrases and clauses, with the dateline's tokens
kept out of every phrase. `ParsedSentence.chars` turns a token range of a
phrase or clause into character offsets, so a stage can go from "the subject
of this verb" to a span of the text in one step.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from itertools import repeat

import attrs

from ..text import Document, Span, Token
from ._build import draft
from .annotate import sentence_words
from .clauses import Structure, parse

__all__ = ["ParsedSentence", "iter_parsed", "parse_document"]


_NEW = tuple.__new__  # a `Token` from (start, end, text), as `Tokens` makes one


@attrs.frozen(slots=True, repr=False, weakref_slot=False)
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

    Tags come from `annotate.token_tags` (computed once per document; a
    sentence on a line of its own may be read as a headline). `reporting` is
    passed to `clauses.parse` (lemmas of verbs of speech).
    """
    return tuple(iter_parsed(doc, reporting=reporting))


def iter_parsed(
    doc: Document, *, reporting: Collection[str] = ()
) -> Iterator[ParsedSentence]:
    """`parse_document` one sentence at a time, so a reader that keeps only
    what it finds holds one sentence's phrases and clauses at once, however
    long the text."""
    dateline = doc.dateline
    # Each sentence's words are cut from the text once (`sentence_words`, which
    # tags them too when the document's tags are not known yet), and its
    # tokens made from them in C-level steps (a slice of `doc.tokens` makes a
    # view of them per sentence first).
    for span, _lo, _hi, a, b, words, tags in sentence_words(doc):
        # (The three lists have one item per token; zip's `strict` keyword
        # would be parsed again for every sentence.)
        tokens = tuple(map(_NEW, repeat(Token), zip(a, b, words)))  # noqa: B905
        blocked = (
            [dateline.span.start <= t.start < dateline.span.end for t in tokens]
            if dateline is not None and span.start < dateline.span.end
            else ()
        )
        structure = parse(words, tags, blocked=blocked, reporting=reporting)
        # Built as a draft (see `_build`): one for every sentence.
        d = _Draft()
        d.span = span
        d.tokens = tokens
        d.tags = tags
        d.structure = structure
        d.__class__ = ParsedSentence
        parsed: ParsedSentence = d
        yield parsed


_Draft = draft(ParsedSentence, "span tokens tags structure")
