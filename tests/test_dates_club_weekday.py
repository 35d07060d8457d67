"""A weekday that ends a club's name ("Sheffield Wednesday") is no day where
the sport says so; after a preposition of place it is the city and the day."""

from __future__ import annotations

import pytest

from newsfacts._data import iter_rows

from .support import date_triples as triples

_THU = "2025-01-16"  # Thursday; the Wednesday before is 2025-01-15


def _wednesdays(text: str) -> list[tuple[str, str, str]]:
    return [t for t in triples(text, _THU) if "Wednesday" in t[0]]


@pytest.mark.parametrize(
    "text",
    [
        "Sheffield Wednesday beat Leeds 2-1 on Saturday.",
        "Leeds drew with Sheffield Wednesday at Elland Road on Tuesday.",
        "Sheffield Wednesday 1 Norwich City 3",
        "Norwich City 3 Sheffield Wednesday 1",
        "Leeds 2 (Smith 34, Jones 70) Sheffield Wednesday 1 (Hirst 12)",
        "Sheffield Wednesday 12 5 4 3 18 14 19",
        "Leeds v Sheffield Wednesday (postponed)",
        "The match between Sheffield Wednesday and Leeds was postponed.",
        "Sheffield Wednesday v Leeds, kick-off 3pm",
        "A 2-1 win over Sheffield Wednesday lifted Leeds to third.",
        "Leeds lost at Sheffield Wednesday on Saturday.",
        "He played for Sheffield Wednesday for five years.",
        "Sheffield Wednesday manager Danny Rohl said on Monday the club would appeal.",
        "Sheffield Wednesday's players trained on Friday.",
        "SHEFFIELD, England (Reuters) - Sheffield Wednesday sacked their manager.",
        '"It was hard," he said. Sheffield Wednesday were relegated.',
    ],
)
def test_the_club_is_no_day(text: str) -> None:
    assert _wednesdays(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police in Sheffield Wednesday said a man had been arrested.",
        "Voters in Sheffield Wednesday backed the council's plan.",
        "Floods hit homes across Sheffield Wednesday after heavy rain.",
        "A man was arrested in Sheffield Wednesday.",
        "Fans of Sheffield Wednesday marched in Sheffield Wednesday.",
        "The club said on Wednesday it had sacked its manager.",
    ],
)
def test_the_city_and_the_day(text: str) -> None:
    assert _wednesdays(text)[-1:] == [("Wednesday", "DATE", "2025-01-15")]


def _rows(*classes: str) -> list[tuple[str, str]]:
    return [
        (word, example.split(" (")[0])
        for name, word, example in iter_rows("dates/data/club_weekdays.tsv")
        if name in classes
    ]


@pytest.mark.parametrize("word,example", _rows("before", "after", "result_after"))
def test_each_cue_makes_the_club(word: str, example: str) -> None:
    """Each row's example names the club, not the day; the city and the day
    in the next sentence are still the city and the day."""
    assert _wednesdays(example + ".") == []
    got = _wednesdays(f"{example}. Police in Sheffield Wednesday said it was calm.")
    assert got == [("Wednesday", "DATE", "2025-01-15")]


@pytest.mark.parametrize("word,example", _rows("place_before"))
def test_each_place_word_keeps_the_day(word: str, example: str) -> None:
    assert _wednesdays(example + ".") == [("Wednesday", "DATE", "2025-01-15")]
