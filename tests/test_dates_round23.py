"""A clock-time range over weekdays ends on its start's day or after it.

"The curfew will run from 10 p.m. Tuesday until 4 a.m. Wednesday", told on a
Wednesday, is next Tuesday night to the Wednesday after it (the end was today,
before its own start); a past range keeps the week it was told in.
"""

from __future__ import annotations

import pytest

from tests.support import date_triples

# (text, published, the values of its expressions in order)
CASES = [
    (
        "The curfew will run from 10 p.m. Tuesday until 4 a.m. Wednesday.",
        "2024-03-06",
        ["2024-03-12T22:00", "2024-03-13T04:00"],
    ),
    (
        "The curfew will run from 10 p.m. Friday to 6 a.m. Monday.",
        "2024-03-06",
        ["2024-03-08T22:00", "2024-03-11T06:00"],
    ),
    (
        "The road will be closed from 9 a.m. Thursday to 5 p.m. Thursday.",
        "2024-03-06",
        ["2024-03-07T09:00", "2024-03-07T17:00"],
    ),
    # past ranges keep their days
    (
        "The curfew ran from 10 p.m. Tuesday until 4 a.m. Wednesday.",
        "2024-03-06",
        ["2024-03-05T22:00", "2024-03-06T04:00"],
    ),
    (
        "The curfew ran from 10 p.m. Monday until 4 a.m. Tuesday.",
        "2024-03-06",
        ["2024-03-04T22:00", "2024-03-05T04:00"],
    ),
    # no range: each clock time keeps its own weekday
    (
        "Polls open at 7 a.m. Sunday and close at 8 p.m. Sunday.",
        "2024-03-06",
        ["2024-03-10T07:00", "2024-03-10T20:00"],
    ),
]


@pytest.mark.parametrize(("text", "published", "values"), CASES)
def test_clock_range_over_weekdays(
    text: str, published: str, values: list[str]
) -> None:
    assert [v for _, _, v in date_triples(text, published)] == values
