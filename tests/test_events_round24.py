"""Scores and fight results read as play, and force between unnamed people
told with pronouns.

Whole-pipeline tests (`parse_article`) on news phrasings written for these
tests, and tagger tests for the pronoun readings they rest on. Each table
holds what must be coded, what must keep its code and what must give no
event.
"""

from __future__ import annotations

import pytest

from newsfacts.events.words import word_classes
from newsfacts.language.tagger import pos_tag

from .support import EventTriple, event_cases, event_triples


def _events(text: str) -> list[EventTriple]:
    """(code, source name, target name) of each event of `text`."""
    return event_triples(text, "1996-08-23")


# ------------------------------------------ a verb of force upon a score

SCORES = [
    (
        "golf-round-full-name",
        "Greg Norman fired a six-under-par 64 on Thursday to take the lead.",
        [],
    ),
    ("golf-round-bare-score", "Nick Faldo fired a 68 at Augusta.", []),
    (
        "golf-round-coordinated",
        "Colin Montgomerie carded a 71 and Ernie Els shot a 70.",
        [],
    ),
    ("golf-round-three-under", "Tiger Woods shot a three-under 69 on Friday.", []),
    # a count takes no "a": these keep their readings
    (
        "rockets-fired",
        "Rebels fired two rockets at the base.",
        [("195", "Rebels", None)],
    ),
    (
        "rounds-fired-at-crowd",
        "Troops fired 40 rounds at the crowd.",
        [("175", "Troops", "crowd")],
    ),
    ("workers-fired-no-force", "The company fired 200 workers.", []),
    (
        "killed-count",
        "Police killed 12 protesters in the capital.",
        [("175", "Police", "protesters")],
    ),
    (
        "age-is-no-score",
        "Gunmen shot a 12-year-old boy in Karachi.",
        [("180", "Gunmen", "Pakistan")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(SCORES))
def test_force_upon_a_score_is_play(text: str, want: list[EventTriple]) -> None:
    assert _events(text) == want


# ------------------------------------------ a fight's result

FIGHTS = [
    (
        "technical-knockout-on",
        "Holyfield beat Tyson on an 11th-round technical knockout.",
        [],
    ),
    ("knockout-by", "Lennox Lewis beat Frank Bruno by knockout.", []),
    ("decision-by", "Lewis beat Holyfield by a unanimous decision.", []),
    ("points-on", "Evander Holyfield defeated Mike Tyson on points in Las Vegas.", []),
    ("knockout-round", "Tyson beat Ruddock by a seventh-round knockout.", []),
    # no fight's result: force stays force
    (
        "decision-by-someone",
        "Soldiers beat the prisoners on a decision by their commander.",
        [("190", "Soldiers", "prisoners")],
    ),
    (
        "police-beat-protesters",
        "Police beat protesters in the capital.",
        [("175", "Police", "protesters")],
    ),
    (
        "army-defeated-rebels",
        "The army defeated the rebels in the north.",
        [("190", "army", "rebels")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(FIGHTS))
def test_fight_result_is_play(text: str, want: list[EventTriple]) -> None:
    assert _events(text) == want


def test_fight_results_class_has_knockout_not_round() -> None:
    wc = word_classes()
    assert {"knockout", "points", "decision", "submission"} <= wc.fight_results
    assert "round" not in wc.fight_results  # "in the eighth round" is no result


# ------------------------------------------ unnamed force told with pronouns

PRONOUN_FORCE = [
    ("he-shot-her", "He shot her.", [("180", None, None)]),
    ("he-stabbed-her", "He stabbed her.", [("182", None, None)]),
    ("he-killed-her", "He killed her.", [("180", None, None)]),
    ("she-shot-him-in-the-leg", "She shot him in the leg.", [("180", None, None)]),
    ("a-man-shot-a-woman", "A man shot a woman.", [("180", None, None)]),
    (
        "named-stays-named",
        "A gunman shot a police officer in Lahore.",
        [("180", "gunman", "police officer")],
    ),
    ("possessive-her-no-event", "Her husband was arrested.", []),
]


@pytest.mark.parametrize(("text", "want"), event_cases(PRONOUN_FORCE))
def test_unnamed_pronoun_force(text: str, want: list[EventTriple]) -> None:
    assert _events(text) == want


HER = [
    (["He", "shot", "her", "."], 2, "PRP"),
    (["They", "told", "her", "to", "leave", "."], 2, "PRP"),
    (["They", "accused", "her", "of", "lying", "."], 2, "PRP"),
    (["Her", "forces", "advanced", "."], 0, "PRP$"),
    (["He", "shot", "her", "husband", "."], 2, "PRP$"),
    (["She", "met", "her", "counterpart", "in", "Paris", "."], 2, "PRP$"),
]


@pytest.mark.parametrize(("words", "at", "tag"), HER)
def test_her_object_or_possessive(words: list[str], at: int, tag: str) -> None:
    assert pos_tag(words)[at] == tag


SHOT = [
    (["He", "shot", "her", "."], 1, "VBD"),
    (["They", "shot", "two", "policemen", "."], 1, "VBD"),
    (["His", "shot", "hit", "the", "post", "."], 1, "NN"),
    (["The", "shot", "was", "fired", "from", "a", "roof", "."], 1, "NN"),
]


@pytest.mark.parametrize(("words", "at", "tag"), SHOT)
def test_shot_after_subject_pronoun(words: list[str], at: int, tag: str) -> None:
    assert pos_tag(words)[at] == tag
