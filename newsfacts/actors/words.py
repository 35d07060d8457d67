"""The word layer of the actors stage: tokens with possessives split off, abbreviation
periods joined back ("Mr."), and each word tagged with what the lexicons and the
places stage know about it.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import sys
from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

import attrs
import regex

from ..findings import PlaceFindings
from ..records import LocationKind
from ..text import Document
from . import lexicon as lex
from .market import market_words
from .shapes import shapes_of
from .word import (
    FLAG_CAPS_LINE,
    FLAG_COMPOUND,
    FLAG_DATELINE,
    FLAG_MARKET,
    FLAG_POSS,
    FLAG_SENT_START,
    Word,
    WordColumns,
    Words,
)

__all__ = [
    "PlaceMention",
    "PlaceMentions",
    "Word",
    "WordColumns",
    "WordLayer",
    "Words",
    "build_words",
]


@attrs.frozen(slots=True)
class PlaceMention:
    """A span the places stage claims, with its location's country and kind."""

    start: int
    end: int
    country: str | None
    kind: str
    metonymic: bool


class PlaceMentions(Sequence[PlaceMention]):
    """The spans the places stage claims, literal or metonymic, in text order
    (by start, the longest first), kept as columns: a `PlaceMention` is made
    when one is read.

    A long text names places some ninety thousand times in ten million
    characters; an object each would hold 80 bytes a mention beside all the
    stage's candidates, the columns hold about 33: the offsets as arrays (read
    by bisection: `starts`, `ends`), the country and kind as pointers to
    shared strings, a byte for metonymy."""

    __slots__ = ("_countries", "_kinds", "_metonymic", "ends", "starts")

    def __init__(self, found: PlaceFindings) -> None:
        starts: array[int] = array("q")
        ends: array[int] = array("q")
        countries: list[str | None] = []
        kinds: list[str] = []
        metonymic = bytearray()
        for loc in found.locations:
            kind = str(
                loc.kind.value if isinstance(loc.kind, LocationKind) else loc.kind
            )
            for ms, meto in ((loc.mentions, 0), (loc.metonymic, 1)):
                starts.extend(m.start for m in ms)
                ends.extend(m.end for m in ms)
                countries += [loc.country] * len(ms)
                kinds += [kind] * len(ms)
                metonymic += bytes([meto]) * len(ms)
        # by start, the longest first (a stable sort: of equal spans, the
        # order of the locations), as one int key a mention
        span = max(ends, default=0) + 1
        order = sorted(range(len(starts)), key=lambda x: starts[x] * span - ends[x])
        self.starts: array[int] = array("q", map(starts.__getitem__, order))
        self.ends: array[int] = array("q", map(ends.__getitem__, order))
        self._countries = list(map(countries.__getitem__, order))
        self._kinds = list(map(kinds.__getitem__, order))
        self._metonymic = bytes(map(metonymic.__getitem__, order))

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, k: int) -> PlaceMention: ...
    @overload
    def __getitem__(self, k: slice) -> list[PlaceMention]: ...
    def __getitem__(self, k: int | slice) -> PlaceMention | list[PlaceMention]:
        if isinstance(k, slice):
            return [self[x] for x in range(len(self.starts))[k]]
        return PlaceMention(
            self.starts[k],
            self.ends[k],
            self._countries[k],
            self._kinds[k],
            bool(self._metonymic[k]),
        )

    def listed(self) -> Sequence[PlaceMention]:
        """The mentions to read: a list of them all for a text with at most
        `_ALL_LISTED` (a news article), read as fast as a list is; else these
        columns, which make a mention when it is read."""
        return self[:] if len(self.starts) <= _ALL_LISTED else self


# A text with at most this many place mentions (some 400,000 characters) has
# them made at once and kept as a list (see `PlaceMentions.listed`).
_ALL_LISTED = 1 << 12


@attrs.define(slots=True)
class WordLayer:
    """The words of a document plus the place mentions they fall in."""

    words: Words  # a list for an article, columns for a longer document
    columns: WordColumns
    places: Sequence[PlaceMention]  # a list for an article, else columns
    doc: Document
    lower_vocab: frozenset[str]  # words seen written in lower case
    # indexes of the words that may name a country (demonyms and words of
    # place mentions), for the steps that would otherwise walk every word
    country_words: Sequence[int]
    # the place mentions' starts, ascending (for `bisect`)
    place_starts: Sequence[int]
    # (first word, end of run) -> end of the keyword organisation there, for
    # the run being read (`orgs`; emptied between runs, so it stays small)
    org_ends: dict[tuple[int, int], int] = attrs.field(factory=dict)
    # what later steps read more than once, computed on first use (`countries`)
    memo: dict[str, Any] = attrs.field(factory=dict)
    # word ranges [lo, hi) of the lines of results or standings (`lines`)
    results: list[tuple[int, int]] = attrs.field(factory=list)
    # first word of a demonym of several words -> the word after it ("South
    # Korean officials": 0 -> 2), the only demonyms a word's flag cannot span
    demonym_ends: dict[int, int] = attrs.field(factory=dict)

    # Walks over every word in C-level steps, made when asked (not kept: a
    # list per word would hold as much again as the words' own columns).
    def texts(self) -> Iterator[str]:
        """Each word's `text`, in order."""
        return self.columns.texts()

    def lowers(self) -> Iterator[str]:
        """Each word's `lower`, in order."""
        return self.columns.lowers()

    def capitals(self, skip: int = 0) -> Iterator[int]:
        """The indexes of the capitalised words (`is_cap`), in order, but those
        with any of the flags `skip` (`FLAG_DATELINE`)."""
        return self.columns.capitals(skip)


def build_words(doc: Document, found: PlaceFindings) -> WordLayer:
    """Words of `doc` with possessives split off, abbreviations joined and tags set."""
    norm = doc.norm
    starts = doc.tokens.starts
    w_starts, w_ids, numbers, poss = _split_words(
        norm, starts, _Texts(norm, starts, doc.tokens.lengths)
    )
    distinct = numbers.texts
    del numbers
    compounds = _compounds(norm, w_starts, w_ids, distinct)
    places = _place_mentions(found)
    # the word ranges of the sentences, which give each word its sentence
    cuts = _sentence_cuts(doc, w_starts)
    words = WordColumns(w_starts, shapes_of(w_ids, distinct), cuts)
    # the words seen in lower case; then the texts go (each word's shape
    # holds its text), before the steps below make their own tables
    vocab = frozenset(t for t in distinct if t[:1].islower())
    del w_starts, w_ids, distinct
    for k in poss:
        words.flag(k, FLAG_POSS)
    for k in market_words(norm, words.starts):
        words.flag(k, FLAG_MARKET)
    for k in compounds:
        words.flag(k, FLAG_COMPOUND)
    compound = set(compounds)
    owners = set(poss)
    for k in sorted(owners | compound):
        # the shape holds the reading of a plain word
        words.settle(k, k in owners, k in compound)
    in_places = _tag_places(words, places)
    demonym_ends = _tag(doc, words, cuts, found, frozenset(in_places))
    listed = words.listed()
    results = _mark_headlines(
        words,
        listed,
        cuts,
        _contact_lines(norm, words, cuts),
        _table_starts(norm, words),
    )
    return WordLayer(
        listed,
        words,
        places.listed(),
        doc,
        vocab,
        country_words=array("i", sorted({*in_places, *words.demonyms()})),
        place_starts=places.starts,
        results=results,
        demonym_ends=demonym_ends,
    )


# A piece of a string: `getitem` typed for the tokens cut from the text.
_CUT: Callable[[str, slice], str] = operator.getitem


class _Texts:
    """The text of each token, cut from the text when read and interned (a
    long text's words are a few thousand strings, said again and again): the
    careful path reads a few tokens near each apostrophe or period, so the
    tokens need no list of their texts (a pointer each) beside the words'.
    The tokens' lengths are read, not their end offsets: an array of ends
    would be four bytes a token more while the words are split."""

    __slots__ = ("_held", "_norm", "_starts", "lens")

    def __init__(self, norm: str, starts: Sequence[int], lens: Sequence[int]) -> None:
        self._norm = norm
        self._starts = starts
        self.lens = lens
        # the texts read one by one, held while the words are split: a text
        # interned and let go at once, again and again, churns the table of
        # interned strings (which then grows for good)
        self._held: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._starts)

    def end(self, i: int) -> int:
        """One past the last character of token i."""
        return self._starts[i] + self.lens[i]

    def __getitem__(self, i: int) -> str:
        start = self._starts[i]
        text = self._norm[start : start + self.lens[i]]
        held = self._held.get(text)
        if held is None:
            held = self._held[text] = sys.intern(text)
        return held

    def stretch(self, i: int, j: int) -> Iterator[str]:
        """The texts of tokens i to j, cut in C-level steps (not interned:
        the words' numbering keeps the first string of each text, and the
        others go at once)."""
        starts = self._starts[i:j]
        cut = map(slice, starts, map(operator.add, starts, self.lens[i:j]))
        # (`getitem` is called in one step; `norm.__getitem__` is a slot's
        # wrapper, which makes a tuple of its arguments for every token)
        return map(_CUT, itertools.repeat(self._norm), cut)


class _Numbers(dict[str, int]):
    """Word text -> its number, numbered in order of first use (a text not
    seen before takes the next), with the texts by number (`texts`).

    The words are kept as their texts' numbers while they are split (an array
    of four bytes a word), not as a list of their texts (a pointer each, and
    the list's spare room as it grows): the numbering is the one `shapes_of`
    reads, made once."""

    __slots__ = ("texts",)

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def __missing__(self, text: str) -> int:
        n = self[text] = len(self.texts)
        self.texts.append(text)
        return n


def _split_words(
    norm: str, starts: Sequence[int], texts: _Texts
) -> tuple[array[int], array[int], _Numbers, list[int]]:
    """The words' starts and the numbers of their texts (`_Numbers`, which
    holds each distinct text once), and the indexes of the words followed by
    a possessive: plain tokens are taken in bulk (only tokens near an
    apostrophe or a period take the careful path)."""
    n = len(texts)
    odd = _odd_tokens(norm, starts, texts.lens, n)
    # arrays like the tokens' own: no int object per word
    w_starts: array[int] = array(starts.typecode if isinstance(starts, array) else "q")
    w_ids: array[int] = array("i")
    numbers = _Numbers()
    number = numbers.__getitem__
    spelled = numbers.texts
    poss: list[int] = []
    i = 0
    while i < n:
        if not odd[i]:
            # a stretch of plain tokens: one word each, taken in one C-level step
            j = odd.find(1, i)
            if j < 0:
                j = n
            w_starts.extend(starts[i:j])
            w_ids.extend(map(number, texts.stretch(i, j)))
            i = j
            continue
        text = texts[i]
        start = starts[i]
        end = texts.end(i)
        if text[-1] == "'" or text.endswith("'s"):
            nxt = texts[i + 1] if i + 1 < n else None
            last = len(w_ids) - 1
            last_text = spelled[w_ids[last]] if last >= 0 else ""
            if (
                text in ("'", "'s")
                and last >= 0
                and Word.of(0, last_text).is_alpha
                and not (poss and poss[-1] == last)
                and (text == "'s" or (nxt == "s" and starts[i + 1] == end))
            ):
                poss.append(last)  # "Islam 's" in tokenised text
                i += 1 if text == "'s" else 2
                continue
            if (
                text == "'"
                and last >= 0
                and w_starts[last] + len(last_text) == start
                and Word.of(0, last_text).lower.endswith("s")
                and Word.of(0, last_text).is_cap
                and nxt is not None
                and nxt[:1].isupper()
            ):
                if not (poss and poss[-1] == last):
                    poss.append(last)  # "Kurdistan Workers' Party": a plural possessive
                i += 1
                continue
            if len(text) > 2 and text.endswith("'s"):
                poss.append(len(w_ids))
                w_starts.append(start)
                w_ids.append(number(text[:-2]))
                i += 1
                continue
        if (
            i + 1 < n
            and texts[i + 1] == "."
            and starts[i + 1] == end
            and (text.lower() in lex.ABBREVIATIONS or _initial(text, texts, i))
        ):
            w_starts.append(start)
            w_ids.append(number(norm[start : end + 1]))
            i += 2
            continue
        w_starts.append(start)
        w_ids.append(number(text))
        i += 1
    return w_starts, w_ids, numbers, poss


def _compounds(
    norm: str, w_starts: Sequence[int], w_ids: array[int], texts: list[str]
) -> list[int]:
    """Indexes of the words that are the first part of a hyphenated adjective
    ("U.N.-backed", "U.S.-led"); `w_ids` numbers each word's text in `texts`."""
    out: list[int] = []
    if "-" not in texts:
        return out
    dash = texts.index("-")
    k = 0
    while True:
        try:
            k = w_ids.index(dash, k + 1)
        except ValueError:
            break
        a_start = w_starts[k - 1]
        a_text = texts[w_ids[k - 1]]
        b_end = w_starts[k] + 1
        if w_starts[k] == a_start + len(a_text) and Word.of(0, a_text).is_upper:
            tail = norm[b_end : b_end + 16].split(" ", 1)[0].rstrip(".,;:")
            if tail.lower() in lex.ADJECTIVE_TAILS:
                out.append(k - 1)
    return out


def _sentence_cuts(doc: Document, w_starts: Sequence[int]) -> array[int]:
    """One past the last word of each sentence, then the number of words (the
    words after the last sentence): a word belongs to the first sentence that
    ends after its start."""
    cuts: array[int] = array("i")
    lo = 0
    for s in doc.sentences:
        lo = bisect.bisect_left(w_starts, s.end, lo)
        cuts.append(lo)
    cuts.append(len(w_starts))
    return cuts


def _odd_tokens(
    norm: str, starts: Sequence[int], lens: Sequence[int], n: int
) -> bytearray:
    """1 for each token that may not be a word of its own as it stands: one
    holding an apostrophe ("'s", "'", "Islam's"), and one right before a
    period it may take ("Gen" of "Gen.", "W" of "George W. Bush": an
    abbreviation or a capital letter, the period its own token right after);
    0 for the others, which are read in bulk. A sentence's last word, or a
    token with periods inside ("U.S.", "3.5"), is a word as it stands: only
    the few tokens that may join a period take the careful path."""
    odd = bytearray(n)
    p = norm.find("'")
    while p >= 0:
        k = bisect.bisect_right(starts, p) - 1
        if k >= 0:
            odd[k] = 1
        p = norm.find("'", p + 1)
    p = norm.find(".")
    while p >= 0:
        k = bisect.bisect_right(starts, p) - 1
        if k > 0 and starts[k] == p and lens[k] == 1:  # a period of its own
            a = starts[k - 1]
            if a + lens[k - 1] == p:
                before = norm[a:p]
                if before.lower() in lex.ABBREVIATIONS or (
                    len(before) == 1 and before.isupper()
                ):
                    odd[k - 1] = 1
        p = norm.find(".", p + 1)
    return odd


def _initial(text: str, texts: _Texts, i: int) -> bool:
    """ "W." in "George W. Bush": one capital, a period, then a capitalised word."""
    return (
        len(text) == 1
        and text.isupper()
        and i + 2 < len(texts)
        and texts[i + 2][:1].isupper()
    )


def _place_mentions(found: PlaceFindings) -> PlaceMentions:
    """Every span the places stage claims, literal or metonymic, in text order."""
    return PlaceMentions(found)


def _tag(
    doc: Document,
    words: WordColumns,
    cuts: Sequence[int],
    found: PlaceFindings,
    placed: frozenset[int] = frozenset(),
) -> dict[int, int]:
    """Set sentence-start, demonym and dateline flags on the words. Each is
    read where it can hold only: the first word with a letter of each
    sentence, the words where the places stage found a demonym, the words of
    the dateline. A demonym whose first word lies in a place mention
    (`placed`) is that place's word, not a nationality ("INDIAN" of "INDIAN
    WELLS, California"). Returns the word after each demonym of several
    words, by its first word."""
    lo = 0
    for hi in cuts:
        for k in range(lo, hi):
            if words.text(k)[:1].isalpha():
                words.flag(k, FLAG_SENT_START)
                break
        lo = hi
    w_starts = words.starts
    dem = {(d.start, d.end): d.country for d in found.demonyms}
    by_start = {d.start: d for d in found.demonyms}
    ends: dict[int, int] = {}
    for at, d in by_start.items():
        k = bisect.bisect_left(w_starts, at)
        if k in placed:
            continue
        if k < len(words) and w_starts[k] == at and d.end >= words.end(k) - 1:
            words.set_demonym(k, dem[(d.start, d.end)])
            after = bisect.bisect_left(w_starts, d.end, k + 1)
            if after > k + 1:
                ends[k] = after  # "South Korean"
                for m in range(k + 1, after):  # "Korean" of "North Korean"
                    words.set_demonym(m, dem[(d.start, d.end)])
    dl = doc.dateline
    if dl is not None:
        for k, start in enumerate(w_starts):
            if start >= dl.span.end:
                # "LAGOS (AP) — Police arrested ...": the story's first word
                # opens its sentence, as it would without the dateline
                for j in range(k, len(words)):
                    if words.text(j)[:1].isalpha():
                        words.flag(j, FLAG_SENT_START)
                        break
                break
            if dl.span.start <= start:
                words.flag(k, FLAG_DATELINE)
    return ends


def _tag_places(words: WordColumns, places: PlaceMentions) -> list[int]:
    """Give each word inside a place mention the first of the (at most three)
    mentions from the current one on that holds it, walking the words and the
    mentions (by start, longest first) together; a word the mention holds is
    no demonym (the places stage decides it). The indexes of those words."""
    out = []
    w_starts = words.starts
    n_places = len(places)
    p_starts = places.starts
    p_ends = places.ends
    pi = 0
    after = 0  # words before this one were walked already
    for p_start, p_end in zip(p_starts, p_ends, strict=True):
        lo = max(bisect.bisect_left(w_starts, p_start, after), after)
        hi = bisect.bisect_left(w_starts, p_end, lo)
        after = max(after, hi)
        for w in range(lo, hi):
            at = w_starts[w]
            while pi < n_places and p_ends[pi] <= at:
                pi += 1
            if pi < n_places and p_starts[pi] <= at:
                end = words.end(w)
                for k in range(pi, min(pi + 3, n_places)):
                    if p_starts[k] <= at and end <= p_ends[k]:
                        words.set_place(w, k)
                        out.append(w)
                        break
    return out


def _contact_lines(norm: str, words: WordColumns, cuts: Sequence[int]) -> set[int]:
    """The sentences with an "@" in a word (the lines a contact address may
    be on), found from where the text holds one: most texts hold none, and
    the words of each line need not be read for it."""
    out = set()
    p = norm.find("@")
    while p >= 0:
        k = bisect.bisect_right(words.starts, p) - 1
        if k >= 0:
            out.add(bisect.bisect_right(cuts, k))
        p = norm.find("@", p + 1)
    return out


def _table_starts(norm: str, words: WordColumns) -> list[int]:
    """The words that open a line after a line ending in a colon or a
    number, in order: the rows of a table or list its header line introduces
    ("Standings (played, won, drawn, lost, points):" then "Newcastle 5 4 1 0
    10 3 13"), or that follow another row ("... ( Sweden ) 6-4 6-2" then
    "Daniel Vacek ( Czech Republic ) beat ..."), which the sentences may
    join when the lines are long or lack a final stop."""
    out: list[int] = []
    for end in _colon_line_ends(norm):
        k = bisect.bisect_left(words.starts, end)
        if k < len(words) and (not out or out[-1] != k):
            out.append(k)
    return out


def _colon_line_ends(norm: str) -> Iterator[int]:
    """The offsets right after each line break that ends a line in a colon
    or a digit (spaces, tabs and a carriage return between) before a line
    opening with a capital or a digit, in order. Read from the line breaks
    (a few hundred in an article), not by a pattern tried at every
    character: what `_COLON_EOL` finds, each match ending at its break."""
    p = norm.find("\n")
    while p >= 0:
        q = p - 1 if p > 0 and norm[p - 1] == "\r" else p
        while q > 0 and norm[q - 1] in " \t":
            q -= 1
        if (
            q > 0
            and _COLON_OR_DIGIT.match(norm, q - 1)
            and _LINE_OPENS.match(norm, p + 1)
        ):
            yield p + 1
        p = norm.find("\n", p + 1)


# The line break ending a line in a colon or a digit before a line opening
# with a capital or a digit (`_colon_line_ends` reads it from the breaks).
_COLON_EOL = regex.compile(r"[:\d][ \t]*+\r?\n(?=[ \t]*+[\p{Lu}\d])")
_COLON_OR_DIGIT = regex.compile(r"[:\d]")
_LINE_OPENS = regex.compile(r"[ \t]*+[\p{Lu}\d]")


def _mark_headlines(
    words: WordColumns,
    listed: Words,
    cuts: Sequence[int],
    contacts: set[int],
    tables: Sequence[int] = (),
) -> list[tuple[int, int]]:
    """Flag words of headline lines (ALL CAPS, or Title Case with no final
    stop); the word ranges of the results lines (see `lines`), in order. The
    words of a line are read from the list of an article's words, or made
    afresh for a longer document (its columns keep no word). `contacts`: the
    sentences with an "@" (`_contact_lines`); `tables`: the words that open
    a line after a colon's (`_table_starts`), where the results lines of a
    sentence are looked for in its parts."""
    from .lines import HEADLINE, RESULTS, is_rank, line_kind

    results: list[tuple[int, int]] = []
    lo = 0
    ranked = False  # the sentence before is a rank alone ("2 .")
    for s, hi in enumerate(cuts):
        if hi == lo:
            continue
        ws = listed[lo:hi] if isinstance(listed, list) else words.made(lo, hi)
        row = bool(results) and results[-1][1] == lo  # the sentence before is one
        kind = line_kind(ws, s in contacts, ranked, row)
        ranked = is_rank(ws)
        rows: list[tuple[int, int]] = []
        at = bisect.bisect_right(tables, lo)
        if at < len(tables) and tables[at] < hi:
            # a header and the rows it introduces, or rows joined: each line
            # is read alone, and a results line is no headline's
            parts = [lo]
            while at < len(tables) and tables[at] < hi:
                parts.append(tables[at])
                at += 1
            parts.append(hi)
            for a, b in itertools.pairwise(parts):
                if line_kind(ws[a - lo : b - lo], s in contacts) == RESULTS:
                    rows.append((a, b))
        elif kind == RESULTS:
            rows.append((lo, hi))
        results += rows
        if kind == HEADLINE:
            in_rows = {k for a, b in rows for k in range(a, b)}
            for k, w in enumerate(ws, lo):
                if k not in in_rows:
                    words.flag(k, FLAG_CAPS_LINE)
                    w.flag(FLAG_CAPS_LINE)
        lo = hi
    return results
