"""Places stage: a mention whose own context decides gets its own reading, while
the name's other mentions keep the article's reading of the name."""

from __future__ import annotations

import pytest

from newsfacts.places import extract
from newsfacts.records import Location
from newsfacts.text import Document


def _named(text: str, surface: str) -> list[Location]:
    """The locations of `text` with a mention written `surface`."""
    found = extract(Document(text))
    return [
        loc for loc in found.locations if any(m.text == surface for m in loc.mentions)
    ]


def _kinds(text: str, surface: str) -> list[str]:
    """Kind of the reading of each mention of `surface`, in text order."""
    found = extract(Document(text))
    got = sorted(
        (m.start, loc.kind.value)
        for loc in found.locations
        for m in loc.mentions
        if m.text == surface
    )
    return [kind for _, kind in got]


# (text, surface, kinds of its mentions in order)
CASES = [
    pytest.param(
        "New York Gov. Andrew Cuomo said on Monday that flights into New York "
        "would resume after the storm.",
        "New York",
        ["admin1", "city"],
        id="state-office-then-city",
    ),
    pytest.param(
        "After stops in Washington, New York and Boston, the prince flew to Houston.",
        "New York",
        ["city"],
        id="list-with-a-plain-city-is-of-cities",
    ),
    pytest.param(
        "Voters in Oregon, Washington and Idaho went to the polls on Tuesday.",
        "Washington",
        ["admin1"],
        id="list-of-states",
    ),
    pytest.param(
        "Teams from Alaska, Hawaii, Florida and Washington, D.C., joined the "
        "drill in Seattle, Washington.",
        "Washington, D.C.",
        ["city"],
        id="restated-capital-among-states",
    ),
    pytest.param(
        "Teams from Alaska, Hawaii, Florida and Washington, D.C., joined the "
        "drill in Seattle, Washington.",
        "Washington",
        ["admin1"],
        id="qualifier-state-beside-restated-capital",
    ),
]


@pytest.mark.parametrize(("text", "surface", "kinds"), CASES)
def test_mention_readings(text: str, surface: str, kinds: list[str]) -> None:
    assert _kinds(text, surface) == kinds


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        pytest.param(
            "The British soldier, who was embedded with US special forces in "
            "Syria, was born in Manchester and served in Colchester.",
            "Colchester",
            "GB",
            id="demonym-vouches-for-its-country",
        ),
        pytest.param(
            "The soldier, who was embedded with US special forces in Syria, "
            "trained in Colchester.",
            "Colchester",
            "US",
            id="without-the-demonym-the-named-country",
        ),
    ],
)
def test_demonym_context(text: str, surface: str, country: str) -> None:
    got = _named(text, surface)
    assert got
    assert got[0].country == country


@pytest.mark.parametrize(
    ("text", "surface", "admin1"),
    [
        pytest.param(
            "Houston beat San Antonio on Monday, and Dallas lost at home against "
            "Portland on Tuesday.",
            "Portland",
            "OR",
            id="towns-of-a-state-do-not-outweigh-a-big-city",
        ),
        pytest.param(
            "Flooding hit Portland, Texas, on Monday, and roads near Corpus "
            "Christi were closed.",
            "Portland",
            "TX",
            id="state-named-as-qualifier",
        ),
    ],
)
def test_state_implied_by_towns(text: str, surface: str, admin1: str) -> None:
    got = _named(text, surface)
    assert got
    assert got[0].admin1 == admin1


@pytest.mark.parametrize(
    ("text", "surface", "country", "admin1"),
    [
        pytest.param(
            "He was born in Murray, Wash., and moved to Seattle.",
            "Murray",
            "US",
            "WA",
            id="town-the-gazetteer-lacks-takes-its-state",
        ),
        pytest.param(
            "Round ten is at Rockingham, Northamptonshire, in August.",
            "Rockingham",
            "GB",
            None,
            id="town-qualified-by-its-county",
        ),
        pytest.param(
            "He moved to Murray, Kentucky, last year.",
            "Murray",
            "US",
            "KY",
            id="qualifier-holding-a-reading",
        ),
        pytest.param(
            "Trips to Saipan, Guam, Alaska and Hawaii are planned.",
            "Saipan",
            "MP",
            None,
            id="list-peers-are-no-qualifiers",
        ),
    ],
)
def test_qualifier_without_a_reading_inside(
    text: str, surface: str, country: str, admin1: str | None
) -> None:
    got = _named(text, surface)
    assert got
    assert got[0].country == country
    if admin1 is not None:
        assert got[0].admin1 == admin1


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        pytest.param(
            "Leaders met in Davos, Switzerland, on Tuesday.", "Davos", "CH", id="comma"
        ),
        pytest.param(
            "The talks opened in Davos in Switzerland.", "Davos", "CH", id="in"
        ),
        pytest.param(
            "Troops entered Mosul, Iraq, at dawn.", "Mosul", "IQ", id="city-still-found"
        ),
    ],
)
def test_town_qualified_by_its_country(text: str, surface: str, country: str) -> None:
    """A town of the small-towns table is found when its country's name follows
    it as a qualifier, though the article names no state of it."""
    got = _named(text, surface)
    assert got
    assert got[0].country == country


def test_country_qualifier_makes_no_town_of_a_person() -> None:
    """ "Wells" is an English town, but "Britain's envoy" is an apposition."""
    found = extract(Document("Wells, Britain's envoy, said no."))
    assert all(m.text != "Wells" for loc in found.locations for m in loc.mentions)


@pytest.mark.parametrize(
    ("text", "surface", "states"),
    [
        (
            "Protesters marched in Portland, Oregon, and in Portland, Maine.",
            "Portland",
            ["OR", "ME"],
        ),
        (
            "The company has plants in Springfield, Illinois, and Springfield, "
            "Massachusetts.",
            "Springfield",
            ["IL", "MA"],
        ),
        # one qualifier: the bare mention keeps the name's reading
        ("He was born in Paris, Texas, and died in Paris.", "Paris", ["TX", "TX"]),
    ],
    ids=["portland", "springfield", "paris-once"],
)
def test_each_qualifier_holds_its_own_town(
    text: str, surface: str, states: list[str]
) -> None:
    found = extract(Document(text))
    got = sorted(
        (m.start, loc.admin1)
        for loc in found.locations
        for m in loc.mentions
        if m.text == surface
    )
    assert [admin1 for _, admin1 in got] == states
