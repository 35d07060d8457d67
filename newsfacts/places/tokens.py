"""The tokens of an article as the places stage reads them, with their context.

The places stage splits finer than `Document.tokens`: every letter run, digit run
and punctuation mark is a token of its own ("U.S." is "U . S .", "Tripoli-based"
is "Tripoli - based", "Ta'if" is "Ta ' if"), exactly as the gazetteer's keys
were cut (`knowledge.keys.name_key`). That is what lets one dict probe per
token sequence find "U.S", "U.S." and "US" alike, the place inside a hyphenated
compound, and a possessive ("Russia's"). `Document.tokens` keeps those whole for
the other stages, so the places stage would have to split each of them again:
it cuts its own tokens in one linear pass instead, and keeps them compactly.

Memory: the start offsets are an array of machine integers, and each token's
text is the one shared string of its spelling (an article has far fewer distinct
words than tokens), folded once per spelling, on first use; a token's end is its
start plus the length of its text (`_Ends`), not kept: about 12 bytes a token,
where lists of offsets, strings and folds cost about 140.

Speed: the scans look only at capitalised tokens (`caps`, an array made once),
and a name key is one `str.join` of the folds of a slice of the words (`key`),
not a Python call per token.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable, Sequence
from itertools import accumulate, compress, islice
from operator import itemgetter

import regex

from ..knowledge.gazetteer import Entry, Gazetteer
from ..knowledge.keys import fold, name_key
from ..text import Dateline, Document
from .lexicon import AREA_PLURALS, AREA_WORDS, CONNECTORS
from .match import Match

# What joins the places of a dateline filed from several ("GAZA/CAIRO",
# "TIJUANA & SAN DIEGO").
_DATELINE_PARTS = regex.compile(r"/|\s&\s|\sAND\s")
# A county's word after a dateline's place ("PLYMOUTH CO. -").
_DATELINE_AREA = regex.compile(r"\s+(?:CO\.?|COUNTY|PARISH)$")

# Tokens looked over for the plural area word closing a list of names.
_LIST_REACH = 12

# What follows a place in capitals that opens a dateline ("PARIS, March 3",
# "KABUL (Reuters) -", "GAZA - ").
_DATELINE_PUNCT = frozenset({",", "(", "-", ":"})

__all__ = ["MAX_TOKENS", "PlaceTokens", "TokenMarks"]

# Words, numbers and single punctuation marks (same split as gazetteer keys).
_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}]*+|\d++|[^\s\p{L}\p{M}\d]")
MAX_TOKENS = 8
_NEWLINE = regex.compile(r"\n")
_SENTENCE_PUNCT = frozenset(".!?:;\"'()[]-|\n")


# Every byte but an ASCII capital, and every byte but an ASCII small letter:
# what `bytes.translate` deletes to count the one kind of letter or the other.
_NOT_UPPER = bytes(b for b in range(256) if not 65 <= b <= 90)
_NOT_LOWER = bytes(b for b in range(256) if not 97 <= b <= 122)


def _cased_letters(line: str) -> tuple[int, int]:
    """The capitals of `line` and its cased letters (capitals and small ones).

    Most lines are ASCII, whose letters `bytes.translate` counts in one C pass
    with no call per character; any other line is counted by `str.isupper` and
    `str.islower` character by character (the same count on ASCII)."""
    if line.isascii():
        raw = line.encode("ascii")
        upper = len(raw.translate(None, _NOT_UPPER))
        return upper, upper + len(raw.translate(None, _NOT_LOWER))
    upper = sum(map(str.isupper, line))
    return upper, upper + sum(map(str.islower, line))


class _Folds(dict[str, str]):
    """Spelling -> its folded form, made on first use (most words are never
    looked up), then a plain dict look-up, from Python or C (`map`). One table
    for every article (news repeats its names from one story to the next),
    emptied when full."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _FOLDS_SIZE:
            self.clear()  # bounded memory on any input
        got = self[word] = fold(word)
        return got


_FOLDS = _Folds()
_FOLDS_SIZE = 1 << 16  # spellings remembered at most


def _cut(
    norm: str, starts: array[int], words: list[str], spellings: dict[str, str]
) -> None:
    """Append the tokens of `norm` to `starts` and `words`, each word the one
    string of its spelling in `spellings`.

    In C-level steps, a piece of text at a time: `_SPLIT` cuts a piece into
    the white space between tokens and the tokens (gap, token, gap, ...
    gap), so a token starts where the lengths of all the pieces before it
    add up to (`_ASCII_SPLIT` for a piece of ASCII characters alone: the same
    cuts). A piece ends at white space (no token holds any), some `_PIECE`
    characters on, so that the list of its pieces stays small whatever the
    length of the text.
    """
    size = len(norm)
    a = 0
    while a < size:
        space = _SPACE.search(norm, a + _PIECE) if a + _PIECE < size else None
        b = space.start() if space is not None else size
        piece = norm[a:b]
        parts = (_ASCII_SPLIT if piece.isascii() else _SPLIT).split(piece)
        offsets = accumulate(map(len, parts), initial=a)
        starts.extend(islice(offsets, 1, len(parts) - 1, 2))
        cut = parts[1::2]
        words += map(spellings.setdefault, cut, cut)
        a = b


_FIRST = itemgetter(0)  # a word's first character
_LONG = (3).__lt__  # a length of more than three letters

# The token pattern as `_cut` splits on it, and where a piece may end.
_SPLIT = regex.compile(f"({_TOKEN.pattern})")
# The same for a piece of ASCII characters alone (most pieces of English
# news), for the standard library's engine, which reads it about twice as
# fast: a letter is [A-Za-z] there, no character is a mark, a digit is [0-9]
# and white space is [\t\n\v\f\r ] (what `regex` takes `\p{L}`, `\p{M}`,
# `\d` and `\s` for in ASCII); a greedy run is the possessive one, as nothing
# follows it in its branch.
_ASCII_SPLIT = re.compile(r"([A-Za-z]+|[0-9]+|[^\t\n\x0b\x0c\r\x20A-Za-z0-9])")
_SPACE = regex.compile(r"\s")
_PIECE = 1 << 9  # characters of a piece at least (a sentence or so)


class TokenMarks:
    """A set of token indexes, as a byte per token: the tokens that open a
    sentence are some one in fifteen, and a set of ints would hold about 70
    bytes for each of them (the int and its slot), a long text's whole."""

    __slots__ = ("_marks",)

    def __init__(self, n: int) -> None:
        self._marks = bytearray(n)

    def add(self, i: int) -> None:
        """Mark token `i` (an index of the article's tokens)."""
        self._marks[i] = 1

    def add_after(self, flags: Iterable[bool]) -> None:
        """Mark each token after a token whose flag is true (`flags` has one
        for each token but the last), in one C-level step."""
        self._marks[1:] = bytes(flags)

    def __contains__(self, i: int) -> bool:
        return 0 <= i < len(self._marks) and self._marks[i] == 1


class _Ends:
    """The end offset of each token, read as an array is: its start plus the
    length of its text (every token is its own spelling), so that a long
    text's tokens keep no second array of offsets."""

    __slots__ = ("_starts", "_words")

    def __init__(self, starts: array[int], words: list[str]) -> None:
        self._starts = starts
        self._words = words

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, i: int) -> int:
        return self._starts[i] + len(self._words[i])


class PlaceTokens:
    """The tokens of an article as the places stage reads them, with their context:
    folded forms, sentence and line openings, headline and capitals lines."""

    def __init__(self, doc: Document, gaz: Gazetteer) -> None:
        self.doc = doc
        self.gaz = gaz
        norm = doc.norm
        code = "i" if len(norm) < 2**31 else "q"
        self.starts: array[int] = array(code)
        self.words: list[str] = []
        spellings: dict[str, str] = {}
        _cut(norm, self.starts, self.words, spellings)
        self.ends = _Ends(self.starts, self.words)
        self.folds: dict[str, str] = _FOLDS
        capital = {w for w in spellings if w[0].isupper()}
        # Indices of the tokens that start with a capital, in order: the only
        # tokens a place name can start at.
        self.caps: array[int] = array(
            code,
            compress(range(len(self.words)), map(capital.__contains__, self.words)),
        )
        # (all of them, a dateline's date too: the keyword names read these)
        self.capitalised = self.caps
        self.newlines: array[int] = array(
            code, (m.start() for m in _NEWLINE.finditer(norm))
        )
        self.sentence_initial = self._sentence_initial()
        dl = doc.dateline
        if dl is not None and not self._dateline_place(dl, gaz):
            dl = None  # "RUGBY UNION - ENGLAND BEAT WALES": a section's slug
        self.dateline_end = dl.span.end if dl is not None else -1
        if dl is not None and dl.date is not None:
            # "TIJUANA, MARCH 29, 2018 --": the dateline's date names no place
            date, starts = dl.date, self.starts
            self.caps = array(
                code, (c for c in self.caps if not date.start <= starts[c] < date.end)
            )
        self.caps_lines = self._caps_lines()
        self.title_lines = self._title_lines()
        self.person_keys: set[str] = set()
        self.memo: dict[str, Sequence[tuple[Entry, bool]]] = {}
        self.para_starts = doc.paragraphs.starts
        self.weak_keys: set[str] = set()
        self.last_start = self.last_end = -1  # the last place match kept
        self._written: dict[str, str] = {}

    def f(self, i: int) -> str:
        """Folded form of token `i`."""
        return self.folds[self.words[i]]

    def written(self, a: int, b: int) -> str:
        """`doc.text[a:b]`, as one string for each spelling: a place is named
        the same way again and again ("Libya"), and its mentions are kept for
        the whole article."""
        got = self.doc.text[a:b]
        return self._written.setdefault(got, got)

    def key(self, i: int, j: int) -> str:
        """The gazetteer key of tokens [i, j): their folded forms, spaced."""
        return " ".join(map(self.folds.__getitem__, self.words[i:j]))

    def _dateline_place(self, dl: Dateline, gaz: Gazetteer) -> bool:
        """The dateline names a place: it has a region, an agency or a date
        ("HOLLIDAY, Mo. —"), or the gazetteer knows each of its places
        ("WASHINGTON —", "GAZA/CAIRO -"). A line of capitals before a dash with
        none of these is a slug ("RUGBY UNION -", "MARKETS -")."""
        if dl.region is not None or dl.agency is not None or dl.date is not None:
            return True
        text = _DATELINE_AREA.sub("", self.doc.norm[dl.place.start : dl.place.end])
        return all(
            gaz.known(name_key(part))
            for part in _DATELINE_PARTS.split(text)
            if part.strip()
        )

    def _sentence_initial(self) -> TokenMarks:
        """Indices of tokens that open a sentence, a line or a quotation."""
        words = self.words
        n = len(words)
        out = TokenMarks(n)
        if n:
            # a token after a sentence's or a quotation's punctuation
            out.add_after(map(_SENTENCE_PUNCT.__contains__, islice(words, n - 1)))
        if words:
            out.add(0)
        # The first token after each line break (found by bisection, not by
        # slicing the text between every two tokens).
        starts = self.starts
        for nl in self.newlines:
            i = bisect.bisect_right(starts, nl)
            if i < n:
                out.add(i)
        return out

    def _caps_lines(self) -> set[int]:
        """Line start offsets of lines written in capitals (headlines, datelines)."""
        out: set[int] = set()
        norm = self.doc.norm
        pos = 0
        for line in norm.split("\n"):
            upper, letters = _cased_letters(line)
            if letters >= 4 and upper >= 0.8 * letters:
                out.add(pos)
            pos += len(line) + 1
        return out

    def _title_lines(self) -> set[int]:
        """Line start offsets of short Title Case lines (headlines)."""
        out: set[int] = set()
        norm = self.doc.norm
        pos = 0
        for line in norm.split("\n"):
            # (Split no further than the 61st word: the words of a line of
            # up to 60 are all split off, as `split()` would.)
            parts = line.split(None, 60)
            if len(parts) > 60:  # a paragraph, never a headline
                pos += len(line) + 1
                continue
            # (Counted in C-level steps: a line of up to 60 words is read
            # word by word otherwise, three times.)
            words = list(compress(parts, map(str.isalpha, map(_FIRST, parts))))
            if 2 <= len(words) <= 20:
                long = list(compress(words, map(_LONG, map(len, words))))
                caps = sum(map(str.isupper, map(_FIRST, long)))
                if long and caps >= 0.85 * len(long):
                    out.add(pos)
            pos += len(line) + 1
        return out

    def line_start(self, offset: int) -> int:
        """Offset of the start of the line holding `offset`."""
        i = bisect.bisect_right(self.newlines, offset - 1) - 1
        return self.newlines[i] + 1 if i >= 0 else 0

    def paragraph(self, i: int) -> int:
        """Index of the paragraph holding token `i`."""
        return bisect.bisect_right(self.para_starts, self.starts[i]) - 1

    def prev_word(self, i: int) -> int | None:
        """Index of the token before `i` when it is a word on the same line."""
        if i == 0:
            return None
        if "\n" in self.doc.norm[self.ends[i - 1] : self.starts[i]]:
            return None
        return i - 1

    def lookup(self, key: str) -> Sequence[tuple[Entry, bool]]:
        """The gazetteer's entries for `key`, memoised for this article."""
        got = self.memo.get(key)
        if got is None:
            got = self.memo[key] = self.gaz.lookup(key)
        return got

    def in_caps_context(self, i: int) -> bool:
        """An ALL-CAPS token inside a dateline, a line in capitals, or a dateline-like
        opening ("WASHINGTON (AP) -", "LONDON, March 3", "AUSTIN, Texas")."""
        if self.starts[i] < self.dateline_end:
            return True
        if self.line_start(self.starts[i]) in self.caps_lines:
            return True
        opens = i in self.sentence_initial or (
            i > 0 and self.words[i - 1] in {"-", ".", "&"}
        )
        if not opens:
            return False
        j = i
        while j < len(self.words) and j < i + 8 and self.words[j].isupper():
            j += 1
        return j < len(self.words) and (
            self.words[j] in {",", "(", ")", "-", ":", "&"}
            or self.words[j][:1].isupper()
            or "\n" in self.doc.norm[self.ends[j - 1] : self.starts[j]]
        )

    def is_cap_word(self, i: int) -> bool:
        """Token `i` starts with a capital letter."""
        return self.words[i][:1].isupper()

    def surface_ok(self, i: int, j: int) -> bool:
        """Capitalisation of tokens [i, j) fits a proper name."""
        for k in range(i, j):
            w = self.words[k]
            if not w[0].isalpha():
                continue
            if w[0].isupper():
                if len(w) > 1 and w.isupper() and not self.caps_ok(i, j, k):
                    return False
                continue
            if k == i or not (self.f(k) in CONNECTORS or self.particle(i, j, k)):
                return False
        return True

    def particle(self, i: int, j: int, k: int) -> bool:
        """Lower-case token `k` belongs inside the name [i, j): joined by a
        hyphen or an apostrophe to the name ("Bandar-e Abbas", "Bucheon-si",
        "Ta'if"), or a short particle
        between capitalised words ("Dar es Salaam", "Hoji ya Henda")."""
        starts, ends, words = self.starts, self.ends, self.words
        if (
            k - 1 > i
            and words[k - 1] in ("-", "'")
            and ends[k - 1] == starts[k]
            and starts[k - 1] == ends[k - 2]
        ):
            return True
        return (
            len(words[k]) <= 3
            and k + 1 < j
            and any(words[x][:1].isupper() for x in range(k + 1, j))
        )

    def caps_ok(self, i: int, j: int, k: int) -> bool:
        """An all-capitals word is a name: a short code (US, UK) or a caps line."""
        w = self.words[k]
        if any(
            self.words[x][:1].isalpha() and not self.words[x].isupper()
            for x in range(i, j)
        ):
            return True  # an acronym inside a mixed-case name ("DR Congo")
        if len(w) <= 4 and j - i <= 4:
            key = self.key(i, j)
            if key in self.gaz.short_codes:
                return True
        return self.in_caps_context(i)

    def caps_opening(self, m: Match) -> bool:
        """The match is written in capitals at a dateline-like opening: in a
        dateline, or opening a line in capitals with a dateline's punctuation
        after it ("NICE, France -"). Elsewhere in a headline written in
        capitals a word's capitals say nothing ("PROTESTERS MARCH ON ..." is no
        town of March, "POLICE IN ..." no town of Police)."""
        i = m.start
        w = self.words[i]
        if len(w) <= 2 or not w.isupper() or not self.in_caps_context(i):
            return False
        if (
            self.starts[i] < self.dateline_end
            or self.line_start(self.starts[i]) not in self.caps_lines
        ):
            return True
        j = m.end
        return (
            i in self.sentence_initial
            and j < len(self.words)
            and self.words[j] in _DATELINE_PUNCT
        )

    def big(self, m: Match) -> bool:
        """Some reading of the match is a place of a million people or more."""
        return any(e.population >= 1_000_000 for e, _ in m.candidates)

    def area_word_after(self, i: int, j: int) -> str | None:
        """The area word that makes the name of tokens [i, j) a division:
        right after it ("Farah province", "Jackson county"), or, in the
        plural, after a list of names it belongs to ("Idlib and Hama
        provinces", "Los Angeles, Ventura and Kern counties")."""
        words = self.words
        n = len(words)
        if j >= n:
            return None
        if words[j] in AREA_WORDS:
            return words[j]
        joined = i > 0 and words[i - 1] in ("and", "or")
        for k in range(j, min(j + _LIST_REACH, n)):
            w = words[k]
            if w in AREA_PLURALS:
                return w if joined else None
            if w in ("and", "or"):
                joined = True
            elif w != "," and not w[:1].isupper():
                return None
        return None

    def area_at(self, j: int) -> bool:
        """Token `j` starts a country, a state or a state abbreviation ("Ky.")."""
        if not self.words[j][:1].isupper():
            return False
        if self.starts_major(j):
            return True
        f = self.f(j)
        return f + " ." in self.gaz.state_abbreviations or f in self.gaz.short_codes

    def starts_major(self, j: int) -> bool:
        """Token `j` is a country, state or region name, or a demonym."""
        f = self.f(j)
        if f in self.gaz.demonyms:
            return True
        key = f
        for k in range(j, min(j + 4, len(self.words))):
            if k > j:
                if not self.words[k][:1].isupper():
                    break
                key += " " + self.f(k)
            if any(
                e.kind in ("country", "admin1", "region", "continent")
                for e, _ in self.lookup(key)
            ):
                return True  # "Ohio", "New Jersey", "United Kingdom"
        return False

    def ends_place(self, p: int) -> bool:
        """Token `p` ends the previous place match or is a demonym."""
        return p + 1 == self.last_end or self.f(p) in self.gaz.demonyms
