"""Matching keys of names: how two spellings of one name are made equal.

Each kind of name has its own key, because what may differ between spellings
differs: a place name by case, accents and spacing; an organisation name also by
a leading "the" (but an acronym keeps its case, so "WHO" never matches "who");
a person's name also by the Arabic article ("Omar El Bashir" = "Omar al-Bashir").
"""

from __future__ import annotations

import unicodedata

import regex

from .._data import iter_rows, lazy

__all__ = ["TOKEN", "figure_key", "fold", "fold_accents", "name_key", "org_key"]

# Words, numbers and single punctuation marks.
_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}]*+|\d++|[^\s\p{L}\p{M}\d]")
TOKEN = _TOKEN
"""The tokens of a name key: words, numbers and single punctuation marks."""


# Apostrophe-like marks written for one another in names ("Ta’if", "Nuku‘alofa").
_APOSTROPHES = "\u2019\u2018\u02bc\u02bb\u0060\u00b4"


# Word -> its fold, emptied when full. A dict of strings alone is never tracked
# by the garbage collector, where a bounded `lru_cache` keeps a linked list cell
# per entry that every full collection walks (65,536 of them once full).
_FOLDS: dict[str, str] = {}
_FOLDS_SIZE = 1 << 16


def fold(word: str) -> str:
    """Case- and accent-insensitive form of a word ("Türkiye" -> "turkiye");
    apostrophe-like marks fold to "'"."""
    got = _FOLDS.get(word)
    if got is None:
        if len(_FOLDS) >= _FOLDS_SIZE:
            _FOLDS.clear()
        got = _FOLDS[word] = _fold(word)
    return got


def _fold(word: str) -> str:
    """`fold`, computed."""
    if len(word) == 1 and word in _APOSTROPHES:
        return "'"
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_key(name: str) -> str:
    """The lookup key of a place name: folded tokens joined by single spaces."""
    if name.isascii() and "`" not in name:
        # The fold of an ASCII token is its lower case (the backtick aside, an
        # apostrophe), and lower case splits the same: one call for the name,
        # not one per token (tens of thousands of gazetteer names are keyed
        # when the tables load).
        return " ".join(_TOKEN.findall(name.lower()))
    return " ".join(fold(t) for t in _TOKEN.findall(name))


def fold_accents(text: str) -> str:
    """Accents dropped ("Élysée" -> "Elysee"), so spellings with and without match."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def org_key(text: str) -> str:
    """Matching key of an organisation name: case and periods kept apart from
    acronyms (so "WHO" never matches "who"), a leading "the" dropped, British
    and American spellings of a word alike ("Organisation", "Organization";
    see `org_spellings.tsv`)."""
    words = (
        fold_accents(text)
        .replace(".", "")
        .replace("'s ", " ")
        .replace("' ", " ")
        .split()
    )
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) == 1 and words[0].isupper():
        return words[0]  # acronyms stay case-sensitive
    lowered = [w.lower() for w in words]
    spellings = _org_spellings()
    if not spellings.keys().isdisjoint(lowered):
        lowered = [spellings.get(w, w) for w in lowered]
    return " ".join(lowered)


@lazy
def _org_spellings() -> dict[str, str]:
    """Written word -> the spelling organisation keys use (`org_spellings.tsv`)."""
    rows = iter_rows("knowledge/data/org_spellings.tsv")
    return {row[0]: row[1] for row in rows}


def figure_key(text: str) -> str:
    """Matching key of a person's name: accents, periods, case and the Arabic
    article dropped ("Omar El Bashir" = "Omar al-Bashir")."""
    words = []
    for word in fold_accents(text).replace(".", " ").lower().split():
        if word in ("al", "el"):
            continue
        words.append(
            word[3:] if word.startswith(("al-", "el-")) and len(word) > 3 else word
        )
    return " ".join(words)
