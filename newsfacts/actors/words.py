"""The word layer of the actors stage: tokens with possessives split off, abbreviation
periods joined back ("Mr."), and each word tagged with what the lexicons and the
places stage know about it.
"""

from __future__ import annotations

import bisect
import operator
import sys
from collections.abc import Callable, Iterator, Sequence
from itertools import compress, count, repeat
from typing import Any, Final, cast

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
    word text and shared by every word of that text (its shape, `_shape`); the
    lexicons are read again (`settle`, which gives the word a shape of its own)
    for a word whose possessive or hyphenated adjective is found after it is
    made. A plain slotted class kept small (an article has a word per token,
    and the words are most of what the stage holds): the readings read most
    often are copied into slots, the others are read from the shape; its end
    is its start plus its length, and the rarely read flags are bits of one
    slot.
    """

    __slots__ = (
        "_flags",
        "_shape",
        "demonym",
        "is_alpha",
        "is_cap",
        "known",
        "low",
        "lower",
        "place",
        "poss",
        "sent",
        "start",
        "text",
        "titles",
    )

    start: int
    text: str  # its end is `start + len(text)` (`end`)
    poss: bool  # followed by a possessive "'s"
    sent: int  # sentence index
    place: int  # index of the place mention covering it, -1 if none
    demonym: str | None  # country of a demonym (the text's own reading, then the
    # places stage's: a place mention has none, a demonym it found has its own)
    # rarely read flags, one bit each (`sent_start`, `in_caps_line`, ...)
    _flags: int
    # read from the text once; the often read readings of the shape are
    # copied into slots, the others are read from it (`is_upper`, `given`, ...)
    _shape: _Shape
    low: str  # lower case
    lower: str  # lower case without periods
    is_alpha: bool  # starts with a letter
    is_cap: bool  # capitalised like a name (not a hyphenated adjective)
    # look-ups starting at the word, made once on first use (see `units`)
    titles: tuple[int, ...] | None
    known: tuple[tuple[int, KnownOrg], ...] | None

    def __init__(self, start: int, shape: _Shape, sent: int = -1) -> None:
        # made in bulk from the shape of its text (see `of` for one word)
        self._shape = shape
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
        self.poss = False
        self.place = -1
        self._flags = 0
        self.titles = None
        self.known = None

    @classmethod
    def of(cls, start: int, text: str) -> Word:
        """The word `text` at offset `start`."""
        return cls(start, _shape_of(text))

    def __repr__(self) -> str:
        return f"Word({self.start}, {self.end}, {self.text!r}, poss={self.poss})"

    @property
    def end(self) -> int:
        """One past the word's last character."""
        return self.start + len(self.text)

    @property
    def is_upper(self) -> bool:
        """Starts with a capital."""
        return self._shape[_IS_UPPER]

    @property
    def is_acronym(self) -> bool:
        """All capitals, two letters or more ("LNA", "U.N.", "G8")."""
        return self._shape[_IS_ACRONYM]

    @property
    def given(self) -> bool:
        """A given name."""
        return self._shape[_GIVEN]

    @property
    def keyword(self) -> lex.OrgKeyword | None:
        """The organisation keyword it is ("Ministry", "Corp"), if any."""
        return self._shape[_KEYWORD]

    @property
    def stop(self) -> bool:
        """Never a name alone."""
        return self._shape[_STOP]

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
        shape = self._shape
        self._shape = (*shape[:_GIVEN], *got, shape[_DEMONYM])


# The bits of `Word._flags`.
_CAPS_LINE = 1
_RESULTS = 2
_DATELINE = 4
_COMPOUND = 8
_SENT_START = 16

# Word text -> (text, low, lower, is_alpha, is_upper, is_cap, is_acronym, given,
# keyword, stop, demonym) of a plain word, and (text, possessive, compound) -> (given,
# keyword, stop) of the others: read once per distinct word, for every article;
# emptied when full, so memory stays bounded.
_Reading = tuple[bool, lex.OrgKeyword | None, bool]
_Shape = tuple[
    str, str, str, bool, bool, bool, bool, bool, lex.OrgKeyword | None, bool, str | None
]
_WORD_LOWER: Callable[[Word], str] = operator.attrgetter("lower")
_WORD_IS_CAP: Callable[[Word], bool] = operator.attrgetter("is_cap")
_WORD_DEMONYM: Callable[[Word], str | None] = operator.attrgetter("demonym")
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
    # the country a capitalised word names as a demonym ("Libyan", "Russians")
    demonym = _demonym(t) if is_upper and t[-1:] in "nhesi" else None
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
        demonym,
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
    # indexes of the words that may name a country (demonyms and words of
    # place mentions), for the steps that would otherwise walk every word
    country_words: list[int]
    # (first word, end of run) -> end of the keyword organisation there (`orgs`)
    org_ends: dict[tuple[int, int], int] = attrs.field(factory=dict)
    # what later steps read more than once, computed on first use (`countries`)
    memo: dict[str, Any] = attrs.field(factory=dict)
    # word ranges [lo, hi) of the lines of results or standings (`lines`)
    results: list[tuple[int, int]] = attrs.field(factory=list)

    # Walks over every word in C-level steps, made when asked (not kept: a
    # list per word would hold as much again as the words' own slots).
    def lowers(self) -> Iterator[str]:
        """Each word's `lower`, in order."""
        return map(_WORD_LOWER, self.words)

    def capitals(self) -> Iterator[int]:
        """The indexes of the capitalised words (`is_cap`), in order."""
        return compress(count(), map(_WORD_IS_CAP, self.words))


def build_words(doc: Document, found: PlaceFindings) -> WordLayer:
    """Words of `doc` with possessives split off, abbreviations joined and tags set."""
    norm = doc.norm
    # The tokens as a list of texts over their offsets (no tuple per token):
    # interned, so the list holds one string per distinct word, not per token.
    starts = doc.tokens.starts
    ends = doc.tokens.ends
    texts = list(map(sys.intern, map(norm.__getitem__, map(slice, starts, ends))))
    w_starts, w_texts, poss = _split_words(norm, starts, ends, texts)
    del texts
    compounds = _compounds(norm, w_starts, w_texts)
    places = _place_mentions(found)
    # the sentence of every word, and the word ranges of the sentences
    cuts = _sentence_cuts(doc, w_starts)
    sents: list[int] = []
    lo = 0
    for s, hi in enumerate(cuts):
        sents += repeat(s, hi - lo)
        lo = hi
    words = list(map(Word, w_starts, _shapes(w_texts), sents))
    del sents
    for k in poss:
        words[k].poss = True
    for k in compounds:
        words[k].mark_compound()
    for k in sorted(set(poss) | set(compounds)):
        words[k].settle()  # the shape holds the reading of a plain word
    in_places = _tag_places(words, w_starts, places)
    results = _tag(doc, words, w_starts, cuts, found)
    vocab = frozenset(t for t in set(w_texts) if t[:1].islower())
    return WordLayer(
        words,
        places,
        doc,
        vocab,
        country_words=sorted(
            {*in_places, *compress(count(), map(_WORD_DEMONYM, words))}
        ),
        results=results,
    )


def _split_words(
    norm: str, starts: Sequence[int], ends: Sequence[int], texts: list[str]
) -> tuple[list[int], list[str], list[int]]:
    """The words' starts and texts, and the indexes of the words followed by a
    possessive: plain tokens are taken in bulk (only tokens near an apostrophe
    or a period take the careful path)."""
    n = len(texts)
    odd = _odd_tokens(norm, starts, n)
    w_starts: list[int] = []
    w_texts: list[str] = []
    poss: list[int] = []
    i = 0
    while i < n:
        if not odd[i]:
            # a stretch of plain tokens: one word each, taken in one C-level step
            j = odd.find(1, i)
            if j < 0:
                j = n
            w_starts += starts[i:j]
            w_texts += texts[i:j]
            i = j
            continue
        text = texts[i]
        start = starts[i]
        end = ends[i]
        if text[-1] == "'" or text.endswith("'s"):
            nxt = texts[i + 1] if i + 1 < n else None
            last = len(w_texts) - 1
            if (
                text in ("'", "'s")
                and last >= 0
                and _shape_of(w_texts[last])[_IS_ALPHA]
                and not (poss and poss[-1] == last)
                and (text == "'s" or (nxt == "s" and starts[i + 1] == end))
            ):
                poss.append(last)  # "Islam 's" in tokenised text
                i += 1 if text == "'s" else 2
                continue
            if (
                text == "'"
                and last >= 0
                and w_starts[last] + len(w_texts[last]) == start
                and _shape_of(w_texts[last])[_LOWER].endswith("s")
                and _shape_of(w_texts[last])[_IS_CAP]
                and nxt is not None
                and nxt[:1].isupper()
            ):
                if not (poss and poss[-1] == last):
                    poss.append(last)  # "Kurdistan Workers' Party": a plural possessive
                i += 1
                continue
            if len(text) > 2 and text.endswith("'s"):
                poss.append(len(w_texts))
                w_starts.append(start)
                w_texts.append(text[:-2])
                i += 1
                continue
        if (
            i + 1 < n
            and texts[i + 1] == "."
            and starts[i + 1] == end
            and (text.lower() in lex.ABBREVIATIONS or _initial(text, texts, i))
        ):
            w_starts.append(start)
            w_texts.append(norm[start : end + 1])
            i += 2
            continue
        w_starts.append(start)
        w_texts.append(text)
        i += 1
    return w_starts, w_texts, poss


def _shape_of(text: str) -> _Shape:
    """The shape of a word text (see `Word`), from `_SHAPES` or made."""
    shape = _SHAPES.get(text)
    return shape if shape is not None else _shape(text)


def _shapes(texts: list[str]) -> list[_Shape]:
    """The shape of each text: looked up in one C-level step, made only for the
    texts not seen before."""
    shapes = list(map(_SHAPES.get, texts))
    k = -1
    while True:
        try:
            k = shapes.index(None, k + 1)
        except ValueError:
            break
        shapes[k] = _shape_of(texts[k])
    return cast(list[_Shape], shapes)


# Indexes into a `_Shape`.
_LOWER: Final = 2
_IS_ALPHA: Final = 3
_IS_UPPER: Final = 4
_IS_CAP: Final = 5
_IS_ACRONYM: Final = 6
_GIVEN: Final = 7
_KEYWORD: Final = 8
_STOP: Final = 9
_DEMONYM: Final = 10


def _compounds(norm: str, w_starts: list[int], w_texts: list[str]) -> list[int]:
    """Indexes of the words that are the first part of a hyphenated adjective
    ("U.N.-backed", "U.S.-led")."""
    out = []
    k = 0
    while True:
        try:
            k = w_texts.index("-", k + 1)
        except ValueError:
            break
        a_start = w_starts[k - 1]
        a_text = w_texts[k - 1]
        b_end = w_starts[k] + 1
        if w_starts[k] == a_start + len(a_text) and _shape_of(a_text)[_IS_UPPER]:
            tail = norm[b_end : b_end + 16].split(" ", 1)[0].rstrip(".,;:")
            if tail.lower() in lex.ADJECTIVE_TAILS:
                out.append(k - 1)
    return out


def _sentence_cuts(doc: Document, w_starts: list[int]) -> list[int]:
    """One past the last word of each sentence, then the number of words (the
    words after the last sentence): a word belongs to the first sentence that
    ends after its start."""
    cuts = []
    lo = 0
    for s in doc.sentences:
        lo = bisect.bisect_left(w_starts, s.end, lo)
        cuts.append(lo)
    cuts.append(len(w_starts))
    return cuts


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
    doc: Document,
    words: list[Word],
    w_starts: list[int],
    cuts: list[int],
    found: PlaceFindings,
) -> list[tuple[int, int]]:
    """Set sentence-start, demonym, dateline and headline flags on the words;
    the word ranges of the results lines. Each is read where it can hold only:
    the first word with a letter of each sentence, the words where the places
    stage found a demonym, the words of the dateline."""
    lo = 0
    for hi in cuts:
        for k in range(lo, hi):
            if words[k].is_alpha:
                words[k].flag(_SENT_START)
                break
        lo = hi
    dem = {(d.start, d.end): d.country for d in found.demonyms}
    by_start = {d.start: d for d in found.demonyms}
    for at, d in by_start.items():
        k = bisect.bisect_left(w_starts, at)
        if k < len(words) and w_starts[k] == at and d.end >= words[k].end - 1:
            words[k].demonym = dem[(d.start, d.end)]
    dl = doc.dateline
    if dl is not None:
        for w in words:
            if w.start >= dl.span.end:
                break
            if dl.span.start <= w.start:
                w.flag(_DATELINE)
    return _mark_headlines(words, cuts)


def _tag_places(
    words: list[Word], w_starts: list[int], places: list[PlaceMention]
) -> list[int]:
    """Give each word inside a place mention the first of the (at most three)
    mentions from the current one on that holds it, walking the words and the
    mentions (by start, longest first) together; a word the mention holds is
    no demonym (the places stage decides it). The indexes of those words."""
    out = []
    n_places = len(places)
    p_starts = [p.start for p in places]
    p_ends = [p.end for p in places]
    pi = 0
    after = 0  # words before this one were walked already
    for p in places:
        lo = max(bisect.bisect_left(w_starts, p.start, after), after)
        hi = bisect.bisect_left(w_starts, p.end, lo)
        after = max(after, hi)
        for w in words[lo:hi]:
            at = w.start
            while pi < n_places and p_ends[pi] <= at:
                pi += 1
            if pi < n_places and p_starts[pi] <= at:
                end = w.end
                for k in range(pi, min(pi + 3, n_places)):
                    if p_starts[k] <= at and end <= p_ends[k]:
                        w.place = k
                        w.demonym = None
                        break
            if w.place >= 0:
                out.append(lo)
            lo += 1
    return out


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


def _mark_headlines(words: list[Word], cuts: list[int]) -> list[tuple[int, int]]:
    """Flag words of headline lines (ALL CAPS, or Title Case with no final
    stop) and of results lines (see `lines`); the word ranges of the results
    lines, in order."""
    from .lines import HEADLINE, RESULTS, line_kind

    results = []
    lo = 0
    for hi in cuts:
        if hi == lo:
            continue
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
