"""Events on news phrasings of "the two sides" after a meeting, of several
acts joined in one sentence, of measures reported in the passive with no one
taking them, and of welcoming an agreement.

Whole-pipeline tests (`parse_article`) on sentences and short articles
written for these tests, in the styles of wire and agency copy. Each table
holds what must be coded, and what must give no event at all.
"""

from __future__ import annotations

import pytest

import newsfacts

_PUBLISHED = "2026-03-02"


def _events(text: str) -> list[newsfacts.Event]:
    return list(newsfacts.parse_article(text, published=_PUBLISHED).events)


def _countries(e: newsfacts.Event) -> tuple[str | None, str | None]:
    return (
        e.source.country if e.source is not None else None,
        e.target.country if e.target is not None else None,
    )


# "The two sides": the parties of the last mutual act or meeting named, not
# the last two actors mentioned on the way.
# (id, article, trigger word of the act of "the two ...", its two countries)
TWO_SIDES = [
    (
        "talks-then-war-mentioned",
        "China's top diplomat Wang Yi held talks with U.S. Secretary of State "
        "Antony Blinken in Munich on Friday, days after Russia's war in Ukraine "
        "entered its third year. The two sides agreed to keep channels of "
        "communication open.",
        "agreed",
        {"CN", "US"},
    ),
    (
        "met-then-missile",
        "Japan's foreign minister met South Korea's foreign minister in Tokyo on "
        "Monday as North Korea fired another missile toward the sea. The two "
        "countries agreed to share intelligence.",
        "agreed",
        {"JP", "KR"},
    ),
    (
        "leaders-met-then-protests",
        "President Lula met Argentine President Javier Milei in Brasilia on "
        "Tuesday, a week after protests in Venezuela. The two leaders signed a "
        "trade agreement.",
        "signed",
        {"BR", "AR"},
    ),
    (
        "call-after-war-sentence",
        "Israel and Hamas have fought for months. Egypt's foreign minister spoke "
        "with Qatar's prime minister on Sunday. The two sides agreed to press "
        "for a ceasefire.",
        "agreed",
        {"EG", "QA"},
    ),
    (
        "talks-then-war-one-sentence",
        "China's Wang Yi held talks with Antony Blinken in Munich, days after "
        "Russia's war in Ukraine entered its third year, and the two sides "
        "agreed to keep channels open.",
        "agreed",
        {"CN", "US"},
    ),
    (
        "after-talks-clause",
        "After Wang Yi held talks with Antony Blinken in Munich amid Russia's war "
        "in Ukraine, the two sides agreed to keep channels open.",
        "agreed",
        {"CN", "US"},
    ),
    (
        "no-meeting-one-sentence",
        "Armenia and Azerbaijan have been at odds for decades, and the two "
        "countries signed a peace deal on Friday.",
        "signed",
        {"AM", "AZ"},
    ),
    (
        "no-meeting-last-two-named",
        "Armenia and Azerbaijan have been at odds for decades. The two countries "
        "signed a peace deal on Friday.",
        "signed",
        {"AM", "AZ"},
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [t[1:] for t in TWO_SIDES],
    ids=[t[0] for t in TWO_SIDES],
)
def test_two_sides_of_last_meeting(
    text: str, trigger: str, countries: set[str]
) -> None:
    found = [e for e in _events(text) if e.trigger.text.startswith(trigger)]
    assert found, [(e.trigger.text, _countries(e)) for e in _events(text)]
    assert set(_countries(found[0])) == countries


# Joined verbs, each with its own object and code, are as many acts.
# (id, sentence, triggers that must each be an event)
JOINED = [
    (
        "three-measures",
        "Authorities declared an emergency, closed the borders and imposed a curfew.",
        ["declared an emergency", "closed the borders", "imposed a curfew"],
    ),
    (
        "two-measures",
        "Authorities declared an emergency and imposed a curfew.",
        ["declared an emergency", "imposed a curfew"],
    ),
    (
        "three-measures-reported",
        "The army said authorities declared an emergency, closed the borders "
        "and imposed a curfew on Sunday.",
        ["declared an emergency", "closed the borders", "imposed a curfew"],
    ),
    (
        "closed-airport-suspended-flights",
        "Authorities closed the airport and suspended all flights.",
        ["closed the airport", "suspended all flights"],
    ),
]


@pytest.mark.parametrize(
    ("text", "triggers"), [t[1:] for t in JOINED], ids=[t[0] for t in JOINED]
)
def test_joined_verbs_are_acts(text: str, triggers: list[str]) -> None:
    found = [e.trigger.text for e in _events(text)]
    for trigger in triggers:
        assert trigger in found, found


# One act however many verbs or objects: a participle continuing it, verbs
# sharing an object, one verb with joined objects, the parts of an aim.
# (id, sentence, number of events)
ONE_ACT = [
    ("attacked-killing", "Rebels attacked the base, killing eight soldiers.", 1),
    ("arrested-and-charged", "Police arrested and charged three men.", 1),
    ("closed-schools-and-offices", "The government closed schools and offices.", 1),
]


@pytest.mark.parametrize(
    ("text", "count"), [t[1:] for t in ONE_ACT], ids=[t[0] for t in ONE_ACT]
)
def test_one_act(text: str, count: int) -> None:
    assert len(_events(text)) == count, [e.trigger.text for e in _events(text)]


# (id, sentence): sentences that report no event at all
NO_EVENT = [
    ("two-sides-at-odds", "The two sides have been at odds for years."),
    (
        "aim-of-resolution",
        "The council debated a resolution that aims to tighten sanctions and "
        "impose a naval blockade.",
    ),
]


@pytest.mark.parametrize("text", [t for _, t in NO_EVENT], ids=[i for i, _ in NO_EVENT])
def test_no_event(text: str) -> None:
    assert _events(text) == [], [(e.type, e.trigger.text) for e in _events(text)]


# A measure taken in the passive with no one named or found to take it is no
# act of anyone. (id, sentence)
NO_DOER = [
    ("schools-closed", "Schools were closed on Monday."),
    ("flights-cancelled", "Flights were cancelled at the airport on Sunday."),
    ("border-closed", "The border was closed on Monday."),
    ("road-blocked", "The main road to the airport was blocked."),
    ("newspaper-banned", "The newspaper was banned."),
    ("ambassador-expelled", "Iran's ambassador was expelled on Friday."),
    ("state-of-siege-declared", "A state of siege was declared in the province."),
    ("state-of-siege-in-haiti", "A state of siege was declared in Haiti on Sunday."),
    ("talks-suspended", "Talks with Iran were suspended."),
]


@pytest.mark.parametrize("text", [t for _, t in NO_DOER], ids=[i for i, _ in NO_DOER])
def test_measure_with_no_doer_is_no_event(text: str) -> None:
    assert _events(text) == [], [(e.type, e.trigger.text) for e in _events(text)]


# The same measures where the doer is named (a "by" agent, a subject), and an
# arrest in the passive, which needs no doer. (id, sentence, trigger, CAMEO)
MEASURE_BY = [
    ("rally-banned-by", "The rally was banned by the city council.", "banned", "1721"),
    (
        "curfew-imposed-by",
        "A curfew was imposed by the army in the capital.",
        "imposed",
        "1723",
    ),
    (
        "protesters-blocked",
        "Thousands of protesters blocked the main road.",
        "blocked the main road",
        "144",
    ),
    (
        "poland-expelled",
        "Poland expelled the Russian ambassador.",
        "expelled",
        "161",
    ),
    (
        "army-closed-border",
        "The army closed the border crossing.",
        "closed the border",
        "191",
    ),
    (
        "junta-imposed-restrictions",
        "The junta imposed new restrictions on the press.",
        "imposed new restrictions",
        "1721",
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [t[1:] for t in MEASURE_BY],
    ids=[t[0] for t in MEASURE_BY],
)
def test_measure_with_doer(text: str, trigger: str, cameo: str) -> None:
    found = [(e.trigger.text, e.cameo, e.source is not None) for e in _events(text)]
    assert (trigger, cameo, True) in found, found


def test_rally_against_imposed_law_is_the_rally_alone() -> None:
    text = "Thousands of Nigerians rallied against the recently imposed Sharia law."
    assert [e.cameo for e in _events(text)] == ["141"]


# A measure named by a noun: no act where no one takes it, the doer's act
# where one is attached. (id, sentence, CAMEO codes of the events)
MEASURE_NOUNS = [
    (
        "lifted-day-old-blockade",
        "The army lifted a day-old blockade on lorries on Friday.",
        ["0872"],
    ),
    ("blockade-of-gaza-lasted", "The blockade of Gaza has lasted 17 years.", []),
    (
        "israeli-blockade-lasted",
        "The Israeli blockade of Gaza has lasted 17 years.",
        ["191"],
    ),
]


@pytest.mark.parametrize(
    ("text", "codes"),
    [t[1:] for t in MEASURE_NOUNS],
    ids=[t[0] for t in MEASURE_NOUNS],
)
def test_measure_nouns(text: str, codes: list[str]) -> None:
    assert [e.cameo for e in _events(text)] == codes


def test_arrest_in_the_passive_needs_no_doer() -> None:
    found = [
        e.trigger.text for e in _events("Three journalists were arrested in Cairo.")
    ]
    assert found == ["arrested"]


# Welcoming an agreement or a move is support of someone only where the
# sentence names whose it is. (id, sentence, country of the target)
WELCOMED = [
    (
        "agreement-between",
        "Germany welcomed the ceasefire agreement between Israel and Hamas.",
        "IL",
    ),
    (
        "deal-signed-by",
        "Germany welcomed the deal signed by Armenia and Azerbaijan on Friday.",
        "AM",
    ),
    ("owner-decision", "Turkey welcomed Israel's decision.", "IL"),
]


@pytest.mark.parametrize(
    ("text", "target"), [t[1:] for t in WELCOMED], ids=[t[0] for t in WELCOMED]
)
def test_welcomed_with_parties_named(text: str, target: str) -> None:
    found = [(e.type, _countries(e)[1]) for e in _events(text)]
    assert ("SUPPORT", target) in found, found


WELCOMED_NO_ONE = [
    ("agreement-alone", "The United Nations welcomed the agreement."),
    ("move-alone", "Germany welcomed the move."),
    ("steps-alone", "The European Union welcomed the steps on Tuesday."),
]


@pytest.mark.parametrize(
    "text", [t for _, t in WELCOMED_NO_ONE], ids=[i for i, _ in WELCOMED_NO_ONE]
)
def test_welcomed_with_no_one_named_is_no_event(text: str) -> None:
    assert _events(text) == [], [(e.type, e.trigger.text) for e in _events(text)]
