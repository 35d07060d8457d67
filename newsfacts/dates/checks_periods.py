"""Context checks of reporting periods and seasons: quarters, halves, seasons.

Whether a quarter, a half or a season named by a rule of `patterns_periods` is
a time: "a quarter of the vote" is a share, "the third quarter" of a game a
period of play, "the French Quarter" a place, "the Arab Spring" a name, "the
fall of the city" an event; "the September quarter" needs its capital.
"""

from __future__ import annotations

import regex

from .._data import lazy
from . import lexicon as lx
from .context import event_noun_after, of_follows, upper, word_before, word_before_limit
from .exclusions import in_a_game

__all__ = [
    "half_ok",
    "month_quarter_ok",
    "months_quarter_ok",
    "quarter_ok",
    "season_ok",
    "sport_season_ok",
]

# Small context patterns, compiled once on first use.
_YEAR_BACK_REL = lazy(
    lambda: regex.compile(r"(?i)year-|comparable|same|corresponding|latest")
)
_ARTICLE_OF_ADJECTIVE = lazy(
    lambda: regex.compile(r"(?i)(?:the|that)\s++(?=(?:\w++-)++quarter\b)")
)
_RESULTS_NEXT = lazy(
    lambda: regex.compile(r"\s++(?:profit|results|earnings|sales|revenue|loss|growth)")
)
_HALF_ADJECTIVE = lazy(lambda: regex.compile(r"-half$"))


def quarter_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    unit = m.group("unit").lower()
    rel = m.group("rel")
    dated = m.group("year") or m.group("year2") or m.group("ago") or m.group("lyear")
    if unit == "period":
        # "the 1988 period", "the year-earlier period": a quarter of the passage;
        # "the period 2025-2030" names years, not a quarter.
        if m.group("year2") and not (rel or m.group("ord") or m.group("year0")):
            return False
        return bool(
            dated
            or (m.group("year0") and m.group("the"))
            or (rel and _YEAR_BACK_REL().match(rel))
        )
    if m.group("unit")[0].isupper() and not m.group("ord"):
        return False  # "the French Quarter"
    if not (m.group("the") or rel or m.group("ord") or dated):
        return False
    if not dated and not m.group("ord") and of_follows(norm, m.end()):
        return False  # "a quarter of the vote"
    if not dated and in_a_game(norm, m.start(), m.end()):
        return False  # "he scored in the third quarter": a period of play
    if m.group("ord") and not dated:
        lead = _ARTICLE_OF_ADJECTIVE().match(m.group())
        if lead:  # "the third-quarter loss": the article belongs to the noun
            return m.start() + lead.end(), m.end()
    if m.group("ord") or dated:
        return True
    return word_before(norm, m.start()) not in {"a", "one", "three", "per", "every"}


def half_ok(m: regex.Match[str], norm: str) -> bool:
    if m.group("year") or m.group("year2") or m.group("yrel") or m.group("dec"):
        return True
    # "second-half profit": the adjective form is a period of the business year.
    return bool(_HALF_ADJECTIVE().search(m.group())) and bool(
        _RESULTS_NEXT().match(norm, m.end())
    )


def season_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    season = m.group("season")
    if season[0].isupper() and word_before(norm, m.start())[:1].isalpha():
        prev = norm[max(0, m.start() - 20) : m.start()].split()
        if prev and prev[-1][:1].isupper() and not m.group("the"):
            return False  # "Arab Spring"
    if m.group("year") or m.group("rel") or m.group("pos"):
        return True
    if m.group("the") and of_follows(norm, m.end()):
        return False  # "the fall of the city"
    before = word_before_limit(norm, m.start())  # "until at least the summer"
    if (m.group("the") or before in {"a", "an", "its"}) and event_noun_after(
        norm, m.end()
    ):
        # "an autumn election", "the spring offensive": the season of that event
        return m.start("season"), m.end("season")
    if m.group("the"):
        return before in {
            "in",
            "during",
            "by",
            "until",
            "since",
            "through",
            "over",
            "for",
            "before",
            "after",
            "throughout",
            "into",
        }
    return (
        before in {"this", "last", "next", "since", "until", "in", "during"}
        and season.lower() != "fall"
    )


def month_quarter_ok(m: regex.Match[str], norm: str) -> bool:
    return upper(m.group("mon"))  # "the march quarter" is no month


def months_quarter_ok(m: regex.Match[str], norm: str) -> bool:
    """ "the January-March quarter": capitalised months that make up one calendar
    quarter ("the November-January period" is none)."""
    if not (upper(m.group("m1")) and upper(m.group("mon"))):
        return False
    first, last = lx.MONTHS[m.group("m1").lower()], lx.MONTHS[m.group("mon").lower()]
    return last % 3 == 0 and first == last - 2


def sport_season_ok(m: regex.Match[str], norm: str) -> bool:
    # "its last season", "the last season of the show": the final one, not the
    # one before the current.
    return m.group("pos") is not None or word_before(norm, m.start()) not in {
        "the", "its", "his", "her", "their", "our", "my", "your", "a", "whose",
    }  # fmt: skip
