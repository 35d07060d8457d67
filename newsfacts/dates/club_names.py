"""Whether a weekday ends the name of a sports club ("Sheffield Wednesday").

The name is the club's where it opens a sentence (a city with the day does
not, in news style) or where the sport says so: a score or a table's
figures right after it ("Sheffield Wednesday 1 Norwich 3", "drew 2-2"), a
fixture's "v" after or before it, a word only a club takes before it ("beat",
"drew with", "against", "fans of") or after it ("manager", "fans", its
possessive). Elsewhere the weekday is a day: "police in Sheffield Wednesday
said" is the city and the day, in AP style. The words live in
`data/club_weekdays.tsv`, each with an example.
"""

from __future__ import annotations

import regex

from .._data import lazy, word_classes

__all__ = ["club_weekday"]

_WORDS = lazy(lambda: word_classes("dates/data/club_weekdays.tsv"))

# The word right before the weekday, and the (up to) two words before that one.
_HEAD = lazy(
    lambda: regex.compile(
        r"(?<![\w.])(?:(?:(?P<w1>[\w.]++)\s++)?(?P<w2>[\w.]++)\s++)?(?P<head>\p{L}++)\s++\Z"
    )
)

# A sentence's or a line's opening before the name, or a dateline's dash:
# "Sheffield Wednesday sacked their manager", "(Reuters) - Sheffield Wednesday
# ...". A city with the day does not open a sentence in news style ("The city
# said Wednesday", "In Sheffield on Wednesday").
_OPENS = lazy(lambda: regex.compile(r"(?:\A|[.!?][\"'”’)]?+|[ \t][-–—]|\n)[ \t]*+\Z"))

# A score or a table's figures right after the name: "2-1", "1 Norwich 3",
# "12 5 4 3", "2 (Hirst 34)", "(1) 2"; or a fixture's "v": "v Leeds", "- Leeds".
_SCORE_AFTER = lazy(
    lambda: regex.compile(
        r"[ \t]*+(?:\(\d{1,2}\)[ \t]*+)?+\d{1,2}"
        r"(?:[-–]\d{1,2}\b|(?=[ \t]*+(?:$|\p{Lu}|\d|\()))"
        r"|[ \t]++(?:v\.?+|vs\.?+|versus|[-–])[ \t]++\p{Lu}",
        regex.MULTILINE,
    )
)

# The word right after the name ("manager", "'s").
_WORD_AFTER = lazy(lambda: regex.compile(r"(?:\s++([\w.]++)|(['’]s)\b)"))


def club_weekday(norm: str, start: int, end: int) -> bool:
    """The weekday at `norm[start:end]` ends a club's name, by the sport
    around it (see the module docstring)."""
    words = _WORDS()
    head = _HEAD().search(norm, max(0, start - 60), start)
    if head is None or head["head"].lower() not in words["club"]:
        return False
    w1, w2 = (head["w1"] or "").lower(), (head["w2"] or "").lower()
    if w2 in words["place_before"]:
        return False  # "police in Sheffield Wednesday said"
    if w2 in words["before"] or f"{w1} {w2}" in words["before"]:
        return True  # "beat Sheffield Wednesday", "drew with Sheffield Wednesday"
    at = head.start("head")
    if _OPENS().search(norm, max(0, at - 4), at):
        return True  # "Sheffield Wednesday sacked their manager on Monday."
    if _SCORE_AFTER().match(norm, end):
        return True  # "Sheffield Wednesday 1 Norwich 3", "Sheffield Wednesday v Leeds"
    after = _WORD_AFTER().match(norm, end)
    if after is None:
        return False
    word = (after[1] or after[2]).lower()
    return word in words["after"] or word in words["result_after"]
