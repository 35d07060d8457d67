"""Adjectives before a type noun or a noun are no organisation's name.

"the European planemaker" describes a company by its region, as "the Swiss
drugmaker" does by its country; "its Seattle-area factories" and "an EU-wide
ban" hold a place or a body as the first half of a hyphenated adjective. The
names themselves are still found ("Corriere della Sera newspaper", "Seattle").
"""

from __future__ import annotations

import pytest

import newsfacts


def _orgs(text: str) -> list[str]:
    article = newsfacts.parse_article(text, published="2025-02-20")
    return [a.name for a in article.actors if a.kind.value == "organization"]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("The European planemaker delivered 766 aircraft last year.", []),
        ("The Asian carmaker said sales fell.", []),
        ("A strike halted production at its Seattle-area factories.", []),
        ("The Corriere della Sera newspaper said on Monday.", ["Corriere della Sera"]),
        ("Rival Boeing reported a loss.", ["Boeing"]),
    ],
)
def test_adjective_names_no_organisation(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


def test_place_in_a_hyphenated_adjective_is_still_found() -> None:
    text = "A strike halted production at its Seattle-area factories."
    article = newsfacts.parse_article(text)
    assert [loc.name for loc in article.locations] == ["Seattle"]
