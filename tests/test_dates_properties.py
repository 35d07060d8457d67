"""Dates stage properties on generated text: valid TIMEX3, exact offsets, no today."""

from __future__ import annotations

import datetime as dt

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts import dates
from newsfacts.text import Document

# TIMEX3 value grammar: reference words, durations, (partly unknown) calendar points.
TIMEX3_VALUE = regex.compile(
    r"""
    (?:PRESENT_REF|PAST_REF|FUTURE_REF)
  | PXX  # an amount of time with neither number nor unit known ("for a while")
  | P(?:[\dX]++(?:\.\d++)?+(?:Y|M|W|D|Q|DE|CE))*+(?:T(?:[\dX]++(?:\.\d++)?+[HMS])++)?+
  | PT(?:[\dX]++[HMS])++
  | (?:[\dX]{2,4}+)
    (?:-(?:[\dX]{2}(?:-[\dX]{2})?+|W[\dX]{2}(?:-(?:[1-7X]|WE))?+|Q[1-4X]|H[12X]|SP|SU|FA|WI))?+
    (?:T(?:\d{2}:\d{2}|MO|AF|EV|NI|DT))?+
    """,
    regex.VERBOSE,
)
TYPES = {"DATE", "TIME", "DURATION", "SET"}
# TIMEX3 mod values (TimeML 1.2.1).
MODS = {"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
        "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX", None}  # fmt: skip

FRAGMENTS = [
    "on Monday",
    "last week",
    "three years ago",
    "Nov. 24",
    "24 November 2019",
    "in May",
    "early next year",
    "the past three years",
    "at 3 p.m. EST",
    "every Monday",
    "daily",
    "yesterday",
    "tomorrow morning",
    "this month",
    "the third quarter",
    "mid-2019",
    "the 1990s",
    "now",
    "Currently,",
    "Earlier,",
    "since 2011",
    "for 48 hours",
    "weekly",
    "officials said",
    "will meet",
    "met",
    "the army",
    "$2019",
    "at 6 p.m. on the 20th",
    "the third vote in as many years",
    "in 27 minutes 7.3 seconds",
    "raged over two days",
    "at 8.15 p.m. (2015 GMT)",
    "3-2",
    "64 percent",
    "may",
    "march",
    "sun",
    "second",
    "a quarter of",
    "2 1/2 years",
    "last fall",
    "Christmas",
    "the weekend",
    "12/11/2019",
    "2019-11-24",
    "the day before",
    "that year",
    "7:30",
    "the next day",
    "two weeks later",
    "fiscal 2020",
    "Q3",
    "H1 2019",
    "Thursday morning",
    "late Sunday",
    "09:00 GMT Monday",
    "delayed until",
    "1998-99",
    "2014-2016",
    "two to six days",
    "between three and five years",
    "from March to May",
    "finished in 2:08:41",
    "in 1:42.35",
    "aged 18 months",
    "a 2-year-old",
    "the past year",
    "over the past year",
    "two weeks later than planned",
    "that decade",
    "mid-decade",
    "month-end",
    "the end of the month",
    "overnight",
    "overnight rates",
    "mid-afternoon yesterday",
    "the Party daily Granma",
    "the next 12 to 18 months",
    "Wednesday's ruling",
    "planned to leave on Thursday",
    "the injunction issued Friday was",
    "had been scheduled to expire",
    "April 24 and 25",
    "March 5-6",
    "Monday and Tuesday nights",
    "Easter week",
    "a week or so ago",
    "the turn of the century",
    "The following month",
    "the day after his death",
    "the second day of",
    "The day before last Tuesday",
    "the weeks before the shooting",
    "post-1959",
    "for some time",
    "for a while",
    "the full year",
    "was held in April",
    "from March to May",
    "between November and January",
    "at midnight on March 22",
    "noon on 2 April, 2025",
    "between midnight and 3am",
    "at 9:42 p.m. on Saturday",
    "\n\n",
    ". ",
    ", ",
]
news_text = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=25).map(" ".join)
noise = st.lists(
    st.sampled_from(
        [*list("abcMNOSTW0123456789 .,-/:'\n"), "May", "Nov.", "day", "year"]
    ),
    max_size=120,
).map("".join)
references = st.one_of(
    st.none(), st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2060, 12, 31))
)


def _check(text: str, reference: dt.date | None) -> None:
    exprs = dates.extract(Document(text), reference)
    last_end = 0
    for e in exprs:
        assert text[e.start : e.end] == e.text
        assert e.text == e.text.strip() and e.text
        assert e.start >= last_end  # sorted, no overlaps
        last_end = e.end
        assert str(e.type) in TYPES
        assert TIMEX3_VALUE.fullmatch(e.value), e.value
        assert e.mod in MODS, e.mod
        assert e.rule


@settings(max_examples=150, deadline=None)
@given(news_text, references)
def test_values_are_timex3_and_offsets_exact(
    text: str, reference: dt.date | None
) -> None:
    _check(text, reference)


@settings(max_examples=150, deadline=None)
@given(noise, references)
def test_noise_never_breaks_the_invariants(
    text: str, reference: dt.date | None
) -> None:
    _check(text, reference)


@settings(max_examples=100, deadline=None)
@given(news_text)
def test_no_reference_never_resolves_against_today(text: str) -> None:
    today = dt.date.today()
    stamps = {today.isoformat(), f"{today.year:04d}-{today.month:02d}"}
    for e in dates.extract(Document(text), None):
        assert not any(s in e.value for s in stamps)
        assert e.anchor != "published"


def test_pathological_input_is_linear() -> None:
    """Long runs of date-like material finish quickly (no backtracking blow-up)."""
    text = (
        "May " * 20000
        + "1 " * 20000
        + " " * 50000
        + "2019-" * 5000
        + "the past " * 5000
    )
    exprs = dates.extract(Document(text), dt.date(2019, 11, 26))
    assert all(text[e.start : e.end] == e.text for e in exprs)
