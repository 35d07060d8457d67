"""Region adjectives, of one word or two, before a noun of people make a
group of the region with its CAMEO region code and no country: generated
from `actors/data/regions.tsv`, with what must stay a country's or a
place's."""

from __future__ import annotations

import pytest

from newsfacts import parse_article
from newsfacts._data import iter_rows

_ROWS = [(row[0], row[1]) for row in iter_rows("actors/data/regions.tsv")]


@pytest.mark.parametrize(("adjective", "code"), _ROWS, ids=[r[0] for r in _ROWS])
def test_every_region_adjective_makes_the_regions_group(
    adjective: str, code: str
) -> None:
    written = " ".join(w.capitalize() for w in adjective.split())
    text = f"On Sunday, {written} leaders met to discuss trade."
    article = parse_article(text, published="2024-02-01")
    name = f"{written} leaders"
    found = [a for a in article.actors if a.name == name]
    assert found, [(a.name, a.code) for a in article.actors]
    assert (found[0].country, found[0].code) == (None, code + "GOV")
    # no word of the adjective stands for a country of its own
    assert not [a for a in article.actors if a.kind.value == "country"], article.actors


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("American leaders met in Lima on Tuesday.", "American leaders", "USAGOV"),
        ("South Korean officials said the talks would resume.",
         "South Korean officials", "KORGOV"),
        ("A Latin American diplomat said the vote was close.",
         "Latin American diplomat", "LAMGOV"),
    ],
)  # fmt: skip
def test_a_country_adjective_keeps_its_country(text: str, name: str, code: str) -> None:
    article = parse_article(text, published="2024-02-01")
    found = {a.name: a.code for a in article.actors}
    assert found.get(name) == code, article.actors


def test_a_region_named_as_a_place_stays_one() -> None:
    text = "The storm hit the Caribbean on Monday, and Balkan states sent aid."
    article = parse_article(text, published="2024-02-01")
    assert any(m.text == "Caribbean" for loc in article.locations for m in loc.mentions)
    assert not any(a.country == "TM" for a in article.actors), article.actors
