"""A stop word capitalised inside a sentence opens an organisation's name.

"the ruling All Progressives Congress" is Nigeria's party, not a "Progressives
Congress"; at a sentence's start "All" is still the determiner ("All Labour
Party members voted": the Labour Party).
"""

from __future__ import annotations

import pytest

import newsfacts


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "The ruling All Progressives Congress dismissed the demand.",
            "All Progressives Congress",
        ),
        ("He spoke on All India Radio on Monday.", "All India Radio"),
        ("All Labour Party members voted for the motion.", "Labour Party"),
    ],
)
def test_stop_word_opening_an_organisation(text: str, org: str) -> None:
    article = newsfacts.parse_article(text, published="2024-10-16")
    orgs = [a.name for a in article.actors if a.kind.value == "organization"]
    assert orgs == [org]


def test_determiner_opening_a_sentence_names_nothing() -> None:
    article = newsfacts.parse_article("All Republicans voted against the bill.")
    assert [a.name for a in article.actors if a.kind.value == "organization"] == []
