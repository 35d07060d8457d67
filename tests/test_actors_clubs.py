"""Sports clubs of `knowledge/data/clubs.tsv`, generated from the table.

Every form of every club is found as that club, with its country, in neutral
news sentences; the short forms the table leaves out, and the forms that are
also a name, a word or a district, keep their other reading where the sentence
plainly gives it.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from newsfacts._data import iter_rows
from newsfacts.knowledge.countries import alpha3

ROWS = [
    (name, form, country)
    for name, forms, country, _league in iter_rows("knowledge/data/clubs.tsv")
    for form in forms.split("|")
]
SENTENCES = (
    "{} said on Monday it had agreed a new contract with its coach.",
    "The owners of {} said the stadium would be expanded.",
)


def _actors(text: str) -> list[newsfacts.Actor]:
    return list(newsfacts.parse_article(text, published=dt.date(2024, 5, 15)).actors)


@pytest.mark.parametrize("template", SENTENCES, ids=["subject", "of"])
@pytest.mark.parametrize(("name", "form", "country"), ROWS, ids=[r[1] for r in ROWS])
def test_every_club_form_is_the_club(
    template: str, name: str, form: str, country: str
) -> None:
    text = template.format(form)
    got = [a for a in _actors(text) if a.name == name]
    assert got, [(a.name, a.kind) for a in _actors(text)]
    club = got[0]
    assert club.kind == newsfacts.ActorKind.ORGANIZATION
    assert club.country == country and club.code == alpha3(country)
    assert any(m.text == form for m in club.mentions)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Chelsea Clinton spoke at the event.", "Chelsea Clinton", "person"),
        ("Chelsea Manning was released from prison.", "Chelsea Manning", "person"),
        ("Chelsea Handler hosted the show.", "Chelsea Handler", "person"),
        ("Fans gathered in Liverpool for the parade.", "Liverpool", "place"),
        ("He lives in Chelsea, a wealthy district of London.", "Chelsea", "place"),
        ("Flooding hit Fulham and Putney overnight.", "Fulham", "place"),
        ("Russia's nuclear arsenal is the largest.", "arsenal", "none"),
        ("Texas Rangers arrested the suspect near Austin.", "Texas Rangers", "none"),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 20 else None,
)
def test_club_words_keep_their_other_reading(text: str, word: str, kind: str) -> None:
    article = newsfacts.parse_article(text, published=dt.date(2024, 5, 15))
    clubs = {name for name, *_ in iter_rows("knowledge/data/clubs.tsv")}
    assert not [a.name for a in article.actors if a.name in clubs]
    if kind == "person":
        assert any(
            a.kind == newsfacts.ActorKind.PERSON and a.name == word
            for a in article.actors
        )
    elif kind == "place":
        assert any(loc.name == word for loc in article.locations)


def test_a_club_short_form_in_a_match_report() -> None:
    text = (
        "Manchester United beat Chelsea 2-1 on Sunday, and Arsenal drew with Everton."
    )
    names = {a.name for a in _actors(text)}
    assert {"Manchester United", "Chelsea", "Arsenal", "Everton"} <= names
