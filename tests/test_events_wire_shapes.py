"""Shapes of wire copy the events stage reads by the clause.

Dismissing one holder of an office ("fired the country's army chief": no
shooting); carrying the injured to hospital ("was taken to Leeds General
Infirmary": no seizure); weighing an option (014, not 040); flying to a place
(042, its companions no target); what a reported future waits for ("would not
end the war until Hamas was destroyed": no destruction reported).
Whole-pipeline tests (`parse_article`) on news phrasings written for these
tests, with what must keep its code."""

from __future__ import annotations

import pytest

import newsfacts

from .support import event_triples


def _codes(text: str) -> list[str]:
    """The CAMEO code of each event of `text`."""
    return [
        e.cameo for e in newsfacts.parse_article(text, published="2024-10-16").events
    ]


# (id, sentence, codes)
DISMISSALS = [
    ("army-chief", "President Bola Tinubu fired the army chief on Tuesday.", []),
    ("possessive", "The president fired the country's army chief.", []),
    ("boss", "The board sacked its boss after the losses.", []),
    ("police-head", "The mayor fired the head of the city's police.", []),
    # force stays force
    ("fired-on-convoy", "Troops fired on the army chief's convoy.", ["190"]),
    ("fired-at-head", "Gunmen fired at the head of the convoy.", ["180"]),
]


@pytest.mark.parametrize(
    ("text", "codes"), [r[1:] for r in DISMISSALS], ids=[r[0] for r in DISMISSALS]
)
def test_dismissing_one_holder_of_an_office(text: str, codes: list[str]) -> None:
    assert _codes(text) == codes


CARE = [
    ("infirmary", "He was taken to Leeds General Infirmary but died.", []),
    (
        "royal-infirmary",
        "Two men were taken to the Royal Infirmary with stab wounds.",
        [],
    ),
    ("clinic", "Three people were taken to a local clinic with burns.", []),
    ("hospital", "The victim was taken to hospital.", []),
    # custody stays custody
    ("police-station", "Police took the man to a police station.", ["173"]),
]


@pytest.mark.parametrize(
    ("text", "codes"), [r[1:] for r in CARE], ids=[r[0] for r in CARE]
)
def test_taken_for_treatment_is_no_seizure(text: str, codes: list[str]) -> None:
    assert _codes(text) == codes


# Weighing an option is considering it (CAMEO 014), not consulting anyone.
CONSIDERING = [
    (
        "weighs",
        "The Supreme Court weighs Trump's bid to end birthright citizenship.",
        ["014"],
    ),
    ("weighing", "The EU is weighing a ban on Russian gas.", ["014"]),
    ("contemplating", "Iran is contemplating a return to talks.", ["014"]),
    ("considering", "The council is considering sanctions.", ["014"]),
]


@pytest.mark.parametrize(
    ("text", "codes"), [r[1:] for r in CONSIDERING], ids=[r[0] for r in CONSIDERING]
)
def test_weighing_an_option_is_considering_it(text: str, codes: list[str]) -> None:
    assert _codes(text) == codes


def _triples(text: str) -> list[tuple[str, str | None]]:
    """(code, target name) of each event of `text`."""
    return [
        (e.cameo, e.target.name if e.target else None)
        for e in newsfacts.parse_article(text, published="2023-11-04").events
    ]


# Flying to a place is a visit (042); those who travel along are no target.
VISITS = [
    (
        "area-with-doctors",
        "Prime Minister Pushpa Kamal Dahal flew to the area with a team of doctors.",
        [("042", None)],
    ),
    (
        "region-with-aid-workers",
        "The minister flew to the region with aid workers.",
        [("042", None)],
    ),
    ("country", "Blinken flew to Israel with his aides.", [("042", "Israel")]),
    # "with" after a verb of meeting still names the other party
    ("met-with", "The president met with Scholz on Monday.", [("040", "Scholz")]),
]


@pytest.mark.parametrize(
    ("text", "events"), [r[1:] for r in VISITS], ids=[r[0] for r in VISITS]
)
def test_flying_to_a_place_is_a_visit(
    text: str, events: list[tuple[str, str | None]]
) -> None:
    assert _triples(text) == events


# A clause of time under a reported "would" waits for its act, in the past as
# the speech is reported; outside reported speech a past one happened.
UNTIL = [
    (
        "reported-would",
        "Netanyahu's office said Israel would not end the war until Hamas was destroyed.",
        ["1246"],
    ),
    ("reported-stay", "He said the army would stay until the rebels surrendered.", []),
    ("happened", "The army fought until the rebels withdrew.", ["190", "080"]),
]


@pytest.mark.parametrize(
    ("text", "codes"), [r[1:] for r in UNTIL], ids=[r[0] for r in UNTIL]
)
def test_what_a_reported_future_waits_for_is_no_act(
    text: str, codes: list[str]
) -> None:
    assert _codes(text) == codes


def _with_source(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_triples(text, "2024-07-30")


# Repression: a purpose infinitive names whom the force is used upon, and a
# clause after a comma hangs from the finite verb an infinitive serves.
REPRESSION = [
    (
        "disperse-crowds",
        "Security forces fired tear gas and rubber bullets to disperse crowds.",
        [("175", "Security forces", "crowds")],
    ),
    (
        "as-after-infinitive",
        "Tens of thousands of Venezuelans took to the streets on Tuesday to protest "
        "against the result, as security forces fired tear gas to disperse crowds.",
        [("141", "Venezuelans", None), ("175", "security forces", "crowds")],
    ),
]


@pytest.mark.parametrize(
    ("text", "events"), [r[1:] for r in REPRESSION], ids=[r[0] for r in REPRESSION]
)
def test_repression_and_whom_it_disperses(
    text: str, events: list[tuple[str, str | None, str | None]]
) -> None:
    assert _with_source(text) == events


# Carried off by water is no search (PETRARCH's "sweep" is 090).
SWEPT = [
    (
        "into-river",
        "A 57-year-old woman was swept into a river in Angus on Thursday.",
        [],
    ),
    ("away", "The flood swept away dozens of homes.", []),
    # a search or an operation keeps its code
    ("area", "Police swept the area for explosives.", ["150"]),
    ("villages", "Troops swept through villages.", ["190"]),
]


@pytest.mark.parametrize(
    ("text", "codes"), [r[1:] for r in SWEPT], ids=[r[0] for r in SWEPT]
)
def test_swept_by_water_is_no_event(text: str, codes: list[str]) -> None:
    assert _codes(text) == codes


# A process or a cause hijacked is a figure of speech, no abduction.
HIJACKED = [
    (
        "protests",
        "Ruto said the protests had been hijacked by dangerous people.",
        ["010"],
    ),
    ("debate", "The minister accused the opposition of hijacking the debate.", ["112"]),
    # vehicles hijacked stay abductions
    ("bus", "Gunmen hijacked a bus carrying 40 passengers.", ["181"]),
    ("tanker", "Pirates hijacked a tanker off Somalia.", ["181"]),
]


@pytest.mark.parametrize(
    ("text", "codes"), [r[1:] for r in HIJACKED], ids=[r[0] for r in HIJACKED]
)
def test_a_cause_hijacked_is_no_abduction(text: str, codes: list[str]) -> None:
    assert _codes(text) == codes


# Retaliation "for" an act is force in return, not a criticism (PETRARCH's
# block codes "attacked the government for failing" 111).
RETALIATION = [
    ("vowed", "Iran vowed to retaliate for the attack.", ["138"]),
    ("done", "Israel retaliated for the rocket attack.", ["190"]),
    (
        "criticism",
        "The opposition attacked the government for failing to act.",
        ["111"],
    ),
]


@pytest.mark.parametrize(
    ("text", "codes"), [r[1:] for r in RETALIATION], ids=[r[0] for r in RETALIATION]
)
def test_retaliation_for_an_act_is_force(text: str, codes: list[str]) -> None:
    assert _codes(text) == codes


# The party whose act a retaliation answers is its target when none other is
# named.
RETALIATION_TARGETS = [
    ("vowed", "Iran vowed to retaliate for an Israeli strike.", [("138", "Israel")]),
    (
        "done",
        "Israel retaliated for the Hezbollah rocket attack.",
        [("190", "Hezbollah")],
    ),
    ("named", "Iran retaliated against Israel for the strike.", [("190", "Israel")]),
    ("none", "Iran retaliated for the attack.", [("190", None)]),
]


@pytest.mark.parametrize(
    ("text", "events"),
    [r[1:] for r in RETALIATION_TARGETS],
    ids=[r[0] for r in RETALIATION_TARGETS],
)
def test_retaliation_targets_the_one_answered(
    text: str, events: list[tuple[str, str | None]]
) -> None:
    assert _triples(text) == events


# "U.S.-backed forces": the participle after the hyphen is half an adjective,
# no clause of its own that would take the forces as its object.
HYPHENED = [
    ("backed", "U.S.-backed forces captured the town.", [("192", None)]),
    (
        "led",
        "The U.S.-led coalition said it struck Houthi targets.",
        [("195", "Houthis")],
    ),
]


@pytest.mark.parametrize(
    ("text", "events"), [r[1:] for r in HYPHENED], ids=[r[0] for r in HYPHENED]
)
def test_participle_after_an_abbreviation_and_hyphen(
    text: str, events: list[tuple[str, str | None]]
) -> None:
    assert _triples(text) == events
