"""Speed work of round 22: the faster paths give what the plain ones gave.

The dates prefilter reads a longer key only where a shorter key it holds
was found; a game report's verb of winning or losing is asked once per word
form. Each is checked against a plain reading, on news phrasings.
"""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.dates.anchors import all_keys
from newsfacts.dates.prefilter import positions
from newsfacts.events.games import _contest_form

_TEXTS = (
    "Rebels attacked the town on Monday, officials said.",
    "The talks, held today and on Thursday, ended in the first week of May 2019.",
    "By midday Saturday the year-long siege had lasted 365 days; the 1990s saw none.",
    "LONDON, Dec 8 (Reuters) - Shares rose in early trading on Tuesday morning.",
    "no key here at all",
    "",
)


def _every_offset(low: str, key: str) -> list[int]:
    """Every offset at which `key` starts in `low`, one test per offset."""
    return [p for p in range(len(low)) if low.startswith(key, p)]


@pytest.mark.parametrize("text", _TEXTS)
def test_positions_are_every_offset_of_every_key(text: str) -> None:
    low = text.lower()
    keys = all_keys()
    got = positions(low, keys)
    want = {k: at for k in keys if (at := _every_offset(low, k))}
    assert got == want


def test_positions_read_a_longer_key_only_where_it_is() -> None:
    # "day" occurs in "today", "midday" and "days": each longer key is
    # found where it stands, and no longer key where only "day" does
    low = "today, at midday, after two days".lower()
    got = positions(low, all_keys())
    assert got["day"] == [2, 13, 28]
    assert got["today"] == [0]
    assert "yesterday" not in got


@pytest.mark.parametrize(
    ("word", "contest"),
    [
        ("beat", True),
        ("won", True),
        ("thrashed", True),
        ("defeated", True),
        ("said", False),
        ("attacked", False),
        ("liverpool", False),
    ],
)
def test_contest_form(word: str, contest: bool) -> None:
    assert _contest_form(word) is contest


def test_match_report_still_reads_play_as_no_event() -> None:
    # the lead reports a result: a player's "fired" is play, no force
    text = (
        "Liverpool beat Arsenal 2-0 at Anfield on Sunday. "
        "Mohamed Salah fired home from close range after 20 minutes."
    )
    article = newsfacts.parse_article(text, published="2019-11-26")
    assert not [e for e in article.events if e.cameo.startswith(("18", "19"))]


def test_force_outside_a_match_report_is_still_an_event() -> None:
    text = "Gunmen fired on a police patrol in Kano on Sunday, killing two officers."
    article = newsfacts.parse_article(text, published="2019-11-26")
    assert [e for e in article.events if e.cameo.startswith(("18", "19"))]
