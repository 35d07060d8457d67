"""A seat of justice before "Attorney" makes a public prosecutor's title
("Maricopa County Attorney Rachel Mitchell": "County Attorney", JUD), while
the office keeps its name and a lawyer keeps "attorney"."""

from __future__ import annotations

import pytest

from newsfacts import parse_article


@pytest.mark.parametrize(
    ("text", "name", "title", "code"),
    [
        ("Maricopa County Attorney Rachel Mitchell said the case was closed.",
         "Rachel Mitchell", "County Attorney", "USAJUD"),
        ("Manhattan District Attorney Alvin Bragg said the case would go to trial.",
         "Alvin Bragg", "District Attorney", "USAJUD"),
        ("Cook County State's Attorney Kim Foxx said charges would be dropped.",
         "Kim Foxx", "State's Attorney", "USAJUD"),
        ("Civil rights attorney Ben Crump said the family would sue.",
         "Ben Crump", "attorney", None),
        ("U.S. Attorney Damian Williams announced the charges on Monday.",
         "Damian Williams", "U.S. Attorney", "USAJUD"),
    ],
)  # fmt: skip
def test_seat_before_attorney(
    text: str, name: str, title: str, code: str | None
) -> None:
    article = parse_article(text, published="2024-05-02")
    people = [a for a in article.actors if a.name == name]
    assert people, article.actors
    assert people[0].kind.value == "person"
    assert people[0].title == title
    assert people[0].code == code


def test_the_office_of_a_county_attorney_keeps_its_name() -> None:
    text = "The Maricopa County Attorney's Office said the case was closed."
    article = parse_article(text)
    names = {(a.name, a.kind.value) for a in article.actors}
    assert ("Maricopa County Attorney's Office", "organization") in names
    assert not any(a.kind.value == "person" for a in article.actors)
