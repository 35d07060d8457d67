"""Surnames known by their ending: "Djokovic", "Tymoshenko", "Sharapova",
"Saakashvili", "Davutoglu", "Papadopoulos".

Many family-name systems mark a surname by a suffix (Serbo-Croatian -ović,
Ukrainian -enko, Polish -ski/-ska, Georgian -shvili/-dze, Armenian -yan,
Romanian -escu, Turkish -oğlu, Greek -opoulos). A run of capitalised words
whose last word ends so is a person's name even where the lists of given names
lack the first ("Novak Djokovic", "Aryna Sabalenka"). The endings are a data
file (`data/surname_endings.tsv`), each with its example and reason; a word
that is also a place's own name, a demonym, a common English word or a given
name is never read by its ending ("Lake Geneva", "in Moldova").
"""

from __future__ import annotations

import functools

from .._data import iter_rows, lazy
from ..knowledge.countries import demonym_country
from ..knowledge.gazetteer import gazetteer
from ..knowledge.keys import fold_accents, name_key
from ..knowledge.names import is_given_name
from ..language.tagger_lexicon import common_words

__all__ = ["surname_by_ending", "surname_endings"]


@lazy
def surname_endings() -> tuple[tuple[str, int], ...]:
    """(ending, letters before it at least) of `data/surname_endings.tsv`,
    longest ending first."""
    rows = [
        (row[0], int(row[1])) for row in iter_rows("actors/data/surname_endings.tsv")
    ]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


# Word forms whose answer is kept (a bounded cache: most forms recur).
_CACHE_SIZE = 1 << 14


@functools.lru_cache(maxsize=_CACHE_SIZE)
def surname_by_ending(text: str) -> bool:
    """The word is a surname by its ending ("Djokovic", "Sharapova",
    "Davutoglu"): capitalised, alphabetic, ending in one of `surname_endings`
    after enough letters, and no place's own name, demonym, common English
    word or given name ("Geneva", "Moldova", "Georgian", "Republic")."""
    if not text[:1].isupper() or not text.isalpha() or text.isupper():
        return False
    low = fold_accents(text).lower()
    if not any(
        low.endswith(end) and len(low) - len(end) >= stem
        for end, stem in surname_endings()
    ):
        return False
    if low in common_words() or is_given_name(low) or demonym_country(text):
        return False
    if any(own for _, own in gazetteer().lookup(name_key(text))):
        return False
    return not _place_adjective(low)


# Slavic endings that also make an adjective of a place's name ("Gazeta
# Krakowska", of Krakow; "Narodna Banka Slovenska", of Slovakia; "Moskovsky
# Komsomolets"), and what the place's name ends with after the stem.
_ADJECTIVE_ENDINGS = ("skiy", "skyi", "ski", "ska", "sky")
_PLACE_TAILS = ("", "a", "sk", "ia", "e")
# People a place has, at least, for its adjective to be read so: a village
# of the same stem ("Kowal" of "Kowalski") names no body.
_ADJECTIVE_PLACE_SIZE = 50_000


def _place_adjective(low: str) -> bool:
    """The word is a Slavic adjective of a large place ("krakowska",
    "gdanska", "ukrainska"): its stem before the ending, with a place name's
    own ending, names a country or a place of `_ADJECTIVE_PLACE_SIZE`
    people or more."""
    end = next((e for e in _ADJECTIVE_ENDINGS if low.endswith(e)), None)
    if end is None:
        return False
    stem = low[: -len(end)]
    gaz = gazetteer()
    for tail in _PLACE_TAILS:
        for entry, _own in gaz.lookup(name_key(stem + tail)):
            if entry.kind == "country" or entry.population >= _ADJECTIVE_PLACE_SIZE:
                return True
    return False
