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


# A quarter followed by its last day: an ordinal (fiscal) quarter is that of
# the year its last day falls in, and is over once that day has passed; an
# unnumbered one is the calendar quarter holding most of its three months.
_LATE_OCT = "2024-10-30"


@pytest.mark.parametrize(
    "text,span,value",
    [
        (
            "Microsoft said revenue in its fiscal fourth quarter, which ended "
            "June 30, rose 15 percent.",
            "fiscal fourth quarter",
            "2024-Q4",
        ),
        (
            "The company reported a loss for its fiscal first quarter ended Sept. 28.",
            "fiscal first quarter",
            "2024-Q1",
        ),
        (
            "The retailer had 5.6 million shares in the quarter ended July 31.",
            "the quarter",
            "2024-Q2",
        ),
        (
            "Net rose in the quarter ended Sept. 30, the bank said.",
            "the quarter",
            "2024-Q3",
        ),
        ("For the quarter ended Dec. 31, 2023, sales rose.", "the quarter", "2023-Q4"),
    ],
)
def test_quarter_with_its_last_day(text: str, span: str, value: str) -> None:
    got = triples(text, _LATE_OCT)
    assert (span, "DATE", value) in got, got


def test_fiscal_quarter_named_before_keeps_its_number() -> None:
    """After "the fiscal first quarter", "the quarter ended Sept. 29" is that
    same quarter, numbered by the company."""
    text = (
        "Sun said it earned $5.2 million in the fiscal first quarter. Sales for "
        "the quarter ended Sept. 29 rose 39 percent."
    )
    assert ("the quarter", "DATE", "2024-Q1") in triples(text, _LATE_OCT)


def test_fiscal_fourth_quarter_ended_told_in_july() -> None:
    """Told in July, before the calendar fourth quarter began: a fourth
    quarter "which ended June 30" is over, this year's (not last year's)."""
    text = (
        "Microsoft said revenue in its fiscal fourth quarter, which ended June 30, "
        "rose 15 percent."
    )
    assert ("fiscal fourth quarter", "DATE", "2024-Q4") in triples(text, "2024-07-25")
