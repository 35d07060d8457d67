"""One word of the actors stage's word layer, with its shape (what its text
alone and the lexicons say about it, `shapes.py`); the words of a document
(`Words`), kept as columns and made into `Word`s when read.
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Iterator, Sequence
from itertools import compress, count, islice, repeat
from operator import getitem, itemgetter, not_
from typing import Final, overload

from ..knowledge.organizations import KnownOrg
from . import lexicon as lex
from .shapes import (
    DEMONYM,
    GIVEN,
    IS_ACRONYM,
    IS_CAP,
    IS_UPPER,
    KEYWORD,
    LOWER,
    SHORT_IDS,
    STOP,
    TEXT,
    Shape,
    settled_shape,
    shape_of,
)

__all__ = [
    "FLAG_CAPS_LINE",
    "FLAG_COMPOUND",
    "FLAG_DATELINE",
    "FLAG_MARKET",
    "FLAG_POSS",
    "FLAG_SENT_START",
    "Word",
    "WordColumns",
    "Words",
]


class Word:
    """One word (or punctuation mark) with its offsets and what is known about it.

    What the text alone says (`lower`, `is_cap`, `is_acronym`, ...) and what the
    lexicons say of it (`given`, `stop`, `keyword`) are read once per distinct
    word text and shared by every word of that text (its shape, `shape`); a
    word followed by a possessive or opening a hyphenated adjective has a shape
    of its own (`settled_shape`). A document keeps its words as columns
    (`Words`) and makes a `Word` when one is read, so a plain slotted class
    that is quick to make: the readings read most often are copied into slots,
    the others are read from the shape; its end is its start plus its length,
    and the rarely read flags are bits of one slot.
    """

    __slots__ = (
        "_flags",
        "demonym",
        "is_alpha",
        "is_cap",
        "known",
        "low",
        "lower",
        "place",
        "poss",
        "sent",
        "shape",
        "start",
        "text",
        "titles",
    )

    start: int
    text: str  # its end is `start + len(text)` (`end`)
    poss: bool  # followed by a possessive "'s" (`FLAG_POSS`)
    sent: int  # sentence index
    place: int  # index of the place mention covering it, -1 if none
    demonym: str | None  # country of a demonym (the text's own reading, then the
    # places stage's: a place mention has none, a demonym it found has its own)
    # rarely read flags, one bit each (`sent_start`, `in_caps_line`, ...)
    _flags: int
    # read from the text once; the often read readings of the shape are
    # copied into slots, the others are read from it (`is_upper`, `given`, ...)
    shape: Shape
    low: str  # lower case
    lower: str  # lower case without periods
    is_alpha: bool  # starts with a letter
    is_cap: bool  # capitalised like a name (not a hyphenated adjective)
    # look-ups starting at the word, made once on first use (see `units`)
    titles: tuple[int, ...] | None
    known: tuple[tuple[int, KnownOrg], ...] | None

    def __init__(
        self, start: int, shape: Shape, sent: int = -1, flags: int = 0, place: int = -1
    ) -> None:
        # made from the columns of `Words` (see `of` for one word alone)
        self.shape = shape
        (
            self.text,
            self.low,
            self.lower,
            self.is_alpha,
            _,
            self.is_cap,
            _,
            _,
            _,
            _,
            self.demonym,
        ) = shape
        self.start = start  # `end` is always start + len(text): not kept
        self.sent = sent
        self.poss = flags & FLAG_POSS != 0
        self.place = place
        self._flags = flags
        self.titles = None
        self.known = None

    @classmethod
    def of(cls, start: int, text: str) -> Word:
        """The word `text` at offset `start`."""
        return cls(start, shape_of(text))

    def __repr__(self) -> str:
        return f"Word({self.start}, {self.end}, {self.text!r}, poss={self.poss})"

    @property
    def end(self) -> int:
        """One past the word's last character."""
        return self.start + len(self.text)

    @property
    def is_upper(self) -> bool:
        """Starts with a capital."""
        return self.shape[IS_UPPER]

    @property
    def is_acronym(self) -> bool:
        """All capitals, two letters or more ("LNA", "U.N.", "G8")."""
        return self.shape[IS_ACRONYM]

    @property
    def given(self) -> bool:
        """A given name."""
        return self.shape[GIVEN]

    @property
    def keyword(self) -> lex.OrgKeyword | None:
        """The organisation keyword it is ("Ministry", "Corp"), if any."""
        return self.shape[KEYWORD]

    @property
    def stop(self) -> bool:
        """Never a name alone."""
        return self.shape[STOP]

    @property
    def sent_start(self) -> bool:
        """The first word of its sentence (that starts with a letter)."""
        return bool(self._flags & FLAG_SENT_START)

    @property
    def in_caps_line(self) -> bool:
        """Inside an ALL-CAPS or Title Case headline line."""
        return bool(self._flags & FLAG_CAPS_LINE)

    @property
    def in_dateline(self) -> bool:
        """Inside the dateline."""
        return bool(self._flags & FLAG_DATELINE)

    @property
    def in_market(self) -> bool:
        """A ticker's or a currency's letters ("(VOD.L)", "HK$1"): no name."""
        return bool(self._flags & FLAG_MARKET)

    @property
    def compound(self) -> bool:
        """The first part of a hyphenated adjective ("U.N.-backed")."""
        return bool(self._flags & FLAG_COMPOUND)

    def flag(self, bit: int) -> None:
        """Set one of the flags found after the word is made (`FLAG_CAPS_LINE`;
        its columns are told too, see `WordColumns.flag`)."""
        self._flags |= bit


# The bits of `Word._flags`.
FLAG_CAPS_LINE = 1
FLAG_POSS = 2
FLAG_DATELINE = 4
FLAG_COMPOUND = 8
FLAG_SENT_START = 16
FLAG_MARKET = 64  # a ticker's or a currency's letters ("(VOD.L)", "HK$"): `market`
# (the columns' own: the word lies in a place mention, see `_Made`)
_FLAG_PLACED = 32

# A document of at most this many words (some 350,000 characters) has them
# all made at once, in one C-level step, and kept as a list (about 10 MB at
# most): a news article, or a long report, read by every step as fast as a
# list is. A longer one is read through the columns: each step makes the
# words it reads again, which costs the stage up to half as much time again,
# and memory stays flat however long the text.
_ALL_MADE = 1 << 16
# A longer one keeps the words read last, at most this many: when full, the
# older half goes. The steps read the words in text order, a few words either
# side of where they are (a run, the words before a name), so a window of a
# few sentences makes nearly every word once per step, and words that die
# young cost the garbage collector nothing.
_WINDOW = 256
_NO_PLACE: Final = -1
# A walk for at most this many shapes searches the string of the words'
# shape numbers once per shape (`WordColumns._marked`); for more, it reads
# the words one by one.
_FEW_SHAPES = 32
# The first shape number that the string of shape numbers cannot hold: a
# UTF-16 surrogate's (the string is decoded from the two-byte numbers).
_SURROGATES = 0xD800
_UTF16 = "utf-16-le" if sys.byteorder == "little" else "utf-16-be"
_TEXTS = itemgetter(TEXT)
_LOWERS = itemgetter(LOWER)
_IS_CAPS = itemgetter(IS_CAP)
_DEMONYMS_OF = itemgetter(DEMONYM)


# The words of a document as the steps read them: a list, or columns.
Words = Sequence[Word]


class _Made(dict[int, Word]):
    """The columns of a document's words, and the words made of them by
    index; a word not made yet is made when looked up (`__missing__`), so a
    word made is read in one C-level step.

    The sentence of a word and the place mention holding it are not kept a
    word each: a sentence is a run of words, kept as the word its run ends
    before (`cuts`, read by bisection), and the words inside place mentions
    are few (a word in twenty), kept as two arrays sorted by word (`placed`,
    `place_of`), and marked by a bit of their flags (`_FLAG_PLACED`), so that
    the others, in none (`_NO_PLACE`), are made with no search. The steps read
    words near each other: the sentence found last is kept (`_sent`), and
    read again while the words are in it."""

    __slots__ = (
        "_id_text",
        "_lower_index",
        "_sent",
        "cuts",
        "flags",
        "place_of",
        "placed",
        "shape_ids",
        "shapes",
        "starts",
    )

    def __init__(
        self,
        starts: array[int],
        shapes: tuple[array[int], list[Shape]],
        cuts: array[int],
    ) -> None:
        super().__init__()
        self.starts = starts
        # each word's shape: its number in the table of the shapes (one per
        # distinct text, and one per word whose reading differs)
        self.shape_ids, self.shapes = shapes
        self.cuts = cuts
        self.flags = bytearray(len(starts))
        self.placed: array[int] = array("i")
        self.place_of: array[int] = array("i")
        # (first word, end, number) of the sentence of the word made last
        self._sent = (0, 0, 0)
        self._id_text: str | None = None
        self._lower_index: dict[str, list[int]] | None = None

    def id_text(self) -> str | None:
        """The words' shape numbers as one string, a character a word (the
        character of code point n for shape n), made once the shapes are
        set and kept; None while the table holds a shape number that is no
        single UTF-16 unit (a surrogate's, from 0xD800): a document of some
        55,000 distinct texts and more."""
        if self._id_text is None:
            ids = self.shape_ids
            if len(self.shapes) >= _SURROGATES or ids.typecode != "H":
                return None
            self._id_text = ids.tobytes().decode(_UTF16)
        return self._id_text

    def lower_index(self) -> dict[str, list[int]]:
        """Each `lower` of the shapes -> the numbers of its shapes, made once
        the shapes are set and kept (`WordColumns.where_lower`)."""
        if self._lower_index is None:
            index: dict[str, list[int]] = {}
            for k, lower in enumerate(map(_LOWERS, self.shapes)):
                index.setdefault(lower, []).append(k)
            self._lower_index = index
        return self._lower_index

    def reshaped(self) -> None:
        """A word's shape number changed: the string of them and the index
        of their lower cases are made again."""
        self._id_text = None
        self._lower_index = None

    def __missing__(self, k: int) -> Word:
        n = len(self.starts)
        if not 0 <= k < n:  # (a slice, hashable from Python 3.12: TypeError)
            if not -n <= k < 0:
                raise IndexError("word index out of range")
            return self[k + n]
        if len(self) >= _WINDOW:
            for old in list(islice(self, _WINDOW // 2)):
                del self[old]
        lo, hi, sent = self._sent
        if not lo <= k < hi:
            cuts = self.cuts
            sent = bisect_right(cuts, k)
            self._sent = (cuts[sent - 1] if sent else 0, cuts[sent], sent)
        flags = self.flags[k]
        place = _NO_PLACE
        if flags & _FLAG_PLACED:
            place = self.place_of[bisect_left(self.placed, k)]
        w = self[k] = Word(
            self.starts[k],
            self.shapes[self.shape_ids[k]],
            sent,
            flags,
            place,
        )
        return w

    def sents(self, lo: int, hi: int) -> list[int]:
        """The sentence of each of words lo to hi: a run of one number per
        sentence the words reach."""
        cuts = self.cuts
        out: list[int] = []
        s = bisect_right(cuts, lo)
        k = lo
        while k < hi:
            end = min(cuts[s], hi)
            out += repeat(s, end - k)
            k = end
            s += 1
        return out

    def places(self, lo: int, hi: int) -> list[int]:
        """The place mention holding each of words lo to hi (`_NO_PLACE` for none)."""
        out = [_NO_PLACE] * (hi - lo)
        placed = self.placed
        a = bisect_left(placed, lo)
        b = bisect_left(placed, hi, a)
        for x in range(a, b):
            out[placed[x] - lo] = self.place_of[x]
        return out

    def made(self, lo: int, hi: int) -> list[Word]:
        """Words lo to hi, made afresh in one C-level step."""
        return list(
            map(
                Word,
                self.starts[lo:hi],
                map(self.shapes.__getitem__, self.shape_ids[lo:hi]),
                self.sents(lo, hi),
                self.flags[lo:hi],
                self.places(lo, hi),
            )
        )


class WordColumns(Sequence[Word]):
    """The words of a document as columns; a `Word` is made when it is read.

    A word object for every token of a long document would be most of what the
    stage holds (about 150 bytes a token); the columns keep about 7: the start
    offsets as an array, the number of each word's shape in a table of shapes
    (one per distinct text, see `shapes_of`; a word whose reading differs has
    its own: a number in an array of two bytes while the table is small
    enough, where a list would hold an eight-byte pointer) and one byte of
    flags; the sentences and the place mentions are kept by the run and by
    the placed word (see `_Made`). The words read last are kept (`_WINDOW`), so a
    step that reads the same words again and again (the words of a run, the
    words around a name) makes each once; what a step caches on a word
    (`titles`, `known`) is a pure look-up, made again if the word is. A news
    article is read as the list of all its words (`listed`). `lowers`,
    `capitals` and `demonyms` read the columns in C-level steps.
    """

    __slots__ = ("_cols", "_n", "starts")

    def __init__(
        self,
        starts: array[int],
        shapes: tuple[array[int], list[Shape]],
        cuts: array[int],
    ) -> None:
        # `cuts`: one past the last word of each sentence, ascending, the
        # last the number of words (a word is of the first sentence that
        # ends after it)
        self._cols = _Made(starts, shapes, cuts)
        self._n = len(starts)
        # the words' start offsets, ascending (for `bisect`): a plain slot,
        # read for every candidate's offsets
        self.starts: Sequence[int] = starts

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, k: int) -> Word: ...
    @overload
    def __getitem__(self, k: slice) -> list[Word]: ...
    def __getitem__(self, k: int | slice) -> Word | list[Word]:
        try:
            return self._cols[k]  # type: ignore[index]
        except TypeError:  # a slice (unhashable before Python 3.12)
            if not isinstance(k, slice):
                raise
            return list(map(self._cols.__getitem__, range(self._n)[k]))

    def __iter__(self) -> Iterator[Word]:
        return map(self._cols.__getitem__, range(self._n))

    def text(self, k: int) -> str:
        """The text of word k."""
        cols = self._cols
        return cols.shapes[cols.shape_ids[k]][TEXT]

    def end(self, k: int) -> int:
        """One past the last character of word k (read for every candidate:
        one call)."""
        cols = self._cols
        return cols.starts[k] + len(cols.shapes[cols.shape_ids[k]][TEXT])

    def shape(self, k: int) -> Shape:
        cols = self._cols
        return cols.shapes[cols.shape_ids[k]]

    def _reshape(self, k: int, shape: Shape) -> None:
        """Word k has a shape of its own (added to the table)."""
        cols = self._cols
        if len(cols.shapes) > SHORT_IDS and cols.shape_ids.typecode == "H":
            cols.shape_ids = array("i", cols.shape_ids)  # (a table grown large)
        cols.shape_ids[k] = len(cols.shapes)
        cols.shapes.append(shape)
        cols.reshaped()

    def made(self, lo: int, hi: int) -> list[Word]:
        """Words lo to hi, made afresh in one C-level step and not kept (for
        a step that reads each word once, before the words are all set)."""
        return self._cols.made(lo, hi)

    def sentence(self, s: int) -> tuple[int, int]:
        """The word range [lo, hi) of sentence s (of a word's `sent`)."""
        cuts = self._cols.cuts
        return (cuts[s - 1] if s > 0 else 0), (cuts[s] if s < len(cuts) else self._n)

    def listed(self) -> Words:
        """The words to read: a list of them all, made in one C-level step, for
        a document of at most `_ALL_MADE` words (a news article); else these
        columns, which make a word when it is read and keep a window."""
        return self.made(0, self._n) if self._n <= _ALL_MADE else self

    # Setting what a word is, while the layer is built; a word made before
    # is dropped, to be made again with it.
    def flag(self, k: int, bit: int) -> None:
        """Set one of the flags of word k (`FLAG_SENT_START`, ...)."""
        self._cols.flags[k] |= bit
        self._cols.pop(k, None)

    def settle(self, k: int, poss: bool, compound: bool) -> None:
        """Word k is followed by a possessive or opens a hyphenated adjective:
        it has a shape of its own (`settled_shape`)."""
        self._reshape(k, settled_shape(self.shape(k), poss, compound))
        self._cols.pop(k, None)

    def set_demonym(self, k: int, country: str | None) -> None:
        """Word k is a demonym of `country` (the places stage's reading), or of
        none: its own shape."""
        shape = self.shape(k)
        if shape[DEMONYM] != country:
            self._reshape(k, (*shape[:DEMONYM], country))
            self._cols.pop(k, None)

    def set_place(self, k: int, place: int) -> None:
        """Word k lies in place mention `place`: it is no demonym (the places
        stage decides it). Told in word order, each word once."""
        cols = self._cols
        if cols.placed and cols.placed[-1] >= k:
            raise ValueError("places are set in word order")
        cols.placed.append(k)
        cols.place_of.append(place)
        cols.flags[k] |= _FLAG_PLACED
        self.set_demonym(k, None)
        self._cols.pop(k, None)

    # Walks over every word in C-level steps.
    def texts(self) -> Iterator[str]:
        """Each word's `text`, in order."""
        return map(_TEXTS, self._each_shape())

    def lowers(self) -> Iterator[str]:
        """Each word's `lower`, in order."""
        return map(_LOWERS, self._each_shape())

    def capitals(self, skip: int = 0) -> Iterator[int]:
        """The indexes of the capitalised words (`is_cap`), in order, but those
        with any of the flags `skip` (`FLAG_DATELINE`)."""
        found = self._marked(bytes(map(_IS_CAPS, self._cols.shapes)))
        if not skip:
            return found
        flags = self._cols.flags
        return (k for k in found if not flags[k] & skip)

    def where(
        self,
        test: Callable[[str, str], bool],
        having: str = "",
    ) -> Iterator[int]:
        """The indexes of the words, in order, for which `test(text, lower)`
        holds: asked once per shape (a distinct text), not once per word,
        and the words walked in one C-level step. `having`: characters one
        of which every text `test` holds of has; a text with none is not
        asked (most of a document's thousands: told in one C-level step,
        where asking is a Python-level call each)."""
        shapes = self._cols.shapes
        if not having:
            return self._marked(bytes(test(s[TEXT], s[LOWER]) for s in shapes))
        table = bytearray(len(shapes))
        lacks = frozenset(having).isdisjoint
        for k in compress(count(), map(not_, map(lacks, map(_TEXTS, shapes)))):
            table[k] = test(shapes[k][TEXT], shapes[k][LOWER])
        return self._marked(table)

    def where_lower(self, members: Container[str]) -> Iterator[int]:
        """The indexes of the words, in order, whose `lower` is in
        `members`: each shape asked in one C-level step (no Python-level
        call per distinct text, as a test given to `where` takes)."""
        cols = self._cols
        if isinstance(members, (frozenset, set, tuple)) and len(members) <= len(
            cols.shapes
        ):
            # fewer members than shapes: each member's shapes looked up
            index = cols.lower_index()
            table = bytearray(len(cols.shapes))
            for member in members:
                for k in index.get(member, ()):
                    table[k] = 1
            return self._marked(table)
        lowers = map(_LOWERS, cols.shapes)
        return self._marked(bytes(map(members.__contains__, lowers)))

    def _marked(self, table: bytes | bytearray) -> Iterator[int]:
        """The indexes of the words, in order, whose shape is marked in
        `table` (a byte per shape). Most walks ask for a few shapes (a cue
        word, a dash, "the"): each is found by a C-level search of the
        words' shape numbers written as one string (`_Made.id_text`), which
        reads two bytes a word, where a walk over the words makes an int
        and calls a function for each. Many shapes, or a table of shapes too
        large for the string, are read word by word in one C-level step."""
        cols = self._cols
        marked = list(compress(count(), table))
        if not marked:
            return iter(())
        text = cols.id_text() if len(marked) <= _FEW_SHAPES else None
        if text is None:
            return compress(count(), map(getitem, repeat(table), cols.shape_ids))
        found: list[int] = []
        for shape in map(chr, marked):
            at = text.find(shape)
            while at >= 0:
                found.append(at)
                at = text.find(shape, at + 1)
        if len(marked) > 1:
            found.sort()
        return iter(found)

    def demonyms(self) -> Iterator[int]:
        """The indexes of the words read as demonyms, in order."""
        return compress(count(), map(_DEMONYMS_OF, self._each_shape()))

    def _each_shape(self) -> Iterator[Shape]:
        """Each word's shape, in order, in one C-level step."""
        cols = self._cols
        return map(cols.shapes.__getitem__, cols.shape_ids)
