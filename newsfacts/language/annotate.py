"""Part-of-speech tags for every token of a `Document`, computed once.

The pipeline tags each sentence of the document the first time a stage asks
and keeps the result on the document, so every stage reads the same tags and
no stage tags twice. A stage that reads only a few sentences (the dates stage
asks for the sentences that hold a date, the actors stage for the word after a
role noun) asks `tags_between` for a range of tokens: only the sentences that
hold them are tagged, each once, and kept until the whole document is asked
for, which then tags only the others. The first sentence, when a line break
ends it, may be a headline: with no final stop it is one in any case style,
with one only if its casing says so (see `tagger.tag_sentence`); other
sentences never are (a byline "By JOHN SMITH Associated Press" is no
headline).

The tags of a document are kept as one byte per token (`Tags`): a long text
has some 180,000 tokens a million characters, and a tuple of them would hold
eight bytes of pointer for each.
"""

from __future__ import annotations

import bisect
import sys
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import repeat
from operator import add, getitem
from typing import overload

from ..text import Document, Span, Token
from .tagger import tag_sentence

__all__ = [
    "Tags",
    "headline_slot",
    "sentence_slices",
    "sentence_words",
    "tags_between",
    "token_tags",
]

# A piece of a string: `getitem` typed for the words cut from the text.
_CUT: Callable[[str, slice], str] = getitem


class _Codes(dict[str, int]):
    """Tag -> its one-byte code, a tag not seen before given the next code."""

    def __missing__(self, tag: str) -> int:
        if len(_NAMES) > 0xFF:
            raise ValueError(f"more than 255 distinct tags: {tag!r}")
        code = self[tag] = len(_NAMES)
        _NAMES.append(sys.intern(tag))
        return code


# Code -> tag; code 0 is the empty tag of a token not tagged yet. The tag set
# is closed (the Penn Treebank's, some 45 tags), so the table stays small. Its
# tags are interned: the chunk and clause rules compare every tag with their
# own constants, and an interned tag is the constant itself.
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


class _Bytes(dict[str, bytes]):
    """Tag -> its code as a one-byte string: a sentence's codes are joined in
    one C-level step, where `bytes` of an iterator of ints converts each."""

    def __missing__(self, tag: str) -> bytes:
        found = self[tag] = bytes((_CODES[tag],))
        return found


_BYTES = _Bytes()


def _encoded(tags: Iterable[str]) -> bytes:
    return b"".join(map(_BYTES.__getitem__, tags))


_TAGS = "_language_token_tags"
_SLICES = "_language_sentence_slices"
_PARTIAL = "_language_sentence_tags"


def sentence_slices(doc: Document) -> Iterator[tuple[Span, int, int]]:
    """Each sentence of `doc` with the range `[lo, hi)` of its tokens in
    `doc.tokens` (sentences without a token are left out), in order.

    Found once per document and kept as three arrays (the sentence's index,
    lo and hi: 12 bytes a sentence, where a tuple of a span and two ints
    holds some 120), read back as tuples made when iterated."""
    which, los, his = _slices(doc)
    sentences = doc.sentences
    spans = map(
        Span,
        map(sentences.starts.__getitem__, which),
        map(sentences.ends.__getitem__, which),
    )
    return zip(spans, los, his, strict=True)


def _slices(doc: Document) -> tuple[array[int], array[int], array[int]]:
    """The three arrays of `sentence_slices`, found once per document."""
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
    return got


def _slice(doc: Document, j: int) -> tuple[Span, int, int]:
    """The `j`-th of `sentence_slices`."""
    which, los, his = _slices(doc)
    sentences = doc.sentences
    n = which[j]
    return Span(sentences.starts[n], sentences.ends[n]), los[j], his[j]


def token_tags(doc: Document) -> Tags:
    """The Penn Treebank tag of each token of `doc`, aligned with `doc.tokens`
    (`Tags`: a slice of it is a tuple)."""
    memo = vars(doc)
    got: Tags | None = memo.get(_TAGS)
    if got is None:
        got = memo[_TAGS] = _tag(doc)
        memo.pop(_PARTIAL, None)  # every sentence's tags are in `got` now
    return got


def tags_between(doc: Document, lo: int, hi: int) -> Sequence[str]:
    """The tags of tokens `lo` to `hi` (excluded) of `doc`, as `token_tags`
    gives them, tagging only the sentences that hold those tokens (each once
    per document)."""
    memo = vars(doc)
    whole: Tags | None = memo.get(_TAGS)
    if whole is not None:
        return whole[lo:hi]
    _which, los, his = _slices(doc)
    partial: dict[int, list[str]] = memo.setdefault(_PARTIAL, {})
    out: list[str] = []
    k = lo
    while k < hi:
        j = bisect.bisect_right(los, k) - 1
        if j >= 0 and k < his[j]:
            tags = partial.get(j)
            if tags is None:
                tags = partial[j] = _tag_slice(doc, _slice(doc, j))
            first = los[j]
            stop = min(hi, his[j])
            out += tags[k - first : stop - first]
            k = stop
        else:  # a token outside every sentence: tagged on its own
            out.append(tag_sentence([doc.tokens[k].text])[0])
            k += 1
    return out


_STOPS = frozenset((".", "!", "?", '"', "'", "''", ")"))


def headline_slot(doc: Document, span: Span) -> bool:
    """The sentence opens the text and a line break ends it: the place of a
    title written into the text."""
    return (
        span.start == doc.sentences.starts[0]
        and doc.norm[span.end : span.end + 1] == "\n"
    )


def _tag_slice(doc: Document, piece: tuple[Span, int, int]) -> list[str]:
    """The tags of one sentence's tokens (`piece` from `sentence_slices`); a
    token the sentence leaves untagged is tagged on its own."""
    span, lo, hi = piece
    words = _words(doc, lo, hi)
    tags = _tagged(doc, span, words)
    for n, tag in enumerate(tags):
        if not tag:
            tags[n] = tag_sentence([words[n]])[0]
    return tags


def _words(doc: Document, lo: int, hi: int) -> list[str]:
    """The texts of tokens `lo` to `hi`, cut from the text by their offsets in
    C-level steps: no `Token` made for each, and no array of the document's
    ends (a token's end is its start plus its length)."""
    tokens = doc.tokens
    a = tokens.starts[lo:hi]
    # (`_CUT` is called in one step; `norm.__getitem__` is a slot's wrapper,
    # which makes a tuple of its arguments for every word.)
    cuts = map(slice, a, map(add, a, tokens.lengths[lo:hi]))
    return list(map(_CUT, repeat(doc.norm), cuts))


def _tagged(doc: Document, span: Span, words: list[str]) -> list[str]:
    """The tags of a sentence's words; the first line may be a title."""
    headline: bool | None = False
    if headline_slot(doc, span):
        # a first line with no final stop is a title, in any case style;
        # one with a stop is a title only if its words look like one
        headline = words[-1] not in _STOPS or None
    return tag_sentence(words, headline=headline)


# A sentence as `sentence_words` gives it: span, token range, the tokens'
# starts and ends, words and tags.
SentenceWords = tuple[
    Span, int, int, Sequence[int], list[int], list[str], Sequence[str]
]


def sentence_words(doc: Document) -> Iterator[SentenceWords]:
    """Each sentence of `doc` (as `sentence_slices` gives them) with its
    tokens' starts, ends and words, each word cut from the text once, and
    their tags as `token_tags` gives them.

    When the document's tags are not known yet, each sentence is tagged here
    from the words just cut (where `token_tags` would cut them a second
    time), and once every sentence has been read the tags are kept for the
    document as `token_tags` would keep them.
    """
    memo = vars(doc)
    whole: Tags | None = memo.get(_TAGS)
    tokens = doc.tokens
    norm, starts, lens = doc.norm, tokens.starts, tokens.lengths
    codes = bytearray(len(tokens)) if whole is None else bytearray()
    partial: dict[int, list[str]] = memo.get(_PARTIAL, {})
    for j, (span, lo, hi) in enumerate(sentence_slices(doc)):
        # (The starts as a list: each offset made an int once, where the
        # array's items are made again by each step that reads them.)
        a = list(starts[lo:hi])
        b = list(map(add, a, lens[lo:hi]))
        words = list(map(_CUT, repeat(norm), map(slice, a, b)))
        if whole is not None:
            yield span, lo, hi, a, b, words, whole[lo:hi]
            continue
        got = partial.get(j)
        if got is None:
            got = _tagged(doc, span, words)
            if "" in got:  # untagged: tagged on its own, as `_tag` does
                got = [t or tag_sentence([x])[0] for t, x in zip(got, words)]  # noqa: B905
        codes[lo:hi] = _encoded(got)
        yield span, lo, hi, a, b, words, tuple(got)
    if whole is None and _TAGS not in memo:
        _fill_outside(tokens, codes)
        memo[_TAGS] = Tags(codes)
        memo.pop(_PARTIAL, None)


def _fill_outside(tokens: Sequence[Token], tags: bytearray) -> None:
    """Tag each token still untagged (outside every sentence: markup blanked
    out can leave some) on its own."""
    n = tags.find(0)
    while n >= 0:
        tags[n] = _CODES[tag_sentence([tokens[n].text])[0]]
        n = tags.find(0, n + 1)


def _tag(doc: Document) -> Tags:
    tokens = doc.tokens
    tags = bytearray(len(tokens))
    partial: dict[int, list[str]] = vars(doc).get(_PARTIAL, {})
    for j, (span, lo, hi) in enumerate(sentence_slices(doc)):
        got = partial.get(j)
        if got is None:
            got = _tagged(doc, span, _words(doc, lo, hi))
        tags[lo:hi] = _encoded(got)
    _fill_outside(tokens, tags)
    return Tags(tags)
