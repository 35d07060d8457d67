"""Names made of a word and a country's name: "Air France", "Air India",
"Radio France", "Air Canada", "Statistics Canada", and with a Romance "of"
between them, "Banco de Mexico", "Gaz de France".

The places stage reads the country in such a name alone, and the word before
it is left over as an unknown name. In news a capitalised word right before a
country's name is part of one name with it, an organisation, unless it is
what keeps the country a country: a title ("President France" is no name of a
body), a demonym, a direction or part ("North Korea", "New Mexico" and
"Central Africa" are places of their own, read whole by the places stage), a
given name ("Michael Jordan"), a possessive before it ("Putin's Russia"), a
modifier of the country ("Nazi Germany", "Mainland China") or a sentence
opener ("Unlike France", "Visiting Germany", "Oil-rich Nigeria"). Headlines in Title Case
capitalise every word, so the rule is not read there.
"""

from __future__ import annotations

from ..language.tagger_lexicon import common_words
from . import lexicon as lex
from .units import place_blocks, title_at
from .words import Word, WordLayer, Words

__all__ = ["name_before_country"]

# Endings of a sentence's first word that make it a verb form or an adverb
# opening a clause ("Visiting Germany, ...", "Backed France ...", "Only Japan").
_OPENER_ENDINGS = ("ing", "ed", "ly")


def name_before_country(
    layer: WordLayer, i: int, k: int, j: int
) -> tuple[int, str | None]:
    """Length in words of the organisation word k opens with the country name
    right after it, ending the run [i, j) ("Air France"; a nation of the
    United Kingdom is one: "Sport England", "Transport Scotland"); two such
    words may open it, the second a common word ("Public Health England",
    "Natural Resources Wales"); 0 if none. With it the body's country where
    no place read in the name gives it (a nation's: the United Kingdom)."""
    words = layer.words
    w = words[k]
    if k + 1 >= j or not _brand_word(w):
        return _NONE
    if k > i and words[k - 1].is_cap:
        return _NONE  # inside a longer name the run's other steps read
    if k > 0 and words[k - 1].poss:
        return _NONE  # "Putin's Russia"
    if title_at(words, k, j):
        return _NONE
    # "Banco de Mexico", "Gaz de France": a Romance "of" between the two;
    # "Public Health England": a second common word
    gap = 1 if words[k + 1].text in lex.FOREIGN_OF and k + 2 < j else 0
    if not gap and k + 2 < j and _common_second(words[k], words[k + 1]):
        gap = 1
    nxt = words[k + 1 + gap]
    if nxt.place < 0:
        # the places stage leaves a nation inside a capitalised name unread
        n = _uk_nation(words, k + 1 + gap, j)
        if not n:
            return _NONE
        country = _UK
    else:
        country = None
        p = layer.places[nxt.place]
        if p.kind != "country" or p.metonymic or p.start != nxt.start:
            return _NONE
        n = place_blocks(layer, k + 1 + gap, j)
        if words[k + gap + n].end != p.end:
            return _NONE  # the run cuts the place
    end = k + 1 + gap + n
    if end < j and words[end].is_cap and not words[end - 1].poss:
        return _NONE  # the run goes on with a name: read by the other steps
    return 1 + gap + n, country


# The nations of the United Kingdom, which name public bodies as countries do
# ("Sport England", "Police Scotland", "Natural Resources Wales").
_UK_NATIONS = frozenset(("england", "scotland", "wales", "northern ireland"))
_UK = "GB"
_NONE: tuple[int, str | None] = (0, None)


def _uk_nation(words: Words, k: int, j: int) -> int:
    """The number of words (1 or 2) of a nation of the United Kingdom named
    at word k, within the run ending at j; 0 if none."""
    if words[k].lower in _UK_NATIONS:
        return 1
    if k + 1 < j and f"{words[k].lower} {words[k + 1].lower}" in _UK_NATIONS:
        return 2
    return 0


def _common_second(first: Word, second: Word) -> bool:
    """Two capitalised common English words open the name ("Public Health",
    "Natural Resources"), neither a name of its own."""
    if not _brand_word(second) or second.place >= 0:
        return False
    common = common_words()
    return first.lower in common and second.lower in common


def _brand_word(w: Word) -> bool:
    """Word w may open a name with a country after it."""
    if not w.is_cap or w.is_acronym or w.in_caps_line or w.poss:
        return False
    if w.place >= 0 or w.demonym or w.stop or w.given:
        return False
    low = w.lower
    if low in lex.DIRECTIONS or low in lex.NOT_BEFORE_COUNTRY:
        return False
    if not w.sent_start:
        return True
    # "Oil-rich Nigeria", "War-torn Syria": a hyphenated adjective opening
    # the sentence
    tail = w.text.rsplit("-", 1)[-1]
    return not (low.endswith(_OPENER_ENDINGS) or ("-" in w.text and tail.islower()))
