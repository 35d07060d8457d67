"""Asking a pattern right after a match over the few words it can read.

`regex`, asked to match a pattern at a position, first looks for a string the
pattern needs (a word such as "than" or "ended") through all the rest of the
text, and only then tries the pattern where it was asked. A check asked after
every time expression of an article ("two weeks later than", "the quarter
that ended") would so read a long text once per expression: time growing with
the square of its length. `match_ahead` asks the same pattern with the text
cut after the words it can read, which gives the same match and reads a few
characters.
"""

from __future__ import annotations

import regex

from .._data import lazy

__all__ = ["match_ahead", "words_ahead_end"]

_MOST_WORDS = 6
# `n` times a run of characters that are no word characters, then a run of
# word characters; all maximal (possessive), so the match ends where the n-th
# word after a position ends, whatever lies between the words.
_WORDS_AHEAD = lazy(
    lambda: tuple(
        regex.compile(rf"(?:\W*+\w*+){{{n}}}") for n in range(_MOST_WORDS + 1)
    )
)


def words_ahead_end(norm: str, pos: int, words: int) -> int:
    """Where the `words`-th run of word characters after `pos` ends, plus the
    one character after it (which a closing `\\b` looks at); the end of
    `norm` if it has fewer. `words` is at most 6."""
    m = _WORDS_AHEAD()[words].match(norm, pos)
    return min(len(norm), (m.end() if m is not None else pos) + 1)


def match_ahead(
    pattern: regex.Pattern[str], norm: str, pos: int, words: int
) -> regex.Match[str] | None:
    """`pattern.match(norm, pos)` for a pattern that reads no further than the
    `words`-th run of word characters after `pos` and the one character after
    it (a `\\b`), asked over that stretch only.

    The caller counts the runs the pattern can touch: `\\s++than\\b` one,
    `\\s++(?:that\\s++)?+ended\\b` two. The pattern must hold no `$` or `\\Z`,
    which would read the cut as the text's end."""
    m = _WORDS_AHEAD()[words].match(norm, pos)
    return pattern.match(norm, pos, (m.end() if m is not None else pos) + 1)
