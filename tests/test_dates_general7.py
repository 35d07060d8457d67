"""Dates stage: a seventh set of general rules of English news.

Found by reading whole articles written in the wire and broadcast styles
(headline, dateline, body). Each table holds the span, TIMEX3 type and value
expected, and the look-alikes that read otherwise or are not tagged:

- a warning or forecast told in the past dates what it warns of, which is
  ahead ("Forecasters warned of heavy rain on Tuesday"), not the day of the
  warning ("Police warned residents on Tuesday", "warned on Monday that");
- a headline drops its auxiliaries: "Strike Set For Friday" is "a strike is
  set for Friday", ahead; "Ministers Met On Monday" is past;
- "daily", "weekly", "monthly" before a publication say what kind it is ("the
  daily newspaper", "a weekly magazine", "the monthly report"), no SET; a
  frequency the story tells is ("daily flights", "weekly meetings", "twice
  daily", the count part of the span as in "twice a week").
"""

from __future__ import annotations

import pytest

from newsfacts._data import word_classes

from .support import DateCase as Case
from .support import check_date_case as check
from .support import date_triples as triples

_WED = "2019-11-27"  # Wednesday
_BODY = "\n\nLONDON (Reuters) - Officials said the talks would go on."

WARNINGS: list[Case] = [
    (_WED, "Forecasters warned of heavy rain on Tuesday as the storm moved north.",
     "Tuesday", "DATE", "2019-12-03"),
    (_WED, "Officials warned of delays on Friday when the new timetable starts.",
     "Friday", "DATE", "2019-11-29"),
    (_WED, "Forecasters warned of snow on Sunday.", "Sunday", "DATE", "2019-12-01"),
    (_WED, "Rail operators warned passengers of severe delays on Friday.", "Friday",
     "DATE", "2019-11-29"),
    (_WED, "The weather service forecast heavy snow on Sunday.", "Sunday", "DATE",
     "2019-12-01"),
    (_WED, "The Met Office has warned of strong winds on Thursday.", "Thursday",
     "DATE", "2019-11-28"),
    (_WED, "Airlines warned of cancellations and delays on Sunday.", "Sunday", "DATE",
     "2019-12-01"),
    (_WED, "Police warned of more protests on Saturday.", "Saturday", "DATE",
     "2019-11-30"),
    ("2023-06-08", "Forecasters warned of another hot spell this weekend.",
     "this weekend", "DATE", "2023-W23-WE"),
    # the day of the act: an object and no "of", the day right after the verb,
    # a thing warned of that has no day, a warning overtaken (past perfect)
    (_WED, "Police warned residents on Tuesday to stay indoors.", "Tuesday", "DATE",
     "2019-11-26"),
    (_WED, "The union warned on Monday that the strike would go ahead.", "Monday",
     "DATE", "2019-11-25"),
    (_WED, "The Met Office warned on Tuesday of heavy rain.", "Tuesday", "DATE",
     "2019-11-26"),
    (_WED, "The IMF warned of a slowdown on Tuesday.", "Tuesday", "DATE",
     "2019-11-26"),
    (_WED, "Forecasters had warned of heavy rain on Tuesday, but it stayed dry.",
     "Tuesday", "DATE", "2019-11-26"),
    (_WED, "Forecasters predicted on Monday that the drought would end.", "Monday",
     "DATE", "2019-11-25"),
]  # fmt: skip


@pytest.mark.parametrize("case", WARNINGS, ids=[c[1][:40] for c in WARNINGS])
def test_a_warning_dates_what_it_warns_of(case: Case) -> None:
    check(case)


def test_every_forecast_noun_puts_the_day_ahead() -> None:
    """Generated from the data file: each noun of a happening, warned of, is ahead."""
    for noun in sorted(word_classes("dates/data/verb_groups.tsv")["forecast_noun"]):
        text = f"Officials warned of {noun} on Friday."
        assert ("Friday", "DATE", "2019-11-29") in triples(text, _WED), noun
        text = f"Officials warned residents about the {noun} on Friday."
        assert ("Friday", "DATE", "2019-11-29") in triples(text, _WED), noun


HEADLINES: list[Case] = [
    (_WED, "Strike Set For Friday" + _BODY, "Friday", "DATE", "2019-11-29"),
    (_WED, "Vote Scheduled For Sunday" + _BODY, "Sunday", "DATE", "2019-12-01"),
    (_WED, "Talks To Resume On Monday" + _BODY, "Monday", "DATE", "2019-12-02"),
    (_WED, "Ministers Met On Monday" + _BODY, "Monday", "DATE", "2019-11-25"),
    (_WED, "Strike Set For Next Week" + _BODY, "Next Week", "DATE", "2019-W49"),
    (_WED, "Shares Fell On Tuesday" + _BODY, "Tuesday", "DATE", "2019-11-26"),
    # a headline alone, the whole text: its capitalised verbs still tell
    (_WED, "Talks To Resume On Monday", "Monday", "DATE", "2019-12-02"),
    (_WED, "Ministers Met On Friday", "Friday", "DATE", "2019-11-22"),
    (_WED, "Troops To Withdraw On Tuesday", "Tuesday", "DATE", "2019-12-03"),
    # prose: a reduced relative still takes the clause's verb
    (_WED, "A strike set for Friday was called off.", "Friday", "DATE", "2019-11-22"),
    (_WED, "Shares set a record on Monday.", "Monday", "DATE", "2019-11-25"),
]  # fmt: skip


@pytest.mark.parametrize("case", HEADLINES, ids=[c[1][:30] for c in HEADLINES])
def test_headline_tense(case: Case) -> None:
    check(case)


PUBLICATIONS = [
    "The daily newspaper Le Monde said the minister had resigned.",
    "A weekly magazine published the letter.",
    "The monthly report showed prices rising.",
    "The bank's monthly bulletin said inflation had eased.",
    "Two weekly newspapers closed last year.",
]


@pytest.mark.parametrize("sentence", PUBLICATIONS, ids=[s[:24] for s in PUBLICATIONS])
def test_a_publication_adjective_is_no_set(sentence: str) -> None:
    assert all(typ != "SET" for _, typ, _ in triples(sentence, _WED))


FREQUENCIES: list[Case] = [
    (_WED, "Patients take the drug twice daily.", "twice daily", "SET", "P1D"),
    (_WED, "Three times weekly, the ferry sails to the island.", "Three times weekly",
     "SET", "P1W"),
    (_WED, "The airline runs daily flights to Lagos.", "daily", "SET", "P1D"),
    (_WED, "The two sides hold weekly meetings.", "weekly", "SET", "P1W"),
    (_WED, "The figures are published monthly.", "monthly", "SET", "P1M"),
    (_WED, "The paper appears daily, its editor said.", "daily", "SET", "P1D"),
]  # fmt: skip


@pytest.mark.parametrize("case", FREQUENCIES, ids=[c[1][:30] for c in FREQUENCIES])
def test_a_told_frequency_is_a_set(case: Case) -> None:
    check(case)


# A reporting period ending with a month, "through" as "to": the period is
# reported, not a state running until then ("The loans run through March").
PERIODS: list[Case] = [
    ("2023-06-08", "The figures cover the three months through March.", "March",
     "DATE", "2023-03"),
    ("2023-06-08", "Retail sales rose in the three months through April.", "April",
     "DATE", "2023-04"),
    ("2023-06-08", "The figures cover the three months to March.", "March", "DATE",
     "2023-03"),
    ("2023-06-08", "The loans run through March.", "March", "DATE", "2024-03"),
    ("2023-06-08", "The freeze will last through September.", "September", "DATE",
     "2023-09"),
]  # fmt: skip


@pytest.mark.parametrize("case", PERIODS, ids=[c[1][:30] for c in PERIODS])
def test_a_period_through_a_month(case: Case) -> None:
    check(case)


# "mid-year", "year-end" take the year named earlier in the sentence only on
# the side of the reference year where the clause's tense puts them.
UNIT_POINTS: list[Case] = [
    ("1997-03-14", "The bank cut rates twice last year and analysts expect another "
     "cut by mid-year.", "mid-year", "DATE", "1997"),
    ("1997-03-14", "In 1995 the bank had cut rates by mid-year.", "mid-year", "DATE",
     "1995"),
    ("1997-03-14", "Next year the plant will close by year-end.", "year-end", "DATE",
     "1998"),
    ("1997-03-14", "Sales fell last year, and by year-end stocks had piled up.",
     "year-end", "DATE", "1996"),
]  # fmt: skip


@pytest.mark.parametrize("case", UNIT_POINTS, ids=[c[1][:30] for c in UNIT_POINTS])
def test_a_unit_point_takes_a_named_year_of_its_own_time(case: Case) -> None:
    check(case)


# Fixing the time of an event with "for": the time is ahead of the act.
SETS_FOR: list[Case] = [
    (_WED, "The judge set the hearing for Tuesday.", "Tuesday", "DATE", "2019-12-03"),
    (_WED, "The union set a strike for Friday.", "Friday", "DATE", "2019-11-29"),
    (_WED, "The court rescheduled the hearing for Tuesday.", "Tuesday", "DATE",
     "2019-12-03"),
    (_WED, "Organisers booked the stadium for Saturday.", "Saturday", "DATE",
     "2019-11-30"),
    # the act's own day, a particle verb, a plan overtaken
    (_WED, "Shares set a record on Monday.", "Monday", "DATE", "2019-11-25"),
    (_WED, "He set off for Paris on Monday.", "Monday", "DATE", "2019-11-25"),
    (_WED, "The union set aside funds for Friday's strike.", "Friday", "DATE",
     "2019-11-22"),
    (_WED, "The judge had set the hearing for Tuesday, but it was postponed.",
     "Tuesday", "DATE", "2019-11-26"),
]  # fmt: skip


@pytest.mark.parametrize("case", SETS_FOR, ids=[c[1][:30] for c in SETS_FOR])
def test_setting_a_time_for_an_event_looks_ahead(case: Case) -> None:
    check(case)
