"""The events stage: clauses that report no act of their own, and the acts
that the same words still report where they plainly are acts.

Whole-pipeline tests (`parse_article`) on news phrasings written for them:
a participle describing a noun, a habit, a clause of time still to come, a
game's comeback, the aim of a measure (`events/background.py`).
"""

from __future__ import annotations

import pytest

import newsfacts


def _coded(text: str) -> list[tuple[str, str]]:
    """(code, trigger) of each event of `text`."""
    return [(e.cameo, e.trigger.text) for e in newsfacts.parse_article(text).events]


def _codes(text: str) -> list[str]:
    return [code for code, _ in _coded(text)]


# (id, sentence, a code the sentence must not yield, or "" for no event at all)
NO_EVENT_OF = [
    (
        "participle-opposing",
        "Demonstrators opposing the new taxes chanted slogans outside parliament.",
        "110",
    ),
    (
        "participle-fleeing",
        "Aid agencies delivered food to families fleeing the fighting in Sudan.",
        "075",
    ),
    (
        "participle-banning",
        "Lawmakers debated a law banning protests near government buildings.",
        "",
    ),
    (
        "sanctions-targeting",
        "The European Union adopted new sanctions against Russia, targeting banks "
        "and oil tankers.",
        "180",
    ),
    ("habit-often", "Bandits often kidnap villagers for ransom in the region.", ""),
    ("habit-usually", "Rebels usually attack convoys at night in the province.", ""),
    (
        "until-present-under-would",
        "The farmers said they would continue the blockade until the government "
        "meets their demands.",
        "080",
    ),
    (
        "once-present-under-will",
        "The minister will resign once the court releases its verdict.",
        "084",
    ),
    (
        "comeback-sets",
        "Jannik Sinner came back from two sets down to beat Daniil Medvedev on "
        "Friday and reach the Australian Open final.",
        "",
    ),
    (
        "comeback-headline",
        "Sinner comes back from two sets down to reach final",
        "",
    ),
    (
        "comeback-goal",
        "Liverpool came back from a goal down to beat Everton in the derby.",
        "",
    ),
]


@pytest.mark.parametrize(
    ("text", "code"),
    [(t, c) for _, t, c in NO_EVENT_OF],
    ids=[i for i, *_ in NO_EVENT_OF],
)
def test_no_event_of(text: str, code: str) -> None:
    codes = _codes(text)
    if code:
        assert code not in codes, _coded(text)
    else:
        assert codes == [], _coded(text)


# (id, sentence, a code (or its first digits) the sentence must still yield): the same words where
# they plainly are acts
STILL_EVENT = [
    (
        "dissent-participle",
        "Liberian riot police used tear gas to disperse demonstrators protesting "
        "election results in Monrovia.",
        "141",
    ),
    (
        "statement-participle",
        "The Security Council adopted a resolution demanding an immediate "
        "ceasefire in Gaza.",
        "10",
    ),
    ("force-targeting", "Militants targeted a police station in Peshawar.", "190"),
    (
        "no-habit-past",
        "Bandits kidnapped 20 villagers in Zamfara state on Sunday.",
        "181",
    ),
    (
        "routinely-reported",
        "Israeli soldiers routinely beat up Palestinian detainees, a court martial "
        "was told.",
        "175",
    ),
    (
        "until-past",
        "Rebels shelled the town until the army withdrew its troops on Friday.",
        "0874",
    ),
    (
        "return-from-abroad",
        "The French president came back from Moscow on Tuesday.",
        "042",
    ),
    ("abstain-from-violence", "Hamas pledged to abstain from violence.", "0"),
    ("ratify-treaty", "The Senate ratified the treaty with Russia.", "057"),
    ("beat-journalists", "Soldiers beat two journalists in Harare.", "19"),
]


@pytest.mark.parametrize(
    ("text", "code"),
    [(t, c) for _, t, c in STILL_EVENT],
    ids=[i for i, *_ in STILL_EVENT],
)
def test_still_event(text: str, code: str) -> None:
    assert any(c.startswith(code) for c in _codes(text)), _coded(text)
