"""Business and politics phrasings of 1990s wire copy: a store chain named
for its founder before a verb of a deal, the sport closing a league's name,
the Tokyo index named for the newspaper that compiles it.

Each row is (id, text, mention, which occurrence of it, what it is), read
as in `test_actors_sports.what_is`; "none" is what must not be found.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

import newsfacts

from .test_actors_sports import what_is

DAY = dt.date(1996, 8, 30)

CASES: list[tuple[str, str, str, int, str]] = [
    # a name written with "'s" before a verb of a deal and the body bought
    (
        "possessive-deal-name",
        "Dillard 's agreed to buy Mercantile Stores for $ 2.9 billion .",
        "Dillard 's",
        0,
        "organization",
    ),
    (
        "possessive-deal-name-untokenised",
        "Dillard's agreed to buy Mercantile Stores on Monday.",
        "Dillard's",
        0,
        "organization",
    ),
    (
        "possessive-deal-sell",
        "Sainsbury's will sell Homebase to a rival, the grocer said.",
        "Sainsbury's",
        0,
        "organization",
    ),
    ("possessive-before-noun", "Macy's stores sold Levi jeans .", "Macy", 0, "none"),
    (
        "person-buys-a-house",
        "Smith agreed to buy a house in the village .",
        "Smith",
        0,
        "person",
    ),
    # the cue of an employer holds for a second name joined by "and"
    (
        "employer-and-second",
        "Analysts at Commerzbank and Kleinwort Benson said demand was strong .",
        "Kleinwort Benson",
        0,
        "organization",
    ),
    (
        "employer-and-first",
        "Analysts at Commerzbank and Kleinwort Benson said demand was strong .",
        "Commerzbank",
        0,
        "organization",
    ),
    (
        "employer-and-person",
        "A spokesman for Siemens and John Smith , a trader , said .",
        "John Smith",
        0,
        "person",
    ),
    (
        "employer-and-person-of",
        "Analysts at Commerzbank and John Smith of Barclays said .",
        "John Smith",
        0,
        "person",
    ),
    # a mining company closes its name with what it mines
    (
        "mining-name-over-region",
        "Ashanti Goldfields said gold output rose 15 percent in the year to June .",
        "Ashanti Goldfields",
        0,
        "organization",
    ),
    (
        "mining-name-not-surname",
        "Ashanti Goldfields said gold output rose 15 percent in the year to June .",
        "Goldfields",
        0,
        "none",
    ),
    (
        "mines-company",
        "Echo Bay Mines shares fell 20 cents .",
        "Echo Bay Mines",
        0,
        "organization",
    ),
    (
        "mines-ministry",
        "The Ministry of Mines said output rose .",
        "Ministry of Mines",
        0,
        "organization",
    ),
    (
        "mines-lower",
        "He worked in the mines of Ashanti for years .",
        "Ashanti",
        0,
        "place",
    ),
    # a noun of a company's part right before a name makes it a company
    (
        "part-before-name",
        "The group said its insurance subsidiary Vantorix would be sold .",
        "Vantorix",
        0,
        "organization",
    ),
    (
        "part-before-name-2",
        "Its Dutch affiliate Kelmar reported a loss on Monday .",
        "Kelmar",
        0,
        "organization",
    ),
    (
        "part-before-name-3",
        "The company said its unit Brelland performed well .",
        "Brelland",
        0,
        "organization",
    ),
    (
        "part-then-title",
        "The unit Commander John Smith said the base was calm .",
        "John Smith",
        0,
        "person",
    ),
    (
        "producer-before-person",
        "Film producer Ted Onulak said the film was finished .",
        "Ted Onulak",
        0,
        "person",
    ),
    # a noun of a kind of body written with a possessive owns what follows
    (
        "type-noun-possessive",
        "The automaker 's European unit said the cuts would come in Britain .",
        "European",
        0,
        "none",
    ),
    (
        "type-noun-possessive-unit-name",
        "The carmaker's Czech unit Skoda said sales rose .",
        "Skoda",
        0,
        "organization",
    ),
    (
        "type-noun-before-name",
        "German carmaker Volkswagen said sales rose .",
        "Volkswagen",
        0,
        "organization",
    ),
    # a credit rating's grade is no body's acronym
    (
        "rating-grade",
        "Moody 's affirmed Germany 's AAA rating on Monday .",
        "AAA",
        0,
        "none",
    ),
    (
        "rating-grade-2",
        "S&P downgraded Italy to BBB from A on Monday .",
        "BBB",
        0,
        "none",
    ),
    (
        "rating-agency",
        "S&P downgraded Italy to BBB from A on Monday .",
        "S&P",
        0,
        "organization",
    ),
    (
        "grade-letters-body",
        "The AAA said traffic would be heavy .",
        "AAA",
        0,
        "organization",
    ),
    # the sport closes a league's name after a title word
    (
        "league-sport",
        "Major League Baseball owners voted on Thursday .",
        "Major League Baseball",
        0,
        "organization",
    ),
    (
        "league-sport-2",
        "He played in Major League Soccer for ten years .",
        "Major League Soccer",
        0,
        "organization",
    ),
    (
        "league-not-cut",
        "Major League Baseball owners voted on Thursday .",
        "Major League",
        0,
        "none",
    ),
    (
        "title-before-keyword-given-name",
        "President Duma Boko said on Thursday the vote was fair .",
        "Duma Boko",
        0,
        "person",
    ),
    (
        "military-title",
        "Major John Smith said the base was calm .",
        "John Smith",
        0,
        "person",
    ),
    (
        "league-alone",
        "The Premier League said on Monday .",
        "Premier League",
        0,
        "organization",
    ),
    # the Tokyo index is named for the paper that compiles it
    (
        "index-paper",
        "The Nikkei average rose 120 points .",
        "Nikkei",
        0,
        "organization",
    ),
    ("index-paper-2", "Tokyo 's Nikkei closed lower .", "Nikkei", 0, "organization"),
    (
        "paper",
        "The Nikkei business daily reported the merger .",
        "Nikkei",
        0,
        "organization",
    ),
    (
        "index-of-no-body",
        "The Dow Jones industrial average rose 30 points .",
        "Dow Jones",
        0,
        "none",
    ),
]


def _offset(text: str, mention: str, nth: int) -> int:
    return [m.start() for m in re.finditer(rf"\b{re.escape(mention)}", text)][nth]


@pytest.mark.parametrize(
    ("text", "mention", "nth", "kind"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_wire_mention(text: str, mention: str, nth: int, kind: str) -> None:
    article = newsfacts.parse_article(text, published=DAY)
    start = _offset(text, mention, nth)
    got = what_is(article, start, start + len(mention))
    assert got == kind, [
        (a.name, a.kind.value, [m.text for m in a.mentions]) for a in article.actors
    ]


@pytest.mark.parametrize(
    ("text", "mention", "name", "country"),
    [
        (
            "Merck KGaA , the Darmstadt drugmaker , said sales rose 8 percent .",
            "Merck KGaA",
            "Merck Group",
            "DE",
        ),
        ("Merck said its cholesterol drug sold well .", "Merck", "Merck & Co.", "US"),
    ],
)
def test_company_by_its_legal_name(
    text: str, mention: str, name: str, country: str
) -> None:
    """The German Merck is named with its legal form, the American without."""
    article = newsfacts.parse_article(text, published=DAY)
    got = [
        (a.name, a.country)
        for a in article.actors
        if any(m.text == mention for m in a.mentions)
    ]
    assert got == [(name, country)], got
