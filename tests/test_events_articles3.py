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
