"""What the text of a word alone and the lexicons say about it (its shape):
case, acronym, given name, organisation keyword, stop word, demonym. A shape is
read once per distinct word text, for every article, and kept in bounded
caches; the word layer (`word.WordColumns`) numbers each word's shape.
"""

from __future__ import annotations

from array import array
from typing import Final, cast

import regex

from .._data import iter_rows, lazy
from ..knowledge.countries import demonym_country
from ..knowledge.keys import fold_accents
from ..knowledge.names import is_given_name, official_given_names
from ..language.tagger_lexicon import common_words
from . import lexicon as lex

__all__ = [
    "DEMONYM",
    "GIVEN",
    "IS_ACRONYM",
    "IS_ALPHA",
    "IS_CAP",
    "IS_UPPER",
    "KEYWORD",
    "LOWER",
    "SHORT_IDS",
    "STOP",
    "TEXT",
    "Shape",
    "make_shape",
    "settled_shape",
    "shape_of",
    "shapes_of",
]


# Word text -> (text, low, lower, is_alpha, is_upper, is_cap, is_acronym, given,
# keyword, stop, demonym) of a plain word, and (text, possessive, compound) -> (given,
# keyword, stop) of the others: read once per distinct word, for every article;
# emptied when full, so memory stays bounded.
_Reading = tuple[bool, lex.OrgKeyword | None, bool]
Shape = tuple[
    str, str, str, bool, bool, bool, bool, bool, lex.OrgKeyword | None, bool, str | None
]
_SHAPES: dict[str, Shape] = {}
_SETTLED: dict[tuple[str, bool, bool], _Reading] = {}
_CACHE_SIZE = 1 << 16


def make_shape(t: str) -> Shape:
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
        and (
            is_given_name(text)
            or _official_given(text)
            or _syllable_given(text)
            or _camel_given(text)
        )
    )
    # a keyword is capitalised, but for a legal form in lower case ("Tesco plc")
    upper = is_upper or text in lex.LOWER_LEGAL
    keyword = lex.org_keywords().get(lower) if upper else None
    if is_acronym:
        stop = lower in lex.not_acronyms()
    elif poss and lower in lex.NAME_POSSESSIVES:
        stop = False  # "People's Protection Units"
    elif len(text) == 2 and text[1] == "." and is_upper:
        stop = False  # "A. Mullally", "I. Salisbury": an initial, no "a" or "I"
    else:
        stops = lex.stopwords()
        stop = low in stops or lower in stops
    return given, keyword, stop


def settled_shape(shape: Shape, poss: bool, compound: bool) -> Shape:
    """The shape of a word followed by a possessive, or opening a hyphenated
    adjective (`compound`: never capitalised like a name), with what the
    lexicons say of it read again (a plain shape holds the reading of a plain
    word)."""
    text, low, lower, _, is_upper, is_cap, is_acronym = shape[:GIVEN]
    is_cap = is_cap and not compound
    key = (text, poss, compound)
    got = _SETTLED.get(key)
    if got is None:
        got = _settled(text, low, lower, is_upper, is_cap, is_acronym, poss)
        if len(_SETTLED) >= _CACHE_SIZE:
            _SETTLED.clear()
        _SETTLED[key] = got
    return (*shape[:IS_CAP], is_cap, shape[IS_ACRONYM], *got, shape[DEMONYM])


def _official_given(text: str) -> bool:
    """The first word of officials' names ("Choe", "Krishna") that is not a
    common English word ("Said", "Long")."""
    low = fold_accents(text).lower()
    return low in official_given_names() and low not in common_words()


# "Min-jun", "Jae-in", "Shui-bian": two romanised syllables joined by a hyphen,
# the second in lower case, each of one to four letters.
_SYLLABLE_GIVEN = regex.compile(r"[A-Z][a-z]{0,3}+-[a-z]{1,4}+")


def _syllable_given(text: str) -> bool:
    """A Korean or Chinese given name written as two syllables joined by a
    hyphen ("Min-jun Kim", "Kim Jong-un", "Soong Chu-yu"), which the lists of
    given names hold only in part; an English compound opened by a prefix
    ("Anti-war", "Co-op", "Non-stop") or made of two common words
    ("Half-time", "Sit-in") is none."""
    if _SYLLABLE_GIVEN.fullmatch(text) is None:
        return False
    first, _, second = text.lower().partition("-")
    if first in lex.COMPOUND_PREFIXES:
        return False
    common = common_words()
    return not (first in common and second in common)


# "LeBron", "DeShawn", "LaToya": a prefix of `data/camel_given_prefixes.tsv`
# and a capitalised syllable of two letters or more.
_CAMEL = regex.compile(r"([A-Z][a-z]{1,2}+)([A-Z][a-z]{2,}+)")


@lazy
def _camel_prefixes() -> frozenset[str]:
    """The prefixes of `data/camel_given_prefixes.tsv`."""
    return frozenset(
        row[0] for row in iter_rows("actors/data/camel_given_prefixes.tsv")
    )


def _camel_given(text: str) -> bool:
    """An American given name written with a second capital after a prefix
    ("LeBron", "DeShawn", "LaToya", "JaMarcus"), which the lists of given
    names hold only in part: its rest is a given name ("Shawn") or no common
    English word ("Bron"). A surname of that shape made of a word ("DeWine",
    "LaHood") is none, nor a company's name of two words ("PayPal",
    "JetBlue": "Pay" and "Jet" are no prefix)."""
    got = _CAMEL.fullmatch(text)
    if got is None or got.group(1) not in _camel_prefixes():
        return False
    rest = got.group(2).lower()
    return is_given_name(rest) or rest not in common_words()


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


def shape_of(text: str) -> Shape:
    """The shape of a word text (see `Word`), from `_SHAPES` or made."""
    shape = _SHAPES.get(text)
    return shape if shape is not None else make_shape(text)


def shapes_of(ids: array[int], distinct: list[str]) -> tuple[array[int], list[Shape]]:
    """The shape of each word, as the number of its shape in a table of the
    shapes of the distinct texts: `ids` numbers each word's text in
    `distinct`, and a text's shape is the text's number. Each shape is looked
    up in a C-level step and made only for a text not seen before
    (`_SHAPES`)."""
    # two bytes a word while the numbers fit (`WordColumns._reshape` widens
    # them if the table outgrows them)
    code = "H" if len(distinct) <= SHORT_IDS else "i"
    if ids.typecode != code:
        ids = array(code, ids)
    shapes = list(map(_SHAPES.get, distinct))
    k = -1
    while True:
        try:
            k = shapes.index(None, k + 1)
        except ValueError:
            break
        shapes[k] = shape_of(distinct[k])
    return ids, cast(list[Shape], shapes)


# The largest shape number kept in two bytes.
SHORT_IDS: Final = 0xFFFF

# Indexes into a `Shape`.
TEXT: Final = 0
LOWER: Final = 2
IS_ALPHA: Final = 3
IS_UPPER: Final = 4
IS_CAP: Final = 5
IS_ACRONYM: Final = 6
GIVEN: Final = 7
KEYWORD: Final = 8
STOP: Final = 9
DEMONYM: Final = 10


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
