"""The text layer every stage reads: clean-up, tokens, sentences, paragraphs, dateline.

Clean-up maps each character to exactly one character (curly quotes to straight
ones, no-break spaces to spaces, dashes to "-"), so an offset into `Document.norm`
is the same offset into the caller's string and no stage ever remaps spans.
"""

from __future__ import annotations

import bisect
import itertools
from functools import cached_property
from typing import NamedTuple

import attrs
import regex

__all__ = ["Document", "Span", "Token", "normalise"]

# One character in, one character out: offsets never move.
_CHAR_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\t": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00ad": "-",  # soft hyphen
        "\u200b": " ",  # zero-width space
        "\ufeff": " ",
        "\r": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
    }
)


# The characters `_CHAR_MAP` rewrites; a sparse regex scan beats str.translate.
_SPECIAL = regex.compile("[" + regex.escape("".join(map(chr, _CHAR_MAP))) + "]")


def _replace_special(m: regex.Match[str]) -> str:
    return str(_CHAR_MAP[ord(m.group())])


def normalise(text: str) -> str:
    """Typographic clean-up that keeps `len(normalise(t)) == len(t)`.

    Markup is blanked out with spaces (tags, comments, scripts, styles), so HTML
    input reads as its visible text while every offset stays where it was.
    """
    text = _SPECIAL.sub(_replace_special, text)
    if "<" in text or "&" in text:
        text = _mask_markup(text)
    return text


_TAG = regex.compile(r"<[A-Za-z/!?][^<>\n]{0,500}+>|&(?:nbsp|#160|#xa0);", regex.I)
_RAW_BLOCKS = ("script", "style")
# Tags that break a paragraph: masked with a newline so sentences split there.
_BLOCK_TAGS = ("<p", "</p", "<br", "<h", "</h", "<div", "</div", "<li", "<tr")


def _mask_markup(text: str) -> str:
    """Replace markup by spaces of the same length (linear time, no backtracking)."""
    if not _TAG.search(text):
        return text
    chars = list(text)
    low = text.lower()
    for name in _RAW_BLOCKS:  # whole <script>...</script> blocks
        i = low.find("<" + name)
        while i != -1:
            j = low.find("</" + name, i)
            j = len(text) if j == -1 else low.find(">", j) + 1 or len(text)
            chars[i:j] = " " * (j - i)
            i = low.find("<" + name, j)
    for m in _TAG.finditer(text):
        a, b = m.span()
        block = m.group().lower().startswith(_BLOCK_TAGS)
        chars[a:b] = ("\n" if block else " ") + " " * (b - a - 1)
    return "".join(chars)


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
_BOUNDARY = regex.compile(r"""[.!?]++['")\]]*+(?=\s)|\n[^\S\n]*+\n|\n""")
# A single line break ends a sentence after a short line (a headline, a byline),
# not inside hard-wrapped prose.
_SHORT_LINE = 70
# How far a parenthesis is looked for around a full stop.
_PAREN_REACH = 200

# "TRIPOLI, Libya (AP) —", "WASHINGTON —", "MOSCOW, Nov. 26 (Reuters) -".
_DATELINE = regex.compile(
    r"""
    \s*
    (?P<place>\p{Lu}[\p{Lu}\p{M} .'\-]{1,40}?)             # ALL-CAPS place
    (?:,\s*(?P<region>\p{Lu}[\p{L}. ]{1,30}?))?            # , Libya / , Calif.
    (?:,?\s*(?P<date>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?
    \s*(?:\((?P<agency>[\p{L}\s&.\-]{1,30})\))?
    \s*(?:-{1,2}|:)\s
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
    def tokens(self) -> tuple[Token, ...]:
        """Every token, in order."""
        norm = self.norm
        return tuple(
            [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(norm)]
        )

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def tokens_in(self, start: int, end: int) -> tuple[Token, ...]:
        """Tokens lying inside `[start, end)`."""
        lo = bisect.bisect_left(self._token_starts, start)
        hi = bisect.bisect_left(self._token_starts, end)
        return tuple(t for t in self.tokens[lo:hi] if t.end <= end)

    @cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        """Blocks separated by blank lines (or single newlines), trimmed."""
        return tuple(
            Span(m.start(), m.end())
            for m in regex.finditer(r"[^\n]++(?:\n(?![^\S\n]*+\n)[^\n]++)*+", self.norm)
            if not self.norm[m.start() : m.end()].isspace()
        )

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
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
        out = []
        for a, b in itertools.pairwise(cuts):
            s = _trim(norm, a, b)
            if s is not None:
                out.append(s)
        return tuple(out)

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
        nxt = regex.match(r"\s*+['\"(]?+(\S*)", norm[m.end() : m.end() + 40])
        follower = nxt.group(1) if nxt else ""
        follower_word = follower.rstrip(".,;:!?'\")").lower()
        if not follower or not (follower[0].isupper() or follower[0].isdigit()):
            # A lower-case word or a clause mark (", ; :") continues the sentence.
            return (
                bool(follower)
                and not follower[0].isalpha()
                and follower[0] not in "$,;:)]"
            )
        low = word.lower()
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
        starts = self._sentence_starts
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

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


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None
