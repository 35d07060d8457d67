"""Dates stage: a fifth set of general rules of English news.

Found by reading passages written in the wire, broadcast and sports-results
styles (politics, markets, courts, athletics, weather, conflict) against
publication dates of the 1990s and 2020s. Each table holds the span, TIMEX3
type and value (or mod) expected, and the look-alikes that read otherwise or
are not tagged:

- "over" before an amount of time is "more than" only after a preposition, a
  copula or a verb of measure ("for over two years", "lasted over a week") or
  before "ago", "of", "since"...; after a verb of activity it is "during" and
  gives no mod ("fighting raged over two days", `data/over_amounts.tsv`);
- a clock time with a day of the month alone is one TIME on that day ("6
  p.m. on the 20th"), placed as "on the 20th" is;
- "in as many years" repeats the count before it: "the third general
  election in as many years" is three years (`P3Y`); with no count before,
  nothing is tagged;
- a race result reads to the fraction of a second as one amount ("27 minutes
  7.3 seconds" `PT27M7.3S`);
- a capitalised amount after the article that opens a sentence is still a
  name ("The Six-Day War began"), as it is inside one;
- "be" + "to"-infinitive is an arrangement ahead ("the minister is to visit
  Brussels in May", told in June, is next May); a modal of possibility or
  need ("may", "might", "must", "should", "can") without a perfect names what
  is not yet done, and an end point whose clause is a plain future ("troops
  will stay until May") lies ahead;
- a four-digit figure before a time zone is a 24-hour clock time, never a
  year ("8.15 p.m. (2015 GMT)").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .support import DateCase as Case
from .support import check_date_case as check
from .support import date_triples as triples
from .support import dates_found as found

_THU = "2024-03-14"  # Thursday
_JUNE = "2024-06-20"  # Thursday
_SAT = "2024-06-22"
_AUG96 = "1996-08-22"  # Thursday
_MAR97 = "1997-03-06"  # Thursday


def _rows(cls: str) -> list[tuple[str, str]]:
    path = (
        Path(__file__).resolve().parent.parent / "newsfacts/dates/data/over_amounts.tsv"
    )
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        c, word, example = line.split("\t")
        if c == cls:
            out.append((word, example.split(" (")[0]))
    return out


# (text, span, mod): "over" as "during" gives no mod, as "more than" MORE_THAN.
OVER: list[tuple[str, str, str | None]] = [
    (
        "The fighting raged over two days after the ceasefire collapsed.",
        "two days",
        None,
    ),
    ("Negotiators met over two days in Geneva last week.", "two days", None),
    ("The loan will be repaid over 10 years.", "10 years", None),
    ("Over three days, rescuers pulled 40 people from the rubble.", "three days", None),
    ("The system evolved over several years.", "several years", None),
    ("Talks stretched over years.", "years", None),
    (
        "Shares fell 9 percent over two sessions and 4 percent over a week.",
        "a week",
        None,
    ),
    (
        "The festival drew crowds over more than two days.",
        "more than two days",
        "MORE_THAN",
    ),
    ("He has lived there for over two years.", "two years", "MORE_THAN"),
    ("The hearing took over three hours.", "three hours", "MORE_THAN"),
    ("The talks lasted over a week.", "over a week", "MORE_THAN"),
    ("It was the first rise in over a decade.", "over a decade", "MORE_THAN"),
    ("The vote came after over two years of talks.", "two years", "MORE_THAN"),
    ("The wait was over two hours at some stations.", "two hours", "MORE_THAN"),
    ("The plant closed over two years ago.", "over two years ago", "MORE_THAN"),
    ("The deal came just over a week after the vote.", "just over a week", "MORE_THAN"),
    ("The delays were well over two hours.", "two hours", "MORE_THAN"),
]


@pytest.mark.parametrize("text,span,mod", OVER, ids=[t[:40] for t, _, _ in OVER])
def test_over_an_amount(text: str, span: str, mod: str | None) -> None:
    got = [(e.text, e.mod) for e in found(text, _THU)]
    assert (span, mod) in got, got


@pytest.mark.parametrize("word,example", _rows("before"))
def test_over_after_a_word_of_measure(word: str, example: str) -> None:
    """Each row's example reads "over" after the word as "more than"; the same
    amount after a verb of activity ("spread over") has no mod."""
    assert f"{word} over" in example
    mods = [e.mod for e in found(example + ".", _THU) if e.type == "DURATION"]
    assert "MORE_THAN" in mods, (example, mods)
    during = found(example.replace(f"{word} over", "spread over") + ".", _THU)
    assert [e.mod for e in during if e.type == "DURATION"] == [None], during


@pytest.mark.parametrize("word,example", _rows("after"))
def test_over_before_a_word_of_measure(word: str, example: str) -> None:
    """Each row's example reads "over" before the word as "more than"."""
    assert word in example.split()
    mods = [e.mod for e in found(example + ".", _THU)]
    assert "MORE_THAN" in mods, (example, mods)


CLOCK_DAY: list[Case] = [
    (
        _THU,
        "Voting will close at 6 p.m. on the 20th, the commission said.",
        "6 p.m. on the 20th",
        "TIME",
        "2024-03-20T18:00",
    ),
    (
        _THU,
        "Polls opened at 7 a.m. on the 12th.",
        "7 a.m. on the 12th",
        "TIME",
        "2024-03-12T07:00",
    ),
    (
        _THU,
        "Polls opened at 7 a.m. on the 20th.",
        "7 a.m. on the 20th",
        "TIME",
        "2024-02-20T07:00",
    ),
    (
        _THU,
        "The ceasefire expires at midnight on the 31st.",
        "midnight on the 31st",
        "TIME",
        "2024-03-31T24:00",
    ),
    (
        _THU,
        "The vote is set for 1400 GMT on the 3rd of next month.",
        "1400 GMT on the 3rd of next month",
        "TIME",
        "2024-04-03T14:00",
    ),
    # Told as past in March, "the 31st" is not February's: January's.
    (
        _THU,
        "The siege began at 6 a.m. on the 31st.",
        "6 a.m. on the 31st",
        "TIME",
        "2024-01-31T06:00",
    ),
    (_THU, "The rally began on the 31st.", "the 31st", "DATE", "2024-01-31"),
]


@pytest.mark.parametrize("case", CLOCK_DAY, ids=[c[1][:40] for c in CLOCK_DAY])
def test_a_clock_time_on_a_day_of_the_month(case: Case) -> None:
    check(case)
    published, text, _, _, _ = case
    assert len(found(text, published)) == 1


def test_a_clock_time_before_an_ordinal_noun() -> None:
    """ "on the 15th floor" is no day: the clock time stays the news day's."""
    assert triples("The strike starts at 9 a.m. on the 15th floor.", _THU) == [
        ("9 a.m.", "TIME", "2024-03-14T09:00")
    ]


AS_MANY: list[Case] = [
    (
        _THU,
        "Voters went to the polls on Sunday in the third general election in as many years.",
        "as many years",
        "DURATION",
        "P3Y",
    ),
    (
        _THU,
        "It was the fourth prime minister in as many years.",
        "as many years",
        "DURATION",
        "P4Y",
    ),
    (
        _THU,
        "Militants carried out three attacks in as many days.",
        "as many days",
        "DURATION",
        "P3D",
    ),
    (
        _THU,
        "The vote was the second in as many weeks.",
        "as many weeks",
        "DURATION",
        "P2W",
    ),
    (
        _THU,
        "Police made 12 arrests in as many hours.",
        "as many hours",
        "DURATION",
        "PT12H",
    ),
]


@pytest.mark.parametrize("case", AS_MANY, ids=[c[1][:40] for c in AS_MANY])
def test_as_many_units_repeat_the_count(case: Case) -> None:
    check(case)
    published, text, _, _, _ = case
    assert all("PX" not in e.value for e in found(text, published))


@pytest.mark.parametrize(
    "text",
    [
        "It has happened in as many years as anyone remembers.",
        "Few remember an election in as many years.",
    ],
)
def test_as_many_without_a_count(text: str) -> None:
    assert all(not e.text.startswith("as many") for e in found(text, _THU))
    assert all("P" not in e.value[:1] or "X" in e.value for e in found(text, _THU))


RACE: list[Case] = [
    (
        _AUG96,
        "The Kenyan finished in 27 minutes 7.3 seconds.",
        "27 minutes 7.3 seconds",
        "DURATION",
        "PT27M7.3S",
    ),
    (
        _AUG96,
        "1. Noureddine Morceli (Algeria) 3 minutes 32.11 seconds",
        "3 minutes 32.11 seconds",
        "DURATION",
        "PT3M32.11S",
    ),
    (
        _AUG96,
        "Kiprotich won the marathon in two hours 10 minutes 35 seconds.",
        "two hours 10 minutes 35 seconds",
        "DURATION",
        "PT2H10M35S",
    ),
    (_AUG96, "Johnson won in 19.32 seconds.", "19.32 seconds", "DURATION", "PT19.32S"),
]


@pytest.mark.parametrize("case", RACE, ids=[c[1][:40] for c in RACE])
def test_race_results_to_the_fraction(case: Case) -> None:
    check(case)
    published, text, _, _, _ = case
    assert len(found(text, published)) == 1


def test_a_decimal_stays_in_seconds() -> None:
    """Only seconds take a fraction: "2.5 hours" keeps its own reading."""
    assert ("2.5 hours", "DURATION", "PT2H30M") in triples(
        "The delay was 2.5 hours.", _THU
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Six-Day War began in 1967.",
        "The Hundred Years' War ended.",
        "The Thirty Years War devastated Europe.",
        "Israel seized the land in the Six-Day War of 1967.",
    ],
)
def test_an_amount_in_a_name(text: str) -> None:
    assert [e.text for e in found(text, _THU)] in ([], ["1967"])


def test_an_amount_opening_a_sentence_is_found() -> None:
    assert ("Two days later", "DATE") in [
        (e.text, str(e.type)) for e in found("Two days later, the talks resumed.", _THU)
    ]
    assert ("Three years", "DURATION", "P3Y") in triples(
        "Three years have passed since the flood.", _THU
    )


AHEAD: list[Case] = [
    (_JUNE, "The minister is to travel to Brussels in May.", "May", "DATE", "2025-05"),
    (
        _JUNE,
        "Britain's prime minister is to visit Washington on Monday.",
        "Monday",
        "DATE",
        "2024-06-24",
    ),
    (_JUNE, "The bank may raise rates in May.", "May", "DATE", "2025-05"),
    (_JUNE, "Officials said the bridge might reopen in May.", "May", "DATE", "2025-05"),
    (_JUNE, "Talks should resume in May, the minister said.", "May", "DATE", "2025-05"),
    (
        _JUNE,
        "The company said it can deliver the first jets in May.",
        "May",
        "DATE",
        "2025-05",
    ),
    (_SAT, "The council may vote Friday on the plan.", "Friday", "DATE", "2024-06-28"),
    (_JUNE, "Troops will stay until May.", "May", "DATE", "2025-05"),
    (_JUNE, "The company will finish the work by May.", "May", "DATE", "2025-05"),
    (_JUNE, "Exporters must register by May.", "May", "DATE", "2025-05"),
    # Told as past, or with a perfect, they stay behind.
    (
        _SAT,
        "The council may have voted Friday on the plan.",
        "Friday",
        "DATE",
        "2024-06-21",
    ),
    (_JUNE, "He was to visit Washington on Monday.", "Monday", "DATE", "2024-06-17"),
    (_JUNE, "Troops stayed until May.", "May", "DATE", "2024-05"),
    (_JUNE, "The company finished the work by May.", "May", "DATE", "2024-05"),
    (_JUNE, "Exports fell in May, data showed on Thursday.", "May", "DATE", "2024-05"),
    (
        _JUNE,
        "He could not travel in May because of an injury.",
        "May",
        "DATE",
        "2024-05",
    ),
    # The modal of another clause does not reach a past verb's time.
    (
        "2000-01-15",
        "The agency had ruled that the boy must be returned to his father, and set "
        "Friday as the deadline.",
        "Friday",
        "DATE",
        "2000-01-14",
    ),
]


@pytest.mark.parametrize("case", AHEAD, ids=[c[1][:40] for c in AHEAD])
def test_plans_and_modals_look_ahead(case: Case) -> None:
    check(case)


ZONE_NOT_YEAR: list[tuple[str, str]] = [
    ("Police said the bomb went off at about 8.15 p.m. (2015 GMT).", "about 8.15 p.m."),
    ("The bomb went off at 9.15 p.m. (1915 GMT).", "9.15 p.m."),
    ("The match kicked off at 8pm (2000 GMT).", "8pm"),
]


@pytest.mark.parametrize(
    "text,clock", ZONE_NOT_YEAR, ids=[t[:40] for t, _ in ZONE_NOT_YEAR]
)
def test_a_clock_figure_before_a_zone_is_no_year(text: str, clock: str) -> None:
    got = found(text, _MAR97)
    assert [e.text for e in got] == [clock]
    assert all(e.type == "TIME" for e in got)


@pytest.mark.parametrize(
    "text,year",
    [
        ("The bomb went off at 2015 GMT.", None),
        ("The plant opened in 2015 and closed in 2020.", "2015"),
        ("Profit rose in 2019, GMT Corp said.", "2019"),
    ],
)
def test_years_beside_zones(text: str, year: str | None) -> None:
    values = [e.value for e in found(text, _MAR97) if e.type == "DATE"]
    assert values[:1] == ([year] if year else [])


CLOCK_WORDS: list[Case] = [
    (
        _THU,
        "We had dinner at eight o'clock.",
        "eight o'clock",
        "TIME",
        "2024-03-14T08:00",
    ),
    (
        _THU,
        "The train leaves at seven in the morning.",
        "seven in the morning",
        "TIME",
        "2024-03-14T07:00",
    ),
    (
        _THU,
        "The movie starts at a quarter past seven.",
        "a quarter past seven",
        "TIME",
        "2024-03-14T07:15",
    ),
    (
        _THU,
        "She woke up at half past six.",
        "half past six",
        "TIME",
        "2024-03-14T06:30",
    ),
    (
        _THU,
        "Doors close at a quarter to nine.",
        "a quarter to nine",
        "TIME",
        "2024-03-14T08:45",
    ),
    (_THU, "He arrived at eleven p.m.", "eleven p.m.", "TIME", "2024-03-14T23:00"),
    (
        _THU,
        "The fire broke out at around three in the afternoon.",
        "around three in the afternoon",
        "TIME",
        "2024-03-14T15:00",
    ),
    (
        _THU,
        "They met at about eight o'clock yesterday.",
        "about eight o'clock yesterday",
        "TIME",
        "2024-03-13T08:00",
    ),
    (
        _THU,
        "The museum opens at half past nine on Saturday.",
        "half past nine on Saturday",
        "TIME",
        "2024-03-16T09:30",
    ),
    (
        _THU,
        "Dinner is at 8 in the evening.",
        "8 in the evening",
        "TIME",
        "2024-03-14T20:00",
    ),
]


@pytest.mark.parametrize("case", CLOCK_WORDS, ids=[c[1][:40] for c in CLOCK_WORDS])
def test_clock_times_in_words(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    "text",
    [
        "Two sessions were held, one in the morning and one in the evening.",
        "The shop is open from ten to five.",
        "He was one of five past presidents at the dinner.",
        "Seven past champions attended.",
        "A quarter of the vote went to the party.",
        "Only one in the afternoon group passed.",
    ],
)
def test_numbers_that_are_no_clock_time(text: str) -> None:
    assert all(e.rule != "clock_words" for e in found(text, _THU)), found(text, _THU)


@pytest.mark.parametrize(
    "text,span,value",
    [
        (
            "Police arrived at about noon on Friday.",
            "about noon on Friday",
            "2024-03-08T12:00",
        ),
        ("Talks will end at around midnight.", "around midnight", "2024-03-14T24:00"),
    ],
)
def test_about_noon_and_midnight(text: str, span: str, value: str) -> None:
    """ "about", "around" before noon or midnight are its mod APPROX, as for
    "about 10:35 a.m."; "High Noon" stays a title."""
    got = [(e.text, e.value, e.mod) for e in found(text, _THU)]
    assert (span, value, "APPROX") in got, got
    assert found("It was High Noon for the party.", _THU) == []


DECADE_SPANS: list[Case] = [
    (
        _THU,
        "Growth averaged 2% in the decade to 2020.",
        "the decade",
        "DURATION",
        "P10Y",
    ),
    (
        _THU,
        "Emissions fell 10% in the decade since 2010.",
        "the decade",
        "DURATION",
        "P10Y",
    ),
    (
        _THU,
        "Prices doubled in the century to 1900.",
        "the century",
        "DURATION",
        "P100Y",
    ),
    # Without a bounding year it is the decade named or the current one.
    (
        _THU,
        "The plan runs until the end of the decade.",
        "the end of the decade",
        "DATE",
        "202",
    ),
    (_THU, "The firm grew in the decade.", "the decade", "DATE", "202"),
]


@pytest.mark.parametrize("case", DECADE_SPANS, ids=[c[1][:40] for c in DECADE_SPANS])
def test_a_decade_bounded_by_a_year(case: Case) -> None:
    check(case)


PRENOMINAL_DAYS: list[Case] = [
    # A date before the noun of its event, after a possessive or an article:
    # the noun's time, which the clause's future does not move ahead.
    (
        "2024-11-07",
        "Finance minister Rachel Reeves's Oct. 30 budget would add to inflation.",
        "Oct. 30",
        "DATE",
        "2024-10-30",
    ),
    (
        "2024-11-07",
        "The Oct. 30 budget will add to inflation.",
        "Oct. 30",
        "DATE",
        "2024-10-30",
    ),
    (
        "2024-11-07",
        "The Fed's Dec. 18 meeting will be watched closely.",
        "Dec. 18",
        "DATE",
        "2024-12-18",
    ),
    (
        "2024-11-07",
        "The company announced a Dec. 15 deadline for bids.",
        "Dec. 15",
        "DATE",
        "2024-12-15",
    ),
    # Not before a noun, the future still looks ahead.
    (
        "2024-11-07",
        "The budget will be presented on Oct. 30.",
        "Oct. 30",
        "DATE",
        "2025-10-30",
    ),
    (
        "2024-11-07",
        "It's Monday night football.",
        "Monday night",
        "TIME",
        "2024-11-04TNI",
    ),
]


@pytest.mark.parametrize(
    "case", PRENOMINAL_DAYS, ids=[c[1][:40] for c in PRENOMINAL_DAYS]
)
def test_a_date_before_the_noun_of_its_event(case: Case) -> None:
    check(case)


_DEC = "2024-12-07"  # Saturday

SHARES_AND_ENDS: list[Case] = [
    # A negated modal looks ahead as the modal does.
    (
        _DEC,
        "Polls show the far right would win an early election, which cannot be "
        "held before July under the constitution.",
        "July",
        "DATE",
        "2025-07",
    ),
    (_DEC, "The vote can't take place before March.", "March", "DATE", "2025-03"),
    # A share of an hour is its minutes, not an hour.
    (
        _DEC,
        "The meeting lasted a quarter of an hour.",
        "a quarter of an hour",
        "DURATION",
        "PT15M",
    ),
    (
        _DEC,
        "He waited three quarters of an hour.",
        "three quarters of an hour",
        "DURATION",
        "PT45M",
    ),
    (
        _DEC,
        "I will serve until the last quarter of an hour of my mandate.",
        "the last quarter of an hour",
        "DURATION",
        "PT15M",
    ),
    (
        _DEC,
        "A quarter of a century has passed.",
        "A quarter of a century",
        "DURATION",
        "P25Y",
    ),
    (_DEC, "Nearly half an hour passed.", "Nearly half an hour", "DURATION", "PT30M"),
    # "the last quarter of" a year is its fourth; alone, the one before now.
    (
        _DEC,
        "Profit rose in the last quarter of 2023.",
        "the last quarter of 2023",
        "DATE",
        "2023-Q4",
    ),
    (
        _DEC,
        "Profit rose in the last quarter of the year.",
        "the last quarter of the year",
        "DATE",
        "2024-Q4",
    ),
    (
        _DEC,
        "Profit fell in the last quarter of last year.",
        "the last quarter of last year",
        "DATE",
        "2023-Q4",
    ),
    (_DEC, "Profit rose in the last quarter.", "the last quarter", "DATE", "2024-Q3"),
]


@pytest.mark.parametrize(
    "case", SHARES_AND_ENDS, ids=[c[1][:40] for c in SHARES_AND_ENDS]
)
def test_negated_modals_shares_of_an_hour_last_quarters(case: Case) -> None:
    check(case)


def test_a_quarter_of_the_vote_is_no_time() -> None:
    assert found("A quarter of the vote went to the party.", _DEC) == []


END_HOURS_TODAY: list[Case] = [
    # A clock time of the news day's weekday after "until" can still be ahead.
    (
        _DEC,
        "A red warning for wind is in place until 11:00 GMT on Saturday.",
        "11:00 GMT on Saturday",
        "TIME",
        "2024-12-07T11:00",
    ),
    (
        "2024-12-09",
        "The launch was delayed until 09:00 GMT Monday.",
        "09:00 GMT Monday",
        "TIME",
        "2024-12-09T09:00",
    ),
    # A weekday alone after an end point is never the news day.
    (
        "2024-12-09",
        "The hearing was postponed until Monday.",
        "Monday",
        "DATE",
        "2024-12-16",
    ),
    (
        "2024-12-10",
        "The launch was delayed until 09:00 GMT Monday.",
        "09:00 GMT Monday",
        "TIME",
        "2024-12-16T09:00",
    ),
]


@pytest.mark.parametrize(
    "case", END_HOURS_TODAY, ids=[c[1][:40] for c in END_HOURS_TODAY]
)
def test_an_end_hour_of_the_news_day(case: Case) -> None:
    check(case)
