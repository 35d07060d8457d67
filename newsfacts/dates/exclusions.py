"""Context checks that turn a time word into something else.

"overnight" before "rate" is a kind of loan, not a night; "daily" between a
description of a newspaper and its name is the newspaper ("the Communist Party
daily Granma"); an amount of time before "old" is an age. The words live in
`data/not_times.tsv`, each with an example.
"""

from __future__ import annotations

import regex

from .._data import lazy, word_classes
from .ahead import match_ahead

__all__ = [
    "is_age",
    "is_newspaper",
    "late_means_behind",
    "pod_word_ok",
    "set_adverb_ok",
    "unit_point_ok",
]


@lazy
def _words() -> dict[str, frozenset[str]]:
    return word_classes("dates/data/not_times.tsv")


_NEXT_WORD = lazy(lambda: regex.compile(r"[\s-]++([\w'’-]++)"))
_PREV_WORD = lazy(lambda: regex.compile(r"([\w'’,-]++)\s*+$"))


def pod_word_ok(m: regex.Match[str], norm: str) -> bool:
    """A one-word part of the day ("overnight", "mid-afternoon") is a time,
    unless it names a loan, a rate or a sudden success ("overnight rates"), or
    means "suddenly" after a verb of change ("won't heal overnight")."""
    if not m.group("w").lower().startswith("over"):
        return True
    nxt = _NEXT_WORD().match(norm, m.end("w"))
    if nxt is not None and nxt.group(1).lower() in _words()["after_overnight"]:
        return False
    prev = _PREV_WORD().search(norm, max(0, m.start() - 40), m.start())
    return prev is None or prev.group(1).lower() not in _words()["before_overnight"]


def unit_point_ok(m: regex.Match[str], norm: str) -> bool:
    """ "mid-century" is the middle of a century, unless it names a style of
    design ("a mid-century modern house", "mid-century furniture")."""
    if (m.group("unit") or "").lower() != "century":
        return True
    nxt = _NEXT_WORD().match(norm, m.end())
    return nxt is None or nxt.group(1).lower() not in _words()["after_mid_century"]


def late_means_behind(norm: str, start: int) -> bool:
    """ "late"/"early" at `start`, before "on" and a weekday, says that something
    was behind (ahead of) time ("the flight was late on Monday"), not which part
    of the day: a copula or a verb of arrival stands before it."""
    prev = _PREV_WORD().search(norm, max(0, start - 40), start)
    return prev is not None and prev.group(1).lower() in _words()["before_late_on"]


def is_newspaper(norm: str, start: int, end: int) -> bool:
    """ "daily"/"weekly" at `[start, end)` names a newspaper, not a repetition:
    a word of a name, capitalised inside a sentence ("Britain's Daily Mail",
    "China Daily"); before a capitalised name after a description of it, an
    article or a nationality ("the Party daily Granma", "the daily Le Monde",
    "the French daily Liberation"); or a noun closing its phrase, before a
    stop or a verb of reporting ("Dawn, the Pakistani daily, reported", "the
    Israeli daily said"). "Flights run daily Monday to Friday" and "a daily
    report" are repetitions."""
    prev = _PREV_WORD().search(norm, max(0, start - 40), start)
    word = prev.group(1) if prev is not None else ""
    if norm[start].isupper():
        return (
            bool(word)
            and not word.endswith((".", ":"))
            and (word[:1].isupper() or bool(_NEXT_CAP().match(norm, end)))
        )
    described = word.lower() in _words()["newspaper_before"] or word.endswith(",")
    opened = described or word.lower() in ("the", "a") or word[:1].isupper()
    if not opened:
        return False
    if norm[end : end + 1] in (",", ";", ":", ")"):
        return True  # the phrase closes: "Dawn, the Pakistani daily, reported"
    nxt = _NEXT_WORD().match(norm, end)
    if nxt is None:
        return False
    follows = nxt.group(1)
    return follows[:1].isupper() or follows.lower() in _words()["newspaper_verb"]


_NEXT_CAP = lazy(lambda: regex.compile(r"[ \t]++[A-Z]"))


def names_publication(norm: str, end: int) -> bool:
    """The word right after `end` is a publication ("the daily newspaper", "a
    weekly magazine", "the monthly report"): the adverb before it says what kind
    of publication it is, not a repetition the story tells ("daily flights")."""
    nxt = _NEXT_WORD().match(norm, end)
    return nxt is not None and nxt.group(1).lower() in _words()["publication_after"]


def set_adverb_ok(m: regex.Match[str], norm: str) -> bool:
    """ "daily" is a repetition, not the newspaper of "the Party daily Granma"
    nor the kind of "the daily newspaper", "the monthly report"."""
    start, end = m.span("adv")
    return not is_newspaper(norm, start, end) and not names_publication(norm, end)


_AGE_BEFORE = lazy(
    lambda: regex.compile(
        r"\b(?:aged?|ages)\s++(?:(?:between|from|of|under|over|about|around)\s++)?"
        r"(?:[\w.]++(?:\s++\w++)?\s*+(?:to|and|or|-)\s*+)?$",
        regex.IGNORECASE,
    )
)
# "(5 years) of age", "(18 months) old": asked over the two words after the
# amount (`match_ahead`), as the pattern needs a word.
_AGE_AFTER = lazy(
    lambda: regex.compile(r"[\s-]++(?:of\s++age|old)\b", regex.IGNORECASE)
)


def is_age(norm: str, start: int, end: int) -> bool:
    """The amount at `[start, end)` is someone's age ("aged 18 months", "5 years of age")."""
    return bool(
        _AGE_BEFORE().search(norm[max(0, start - 40) : start])
        or match_ahead(_AGE_AFTER(), norm, end, 2)
    )


# A score ("14-10", "24 - 7"), not a range of percentages ("3-4%").
_SCORE = lazy(
    lambda: regex.compile(
        r"(?<![\d.,-])\d{1,3}+\s?+-\s?+\d{1,3}+(?![\d.,%-]|\s*+(?:percent|per\s))"
    )
)
_WORD = lazy(lambda: regex.compile(r"[\w-]++"))


def in_a_game(norm: str, start: int, end: int) -> bool:
    """The sentence around `[start, end)` tells a game: a score ("led 14-10") or
    a word of play (`data/not_times.tsv`, class `game_word`). A quarter or half
    without a year there is a period of play ("scored in the third quarter")."""
    lo = max(norm.rfind(". ", 0, start), norm.rfind("\n", 0, start), start - 200, 0)
    hi_cut = [i for i in (norm.find(". ", end), norm.find("\n", end)) if i != -1]
    hi = min([*hi_cut, end + 200, len(norm)])
    if _SCORE().search(norm, lo, hi):
        return True
    words = _words()["game_word"]
    return any(w.group().lower() in words for w in _WORD().finditer(norm, lo, hi))
