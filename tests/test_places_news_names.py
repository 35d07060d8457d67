"""Places stage: towns and cities under the names English news gives them.

Two generated tables: `tests/data/news_place_names.tsv` (capitals, large cities
and towns that recur in reports from conflict zones, with their country) and the
package's own `knowledge/data/town_aliases.tsv` (the English news names the
gazetteer build adds to GeoNames places: "Kobani", "Tal Afar", "Hodeidah").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts._data import read_text
from newsfacts.knowledge import gazetteer as gz
from newsfacts.knowledge.keys import name_key
from newsfacts.knowledge.names import is_given_name
from newsfacts.places import PlaceFindings, extract
from newsfacts.text import Document

from .support import tsv_rows

ROOT = Path(__file__).resolve().parent.parent
NEWS_NAMES = tsv_rows(ROOT / "tests" / "data" / "news_place_names.tsv")
TOWN_ALIASES = tsv_rows(ROOT / "newsfacts" / "knowledge" / "data" / "town_aliases.tsv")


def _find(text: str) -> PlaceFindings:
    return extract(Document(text))


def _sentence(name: str, country: str = "") -> str:
    officials = f"officials in {country}" if country else "officials"
    return f"Fighting was reported in {name} on Monday, {officials} said."


def _read_as(text: str, name: str) -> list[tuple[str | None, int | None]]:
    """(country, GeoNames id) of each place a mention `name` of `text` names."""
    return [
        (loc.country, loc.geonames_id)
        for loc in _find(text).locations
        if any(m.text == name for m in loc.mentions)
    ]


@pytest.mark.parametrize(
    ("name", "country", "context"),
    [(row[0], row[1], row[2] if len(row) > 2 else "") for row in NEWS_NAMES],
    ids=[f"{row[0]}-{row[1]}" for row in NEWS_NAMES],
)
def test_news_name_is_found_in_its_country(
    name: str, country: str, context: str
) -> None:
    text = _sentence(name, context)
    assert country in {cc for cc, _ in _read_as(text, name)}, text


@pytest.mark.parametrize(
    ("name", "gid"),
    [(row[0], int(row[1])) for row in TOWN_ALIASES],
    ids=[row[0] for row in TOWN_ALIASES],
)
def test_town_alias_names_its_place(name: str, gid: int) -> None:
    text = _sentence(name)
    assert gid in {g for _, g in _read_as(text, name)}, text


@pytest.mark.parametrize(
    ("name", "gid"),
    [(row[0], int(row[1])) for row in TOWN_ALIASES],
    ids=[row[0] for row in TOWN_ALIASES],
)
def test_town_alias_is_a_key_of_a_shipped_city(name: str, gid: int) -> None:
    hits = gz.gazetteer().lookup(name_key(name))
    assert any(e.geonames_id == gid and e.kind == "city" for e, _ in hits), name


def _lexicon_words() -> frozenset[str]:
    text = read_text("language/data/lexicon.tsv.gz")
    return frozenset(
        line.split("\t", 1)[0] for line in text.splitlines() if line[:1] != "#"
    )


def test_town_aliases_are_no_words_or_given_names() -> None:
    """A one-word name is no English word of the tagger's lexicon and no given
    name; a longer one is no phrase of the lexicon ("Hit" or "Muse" would make a
    place of "a hit song", "Shire" of "the Shire")."""
    words = _lexicon_words()
    for row in TOWN_ALIASES:
        name = row[0]
        assert name.lower() not in words, name
        if " " not in name and "-" not in name:
            assert not is_given_name(name), name


def test_town_alias_rows_are_well_formed() -> None:
    keys = [name_key(row[0]) for row in TOWN_ALIASES]
    assert len(keys) == len(set(keys))
    for row in TOWN_ALIASES:
        assert len(row) == 3 and row[1].isdigit() and row[2].strip(), row


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Shire horses were shown at the fair.", "Shire"),
        ("The Muse concert sold out in minutes.", "Muse"),
    ],
    ids=["shire-horse", "muse-band"],
)
def test_common_words_left_out_of_the_table_stay_words(text: str, name: str) -> None:
    assert not _read_as(text, name)
