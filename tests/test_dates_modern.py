"""Dates stage: the temporal expressions of modern English news (wire, business,
sports and politics stories of 2015-2026), which the 1990s development corpora
rarely hold.

Each row is a real news phrasing with the span, TIMEX3 type and value expected
against a fixed publication date; the second table holds what is no time
expression at all (scores, vote counts, model names, prices, ages, laws).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts import dates
from newsfacts._data import iter_rows
from newsfacts.records import TimeExpression
from newsfacts.text import Document

PUB = dt.date(2024, 5, 15)  # a Wednesday

Case = tuple[str, str, str, str]  # sentence, span, type, value


def found(text: str, published: dt.date | None = PUB) -> list[TimeExpression]:
    """The expressions the dates stage finds in `text`."""
    return list(dates.extract(Document(text), published))


def triples(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, str(e.type), e.value) for e in found(text)]


FOUND: list[tuple[str, Case]] = [
    # ------------------------------------------------ fiscal years and quarters
    (
        "q3",
        (
            "Revenue rose 12% in Q3 2023, the company said.",
            "Q3 2023",
            "DATE",
            "2023-Q3",
        ),
    ),
    ("q3-past", ("Revenue rose 12% in Q3, the company said.", "Q3", "DATE", "2023-Q3")),
    ("q3-future", ("Sales will recover in Q3.", "Q3", "DATE", "2024-Q3")),
    ("3q24", ("Earnings rose in 3Q24.", "3Q24", "DATE", "2024-Q3")),
    ("2q-2023", ("Earnings rose in 2Q 2023.", "2Q 2023", "DATE", "2023-Q2")),
    ("q1-fy25", ("The results for Q1 FY25 were strong.", "Q1 FY25", "DATE", "2025-Q1")),
    (
        "q3-fy2024",
        ("Results for Q3 FY2024 beat forecasts.", "Q3 FY2024", "DATE", "2024-Q3"),
    ),
    ("q3-apostrophe", ("The Q3'23 figures were weak.", "Q3'23", "DATE", "2023-Q3")),
    (
        "third-quarter-of",
        (
            "Revenue rose in the third quarter of 2024.",
            "the third quarter of 2024",
            "DATE",
            "2024-Q3",
        ),
    ),
    (
        "first-quarter-fiscal",
        (
            "Results for the first quarter of fiscal 2025 were strong.",
            "the first quarter of fiscal 2025",
            "DATE",
            "2025-Q1",
        ),
    ),
    (
        "september-quarter",
        (
            "Revenue rose in the September quarter.",
            "the September quarter",
            "DATE",
            "2023-Q3",
        ),
    ),
    (
        "december-quarter",
        (
            "Revenue will rise in the December quarter.",
            "the December quarter",
            "DATE",
            "2024-Q4",
        ),
    ),
    (
        "march-quarter",
        (
            "Profit doubled in the March quarter.",
            "the March quarter",
            "DATE",
            "2024-Q1",
        ),
    ),
    (
        "june-2023-quarter",
        (
            "Profit rose in the June 2023 quarter.",
            "the June 2023 quarter",
            "DATE",
            "2023-Q2",
        ),
    ),
    (
        "fiscal-2025",
        ("The company expects growth in fiscal 2025.", "fiscal 2025", "DATE", "2025"),
    ),
    (
        "january-march-quarter",
        (
            "Profit rose in the January-March quarter.",
            "the January-March quarter",
            "DATE",
            "2024-Q1",
        ),
    ),
    (
        "october-december-period",
        (
            "Its best quarter was the October-December period.",
            "the October-December period",
            "DATE",
            "2023-Q4",
        ),
    ),
    (
        "april-june-2023-quarter",
        (
            "Sales in the April-June 2023 quarter fell.",
            "the April-June 2023 quarter",
            "DATE",
            "2023-Q2",
        ),
    ),
    ("fy2024", ("Net profit for FY2024 was $3 billion.", "FY2024", "DATE", "2024")),
    ("fy-2024", ("Spending in FY 2024 rose.", "FY 2024", "DATE", "2024")),
    (
        "fiscal-year-2024",
        (
            "The budget for fiscal year 2024 was passed.",
            "fiscal year 2024",
            "DATE",
            "2024",
        ),
    ),
    ("h1-2023", ("Profit in H1 2023 fell.", "H1 2023", "DATE", "2023-H1")),
    ("h2", ("Profit in H2 rose.", "H2", "DATE", "2024-H2")),
    (
        "first-half-adj",
        ("First-half profit rose 10%.", "First-half", "DATE", "2024-H1"),
    ),
    (
        "second-half-of-year",
        (
            "Sales fell in the second half of the year.",
            "the second half of the year",
            "DATE",
            "2023-H2",
        ),
    ),
    (
        "year-to-date",
        ("The index is up 10% year-to-date.", "year-to-date", "DATE", "2024"),
    ),
    (
        "months-to-march",
        ("Profit fell in the three months to March.", "March", "DATE", "2024-03"),
    ),
    (
        "year-to-march",
        ("Profit rose in the year to March.", "March", "DATE", "2024-03"),
    ),
    (
        "year-ended-june",
        # Told in May: a year that has ended in June ended last June.
        ("Profit rose in the year ended June.", "June", "DATE", "2023-06"),
    ),
    ("1h24", ("Profit rose in 1H24.", "1H24", "DATE", "2024-H1")),
    (
        "second-half-past",
        (
            "Profit fell in the second half of the year.",
            "the second half of the year",
            "DATE",
            "2023-H2",
        ),
    ),
    (
        "h2-future",
        (
            "Profit will rise in the second half of the year.",
            "the second half of the year",
            "DATE",
            "2024-H2",
        ),
    ),
    ("2h-2023", ("Sales rose in 2H 2023.", "2H 2023", "DATE", "2023-H2")),
    (
        "second-week-of-june",
        (
            "Talks will resume in the second week of June.",
            "the second week of June",
            "DATE",
            "2024-W24",
        ),
    ),
    (
        "first-week-of-march",
        (
            "Prices fell in the first week of March.",
            "the first week of March",
            "DATE",
            "2024-W10",
        ),
    ),
    (
        "last-week-of-december-2023",
        (
            "The vote was in the last week of December 2023.",
            "the last week of December 2023",
            "DATE",
            "2023-W52",
        ),
    ),
    # ------------------------------------------------ seasons and sports seasons
    (
        "this-spring",
        (
            "The strike is expected to end this spring.",
            "this spring",
            "DATE",
            "2024-SP",
        ),
    ),
    (
        "last-winter",
        ("It snowed heavily last winter.", "last winter", "DATE", "2023-WI"),
    ),
    (
        "summer-2023",
        ("He joined the club in summer 2023.", "summer 2023", "DATE", "2023-SU"),
    ),
    (
        "spring-of-2020",
        ("It happened in the spring of 2020.", "the spring of 2020", "DATE", "2020-SP"),
    ),
    ("last-season", ("He scored 20 goals last season.", "last season", "DATE", "2023")),
    (
        "this-season",
        ("The team won the title this season.", "this season", "DATE", "2024"),
    ),
    (
        "next-season",
        ("He will stay at the club next season.", "next season", "DATE", "2025"),
    ),
    (
        "earlier-this-season",
        ("He was injured earlier this season.", "earlier this season", "DATE", "2024"),
    ),
    (
        "season-years",
        ("He scored 20 goals in the 2023-24 season.", "2023-24", "DATE", "2024"),
    ),
    # ------------------------------------------------ positions in a period
    ("mid-march", ("Prices peaked in mid-March.", "mid-March", "DATE", "2024-03")),
    ("late-2019", ("The plant closed in late 2019.", "late 2019", "DATE", "2019")),
    (
        "early-next-year",
        ("The deal should close early next year.", "early next year", "DATE", "2025"),
    ),
    (
        "end-june",
        (
            "Debt stood at $3 trillion at end-June 2023.",
            "end-June 2023",
            "DATE",
            "2023-06",
        ),
    ),
    ("end-2024", ("The target is end-2024.", "end-2024", "DATE", "2024")),
    ("by-end-2025", ("Rates will peak by end-2025.", "end-2025", "DATE", "2025")),
    (
        "end-september",
        ("Production will start by end-September.", "end-September", "DATE", "2024-09"),
    ),
    ("mid-2025", ("A decision is due by mid-2025.", "mid-2025", "DATE", "2025")),
    (
        "start-of-year",
        (
            "Prices rose at the start of the year.",
            "the start of the year",
            "DATE",
            "2024",
        ),
    ),
    (
        "may-of-last-year",
        ("It happened in May of last year.", "May of last year", "DATE", "2023-05"),
    ),
    (
        "march-of-next-year",
        (
            "The vote will be in March of next year.",
            "March of next year",
            "DATE",
            "2025-03",
        ),
    ),
    # ------------------------------------------------ parts of the day
    (
        "early-hours-of-sunday",
        (
            "The attack came in the early hours of Sunday.",
            "Sunday",
            "TIME",
            "2024-05-12TMO",
        ),
    ),
    (
        "early-hours-of-day-morning",
        (
            "Missiles struck in the early hours of Tuesday morning.",
            "Tuesday morning",
            "TIME",
            "2024-05-14TMO",
        ),
    ),
    (
        "wee-hours",
        (
            "Fighting raged in the wee hours of Saturday.",
            "Saturday",
            "TIME",
            "2024-05-11TMO",
        ),
    ),
    (
        "early-hours-alone",
        (
            "Missiles struck in the early hours.",
            "the early hours",
            "TIME",
            "2024-05-15TMO",
        ),
    ),
    (
        "small-hours-of-morning",
        (
            "Shots rang out in the small hours of the morning.",
            "the small hours of the morning",
            "TIME",
            "2024-05-15TMO",
        ),
    ),
    (
        "the-late-morning",
        (
            "The storm hit in the late morning.",
            "the late morning",
            "TIME",
            "2024-05-15TMO",
        ),
    ),
    (
        "by-early-afternoon",
        (
            "Trading slowed by early afternoon.",
            "early afternoon",
            "TIME",
            "2024-05-15TAF",
        ),
    ),
    (
        "the-early-evening",
        (
            "Police arrived in the early evening.",
            "the early evening",
            "TIME",
            "2024-05-15TEV",
        ),
    ),
    (
        "late-morning-friday",
        (
            "Talks resumed in late morning Friday.",
            "late morning Friday",
            "TIME",
            "2024-05-10TMO",
        ),
    ),
    (
        "night-of-date",
        ("The raid took place on the night of Oct. 7.", "Oct. 7", "DATE", "2023-10-07"),
    ),
    (
        "late-on-tuesday",
        ("The vote came late on Tuesday.", "late on Tuesday", "TIME", "2024-05-14TNI"),
    ),
    (
        "early-on-wednesday",
        (
            "The strike hit early on Wednesday.",
            "early on Wednesday",
            "TIME",
            "2024-05-15TMO",
        ),
    ),
    (
        "late-on-friday-night",
        (
            "Talks broke down late on Friday night.",
            "late on Friday night",
            "TIME",
            "2024-05-10TNI",
        ),
    ),
    (
        "earlier-on-tuesday",
        ("She spoke earlier on Tuesday.", "Tuesday", "DATE", "2024-05-14"),
    ),
    (
        "overnight",
        (
            "Police said the fire broke out overnight.",
            "overnight",
            "TIME",
            "2024-05-14TNI",
        ),
    ),
    (
        "tuesday-evening",
        ("He spoke on Tuesday evening.", "Tuesday evening", "TIME", "2024-05-14TEV"),
    ),
    (
        "monday-local-time",
        ("The blast happened on Monday local time.", "Monday", "DATE", "2024-05-13"),
    ),
    # ------------------------------------------------ calendar dates
    ("iso", ("The report was dated 2024-03-15.", "2024-03-15", "DATE", "2024-03-15")),
    (
        "iso-slashes",
        ("The report is dated 2024/05/12.", "2024/05/12", "DATE", "2024-05-12"),
    ),
    (
        "iso-dots",
        ("The report is dated 2024.05.12.", "2024.05.12", "DATE", "2024-05-12"),
    ),
    (
        "day-first-slashes",
        ("The contract was signed on 15/03/2024.", "15/03/2024", "DATE", "2024-03-15"),
    ),
    (
        "day-first-dots",
        ("The vote was on 12.05.2024.", "12.05.2024", "DATE", "2024-05-12"),
    ),
    (
        "march-15th",
        ("The match was on March 15th.", "March 15th", "DATE", "2024-03-15"),
    ),
    ("15th-march", ("He was born on 15th March.", "15th March", "DATE", "2024-03-15")),
    (
        "march-3rd-2024",
        (
            "The vote was held on March 3rd, 2024.",
            "March 3rd, 2024",
            "DATE",
            "2024-03-03",
        ),
    ),
    (
        "weekday-day-month",
        ("The vote is on Sunday 12 May.", "Sunday 12 May", "DATE", "2024-05-12"),
    ),
    (
        "short-weekday",
        ("Tue 14 May 2024 10.30 BST", "Tue 14 May 2024", "DATE", "2024-05-14"),
    ),
    (
        "dateline",
        ("LONDON, May 14 (Reuters) - Shares rose.", "May 14", "DATE", "2024-05-14"),
    ),
    ("oct-7", ("Hamas attacked Israel on Oct. 7.", "Oct. 7", "DATE", "2023-10-07")),
    (
        "feb-24-2022",
        (
            "Russia invaded Ukraine on Feb. 24, 2022.",
            "Feb. 24, 2022",
            "DATE",
            "2022-02-24",
        ),
    ),
    (
        "nov-5-election",
        ("Polls open ahead of the Nov. 5 election.", "Nov. 5", "DATE", "2024-11-05"),
    ),
    # ------------------------------------------------ clock times and zones
    (
        "0900-gmt",
        ("Trading opens at 0900 GMT.", "0900 GMT", "TIME", "2024-05-15T09:00"),
    ),
    (
        "3pm-et",
        ("The speech starts at 3 p.m. ET.", "3 p.m. ET", "TIME", "2024-05-15T15:00"),
    ),
    (
        "noon-local-time",
        (
            "The ceasefire began at noon local time.",
            "noon local time",
            "TIME",
            "2024-05-15T12:00",
        ),
    ),
    (
        "midnight-gmt",
        (
            "The shop closes at midnight GMT.",
            "midnight GMT",
            "TIME",
            "2024-05-15T24:00",
        ),
    ),
    (
        "noon-et-friday",
        (
            "The deadline is noon ET Friday.",
            "noon ET Friday",
            "TIME",
            "2024-05-17T12:00",
        ),
    ),
    (
        "1430-cet",
        ("The meeting begins at 14:30 CET.", "14:30 CET", "TIME", "2024-05-15T14:30"),
    ),
    (
        "et-on-friday",
        (
            "The deadline is 11:59 p.m. ET on Friday.",
            "11:59 p.m. ET on Friday",
            "TIME",
            "2024-05-17T23:59",
        ),
    ),
    ("9am", ("The flight lands at 9am.", "9am", "TIME", "2024-05-15T09:00")),
    ("10-30am", ("The speech is at 10.30am.", "10.30am", "TIME", "2024-05-15T10:30")),
    (
        "10pm-on-sunday",
        (
            "Polls closed at 10pm on Sunday.",
            "10pm on Sunday",
            "TIME",
            "2024-05-12T22:00",
        ),
    ),
    (
        "new-york-time",
        (
            "Trading resumes at 9:30 a.m. New York time.",
            "9:30 a.m. New York time",
            "TIME",
            "2024-05-15T09:30",
        ),
    ),
    (
        "uk-time",
        (
            "The match kicks off at 8pm UK time.",
            "8pm UK time",
            "TIME",
            "2024-05-15T20:00",
        ),
    ),
    (
        "eastern",
        (
            "Voting closes at 7 p.m. Eastern.",
            "7 p.m. Eastern",
            "TIME",
            "2024-05-15T19:00",
        ),
    ),
    (
        "eastern-time",
        (
            "Voting closes at 7 p.m. Eastern Time.",
            "7 p.m. Eastern Time",
            "TIME",
            "2024-05-15T19:00",
        ),
    ),
    (
        "moscow-time-sunday",
        (
            "The blast happened at 3 a.m. Moscow time on Sunday.",
            "3 a.m. Moscow time on Sunday",
            "TIME",
            "2024-05-12T03:00",
        ),
    ),
    (
        "gmt-aside",
        (
            "The curfew starts at 3 p.m. local time (1200 GMT).",
            "1200 GMT",
            "TIME",
            "2024-05-15T12:00",
        ),
    ),
    (
        "3pm-on-14-may",
        ("The vote is at 3pm on 14 May.", "3pm on 14 May", "TIME", "2024-05-14T15:00"),
    ),
    (
        "3pm-on-14-may-2023",
        (
            "It began at 3pm on 14 May 2023.",
            "3pm on 14 May 2023",
            "TIME",
            "2023-05-14T15:00",
        ),
    ),
    (
        "pm-on-date-with-year",
        (
            "The vote closed at 8 p.m. on Nov. 5, 2024.",
            "8 p.m. on Nov. 5, 2024",
            "TIME",
            "2024-11-05T20:00",
        ),
    ),
    (
        "midnight-on-sunday",
        (
            # A timetable present ("ends", as "the offer ends Sunday"): ahead.
            "The truce ends at midnight on Sunday.",
            "midnight on Sunday",
            "TIME",
            "2024-05-19T24:00",
        ),
    ),
    (
        "noon-on-friday",
        (
            "The deadline is noon on Friday.",
            "noon on Friday",
            "TIME",
            "2024-05-17T12:00",
        ),
    ),
    (
        "9-tonight",
        ("He will call at 9 tonight.", "9 tonight", "TIME", "2024-05-15T21:00"),
    ),
    (
        "645-this-morning",
        (
            "The train left at 6.45 this morning.",
            "6.45 this morning",
            "TIME",
            "2024-05-15T06:45",
        ),
    ),
    (
        "8-last-night",
        (
            "Shots were heard at 8 last night.",
            "8 last night",
            "TIME",
            "2024-05-14T20:00",
        ),
    ),
    (
        "10-tomorrow-morning",
        (
            "The vote starts at 10 tomorrow morning.",
            "10 tomorrow morning",
            "TIME",
            "2024-05-16T10:00",
        ),
    ),
    (
        "bst-weekday-date",
        (
            "Last updated 14:32 BST, Tuesday, 14 May 2024",
            "14:32 BST, Tuesday, 14 May 2024",
            "TIME",
            "2024-05-14T14:32",
        ),
    ),
    (
        "pm-weekday-british-date",
        (
            "The deal was signed at 5 p.m. on Tuesday, 14 May 2024.",
            "5 p.m. on Tuesday, 14 May 2024",
            "TIME",
            "2024-05-14T17:00",
        ),
    ),
    (
        "gmt-weekday-date",
        (
            "Trading halted at 0930 GMT on Monday, May 13.",
            "0930 GMT on Monday, May 13",
            "TIME",
            "2024-05-13T09:30",
        ),
    ),
    # ------------------------------------------------ amounts of time
    (
        "past-24-hours",
        (
            "Shares fell 3% in the past 24 hours.",
            "the past 24 hours",
            "DURATION",
            "PT24H",
        ),
    ),
    ("48-hour", ("Workers began a 48-hour strike.", "48-hour", "DURATION", "PT48H")),
    ("week-long", ("A week-long festival began.", "week-long", "DURATION", "P1W")),
    ("multi-year", ("They signed a multi-year deal.", "multi-year", "DURATION", "PXY")),
    ("multiyear", ("The multiyear contract ended.", "multiyear", "DURATION", "PXY")),
    (
        "half-a-century",
        (
            "The firm has existed for half a century.",
            "half a century",
            "DURATION",
            "P50Y",
        ),
    ),
    (
        "half-an-hour",
        ("The meeting lasted half an hour.", "half an hour", "DURATION", "PT30M"),
    ),
    (
        "nearly-half-an-hour",
        ("He waited nearly half an hour.", "nearly half an hour", "DURATION", "PT30M"),
    ),
    (
        "year-and-a-half",
        ("He waited a year and a half.", "a year and a half", "DURATION", "P1Y6M"),
    ),
    ("10-year-high", ("The pound hit a 10-year high.", "10-year", "DURATION", "P10Y")),
    (
        "recent-weeks",
        ("Tensions have risen in recent weeks.", "recent weeks", "DURATION", "PXW"),
    ),
    (
        "coming-days",
        (
            "More talks are expected in the coming days.",
            "the coming days",
            "DURATION",
            "PXD",
        ),
    ),
    (
        "more-than-a-decade",
        (
            "It is the first rise in more than a decade.",
            "more than a decade",
            "DURATION",
            "P10Y",
        ),
    ),
    (
        "lowest-in-15-years",
        (
            "Prices fell to their lowest level in 15 years.",
            "15 years",
            "DURATION",
            "P15Y",
        ),
    ),
    (
        "up-to-20-years",
        ("He faces up to 20 years in prison.", "up to 20 years", "DURATION", "P20Y"),
    ),
    (
        "race-time",
        ("She finished with a time of 2:05:30.", "2:05:30", "DURATION", "PT2H5M30S"),
    ),
    # ------------------------------------------------ relative dates
    (
        "following-day",
        (
            "He was arrested the following day.",
            "the following day",
            "DATE",
            "2024-05-16",
        ),
    ),
    (
        "two-days-later",
        ("Two days later, he was released.", "Two days later", "DATE", "2024-05-17"),
    ),
    (
        "fortnight-ago",
        ("The deal was signed a fortnight ago.", "a fortnight ago", "DATE", "2024-W18"),
    ),
    (
        "earlier-this-month",
        ("He resigned earlier this month.", "earlier this month", "DATE", "2024-05"),
    ),
    (
        "later-this-year",
        ("Elections are due later this year.", "later this year", "DATE", "2024"),
    ),
    ("since-2014", ("Rebels have held the town since 2014.", "2014", "DATE", "2014")),
    (
        "first-time-since-2008",
        ("Inflation rose for the first time since 2008.", "2008", "DATE", "2008"),
    ),
    ("net-zero-by-2050", ("The EU aims for net zero by 2050.", "2050", "DATE", "2050")),
    ("2010s", ("Growth slowed in the 2010s.", "the 2010s", "DATE", "201")),
    ("90s", ("It was a hit in the '90s.", "the '90s", "DATE", "199")),
    ("and-90s", ("It was popular in the 1980s and '90s.", "'90s", "DATE", "199")),
    ("fy2024-25", ("Spending rose in FY2024-25.", "FY2024-25", "DATE", "2025")),
    (
        "between-2010",
        ("Unemployment rose between 2010 and 2015.", "2015", "DATE", "2015"),
    ),
    (
        "from-march-to-may",
        ("The exhibition runs from March to May.", "May", "DATE", "2024-05"),
    ),
    ("range-2014-2016", ("He served as mayor from 2014-2016.", "2016", "DATE", "2016")),
    (
        "monday-next-week",
        ("We will meet on Monday next week.", "Monday next week", "DATE", "2024-05-20"),
    ),
    (
        "tuesday-last-week",
        ("He arrived on Tuesday last week.", "Tuesday last week", "DATE", "2024-05-07"),
    ),
    (
        "thursday-of-last-week",
        (
            "The deal was signed on Thursday of last week.",
            "Thursday of last week",
            "DATE",
            "2024-05-09",
        ),
    ),
    (
        "first-monday-of-march",
        (
            "The vote was held on the first Monday of March.",
            "the first Monday of March",
            "DATE",
            "2024-03-04",
        ),
    ),
    (
        "second-tuesday-in-april-2025",
        (
            "The vote is on the second Tuesday in April, 2025.",
            "the second Tuesday in April, 2025",
            "DATE",
            "2025-04-08",
        ),
    ),
    (
        "last-friday-of-the-month",
        (
            "Pay day is the last Friday of the month.",
            "the last Friday of the month",
            "DATE",
            "2024-05-31",
        ),
    ),
    (
        "first-monday-next-month",
        (
            "Talks resume on the first Monday of next month.",
            "the first Monday of next month",
            "DATE",
            "2024-06-03",
        ),
    ),
    (
        "two-weeks-from-today",
        (
            "The trip is two weeks from today.",
            "two weeks from today",
            "DATE",
            "2024-W22",
        ),
    ),
    (
        "three-days-from-now",
        (
            "The meeting will be held three days from now.",
            "three days from now",
            "DATE",
            "2024-05-18",
        ),
    ),
    (
        "day-after-may-5",
        (
            "He returned the day after May 5.",
            "the day after May 5",
            "DATE",
            "2024-05-06",
        ),
    ),
    (
        "day-before-march-10-2023",
        (
            "It began the day before March 10, 2023.",
            "the day before March 10, 2023",
            "DATE",
            "2023-03-09",
        ),
    ),
    (
        "year-before-last",
        ("It happened the year before last.", "the year before last", "DATE", "2022"),
    ),
    (
        "week-after-next",
        (
            "The sale starts the week after next.",
            "the week after next",
            "DATE",
            "2024-W22",
        ),
    ),
    (
        "month-after-next",
        (
            "Talks resume the month after next.",
            "the month after next",
            "DATE",
            "2024-07",
        ),
    ),
    (
        "years-later-from-year",
        (
            "The plant opened in 1998 and closed 20 years later.",
            "20 years later",
            "DATE",
            "2018",
        ),
    ),
    (
        "decade-earlier-from-year",
        (
            "The 2008 crash came a decade earlier than the 2018 one.",
            "2008",
            "DATE",
            "2008",
        ),
    ),
    (
        "this-time-last-year",
        (
            "Sales were flat from this time last year.",
            "this time last year",
            "DATE",
            "2023-05-15",
        ),
    ),
    (
        "same-time-next-week",
        (
            "Talks resume at the same time next week.",
            "the same time next week",
            "DATE",
            "2024-05-22",
        ),
    ),
    (
        "at-the-weekend",
        ("He was released at the weekend.", "the weekend", "DATE", "2024-W19-WE"),
    ),
    (
        "by-the-weekend",
        ("A deal is expected by the weekend.", "the weekend", "DATE", "2024-W20-WE"),
    ),
    # ------------------------------------------------ named days
    (
        "black-friday",
        (
            "Shoppers flocked to stores on Black Friday.",
            "Black Friday",
            "DATE",
            "2023-11-24",
        ),
    ),
    (
        "cyber-monday",
        (
            "Sales on Cyber Monday hit a record last year.",
            "Cyber Monday",
            "DATE",
            "2023-11-27",
        ),
    ),
    (
        "juneteenth",
        ("Rallies will be held on Juneteenth.", "Juneteenth", "DATE", "2024-06-19"),
    ),
    (
        "easter-weekend",
        (
            "Shops closed over the Easter weekend.",
            "Easter weekend",
            "DATE",
            "2024-W13-WE",
        ),
    ),
    (
        "thanksgiving-weekend",
        (
            "Travel peaked over Thanksgiving weekend last year.",
            "Thanksgiving weekend",
            "DATE",
            "2023-W47-WE",
        ),
    ),
    ("anzac-day", ("Crowds gathered on Anzac Day.", "Anzac Day", "DATE", "2024-04-25")),
    (
        "canada-day",
        ("Fireworks are planned for Canada Day.", "Canada Day", "DATE", "2024-07-01"),
    ),
    # ------------------------------------------------ sets
    (
        "every-four-years",
        ("The games are held every four years.", "every four years", "SET", "P4Y"),
    ),
    ("twice-a-week", ("The board meets twice a week.", "twice a week", "SET", "P1W")),
    ("annually", ("The report is published annually.", "annually", "SET", "P1Y")),
]


@pytest.mark.parametrize("case", [c for _, c in FOUND], ids=[i for i, _ in FOUND])
def test_modern_news_expression_found(case: Case) -> None:
    sentence, span, tp, value = case
    got = triples(sentence)
    assert (span, tp, value) in got, got


@pytest.mark.parametrize("case", [c for _, c in FOUND], ids=[i for i, _ in FOUND])
def test_modern_news_offsets_exact(case: Case) -> None:
    sentence = case[0]
    for e in found(sentence):
        assert sentence[e.start : e.end] == e.text


NOT_TAGGED: list[tuple[str, str, str]] = [
    # (id, sentence, text that must not be (part of) a time expression)
    ("score", "Arsenal won 3-1 on Saturday.", "3-1"),
    ("score-half-time", "The score was 2-2 at half-time.", "2-2"),
    ("vote-count", "The Senate voted 52-48 to confirm her.", "52-48"),
    ("9-11", "The 9/11 attacks killed nearly 3,000 people.", "9/11"),
    ("7-7", "The 7/7 bombings killed 52 people.", "7/7"),
    ("24-7", "The hotline is open 24/7.", "24/7"),
    ("covid-19", "The COVID-19 pandemic hit the economy.", "19"),
    ("g20", "Leaders met at the G20 summit.", "G20"),
    ("a320", "The airline ordered 50 Airbus A320 jets.", "A320"),
    ("windows-11", "Microsoft released Windows 11.", "11"),
    ("two-year-old", "The 2-year-old was rescued.", "2-year-old"),
    ("10-day-old", "A 10-day-old baby was found.", "10-day"),
    ("16-year-old", "The 16-year-old was charged.", "16-year"),
    ("phone", "Call 020 7946 0958 for information.", "0958"),
    ("phone-us", "Call (212) 555-0123 for details.", "0123"),
    ("price", "Shares closed at $20.19.", "20.19"),
    ("price-pounds", "It costs £19.99 a month.", "19.99"),
    ("article-50", "Britain triggered Article 50.", "50"),
    ("resolution-2231", "The council adopted Resolution 2231.", "2231"),
    ("resolution-2334", "The U.N. Security Council passed resolution 2334.", "2334"),
    ("f-16", "Ukraine wants F-16 jets.", "16"),
    ("1500m", "She won the 1,500m.", "1,500m"),
    ("2024-employees", "The firm's 2,024 employees were told.", "2,024"),
    ("2000-cars", "Tesla recalled 2,000 cars.", "2,000"),
    ("russell-2000", "The Russell 2000 index fell 2%.", "2000"),
    ("euro-2024", "Euro 2024 starts in June.", "2024"),
    ("tokyo-2020", "The Tokyo 2020 Games were delayed.", "2020"),
    ("paris-2024", "The Paris 2024 Olympics opened.", "2024"),
    ("flight-93", "Flight 93 crashed in a field.", "93"),
    ("chapter-11", "The firm filed for Chapter 11.", "11"),
    ("h5n1", "The H5N1 virus spread.", "H5"),
    ("h1n1", "The H1N1 pandemic hit in 2009.", "H1"),
    ("boeing-737", "The Boeing 737 MAX was grounded.", "737"),
    (
        "75th-anniversary",
        "The country marks the 75th anniversary of its independence.",
        "75th",
    ),
    ("year-on-year", "Prices rose 5% year-on-year.", "year-on-year"),
    ("year-over-year", "Sales were up 4% year-over-year.", "year-over-year"),
    ("first-half-match", "The team led 2-0 in the first half.", "first half"),
    (
        "early-hours-of-war",
        "Talks broke down in the early hours of the war.",
        "early hours",
    ),
    ("last-season-of-show", "The show ended in its last season.", "last season"),
    ("march-quarter-lower", "Troops marched into the march quarter.", "quarter"),
    ("talked-to-may", "He talked to May on Monday.", "May"),
    ("iso-in-version", "Version 2024.05.12.3 was released.", "2024.05.12"),
    ("not-pair-of-years", "The file 2024/05 was lost.", "2024/05"),
    ("eastern-europe", "At 7 p.m. Eastern Europe was quiet.", "Eastern"),
    ("dead-end", "The project reached a dead-end in June.", "dead-end"),
    (
        "november-january-period",
        "Sales in the November-January period fell.",
        "the November",
    ),
    ("early-morning-adjective", "She is an early-morning runner.", "early-morning"),
    (
        "late-evening-of-life",
        "He wrote it in the late evening of his life.",
        "late evening",
    ),
    ("at-9-this-year", "He was born at 9 this year.", "at 9"),
    ("weekend-market", "He was at the weekend market.", "weekend"),
    ("2h-pencil", "He used a 2H pencil.", "2H"),
    ("third-week-of-trial", "It is the third week of the trial.", "third week"),
    ("sun-newspaper", "The Sun 12 pages were printed.", "Sun"),
    ("womens-day", "Marches marked International Women's Day.", "Women's Day"),
    ("bill-218-214", "The bill passed 218-214.", "218-214"),
    ("rating-4-5", "Critics rated it 4/5.", "4/5"),
]


@pytest.mark.parametrize(
    "sentence, text", [c[1:] for c in NOT_TAGGED], ids=[c[0] for c in NOT_TAGGED]
)
def test_modern_news_non_date_not_tagged(sentence: str, text: str) -> None:
    start = sentence.index(text)
    end = start + len(text)
    overlapping = [e.text for e in found(sentence) if e.start < end and start < e.end]
    assert overlapping == [], overlapping


BEHIND_TIME: list[tuple[str, str, str]] = [
    # (id, sentence with "late/early on" meaning behind/ahead of time, the same
    # words naming the night or morning of the day)
    (
        "was",
        "The flight was late on Monday.",
        "Troops entered the town late on Monday.",
    ),
    ("were", "Trains were late on Tuesday.", "Rebels attacked late on Tuesday."),
    (
        "running",
        "Trains were running late on Friday.",
        "Israeli jets struck late on Friday.",
    ),
    ("too", "It is too late on Friday to file.", "Talks ended late on Friday."),
]


@pytest.mark.parametrize(
    "behind, night", [c[1:] for c in BEHIND_TIME], ids=[c[0] for c in BEHIND_TIME]
)
def test_late_after_copula_is_behind_time(behind: str, night: str) -> None:
    (day,) = found(behind)
    assert not day.text.startswith("late") and day.type == "DATE"
    (late,) = found(night)
    assert late.text.startswith("late on") and late.value.endswith("TNI")


def test_no_publication_date_leaves_new_forms_underspecified() -> None:
    got = [
        (e.text, e.value)
        for e in found(
            "Profit rose in the September quarter and last season, late on Tuesday.",
            None,
        )
    ]
    assert ("the September quarter", "XXXX-Q3") in got
    assert ("last season", "XXXX") in got
    assert ("late on Tuesday", "XXXX-WXX-2TNI") in got


JAN10 = dt.date(2025, 1, 10)

FUTURE: list[tuple[str, Case]] = [
    ("will-december", ("Sales will rise in December.", "December", "DATE", "2025-12")),
    (
        "will-jan-2",
        ("The deal will be signed on Jan. 2.", "Jan. 2", "DATE", "2026-01-02"),
    ),
    ("past-jan-2", ("The deal was signed on Jan. 2.", "Jan. 2", "DATE", "2025-01-02")),
    (
        "deadline-passed",
        ("A judge ordered him to leave by Jan. 2.", "Jan. 2", "DATE", "2025-01-02"),
    ),
    (
        "will-february",
        ("Talks will resume in February.", "February", "DATE", "2025-02"),
    ),
]


@pytest.mark.parametrize("case", [c for _, c in FUTURE], ids=[i for i, _ in FUTURE])
def test_plain_future_names_no_day_already_past(case: Case) -> None:
    sentence, span, tp, value = case
    got = [(e.text, str(e.type), e.value) for e in found(sentence, JAN10)]
    assert (span, tp, value) in got, got


def test_a_year_earlier_moves_from_the_year_just_named() -> None:
    text = (
        "PARIS, Feb 20 (AFP) - LVMH on Tuesday reported a net profit of 15.2 "
        "billion euros for 2023, up 8 percent from a year earlier."
    )
    got = [
        (e.text, e.value) for e in dates.extract(Document(text), dt.date(2024, 2, 20))
    ]
    assert ("a year earlier", "2022") in got, got
    assert ("Tuesday", "2024-02-20") in got, got


def test_clock_time_is_not_on_a_since_day() -> None:
    text = "Shares, which have gained 12 percent since January 1, were up 3.5 percent at 1035 GMT."
    got = [(e.text, e.value) for e in found(text)]
    assert ("1035 GMT", "2024-05-15T10:35") in got, got
    text = "Fighting began on Sunday night; the first shells fell at 2130 GMT."
    got = [(e.text, e.value) for e in found(text)]
    assert ("2130 GMT", "2024-05-12T21:30") in got, got


@pytest.mark.parametrize(
    "metaphor, time",
    [
        (
            "He wrote it in the late evening of his life.",
            "Shots rang out in the late evening of his visit.",
        ),
        (
            "It came in the morning of his reign.",
            "Troops left in the morning of the attack.",
        ),
    ],
    ids=["life", "reign"],
)
def test_part_of_day_of_a_life_is_no_time(metaphor: str, time: str) -> None:
    assert found(metaphor) == []
    (e,) = found(time)
    assert e.type == "TIME" and e.text.startswith("the ")


OPENERS = list(iter_rows("dates/data/year_openers.tsv"))


@pytest.mark.parametrize("row", OPENERS, ids=[r[1] for r in OPENERS])
def test_year_after_an_opening_word_is_found(row: tuple[str, ...]) -> None:
    """Each word of the openers list leaves the year after it a year (its example)."""
    example = row[2]
    years = [e.text for e in found(example) if any(ch.isdigit() for ch in e.text)]
    assert years and years[0][-4:].isdigit(), (example, years)


@pytest.mark.parametrize(
    "sentence",
    [
        "Project 2025 was drafted by the Heritage Foundation.",
        "Vision 2030 aims to diversify the economy.",
        "Expo 2020 opened in Dubai.",
        "Critics attacked the conservative Project 2025 plan.",
    ],
    ids=["project-2025", "vision-2030", "expo-2020", "inside-sentence"],
)
def test_name_holding_a_year_is_no_date(sentence: str) -> None:
    assert [e.text for e in found(sentence)] == []


GAME: list[tuple[str, str, bool]] = [
    # (id, sentence, whether "the ... quarter" in it is a calendar quarter)
    ("scored", "He scored in the third quarter.", False),
    ("score", "The Chiefs led 14-10 in the second quarter.", False),
    ("touchdown", "Mahomes threw a touchdown pass in the first quarter.", False),
    ("profit", "Profit rose in the third quarter.", True),
    ("percent-range", "Revenue rose 3-4% in the third quarter.", True),
    (
        "percentage-points",
        "Margins rose 2 percentage points in the third quarter.",
        True,
    ),
    ("led-the-market", "The company led the market in the third quarter.", True),
    ("dated-game", "He scored in the third quarter of 2023, the firm said.", True),
]


@pytest.mark.parametrize(
    "sentence, calendar", [c[1:] for c in GAME], ids=[c[0] for c in GAME]
)
def test_quarter_of_a_game_is_no_date(sentence: str, calendar: bool) -> None:
    quarters = [e for e in found(sentence) if "quarter" in e.text]
    assert bool(quarters) == calendar, quarters


def test_this_time_last_year_of_a_leap_day() -> None:
    got = [
        (e.text, e.value)
        for e in dates.extract(
            Document("Prices were lower this time last year."), dt.date(2024, 2, 29)
        )
    ]
    assert ("this time last year", "2023-02-28") in got, got


def test_day_after_a_lower_case_may_keeps_the_day_alone() -> None:
    got = [
        (e.text, e.value) for e in found("He left the day after may 5 people arrived.")
    ]
    assert got == [("the day", "XXXX-XX-XX")], got
