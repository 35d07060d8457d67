"""An earlier quarter told as the background of the one reported ("After a
weak second quarter, ...") leaves the reported quarter the topic: a later
"year-earlier quarter" is a year before the reported one."""

from __future__ import annotations

import pytest

from .support import date_triples as triples

_WED = "2024-10-23"  # Wednesday, in the fourth quarter

_LEAD = "Acme Corp said on Tuesday its third-quarter profit rose 12 percent to $45 million. "
_BACK = " Net income in the year-earlier quarter was $40 million."


@pytest.mark.parametrize(
    "middle",
    [
        "After a weak second quarter, the company said demand recovered.",
        "Following a flat second quarter, orders picked up in Asia.",
        "Despite a loss in the second quarter, the company kept its forecast.",
        "After the first quarter's slump, sales of tools rose in Europe.",
    ],
)
def test_background_quarter_leaves_the_topic(middle: str) -> None:
    got = triples(_LEAD + middle + _BACK, _WED)
    assert ("the year-earlier quarter", "DATE", "2023-Q3") in got, got


@pytest.mark.parametrize(
    "text,value",
    [
        # no topic yet: the quarter after "after" is the topic
        (
            "After a weak second quarter, Acme said profit fell. Net income in "
            "the year-earlier quarter was $40 million.",
            "2023-Q2",
        ),
        # a later quarter after "after" is no background of an earlier one
        (
            "Acme posted a loss in the first quarter. After the second quarter "
            "ended, profit returned. Profit in the year-earlier quarter was $2 million.",
            "2023-Q2",
        ),
    ],
)
def test_no_background_without_an_earlier_quarter(text: str, value: str) -> None:
    got = triples(text, _WED)
    assert ("the year-earlier quarter", "DATE", value) in got, got
