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
    ("The hearing is set for Monday.", "Monday", "DATE", "2019-12-02"),
    ("The vote is slated for Sunday.", "Sunday", "DATE", "2019-12-01"),
    ("The deadline is 5 p.m. on Monday, Dec. 2.", "5 p.m. on Monday, Dec. 2", "TIME",
     "2019-12-02T17:00"),
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
    ("The index is near its record high set on Friday.", "Friday", "DATE",
     "2019-11-22"),
    ("Polls closed at 8 p.m. on Sunday, Nov. 24.", "8 p.m. on Sunday, Nov. 24", "TIME",
     "2019-11-24T20:00"),
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


# ---------------------------------------------------------------- spoken numbers
SPOKEN_NUMBERS: list[Case] = [
    ("In the last twenty four hours the currency fell.", "the last twenty four hours",
     "DURATION", "PT24H"),
    ("Rescuers waited forty five minutes.", "forty five minutes", "DURATION", "PT45M"),
    ("The siege lasted twenty-one days.", "twenty-one days", "DURATION", "P21D"),
    ("Thirty years ago the wall fell.", "Thirty years ago", "DATE", "1989"),
]  # fmt: skip


@pytest.mark.parametrize("case", SPOKEN_NUMBERS, ids=ids(SPOKEN_NUMBERS))
def test_spoken_compound_numbers(case: Case) -> None:
    check(case)


# ---------------------------------------------------------------- spelled-out dates
SPELLED_DATES: list[Case] = [
    ("The vote is this coming Sunday, March eighth, officials said.", "March eighth",
     "DATE", "2020-03-08"),
    ("Prices fell on the twenty-first of May.", "the twenty-first of May", "DATE",
     "2019-05-21"),
    ("He died on the fifth of June 2001.", "the fifth of June 2001", "DATE",
     "2001-06-05"),
    ("The deadline will be June the thirtieth.", "June the thirtieth", "DATE", "2020-06-30"),
    ("She was born on the thirty-first of December, nineteen eighty-nine.",
     "the thirty-first of December, nineteen eighty-nine", "DATE", "1989-12-31"),
    ("It happened in January nineteen ninety-seven.", "January nineteen ninety-seven",
     "DATE", "1997-01"),
    ("He left in the winter of nineteen ninety-four.",
     "the winter of nineteen ninety-four", "DATE", "1994-WI"),
    ("The plant opened in nineteen hundred and ten.", "nineteen hundred and ten",
     "DATE", "1910"),
    ("The law passed in two thousand and eight.", "two thousand and eight", "DATE",
     "2008"),
]  # fmt: skip


DAYS_ALONE: list[Case] = [
    ("The talks will resume on the 28th.", "the 28th", "DATE", "2019-11-28"),
    ("The talks will resume on the 3rd.", "the 3rd", "DATE", "2019-12-03"),
    ("He was arrested on the 20th, police said.", "the 20th", "DATE", "2019-11-20"),
    ("He was arrested on the 29th.", "the 29th", "DATE", "2019-10-29"),
    ("The vote is on the 3rd of next month.", "the 3rd of next month", "DATE",
     "2019-12-03"),
]  # fmt: skip


@pytest.mark.parametrize("case", DAYS_ALONE, ids=ids(DAYS_ALONE))
def test_a_day_of_the_month_alone(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    "sentence",
    [
        "He lives on the 15th floor.",
        "The attack came on the 15th anniversary of the war.",
        "It was built in the 15th century.",
        "She finished 15th.",
    ],
    ids=["floor", "anniversary", "century", "rank"],
)
def test_ordinals_that_are_no_day_alone(sentence: str) -> None:
    assert not any(e.rule == "day_alone" for e in found(sentence)), found(sentence)


@pytest.mark.parametrize("case", SPELLED_DATES, ids=ids(SPELLED_DATES))
def test_days_and_years_spelled_out(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts expect fourth-quarter profits in March fourth-quarter terms.",
        "The protesters march first to the palace.",
        "Rebels attacked in May, second time this year.",
        "She finished thirty-second of May entrants.",
    ],
    ids=["ordinal-compound", "verb-march", "comma", "no-day"],
)
def test_ordinals_that_are_no_day_of_a_month(sentence: str) -> None:
    assert not any(e.rule == "day_words" for e in found(sentence)), found(sentence)


# ---------------------------------------------------------------- ranges
RANGES: list[Case] = [
    ("Production fell in 2014-2016.", "2014", "DATE", "2014"),
    ("Production fell in 2014-2016.", "2016", "DATE", "2016"),
    ("Output fell in 1998-99, the ministry said.", "1998", "DATE", "1998"),
    ("Output fell in 1998-99, the ministry said.", "99", "DATE", "1999"),
    ("Output rose in 1999-00, the ministry said.", "00", "DATE", "2000"),
    ("Patients stay two to six days.", "two", "DURATION", "P2D"),
    ("Patients stay two to six days.", "six days", "DURATION", "P6D"),
    ("Prison terms of between three and five years.", "three", "DURATION", "P3Y"),
    ("Prison terms of between three and five years.", "five years", "DURATION",
     "P5Y"),
    ("It takes 12 to 18 months.", "12", "DURATION", "P12M"),
    ("The talks ran from March to May.", "March", "DATE", "2019-03"),
    ("The talks ran from March to May.", "May", "DATE", "2019-05"),
]  # fmt: skip

NOT_RANGES = [
    "Data for 2019-11 show a fall.",  # a year and month, not 2019 to 2011
    "He wrote to May and Hammond.",  # a name after "to"
    "Costs rose $5 to 10 million a year.",
    "The team won 3-2 on penalties.",
]


@pytest.mark.parametrize(
    "case", RANGES, ids=[f"{c[1]}-{i}" for i, c in enumerate(RANGES)]
)
def test_a_range_is_two_expressions(case: Case) -> None:
    check(case)


def test_two_and_a_half_is_no_range() -> None:
    got = [(e.text, e.value) for e in found("The war lasted two and a half years.")]
    assert got == [("two and a half years", "P2Y6M")]


@pytest.mark.parametrize("sentence", NOT_RANGES, ids=[s[:24] for s in NOT_RANGES])
def test_not_ranges(sentence: str) -> None:
    got = [(e.text, e.value) for e in found(sentence)]
    assert not any(
        v in {"2011", "P5Y", "P10M"} or t in {"May", "5", "3"} for t, v in got
    ), got


# ---------------------------------------------------------------- not dates
NOT_DATES = [
    "A 2-year-old was among the dead.",
    "Children aged 18 months to five years were vaccinated.",
    "The vaccine is for children under 5 years of age.",
    "The 45-year-old man was arrested.",
    "He was 18 months old when his father died.",
    "Trading opened at 09:30:00 sharp.",
]

RACE_TIMES: list[Case] = [
    ("Kipchoge finished in 2:08:41 to win the race.", "2:08:41", "DURATION",
     "PT2H8M41S"),
    ("She won the 800 metres in 1:42.35.", "1:42.35", "DURATION", "PT1M42.35S"),
    ("His winning time was 1:02:03.5.", "1:02:03.5", "DURATION", "PT1H2M3.5S"),
]  # fmt: skip

STILL_DURATIONS: list[Case] = [
    ("The child spent 18 months in hospital.", "18 months", "DURATION", "P18M"),
    ("He served five years in prison.", "five years", "DURATION", "P5Y"),
]


@pytest.mark.parametrize("sentence", NOT_DATES, ids=[s[:30] for s in NOT_DATES])
def test_ages_and_clock_readings_are_not_durations(sentence: str) -> None:
    assert [e for e in found(sentence) if str(e.type) == "DURATION"] == []


@pytest.mark.parametrize("case", RACE_TIMES, ids=ids(RACE_TIMES))
def test_race_times_are_durations(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("case", STILL_DURATIONS, ids=ids(STILL_DURATIONS))
def test_amounts_that_are_no_age_stay_durations(case: Case) -> None:
    check(case)


SPORTS: list[Case] = [
    ("Bolt won the final in 9.58 seconds.", "9.58 seconds", "DURATION", "PT9.58S"),
    ("She crossed the line in 2:15:25 in Berlin.", "2:15:25", "DURATION",
     "PT2H15M25S"),
]  # fmt: skip


@pytest.mark.parametrize("case", SPORTS, ids=ids(SPORTS))
def test_sports_results_are_durations(case: Case) -> None:
    check(case)


# ---------------------------------------------------------------- modified points
MODIFIED_POINTS: list[Case] = [
    ("Sales will recover by mid-decade.", "mid-decade", "DATE", "201"),
    ("The deal should close by mid-year.", "mid-year", "DATE", "2019"),
    ("Banks face month-end pressure.", "month-end", "DATE", "2019-11"),
    # a past clause names an end already passed: not December's, still ahead
    ("Shares fell at quarter-end.", "quarter-end", "DATE", "2019-Q3"),
    ("Shares will be rebalanced at quarter-end.", "quarter-end", "DATE", "2019-Q4"),
    ("Profits rose at year-end.", "year-end", "DATE", "2018"),
    ("Profits will rise at year-end.", "year-end", "DATE", "2019"),
    ("In 2015 the plant opened, and by mid-year it was full.", "mid-year", "DATE",
     "2015"),
    ("Debt stood at $4 billion in 1988 and rose by year-end.", "year-end", "DATE",
     "1988"),
    ("Prices will be reviewed at the end of the month.", "the end of the month",
     "DATE", "2019-11"),
]  # fmt: skip


@pytest.mark.parametrize("case", MODIFIED_POINTS, ids=ids(MODIFIED_POINTS))
def test_modified_points(case: Case) -> None:
    check(case)


def test_modified_points_carry_their_mod() -> None:
    mods = {
        e.text: e.mod for e in found("Growth slows by mid-decade and at month-end.")
    }
    assert mods == {"mid-decade": "MID", "month-end": "END"}


def test_mid_as_a_word_prefix_is_not_a_point() -> None:
    assert found("The mid-size firm hired staff.") == []


# ---------------------------------------------------------------- one-word parts of day
POD_WORDS: list[Case] = [
    ("London shares closed lower Friday. They were depressed initially by "
     "overnight losses in New York.", "overnight", "TIME", "2019-11-21TNI"),
    ("The sites struck overnight were linked to the attacks.", "overnight", "TIME",
     "2019-11-25TNI"),
    ("In London at mid-afternoon yesterday, shares were up 2 pence.",
     "mid-afternoon yesterday", "TIME", "2019-11-25TAF"),
    ("By mid afternoon, official sources said the operation was over.",
     "mid afternoon", "TIME", "2019-11-26TAF"),
    ("Talks resumed in midmorning.", "midmorning", "TIME", "2019-11-26TMO"),
]  # fmt: skip


@pytest.mark.parametrize("case", POD_WORDS, ids=ids(POD_WORDS))
def test_one_word_parts_of_day_are_times(case: Case) -> None:
    check(case)


NOT_POD_WORDS = [
    "The overnight rate rose to 5 percent.",
    "Banks borrowed overnight funds at 8 percent.",
    "The singer became an overnight success.",
    "The middle of the road was closed.",
]


@pytest.mark.parametrize("sentence", NOT_POD_WORDS, ids=[s[:24] for s in NOT_POD_WORDS])
def test_loan_rates_and_sudden_success_are_no_night(sentence: str) -> None:
    assert [e.text for e in found(sentence)] == []


# ---------------------------------------------------------------- "daily" the newspaper
NEWSPAPERS = [
    "The letter was published on the front page of the Communist Party daily Granma.",
    "The newspaper of Cuba's Communist Party, daily Granma, published a letter.",
    "The business daily Handelsblatt reported the merger.",
    "Dawn, the Pakistani daily, reported the attack.",
    "The French daily Le Monde reported the deal.",
    "The daily Le Monde reported the deal.",
    "The Israeli daily said the talks had failed.",
    "Britain's Daily Mail said the minister would resign.",
    "The story ran in China Daily, the official newspaper.",
]


@pytest.mark.parametrize("sentence", NEWSPAPERS, ids=[s[-24:] for s in NEWSPAPERS])
def test_a_daily_newspaper_is_no_repetition(sentence: str) -> None:
    assert [e.text for e in found(sentence)] == []


STILL_DAILY: list[Case] = [
    ("Demonstrators gather daily outside the relatives' home.", "daily", "SET", "P1D"),
    ("Qantas plans daily flights between Sydney and Bombay.", "daily", "SET", "P1D"),
    ("The agency gives the daily tally of inspections.", "daily", "SET", "P1D"),
    ("Daily flights resumed on Monday.", "Daily", "SET", "P1D"),
    ("Trains ran daily, officials said.", "daily", "SET", "P1D"),
    ("Flights run daily Monday to Friday.", "daily", "SET", "P1D"),
    ("The paper is published weekly.", "weekly", "SET", "P1W"),
    ("Clinton said in his weekly radio address that it was over.", "weekly", "SET",
     "P1W"),
]  # fmt: skip


@pytest.mark.parametrize("case", STILL_DAILY, ids=ids(STILL_DAILY))
def test_daily_as_a_frequency_is_a_set(case: Case) -> None:
    check(case)


def test_range_head_keeps_the_next() -> None:
    got = [
        (e.text, e.value)
        for e in found("Prices will rise in the next 12 to 18 months.")
    ]
    assert got == [("the next 12", "P12M"), ("18 months", "P18M")]


# ---------------------------------------------------------------- anaphora across sentences
ANAPHORA: list[tuple[str, str, str, str | None]] = [
    ("In March, the company received an offer. The following month, it put "
     "itself up for sale.", "The following month", "2019-04", None),
    ("In March, the company received an offer. By the previous month, it had "
     "cut jobs.", "the previous month", "2019-02", None),
    ("Rents soared in the 1960s. Later in the decade, they fell.",
     "Later in the decade", "196", None),
    ("Rents soared in the 1960s. By the end of the decade, they had fallen.",
     "the end of the decade", "196", "END"),
    ("The church was built at the turn of the 20th century.",
     "the turn of the 20th century", "19", "START"),
]  # fmt: skip


@pytest.mark.parametrize("case", ANAPHORA, ids=[c[1] for c in ANAPHORA])
def test_anaphora_and_turn_of_the_century(
    case: tuple[str, str, str, str | None],
) -> None:
    sentence, span, value, mod = case
    got = [(e.text, e.value, e.mod) for e in found(sentence, dt.date(2019, 11, 26))]
    assert (span, value, mod) in got, got


def test_the_decade_without_one_named_is_the_current_decade() -> None:
    got = [(e.text, e.value) for e in found("Prices rose sharply in the decade.")]
    assert got == [("the decade", "201")]


def test_the_following_month_without_a_month_named_follows_publication() -> None:
    got = [(e.text, e.value) for e in found("The following month, it was sold.")]
    assert got == [("The following month", "2019-12")]


# In 1998 the turn behind is 1900, the one ahead 2000 (tense decides).
TURN_OF_CENTURY = [
    ("By the turn of the century, half the city was gone.", "19"),
    ("At the turn of the century the plant will close.", "20"),
    ("Experts debate the turn of the century.", "20"),
]


@pytest.mark.parametrize("case", TURN_OF_CENTURY, ids=["past", "future", "nearest"])
def test_turn_of_the_century(case: tuple[str, str]) -> None:
    sentence, value = case
    got = [(e.text, e.value, e.mod) for e in found(sentence, dt.date(1998, 5, 1))]
    assert got == [("the turn of the century", value, "START")]


# ---------------------------------------------------------------- lists and "or so"
LISTS: list[Case] = [
    ("The ceremony will be held at the summit on April 24 and 25.", "25", "DATE",
     "2020-04-25"),
    ("Talks were held March 5-6 in Geneva.", "6", "DATE", "2019-03-06"),
    ("The fair runs Nov. 3 to 5, 1999.", "5, 1999", "DATE", "1999-11-05"),
    ("Two new flights will leave on Monday and Tuesday nights.", "Monday", "SET",
     "XXXX-WXX-1TNI"),
    ("The shops close on Saturday and Sundays.", "Saturday", "SET", "XXXX-WXX-6"),
    ("Protesters prayed as Easter week began.", "Easter week", "DATE", "2019-W16"),
    ("The envoy arrived a week or so ago.", "a week or so ago", "DATE", "2019-W47"),
    ("Rates will rise over the next two years or so.", "the next two years or so",
     "DURATION", "P2Y"),
]  # fmt: skip


@pytest.mark.parametrize("case", LISTS, ids=ids(LISTS))
def test_day_lists_shared_plurals_and_or_so(case: Case) -> None:
    check(case)


NOT_SECOND_DAYS = [
    "Prices rose on March 5 and 6 percent more on Friday.",
    "The shop is open May 3 to 5 p.m. only.",
    "They met on March 6 and 5 others joined.",
]


@pytest.mark.parametrize(
    "sentence", NOT_SECOND_DAYS, ids=["percent", "clock", "backwards"]
)
def test_no_second_day_for_amounts_and_clock_times(sentence: str) -> None:
    assert [e.text for e in found(sentence) if e.text.isdigit()] == []


def test_weekdays_joined_by_and_stay_dates() -> None:
    got = [(e.text, str(e.type)) for e in found("They met Monday and Tuesday.")]
    assert got == [("Monday", "DATE"), ("Tuesday", "DATE")]


def test_or_so_is_approximate() -> None:
    got = [e.mod for e in found("The envoy arrived a week or so ago.")]
    assert got == ["APPROX"]


# ---------------------------------------------------------------- financial periods
PERIODS: list[tuple[str, str, str, str]] = [
    ("Net for the third quarter rose 8%. In the 1988 period, the company earned "
     "$20 million.", "the 1988 period", "DATE", "1988-Q3"),
    ("The 1988 period was hard for the industry.", "The 1988 period", "DATE", "1988"),
    ("Net for the year-earlier nine months included a gain.",
     "the year-earlier nine months", "DURATION", "P9M"),
    ("Profit in the year-ago six months fell.", "the year-ago six months",
     "DURATION", "P6M"),
]  # fmt: skip


@pytest.mark.parametrize("case", PERIODS, ids=[c[1] for c in PERIODS])
def test_financial_periods(case: tuple[str, str, str, str]) -> None:
    check(case, dt.date(1989, 10, 26))


def test_a_year_period_does_not_change_the_topic_quarter() -> None:
    text = (
        "Net for the third quarter rose 8%. In the 1988 period, the company "
        "earned $20 million. A year earlier, sales were flat."
    )
    got = [(e.text, e.value) for e in found(text, dt.date(1989, 10, 26))]
    assert ("A year earlier", "1988-Q3") in got, got


def test_a_period_of_time_is_no_quarter() -> None:
    assert [e.text for e in found("It was a period of calm.")] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan covers the period 2025-2030.",
        "In the period 2010 to 2015, exports doubled.",
    ],
    ids=["hyphen", "to"],
)
def test_the_period_before_years_is_those_years(sentence: str) -> None:
    got = [(e.text, e.value) for e in found(sentence)]
    assert [v for _, v in got] == [
        v for v in ("2025", "2030", "2010", "2015") if v in sentence
    ]
    assert not any("Q" in v for _, v in got), got


# ---------------------------------------------------------------- more amounts and years
MORE: list[tuple[str, str, str, str]] = [
    ("The loan may be extended for an additional year.", "an additional year",
     "DURATION", "P1Y"),
    ("It achieved profitability after several quarters of losses.",
     "several quarters", "DURATION", "PXQ"),
    ("Profit grew after six straight quarters of growth.", "six straight quarters",
     "DURATION", "P6Q"),
    ("Sales in the latest fiscal year rose 8%.", "the latest fiscal year", "DATE",
     "1988"),
]  # fmt: skip


@pytest.mark.parametrize("case", MORE, ids=[c[1] for c in MORE])
def test_additional_units_quarters_and_latest(case: tuple[str, str, str, str]) -> None:
    check(case, dt.date(1989, 10, 26))


@pytest.mark.parametrize(
    "sentence",
    ["He won a quarter of the vote.", "Three quarters of the members agreed."],
    ids=["a-quarter-of", "three-quarters-of"],
)
def test_shares_are_no_quarters(sentence: str) -> None:
    assert [e.text for e in found(sentence)] == []


# ---------------------------------------------------------------- days named by an event
DAY_OF: list[tuple[str, str, str]] = [
    ("It's the second day of an offensive by the security forces.", "the second day",
     "2019-11-26"),
    ("In Saudi Arabia, today is the eighth day of Desert Shield.", "the eighth day",
     "2019-11-26"),
    ("Slepian was killed Oct. 23. Two men came to his house the day after his death.",
     "the day", "2019-10-24"),
    ("Eight trading days after Oct. 12, the day before the plunge, the index fell.",
     "the day", "2019-10-12"),
    ("The day before last Tuesday's hearing, Manuel went home.",
     "The day before last Tuesday", "2019-11-18"),
    ("He vowed to do so on his first day in office.", "first day", "XXXX-XX-XX"),
]  # fmt: skip


@pytest.mark.parametrize("case", DAY_OF, ids=[c[0][:32] for c in DAY_OF])
def test_days_named_by_an_event(case: tuple[str, str, str]) -> None:
    sentence, span, value = case
    got = [(e.text, e.value) for e in found(sentence)]
    assert (span, value) in got, got


@pytest.mark.parametrize(
    "sentence",
    ["He wanted his day in court.", "It was a day of reckoning.", "Day after day."],
    ids=["day-in-court", "a-day-of", "day-after-day"],
)
def test_idioms_are_no_day(sentence: str) -> None:
    assert [e.text for e in found(sentence) if e.rule == "day_of"] == []


# ---------------------------------------------------------------- stretches next to an event
AROUND: list[Case] = [
    ("His car was spotted in the weeks before the shooting.", "weeks", "DATE",
     "XXXX-XX"),
    ("Investigators said the car was seen in the days before the slaying.", "days",
     "DATE", "XXXX-XX"),
    ("In the years that followed, the guerrillas waged war.", "years", "DURATION",
     "PXY"),
]  # fmt: skip


@pytest.mark.parametrize("case", AROUND, ids=ids(AROUND))
def test_stretches_next_to_an_event(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    "sentence",
    ["These are the days after all.", "Those were the days."],
    ids=["after-all", "no-anchor"],
)
def test_no_stretch_without_an_anchor(sentence: str) -> None:
    assert [e.text for e in found(sentence)] == []


FULL_YEAR: list[Case] = [
    ("Sales for the full year were $6.6 billion.", "the full year", "DATE", "1989"),
    ("In 1988, sales for the full year fell.", "the full year", "DATE", "1988"),
    ("It rained the whole year.", "the whole year", "DURATION", "P1Y"),
    ("He served a full year in prison.", "a full year", "DURATION", "P1Y"),
]  # fmt: skip


@pytest.mark.parametrize("case", FULL_YEAR, ids=ids(FULL_YEAR))
def test_the_full_year_is_the_year_reported(case: Case) -> None:
    check(case, dt.date(1989, 11, 2))


def test_a_weekday_inside_the_aside_gives_the_day() -> None:
    text = "The father will leave at 4 in the morning (4 a.m. EDT Thursday), he said."
    got = [(e.text, e.value) for e in found(text, dt.date(2000, 4, 5))]
    assert ("4 in the morning", "2000-04-06T04:00") in got, got


VAGUE_AND_PREFIXED: list[tuple[str, str, str, str, str | None]] = [
    ("Forces could be in the region for some time.", "some time", "DURATION", "PXX",
     None),
    ("They will have to live without it for a while.", "a while", "DURATION", "PXX",
     None),
    ("We are there to stay for a fairly lengthy period.", "a fairly lengthy period",
     "DURATION", "PXX", None),
    ("The post-1959 politics split families.", "post-1959", "DATE", "1959", "AFTER"),
    ("Maps of pre-1914 Europe were shown.", "pre-1914", "DATE", "1914", "BEFORE"),
]  # fmt: skip


@pytest.mark.parametrize(
    "case", VAGUE_AND_PREFIXED, ids=[c[1] for c in VAGUE_AND_PREFIXED]
)
def test_vague_durations_and_prefixed_years(
    case: tuple[str, str, str, str, str | None],
) -> None:
    sentence, span, tp, value, mod = case
    got = [(e.text, str(e.type), e.value, e.mod) for e in found(sentence)]
    assert (span, tp, value, mod) in got, got


@pytest.mark.parametrize(
    "sentence",
    ["It took some time to decide.", "He stayed for a period of calm."],
    ids=["no-for", "period-of"],
)
def test_vague_amounts_need_for(sentence: str) -> None:
    assert [e.text for e in found(sentence) if e.rule == "vague_duration"] == []


TOPIC_QUARTER = [
    (
        "Net rose in the third quarter. He expects losses through the third quarter "
        "of 1990. In the year-ago period, it earned $101 million.",
        "1988-Q3",
    ),
    (
        "Ralston reported a decline in fourth-quarter earnings. It earned $45 million, "
        "compared with $84 million a year earlier.",
        "1988-Q4",
    ),
]


@pytest.mark.parametrize("case", TOPIC_QUARTER, ids=["forecast", "reported"])
def test_a_forecast_quarter_is_not_the_topic(case: tuple[str, str]) -> None:
    text, value = case
    got = [e.value for e in found(text, dt.date(1989, 11, 2))]
    assert got[-1] == value, got


CENTURIES: list[Case] = [
    ("It was one of the significant events of the past century.", "the past century",
     "DURATION", "P100Y"),
    ("Rents rose sharply in the past decade.", "the past decade", "DURATION", "P10Y"),
    ("The city grew fast in the last century.", "the last century", "DATE", "18"),
    ("The 19th century saw the railway arrive.", "The 19th century", "DATE", "18"),
]  # fmt: skip


@pytest.mark.parametrize("case", CENTURIES, ids=ids(CENTURIES))
def test_past_and_last_century(case: Case) -> None:
    check(case, dt.date(1989, 11, 1))


def test_second_day_takes_no_year_from_an_unrelated_date() -> None:
    got = dates.extract(
        Document("April 24 and 25, 1998. Talks on April 24 and 25."), None
    )
    assert [(e.text, e.value) for e in got][-1] == ("25", "XXXX-04-25")
