"""A week named by its last day ("the week ended Jan. 11", "the week to
Friday") is the calendar week that day closes: the ISO week holding most of
its seven days. A year or month "to" or "ended" a day stays a stretch."""

from __future__ import annotations

import pytest

from .support import date_triples as triples

_THU = "2025-01-16"  # Thursday


@pytest.mark.parametrize(
    "text,value",
    [
        # Saturday 11 January closes Sunday 5 - Saturday 11: six days in W02
        (
            "Initial jobless claims fell by 14,000 to 203,000 in the week ended "
            "Jan. 11, the Labor Department said on Thursday.",
            "2025-W02",
        ),
        ("For the week ending Jan. 11, sales rose 3 percent.", "2025-W02"),
        ("Retail sales in the week to Jan. 11 were up 2.1 percent.", "2025-W02"),
        ("Stocks rose 1.2 percent in the week through Jan. 10.", "2025-W02"),
        ("In the week to Friday, the index fell 2 percent.", "2025-W02"),
        # Monday 13 January closes Tuesday 7 - Monday 13: six days in W02
        ("Fund outflows in the week ended Monday totalled $2 billion.", "2025-W02"),
        # Sunday 5 January closes W01 itself
        ("Box office sales in the week to Sunday, Jan. 5, hit a record.", "2025-W01"),
        ("Mortgage applications in the week ended Sept. 30, 1989, rose.", "1989-W39"),
    ],
)
def test_the_week_ended_a_day(text: str, value: str) -> None:
    assert ("the week", "DATE", value) in triples(text, _THU)


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("For the year ended June 30, profit rose 4 percent.", "the year", "P1Y"),
        ("In the year to March, inflation was 3 percent.", "the year", "P1Y"),
        ("The fund gained 4 percent in the month to January.", "the month", "P1M"),
    ],
)
def test_a_year_or_month_to_a_day_stays_a_stretch(
    text: str, span: str, value: str
) -> None:
    assert (span, "DURATION", value) in triples(text, _THU)


@pytest.mark.parametrize(
    "text",
    [
        "Stocks slipped as the week ended with a rally in bonds.",
        "The week ended badly for the government.",
    ],
)
def test_no_day_no_week_value(text: str) -> None:
    assert not [t for t in triples(text, _THU) if t[0] == "the week" and "W" in t[2]]
