"""Part-of-speech tags for every token of a `Document`, computed once.

The pipeline tags each sentence of the document the first time a stage asks
and keeps the result on the document, so every stage reads the same tags and
no stage tags twice. The first sentence, when a line break ends it, may be a
headline: the tagger then reads its Title Case or capitals as a headline's (see
`tagger.tag_sentence`); other sentences never are (a byline "By JOHN SMITH
Associated Press" is no headline).
"""

from __future__ import annotations

import bisect

from ..text import Document, Span
from .tagger import tag_sentence

__all__ = ["sentence_slices", "token_tags"]

_TAGS = "_language_token_tags"
_SLICES = "_language_sentence_slices"


def sentence_slices(doc: Document) -> tuple[tuple[Span, int, int], ...]:
    """Each sentence of `doc` with the range `[lo, hi)` of its tokens in
    `doc.tokens` (sentences without a token are left out)."""
    memo = vars(doc)
    got: tuple[tuple[Span, int, int], ...] | None = memo.get(_SLICES)
    if got is None:
        starts = doc.tokens.starts  # the offsets array itself: no Token made
        out = []
        for span in doc.sentences:
            lo = bisect.bisect_left(starts, span.start)
            hi = bisect.bisect_left(starts, span.end)
            if lo < hi:
                out.append((span, lo, hi))
        got = memo[_SLICES] = tuple(out)
    return got


def token_tags(doc: Document) -> tuple[str, ...]:
    """The Penn Treebank tag of each token of `doc`, aligned with `doc.tokens`."""
    memo = vars(doc)
    got: tuple[str, ...] | None = memo.get(_TAGS)
    if got is None:
        got = memo[_TAGS] = _tag(doc)
    return got


def _headline_slot(doc: Document, span: Span) -> bool:
    """The sentence opens the text and a line break ends it."""
    return (
        span.start == doc.sentences[0].start
        and doc.norm[span.end : span.end + 1] == "\n"
    )


def _tag(doc: Document) -> tuple[str, ...]:
    tokens = doc.tokens
    tags = [""] * len(tokens)
    # Each word is cut from the text by its offsets (no Token made for it).
    norm, starts, ends = doc.norm, tokens.starts, tokens.ends
    for span, lo, hi in sentence_slices(doc):
        words = list(map(norm.__getitem__, map(slice, starts[lo:hi], ends[lo:hi])))
        headline = None if _headline_slot(doc, span) else False
        tags[lo:hi] = tag_sentence(words, headline=headline)
    # Tokens outside every sentence (markup blanked out can leave some): each
    # tagged on its own.
    for n, tag in enumerate(tags):
        if not tag:
            tags[n] = tag_sentence([tokens[n].text])[0]
    return tuple(tags)
