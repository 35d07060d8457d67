"""A weekday range placed in a week ("from Tuesday to Thursday next week"):
the link after the weekday is read first, and the whole range only where one
is, with the same readings."""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from newsfacts.dates.normalise_days import _RANGE_LINK_AFTER, _RANGE_TO_WEEK

# The link a weekday range opens with, asked before the whole range (which
# needs "week", a string `regex` looks for through the rest of the text):
# every range the whole pattern reads opens with a link the short one reads.
RANGES = [
    " to Thursday next week",
    " night and Wednesday this week",
    ", through Friday last week",
    " – Sunday this week",
    "-Sunday last week",
    "  until  Monday morning next week",
]


@pytest.mark.parametrize("after", RANGES)
def test_weekday_range_opens_with_its_link(after: str) -> None:
    text = "from Tuesday" + after
    at = len("from Tuesday")
    assert _RANGE_TO_WEEK().match(text, at) is not None
    assert _RANGE_LINK_AFTER().match(text, at) is not None


@pytest.mark.parametrize("after", [" said", ", officials said", " night's vote"])
def test_no_link_no_range(after: str) -> None:
    text = "on Tuesday" + after + " that talks would go on next week"
    at = len("on Tuesday")
    assert _RANGE_LINK_AFTER().match(text, at) is None
    assert _RANGE_TO_WEEK().match(text, at) is None


def test_weekday_range_in_a_long_text() -> None:
    """A range's start goes in the week its end names however much text comes
    before it, and a weekday with no range in a long text keeps its reading."""
    filler = "The council met and talked about roads. " * 2000
    text = (
        "The strike began on Monday, the union said. "
        + filler
        + "The talks run from Tuesday to Thursday next week."
    )
    found = newsfacts.parse_article(text, published=dt.date(2025, 6, 4)).dates
    values = {(d.text, d.value) for d in found}
    assert ("Monday", "2025-06-02") in values
    assert ("Tuesday", "2025-06-10") in values
