"""A family name that opens a Chinese, Korean or Vietnamese name is the
person's short form later on ("Wang Yi ... Wang warned"), as a surname is."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts import parse_article
from newsfacts.knowledge.names import opens_with_family_name
from tests.support import tsv_rows

_TABLE = (
    Path(__file__).parent.parent / "newsfacts/knowledge/data/family_names_first.tsv"
)


@pytest.mark.parametrize(
    ("first", "full", "short"),
    [
        ("Chinese Foreign Minister Wang Yi met Blinken on Friday.", "Wang Yi", "Wang"),
        ("Chinese Premier Li Qiang spoke in Davos.", "Li Qiang", "Li"),
        ("North Korean leader Kim Jong Un watched the launch.", "Kim Jong Un", "Kim"),
        (
            "Vietnamese leader Nguyen Phu Trong died on Friday.",
            "Nguyen Phu Trong",
            "Nguyen",
        ),
        (
            "South Korean President Yoon Suk Yeol declared martial law.",
            "Yoon Suk Yeol",
            "Yoon",
        ),
    ],
)
def test_family_name_alone_is_the_person(first: str, full: str, short: str) -> None:
    text = f"{first} {short} told reporters the talks had gone well."
    article = parse_article(text, published="2024-04-26")
    people = [a for a in article.actors if a.kind.value == "person"]
    holder = [a for a in people if a.name == full]
    assert holder, [a.name for a in people]
    assert short in {m.text for m in holder[0].mentions}
    assert not [a for a in people if a.name == short]


def test_given_name_first_stays_a_given_name() -> None:
    # "Lee" opens an English name as a given name: a later "Anderson" is him,
    # and no bare "Lee" is made up
    text = "Lee Anderson said on Monday he would stand. Anderson told reporters."
    article = parse_article(text, published="2024-04-26")
    names = {a.name for a in article.actors}
    assert "Lee Anderson" in names


@pytest.mark.parametrize("row", tsv_rows(_TABLE))
def test_every_family_name_row_is_read(row: list[str]) -> None:
    assert opens_with_family_name(row[0].capitalize())
