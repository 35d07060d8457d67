"""Weapons of crowd control are repression, missiles and rockets fired are
aerial weapons, and a crowd's thrown missiles are a riot.

Whole-pipeline tests (`parse_article`) on news phrasings written for these
tests. Each table holds what must be coded, what must keep its code and what
must give no event.
"""

from __future__ import annotations

import pytest

from newsfacts import parse_article
from newsfacts.events.words import word_classes

from .support import EventTriple, event_cases, event_triples


def _events(text: str) -> list[EventTriple]:
    """(code, source name, target name) of each event of `text`."""
    return event_triples(text, "2024-03-04")


# ------------------------------------------------ weapons of crowd control

REPRESSION = [
    (
        "rubber-bullets-at-strikers",
        "Police fired rubber bullets at striking workers.",
        [("175", "Police", "workers")],
    ),
    (
        "rubber-bullets-at-a-crowd",
        "Police fired rubber bullets at the crowd.",
        [("175", "Police", "crowd")],
    ),
    (
        "water-cannon-at-demonstrators",
        "Riot police fired water cannon at demonstrators outside parliament.",
        [("175", "Riot police", "demonstrators")],
    ),
    (
        "tear-gas-canisters-into-a-crowd",
        "Police fired tear gas canisters into the crowd.",
        [("175", "Police", "crowd")],
    ),
    (
        "batons-upon-students",
        "Police beat students with batons.",
        [("175", "Police", "students")],
    ),
    (
        "troops-fire-on-a-crowd",
        "Troops fired on the crowd.",
        [("175", "Troops", "crowd")],
    ),
    (
        "rubber-bullets-at-villagers",
        "Police fired rubber bullets at villagers.",
        [("175", "Police", "villagers")],
    ),
    # what must not change: no weapon of crowd control, no crowd
    (
        "live-rounds-at-a-village",
        "Soldiers fired live rounds at the village.",
        [("190", "Soldiers", None)],
    ),
    (
        "a-bomber-upon-a-crowd",
        "A suicide bomber attacked a crowd in Kabul.",
        [("1831", "bomber", "crowd")],
    ),
    (
        "workers-arrested",
        "Police arrested two workers.",
        [("173", "Police", "workers")],
    ),
    (
        "baton-passed",
        "The president passed the baton to his deputy.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(REPRESSION))
def test_weapons_of_crowd_control_are_repression(
    text: str, want: list[EventTriple]
) -> None:
    """Police or troops firing rubber bullets, tear gas or water cannon, or
    using batons, or firing on a crowd or on striking workers, repress
    violently (175); live fire at a village and a bombing stay force."""
    assert _events(text) == want


def test_crowd_control_classes_are_disjoint_from_protest_nouns() -> None:
    """A crowd is no protest noun: "crowds gathered to watch the fireworks"
    stays no demonstration."""
    wc = word_classes()
    assert not wc.crowd_nouns & wc.protest_nouns
    assert _events("Crowds gathered to watch the fireworks.") == []


# ------------------------------------------ missiles, rockets and drones fired

AERIAL = [
    (
        "missiles-at-a-city",
        "Russia fired missiles at Kyiv overnight.",
        [("195", "Russia", "Ukraine")],
    ),
    (
        "rockets-at-a-country",
        "Hamas fired rockets at Israel on Saturday.",
        [("195", "Hamas", "Israel")],
    ),
    (
        "rockets-into-a-country",
        "Militants fired rockets into southern Israel.",
        [("195", "Militants", "Israel")],
    ),
    (
        "drones-launched",
        "Iran launched drones at Israel.",
        [("195", "Iran", "Israel")],
    ),
    (
        "missiles-launched",
        "Iran launched missiles at Israel on Tuesday.",
        [("195", "Iran", "Israel")],
    ),
    (
        "missiles-struck",
        "Russian missiles struck Kyiv.",
        [("195", "Russia", "Ukraine")],
    ),
    # what must not change
    (
        "missiles-into-the-sea",
        "North Korea fired two ballistic missiles into the sea.",
        [("150", "North Korea", None)],
    ),
    (
        "missile-launched-into-the-sea",
        "North Korea launched a missile into the sea.",
        [("150", "North Korea", None)],
    ),
    (
        "a-drone-service-launched",
        "The company launched a new drone delivery service.",
        [],
    ),
    (
        "a-coach-fired",
        "The club fired its coach.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(AERIAL))
def test_missiles_and_rockets_fired_are_aerial_weapons(
    text: str, want: list[EventTriple]
) -> None:
    """Missiles, rockets or drones fired or launched at a target are aerial
    weapons (195), as "missiles struck"; fired into the sea a show of force."""
    assert _events(text) == want


# ---------------------------------------------------- missiles thrown

THROWN = [
    (
        "fireworks-at-police",
        "Demonstrators threw fireworks at police.",
        [("145", "Demonstrators", "police")],
    ),
    (
        "stones-at-police",
        "Protesters threw stones at police in central Paris.",
        [("145", "Protesters", "police")],
    ),
    (
        "petrol-bombs-at-police",
        "Protesters hurled petrol bombs at riot police.",
        [("145", "Protesters", "riot police")],
    ),
    (
        "molotov-cocktails-at-forces",
        "Protesters threw Molotov cocktails at security forces.",
        [("145", "Protesters", "security forces")],
    ),
    (
        "youths-stone-soldiers",
        "Youths threw stones at soldiers in Hebron.",
        [("145", "Youths", "soldiers")],
    ),
    (
        "pelted-with-stones",
        "Demonstrators pelted police with stones.",
        [("145", "Demonstrators", "police")],
    ),
    # by no crowd, or at no police or troops: an assault
    (
        "assailants-at-protesters",
        "Unidentified assailants threw stones at protesters.",
        [("180", "Unidentified assailants", "protesters")],
    ),
    (
        "settlers-at-cars",
        "Settlers threw stones at Palestinian cars.",
        [("180", "Settlers", "Palestinian Territory")],
    ),
    # what must not change
    (
        "a-grenade-by-militants",
        "Militants threw a grenade at a police post.",
        [("180", "Militants", None)],
    ),
    (
        "a-ball-thrown",
        "He threw the ball to his brother.",
        [],
    ),
    (
        "support-thrown-behind",
        "The party threw its support behind the candidate.",
        [("051", "party", None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(THROWN))
def test_a_crowds_thrown_missiles_are_a_riot(
    text: str, want: list[EventTriple]
) -> None:
    """Stones, fireworks or petrol bombs thrown by a crowd at police or troops
    are a violent protest (145); by others, or at others, an assault (180)."""
    assert _events(text) == want


# ------------------------------------------------------------- harassment

HARASSMENT = [
    (
        "villagers-harassed-by-soldiers",
        "Villagers have been harassed by soldiers.",
        [("170", "soldiers", "Villagers")],
    ),
    (
        "police-harass-activists",
        "Police harassed opposition activists.",
        [("170", "Police", "opposition activists")],
    ),
    (
        "coast-guard-harasses-boats",
        "Chinese coast guard vessels harassed Philippine fishing boats.",
        [("170", "Chinese coast guard", "Philippines")],
    ),
    # what must not change
    (
        "harassed-by-no-one-named",
        "Women were harassed on the bus.",
        [],
    ),
    (
        "plagued-by-violence",
        "The region has been plagued by violence.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(HARASSMENT))
def test_harassment_is_coercion(text: str, want: list[EventTriple]) -> None:
    """Harassing people is coercion (170), not political dissent (140), which
    the dictionary gives verbs of annoyance; a passive with no doer is none."""
    assert _events(text) == want


# ------------------------------------- police and courts after a foreign speaker

HOME_AFTER_SPEAKER = [
    (
        "prosecutors-after-a-foreign-speaker",
        "MOSCOW (Reuters) - A Russian court on Tuesday sentenced an American "
        "journalist to 16 years in prison on espionage charges.\n\n"
        "U.S. Secretary of State Antony Blinken called for the reporter's "
        "release.\n\nProsecutors had asked for 18 years.",
        "asked",
        "RUSJUD",
    ),
    (
        "police-after-a-foreign-speaker",
        "LAGOS, Nigeria (AP) - Police arrested 20 students on Sunday.\n\n"
        "U.S. officials said they were concerned. Police said the students "
        "would be charged.",
        "charged",
        "NGACOP",
    ),
    # what must not change: a story of another country than the dateline's
    (
        "foreign-story-keeps-its-actor",
        "WASHINGTON (Reuters) - Iranian officials said on Monday they had "
        "arrested a dual national on spying charges.\n\n"
        "Prosecutors have asked for the death penalty.",
        "asked",
        "IRNJUD",
    ),
    (
        "foreign-story-police",
        "LONDON (Reuters) - Nigerian President Bola Tinubu said on Monday the "
        "fuel subsidy would not return.\n\n"
        "Police arrested 20 protesters in a demonstration against the measure.",
        "arrested",
        "NGACOP",
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [pytest.param(t, g, c, id=n) for n, t, g, c in HOME_AFTER_SPEAKER],
)
def test_police_and_courts_of_a_home_story_stay_home(
    text: str, trigger: str, code: str
) -> None:
    """In a story of the dateline's country, bare police and courts are that
    country's even after a foreign speaker; in a story of another country
    they take the story's running actor."""
    events = parse_article(text, published="2024-07-19").events
    found = [e.source.code for e in events if e.trigger.text == trigger and e.source]
    assert found == [code]
