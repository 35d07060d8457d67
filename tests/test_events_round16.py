"""Orders, ordered attacks, lone attackers, agreements reached and appeals to
courts; and nouns the tagger once read as verbs.

Whole-pipeline tests (`parse_article`) on news phrasings written for these
tests. Each table holds what must be coded, what must keep its code and what
must give no event.
"""

from __future__ import annotations

import pytest

import newsfacts
from tests.test_events import _run

Triple = tuple[str, str | None, str | None]


def _events(text: str, **kw: object) -> list[Triple]:
    """(code, source name, target name) of each event of `text`."""
    return [
        (
            e.cameo,
            e.source.name if e.source else None,
            e.target.name if e.target else None,
        )
        for e in newsfacts.parse_article(text, published="2024-03-04", **kw).events
    ]


def _codes(text: str) -> list[str]:
    return [c for c, _, _ in _events(text)]


# ------------------------------------------------------------ an order given

# (id, sentence, the events: (code, source, target))
ORDERS_GIVEN = [
    (
        "recipient-after-what-is-ordered",
        "Prime Minister Fayez al-Sarraj gave the order to be ready for defense "
        "to all paramilitaries under his control.",
        [("152", "Fayez al-Sarraj", None)],
    ),
    (
        "recipient-before-what-is-ordered",
        "Prime Minister Fayez al-Sarraj gave the order to all paramilitaries "
        "under his control to be ready for defense.",
        [("152", "Fayez al-Sarraj", None)],
    ),
    (
        "army-after-the-alert",
        "The president gave the order to be on high alert to the army.",
        [("152", "president", None)],
    ),
    (
        "issued-an-order-to-no-one-named",
        "The defence minister issued an order to prepare for combat.",
        [("152", "minister", None)],
    ),
    (
        "order-to-a-minister-stays-a-demand",
        "The president ordered the minister to prepare a report.",
        [("100", "president", "minister")],
    ),
]


@pytest.mark.parametrize(
    ("text", "want"), [pytest.param(*c[1:], id=c[0]) for c in ORDERS_GIVEN]
)
def test_an_order_given_governs_what_is_ordered(text: str, want: list[Triple]) -> None:
    """An order given or issued governs the infinitive after its noun as
    "ordered" does; the one it is given to may follow what is ordered."""
    assert _events(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The judge gave orders to release the prisoners.",
        "A court issued an order to freeze the assets of the company.",
    ],
)
def test_an_order_to_do_something_else_is_no_alert(text: str) -> None:
    """Only readiness ordered is an alert (152)."""
    codes = _codes(text)
    assert codes and "152" not in codes, codes


# ------------------------------------------------------------ an attack ordered

# (id, sentence, the events: (code, source, target))
ATTACKS_ORDERED = [
    (
        "ordered-an-attack",
        "Khalifa Haftar ordered an attack on Tripoli.",
        [("190", "Khalifa Haftar", "Libya")],
    ),
    (
        "ordered-an-invasion",
        "Putin ordered an invasion of Ukraine.",
        [("190", "Putin", "Ukraine")],
    ),
    (
        "ordered-forces-to-attack",
        "Khalifa Haftar ordered his forces to attack Tripoli.",
        [("190", "Khalifa Haftar", "Libya")],
    ),
    (
        "ordered-the-military-to-strike",
        "Netanyahu ordered the military to strike Hamas targets in Gaza.",
        [("190", "Netanyahu", "Hamas")],
    ),
    (
        "ordered-troops-to-fire-on-protesters",
        "Assad ordered troops to fire on protesters.",
        [("175", "Assad", "protesters")],
    ),
    (
        "led-an-attack",
        "Rebel commander Ahmed Musa led an attack on a police post.",
        [("180", "Ahmed Musa", None)],
    ),
    # what is ordered keeps its own code
    (
        "ordered-an-investigation",
        "The interior minister ordered an investigation into the deaths.",
        [("091", "minister", None)],
    ),
    (
        "ordered-the-arrest",
        "The judge ordered the arrest of the opposition leader.",
        [("173", "judge", "opposition leader")],
    ),
]


@pytest.mark.parametrize(
    ("text", "want"), [pytest.param(*c[1:], id=c[0]) for c in ATTACKS_ORDERED]
)
def test_an_attack_ordered_is_the_attack(text: str, want: list[Triple]) -> None:
    """An attack ordered or led is the attack, by the one who orders or leads
    it (CAMEO 18x/19x by who acts), not a threat (138) or rallying (113)."""
    assert _events(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The general refused to order an attack on the city.",
        "The president did not order an attack on the protesters.",
    ],
)
def test_an_attack_not_ordered_is_no_attack(text: str) -> None:
    assert not [c for c in _codes(text) if c[:2] in ("18", "19")]


# ------------------------------------------------------------ a lone attacker

# (id, sentence, the country that must be no target, or None: the city's
# country that must stay the target)
LONE_ATTACKERS = [
    (
        "gunman-outside-a-mall",
        "A gunman opened fire outside a mall in suburban Glendale, killing three people.",
        "United States",
    ),
    (
        "gunman-at-a-school",
        "A gunman killed five people at a school in Uvalde.",
        "United States",
    ),
    (
        "man-with-a-knife",
        "A man stabbed three people in central Sydney on Saturday.",
        "Australia",
    ),
]

# (id, sentence, the city's country, which stays the target)
CITY_STRUCK = [
    ("gunmen-in-kabul", "Gunmen attacked a police post in Kabul.", "Afghanistan"),
    ("shelled-a-school", "Russian forces shelled a school in Kharkiv.", "Ukraine"),
    ("rockets-at-a-city", "Militants fired rockets at Tel Aviv.", "Israel"),
    (
        "taliban-in-kandahar",
        "Taliban militants attacked a checkpoint in Kandahar.",
        "Afghanistan",
    ),
]


@pytest.mark.parametrize(
    ("text", "country"), [pytest.param(*c[1:], id=c[0]) for c in LONE_ATTACKERS]
)
def test_a_lone_attacker_strikes_no_country(text: str, country: str) -> None:
    """One person's shooting or stabbing in a city is an act upon its victims,
    not upon the city's country; the act stays coded."""
    got = _events(text)
    assert any(c[:2] == "18" for c, _, _ in got), got
    assert all(t != country for _, _, t in got), got


@pytest.mark.parametrize(
    ("text", "country"), [pytest.param(*c[1:], id=c[0]) for c in CITY_STRUCK]
)
def test_groups_and_forces_strike_the_city_s_country(text: str, country: str) -> None:
    assert any(t == country for _, _, t in _events(text)), _events(text)


# ------------------------------------------------------------ agreements reached

# (id, sentence, the code, the pair)
AGREEMENTS_WITH = [
    (
        "agreement-with",
        "Israel reached an agreement with Hamas.",
        "032",
        ("Israel", "Hamas"),
    ),
    ("truce-with", "Israel reached a truce with Hamas.", "0356", ("Israel", "Hamas")),
    (
        "ceasefire-of-two",
        "Israel and Hamas reached a ceasefire on Sunday.",
        "0356",
        ("Israel", "Hamas"),
    ),
    (
        "truce-agreed",
        "Israel and Hamas agreed a truce on Sunday.",
        "0356",
        ("Israel", "Hamas"),
    ),
    ("accord-with", "Israel reached an accord with Hamas.", "032", ("Israel", "Hamas")),
    (
        "deal-with",
        "Russia reached a deal with Ukraine on grain.",
        "030",
        ("Russia", "Ukraine"),
    ),
    ("signed-with", "Israel signed a truce with Hamas.", "0871", ("Israel", "Hamas")),
]


@pytest.mark.parametrize(
    ("text", "code", "pair"), [pytest.param(*c[1:], id=c[0]) for c in AGREEMENTS_WITH]
)
def test_an_agreement_reached_with_another_is_mutual(
    text: str, code: str, pair: tuple[str, str]
) -> None:
    """An agreement reached with another party is between the two: one record
    by default, both directions with `mirror=True`, as "X and Y agreed"."""
    assert _events(text) == [(code, *pair)]
    pairs = {
        (e.source.name, e.target.name)
        for e in _run(text, mirror=True)
        if e.source is not None and e.target is not None
    }
    assert pairs == {pair, pair[::-1]}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # one party acting on an agreement: no mutual act, no mirror
        ("Israel rejected the agreement with Hamas.", ("120", "Israel")),
        ("The rebels declared a truce.", ("0871", "rebels")),
        ("The United Nations called for a ceasefire.", ("0256", "United Nations")),
    ],
    ids=["rejected", "declared", "called-for"],
)
def test_an_act_upon_an_agreement_is_one_sided(
    text: str, want: tuple[str, str]
) -> None:
    got = [
        (e.cameo, e.source.name if e.source else None) for e in _run(text, mirror=True)
    ]
    assert got == [want]


def test_a_truce_not_reached_is_a_rejection() -> None:
    """ "failed to reach a truce": no truce, a failure to agree (120)."""
    assert _codes("Israel and Hamas failed to reach a truce.") == ["120"]


# ------------------------------------------------------------ appeals to a court

COURT_APPEALS = [
    "Trump appealed to the Supreme Court on Monday.",
    "The company appealed to a higher court.",
    "Ukraine appealed to the International Court of Justice.",
    "He appealed on Monday to the appeals court.",
    "Lawyers for Khan appealed to the high court to overturn the verdict.",
]

# (sentence, the appeal's code): appeals to people, or for something
APPEALS = [
    ("The mayor appealed to residents to stay indoors.", "020"),
    ("Navalny appealed to the court for his release.", "020"),
    ("The president appealed for calm.", "020"),
]


@pytest.mark.parametrize("text", COURT_APPEALS)
def test_an_appeal_to_a_court_is_a_step_in_a_case(text: str) -> None:
    """An appeal to a court is a legal appeal, for which CAMEO has no code
    (as "he said he would appeal"), no appeal to a party (020)."""
    assert _codes(text) == []


@pytest.mark.parametrize(("text", "code"), APPEALS)
def test_an_appeal_to_people_stays_an_appeal(text: str, code: str) -> None:
    assert _codes(text) == [code]


# ------------------------------------------------------------ nouns, not verbs

# (sentence, the codes)
NOUNS_NOT_VERBS = [
    ("Israel closed the Rafah crossing on Monday.", ["191"]),
    ("Aid trucks entered Gaza through the Kerem Shalom crossing.", []),
    ("The opposition called the ruling a victory for democracy.", []),
]


@pytest.mark.parametrize(("text", "codes"), NOUNS_NOT_VERBS)
def test_an_ing_noun_after_a_name_or_article(text: str, codes: list[str]) -> None:
    """ "the Rafah crossing", "called the ruling a victory": nouns, not verbs
    that open a clause of their own."""
    assert _codes(text) == codes


def test_a_wounding_after_a_killing_is_the_main_event_with_it() -> None:
    """ "were killed and five others wounded": a second passive, so a title
    naming the wounding finds the coded act, not an uncoded reading."""
    text = (
        "Two people were killed and five others wounded on Sunday when gunmen "
        "attacked a bus in northern Nigeria."
    )
    main = newsfacts.parse_article(
        text, published="2024-03-04", title="Five wounded in Nigeria"
    ).main_event
    assert main is not None and main.cameo == "180", main


# ------------------------------------------------ warnings after what they attribute

# (id, sentence after its attribution, the same said with "that", the code of both)
ATTRIBUTED = [
    (
        "warning-of-another-s-act",
        "Russia could launch a new offensive in the spring, Ukrainian officials warned.",
        "Ukrainian officials warned that Russia could launch a new offensive in the spring.",
        ["010"],
    ),
    (
        "warning-that-another-must",
        "Iran must stop arming the Houthis, the US warned.",
        "The US warned that Iran must stop arming the Houthis.",
        ["100", "062"],
    ),
    (
        "appeal-that-another-must",
        "Israel must halt its offensive in Rafah, the United States urged.",
        "The United States urged that Israel must halt its offensive in Rafah.",
        ["1056"],
    ),
]


@pytest.mark.parametrize(
    ("after", "before", "codes"), [pytest.param(*c[1:], id=c[0]) for c in ATTRIBUTED]
)
def test_a_warning_after_what_it_attributes_reads_as_with_that(
    after: str, before: str, codes: list[str]
) -> None:
    """ "X could attack, officials warned" is what "officials warned that X
    could attack" is (a statement of another's act, not a threat); "Y must
    ..., the US warned" or "urged" a demand of Y, as "said Y must" is."""
    assert sorted(_codes(after)) == sorted(codes)
    assert sorted(_codes(before)) == sorted(codes)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Iran must stop arming the Houthis, the US warned.", "100"),
        ("Israel must halt its offensive in Rafah, the United States urged.", "1056"),
        ("Washington warned Iran that it must stop enriching uranium.", "130"),
        ("Iran warned that it would retaliate against Israel.", "138"),
        ("The United States urged Israel to halt its offensive in Rafah.", "0256"),
    ],
)
def test_the_main_event_of_a_warning_or_appeal(text: str, code: str) -> None:
    main = newsfacts.parse_article(text, published="2024-03-04").main_event
    assert main is not None and main.cameo == code, main


def test_a_demand_of_another_targets_it() -> None:
    assert ("100", "United States", "Iran") in _events(
        "Iran must stop arming the Houthis, the US warned."
    )


# ------------------------------------------------ what happened on the day named

# (sentence, (code, source) that must be found)
ON_THE_DAY = [
    ("Two people were killed on Sunday when gunmen attacked a bus.", ("180", "gunmen")),
    (
        "Three soldiers were wounded on March 3 when militants attacked a checkpoint.",
        ("180", "militants"),
    ),
]


@pytest.mark.parametrize(("text", "want"), ON_THE_DAY)
def test_a_when_clause_of_a_day_named_is_the_act(
    text: str, want: tuple[str, str]
) -> None:
    """ "on Sunday when gunmen attacked": what happened that day, not a scene
    the sentence's act happens in."""
    assert want in [(c, s) for c, s, _ in _events(text)], _events(text)


def test_a_where_clause_of_a_place_stays_a_scene() -> None:
    """ "Kabul, where gunmen attacked a school last year": background."""
    text = "Officials met in Kabul, where gunmen attacked a school last year."
    assert all(c[:2] != "18" for c in _codes(text)), _events(text)


# (sentence, the main event's code): a coded act an uncoded one goes on to
CODED_UNDER = [
    (
        "A car bomb exploded outside a police station in Mogadishu, killing five officers.",
        "1832",
    ),
    ("Two people were killed on March 3 when troops opened fire on protesters.", "175"),
    ("A bus crashed in the Andes, killing 12 people.", ""),
]


@pytest.mark.parametrize(("text", "code"), CODED_UNDER)
def test_the_main_event_is_the_coded_act_an_uncoded_one_goes_on_to(
    text: str, code: str
) -> None:
    main = newsfacts.parse_article(text, published="2024-03-04").main_event
    assert main is not None and main.cameo == code, main


# ------------------------------------------------ a speech given

# (sentence, the codes)
SPEECHES = [
    ("The president gave a speech to parliament on Tuesday.", ["010"]),
    ("Biden gave a speech in Warsaw.", ["010"]),
    ("Putin gave an interview to a US journalist.", ["010"]),
    # what is given stays given, with a phrase of place after it
    ("Japan gave $10 million in aid to Turkey.", ["070"]),
    ("The United States gave weapons to Ukraine.", ["072"]),
]


@pytest.mark.parametrize(("text", "codes"), SPEECHES)
def test_a_speech_given_is_a_statement(text: str, codes: list[str]) -> None:
    """Giving a speech, an address or an interview is a public statement (010),
    no material cooperation (060); "in" after an object opens a place, no
    "give in" (080, yielding)."""
    assert _codes(text) == codes


# ------------------------------------------------ a ceasefire ordered, a report denied


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The president ordered a ceasefire.", "0871"),
        ("Putin ordered a unilateral ceasefire over Orthodox Christmas.", "0871"),
        ("The rebels declared a truce.", "0871"),
    ],
)
def test_a_ceasefire_ordered_is_declared(text: str, code: str) -> None:
    """A ceasefire ordered is one declared (0871), not its monitoring (074)."""
    assert _codes(text) == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The Pentagon denied reports that US troops had been deployed to Israel.",
            "016",
        ),
        ("The army denied that its soldiers had fired on protesters.", "016"),
        # what is said, not denied, is the news
        ("The minister said that police had arrested 12 people.", "173"),
    ],
)
def test_the_main_event_of_a_denial_is_the_denial(text: str, code: str) -> None:
    main = newsfacts.parse_article(text, published="2024-03-04").main_event
    assert main is not None and main.cameo == code, main


# ------------------------------------------------ a refusal leads


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Poland will not send more weapons to Ukraine, its prime minister said.",
            "1222",
        ),
        ("The government would not accept any more refugees.", "120"),
    ],
)
def test_a_refusal_in_a_negated_clause_is_the_main_event(text: str, code: str) -> None:
    """A negated clause coded as a rejection (its negation is its code) is an
    act of the lead."""
    main = newsfacts.parse_article(text, published="2024-03-04").main_event
    assert main is not None and main.cameo == code, main


def test_an_act_that_did_not_happen_is_no_main_event() -> None:
    main = newsfacts.parse_article(
        "Israel did not attack the consulate, the military said.",
        published="2024-03-04",
    ).main_event
    assert main is None or main.cameo[:2] not in ("18", "19"), main


def test_an_attack_on_a_city_with_no_doer_in_a_warning_is_no_act() -> None:
    """ "warned that an assault on Rafah could derail the talks": no assault
    happened, and no one is named doing it."""
    assert _codes(
        "Egypt warned that an assault on Rafah could derail the negotiations."
    ) == ["010"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "At least 20 people were killed in the strikes, health officials said.",
            ["180"],
        ),
        (
            "At least 20 people were killed and dozens wounded in the strikes, "
            "health officials said.",
            ["180"],
        ),
        # a toll with no act named stays none
        ("At least 20 people were killed, health officials said.", ["010"]),
    ],
)
def test_people_killed_in_strikes_are_no_bare_toll(text: str, codes: list[str]) -> None:
    assert _codes(text) == codes


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The minister will travel to Beijing next week for talks.", "China"),
        ("The foreign minister arrived in Moscow on Monday.", "Russia"),
    ],
)
def test_a_visitor_is_not_of_the_country_visited(text: str, target: str) -> None:
    """A visit, planned or made, is away from home: the bare visitor takes no
    country from the place visited."""
    got = [
        e
        for e in newsfacts.parse_article(text, published="2024-03-04").events
        if e.target is not None and e.target.name == target
    ]
    assert got and all(e.source is None or e.source.country is None for e in got), got
