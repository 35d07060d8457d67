"""Part-of-speech tags for every token of a `Document`, computed once.

The pipeline tags each sentence of the document the first time a stage asks
and keeps the result on the document, so every stage reads the same tags and
no stage tags twice. A sentence written as a Title Case or ALL-CAPS line is
tagged as a headline (see `tagger.tag_sentence`).
"""

from __future__ import annotations

import bisect

from ..text import Document
from .tagger import tag_sentence

__all__ = ["token_tags"]

_KEY = "_language_token_tags"


def token_tags(doc: Document) -> tuple[str, ...]:
    """The Penn Treebank tag of each token of `doc`, aligned with `doc.tokens`."""
    memo = vars(doc)
    got: tuple[str, ...] | None = memo.get(_KEY)
    if got is None:
        got = memo[_KEY] = _tag(doc)
    return got


def _tag(doc: Document) -> tuple[str, ...]:
    tokens = doc.tokens
    tags = [""] * len(tokens)
    starts = [t.start for t in tokens]
    for span in doc.sentences:
        lo = bisect.bisect_left(starts, span.start)
        hi = bisect.bisect_left(starts, span.end)
        if lo < hi:
            words = [t.text for t in tokens[lo:hi]]
            tags[lo:hi] = tag_sentence(words, headline=None)
    # Tokens outside every sentence (there are none in trimmed text, but markup
    # blanked out can leave some): each tagged on its own.
    for n, tag in enumerate(tags):
        if not tag:
            tags[n] = tag_sentence([tokens[n].text])[0]
    return tuple(tags)
