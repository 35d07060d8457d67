"""Tense of the clause around a time expression: decides which "Monday" or "April 4".

The nearest tense marker wins: a past verb ("met", "announced", "was") or a
future marker ("will", "is expected to", "next"). Left of the expression is
searched before right at the same distance, within the sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import regex

from .._data import lazy
from . import lexicon as lx

__all__ = ["Tense", "tense_at"]

Tense = Literal["past", "future"] | None

_LEFT = 10  # words looked at before the expression
_RIGHT = 8  # and after it


@lazy
def _word() -> regex.Pattern[str]:
    return regex.compile(r"[A-Za-z]++(?:'[a-z]++)?+|'ll\b")


_DETERMINERS = frozenset("the a an its their his her our your this that these those of".split())


def _strong(word: str) -> Tense:
    low = word.lower()
    if low in lx.FUTURE_WORDS or low.endswith("'ll"):
        return "future"
    if low in lx.PAST_WORDS:
        return "past"
    return None


def _weak(word: str, before: str) -> Tense:
    """A regular past form ("announced"), unless it reads as an adjective ("the preferred")."""
    low = word.lower()
    if (
        len(low) > 4
        and low.endswith("ed")
        and low not in lx.NOT_PAST_ED
        and not low.endswith("eed")
        and word[0].islower()
        and before.lower() not in _DETERMINERS
    ):
        return "past"
    return None


def _nearest(left: list[str], right: list[str], test: Callable[[int, list[str]], Tense]) -> Tense:
    for i in range(max(len(left), len(right))):
        if i < len(left):
            t = test(i, left)
            if t is not None:
                return t
        if i < len(right):
            t = test(i, right)
            if t is not None:
                return t
    return None


def tense_at(norm: str, sent_start: int, sent_end: int, start: int, end: int) -> Tense:
    """Past, future or unknown for the expression at `[start, end)` of its sentence.

    Auxiliaries and irregular verbs ("will", "was", "said") are looked for first,
    nearest first; regular "-ed" forms only when none is found.
    """
    word = _word()
    left_words = [m.group() for m in word.finditer(norm, max(sent_start, start - 160), start)]
    right = [m.group() for m in word.finditer(norm, end, min(sent_end, end + 120))][:_RIGHT]
    left = left_words[-_LEFT:][::-1]
    strong = _nearest(left, right, lambda i, side: _strong(side[i]))
    if strong is not None:
        return strong
    lprev = left[1:] + [left_words[-_LEFT - 1] if len(left_words) > _LEFT else ""]

    def weak(i: int, side: list[str]) -> Tense:
        if side is left:
            return _weak(side[i], lprev[i] if i < len(lprev) else "")
        return _weak(side[i], side[i - 1] if i else "")

    return _nearest(left, right, weak)
