"""Dates stage: recognition and TIMEX3 normalisation, one table per rule family."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts import dates, parse_article
from newsfacts.records import TimeExpression
from newsfacts.text import Document

TUE = dt.date(2019, 11, 26)  # a Tuesday


def found(text: str, published: dt.date | None = TUE) -> list[TimeExpression]:
    """The expressions the dates stage finds in `text`."""
    return list(dates.extract(Document(text), published))


def one(text: str, span: str, published: dt.date | None = TUE) -> TimeExpression:
    """The expression whose text is `span`; fails listing what was found instead."""
    exprs = found(text, published)
    hits = [e for e in exprs if e.text == span]
    assert hits, f"{span!r} not found in {[(e.text, e.value) for e in exprs]}"
    return hits[0]


Case = tuple[str, str, str, str]  # sentence, span, type, value


def _check(case: Case, published: dt.date | None = TUE) -> None:
    sentence, span, tp, value = case
    e = one(sentence, span, published)
    assert (str(e.type), e.value) == (tp, value)
    assert sentence[e.start : e.end] == e.text


ABSOLUTE: list[Case] = [
    (
        "The ceasefire was signed on Nov. 24, 2019 in Geneva.",
        "Nov. 24, 2019",
        "DATE",
        "2019-11-24",
    ),
    (
        "Elections were held on 24 November 2019.",
        "24 November 2019",
        "DATE",
        "2019-11-24",
    ),
    ("The report, dated 2019-11-24, was leaked.", "2019-11-24", "DATE", "2019-11-24"),
    ("The filing (11/24/2019) lists assets.", "11/24/2019", "DATE", "2019-11-24"),
    ("The form dated 24/11/2019 was rejected.", "24/11/2019", "DATE", "2019-11-24"),
    ("Records from 03.04.2018 show the transfer.", "03.04.2018", "DATE", "2018-04-03"),
    ("The war ended in May 1945.", "May 1945", "DATE", "1945-05"),
    ("Unemployment peaked in 2009.", "2009", "DATE", "2009"),
    (
        "The company said fiscal 2020 results would improve.",
        "fiscal 2020",
        "DATE",
        "2020",
    ),
    ("The plant closed in the 1990s.", "the 1990s", "DATE", "199"),
    ("Trade grew in the 19th century.", "the 19th century", "DATE", "18"),
    # "the 1800s" is a century; "the 1910s" and "the 2000s" are decades
    ("The firm was founded in the late 1800s.", "the late 1800s", "DATE", "18"),
    ("The house dates from the 1700s.", "the 1700s", "DATE", "17"),
    ("The city grew fast in the 1900s.", "the 1900s", "DATE", "19"),
    ("War broke out in the 1910s.", "the 1910s", "DATE", "191"),
    ("Prices rose in the 2000s.", "the 2000s", "DATE", "200"),
    (
        "Growth slowed in the third quarter of 2018.",
        "the third quarter of 2018",
        "DATE",
        "2018-Q3",
    ),
    ("Revenue in Q2 2019 rose 5%.", "Q2 2019", "DATE", "2019-Q2"),
    (
        "Output fell in the first half of 2019.",
        "the first half of 2019",
        "DATE",
        "2019-H1",
    ),
    ("Talks collapsed in the summer of 2018.", "the summer of 2018", "DATE", "2018-SU"),
    (
        "The tower was built in nineteen ninety-six.",
        "nineteen ninety-six",
        "DATE",
        "1996",
    ),
]


@pytest.mark.parametrize("case", ABSOLUTE, ids=[c[1] for c in ABSOLUTE])
def test_absolute_dates(case: Case) -> None:
    _check(case)


YEARLESS: list[Case] = [
    (
        "On April 4, Haftar announced the start of an operation.",
        "April 4",
        "DATE",
        "2019-04-04",
    ),
    ("US officials met Haftar on November 24.", "November 24", "DATE", "2019-11-24"),
    (
        "The dividend is payable Jan. 2 to holders of record.",
        "Jan. 2",
        "DATE",
        "2020-01-02",
    ),
    ("The summit will open on Dec. 15 in Brussels.", "Dec. 15", "DATE", "2019-12-15"),
    (
        "Voters went to the polls on Saturday, Nov. 23.",
        "Saturday, Nov. 23",
        "DATE",
        "2019-11-23",
    ),
    ("The strike began in January.", "January", "DATE", "2019-01"),
    ("A new round of talks is expected in February.", "February", "DATE", "2020-02"),
    ("In January President Trump signed the order.", "January", "DATE", "2019-01"),
    ("Results are due in mid-December.", "mid-December", "DATE", "2019-12"),
    ("Talks began in July last year.", "July last year", "DATE", "2018-07"),
    ("Hearings resume the week of Dec. 9.", "the week of Dec. 9", "DATE", "2019-W50"),
    (
        "The plant opened on Oct. 23 last year.",
        "Oct. 23 last year",
        "DATE",
        "2018-10-23",
    ),
    (
        "A summit will be held on April 24 in Washington.",
        "April 24",
        "DATE",
        "2020-04-24",
    ),
    ("The new chairman takes office effective Feb. 1.", "Feb. 1", "DATE", "2020-02-01"),
]


@pytest.mark.parametrize("case", YEARLESS, ids=[c[1] for c in YEARLESS])
def test_yearless_dates_follow_tense(case: Case) -> None:
    _check(case)


def test_yearless_date_keeps_its_position_modifier() -> None:
    e = one("Fighting resumed in late November.", "late November")
    assert (e.value, e.mod) == ("2019-11", "END")


WEEKDAYS: list[Case] = [
    (
        "This follows a press release circulated on Monday.",
        "Monday",
        "DATE",
        "2019-11-25",
    ),
    ("The ministers will meet on Monday in Paris.", "Monday", "DATE", "2019-12-02"),
    ("Protesters gathered outside parliament Sunday.", "Sunday", "DATE", "2019-11-24"),
    (
        "The president said Tuesday that talks had failed.",
        "Tuesday",
        "DATE",
        "2019-11-26",
    ),
    ("Results are expected Friday.", "Friday", "DATE", "2019-11-29"),
    ("The rebels attacked last Friday.", "last Friday", "DATE", "2019-11-22"),
    ("The vote is scheduled for next Thursday.", "next Thursday", "DATE", "2019-11-28"),
    ("Shelling continued late Saturday.", "late Saturday", "TIME", "2019-11-23TNI"),
    ("The envoy could arrive as early as Thursday.", "Thursday", "DATE", "2019-11-28"),
    ("Trading is to resume in Paris Friday.", "Friday", "DATE", "2019-11-29"),
    ("Leaders meet separately Wednesday in Geneva.", "Wednesday", "DATE", "2019-11-27"),
]


@pytest.mark.parametrize(
    "case", WEEKDAYS, ids=[f"{c[1]}-{i}" for i, c in enumerate(WEEKDAYS)]
)
def test_weekdays_follow_tense(case: Case) -> None:
    _check(case)


RELATIVE: list[Case] = [
    ("Police arrested two men yesterday.", "yesterday", "DATE", "2019-11-25"),
    ("The court rules today.", "today", "DATE", "2019-11-26"),
    ("Parliament votes tomorrow.", "tomorrow", "DATE", "2019-11-27"),
    ("The envoy visited Tripoli last week.", "last week", "DATE", "2019-W47"),
    ("Talks resume next week.", "next week", "DATE", "2019-W49"),
    ("Prices rose 3% this month.", "this month", "DATE", "2019-11"),
    ("Exports fell last month.", "last month", "DATE", "2019-10"),
    ("The law was passed earlier this year.", "earlier this year", "DATE", "2019"),
    ("Growth will pick up early next year.", "early next year", "DATE", "2020"),
    ("Inflation hit a record last year.", "last year", "DATE", "2018"),
    (
        "Earnings will rise throughout the fiscal year.",
        "the fiscal year",
        "DATE",
        "2019",
    ),
    ("Shortages will last well into the summer.", "the summer", "DATE", "2020-SU"),
    ("Fighting broke out three years ago.", "three years ago", "DATE", "2016"),
    ("The plant opened two weeks ago.", "two weeks ago", "DATE", "2019-W46"),
    ("Sales were higher a year earlier.", "a year earlier", "DATE", "2018"),
    (
        "The company lost money in the third quarter.",
        "the third quarter",
        "DATE",
        "2019-Q3",
    ),
    ("Crops failed last fall.", "last fall", "DATE", "2018-FA"),
    ("Elections are planned for this spring.", "this spring", "DATE", "2019-SP"),
    ("Hundreds were killed in the 2011 uprising.", "2011", "DATE", "2011"),
    ("Markets will be closed on Christmas Day.", "Christmas Day", "DATE", "2019-12-25"),
]


@pytest.mark.parametrize("case", RELATIVE, ids=[c[1] for c in RELATIVE])
def test_relative_expressions(case: Case) -> None:
    _check(case)


def test_tense_stops_at_a_line_ending_a_sentence() -> None:
    text = (
        "The Rams won on Sunday night; kickoff was at 8:20 p.m.\n"
        "Voters go to the polls on May 23."
    )
    assert one(text, "May 23", dt.date(2018, 12, 19)).value == "2019-05-23"


def test_past_holiday_in_a_january_article() -> None:
    e = one(
        "Markets were closed on Christmas Day.", "Christmas Day", dt.date(2020, 1, 6)
    )
    assert e.value == "2019-12-25"


def test_past_tense_keeps_a_recent_date_in_the_past() -> None:
    e = one("The strike began in January.", "January")
    assert e.value == "2019-01"


def test_position_modifiers_become_mods() -> None:
    assert one("Growth will pick up early next year.", "early next year").mod == "START"
    assert one("The plant was built in mid-2018.", "mid-2018").mod == "MID"
    e = one("Profits collapsed in the late 1990s.", "the late 1990s")
    assert (e.value, e.mod) == ("199", "END")


ANAPHORA: list[tuple[str, str, str]] = [
    (
        "Fighting began on Nov. 3. The next morning, troops entered.",
        "The next morning",
        "2019-11-04TMO",
    ),
    (
        "Fighting began on Nov. 3. That same day, troops entered.",
        "That same day",
        "2019-11-03",
    ),
    ("He was born in 1961. Later that year, he moved.", "Later that year", "1961"),
    (
        "The vote was on Nov. 3. The following day, protests began.",
        "The following day",
        "2019-11-04",
    ),
]


@pytest.mark.parametrize("case", ANAPHORA, ids=[c[1] for c in ANAPHORA])
def test_anaphoric_expressions_follow_the_last_date(case: tuple[str, str, str]) -> None:
    text, span, value = case
    e = one(text, span)
    assert (e.value, e.anchor) == (value, "previous")


def test_relative_values_name_their_anchor() -> None:
    assert one("Police arrested two men yesterday.", "yesterday").anchor == "published"
    assert (
        one("The ceasefire was signed on Nov. 24, 2019.", "Nov. 24, 2019").anchor
        is None
    )


REFERENCES: list[Case] = [
    (
        "Currently, there are two governments in Libya.",
        "Currently",
        "DATE",
        "PRESENT_REF",
    ),
    ("Earlier, the minister said the country was safe.", "Earlier", "DATE", "PAST_REF"),
    ("The army now controls the airport.", "now", "DATE", "PRESENT_REF"),
    ("The group has recently expanded.", "recently", "DATE", "PAST_REF"),
    ("Talks may resume in the near future.", "the near future", "DATE", "FUTURE_REF"),
    ("Rates will stay low in the near term.", "the near term", "DATE", "FUTURE_REF"),
]


@pytest.mark.parametrize("case", REFERENCES, ids=[c[1] for c in REFERENCES])
def test_reference_words(case: Case) -> None:
    _check(case)


DURATIONS: list[Case] = [
    ("The siege lasted three years.", "three years", "DURATION", "P3Y"),
    ("Rescuers searched for 48 hours.", "48 hours", "DURATION", "PT48H"),
    (
        "Prices doubled over the past three years.",
        "the past three years",
        "DURATION",
        "P3Y",
    ),
    ("The two-year deal expires soon.", "two-year", "DURATION", "P2Y"),
    ("He spent 2 1/2 years in prison.", "2 1/2 years", "DURATION", "P2Y6M"),
    ("The talks took several months.", "several months", "DURATION", "PXM"),
    ("Refugees have waited for years.", "years", "DURATION", "PXY"),
    ("Prices will rise in the weeks ahead.", "the weeks ahead", "DURATION", "PXW"),
    (
        "Revenue for the first nine months rose.",
        "the first nine months",
        "DURATION",
        "P9M",
    ),
    ("The curfew was lifted after a week.", "a week", "DURATION", "P1W"),
    ("It took a minute and a half.", "a minute and a half", "DURATION", "PT1M30S"),
    ("The decades-long feud ended.", "decades-long", "DURATION", "PXY"),
    ("A year-long inquiry began.", "year-long", "DURATION", "P1Y"),
    ("Days after the vote, he resigned.", "Days", "DURATION", "PXD"),
    ("Shares fell for eight trading days.", "eight trading days", "DURATION", "P8D"),
    ("The siege lasted nearly three years.", "nearly three years", "DURATION", "P3Y"),
]


@pytest.mark.parametrize("case", DURATIONS, ids=[c[1] for c in DURATIONS])
def test_durations(case: Case) -> None:
    _check(case)


def test_quantified_duration_keeps_the_mod_outside_the_span() -> None:
    e = one("The strike lasted about two weeks.", "two weeks")
    assert (e.value, e.mod) == ("P2W", "APPROX")


def test_verb_last_is_not_part_of_the_duration() -> None:
    got = [
        (e.text, e.value)
        for e in found("The trial is expected to last four to six weeks.")
    ]
    assert got == [("four", "P4W"), ("six weeks", "P6W")]


def test_over_before_an_article_is_a_preposition() -> None:
    e = one("Cases rose over the past 24 hours.", "the past 24 hours")
    assert (e.value, e.mod) == ("PT24H", None)


def test_since_marks_the_past() -> None:
    e = one(
        "Sales hit their highest level since mid-March.",
        "mid-March",
        dt.date(2019, 1, 10),
    )
    assert e.value == "2018-03"


def test_clock_time_takes_the_day_named_in_its_sentence() -> None:
    e = one(
        "The game was played on Sunday night; kickoff was at 8:20 p.m.", "8:20 p.m."
    )
    assert e.value == "2019-11-24T20:20"


def test_seasonal_zone_is_recognised_without_an_offset() -> None:
    e = one("The decision was announced at 2 p.m. ET.", "2 p.m. ET")
    assert (e.value, e.timezone) == ("2019-11-26T14:00", None)


def test_end_of_a_relative_period_is_a_mod() -> None:
    e = one(
        "The plant will be finished by the end of next year.", "the end of next year"
    )
    assert (e.value, e.mod) == ("2020", "END")


def test_over_the_next_decade_is_a_plain_duration() -> None:
    e = one("Over the next decade, the population will grow.", "the next decade")
    assert (e.value, e.mod) == ("P10Y", None)


def test_comparative_quantifier_is_inside_the_span() -> None:
    e = one("The siege lasted nearly three years.", "nearly three years")
    assert e.mod == "LESS_THAN"


SETS: list[Case] = [
    ("The council meets every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
    ("Protests take place weekly.", "weekly", "SET", "P1W"),
    ("The paper is published daily.", "daily", "SET", "P1D"),
    ("Inspectors visit twice a year.", "twice a year", "SET", "P1Y"),
    ("Orangemen march each July.", "each July", "SET", "XXXX-07"),
    ("Flights leave on Tuesdays.", "Tuesdays", "SET", "XXXX-WXX-2"),
    ("The index is updated every day.", "every day", "SET", "P1D"),
]


@pytest.mark.parametrize("case", SETS, ids=[c[1] for c in SETS])
def test_sets(case: Case) -> None:
    _check(case)


TIMES: list[Case] = [
    (
        "The blast happened at 3 p.m. local time.",
        "3 p.m. local time",
        "TIME",
        "2019-11-26T15:00",
    ),
    ("The vote closes at 10:30 a.m.", "10:30 a.m.", "TIME", "2019-11-26T10:30"),
    ("The raid began at 0735 GMT.", "0735 GMT", "TIME", "2019-11-26T07:35"),
    ("The deadline expires at midnight.", "midnight", "TIME", "2019-11-26T24:00"),
    ("The talks will end this afternoon.", "this afternoon", "TIME", "2019-11-26TAF"),
    ("Gunfire was heard last night.", "last night", "TIME", "2019-11-25TNI"),
    (
        "Polls will open at 7 a.m. Thursday.",
        "7 a.m. Thursday",
        "TIME",
        "2019-11-28T07:00",
    ),
]


@pytest.mark.parametrize("case", TIMES, ids=[c[1] for c in TIMES])
def test_clock_times(case: Case) -> None:
    _check(case)


def test_bracketed_utc_time_and_following_weekday() -> None:
    text = "The blast occurred at 10:35 a.m. (0735 GMT) Friday, toppling a building."
    assert [(e.text, e.value) for e in found(text, dt.date(1998, 8, 8))] == [
        ("10:35 a.m.", "1998-08-07T10:35"),
        ("Friday", "1998-08-07"),
    ]


def test_stated_time_zone_is_kept() -> None:
    e = one("The market opens at 9:30 a.m. EST.", "9:30 a.m. EST")
    assert (e.value, e.timezone) == ("2019-11-26T09:30", "UTC-05:00")


SPANS: list[tuple[str, str]] = [
    ("The talks ended on Monday.", "Monday"),
    ("The ceasefire began in the town on Tuesday.", "Tuesday"),
    ("Fighting resumed in early 2019.", "early 2019"),
    ("Prices rose over the past three years.", "the past three years"),
    ("The strike ended late Tuesday.", "late Tuesday"),
    ("Building began in mid-2019.", "mid-2019"),
    ("He signed a two-year contract.", "two-year"),
    ("The firm posted the third-quarter loss.", "third-quarter"),
    ("Earlier Friday, the army withdrew.", "Friday"),
    ("Profit was below the year-earlier level.", "year-earlier"),
]


@pytest.mark.parametrize("case", SPANS, ids=[c[1] for c in SPANS])
def test_timeml_span_conventions(case: tuple[str, str]) -> None:
    sentence, span = case
    texts = [e.text for e in found(sentence)]
    assert texts == [span]


NEGATIVES: list[str] = [
    "Officials may decide to march on the capital.",
    "Theresa May said the sun was shining.",
    "He finished second in the race, a second behind the winner.",
    "Turnout reached 64 percent, up from 2,019 voters.",
    "The fund has $2019 million in assets and 1,500 staff.",
    "Call 555-2019 or (202) 555-0147 for details.",
    "The home side won 3-2 after a marathon finish.",
    "The army deployed 2000 troops and 1990 police.",
    "A quarter of the population voted for the party.",
    "The Arab Spring changed the region.",
    "The Sunday Times reported the story.",
    "Room 1984 was booked under Flight 2012.",
    "He won 12.5 percent of the vote and 300 seats.",
    "The fall of the city shocked the world.",
    "June Carter and August Wilson were honoured.",
    "The ruins are two thousand years old.",
    "Call +1 202 555 2019 or 020 7946 2018 for tickets.",
]


@pytest.mark.parametrize("sentence", NEGATIVES, ids=[s[:30] for s in NEGATIVES])
def test_no_false_positives(sentence: str) -> None:
    assert [e.text for e in found(sentence)] == []


UNANCHORED: list[Case] = [
    ("On April 4, Haftar announced an offensive.", "April 4", "DATE", "XXXX-04-04"),
    ("The envoy met rebel leaders on Monday.", "Monday", "DATE", "XXXX-WXX-1"),
    ("Prices rose last week.", "last week", "DATE", "XXXX-WXX"),
    ("The plant opened last year.", "last year", "DATE", "XXXX"),
    ("Gunmen attacked the base yesterday.", "yesterday", "DATE", "XXXX-XX-XX"),
    ("The strike ended in March.", "March", "DATE", "XXXX-03"),
    ("The talks lasted three days.", "three days", "DURATION", "P3D"),
]


@pytest.mark.parametrize("case", UNANCHORED, ids=[c[1] for c in UNANCHORED])
def test_without_reference_values_stay_underspecified(case: Case) -> None:
    _check(case, published=None)


def test_without_reference_no_value_is_today() -> None:
    today = dt.date.today()
    text = "Officials met on Monday, yesterday and today; last week and this month too."
    for e in found(text, None):
        assert str(today.year) not in e.value
        assert e.anchor is None


def test_datetime_reference_is_accepted() -> None:
    e = one(
        "Police arrested two men yesterday.",
        "yesterday",
        dt.datetime(2019, 11, 26, 14, 0),
    )
    assert e.value == "2019-11-25"


def test_expressions_across_abbreviation_periods_stay_whole() -> None:
    text = (
        "Officials said voting went smoothly. Polls will open at 7 a.m. Thursday. "
        "The parade is held on St. Patrick's Day. Talks resumed Nov. 24 in Geneva."
    )
    texts = [e.text for e in found(text)]
    assert texts == ["7 a.m. Thursday", "St. Patrick's Day", "Nov. 24"]


def test_every_expression_has_a_rule_id() -> None:
    text = "On Monday, three years after the war, officials met at 3 p.m. every week."
    assert all(e.rule for e in found(text))


def test_seed_article_dates() -> None:
    from pathlib import Path

    text = (Path(__file__).parent.parent / "examples" / "libya-2019.txt").read_text(
        encoding="utf-8"
    )
    exprs = {(e.text, e.value) for e in found(text)}
    for pair in [
        ("Monday", "2019-11-25"),
        ("November 24", "2019-11-24"),
        ("April 4", "2019-04-04"),
        ("Currently", "PRESENT_REF"),
        ("Earlier", "PAST_REF"),
    ]:
        assert pair in exprs


# ---------------------------------------------------------------- publication date
PUBLISHED: list[tuple[str, dt.date, str]] = [
    (
        "MOSCOW, Nov. 26, 2019 (Reuters) - Russia said on Tuesday...",
        dt.date(2019, 11, 26),
        "dateline",
    ),
    (
        "Libya talks stall\nBy Jane Smith\nPublished: 26 November 2019\n\nTalks stalled.",
        dt.date(2019, 11, 26),
        "byline",
    ),
    (
        "Libya talks stall\nUpdated 2019-11-26 10:32 GMT\n\nTalks stalled.",
        dt.date(2019, 11, 26),
        "byline",
    ),
    (
        "Libya talks stall\nNovember 26, 2019\n\nTalks stalled on Monday.",
        dt.date(2019, 11, 26),
        "byline",
    ),
    (
        "Libya talks\nPosted: 2019-11-26T10:32:00Z\n\nTalks stalled.",
        dt.date(2019, 11, 26),
        "byline",
    ),
]


@pytest.mark.parametrize(
    "case", PUBLISHED, ids=[c[2] + str(i) for i, c in enumerate(PUBLISHED)]
)
def test_find_published(case: tuple[str, dt.date, str]) -> None:
    text, day, how = case
    assert dates.find_published(Document(text)) == (day, how)


def test_find_published_reads_unusual_byline_with_dateparser() -> None:
    text = (
        "Headline\nPublished on Tuesday the 26th of November, 2019\n\nBody text here."
    )
    assert dates.find_published(Document(text)) == (dt.date(2019, 11, 26), "byline")


@pytest.mark.parametrize(
    "stamp", ["yesterday", "3 hours ago", "today at 5pm", "last week"]
)
def test_find_published_never_reads_a_relative_stamp(stamp: str) -> None:
    text = f"Headline\nPublished: {stamp}\n\nBody text here."
    assert dates.find_published(Document(text)) == (None, None)


def test_find_published_gives_none_without_a_date() -> None:
    assert dates.find_published(
        Document("TRIPOLI, Libya (AP) - Officials met on Monday.")
    ) == (None, None)


def test_pipeline_uses_found_publication_date() -> None:
    art = parse_article(
        "Libya talks\nPublished: 26 November 2019\n\nThe envoy met Haftar on Monday."
    )
    assert art.published == dt.date(2019, 11, 26)
    assert art.published_source == "byline"
    assert [(d.text, d.value) for d in art.dates if d.text == "Monday"] == [
        ("Monday", "2019-11-25")
    ]


def test_explicit_published_wins() -> None:
    art = parse_article(
        "Libya talks\nPublished: 26 November 2019\n\nThe envoy met Haftar on Monday.",
        published="2019-12-04",
    )
    assert art.published_source == "argument"
    assert [d.value for d in art.dates if d.text == "Monday"] == ["2019-12-02"]
