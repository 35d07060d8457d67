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

# "past"/"future" from an auxiliary or irregular verb; "past?" from a regular "-ed"
# form, which may be an adjective ("the preferred shares") and so counts for less.
Tense = Literal["past", "future", "past?"] | None

_LEFT = 10  # words looked at before the expression
_RIGHT = 8  # and after it


@lazy
def _word() -> regex.Pattern[str]:
    return regex.compile(r"[A-Za-z]++(?:'[a-z]++)?+|'ll\b")


_SOON = lazy(
    lambda: regex.compile(r"\bas\s++(?:soon|early)\s++as\s++$", regex.IGNORECASE)
)
_TO_FUTURE = frozenset("is are set due ready poised about going".split())
_PASSIVE = frozenset("be been being".split())
_DETERMINERS = frozenset(
    "the a an its their his her our your this that these those of".split()
)


def _strong(word: str) -> Tense:
    low = word.lower()
    if low in lx.FUTURE_WORDS or low.endswith("'ll"):
        return "future"
    if low in lx.PAST_WORDS:
        return "past"
    return None


def _weak(word: str, before: str) -> Tense:
    """A regular past form ("announced"), unless an adjective ("the preferred")."""
    low = word.lower()
    if (
        len(low) > 4
        and low.endswith("ed")
        and low not in lx.NOT_PAST_ED
        and not low.endswith("eed")
        and word[0].islower()
        and before.lower() not in _DETERMINERS
    ):
        return "past?"
    return None


def tense_at(norm: str, sent_start: int, sent_end: int, start: int, end: int) -> Tense:
    """Past, future or unknown for the expression at `[start, end)` of its sentence.

    The nearest marker before the expression decides ("met on Monday", "will
    meet on Monday"); when there is none, the nearest one after it.
    """
    words = _word()
    lo = max(sent_start, start - 160)
    hi = min(sent_end, end + 120)
    # A line ending in sentence punctuation ends the clause even inside one "sentence".
    cut = norm.rfind(".\n", lo, start)
    lo = max(lo, cut + 2) if cut != -1 else lo
    cut = norm.find(".\n", end, hi)
    hi = cut if cut != -1 else hi
    left = [m.group() for m in words.finditer(norm, lo, start)]
    right = [m.group() for m in words.finditer(norm, end, hi)]
    right = right[:_RIGHT]
    n = len(left)
    if _SOON().search(norm, max(sent_start, start - 16), start):
        return "future"  # "as early as Tuesday"
    for i in range(n - 1, max(-1, n - 1 - _LEFT), -1):
        word = left[i]
        if word == "to" and i and left[i - 1].lower() in _TO_FUTURE:
            return "future"  # "is to resume", "set to meet"
        prev = left[i - 1] if i else ""
        if prev.lower() in _PASSIVE:
            continue  # "will be held": a participle, not a past tense
        t = _strong(word) or _weak(word, prev)
        if t is not None:
            return t
    for i, w in enumerate(right):
        if i and right[i - 1].lower() in _PASSIVE:
            continue
        t = _strong(w) or _weak(w, right[i - 1] if i else "")
        if t is not None:
            return t
    return None
