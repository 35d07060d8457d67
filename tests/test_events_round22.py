"""Crowd control aimed by a "with", "against" or "at" phrase, verdicts of
voters and markets, participles after a relative clause, and whole short
articles.

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


# ------------------------------------------- crowd control and its targets

CROWD_CONTROL = [
    (
        "sprayed-with-water-cannon",
        "Police sprayed protesters with water cannon.",
        [("175", "Police", "protesters")],
    ),
    (
        "doused-with-tear-gas",
        "Police doused demonstrators with tear gas and pepper spray.",
        [("175", "Police", "demonstrators")],
    ),
    (
        "batons-and-tear-gas-against-students",
        "Police used batons and tear gas against students.",
        [("175", "Police", "students")],
    ),
    (
        "tear-gas-and-rubber-bullets-at-a-crowd",
        "Police fired tear gas and rubber bullets at the crowd.",
        [("175", "Police", "crowd")],
    ),
    (
        "tear-gas-and-water-cannon-on-demonstrators",
        "Police used tear gas and water cannon on demonstrators.",
        [("175", "Police", "demonstrators")],
    ),
    (
        "live-rounds-and-tear-gas",
        "Soldiers fired live rounds and tear gas at protesters.",
        [("175", "Soldiers", "protesters")],
    ),
    (
        "tear-gas-at-demonstrators",
        "Riot police fired tear gas at demonstrators in the capital.",
        [("175", "Riot police", "demonstrators")],
    ),
    # what must not change: the force is supplied, or names no crowd
    (
        "tear-gas-supplied",
        "The government supplied police with tear gas.",
        [("072", "government", "police")],
    ),
    (
        "stones-thrown-back",
        "Police fired tear gas and protesters threw stones at them.",
        [("180", "Police", None), ("145", "protesters", None)],
    ),
    (
        "live-rounds-at-a-village",
        "Soldiers fired live rounds at the village.",
        [("190", "Soldiers", None)],
    ),
    (
        "garden-sprayed",
        "He sprayed the garden with water.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(CROWD_CONTROL))
def test_crowd_control_aimed_by_a_phrase(text: str, want: list[EventTriple]) -> None:
    """A weapon of crowd control turned upon people with "with", or aimed by
    an "against", "at" or "on" phrase after conjoined weapons, is violent
    repression (175) of the people named."""
    assert _events(text) == want


CONJOINED_TARGETS = [
    (
        "rockets-and-mortars",
        "Hamas fired rockets and mortars at Israel on Saturday.",
        [("195", "Hamas", "Israel")],
    ),
    (
        "seized-from-armed-groups",
        "Palestinian police confiscated weapons and explosives from armed groups.",
        [("1711", "Palestinian police", "armed groups")],
    ),
    (
        "missiles-and-drones-at-a-city",
        "Russia fired missiles and drones at Kyiv overnight.",
        [("195", "Russia", "Ukraine")],
    ),
    # "in" says where, not what was struck
    (
        "tanks-and-troops-in-a-city",
        "The army deployed tanks and troops in Kharkiv.",
        [("154", "army", None)],
    ),
    # a noun's own phrase is no target of the clause
    (
        "partnership-with",
        "The minister stressed trade and a strategic partnership with Vietnam.",
        [("010", "minister", None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(CONJOINED_TARGETS))
def test_target_after_conjoined_objects(text: str, want: list[EventTriple]) -> None:
    """The target named after the last of conjoined objects is the clause's
    ("fired rockets and mortars at Israel"), as after a single one."""
    assert _events(text) == want


# ------------------------------------------------- verdicts, not coercion

VERDICTS = [
    ("voters-at-the-polls", "Voters punished the ruling party at the polls.", []),
    (
        "voters-in-elections",
        "Voters punished the Conservatives in Thursday's local elections.",
        [],
    ),
    (
        "punished-by-voters",
        "The ruling party was punished by voters in Sunday's election.",
        [],
    ),
    (
        "punished-in-elections",
        "The Conservatives were punished in the local elections.",
        [],
    ),
    (
        "markets-punish",
        "Markets punished the company after its profit warning.",
        [],
    ),
    (
        "investors-punish",
        "Investors punished the carmaker after it cut its forecast.",
        [],
    ),
    # what must keep its reading
    (
        "court-punishes",
        "The court punished the company with a record fine.",
        [("170", "court", "company")],
    ),
    (
        "arrests-at-the-polls",
        "Police arrested 20 opposition supporters at the polls.",
        [("173", "Police", "opposition supporters")],
    ),
    (
        "government-punishes-after-an-election",
        "The government punished opposition leaders after the election.",
        [("170", "government", "opposition leaders")],
    ),
    (
        "junta-punishes",
        "The junta punished the rebels.",
        [("170", "junta", "rebels")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(VERDICTS))
def test_verdicts_of_voters_and_markets(text: str, want: list[EventTriple]) -> None:
    """What voters or markets "punish" is a verdict of votes or share prices,
    no coercion; a court's or a government's punishment stays one."""
    assert _events(text) == want


def test_verdict_words_are_not_crowd_words() -> None:
    """The electorate is no crowd: voters attacking a polling station stay an
    assault."""
    wc = word_classes()
    assert not wc.verdict_subjects & (wc.crowd_nouns | wc.protest_nouns)
    assert _events("Voters attacked a polling station.")[0][0] == "180"


# ------------------------------ a participle of harm after a relative clause

PARTICIPLES = [
    (
        "fire-on-rioters",
        "Troops opened fire on protesters who stormed parliament, killing five.",
        [("175", "Troops", "protesters"), ("145", "protesters", "parliament")],
    ),
    (
        "bombed-where-hiding",
        "Israeli jets bombed a building where militants were hiding, killing 12 people.",
        [("195", "Israeli jets", "people")],
    ),
    (
        "fired-on-a-gathering",
        "Security forces fired on demonstrators who had gathered outside the "
        "palace, killing at least 12 people.",
        [
            ("175", "Security forces", "demonstrators"),
            ("141", "demonstrators", None),
            ("175", "Security forces", "people"),
        ],
    ),
    # the relative clause's own act of force keeps its participle
    (
        "gunman-who-opened-fire",
        "Police arrested a man who opened fire in a shopping mall, killing three people.",
        [("173", "Police", None), ("180", None, "people")],
    ),
    # no act of force in the main clause: the participle stays where it was
    (
        "criticised-then-saying",
        "The minister criticised protesters who blocked roads, saying they had "
        "hurt the economy.",
        [("111", "minister", "protesters"), ("144", "protesters", None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(PARTICIPLES))
def test_participle_after_a_relative_clause(text: str, want: list[EventTriple]) -> None:
    """A participle of harm after a relative clause that is no act of force
    (or a crowd's riot) belongs to the main clause's act of force and doer."""
    assert _events(text) == want


# ------------------------------------------- caught in a scene: no seizure

TRAPPED = [
    (
        "caught-in-the-fighting",
        "Thousands of civilians were caught in the fighting.",
        [],
    ),
    (
        "caught-in-the-crossfire",
        "Residents caught in the crossfire fled to the hills.",
        [],
    ),
    (
        "caught-in-a-conflict",
        "Organizers of a London rally in support of the people caught in the "
        "brutal conflict in Aleppo thanked Canada.",
        [],
    ),
    ("trapped-under-rubble", "Five miners were trapped under the rubble.", []),
    ("caught-in-a-storm", "Two fishermen were caught in the storm.", []),
    # what must keep its reading: an arrest, a seizure in a raid
    (
        "police-caught-the-suspect",
        "Police caught the suspect in Manchester.",
        [("173", "Police", "suspect")],
    ),
    (
        "caught-in-a-raid",
        "The smugglers were caught in a police raid.",
        [("1711", None, "smugglers")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(TRAPPED))
def test_caught_in_a_scene_is_no_seizure(text: str, want: list[EventTriple]) -> None:
    """People caught or trapped in fighting, a conflict, a storm or rubble
    were somewhere; no one seized them."""
    assert _events(text) == want


def test_trap_scenes_are_no_raids() -> None:
    """A raid or an operation is where people are caught by someone: no scene
    of being trapped."""
    wc = word_classes()
    assert not {"raid", "raids", "operation", "sting"} & wc.trap_scenes


# -------------------------------------- the main event of a bare statement

MAIN_STATEMENTS = [
    (
        "said-by-no-actor",
        "The economy will grow by 2 percent next year, the report said.",
        ("STATEMENT", "010"),
    ),
    (
        "urged-by-no-actor",
        "Officials urged calm after the riots.",
        ("STATEMENT", "020"),
    ),
    # a warning may be of the weather: no threat
    (
        "forecasters-warned",
        "Forecasters warned of heavy rain on Monday.",
        ("OTHER", ""),
    ),
    # a verb of finding has no code: the act stays OTHER
    (
        "a-study-finds",
        "Coffee drinkers live longer, a new study has found.",
        ("OTHER", ""),
    ),
]


@pytest.mark.parametrize(
    ("text", "want"),
    [pytest.param(t, w, id=i) for i, t, w in MAIN_STATEMENTS],
)
def test_main_event_of_a_bare_statement(text: str, want: tuple[str, str]) -> None:
    """A lead that reports only a statement no event records has that
    statement as its main event, typed by its verb's code, not OTHER."""
    ev = parse_article(text, published="2024-03-04").main_event
    assert ev is not None and (ev.type, ev.cameo) == want


# ------------------------------------------------------ a win's participle

WIN_PARTICIPLES = [
    (
        "grand-prix-beating",
        "Ferrari's Charles Leclerc won the Monaco Grand Prix, beating McLaren's "
        "Oscar Piastri.",
        [],
    ),
    (
        "title-beating",
        "Swiatek won the French Open title, beating Paolini in the final.",
        [],
    ),
    (
        "marathon-beating",
        "Kenya's Eliud Kipchoge won the Berlin Marathon on Sunday, beating "
        "Ethiopia's Kenenisa Bekele.",
        [],
    ),
    # a battle's participle stays force
    (
        "captured-defeating",
        "The rebels captured the town, defeating government troops.",
        [("192", "rebels", None), ("190", "rebels", "government troops")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(WIN_PARTICIPLES))
def test_a_wins_participle(text: str, want: list[EventTriple]) -> None:
    """ "won the Grand Prix, beating X" is a race, no force; a battle's
    participle stays force."""
    assert _events(text) == want


# ---------------------------------------- forecasts of another's act: none

FORECASTS = [
    ("analysts-expect-an-attack", "Analysts expect Russia to attack Ukraine.", []),
    (
        "expects-a-release",
        "Israel expects Hamas to release more hostages this week.",
        [],
    ),
    (
        "expect-a-rate-rise",
        "Analysts expect the central bank to raise interest rates.",
        [],
    ),
    # one's own expected act, or one expected of a person, stays planned
    (
        "is-expected-to-visit",
        "The minister is expected to visit Moscow.",
        [("042", "minister", "Russia")],
    ),
    (
        "expects-to-visit",
        "The minister expects to visit Moscow next month.",
        [("042", "minister", "Russia")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(FORECASTS))
def test_forecast_of_anothers_act_is_no_event(
    text: str, want: list[EventTriple]
) -> None:
    """ "X expects Y to attack" forecasts Y's act, which has not happened and
    is no plan of Y's reported by Y; "X is expected to visit" is a schedule."""
    assert _events(text) == want


# ------------------------------------------ business figures: no statement

FIGURES = [
    (
        "reported-a-loss",
        "The company reported a loss of 2 billion dollars in the third quarter.",
        [],
    ),
    ("rise-in-profit", "Toyota reported a 20 percent rise in profit.", []),
    ("record-profits", "Siemens announced record profits on Thursday.", []),
    (
        "budget-deficit",
        "The government announced a budget deficit of 4 percent.",
        [],
    ),
    # what must keep its reading
    (
        "rise-in-attacks",
        "Police reported a rise in attacks on journalists.",
        [("010", "Police", None)],
    ),
    (
        "reported-an-attack",
        "The ministry reported the attack to the United Nations.",
        [("010", "ministry", "United Nations")],
    ),
    (
        "announced-sanctions",
        "The government announced sanctions on Russia.",
        [("163", "government", "Russia")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(FIGURES))
def test_business_figures_are_no_statements(text: str, want: list[EventTriple]) -> None:
    """A loss, a profit or a deficit reported is a figure, no statement of an
    event; an attack reported or sanctions announced stay events."""
    assert _events(text) == want


def test_figure_nouns_are_no_event_nouns() -> None:
    """No figure is an act: none of them names an event the stage reads."""
    wc = word_classes()
    assert not wc.figure_nouns & (wc.protest_nouns | wc.agreement_nouns)
