"""Places stage: a name written with "river" or "rivers" in lower case right
before or after it, or after or before the list it stands in, is a river's: it
takes a natural feature of the gazetteer or no reading, never a town or a state
of that name ("the Severn river" is no town of Maryland)."""

from __future__ import annotations

import pytest

from newsfacts.places import extract
from newsfacts.records import LocationKind
from newsfacts.text import Document


def _readings(text: str) -> dict[str, tuple[LocationKind, str | None]]:
    """Each mention's text -> its place's kind and country."""
    return {
        m.text: (loc.kind, loc.country)
        for loc in extract(Document(text)).locations
        for m in loc.mentions
    }


# (text, a name that must not be read as a town, a state or a country)
NOT_A_TOWN = [
    (
        "Flood warnings were issued along the rivers Severn and Wye on Monday, "
        "the Environment Agency said.",
        "Severn",
    ),
    (
        "Flood warnings were issued along the rivers Severn and Wye on Monday, "
        "the Environment Agency said.",
        "Wye",
    ),
    ("Residents were told the Severn river could burst its banks.", "Severn"),
    ("Heavy rain swelled the river Severn at Worcester.", "Severn"),
    ("Barges were halted on the Mississippi river near Memphis.", "Mississippi"),
    ("Troops crossed the Jordan river before dawn, witnesses said.", "Jordan"),
    ("The Thames and Severn rivers rose on Monday.", "Severn"),
]


@pytest.mark.parametrize(("text", "name"), NOT_A_TOWN)
def test_a_river_name_is_no_town(text: str, name: str) -> None:
    got = _readings(text).get(name)
    assert got is None or got[0] is LocationKind.OTHER, (name, got)


# (text, mention, kind, country): the river found as a natural feature, by the
# gazetteer or by its lower-case keyword
RIVERS = [
    (
        "The Thames river rose near Oxford on Tuesday.",
        "Thames",
        LocationKind.OTHER,
        "GB",
    ),
    (
        "The Thames and Severn rivers rose on Monday.",
        "Thames",
        LocationKind.OTHER,
        "GB",
    ),
    (
        "Barges were halted on the Mississippi river near Memphis.",
        "Mississippi river",
        LocationKind.OTHER,
        "US",
    ),
    (
        "The Niger river flooded parts of Niamey, Niger.",
        "Niger river",
        LocationKind.OTHER,
        "NE",
    ),
]


@pytest.mark.parametrize(("text", "mention", "kind", "country"), RIVERS)
def test_a_river_is_a_feature(
    text: str, mention: str, kind: LocationKind, country: str
) -> None:
    assert _readings(text).get(mention) == (kind, country)


# (text, mention, kind, country): the same names where they plainly name a town,
# a state or a country
STILL_PLACES = [
    (
        "Officials in Severn, Maryland, said the river had risen overnight.",
        "Severn",
        LocationKind.CITY,
        "US",
    ),
    (
        "Troops crossed the Jordan river into Jordan on Monday.",
        "Jordan",
        LocationKind.COUNTRY,
        "JO",
    ),
    (
        "The Niger river flooded parts of Niamey, Niger.",
        "Niger",
        LocationKind.COUNTRY,
        "NE",
    ),
    (
        "Floods hit Mississippi and Louisiana as rivers rose, officials said.",
        "Mississippi",
        LocationKind.ADMIN1,
        "US",
    ),
    (
        "Memphis river traffic resumed, the port said, after the floods in Tennessee.",
        "Tennessee",
        LocationKind.ADMIN1,
        "US",
    ),
]


@pytest.mark.parametrize(("text", "mention", "kind", "country"), STILL_PLACES)
def test_the_same_names_elsewhere_stay_places(
    text: str, mention: str, kind: LocationKind, country: str
) -> None:
    assert _readings(text).get(mention) == (kind, country)
