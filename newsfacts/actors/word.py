"""One word of the actors stage's word layer, and what its text alone and the
lexicons say about it (its shape), read once per distinct word text.
"""

from __future__ import annotations

from typing import Final, cast

from ..knowledge.countries import demonym_country
from ..knowledge.keys import fold_accents
from ..knowledge.names import is_given_name, official_given_names
from ..knowledge.organizations import KnownOrg
from . import lexicon as lex
from .lexicon import common_words

__all__ = [
    "FLAG_CAPS_LINE",
    "FLAG_DATELINE",
    "FLAG_SENT_START",
    "Word",
    "shapes_of",
]


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
    def compound(self) -> bool:
        """The first part of a hyphenated adjective ("U.N.-backed")."""
        return bool(self._flags & _COMPOUND)

    def flag(self, bit: int) -> None:
        """Set one of the flags (`FLAG_SENT_START`, `FLAG_CAPS_LINE`,
        `FLAG_DATELINE`)."""
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
FLAG_CAPS_LINE = 1
FLAG_DATELINE = 4
_COMPOUND = 8
FLAG_SENT_START = 16

# Word text -> (text, low, lower, is_alpha, is_upper, is_cap, is_acronym, given,
# keyword, stop, demonym) of a plain word, and (text, possessive, compound) -> (given,
# keyword, stop) of the others: read once per distinct word, for every article;
# emptied when full, so memory stays bounded.
_Reading = tuple[bool, lex.OrgKeyword | None, bool]
_Shape = tuple[
    str, str, str, bool, bool, bool, bool, bool, lex.OrgKeyword | None, bool, str | None
]
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


def _shape_of(text: str) -> _Shape:
    """The shape of a word text (see `Word`), from `_SHAPES` or made."""
    shape = _SHAPES.get(text)
    return shape if shape is not None else _shape(text)


def shapes_of(texts: list[str]) -> list[_Shape]:
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
