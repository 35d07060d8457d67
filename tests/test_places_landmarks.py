"""Named facilities with a point of their own: places where the sentence puts
something at them, an actor's name (not a place) where they speak."""

from __future__ import annotations

import pytest

from newsfacts._data import iter_rows
from newsfacts.places import extract
from newsfacts.places.landmarks import landmarks
from newsfacts.records import LocationKind
from newsfacts.text import Document


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("Talks were held at the Kremlin on Monday.", "Kremlin", "Kremlin", "RU"),
        (
            "Protesters gathered outside Downing Street.",
            "Downing Street",
            "Downing Street",
            "GB",
        ),
        ("He walked down Downing Street.", "Downing Street", "Downing Street", "GB"),
        ("Officials at the Pentagon said.", "Pentagon", "Pentagon", "US"),
        ("Rioters stormed the U.S. Capitol.", "U.S. Capitol", "U.S. Capitol", "US"),
        ("Flights from Heathrow were cancelled.", "Heathrow", "Heathrow Airport", "GB"),
        (
            "He was flown to Bagram Air Base.",
            "Bagram Air Base",
            "Bagram Air Base",
            "AF",
        ),
        (
            "Protesters gathered outside the Elysee Palace in Paris.",
            "Elysee Palace",
            "Elysee Palace",
            "FR",
        ),
        ("The leaders met at Camp David.", "Camp David", "Camp David", "US"),
        ("Camp David hosted the talks.", "Camp David", "Camp David", "US"),
    ],
    ids=[
        "kremlin-at",
        "downing-outside",
        "downing-down",
        "pentagon-at",
        "capitol-stormed",
        "heathrow",
        "bagram",
        "elysee",
        "camp-david",
        "camp-david-subject",
    ],
)
def test_facility_is_a_place(text: str, surface: str, name: str, country: str) -> None:
    start = text.index(surface)
    got = [
        loc
        for loc in extract(Document(text)).locations
        if any(m.start == start and m.text == surface for m in loc.mentions)
    ]
    assert got, surface
    loc = got[0]
    assert (loc.name, loc.kind, loc.country) == (name, LocationKind.FACILITY, country)
    assert loc.lat is not None and loc.lon is not None


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said on Monday it would respond.",
        "Downing Street said the prime minister would stay.",
        "The White House declined to comment.",
        "He spoke on behalf of the Kremlin.",
        "Wall Street fell sharply.",
        "The Elysee said the president was well.",
    ],
    ids=["kremlin", "downing", "white-house", "behalf-of", "wall-street", "elysee"],
)
def test_seat_of_power_speaking_is_not_a_place(text: str) -> None:
    assert not extract(Document(text)).locations


def test_every_facility_point_is_on_earth() -> None:
    for row in landmarks().values():
        assert -90 <= row.lat <= 90 and -180 <= row.lon <= 180, row.name
        assert len(row.country) == 2, row.name


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        pytest.param(
            "The parade ended at Washington Square, in the Marigny of New "
            "Orleans. Holy Redeemer Church stood beside Washington Square.",
            "Washington Square",
            "New Orleans",
            id="square-named-for-a-place-elsewhere",
        ),
        pytest.param(
            "The parade ended at Washington Square, in the Marigny of New "
            "Orleans. Holy Redeemer Church stood beside Washington Square.",
            "Holy Redeemer Church",
            "New Orleans",
            id="church-beside-such-a-square",
        ),
        pytest.param(
            "Traffic was slow on London Road in Leicester on Monday.",
            "London Road",
            "Leicester",
            id="road-named-for-the-city-it-leads-to",
        ),
        pytest.param(
            "Flights resumed at Mitiga International Airport in Tripoli on Monday.",
            "Mitiga International Airport",
            "Tripoli",
            id="facility-in-the-city-named-beside-it",
        ),
        pytest.param(
            "MELBOURNE, Jan 28 (Reuters) - Sinner won the final on Sunday.\n\n"
            "He sealed victory after four hours at Rod Laver Arena.\n\n"
            "Next month he plays in Rotterdam and Dubai.",
            "Rod Laver Arena",
            "MELBOURNE",
            id="building-in-the-dateline-city-not-a-later-paragraph's",
        ),
    ],
)
def test_keyword_place_takes_the_point_of_the_city_around_it(
    text: str, surface: str, city: str
) -> None:
    found = extract(Document(text))
    by_text = {m.text: loc for loc in found.locations for m in loc.mentions}
    assert (by_text[surface].lat, by_text[surface].lon) == (
        by_text[city].lat,
        by_text[city].lon,
    )


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        ("According to Susan Park, the talks failed.", "Susan Park", False),
        ("The report was written by Linda Park.", "Linda Park", False),
        ("Protesters gathered in Victoria Park.", "Victoria Park", True),
        ("Thousands marched to Victoria Park on Sunday.", "Victoria Park", True),
        ("The race took place at the Albert Park circuit.", "Albert Park", True),
    ],
    ids=["according-to", "written-by", "in-park", "to-park", "at-the-park"],
)
def test_a_given_name_before_a_surname_keyword(
    text: str, surface: str, place: bool
) -> None:
    """ "Park" is a surname too: after a given name it makes a place only where
    a place word puts something there."""
    found = extract(Document(text))
    names = {m.text for loc in found.locations for m in loc.mentions}
    assert (surface in names) is place, names


def _site_names() -> list[tuple[str, str, str]]:
    """(name or other name, the facility's name, country) of every site."""
    out = []
    for name, others, cc, _adm, _lat, _lon, use, _src in iter_rows(
        "knowledge/data/facilities.tsv"
    ):
        if use == "site":
            out += [(n, name, cc) for n in (name, *others.split("|")) if n]
    return out


@pytest.mark.parametrize(
    ("surface", "name", "country"), _site_names(), ids=[n for n, _, _ in _site_names()]
)
def test_every_site_is_found_by_each_of_its_names(
    surface: str, name: str, country: str
) -> None:
    """Generated from the table: a site is a place at each name it bears."""
    text = f"Thousands gathered at {surface} on Monday."
    found = [
        loc
        for loc in extract(Document(text)).locations
        if any(m.text == surface for m in loc.mentions)
    ]
    assert [(loc.name, loc.country) for loc in found] == [(name, country)], text
