"""Where people are is not always whose they are.

Diplomats, envoys and foreign reporters "in" a city are posted there: the city
does not give them its country ("Diplomats in Brussels said": no Belgian
government group), while "diplomats from France" are French and "police in
Leeds" are British police. A capital after a place preposition is where the
speakers are, not a government speaking ("Diplomats in Brussels said" names no
Belgium), while "Brussels said" still stands for its government.
"""

from __future__ import annotations

import pytest

import newsfacts


def _actors(text: str) -> dict[str, str | None]:
    article = newsfacts.parse_article(text, published="2025-03-14")
    return {a.name: a.code for a in article.actors}


# (id, sentence, actor name, its code)
GROUPS = [
    (
        "diplomats-in",
        "Diplomats in Brussels said the EU would act.",
        "Diplomats",
        "---GOV",
    ),
    (
        "foreign-journalists",
        "Foreign journalists in Moscow were expelled on Friday.",
        "Foreign journalists",
        "---MED",
    ),
    (
        "scene",
        "In Kabul, foreign diplomats said the embassy would close.",
        "foreign diplomats",
        "---GOV",
    ),
    (
        "negotiators-in",
        "Negotiators in Doha struggled to bridge gaps.",
        "Negotiators",
        "---GOV",
    ),
    (
        "peacekeepers-in",
        "Peacekeepers in Mali were attacked.",
        "Peacekeepers",
        "---MIL",
    ),
    # still the place's
    (
        "diplomats-from",
        "Diplomats from France arrived on Monday.",
        "Diplomats",
        "FRAGOV",
    ),
    ("police-in", "Police in Leeds said a man was arrested.", "Police", "GBRCOP"),
    (
        "foreign-minister-in",
        "The foreign minister in Kabul said the talks had failed.",
        "foreign minister",
        "AFGGOV",
    ),
    (
        "french-diplomats",
        "French diplomats in Kabul left on Monday.",
        "French diplomats",
        "FRAGOV",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "code"), [g[1:] for g in GROUPS], ids=[g[0] for g in GROUPS]
)
def test_people_posted_abroad(text: str, name: str, code: str) -> None:
    assert _actors(text).get(name, "missing") == code


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Diplomats in Brussels said the EU would act.", None),
        ("Officials from Moscow said the talks had failed.", None),
        ("Brussels said the EU would act.", "Belgium"),
        ("Moscow said the talks had failed.", "Russia"),
    ],
)
def test_capital_after_a_preposition_is_no_government(
    text: str, country: str | None
) -> None:
    countries = [
        a.name
        for a in newsfacts.parse_article(text, published="2025-03-14").actors
        if a.kind.value == "country"
    ]
    assert countries == ([country] if country else [])


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Zelenskiy urged Western allies to speed up deliveries.",
            "Western allies",
            "WSTGOV",
        ),
        ("The allies agreed to send more weapons.", "allies", "---GOV"),
        # a possessive owner's allies are other states, not its own people
        ("Ukraine's allies pledged new aid on Monday.", "allies", "---GOV"),
        ("Ukraine's officials said on Monday.", "Ukraine's officials", "UKRGOV"),
    ],
)
def test_allies_are_others(text: str, name: str, code: str) -> None:
    assert _actors(text).get(name, "missing") == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("The central bank kept rates unchanged.", "central bank", "---GOV"),
        ("The Russian central bank raised rates.", "Russian central bank", "RUSGOV"),
        ("Russia's central bank said on Friday.", "Russia's central bank", "RUSGOV"),
        # a bank alone is a business
        ("The bank said profit rose.", "bank", "---BUS"),
    ],
)
def test_a_central_bank_is_the_states(text: str, name: str, code: str) -> None:
    assert _actors(text).get(name, "missing") == code


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Mark Ellis, 52, from Croydon, south London, was convicted of fraud.", "GB"),
        ("Mark Ellis, from Leeds, was jailed for six years.", "GB"),
        ("Mark Ellis, 52, of Leeds, was jailed.", "GB"),
        # where someone is is not where they come from
        ("John Smith, in Paris for talks, said the deal was close.", None),
    ],
)
def test_apposition_from_a_place_gives_home(text: str, country: str | None) -> None:
    article = newsfacts.parse_article(text, published="2024-06-14")
    people = [a for a in article.actors if a.kind.value == "person"]
    assert len(people) == 1 and people[0].country == country
