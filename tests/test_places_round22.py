"""A town's state or country named right after it without a comma, and "of"
after a compass point.

- "Savannah Georgia", "London Ontario", "Moscow Russia": an area that holds
  one of the town's readings names the town's area as "Savannah, Georgia"
  does, and is read as that area ("Georgia" the US state, not the country).
  Two names side by side that are not town and area keep their own readings
  ("Washington Georgia and Armenia": a list of countries).
- "north of Nice", "20 km south of Reading", "the centre of Reading": a
  compass point or a centre before "of" places a name that is also a common
  word, as "the streets of Cologne" does.
"""

from __future__ import annotations

import pytest

from newsfacts.places import PlaceFindings, extract
from newsfacts.text import Document


def _find(text: str) -> PlaceFindings:
    return extract(Document(text))


def _names(text: str) -> dict[str, tuple[str | None, str]]:
    """Each place mention's text -> (country, kind) of its place."""
    out: dict[str, tuple[str | None, str]] = {}
    for loc in _find(text).locations:
        for m in loc.mentions:
            assert text[m.start : m.end] == m.text
            out[m.text] = (loc.country, loc.kind.value)
    return out


# (town, its state) pairs read in "in <town> <state> on Friday"
TOWN_STATE = [
    ("Savannah", "Georgia"),
    ("Augusta", "Georgia"),
    ("Macon", "Georgia"),
    ("Columbus", "Georgia"),
    ("Athens", "Georgia"),
    ("Rome", "Georgia"),
    ("Jackson", "Mississippi"),
    ("Portland", "Maine"),
    ("Paris", "Texas"),
    ("Columbus", "Ohio"),
    ("Springfield", "Illinois"),
]


@pytest.mark.parametrize(("town", "state"), TOWN_STATE)
def test_town_then_its_state_without_comma(town: str, state: str) -> None:
    text = f"The shooting happened in {town} {state} on Friday."
    found = _names(text)
    assert found.get(town, (None, ""))[0] == "US", found
    assert found.get(state) == ("US", "admin1"), found


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("London Ontario police said the man was arrested.", "London", "CA"),
        ("He flew from Moscow Russia to Paris France.", "Moscow", "RU"),
        ("He flew from Moscow Russia to Paris France.", "Paris", "FR"),
        ("Kansas City Missouri police said two men were held.", "Kansas City", "US"),
    ],
)
def test_town_then_its_country_or_province(text: str, town: str, country: str) -> None:
    assert _names(text)[town][0] == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a list of countries keeps them countries
        ("Officials from Washington Georgia and Armenia met.", "Georgia", "GE"),
        ("Georgia and Armenia signed the accord in Tbilisi.", "Georgia", "GE"),
        # the comma form is unchanged
        ("Flooding hit Savannah, Georgia, overnight.", "Georgia", "US"),
        ("Talks opened in Tbilisi, Georgia, on Monday.", "Georgia", "GE"),
    ],
)
def test_areas_not_qualifying_keep_their_reading(
    text: str, name: str, country: str
) -> None:
    assert _names(text)[name][0] == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Fighting was reported north of Nice on Tuesday.", "Nice", "FR"),
        ("The village lies 20 km south of Reading.", "Reading", "GB"),
        ("The fire started west of Phoenix late on Sunday.", "Phoenix", "US"),
        ("Shops in the centre of Reading were closed.", "Reading", "GB"),
    ],
)
def test_compass_point_of_a_common_word_place(
    text: str, name: str, country: str
) -> None:
    assert _names(text)[name][0] == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("'Nice work,' he said, north of the border.", "Nice"),
        ("Reading is a habit the school wants to encourage.", "Reading"),
    ],
)
def test_common_words_elsewhere_stay_words(text: str, word: str) -> None:
    assert word not in _names(text)


@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        # a river's name after "the" is the river, not a town of the name
        ("Floodwaters on the Amur rose again on Monday.", "Amur", "other", None),
        ("Villages along the Zambezi were cut off.", "Zambezi", "other", None),
        (
            "The Brahmaputra had risen above the danger mark.",
            "Brahmaputra",
            "other",
            None,
        ),
        ("Barges on the Elbe were halted by low water.", "Elbe", "other", None),
        ("A body was pulled from the Liffey.", "Liffey", "other", "IE"),
        # a division word after it keeps the division; no "the", the town
        (
            "Police in the Zambezi region said two men were held.",
            "Zambezi",
            "admin1",
            "NA",
        ),
        ("He lives in Amur, a town in India.", "Amur", "city", "IN"),
        # a large city named like a river stays a reading after "the"
        ("Troops crossed the Dnipro near Kherson.", "Dnipro", "city", "UA"),
    ],
)
def test_feature_named_with_its_article(
    text: str, name: str, kind: str, country: str | None
) -> None:
    assert _names(text)[name] == (country, kind)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # regions news names on their own (`regions.tsv`)
        ("Storms could hit the Carolinas on Monday.", "Carolinas", "US"),
        ("Factories have closed across the Rust Belt.", "Rust Belt", "US"),
        ("Earthquakes shook southern Anatolia.", "Anatolia", "TR"),
        ("Snow fell across the Highlands on Tuesday.", "Highlands", "GB"),
        ("Yachts crowded the Riviera in August.", "Riviera", "FR"),
        ("Flooding in the Midlands closed roads near Birmingham.", "Midlands", "GB"),
        # the Zimbabwean province where its country is named
        (
            "Officials in Gweru, in Zimbabwe's Midlands province, said.",
            "Midlands",
            "ZW",
        ),
        # the primary reading of "Yukon" is the territory; a qualifier wins
        ("Wildfires forced evacuations in Yukon on Friday.", "Yukon", "CA"),
        ("Officials in the Yukon said the road had reopened.", "Yukon", "CA"),
        ("Police in Yukon, Oklahoma, said two men were held.", "Yukon", "US"),
    ],
)
def test_regions_named_on_their_own(text: str, name: str, country: str) -> None:
    assert _names(text)[name][0] == country


# big cities of the package's own gazetteer, for sentence-initial words
CITIES = [
    ("Edmonton", "CA"),
    ("Kabul", "AF"),
    ("Chicago", "US"),
    ("Lagos", "NG"),
    ("Manila", "PH"),
    ("Lyon", "FR"),
    ("Osaka", "JP"),
    ("Hamburg", "DE"),
]


@pytest.mark.parametrize(("city", "country"), CITIES)
@pytest.mark.parametrize(
    "frame",
    [
        "One {c} resident said the tax was unfair.",
        "Two {c} hospitals were hit overnight.",
        "Overall {c} received a B ranking.",
        "Another {c} school was closed on Monday.",
    ],
)
def test_place_after_a_sentence_opening_word(
    frame: str, city: str, country: str
) -> None:
    """A number or a quantifier opening a sentence is no part of the name."""
    assert _names(frame.format(c=city)).get(city, (None, ""))[0] == country


@pytest.mark.parametrize(
    "text",
    [
        # a number and a place name that is a common word: a local name
        "Two Rivers police said the road was closed.",
        "Three Rivers residents were told to leave.",
    ],
)
def test_number_and_common_word_is_no_place(text: str) -> None:
    assert "Rivers" not in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a country's possessive before a name that is only a small place
        # abroad: one of the country's people
        ("Brazil's Kaka took the honour in 2007.", "Kaka"),
        ("Canada's Carney said on Monday he would attend.", "Carney"),
        ("Canada's Carney met Britain's Starmer in Ottawa.", "Carney"),
    ],
)
def test_country_possessive_before_a_person(text: str, name: str) -> None:
    assert name not in _names(text)


@pytest.mark.parametrize(
    ("country", "city", "iso"),
    [
        ("Spain", "Valencia", "ES"),
        ("Japan", "Osaka", "JP"),
        ("Italy", "Bari", "IT"),
        ("Germany", "Hamburg", "DE"),
        ("India", "Pune", "IN"),
        ("Nigeria", "Kano", "NG"),
        ("Brazil", "Recife", "BR"),
        ("Ukraine", "Kharkiv", "UA"),
    ],
)
def test_country_possessive_before_its_own_place(
    country: str, city: str, iso: str
) -> None:
    text = f"Floods hit {country}'s {city} on Monday."
    assert _names(text)[city][0] == iso


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a district of a named country whose name is hyphenated
        (
            "A fire broke out near Marseille, France, in the Bouches-du-Rhone.",
            "Bouches-du-Rhone",
            "FR",
        ),
        (
            "Fires hit the Bouches-du-Rhône department in France.",
            "Bouches-du-Rhône",
            "FR",
        ),
        ("She grew up in Newcastle-under-Lyme, England.", "Newcastle-under-Lyme", "GB"),
    ],
)
def test_hyphenated_names_whole(text: str, name: str, country: str) -> None:
    assert _names(text)[name][0] == country


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        # the last part of a hyphenated name is no place of its own
        ("He lives in the Bouches-du-Rhone.", "Rhone"),
        ("Fires hit the Bouches-du-Rhône department.", "Rhône"),
    ],
)
def test_hyphenated_tail_is_no_place(text: str, tail: str) -> None:
    assert tail not in _names(text)
