""" "he" and "she" stand for a person their sex fits.

A personal pronoun looks back to the last person named close by; a person
whose title or given name says the other sex is passed over ("Ursula von der
Leyen ... he said" is not her). The sexes come from
`knowledge/data/given_name_genders.tsv.gz`, rebuilt here from the census and
faker lists so that a hand edit or a stale build fails.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

import newsfacts
from newsfacts.knowledge.names import sex_of_name

from .support import load_script

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("name", "title", "sex"),
    [
        ("Ursula von der Leyen", None, "f"),
        ("Pedro Sanchez", None, "m"),
        ("Kamala Harris", None, "f"),
        ("Emmanuel Macron", None, "m"),
        ("Giorgia Meloni", None, "f"),
        ("Fatima Bello", None, "f"),
        ("Carlos Ramos", None, "m"),
        ("Lee", "Mrs.", "f"),
        ("Keir Starmer", "Sir", "m"),
        ("Margrethe", "Queen", "f"),
        # a man's name in one country, a woman's in another: no sex
        ("Andrea Nahles", None, None),
        ("Jean Castex", None, None),
        # no given name the lists know
        ("Xi Jinping", None, None),
    ],
)
def test_sex_of_name(name: str, title: str | None, sex: str | None) -> None:
    assert sex_of_name(name, title) == sex


def _statements(text: str) -> list[tuple[str, str | None]]:
    """(sentence start, source name) of each statement event."""
    art = newsfacts.parse_article(text, published="2024-03-14")
    return [
        (e.sentence.text[:12], e.source.name if e.source else None)
        for e in art.events
        if e.cameo == "010"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Prime Minister Pedro Sanchez met European Commission President "
            "Ursula von der Leyen on Monday. He said the talks were good.",
            "Pedro Sanchez",
        ),
        (
            "Ursula von der Leyen met Pedro Sanchez on Monday. "
            "She said the talks were good.",
            "Ursula von der Leyen",
        ),
        (
            "Kamala Harris met Joe Biden on Monday. She said the talks were good.",
            "Kamala Harris",
        ),
        # the sex says nothing: the last person named, as before
        (
            "Pedro Sanchez met Emmanuel Macron on Monday. He said the talks were good.",
            "Emmanuel Macron",
        ),
    ],
)
def test_pronoun_stands_for_a_person_of_its_sex(text: str, speaker: str) -> None:
    found = [src for start, src in _statements(text) if start.startswith(("He", "She"))]
    assert found == [speaker]


def test_genders_are_reproducible() -> None:
    """scripts/build_names.py rebuilds exactly the shipped sexes of given names."""
    pytest.importorskip("names")
    pytest.importorskip("faker")
    build = load_script(ROOT / "scripts" / "build_names.py")
    shipped = gzip.decompress(build.GENDERS.read_bytes()).decode()
    rebuilt = build.GENDERS_HEADER + "".join(
        row + "\n" for row in build.given_name_genders()
    )
    assert shipped == rebuilt
