"""A name's reading with no context, a town placed by its description, and
names written with their article.

- `places/data/primary_readings.tsv`: the reading a city name has in English
  with no context, where population and the capital bonus would pick another
  place of the name ("San Jose" is California's; "Valencia" is Spain's), while
  the article's context still decides ("San Jose, Costa Rica").
- "the Venezuelan city of Valencia": the nationality places the town.
- "in the Hague", "deforestation in the Amazon": a name whose article is part
  of it is found after a lower-case "the", and "the Amazon warehouse" is the
  company's, not the forest.
"""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts._data import iter_rows
from newsfacts.knowledge.gazetteer import gazetteer
from newsfacts.knowledge.keys import name_key
from newsfacts.records import Location

PRIMARY = [
    (name, int(gid)) for name, gid, *_ in iter_rows("places/data/primary_readings.tsv")
]


def _place(text: str, name: str) -> Location | None:
    """The location with a mention of `name` at its first offset in `text`."""
    at = text.index(name)
    for loc in newsfacts.parse_article(text, published="2024-03-14").locations:
        for m in (*loc.mentions, *loc.metonymic):
            assert text[m.start : m.end] == m.text
            if m.start == at:
                return loc
    return None


def _other_country(name: str, gid: int) -> str:
    """The country of the largest other city of `name`."""
    others = [
        e
        for e, _ in gazetteer().lookup(name_key(name))
        if e.kind == "city" and e.geonames_id != gid
    ]
    return max(others, key=lambda e: e.population).country or ""


@pytest.mark.parametrize(("name", "gid"), PRIMARY, ids=[n for n, _ in PRIMARY])
def test_primary_reading_without_context(name: str, gid: int) -> None:
    """With no context, each row's name reads as the row's place."""
    text = f"Police in {name} said on Monday that two men were arrested."
    loc = _place(text, name)
    assert loc is not None
    assert loc.geonames_id == gid


@pytest.mark.parametrize(("name", "gid"), PRIMARY, ids=[n for n, _ in PRIMARY])
def test_context_still_decides(name: str, gid: int) -> None:
    """A qualifier with the other place's country reads that place."""
    country = _other_country(name, gid)
    country_name = gazetteer().countries[country].name
    text = f"Police in {name}, {country_name}, said on Monday that two men were held."
    loc = _place(text, name)
    assert loc is not None
    assert loc.country == country
    assert loc.geonames_id != gid


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Venezuelan city of Valencia was hit by protests.", "Valencia", "VE"),
        (
            "In the Venezuelan industrial city of Valencia, protests grew.",
            "Valencia",
            "VE",
        ),
        ("The Spanish port of Cadiz was closed on Monday.", "Cadiz", "ES"),
        ("The Mexican city of Salamanca was hit by floods.", "Salamanca", "MX"),
        ("The Costa Rican capital of San Jose was calm.", "San Jose", "CR"),
        ("The Spanish city of Toledo was hit by floods.", "Toledo", "ES"),
        # the description belongs to its own town only
        (
            "The Spanish city of Bilbao and Valencia, Venezuela, signed a pact.",
            "Valencia",
            "VE",
        ),
    ],
)
def test_described_town_takes_its_country(text: str, name: str, country: str) -> None:
    loc = _place(text, name)
    assert loc is not None
    assert loc.country == country


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The court in the Hague ruled on Monday.", "Hague", "The Hague"),
        ("The court in The Hague ruled on Monday.", "The Hague", "The Hague"),
        ("Deforestation in the Amazon rose by a fifth.", "Amazon", "Amazon Basin"),
        ("Fires raged in the Amazon jungle.", "Amazon", "Amazon Basin"),
        (
            "Deforestation in the Brazilian Amazon rose.",
            "Brazilian Amazon",
            "Amazon Basin",
        ),
        ("A ferry sank on the Mekong on Sunday.", "Mekong", "Mekong"),
        ("He sailed down the Thames on Monday.", "Thames", "Thames"),
        ("The Danube burst its banks on Monday.", "Danube", "Danube"),
        ("Wildfires swept the Outback on Monday.", "Outback", "Outback"),
        ("Three climbers died on Everest in May.", "Everest", "Mount Everest"),
        ("He lives on the Isle of Arran.", "Isle of Arran", "Isle of Arran"),
        ("The West Indies drew with England on Sunday.", "West Indies", "West Indies"),
    ],
)
def test_names_with_their_article_and_features(
    text: str, name: str, expected: str
) -> None:
    loc = _place(text, name)
    assert loc is not None
    assert loc.name == expected


@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        (
            "Rescuers searched after the Guadalhorce river burst its banks.",
            "Guadalhorce river",
            "other",
            None,
        ),
        (
            "The Ghaggar river rose above the danger mark in Ambala.",
            "Ghaggar river",
            "other",
            "IN",
        ),
        (
            "Fighting spread in the Kurram valley of Pakistan.",
            "Kurram valley",
            "other",
            "PK",
        ),
        # a name the gazetteer knows keeps its reading
        ("Bodies were found in the Seine river.", "Seine", "other", "FR"),
        (
            "The Yamuna river rose above the danger mark in Delhi.",
            "Yamuna",
            "other",
            "IN",
        ),
    ],
)
def test_lower_case_feature_keywords(
    text: str, name: str, kind: str, country: str | None
) -> None:
    """A feature the gazetteer lacks, named with "river", "valley" or "delta"
    in lower case after "the", is a place of its own."""
    loc = _place(text, name)
    assert loc is not None
    assert loc.name == name
    assert loc.kind == kind
    assert loc.country == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an adjective is no name
        ("Villages in the Himalayan valley were cut off.", "Himalayan"),
        # no "the": a modifier, not the feature
        ("Trump river cruises were cancelled.", "Trump"),
        # the company's things, not the forest
        ("The Amazon warehouse in Seattle was closed on Monday.", "Amazon"),
        ("The Amazon deal was signed on Monday.", "Amazon"),
        ("He met the Amazon founder on Monday.", "Amazon"),
        # a local name or a phrase, not the small town of that name
        ("Residents of the Valley said the fires spread.", "Valley"),
        ("He retired to the Colony last year.", "Colony"),
    ],
)
def test_not_the_place(text: str, name: str) -> None:
    assert _place(text, name) is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Officials in Korea said on Monday that exports rose.", "Korea", "KR"),
        ("U.S. Forces Korea said the drill would go ahead.", "Korea", "KR"),
        ("North Korea fired a missile on Monday.", "North Korea", "KP"),
        ("South Korea and North Korea met at Panmunjom.", "North Korea", "KP"),
    ],
)
def test_korea_alone_is_the_south(text: str, name: str, country: str) -> None:
    """ "Korea" alone is South Korea in news; the North is named as such."""
    loc = _place(text, name)
    assert loc is not None
    assert loc.country == country
