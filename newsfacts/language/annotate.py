"""Part-of-speech tags for every token of a `Document`, computed once.

The pipeline tags each sentence of the document the first time a stage asks
and keeps the result on the document, so every stage reads the same tags and
no stage tags twice. The first sentence, when a line break ends it, may be a
headline: the tagger then reads its Title Case or capitals as a headline's (see
`tagger.tag_sentence`); other sentences never are (a byline "By JOHN SMITH
Associated Press" is no headline).

The tags of a document are kept as one byte per token (`Tags`): a long text
has some 180,000 tokens a million characters, and a tuple of them would hold
eight bytes of pointer for each.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from ..text import Document, Span
from .tagger import tag_sentence

__all__ = ["Tags", "sentence_slices", "token_tags"]


class _Codes(dict[str, int]):
    """Tag -> its one-byte code, a tag not seen before given the next code."""

    def __missing__(self, tag: str) -> int:
        if len(_NAMES) > 0xFF:
            raise ValueError(f"more than 255 distinct tags: {tag!r}")
        code = self[tag] = len(_NAMES)
        _NAMES.append(tag)
        return code


# Code -> tag; code 0 is the empty tag of a token not tagged yet. The tag set
# is closed (the Penn Treebank's, some 45 tags), so the table stays small.
_NAMES: list[str] = [""]
_CODES = _Codes({"": 0})


class Tags(Sequence[str]):
    """The tags of a document's tokens, one byte each, read back as strings.

    A slice (what a sentence reads) is a tuple of strings, made in one C-level
    step; an index is one string.
    """

    __slots__ = ("_codes",)

    def __init__(self, codes: bytearray) -> None:
        self._codes = codes

    def __len__(self) -> int:
        return len(self._codes)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[str, ...]: ...
    def __getitem__(self, i: int | slice) -> str | tuple[str, ...]:
        if isinstance(i, slice):
            return tuple(map(_NAMES.__getitem__, self._codes[i]))
        return _NAMES[self._codes[i]]

    def __repr__(self) -> str:
        return f"<Tags of {len(self)} tokens>"


def _encoded(tags: Iterable[str]) -> bytes:
    return bytes(map(_CODES.__getitem__, tags))


_TAGS = "_language_token_tags"
_SLICES = "_language_sentence_slices"


def sentence_slices(doc: Document) -> Iterator[tuple[Span, int, int]]:
    """Each sentence of `doc` with the range `[lo, hi)` of its tokens in
    `doc.tokens` (sentences without a token are left out), in order.

    Found once per document and kept as three arrays (the sentence's index,
    lo and hi: 12 bytes a sentence, where a tuple of a span and two ints
    holds some 120), read back as tuples made when iterated."""
    memo = vars(doc)
    got: tuple[array[int], array[int], array[int]] | None = memo.get(_SLICES)
    if got is None:
        starts = doc.tokens.starts  # the offsets array itself: no Token made
        code = "i" if len(doc.norm) < 2**31 else "q"
        which: array[int] = array(code)
        los: array[int] = array(code)
        his: array[int] = array(code)
        for n, span in enumerate(doc.sentences):
            lo = bisect.bisect_left(starts, span.start)
            hi = bisect.bisect_left(starts, span.end)
            if lo < hi:
                which.append(n)
                los.append(lo)
                his.append(hi)
        got = memo[_SLICES] = (which, los, his)
    which, los, his = got
    sentences = doc.sentences
    spans = map(
        Span,
        map(sentences.starts.__getitem__, which),
        map(sentences.ends.__getitem__, which),
    )
    return zip(spans, los, his, strict=True)


def token_tags(doc: Document) -> Tags:
    """The Penn Treebank tag of each token of `doc`, aligned with `doc.tokens`
    (`Tags`: a slice of it is a tuple)."""
    memo = vars(doc)
    got: Tags | None = memo.get(_TAGS)
    if got is None:
        got = memo[_TAGS] = _tag(doc)
    return got


def _headline_slot(doc: Document, span: Span) -> bool:
    """The sentence opens the text and a line break ends it."""
    return (
        span.start == doc.sentences.starts[0]
        and doc.norm[span.end : span.end + 1] == "\n"
    )


def _tag(doc: Document) -> Tags:
    tokens = doc.tokens
    tags = bytearray(len(tokens))
    # Each word is cut from the text by its offsets (no Token made for it).
    norm, starts, ends = doc.norm, tokens.starts, tokens.ends
    for span, lo, hi in sentence_slices(doc):
        words = list(map(norm.__getitem__, map(slice, starts[lo:hi], ends[lo:hi])))
        headline = None if _headline_slot(doc, span) else False
        tags[lo:hi] = _encoded(tag_sentence(words, headline=headline))
    # Tokens outside every sentence (markup blanked out can leave some): each
    # tagged on its own.
    n = tags.find(0)
    while n >= 0:
        tags[n] = _CODES[tag_sentence([tokens[n].text])[0]]
        n = tags.find(0, n + 1)
    return Tags(tags)
