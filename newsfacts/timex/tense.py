"""Tense of the clause around a time expression: decides which "Monday" or "April 4".

The nearest tense marker wins: a past verb ("met", "announced", "was") or a
future marker ("will", "is expected to", "next"). Left of the expression is
searched before right at the same distance, within the sentence.
"""

from __future__ import annotations

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


def _mark(word: str) -> Tense:
    low = word.lower()
    if low in lx.FUTURE_WORDS or low.endswith("'ll"):
        return "future"
    if low in lx.PAST_WORDS:
        return "past"
    if (
        len(low) > 4
        and low.endswith("ed")
        and low not in lx.NOT_PAST_ED
        and not low.endswith("eed")
        and word[0].islower()
    ):
        return "past"
    return None


def tense_at(norm: str, sent_start: int, sent_end: int, start: int, end: int) -> Tense:
    """Past, future or unknown for the expression at `[start, end)` of its sentence."""
    word = _word()
    left = [m.group() for m in word.finditer(norm, sent_start, start)][-_LEFT:]
    right = [m.group() for m in word.finditer(norm, end, sent_end)][:_RIGHT]
    left.reverse()
    for i in range(max(len(left), len(right))):
        if i < len(left):
            t = _mark(left[i])
            if t is not None:
                return t
        if i < len(right):
            t = _mark(right[i])
            if t is not None:
                return t
    return None
