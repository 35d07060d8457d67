"""Titles of prosecutors, lawyers and heads of devolved and state
governments before a name: the person is found, with the title."""

from __future__ import annotations

import pytest

import newsfacts


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Manhattan District Attorney Alvin Bragg said the case would go to trial.",
         "Alvin Bragg", "District Attorney"),
        ("U.S. Attorney Damian Williams announced the charges on Monday.",
         "Damian Williams", "U.S. Attorney"),
        ("Civil rights attorney Ben Crump said the family would sue.", "Ben Crump",
         "attorney"),
        ("Scotland's First Minister John Swinney said the vote would go ahead.",
         "John Swinney", "First Minister"),
        ("Chief Minister Mamata Banerjee said the state would appeal.",
         "Mamata Banerjee", "Chief Minister"),
        ("Prosecutor General Andriy Kostin said the suspects had fled.",
         "Andriy Kostin", "Prosecutor General"),
        ("Taoiseach Micheal Martin said Ireland would not intervene.",
         "Micheal Martin", "Taoiseach"),
    ],
)  # fmt: skip
def test_title_before_a_name(text: str, name: str, title: str) -> None:
    article = newsfacts.parse_article(text, published="2024-05-02")
    people = [a for a in article.actors if a.name == name]
    assert people, [(a.name, a.kind.value) for a in article.actors]
    assert people[0].kind.value == "person"
    assert people[0].title == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Los Angeles County District Attorney's Office said it would appeal.",
         "Los Angeles County District Attorney's Office"),
        ("Prosecutors from the U.S. Attorney's Office in Manhattan filed charges.",
         "U.S. Attorney's Office"),
    ],
)  # fmt: skip
def test_office_named_after_its_officer_stays_whole(text: str, name: str) -> None:
    """A title inside an office's name does not cut the name."""
    article = newsfacts.parse_article(text, published="2024-05-02")
    assert [a.kind.value for a in article.actors if a.name == name] == ["organization"]
