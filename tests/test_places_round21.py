"""Places told from people's full names and clubs' names, and small towns of
states named by their chief city.

- A given name before a surname that is also a place's name, before a verb of
  speech, is a person ("John Jordan said", though "john" is a common word).
- A given name that is a place's name, right before the name of a state or a
  country that does not hold it, opens a person's full name ("Mary
  Washington", "Mary Berlin"); a big place's name does so before a verb of
  speech only ("Sydney Mendoza said"). A town and its own state stay places
  ("Mary Turkmenistan", "Austin Texas").
- A place and a day's name that make a known club's name are the club where
  nothing places the name ("Leeds 3 Sheffield Wednesday 0").
- A state named by its chief city's name ("Valencia", "the Valencia region")
  licenses that state's small towns ("Chiva").
"""

from __future__ import annotations

import pytest

from newsfacts.knowledge.gazetteer import gazetteer
from newsfacts.knowledge.keys import name_key
from newsfacts.places import PlaceFindings, extract
from newsfacts.text import Document


def _find(text: str) -> PlaceFindings:
    return extract(Document(text))


def _names(text: str) -> dict[str, str | None]:
    """Each place mention's text -> the country of its place."""
    out: dict[str, str | None] = {}
    for loc in _find(text).locations:
        for m in loc.mentions:
            assert text[m.start : m.end] == m.text
            out[m.text] = loc.country
    return out


# (text, words that must not be found as places)
PEOPLE = [
    ("John Jordan said on Monday the talks had failed.", ["Jordan"]),
    ("Mark Jordan told reporters the deal was close.", ["Jordan"]),
    ("Bill Israel said the company would appeal.", ["Israel"]),
    ("Mary Washington said the plan would go ahead.", ["Mary", "Washington"]),
    ("The report was written by Mary Berlin, a teacher.", ["Mary", "Berlin"]),
    ("Mary Victoria said the plan would go ahead.", ["Mary", "Victoria"]),
    ("Mary Warwick, 54, has lived in the street for years.", ["Mary", "Warwick"]),
    ("Sydney Mendoza said the plan would go ahead.", ["Sydney", "Mendoza"]),
    ("Florence Adams said the plan would go ahead.", ["Florence"]),
    ("Sarah Jordan said on Monday the talks had failed.", ["Jordan"]),
]


@pytest.mark.parametrize(("text", "absent"), PEOPLE)
def test_full_names_are_no_places(text: str, absent: list[str]) -> None:
    found = _names(text)
    for word in absent:
        assert word not in found, (text, found)


# (text, place mention -> its country)
PLACES = [
    ("The plane landed in Mary, Turkmenistan, on Monday.", {"Mary": "TM"}),
    ("Flights to Mary Turkmenistan resumed on Monday.", {"Mary": "TM"}),
    ("Officials in Austin Texas said the plan would go ahead.", {"Austin": "US"}),
    ("Paris Texas was hit by a tornado on Monday.", {"Paris": "US", "Texas": "US"}),
    ("Victoria Australia was hit by bushfires.", {"Australia": "AU"}),
    ("Will Israel retaliate?", {"Israel": "IL"}),
    ("Jordan said on Monday it would close its border.", {"Jordan": "JO"}),
    ("Officials in Washington Jordan said nothing.", {"Washington": "US"}),
    ("Kabul Afghanistan", {"Kabul": "AF", "Afghanistan": "AF"}),
    ("Sydney Australia hosted the final.", {"Sydney": "AU"}),
    ("The minister arrived in Berlin on Monday.", {"Berlin": "DE"}),
    ("Mary is the capital of Mary province in Turkmenistan.", {"Turkmenistan": "TM"}),
    (
        "KABUL, Afghanistan - Mary Robinson said talks would resume.",
        {"KABUL": "AF", "Afghanistan": "AF"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_places_beside_names_stay_places(text: str, expected: dict[str, str]) -> None:
    found = _names(text)
    for word, country in expected.items():
        assert found.get(word) == country, (text, found)


def _given_name_capitals() -> list[tuple[str, str]]:
    """US cities of 100,000 people or more whose one-word name is a given name
    and the name's biggest reading, with their state's one-word name: a town
    and its own state, never a person's full name ("Austin Texas")."""
    gaz = gazetteer()
    out = []
    for key in sorted(gaz.given_names):
        readings = [e for e, _ in gaz.lookup(key)]
        if not readings or " " in key:
            continue
        top = max(readings, key=lambda e: e.population)
        if top.kind != "city" or top.country != "US" or top.population < 100_000:
            continue
        state = gaz.admin1.get(("US", top.admin1 or ""))
        if state is None or " " in state.name:
            continue
        out.append((top.name, state.name))
    return out


@pytest.mark.parametrize(("town", "state"), _given_name_capitals())
def test_town_and_own_state_stay_places(town: str, state: str) -> None:
    text = f"Flights to {town} {state} resumed on Monday, officials said."
    found = _names(text)
    # (the pair without a comma is no qualifier: "Georgia" may still read the
    # country; both names are places all the same)
    assert found.get(town) == "US", (text, found)
    assert state in found, (text, found)


def test_generated_pairs_exist() -> None:
    assert len(_given_name_capitals()) >= 5


@pytest.mark.parametrize(
    "state", ["Washington", "Berlin", "Victoria", "Mendoza", "Georgia", "Jordan"]
)
def test_small_given_name_place_before_a_state_is_a_person(state: str) -> None:
    text = f"The report was written by Mary {state}, a teacher at the school."
    assert not _names(text), text


# (text, must find, must not find)
CLUBS = [
    ("Leeds 3 Sheffield Wednesday 0", [], ["Sheffield"]),
    ("Sheffield Wednesday beat Leeds 2-1 on Saturday.", [], ["Sheffield"]),
    ("Police in Sheffield Wednesday said a man was arrested.", ["Sheffield"], []),
    ("The minister arrived in Sheffield Wednesday for talks.", ["Sheffield"], []),
    ("The minister arrived in Beijing Wednesday for talks.", ["Beijing"], []),
    ("Talks resumed in Jeddah Monday after a pause.", ["Jeddah"], []),
]


@pytest.mark.parametrize(("text", "present", "absent"), CLUBS)
def test_club_named_with_a_day(
    text: str, present: list[str], absent: list[str]
) -> None:
    found = _names(text)
    for word in present:
        assert word in found, (text, found)
    for word in absent:
        assert word not in found, (text, found)


# (text, must find (text -> country), must not find)
TOWNS = [
    (
        "Floods hit homes in Paiporta and Chiva after heavy rain in Valencia.",
        {"Paiporta": "ES", "Chiva": "ES"},
        [],
    ),
    (
        "Floods hit homes in Paiporta and Chiva in the Valencia region.",
        {"Paiporta": "ES", "Chiva": "ES"},
        [],
    ),
    (
        "Torrential rain swept Valencia province on Tuesday.\n\n"
        "Chiva received more rain in eight hours than in a normal year.",
        {"Chiva": "ES"},
        [],
    ),
    (
        "Floods hit Valencia province on Tuesday.\n\n"
        "Chiva said the rain was the worst he had seen.",
        {},
        ["Chiva"],
    ),
    (
        "Heavy rain hit Valencia, Venezuela, on Tuesday.\n\n"
        "Chiva received more rain in eight hours than in a normal year.",
        {"Valencia": "VE"},
        ["Chiva"],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), TOWNS)
def test_towns_of_state_named_by_its_city(
    text: str, present: dict[str, str], absent: list[str]
) -> None:
    found = _names(text)
    for word, country in present.items():
        assert found.get(word) == country, (text, found)
    for word in absent:
        assert word not in found, (text, found)


def test_state_named_like_its_city_exists() -> None:
    state = gazetteer().admin1[("ES", "60")]
    assert name_key("Valencia")[:4] in name_key(state.name)
