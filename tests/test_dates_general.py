"""Dates stage: general rules of English news that the earlier tables lacked.

Each table holds real news phrasings (wire, business, courts, sports, weather)
with the span, TIMEX3 type and value expected against a publication date, and
the look-alikes that must read otherwise or not be tagged at all:

- the span of months a company report is about ("For the nine months, ... a
  year earlier" compares with the nine months a year back, not the quarter);
- the tense of a clause: a participle set off by commas ("the agreement,
  announced Friday, gives"), a noun compound ("a bank holding company"), "as
  planned";
- reference words and modifiers: "the then current price", "the next year or
  so", "will one day be";
- amounts: "a thousand years", "hundreds of years", "2 hours, 16 minutes",
  "three years and two months"; "24 hours a day" is no amount of time;
- seasons: "the past three summers" (a set); "the spring" without a past or
  future verb is the nearest spring.
"""

from __future__ import annotations

import pytest

from newsfacts._data import iter_rows

from .support import DateCase as Case
from .support import date_triples as triples
from .support import dates_found as found

_NINE = (
    "Acme said third-quarter net income rose 12% to $40 million. "
    "For the nine months, net was $110 million, up from $95 million a year earlier."
)
_NINE_PERIOD = (
    "Acme said third-quarter net income rose 12% to $40 million. "
    "In the first nine months, net was $306 million, against a loss in the 1988 period."
)
_NINE_THEN = (
    "Norton said net income for the third quarter fell 6% to $20.6 million. "
    "For the nine months, Norton had net of $81.2 million. "
    "In the year-earlier period, the company had net of $77.2 million."
)
_HALF = (
    "Shares of Acme rose after it reported second-quarter results. "
    "For the first six months, revenue rose 12% from the year-earlier period."
)
_QUARTER = (
    "Acme said its net income rose 51% in the third quarter. "
    "Net jumped to $87 million from $58 million a year earlier."
)

FOUND: list[tuple[str, Case]] = [
    # ------------------------------------ the span a report is about
    (
        "nine-months-a-year-earlier",
        ("1989-10-26", _NINE, "a year earlier", "DATE", "1988"),
    ),
    (
        "nine-months-1988-period",
        ("1989-11-02", _NINE_PERIOD, "the 1988 period", "DATE", "1988"),
    ),
    (
        "nine-months-year-earlier-period",
        ("1989-10-27", _NINE_THEN, "the year-earlier period", "DURATION", "P9M"),
    ),
    (
        "six-months-year-earlier-period",
        ("2025-07-24", _HALF, "the year-earlier period", "DURATION", "P6M"),
    ),
    (
        "year-earlier-adjective",
        (
            "1989-11-02",
            "RMS had a loss in the third quarter. For the nine months, the company "
            "reported a net loss, compared with year-earlier net income of $967,809.",
            "year-earlier",
            "DATE",
            "1988",
        ),
    ),
    # the quarter stays the topic when no other span was named after it
    (
        "quarter-a-year-earlier",
        ("1989-10-26", _QUARTER, "a year earlier", "DATE", "1988-Q3"),
    ),
    (
        "latest-period-is-topic",
        (
            "1989-11-02",
            "Ralston reported a 47% decline in fourth-quarter earnings. "
            "Sales in the latest period were $1.76 billion.",
            "the latest period",
            "DATE",
            "1989-Q4",
        ),
    ),
    (
        "latest-quarter-no-topic",
        (
            "2024-05-15",
            "Sales rose in the latest quarter.",
            "the latest quarter",
            "DATE",
            "2024-Q1",
        ),
    ),
    (
        "this-quarters-loss",
        (
            "2024-10-30",
            "Acme reported a third-quarter loss on Tuesday. "
            "This quarter's loss includes pretax charges of $4.9 million.",
            "This quarter",
            "DATE",
            "2024-Q3",
        ),
    ),
    (
        "this-quarter-ahead",
        (
            "2024-10-30",
            "Acme reported a third-quarter loss on Tuesday. Sales will rise this quarter, it said.",
            "this quarter",
            "DATE",
            "2024-Q4",
        ),
    ),
    (
        "first-two-quarters",
        (
            "1989-10-26",
            "Analysts expect the trend to continue through at least the first two "
            "quarters of 1990.",
            "the first two quarters of 1990",
            "DATE",
            "1990-H1",
        ),
    ),
    (
        "last-two-quarters",
        (
            "2024-05-15",
            "Sales fell in the last two quarters of 2023.",
            "the last two quarters of 2023",
            "DATE",
            "2023-H2",
        ),
    ),
    (
        "since-year-end",
        (
            "1989-10-30",
            "The percentage change is since year-end.",
            "year-end",
            "DATE",
            "1988",
        ),
    ),
    (
        "year-end-past",
        (
            "2024-02-20",
            "Net debt at year-end was $5 billion.",
            "year-end",
            "DATE",
            "2023",
        ),
    ),
    (
        "by-year-end",
        (
            "1989-11-02",
            "The company expects to complete the transaction by year-end.",
            "year-end",
            "DATE",
            "1989",
        ),
    ),
    # ------------------------------------ a month before the noun of an event
    (
        "march-accession",
        (
            "1999-02-10",
            "The March accession will enable the three countries to sign the documents.",
            "March",
            "DATE",
            "1999-03",
        ),
    ),
    (
        "may-elections",
        ("2024-04-02", "The May elections were postponed.", "May", "DATE", "2024-05"),
    ),
    (
        "march-deadline",
        (
            "2024-02-20",
            "Negotiators missed a March deadline.",
            "March",
            "DATE",
            "2024-03",
        ),
    ),
    (
        "summer-offensive",
        (
            "2024-05-22",
            "Russia is preparing a summer offensive, officials said.",
            "summer",
            "DATE",
            "2024-SU",
        ),
    ),
    (
        "the-spring-offensive",
        ("2024-05-22", "The spring offensive stalled.", "spring", "DATE", "2024-SP"),
    ),
    # ------------------------------------ a unit before the one just named
    (
        "month-before",
        (
            "2024-05-22",
            "Inflation fell to 2.3% in April from 3.2% the month before.",
            "the month before",
            "DATE",
            "2024-03",
        ),
    ),
    (
        "year-before",
        (
            "1998-09-07",
            "Revenues dropped to $300 million last year, down from $450 million the year before.",
            "the year before",
            "DATE",
            "1996",
        ),
    ),
    (
        "quarter-before",
        (
            "2024-05-22",
            "The economy grew 0.6% in the first quarter, up from 0.3% the quarter before.",
            "the quarter before",
            "DATE",
            "2023-Q4",
        ),
    ),
    (
        "same-period-no-quarter",
        (
            "2025-05-20",
            "Shootings were down 15% so far this year compared with the same period a year ago.",
            "the same period a year ago",
            "DATE",
            "2024",
        ),
    ),
    (
        "futures-for-june-delivery",
        (
            "2024-04-11",
            "Oil prices rose on Thursday, with Brent crude futures for June delivery up 1.2%.",
            "June",
            "DATE",
            "2024-06",
        ),
    ),
    (
        "march-contracts",
        (
            "2024-04-11",
            "March contracts for cocoa fell 3% on Monday.",
            "March",
            "DATE",
            "2025-03",
        ),
    ),
    (
        "figures-for-pair",
        (
            "2024-03-04",
            "The WHO will publish updated figures for January and February later this month.",
            "February",
            "DATE",
            "2024-02",
        ),
    ),
    (
        "local-time-with-aside-takes-weekday",
        (
            "2025-02-06",
            "The ceasefire took effect at 8:30 a.m. local time (0630 GMT) on Sunday.",
            "8:30 a.m. local time",
            "TIME",
            "2025-02-02T08:30",
        ),
    ),
    (
        "aside-takes-weekday-after-it",
        (
            "2025-02-06",
            "The ceasefire took effect at 8:30 a.m. local time (0630 GMT) on Sunday.",
            "0630 GMT",
            "TIME",
            "2025-02-02T06:30",
        ),
    ),
    (
        "weekday-apposition",
        (
            "2024-11-05",
            "Harris campaigned in Pennsylvania on Monday, the final day of the campaign.",
            "the final day",
            "DATE",
            "2024-11-04",
        ),
    ),
    (
        "first-day-in-office-unknown",
        (
            "2024-11-05",
            "It was his first day in office.",
            "first day",
            "DATE",
            "XXXX-XX-XX",
        ),
    ),
    # ------------------------------------ a clock time on the day of the story
    (
        "clock-after-day-sentence",
        (
            "2023-02-08",
            "A 7.8-magnitude earthquake struck southern Turkey before dawn on Monday. "
            "The quake hit at 4:17 am and was followed by a second tremor.",
            "4:17 am",
            "TIME",
            "2023-02-06T04:17",
        ),
    ),
    (
        "clock-future-stays-today",
        (
            "2023-02-08",
            "Rescuers worked through the night on Monday. Officials will speak at 4 p.m.",
            "4 p.m.",
            "TIME",
            "2023-02-08T16:00",
        ),
    ),
    (
        "clock-after-since-day",
        (
            "2023-02-08",
            "Shares have fallen 12 percent since Monday. They were down 3 percent at 10:35 a.m.",
            "10:35 a.m.",
            "TIME",
            "2023-02-08T10:35",
        ),
    ),
    # ------------------------------------ tense of the clause
    (
        "participle-in-commas",
        (
            "1989-10-30",
            "Under new terms of the agreement, announced Friday, LIN holders "
            "would receive a special cash dividend.",
            "Friday",
            "DATE",
            "1989-10-27",
        ),
    ),
    (
        "participle-in-commas-law",
        (
            "2024-05-15",
            "The law, passed Monday, takes effect in January.",
            "Monday",
            "DATE",
            "2024-05-13",
        ),
    ),
    (
        "planned-in-commas-ahead",
        (
            "2024-05-15",
            "The rally, planned for Saturday, will go ahead.",
            "Saturday",
            "DATE",
            "2024-05-18",
        ),
    ),
    (
        "noun-compound-gerund",
        (
            "1989-11-02",
            "First of America announced an agreement to acquire the Peoria bank "
            "holding company in January.",
            "January",
            "DATE",
            "1990-01",
        ),
    ),
    (
        "as-planned-past",
        (
            "1991-02-25",
            "Bush let the ground offensive begin as previously planned Saturday night.",
            "Saturday night",
            "TIME",
            "1991-02-23TNI",
        ),
    ),
    (
        "as-scheduled-future",
        (
            "2024-05-15",
            "The vote will go ahead as scheduled on Sunday.",
            "Sunday",
            "DATE",
            "2024-05-19",
        ),
    ),
    (
        "planned-still-schedules",
        (
            "2024-05-15",
            "Protesters planned a demonstration on Saturday.",
            "Saturday",
            "DATE",
            "2024-05-18",
        ),
    ),
    (
        "past-perfect-plan",
        (
            "2024-07-02",
            "The judge had scheduled the trial to begin in March before the justices "
            "agreed in February to hear the appeal.",
            "March",
            "DATE",
            "2024-03",
        ),
    ),
    (
        "simple-past-plan-ahead",
        (
            "2024-07-02",
            "The judge scheduled the trial to begin in March.",
            "March",
            "DATE",
            "2025-03",
        ),
    ),
    (
        "was-now-present",
        (
            "2024-07-02",
            "Legal experts said a trial before Election Day was now all but impossible.",
            "Election Day",
            "DATE",
            "2024-11-05",
        ),
    ),
    (
        "midnight-past",
        (
            "2024-06-10",
            "The attack began shortly after midnight and lasted about five hours.",
            "midnight",
            "TIME",
            "2024-06-10T00:00",
        ),
    ),
    (
        "midnight-ahead",
        (
            "2024-06-10",
            "The curfew will start at midnight.",
            "midnight",
            "TIME",
            "2024-06-10T24:00",
        ),
    ),
    (
        "midnight-weekday",
        (
            "2024-06-10",
            "The deadline expires at midnight Friday.",
            "midnight Friday",
            "TIME",
            "2024-06-14T24:00",
        ),
    ),
    # ------------------------------------ reference words and modifiers
    (
        "this-year-and-next",
        (
            "2024-09-19",
            "The Fed signaled further cuts this year and next.",
            "next",
            "DATE",
            "2025",
        ),
    ),
    (
        "this-month-and-next",
        (
            "2024-09-19",
            "Shipments will be tight this month and next, traders said.",
            "next",
            "DATE",
            "2024-10",
        ),
    ),
    (
        "then-current",
        (
            "1989-10-26",
            "The rights allow holders to buy shares at 50% of the then current market price.",
            "then current",
            "DATE",
            "PAST_REF",
        ),
    ),
    (
        "then-current-hyphen",
        (
            "2024-05-15",
            "The then-current chairman resigned in protest.",
            "then-current",
            "DATE",
            "PAST_REF",
        ),
    ),
    (
        "current",
        (
            "2024-05-15",
            "The current chairman resigned.",
            "current",
            "DATE",
            "PRESENT_REF",
        ),
    ),
    (
        "next-year-or-so",
        (
            "1989-11-02",
            "The battery plant will be closed over the next year or so, a spokesman said.",
            "the next year or so",
            "DURATION",
            "P1Y",
        ),
    ),
    (
        "will-one-day",
        (
            "1998-03-03",
            "Islam will one day be the second largest religion in the country.",
            "one day",
            "DATE",
            "FUTURE_REF",
        ),
    ),
    (
        "to-one-day",
        (
            "1998-04-18",
            "He hopes to one day follow in the footsteps of John Glenn.",
            "one day",
            "DATE",
            "FUTURE_REF",
        ),
    ),
    (
        "lasted-one-day",
        ("2024-05-15", "The strike lasted one day.", "one day", "DURATION", "P1D"),
    ),
    # ------------------------------------ amounts
    (
        "two-thousand-years",
        (
            "1998-01-21",
            "Some families have kept their glassmaking secrets for more than two thousand years.",
            "more than two thousand years",
            "DURATION",
            "P2000Y",
        ),
    ),
    (
        "a-thousand-years",
        (
            "2024-05-15",
            "The city has stood for a thousand years.",
            "a thousand years",
            "DURATION",
            "P1000Y",
        ),
    ),
    (
        "hundreds-of-years",
        (
            "1998-03-08",
            "The Ottomans ruled the region for hundreds of years.",
            "hundreds of years",
            "DURATION",
            "PXY",
        ),
    ),
    (
        "several-hundred-years",
        (
            "2024-05-15",
            "The dispute goes back several hundred years.",
            "several hundred years",
            "DURATION",
            "PXY",
        ),
    ),
    (
        "two-hundred-years-ago",
        (
            "1998-04-18",
            "The church was built two hundred years ago.",
            "two hundred years ago",
            "DATE",
            "1798",
        ),
    ),
    (
        "hours-comma-minutes",
        (
            "2024-09-09",
            "The Italian needed 2 hours, 16 minutes to close out the match.",
            "2 hours, 16 minutes",
            "DURATION",
            "PT2H16M",
        ),
    ),
    (
        "hours-and-minutes",
        (
            "2024-05-15",
            "The flight took one hour and 45 minutes.",
            "one hour and 45 minutes",
            "DURATION",
            "PT1H45M",
        ),
    ),
    (
        "years-and-months",
        (
            "2024-05-15",
            "She served three years and two months in prison.",
            "three years and two months",
            "DURATION",
            "P3Y2M",
        ),
    ),
    (
        "marathon-three-units",
        (
            "2024-08-11",
            "Tola won the marathon in 2 hours, 6 minutes and 26 seconds.",
            "2 hours, 6 minutes and 26 seconds",
            "DURATION",
            "PT2H6M26S",
        ),
    ),
    (
        "nearly-hours-and-minutes",
        (
            "2024-05-15",
            "The talks lasted nearly 2 hours and 30 minutes.",
            "nearly 2 hours and 30 minutes",
            "DURATION",
            "PT2H30M",
        ),
    ),
    (
        "24-hours-alone",
        (
            "2024-05-15",
            "The fighting lasted 24 hours.",
            "24 hours",
            "DURATION",
            "PT24H",
        ),
    ),
    # ------------------------------------ seasons
    (
        "past-three-summers",
        (
            "1998-03-22",
            "Confrontations have provoked violence in Northern Ireland for the past three summers.",
            "the past three summers",
            "SET",
            "XXXX-SU",
        ),
    ),
    (
        "next-two-winters",
        (
            "2024-05-15",
            "The region could face drought over the next two winters.",
            "the next two winters",
            "SET",
            "XXXX-WI",
        ),
    ),
    (
        "spring-nearest-ahead",
        (
            "2024-11-08",
            "Lawyers said an appeal hearing is unlikely before the spring.",
            "the spring",
            "DATE",
            "2025-SP",
        ),
    ),
    (
        "spring-past",
        (
            "2024-11-08",
            "The hearing was held in the spring.",
            "the spring",
            "DATE",
            "2024-SP",
        ),
    ),
    (
        "summer-nearest-behind",
        (
            "2024-11-08",
            "Prices usually rise in the summer.",
            "the summer",
            "DATE",
            "2024-SU",
        ),
    ),
]


@pytest.mark.parametrize("case", [c for _, c in FOUND], ids=[i for i, _ in FOUND])
def test_general_rule_expression_found(case: Case) -> None:
    published, text, span, tp, value = case
    got = triples(text, published)
    assert (span, tp, value) in got, got


@pytest.mark.parametrize("case", [c for _, c in FOUND], ids=[i for i, _ in FOUND])
def test_general_rule_offsets_exact(case: Case) -> None:
    published, text = case[0], case[1]
    for e in found(text, published):
        assert text[e.start : e.end] == e.text


NOT_TAGGED: list[tuple[str, str, str]] = [
    # (id, sentence, text that must not be (part of) a time expression)
    ("24-hours-a-day", "Officers are stationed outside 24 hours a day.", "24 hours"),
    ("seven-days-a-week", "The clinic is open seven days a week.", "seven days"),
    ("365-days-a-year", "The plant runs 365 days a year.", "365 days"),
    ("summers-name", "Larry Summers spoke at the conference on Monday.", "Summers"),
    ("then-adverb", "Prices rose, and then current accounts fell.", "then"),
    ("march-for-life", "The March for Life drew thousands on Friday.", "March"),
    ("may-government", "The May government fell in the summer.", "May"),
    ("march-verb-noun", "The March went ahead despite the rain.", "March"),
    ("month-before-event", "The month before the election was tense.", "month"),
    (
        "arab-spring-uprisings",
        "The Arab Spring uprisings spread across the region.",
        "Spring",
    ),
]


@pytest.mark.parametrize(
    "sentence, text", [c[1:] for c in NOT_TAGGED], ids=[c[0] for c in NOT_TAGGED]
)
def test_general_rule_look_alike_not_tagged(sentence: str, text: str) -> None:
    start = sentence.index(text)
    end = start + len(text)
    got = found(sentence, "2024-05-15")
    overlapping = [e.text for e in got if e.start < end and start < e.end]
    assert overlapping == [], overlapping


LISTS: list[tuple[str, str, list[str]]] = [
    # (id, sentence, the amounts it holds, each its own expression)
    (
        "same-unit-list",
        "They were jailed for 3 years, 5 years and 7 years respectively.",
        ["3 years", "5 years", "7 years"],
    ),
    (
        "next-with-its-unit",
        "Prices rose this year and next year they will fall.",
        ["this year", "next year"],
    ),
    (
        "ago-keeps-its-unit",
        "It happened 10 years and 10 months ago.",
        ["10 years", "10 months ago"],
    ),
]


@pytest.mark.parametrize(
    "sentence, spans", [c[1:] for c in LISTS], ids=[c[0] for c in LISTS]
)
def test_units_not_going_down_are_separate_amounts(
    sentence: str, spans: list[str]
) -> None:
    assert [e.text for e in found(sentence, "2024-05-15")] == spans


MONTH_NOUNS = list(iter_rows("dates/data/month_nouns.tsv"))


@pytest.mark.parametrize(
    "row", MONTH_NOUNS, ids=[f"{r[0]}-{r[1]}" for r in MONTH_NOUNS]
)
def test_month_before_event_noun_is_found(row: list[str]) -> None:
    """Each noun of the list makes the month before it a date (its example); a
    contract's month lies ahead of the publication date (2024-05-15)."""
    kind, example = row[0], row[2]
    got = [(e.text, e.value) for e in found(example, "2024-05-15")]
    assert got, example
    text, value = got[0]
    assert text in ("March", "May", "June", "July", "December"), (example, got)
    if kind == "contract_noun":
        assert value >= "2024-05", (example, got)
