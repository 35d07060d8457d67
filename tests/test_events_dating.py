"""When an act is history, and a month is no march.

An act dated by a past year alone is background, not the news: "in 2010",
"in March 2022", "last year", "15 months ago". A month named without its
year is the latest one, and an act in it within the last twelve months is
news ("in May" in a text of March, "in December" in one of January). A
capitalised month's name after a preposition is a date, never the noun
"march" that makes violence repression. Whole-pipeline tests on phrasings
written for them.
"""

from __future__ import annotations

import pytest

import newsfacts


def _codes(text: str, published: str) -> list[str]:
    return [e.cameo for e in newsfacts.parse_article(text, published=published).events]


# (sentence, publication date, codes expected)
DATED: list[tuple[str, str, list[str]]] = [
    ("Police arrested him in May.", "2024-03-14", ["173"]),
    ("Police arrested him in December.", "2024-01-05", ["173"]),
    ("Police arrested him last month.", "2024-01-05", ["173"]),
    ("Police arrested him in March 2022.", "2024-03-14", []),
    ("Police arrested him in 2010.", "2024-03-14", []),
    ("Police arrested him last year.", "2024-03-14", []),
    ("Police arrested him 15 months ago.", "2024-03-14", []),
]


@pytest.mark.parametrize(("text", "published", "codes"), DATED)
def test_history_and_news(text: str, published: str, codes: list[str]) -> None:
    assert _codes(text, published) == codes


# (sentence, codes expected): a month is no protest march
MONTHS: list[tuple[str, list[str]]] = [
    ("Police raided the house in March.", ["180"]),
    ("Police stormed the house in early March.", ["180"]),
    ("Police raided the house on Monday.", ["180"]),
    # the march itself is a protest: violence against it is repression
    ("Soldiers opened fire on the march on Sunday.", ["175"]),
    ("Police fired tear gas at the May Day march.", ["175"]),
]


@pytest.mark.parametrize(("text", "codes"), MONTHS)
def test_a_month_is_no_march(text: str, codes: list[str]) -> None:
    assert _codes(text, "2024-03-14") == codes
