"""Spatial minimality: an ambiguous name takes the reading near the article's
other places, but a small town never displaces a state or a big city."""

from __future__ import annotations

import pytest

from newsfacts.places import extract
from newsfacts.records import Location
from newsfacts.text import Document


def _at(text: str, surface: str) -> Location | None:
    start = text.index(surface)
    for loc in extract(Document(text)).locations:
        if any(m.start == start for m in loc.mentions):
            return loc
    return None


@pytest.mark.parametrize(
    ("text", "surface", "country", "admin1"),
    [
        (
            "A new office opened in Nelson on Monday. Officials in Vancouver "
            "and Kelowna said it would help rural communities.",
            "Nelson",
            "CA",
            "02",
        ),
        (
            "Rain fell on Morgantown, Charleston and Parkersburg overnight.",
            "Charleston",
            "US",
            "WV",
        ),
        (
            "Police in Portland and Salem said the storm cut power.",
            "Salem",
            "US",
            "OR",
        ),
    ],
    ids=["nelson-bc", "charleston-wv", "salem-oregon"],
)
def test_reading_near_the_other_places(
    text: str, surface: str, country: str, admin1: str
) -> None:
    loc = _at(text, surface)
    assert loc is not None
    assert (loc.country, loc.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # Edmonton (London) is a small district: the city of a million stays
        # beside a place of its own province (with Enfield, see below, the
        # two north London neighbours are read together).
        ("Officials in Edmonton and Red Deer said.", "Edmonton", "CA"),
        ("Talks in Paris and Troyes went on.", "Paris", "FR"),
    ],
    ids=["edmonton-big-city", "paris-big-city"],
)
def test_small_town_does_not_displace_a_big_place(
    text: str, surface: str, country: str
) -> None:
    loc = _at(text, surface)
    assert loc is not None
    assert loc.country == country


def test_qualifier_still_decides() -> None:
    loc = _at("The storm hit Paris, Texas, and Dallas.", "Paris")
    assert loc is not None
    assert (loc.country, loc.admin1) == ("US", "TX")


@pytest.mark.parametrize(
    ("text", "surface", "country", "admin1"),
    [
        (
            "COLUMBUS, Ohio (AP) — The Bulldogs outlasted Louisville in overtime.",
            "Louisville",
            "US",
            "KY",
        ),
        (
            "A Queensland alert was issued after four boys were taken in Edmonton "
            "on Tuesday.",
            "Edmonton",
            "AU",
            "04",
        ),
        (
            "EDMONTON, Ky. — Police in Edmonton said the road was closed.",
            "Police in Edmonton",
            "US",
            "KY",
        ),
    ],
    ids=["louisville-not-ohio-town", "edmonton-queensland", "edmonton-kentucky"],
)
def test_small_town_needs_support_to_displace_a_big_city(
    text: str, surface: str, country: str, admin1: str
) -> None:
    start = text.index(surface) + surface.rindex(surface.split()[-1])
    got = [
        loc
        for loc in extract(Document(text)).locations
        if any(m.start == start for m in loc.mentions)
    ]
    assert got
    assert (got[0].country, got[0].admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        pytest.param(
            "Crystal meth use is rising in London, the homeless coalition said. "
            "A treatment centre will also open in St. Thomas next spring.",
            "London",
            "CA",
            id="every-other-place-near-the-small-reading",
        ),
        pytest.param(
            "Crystal meth use is rising in London, the charity said. A treatment "
            "centre will also open in St. Thomas and in Paris next spring.",
            "London",
            "GB",
            id="one-place-far-from-both-keeps-the-big-city",
        ),
        pytest.param(
            "Crystal meth use is rising in London, England, the charity said. A "
            "centre will also open in St. Thomas next spring.",
            "London",
            "GB",
            id="qualifier-keeps-the-big-city",
        ),
        pytest.param(
            "Crystal meth use is rising in London, the charity said. A centre "
            "will also open in Reading and in Oxford next spring.",
            "London",
            "GB",
            id="places-near-the-big-city",
        ),
    ],
)
def test_big_city_moves_only_when_all_places_lie_elsewhere(
    text: str, surface: str, country: str
) -> None:
    loc = _at(text, surface)
    assert loc is not None
    assert loc.country == country


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        pytest.param(
            "Pupils from an Edmonton school have built a garden. Enfield Council "
            "praised their work.",
            "Edmonton",
            "GB",
            id="two-neighbouring-towns-read-together",
        ),
        pytest.param(
            "Pupils from an Edmonton school have built a garden. Enfield Council "
            "praised their work.",
            "Enfield",
            "GB",
            id="two-neighbouring-towns-read-together-second",
        ),
        pytest.param(
            "Oilers fans in Edmonton, Alberta, cheered. Enfield Council praised "
            "the team.",
            "Edmonton",
            "CA",
            id="qualifier-keeps-its-reading",
        ),
        pytest.param(
            "Flights between San Diego and Guadalupe resumed on Monday.",
            "San Diego",
            "US",
            id="small-neighbours-do-not-move-two-cities",
        ),
    ],
)
def test_two_names_of_one_neighbourhood(text: str, surface: str, country: str) -> None:
    loc = _at(text, surface)
    assert loc is not None
    assert loc.country == country


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # Two readings in one region: nearness grades of 150 and 400 km say
        # little there, so the larger stays unless a named place is a neighbour.
        (
            "Fans travelled from Newcastle to Manchester for the match.",
            "Newcastle",
            "Newcastle upon Tyne",
        ),
        (
            "Police in Stoke and Newcastle said two men were arrested.",
            "Newcastle",
            "Newcastle under Lyme",
        ),
        (
            "Detectives in Suffolk County said a body was found in Southold.",
            "Suffolk County",
            "Suffolk County",
        ),
    ],
    ids=["newcastle-beside-manchester", "newcastle-beside-stoke", "suffolk-ny"],
)
def test_one_region_needs_a_neighbour(text: str, surface: str, name: str) -> None:
    loc = _at(text, surface)
    assert loc is not None
    assert loc.name == name
    if surface == "Suffolk County":
        assert loc.admin1 == "NY"


@pytest.mark.parametrize(
    ("text", "country", "kind"),
    [
        (
            "The storm hit Vancouver and Victoria on Monday, cutting power.",
            "CA",
            "city",
        ),
        (
            "Bushfires burned across Victoria, and smoke reached Melbourne.",
            "AU",
            "admin1",
        ),
        ("Flooding in Victoria closed roads on Monday.", "AU", "admin1"),
        (
            "Police in Victoria, British Columbia, said the ferry was late.",
            "CA",
            "city",
        ),
        ("Officials in Punjab and Lahore said the floods had receded.", "PK", "admin1"),
    ],
    ids=["beside-vancouver", "beside-melbourne", "alone", "qualified", "punjab"],
)
def test_state_or_city_of_its_name(text: str, country: str, kind: str) -> None:
    surface = "Punjab" if "Punjab" in text else "Victoria"
    loc = _at(text, surface)
    assert loc is not None
    assert (loc.country, loc.kind.value) == (country, kind)
