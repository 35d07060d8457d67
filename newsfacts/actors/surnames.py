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


# Word text -> whether it is a surname by its ending; emptied when full.
_SEEN: dict[str, bool] = {}
_CACHE_SIZE = 1 << 14


def surname_by_ending(text: str) -> bool:
    """The word is a surname by its ending ("Djokovic", "Sharapova",
    "Davutoglu"): capitalised, alphabetic, ending in one of `surname_endings`
    after enough letters, and no place's own name, demonym, common English
    word or given name ("Geneva", "Moldova", "Georgian", "Republic")."""
    got = _SEEN.get(text)
    if got is None:
        got = _by_ending(text)
        if len(_SEEN) >= _CACHE_SIZE:
            _SEEN.clear()
        _SEEN[text] = got
    return got


def _by_ending(text: str) -> bool:
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
    return not any(own for _, own in gazetteer().lookup(name_key(text)))
