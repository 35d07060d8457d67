"""Rules of English news read by the events stage, each with what must fire
and what must not: measures put in force by approving them, summoned
diplomats named by title or apposition, and the other kinds below.

Whole-pipeline tests (`parse_article`) on news phrasings written for them.
"""

from __future__ import annotations

import pytest

import newsfacts


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    """(cameo, source code, target code) of every event."""
    return [
        (
            e.cameo,
            e.source.code if e.source else None,
            e.target.code if e.target else None,
        )
        for e in newsfacts.parse_article(text).events
    ]


# (id, sentence, cameo, source code, target code): a measure approved,
# agreed or unveiled is put in force (light_verbs.tsv, role "enact")
ENACTED = [
    (
        "approved-round",
        "The European Union approved a new round of sanctions against Iran on Monday.",
        "163",
        "IGOEUREEC",
        "IRN",
    ),
    (
        "agreed-package",
        "EU governments agreed a 12th package of sanctions against Russia.",
        "163",
        None,
        "RUS",
    ),
    (
        "unveiled-package",
        "Britain unveiled a fresh package of sanctions against Syria on Thursday.",
        "163",
        "GBR",
        "SYR",
    ),
    (
        "passive-approved",
        "New sanctions against Belarus were approved by the European Union.",
        "163",
        "IGOEUREEC",
        "BLR",
    ),
]


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [r[1:] for r in ENACTED],
    ids=[r[0] for r in ENACTED],
)
def test_measure_enacted(text: str, code: str, source: str | None, target: str) -> None:
    found = _found(text)
    hits = [f for f in found if f[0] == code and f[2] == target]
    assert hits, found
    assert source is None or hits[0][1] == source, found


# (id, sentence, code it must not have): approving an act of force or a
# plan is not doing it
NOT_ENACTED = [
    (
        "approved-operation",
        "The cabinet approved a military operation in Rafah.",
        "190",
    ),
    (
        "approved-offensive",
        "Parliament approved an offensive against the rebels.",
        "190",
    ),
    ("agreed-talks", "The two ministers agreed a date for talks.", "163"),
]


@pytest.mark.parametrize(
    ("text", "code"), [r[1:] for r in NOT_ENACTED], ids=[r[0] for r in NOT_ENACTED]
)
def test_approval_of_other_acts(text: str, code: str) -> None:
    found = _found(text)
    assert all(f[0][:3] != code[:3] for f in found), found
