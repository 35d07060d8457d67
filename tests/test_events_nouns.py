"""Event nouns, pronoun parties, topics of comments, the capital, bare groups.

Whole-pipeline tests (`parse_article`) on real news phrasings for the
mechanisms that read events beyond a clause's verb: nouns that name an act
("the attack on", "talks with", "faces charges"), personal pronouns as parties,
the actor a comment is about, "the capital" as a place, and the country of a
bare group ("police", "officials"). The data files of event nouns and light
verbs are checked for shape.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsfacts
from newsfacts.events.lexicon import plover_of

from .support import tsv_rows

DATA = Path(__file__).resolve().parent.parent / "newsfacts" / "events" / "data"


def _found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(cameo, trigger, source name, target name) of every event."""
    return [
        (
            e.cameo,
            e.trigger.text,
            e.source.name if e.source else None,
            e.target.name if e.target else None,
        )
        for e in newsfacts.parse_article(text).events
    ]


def _rows(name: str) -> list[list[str]]:
    return tsv_rows(DATA / name)


# (id, sentence, cameo, trigger, source, target): an event named by a noun
NOUN_EVENTS = [
    (
        "light-verb-agent",
        "Students staged a protest against the government on Monday.",
        "141",
        "protest",
        "Students",
        None,
    ),
    (
        "noun-subject-with-agent",
        "The attack on the embassy by Hamas killed three guards.",
        "180",
        "attack",
        "Hamas",
        None,
    ),
    (
        "owner-is-agent",
        "An Israeli air strike killed a Hamas militant in Gaza.",
        "195",
        "air strike",
        "Israel",
        "Hamas",
    ),
    (
        "light-verb-patient",
        "Former Liberian President Charles Taylor faces charges of war crimes.",
        "173",
        "charges",
        None,
        "Charles Taylor",
    ),
    (
        "occurrence-needs-no-party",
        "Protests erupted soon after Muslim prayers Friday afternoon in Kashmir.",
        "141",
        "Protests",
        None,
        None,
    ),
    (
        "light-verb-not-patterned",
        "The convoy suffered an attack by Taliban fighters.",
        "180",
        "attack",
        "Taliban",
        None,
    ),
    (
        "threat-made",
        "Nasrallah made a threat against United Nations peacekeepers.",
        "130",
        "threat",
        "Nasrallah",
        "peacekeepers",
    ),
]


@pytest.mark.parametrize(
    ("text", "code", "trigger", "source", "target"),
    [c[1:] for c in NOUN_EVENTS],
    ids=[c[0] for c in NOUN_EVENTS],
)
def test_event_nouns(
    text: str, code: str, trigger: str, source: str | None, target: str | None
) -> None:
    found = _found(text)
    # the noun ends the trigger, read by a verb pattern or as an event noun
    hits = [f for f in found if f[0] == code and f[1].endswith(trigger)]
    assert hits, found
    _c, _t, src, tgt = hits[0]
    assert source is None or (src is not None and source in src), found
    assert target is None or (tgt is not None and target in tgt), found


# (id, sentence): an event noun with no party and no light verb reports nothing
NOUN_NO_EVENTS = [
    ("bare-noun-object", "The minister condemned the attack."),
    ("agreement-alone", "The agreement provides for the disarmament of militias."),
    ("talks-alone", "The talks were productive, officials said."),
]


@pytest.mark.parametrize(
    "text", [c[1] for c in NOUN_NO_EVENTS], ids=[c[0] for c in NOUN_NO_EVENTS]
)
def test_event_nouns_need_a_party(text: str) -> None:
    nouns = [e for e in newsfacts.parse_article(text).events if e.rule == "events.noun"]
    assert not nouns


# (id, sentence, cameo of the act upon or by the unnamed person)
PRONOUNS = [
    ("passive-arrest", "He was arrested in November.", "173"),
    ("passive-charge", "They were charged in absentia with plotting a coup.", "173"),
    ("active-with-named-target", "It has accused the government of intimidation.", ""),
]


@pytest.mark.parametrize(
    ("text", "code"), [c[1:] for c in PRONOUNS[:2]], ids=[c[0] for c in PRONOUNS[:2]]
)
def test_personal_pronoun_is_a_party(text: str, code: str) -> None:
    assert code in [f[0] for f in _found(text)]


def test_pronoun_alone_does_not_admit_a_bare_verb() -> None:
    """ "we can shoot" codes nothing: an unnamed doer of a verb coded alone."""
    assert not _found("The Army does not care how well we can shoot.")


def test_he_stands_for_the_person_named_before() -> None:
    found = _found(
        "Mr. Karzai arrived in Kabul on Monday. He met Pakistani President "
        "Pervez Musharraf."
    )
    assert ("040", "met", "Hamid Karzai", "Pervez Musharraf") in found or any(
        f[1] == "met" and f[2] and "Karzai" in f[2] for f in found
    ), found


def test_concern_about_an_actor_is_disapproval_of_it() -> None:
    found = _found("Officials expressed serious concern about Russia's use of the war.")
    assert ("111", "expressed serious concern", "Officials", "Russia") in found


def test_concern_about_no_actor_keeps_no_target() -> None:
    found = _found("The central bank expressed concern about inflation.")
    assert [f[3] for f in found if f[0] == "111"] in ([None], [])


def test_the_capital_is_the_parties_capital() -> None:
    art = newsfacts.parse_article(
        "Libyan forces hold Tripoli. On Monday, Haftar's troops attacked the "
        "capital's international airport."
    )
    places = [e.location.name for e in art.events if e.cameo.startswith("19")]
    assert places == ["Tripoli"], [(e.cameo, e.location) for e in art.events]


# (id, sentence, country of the bare group party)
BARE_GROUPS = [
    ("police-at-the-scene", "Police arrested 12 protesters in Ankara on Sunday.", "TR"),
    (
        "officials-of-the-running-actor",
        "US diplomats met Khalifa Haftar on Sunday. Officials also expressed "
        "concern about Russia's role.",
        "US",
    ),
    ("rebels-not-placed", "Rebels shelled the airport in Tripoli overnight.", None),
]


@pytest.mark.parametrize(
    ("text", "country"),
    [c[1:] for c in BARE_GROUPS],
    ids=[c[0] for c in BARE_GROUPS],
)
def test_country_of_a_bare_group(text: str, country: str | None) -> None:
    art = newsfacts.parse_article(text)
    last = art.events[-1]
    assert last.source is not None
    assert last.source.country == country
    assert any(last.source is a for a in art.actors)


def test_event_noun_rows() -> None:
    rows = _rows("event_nouns.tsv")
    nouns = [r[0] for r in rows]
    assert nouns == sorted(nouns) and len(set(nouns)) == len(nouns)
    for noun, code, agent, patient, owner, alone, example in rows:
        assert plover_of(code), noun
        assert owner in ("agent", "patient") and alone in ("yes", "no"), noun
        assert agent and patient and '"' in example, noun


def test_light_verb_rows() -> None:
    rows = _rows("light_verbs.tsv")
    verbs = [r[0] for r in rows]
    assert verbs == sorted(verbs) and len(set(verbs)) == len(verbs)
    for verb, role, example in rows:
        assert role in ("agent", "patient", "occur", "enact"), verb
        assert example.startswith('"'), verb
