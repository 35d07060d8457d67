"""Actors generated from the package's own knowledge tables, in neutral news
sentences: every nationality before a role noun makes a group of its country,
every title before a common name is that person's title, every role noun
that names an actor alone is a group of its sector, and every listed political
figure is one person. A failure is a
kind of news sentence the stage misreads, not a row to drop."""

from __future__ import annotations

import datetime

import pytest

import newsfacts
from newsfacts._data import iter_rows
from newsfacts.knowledge.countries import alpha3

_PUBLISHED = datetime.date(2024, 1, 1)
DEMONYMS = [(row[0], row[1]) for row in iter_rows("knowledge/data/demonyms.tsv")]
TITLES = [row[0] for row in iter_rows("knowledge/data/titles.tsv")]


@pytest.mark.parametrize(("demonym", "country"), DEMONYMS, ids=[d for d, _ in DEMONYMS])
def test_every_nationality_makes_a_group_of_its_country(
    demonym: str, country: str
) -> None:
    """ "South Korean officials said": a government group of that country."""
    text = f"{demonym} officials said on Monday that the talks would continue."
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    name = f"{demonym} officials"
    got = [a for a in article.actors if a.name == name]
    assert got, [(a.name, a.kind.value) for a in article.actors]
    assert (got[0].kind.value, got[0].country, got[0].code) == (
        "group",
        country,
        f"{alpha3(country)}GOV",
    )


def _written(title: str) -> str:
    """A title as news writes it before a name ("Prime Minister", "Lt.")."""
    return " ".join(w[:1].upper() + w[1:] for w in title.split())


@pytest.mark.parametrize("title", TITLES, ids=TITLES)
def test_every_title_is_the_title_of_the_name_after_it(title: str) -> None:
    """ "On Monday, Prime Minister John Smith said": the person, titled."""
    written = _written(title)
    text = f"On Monday, {written} John Smith said the talks would continue."
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    people = [a for a in article.actors if a.name == "John Smith"]
    assert people, [(a.name, a.kind.value) for a in article.actors]
    assert people[0].kind.value == "person"
    assert (people[0].title or "").lower() == written.lower()


ROLES = [
    (row[0], row[1])
    for row in iter_rows("knowledge/data/role_nouns.tsv")
    if row[2] == "yes"
]


@pytest.mark.parametrize(("noun", "sector"), ROLES, ids=[n for n, _ in ROLES])
def test_every_role_noun_alone_is_a_group_of_its_sector(noun: str, sector: str) -> None:
    """ "On Monday, the police said": a group with the noun's sector and no
    country."""
    text = f"On Monday, the {noun} said the talks would continue."
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    got = [a for a in article.actors if a.name.lower() == noun]
    assert got, [(a.name, a.kind.value) for a in article.actors]
    assert got[0].kind.value == "group"
    assert got[0].code == (None if sector == "-" else f"---{sector}")


# "Zia ul-Haq": a lower-case word inside the name ends the run of capitals
# before the name does (a known gap).
_FIGURE_GAPS = frozenset({"Zia ul-Haq"})
FIGURES = [
    (row[0].split("|")[0], None if row[1] == "-" else row[1])
    for row in iter_rows("knowledge/data/political_figures.tsv")
]


@pytest.mark.parametrize(("name", "country"), FIGURES, ids=[n for n, _ in FIGURES])
def test_every_listed_figure_is_a_person(name: str, country: str | None) -> None:
    """ "On Monday, Jose Eduardo dos Santos said": the listed figure, one person,
    whatever the words of the name read as alone (a place, a common word)."""
    if name in _FIGURE_GAPS:
        pytest.xfail("known gap")
    text = f"On Monday, {name} said the talks would continue."
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    people = [
        a
        for a in article.actors
        if a.kind.value == "person" and any(name.endswith(m.text) for m in a.mentions)
    ]
    assert people, [(a.name, a.kind.value) for a in article.actors]


# Surnames that also name a country, a state or a big city: after a title they
# are the person's ("President Bush", "Rep. Jordan"), also in a single
# sentence whose capitals make it look like a headline.
PLACE_SURNAMES = (
    "Adams Austin Bush Chad Charlotte Chester Cleveland Clinton Florence "
    "Franklin Hamilton Houston Jackson Jordan Kent Lima Lincoln Madison Monroe "
    "Nelson Newton Nice Orlando Paris Phoenix Preston Sydney Victoria Warren "
    "Washington"
).split()
# One-word titles that are as often common words before a name ("Major
# Chicago hospitals") leave the name what it is elsewhere: the places stage's
# `not_title` words, each listed with its reason.
_AMBIGUOUS = {
    row[1] for row in iter_rows("places/data/words.tsv") if row[0] == "not_title"
}
_TITLED = [
    (title, PLACE_SURNAMES[(i + k) % len(PLACE_SURNAMES)])
    for i, title in enumerate(TITLES)
    if title.replace(".", "") not in _AMBIGUOUS
    for k in (0, 11, 23)
]


@pytest.mark.parametrize(
    ("title", "surname"), _TITLED, ids=[f"{t}-{s}" for t, s in _TITLED]
)
def test_a_place_name_after_a_title_is_a_surname(title: str, surname: str) -> None:
    written = _written(title)
    text = f"{written} {surname} met Merkel on Monday."
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    start = text.index(f" {surname} ") + 1
    people = [
        a
        for a in article.actors
        if a.kind.value == "person" and any(m.start == start for m in a.mentions)
    ]
    assert people, [(a.name, a.kind.value) for a in article.actors]
    assert not [
        loc.name
        for loc in article.locations
        if any(m.start == start for m in loc.mentions)
    ]


_GIVEN = ("Michael", "Sarah", "James", "Emily", "David", "Laura", "Robert", "Anna")
_NAMED = [(_GIVEN[i % len(_GIVEN)], s) for i, s in enumerate(PLACE_SURNAMES)]


@pytest.mark.parametrize(
    ("given", "surname"), _NAMED, ids=[f"{g}-{s}" for g, s in _NAMED]
)
def test_a_place_name_after_a_given_name_is_a_surname(given: str, surname: str) -> None:
    """Also in a sentence whose capitals make it look like a headline."""
    for text in (
        f"{given} {surname} met Merkel on Monday.",
        f"Officials met {given} {surname} in the capital.",
    ):
        article = newsfacts.parse_article(text, published=_PUBLISHED)
        assert any(a.name == f"{given} {surname}" for a in article.actors), text
        assert not [
            loc.name
            for loc in article.locations
            if any(m.text == surname for m in loc.mentions)
        ], text
