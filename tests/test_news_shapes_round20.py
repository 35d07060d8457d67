"""Shapes of wire copy read whole, across stages: a perfect with "since"
between its auxiliary and participle, ...

Whole-pipeline tests (`parse_article`) on phrasings written for these tests;
each table holds what must be found and what must not.
"""

from __future__ import annotations

import pytest

from .support import event_triples

Triple = tuple[str, str | None, str | None]


def _cases(table: list[tuple[str, str, list[Triple]]]) -> list[object]:
    return [pytest.param(text, want, id=name) for name, text, want in table]


# ----------------------------------------------- a perfect with "since" inside

PERFECTS = [
    (
        "offensive-has-since-killed",
        "Israel's offensive has since killed more than 46,000 Palestinians.",
        [("190", "Israel", "Palestinians")],
    ),
    (
        "rebels-have-since-seized",
        "Rebels have since seized two more towns in the north.",
        [("192", "Rebels", None)],
    ),
    # "since" before a clause stays a subordinator: the clause is its own
    ("since-opens-a-clause", "Nothing has changed since the war began.", []),
]


@pytest.mark.parametrize(("text", "want"), _cases(PERFECTS))
def test_since_inside_a_perfect(text: str, want: list[Triple]) -> None:
    assert event_triples(text, "2025-01-15") == want
