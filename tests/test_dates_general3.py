"""Dates stage: a third set of general rules of modern English news.

Found by reading whole articles written in the wire and broadcast styles
(courts, markets, central banks, weather warnings, elections, sport, conflict)
against publication dates on every day of the week. Each table holds the span,
TIMEX3 type and value expected, and the look-alikes that read otherwise or are
not tagged:

- verb groups: a base-form past after a name before a bare-noun object ("the
  Bank of England cut interest rates on Feb. 6 and is expected to ..."); a
  gerund subject before a timetable verb ("Campaigning officially ends at
  midnight on Friday"); "as early as" in a past clause; a warning's time after
  "from" or "for";
- "next Thursday" told on a Wednesday (the coming Thursday, the TempEval
  convention); two weekdays of one sentence in different tenses;
- fiscal and season years written with two years ("fiscal 2025-26", "the
  2023-24 season") as one expression; older year ranges ("the 1850-1900
  average"); "the start of the 1973 war" (only the year);
- the day the story has reached: a background day does not take a later clock
  time or "the afternoon"; a clock time that names its day names it for
  what follows ("from 06:00 GMT on Sunday until midnight");
- "(early) this week" in a future clause told on a Sunday;
- spans: "the RBA's next two-day meeting", "the French Open final five weeks
  ago", "on May 8, on the second day of the conclave";
- 24-hour clock times of British and European reports: "at about 02:45", both
  ends of "between 01:00 and 04:00 on Saturday" and "from 22:00 to 06:00"
  (the morning end the next day);
- what stays untagged ("9/11", "the 9/11 attacks", "1800-2000 calories").
"""

from __future__ import annotations

import pytest

from .support import DateCase as Case
from .support import check_date_case as check
from .support import date_triples as triples
from .support import dates_found as found

_MON = "2025-03-03"  # Monday
_WED = "2024-05-15"  # Wednesday
_SAT = "2024-11-09"  # Saturday
_SUN = "2025-01-12"  # Sunday

VERB_GROUPS: list[Case] = [
    (
        _MON,
        "The Bank of England cut interest rates to 4.5% on Feb. 6 and is expected "
        "to hold them at its next meeting.",
        "Feb. 6",
        "DATE",
        "2025-02-06",
    ),
    (
        _MON,
        "Apple cut prices on Feb. 20 and will launch a new phone in the spring.",
        "Feb. 20",
        "DATE",
        "2025-02-20",
    ),
    (
        "2024-06-24",
        "Campaigning officially ends at midnight on Friday.",
        "midnight on Friday",
        "TIME",
        "2024-06-28T24:00",
    ),
    ("2024-06-24", "Campaigning ends on Friday.", "Friday", "DATE", "2024-06-28"),
    (
        "2025-11-26",
        "Retailers have started discounts earlier than usual, some as early as "
        "late October.",
        "late October",
        "DATE",
        "2025-10",
    ),
    (
        "2025-11-26",
        "Shoppers began queuing as early as Sunday.",
        "Sunday",
        "DATE",
        "2025-11-23",
    ),
    (
        _SAT,
        "The Met Office has issued an amber warning for rain covering south Wales "
        "from 06:00 GMT on Sunday until midnight.",
        "06:00 GMT on Sunday",
        "TIME",
        "2024-11-10T06:00",
    ),
    (
        _SAT,
        "The Met Office has issued an amber warning for rain covering south Wales "
        "from 06:00 GMT on Sunday until midnight.",
        "midnight",
        "TIME",
        "2024-11-10T24:00",
    ),
    (
        _SAT,
        "Forecasters issued a flood warning for Sunday.",
        "Sunday",
        "DATE",
        "2024-11-10",
    ),
    (
        _SAT,
        "The agency has issued a warning for rain from Sunday until Monday.",
        "Sunday",
        "DATE",
        "2024-11-10",
    ),
]

# The same words where the reading stays as it was.
VERB_GROUPS_KEPT: list[Case] = [
    (_MON, "The central bank cut rates on Feb. 6.", "Feb. 6", "DATE", "2025-02-06"),
    (
        "2025-11-26",
        "The store will open as early as 5 a.m. Friday.",
        "5 a.m. Friday",
        "TIME",
        "2025-11-28T05:00",
    ),
    (
        _WED,
        "A decision could come as soon as Friday.",
        "Friday",
        "DATE",
        "2024-05-17",
    ),
    # A simple past before "from": the start of the state may lie behind.
    (
        "2025-09-10",
        "The army imposed a curfew from 10 p.m. Tuesday until 6 a.m. Wednesday.",
        "10 p.m. Tuesday",
        "TIME",
        "2025-09-09T22:00",
    ),
    # "until at least Friday" is an end point as "until Friday" is.
    (
        "2024-10-10",
        "Officials warned residents not to return home until at least Friday.",
        "Friday",
        "DATE",
        "2024-10-11",
    ),
    (
        "2024-10-10",
        "The museum stayed shut until at least Friday.",
        "Friday",
        "DATE",
        "2024-10-04",
    ),
    # A missed deadline is no warning: the past stays past.
    (
        _SAT,
        "The company missed a deadline of Monday.",
        "Monday",
        "DATE",
        "2024-11-04",
    ),
]


@pytest.mark.parametrize(
    "case", VERB_GROUPS, ids=[c[1][:40] + c[2] for c in VERB_GROUPS]
)
def test_verb_groups(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    "case", VERB_GROUPS_KEPT, ids=[c[1][:40] for c in VERB_GROUPS_KEPT]
)
def test_verb_groups_kept(case: Case) -> None:
    check(case)


WEEKDAYS: list[Case] = [
    # "next Thursday" on a Wednesday is the coming Thursday (TempEval
    # convention, as HeidelTime): the first Thursday after the reference day.
    (
        _WED,
        "The committee will meet next Thursday.",
        "next Thursday",
        "DATE",
        "2024-05-16",
    ),
    # "next Wednesday" on a Wednesday is a week ahead, never the same day.
    (
        _WED,
        "The ceremony is planned for next Wednesday.",
        "next Wednesday",
        "DATE",
        "2024-05-22",
    ),
    (_WED, "The vote was held last Tuesday.", "last Tuesday", "DATE", "2024-05-14"),
    (
        _WED,
        "He was arrested on Monday and will appear in court on Thursday.",
        "Monday",
        "DATE",
        "2024-05-13",
    ),
    (
        _WED,
        "He was arrested on Monday and will appear in court on Thursday.",
        "Thursday",
        "DATE",
        "2024-05-16",
    ),
    (
        _WED,
        "She resigned on Tuesday and will be replaced on Friday, the company said.",
        "Friday",
        "DATE",
        "2024-05-17",
    ),
    (
        _WED,
        "The suspect, who was charged on Monday, is due in court on Friday.",
        "Friday",
        "DATE",
        "2024-05-17",
    ),
    # A weekday range's start goes in the week its end names.
    (
        "2025-06-04",
        "The meeting runs from Tuesday to Thursday next week.",
        "Tuesday",
        "DATE",
        "2025-06-10",
    ),
    (
        "2025-06-04",
        "Talks were held between Monday and Wednesday last week.",
        "Monday",
        "DATE",
        "2025-05-26",
    ),
    (
        "2025-06-04",
        "Voting runs from Monday night to Wednesday this week.",
        "Monday night",
        "TIME",
        "2025-06-02TNI",
    ),
    (
        "2025-06-04",
        "The festival ran Friday - Sunday last week.",
        "Friday",
        "DATE",
        "2025-05-30",
    ),
    # A link to a later day with no week after it: the day's own reading.
    (
        "2025-06-04",
        "Shops close on Friday until further notice.",
        "Friday",
        "DATE",
        "2025-06-06",
    ),
    # A list keeps each day's own reading.
    (
        "2025-06-04",
        "Polls closed on Monday and Tuesday.",
        "Monday",
        "DATE",
        "2025-06-02",
    ),
    # A present passive of expecting looks ahead; its past keeps the past.
    ("2025-06-04", "Rain is expected on Monday.", "Monday", "DATE", "2025-06-09"),
    (
        "2025-06-04",
        "Heavy rain is forecast for Wednesday and Thursday.",
        "Thursday",
        "DATE",
        "2025-06-05",
    ),
    (
        "2025-06-04",
        "Snow has been forecast for Monday.",
        "Monday",
        "DATE",
        "2025-06-09",
    ),
    (
        "2025-06-04",
        "Storms were expected on Monday but never came.",
        "Monday",
        "DATE",
        "2025-06-02",
    ),
    ("2025-06-04", "He expected a call on Monday.", "Monday", "DATE", "2025-06-02"),
    # A reduced relative of expecting looks ahead, as its present passive does.
    (
        "2025-03-12",
        "The court will hear arguments in the fall, with a ruling expected by June.",
        "June",
        "DATE",
        "2025-06",
    ),
    (
        "2025-03-12",
        "A ruling expected on Monday was delayed.",
        "Monday",
        "DATE",
        "2025-03-10",
    ),
    # A holiday before a weekday and its date: two expressions.
    (
        "2025-06-04",
        "He died aged 88 on Easter Monday, April 21.",
        "Easter Monday",
        "DATE",
        "2025-04-21",
    ),
    (
        "2025-06-04",
        "He died aged 88 on Easter Monday, April 21.",
        "April 21",
        "DATE",
        "2025-04-21",
    ),
    (
        "2025-06-04",
        "Talks resume Monday, June 9.",
        "Monday, June 9",
        "DATE",
        "2025-06-09",
    ),
    # Told on a Sunday, "(early) this week" in a future clause is the week ahead.
    (
        _SUN,
        "Forecasters warned that strong winds would return early this week.",
        "early this week",
        "DATE",
        "2025-W03",
    ),
    (_SUN, "Talks were held early this week.", "early this week", "DATE", "2025-W02"),
]


@pytest.mark.parametrize("case", WEEKDAYS, ids=[c[1][:40] + c[2] for c in WEEKDAYS])
def test_weekdays_and_weeks(case: Case) -> None:
    check(case)


YEARS: list[Case] = [
    (
        _MON,
        "The watchdog will publish forecasts for the 2025-26 fiscal year.",
        "2025-26",
        "DATE",
        "2026",
    ),
    (_MON, "Spending rose in fiscal 2025-26.", "fiscal 2025-26", "DATE", "2026"),
    (_MON, "The budget for FY2024-25 was cut.", "FY2024-25", "DATE", "2025"),
    (
        _MON,
        "The budget for the 2025/26 financial year was cut.",
        "2025/26",
        "DATE",
        "2026",
    ),
    (
        "2024-09-01",
        "West Ham lost for the first time since the 2020-21 season.",
        "2020-21",
        "DATE",
        "2021",
    ),
    (
        _MON,
        "The Supreme Court's 2023-24 term ended in July.",
        "2023-24",
        "DATE",
        "2024",
    ),
    (_MON, "Revenue for fiscal 2024 rose 8%.", "fiscal 2024", "DATE", "2024"),
    (_MON, "Guidance for FY2025 was raised.", "FY2025", "DATE", "2025"),
    # A bare pair of years is a range: two expressions.
    (_MON, "Output fell in 1998-99, the ministry said.", "1998", "DATE", "1998"),
    (_MON, "Output fell in 1998-99, the ministry said.", "99", "DATE", "1999"),
    (_MON, "He played in the 2019-21 seasons.", "2019", "DATE", "2019"),
    (_MON, "He played in the 2019-21 seasons.", "21", "DATE", "2021"),
    # An older year heading a range of years.
    (
        "2025-08-12",
        "Warming is measured against the 1850-1900 average.",
        "1850",
        "DATE",
        "1850",
    ),
    (
        "2025-08-12",
        "Warming is measured against the 1850-1900 average.",
        "1900",
        "DATE",
        "1900",
    ),
    # The year of a named war is the date, not the war's start.
    (
        "2023-10-09",
        "It came a day after the anniversary of the start of the 1973 Yom Kippur War.",
        "1973",
        "DATE",
        "1973",
    ),
    (_MON, "Prices rose at the start of 1973.", "the start of 1973", "DATE", "1973"),
    (_MON, "The building went up in the 1990s.", "the 1990s", "DATE", "199"),
    (_MON, "Music from the '80s is back.", "the '80s", "DATE", "198"),
    (
        _MON,
        "He served in the Navy in the late 1940s and early '50s.",
        "early '50s",
        "DATE",
        "195",
    ),
    # A bare decade right after a decade and a link takes its century.
    (_MON, "She grew up in the 1960s and 70s in Lagos.", "70s", "DATE", "197"),
    (_MON, "Growth was strong in the 1990s and 00s.", "00s", "DATE", "200"),
    (_MON, "He grew up in the late 1980s and early 90s.", "early 90s", "DATE", "199"),
    # The article before a decade that qualifies a noun is the noun's.
    (_MON, "The 1970s-era building was demolished.", "1970s", "DATE", "197"),
    (
        _MON,
        "The festival will return in summer 2025.",
        "summer 2025",
        "DATE",
        "2025-SU",
    ),
    (_MON, "A fire destroyed the stage last winter.", "last winter", "DATE", "2024-WI"),
]


@pytest.mark.parametrize("case", YEARS, ids=[c[1][:40] + c[2] for c in YEARS])
def test_years_decades_seasons(case: Case) -> None:
    check(case)


def test_a_fiscal_year_is_one_expression() -> None:
    got = triples("Forecasts for the 2025-26 fiscal year were cut.", _MON)
    assert got == [("2025-26", "DATE", "2026")]


def test_a_modifier_with_the_year_of_a_name_keeps_no_mod() -> None:
    got = found("It marked the start of the 1973 Yom Kippur War.", _MON)
    assert [(e.text, e.mod) for e in got] == [("1973", None)]


STORY_DAY: list[Case] = [
    # The lede names Tuesday; Friday is background: the clock time is Tuesday's.
    (
        "2024-02-27",
        "Stocks drifted on Tuesday. The S&P 500 rose 0.2% after closing at a "
        "record high on Friday. The Dow slipped 96 points as of 11:30 a.m. Eastern time.",
        "11:30 a.m. Eastern time",
        "TIME",
        "2024-02-27T11:30",
    ),
    # The day just named is the story's latest: the clock time goes on with it.
    (
        "2024-02-27",
        "A strong earthquake struck before dawn on Monday. The quake hit at 4:17 a.m.",
        "4:17 a.m.",
        "TIME",
        "2024-02-26T04:17",
    ),
    (
        "2024-08-05",
        "Asian shares plunged Monday. The Bank of Japan raised its rate last "
        "Wednesday. The yen has strengthened from 161 in early July. Trading in "
        "futures was halted twice during the afternoon session.",
        "the afternoon",
        "TIME",
        "2024-08-05TAF",
    ),
    # A background day named in the sentence before still takes "the morning".
    (
        "2024-06-10",
        "Tokyo stocks slipped in early trading Monday. Property shares were sold "
        "heavily on Friday. Brokers had placed large buy orders in the morning.",
        "the morning",
        "TIME",
        "2024-06-07TMO",
    ),
    # "overnight" after a night just named is that night; after a day, the one
    # before it.
    (
        "2024-02-11",
        "The singer, who performed in Tokyo on Saturday night, was expected to "
        "arrive in time. She flew overnight after her show.",
        "overnight",
        "TIME",
        "2024-02-10TNI",
    ),
    (
        "2024-02-14",
        "The protest began on Monday evening. Police made arrests overnight.",
        "overnight",
        "TIME",
        "2024-02-12TNI",
    ),
    (
        "2024-02-11",
        "Stocks closed lower Friday, depressed by overnight losses in New York.",
        "overnight",
        "TIME",
        "2024-02-08TNI",
    ),
    (
        "2025-06-20",
        "Israel launched its attacks in the early hours of June 13. Iran responded "
        "with missile barrages that evening.",
        "that evening",
        "TIME",
        "2025-06-13TEV",
    ),
]


@pytest.mark.parametrize("case", STORY_DAY, ids=[c[2] + c[0] for c in STORY_DAY])
def test_the_day_the_story_has_reached(case: Case) -> None:
    check(case)


ANCHORED: list[Case] = [
    (
        _WED,
        "The plant closed on March 3, 2021. A week earlier, workers had walked out.",
        "A week earlier",
        "DATE",
        "2021-W08",
    ),
    (
        _WED,
        "The ceasefire took effect on Jan. 19. Two days later, fighting resumed.",
        "Two days later",
        "DATE",
        "2024-01-21",
    ),
    (
        "2025-03-17",
        "The final will be played on March 29, a Saturday.",
        "Saturday",
        "DATE",
        "2025-03-29",
    ),
    (
        "2025-03-17",
        "The attack came on Oct. 7, 2023, a Saturday and a Jewish holiday.",
        "Saturday",
        "DATE",
        "2023-10-07",
    ),
    (
        "2025-05-18",
        "The pope was elected on May 8, on the second day of the conclave.",
        "the second day",
        "DATE",
        "2025-05-08",
    ),
]


@pytest.mark.parametrize("case", ANCHORED, ids=[c[2] for c in ANCHORED])
def test_anchored_on_the_date_just_named(case: Case) -> None:
    check(case)


SPANS: list[Case] = [
    (
        "2025-04-03",
        "A cut is priced for May 20, the end of the RBA's next two-day meeting.",
        "two-day",
        "DURATION",
        "P2D",
    ),
    (
        "2025-07-14",
        "Sinner, who lost to Alcaraz in the French Open final five weeks ago, won.",
        "five weeks ago",
        "DATE",
        "2025-W24",
    ),
    (
        "2025-07-14",
        "He lost the final five weeks ago.",
        "five weeks ago",
        "DATE",
        "2025-W24",
    ),
    # The relative word stays where the amount is a span of its own.
    (
        "2025-07-14",
        "The final five weeks of the season were tough.",
        "The final five weeks",
        "DURATION",
        "P5W",
    ),
    (
        "2025-07-14",
        "Rain is expected over the next two days.",
        "the next two days",
        "DURATION",
        "P2D",
    ),
    (_WED, "The judge expects to rule within days.", "days", "DURATION", "PXD"),
    (
        _WED,
        "More layoffs are likely in the coming weeks.",
        "the coming weeks",
        "DURATION",
        "PXW",
    ),
    (
        _WED,
        "The polls close at 8 p.m. EDT on Tuesday.",
        "8 p.m. EDT on Tuesday",
        "TIME",
        "2024-05-21T20:00",
    ),
    (
        _WED,
        "The market opens at 9:30 a.m. ET.",
        "9:30 a.m. ET",
        "TIME",
        "2024-05-15T09:30",
    ),
]


@pytest.mark.parametrize("case", SPANS, ids=[c[1][:40] for c in SPANS])
def test_spans(case: Case) -> None:
    check(case)


_TUE = "2024-08-27"  # Tuesday

CLOCKS: list[Case] = [
    (
        _TUE,
        "Officers were called to the property at about 02:45 following reports.",
        "about 02:45",
        "TIME",
        "2024-08-27T02:45",
    ),
    (_TUE, "Officers were called at 02:45.", "02:45", "TIME", "2024-08-27T02:45"),
    (
        _TUE,
        "Police appealed for anyone who was in the area between 01:00 and 04:00 "
        "on Saturday.",
        "01:00",
        "TIME",
        "2024-08-24T01:00",
    ),
    (
        _TUE,
        "Police appealed for anyone who was in the area between 01:00 and 04:00 "
        "on Saturday.",
        "04:00 on Saturday",
        "TIME",
        "2024-08-24T04:00",
    ),
    (
        _TUE,
        "The road will close from 22:00 to 06:00.",
        "22:00",
        "TIME",
        "2024-08-27T22:00",
    ),
    (
        _TUE,
        "The road will close from 22:00 to 06:00.",
        "06:00",
        "TIME",
        "2024-08-28T06:00",
    ),
    (
        _TUE,
        "The bridge reopens from 09:00 to 11:30.",
        "11:30",
        "TIME",
        "2024-08-27T11:30",
    ),
    # A clock range's start takes its end's day, the evening before a morning end.
    (
        _TUE,
        "Polls are open from 7 a.m. to 10 p.m. on Thursday.",
        "7 a.m.",
        "TIME",
        "2024-08-29T07:00",
    ),
    (
        _TUE,
        "The road will close from 22:00 to 06:00 on Sunday.",
        "22:00",
        "TIME",
        "2024-08-31T22:00",
    ),
]


@pytest.mark.parametrize("case", CLOCKS, ids=[c[1][:40] + c[2] for c in CLOCKS])
def test_24_hour_clock_times(case: Case) -> None:
    check(case)


NOT_CLOCKS: list[tuple[str, str]] = [
    ("Chelsea led 2-1 at 45:00 and won 3-1.", "45:00"),
    ("The screen has a ratio of between 16:9 and 21:9.", "21:9"),
    ("Read John 3:16 before the game.", "3:16"),
    ("The pair scored between them, and 3:15 was the best lap.", "3:15"),
]


@pytest.mark.parametrize("text,word", NOT_CLOCKS, ids=[w for _, w in NOT_CLOCKS])
def test_not_clock_times(text: str, word: str) -> None:
    assert all(word not in e.text for e in found(text, _TUE))


NOT_TAGGED: list[tuple[str, str]] = [
    ("The 9/11 attacks killed nearly 3,000 people.", "9/11"),
    ("Since 9/11, security at airports has been tightened.", "9/11"),
    ("A diet of 1800-2000 calories a day is advised.", "2000"),
    ("The RBA's next two-day meeting ends on May 20.", "next two-day"),
    # A bare "80s" is a decade only after one: temperatures, ages.
    ("Temperatures in the 80s are expected.", "the 80s"),
    ("He is in his 40s.", "40s"),
    ("The 1970s-era building was demolished.", "The 1970s"),
    ("He lost the final five weeks ago.", "the final five weeks"),
    ("It marked the start of the 1973 Yom Kippur War.", "the start of the 1973"),
]


@pytest.mark.parametrize("text,word", NOT_TAGGED, ids=[w for _, w in NOT_TAGGED])
def test_not_tagged(text: str, word: str) -> None:
    assert all(e.text != word for e in found(text, _WED))


_AUG = "2025-08-07"

PERIODS_AHEAD: list[Case] = [
    # A future clause cannot name a quarter or half already over: next year's.
    (
        _AUG,
        "Sales will rise in the first quarter.",
        "the first quarter",
        "DATE",
        "2026-Q1",
    ),
    (
        _AUG,
        "Sales are expected to rise in the first quarter.",
        "the first quarter",
        "DATE",
        "2026-Q1",
    ),
    (_AUG, "Growth will pick up in Q2.", "Q2", "DATE", "2026-Q2"),
    (_AUG, "Margins are expected to narrow in H1.", "H1", "DATE", "2026-H1"),
    # Not over, or told as past, or figures drawn up: as before.
    (
        _AUG,
        "Sales will rise in the third quarter.",
        "the third quarter",
        "DATE",
        "2025-Q3",
    ),
    (_AUG, "Sales rose in the first quarter.", "the first quarter", "DATE", "2025-Q1"),
    (_AUG, "Margins narrowed in H1.", "H1", "DATE", "2025-H1"),
    (
        _AUG,
        "The company will report first-quarter results on Friday.",
        "first-quarter",
        "DATE",
        "2025-Q1",
    ),
    (
        _AUG,
        "The lender expects to report a second-quarter net loss of $17 million.",
        "second-quarter",
        "DATE",
        "2025-Q2",
    ),
    (
        _AUG,
        "The bank plans to cut jobs in the wake of a second-quarter loss.",
        "second-quarter",
        "DATE",
        "2025-Q2",
    ),
]


@pytest.mark.parametrize("case", PERIODS_AHEAD, ids=[c[1][:40] for c in PERIODS_AHEAD])
def test_a_future_clause_names_no_period_already_over(case: Case) -> None:
    check(case)


def test_whole_article() -> None:
    """A weather warning story told on a Saturday: every date where it is meant."""
    text = (
        "Storm Bert is expected to bring heavy rain to parts of the UK this weekend, "
        "forecasters have warned.\n\n"
        "The Met Office has issued an amber warning for rain covering south Wales "
        "from 06:00 GMT on Sunday until midnight. A yellow warning for wind is in "
        "place for much of England from Saturday evening.\n\n"
        "The storm follows a dry October. Last winter, more than a dozen named "
        "storms hit the country, the most since records began in the 2015-16 season.\n\n"
        "Temperatures are expected to fall sharply next week."
    )
    got = triples(text, _SAT)
    assert got == [
        ("this weekend", "DATE", "2024-W45-WE"),
        ("06:00 GMT on Sunday", "TIME", "2024-11-10T06:00"),
        ("midnight", "TIME", "2024-11-10T24:00"),
        ("Saturday evening", "TIME", "2024-11-09TEV"),
        ("October", "DATE", "2024-10"),
        ("Last winter", "DATE", "2023-WI"),
        ("2015-16", "DATE", "2016"),
        ("next week", "DATE", "2024-W46"),
    ]
    for e in found(text, _SAT):
        assert text[e.start : e.end] == e.text
