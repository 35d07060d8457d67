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
  Wednesday" and "overnight into Sunday" as one time;
- ranges whose end alone states the year ("from January to December 2022");
- "the past" before a count is no PAST_REF ("the past six seasons");
- coordinated ordinal quarters ("the first and second quarters"), a SET when
  told as a habit;
- a date fixed by a verb of fixing ("set a trial date of March 4");
- vague amounts: "months of talks", "weeks or months", "the early years";
- the end of a state an act starts ("issued a blizzard warning until 6 p.m.
  Wednesday") lies after the act;
- clock times in 24-hour form with "about", and a local time whose aside in
  another zone has passed midnight ("20:30 local time (00:30 GMT Thursday)");
- "the previous quarter" of a report is the one before the quarter reported;
  a quarter a figure is compared with leaves the quarter reported the topic;
- the edges of the week: "earlier this week" in a Monday story, "later this
  week" in a Sunday one;
- results in clock units without a comma ("1 minute 12 seconds behind"),
  times to the thousandth ("2.366 seconds"); "Asian hours" is a session;
- a range of weekdays ends on or after its start ("from Friday to Sunday");
- a day that names one event ("the Sept. 11 attacks", "the Jan. 6
  committee", "the Oct. 7 attack") is that event's day;
- "earlier (later) in the day" goes on with the day the story just named;
- a clock range from the evening ends the next morning ("a curfew from 8
  p.m. to 6 a.m.");
- British day ranges ("24-25 April": "24" is a date too) and abbreviated
  months that end a sentence ("died on 5 Feb.");
- a whole modern article read end to end.
"""

from __future__ import annotations

import pytest

from .support import DateCase as Case
from .support import check_date_case as check
from .support import date_triples as triples
from .support import dates_found as found

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
    (_WED, "The offer ends on Tuesday.", "Tuesday", "DATE", "2024-03-26"),
    (
        _WED,
        "Voting ends at 8 p.m. Eastern time on Tuesday.",
        "8 p.m. Eastern time on Tuesday",
        "TIME",
        "2024-03-26T20:00",
    ),
    (_WED, "The truce expires on Tuesday.", "Tuesday", "DATE", "2024-03-26"),
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
    (
        _WED,
        "Data on housing starts on Tuesday showed a fall.",
        "Tuesday",
        "DATE",
        "2024-03-19",
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


RANGE_YEARS: list[Case] = [
    (
        "2023-06-20",
        "The report covers the period from January to December 2022.",
        "January",
        "DATE",
        "2022-01",
    ),
    (
        "2024-03-20",
        "The show ran from December to February 2023.",
        "December",
        "DATE",
        "2022-12",
    ),
    (
        "2024-03-20",
        "Prices rose from June through September 2022.",
        "June",
        "DATE",
        "2022-06",
    ),
    (
        "2024-03-20",
        "The exhibition runs from March 3 to April 5, 2025.",
        "March 3",
        "DATE",
        "2025-03-03",
    ),
    (
        "2024-03-20",
        "Sales fell between October and Dec. 2021, the company said.",
        "October",
        "DATE",
        "2021-10",
    ),
]

# No year after the range's end: the start is placed as it always is.
RANGE_YEARS_KEPT: list[Case] = [
    (
        "2024-06-05",
        "Votes were cast in seven phases from April 19 to June 1.",
        "April 19",
        "DATE",
        "2024-04-19",
    ),
    (
        "2024-07-25",
        "Its fiscal year runs from January to December.",
        "January",
        "DATE",
        "2024-01",
    ),
    (
        "2024-03-20",
        "The war began in March. In May 2022, prices rose.",
        "March",
        "DATE",
        "2024-03",
    ),
]


@pytest.mark.parametrize(
    "case",
    RANGE_YEARS + RANGE_YEARS_KEPT,
    ids=[c[1][:40] for c in RANGE_YEARS + RANGE_YEARS_KEPT],
)
def test_range_start_takes_the_year_of_its_end(case: Case) -> None:
    check(case)


PAST_COUNT = [
    "Guardiola has won five titles in the past six seasons.",
    "He has scored in each of the past three games.",
    "The striker struggled for form in the past season.",
    "In the past 12 matches, they have lost only twice.",
]


@pytest.mark.parametrize("text", PAST_COUNT, ids=PAST_COUNT)
def test_the_past_before_a_count_is_no_reference(text: str) -> None:
    assert not [e for e in found(text, _WED) if e.value == "PAST_REF"]


PAST_NOUN = [
    "In the past, the company paid no dividend.",
    "Such raids are a thing of the past.",
    "In the past a firm could borrow freely.",
]


@pytest.mark.parametrize("text", PAST_NOUN, ids=PAST_NOUN)
def test_the_past_as_a_noun_is_past_ref(text: str) -> None:
    assert ("the past", "DATE", "PAST_REF") in triples(text, _WED)


QUARTER_PAIRS: list[Case] = [
    (
        "2024-07-25",
        "Underlying sales rose in the first and second quarters.",
        "the first",
        "DATE",
        "2024-Q1",
    ),
    (
        "2024-07-25",
        "Underlying sales rose in the first and second quarters.",
        "second quarters",
        "DATE",
        "2024-Q2",
    ),
    (
        "2024-07-25",
        "Losses widened in the third and fourth quarters of 2023.",
        "fourth quarters of 2023",
        "DATE",
        "2023-Q4",
    ),
    (
        "2024-02-20",
        "The retailer made losses in the third and fourth quarters.",
        "the third",
        "DATE",
        "2023-Q3",
    ),
    (
        "2024-07-25",
        "Most of its auction business is usually conducted in the "
        "second and fourth quarters.",
        "fourth quarters",
        "SET",
        "XXXX-Q4",
    ),
]


@pytest.mark.parametrize(
    "case", QUARTER_PAIRS, ids=[f"{c[2]}: {c[1][:30]}" for c in QUARTER_PAIRS]
)
def test_coordinated_quarters(case: Case) -> None:
    check(case)


NOT_QUARTER_PAIRS = [
    "The team led in the first and second halves.",
    "Three quarters of the members voted.",
]


@pytest.mark.parametrize("text", NOT_QUARTER_PAIRS, ids=NOT_QUARTER_PAIRS)
def test_no_quarter_pair(text: str) -> None:
    assert not [e for e in found(text, "2024-07-25") if "Q" in e.value]


FIXED_DATES: list[Case] = [
    (
        "2023-11-09",
        "A federal judge on Wednesday set a trial date of March 4 "
        "for the former executive.",
        "March 4",
        "DATE",
        "2024-03-04",
    ),
    (
        "2023-11-09",
        "The board fixed a date of Feb. 2 for the vote.",
        "Feb. 2",
        "DATE",
        "2024-02-02",
    ),
    (
        "2023-11-09",
        "The court gave the government a deadline of Friday.",
        "Friday",
        "DATE",
        "2023-11-10",
    ),
    # A deadline missed lies behind.
    (
        "2023-11-09",
        "The company missed a deadline of Nov. 1 to repay its debt.",
        "Nov. 1",
        "DATE",
        "2023-11-01",
    ),
    (
        "2023-11-09",
        "The judge was appointed on March 4.",
        "March 4",
        "DATE",
        "2023-03-04",
    ),
]


@pytest.mark.parametrize("case", FIXED_DATES, ids=[c[1][:40] for c in FIXED_DATES])
def test_a_date_fixed_lies_ahead(case: Case) -> None:
    check(case)


VAGUE_AMOUNTS: list[Case] = [
    (
        _WED,
        "The merger follows months of twists and turns.",
        "months",
        "DURATION",
        "PXM",
    ),
    (
        _WED,
        "The ceasefire ends weeks of fighting in the north.",
        "weeks",
        "DURATION",
        "PXW",
    ),
    (
        _WED,
        "Days of heavy rain caused floods across the region.",
        "Days",
        "DURATION",
        "PXD",
    ),
    (
        _WED,
        "After months of negotiations, the two sides agreed.",
        "months",
        "DURATION",
        "PXM",
    ),
    (
        _WED,
        "He probably died within weeks or months of his capture.",
        "weeks or months",
        "DURATION",
        "PXW",
    ),
    (
        _WED,
        "Repairs to the line could take days or weeks.",
        "days or weeks",
        "DURATION",
        "PXD",
    ),
    (
        _WED,
        "In the early years of the agency, it helped refugees in Europe.",
        "the early years",
        "DURATION",
        "PXY",
    ),
    (
        _WED,
        "In its early years, the company struggled to raise money.",
        "early years",
        "DURATION",
        "PXY",
    ),
    (
        _WED,
        "In the early months of the war, the capital held.",
        "the early months",
        "DURATION",
        "PXM",
    ),
]


@pytest.mark.parametrize("case", VAGUE_AMOUNTS, ids=[c[1][:40] for c in VAGUE_AMOUNTS])
def test_vague_amounts(case: Case) -> None:
    check(case)


NOT_AMOUNTS = [
    ("Children under 5 years of age were vaccinated.", "years"),
    ("It is still early days for the new government.", "days"),
    ("It was a great day for the club.", "day"),
    ("It was a bad week for investors.", "week"),
    ("This is a sad day for democracy, the opposition leader said.", "day"),
]


@pytest.mark.parametrize("text,word", NOT_AMOUNTS, ids=[t for t, _ in NOT_AMOUNTS])
def test_not_amounts(text: str, word: str) -> None:
    assert not [e for e in found(text, _WED) if word in e.text], triples(text, _WED)


UNTIL: list[Case] = [
    (
        _TUE,
        "The National Weather Service issued a blizzard warning until "
        "6 p.m. CST Wednesday for parts of Iowa.",
        "6 p.m. CST Wednesday",
        "TIME",
        "2024-01-17T18:00",
    ),
    (
        _TUE,
        "Officials imposed a curfew until 6 a.m. Thursday.",
        "6 a.m. Thursday",
        "TIME",
        "2024-01-18T06:00",
    ),
    (
        _TUE,
        "The court gave the government until Friday to respond.",
        "Friday",
        "DATE",
        "2024-01-19",
    ),
    (
        _TUE,
        "The city closed schools until Thursday because of the snow.",
        "Thursday",
        "DATE",
        "2024-01-18",
    ),
    # A state told as lasting ends in the past.
    (_TUE, "He stayed in hospital until Friday.", "Friday", "DATE", "2024-01-12"),
    (_TUE, "The curfew lasted until Monday.", "Monday", "DATE", "2024-01-15"),
]


@pytest.mark.parametrize("case", UNTIL, ids=[c[1][:40] for c in UNTIL])
def test_until_the_end_of_a_state(case: Case) -> None:
    check(case)


_MON = "2024-10-14"  # a Monday


@pytest.mark.parametrize(
    "text,span,value,mod",
    [
        (
            "The storm made landfall at about 20:30 local time (00:30 GMT Thursday).",
            "about 20:30 local time",
            "2024-10-09T20:30",
            "APPROX",
        ),
        (
            "The storm made landfall at about 20:30 local time (00:30 GMT Thursday).",
            "00:30 GMT Thursday",
            "2024-10-10T00:30",
            None,
        ),
        (
            "The quake struck at 6 a.m. (2200 GMT Friday).",
            "6 a.m.",
            "2024-10-12T06:00",
            None,
        ),
        (
            "The blast happened at 4 in the morning (4 a.m. EDT Thursday).",
            "4 in the morning",
            "2024-10-10T04:00",
            None,
        ),
        (
            "Brent fell 78 cents to $87.62 a barrel by 0945 GMT.",
            "0945 GMT",
            "2024-10-14T09:45",
            None,
        ),
    ],
    ids=[
        "local-before-midnight",
        "aside",
        "local-after-midnight",
        "same-hour",
        "plain",
    ],
)
def test_clock_times_across_zones(
    text: str, span: str, value: str, mod: str | None
) -> None:
    got = {e.text: (e.value, e.mod) for e in found(text, _MON)}
    assert got.get(span) == (value, mod), got


PREVIOUS_QUARTER: list[Case] = [
    (
        "2024-10-31",
        "Amazon reported third-quarter profit that rose 20% from the previous quarter.",
        "the previous quarter",
        "DATE",
        "2024-Q2",
    ),
    (
        "2024-04-25",
        "The bank said first-quarter profit fell 3% from the preceding quarter.",
        "the preceding quarter",
        "DATE",
        "2023-Q4",
    ),
    (
        "2024-10-31",
        "Fourth-quarter sales are expected to beat those of the prior quarter.",
        "the prior quarter",
        "DATE",
        "2024-Q3",
    ),
    # No quarter under discussion: the last one complete.
    (
        "2024-10-31",
        "Growth slowed in the previous quarter, the statistics office said.",
        "the previous quarter",
        "DATE",
        "2024-Q3",
    ),
    # "the three months to December" (British statistics) is a quarter reported.
    (
        "2024-03-07",
        "GDP shrank by 0.3% in the three months to December, after "
        "a 0.1% fall in the previous quarter.",
        "the previous quarter",
        "DATE",
        "2023-Q3",
    ),
]


@pytest.mark.parametrize(
    "case", PREVIOUS_QUARTER, ids=[c[1][:40] for c in PREVIOUS_QUARTER]
)
def test_previous_quarter(case: Case) -> None:
    check(case)


_TESLA = (
    "Gross margin fell to 18.2% in the April-June quarter from 19.3% in the "
    "first quarter and 25% a year ago. Tesla delivered a record 466,140 "
    "vehicles in the quarter."
)
_COMPARED_WITH = (
    "Net income rose 8% in the third quarter, compared with the second "
    "quarter. Revenue in the quarter was $3 billion."
)
_NEW_TOPIC = (
    "Sales rose in the second quarter. In the third quarter, the company "
    "opened 40 stores. Margins in the quarter widened."
)


@pytest.mark.parametrize(
    "text,span,value",
    [
        (_TESLA, "a year ago", "2022-Q2"),
        (_TESLA, "the quarter", "2023-Q2"),
        (_COMPARED_WITH, "the quarter", "2023-Q3"),
        (_NEW_TOPIC, "the quarter", "2023-Q3"),
    ],
    ids=["year-ago", "the-quarter", "compared-with", "new-topic"],
)
def test_compared_quarter_keeps_the_topic(text: str, span: str, value: str) -> None:
    got = {e.text: e.value for e in found(text, "2023-07-20")}
    assert got.get(span) == value, got


_MONDAY, _SUNDAY = "2024-02-12", "2024-02-11"  # ISO weeks 7 and 6

WEEK_EDGES: list[Case] = [
    (
        _MONDAY,
        "Earlier in the week, the coach said his team was ready.",
        "Earlier in the week",
        "DATE",
        "2024-W06",
    ),
    (
        _MONDAY,
        "The coach said earlier this week that his team was ready.",
        "earlier this week",
        "DATE",
        "2024-W06",
    ),
    (
        _SUNDAY,
        "The team will play again later this week.",
        "later this week",
        "DATE",
        "2024-W07",
    ),
    (
        _SUNDAY,
        "Parliament will vote on the bill this week.",
        "this week",
        "DATE",
        "2024-W07",
    ),
    # Not on an edge: the week of the story.
    (_MONDAY, "Shares fell early this week.", "early this week", "DATE", "2024-W07"),
    (
        _SUNDAY,
        "Shares fell earlier this week.",
        "earlier this week",
        "DATE",
        "2024-W06",
    ),
    (_SUNDAY, "Shares fell this week.", "this week", "DATE", "2024-W06"),
    (
        "2024-02-14",
        "Shares fell earlier this week.",
        "earlier this week",
        "DATE",
        "2024-W07",
    ),
]


@pytest.mark.parametrize(
    "case", WEEK_EDGES, ids=[f"{c[0]} {c[1][:30]}" for c in WEEK_EDGES]
)
def test_week_edges(case: Case) -> None:
    check(case)


COMPOUNDS: list[Case] = [
    (
        _WED,
        "He finished the stage 1 minute 12 seconds behind the leader.",
        "1 minute 12 seconds",
        "DURATION",
        "PT1M12S",
    ),
    (
        _WED,
        "The flight from Sydney took 14 hours 30 minutes.",
        "14 hours 30 minutes",
        "DURATION",
        "PT14H30M",
    ),
    (
        _WED,
        "The flight took 2 hours, 16 minutes.",
        "2 hours, 16 minutes",
        "DURATION",
        "PT2H16M",
    ),
    # Two amounts, not one: the second is a point in time.
    (
        _WED,
        "The suspect was held for 48 hours 3 days ago.",
        "3 days ago",
        "DATE",
        "2024-03-17",
    ),
    (
        _WED,
        "Sainz finished 2.366 seconds ahead of Leclerc.",
        "2.366 seconds",
        "DURATION",
        "PT2.366S",
    ),
    (
        _WED,
        "He won the sprint by 0.125 seconds.",
        "0.125 seconds",
        "DURATION",
        "PT0.125S",
    ),
    (_WED, "Just hours after the vote, he resigned.", "hours", "DURATION", "PTXH"),
]


@pytest.mark.parametrize("case", COMPOUNDS, ids=[c[1][:40] for c in COMPOUNDS])
def test_clock_unit_compounds(case: Case) -> None:
    check(case)


_ARTICLE = (
    "KABUL, March 18 (Reuters) - A suicide bomber blew himself up outside a "
    "mosque in the Afghan capital on Friday, killing at least 12 worshippers, "
    "police said on Monday.\n"
    "The attack came after months of relative calm in the city. Investigators "
    "had been working through the weekend to identify the bomber.\n"
    "Islamic State claimed responsibility late on Saturday. Officials said "
    "security would be tightened in the coming days ahead of Eid al-Fitr, "
    "which falls in early April. The bomber, 19, had arrived in the city "
    "last month."
)


def test_a_whole_article() -> None:
    got = triples(_ARTICLE, "2024-03-18")
    assert got == [
        ("March 18", "DATE", "2024-03-18"),
        ("Friday", "DATE", "2024-03-15"),
        ("Monday", "DATE", "2024-03-18"),
        ("months", "DURATION", "PXM"),
        ("the weekend", "DATE", "2024-W11-WE"),
        ("late on Saturday", "TIME", "2024-03-16TNI"),
        ("the coming days", "DURATION", "PXD"),
        ("Eid al-Fitr", "DATE", "2024-04-10"),
        ("early April", "DATE", "2024-04"),
        ("last month", "DATE", "2024-02"),
    ]


TO_THE_DAY = [
    ("The verdict came two years to the day after the attack.", "two years"),
    ("He returned a year to the day after he left the country.", "a year"),
]


@pytest.mark.parametrize("text,amount", TO_THE_DAY, ids=[t for t, _ in TO_THE_DAY])
def test_to_the_day_is_no_day(text: str, amount: str) -> None:
    assert [t for t, _, _ in triples(text, _WED)] == [amount]


def test_the_day_after_is_still_a_day() -> None:
    text = "He was arrested on March 5 and charged the day after the raid."
    assert ("the day", "DATE", "2024-03-06") in triples(text, _WED)


SESSIONS = [
    "Bitcoin hit a record in Asian hours before easing.",
    "The dollar slipped during European hours.",
]


@pytest.mark.parametrize("text", SESSIONS, ids=SESSIONS)
def test_market_session_hours_are_no_amount(text: str) -> None:
    assert triples(text, _WED) == []


WEEKDAY_RANGES: list[Case] = [
    (
        _WED,
        "Heavy rain is forecast from Friday to Sunday.",
        "Sunday",
        "DATE",
        "2024-03-24",
    ),
    (_WED, "The festival runs Friday through Sunday.", "Sunday", "DATE", "2024-03-24"),
    (_WED, "The strike ran from Thursday to Monday.", "Thursday", "DATE", "2024-03-14"),
    (_WED, "The strike ran from Thursday to Monday.", "Monday", "DATE", "2024-03-18"),
    (
        _WED,
        "Snow fell from Monday night until Tuesday morning.",
        "Tuesday morning",
        "TIME",
        "2024-03-19TMO",
    ),
    # A list keeps each day's own reading.
    (_WED, "Talks were held on Friday and Monday.", "Friday", "DATE", "2024-03-15"),
    (_WED, "Talks were held on Friday and Monday.", "Monday", "DATE", "2024-03-18"),
]


@pytest.mark.parametrize(
    "case", WEEKDAY_RANGES, ids=[f"{c[2]}: {c[1][:40]}" for c in WEEKDAY_RANGES]
)
def test_weekday_ranges(case: Case) -> None:
    check(case)


NAMED_DAYS: list[Case] = [
    (
        "2024-09-11",
        "Families marked 23 years since the Sept. 11 attacks.",
        "Sept. 11",
        "DATE",
        "2001-09-11",
    ),
    (
        "2022-06-10",
        "The September 11 hijackers trained in Florida.",
        "September 11",
        "DATE",
        "2001-09-11",
    ),
    (
        "2022-06-10",
        "The Jan. 6 committee held its first hearing on Thursday.",
        "Jan. 6",
        "DATE",
        "2021-01-06",
    ),
    (
        "2024-05-01",
        "Israel launched its offensive after the Oct. 7 attack.",
        "Oct. 7",
        "DATE",
        "2023-10-07",
    ),
    # The same day before another noun, or alone, is placed as any day is.
    (
        "2024-09-11",
        "The Sept. 11 deadline passed without a deal.",
        "Sept. 11",
        "DATE",
        "2024-09-11",
    ),
    (
        "2024-09-20",
        "On Sept. 11, the president spoke at the memorial.",
        "Sept. 11",
        "DATE",
        "2024-09-11",
    ),
    # Before the event's year the name is no name yet.
    (
        "1998-09-01",
        "The Sept. 11 attacks on the embassy were foiled.",
        "Sept. 11",
        "DATE",
        "1998-09-11",
    ),
]


@pytest.mark.parametrize("case", NAMED_DAYS, ids=[c[1][:40] for c in NAMED_DAYS])
def test_named_days(case: Case) -> None:
    check(case)


IN_THE_DAY: list[Case] = [
    (
        "2024-08-05",
        "Lyles won the 100 meters on Sunday night. It was the first "
        "U.S. win since 2004. Earlier in the day, Kipyegon won the 1,500 meters.",
        "Earlier in the day",
        "DATE",
        "2024-08-04",
    ),
    (
        "2024-08-05",
        "Albright arrives in Dar es Salaam on Tuesday morning, and "
        "flies to Nairobi later in the day.",
        "later in the day",
        "DATE",
        "2024-08-06",
    ),
    # No day named: the news day.
    (
        "2024-08-05",
        "Later in the day, the minister resigned.",
        "Later in the day",
        "DATE",
        "2024-08-05",
    ),
]


@pytest.mark.parametrize("case", IN_THE_DAY, ids=[c[1][-40:] for c in IN_THE_DAY])
def test_earlier_in_the_day(case: Case) -> None:
    check(case)


CLOCK_RANGES: list[Case] = [
    (
        _WED,
        "A curfew is in force from 8 p.m. to 6 a.m.",
        "6 a.m.",
        "TIME",
        "2024-03-21T06:00",
    ),
    (
        _WED,
        "The curfew starts at 10 p.m. and ends at 5 a.m.",
        "5 a.m.",
        "TIME",
        "2024-03-21T05:00",
    ),
    (
        _WED,
        "The ban on gatherings applies between 11pm and 6am.",
        "6am",
        "TIME",
        "2024-03-21T06:00",
    ),
    (
        _WED,
        "The curfew runs from 10 p.m. Friday to 5 a.m.",
        "5 a.m.",
        "TIME",
        "2024-03-23T05:00",
    ),
    # A day's range stays on its day.
    (
        _WED,
        "Shops open between 9 a.m. and 5 p.m.",
        "5 p.m.",
        "TIME",
        "2024-03-20T17:00",
    ),
    (
        _WED,
        "Polling stations opened at 7 a.m. and closed at 8 p.m.",
        "7 a.m.",
        "TIME",
        "2024-03-20T07:00",
    ),
]


@pytest.mark.parametrize("case", CLOCK_RANGES, ids=[c[1][:40] for c in CLOCK_RANGES])
def test_clock_ranges_across_midnight(case: Case) -> None:
    check(case)


BRITISH_DAYS: list[Case] = [
    (_WED, "The summit will take place on 24-25 April.", "24", "DATE", "2024-04-24"),
    (
        _WED,
        "The summit will take place on 24-25 April.",
        "25 April",
        "DATE",
        "2024-04-25",
    ),
    (_WED, "The talks run from 24 to 26 April.", "24", "DATE", "2024-04-24"),
    (_WED, "Leaders meet on 24 and 25 April 2025.", "24", "DATE", "2025-04-24"),
    (_WED, "Between 10 and 12 May, the roads will close.", "10", "DATE", "2024-05-10"),
    (_WED, "He died on 5 Feb.", "5 Feb.", "DATE", "2024-02-05"),
    (
        _WED,
        "He died on 5 Feb. Police said he had been ill.",
        "5 Feb.",
        "DATE",
        "2024-02-05",
    ),
]


@pytest.mark.parametrize(
    "case", BRITISH_DAYS, ids=[f"{c[2]}: {c[1][:40]}" for c in BRITISH_DAYS]
)
def test_british_day_ranges(case: Case) -> None:
    check(case)


NOT_FIRST_DAYS = [
    "Arsenal won 3-2 on 5 April.",
    "The index rose 2.5-3 April futures.",
    "Prices rose 24-25 percent in April.",
]


@pytest.mark.parametrize("text", NOT_FIRST_DAYS, ids=NOT_FIRST_DAYS)
def test_not_first_days(text: str) -> None:
    assert not [e for e in found(text, _WED) if e.rule == "first_day"], triples(
        text, _WED
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Good Friday Agreement was signed in 1998.",
        "Talks on the Christmas Accords failed.",
    ],
)
def test_a_holiday_in_a_settlements_name_is_no_date(text: str) -> None:
    assert not [e for e in found(text, _WED) if e.rule == "holiday"], triples(
        text, _WED
    )


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Shops will close on Good Friday.", "Good Friday", "2024-03-29"),
        ("An Easter agreement was reached on Sunday.", "Easter", "2024-03-31"),
    ],
)
def test_a_holiday_before_a_common_noun_is_still_a_date(
    text: str, span: str, value: str
) -> None:
    assert (span, "DATE", value) in triples(text, _WED)


QUARTER_POINTS: list[tuple[str, str, str, str]] = [
    (
        "The plant will close by the end of the third quarter.",
        "the end of the third quarter",
        "2024-Q3",
        "END",
    ),
    (
        "Sales rose at the start of the fourth quarter of 2023.",
        "the start of the fourth quarter of 2023",
        "2023-Q4",
        "START",
    ),
]


@pytest.mark.parametrize(
    "text,span,value,mod", QUARTER_POINTS, ids=[q[1] for q in QUARTER_POINTS]
)
def test_a_point_inside_a_quarter(text: str, span: str, value: str, mod: str) -> None:
    got = {e.text: (e.value, e.mod) for e in found(text, _WED)}
    assert got.get(span) == (value, mod), got


def test_the_end_of_a_games_quarter_is_no_date() -> None:
    assert triples("He scored at the end of the third quarter.", _WED) == []
