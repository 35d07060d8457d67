"""Cues of companies in wire copy: a name listed with a multinational the
package knows is a company as one listed with a national business is
("advised by Lazard and Rothschild"); the name after "owner of" is the owned
body ("The owners of Harrods said"); a known name that runs past a keyword
and "and" is read whole ("the U.S. Securities and Exchange Commission"), while
a name closed by its keyword before "and" still ends there ("Lufthansa AG and
Air France"). A person listed so stays a person."""

from __future__ import annotations

import pytest

from newsfacts import parse_article
from newsfacts.records import ActorKind
from tests.support import actor_with_mention

# (text, mention, kind or None for no actor with that mention)
CASES: list[tuple[str, str, ActorKind | None]] = [
    # listed with a known multinational (CAMEO MNC)
    (
        "The deal was advised by Lazard and Rothschild, the companies said.",
        "Rothschild",
        ActorKind.ORGANIZATION,
    ),
    (
        "Shares in Credit Agricole and Natixis fell on Monday.",
        "Natixis",
        ActorKind.ORGANIZATION,
    ),
    ("Goldman Sachs and John Smith met on Monday.", "John Smith", ActorKind.PERSON),
    # the owner of a body
    (
        "The owners of Harrods said the store would stay open.",
        "Harrods",
        ActorKind.ORGANIZATION,
    ),
    (
        "Roman Abramovich, the owner of Chelsea, sold the club.",
        "Roman Abramovich",
        ActorKind.PERSON,
    ),
    # a known name across a keyword and "and"
    (
        "The U.S. Securities and Exchange Commission charged three executives.",
        "U.S. Securities and Exchange Commission",
        ActorKind.ORGANIZATION,
    ),
    (
        "The U.S. Securities and Exchange Commission charged three executives.",
        "U.S. Securities",
        None,
    ),
    (
        "Lufthansa AG and Air France said they would cooperate.",
        "Lufthansa AG",
        ActorKind.ORGANIZATION,
    ),
    (
        "Lufthansa AG and Air France said they would cooperate.",
        "Air France",
        ActorKind.ORGANIZATION,
    ),
    (
        "The Qatar Investment Authority and China Investment Corporation invested.",
        "China Investment Corporation",
        ActorKind.ORGANIZATION,
    ),
]


@pytest.mark.parametrize(("text", "mention", "kind"), CASES)
def test_firm_cues(text: str, mention: str, kind: ActorKind | None) -> None:
    a = actor_with_mention(parse_article(text).actors, mention)
    assert (a.kind if a is not None else None) == kind


# A change of results after a verb of reporting them makes the lone name a
# company's; after "said" anyone may speak of results.
RESULTS: list[tuple[str, str, ActorKind | None]] = [
    (
        "SYDNEY (Reuters) - Wesfarmers reported higher sales on Wednesday.",
        "Wesfarmers",
        ActorKind.ORGANIZATION,
    ),
    (
        "Qantas posted a record profit of A$1.6 billion.",
        "Qantas",
        ActorKind.ORGANIZATION,
    ),
    (
        "Vantorix announced lower earnings for the year.",
        "Vantorix",
        ActorKind.ORGANIZATION,
    ),
    ("Smith said higher sales would help the economy.", "Smith", ActorKind.PERSON),
    ("Jones reported higher taxes on fuel.", "Jones", None),
]


@pytest.mark.parametrize(("text", "mention", "kind"), RESULTS)
def test_results_change_cue(text: str, mention: str, kind: ActorKind | None) -> None:
    a = actor_with_mention(parse_article(text).actors, mention)
    assert (a.kind if a is not None else None) == kind
