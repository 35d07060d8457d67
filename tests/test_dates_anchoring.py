"""Dates stage: anchoring the forms of modern news the 1990s development corpora
lack: timetable presents ("the final is on Sunday"), the weekend, clock times
with a zone and a date, the results of a quarter, "the year to March", the
bare "Eid", "the eve of" a holiday and the month of Ramadan.

Each table row is a news phrasing with the span, TIMEX3 type and value a
TimeML annotator gives it against the publication date of its table; the
"not" tables hold the same words where they are no such expression.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts import dates
from newsfacts.text import Document

WED = dt.date(2024, 3, 13)  # a Wednesday, inside Ramadan 2024 (11 March - 9 April)
SUN = dt.date(2025, 1, 5)  # a Sunday

Case = tuple[str, str, str, str]  # sentence, span, type, value


def triples(text: str, published: dt.date) -> list[tuple[str, str, str]]:
    """(span, type, value) of every expression found in `text`."""
    out = []
    for e in dates.extract(Document(text), published):
        assert text[e.start : e.end] == e.text
        out.append((e.text, str(e.type), e.value))
    return out


def _check(case: Case, published: dt.date) -> None:
    sentence, span, tp, value = case
    got = triples(sentence, published)
    assert (span, tp, value) in got, got


# A plain present that states a timetable points ahead: "is"/"are" with the
# time right after it (or after "due", "on", "for"), and the timetable verbs
# (close, end, return, arrive, take place). Told on a Sunday, the day before
# is yesterday only in the past tense.
TIMETABLE: list[tuple[str, Case]] = [
    ("is-on", ("The match is on Saturday.", "Saturday", "DATE", "2025-01-11")),
    ("is-bare", ("The deadline is Friday.", "Friday", "DATE", "2025-01-10")),
    ("is-due", ("The verdict is due on Thursday.", "Thursday", "DATE", "2025-01-09")),
    ("are-on", ("The talks are on Friday.", "Friday", "DATE", "2025-01-10")),
    ("closes", ("The plant closes Friday.", "Friday", "DATE", "2025-01-10")),
    ("takes-place", ("The ceremony takes place on Thursday.", "Thursday", "DATE",
                     "2025-01-09")),
    ("arrives", ("The envoy arrives in Cairo on Thursday.", "Thursday", "DATE",
                 "2025-01-09")),
    ("meets", ("The IMF board meets on Friday to review the loan.", "Friday", "DATE",
               "2025-01-10")),
    ("votes", ("The Senate votes on Tuesday.", "Tuesday", "DATE", "2025-01-07")),
    ("hosts", ("The team hosts Central on Friday night.", "Friday night", "TIME",
               "2025-01-10TNI")),
    ("faces", ("He faces trial on Thursday.", "Thursday", "DATE", "2025-01-09")),
    ("met", ("The IMF board met on Friday.", "Friday", "DATE", "2025-01-03")),
    ("ends-today", ("The offer ends Sunday.", "Sunday", "DATE", "2025-01-05")),
    # the past tense still reports the past
    ("was-due", ("The payment was due on Friday.", "Friday", "DATE", "2025-01-03")),
    ("was-on", ("The match was on Saturday.", "Saturday", "DATE", "2025-01-04")),
    ("took-place", ("The ceremony took place on Thursday.", "Thursday", "DATE",
                    "2025-01-02")),
    ("closed", ("The plant closed Friday.", "Friday", "DATE", "2025-01-03")),
    # a possessive day names an event that may be past: the nearest day
    ("focus-possessive", ("The focus is on Saturday's vote.", "Saturday", "DATE",
                          "2025-01-04")),
    # a reporting verb in the past decides, not the present it reports
    ("reported", ("Turnout is high, officials said on Saturday.", "Saturday", "DATE",
                  "2025-01-04")),
]  # fmt: skip


@pytest.mark.parametrize(
    "case", [c for _, c in TIMETABLE], ids=[i for i, _ in TIMETABLE]
)
def test_timetable_present_points_ahead(case: Case) -> None:
    _check(case, SUN)


# "on the weekend" (American) as "at the weekend" (British) and "over the
# weekend"; "the year to March" is a year-long stretch, not this year; "the
# week to Friday" the calendar week Friday closes.
WEEKEND_AND_STRETCHES: list[tuple[str, Case]] = [
    ("on-weekend-past", ("The storm hit on the weekend.", "the weekend", "DATE",
                         "2024-W10-WE")),
    ("on-weekend-future", ("Fans will gather on the weekend.", "the weekend", "DATE",
                           "2024-W11-WE")),
    ("at-weekend", ("He resigned at the weekend.", "the weekend", "DATE",
                    "2024-W10-WE")),
    ("year-to-month", ("In the year to February, inflation rose 3%.", "the year",
                       "DURATION", "P1Y")),
    # a week named by its last day is the calendar week that day closes
    ("week-to-friday", ("Sales fell 2% in the week to Friday.", "the week",
                        "DATE", "2024-W10")),
    ("year-ending", ("Profit rose in the year ending June 30.", "the year",
                     "DURATION", "P1Y")),
    ("month-to", ("The fund gained 4% in the month to January.", "the month",
                  "DURATION", "P1M")),
    # without an end point "the year" stays the current one
    ("later-in-the-year", ("Inflation will ease later in the year.",
                           "later in the year", "DATE", "2024")),
]  # fmt: skip


@pytest.mark.parametrize(
    "case",
    [c for _, c in WEEKEND_AND_STRETCHES],
    ids=[i for i, _ in WEEKEND_AND_STRETCHES],
)
def test_weekend_and_stretches(case: Case) -> None:
    _check(case, WED)


@pytest.mark.parametrize(
    "sentence",
    [
        "The paper's on the weekend edition team.",
        "She works at the weekend market.",
    ],
)
def test_weekend_naming_a_thing_is_no_date(sentence: str) -> None:
    assert not [t for t in triples(sentence, WED) if "weekend" in t[0]]


# A 24-hour clock time with a zone takes the date written after it, as a
# 12-hour one does ("14:00 GMT on 12 March").
CLOCK_DATES: list[tuple[str, Case]] = [
    ("day-month", ("At 14:00 GMT on 12 March, the ship sank.", "14:00 GMT on 12 March",
                   "TIME", "2024-03-12T14:00")),
    ("month-day", ("The ship sank at 14:00 GMT on March 12.", "14:00 GMT on March 12",
                   "TIME", "2024-03-12T14:00")),
    ("the-day-of", ("Voting ends at 1800 GMT on the 20th of March.",
                    "1800 GMT on the 20th of March", "TIME", "2024-03-20T18:00")),
    ("with-year", ("The launch came at 0930 GMT on March 2, 2023.",
                   "0930 GMT on March 2, 2023", "TIME", "2023-03-02T09:30")),
    ("weekday-still", ("At 14:00 GMT on Thursday, the polls close.",
                       "14:00 GMT on Thursday", "TIME", "2024-03-14T14:00")),
]  # fmt: skip


@pytest.mark.parametrize(
    "case", [c for _, c in CLOCK_DATES], ids=[i for i, _ in CLOCK_DATES]
)
def test_clock24_takes_the_date_after_it(case: Case) -> None:
    _check(case, WED)


# The results of a quarter exist only once it is over: told in March, "fourth-
# quarter results" are last year's whatever the tense; a forecast for a
# quarter ahead stays this year's.
QUARTERS: list[tuple[str, Case]] = [
    ("results-due", ("Fourth-quarter results are due on Thursday.", "Fourth-quarter",
                     "DATE", "2023-Q4")),
    ("will-report-earnings", ("The company will report fourth-quarter earnings "
                              "next week.", "fourth-quarter", "DATE", "2023-Q4")),
    ("results-for", ("The bank will publish its results for the third quarter "
                     "on Friday.", "the third quarter", "DATE", "2023-Q3")),
    ("q4-results", ("Q4 results are due next week.", "Q4", "DATE", "2023-Q4")),
    # the current quarter's results are reported after it ends: this year's
    ("q1-earnings", ("The company will report first-quarter earnings in April.",
                     "first-quarter", "DATE", "2024-Q1")),
    # a forecast names a quarter ahead
    ("expects-loss", ("The firm expects a loss in the fourth quarter.",
                      "the fourth quarter", "DATE", "2024-Q4")),
    ("expects-sales", ("The firm expects fourth-quarter sales to rise.",
                       "fourth-quarter", "DATE", "2024-Q4")),
]  # fmt: skip


@pytest.mark.parametrize("case", [c for _, c in QUARTERS], ids=[i for i, _ in QUARTERS])
def test_quarter_of_reported_results(case: Case) -> None:
    _check(case, WED)


# "Eid" alone is whichever Eid the clause points to; "the eve of" a holiday is
# the day before it; Ramadan is a month-long period valued by the calendar
# unit that holds it (its year, or its month when it lies within one).
HOLIDAYS: list[tuple[str, Case, dt.date]] = [
    ("eve-of-eid", ("Crowds gathered on the eve of Eid.", "the eve of Eid", "DATE",
                    "2024-04-09"), WED),
    ("eve-of-eid-al-fitr", ("Shops were busy on the eve of Eid al-Fitr.",
                            "the eve of Eid al-Fitr", "DATE", "2024-04-09"), WED),
    ("eve-of-christmas", ("On the eve of Christmas, the troops withdrew.",
                          "the eve of Christmas", "DATE", "2023-12-24"), WED),
    ("eid-ahead", ("Families will travel home for Eid.", "Eid", "DATE",
                   "2024-04-10"), WED),
    ("eid-adha-next", ("Pilgrims will gather for Eid.", "Eid", "DATE", "2024-06-16"),
     dt.date(2024, 5, 8)),
    ("ramadan-now", ("Prices soar during Ramadan.", "Ramadan", "DATE", "2024"), WED),
    ("ramadan-future-now", ("Shops will close early during Ramadan.", "Ramadan",
                            "DATE", "2024"), WED),
    ("ramadan-one-month", ("Shops will close early during Ramadan.", "Ramadan",
                           "DATE", "2025-03"), dt.date(2025, 2, 10)),
    ("last-ramadan", ("Last Ramadan, the ceasefire collapsed.", "Last Ramadan",
                      "DATE", "2023"), WED),
    ("ramadan-opens", ("Ramadan begins on Saturday.", "Ramadan", "DATE", "2025-03"),
     dt.date(2025, 2, 26)),
]  # fmt: skip


@pytest.mark.parametrize("case", HOLIDAYS, ids=[i for i, _, _ in HOLIDAYS])
def test_eid_eve_and_ramadan(case: tuple[str, Case, dt.date]) -> None:
    _, row, published = case
    _check(row, published)


@pytest.mark.parametrize(
    "sentence",
    [
        "Egypt's Mohamed Eid won the match.",
        "Tariq Ramadan was acquitted.",
        "Eid said the talks had failed.",
        "Ramadan Abdullah led the group.",
        "Police arrested him on the eve of the election.",
        "He wished them Eid Mubarak.",
    ],
)
def test_names_are_no_holiday(sentence: str) -> None:
    found = triples(sentence, WED)
    assert not [t for t in found if "Eid" in t[0] or "Ramadan" in t[0] or "eve" in t[0]]


# "two Sundays ago" counts that weekday back from the reference day.
WEEKDAYS_AGO: list[tuple[str, Case]] = [
    ("two-sundays", ("The election was held two Sundays ago.", "two Sundays ago",
                     "DATE", "2024-03-03")),
    ("three-fridays", ("Three Fridays ago, the bank failed.", "Three Fridays ago",
                       "DATE", "2024-02-23")),
    ("four-saturdays-back", ("Rebels took the town four Saturdays back.",
                              "four Saturdays back", "DATE", "2024-02-17")),
]  # fmt: skip


@pytest.mark.parametrize(
    "case", [c for _, c in WEEKDAYS_AGO], ids=[i for i, _ in WEEKDAYS_AGO]
)
def test_weekday_counted_back(case: Case) -> None:
    _check(case, WED)


def test_plural_weekday_without_ago_stays_a_set() -> None:
    assert ("Sundays", "SET", "XXXX-WXX-7") in triples(
        "The shop closes on Sundays.", WED
    )


# A month's or a quarter's figures exist only once the period has begun: the
# month of "retail sales for February" told in March is this year's, "data for
# May" told in March last year's; a month named without figures stays placed
# by the tense.
FIGURES: list[tuple[str, Case]] = [
    ("sales-for", ("Retail sales for February will be released on Friday.",
                   "February", "DATE", "2024-02")),
    ("report-for", ("The jobs report for February is due Friday.", "February",
                    "DATE", "2024-02")),
    ("data-for-may", ("Data for May will be out in June.", "May", "DATE", "2023-05")),
    ("figures-for-this-month", ("The figures for March will be published in April.",
                                "March", "DATE", "2024-03")),
    ("no-figures", ("The festival will return in May.", "May", "DATE", "2024-05")),
]  # fmt: skip


@pytest.mark.parametrize("case", [c for _, c in FIGURES], ids=[i for i, _ in FIGURES])
def test_month_of_figures(case: Case) -> None:
    _check(case, WED)


@pytest.mark.parametrize(
    "sentence",
    ["Voters turned to May for leadership.", "Tickets for May Day sold out."],
)
def test_for_may_without_figures_is_no_month(sentence: str) -> None:
    assert ("May", "DATE", "2024-05") not in triples(sentence, WED)
    assert ("May", "DATE", "2023-05") not in triples(sentence, WED)


# The US federal Mondays: the nth Monday of their month.
US_MONDAYS: list[tuple[str, Case]] = [
    ("presidents-day", ("The library was closed for Presidents Day.",
                        "Presidents Day", "DATE", "2024-02-19")),
    ("presidents-day-ahead", ("Offices will close on Presidents' Day.",
                              "Presidents' Day", "DATE", "2025-02-17")),
    ("mlk-day", ("Markets were shut for Martin Luther King Jr. Day.",
                 "Martin Luther King Jr. Day", "DATE", "2024-01-15")),
    ("columbus-day", ("Banks will close on Columbus Day.", "Columbus Day", "DATE",
                      "2024-10-14")),
    ("indigenous", ("Some cities will mark Indigenous Peoples' Day.",
                    "Indigenous Peoples' Day", "DATE", "2024-10-14")),
]  # fmt: skip


@pytest.mark.parametrize(
    "case", [c for _, c in US_MONDAYS], ids=[i for i, _ in US_MONDAYS]
)
def test_us_federal_mondays(case: Case) -> None:
    _check(case, WED)


def test_the_presidents_day_of_work_is_no_holiday() -> None:
    assert not [t for t in triples("The president's day began at 6 a.m.", WED)
                if "day" in t[0].lower()]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "The plane was carrying 1999 passengers.",
        "The park had 2010 visitors last month.",
        "The petition gathered 2023 signatures.",
        "The race drew 2015 participants.",
    ],
)
def test_year_like_headcount_is_no_year(sentence: str) -> None:
    assert not [t for t in triples(sentence, WED) if t[0].isdigit()]


def test_year_before_a_plural_event_name_stays_a_year() -> None:
    assert ("2024", "DATE", "2024") in triples("The 2024 Olympics drew tourists.", WED)
