"""Given names, for telling a person's name from a place or a common word.

Two lists: the census list of common given names (`given_names.txt.gz`, built by
`scripts/build_names.py` from US Census 1990 data, public domain) and a
hand-written supplement of names that list lacks (`given_names_extra.txt`).
"""

from __future__ import annotations

from .._data import lazy, read_text
from .keys import fold_accents

__all__ = ["census_given_names", "given_names", "is_given_name"]

_DIR = "knowledge/data/"


def _lines(name: str) -> set[str]:
    return {
        line.strip()
        for line in read_text(_DIR + name).splitlines()
        if line and not line.startswith("#")
    }


@lazy
def census_given_names() -> frozenset[str]:
    """Lower-cased given names of the census list alone ("georgia", "tyler")."""
    return frozenset(_lines("given_names.txt.gz"))


@lazy
def given_names() -> frozenset[str]:
    """Lower-cased given names: the census list plus the hand-written supplement."""
    return census_given_names() | _lines("given_names_extra.txt")


def is_given_name(word: str) -> bool:
    """A given name of the lists, whatever its case or accents ("Recep", "Zoë")."""
    return fold_accents(word).lower() in given_names()
