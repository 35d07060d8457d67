"""Part-of-speech tags for every token of a `Document`, computed once.

The pipeline tags each sentence of the document the first time a stage asks
and keeps the result on the document, so every stage reads the same tags and
no stage tags twice. A stage that reads only a few sentences (the dates stage
asks for the sentences that hold a date, the actors stage for the word after a
role noun) asks `tags_between` for a range of tokens: only the sentences that
hold them are tagged, each once, and kept until the whole document is asked
for, which then tags only the others. The first sentence, when a line break ends it, may be a
headline: the tagger then reads its Title Case or capitals as a headline's (see
`tagger.tag_sentence`); other sentences never are (a byline "By JOHN SMITH
Associated Press" is no headline).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..text import Document, Span
from .tagger import tag_sentence

__all__ = ["sentence_slices", "tags_between", "token_tags"]

_TAGS = "_language_token_tags"
_SLICES = "_language_sentence_slices"
_LOS = "_language_sentence_los"
_PARTIAL = "_language_sentence_tags"


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
        memo.pop(_PARTIAL, None)  # every sentence's tags are in `got` now
    return got


def tags_between(doc: Document, lo: int, hi: int) -> Sequence[str]:
    """The tags of tokens `lo` to `hi` (excluded) of `doc`, as `token_tags`
    gives them, tagging only the sentences that hold those tokens (each once
    per document)."""
    memo = vars(doc)
    whole: tuple[str, ...] | None = memo.get(_TAGS)
    if whole is not None:
        return whole[lo:hi]
    slices = sentence_slices(doc)
    los: list[int] | None = memo.get(_LOS)
    if los is None:
        los = memo[_LOS] = [s[1] for s in slices]
    partial: dict[int, list[str]] = memo.setdefault(_PARTIAL, {})
    out: list[str] = []
    k = lo
    while k < hi:
        j = bisect.bisect_right(los, k) - 1
        if j >= 0 and k < slices[j][2]:
            tags = partial.get(j)
            if tags is None:
                tags = partial[j] = _tag_slice(doc, slices[j])
            first = slices[j][1]
            stop = min(hi, slices[j][2])
            out += tags[k - first : stop - first]
            k = stop
        else:  # a token outside every sentence: tagged on its own
            out.append(tag_sentence([doc.tokens[k].text])[0])
            k += 1
    return out


_STOPS = frozenset((".", "!", "?", '"', "'", "''", ")"))


def _headline_slot(doc: Document, span: Span) -> bool:
    """The sentence opens the text and a line break ends it."""
    return (
        span.start == doc.sentences[0].start
        and doc.norm[span.end : span.end + 1] == "\n"
    )


def _tag_slice(doc: Document, piece: tuple[Span, int, int]) -> list[str]:
    """The tags of one sentence's tokens (`piece` from `sentence_slices`); a
    token the sentence leaves untagged is tagged on its own."""
    span, lo, hi = piece
    tokens = doc.tokens
    # Each word is cut from the text by its offsets (no Token made for it).
    norm, starts, ends = doc.norm, tokens.starts, tokens.ends
    words = list(map(norm.__getitem__, map(slice, starts[lo:hi], ends[lo:hi])))
    headline: bool | None = False
    if _headline_slot(doc, span):
        # a first line with no final stop is a title, in any case style;
        # one with a stop is a title only if its words look like one
        headline = words[-1] not in _STOPS or None
    tags = tag_sentence(words, headline=headline)
    for n, tag in enumerate(tags):
        if not tag:
            tags[n] = tag_sentence([tokens[lo + n].text])[0]
    return tags


def _tag(doc: Document) -> tuple[str, ...]:
    tokens = doc.tokens
    tags = [""] * len(tokens)
    partial: dict[int, list[str]] = vars(doc).get(_PARTIAL, {})
    for j, piece in enumerate(sentence_slices(doc)):
        got = partial.get(j)
        tags[piece[1] : piece[2]] = got if got is not None else _tag_slice(doc, piece)
    # Tokens outside every sentence (markup blanked out can leave some): each
    # tagged on its own.
    for n, tag in enumerate(tags):
        if not tag:
            tags[n] = tag_sentence([tokens[n].text])[0]
    return tuple(tags)
