"""The text layer every stage reads: clean-up, tokens, sentences, paragraphs, dateline.

Clean-up (`_clean.normalise`) maps each character to exactly one character
(curly quotes to straight ones, no-break spaces to spaces, dashes to "-",
markup to spaces), so an offset into `Document.norm` is the same offset into
the caller's string and no stage ever remaps spans.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from array import array
from collections.abc import Callable, Iterator, Sequence
from functools import cached_property
from typing import NamedTuple, overload

import attrs
import regex

from ._clean import normalise

__all__ = ["Document", "Span", "Spans", "Token", "Tokens", "normalise"]


@attrs.frozen(slots=True)
class Span:
    """A half-open character range `[start, end)` of the document."""

    start: int
    end: int

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and self.start <= offset < self.end


class Token(NamedTuple):
    """A word, number or punctuation mark with its offsets.

    A named tuple rather than an attrs class: an article has thousands of tokens
    and a tuple is several times cheaper to build.
    """

    start: int
    end: int
    text: str

    @property
    def is_title(self) -> bool:
        """Starts with an upper-case letter."""
        return self.text[:1].isupper()


class Tokens(Sequence[Token]):
    """Tokens of a document, or a run of them, kept as two arrays: the start
    offsets and the lengths.

    A `Token` is made when it is read, so a document keeps about five bytes a
    token (a length is one byte, or four for a text with a token longer than
    255 characters) instead of a tuple, two ints and a string (about 190
    bytes), and `within` gives a view of a run over the same arrays: a stage
    that walks tokens holds only what it keeps itself. Slicing gives a tuple
    of tokens, as does `Document.tokens_in` (a tuple is faster to index again
    and again).
    """

    __slots__ = ("_hi", "_lens", "_lo", "_norm", "_starts")

    def __init__(
        self, norm: str, starts: array[int], lens: array[int], lo: int = 0, hi: int = -1
    ) -> None:
        self._norm = norm
        self._starts = starts
        self._lens = lens
        self._lo = lo
        self._hi = len(starts) if hi < 0 else hi

    @classmethod
    def of(cls, norm: str) -> Tokens:
        """Tokenise `norm`, a stretch of text at a time (see `_stretches`)."""
        code = "i" if len(norm) < 2**31 else "q"
        starts: array[int] = array(code)
        lens: array[int] = array("B")
        add_start, add_len = starts.append, lens.append
        for a, b, pattern in _stretches(norm):
            for m in pattern.finditer(norm, a, b):
                x, y = m.span()
                add_start(x)
                try:
                    add_len(y - x)
                except OverflowError:  # a token of over 255 characters: wider
                    lens = array(code, lens)
                    add_len = lens.append
                    add_len(y - x)
        return cls(norm, starts, lens)

    @property
    def starts(self) -> Sequence[int]:
        """Start offsets, ascending (for `bisect`)."""
        if self._lo == 0 and self._hi == len(self._starts):
            return self._starts
        return self._starts[self._lo : self._hi]

    @property
    def lengths(self) -> Sequence[int]:
        """Lengths, in the order of `starts` (the array kept: one byte a
        token, where `ends` makes an array of offsets)."""
        if self._lo == 0 and self._hi == len(self._starts):
            return self._lens
        return self._lens[self._lo : self._hi]

    @property
    def ends(self) -> Sequence[int]:
        """End offsets, ascending (an array made from the lengths when asked:
        read it once for a run, not once per token)."""
        starts, lens = self._starts, self._lens
        if self._lo or self._hi != len(starts):
            starts = starts[self._lo : self._hi]
            lens = lens[self._lo : self._hi]
        return array(starts.typecode, map(operator.add, starts, lens))

    def within(self, start: int, end: int) -> Tokens:
        """A view of the tokens lying inside `[start, end)`."""
        starts, lo, hi = self._starts, self._lo, self._hi
        i = bisect.bisect_left(starts, start, lo, hi)
        j = bisect.bisect_left(starts, end, i, hi)
        # Tokens do not overlap, so only the last one can run past `end`.
        if j > i and starts[j - 1] + self._lens[j - 1] > end:
            j -= 1
        return Tokens(self._norm, starts, self._lens, i, j)

    def __len__(self) -> int:
        return self._hi - self._lo

    @overload
    def __getitem__(self, i: int) -> Token: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[Token, ...]: ...
    def __getitem__(self, i: int | slice) -> Token | tuple[Token, ...]:
        if isinstance(i, slice):
            picked = range(self._lo, self._hi)[i]
            if picked.step == 1:
                view = Tokens(self._norm, self._starts, self._lens, *_bounds(picked))
                return tuple(view)
            return tuple(self[k - self._lo] for k in picked)
        k = (self._lo if i >= 0 else self._hi) + i
        if not self._lo <= k < self._hi:
            raise IndexError("token index out of range")
        a = self._starts[k]
        b = a + self._lens[k]
        return tuple.__new__(Token, (a, b, self._norm[a:b]))

    def __iter__(self) -> Iterator[Token]:
        starts, lens = self._starts, self._lens
        if self._lo or self._hi != len(starts):
            starts = starts[self._lo : self._hi]
            lens = lens[self._lo : self._hi]
        ends = list(map(operator.add, starts, lens))
        # All in C: no Python frame per token.
        texts = map(self._norm.__getitem__, map(slice, starts, ends))
        return map(_make_token, zip(starts, ends, texts, strict=True))

    def __repr__(self) -> str:
        return f"<Tokens {self._lo}:{self._hi}>"


class Spans(Sequence[Span]):
    """Spans in text order (a document's sentences or paragraphs), kept as two
    arrays of offsets; a `Span` is made when one is read.

    A long text has tens of thousands of sentences and paragraphs, kept for
    the whole parse: a span object and its two ints cost about 120 bytes, the
    arrays eight. `starts` and `ends` are the arrays themselves, for `bisect`.
    A slice is a tuple of spans.
    """

    __slots__ = ("ends", "starts")

    def __init__(self, starts: array[int], ends: array[int]) -> None:
        self.starts = starts
        self.ends = ends

    @classmethod
    def empty(cls, size: int) -> Spans:
        """No spans yet, for offsets into a text of `size` characters."""
        code = "i" if size < 2**31 else "q"
        return cls(array(code), array(code))

    def add(self, start: int, end: int) -> None:
        """Add the span `[start, end)` after the others."""
        self.starts.append(start)
        self.ends.append(end)

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> Span: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[Span, ...]: ...
    def __getitem__(self, i: int | slice) -> Span | tuple[Span, ...]:
        if isinstance(i, slice):
            return tuple(map(Span, self.starts[i], self.ends[i]))
        return Span(self.starts[i], self.ends[i])

    def __iter__(self) -> Iterator[Span]:
        return map(Span, self.starts, self.ends)

    def __repr__(self) -> str:
        return f"<Spans: {len(self)}>"


def _bounds(picked: range) -> tuple[int, int]:
    return picked.start, max(picked.start, picked.stop)


# tuple.__new__ skips the named tuple's Python-level constructor.
_make_token: Callable[[tuple[int, int, str]], Token] = functools.partial(
    tuple.__new__, Token
)


# Words keep inner apostrophes, hyphens, periods of abbreviations (U.S., a.m.)
# and ampersands (AT&T); numbers keep their separators. Possessive quantifiers
# keep the scan linear.
_TOKEN = regex.compile(
    r"""
    (?:\p{L}\.){2,}+                              # U.S.  a.m.  U.N.
  | \d++(?:[.,:/]\d++)*+(?:st|nd|rd|th|s)?+       # 2019  3:30  1,200  24th  1990s
  | [\p{L}\p{M}\d]++(?:['’\-&][\p{L}\p{M}\d]++)*+  # words, al-Thani, O'Neill
  | \S                                            # anything else, one char
    """,
    regex.VERBOSE,
)

# `_TOKEN` as it reads a text of ASCII characters alone, for the standard
# library's engine, which reads such a text about twice as fast: a letter is
# [A-Za-z] there, no character is a mark, a digit is [0-9] and white space is
# [\t\n\v\f\r ] (what `regex` takes `\p{L}`, `\p{M}`, `\d` and `\s` for
# in ASCII). Greedy quantifiers match as the possessive ones do: nothing
# follows them in their branch, so the longest run they take first is kept.
_ASCII_TOKEN = re.compile(
    r"""
    (?:[A-Za-z]\.){2,}
  | [0-9]+(?:[.,:/][0-9]+)*(?:st|nd|rd|th|s)?
  | [A-Za-z0-9]+(?:['\-&][A-Za-z0-9]+)*
  | [^\t\n\x0b\x0c\r\x20]
    """,
    re.VERBOSE,
)
_SPACE = regex.compile(r"\s")
_STRETCH = 1 << 8  # characters of a stretch at least (a sentence or two)


def _stretches(
    norm: str,
) -> Iterator[tuple[int, int, re.Pattern[str] | regex.Pattern[str]]]:
    """The text cut at white space (which no token holds) into stretches of
    some `_STRETCH` characters, each with the pattern to read it with: one of
    ASCII characters alone (most stretches of English news) with
    `_ASCII_TOKEN`, any other with `_TOKEN`. The tokens are the same either
    way."""
    size = len(norm)
    a = 0
    while a < size:
        space = _SPACE.search(norm, a + _STRETCH) if a + _STRETCH < size else None
        b = space.start() if space is not None else size
        yield a, b, _ASCII_TOKEN if norm[a:b].isascii() else _TOKEN
        a = b


# A paragraph: lines up to a blank line (or the end).
_PARAGRAPH = regex.compile(r"[^\n]++(?:\n(?![^\S\n]*+\n)[^\n]++)*+")

# Abbreviations after which a period does not end a sentence.
_NEVER_FINAL = frozenset(
    """
    mr mrs ms messrs dr prof gen lt col maj capt cmdr adm brig sgt cpl pvt gov sen
    rep rev fr sr jr st mt ft pres supt insp det hon amb atty gen. vs v etc no nos
    art fig jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ
    corp inc ltd co bros assn ave blvd rd op
    """.split()
)
# Words that start a new sentence after a dotted abbreviation ("in the U.S. The").
_STARTERS = frozenset(
    """
    the a an he she it they we i you this that these those there his her its their
    but and or so yet in on at by for from as after before when while if although mr
    mrs ms dr officials police some many most no one two three according however
    meanwhile still also then now today yesterday tomorrow earlier later
    """.split()
)

# "U.S", "a.m", "U.N" (the final period is the boundary candidate itself).
_DOTTED = regex.compile(r"\p{L}(?:\.\p{L})++$")
# Words that do not end a headline or a sentence: a line ending in one is wrapped.
_CONTINUING = frozenset(
    """
    a an the of in on at to for from by with and or but nor as than that which who
    whose its his her their our your my this these those is are was were be been has
    have had will would could should may might must not no said says into onto over
    under between after before during about against
    """.split()
)

# Sentence boundary candidates: terminal punctuation, closing quotes/brackets,
# then whitespace. Paragraph breaks are boundaries on their own.
# A candidate starts only at the head of a run of stops (the look-behind): a run
# not followed by white space ("....", "?!?!") is then tried once, not once from
# each of its characters, which took quadratic time.
_BOUNDARY = regex.compile(r"""(?<![.!?])[.!?]++['")\]]*+(?=\s)|\n[^\S\n]*+\n|\n""")
# The word after a candidate, read in a short window.
_FOLLOWER = regex.compile(r"""\s*+['"(]?+(\S*+)""")
# A sentence longer than this is cut at its best inner break, so that no stage
# ever scans an unbounded "sentence" (a lower-case transcript, a list without
# stops). News sentences stay well below it (the longest of the development
# corpora has 774 characters).
_MAX_SENTENCE = 1000
# Inner breaks of an overlong sentence, best first: a stop after a lower-case
# word ("he said. then"), a semicolon or colon, a comma or a dash, white space.
_INNER_BREAKS = (
    regex.compile(r"""(?<=\p{Ll}\p{Ll})[.!?]++['")\]]*+(?=\s)"""),
    regex.compile(r"[;:](?=\s)"),
    regex.compile(r",(?=\s)|(?<=\s)-++(?=\s)"),
    regex.compile(r"\s"),
)
# A single line break ends a sentence after a short line (a headline, a byline),
# not inside hard-wrapped prose.
_SHORT_LINE = 70
# How far a parenthesis is looked for around a full stop.
_PAREN_REACH = 200

# "TRIPOLI, Libya (AP) —", "WASHINGTON —", "MOSCOW, Nov. 26 (Reuters) -", "KYIV/MOSCOW
# (Reuters) -" (a story filed from two places); after an
# agency in parentheses the dash may be left out ("MEXICO CITY (AP) Mexico's ...").
_DATELINE = regex.compile(
    r"""
    \s*
    (?P<place>\p{Lu}(?:[\p{Lu}\p{M} .'\-]|(?<=\s)&(?=\s)|(?<=\p{Lu})/(?=\p{Lu})){1,40}?)
    # (ALL-CAPS place or places)
    (?:,\s*(?P<region>\p{Lu}[\p{L}. ]{1,30}?)(?=\s*[,(:\-]))?  # , Libya / , Calif.
    (?:,?\s*(?P<date>\p{Lu}(?:\p{Ll}{2,8}|\p{Lu}{2,8})\.?\s+\d{1,2}(?:,\s*\d{4})?))?
    \s*(?:\((?P<agency>[\p{L}\s&.\-]{1,30})\)\s*(?:-{1,2}|:)?|(?:-{1,2}|:))\s
    """,
    regex.VERBOSE,
)
# The dateline is matched inside this many characters of a paragraph start, which
# bounds the (bounded, non-possessive) backtracking above to a constant.
_DATELINE_WINDOW = 120


@attrs.frozen(slots=True)
class Dateline:
    """The dateline of the first paragraph: its place, optional date and agency."""

    span: Span
    place: Span
    region: Span | None
    date: Span | None
    agency: Span | None


class Document:
    """An article's text with its clean copy, tokens, sentences and paragraphs.

    All offsets index the caller's original string. Built once per article and
    shared by every stage; the pieces are computed on first use.
    """

    __slots__ = ("__dict__", "norm", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.norm = normalise(text)

    def __len__(self) -> int:
        return len(self.text)

    @cached_property
    def tokens(self) -> Tokens:
        """Every token, in order."""
        return Tokens.of(self.norm)

    def tokens_in(self, start: int, end: int) -> tuple[Token, ...]:
        """Tokens lying inside `[start, end)`, as a tuple (cheap to index)."""
        return tuple(self.tokens.within(start, end))

    @cached_property
    def paragraphs(self) -> Spans:
        """Blocks separated by blank lines (or single newlines), trimmed."""
        out = Spans.empty(len(self.norm))
        norm = self.norm
        for m in _PARAGRAPH.finditer(norm):
            a, b = m.span()
            if not norm[a:b].isspace():
                out.add(a, b)
        return out

    @cached_property
    def sentences(self) -> Spans:
        """Sentence spans, trimmed of surrounding white space."""
        norm = self.norm
        cuts = [0]
        for m in _BOUNDARY.finditer(norm):
            first = m.group()[0]
            if first in ".!?" and (
                not self._ends_sentence(m) or _inside_parens(norm, cuts[-1], m)
            ):
                continue
            if m.group() == "\n" and not self._line_break_ends(m.start()):
                continue
            cuts.append(m.end())
        cuts.append(len(norm))
        out = Spans.empty(len(norm))
        for a, b in itertools.pairwise(cuts):
            for x, y in _bounded(norm, a, b):
                s = _trim(norm, x, y)
                if s is not None:
                    out.add(s.start, s.end)
        return out

    def _line_break_ends(self, i: int) -> bool:
        norm = self.norm
        line_start = norm.rfind("\n", 0, i) + 1
        line = norm[line_start:i].strip()
        nxt = norm[i + 1 : i + 2]
        if not line or nxt.islower() or len(line) >= _SHORT_LINE:
            return False
        last = line.rsplit(None, 1)[-1]
        return last[-1] not in ",;-" and last.lower() not in _CONTINUING

    def _ends_sentence(self, m: regex.Match[str]) -> bool:
        norm = self.norm
        if m.group()[0] != ".":
            return True
        # The word before the period.
        i = m.start()
        j = i
        while j > 0 and not norm[j - 1].isspace() and norm[j - 1] not in "(\"'":
            j -= 1
        word = norm[j:i]
        nxt = _FOLLOWER.match(norm, m.end(), m.end() + 40)
        follower = nxt.group(1) if nxt else ""
        follower_word = follower.rstrip(".,;:!?'\")").lower()
        if not follower or not (follower[0].isupper() or follower[0].isdigit()):
            # A lower-case word or a clause mark (", ; :") continues the
            # sentence, and so does a slash ("Gigi Fernandez (U.S.) / Natasha
            # Zvereva (Belarus)": a doubles pair on a results line).
            return (
                bool(follower)
                and not follower[0].isalpha()
                and follower[0] not in "$,;:)]/"
            )
        # "Nov. 30-Dec. 1", "mid-Jan. 5": the abbreviation after a hyphen.
        low = word.lower().rsplit("-", 1)[-1]
        if low in _NEVER_FINAL:
            # "Nov. 24", "Gen. Haftar": no end, but "etc. The" is one.
            return low in {"etc", "inc", "ltd", "co", "corp"} and (
                follower_word in _STARTERS
            )
        if _DOTTED.match(word) or (len(word) == 1 and word.isupper()):
            # U.S. / a.m. / single initials ("John F. Kennedy").
            return follower_word in _STARTERS
        return True

    def sentence_of(self, offset: int) -> Span | None:
        """The sentence containing `offset`, if any."""
        sentences = self.sentences
        i = bisect.bisect_right(sentences.starts, offset) - 1
        if i >= 0 and offset < sentences.ends[i]:
            return sentences[i]
        return None

    @cached_property
    def dateline(self) -> Dateline | None:
        """The "PLACE, Region (Agency) —" opening of the first paragraph, if any."""
        for para in self.paragraphs[:4]:
            m = _DATELINE.match(
                self.norm, para.start, min(para.end + 1, para.start + _DATELINE_WINDOW)
            )
            if m is None:
                continue
            place = m.group("place").strip()
            # A dateline place is written in capitals; a headline is not.
            if not place.replace(" ", "").replace(".", "").isupper() or len(place) < 3:
                continue
            if " ".join(place.lower().split()) in _sport_labels():
                # "TENNIS - RESULTS AT CANADIAN OPEN.": a sport's name before
                # the dash labels a sports page's headline; it names no place.
                continue

            def span(name: str, match: regex.Match[str] = m) -> Span | None:
                if match.group(name) is None:
                    return None
                return _trim(self.norm, match.start(name), match.end(name))

            place_span = span("place")
            if place_span is None:
                continue
            return Dateline(
                Span(m.start(), m.end()),
                place_span,
                span("region"),
                span("date"),
                span("agency"),
            )
        return None


@functools.cache
def _sport_labels() -> frozenset[str]:
    """Names of sports that open a sports headline before a dash ("SOCCER -",
    "MOTOR RACING -"), kept with the actors stage's word lists (loaded late:
    that package reads documents made here)."""
    from .actors.lexicon import SPORT_LABELS

    return frozenset(SPORT_LABELS)


def _inside_parens(norm: str, since: int, m: regex.Match[str]) -> bool:
    """A stop inside "( ... )" closing soon on the same line ends no sentence."""
    if m.group().endswith(")"):
        return False
    lo = max(since, m.start() - _PAREN_REACH)
    if norm.count("(", lo, m.start()) <= norm.count(")", lo, m.start()):
        return False
    ahead = norm[m.end() : m.end() + _PAREN_REACH]
    close = ahead.find(")")
    return close != -1 and "\n" not in ahead[:close]


def _bounded(norm: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """`[start, end)` cut into pieces of at most `_MAX_SENTENCE` characters.

    Each cut is the last break of the best kind in the second half of the
    window, so every piece but the last is at least half the limit long and the
    work is linear in the length.
    """
    while end - start > _MAX_SENTENCE:
        lo, hi = start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE
        cut = hi  # no break at all (one long run): cut at the limit
        for pattern in _INNER_BREAKS:
            last = None
            for last in pattern.finditer(norm, lo, hi):  # noqa: B007
                pass
            if last is not None:
                cut = last.end()
                break
        yield start, cut
        start = cut
    yield start, end


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None
