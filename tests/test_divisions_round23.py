""" "department" in lower case after a place's name is a country's division
(France's, Colombia's, Peru's), a place and no group that acts; a body called
a department stays one."""

from __future__ import annotations

import pytest

from newsfacts import parse_article


def _groups(text: str) -> set[str]:
    article = parse_article(text, published="2024-08-17")
    return {a.name for a in article.actors if a.kind.value == "group"}


@pytest.mark.parametrize(
    "text",
    [
        "Fires hit the Vaucluse department in France on Tuesday.",
        "Fires forced thousands to flee in the Var department.",
        "Fighting raged in Colombia's Cauca department.",
        "Floods hit Peru's Piura department.",
    ],
)
def test_division_is_no_group(text: str) -> None:
    assert not [g for g in _groups(text) if "department" in g], _groups(text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The department said it would appeal.", "department"),
        (
            "The Lagos police department said two men were held.",
            "Lagos police department",
        ),
        ("The State department said the talks would resume.", "State department"),
    ],
)
def test_body_called_a_department_stays(text: str, group: str) -> None:
    assert group in _groups(text)


@pytest.mark.parametrize(
    "text",
    [
        "She holds an M.Tech and an M.Sc from the University of Lagos.",
        "He earned a B.Sc in 2010.",
    ],
)
def test_degree_in_one_piece_is_no_person(text: str) -> None:
    article = parse_article(text, published="2024-08-17")
    assert not [a.name for a in article.actors if a.kind.value == "person"]


def test_initial_and_surname_stays_a_person() -> None:
    article = parse_article(
        "To bat: R. Croft, D. Cork, I. Salisbury", published="1996-08-22"
    )
    people = {a.name for a in article.actors if a.kind.value == "person"}
    assert {"R. Croft", "D. Cork", "I. Salisbury"} <= people
