"""Dates stage: more general rules of modern English news.

Each table holds news phrasings (wire, courts, markets, sport, weather,
elections) with the span, TIMEX3 type and value expected against a
publication date, and the look-alikes that must read otherwise or not be
tagged at all:

- verb shapes the tense reader must see: a phrasal verb's particle ("blew
  himself up ... on Friday"), a past that is its base form ("the team beat
  Arsenal on Saturday", "he quit on Friday"), an irregular past the tagger
  takes for a noun ("the company wound down"); timetable presents ("voters
  head to the polls on Sunday"); "ahead of", "ahead to";
- "overnight": the night to come in a future clause, "overnight on
  Wednesday" and "overnight into Sunday" as one time.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts import dates
from newsfacts.records import TimeExpression
from newsfacts.text import Document

Case = tuple[str, str, str, str, str]  # published, text, span, type, value


def found(text: str, published: str) -> list[TimeExpression]:
    """The expressions the dates stage finds in `text`."""
    return list(dates.extract(Document(text), dt.date.fromisoformat(published)))


def triples(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(e.text, str(e.type), e.value) for e in found(text, published)]


def check(case: Case) -> None:
    published, text, span, typ, value = case
    got = triples(text, published)
    assert (span, typ, value) in got, got


# Published on Wednesday 2024-03-20: the Friday before is 03-15, after 03-22.
_WED = "2024-03-20"

VERB_SHAPES: list[Case] = [
    (
        _WED,
        "A suicide bomber blew himself up outside a mosque on Friday.",
        "Friday",
        "DATE",
        "2024-03-15",
    ),
    (
        _WED,
        "The company wound down its operations on Friday.",
        "Friday",
        "DATE",
        "2024-03-15",
    ),
    (
        _WED,
        "He quit on Friday after weeks of pressure.",
        "Friday",
        "DATE",
        "2024-03-15",
    ),
    (_WED, "The team beat Arsenal 2-0 on Saturday.", "Saturday", "DATE", "2024-03-16"),
    (
        _WED,
        "The government cut off power to the region on Thursday.",
        "Thursday",
        "DATE",
        "2024-03-14",
    ),
    (
        _WED,
        "Rebels cut the main road to the capital on Thursday.",
        "Thursday",
        "DATE",
        "2024-03-14",
    ),
    (
        _WED,
        "The storm knocked out power to 200,000 homes on Friday.",
        "Friday",
        "DATE",
        "2024-03-15",
    ),
    (
        _WED,
        "Investors looked ahead to the central bank's decision on Thursday.",
        "Thursday",
        "DATE",
        "2024-03-21",
    ),
    (
        _WED,
        "Voters head to the polls on Sunday in a closely fought race.",
        "Sunday",
        "DATE",
        "2024-03-24",
    ),
    (_WED, "Greeks go to the polls on Sunday.", "Sunday", "DATE", "2024-03-24"),
]

# What must keep its reading: a future, a timetable present, a fronted
# "ahead of", "went ahead".
VERB_SHAPES_KEPT: list[Case] = [
    (
        _WED,
        "He will quit on Friday, his spokesman said.",
        "Friday",
        "DATE",
        "2024-03-22",
    ),
    (_WED, "The two teams meet again on Saturday.", "Saturday", "DATE", "2024-03-23"),
    (_WED, "Voters went to the polls on Sunday.", "Sunday", "DATE", "2024-03-17"),
    (
        _WED,
        "The vote went ahead on Sunday despite the boycott.",
        "Sunday",
        "DATE",
        "2024-03-17",
    ),
    (
        _WED,
        "Just ahead of the minister's trip, the department on Sunday "
        "issued a travel warning.",
        "Sunday",
        "DATE",
        "2024-03-17",
    ),
    (
        _WED,
        "The central bank will cut rates on Thursday, analysts said.",
        "Thursday",
        "DATE",
        "2024-03-21",
    ),
]


@pytest.mark.parametrize("case", VERB_SHAPES, ids=[c[1][:40] for c in VERB_SHAPES])
def test_verb_shapes_give_the_past_day(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    "case", VERB_SHAPES_KEPT, ids=[c[1][:40] for c in VERB_SHAPES_KEPT]
)
def test_other_verb_shapes_keep_their_day(case: Case) -> None:
    check(case)


# Published on Tuesday 2024-01-16 (Monday 01-15, Wednesday 01-17).
_TUE = "2024-01-16"

OVERNIGHT: list[Case] = [
    (
        _TUE,
        "Forecasters warned on Tuesday that the storm would bring heavy "
        "snow overnight.",
        "overnight",
        "TIME",
        "2024-01-16TNI",
    ),
    (
        _TUE,
        "Residents were told to stay indoors overnight.",
        "overnight",
        "TIME",
        "2024-01-16TNI",
    ),
    (
        _TUE,
        "Russian drones attacked Kyiv overnight, officials said.",
        "overnight",
        "TIME",
        "2024-01-15TNI",
    ),
    (
        _TUE,
        "Stocks fell on Tuesday after overnight losses in Asia.",
        "overnight",
        "TIME",
        "2024-01-15TNI",
    ),
    (
        _TUE,
        "The hurricane tore across Florida overnight on Sunday.",
        "overnight on Sunday",
        "TIME",
        "2024-01-14TNI",
    ),
    (
        _TUE,
        "Russia attacked Kyiv overnight into Monday.",
        "overnight into Monday",
        "TIME",
        "2024-01-14TNI",
    ),
    (
        _TUE,
        "The storm tore across the coast overnight Sunday.",
        "overnight Sunday",
        "TIME",
        "2024-01-14TNI",
    ),
]


@pytest.mark.parametrize("case", OVERNIGHT, ids=[c[1][:40] for c in OVERNIGHT])
def test_overnight(case: Case) -> None:
    check(case)


NOT_OVERNIGHT = [
    "Banks borrowed at the overnight rate of 5.3%.",
    "The band was no overnight success.",
]


@pytest.mark.parametrize("text", NOT_OVERNIGHT, ids=NOT_OVERNIGHT)
def test_overnight_not_a_night(text: str) -> None:
    assert not [e for e in found(text, _TUE) if "overnight" in e.text]
