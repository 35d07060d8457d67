"""The events stage on sentences that report no event of their own, and
the same verbs where they plainly do report one.

Whole-pipeline tests (`parse_article`) on news phrasings written for them:
what a relative clause says of a party, what hangs from history, forecasts
and warnings, legal appeals, campaigning, naming a winner, aims inside an
appeal.
"""

from __future__ import annotations

import pytest

from .support import event_rows


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(code, trigger, source name, target name) of each event of `text`."""
    return event_rows(text, "2024-03-14")


def _triggers(text: str) -> list[str]:
    return [e[1] for e in _events(text)]


# (sentence, trigger words that must not open an event)
NO_EVENT_OF = [
    (
        "Police blamed the al-Shabab extremist group, which has carried out "
        "similar attacks near the Somali border.",
        "carried out",
    ),
    (
        "The attack was claimed by Islamic State, which has threatened to strike "
        "Western targets.",
        "strike",
    ),
    ("Israel struck Hamas, which controls Gaza, on Monday.", "controls"),
    ("Kenya sent troops into Somalia in 2011 to fight the militants.", "fight"),
    (
        "They are expected to discuss an agreement that would enable Britain to "
        "deport Algerian terror suspects.",
        "deport",
    ),
    (
        "The Security Council adopted a resolution that would impose sanctions "
        "on North Korea.",
        "impose",
    ),
    (
        "The WFP said it would deliver food aid to 2 million people in Sudan, "
        "where fighting between the army and a paramilitary group has displaced "
        "millions.",
        "fighting",
    ),
    ("In 2005, militants attacked the town, killing 20 people.", "killing"),
]


@pytest.mark.parametrize(("text", "trigger"), NO_EVENT_OF)
def test_no_event_of(text: str, trigger: str) -> None:
    assert not any(t.startswith(trigger) for t in _triggers(text)), _events(text)


# The same verbs where they report an act: a relative clause in the past,
# a clause under news, a participle of a dated act of today.
EVENT_OF = [
    (
        "Police blamed al-Shabab, which attacked a police post near the border "
        "on Monday.",
        "attacked",
        "180",
    ),
    ("Militants attacked the town on Monday, killing 20 people.", "attacked", "180"),
    ("Israel struck Hamas on Monday.", "struck", "190"),
    ("Police arrested two men who could face charges of murder.", "arrested", "173"),
    (
        "Police blamed al-Shabab, which attacked a police post near the border "
        "on Monday, killing two officers.",
        "attacked",
        "180",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "code"), EVENT_OF)
def test_event_of(text: str, trigger: str, code: str) -> None:
    assert any(e[1].startswith(trigger) and e[0] == code for e in _events(text)), (
        _events(text)
    )


# A warning of what no party does, of a word or of a cooperative act is a
# statement, no threat; a warning of the warner's own act, or of a passive it
# would carry out, is a threat.
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Aid workers warn that famine could spread if the war continues.", "01"),
        ("Experts warned that prices could rise further.", ""),
        ("Iran warned that it would retaliate against any attack.", "13"),
        ("North Korea warned it would launch more missiles.", "13"),
        (
            "EU ministers warn talks could be called off again if Zagreb does "
            "not cooperate.",
            "13",
        ),
        # a warning of a word or a cooperative act is no threat
        ("The weather agency warned that more rain was expected on Wednesday.", "01"),
        ("The minister warned that the deal would be signed only after a vote.", "01"),
        ("Russia warned that it would cut gas supplies to Europe.", "13"),
    ],
)
def test_warnings(text: str, root: str) -> None:
    roots = [e[0][:2] for e in _events(text) if e[1].startswith("warn")]
    assert roots == ([root] if root else [])


# Campaigning is for votes, no demand; campaigning against something is dissent.
def test_campaigning() -> None:
    text = "Erdogan has campaigned heavily in the city, promising new housing projects."
    assert _events(text) == []
    assert _events("Activists campaigned against the war for years.")[0][0] == "110"


# The aim of an act asked for has not happened; the aim of an act done is no
# event either, but the act is.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Macron urged Xi to use his influence on Russia to end the war in Ukraine.",
            ["020"],
        ),
        ("Police used tear gas to disperse the protesters.", ["175"]),
    ],
)
def test_aims_of_acts_asked_for(text: str, codes: list[str]) -> None:
    assert [e[0] for e in _events(text)] == codes


# A party's act told with "would" in its relative clause stays an act (here a
# threat, as planned force).
def test_party_would_act() -> None:
    text = "The rebels, who would later attack the capital, gathered in the north."
    assert any(e[1] == "attack" for e in _events(text))


# An act named as what the news follows is background, as after "following";
# the same noun as what is condemned is coded.
def test_act_followed_is_background() -> None:
    text = "The bombing follows the assassination of four French tourists on Monday."
    assert not any(e[1] == "assassination" for e in _events(text))
    text = "France condemned the assassination of four French tourists on Monday."
    assert any(e[1] == "assassination" and e[0] == "186" for e in _events(text))


# What is likely or unlikely is a forecast, no act; what a party is ready to
# do is its intent.
@pytest.mark.parametrize(
    "text",
    [
        "Israel is likely to strike Iran soon, analysts said.",
        "The talks are unlikely to resume this year.",
        "Analysts say Russia is likely to launch a new offensive in the spring.",
    ],
)
def test_forecasts_are_no_acts(text: str) -> None:
    assert [e for e in _events(text) if e[0][:2] not in ("01",)] == []


def test_readiness_is_an_intent() -> None:
    assert _events("Russia is ready to resume talks with Ukraine.")[0][0][:2] == "03"
