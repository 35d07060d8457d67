"""Clubs whose names hold a place of another country.

- A team of a results line takes the country of the largest place in its name
  ("Fortuna Duesseldorf" is Düsseldorf's, not of Fortuna, a town in Brazil).
- A place inside a sports club's name that lies in another country than the
  club's is a homonym, no place of the article ("Fortuna", "Queens Park" of
  "Queens Park Rangers"); the places opening other organisations' names stay
  ("Maryland State Police", "Air France", "the German Marshall Fund of the
  United States").
"""

from __future__ import annotations

import pytest

from newsfacts import parse_article

RESULTS = """SOCCER - GERMAN FIRST DIVISION RESULTS.

BONN 1996-08-24

Results of German first division soccer matches played on Saturday:

Hansa Rostock 0 Bayer Leverkusen 2
Fortuna Duesseldorf 0 VfB Stuttgart 4
Arminia Bielefeld 2 Schalke 2
Werder Bremen 1 Bayern Munich 3
"""


@pytest.mark.parametrize(
    "team",
    ["Hansa Rostock", "Fortuna Duesseldorf", "Arminia Bielefeld", "Werder Bremen"],
)
def test_team_takes_its_towns_country(team: str) -> None:
    article = parse_article(RESULTS, published="1996-08-24")
    found = {a.name: a.country for a in article.actors}
    assert found[team] == "DE"


def test_homonyms_inside_a_clubs_name_are_no_places() -> None:
    article = parse_article(RESULTS, published="1996-08-24")
    countries = {loc.country for loc in article.locations}
    assert countries <= {"DE"}, countries


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Ian Holloway believes Queens Park Rangers have found consistency.",
            "Queens Park",
        ),
        ("Fortuna Duesseldorf beat Werder Bremen 2-1 on Saturday.", "Fortuna"),
    ],
)
def test_place_of_another_country_inside_a_club(text: str, absent: str) -> None:
    article = parse_article(text, published="2020-01-01")
    assert absent not in {m.text for loc in article.locations for m in loc.mentions}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Maryland State Police said two men were held.", "Maryland"),
        ("Air France cancelled flights on Monday.", "France"),
        (
            "A report by the German Marshall Fund of the United States said.",
            "United States",
        ),
    ],
)
def test_places_opening_other_names_stay(text: str, place: str) -> None:
    article = parse_article(text, published="2020-01-01")
    assert place in {m.text for loc in article.locations for m in loc.mentions}
