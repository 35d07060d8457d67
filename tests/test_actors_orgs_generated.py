"""Every organisation row of `knowledge/data/organizations.tsv`, generated from
the table: in a neutral news sentence, the row's name, and its acronym where
it has one, is found as that organisation. A failure is a kind of sentence
the stage misreads, or a row whose name some earlier row or table claims."""

from __future__ import annotations

import datetime

import pytest

import newsfacts
from newsfacts._data import iter_rows
from newsfacts.knowledge.countries import place_country

_PUBLISHED = datetime.date(2024, 1, 1)

# A row whose name is also a state's ("Vatican", the Holy See) is the
# country where the places stage reads it so; it is tested by its acronym only.
ROWS = [
    (name, None if acronym == "-" else acronym)
    for name, _aliases, acronym, _country, _code in iter_rows(
        "knowledge/data/organizations.tsv"
    )
]
NAMED = [(name, acronym) for name, acronym in ROWS if not place_country(name)]
ACRONYMS = [(name, acronym) for name, acronym in ROWS if acronym]

# Sentences in which a name can only be an organisation's: a report it
# published, a deal it signed.
_SENTENCES = (
    "A report published on Monday by {} warned of rising risks.",
    "Delegates said the agreement with {} was signed on Tuesday.",
)


def _found_as(text: str, surface: str) -> list[str]:
    """The names of the organisations with a mention exactly at `surface`."""
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    start = text.index(surface)
    span = (start, start + len(surface))
    return [
        a.name
        for a in article.actors
        if a.kind.value == "organization"
        and any((m.start, m.end) == span for m in a.mentions)
    ]


@pytest.mark.parametrize("sentence", _SENTENCES, ids=["report-by", "deal-with"])
@pytest.mark.parametrize(("name", "acronym"), NAMED, ids=[n for n, _ in NAMED])
def test_every_listed_organisation_is_found_by_its_name(
    name: str, acronym: str | None, sentence: str
) -> None:
    assert _found_as(sentence.format(name), name) == [name]


@pytest.mark.parametrize("sentence", _SENTENCES, ids=["report-by", "deal-with"])
@pytest.mark.parametrize(("name", "acronym"), ACRONYMS, ids=[n for n, _ in ACRONYMS])
def test_every_listed_organisation_is_found_by_its_acronym(
    name: str, acronym: str, sentence: str
) -> None:
    assert _found_as(sentence.format(acronym), acronym) == [name]
