"""Word tables the stages derive from their word lists are made once, not for
every document: each is the same object on every call, holds what it is
derived from, and an article parsed twice gives the same findings."""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from newsfacts.actors import clubs, sports
from newsfacts.actors import lexicon as lex
from newsfacts.actors.club_forms import sport_form_lowers, sport_forms
from newsfacts.actors.clubs import _DASHES
from newsfacts.actors.groups import _start_words
from newsfacts.events.compose import speech_lemmas
from newsfacts.events.lead import _speech_verbs, lead_words
from newsfacts.events.stage import reporting_lemmas
from newsfacts.events.words import word_classes
from newsfacts.knowledge.roles import compound_roles, role_nouns


@pytest.mark.parametrize(
    "table",
    [_start_words, reporting_lemmas, sport_form_lowers, _speech_verbs],
    ids=lambda f: f.__name__,
)
def test_made_once(table: object) -> None:
    assert callable(table)
    assert table() is table()


def test_group_start_words() -> None:
    words = _start_words()
    assert set(role_nouns()) <= words
    assert words >= lex.ARMED_PERSONS
    assert "ethnic" in words
    assert {last for _, last in compound_roles()} <= words  # "coast guard"
    assert "said" not in words and "the" not in words


def test_reporting_lemmas() -> None:
    assert reporting_lemmas() == speech_lemmas() | word_classes().attribution_verbs
    assert "say" in reporting_lemmas()
    assert "attack" not in reporting_lemmas()


def test_lead_speech_verbs() -> None:
    assert _speech_verbs() == speech_lemmas() | lead_words().report_verbs
    assert "say" in _speech_verbs()


def test_sport_form_lowers() -> None:
    assert sport_form_lowers() == {form.lower() for form in sport_forms()}


def test_sports_words() -> None:
    assert {"soccer", "motor"} <= sports._LABEL_FIRSTS
    assert "racing" not in sports._LABEL_FIRSTS  # "motor racing" opens with "motor"
    assert lex.SPORTS_MARGINS <= sports._SCORE_CUES
    assert lex.SPORTS_ROLES <= clubs._MATCH_CUES
    assert set(_DASHES) == clubs._DASH_SET


# A sports page and a news story: each parsed twice, the second time with every
# table already made.
ARTICLES = [
    "SOCCER - LEEDS BEAT ARSENAL IN PREMIER LEAGUE.\n"
    "LONDON 1996-08-24\n"
    "Leeds beat Arsenal 2-1 on Saturday. Striker Ian Rush scored twice.",
    "KABUL (Reuters) - Border guards and ethnic militias clashed on Monday, "
    "officials said, and the coast guard detained two men.",
]


@pytest.mark.parametrize("text", ARTICLES)
def test_parsed_twice_the_same(text: str) -> None:
    first = newsfacts.parse_article(text, published=dt.date(1996, 8, 26)).to_dict()
    again = newsfacts.parse_article(text, published=dt.date(1996, 8, 26)).to_dict()
    assert first == again
    assert first["actors"] or first["locations"]
