"""Arms and forces sent, verbal acts joined to a report, talks as an act,
verbs of finding out, and coalitions led by a state.

Whole-pipeline tests (`parse_article`) on news phrasings written for these
tests. Each table holds what must be coded, what must keep its code and what
must give no event.
"""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.events.patterns import match_verb

from .support import EventTriple, event_cases, event_triples


def _events(text: str) -> list[EventTriple]:
    """(code, source name, target name) of each event of `text`."""
    return event_triples(text, "2024-03-04")


# ------------------------------------------------------------- arms sent or promised

ARMS = [
    (
        "will-send-jets",
        "Germany will send fighter jets to Ukraine, the chancellor said on Tuesday.",
        [("0332", "Germany", "Ukraine")],
    ),
    (
        "will-send-model-tanks",
        "Britain will send Challenger 2 tanks to Ukraine, Prime Minister Rishi "
        "Sunak said.",
        [("0332", "United Kingdom", "Ukraine")],
    ),
    (
        "sent-model-tanks",
        "Britain sent Challenger 2 tanks to Ukraine last month.",
        [("072", "United Kingdom", "Ukraine")],
    ),
    (
        "leopard-tanks",
        "Poland will send Leopard 2 tanks to Ukraine.",
        [("0332", "Poland", "Ukraine")],
    ),
    (
        "sent-warplanes",
        "France sent warplanes to Estonia.",
        [("072", "France", "Estonia")],
    ),
    (
        "supply-named-jets",
        "The Netherlands will supply F-16 fighter jets to Ukraine.",
        [("0332", "The Netherlands", "Ukraine")],
    ),
    (
        "phrase-on-the-last-conjunct",
        "President George Bush sent U.S. troops and planes to Saudi Arabia.",
        [("062", "George Bush", "Saudi Arabia")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(ARMS))
def test_arms_sent_are_military_aid(text: str, want: list[EventTriple]) -> None:
    """Aircraft and tanks sent to a country are military aid (072), an intent
    to give it when planned (0332); the country they go to is the target,
    not the thing sent."""
    assert _events(text) == want


# (sentence, noun phrases the language layer must find)
MODEL_NUMBERS = [
    ("Britain will send Challenger 2 tanks to Ukraine.", "Challenger 2 tanks"),
    ("Germany approved Leopard 2 tanks for Kyiv.", "Leopard 2 tanks"),
    ("The World Bank gave Ivory Coast 5 million dollars.", "5 million dollars"),
    ("The World Bank gave Ivory Coast 5 million dollars.", "Ivory Coast"),
    ("The fund gave Kenya 12 vehicles.", "12 vehicles"),
]


@pytest.mark.parametrize(("text", "phrase"), MODEL_NUMBERS)
def test_model_number_stays_in_its_phrase(text: str, phrase: str) -> None:
    """One digit between a name and a common noun is a model's number, part
    of the phrase ("Challenger 2 tanks"); an amount or a count after a name
    opens a phrase of its own ("gave Ivory Coast 5 million dollars")."""
    nps = [p.text for s in newsfacts.analyse(text) for p in s.noun_phrases]
    assert phrase in nps, nps


# ----------------------------------------------------------------- forces sent

FORCES = [
    (
        "into-a-country",
        "Russia sent troops into Ukraine on Thursday.",
        [("192", "Russia", "Ukraine")],
    ),
    (
        "tanks-into",
        "Syria sent tanks into Lebanon on Tuesday.",
        [("192", "Syria", "Lebanon")],
    ),
    (
        "into-a-region",
        "Turkey sent troops into northern Syria on Wednesday.",
        [("192", "Turkey", "Syria")],
    ),
    (
        "into-own-streets",
        "The government sent troops into the streets of the capital on Tuesday.",
        [("154", "government", None)],
    ),
    (
        "to-the-border",
        "Russia sent troops to the border with Ukraine.",
        [("154", "Russia", "Ukraine")],
    ),
    (
        "deployed-near",
        "Russia deployed troops near the Ukrainian border.",
        [("154", "Russia", "Ukraine")],
    ),
    (
        "to-help-a-doer",
        "Moscow sent troops to help Kazakhstan quell unrest.",
        [("072", "Russia", "Kazakhstan")],
    ),
    (
        "to-help-a-government",
        "Russia sent troops to help the Syrian government.",
        [("072", "Russia", "Syrian government")],
    ),
    (
        "to-protect",
        "The United States sent troops to protect the embassy in Baghdad.",
        [("074", "United States", "embassy")],
    ),
    (
        "into-at-the-request",
        "Russia sent troops into Kazakhstan on Thursday at the request of "
        "President Kassym-Jomart Tokayev.",
        [("072", "Russia", "Kazakhstan")],
    ),
    # what must keep its code: control or land taken is no force sent
    ("took-control", "Rebels took control of the town.", [("192", "Rebels", None)]),
]


@pytest.mark.parametrize(("text", "want"), event_cases(FORCES))
def test_forces_sent(text: str, want: list[EventTriple]) -> None:
    """Forces sent into another country occupy it (192); to a border or near
    a country they are a deployment (154) aimed at that country; sent to help
    or protect they are aid (072, 074) to the one helped. The forces sent are
    never the target."""
    assert _events(text) == want


# ------------------------------------------------- verbal acts joined to a report

JOINED = [
    (
        "said-but-called-for",
        "The minister said the talks were productive but called for more aid.",
        [("020", "minister", None)],
    ),
    (
        "denied-but-said",
        "The minister denied the report but said the government would review "
        "its policy.",
        [("016", "minister", None)],
    ),
    (
        "said-refused",
        "The commander told reporters both men were in good health but refused "
        "to say where they were.",
        [("120", "commander", None)],
    ),
    # a verbal act after one stays the reported subject's
    (
        "rejected-and-demanded",
        "The spokesman said the rebels rejected the offer and demanded the "
        "release of prisoners.",
        [("127", "rebels", None), ("1053", "rebels", "prisoners")],
    ),
    # an act of another kind stays the reported subject's
    (
        "attacked-and-killed",
        "Officials said the army attacked the town and killed 20 people.",
        [("190", "army", "people")],
    ),
    # a verb coded as a statement alone is no verbal act of the speaker
    (
        "had-spread",
        "Tyohem said measles broke out in the camp a week ago and had spread fast.",
        [("010", "Tyohem", None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(JOINED))
def test_verbal_act_joined_to_a_report(text: str, want: list[EventTriple]) -> None:
    """Coordinated verbs share their subject: a verb of speech or appeal
    joined by "and" or "but" after a report is the speaker's."""
    assert _events(text) == want


# --------------------------------------------------------------- talks as an act

TALKS = [
    (
        "between",
        "Talks between Israel and Hamas resumed in Cairo on Monday.",
        [("046", "Israel", "Hamas")],
    ),
    (
        "owned",
        "India's talks with Pakistan ended without agreement on Tuesday.",
        [("046", "India", "Pakistan")],
    ),
    (
        "held",
        "The United States and China held talks in Geneva on Monday.",
        [("046", "United States", "China")],
    ),
    ("no-parties", "Peace talks collapsed on Friday.", []),
    ("a-verb", "He talks about the economy every week.", []),
    ("one-party", "Talks with Iran were suspended.", []),
    ("held-by-no-one", "The talks were held in Geneva on Monday.", []),
    # a visit has a doer of its own and needs no other party
    (
        "visit",
        "Albright's visit to East Africa was designed to show resolve.",
        [("042", "Albright", None), ("080", "Albright", None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(TALKS))
def test_talks_between_two_named_parties(text: str, want: list[EventTriple]) -> None:
    """Talks are an act wherever the phrase stands when both parties are
    named; with one or none they tell no act between parties."""
    assert _events(text) == want


# ------------------------------------------------------------ finding out

FINDING_OUT = [
    ("meet-to-assess", "The ministers would meet on Monday to assess the damage.", []),
    ("assessed", "Engineers assessed the damage on Tuesday.", []),
    ("measured", "Scientists measured the radiation near the plant.", []),
    ("reviewed", "The government will review the decision.", []),
    # still a statement: an estimate reported
    (
        "estimated-that",
        "The United Nations estimated that 200 people had died.",
        [("010", "United Nations", None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(FINDING_OUT))
def test_finding_out_is_no_statement(text: str, want: list[EventTriple]) -> None:
    """Assessing, measuring, counting or reviewing finds something out and
    says nothing: no statement (010)."""
    assert _events(text) == want


@pytest.mark.parametrize("verb", ["assess", "calculate", "count", "gauge", "measure"])
def test_finding_out_verbs_code_nothing_alone(verb: str) -> None:
    vm = match_verb(verb)
    assert vm is None or not vm.is_event, vm


def test_estimate_is_still_a_statement() -> None:
    vm = match_verb("estimate")
    assert vm is not None and vm.code == "010"


# ------------------------------------------------------- coalitions led by a state

LED = [
    (
        "saudi-led",
        "The Saudi-led coalition launched air strikes on Sanaa on Monday.",
        "SAU",
    ),
    (
        "with-an-adjective",
        "The Saudi-led military coalition launched air strikes on Sanaa on Monday.",
        "SAU",
    ),
    # not led by a state, or not led at all: no country of it
    ("hamas-led", "The Hamas-led government condemned the raid on Monday.", None),
    (
        "backed",
        "Russian-backed separatists attacked Ukrainian troops on Monday.",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "code"), [pytest.param(t, c, id=n) for n, t, c in LED]
)
def test_group_led_by_a_state_is_the_states(text: str, code: str | None) -> None:
    """A group "led" by a country ("the Saudi-led coalition") acts for it;
    one led by a group of no country, or "backed" by a country, does not."""
    events = newsfacts.parse_article(text, published="2024-03-04").events
    assert events, text
    source = events[0].source
    assert source is not None
    if code is None:
        assert not (source.code or "").startswith("RUS"), source
        assert source.country is None
    else:
        assert (source.code or "").startswith(code), source  # SAU, SAUMIL
        assert source.country == code[:2]


def _sources(text: str) -> list[tuple[str, str | None]]:
    return [
        (e.cameo, e.source.code if e.source else None)
        for e in newsfacts.parse_article(text, published="2024-03-04").events
    ]


def test_the_coalition_named_again_is_the_leaders() -> None:
    """The same body named again acts for the state that leads it."""
    text = (
        "The Saudi-led coalition launched air strikes on Sanaa on Monday. "
        "The coalition said it had destroyed drone launch sites."
    )
    assert _sources(text) == [("195", "SAU"), ("180", "SAU")]


def test_forces_named_again_are_not_the_leaders() -> None:
    """Plural forces named later may be anyone's: no country is carried."""
    text = (
        "Vietnamese-led forces retook the village on Monday. Forces loyal to "
        "the rebels attacked the town on Tuesday."
    )
    events = newsfacts.parse_article(text, published="2024-03-04").events
    attacked = [e for e in events if e.trigger.text == "attacked"]
    assert attacked, events
    assert all(e.source is None or e.source.country != "VN" for e in attacked)
