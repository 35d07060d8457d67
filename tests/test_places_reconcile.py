"""One span, one thing: places inside people's and organisations' names."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.findings import PlaceFindings
from newsfacts.places import drop_actor_spans
from newsfacts.records import Actor, Location, Mention


def _placed(text: str) -> set[str]:
    """Surfaces (with offsets) of the place mentions of `text`."""
    art = newsfacts.parse_article(text)
    return {f"{m.text}@{m.start}" for loc in art.locations for m in loc.mentions}


def _at(text: str, surface: str, nth: int = 0) -> str:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return f"{surface}@{start}"


# (text, surface, occurrence, is a place mention)
CASES = [
    pytest.param(
        "Maryland State Police say the driver was arrested near Baltimore.",
        "Maryland",
        0,
        True,
        id="state-opening-police-name",
    ),
    pytest.param(
        "The Jamaica Cancer Society will offer free screening in Kingston.",
        "Jamaica",
        0,
        True,
        id="country-opening-society-name",
    ),
    pytest.param(
        "A major trade mission to China by the Government of Alberta ended on "
        "Friday in Beijing.",
        "Alberta",
        0,
        True,
        id="province-after-of-in-government",
    ),
    pytest.param(
        "Crews from Middlesex-London EMS were sent to the scene in London, "
        "Ontario, on Friday.",
        "London",
        0,
        True,
        id="hyphenated-places-opening-name",
    ),
    pytest.param(
        "The turkey is pardoned in a ceremony at the White House a few days "
        "before Thanksgiving.",
        "White House",
        0,
        True,
        id="literal-seat-of-power-stays",
    ),
    pytest.param(
        "Environment Canada warned of heavy snow in Toronto on Saturday.",
        "Canada",
        0,
        True,
        id="country-closing-agency-name",
    ),
    pytest.param(
        "Hundreds of passengers on Air France were stranded in Paris.",
        "France",
        0,
        True,
        id="country-closing-airline-name",
    ),
]


@pytest.mark.parametrize(("text", "surface", "nth", "place"), CASES)
def test_actor_spans(text: str, surface: str, nth: int, place: bool) -> None:
    assert (_at(text, surface, nth) in _placed(text)) is place


def _loc(text: str, surface: str, name: str, kind: str = "city") -> Location:
    start = text.index(surface)
    return Location(
        name=name, kind=kind, mentions=(Mention.of(text, start, start + len(surface)),)
    )


def test_place_inside_organisation_name_is_dropped() -> None:
    text = "Shares of SME Mauritius Limited rose on Monday in Port Louis."
    org = Actor(
        name="SME Mauritius Limited",
        kind="organization",
        mentions=(Mention.of(text, 10, 31),),
    )
    places = PlaceFindings(
        locations=(
            _loc(text, "Mauritius", "Mauritius", "country"),
            _loc(text, "Port Louis", "Port Louis"),
        )
    )
    got = drop_actor_spans(places, [org], text)
    assert [loc.name for loc in got.locations] == ["Port Louis"]


def test_metonymic_mention_stays() -> None:
    text = "Washington said on Monday that talks would resume."
    span = Mention.of(text, 0, 10)
    person = Actor(name="Washington", kind="person", mentions=(span,))
    loc = Location(name="Washington", kind="city", mentions=(span,), metonymic=(span,))
    got = drop_actor_spans(PlaceFindings(locations=(loc,)), [person], text)
    assert got.locations == (loc,)


def test_place_inside_person_name_is_dropped() -> None:
    text = "Anna Keller, a teacher in Fort Worth, said the school was closed."
    person = Actor(
        name="Anna Keller", kind="person", mentions=(Mention.of(text, 0, 11),)
    )
    places = PlaceFindings(
        locations=(
            _loc(text, "Keller", "Keller"),
            _loc(text, "Fort Worth", "Fort Worth"),
        )
    )
    got = drop_actor_spans(places, [person], text)
    assert [loc.name for loc in got.locations] == ["Fort Worth"]


def test_metonymic_mention_inside_a_longer_name_is_dropped() -> None:
    """ "Washington said" stays a place, but not inside a person's name."""
    text = "Denzel Washington said on Monday that the film was done."
    span = Mention.of(text, 7, 17)
    person = Actor(
        name="Denzel Washington", kind="person", mentions=(Mention.of(text, 0, 17),)
    )
    loc = Location(name="Washington", kind="city", mentions=(span,), metonymic=(span,))
    got = drop_actor_spans(PlaceFindings(locations=(loc,)), [person], text)
    assert got.locations == ()
