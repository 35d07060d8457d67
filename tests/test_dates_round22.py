"""Dates stage: general rules of round 22, each a table of news phrasings.

- the unit left out after a compared or coordinated one ("this year and last",
  "twice as high this year as last");
- a possessive day naming a scheduled event in a clause that looks ahead
  ("will play Agassi in Sunday's final" is the coming Sunday);
- a period that "ended" on a year-less day lies before the reference date ("the
  second quarter ended Oct. 31" told on Oct. 27 is last year's);
- "the foreseeable future", "the distant future" are FUTURE_REF, whole;
- "today" and "tomorrow" naming an age ("in today's world", "the leaders of
  tomorrow") are PRESENT_REF and FUTURE_REF, not a day.

Each table row is (publication date, sentence, span, type, value); the "not"
and "keep" rows hold the same words where the rule must not apply.
"""

from __future__ import annotations

import pytest

from tests.support import DateCase, check_date_case, date_triples

# ----------------------------------------------------- "this year and last"
ELLIPSIS: list[DateCase] = [
    ("2019-01-15", "Sales rose 4 percent this year and last.", "last", "DATE", "2018"),
    (
        "1989-10-27",
        "The exceptional gain would mean nearly twice as high a dividend "
        "this year as last.",
        "last",
        "DATE",
        "1988",
    ),
    (
        "2019-01-15",
        "More people voted this week than last.",
        "last",
        "DATE",
        "2019-W02",
    ),
    (
        "2019-01-15",
        "Prices fell this month and last, the agency said.",
        "last",
        "DATE",
        "2018-12",
    ),
    ("2019-01-15", "This year and last, the rains failed.", "last", "DATE", "2018"),
    # the old reading, "next" of "this year and next", is kept
    ("2019-01-15", "Profits will rise this year and next.", "next", "DATE", "2020"),
]

# "last" that is no unit left out: a unit follows, or a word of its own phrase
NOT_ELLIPSIS = [
    "He came first this year and last in the race.",
    "The company lost money this year and last year's loss was bigger.",
    "She finished this year and last season unbeaten.",
]


@pytest.mark.parametrize("case", ELLIPSIS, ids=lambda c: c[1][:40])
def test_unit_left_out(case: DateCase) -> None:
    check_date_case(case)


@pytest.mark.parametrize("text", NOT_ELLIPSIS)
def test_no_unit_left_out(text: str) -> None:
    assert "last" not in [t for t, _, _ in date_triples(text, "2019-01-15")]
