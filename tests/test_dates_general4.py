"""Dates stage: a fourth set of general rules of English news.

Found by reading whole passages written in the wire and broadcast styles
(politics, markets, courts, sport, weather, culture) against one publication
date, a Thursday in mid-March. Each table holds the span, TIMEX3 type and
value expected, and the look-alikes that read otherwise or are not tagged:

- a plain past of the verb a month hangs on names a month that has begun
  ("the rally was held in April" told in March is last April), where a month
  inside a noun's phrase ("told companies of a cutback in its supply in
  September") or an end point ("by April") keeps its reading;
- a "to"-infinitive after a place, person or adverb is the purpose of the
  past act before it ("flew to Berlin to attend a summit on Saturday" is last
  Saturday), where a noun's plan, a directive or a future keeps looking ahead;
- "the week before" after a week just named is the week before that one
  ("Last week, three ministers resigned. The week before, ...");
- "the full year" in a past clause is the (fiscal) year the sentence before
  named, else, told in the first quarter, last year;
- "the final two quarters of 2023" is a half, as "the last two quarters" is;
- a reduced relative's own past dates what it names ("cuts agreed in
  November are due to run through June" is last November), where a
  participle of planning or "for" ("a service planned for Saturday was
  canceled") leaves the time to the clause's verb;
- a timetable verb after the subject's aside, read by the tagger as a noun
  ("Arsenal, beaten on Tuesday, face Chelsea on Saturday": ahead);
- a present "is"/"are" with "in" and the time is a timetable ("the match is
  in October", "elections are due in the autumn": ahead);
- a day of the month alone after a preposition of a point or an end ("is
  planned for the 23rd", "until the 20th"), as after "on";
- "mid-century" is the middle of a century (a past clause told before it
  names the last one's, as for "mid-decade"), not a style of design ("a
  mid-century modern house");
- a range of bare months ends on or after its start ("prices rose from
  March to May" is March to May of last year);
- "midnight on March 22", "noon on 2 April" are one TIME on that day;
- clock times of the story's day: an evening hour with its day names that
  day's night for "overnight"; a past clock time that took the story's day
  names it for the next sentence, and one not told as past goes on with a
  day ahead named in the sentence before ("host United on Sunday. Kick-off is
  at 4.30pm"); a future clock time is not on a day already over; "between
  midnight and 3am" begins at the 00:00 of the morning's day.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .support import DateCase as Case
from .support import check_date_case as check
from .support import date_triples as triples
from .support import dates_found as found

_THU = "2024-03-14"  # Thursday
_AUG = "1990-08-16"  # Thursday

PAST_MONTHS: list[Case] = [
    # The month hangs on a past verb: it has begun, so it is last year's.
    (_THU, "The rally was held in April.", "April", "DATE", "2023-04"),
    (_THU, "The firm hired advisers in April.", "April", "DATE", "2023-04"),
    (
        _THU,
        "The firm hired advisers in April to sell the unit.",
        "April",
        "DATE",
        "2023-04",
    ),
    (_THU, "Workers walked out on April 2 over pay.", "April 2", "DATE", "2023-04-02"),
    (_THU, "The company said sales rose in April.", "April", "DATE", "2023-04"),
    (_THU, "Inflation fell to 2.3% in April.", "April", "DATE", "2023-04"),
    (_THU, "Sales rose 12% to $5 billion in April.", "April", "DATE", "2023-04"),
    (
        _THU,
        "In the year-ago quarter, the second quarter ended April 30, it lost $12 million.",
        "April 30",
        "DATE",
        "2023-04-30",
    ),
    (_THU, "The two leaders met in April in Geneva.", "April", "DATE", "2023-04"),
    # A month inside a noun's phrase: the noun's event has the time.
    (
        _AUG,
        "Saudi Arabia told oil companies of a 15-20 percent cutback in its oil "
        "supply in September.",
        "September",
        "DATE",
        "1990-09",
    ),
    (
        _AUG,
        "He had been talking about the slated visit of the Commerce Secretary "
        "in September.",
        "September",
        "DATE",
        "1990-09",
    ),
    # A month before a noun names that noun's time.
    ("2024-02-20", "Negotiators missed a March deadline.", "March", "DATE", "2024-03"),
    # Plans, end points and futures: ahead, as before.
    (_THU, "The vote was scheduled for April.", "April", "DATE", "2024-04"),
    (_THU, "The vote was postponed to April.", "April", "DATE", "2024-04"),
    (_THU, "The hearing was set for April 2.", "April 2", "DATE", "2024-04-02"),
    (
        _THU,
        "The board approved a plan to hold the vote in April.",
        "April",
        "DATE",
        "2024-04",
    ),
    (_THU, "The law must be passed by May.", "May", "DATE", "2024-05"),
    (_THU, "He will visit Washington in April.", "April", "DATE", "2024-04"),
    # The current month has begun whatever the tense.
    (_THU, "The rally was held in March.", "March", "DATE", "2024-03"),
]


@pytest.mark.parametrize("case", PAST_MONTHS, ids=[c[1][:40] for c in PAST_MONTHS])
def test_a_past_verb_names_a_month_begun(case: Case) -> None:
    check(case)


MONTH_RANGES: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (
        _THU,
        "Prices rose from March to May.",
        [("March", "DATE", "2023-03"), ("May", "DATE", "2023-05")],
    ),
    (
        _THU,
        "Prices will rise from March to May.",
        [("March", "DATE", "2024-03"), ("May", "DATE", "2024-05")],
    ),
    (
        _THU,
        "The exhibition ran from November to January.",
        [("November", "DATE", "2023-11"), ("January", "DATE", "2024-01")],
    ),
    (
        _THU,
        "The exhibition will run from November to January.",
        [("November", "DATE", "2024-11"), ("January", "DATE", "2025-01")],
    ),
    (
        _THU,
        "Voting took place between June and August.",
        [("June", "DATE", "2023-06"), ("August", "DATE", "2023-08")],
    ),
    (
        _THU,
        "The exhibition runs from April to June.",
        [("April", "DATE", "2024-04"), ("June", "DATE", "2024-06")],
    ),
    # A year on the end still decides.
    (
        _THU,
        "Prices rose from March to May 2022.",
        [("March", "DATE", "2022-03"), ("May 2022", "DATE", "2022-05")],
    ),
    # A list, not a range: each month keeps its own reading.
    (
        _THU,
        "The company hired staff in March and May.",
        [("March", "DATE", "2024-03"), ("May", "DATE", "2023-05")],
    ),
]


@pytest.mark.parametrize("case", MONTH_RANGES, ids=[c[1][:40] for c in MONTH_RANGES])
def test_a_range_of_months_ends_after_its_start(
    case: tuple[str, str, list[tuple[str, str, str]]],
) -> None:
    published, text, want = case
    assert triples(text, published) == want


NOON_ON_A_DATE: list[Case] = [
    (
        _THU,
        "Funding runs out at midnight on March 22.",
        "midnight on March 22",
        "TIME",
        "2024-03-22T24:00",
    ),
    (
        _THU,
        "The deadline is noon on 2 April.",
        "noon on 2 April",
        "TIME",
        "2024-04-02T12:00",
    ),
    (
        _THU,
        "The polls close at midnight on March 22, 2025.",
        "midnight on March 22, 2025",
        "TIME",
        "2025-03-22T24:00",
    ),
    (
        _THU,
        "The truce began at midnight on Friday, March 8.",
        "midnight on Friday, March 8",
        "TIME",
        "2024-03-08T24:00",
    ),
    (
        "1998-03-03",
        "The last contract expired at midnight Aug. 31.",
        "midnight Aug. 31",
        "TIME",
        "1997-08-31T24:00",
    ),
    # A sentence between them: two expressions.
    (
        "1998-03-03",
        "They met at noon. May 5 was the day.",
        "noon",
        "TIME",
        "1998-03-03T12:00",
    ),
    # As before: a past midnight alone began the news day.
    (
        _THU,
        "The attack began shortly after midnight.",
        "midnight",
        "TIME",
        "2024-03-14T00:00",
    ),
    (
        _THU,
        "The deadline is midnight Friday.",
        "midnight Friday",
        "TIME",
        "2024-03-15T24:00",
    ),
]


@pytest.mark.parametrize(
    "case", NOON_ON_A_DATE, ids=[c[1][:40] for c in NOON_ON_A_DATE]
)
def test_noon_and_midnight_on_a_date(case: Case) -> None:
    check(case)


def test_noon_on_a_date_offsets() -> None:
    text = "Talks must end by midnight on March 22, the mediator said on Monday."
    for e in found(text, _THU):
        assert text[e.start : e.end] == e.text
    assert ("March 22", "DATE", "2024-03-22") not in triples(text, _THU)


STORY_CLOCKS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "The volcano erupted at 9:42 p.m. on Saturday. Residents were evacuated "
        "overnight and allowed home on Monday morning.",
        [
            ("9:42 p.m. on Saturday", "TIME", "2024-03-09T21:42"),
            ("overnight", "TIME", "2024-03-09TNI"),
            ("Monday morning", "TIME", "2024-03-11TMO"),
        ],
    ),
    (
        "The blaze broke out at 11 p.m. on Tuesday. Firefighters battled it overnight.",
        [
            ("11 p.m. on Tuesday", "TIME", "2024-03-12T23:00"),
            ("overnight", "TIME", "2024-03-12TNI"),
        ],
    ),
    # A daytime hour names no night: "overnight" after a day is the night before.
    (
        "Markets closed lower on Tuesday, at 4 p.m. Overnight losses in Asia weighed.",
        [
            ("Tuesday", "DATE", "2024-03-12"),
            ("4 p.m.", "TIME", "2024-03-12T16:00"),
            ("Overnight", "TIME", "2024-03-11TNI"),
        ],
    ),
    (
        "A man was arrested at about 02:30 on Sunday. The road reopened at 08:45. "
        "Police appealed for witnesses who were in the area between midnight and 3am.",
        [
            ("about 02:30 on Sunday", "TIME", "2024-03-10T02:30"),
            ("08:45", "TIME", "2024-03-10T08:45"),
            ("midnight", "TIME", "2024-03-10T00:00"),
            ("3am", "TIME", "2024-03-10T03:00"),
        ],
    ),
    (
        "The quake struck before dawn on Monday. It hit at 4:17 a.m. Rescuers will "
        "resume the search at 6 p.m.",
        [
            ("dawn on Monday", "TIME", "2024-03-11TMO"),
            ("4:17 a.m.", "TIME", "2024-03-11T04:17"),
            ("6 p.m.", "TIME", "2024-03-14T18:00"),
        ],
    ),
    (
        "The quake struck on Monday and rescuers will resume the search at 6 p.m.",
        [("Monday", "DATE", "2024-03-11"), ("6 p.m.", "TIME", "2024-03-14T18:00")],
    ),
    # A day ahead, or a past clause, keeps the day just named.
    (
        "The summit opens on Monday and leaders will arrive at 6 p.m.",
        [("Monday", "DATE", "2024-03-18"), ("6 p.m.", "TIME", "2024-03-18T18:00")],
    ),
    (
        "The match was on Sunday night; kickoff was at 8:20 p.m.",
        [
            ("Sunday night", "TIME", "2024-03-10TNI"),
            ("8:20 p.m.", "TIME", "2024-03-10T20:20"),
        ],
    ),
    # A clock time not told as past goes on with the day ahead just named.
    (
        "Liverpool host Manchester United on Sunday. Kick-off is at 4.30pm.",
        [("Sunday", "DATE", "2024-03-17"), ("4.30pm", "TIME", "2024-03-17T16:30")],
    ),
    (
        "The summit opens on Monday. Leaders will arrive at 6 p.m.",
        [("Monday", "DATE", "2024-03-18"), ("6 p.m.", "TIME", "2024-03-18T18:00")],
    ),
    (
        "The summit opens on Monday. Shares rose 2% by 11 a.m.",
        [("Monday", "DATE", "2024-03-18"), ("11 a.m.", "TIME", "2024-03-14T11:00")],
    ),
    (
        "A curfew will run from midnight to 6 a.m. on Saturday.",
        [
            ("midnight", "TIME", "2024-03-16T00:00"),
            ("6 a.m. on Saturday", "TIME", "2024-03-16T06:00"),
        ],
    ),
    (
        "A curfew will run from 8 p.m. until midnight.",
        [
            ("8 p.m.", "TIME", "2024-03-14T20:00"),
            ("midnight", "TIME", "2024-03-14T24:00"),
        ],
    ),
]


@pytest.mark.parametrize("case", STORY_CLOCKS, ids=[c[0][:40] for c in STORY_CLOCKS])
def test_clock_times_of_the_story_day(
    case: tuple[str, list[tuple[str, str, str]]],
) -> None:
    text, want = case
    assert triples(text, _THU) == want


PURPOSE_INFINITIVES: list[Case] = [
    (
        _THU,
        "He flew to Berlin to attend a summit on Saturday.",
        "Saturday",
        "DATE",
        "2024-03-09",
    ),
    (
        _THU,
        "He travelled to Kyiv to meet Zelensky on Monday.",
        "Monday",
        "DATE",
        "2024-03-11",
    ),
    (
        _THU,
        "The minister flew to Berlin on Friday to attend a summit on Saturday.",
        "Saturday",
        "DATE",
        "2024-03-09",
    ),
    (
        _THU,
        "He wrote to Smith to ask for a meeting on Monday.",
        "Monday",
        "DATE",
        "2024-03-11",
    ),
    # The date before the infinitive: the past act's, as before.
    (
        _THU,
        "He travelled to Paris on Monday to meet Macron.",
        "Monday",
        "DATE",
        "2024-03-11",
    ),
    # A directive, a noun's plan, a commitment or a future: ahead.
    (
        _THU,
        "Activists urged Biden to veto the bill on Friday.",
        "Friday",
        "DATE",
        "2024-03-15",
    ),
    (
        _THU,
        "The firm asked Smith to testify on Monday.",
        "Monday",
        "DATE",
        "2024-03-18",
    ),
    (
        _THU,
        "He agreed to attend a summit on Saturday.",
        "Saturday",
        "DATE",
        "2024-03-16",
    ),
    (
        _THU,
        "He will fly to Berlin to attend a summit on Saturday.",
        "Saturday",
        "DATE",
        "2024-03-16",
    ),
]


@pytest.mark.parametrize(
    "case", PURPOSE_INFINITIVES, ids=[c[1][:40] for c in PURPOSE_INFINITIVES]
)
def test_the_purpose_of_a_past_act(case: Case) -> None:
    check(case)


DAYS_ALONE: list[Case] = [
    (_THU, "The rally is planned for the 23rd.", "the 23rd", "DATE", "2024-03-23"),
    (
        _THU,
        "The ceasefire runs until the 20th, officials said.",
        "the 20th",
        "DATE",
        "2024-03-20",
    ),
    (_THU, "The offer closes before the 28th.", "the 28th", "DATE", "2024-03-28"),
    (_THU, "Talks have continued since the 9th.", "the 9th", "DATE", "2024-03-09"),
    (_THU, "Talks resumed on the 5th.", "the 5th", "DATE", "2024-03-05"),
]


@pytest.mark.parametrize("case", DAYS_ALONE, ids=[c[1][:40] for c in DAYS_ALONE])
def test_a_day_of_the_month_alone(case: Case) -> None:
    check(case)


NOT_DAYS: list[tuple[str, str]] = [
    ("Voters in the 23rd District went to the polls.", "23rd"),
    ("He finished for the 3rd time in a row.", "3rd"),
    ("Congress passed the 19th Amendment.", "19th"),
    ("The bill passed on the 3rd reading.", "3rd"),
    ("The bill was sent for the 2nd time.", "2nd"),
]


@pytest.mark.parametrize("text,word", NOT_DAYS, ids=[w for _, w in NOT_DAYS])
def test_ordinals_that_name_no_day(text: str, word: str) -> None:
    assert all(word not in e.text for e in found(text, _THU))


AFTER_ASIDE: list[Case] = [
    (
        _THU,
        "Liverpool, who lost 1-0 to Everton last week, host Manchester United on Sunday.",
        "Sunday",
        "DATE",
        "2024-03-17",
    ),
    (
        _THU,
        "Arsenal, beaten on Tuesday, face Chelsea on Saturday.",
        "Saturday",
        "DATE",
        "2024-03-16",
    ),
    (
        _THU,
        "Arsenal, beaten on Tuesday, face Chelsea on Saturday.",
        "Tuesday",
        "DATE",
        "2024-03-12",
    ),
    # A past verb after the aside, or a noun: as before.
    (
        _THU,
        "Arsenal, beaten on Tuesday, faced Chelsea on Saturday.",
        "Saturday",
        "DATE",
        "2024-03-09",
    ),
    (
        _THU,
        "In London, face masks were required on Monday.",
        "Monday",
        "DATE",
        "2024-03-11",
    ),
]


@pytest.mark.parametrize(
    "case", AFTER_ASIDE, ids=[c[1][:50] + c[2] for c in AFTER_ASIDE]
)
def test_a_timetable_verb_after_an_aside(case: Case) -> None:
    check(case)


TIMETABLE_IN: list[Case] = [
    (_THU, "Elections are due in the autumn.", "the autumn", "DATE", "2024-FA"),
    (_THU, "The hearing is in the autumn.", "the autumn", "DATE", "2024-FA"),
    (_THU, "The match is in October.", "October", "DATE", "2024-10"),
    (_THU, "The final is in May, organisers said.", "May", "DATE", "2024-05"),
    # The past reports the past; a word of state between keeps the nearest.
    (_THU, "The match was in October.", "October", "DATE", "2023-10"),
    (_THU, "Unemployment is in decline in March.", "March", "DATE", "2024-03"),
]


@pytest.mark.parametrize("case", TIMETABLE_IN, ids=[c[1][:40] for c in TIMETABLE_IN])
def test_a_present_be_in_a_time_is_a_timetable(case: Case) -> None:
    check(case)


def test_a_season_of_a_life_is_no_date() -> None:
    assert found("He is in the autumn of his career.", _THU) == []


REDUCED_RELATIVES: list[Case] = [
    (
        _THU,
        "Oil output cuts agreed in November are due to run through June.",
        "November",
        "DATE",
        "2023-11",
    ),
    (
        _THU,
        "A law passed in October takes effect in July.",
        "October",
        "DATE",
        "2023-10",
    ),
    (_THU, "A law passed in October takes effect in July.", "July", "DATE", "2024-07"),
    # A participle of planning, or "for": the clause's own verb decides.
    (
        _THU,
        "A memorial service planned for Saturday was canceled.",
        "Saturday",
        "DATE",
        "2024-03-09",
    ),
    (_THU, "A ruling expected in May will decide the case.", "May", "DATE", "2024-05"),
    (
        _THU,
        "A strike called for Monday was called off.",
        "Monday",
        "DATE",
        "2024-03-11",
    ),
]


@pytest.mark.parametrize(
    "case", REDUCED_RELATIVES, ids=[c[1][:40] + c[2] for c in REDUCED_RELATIVES]
)
def test_a_reduced_relative_dates_its_noun(case: Case) -> None:
    check(case)


MID_UNITS: list[Case] = [
    (
        _THU,
        "The country aims for net zero by mid-century.",
        "mid-century",
        "DATE",
        "20",
    ),
    (
        _THU,
        "The plant was built at mid-century and closed in 2001.",
        "mid-century",
        "DATE",
        "19",
    ),
    (
        _THU,
        "The firm will return to profit by mid-decade.",
        "mid-decade",
        "DATE",
        "202",
    ),
    (_THU, "By mid-decade the firm had doubled in size.", "mid-decade", "DATE", "201"),
    (
        "2019-06-01",
        "By mid-decade the firm had doubled in size.",
        "mid-decade",
        "DATE",
        "201",
    ),
]


@pytest.mark.parametrize("case", MID_UNITS, ids=[c[1][:40] for c in MID_UNITS])
def test_the_middle_of_a_century_or_decade(case: Case) -> None:
    check(case)
    published, text, span, _, _ = case
    assert [e.mod for e in found(text, published) if e.text == span] == ["MID"]


def _not_times() -> dict[str, list[tuple[str, str]]]:
    rows: dict[str, list[tuple[str, str]]] = {}
    path = Path(__file__).resolve().parent.parent / "newsfacts/dates/data/not_times.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cls, word, example = line.split("\t")
        rows.setdefault(cls, []).append((word, example.split(" (")[0]))
    return rows


@pytest.mark.parametrize("word,example", _not_times()["after_mid_century"])
def test_mid_century_as_a_style_is_no_date(word: str, example: str) -> None:
    """Each word of `after_mid_century` keeps "mid-century" before it
    untagged, and the same "mid-century" is a date where it names a time."""
    assert word in example
    assert all("mid-century" not in e.text for e in found(example, _THU))
    assert [
        e.value for e in found(f"Emissions must fall by mid-century, {example}.", _THU)
    ][:1] == ["20"]


def test_whole_article() -> None:
    """A central bank story told on a Thursday: every date where it is meant."""
    text = (
        "LONDON, March 14 (Reuters) - The Bank of England is expected to keep "
        "interest rates at 5.25% next Thursday, having held them there since August. "
        "Inflation fell to 3.4% in February from 4.0% in January, figures showed on "
        "Wednesday.\n\n"
        "The bank raised rates in April and May last year, and again from June to "
        "August. Governor Andrew Bailey, who travelled to Washington on Monday to meet "
        "IMF officials, said on Tuesday that cuts were not yet on the agenda.\n\n"
        "Markets expect the first cut in June. The next inflation figures are due on "
        "April 17 at 07:00 GMT. Economists say growth could return by mid-decade, the "
        "fastest since the 2010s."
    )
    assert triples(text, _THU) == [
        ("March 14", "DATE", "2024-03-14"),
        ("next Thursday", "DATE", "2024-03-21"),
        ("August", "DATE", "2023-08"),
        ("February", "DATE", "2024-02"),
        ("January", "DATE", "2024-01"),
        ("Wednesday", "DATE", "2024-03-13"),
        ("April", "DATE", "2023-04"),
        ("May last year", "DATE", "2023-05"),
        ("June", "DATE", "2023-06"),
        ("August", "DATE", "2023-08"),
        ("Monday", "DATE", "2024-03-11"),
        ("Tuesday", "DATE", "2024-03-12"),
        ("June", "DATE", "2024-06"),
        ("April 17", "DATE", "2024-04-17"),
        ("07:00 GMT", "TIME", "2024-04-17T07:00"),
        ("mid-decade", "DATE", "202"),
        ("the 2010s", "DATE", "201"),
    ]
    for e in found(text, _THU):
        assert text[e.start : e.end] == e.text


WEEK_BEFORE: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Last week, three ministers resigned. The week before, the finance minister quit.",
        [("Last week", "DATE", "2024-W10"), ("The week before", "DATE", "2024-W09")],
    ),
    (
        "In the past week alone, three ministers resigned. The week before, two quit.",
        [
            ("the past week", "DATE", "2024-W10"),
            ("The week before", "DATE", "2024-W09"),
        ],
    ),
    # A day named after the week: the week before that day's.
    (
        "Talks ended on Friday. The week before, rebels attacked.",
        [("Friday", "DATE", "2024-03-08"), ("The week before", "DATE", "2024-W09")],
    ),
    (
        "Inflation fell to 2.3% in April from 3.2% the month before.",
        [("April", "DATE", "2023-04"), ("the month before", "DATE", "2023-03")],
    ),
]


@pytest.mark.parametrize("case", WEEK_BEFORE, ids=[c[0][:40] for c in WEEK_BEFORE])
def test_the_unit_before_the_one_just_named(
    case: tuple[str, list[tuple[str, str, str]]],
) -> None:
    text, want = case
    assert triples(text, _THU) == want


FULL_YEAR: list[tuple[str, str]] = [
    ("Revenue for the full year rose 8%.", "2023"),
    (
        "The firm reported a net loss for the three months ended Dec. 31. "
        "Revenue for the full year rose 8%.",
        "2023",
    ),
    (
        "For the year ended Sept. 30, 2022, it earned $4 million. "
        "Sales for the full year were $6.6 billion.",
        "2022",
    ),
    # A forecast: the year under way.
    ("The company expects revenue for the full year to rise 8%.", "2024"),
    ("Revenue for the full year will rise 8%.", "2024"),
]
# Told in November with no year named: a fiscal year just ended, this one.
_NOV = "2023-11-02"


@pytest.mark.parametrize("text,value", FULL_YEAR, ids=[t[:40] for t, _ in FULL_YEAR])
def test_the_full_year_of_a_report(text: str, value: str) -> None:
    assert ("the full year", "DATE", value) in triples(text, _THU)


def test_the_full_year_told_late_in_the_year() -> None:
    assert ("the full year", "DATE", "2023") in triples(
        "Sales for the full year rose.", _NOV
    )


FINAL_QUARTERS: list[Case] = [
    (
        _THU,
        "The economy contracted in the final two quarters of 2023.",
        "the final two quarters of 2023",
        "DATE",
        "2023-H2",
    ),
    (
        _THU,
        "The economy contracted in the final two quarters of last year.",
        "the final two quarters of last year",
        "DATE",
        "2023-H2",
    ),
    # No year: an amount, as "the last two quarters" is.
    (
        _THU,
        "The team scored in the final two quarters.",
        "the final two quarters",
        "DURATION",
        "P2Q",
    ),
]


@pytest.mark.parametrize(
    "case", FINAL_QUARTERS, ids=[c[1][:40] for c in FINAL_QUARTERS]
)
def test_the_final_two_quarters(case: Case) -> None:
    check(case)
