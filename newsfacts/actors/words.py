"""The word layer of the actors stage: tokens with possessives split off, abbreviation
periods joined back ("Mr."), and each word tagged with what the lexicons and the
places stage know about it.
"""

from __future__ import annotations

import bisect
import operator
import sys
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from ..findings import PlaceFindings
from ..knowledge.countries import demonym_country
from ..knowledge.keys import fold_accents
from ..knowledge.names import is_given_name, official_given_names
from ..knowledge.organizations import KnownOrg
from ..records import LocationKind
from ..text import Document
from . import lexicon as lex
from .lexicon import common_words

__all__ = ["Word", "WordLayer", "build_words"]


class Word:
    """One word (or punctuation mark) with its offsets and what is known about it.

    What the text alone says (`lower`, `is_cap`, `is_acronym`, ...) and what the
    lexicons say of it (`given`, `stop`, `keyword`) are read once per distinct
    word text and shared by every word of that text (`_shape`); the lexicons
    are read again (`settle`) for a word whose possessive or hyphenated
    adjective is found after it is made. A plain slotted class kept small (an
    article has a word per token, and making one is the stage's most frequent
    step): its end is its start plus its length, and the rarely read flags are
    bits of one slot.
    """

    __slots__ = (
        "_flags",
        "demonym",
        "given",
        "is_acronym",
        "is_alpha",
        "is_cap",
        "is_upper",
        "keyword",
        "known",
        "low",
        "lower",
        "place",
        "poss",
        "sent",
        "start",
        "stop",
        "text",
        "titles",
    )

    start: int
    text: str  # its end is `start + len(text)` (`end`)
    poss: bool  # followed by a possessive "'s"
    sent: int  # sentence index
    place: int  # index of the place mention covering it, -1 if none
    demonym: str | None  # country of a demonym
    # rarely read flags, one bit each (`sent_start`, `in_caps_line`, ...)
    _flags: int
    # read from the text once
    low: str  # lower case
    lower: str  # lower case without periods
    is_alpha: bool  # starts with a letter
    is_upper: bool  # starts with a capital
    is_cap: bool  # capitalised like a name
    is_acronym: bool  # "LNA", "U.N.", "G8"
    # read from the lexicons once the layer is complete
    given: bool  # a given name
    stop: bool  # never a name alone
    keyword: lex.OrgKeyword | None
    # look-ups starting at the word, made once on first use (see `units`)
    titles: tuple[int, ...] | None
    known: tuple[tuple[int, KnownOrg], ...] | None

    def __init__(self, start: int, end: int, text: str, poss: bool = False) -> None:
        shape = _SHAPES.get(text)
        if shape is None:
            shape = _shape(text)
        (
            self.text,
            self.low,
            self.lower,
            self.is_alpha,
            self.is_upper,
            self.is_cap,
            self.is_acronym,
            self.given,
            self.keyword,
            self.stop,
        ) = shape
        self.start = start  # `end` is always start + len(text): not kept
        self.poss = poss
        self.sent = -1
        self.place = -1
        self.demonym = None
        self._flags = 0
        self.titles = None
        self.known = None
        if poss:
            self.settle()  # the shape's lexicon reading is that of a plain word

    def __repr__(self) -> str:
        return f"Word({self.start}, {self.end}, {self.text!r}, poss={self.poss})"

    @property
    def end(self) -> int:
        """One past the word's last character."""
        return self.start + len(self.text)

    @property
    def sent_start(self) -> bool:
        """The first word of its sentence (that starts with a letter)."""
        return bool(self._flags & _SENT_START)

    @property
    def in_caps_line(self) -> bool:
        """Inside an ALL-CAPS or Title Case headline line."""
        return bool(self._flags & _CAPS_LINE)

    @property
    def in_results(self) -> bool:
        """Inside a line of results or standings."""
        return bool(self._flags & _RESULTS)

    @property
    def in_dateline(self) -> bool:
        """Inside the dateline."""
        return bool(self._flags & _DATELINE)

    @property
    def compound(self) -> bool:
        """The first part of a hyphenated adjective ("U.N.-backed")."""
        return bool(self._flags & _COMPOUND)

    def flag(self, bit: int) -> None:
        """Set one of the flags (`_SENT_START`, `_CAPS_LINE`, `_RESULTS`, `_DATELINE`)."""
        self._flags |= bit

    def mark_compound(self) -> None:
        """The first part of a hyphenated adjective: never a name."""
        self._flags |= _COMPOUND
        self.is_cap = False

    def settle(self) -> None:
        """Read what the lexicons say about the word again, its possessive or
        hyphenated adjective found (the shape holds the reading of a plain word)."""
        key = (self.text, self.poss, self.compound)
        got = _SETTLED.get(key)
        if got is None:
            got = _settled(
                self.text,
                self.low,
                self.lower,
                self.is_upper,
                self.is_cap,
                self.is_acronym,
                self.poss,
            )
            if len(_SETTLED) >= _CACHE_SIZE:
                _SETTLED.clear()
            _SETTLED[key] = got
        self.given, self.keyword, self.stop = got


# The bits of `Word._flags`.
_CAPS_LINE = 1
_RESULTS = 2
_DATELINE = 4
_COMPOUND = 8
_SENT_START = 16

# Word text -> (text, low, lower, is_alpha, is_upper, is_cap, is_acronym, given,
# keyword, stop) of a plain word, and (text, possessive, compound) -> (given,
# keyword, stop) of the others: read once per distinct word, for every article;
# emptied when full, so memory stays bounded.
_Reading = tuple[bool, lex.OrgKeyword | None, bool]
_Shape = tuple[str, str, str, bool, bool, bool, bool, bool, lex.OrgKeyword | None, bool]
_WORD_TEXT: Callable[[Word], str] = operator.attrgetter("text")
_SHAPES: dict[str, _Shape] = {}
_SETTLED: dict[tuple[str, bool, bool], _Reading] = {}
_CACHE_SIZE = 1 << 16


def _shape(t: str) -> _Shape:
    """What the text of a word says about it (see `Word`), kept in `_SHAPES`."""
    head = t[:1]
    low = t.lower()
    lower = low.replace(".", "") if "." in low else low
    is_alpha = head.isalpha()
    if head.isupper():
        is_upper = True
        # "Khartoum-backed", "Hamas-led": a hyphenated adjective, not a name
        is_cap = "-" not in t or t.rsplit("-", 1)[1].lower() not in lex.ADJECTIVE_TAILS
        is_acronym = _acronym(t)
    else:
        is_upper = False
        is_acronym = head in ".-&" and _acronym(t)
        # "al-Thani", "bin-Laden": a lower-case prefix before a capital
        is_cap = is_alpha and "-" in t and _prefixed(t, low)
    given, keyword, stop = _settled(t, low, lower, is_upper, is_cap, is_acronym, False)
    shape = (
        t,
        low,
        lower,
        is_alpha,
        is_upper,
        is_cap,
        is_acronym,
        given,
        keyword,
        stop,
    )
    if len(_SHAPES) >= _CACHE_SIZE:
        _SHAPES.clear()
    _SHAPES[t] = shape
    return shape


def _settled(
    text: str,
    low: str,
    lower: str,
    is_upper: bool,
    is_cap: bool,
    is_acronym: bool,
    poss: bool,
) -> _Reading:
    """What the lexicons say about a word: (given, keyword, stop)."""
    # only words that may stand in a run are asked whether they are names
    given = (
        (is_cap or lower in lex.RUN_INNER)
        and not is_acronym
        and (is_given_name(text) or _official_given(text))
    )
    keyword = lex.org_keywords().get(lower) if is_upper else None
    if is_acronym:
        stop = lower in lex.not_acronyms()
    elif poss and lower in lex.NAME_POSSESSIVES:
        stop = False  # "People's Protection Units"
    else:
        stops = lex.stopwords()
        stop = low in stops or lower in stops
    return given, keyword, stop


def _official_given(text: str) -> bool:
    """The first word of officials' names ("Choe", "Krishna") that is not a
    common English word ("Said", "Long")."""
    low = fold_accents(text).lower()
    return low in official_given_names() and low not in common_words()


def _acronym(t: str) -> bool:
    """All capitals, two letters or more ("LNA", "U.N.", "G8", "AT&T")."""
    bare = t.replace(".", "").replace("-", "").replace("&", "")
    return len(bare) >= 2 and bare.isalnum() and bare[0].isalpha() and bare.isupper()


def _prefixed(t: str, low: str) -> bool:
    """A lower-case prefix before a capitalised name part ("al-Thani")."""
    if not low.startswith(lex.LOWER_PREFIXES):  # most lower-case words: one C call
        return False
    return any(
        low.startswith(p) and len(t) > len(p) and t[len(p)].isupper()
        for p in lex.LOWER_PREFIXES
    )


@attrs.frozen(slots=True)
class PlaceMention:
    """A span the places stage claims, with its location's country and kind."""

    start: int
    end: int
    country: str | None
    kind: str
    metonymic: bool


@attrs.define(slots=True)
class WordLayer:
    """The words of a document plus the place mentions they fall in."""

    words: list[Word]
    places: list[PlaceMention]
    doc: Document
    lower_vocab: frozenset[str]  # words seen written in lower case
    # (first word, end of run) -> end of the keyword organisation there (`orgs`)
    org_ends: dict[tuple[int, int], int] = attrs.field(factory=dict)
    # what later steps read more than once, computed on first use (`countries`)
    memo: dict[str, Any] = attrs.field(factory=dict)
    # word ranges [lo, hi) of the lines of results or standings (`lines`)
    results: list[tuple[int, int]] = attrs.field(factory=list)


def build_words(doc: Document, found: PlaceFindings) -> WordLayer:
    """Words of `doc` with possessives split off, abbreviations joined and tags set."""
    norm = doc.norm
    # The tokens as a list of texts over their offsets (no tuple per token):
    # interned, so the list holds one string per distinct word, not per token.
    starts = doc.tokens.starts
    ends = doc.tokens.ends
    texts = list(map(sys.intern, map(norm.__getitem__, map(slice, starts, ends))))
    n = len(texts)
    odd = _odd_tokens(norm, starts, n)
    words: list[Word] = []
    add = words.append
    resettle: list[Word] = []  # words whose possessive is known only later
    i = 0
    while i < n:
        if not odd[i]:
            # a stretch of plain tokens: one word each, made in one C-level loop
            j = odd.find(1, i)
            if j < 0:
                j = n
            words.extend(map(Word, starts[i:j], ends[i:j], texts[i:j]))
            i = j
            continue
        text = texts[i]
        start = starts[i]
        end = ends[i]
        if text[-1] == "'" or text.endswith("'s"):
            nxt = texts[i + 1] if i + 1 < n else None
            if (
                text in ("'", "'s")
                and words
                and words[-1].is_alpha
                and not words[-1].poss
                and (text == "'s" or (nxt == "s" and starts[i + 1] == end))
            ):
                words[-1].poss = True  # "Islam 's" in tokenised text
                resettle.append(words[-1])
                i += 1 if text == "'s" else 2
                continue
            if (
                text == "'"
                and words
                and words[-1].end == start
                and words[-1].lower.endswith("s")
                and words[-1].is_cap
                and nxt is not None
                and nxt[:1].isupper()
            ):
                words[-1].poss = True  # "Kurdistan Workers' Party": a plural possessive
                resettle.append(words[-1])
                i += 1
                continue
            if len(text) > 2 and text.endswith("'s"):
                add(Word(start, end - 2, text[:-2], poss=True))
                i += 1
                continue
        if (
            i + 1 < n
            and texts[i + 1] == "."
            and starts[i + 1] == end
            and (text.lower() in lex.ABBREVIATIONS or _initial(text, texts, i))
        ):
            add(Word(start, end + 1, norm[start : end + 1]))
            i += 2
            continue
        add(Word(start, end, text))
        i += 1

    word_texts = list(map(_WORD_TEXT, words))
    k = 0
    while True:
        # "U.N.-backed", "U.S.-led": the first part of a hyphenated adjective
        try:
            k = word_texts.index("-", k + 1)
        except ValueError:
            break
        a, b = words[k - 1], words[k]
        if b.start == a.end and a.is_upper:
            tail = norm[b.end : b.end + 16].split(" ", 1)[0].rstrip(".,;:")
            if tail.lower() in lex.ADJECTIVE_TAILS:
                a.mark_compound()
                resettle.append(a)
    for w in resettle:
        w.settle()
    places = _place_mentions(found)
    results = _tag(doc, words, places, found)
    vocab = frozenset(t for t in set(word_texts) if t[:1].islower())
    return WordLayer(words, places, doc, vocab, results=results)


def _odd_tokens(norm: str, starts: Sequence[int], n: int) -> bytearray:
    """1 for each token that may not be a word of its own as it stands: one
    holding an apostrophe ("'s", "Workers'") or a period, and the token before
    it ("Gen" of "Gen."); 0 for the others, which are read in bulk."""
    odd = bytearray(n)
    for mark in ("'", "."):
        p = norm.find(mark)
        while p >= 0:
            k = bisect.bisect_right(starts, p) - 1
            if k >= 0:
                odd[k] = 1
                if k > 0:
                    odd[k - 1] = 1
            p = norm.find(mark, p + 1)
    return odd


def _initial(text: str, texts: Sequence[str], i: int) -> bool:
    """ "W." in "George W. Bush": one capital, a period, then a capitalised word."""
    return (
        len(text) == 1
        and text.isupper()
        and i + 2 < len(texts)
        and texts[i + 2][:1].isupper()
    )


def _place_mentions(found: PlaceFindings) -> list[PlaceMention]:
    """Every span the places stage claims, literal or metonymic, in text order."""
    out = []
    for loc in found.locations:
        kind = str(loc.kind.value if isinstance(loc.kind, LocationKind) else loc.kind)
        out += [
            PlaceMention(m.start, m.end, loc.country, kind, False) for m in loc.mentions
        ]
        out += [
            PlaceMention(m.start, m.end, loc.country, kind, True) for m in loc.metonymic
        ]
    out.sort(key=lambda p: (p.start, -p.end))
    return out


def _tag(
    doc: Document, words: list[Word], places: list[PlaceMention], found: PlaceFindings
) -> list[tuple[int, int]]:
    """Set sentence, place, demonym and headline flags on every word; the word
    ranges of the results lines."""
    # One walk over the words and the sorted sentences and place mentions (by
    # start, longest first): sentence, place, then demonym of each word.
    ends = [s.end for s in doc.sentences]
    n_sent = len(ends)
    si = 0
    prev_sent = -1
    n_places = len(places)
    p_starts = [p.start for p in places]
    p_ends = [p.end for p in places]
    pi = 0
    dem = {(d.start, d.end): d.country for d in found.demonyms}
    by_start = {d.start: d for d in found.demonyms}
    for w in words:
        at = w.start
        while si < n_sent and ends[si] <= at:
            si += 1
        w.sent = si
        if si != prev_sent and w.is_alpha:
            w.flag(_SENT_START)
            prev_sent = si
        if pi < n_places:
            while pi < n_places and p_ends[pi] <= at:
                pi += 1
            # no place left can hold the word when the next one starts after it
            if pi < n_places and p_starts[pi] <= at:
                for k in range(pi, min(pi + 3, n_places)):
                    if p_starts[k] <= at and w.end <= p_ends[k]:
                        w.place = k
                        break
        d = by_start.get(at) if by_start else None
        if d is not None and d.end >= w.end - 1:
            w.demonym = dem[(d.start, d.end)]
        elif w.is_upper and w.place < 0 and w.text[-1:] in "nhesi":
            w.demonym = _demonym(w.text)
    dl = doc.dateline
    if dl is not None:
        for w in words:
            if w.start >= dl.span.end:
                break
            if dl.span.start <= w.start:
                w.flag(_DATELINE)
    return _mark_headlines(doc, words)


# Word text -> the country it is a demonym of (see `_SHAPES`).
_DEMONYMS: dict[str, str | None] = {}


def _demonym(text: str) -> str | None:
    """`demonym_country(text)`, looked up once per distinct word."""
    try:
        return _DEMONYMS[text]
    except KeyError:
        got = demonym_country(text)
        if len(_DEMONYMS) >= _CACHE_SIZE:
            _DEMONYMS.clear()
        _DEMONYMS[text] = got
        return got


def _mark_headlines(doc: Document, words: list[Word]) -> list[tuple[int, int]]:
    """Flag words of headline lines (ALL CAPS, or Title Case with no final
    stop) and of results lines (see `lines`); the word ranges of the results
    lines, in order."""
    from .lines import HEADLINE, RESULTS, line_kind

    results = []
    lo = 0
    n = len(words)
    while lo < n:
        sent = words[lo].sent
        hi = lo + 1
        while hi < n and words[hi].sent == sent:
            hi += 1
        ws = words[lo:hi]
        kind = line_kind(ws)
        if kind == HEADLINE:
            for w in ws:
                w.flag(_CAPS_LINE)
        elif kind == RESULTS:
            for w in ws:
                w.flag(_RESULTS)
            results.append((lo, hi))
        lo = hi
    return results
