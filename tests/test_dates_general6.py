"""Dates stage: a sixth set of general rules of English news.

Found by reading whole articles written in the wire and broadcast styles
(headline, dateline, body) against publication dates of the 1990s and 2020s.
Each table holds the span, TIMEX3 type and value expected, and the look-alikes
that read otherwise or are not tagged:

- a Title Case headline capitalises every word, so a capital there says
  nothing of a name or a title: "Strike Set For Next Week", "Markets Fall On
  Friday As Oil Jumps" hold dates as their lower-case forms do, while "Sunday
  Times Poll Shows Labour Lead" names a paper and a capitalised unit inside a
  prose sentence is still a title ("the show This Week").
"""

from __future__ import annotations

import pytest

from newsfacts._data import iter_rows

from .support import DateCase as Case
from .support import check_date_case as check
from .support import date_triples as triples
from .support import dates_found as found

_WED = "2025-11-12"  # Wednesday
_BODY = "\n\nLONDON (Reuters) - Officials said the talks would go on."

HEADLINES: list[Case] = [
    (_WED, "Strike Set For Next Week" + _BODY, "Next Week", "DATE", "2025-W47"),
    (_WED, "Talks To Resume On Monday" + _BODY, "Monday", "DATE", "2025-11-17"),
    (
        _WED,
        "Talks To Resume Next Week After Deadlock" + _BODY,
        "Next Week",
        "DATE",
        "2025-W47",
    ),
    (
        _WED,
        "Rail Strike Called Off This Month" + _BODY,
        "This Month",
        "DATE",
        "2025-11",
    ),
    (_WED, "Prices To Rise Next Year" + _BODY, "Next Year", "DATE", "2026"),
    (
        _WED,
        "Budget Talks Stall Ahead Of Next Month's Deadline" + _BODY,
        "Next Month",
        "DATE",
        "2025-12",
    ),
    (_WED, "Vote Due Within Two Weeks" + _BODY, "Two Weeks", "DURATION", "P2W"),
    (
        _WED,
        "Power Restored Three Days After Storm" + _BODY,
        "Three Days",
        "DURATION",
        "P3D",
    ),
    (
        _WED,
        "Markets Slide On Friday As Oil Jumps" + _BODY,
        "Friday",
        "DATE",
        "2025-11-14",
    ),
    (_WED, "NEXT WEEK'S SUMMIT IN DOUBT" + _BODY, "NEXT WEEK", "DATE", "2025-W47"),
    # a headline alone, with no body
    (_WED, "Strike Set For Next Week", "Next Week", "DATE", "2025-W47"),
]


@pytest.mark.parametrize("case", HEADLINES, ids=[c[1][:40] for c in HEADLINES])
def test_title_case_headline(case: Case) -> None:
    check(case)


NOT_IN_HEADLINES = [
    ("Sunday Times Poll Shows Labour Lead" + _BODY, "Sunday"),
    ("Good Morning America Host Leaves Show" + _BODY, "Morning"),
    ("French Quarter Hotel Sold To Investors" + _BODY, "Quarter"),
    # prose: a capitalised unit inside a sentence is a title
    ("She presented This Week for ten years before retiring.", "This Week"),
    ("He hosted Next Week, a satirical show, in the 1990s.", "Next Week"),
]


@pytest.mark.parametrize(
    "text,word", NOT_IN_HEADLINES, ids=[t[:40] for t, _ in NOT_IN_HEADLINES]
)
def test_capitals_that_name(text: str, word: str) -> None:
    assert all(word not in t for t, _, _ in triples(text, _WED)), triples(text, _WED)


# "Monday week", "a week on Monday" (British), "a week from Monday": a week
# after the coming Monday, ahead whatever the clause's tense.
WEEK_ON: list[Case] = [
    (_WED, "The hearing will resume Monday week.", "Monday week", "DATE", "2025-11-24"),
    (
        _WED,
        "The vote is due a week on Monday.",
        "a week on Monday",
        "DATE",
        "2025-11-24",
    ),
    (
        _WED,
        "The case was adjourned until Tuesday week.",
        "Tuesday week",
        "DATE",
        "2025-11-25",
    ),
    (
        _WED,
        "The final is a week on Saturday, organisers said.",
        "a week on Saturday",
        "DATE",
        "2025-11-22",
    ),
    (
        _WED,
        "The sale ends a week from Friday.",
        "a week from Friday",
        "DATE",
        "2025-11-21",
    ),
    # told on the weekday itself: a week from today
    (
        _WED,
        "Ministers meet again Wednesday week.",
        "Wednesday week",
        "DATE",
        "2025-11-19",
    ),
]


@pytest.mark.parametrize("case", WEEK_ON, ids=[c[1][:40] for c in WEEK_ON])
def test_weekday_a_week_on(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("He spent Monday week-long talks in Paris.", "Monday", "2025-11-10"),
        ("The Monday week of the trial was quiet.", "Monday", "2025-11-10"),
        ("Talks resume Monday, week after week of deadlock.", "Monday", "2025-11-17"),
    ],
)
def test_weekday_then_week_not_joined(text: str, span: str, value: str) -> None:
    got = triples(text, _WED)
    assert (span, "DATE", value) in got, got


# Dawn and dusk after a preposition: a TIME of that day's morning (first light)
# or evening (nightfall), TIMEX3 having no finer part of the day.
DAWN: list[Case] = [
    (
        _WED,
        "Police raided the house at dawn on Tuesday.",
        "dawn on Tuesday",
        "TIME",
        "2025-11-11TMO",
    ),
    (
        _WED,
        "The raid began shortly before dawn Tuesday.",
        "dawn Tuesday",
        "TIME",
        "2025-11-11TMO",
    ),
    (_WED, "Fighting resumed at dusk.", "dusk", "TIME", "2025-11-12TEV"),
    (
        _WED,
        "Rescuers will search until nightfall.",
        "nightfall",
        "TIME",
        "2025-11-12TEV",
    ),
    (
        _WED,
        "The army said the offensive would start at first light tomorrow.",
        "first light tomorrow",
        "TIME",
        "2025-11-13TMO",
    ),
    (
        _WED,
        "On Tuesday at dawn, troops crossed the river.",
        "dawn",
        "TIME",
        "2025-11-11TMO",
    ),
    (_WED, "Troops Move In At Dawn" + _BODY, "Dawn", "TIME", "2025-11-12TMO"),
]


@pytest.mark.parametrize("case", DAWN, ids=[c[1][:40] for c in DAWN])
def test_dawn_and_dusk(case: Case) -> None:
    check(case)


NOT_DAWN = [
    "Muslims fast from dawn to dusk during Ramadan.",
    "A dusk-to-dawn curfew is in force.",
    "It marked the dawn of a new era.",
    "He worked at Dawn for ten years.",
    "He was arrested in a dawn raid.",
    "Dawn broke over the city.",
]


@pytest.mark.parametrize("text", NOT_DAWN)
def test_dawn_not_a_time(text: str) -> None:
    got = triples(text, _WED)
    assert all(typ != "TIME" for _, typ, _ in got), got


# A bare month (or month and day) after a year stated earlier in its sentence
# is of that year when both are of one time: a past year and a past clause, a
# future year and a future one.
STATED_YEAR: list[Case] = [
    (
        _WED,
        "Last year's Storm Ciaran hit in October, flooding hundreds of homes.",
        "October",
        "DATE",
        "2024-10",
    ),
    (_WED, "In 2019, the company cut jobs in March.", "March", "DATE", "2019-03"),
    (
        _WED,
        "In 2019, the company cut jobs on March 5.",
        "March 5",
        "DATE",
        "2019-03-05",
    ),
    (
        _WED,
        "The floods of last year began in October and lasted until December.",
        "December",
        "DATE",
        "2024-12",
    ),
    (_WED, "Last year's election was held in May.", "May", "DATE", "2024-05"),
    (
        _WED,
        "Two years ago, the river burst its banks in February.",
        "February",
        "DATE",
        "2023-02",
    ),
    (_WED, "Next year's election will be held in May.", "May", "DATE", "2026-05"),
    # a clause of another time, or another sentence: placed by its tense
    (
        _WED,
        "The law, passed in 2019, takes effect in March.",
        "March",
        "DATE",
        "2026-03",
    ),
    (
        _WED,
        "Sales rose 4 percent last year and the company expects growth to resume in March.",
        "March",
        "DATE",
        "2026-03",
    ),
    (
        _WED,
        "The firm, founded in 1998, said on Monday it would cut jobs in January.",
        "January",
        "DATE",
        "2026-01",
    ),
    (
        _WED,
        "Sales rose last year. Prices fell in October.",
        "October",
        "DATE",
        "2025-10",
    ),
    (
        _WED,
        "Last year the storm hit in October. This year it came in September.",
        "September",
        "DATE",
        "2025-09",
    ),
]


@pytest.mark.parametrize("case", STATED_YEAR, ids=[c[1][:40] for c in STATED_YEAR])
def test_month_of_the_year_stated(case: Case) -> None:
    check(case)


# "N years ago this month", "a year ago today": the time back at the finer
# unit named after it; "this month", "today" keep their own values.
AGO_THIS: list[Case] = [
    (
        _WED,
        "The bridge collapsed 25 years ago this month.",
        "25 years ago",
        "DATE",
        "2000-11",
    ),
    (
        _WED,
        "The bridge collapsed 25 years ago this month.",
        "this month",
        "DATE",
        "2025-11",
    ),
    (_WED, "The wall fell 36 years ago this week.", "36 years ago", "DATE", "1989-W45"),
    (_WED, "She died a year ago today.", "a year ago", "DATE", "2024-11-12"),
    (_WED, "He left a week ago today.", "a week ago", "DATE", "2025-11-05"),
    (
        _WED,
        "The war ended three decades ago this month.",
        "three decades ago",
        "DATE",
        "1995-11",
    ),
    # not joined: a comma, a possessive, another sentence, a coarser unit
    (
        _WED,
        "Prices were higher a year ago, this month, he said.",
        "a year ago",
        "DATE",
        "2024",
    ),
    (
        _WED,
        "Prices were higher a year ago this month's data show.",
        "a year ago",
        "DATE",
        "2024",
    ),
    (
        _WED,
        "The factory closed 25 years ago. This month, it reopens.",
        "25 years ago",
        "DATE",
        "2000",
    ),
]


@pytest.mark.parametrize("case", AGO_THIS, ids=[c[1][:40] for c in AGO_THIS])
def test_ago_this_month(case: Case) -> None:
    check(case)


# Fiscal periods: TimeBank writes a fiscal year, quarter or half as the
# calendar one ("fiscal 1989" 1989, "the fiscal first quarter" 1989-Q1).
FISCAL: list[Case] = [
    (
        _WED,
        "Profit rose in the fiscal first quarter.",
        "the fiscal first quarter",
        "DATE",
        "2025-Q1",
    ),
    (_WED, "The company expects growth in fiscal 2025.", "fiscal 2025", "DATE", "2025"),
    (
        _WED,
        "Revenue in the first half of fiscal 2026 rose 8 percent.",
        "the first half of fiscal 2026",
        "DATE",
        "2026-H1",
    ),
    (
        _WED,
        "Costs rose in the second half of the fiscal year.",
        "the second half of the fiscal year",
        "DATE",
        "2025-H2",
    ),
    (
        _WED,
        "Sales rose in the first quarter of the fiscal year.",
        "the first quarter of the fiscal year",
        "DATE",
        "2025-Q1",
    ),
    (
        _WED,
        "Sales fell in the first half of the year.",
        "the first half of the year",
        "DATE",
        "2025-H1",
    ),
    (_WED, "Revenue in H1 2025 rose 4 percent.", "H1 2025", "DATE", "2025-H1"),
    (_WED, "Q3 revenue beat forecasts.", "Q3", "DATE", "2025-Q3"),
]


@pytest.mark.parametrize("case", FISCAL, ids=[c[1][:40] for c in FISCAL])
def test_fiscal_periods(case: Case) -> None:
    check(case)


def test_second_half_of_a_match_is_no_date() -> None:
    got = triples("Sales rose. Arsenal scored twice in the second half.", _WED)
    assert all("half" not in t for t, _, _ in got), got


# Read from whole articles: a 24-hour clock time on a month and day is one TIME
# of that day; a past "the night" is no night still ahead; "N months later"
# after a year named goes from that year.
ARTICLE_READINGS: list[Case] = [
    (
        _WED,
        "The strike is due to begin at 00:01 on Nov. 24 and end at midnight on Nov. 25.",
        "00:01 on Nov. 24",
        "TIME",
        "2025-11-24T00:01",
    ),
    (
        _WED,
        "It began at 14:30 on Nov. 3, 2019, police said.",
        "14:30 on Nov. 3, 2019",
        "TIME",
        "2019-11-03T14:30",
    ),
    (
        _WED,
        "The polls closed at 20:00 on Sunday.",
        "20:00 on Sunday",
        "TIME",
        "2025-11-09T20:00",
    ),
    (
        _WED,
        "A warning is in place until 9 p.m. Friday. Crews worked through the night "
        "and will resume pumping on Thursday.",
        "the night",
        "TIME",
        "2025-11-12TNI",
    ),
    (
        _WED,
        "Sales fell on Monday. The firm said it cut its dividend in 2020 and "
        "restored it 18 months later.",
        "18 months later",
        "DATE",
        "2022",
    ),
    # a day named last still anchors "N months later"
    (
        _WED,
        "The plant closed on March 3, 2019. Six months later it reopened.",
        "Six months later",
        "DATE",
        "2019-09",
    ),
]


@pytest.mark.parametrize(
    "case", ARTICLE_READINGS, ids=[c[1][:40] for c in ARTICLE_READINGS]
)
def test_article_readings(case: Case) -> None:
    check(case)


_SUN = "2025-11-16"  # Sunday


@pytest.mark.parametrize(
    "text,value",
    [
        ("Forecasters said conditions would ease by the weekend.", "2025-W47-WE"),
        ("The storm hit at the weekend.", "2025-W46-WE"),
        ("Crowds gathered this weekend.", "2025-W46-WE"),
    ],
)
def test_the_weekend_told_on_a_sunday(text: str, value: str) -> None:
    got = triples(text, _SUN)
    assert any(v == value and "weekend" in t for t, _, v in got), got


def _weekday_names() -> list[tuple[str, str]]:
    return [
        (word, example.split(" (")[0])
        for name, word, example in iter_rows("dates/data/not_times.tsv")
        if name == "weekday_name_before"
    ]


_WEEKDAY_WORDS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)


@pytest.mark.parametrize("word,example", _weekday_names())
def test_weekday_in_a_name(word: str, example: str) -> None:
    """Each row's word makes the weekday after it part of a name; the same
    weekday after "on" elsewhere in the sentence is still a day."""
    wd = next(w for w in _WEEKDAY_WORDS if f"{word.title()} {w}" in example)
    got = [e for e in found(example + ".", _WED) if e.rule == "weekday"]
    assert got == [], got
    later = [
        e.text for e in found(f"{example} began on {wd}.", _WED) if e.rule == "weekday"
    ]
    assert later == [wd], later


# "the last weekend of August" is that weekend; "in the new year" the year
# after the reference one (this one in January or in a past clause).
WEEKENDS_AND_NEW_YEAR: list[Case] = [
    (
        _WED,
        "The festival takes place on the last weekend of August.",
        "the last weekend of August",
        "DATE",
        "2026-W35-WE",
    ),
    (
        _WED,
        "Sales peaked on the first weekend of December 2024.",
        "the first weekend of December 2024",
        "DATE",
        "2024-W49-WE",
    ),
    (
        _WED,
        "Further action could follow in the new year.",
        "the new year",
        "DATE",
        "2026",
    ),
    (
        _WED,
        "Talks will resume early in the new year.",
        "early in the new year",
        "DATE",
        "2026",
    ),
    (
        "2025-01-05",
        "Talks will resume early in the new year.",
        "early in the new year",
        "DATE",
        "2025",
    ),
    (_WED, "Prices rose after the new year.", "the new year", "DATE", "2025"),
]


@pytest.mark.parametrize(
    "case", WEEKENDS_AND_NEW_YEAR, ids=[c[1][:40] for c in WEEKENDS_AND_NEW_YEAR]
)
def test_weekend_of_a_month_and_the_new_year(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    "text",
    [
        "Shops were busy ahead of the new year holiday.",
        "He wished everyone a happy new year.",
        "The new year began quietly.",
        "Crowds gathered for the new year celebrations.",
    ],
)
def test_new_year_as_the_holiday_is_not_the_year(text: str) -> None:
    assert all(e.rule != "new_year" for e in found(text, _WED))


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("The bill extends farm programs for another year.", "another year", "P1Y"),
        ("The ban was extended for another month.", "another month", "P1M"),
        ("Another year, another record.", "Another year", "P1Y"),
    ],
)
def test_another_unit_is_one_more(text: str, span: str, value: str) -> None:
    assert (span, "DURATION", value) in triples(text, _WED)


@pytest.mark.parametrize(
    "text", ["He vowed to fight another day.", "They won another quarter of the vote."]
)
def test_another_day_idiom_is_no_amount(text: str) -> None:
    assert all(not t.lower().startswith("another") for t, _, _ in triples(text, _WED))


_MAR = "2025-03-05"  # Wednesday


# "data due on Friday": what is due right after its noun lies ahead, whatever
# the clause's verb; "was due", "due to rain" and an aside keep their clause's
# tense. "Overnight" after a background day goes with the story's day.
DUE_AND_OVERNIGHT: list[Case] = [
    (
        _MAR,
        "Asian shares slipped on Wednesday as investors awaited U.S. jobs data due on Friday.",
        "Friday",
        "DATE",
        "2025-03-07",
    ),
    (_MAR, "Investors awaited figures due Friday.", "Friday", "DATE", "2025-03-07"),
    (
        _MAR,
        "The payment was due on Friday but never arrived.",
        "Friday",
        "DATE",
        "2025-02-28",
    ),
    (_MAR, "The report, due on Monday, was delayed.", "Monday", "DATE", "2025-03-03"),
    (
        _MAR,
        "Asian shares slipped on Wednesday, having gained 1.2 percent on Tuesday. "
        "Overnight, the S&P 500 closed 0.3 percent lower.",
        "Overnight",
        "TIME",
        "2025-03-04TNI",
    ),
]


@pytest.mark.parametrize(
    "case", DUE_AND_OVERNIGHT, ids=[c[1][:40] for c in DUE_AND_OVERNIGHT]
)
def test_due_and_overnight(case: Case) -> None:
    check(case)


# Sets: "every Sunday morning" is that part of each such day; "on weekends"
# each weekend.
SETS: list[Case] = [
    (
        _WED,
        "We go swimming every Sunday morning.",
        "every Sunday morning",
        "SET",
        "XXXX-WXX-7TMO",
    ),
    (
        _WED,
        "He works every Monday night.",
        "every Monday night",
        "SET",
        "XXXX-WXX-1TNI",
    ),
    (_WED, "The market is held every Saturday.", "every Saturday", "SET", "XXXX-WXX-6"),
    (_WED, "The library is closed on weekends.", "weekends", "SET", "XXXX-WXX-WE"),
    (_WED, "Crowds gather at weekends.", "weekends", "SET", "XXXX-WXX-WE"),
]


@pytest.mark.parametrize("case", SETS, ids=[c[1][:40] for c in SETS])
def test_sets(case: Case) -> None:
    check(case)


def test_every_day_takes_no_part_of_day() -> None:
    assert ("every day", "SET", "P1D") in triples(
        "He visited every day morning and night.", _WED
    )


def test_weekends_as_a_subject_is_no_set() -> None:
    assert triples("Weekends are busy at the market.", _WED) == []


@pytest.mark.parametrize(
    "text",
    [
        "The baby was born at 4 am on Christmas Day.",
        "The baby was born at 4.15am on Christmas Day.",
    ],
)
def test_clock_am_is_no_verb(text: str) -> None:
    """The "am" of a clock time is no present "am": the clause stays past."""
    assert ("Christmas Day", "DATE", "2024-12-25") in triples(text, _WED)
