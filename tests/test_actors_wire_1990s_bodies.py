"""Bodies and people of 1990s business, sports and politics wire copy: a
particle inside a person's name ("Kengo wa Dondo"), a national association's
nationality inside its name, a lone name before "said it" and a verb of what
a body does, a company's part before a name that is also a town's, an
organisation's own type noun after it (no group under it), a region's
adjective before "shares" (no body), an acronym before an index's word (no
body: the index is a figure), a name led by an acronym with a cue of a body.

Each row is (id, text, mention, which occurrence of it, what it is), read
as in `test_actors_sports.what_is`; "none" is what must not be found.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

import newsfacts

from .support import nth_span
from .test_actors_sports import what_is

DAY = dt.date(1996, 8, 30)

CASES: list[tuple[str, str, str, int, str]] = [
    # a body of members holds its nationality in its name
    (
        "bankers-association",
        "The Swiss Bankers Association said on Thursday it would set up a fund .",
        "Swiss Bankers Association",
        0,
        "organization",
    ),
    (
        "football-association",
        "The German Football Association said it had fined the club .",
        "German Football Association",
        0,
        "organization",
    ),
    (
        "cycling-federation",
        "The Italian Cycling Federation suspended the rider for six months .",
        "Italian Cycling Federation",
        0,
        "organization",
    ),
    (
        "farmers-union",
        "The French Farmers Union called a protest in Paris .",
        "French Farmers Union",
        0,
        "organization",
    ),
    # "said it" and a verb of what a body does: "it" is the speaker, a body
    (
        "said-it-would-open",
        "Heineken said it would open a brewery in Vietnam next year .",
        "Heineken",
        0,
        "organization",
    ),
    (
        "said-it-launched",
        "Vantorix said it launched the service in March .",
        "Vantorix",
        0,
        "organization",
    ),
    (
        "said-it-dummy",
        "Kalff said it was too early to say .",
        "Kalff",
        0,
        "person",
    ),
    (
        "said-it-would-be",
        "Ngozi Okafor arrived on Monday . Okafor said it would be difficult .",
        "Okafor",
        1,
        "person",
    ),
    # a company's part right before a name that is also a town's: a firm
    (
        "unit-over-town",
        "Profit rose 14 pct , helped by its U.S. unit LaSalle .",
        "LaSalle",
        0,
        "organization",
    ),
    (
        "subsidiary-over-town",
        "The group sold its subsidiary Lincoln to a rival .",
        "Lincoln",
        0,
        "organization",
    ),
    (
        "unit-in-town",
        "The bank opened a unit in Lyon last year .",
        "Lyon",
        0,
        "place",
    ),
    # a particle inside a person's name, before a surname that is a town's
    (
        "particle-wa",
        "Kengo wa Dondo told reporters in Kinshasa the government would stay .",
        "Kengo wa Dondo",
        0,
        "person",
    ),
    (
        "particle-wa-place-after",
        "Kengo wa Dondo told reporters in Kinshasa the government would stay .",
        "Kinshasa",
        0,
        "place",
    ),
    (
        "particle-zu",
        "Karl-Theodor zu Guttenberg said the army would be cut .",
        "Karl-Theodor zu Guttenberg",
        0,
        "person",
    ),
    (
        "particle-ould",
        "President Maaouiya ould Taya said the vote would go ahead .",
        "Maaouiya ould Taya",
        0,
        "person",
    ),
    # a region's adjective before a noun of business names no body
    (
        "region-shares",
        "European shares closed mixed on Friday .",
        "European",
        0,
        "none",
    ),
    ("region-stocks", "Nordic stocks rose on Monday .", "Nordic", 0, "none"),
    ("name-shares", "Volvo shares fell 2 crowns .", "Volvo", 0, "organization"),
    (
        "region-opens-name",
        "European American Bank shares rose on Friday .",
        "European American Bank",
        0,
        "organization",
    ),
    # an acronym before an index's word names the index, a figure
    ("index-acronym", "Germany 's DAX index rose 0.8 percent .", "DAX", 0, "none"),
    (
        "index-acronym-figure",
        "The FTSE 100 index closed down 12.4 points .",
        "FTSE",
        0,
        "none",
    ),
    (
        "index-acronym-later",
        "The DAX index rose . Later the DAX closed at a record .",
        "DAX",
        1,
        "none",
    ),
    ("index-known-body", "The S&P 500 index rose 3 points .", "S&P", 0, "organization"),
    (
        "exchange-acronym",
        "The NYSE said it would halt trading in the shares .",
        "NYSE",
        0,
        "organization",
    ),
    (
        "acronym-no-index",
        "The SPD said it would vote against the bill .",
        "SPD",
        0,
        "organization",
    ),
    # an acronym-led name with a cue of a body; a plural's possessive in an
    # apposition of a body
    (
        "acronym-led-apposition",
        "IG Metall , the metalworkers ' union , said it would fight the cuts .",
        "IG Metall",
        0,
        "organization",
    ),
    (
        "acronym-led-apposition-untokenised",
        "IG Metall, the metalworkers' union, said it would fight the cuts.",
        "IG Metall",
        0,
        "organization",
    ),
    (
        "acronym-led-employer",
        "Analysts at ING Barings said demand was strong .",
        "ING Barings",
        0,
        "organization",
    ),
    (
        "plural-possessive-person-apposition",
        "Jan Kowalski , the workers ' leader , said the strike would go on .",
        "Jan Kowalski",
        0,
        "person",
    ),
    # a state body's nationality stays its country
    (
        "ministry-country",
        "The Iraqi Oil Ministry said exports would resume .",
        "Oil Ministry",
        0,
        "organization",
    ),
    (
        "ministry-not-whole",
        "The Iraqi Oil Ministry said exports would resume .",
        "Iraqi Oil Ministry",
        0,
        "none",
    ),
    (
        "foreign-ministry-not-whole",
        "A Chinese Foreign Ministry spokesman said talks would go on .",
        "Chinese Foreign Ministry",
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
def test_wire_body(text: str, mention: str, nth: int, kind: str) -> None:
    article = newsfacts.parse_article(text, published=DAY)
    start = _offset(text, mention, nth)
    got = what_is(article, start, start + len(mention))
    assert got == kind, [
        (a.name, a.kind.value, [m.text for m in a.mentions]) for a in article.actors
    ]


# (text, the groups that must be found, the groups that must not)
GROUPS: list[tuple[str, list[str], list[str]]] = [
    (
        "Russia's Lukoil oil company said output would rise .",
        [],
        ["Lukoil oil company"],
    ),
    (
        "The Nissan car company said sales fell in July .",
        [],
        ["Nissan car company"],
    ),
    (
        "Lukoil officials said exports would fall .",
        ["Lukoil officials"],
        [],
    ),
    (
        "The Siemens union leaders called a strike .",
        ["Siemens union leaders"],
        [],
    ),
]


@pytest.mark.parametrize(("text", "found", "absent"), GROUPS)
def test_own_type_noun_no_group(text: str, found: list[str], absent: list[str]) -> None:
    """A type noun after an organisation's name describes the organisation;
    a role noun after it still makes a group of its people."""
    article = newsfacts.parse_article(text, published=DAY)
    groups = {a.name for a in article.actors if a.kind.value == "group"}
    assert set(found) <= groups, groups
    assert not set(absent) & groups, groups


# (text, the nationality, what it is: "group" (its people) or "country")
NATIONALITIES: list[tuple[str, str, str]] = [
    ("Swiss drugmaker Roche said sales rose .", "Swiss", "country"),
    ("The Swiss franc rose against the dollar .", "Swiss", "country"),
    ("The Chinese economy grew 9 percent last year .", "Chinese", "country"),
    ("The Swiss voted against the plan on Sunday .", "Swiss", "group"),
    ("Two Chinese were killed in the blast .", "Chinese", "group"),
    ("The Japanese said they would not sign the accord .", "Japanese", "group"),
    ("Palestinians marched in Gaza on Friday .", "Palestinians", "group"),
]


@pytest.mark.parametrize(("text", "word", "kind"), NATIONALITIES)
def test_nationality_of_one_form(text: str, word: str, kind: str) -> None:
    """A nationality whose people's noun is its adjective ("Swiss",
    "Chinese") names its people only as a noun, after an article, a
    quantifier or a number and before a verb; before a noun it is the
    country's adjective."""
    article = newsfacts.parse_article(text, published=DAY)
    start = text.index(word)
    kinds = {
        a.kind.value
        for a in article.actors
        for m in a.mentions
        if (m.start, m.end) == (start, start + len(word))
    }
    assert kinds == {kind}, [(a.name, a.kind.value) for a in article.actors]


_SCOREBOARD = (
    "CRICKET - SRI LANKA V AUSTRALIA SCOREBOARD\n\nCOLOMBO 1996-08-26\n\n"
    "Sri Lanka 234-5 ( Aravinda de Silva 83 , Hashan Tillekeratne 45 not out )"
    " beat Australia 232 ( Ricky Ponting 58 ; Muttiah Muralitharan 3-40 ) by"
    " five wickets .\n\nAravinda de Silva made 83 .\n"
)


@pytest.mark.parametrize(
    ("mention", "nth", "kind"),
    [
        ("Aravinda de Silva", 0, "person"),
        ("Aravinda de Silva", 1, "person"),
        ("Hashan Tillekeratne", 0, "person"),
        ("Muttiah Muralitharan", 0, "person"),
        ("Australia", 0, "country"),
    ],
)
def test_player_with_particle(mention: str, nth: int, kind: str) -> None:
    """On a sports page a name of plain words is a player's, its inner
    particle ("de", "van") no common or stop word that would make it a
    thing's."""
    article = newsfacts.parse_article(_SCOREBOARD, published=DAY)
    start = _offset(_SCOREBOARD, mention, nth)
    assert what_is(article, start, start + len(mention)) == kind


_LEADERBOARD = (
    "GOLF - LEADING SCORES AT WORLD SERIES OF GOLF\n\nAKRON , Ohio 1996-08-23\n\n"
    "Leading scores after the first round on Thursday :\n\n"
    "66 Paul Goydos\n67 Hal Sutton , Fred Couples\n68 Jesper Parnevik ( Sweden )\n"
)


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        (_LEADERBOARD, "Hal Sutton", "person"),
        (_LEADERBOARD, "Fred Couples", "person"),
        (_LEADERBOARD, "Paul Goydos", "person"),
        # a headline in title case is still one: its words are no names
        (
            "10 Killed , 20 Hurt In Texas Blast\n\nDALLAS 1996-08-23\n\nTen died .",
            "Killed",
            "none",
        ),
    ],
)
def test_names_sharing_a_score(text: str, mention: str, kind: str) -> None:
    """A score and the names that share it ("67 Hal Sutton , Fred Couples")
    is a leaderboard's line of players, not a headline in title case."""
    article = newsfacts.parse_article(text, published=DAY)
    start = _offset(text, mention, 0)
    assert what_is(article, start, start + len(mention)) == kind


_POOLS = (
    "SOCCER - WORLD CUP QUALIFYING RESULTS\n\nLONDON 1996-09-01\n\n"
    "Results of World Cup qualifiers on Saturday :\n\nGroup nine\n\n"
    "Northern Ireland 1 Ukraine 0\n\nGroup 2 : Spain 3 Bulgaria 1\n\n"
    "Group B winners Italy play Moldova on Sunday .\n"
)


def test_a_pool_is_no_actor() -> None:
    """ "Group nine", "Group 2 :", "Group B": a pool of a competition,
    neither a group actor, a team before a score nor an organisation."""
    article = newsfacts.parse_article(_POOLS, published=DAY)
    assert not [
        (a.name, a.kind.value)
        for a in article.actors
        if any(m.text in ("Group", "B") for m in a.mentions)
    ]
    assert what_is(article, *nth_span(_POOLS, "Spain", 0)) == "country"


def test_a_body_named_group_is_still_one() -> None:
    """A capitalised "Group" with no pool's label after it is left as it was,
    and a noun of a body opening the sentence still types a name."""
    text = "Broadcaster Al Jazeera said the Group would appeal . Police said two died ."
    article = newsfacts.parse_article(text, published=DAY)
    names = {a.name for a in article.actors}
    assert {"Al Jazeera", "Police"} <= names, names


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Chancellor of the Exchequer Kenneth Clarke met bankers on Wednesday .",
            "Kenneth Clarke",
            "Chancellor of the Exchequer",
        ),
        ("German Chancellor Helmut Kohl said it .", "Helmut Kohl", "Chancellor"),
    ],
)
def test_british_finance_minister_title(text: str, name: str, title: str) -> None:
    """ "Chancellor of the Exchequer" is one title: the name after it is the
    person's whole ("Exchequer Kenneth Clarke" was one)."""
    article = newsfacts.parse_article(text, published=DAY)
    got = [(a.name, a.title) for a in article.actors if a.kind.value == "person"]
    assert got == [(name, title)], got


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        # the end of a longer name a run was cut into is no speaker
        (
            "A spokesman for Credit Suisse First Boston said the issue sold well .",
            "Boston",
            "none",
        ),
        # a nationality, a sentence's first word or a place before a lone
        # name leaves its verb of speech the name's
        ("Russian Lebed said the war was over .", "Lebed", "person"),
        (
            "The vote was close . Later Williams said he would run .",
            "Williams",
            "person",
        ),
        ("In Washington Clinton said the deal was good .", "Clinton", "person"),
    ],
)
def test_speaker_after_a_capitalised_word(text: str, mention: str, kind: str) -> None:
    article = newsfacts.parse_article(text, published=DAY)
    start = _offset(text, mention, 0)
    assert what_is(article, start, start + len(mention)) == kind


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Russian Security Council secretary Alexander Lebed said it .",
            "Security Council",
            "RUSGOV",
        ),
        ("The Security Council voted on Friday .", "Security Council", "IGOUNO"),
        ("The U.N. Security Council met .", "U.N. Security Council", "IGOUNO"),
        ("African Union troops arrived in Mogadishu .", "African Union", "IGOAFRAFU"),
    ],
)
def test_national_organ_of_an_international_name(
    text: str, mention: str, code: str
) -> None:
    """A nationality before an organ's name that an international body also
    bears makes it the country's own body ("the Russian Security Council");
    alone, or named with its body, it is the international one."""
    article = newsfacts.parse_article(text, published=DAY)
    got = [a.code for a in article.actors if any(m.text == mention for m in a.mentions)]
    assert code in got, [(a.name, a.code) for a in article.actors]


@pytest.mark.parametrize(
    ("text", "short", "name"),
    [
        (
            "British Airways Plc said it would press ahead . Shares in BA fell 4p .",
            "BA",
            "British Airways Plc",
        ),
        (
            "British Airways said it would press ahead . Shares in BA fell 4p .",
            "BA",
            "British Airways",
        ),
    ],
)
def test_initials_leave_out_the_legal_form(text: str, short: str, name: str) -> None:
    """A company's initials are those of its name without its legal form:
    "BA" after "British Airways Plc" is the airline."""
    article = newsfacts.parse_article(text, published=DAY)
    got = [a.name for a in article.actors if any(m.text == short for m in a.mentions)]
    assert got == [name], got
