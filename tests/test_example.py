"""Key facts of the bundled example article (examples/libya-2019.txt, 2019-11-26).

These are the facts a reader of the article would list first; each stage's own
tests cover its rules on many other phrasings.
"""

from __future__ import annotations

import pytest

from newsfacts import Actor, Article, Location


def _place(article: Article, name: str) -> Location:
    for loc in article.locations:
        if loc.name == name or any(m.text == name for m in loc.mentions):
            return loc
    raise AssertionError(f"no place {name!r} in {[x.name for x in article.locations]}")


def _actor(article: Article, name: str) -> Actor:
    for actor in article.actors:
        forms = {
            actor.name,
            actor.acronym,
            *actor.aliases,
            *(m.text for m in actor.mentions),
        }
        if name in forms:
            return actor
    raise AssertionError(f"no actor {name!r} in {[a.name for a in article.actors]}")


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [
        ("Monday", "DATE", "2019-11-25"),
        ("November 24", "DATE", "2019-11-24"),
        ("April 4", "DATE", "2019-04-04"),
        ("Currently", "DATE", "PRESENT_REF"),
    ],
)
def test_dates(example_article: Article, text: str, type_: str, value: str) -> None:
    found = {(d.text, d.type, d.value) for d in example_article.dates}
    assert (text, type_, value) in found


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Libya", "country", "LY"),
        ("Tripoli", "city", "LY"),
        ("Russia", "country", "RU"),
        ("US", "country", "US"),
        ("Middle East", "region", None),
    ],
)
def test_places(
    example_article: Article, name: str, kind: str, country: str | None
) -> None:
    place = _place(example_article, name)
    assert place.kind == kind
    if country:
        assert place.country == country
    assert place.lat is not None and place.lon is not None


def test_tripoli_is_the_libyan_capital(example_article: Article) -> None:
    tripoli = _place(example_article, "Tripoli")
    assert abs(tripoli.lat - 32.89) < 0.5 and abs(tripoli.lon - 13.19) < 0.5  # type: ignore[operator]


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Khalifa Haftar", "person", "LY"),
        ("Victoria Coates", "person", "US"),
        ("Nikolai Patrushev", "person", "RU"),
        ("Libyan National Army", "organization", "LY"),
        ("Government of National Accord", "organization", "LY"),
    ],
)
def test_actors(example_article: Article, name: str, kind: str, country: str) -> None:
    actor = _actor(example_article, name)
    assert (actor.kind, actor.country) == (kind, country)


def test_haftar_is_one_actor_with_title(example_article: Article) -> None:
    haftar = _actor(example_article, "Haftar")
    assert haftar.name == "Khalifa Haftar"
    assert haftar.title is not None and "Field Marshal" in haftar.title
    people = [a for a in example_article.actors if a.kind == "person"]
    assert sum(1 for a in people if "Haftar" in a.name) == 1


def test_lna_acronym(example_article: Article) -> None:
    assert _actor(example_article, "LNA").acronym == "LNA"
    assert _actor(example_article, "LNA").name == "Libyan National Army"


def test_the_meeting_with_haftar(example_article: Article) -> None:
    meetings = [
        e
        for e in example_article.events
        if e.type == "CONSULT" and e.target is not None and "Haftar" in e.target.name
    ]
    assert meetings, [(e.type, e.trigger.text) for e in example_article.events]
    meeting = meetings[0]
    assert meeting.cameo.startswith("04")
    assert meeting.source is not None and meeting.source.country == "US"
    assert meeting.date is not None and meeting.date.value == "2019-11-24"
