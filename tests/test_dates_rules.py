"""Dates stage: the general rules of issue 13, one table per rule family.

Each table holds real news phrasings with the expected TIMEX3 type and value,
and the phrasings that must not be tagged.
"""

from __future__ import annotations

import datetime as dt

import pytest
import regex

from newsfacts import dates
from newsfacts.dates.prefilter import rule_blocks, trie_pattern
from newsfacts.records import TimeExpression
from newsfacts.text import Document

TUE = dt.date(2019, 11, 26)  # a Tuesday

Case = tuple[str, str, str, str]  # sentence, span, type, value


def found(text: str, published: dt.date | None = TUE) -> list[TimeExpression]:
    """The expressions the dates stage finds in `text`."""
    return list(dates.extract(Document(text), published))


def check(case: Case, published: dt.date | None = TUE) -> None:
    """`span` is found in `sentence` with the stated type and value."""
    sentence, span, tp, value = case
    got = [(e.text, str(e.type), e.value) for e in found(sentence, published)]
    assert (span, tp, value) in got, got


def ids(cases: list[Case]) -> list[str]:
    return [c[1] for c in cases]


# ---------------------------------------------------------------- prefilter
@pytest.mark.parametrize(
    "words",
    [("mon", "monday", "month"), ("a.", "am", "-long", "year-"), ("q1", "1q")],
    ids=["prefixes", "punctuation", "digits"],
)
def test_trie_pattern_matches_exactly_its_words(words: tuple[str, ...]) -> None:
    pattern = regex.compile(f"(?:{trie_pattern(words)})$")
    for w in words:
        assert pattern.match(w), w
    assert not pattern.match("mo")
    assert not pattern.match("yea")


def test_trie_pattern_prefers_the_longest_word() -> None:
    pattern = regex.compile(trie_pattern(["mon", "monday"]))
    m = pattern.match("mondays")
    assert m is not None and m.group() == "monday"


def test_key_inside_another_key_still_wakes_its_rule() -> None:
    # "-long" starts inside "year-": both rules must run on the block.
    text = "The year-long inquiry ended."
    todo = rule_blocks(text, [(0, len(text))])
    assert todo["unit_long"] == [0]
    assert todo["year_adj"] == [0]
    assert [(e.text, e.value) for e in found(text)] == [("year-long", "P1Y")]


def test_rule_without_its_key_word_is_not_run() -> None:
    text = "Ministers met in Amsterdam to discuss fishing quotas."
    todo = rule_blocks(text, [(0, len(text))])
    assert "weekday" not in todo
    assert "clock" in todo  # "am" in "Amsterdam": a key, though no time
    assert "duration" not in todo


# ---------------------------------------------------------------- part of day
PART_OF_DAY: list[Case] = [
    ("Police raided the house on Thursday morning.", "Thursday morning", "TIME",
     "2019-11-21TMO"),
    ("The president will speak Monday night.", "Monday night", "TIME",
     "2019-12-02TNI"),
    ("Protesters gathered Saturday afternoon in the square.", "Saturday afternoon",
     "TIME", "2019-11-23TAF"),
    ("Fighting broke out late Sunday near the border.", "late Sunday", "TIME",
     "2019-11-24TNI"),
    ("The ship docked early Monday.", "early Monday", "TIME", "2019-11-25TMO"),
    ("A spokesman said late yesterday that talks had failed.", "late yesterday",
     "TIME", "2019-11-25TNI"),
    ("Gunmen attacked the convoy yesterday morning.", "yesterday morning", "TIME",
     "2019-11-25TMO"),
    ("The vote is tonight.", "tonight", "TIME", "2019-11-26TNI"),
]  # fmt: skip

PART_OF_DAY_NOT_TIME: list[Case] = [
    ("Police raided the house on Thursday.", "Thursday", "DATE", "2019-11-21"),
    ("The clinic is closed on Saturday nights.", "Saturday nights", "SET",
     "XXXX-WXX-6TNI"),
    ("The army attacked later Friday.", "Friday", "DATE", "2019-11-22"),
]  # fmt: skip


@pytest.mark.parametrize("case", PART_OF_DAY, ids=ids(PART_OF_DAY))
def test_part_of_day_is_a_time(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("case", PART_OF_DAY_NOT_TIME, ids=ids(PART_OF_DAY_NOT_TIME))
def test_day_without_part_of_day_stays_a_date(case: Case) -> None:
    check(case)


# ---------------------------------------------------------------- future cues
FUTURE_CUES: list[Case] = [
    ("The drought is expected to last through August.", "August", "DATE", "2020-08"),
    ("The launch was delayed until 09:00 GMT Monday.", "09:00 GMT Monday", "TIME",
     "2019-12-02T09:00"),
    ("Trading resumes at 0800 GMT tomorrow.", "0800 GMT tomorrow", "TIME",
     "2019-11-27T08:00"),
    ("The talks are supposed to conclude by May.", "May", "DATE", "2020-05"),
    ("The embassy will stay closed until Friday.", "Friday", "DATE", "2019-11-29"),
    ("The ban runs until Friday.", "Friday", "DATE", "2019-11-29"),
    ("Ministers agreed to meet again on Friday.", "Friday", "DATE", "2019-11-29"),
    ("Officials postponed until Tuesday morning any action on the case.",
     "Tuesday morning", "TIME", "2019-12-03TMO"),
    ("Collins has been named commander for a mission in December.", "December",
     "DATE", "2019-12"),
    ("Voters may go to the polls again in March.", "March", "DATE", "2020-03"),
]  # fmt: skip

PAST_STAYS_PAST: list[Case] = [
    ("The strike lasted until Friday.", "Friday", "DATE", "2019-11-22"),
    ("Output had doubled by May.", "May", "DATE", "2019-05"),
    ("He went to see his mother on Friday.", "Friday", "DATE", "2019-11-22"),
    ("The offer had been due to expire Friday evening.", "Friday evening", "TIME",
     "2019-11-22TEV"),
    ("Until Thursday, police had described him as a witness.", "Thursday", "DATE",
     "2019-11-21"),
    ("Inflation rose to 3.8 percent in July.", "July", "DATE", "2019-07"),
    ("A bomb ripped through a building next to the embassy Friday morning.",
     "Friday morning", "TIME", "2019-11-22TMO"),
    ("Police declined to comment Tuesday.", "Tuesday", "DATE", "2019-11-26"),
]  # fmt: skip


@pytest.mark.parametrize("case", FUTURE_CUES, ids=ids(FUTURE_CUES))
def test_future_cues(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("case", PAST_STAYS_PAST, ids=ids(PAST_STAYS_PAST))
def test_past_reference_is_not_read_as_future(case: Case) -> None:
    check(case)


# ---------------------------------------------------------------- point or span
POINT_OR_SPAN: list[Case] = [
    ("The past year has been the hardest for farmers.", "The past year", "DATE",
     "2018"),
    ("Sales rose 5% in the past year.", "the past year", "DATE", "2018"),
    ("Hate groups grew over the past year.", "the past year", "DURATION", "P1Y"),
    ("He has been in Bethesda for the last week.", "the last week", "DURATION",
     "P1W"),
    ("The last week was chaotic in parliament.", "The last week", "DATE", "2019-W47"),
    ("Prices have doubled over the past decade.", "the past decade", "DURATION",
     "P10Y"),
    ("The project finished two weeks later than planned.", "two weeks", "DURATION",
     "P2W"),
    ("The rover landed three days earlier than expected.", "three days", "DURATION",
     "P3D"),
    ("Two weeks later, the rebels attacked.", "Two weeks later", "DATE", "2019-W50"),
    ("In 1985 the plant opened. Later that decade it closed.", "Later that decade",
     "DATE", "198"),
    ("The factory closed in March and reopened at the end of the month.",
     "the end of the month", "DATE", "2019-03"),
    ("The plan runs to the end of the decade.", "the end of the decade", "DATE",
     "201"),
]  # fmt: skip


@pytest.mark.parametrize("case", POINT_OR_SPAN, ids=ids(POINT_OR_SPAN))
def test_point_or_span(case: Case) -> None:
    check(case)


def test_decade_is_never_unknown_after_a_named_year() -> None:
    text = "In 1985 the plant opened. Later that decade it closed."
    assert all(e.value != "XXX" for e in found(text))
