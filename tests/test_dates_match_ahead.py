"""Checks asked right after a time expression read only the words they can
read (`match_ahead`), with the same results as asking them over the whole rest
of the text: where the word they need is right there, where it comes far
later (after 80 kB of text), and where it never comes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
import regex

import newsfacts
from newsfacts.dates.ahead import match_ahead, words_ahead_end
from newsfacts.dates.checks_relative import _OF_A_LIFE, _OF_A_LIFE_WORDS
from newsfacts.dates.exclusions import _AGE_AFTER
from newsfacts.dates.normalise import _THAN
from newsfacts.dates.quarter_cues import _ENDED

FAR = " The council met and talked about roads." * 2000  # 80 kB

# (pattern, words it can read, what follows the position: read / not read).
Case = tuple[Callable[[], regex.Pattern[str]], int, str, bool]
CASES: list[Case] = [
    (_ENDED, 2, " ended Sept. 30", True),
    (_ENDED, 2, " that ended in June", True),
    (_ENDED, 2, "  ending March 31", True),
    (_ENDED, 2, " That Ended", True),
    (_ENDED, 2, " endedx", False),
    (_ENDED, 2, " that just ended", False),
    (_ENDED, 2, ", which ended", False),
    (_ENDED, 2, " earnings rose", False),
    (_ENDED, 2, "", False),
    (_THAN, 1, " than planned", True),
    (_THAN, 1, "  THAN expected", True),
    (_THAN, 1, " than", True),
    (_THAN, 1, " thank", False),
    (_THAN, 1, ", than", False),
    (_THAN, 1, " as planned", False),
    (_AGE_AFTER, 2, " of age", True),
    (_AGE_AFTER, 2, " of  Age,", True),
    (_AGE_AFTER, 2, "-old", True),
    (_AGE_AFTER, 2, " old", True),
    (_AGE_AFTER, 2, " of ageing", False),
    (_AGE_AFTER, 2, " older", False),
    (_AGE_AFTER, 2, " of talks", False),
    (_AGE_AFTER, 2, ", old", False),
    (_OF_A_LIFE, 4, " of his life", True),
    (_OF_A_LIFE, 4, " of her long career", True),
    (_OF_A_LIFE, 4, "  of  an   era.", True),
    (_OF_A_LIFE, 4, " of their lives", True),
    (_OF_A_LIFE, 4, " of her long, long career", False),
    (_OF_A_LIFE, 4, " of the attack", False),
    (_OF_A_LIFE, 4, " of his very long career", False),
    (_OF_A_LIFE, 4, " of his lifetime", False),
]


@pytest.mark.parametrize(("pattern", "words", "after", "read"), CASES)
def test_same_match_near_far_and_never(
    pattern: Callable[[], regex.Pattern[str]], words: int, after: str, read: bool
) -> None:
    head = "in the third quarter"
    at = len(head)
    for tail in ("", FAR, FAR + " ended ending than of age old as"):
        text = head + after + tail
        whole = pattern().match(text, at)
        cut = match_ahead(pattern(), text, at, words)
        assert (whole is not None) == read
        assert (cut and cut.span()) == (whole and whole.span())


def test_cut_after_the_words_and_one_character() -> None:
    text = "the year  that ended, he said"
    at = len("the year")
    assert text[at : words_ahead_end(text, at, 2)] == "  that ended,"
    assert text[at : words_ahead_end(text, at, 1)] == "  that "
    assert words_ahead_end(text, len(text) - 2, 3) == len(text)
    assert words_ahead_end(text, len(text), 1) == len(text)


def test_later_than_in_a_long_text() -> None:
    """ "later than planned" is an amount of delay however much text comes
    before it; "later" with no "than" after it, with one far on, is a date."""
    published = dt.date(2025, 6, 4)
    text = (
        "The plant opened two weeks later, officials said."
        + FAR
        + " The line opened two weeks later than planned."
    )
    found = {
        (d.text, str(d.type), d.value)
        for d in newsfacts.parse_article(text, published=published).dates
    }
    assert ("two weeks", "DURATION", "P2W") in found
    assert ("two weeks later", "DATE", "2025-W25") in found


def test_age_in_a_long_text() -> None:
    """ "18 months old" is an age however much text comes before it; an
    amount with "old" far on is still one."""
    published = dt.date(2025, 6, 4)
    text = (
        "Talks lasted 18 months, officials said."
        + FAR
        + " The boy, 18 months old, was found."
    )
    found = [d.text for d in newsfacts.parse_article(text, published=published).dates]
    assert found.count("18 months") == 1


def test_of_a_life_reads_four_words() -> None:
    """The spans of a life are one word each: "of", the possessive, a word
    before the span and the span are four runs of word characters."""
    assert _OF_A_LIFE_WORDS() == 4


def test_evening_of_a_life_in_a_long_text() -> None:
    """ "the evening of his life" is no time however much text comes before
    it; an evening with "life" far on is one."""
    published = dt.date(2025, 6, 4)
    text = (
        "The vote was held on Monday evening, officials said."
        + FAR
        + " He wrote the book in the evening of his life."
    )
    found = [d.text for d in newsfacts.parse_article(text, published=published).dates]
    assert "Monday evening" in found
    assert "the evening" not in found
