"""Missiles and rockets fired are aerial weapons.

Whole-pipeline tests (`parse_article`) on news phrasings written for these
tests. Each table holds what must be coded, what must keep its code and what
must give no event.
"""

from __future__ import annotations

import pytest

from .support import event_triples

Triple = tuple[str, str | None, str | None]


def _events(text: str) -> list[Triple]:
    """(code, source name, target name) of each event of `text`."""
    return event_triples(text, "2024-03-04")


def _cases(table: list[tuple[str, str, list[Triple]]]) -> list[object]:
    return [pytest.param(text, want, id=name) for name, text, want in table]


# ------------------------------------------ missiles, rockets and drones fired

AERIAL = [
    (
        "missiles-at-a-city",
        "Russia fired missiles at Kyiv overnight.",
        [("195", "Russia", "Ukraine")],
    ),
    (
        "rockets-at-a-country",
        "Hamas fired rockets at Israel on Saturday.",
        [("195", "Hamas", "Israel")],
    ),
    (
        "rockets-into-a-country",
        "Militants fired rockets into southern Israel.",
        [("195", "Militants", "Israel")],
    ),
    (
        "drones-launched",
        "Iran launched drones at Israel.",
        [("195", "Iran", "Israel")],
    ),
    (
        "missiles-launched",
        "Iran launched missiles at Israel on Tuesday.",
        [("195", "Iran", "Israel")],
    ),
    (
        "missiles-struck",
        "Russian missiles struck Kyiv.",
        [("195", "Russia", "Ukraine")],
    ),
    # what must not change
    (
        "missiles-into-the-sea",
        "North Korea fired two ballistic missiles into the sea.",
        [("150", "North Korea", None)],
    ),
    (
        "missile-launched-into-the-sea",
        "North Korea launched a missile into the sea.",
        [("150", "North Korea", None)],
    ),
    (
        "a-drone-service-launched",
        "The company launched a new drone delivery service.",
        [],
    ),
    (
        "a-coach-fired",
        "The club fired its coach.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), _cases(AERIAL))
def test_missiles_and_rockets_fired_are_aerial_weapons(
    text: str, want: list[Triple]
) -> None:
    """Missiles, rockets or drones fired or launched at a target are aerial
    weapons (195), as "missiles struck"; fired into the sea a show of force."""
    assert _events(text) == want
