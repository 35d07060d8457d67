"""Relative days and weeks read from their neighbours in the story.

A few relative expressions take their value from what stands next to them
rather than from the reference date alone: the start of a weekday range ("from
Friday to Sunday": Sunday is on or after Friday), the day the story is about
("Earlier in the day" after "on Sunday night"), and the edges of the ISO week
as news counts weeks from Sunday ("earlier this week" in a Monday story).
"""

from __future__ import annotations

import datetime as dt

import regex

from .._data import lazy, word_classes
from . import lexicon as lx
from .tense import Tense

__all__ = ["era_use", "range_start", "story_day_word", "week_edge"]


def week_edge(ref: dt.date, pos: str, tense: Tense) -> int:
    """The step from the reference week that "earlier this week" or "later
    this week" means told on the edge of an ISO week: "earlier this week" in a
    Monday story is the week before (nothing of this ISO week lies before
    Monday); "later this week", or "(early) this week" in a future clause
    (`tense`), in a Sunday story is the week ahead (only Sunday evening is left of this
    one)."""
    day = ref.isoweekday()
    if day == 1 and pos == "earlier":
        return -1
    if day == 7 and (
        pos == "later"
        or (pos in ("", "early", "mid", "late") and tense in ("future", "future?"))
    ):
        return 1  # "winds would return early this week" told on a Sunday
    return 0


def story_day_word(
    core: str, unit: str, pos: str, last: dt.date | None, ref: dt.date | None
) -> bool:
    """ "Earlier in the day", "later in the day" go on with the day the story
    last named (`last`) when it is within a week of the reference date ("won
    on Sunday night ... Earlier in the day, Kipyegon won": Sunday)."""
    return (
        core == "the"
        and unit == "day"
        and pos in ("earlier", "later")
        and last is not None
        and ref is not None
        and abs((ref - last).days) <= 7
    )


def range_start(
    norm: str, last: dt.date | None, last_at: int, start: int
) -> dt.date | None:
    """The day a weekday range starts on when the weekday at `start` is its
    end: the last day named (`last`, at `last_at`), a weekday just before
    "to", "through", "until", "into" or a dash ("from Friday to Sunday",
    "Monday night until Tuesday morning"); not a list ("on Friday and Monday"
    may be told in any order)."""
    if last is None or not 0 < start - last_at <= 40:
        return None
    before = _RANGE_LINK().search(norm, last_at, start)
    if before is None or lx.WEEKDAYS[before["wd"].lower()] != last.isoweekday():
        return None
    return last


# A weekday (with its part of the day) and the word that links it to the end
# of a range, right before that end.
_RANGE_LINK = lazy(
    lambda: regex.compile(
        r"\b(?P<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
        r"(?:\s++(?:morning|afternoon|evening|night))?+,?+\s*+"
        r"(?:to|through|thru|until|till|into|-|–)\s*+\Z",
        regex.IGNORECASE,
    )
)


def era_use(norm: str, start: int, end: int) -> bool:
    """ "today" or "tomorrow" at `[start, end)` names an age, not a day: a
    possessive before an era noun, after at most one modifier ("in today's
    world", "today's personal computers", "tomorrow's workforce"), or "of
    today" / "of tomorrow" after one ("the leaders of tomorrow", "the youth
    of today"). The era nouns are in `data/era_nouns.tsv`."""
    nouns = _ERA_NOUNS()
    after = _POSSESSIVE_WORDS().match(norm, end)
    if after is not None:
        words = [w.lower() for w in after.group("words").split()]
        return any(w in nouns for w in words)
    before = _OF_BEFORE().search(norm, max(0, start - 40), start)
    return before is not None and before.group("noun").lower() in nouns


_ERA_NOUNS = lazy(lambda: word_classes("dates/data/era_nouns.tsv")["era_noun"])
# "'s" and the next one or two words: "today's world", "today's young people".
_POSSESSIVE_WORDS = lazy(
    lambda: regex.compile(r"['’]s\s++(?P<words>[\p{Ll}-]++(?:\s++[\p{Ll}-]++)?+)")
)
# The noun before "of" right before the word: "the leaders of tomorrow".
_OF_BEFORE = lazy(lambda: regex.compile(r"\b(?P<noun>\p{L}++)\s++of\s++$"))
