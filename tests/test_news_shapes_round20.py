"""Shapes of wire copy read whole, across stages: a perfect with "since"
between its auxiliary and participle, passives of speech and of feeling,
hostile acts agreed on, topics after "on", relations reduced, and the
names of ruling families.

Whole-pipeline tests (`parse_article`) on phrasings written for these tests;
each table holds what must be found and what must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsfacts
from newsfacts.knowledge.families import family_country

from .support import EventTriple, event_cases, event_triples, tsv_rows

# ----------------------------------------------- a perfect with "since" inside

PERFECTS = [
    (
        "offensive-has-since-killed",
        "Israel's offensive has since killed more than 46,000 Palestinians.",
        [("190", "Israel", "Palestinians")],
    ),
    (
        "rebels-have-since-seized",
        "Rebels have since seized two more towns in the north.",
        [("192", "Rebels", None)],
    ),
    # "since" before a clause stays a subordinator: the clause is its own
    ("since-opens-a-clause", "Nothing has changed since the war began.", []),
]


@pytest.mark.parametrize(("text", "want"), event_cases(PERFECTS))
def test_since_inside_a_perfect(text: str, want: list[EventTriple]) -> None:
    assert event_triples(text, "2025-01-15") == want


# ------------------------------------------- who is acted upon in a passive

PASSIVES = [
    # the subject of a passive verb of speech is what is said, not a speaker
    ("reported-missing", "A British man was reported missing near Malaga.", []),
    (
        "reported-by-agent",
        "The attack was reported by state media.",
        [("010", "state media", None)],
    ),
    (
        "reported-killed",
        "Two soldiers were reported killed in the attack.",
        [("180", None, "soldiers")],
    ),
    # reporting an attack is a statement, not the attack
    (
        "reported-an-attack",
        "State media reported an attack on a convoy near Aleppo.",
        [("010", "State media", None)],
    ),
    # a pronoun subject of a reported passive is the speaker acted upon
    (
        "said-it-was-attacked",
        "Russia said it was attacked overnight.",
        [("180", None, "Russia")],
    ),
    (
        "said-it-was-attacked-by",
        "Russia said it was attacked by Ukrainian drones overnight.",
        [("195", "Ukrainian drones", "Russia")],
    ),
    (
        "said-he-was-assaulted-by",
        "The minister said he was assaulted by protesters.",
        [("180", "protesters", "minister")],
    ),
    # a statement's passive is the speaker's own feeling: a comment (012)
    (
        "says-it-is-concerned",
        "The Red Cross says it is concerned about the impact of dengue fever.",
        [("012", "International Committee of the Red Cross", None)],
    ),
    # an active pronoun subject stays the speaker
    (
        "said-it-would-send",
        "Russia said it would send troops.",
        [("031", "Russia", None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(PASSIVES))
def test_who_is_acted_upon_in_a_passive(text: str, want: list[EventTriple]) -> None:
    assert event_triples(text, "2024-10-30") == want


# --------------------------------------- damage verbs that tell of a feeling

FEELINGS = [
    (
        "devastated-by-the-news",
        "King Felipe said he was devastated by the news.",
        [("010", "Felipe", None)],
    ),
    ("plagued-by-violence", "The region has been plagued by violence for decades.", []),
    ("plagued-by-scandals", "The minister was plagued by scandals.", []),
    # with an actor as agent, or in the active, the damage is an act
    (
        "devastated-by-rebels",
        "The town was devastated by rebels.",
        [("180", "rebels", None)],
    ),
    ("rebels-devastated", "Rebels devastated the town.", [("180", "Rebels", None)]),
]


@pytest.mark.parametrize(("text", "want"), event_cases(FEELINGS))
def test_damage_verbs_of_feeling(text: str, want: list[EventTriple]) -> None:
    assert event_triples(text, "2024-10-30") == want


# ------------------------------------------- a hostile act agreed on is decided

DECISIONS = [
    (
        "agreed-to-impose-sanctions",
        "EU ministers agreed to impose sanctions on Iran.",
        [("163", "EU ministers", "Iran")],
    ),
    (
        "agreed-to-expel",
        "Britain agreed to expel two Russian diplomats.",
        [("161", "United Kingdom", "Russian diplomats")],
    ),
    # a vow of force stays a threat; a cooperative act agreed on an intent
    (
        "vowed-to-retaliate",
        "Iran vowed to retaliate against Israel.",
        [("138", "Iran", "Israel")],
    ),
    (
        "agreed-to-release",
        "Hamas agreed to release 33 hostages.",
        [("0353", "Hamas", "hostages")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(DECISIONS))
def test_a_hostile_act_agreed_on_is_decided(text: str, want: list[EventTriple]) -> None:
    assert event_triples(text, "2024-10-14") == want


# ------------------------------------------ a gerund after "on" is a topic

TOPICS = [
    (
        "talks-on-joining",
        "The government suspended talks on joining the European Union.",
        [("160", "government", None)],
    ),
    (
        "talks-on-attacking",
        "Ministers held talks on attacking the rebels.",
        [("046", "Ministers", None)],
    ),
    # an act after an opening "on" clause stays one
    (
        "on-arriving-attacked",
        "On arriving in Kabul, the troops attacked a Taliban post.",
        [("190", "troops", "Taliban")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(TOPICS))
def test_a_gerund_after_on_is_a_topic(text: str, want: list[EventTriple]) -> None:
    assert event_triples(text, "2024-12-01") == want


# --------------------------------------- relations reduced: partnership, cooperation

REDUCED = [
    (
        "suspended-partnership",
        "The United States suspended its strategic partnership with Niger.",
        [("160", "United States", "Niger")],
    ),
    (
        "suspended-cooperation",
        "Mali suspended cooperation with France.",
        [("160", "Mali", "France")],
    ),
    # military or security cooperation halted keeps its own code
    (
        "halted-security-cooperation",
        "The army halted security cooperation with the United States.",
        [("1622", "army", "United States")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(REDUCED))
def test_relations_reduced(text: str, want: list[EventTriple]) -> None:
    assert event_triples(text, "2024-12-01") == want


# ------------------------------------------------ names of ruling families

FAMILIES = [
    (
        "al-thani-in-an-israeli-story",
        "Israel said the talks would go on. Sheikh Mohammed bin Abdulrahman "
        "Al Thani told a news conference in Doha that the truce would hold.",
        "Mohammed bin Abdulrahman Al Thani",
        "QAT",
    ),
    (
        "al-saud-after-israeli-officials",
        "Israeli officials met Prince Faisal bin Farhan Al Saud in Washington.",
        "Faisal bin Farhan Al Saud",
        "SAU",
    ),
    # a listed figure keeps the family after its name, and the figure's code
    (
        "listed-figure-with-family",
        "Sheikh Mohammed bin Zayed Al Nahyan said the talks would continue.",
        "Mohammed bin Zayed Al Nahyan",
        "AREGOV",
    ),
    # a country the person's sentence names before them wins: a family's
    # name is no proof (Libya's Abdullah al-Thani)
    (
        "sentence-country-wins",
        "In Tripoli, the Libyan cabinet of Abdullah Abdurrahman al-Thani met.",
        "Abdullah Abdurrahman al-Thani",
        "LBY",
    ),
    # a family's word with no article is only a surname
    (
        "khalifa-without-article",
        "Egypt's Ahmed Khalifa won the match.",
        "Ahmed Khalifa",
        "EGY",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "code"), [pytest.param(*row[1:], id=row[0]) for row in FAMILIES]
)
def test_ruling_family_names_say_the_country(text: str, name: str, code: str) -> None:
    actors = newsfacts.parse_article(text, published="2024-01-15").actors
    found = {a.name: a.code or "" for a in actors}
    assert found.get(name, "").startswith(code), found


def test_every_ruling_family_row_is_read() -> None:
    """Each family's name, with its article written apart or hyphenated, says
    its country; without the article it says nothing."""
    rows = tsv_rows(
        Path(newsfacts.__file__).parent / "knowledge" / "data" / "ruling_families.tsv"
    )
    assert rows
    for family, country, _example in rows:
        assert family_country(f"Sheikh Ahmed bin Ali Al {family}") == country
        assert family_country(f"Ahmed bin Ali al-{family}") == country
        assert family_country(f"Ahmed {family}") is None


# --------------------------------------------------------- regnal numbers

REGNAL = [
    ("felipe-vi", "King Felipe VI said he was shocked.", "Felipe VI"),
    ("paul-vi", "Pope Paul VI was canonised.", "Paul VI"),
    ("john-xxiii", "Pope John XXIII was canonised in 2014.", "John XXIII"),
    ("louis-xvi", "King Louis XVI was executed in 1793.", "Louis XVI"),
    # "Xi" is a name, never a number that closes one
    ("president-xi", "President Xi met President Biden.", "Xi"),
]


@pytest.mark.parametrize(
    ("text", "name"), [pytest.param(*row[1:], id=row[0]) for row in REGNAL]
)
def test_a_regnal_number_closes_the_name(text: str, name: str) -> None:
    actors = newsfacts.parse_article(text, published="2024-01-15").actors
    assert name in [a.name for a in actors if a.kind.value == "person"]


# ---------------------------------- a passive's agent after the object it keeps

KEPT_OBJECTS = [
    (
        "fined-an-amount-by",
        "Google was fined 2.4 billion euros by the European Commission.",
        [("172", "European Commission", "Google")],
    ),
    (
        "released-yesterday-by",
        "The prisoners were released yesterday by Putin himself.",
        [("0841", "Putin", "prisoners")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(KEPT_OBJECTS))
def test_a_passive_keeps_its_agent_after_its_object(
    text: str, want: list[EventTriple]
) -> None:
    assert event_triples(text, "2024-01-15") == want


# ------------------------------------ offices of justice: fuller titles, roles

OFFICES = [
    # a fuller title ending in a military rank is the fuller office
    (
        "us-attorney-general",
        "U.S. Attorney General Merrick Garland said the department would appeal.",
        "Merrick Garland",
        "USAJUD",
    ),
    (
        "us-attorney",
        "U.S. Attorney Damian Williams said the charges were serious.",
        "Damian Williams",
        "USAJUD",
    ),
    # two-word roles in lower case are groups that act
    (
        "the-attorney-general",
        "The attorney general sued Google over its advertising business.",
        "attorney general",
        "---GOV",
    ),
    (
        "federal-grand-jury",
        "A federal grand jury in Atlanta indicted the former mayor on Thursday.",
        "federal grand jury",
        "USAJUD",
    ),
    (
        "medical-examiner",
        "The remains were identified by the county medical examiner on Wednesday.",
        "medical examiner",
        "---GOV",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "code"), [pytest.param(*row[1:], id=row[0]) for row in OFFICES]
)
def test_offices_of_justice(text: str, name: str, code: str) -> None:
    actors = newsfacts.parse_article(text, published="2024-01-15").actors
    assert {a.name: a.code for a in actors}.get(name) == code


# ------------------------------- a body's last word opening its holder's title

BODY_TITLES = [
    (
        "pakistan-army-chief",
        "Pakistan Army Chief Asim Munir said the plan would go ahead.",
        "Asim Munir",
        "Army Chief",
        "PAKMIL",
    ),
    (
        "phoenix-police-chief",
        "Phoenix Police Chief Jeri Williams said the plan would go ahead.",
        "Jeri Williams",
        "Police Chief",
        "USACOP",
    ),
    (
        "police-commissioner",
        "New York Police Commissioner Jessica Tisch said crime fell.",
        "Jessica Tisch",
        "Police Commissioner",
        "USACOP",
    ),
    # "Chief" as a Nigerian honorific, after no body, stays in the name
    (
        "chief-honorific",
        "The Nigerian Army said Chief Olu Falae was kidnapped.",
        "Chief Olu Falae",
        None,
        "NGA",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "title", "code"),
    [pytest.param(*row[1:], id=row[0]) for row in BODY_TITLES],
)
def test_a_body_opens_its_holders_title(
    text: str, name: str, title: str | None, code: str
) -> None:
    actors = newsfacts.parse_article(text, published="2024-03-04").actors
    found = {a.name: (a.title, a.code) for a in actors}
    assert found.get(name) == (title, code), found


# ------------------------- a party's word at a sentence's start, inside a name


def test_a_party_word_inside_another_name_is_no_party_elsewhere() -> None:
    """ "Labour" inside "the Nigeria Labour Congress" does not make "Labour
    unions" at a sentence's start the Labour Party; "the Labour Party" still
    makes "Labour won" the party."""
    unions = newsfacts.parse_article(
        "Labour unions have threatened a strike. The Nigeria Labour Congress "
        "said talks had failed.",
        published="2024-02-27",
    ).actors
    assert "Labour" not in [a.name for a in unions]
    party = newsfacts.parse_article(
        "Labour won the election. Voters in the north backed the Labour Party.",
        published="2024-07-05",
    ).actors
    labour = [a for a in party if a.kind.value == "organization"]
    assert [m.text for a in labour for m in a.mentions] == ["Labour", "Labour Party"]


# ---------------------------------- a body named "... Congress": what it is

CONGRESSES = [
    (
        "party",
        "Ghana's National Democratic Congress won a majority.",
        "National Democratic Congress",
        "GHAPTY",
    ),
    (
        "labour",
        "The Nigeria Labour Congress said talks had failed.",
        "Nigeria Labour Congress",
        "NGALAB",
    ),
    (
        "trades-union",
        "Britain's Trades Union Congress called a strike.",
        "Trades Union Congress",
        "GBRLAB",
    ),
    # legislatures stay legislatures
    (
        "us-congress",
        "The U.S. Congress passed the bill on Friday.",
        "U.S. Congress",
        "USALEG",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "code"), [pytest.param(*row[1:], id=row[0]) for row in CONGRESSES]
)
def test_what_a_congress_is(text: str, name: str, code: str) -> None:
    actors = newsfacts.parse_article(text, published="2024-01-15").actors
    assert {a.name: a.code for a in actors}.get(name) == code


# ---------------------------------------- an arrest is an arrest (codebook)

ARRESTS = [
    (
        "arrested-demonstrators",
        "Security forces arrested dozens of demonstrators.",
        [("173", "Security forces", "demonstrators")],
    ),
    (
        "arrested-journalist",
        "Iranian authorities arrested an American journalist on Monday.",
        [("173", "Iranian authorities", "American journalist")],
    ),
    # force against a crowd stays violent repression
    (
        "tear-gas",
        "Police fired tear gas at protesters.",
        [("175", "Police", "protesters")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(ARRESTS))
def test_an_arrest_is_an_arrest(text: str, want: list[EventTriple]) -> None:
    assert event_triples(text, "2024-05-06") == want


# ------------------ volleys of weapons, and crowds charged by police

VOLLEYS_AND_CHARGES = [
    (
        "barrage-of-missiles",
        "Iran launched a barrage of missiles at Israel.",
        [("195", "Iran", "Israel")],
    ),
    (
        "salvo-of-missiles",
        "Russia fired a salvo of missiles at Ukraine.",
        [("195", "Russia", "Ukraine")],
    ),
    (
        "charged-crowd",
        "Riot police charged the crowd.",
        [("175", "Riot police", "crowd")],
    ),
    (
        "charged-with-batons",
        "Police charged the protesters with batons.",
        [("175", "Police", "protesters")],
    ),
    (
        "fired-live-rounds",
        "Soldiers fired live rounds at the crowd.",
        [("175", "Soldiers", "crowd")],
    ),
    (
        "used-live-bullets",
        "Police used live bullets against the protesters.",
        [("175", "Police", "protesters")],
    ),
    (
        "used-chemical-weapons",
        "The army used chemical weapons against civilians.",
        [("204", "army", "civilians")],
    ),
    # a charge "with" a crime stays a legal charge
    (
        "charged-with-assault",
        "Police charged two men with assault.",
        [("173", "Police", None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(VOLLEYS_AND_CHARGES))
def test_volleys_and_crowds_charged(text: str, want: list[EventTriple]) -> None:
    assert event_triples(text, "2024-05-06") == want


# ------------------------------- a conflict's toll, whoever's conflict it is

TOLLS = [
    ("sudans-war", "Sudan's war has killed tens of thousands of people.", []),
    ("the-war", "The war has killed tens of thousands of people.", []),
    # a discrete act owned by a party stays that party's act
    (
        "israels-airstrike",
        "Israel's airstrike killed 12 people.",
        [("195", "Israel", "people")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(TOLLS))
def test_a_conflicts_toll_is_no_act(text: str, want: list[EventTriple]) -> None:
    assert event_triples(text, "2024-12-01") == want
