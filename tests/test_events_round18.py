"""Air defences given as military aid, what is sent or given as no party, the
city it is sent to, and "led by" naming who heads a body.

Whole-pipeline tests (`parse_article`) on news phrasings written for these
tests. Each table holds what must be coded, what must keep its code and what
must give no event.
"""

from __future__ import annotations

import pytest

from .support import event_triples

Triple = tuple[str, str | None, str | None]


def _events(text: str) -> list[Triple]:
    """(code, source name, target name) of each event of `text`."""
    return event_triples(text, "2024-03-04")


# ------------------------------------------------ air defences as military aid

# (id, sentence, the events: (code, source, target))
AIR_DEFENCES_GIVEN = [
    (
        "sent-systems",
        "Germany sent air defence systems to Ukraine.",
        [("072", "Germany", "Ukraine")],
    ),
    (
        "will-deliver-american-spelling",
        "Germany will deliver air defense systems to Ukraine.",
        [("0332", "Germany", "Ukraine")],
    ),
    (
        "delivered-has",
        "The Netherlands has delivered air defense systems to Ukraine.",
        [("072", "The Netherlands", "Ukraine")],
    ),
    (
        "more-air-defences",
        "Britain sent more air defences to Ukraine on Tuesday.",
        [("072", "United Kingdom", "Ukraine")],
    ),
    (
        "named-system",
        "Canada will send a NASAMS air defense system to Ukraine.",
        [("0332", "Canada", "Ukraine")],
    ),
    (
        "reported-by-a-ministry",
        "Germany will send more air defence systems to Ukraine, the defence "
        "ministry said.",
        [("0332", "Germany", "Ukraine")],
    ),
    (
        "reported-before",
        "The defence ministry said Germany will send more tanks to Ukraine.",
        [("0332", "Germany", "Ukraine")],
    ),
]


@pytest.mark.parametrize(
    ("text", "want"), [pytest.param(*c[1:], id=c[0]) for c in AIR_DEFENCES_GIVEN]
)
def test_air_defences_given_are_military_aid(text: str, want: list[Triple]) -> None:
    """Air defence systems, or air defences, sent, delivered or supplied are
    weapons given (072; planned: 0332), the party after "to" the target."""
    assert _events(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # people sent are no weapons
        "Germany sent air defence experts to Ukraine.",
        # air defences acting are armed forces, no aid
        "Ukraine's air defences shot down 30 Russian drones overnight.",
        "Russian air defences destroyed eight drones over Belgorod.",
    ],
)
def test_air_defences_not_given_are_no_aid(text: str) -> None:
    assert not any(code in ("072", "0332") for code, _, _ in _events(text))


# ------------------------------------------- what is sent or given is no party

# (id, sentence, the events: (code, source, target))
THINGS_GIVEN = [
    (
        "will-supply-jets",
        "The United States will supply F-16 fighter jets to Ukraine.",
        [("0332", "United States", "Ukraine")],
    ),
    (
        "supplied-jets",
        "The United States supplied F-16 fighter jets to Ukraine.",
        [("072", "United States", "Ukraine")],
    ),
    (
        "supplied-jets-to-no-one-named",
        "Russia supplied fighter jets.",
        [("072", "Russia", None)],
    ),
    (
        "troops-to-a-country",
        "France sent troops to Mali.",
        [("062", "France", "Mali")],
    ),
    (
        "sent-to-a-city",
        "Germany will send tanks to Kyiv.",
        [("0332", "Germany", "Ukraine")],
    ),
    (
        "capital-sends-to-a-city",
        "Berlin sent tanks to Kyiv.",
        [("072", "Germany", "Ukraine")],
    ),
    (
        "weapons-to-a-city",
        "Germany will send air defence systems to Lviv.",
        [("0332", "Germany", "Ukraine")],
    ),
    # the party given to, before what is given, stays the target
    (
        "two-objects",
        "Russia sent the rebels weapons.",
        [("072", "Russia", "rebels")],
    ),
    (
        "with-what-is-given",
        "Russia supplied the rebels with weapons.",
        [("072", "Russia", "rebels")],
    ),
]


@pytest.mark.parametrize(
    ("text", "want"), [pytest.param(*c[1:], id=c[0]) for c in THINGS_GIVEN]
)
def test_what_is_given_is_no_party(text: str, want: list[Triple]) -> None:
    """The object that names what is sent or given (jets, troops) is never
    the target: the party or city after "to" is, else no one."""
    assert _events(text) == want


def test_a_city_of_the_senders_own_country_is_no_recipient() -> None:
    """Troops moved to a city of one's own country are sent to no one."""
    assert all(
        t != "Russia" for _, _, t in _events("Russia sent missiles to Belgorod.")
    )


# ------------------------------------------------- "led by" names who heads it

# (id, sentence, the events: (code, source, target))
LED_BY = [
    (
        "mission-led-by-set-off-by-commas",
        "The African Union observer mission, led by former Nigerian President "
        "Olusegun Obasanjo, said the vote was fair.",
        [("010", "African Union observer mission", None)],
    ),
    (
        "delegation-headed-by",
        "A delegation headed by Foreign Minister Sergei Lavrov met Chinese "
        "President Xi Jinping on Monday.",
        [("040", "delegation", "Xi Jinping")],
    ),
    (
        "mission-led-by-in-a-report",
        "The foreign minister said the failed mission led by President Hugo "
        "Chavez left a bad taste.",
        [("010", "foreign minister", None)],
    ),
    # an act led is done by its leaders
    (
        "demonstrations-led-by",
        "Police cracked down on the demonstrations led by Buddhist monks.",
        [("141", "monks", None)],
    ),
    # the finite verb still reads as PETRARCH's "lead a delegation"
    (
        "led-a-delegation",
        "Obasanjo led a delegation to Moscow for talks.",
        [("036", "Obasanjo", "Russia")],
    ),
]


@pytest.mark.parametrize(
    ("text", "want"), [pytest.param(*c[1:], id=c[0]) for c in LED_BY]
)
def test_led_by_names_who_heads_a_body(text: str, want: list[Triple]) -> None:
    """A past participle of heading right after a noun ("the mission, led by
    X,") names who heads it: no intent to meet (036)."""
    assert _events(text) == want


# ------------------------------------------- an object that is none negates

# (id, sentence, the events: (code, source, target))
NO_OBJECT = [
    (
        "impose-no-conditions",
        "The spokesman said North Korea would impose no conditions on a visit "
        "by the envoy.",
        [],
    ),
    ("arrested-no-one", "Police arrested no one.", []),
    (
        "gave-no-formal-order",
        "The president has given no formal order to pull out.",
        [],
    ),
    # numbers compared after "no" are no negation
    (
        "no-fewer-than",
        "Police arrested no fewer than 20 protesters.",
        [("173", "Police", None)],
    ),
    # a clause after a verb of speech opens with its subject
    (
        "say-no-troops-should",
        "Clan leaders say no foreign troops should be allowed in the country.",
        [("010", "leaders", None)],
    ),
    (
        "with-a-determiner",
        "Iran imposed conditions on the talks.",
        [("100", "Iran", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "want"), [pytest.param(*c[1:], id=c[0]) for c in NO_OBJECT]
)
def test_an_object_that_is_none_negates_the_act(text: str, want: list[Triple]) -> None:
    """ "would impose no conditions" is "would not impose conditions": no act."""
    assert _events(text) == want


# ------------------------------------- a capital with a modal stands for its state

# (id, sentence, the events: (code, source, target))
CAPITAL_WITH_A_MODAL = [
    (
        "will-send-to-a-city",
        "Berlin will send more tanks to Kyiv.",
        [("0332", "Germany", "Ukraine")],
    ),
    (
        "will-retaliate",
        "Moscow will retaliate, the Kremlin said.",
        [("138", "Russia", None)],
    ),
    (
        "would-impose-sanctions",
        "Washington would impose sanctions on Iran.",
        [("1312", "United States", "Iran")],
    ),
]


@pytest.mark.parametrize(
    ("text", "want"), [pytest.param(*c[1:], id=c[0]) for c in CAPITAL_WITH_A_MODAL]
)
def test_a_capital_before_a_modal_acts_for_its_state(
    text: str, want: list[Triple]
) -> None:
    """A capital before "will" or "would" and a verb of state stands for its
    government, as it does before the verb's past or present form."""
    assert _events(text) == want
