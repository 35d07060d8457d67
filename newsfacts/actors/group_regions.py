"""Region adjectives before a role noun ("European leaders", "Arab foreign
ministers", "Latin American leaders"): the region's group, of no one country
(`actors/data/regions.tsv`)."""

from __future__ import annotations

from . import lexicon as lex
from .words import Words

__all__ = ["region_before", "region_word"]


def region_before(words: Words, start: int) -> tuple[str | None, int]:
    """The CAMEO region code of a capitalised region adjective right before
    word `start` and its length in words ("European leaders", "Arab foreign
    ministers": 1; "Latin American leaders", "Middle Eastern leaders": 2), or
    (None, 0)."""
    if start == 0:
        return None, 0
    prev = words[start - 1]
    if not prev.is_cap or prev.sent != words[start].sent:
        return None, 0
    if _region_pair(words, start - 1):
        return lex.region_codes()[_pair_key(words, start - 1)], 2
    code = lex.region_codes().get(prev.lower)
    return code, 1 if code else 0


def _pair_key(words: Words, k: int) -> str:
    """Words k - 1 and k as a key of `region_codes` ("latin american")."""
    return f"{words[k - 1].lower} {words[k].lower}"


def region_word(words: Words, k: int) -> bool:
    """Word k is a capitalised region adjective or closes one of two words
    ("Balkan", "Latin American") before a lower-case word, whatever country
    or place it may otherwise be ("Balkan" is a province of Turkmenistan,
    "American" the United States')."""
    w = words[k]
    if not w.is_cap or k + 1 >= len(words) or words[k + 1].low != words[k + 1].text:
        return False
    return w.lower in lex.region_codes() or _region_pair(words, k)


def _region_pair(words: Words, k: int) -> bool:
    """Word k closes a region adjective of two capitalised words ("Latin
    American", "Middle Eastern", "West African"), whose second word alone
    may be another's ("American" is the United States')."""
    if k == 0:
        return False
    first = words[k - 1]
    return (
        first.is_cap
        and words[k].is_cap
        and first.sent == words[k].sent
        and _pair_key(words, k) in lex.region_codes()
    )
