"""Actors of wire stories, second table: shapes of company, market, sports and
politics wire that a name alone does not show (an acronym the article defines
for a name the package did not know, a party named with a demonym, a results
line that opens with a score, a share price's move, a disease that "killed").

Each row names a surface, its occurrence in the text (0 = first), the kind of
actor that must have exactly that span (None: no person or organisation may
have it) and, where it matters, the actor's name. New cases go in the table of
their family; each family holds rows where the word is NOT taken as well.
"""

from __future__ import annotations

import datetime

import pytest

import newsfacts

from .support import ActorRow, actor_at, check_actor_row, nth_span

_PUBLISHED = datetime.date(1996, 8, 22)

Row = ActorRow


def _check(row: Row) -> None:
    check_actor_row(row, _PUBLISHED)


def _ids(rows: list[Row]) -> list[str]:
    return [r[0] for r in rows]


# An acronym the article defines in brackets after a name names that name,
# also where the name opens with a place ("Pakistan Tehreek-e-Insaf (PTI)")
# and where the package knows another body by the same letters.
ACRONYMS: list[Row] = [
    (
        "defined-over-known",
        "Pakistan Tehreek-e-Insaf (PTI), the party of Imran Khan, said it would "
        "hold rallies. PTI officials said police had detained dozens.",
        "PTI",
        1,
        "organization",
        "Pakistan Tehreek-e-Insaf",
    ),
    (
        "defined-name-keeps-place",
        "Pakistan Tehreek-e-Insaf (PTI), the party of Imran Khan, said it would "
        "hold rallies.",
        "Pakistan Tehreek-e-Insaf",
        0,
        "organization",
        "Pakistan Tehreek-e-Insaf",
    ),
    (
        "hyphen-parts-spell",
        "Supporters of Tehreek-e-Labbaik Pakistan (TLP) blocked roads, and TLP "
        "leaders said they would march on the capital.",
        "TLP",
        1,
        "organization",
        "Tehreek-e-Labbaik Pakistan",
    ),
    (
        "undefined-stays-known",
        "The Press Trust of India news agency reported the attack. PTI said "
        "six people were killed.",
        "PTI",
        0,
        "organization",
        "Press Trust of India",
    ),
    (
        "place-not-spelled-stays-place",
        "In Pakistan, the Awami National Party (ANP) said it would join the protests.",
        "Awami National Party",
        0,
        "organization",
        "Awami National Party",
    ),
]


@pytest.mark.parametrize("row", ACRONYMS, ids=_ids(ACRONYMS))
def test_acronyms(row: Row) -> None:
    _check(row)


# A demonym before a capitalised common noun and a lower-case noun of a kind of
# body is part of the name ("the ruling Georgian Dream party"); before an
# adjective of a party's kind it stays the country. A demonym joined by "and"
# to the next word is no part of the name that word opens.
DEMONYMS: list[Row] = [
    (
        "noun-party",
        "The ruling Georgian Dream party claimed victory in the election.",
        "Georgian Dream",
        0,
        "organization",
        None,
    ),
    (
        "noun-party-no-dream",
        "The ruling Georgian Dream party claimed victory in the election.",
        "Dream",
        0,
        None,
        None,
    ),
    (
        "adjective-party-keeps-country",
        "The French Socialist party won the vote in Lille on Sunday.",
        "French Socialist",
        0,
        None,
        None,
    ),
    (
        "labour-is-kind",
        "The Dutch Labour party said it would join the coalition.",
        "Dutch Labour",
        0,
        None,
        None,
    ),
    (
        "and-flags-union",
        "Protesters waving Georgian and European Union flags gathered outside "
        "parliament.",
        "European Union",
        0,
        "organization",
        "European Union",
    ),
    (
        "and-flags-not-one",
        "Protesters waving Georgian and European Union flags gathered outside "
        "parliament.",
        "Georgian and European Union",
        0,
        None,
        None,
    ),
    (
        "demonym-name-still",
        "The Libyan National Army said its forces had taken the airport.",
        "Libyan National Army",
        0,
        "organization",
        None,
    ),
]


@pytest.mark.parametrize("row", DEMONYMS, ids=_ids(DEMONYMS))
def test_demonyms(row: Row) -> None:
    _check(row)


# A known name with the noun of its kind after it may be another known body:
# "the opposition Congress party" is India's, and so is every "Congress" of
# that article; "Congress" alone stays the U.S. legislature.
_INDIA = (
    "India's opposition Congress party made gains in state elections on "
    "Tuesday. Congress leader Rahul Gandhi said voters had rejected division."
)
TYPED_KNOWN: list[Row] = [
    (
        "congress-party",
        _INDIA,
        "Congress",
        0,
        "organization",
        "Indian National Congress",
    ),
    (
        "congress-later",
        _INDIA,
        "Congress",
        1,
        "organization",
        "Indian National Congress",
    ),
    (
        "us-congress-stays",
        "Congress passed the spending bill on Thursday and sent it to President "
        "Bill Clinton.",
        "Congress",
        0,
        "organization",
        "U.S. Congress",
    ),
    (
        "us-congress-lawmakers",
        "Republicans in Congress said the party would block the nomination.",
        "Congress",
        0,
        "organization",
        "U.S. Congress",
    ),
]


@pytest.mark.parametrize("row", TYPED_KNOWN, ids=_ids(TYPED_KNOWN))
def test_typed_known(row: Row) -> None:
    _check(row)


# A common noun opening its sentence before a verb that any subject takes is
# a thing ("Cholera has killed", "Gold has risen"); before a verb of speech,
# or as the surname of a person named before, it is still the person.
LONE_NOUNS: list[Row] = [
    (
        "disease-killed",
        "Cholera has killed 50 people in northern Zambia since the start of the "
        "month, the health ministry said.",
        "Cholera",
        0,
        None,
        None,
    ),
    (
        "disease-remains",
        "Tuberculosis remains a leading cause of death in the region, doctors said.",
        "Tuberculosis",
        0,
        None,
        None,
    ),
    (
        "metal-risen",
        "Gold has risen 10 percent this year, dealers said.",
        "Gold",
        0,
        None,
        None,
    ),
    (
        "surname-said",
        "Rice said the talks would go on next week.",
        "Rice",
        0,
        "person",
        None,
    ),
    (
        "surname-after-full-name",
        "U.S. Secretary of State James Baker arrived in Damascus on Sunday. "
        "Baker has met Syrian leaders twice this year.",
        "Baker",
        1,
        "person",
        "James Baker",
    ),
]


@pytest.mark.parametrize("row", LONE_NOUNS, ids=_ids(LONE_NOUNS))
def test_lone_nouns(row: Row) -> None:
    _check(row)


# A headline in capitals writes its verb in capitals too: a name after a
# title ends before a present-tense verb or a function word; a surname before
# the verb is still the person the body names.
HEADLINE_VERBS: list[Row] = [
    (
        "title-verb",
        "ITALY'S PRIME MINISTER RESIGNS\n\nROME 1996-08-22\n\nItalian Prime "
        "Minister Romano Prodi resigned on Thursday.\n",
        "RESIGNS",
        0,
        None,
        None,
    ),
    (
        "title-verb-phrase",
        "FRENCH MINISTER QUITS OVER SCANDAL\n\nPARIS 1996-08-22\n\nA French "
        "minister resigned on Thursday after a funding scandal.\n",
        "QUITS OVER SCANDAL",
        0,
        None,
        None,
    ),
    (
        "title-surname-verb",
        "PRESIDENT CLINTON SIGNS BUDGET\n\nWASHINGTON 1996-08-22\n\nPresident "
        "Bill Clinton signed the budget on Thursday.\n",
        "CLINTON",
        0,
        "person",
        "Bill Clinton",
    ),
    (
        "title-surname-says",
        "GENERAL LEBED SAYS CHECHEN DEAL DONE\n\nMOSCOW 1996-08-22\n\nRussian "
        "security chief Alexander Lebed said on Thursday a deal was done.\n",
        "LEBED",
        0,
        "person",
        "Alexander Lebed",
    ),
    (
        "body-title-name-stays",
        "The talks resumed on Thursday. Prime Minister Romano Prodi resigned.",
        "Romano Prodi",
        0,
        "person",
        None,
    ),
]


@pytest.mark.parametrize("row", HEADLINE_VERBS, ids=_ids(HEADLINE_VERBS))
def test_headline_verbs(row: Row) -> None:
    _check(row)


_GOLF = (
    "GOLF - ELS LEADS BY TWO IN GERMANY\n\nDUSSELDORF 1996-08-22\n\n"
    "Ernie Els of South Africa fired a six-under-par 66 on Thursday to take a "
    "two-shot lead in the German Open.\n\nLeading first-round scores:\n\n"
    "66 Ernie Els (South Africa)\n\n"
    "69 Bernhard Langer (Germany), Ian Woosnam (Britain), Frank Nobilo "
    "(New Zealand)\n\n"
    "70 Nick Faldo (Britain), Greg Norman (Australia), Fred Couples (U.S.), "
    "Jose Maria Olazabal (Spain)\n"
)
# A row of a table that opens with a score and lists players, each with the
# country in brackets, names players even with no stop at its end.
SCORED_ROWS: list[Row] = [
    ("golf-row-first", _GOLF, "Bernhard Langer", 0, "person", None),
    ("golf-row-third", _GOLF, "Frank Nobilo", 0, "person", None),
    ("golf-long-row", _GOLF, "Jose Maria Olazabal", 0, "person", None),
    ("golf-row-us", _GOLF, "Fred Couples", 0, "person", None),
    (
        "headline-row-not",
        "Leading Shares Fall In Quiet Trade\n\nLONDON 1996-08-22\n\nShares fell.",
        "Leading Shares Fall",
        0,
        None,
        None,
    ),
    (
        "prose-number-not",
        "12 Killed In Bus Crash (Update)\n\nLIMA 1996-08-22\n\nTwelve people died.",
        "Killed In Bus Crash",
        0,
        None,
        None,
    ),
]


@pytest.mark.parametrize("row", SCORED_ROWS, ids=_ids(SCORED_ROWS))
def test_scored_rows(row: Row) -> None:
    _check(row)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        pytest.param("66 Ernie Els (South Africa)", "results", id="one-player"),
        pytest.param(
            "69 Bernhard Langer (Germany), Ian Woosnam (Britain)", "results", id="two"
        ),
        pytest.param("1 - Monica Seles (U.S.)", "results", id="seed-dash"),
        pytest.param("12 Killed In Bus Crash (Update)", "headline", id="not-country"),
        pytest.param("66 people died (AP)", "prose", id="lower-case"),
        pytest.param(
            "RUGBY UNION - ENGLAND BEAT WALES 24-10 IN CARDIFF",
            "headline",
            id="capitals-headline-with-a-score",
        ),
        pytest.param(
            "SOCCER - LEEDS BEAT ARSENAL 2-1 AT ELLAND ROAD",
            "headline",
            id="capitals-headline-at-a-ground",
        ),
        pytest.param("JAPAN 2 SYRIA 1", "results", id="capitals-row"),
        pytest.param("LEEDS V ARSENAL 2-1", "results", id="capitals-fixture"),
    ],
)
def test_scored_row_line_kind(line: str, kind: str) -> None:
    from newsfacts import places
    from newsfacts.actors.lines import line_kind
    from newsfacts.actors.words import build_words
    from newsfacts.text import Document

    doc = Document(line + "\n\nThe round was played on Thursday.\n")
    layer = build_words(doc, places.extract(doc))
    assert line_kind([w for w in layer.words if w.sent == 0]) == kind


_COUNTY = (
    "CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES\n\nLONDON 1996-08-22\n\n"
    "Close of play scores in English county championship matches on Thursday:\n\n"
    "At Leicester: Leicestershire 301 (V. Wells 92; A. Caddick 5-62) and 45-1. "
    "Somerset 250.\n\n"
    "At The Oval: Surrey 198 and 120-3. Yorkshire 355 (M. Vaughan 105).\n\n"
    "Rain is forecast in Yorkshire on Friday.\n"
)
# A side and its score after a results line go on with it ("... and 45-1.
# Somerset 250."); a county or region opening such a row is the team. The same
# county in prose stays the place.
SCORE_ROWS: list[Row] = [
    ("side-after-row", _COUNTY, "Somerset", 0, "organization", None),
    ("region-opens-row", _COUNTY, "Yorkshire", 0, "organization", None),
    ("player-in-row", _COUNTY, "M. Vaughan", 0, "person", None),
    ("region-in-prose", _COUNTY, "Yorkshire", 1, None, None),
]


@pytest.mark.parametrize("row", SCORE_ROWS, ids=_ids(SCORE_ROWS))
def test_score_rows(row: Row) -> None:
    _check(row)


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        pytest.param("Somerset 250 .", True, id="side-score"),
        pytest.param("Yorkshire 355 and 120 - 3 .", True, id="two-innings"),
        pytest.param("Surrey won by five wickets .", False, id="prose"),
        pytest.param("The 1996 season .", False, id="lower-case"),
    ],
)
def test_side_and_score(sentence: str, side: bool) -> None:
    from newsfacts import places
    from newsfacts.actors.lines import side_and_score
    from newsfacts.actors.words import build_words
    from newsfacts.text import Document

    doc = Document(sentence)
    layer = build_words(doc, places.extract(doc))
    assert side_and_score(list(layer.words)) == side


# A share price's move after a name (a verb of a price, a figure and a unit
# of money) says the name is a company; a move in percent, a commodity that is
# a common word, and a player's strokes say nothing of the kind.
PRICE_MOVES: list[Row] = [
    (
        "pence",
        "Glaxo Wellcome fell 12 pence to 812p after a broker downgrade.",
        "Glaxo Wellcome",
        0,
        "organization",
        None,
    ),
    (
        "dollars-sign",
        "Among smaller stocks, Tarleton Hartwig rose $1.25 to $34.50 on bid talk.",
        "Tarleton Hartwig",
        0,
        "organization",
        None,
    ),
    (
        "crowns",
        "In Stockholm, Vastmark Invest gained 3 crowns to 212 after its results.",
        "Vastmark Invest",
        0,
        "organization",
        None,
    ),
    (
        "commodity-common-word",
        "Gold rose $2 to $380 an ounce in quiet trade, dealers said.",
        "Gold",
        0,
        None,
        None,
    ),
    (
        "player-strokes",
        "Nick Faldo dropped two strokes at the 17th and finished on 70.",
        "Nick Faldo",
        0,
        "person",
        None,
    ),
]


@pytest.mark.parametrize("row", PRICE_MOVES, ids=_ids(PRICE_MOVES))
def test_price_moves(row: Row) -> None:
    _check(row)


# "and" before a known company's name that ends the run or comes before its
# legal form parts two names; the name before it is listed with a company, so
# a company too. A firm's own "and" stays inside its name.
_TALKS = "Talks between Air Inter and Lufthansa AG on a joint venture collapsed."
JOINED_FIRMS: list[Row] = [
    ("left-of-known", _TALKS, "Air Inter", 0, "organization", None),
    ("known-right", _TALKS, "Lufthansa AG", 0, "organization", None),
    ("not-one", _TALKS, "Air Inter and Lufthansa AG", 0, None, None),
    (
        "firm-and-stays",
        "Marks and Spencer Plc said on Tuesday its profit rose 10 percent.",
        "Marks and Spencer Plc",
        0,
        "organization",
        None,
    ),
    (
        "closed-then-and",
        "Lufthansa AG and Air France signed a code-share deal on Monday.",
        "Air France",
        0,
        "organization",
        None,
    ),
]


@pytest.mark.parametrize("row", JOINED_FIRMS, ids=_ids(JOINED_FIRMS))
def test_joined_firms(row: Row) -> None:
    _check(row)


_SCOTTISH = (
    "Celtic beat Hearts 2-0 at Parkhead on Saturday. Hearts manager Jim "
    "Jefferies said his side had deserved more."
)
# A short form that is also a word, a people or a place names its club where
# the text speaks of sport (a score, a result verb, a player's role, a sports
# page) and, once it has, in the rest of the article; elsewhere it does not.
SPORT_FORMS: list[Row] = [
    ("celtic-score", _SCOTTISH, "Celtic", 0, "organization", "Celtic"),
    ("hearts-score", _SCOTTISH, "Hearts", 0, "organization", "Heart of Midlothian"),
    ("hearts-later", _SCOTTISH, "Hearts", 1, "organization", "Heart of Midlothian"),
    ("celtic-park-not", "The match at Celtic Park ended 1-1.", "Celtic", 0, None, None),
    (
        "roma-people-not",
        "The Roma minority in Hungary has long faced discrimination, activists said.",
        "Roma",
        0,
        None,
        None,
    ),
    (
        "celtic-music-not",
        "Celtic music drew thousands to the festival in Lorient on Sunday.",
        "Celtic",
        0,
        None,
        None,
    ),
    (
        "lazio-region-not",
        "Floods in Lazio forced hundreds of families from their homes on Monday.",
        "Lazio",
        0,
        None,
        None,
    ),
    (
        "lazio-club",
        "Lazio lost 2-1 to Parma in Serie A on Sunday.",
        "Lazio",
        0,
        "organization",
        "SS Lazio",
    ),
]


@pytest.mark.parametrize("row", SPORT_FORMS, ids=_ids(SPORT_FORMS))
def test_sport_forms(row: Row) -> None:
    _check(row)


def _sport_form_rows() -> list[str]:
    from newsfacts.actors.club_forms import sport_forms

    return sorted(sport_forms())


@pytest.mark.parametrize("form", _sport_form_rows())
def test_every_sport_form_is_a_club_beside_a_score(form: str) -> None:
    from newsfacts.actors.club_forms import sport_forms

    text = f"{form} beat Kilmarnock 2-0 at home on Saturday."
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    actor = actor_at(article, (0, len(form)))
    assert actor is not None and actor.kind.value == "organization"
    known = sport_forms()[form]
    assert known is None or actor.name == known.name


@pytest.mark.parametrize("form", _sport_form_rows())
def test_no_sport_form_is_a_club_in_prose(form: str) -> None:
    text = f"Officials said {form} would be discussed at the meeting in Paris."
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    start = text.index(form)
    actor = actor_at(article, (start, start + len(form)))
    assert actor is None or actor.rule != "org-club"


def _group_names(text: str) -> dict[str, str | None]:
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    return {a.name: a.code for a in article.actors if a.kind.value == "group"}


# Drones are machines: with an owner they stand for its military ("Russian
# drones" -> RUSMIL), alone they are what a party launches, no party.
@pytest.mark.parametrize(
    ("text", "group", "code"),
    [
        pytest.param(
            "Russia launched drones at Kyiv overnight, Ukrainian officials said.",
            "drones",
            None,
            id="launched-no-actor",
        ),
        pytest.param(
            "Russian drones struck the Odesa region overnight.",
            "Russian drones",
            "RUSMIL",
            id="owned-military",
        ),
        pytest.param(
            "Police said gunmen opened fire on a bus near Quetta.",
            "gunmen",
            "---UAF",
            id="people-alone-still",
        ),
    ],
)
def test_drones_need_an_owner(text: str, group: str, code: str | None) -> None:
    groups = _group_names(text)
    if code is None:
        assert group not in groups
    else:
        assert groups.get(group) == code


def _country_of(text: str, name: str) -> str | None:
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    return next(a.country for a in article.actors if a.name == name)


# A person in apposition to "his"/"her" and a role is the role-holder of the
# person the pronoun refers to, and takes that person's country, unless the
# role names one of its own; what follows the name after an adverb says when,
# not whose ("..., nearly two years after Russia's invasion").
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        pytest.param(
            "Zelenskiy dismissed his top general, Valery Zaluzhnyi, nearly two "
            "years after Russia's invasion began.",
            "Valery Zaluzhnyi",
            "UA",
            id="his-general",
        ),
        pytest.param(
            "Obama met his Chinese counterpart, Wang Lixin, on Monday.",
            "Wang Lixin",
            "CN",
            id="role-own-country",
        ),
        pytest.param(
            "Merkel welcomed her guest, Juan Carlos Ramirez, a businessman from "
            "Mexico.",
            "Juan Carlos Ramirez",
            "MX",
            id="apposition-after-wins",
        ),
        pytest.param(
            "Jarkko Nieminen, of Finland, beat Mario Ancic 6-4 6-3.",
            "Jarkko Nieminen",
            "FI",
            id="of-country-stays",
        ),
    ],
)
def test_role_owner_country(text: str, name: str, country: str) -> None:
    assert _country_of(text, name) == country


def _mentions_of(text: str, kind: str) -> list[str]:
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    return [m.text for a in article.actors if a.kind.value == kind for m in a.mentions]


# A nationality of two words ("North Korean", "South African") is one mention
# of its country, and its second word names nothing of its own.
@pytest.mark.parametrize(
    ("text", "country_mention", "not_named"),
    [
        pytest.param(
            "He would meet North Korean leader Kim Jong Un in Singapore.",
            "North Korean",
            "Korean",
            id="north-korean-leader",
        ),
        pytest.param(
            "South African President Nelson Mandela said on Thursday he was pleased.",
            "South African",
            "African",
            id="south-african-title",
        ),
        pytest.param(
            "Sri Lankan troops killed 20 rebels, a Sri Lankan spokesman said.",
            "Sri Lankan",
            "Lankan",
            id="sri-lankan-spokesman",
        ),
    ],
)
def test_two_word_nationality(text: str, country_mention: str, not_named: str) -> None:
    country = _mentions_of(text, "country")
    named = _mentions_of(text, "person") + _mentions_of(text, "organization")
    assert country_mention in country or any(
        country_mention in m for m in _mentions_of(text, "group")
    )
    assert not_named not in named
    assert not_named not in country


# A headline's word in capitals is the person the body names by that surname
# alone, as well as one it names in full; a word the body names nothing by
# stays no one.
CAPS_SURNAMES: list[Row] = [
    (
        "figure-alone",
        "TRUMP TO MEET KIM IN SINGAPORE\n\nWASHINGTON 2018-05-10\n\nTrump said "
        "on Thursday he would meet the North Korean leader in Singapore.\n",
        "TRUMP",
        0,
        "person",
        "Trump",
    ),
    (
        "speaker-alone",
        "SMITH RESIGNS AS PARTY CHIEF\n\nLONDON 1996-08-22\n\nSmith said on "
        "Tuesday he would quit after ten years.\n",
        "SMITH",
        0,
        "person",
        "Smith",
    ),
    (
        "common-word-not",
        "STORM HITS COAST\n\nMIAMI 1996-08-22\n\nThe storm hit the coast on "
        "Tuesday, officials said.\n",
        "STORM",
        0,
        None,
        None,
    ),
]


@pytest.mark.parametrize("row", CAPS_SURNAMES, ids=_ids(CAPS_SURNAMES))
def test_caps_surnames(row: Row) -> None:
    _check(row)


# A name goes on over "of" and capitalised words to the acronym in brackets
# that the whole spells; without such an acronym, "for the <noun> of ..."
# still names one body's task (round 22), and the bracket is no acronym of it.
ACRONYM_TAILS: list[Row] = [
    (
        "of-democracy",
        "The rebel National Council for the Defence of Democracy (CNDD) could "
        "not be reached. CNDD fighters attacked the town.",
        "National Council for the Defence of Democracy",
        0,
        "organization",
        None,
    ),
    (
        "of-democracy-bare",
        "The rebel National Council for the Defence of Democracy (CNDD) could "
        "not be reached. CNDD fighters attacked the town.",
        "CNDD",
        1,
        "organization",
        "National Council for the Defence of Democracy",
    ),
    (
        "acronym-not-spelled",
        "The National Council for the Defence of Democracy (FDD) said on "
        "Monday it would join the talks.",
        "National Council for the Defence of Democracy",
        0,
        "organization",
        None,
    ),
    (
        "acronym-not-spelled-stays-apart",
        "The National Council for the Defence of Democracy (FDD) said on "
        "Monday it would join the talks.",
        "FDD",
        0,
        "organization",
        None,
    ),
]


@pytest.mark.parametrize("row", ACRONYM_TAILS, ids=_ids(ACRONYM_TAILS))
def test_acronym_tails(row: Row) -> None:
    _check(row)


# A name before a noun of a site (with what it yields between) is a place,
# no person; a person's name before other words stays the person's.
SITES: list[Row] = [
    (
        "gold-mine",
        "Placer Dome agreed to buy a stake in the Kori Kollo gold mine in Bolivia.",
        "Kori Kollo",
        0,
        None,
        None,
    ),
    (
        "copper-mine",
        "Workers at the Grasberg Tembaga copper mine went on strike on Monday.",
        "Grasberg Tembaga",
        0,
        None,
        None,
    ),
    (
        "person-before-gold",
        "Chief executive Maria Lopez said gold output would rise next year.",
        "Maria Lopez",
        0,
        "person",
        None,
    ),
]


@pytest.mark.parametrize("row", SITES, ids=_ids(SITES))
def test_sites(row: Row) -> None:
    _check(row)


_NBA = (
    "BASKETBALL - NBA STANDINGS\n\nNEW YORK 1996-04-22\n\n"
    "National Basketball Association standings after Sunday's games:\n\n"
    "W L PCT GB\n\n"
    "ORLANDO 60 22 .732 -\n\n"
    "NEW YORK 47 35 .573 13\n"
)
# A table's column heads (short words in capitals only) name nothing; a
# headline's acronym is the body's organisation whose initials it spells.
TABLE_HEADS: list[Row] = [
    ("column-head-pct", _NBA, "PCT", 0, None, None),
    ("column-head-gb", _NBA, "GB", 0, None, None),
    (
        "headline-initials",
        _NBA,
        "NBA",
        0,
        "organization",
        "National Basketball Association",
    ),
    ("row-team-stays", _NBA, "ORLANDO", 0, "organization", None),
    (
        "acronym-in-prose-stays",
        "Officials of the PCT said on Monday they would appeal.",
        "PCT",
        0,
        "organization",
        None,
    ),
]


@pytest.mark.parametrize("row", TABLE_HEADS, ids=_ids(TABLE_HEADS))
def test_table_heads(row: Row) -> None:
    _check(row)


# Words for "group" and "industry" in other languages close a company's name
# ("Airbus Industrie", "ING Groep"); alone they name nothing.
FOREIGN_KEYWORDS: list[Row] = [
    (
        "industrie",
        "European rival Airbus Industrie said the deal would not change its plans.",
        "Airbus Industrie",
        0,
        "organization",
        None,
    ),
    (
        "industrie-not-person",
        "European rival Airbus Industrie said the deal would not change its plans.",
        "Industrie",
        0,
        None,
        None,
    ),
    (
        "groep",
        "Dutch insurer Nationale Groep said on Friday its profit rose.",
        "Nationale Groep",
        0,
        "organization",
        None,
    ),
]


@pytest.mark.parametrize("row", FOREIGN_KEYWORDS, ids=_ids(FOREIGN_KEYWORDS))
def test_foreign_keywords(row: Row) -> None:
    _check(row)


# A bare institution word the package knows as one country's ("Congress":
# the U.S. Congress) is the article's own country's in an article about
# another country; in an article about that country it stays the known one.
@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        pytest.param(
            "Brazil's lower house of Congress approved an amendment on Tuesday "
            "allowing President Fernando Henrique Cardoso to run again, Brazilian "
            "officials said in Brasilia.",
            "Congress",
            "BR",
            id="brazil-congress",
        ),
        pytest.param(
            "Congress passed the spending bill on Thursday and sent it to "
            "President Bill Clinton in Washington.",
            "Congress",
            "US",
            id="us-congress-stays",
        ),
    ],
)
def test_foreign_institution(text: str, surface: str, country: str) -> None:
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    actor = actor_at(article, nth_span(text, surface, 0))
    assert actor is not None and actor.kind.value == "organization"
    assert actor.country == country


_HK = (
    "Property shares rose after Cheung Kong (Holdings) Ltd reported strong "
    "sales. Cheung Kong shares rose 1.50 dollars."
)
# A keyword in brackets before a legal form is inside the company's name; a
# name with a word in brackets and no legal form after is left as it was.
BRACKET_FIRMS: list[Row] = [
    ("holdings-ltd", _HK, "Cheung Kong (Holdings) Ltd", 0, "organization", None),
    ("short-form", _HK, "Cheung Kong", 1, "organization", "Cheung Kong (Holdings) Ltd"),
    ("name-not-person", _HK, "Cheung Kong", 0, None, None),
    (
        "country-bracket-not",
        "Ernie Els (South Africa) leads by two shots after the first round.",
        "Ernie Els",
        0,
        "person",
        None,
    ),
]


@pytest.mark.parametrize("row", BRACKET_FIRMS, ids=_ids(BRACKET_FIRMS))
def test_bracket_firms(row: Row) -> None:
    _check(row)


_TEAM_SHEET = (
    "RUGBY UNION - ENGLAND TEAM TO PLAY ARGENTINA\n\nLONDON 1996-12-10\n\n"
    "England named the following team on Tuesday to play Argentina at "
    "Twickenham on Saturday:\n\n15 - Tim Stimpson (Newcastle), 14 - Jon "
    "Sleightholme (Leicester), 13 - Will Carling (Harlequins), 12 - Phil de "
    "Glanville (Newcastle, captain).\n\nCoach Jack Rowell said the side was "
    "the strongest available.\n"
)
# On a sports page a town or a plain name in brackets after a player is the
# player's club; a country there is the player's nation, and off a sports page
# a town in brackets stays the place.
BRACKET_CLUBS: list[Row] = [
    ("town-club", _TEAM_SHEET, "Newcastle", 0, "organization", None),
    ("town-club-captain", _TEAM_SHEET, "Newcastle", 1, "organization", None),
    ("plain-club", _TEAM_SHEET, "Harlequins", 0, "organization", None),
    ("player-stays", _TEAM_SHEET, "Will Carling", 0, "person", None),
    (
        "country-not-club",
        "GOLF - SCORES\n\nDUSSELDORF 1996-08-22\n\nLeading scores:\n\n"
        "66 Ernie Els (South Africa)\n\n68 Colin Montgomerie (Britain)\n",
        "South Africa",
        0,
        None,
        None,
    ),
    (
        "prose-town-not-club",
        "The council said Maria Lopez (Newcastle) had won the award for her "
        "charity work.",
        "Newcastle",
        0,
        None,
        None,
    ),
]


@pytest.mark.parametrize("row", BRACKET_CLUBS, ids=_ids(BRACKET_CLUBS))
def test_bracket_clubs(row: Row) -> None:
    _check(row)
