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

from newsfacts.dates import lexicon as lx
from tests.support import DateCase, check_date_case, date_triples, dates_found

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


# ------------------------------------------- "will play in Sunday's final"
# published on Wednesday 1996-08-21: the last Sunday is the 18th, the next the 25th
SCHEDULED: list[DateCase] = [
    (
        "1996-08-21",
        "Sampras will play Agassi in Sunday's final.",
        "Sunday",
        "DATE",
        "1996-08-25",
    ),
    (
        "1996-08-21",
        "Sampras is to play Agassi in Sunday's final.",
        "Sunday",
        "DATE",
        "1996-08-25",
    ),
    (
        "1996-08-21",
        "Sampras faces Agassi in Sunday's final.",
        "Sunday",
        "DATE",
        "1996-08-25",
    ),
    (
        "1996-08-21",
        "The opposition is expected to win Sunday's presidential election.",
        "Sunday",
        "DATE",
        "1996-08-25",
    ),
    (
        "1996-08-21",
        "European leaders will attend Monday's summit in Brussels.",
        "Monday",
        "DATE",
        "1996-08-26",
    ),
    (
        "1996-08-21",
        "Ireland will face England in Saturday's Six Nations match.",
        "Saturday",
        "DATE",
        "1996-08-24",
    ),
]
# the same possessive days where the event has happened: the last such day
SCHEDULED_KEEP: list[DateCase] = [
    (
        "1996-08-21",
        "Sampras beat Agassi in Sunday's final.",
        "Sunday",
        "DATE",
        "1996-08-18",
    ),
    (
        "1996-08-21",
        "The opposition won Sunday's presidential election.",
        "Sunday",
        "DATE",
        "1996-08-18",
    ),
    (
        "1996-08-21",
        "Observers said Sunday's vote was fair.",
        "Sunday",
        "DATE",
        "1996-08-18",
    ),
    (
        "1996-08-21",
        "Leaders said Monday's summit was a success.",
        "Monday",
        "DATE",
        "1996-08-19",
    ),
    # a future clause, but no scheduled event: the attack has happened
    (
        "1996-08-21",
        "Police will investigate Sunday's attack on a mosque.",
        "Sunday",
        "DATE",
        "1996-08-18",
    ),
    (
        "1996-08-21",
        "The minister will comment on Sunday's shooting later.",
        "Sunday",
        "DATE",
        "1996-08-18",
    ),
    # a present copula says nothing of the vote's time: the nearest Saturday
    (
        "2025-01-05",
        "The focus is on Saturday's vote.",
        "Saturday",
        "DATE",
        "2025-01-04",
    ),
]


@pytest.mark.parametrize("case", SCHEDULED + SCHEDULED_KEEP, ids=lambda c: c[1][:40])
def test_possessive_scheduled_event(case: DateCase) -> None:
    check_date_case(case)


def test_scheduled_nouns_are_nouns_of_events() -> None:
    # generated from the table: each noun, after a possessive day in a future
    # clause, puts the day ahead; in a past clause it stays behind
    for noun in sorted(lx.SCHEDULED_NOUNS):
        ahead = f"The president will attend Sunday's {noun}."
        behind = f"The president attended Sunday's {noun}."
        assert ("Sunday", "DATE", "1996-08-25") in date_triples(ahead, "1996-08-21"), (
            noun
        )
        assert ("Sunday", "DATE", "1996-08-18") in date_triples(behind, "1996-08-21"), (
            noun
        )


# ------------------------------------------------- "the quarter ended Oct. 31"
ENDED: list[DateCase] = [
    (
        "1989-10-27",
        "In the second quarter ended Oct. 31, Service Corp. had a loss.",
        "the second quarter",
        "DATE",
        "1988-Q2",
    ),
    (
        "1989-10-27",
        "In the comparable year-ago quarter, the second quarter ended "
        "Oct. 31, the company had a loss. Results for that quarter included a "
        "write-down.",
        "that quarter",
        "DATE",
        "1988-Q2",
    ),
    (
        "1989-10-27",
        "Jobless claims rose in the week ended Oct. 28.",
        "the week",
        "DATE",
        "1988-W43",
    ),
    # a day already past keeps this year's
    (
        "1989-10-27",
        "It reported a loss for the quarter ended Sept. 30.",
        "the quarter",
        "DATE",
        "1989-Q3",
    ),
    (
        "1989-10-27",
        "Jobless claims rose in the week ended Oct. 21.",
        "the week",
        "DATE",
        "1989-W42",
    ),
    # "ending" looks ahead as before
    (
        "1989-10-27",
        "The company expects a profit in the quarter ending Nov. 30.",
        "the quarter",
        "DATE",
        "1989-Q4",
    ),
]


@pytest.mark.parametrize("case", ENDED, ids=lambda c: c[1][:40])
def test_period_ended_is_past(case: DateCase) -> None:
    check_date_case(case)


# ------------------------------------------------ "the foreseeable future"
FUTURES: list[DateCase] = [
    (
        "1998-02-27",
        "Ukraine would remain neutral for the foreseeable future.",
        "the foreseeable future",
        "DATE",
        "FUTURE_REF",
    ),
    (
        "1998-03-06",
        "We are going to maintain our forces in the region for the foreseeable future.",
        "the foreseeable future",
        "DATE",
        "FUTURE_REF",
    ),
    (
        "1998-03-06",
        "Such a mission lies in the distant future.",
        "the distant future",
        "DATE",
        "FUTURE_REF",
    ),
    (
        "1998-03-06",
        "Rates will stay low in the near future.",
        "the near future",
        "DATE",
        "FUTURE_REF",
    ),
    (
        "1998-03-06",
        "Nobody knows what the future holds.",
        "the future",
        "DATE",
        "FUTURE_REF",
    ),
]


@pytest.mark.parametrize("case", FUTURES, ids=lambda c: c[1][:40])
def test_future_phrases(case: DateCase) -> None:
    check_date_case(case)


@pytest.mark.parametrize("word", sorted(lx.REFERENCE_WORDS))
def test_every_reference_wording_resolves(word: str) -> None:
    # generated from the table: no wording fails ("the distant future" once
    # matched but had no value), and a wording the reference rule reads as a
    # point gets the table's value ("the coming days" is a span, PXD)
    text = f"Officials said the talks would shape {word} for the region."
    for e in dates_found(text, "1998-03-06"):
        if e.text.lower() == word and e.rule == "ref" and str(e.type) == "DATE":
            assert e.value == lx.REFERENCE_WORDS[word]


# ------------------------------------------------------ "in today's world"
ERA: list[DateCase] = [
    (
        "1997-10-08",
        "In today's world, information travels fast.",
        "today",
        "DATE",
        "PRESENT_REF",
    ),
    (
        "1989-10-27",
        "Intel's microprocessors are the chips of choice in many of "
        "today's personal computers.",
        "today",
        "DATE",
        "PRESENT_REF",
    ),
    (
        "2000-01-07",
        "The case of Elian is for today's youth what 40 years of the "
        "blockade were for their parents.",
        "today",
        "DATE",
        "PRESENT_REF",
    ),
    (
        "1997-10-08",
        "It was a modest sum by today's standards.",
        "today",
        "DATE",
        "PRESENT_REF",
    ),
    (
        "1997-10-08",
        "The youth of today face high unemployment.",
        "today",
        "DATE",
        "PRESENT_REF",
    ),
    (
        "1989-11-02",
        "If I were choosing the people of tomorrow, I would have chosen "
        "the people who are now on the board.",
        "tomorrow",
        "DATE",
        "FUTURE_REF",
    ),
    (
        "1997-10-08",
        "The leaders of tomorrow are in school today.",
        "tomorrow",
        "DATE",
        "FUTURE_REF",
    ),
    (
        "1997-10-08",
        "Tomorrow's workforce will need new skills.",
        "Tomorrow",
        "DATE",
        "FUTURE_REF",
    ),
]
# the same words naming the day
ERA_KEEP: list[DateCase] = [
    (
        "1997-10-08",
        "Today's vote is a test for the government.",
        "Today",
        "DATE",
        "1997-10-08",
    ),
    (
        "1997-10-08",
        "Tomorrow's meeting of world leaders will focus on trade.",
        "Tomorrow",
        "DATE",
        "1997-10-09",
    ),
    ("1997-10-08", "Shares rose in today's session.", "today", "DATE", "1997-10-08"),
    (
        "1997-10-08",
        "He will speak at tomorrow's rally.",
        "tomorrow",
        "DATE",
        "1997-10-09",
    ),
    (
        "1997-10-08",
        "The leaders of the world met today.",
        "today",
        "DATE",
        "1997-10-08",
    ),
]


@pytest.mark.parametrize("case", ERA + ERA_KEEP, ids=lambda c: c[1][:40])
def test_today_as_an_age(case: DateCase) -> None:
    check_date_case(case)


# ----------------------------------------------------- "the deadliest since 1998"
# a year after "since" bounds a stretch; a month or day of the clause is not in it
SINCE: list[DateCase] = [
    (
        "2001-08-09",
        "The blast, the deadliest in the city since 1998, ripped through "
        "the bus on Aug. 3.",
        "Aug. 3",
        "DATE",
        "2001-08-03",
    ),
    (
        "2001-08-09",
        "Prices, the highest since 1990, peaked in March.",
        "March",
        "DATE",
        "2001-03",
    ),
    (
        "2001-08-09",
        "The firm, which has grown every year since 1995, cut jobs in March.",
        "March",
        "DATE",
        "2001-03",
    ),
]
# a year stated as the clause's own time still gives its year
SINCE_KEEP: list[DateCase] = [
    (
        "2001-08-09",
        "In 1998, the company opened a plant on Aug. 3.",
        "Aug. 3",
        "DATE",
        "1998-08-03",
    ),
    ("2001-08-09", "In 1998, the firm cut jobs in March.", "March", "DATE", "1998-03"),
]


@pytest.mark.parametrize("case", SINCE + SINCE_KEEP, ids=lambda c: c[1][:40])
def test_year_after_since_is_no_stated_year(case: DateCase) -> None:
    check_date_case(case)


# --------------------------------------------------- "until at least the summer"
AT_LEAST: list[DateCase] = [
    (
        "2007-03-14",
        "The bank is expected to keep rates on hold until at least the summer.",
        "the summer",
        "DATE",
        "2007-SU",
    ),
    (
        "2007-03-14",
        "Rates will stay on hold until at least May.",
        "May",
        "DATE",
        "2007-05",
    ),
    (
        "2007-03-14",
        "Troops will stay through at least the autumn.",
        "the autumn",
        "DATE",
        "2007-FA",
    ),
]
# "at least" with no preposition before it: "May" stays a name
NOT_AT_LEAST = [
    "At least May was sure of the result.",
    "The bank said at least May Holdings would bid.",
]


@pytest.mark.parametrize("case", AT_LEAST, ids=lambda c: c[1][:40])
def test_at_least_keeps_the_preposition(case: DateCase) -> None:
    check_date_case(case)


@pytest.mark.parametrize("text", NOT_AT_LEAST)
def test_at_least_alone_makes_no_month(text: str) -> None:
    assert date_triples(text, "2007-03-14") == []


# ---------------------------------------- "... by the end of the year" ahead
# a past month named earlier in the sentence is not the year a future clause means
AHEAD_YEAR: list[DateCase] = [
    (
        "2007-03-14",
        "Inflation, which hit a 10-year high in December, is forecast to "
        "fall back by the end of the year.",
        "the end of the year",
        "DATE",
        "2007",
    ),
    (
        "2007-03-14",
        "Inflation hit a high in December and will fall by the end of the year.",
        "the end of the year",
        "DATE",
        "2007",
    ),
]
# a past clause, or a future seen from the past, keeps the year named
AHEAD_YEAR_KEEP: list[DateCase] = [
    (
        "2007-03-14",
        "Sales rose in December, the best month of the year.",
        "the year",
        "DATE",
        "2006",
    ),
    (
        "2007-03-14",
        "In 2005, the company said it would finish the plant by the end of the year.",
        "the end of the year",
        "DATE",
        "2005",
    ),
]


@pytest.mark.parametrize("case", AHEAD_YEAR + AHEAD_YEAR_KEEP, ids=lambda c: c[1][:40])
def test_future_clause_year(case: DateCase) -> None:
    check_date_case(case)


# sports fixtures and a noun phrase that ends before the event noun
SCHEDULED_MORE: list[DateCase] = [
    (
        "1996-08-17",
        "Sampras, who has not lost on grass since 1995, meets Krajicek in "
        "Wednesday's quarter-final.",
        "Wednesday",
        "DATE",
        "1996-08-21",
    ),
    (
        "1996-08-17",
        "Hill will start from pole in Sunday's Hungarian Grand Prix.",
        "Sunday",
        "DATE",
        "1996-08-18",
    ),
    (
        "1996-08-17",
        "Celtic will defend a two-goal lead in Wednesday's second leg.",
        "Wednesday",
        "DATE",
        "1996-08-21",
    ),
    (
        "2024-03-20",
        "The president is expected to sign it before Friday's midnight deadline.",
        "Friday",
        "DATE",
        "2024-03-22",
    ),
    (
        "2024-03-20",
        "The rebels ignored Friday's deadline.",
        "Friday",
        "DATE",
        "2024-03-15",
    ),
    # "final" after a preposition is not the possessive's noun: the attack is past
    (
        "1996-08-21",
        "Police will investigate Sunday's attack on the final.",
        "Sunday",
        "DATE",
        "1996-08-18",
    ),
]


@pytest.mark.parametrize("case", SCHEDULED_MORE, ids=lambda c: c[1][:40])
def test_possessive_fixture(case: DateCase) -> None:
    check_date_case(case)


# -------------------------------------------- "stayed from Monday to Thursday"
# told on Wednesday 2023-11-15: a past range ends by the reference date
PAST_RANGE: list[DateCase] = [
    (
        "2023-11-15",
        "We stayed in Paris from Monday to Thursday.",
        "Monday",
        "DATE",
        "2023-11-06",
    ),
    (
        "2023-11-15",
        "We stayed in Paris from Monday to Thursday.",
        "Thursday",
        "DATE",
        "2023-11-09",
    ),
    (
        "2023-11-15",
        "The strike lasted from Tuesday to Saturday.",
        "Saturday",
        "DATE",
        "2023-11-11",
    ),
]
# a range already over keeps its days; a range ahead keeps its week
PAST_RANGE_KEEP: list[DateCase] = [
    (
        "2023-11-15",
        "Talks were held from Monday to Wednesday.",
        "Monday",
        "DATE",
        "2023-11-13",
    ),
    (
        "2023-11-15",
        "Fighting raged from Sunday night until Tuesday morning.",
        "Tuesday morning",
        "TIME",
        "2023-11-14TMO",
    ),
    (
        "2023-11-15",
        "The exhibition will run from Friday to Sunday.",
        "Friday",
        "DATE",
        "2023-11-17",
    ),
    # a list is no range: each day keeps its own reading
    (
        "2023-11-15",
        "Talks were held on Monday and Thursday.",
        "Monday",
        "DATE",
        "2023-11-13",
    ),
]


@pytest.mark.parametrize("case", PAST_RANGE + PAST_RANGE_KEEP, ids=lambda c: c[1][:40])
def test_past_weekday_range(case: DateCase) -> None:
    check_date_case(case)


# ------------------------------------------------------------ "two summers ago"
# counted as "two Sundays ago" is: one summer ago is last summer
SEASON_AGO: list[DateCase] = [
    (
        "2023-11-15",
        "They got married two summers ago.",
        "two summers ago",
        "DATE",
        "2022-SU",
    ),
    (
        "2023-07-15",
        "They got married two summers ago.",
        "two summers ago",
        "DATE",
        "2021-SU",
    ),
    (
        "2023-11-15",
        "Three winters ago the river froze.",
        "Three winters ago",
        "DATE",
        "2020-WI",
    ),
    # the old readings beside it
    (
        "2023-11-15",
        "Two Sundays ago he preached here.",
        "Two Sundays ago",
        "DATE",
        "2023-11-05",
    ),
    ("2023-07-15", "The drought began last summer.", "last summer", "DATE", "2022-SU"),
]


@pytest.mark.parametrize("case", SEASON_AGO, ids=lambda c: c[1][:40])
def test_seasons_ago(case: DateCase) -> None:
    check_date_case(case)


def test_seasons_counted_are_no_time() -> None:
    assert date_triples("The team has won two summers in a row.", "2023-11-15") == []


# ----------------------------------------------------- "in January, March and May"
# a month in a list a preposition opens is a date, as after "and" or "to"
MONTH_LIST: list[DateCase] = [
    (
        "2024-07-03",
        "The central bank raised its key rate in January, March and May.",
        "March",
        "DATE",
        "2024-03",
    ),
    (
        "2024-07-03",
        "The meetings were held in June, May and March.",
        "May",
        "DATE",
        "2024-05",
    ),
]
# no preposition opens the list: names
NOT_MONTH_LIST = [
    "He met Theresa May, March and others.",
    "He thanked June, May and Kevin.",
]


@pytest.mark.parametrize("case", MONTH_LIST, ids=lambda c: c[1][:40])
def test_month_in_a_list(case: DateCase) -> None:
    check_date_case(case)


@pytest.mark.parametrize("text", NOT_MONTH_LIST)
def test_names_in_a_list_are_no_months(text: str) -> None:
    found = [t for t, _, _ in date_triples(text, "2024-07-03")]
    assert "May" not in found
    assert "March" not in found


# ----------------------------------------- "rose in June, July, August and September"
# a member of a list a preposition opens hangs on the past verb as the first does
LIST_PAST: list[DateCase] = [
    (
        "2024-07-03",
        "Sales rose in June, July, August and September.",
        "August",
        "DATE",
        "2023-08",
    ),
    (
        "2024-07-03",
        "Sales rose in June, July, August and September.",
        "September",
        "DATE",
        "2023-09",
    ),
    (
        "2024-07-03",
        "Prices rose on July 2, Aug. 4 and Sept. 1.",
        "Aug. 4",
        "DATE",
        "2023-08-04",
    ),
    # a future list keeps its months ahead
    (
        "2024-07-03",
        "Sales will rise in June, July, August and September.",
        "August",
        "DATE",
        "2024-08",
    ),
]


@pytest.mark.parametrize("case", LIST_PAST, ids=lambda c: c[1][:40])
def test_list_member_takes_the_past(case: DateCase) -> None:
    check_date_case(case)
