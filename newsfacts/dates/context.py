"""Small readings of the text around a match, shared by the context checks."""

from __future__ import annotations

import regex

from .._data import lazy
from . import lexicon as lx

__all__ = ["named", "starts_sentence", "upper", "word_before"]

_WORD_BEFORE = lazy(lambda: regex.compile(r"([\w'.$£€-]++)[^\w\n]{0,3}+$"))
_NAME_BEFORE = lazy(lambda: regex.compile(r"(?<=[a-z,;]\s++)(\p{Lu}[\p{L}.]*+)\s++$"))


def word_before(norm: str, start: int) -> str:
    """The word just before `start` (lower case), skipping a little punctuation."""
    m = _WORD_BEFORE().search(norm, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def upper(s: str | None) -> bool:
    """`s` is given and starts with a capital."""
    return s is not None and s[:1].isupper()


_NAME_OK = (
    frozenset(lx.MONTHS)
    | frozenset(lx.SEASONS)
    | {"fiscal", "fy", "year", "mid", "early", "late"}
)


def named(norm: str, start: int) -> bool:
    """The word right before `start` is a capitalised name word inside a sentence."""
    m = _NAME_BEFORE().search(norm[max(0, start - 40) : start])
    return m is not None and m.group(1).lower().rstrip(".") not in _NAME_OK


def starts_sentence(norm: str, start: int) -> bool:
    """Only quotes and spaces between `start` and a sentence end (or text start)."""
    i = start
    while i > 0 and norm[i - 1] in " \t\"'`(":
        i -= 1
    return i == 0 or norm[i - 1] in ".!?\n:"
