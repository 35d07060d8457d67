"""A year stated earlier in the sentence places a later year-less month or
day of the same time there ("In 1987, the company bought shares in March");
a year inside a participle that modifies a noun ("The plant, built in 1975,")
is that noun's past and places nothing."""

from __future__ import annotations

import pytest

from .support import date_triples as triples

_REF = "1989-10-30"


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("In 1987, the company bought shares in March.", "March", "1987-03"),
        ("Last year's storm hit in October.", "October", "1988-10"),
        (
            "The company was founded in 1987 and opened its first store in March.",
            "March",
            "1987-03",
        ),
    ],
)
def test_stated_year_places_the_month(text: str, span: str, value: str) -> None:
    assert (span, "DATE", value) in triples(text, _REF)


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("The plant, built in 1975, was closed in March.", "March", "1989-03"),
        (
            "Under a program approved by the company in 1987 that didn't specify "
            "a share amount, Nashua had purchased 481,000 shares through Sept. 29.",
            "Sept. 29",
            "1989-09-29",
        ),
        (
            "A bridge opened in 1962 was shut to traffic in August, officials said.",
            "August",
            "1989-08",
        ),
    ],
)
def test_year_of_a_noun_participle_places_nothing(
    text: str, span: str, value: str
) -> None:
    assert (span, "DATE", value) in triples(text, _REF)
