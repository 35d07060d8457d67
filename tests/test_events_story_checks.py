"""The events stage on sentences that report no event of their own, and
the same verbs where they plainly do report one.

Whole-pipeline tests (`parse_article`) on news phrasings written for them:
what a relative clause says of a party, what hangs from history, forecasts
and warnings, legal appeals, campaigning, naming a winner, aims inside an
appeal.
"""

from __future__ import annotations

import pytest

import newsfacts


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    art = newsfacts.parse_article(text, published="2024-03-14")
    return [
        (
            e.cameo,
            e.trigger.text,
            e.source.name if e.source else None,
            e.target.name if e.target else None,
        )
        for e in art.events
    ]


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
]


@pytest.mark.parametrize(("text", "trigger", "code"), EVENT_OF)
def test_event_of(text: str, trigger: str, code: str) -> None:
    assert any(e[1].startswith(trigger) and e[0] == code for e in _events(text)), (
        _events(text)
    )
