"""A company's trade is no aid, talks named through their subject, and
accusations in reported speech.

Whole-pipeline tests (`parse_article`) on news phrasings written for these
tests. Each table holds what must be coded, what must keep its code and what
must give no event.
"""

from __future__ import annotations

import pytest

from newsfacts.events.patterns import match_verb
from newsfacts.events.words import word_classes

from .support import EventTriple, event_cases, event_triples


def _events(text: str) -> list[EventTriple]:
    """(code, source name, target name) of each event of `text`."""
    return event_triples(text, "2024-03-04")


# ------------------------------------------------------------- a company's trade

TRADE = [
    (
        "jets-to-an-airline",
        "Boeing delivered 12 jets to Ryanair on Tuesday.",
        [],
    ),
    (
        "fighters-to-a-state",
        "Dassault Aviation delivered three Rafale fighters to India on Wednesday.",
        [],
    ),
    (
        "planned-fighters",
        "Lockheed Martin will deliver 32 F-35 fighter jets to Poland under a deal "
        "signed last year.",
        [],
    ),
    (
        "ammunition-to-an-army",
        "Rheinmetall supplied ammunition to Ukraine's army.",
        [],
    ),
    (
        "company-buys-company",
        "Microsoft agreed to buy Activision Blizzard for $69 billion.",
        [],
    ),
    # what a state or its forces give is still military aid
    (
        "state-delivers-jets",
        "The United States delivered F-16 fighter jets to Ukraine, officials said.",
        [("072", "United States", "Ukraine")],
    ),
    (
        "state-sends-tanks",
        "Germany sent Leopard tanks to Ukraine.",
        [("072", "Germany", "Ukraine")],
    ),
    (
        "state-supplies-weapons",
        "Russia supplied weapons to Syria's government.",
        [("072", "Russia", "Syria's government")],
    ),
    (
        "state-pledges-jets",
        "Washington pledged to send more F-16 jets to Kyiv.",
        [("0332", "United States", "Ukraine")],
    ),
    # a company's cooperation with a state is still an event
    (
        "company-supplies-a-state",
        "Shell agreed to supply gas to Ukraine.",
        [("031", "Shell", "Ukraine")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(TRADE))
def test_a_companys_trade_is_no_aid(text: str, want: list[EventTriple]) -> None:
    """Military aid (072, 0332) is given by a state or its forces: jets or
    arms a company delivers or sells are trade, no event; so is cooperation
    between two companies. A state's jets and tanks stay military aid, and a
    company's supply to a state stays cooperation."""
    assert _events(text) == want


def test_state_aid_codes_are_military_aid() -> None:
    """The codes only a state gives are military aid and its intent."""
    assert word_classes().state_aid == {"072", "0332"}


# ------------------------------------------------- "behind" a harm, in a report

BEHIND = [
    (
        "behind-the-attack",
        "Russia's security chief Nikolai Patrushev said the United States was "
        "behind the attack.",
        [("112", "Nikolai Patrushev", "United States")],
    ),
    (
        "behind-the-cyberattack",
        "Officials said Iran was behind the cyberattack on the water utility.",
        [("112", "Officials", "Iran")],
    ),
    (
        "behind-the-unrest",
        "The minister said the opposition was behind the unrest in the capital.",
        [("112", "minister", "opposition")],
    ),
    (
        "behind-the-shooting",
        "Police said a criminal gang was behind the shooting.",
        [("112", "Police", "gang")],
    ),
    # standing behind a party or a project is no accusation
    (
        "behind-a-leader",
        "The party said it was firmly behind the prime minister.",
        [("010", "party", None)],
    ),
    (
        "behind-a-project",
        "Analysts said China was behind Pakistan's new port project.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(BEHIND))
def test_said_to_be_behind_a_harm_is_an_accusation(
    text: str, want: list[EventTriple]
) -> None:
    """A party a speaker says is "behind" a hostile act or a harm is accused
    by the speaker (112), as one said to be "responsible" for it; "behind"
    a party or a project accuses no one."""
    assert _events(text) == want


# ------------------------------------------------- talks in a phrase of time

TALKS_HELD = [
    (
        "after-talks-opening",
        "After talks with Chinese President Xi Jinping, Putin said relations "
        "were at their best.",
        [("046", "Putin", "Xi Jinping")],
    ),
    (
        "during-talks-opening",
        "During talks with Iranian officials in Vienna, the EU pressed for "
        "access to nuclear sites.",
        [("046", "European Union", "Iranian officials")],
    ),
    (
        "after-talks-trailing",
        "The president spoke to reporters after talks with Egyptian mediators.",
        [
            ("010", "president", "reporters"),
            ("046", "president", "Egyptian mediators"),
        ],
    ),
    # no other party named, or the parties named are not the subject's
    (
        "talks-in-a-place",
        "After talks in Geneva, the envoy said progress had been made.",
        [("010", "envoy", None)],
    ),
    (
        "talks-between-others",
        "After talks between Israel and Hamas, Egypt announced a truce.",
        [("0871", "Egypt", None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(TALKS_HELD))
def test_talks_in_a_phrase_of_time_are_the_subjects(
    text: str, want: list[EventTriple]
) -> None:
    """ "After talks with X, Y ...": Y held the talks, as the understood doer
    of "after meeting X"; talks between others, or with no other party
    named, are no act of Y's."""
    assert _events(text) == want


# ------------------------------------------------- missiles, drones and shells

WEAPONS_STRIKE = [
    (
        "missiles-struck",
        "Russian missiles struck an apartment building in the city of Dnipro.",
        [("195", "Russia", "Ukraine")],
    ),
    (
        "drones-struck",
        "Ukrainian drones struck an oil refinery in southern Russia.",
        [("195", "Ukrainian drones", "Russia")],
    ),
    # force by people with no weapon named stays what it was
    (
        "gunmen-attacked",
        "Gunmen attacked a police convoy in Baluchistan.",
        [("180", "Gunmen", None)],
    ),
    (
        "forces-shelled",
        "Bosnian Serb forces shelled the Moslem enclave of Gorazde on Tuesday.",
        [("194", "Serb forces", "Bosnia and Herzegovina")],
    ),
    (
        "forces-bombarded",
        "Government forces bombarded rebel-held districts of Aleppo.",
        [("194", "Government forces", "Syria")],
    ),
    (
        "troops-attacked",
        "Russian troops attacked the town of Avdiivka.",
        [("190", "Russian troops", "Ukraine")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(WEAPONS_STRIKE))
def test_aerial_weapons_that_strike_are_195(text: str, want: list[EventTriple]) -> None:
    """Missiles, rockets and drones that strike are aerial weapons (195),
    not the small arms fire (193) the dictionary gives any weapon as the
    subject of "strike" or "hit"; shelling and bombarding are artillery
    (194), as the nouns "shelling" and "bombardment" are."""
    assert _events(text) == want


@pytest.mark.parametrize(
    ("subject", "code"),
    [
        (["russian", "missiles"], "195"),
        (["rockets"], "195"),
        (["drones"], "195"),
        (["shells"], "194"),
        (["rifles"], "193"),
    ],
)
def test_weapon_subject_patterns(subject: list[str], code: str) -> None:
    """The weapon that strikes picks the kind of force: aerial weapons 195,
    artillery shells 194, other weapons the dictionary's small arms 193."""
    found = match_verb("strike", None, ["a", "hospital"], [], subject)
    assert found is not None and found.code == code


# ------------------------------------------------------------ military aid named

MILITARY_AID = [
    (
        "amount-in-military-aid",
        "Britain sent 2.5 billion pounds in military aid to Ukraine.",
        [("072", "United Kingdom", "Ukraine")],
    ),
    (
        "planned-amount",
        "Britain will send an additional 2.5 billion pounds in military aid to "
        "Ukraine.",
        [("0332", "United Kingdom", "Ukraine")],
    ),
    (
        "provided-military-aid",
        "Germany provided military aid to Ukraine.",
        [("072", "Germany", "Ukraine")],
    ),
    (
        "pledged-military-assistance",
        "Canada pledged military assistance to Ukraine.",
        [("0332", "Canada", "Ukraine")],
    ),
    # other aid keeps its own code
    (
        "humanitarian-aid",
        "Britain sent humanitarian aid to Gaza.",
        [("073", "United Kingdom", "Palestinian Territory")],
    ),
    ("bare-aid", "The EU provided aid to Syria.", [("070", "European Union", "Syria")]),
]


@pytest.mark.parametrize(("text", "want"), event_cases(MILITARY_AID))
def test_military_aid_named_is_072(text: str, want: list[EventTriple]) -> None:
    """Aid named military ("military aid", "military assistance") sent,
    provided or delivered is military aid (072), pledged or offered an
    intent to give it (0332), as weapons are; humanitarian aid stays 073 and
    bare aid 070."""
    assert _events(text) == want


# ------------------------------------------------------- people seized, passive

SEIZED = [
    (
        "workers-seized",
        "The aid workers were seized on a road near the town of Nyala.",
        [("181", None, "aid workers")],
    ),
    (
        "suspects-seized",
        "Five suspects were seized in a raid.",
        [("173", None, "suspects")],
    ),
    (
        "gunmen-seized-students",
        "Gunmen seized 20 students from a school.",
        [("181", "Gunmen", "students")],
    ),
    # things seized stay a seizure; people carried somewhere are not seized
    (
        "troops-seized-weapons",
        "Troops seized weapons in a raid.",
        [("1711", "Troops", None)],
    ),
    ("taken-to-hospital", "Three people were taken to hospital.", []),
]


@pytest.mark.parametrize(("text", "want"), event_cases(SEIZED))
def test_people_seized_in_the_passive(text: str, want: list[EventTriple]) -> None:
    """People seized, grabbed or snatched with no doer named are abducted
    (181), suspects arrested (173), as in the active; "were taken to
    hospital" seizes no one, and weapons seized stay property (1711)."""
    assert _events(text) == want


# ------------------------------------------------------ jobs lost, not shots fired

DISMISSALS = [
    ("company-fired-workers", "The company fired 200 workers after profits fell.", []),
    ("airline-sacked-employees", "The airline sacked 300 employees.", []),
    ("president-fired-ministers", "The president fired two ministers.", []),
    # fire on or at people is still force
    (
        "fired-on-workers",
        "Police fired on workers at the mine.",
        [("180", "Police", "workers")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(DISMISSALS))
def test_workers_and_officials_fired_lose_their_jobs(
    text: str, want: list[EventTriple]
) -> None:
    """Workers or officials fired or sacked, however many, are dismissed: no
    violence (190) and no cut in relations (160); firing on them is force."""
    assert _events(text) == want


# ------------------------------------------------------------- vows of revenge

REVENGE = [
    (
        "vowed-to-avenge",
        "Islamic Jihad vowed to avenge their deaths.",
        [("138", "Islamic Jihad", None)],
    ),
    (
        "avenge-an-act-by",
        "The group vowed to avenge the killing of its commander by Israeli troops.",
        [("138", "group", "Israeli troops"), ("190", "Israeli troops", "commander")],
    ),
    (
        "vowed-to-retaliate",
        "Iran vowed to retaliate for the Israeli strike.",
        [("138", "Iran", "Israel")],
    ),
    # a vow to cooperate stays an intent
    (
        "vowed-to-cooperate",
        "Egypt vowed to cooperate with Sudan.",
        [("032", "Egypt", "Sudan")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(REVENGE))
def test_a_vow_of_revenge_is_a_threat(text: str, want: list[EventTriple]) -> None:
    """ "Avenge" is force in return for an act, as "retaliate": vowed, a
    threat of force (138), not the intent to cooperate "vowed" codes alone;
    the one struck back at is the doer of the act avenged, not its victim."""
    assert _events(text) == want


# ----------------------------------------------------------- an office filled

OFFICES = [
    (
        "elected-as-prime-minister",
        "Japan's parliament elected Tomiichi Murayama as prime minister.",
        [],
    ),
    ("appointed-minister", "The president appointed a new defence minister.", []),
    ("appointed-to-head", "The king appointed General Ahmed to head the army.", []),
    # an envoy sent to another party is still diplomatic cooperation
    (
        "appointed-envoy",
        "The UN appointed a special envoy to Yemen.",
        [("050", "United Nations", "special envoy")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(OFFICES))
def test_an_office_filled_is_no_cooperation(text: str, want: list[EventTriple]) -> None:
    """Electing or appointing someone minister, or to head a body, fills an
    office of one's own state: no act between parties (the dictionary's 060,
    material cooperation, is no code for it); an envoy appointed stays 050."""
    assert _events(text) == want


# ------------------------------------------------------- threats of sanctions

THREATS = [
    (
        "threatened-sanctions",
        "The EU threatened to impose sanctions on Belarus.",
        [("1312", "European Union", "Belarus")],
    ),
    (
        "will-impose-sanctions",
        "The United States will impose sanctions on Iran.",
        [("1312", "United States", "Iran")],
    ),
    (
        "threatened-to-crush",
        "The army threatened to crush the protests.",
        [("137", "army", None)],
    ),
    # a threat of force stays one
    (
        "threatened-to-attack",
        "Iran threatened to attack Israel.",
        [("138", "Iran", "Israel")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(THREATS))
def test_threats_take_the_code_of_what_is_threatened(
    text: str, want: list[EventTriple]
) -> None:
    """A threat or a plan of sanctions is a threat to sanction (1312), of
    violent repression 137, not a threat unspecified (130)."""
    assert _events(text) == want


# ------------------------------------------------------- a delegation led

DELEGATIONS = [
    (
        "led-own-delegation",
        "Wendy Sherman led the U.S. delegation.",
        [],
    ),
    (
        "delegation-led-by",
        "The U.S. delegation was led by Deputy Secretary of State Wendy Sherman.",
        [],
    ),
    (
        "led-a-delegation-to",
        "The foreign minister led a delegation to Beijing for talks.",
        [("036", "foreign minister", "China")],
    ),
    # another side's delegation met or welcomed is still the one acted upon
    (
        "met-a-delegation",
        "The president met a Chinese delegation.",
        [("040", "president", "Chinese delegation")],
    ),
    (
        "welcomed-a-delegation",
        "Putin welcomed the Chinese delegation.",
        [("050", "Putin", "Chinese delegation")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(DELEGATIONS))
def test_a_delegation_led_is_the_leaders_own(
    text: str, want: list[EventTriple]
) -> None:
    """One who leads or heads a delegation acts upon no one by it: the one
    met is where it goes ("led a delegation to Beijing": China), and with no
    place named there is no event; a delegation met or welcomed stays the
    one acted upon."""
    assert _events(text) == want


# ------------------------------------------------------ an act laid on someone

BLAME = [
    (
        "blamed-bombing-on",
        "Pakistan blamed the bombing on India.",
        [("112", "Pakistan", "India")],
    ),
    (
        "blamed-attack-on-group",
        "The government blamed the attack on Boko Haram.",
        [("112", "government", "Boko Haram")],
    ),
    (
        "blamed-blast-on-forces",
        "Kyiv blamed the blast on Russian forces.",
        [("112", "Ukraine", "Russian forces")],
    ),
    # the one blamed named as the object stays the target
    (
        "blamed-for",
        "Pakistan blamed India for the bombing.",
        [("112", "Pakistan", "India")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(BLAME))
def test_an_act_blamed_on_a_party_accuses_it(
    text: str, want: list[EventTriple]
) -> None:
    """ "Blamed the bombing on India": the party the act is laid on is the
    one accused (112), as in "blamed India for the bombing"."""
    assert _events(text) == want


# -------------------------------------------------- launches into the sea

LAUNCHES = [
    (
        "fired-into-the-sea",
        "North Korea fired two ballistic missiles into the sea off its east coast "
        "on Thursday.",
        [("150", "North Korea", None)],
    ),
    (
        "launched-into-the-sea",
        "North Korea launched a ballistic missile into the sea.",
        [("150", "North Korea", None)],
    ),
    # rockets fired into a country strike it
    (
        "fired-into-a-country",
        "Hamas fired rockets into Israel.",
        [("195", "Hamas", "Israel")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(LAUNCHES))
def test_a_launch_into_the_sea_is_a_show_of_force(
    text: str, want: list[EventTriple]
) -> None:
    """Missiles fired or launched into the sea strike no one: a show of
    military power (150), as a test-firing is; fired into a country they
    are force upon it."""
    assert _events(text) == want


# ------------------------------------------------- a gerund naming the scene

SCENES = [
    (
        "wounded-during-fighting",
        "Two soldiers were wounded during fighting in Kandahar.",
        [("180", None, "soldiers")],
    ),
    (
        "captured-during-fighting",
        "The Taliban released 22 soldiers captured during fighting in Helmand.",
        [("084", "Taliban", "soldiers")],
    ),
    ("died-amid-shelling", "Three civilians died amid shelling in Kharkiv.", []),
    # a gerund with its other party, or with an object, is an act
    (
        "fighting-with",
        "The rebels lost 20 men during fighting with the army.",
        [("190", "rebels", "army")],
    ),
    (
        "while-fighting",
        "The soldier was killed while fighting the rebels.",
        [("180", None, "soldier"), ("190", "soldier", "rebels")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(SCENES))
def test_a_gerund_after_during_is_the_scene(text: str, want: list[EventTriple]) -> None:
    """ "During fighting", "amid shelling": a gerund with no object and no
    other party after a preposition of a scene says where an act happened,
    no act of the one it hangs from."""
    assert _events(text) == want
