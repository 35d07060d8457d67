"""Given names, for telling a person's name from a place or a common word.

Four sources: the census list of common given names (`given_names.txt.gz`, built by
`scripts/build_names.py` from US Census 1990 data, public domain), the first
names of many countries (`given_names_world.txt.gz`, built by the same script
from the person data of the `faker` package, MIT), a hand-written supplement of
names those lists lack (`given_names_extra.txt`), and the first words of the
names of the PETRARCH2 officials table (`petrarch/officials.tsv.gz`: officials
of every country, so Arabic, Persian, South Asian, African and East Asian
names), where two officials or more share the word.

`given_name_genders.tsv.gz` (built by the same script from the census and
faker lists) tells the given names one sex bears far more often than the
other, so that "he" and "she" look back to a person they can stand for.
"""

from __future__ import annotations

from .._data import WordSet, iter_rows, lazy, read_text, word_set
from .keys import fold_accents

__all__ = [
    "census_given_names",
    "given_names",
    "is_given_name",
    "official_given_names",
    "opens_with_family_name",
    "sex_of_name",
]

_DIR = "knowledge/data/"


def _lines(name: str) -> set[str]:
    return {
        line.strip()
        for line in read_text(_DIR + name).splitlines()
        if line and not line.startswith("#")
    }


@lazy
def census_given_names() -> WordSet:
    """Lower-cased given names of the census list alone ("georgia", "tyler")."""
    return word_set(_lines("given_names.txt.gz"))


@lazy
def given_names() -> WordSet:
    """Lower-cased given names: the census list, the hand-written supplement and
    the first names of many countries (`given_names_world.txt.gz`)."""
    return word_set(
        census_given_names()
        | _lines("given_names_extra.txt")
        | _lines("given_names_world.txt.gz")
    )


def is_given_name(word: str) -> bool:
    """A given name of the lists, whatever its case or accents ("Recep", "Zoë"),
    or two joined by a hyphen ("Jean-Luc", "Anne-Marie", "Hans-Peter")."""
    key = fold_accents(word).lower()
    names = given_names()
    if key in names:
        return True
    first, hyphen, second = key.partition("-")
    return bool(hyphen) and first in names and second in names


@lazy
def _family_first() -> frozenset[str]:
    return frozenset(row[0] for row in iter_rows(_DIR + "family_names_first.tsv"))


def opens_with_family_name(word: str) -> bool:
    """`word` is a family name that opens a person's name in Chinese, Korean
    and Vietnamese usage (`family_names_first.tsv`: "Wang" of "Wang Yi")."""
    return fold_accents(word).lower() in _family_first()


# Officials whose names must open with a word for it to count as a given name.
_MIN_OFFICIALS = 2


@lazy
def official_given_names() -> WordSet:
    """Lower-cased first words of two officials' names or more ("choe",
    "krishna", "mamadou"), titles and initials left out. Callers that need a
    name, not a common word ("said"), check the word against their lexicon."""
    from .titles import titles

    counts: dict[str, int] = {}
    for row in iter_rows(_DIR + "petrarch/officials.tsv.gz"):
        words = row[0].split()
        if len(words) < 2:
            continue
        first = fold_accents(words[0]).lower()
        if len(first) >= 2 and first.isalpha():
            counts[first] = counts.get(first, 0) + 1
    heads = {key[0] for key in titles()}
    return word_set(
        w for w, n in counts.items() if n >= _MIN_OFFICIALS and w not in heads
    )


@lazy
def _sexes() -> dict[str, str]:
    """Lower-cased, folded given name -> "m" or "f"."""
    return {row[0]: row[1] for row in iter_rows(_DIR + "given_name_genders.tsv.gz")}


# Titles that say a person's sex whatever the name ("Mrs. Lee", "Sir Keir").
_TITLE_SEX = {
    "mr": "m",
    "sir": "m",
    "king": "m",
    "prince": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "madam": "f",
    "queen": "f",
    "princess": "f",
    "lady": "f",
    "dame": "f",
}


def sex_of_name(name: str, title: str | None = None) -> str | None:
    """ "m" or "f" where a person's title or given name (the first word of
    `name`) says it ("Ursula von der Leyen": "f"; "Mr. Lee": "m"), else None
    ("Andrea", a man's name in Italy and a woman's in England; "Xi Jinping")."""
    if title:
        sex = _TITLE_SEX.get(title.lower().rstrip(".").split()[-1])
        if sex is not None:
            return sex
    words = name.split()
    if not words:
        return None
    return _sexes().get(fold_accents(words[0].rstrip(".")).lower())
