"""Actors of whole wire stories, through `parse_article`: what a wire's own
shapes say of a name (a headline in capitals, a firm's "&", a word that opens
a sentence before a name, a party's leader after "of", credit lines).

Each row names a surface, its occurrence in the text (0 = first) and the kind
of actor that must have exactly that span, or None where no person or
organisation may have it. New cases go in the table of their family.
"""

from __future__ import annotations

import datetime

import pytest

import newsfacts
from newsfacts.actors import lexicon as lex
from newsfacts.records import Article

from .support import nth_span

_PUBLISHED = datetime.date(1996, 8, 26)

# (id, text, surface, occurrence, actor kind or None)
Row = tuple[str, str, str, int, str | None]


def _kind_at(article: Article, span: tuple[int, int]) -> str | None:
    for a in article.actors:
        if a.kind.value in ("person", "organization") and any(
            (m.start, m.end) == span for m in a.mentions
        ):
            return a.kind.value
    return None


def _check(text: str, surface: str, nth: int, kind: str | None) -> None:
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    assert _kind_at(article, nth_span(text, surface, nth)) == kind


# A headline in capitals writes a surname of the body as it writes every word:
# it is that person, not a town's club or an unknown acronym.
HEADLINE_SURNAMES: list[Row] = [
    (
        "tennis-both-players",
        "TENNIS - SELES BEATS DAVENPORT IN NEW HAVEN\n\nNEW HAVEN 1996-08-24\n\n"
        "Top seed Monica Seles beat Lindsay Davenport 6-3 6-4 on Saturday to "
        "reach the final.\n",
        "DAVENPORT",
        0,
        "person",
    ),
    (
        "tennis-winner",
        "TENNIS - SELES BEATS DAVENPORT IN NEW HAVEN\n\nNEW HAVEN 1996-08-24\n\n"
        "Top seed Monica Seles beat Lindsay Davenport 6-3 6-4 on Saturday to "
        "reach the final.\n",
        "SELES",
        0,
        "person",
    ),
    (
        "politics-possessive-country-before",
        "RUSSIA'S LEBED SAYS PEACE DEAL STILL ON\n\nMOSCOW 1996-08-26\n\n"
        "Russian security chief Alexander Lebed said on Monday the deal was on "
        "track.\n",
        "LEBED",
        0,
        "person",
    ),
    (
        "cycling-short-surname",
        "CYCLING - ZABEL WINS STAGE\n\nPARIS 1996-07-10\n\nGerman Erik Zabel "
        "won the 10th stage of the race on Wednesday.\n",
        "ZABEL",
        0,
        "person",
    ),
    (
        "motor-racing-four-letters",
        "MOTOR RACING - HILL TAKES POLE\n\nSPA 1996-08-24\n\nDamon Hill took "
        "pole position on Saturday ahead of Jacques Villeneuve.\n",
        "HILL",
        0,
        "person",
    ),
    (
        "unnamed-in-body-stays-nothing",
        "SOCCER - WEAH SIGNS FOR MILAN\n\nMILAN 1996-08-24\n\nThe club said "
        "on Saturday the Liberian had signed a new contract.\n",
        "WEAH",
        0,
        None,
    ),
]

# "&" joins the parts of a firm's name; English joins two people or two
# bodies with "and".
AMPERSAND_FIRMS: list[Row] = [
    (
        "stop-word-opens",
        "Stop & Shop, which runs 165 stores, was sold for $1.8 billion.",
        "Stop & Shop",
        0,
        "organization",
    ),
    (
        "known-name-then-co",
        "The chain had been owned by Kohlberg Kravis Roberts & Co. since 1988.",
        "Kohlberg Kravis Roberts & Co.",
        0,
        "organization",
    ),
    (
        "two-surnames",
        "Marks & Spencer said trading was in line with expectations.",
        "Marks & Spencer",
        0,
        "organization",
    ),
    (
        "three-words-then-co",
        "The bonds were arranged by Brown Brothers Harriman & Co for the city.",
        "Brown Brothers Harriman & Co",
        0,
        "organization",
    ),
    (
        "and-between-people-stays-two",
        "Analysts Mark Hughes and Anna Berg said the shares were cheap.",
        "Anna Berg",
        0,
        "person",
    ),
]

# A sentence-opening word that describes the name after it is not part of it.
NAME_OPENERS: list[Row] = [
    (
        "rival-company",
        "Rival Bayer AG reports results next week.",
        "Bayer AG",
        0,
        "organization",
    ),
    (
        "rival-company-legal-forms",
        "Rival Honda Motor Co Ltd said it had no plans for a recall.",
        "Honda Motor Co Ltd",
        0,
        "organization",
    ),
    (
        "compatriot-player",
        "Compatriot Albert Costa beat him in straight sets.",
        "Albert Costa",
        0,
        "person",
    ),
    (
        "holders-club",
        "Holders Ajax lost 2-1 at home to PSV Eindhoven on Sunday.",
        "Ajax",
        0,
        "organization",
    ),
    (
        "word-inside-a-name-mid-sentence",
        "Economist Jean Parent said the rival bid was too low.",
        "Jean Parent",
        0,
        "person",
    ),
]

# A party's or movement's "of" takes no person: the name after it is its leader.
LEADER_AFTER_OF: list[Row] = [
    (
        "party-of-leader-org",
        "The Liberal Democratic Party of Vladimir Zhirinovsky attacked the deal.",
        "Liberal Democratic Party",
        0,
        "organization",
    ),
    (
        "party-of-leader-person",
        "The Liberal Democratic Party of Vladimir Zhirinovsky attacked the deal.",
        "Vladimir Zhirinovsky",
        0,
        "person",
    ),
    (
        "ministry-of-field-stays",
        "The Ministry of Justice said the men would be charged.",
        "Ministry of Justice",
        0,
        "organization",
    ),
    (
        "bank-of-place-stays",
        "The Bank of Nova Scotia raised its prime rate.",
        "Bank of Nova Scotia",
        0,
        "organization",
    ),
    (
        "university-of-state-stays",
        "The University of California said tuition would rise.",
        "University of California",
        0,
        "organization",
    ),
]


def _ids(rows: list[Row]) -> list[str]:
    return [r[0] for r in rows]


@pytest.mark.parametrize(
    ("text", "surface", "nth", "kind"),
    [r[1:] for r in HEADLINE_SURNAMES],
    ids=_ids(HEADLINE_SURNAMES),
)
def test_headline_surnames(text: str, surface: str, nth: int, kind: str | None) -> None:
    _check(text, surface, nth, kind)


@pytest.mark.parametrize(
    ("text", "surface", "nth", "kind"),
    [r[1:] for r in AMPERSAND_FIRMS],
    ids=_ids(AMPERSAND_FIRMS),
)
def test_ampersand_firms(text: str, surface: str, nth: int, kind: str | None) -> None:
    _check(text, surface, nth, kind)


@pytest.mark.parametrize(
    ("text", "surface", "nth", "kind"),
    [r[1:] for r in NAME_OPENERS],
    ids=_ids(NAME_OPENERS),
)
def test_name_openers(text: str, surface: str, nth: int, kind: str | None) -> None:
    _check(text, surface, nth, kind)


@pytest.mark.parametrize(
    ("text", "surface", "nth", "kind"),
    [r[1:] for r in LEADER_AFTER_OF],
    ids=_ids(LEADER_AFTER_OF),
)
def test_leader_after_of(text: str, surface: str, nth: int, kind: str | None) -> None:
    _check(text, surface, nth, kind)


# Bylines and credit lines name people; the dateline credits its agency.
CREDITS: list[Row] = [
    (
        "byline-no-given-name",
        "By Sonali Paul\n\nLONDON, March 3 (Reuters) - Oil prices fell on Tuesday.",
        "Sonali Paul",
        0,
        "person",
    ),
    (
        "dateline-agency",
        "LONDON, March 3 (Reuters) - Oil prices fell on Tuesday after Saudi Arabia "
        "signalled output could rise.",
        "Reuters",
        0,
        "organization",
    ),
    (
        "dateline-agency-acronym",
        "PARIS (AFP) - Air France cancelled a third of its flights on Friday.",
        "AFP",
        0,
        "organization",
    ),
    (
        "credit-additional-reporting",
        "Oil prices fell on Tuesday, traders said.\n(Reporting by Anna Kowalski; "
        "Additional reporting by Sonali Paul in Melbourne; Editing by David "
        "Goodman)",
        "Sonali Paul",
        0,
        "person",
    ),
    (
        "credit-editing",
        "Oil prices fell on Tuesday, traders said.\n(Reporting by Anna Kowalski; "
        "Additional reporting by Sonali Paul in Melbourne; Editing by David "
        "Goodman)",
        "David Goodman",
        0,
        "person",
    ),
    (
        "credit-writing",
        "Oil prices fell on Tuesday, traders said.\nReporting by Anna Kowalski "
        "and Sonali Paul; Writing by Mark Bendeich; Editing by Sandra Maler",
        "Mark Bendeich",
        0,
        "person",
    ),
    (
        "by-in-prose-names-no-person",
        "A report by Oxfam Novib said on Monday that aid had fallen.",
        "Oxfam Novib",
        0,
        None,
    ),
]

# Market indexes, races and a table's key are no actors; their words still
# name actors where they do.
MARKET_AND_TABLE_WORDS: list[Row] = [
    (
        "index-after-name",
        "The Dow Jones industrial average rose 12.4 points to 5,616.21.",
        "Dow Jones",
        0,
        None,
    ),
    (
        "index-hang-seng",
        "The Hang Seng index fell 1.2 percent in Hong Kong.",
        "Hang Seng",
        0,
        None,
    ),
    (
        "index-firm-still-named",
        "Dow Jones & Co said its profit rose 10 percent.",
        "Dow Jones & Co",
        0,
        "organization",
    ),
    (
        "race-no-person",
        "Damon Hill took pole position for the Belgian Grand Prix on Saturday.",
        "Grand Prix",
        0,
        None,
    ),
    (
        "race-driver-still-found",
        "Damon Hill took pole position for the Belgian Grand Prix on Saturday.",
        "Damon Hill",
        0,
        "person",
    ),
    (
        "town-after-in-no-speaker",
        "Officials said the Bosnian Serb leadership in Pale had registered voters "
        "in towns where they had never lived.",
        "Pale",
        0,
        None,
    ),
    (
        "town-after-at-no-speaker",
        "Delegates meeting at Dayton had agreed to the map, officials said.",
        "Dayton",
        0,
        None,
    ),
    (
        "speaker-after-comma-still-found",
        "Russian security chief Alexander Lebed met rebels on Monday. In Moscow, "
        "Lebed said the deal was on track.",
        "Lebed",
        1,
        "person",
    ),
    (
        "ampersand-places-no-firm",
        "Relief reached the Andaman & Nicobar Islands on Tuesday.",
        "Andaman & Nicobar Islands",
        0,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "nth", "kind"),
    [r[1:] for r in CREDITS],
    ids=_ids(CREDITS),
)
def test_credits(text: str, surface: str, nth: int, kind: str | None) -> None:
    _check(text, surface, nth, kind)


@pytest.mark.parametrize(
    ("text", "surface", "nth", "kind"),
    [r[1:] for r in MARKET_AND_TABLE_WORDS],
    ids=_ids(MARKET_AND_TABLE_WORDS),
)
def test_market_and_table_words(
    text: str, surface: str, nth: int, kind: str | None
) -> None:
    _check(text, surface, nth, kind)


@pytest.mark.parametrize("opener", sorted(lex.NAME_OPENERS))
def test_each_name_opener_leaves_the_name(opener: str) -> None:
    text = f"{opener.capitalize()} Anna Keller said on Monday she would stay."
    _check(text, "Anna Keller", 0, "person")


# A known name is not the start of a longer one; an institution word opening
# a sentence before its members or a verb of speech is the institution; a
# demonym before "Stock Exchange" is part of the exchange's name.
ORGANISATION_SHAPES: list[Row] = [
    (
        "kunya-then-article-name-is-a-person",
        "Police issued new photos of the wanted militant Abu Musab al Zarqawi on "
        "Friday.",
        "Abu Musab al Zarqawi",
        0,
        "person",
    ),
    (
        "known-group-then-hyphenated-article-name",
        "Fighting between Lebanese troops and the militant group Fatah al-Islam "
        "broke out at the camp.",
        "Fatah al-Islam",
        0,
        "organization",
    ),
    (
        "known-group-alone-still-found",
        "Hamas and Fatah formed a unity government in March.",
        "Fatah",
        0,
        "organization",
    ),
    (
        "house-before-member-noun",
        "House lawmakers on Thursday voted to extend the program.",
        "House",
        0,
        "organization",
    ),
    (
        "army-before-officials",
        "Army officials say the soldiers were killed on Wednesday.",
        "Army",
        0,
        "organization",
    ),
    (
        "parliament-before-speech-verb",
        "Parliament said on Monday it would meet again next week.",
        "Parliament",
        0,
        "organization",
    ),
    (
        "house-opening-a-sentence-as-a-common-noun",
        "House prices rose 3 percent in the year to June.",
        "House",
        0,
        None,
    ),
    (
        "demonym-stock-exchange",
        "In American Stock Exchange composite trading, the shares closed at $12.",
        "American Stock Exchange",
        0,
        "organization",
    ),
    (
        "demonym-ministry-still-the-country",
        "The Iraqi Interior Ministry said three policemen were killed.",
        "Interior Ministry",
        0,
        "organization",
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "nth", "kind"),
    [r[1:] for r in ORGANISATION_SHAPES],
    ids=_ids(ORGANISATION_SHAPES),
)
def test_organisation_shapes(
    text: str, surface: str, nth: int, kind: str | None
) -> None:
    _check(text, surface, nth, kind)


# A body's staff noun between a name and a person's name makes the first
# name that body; companies are listed with companies; a faith's adjective may
# open an organisation's name; "arap" sits inside a Kenyan name.
BODIES_BY_CONTEXT: list[Row] = [
    (
        "party-before-leader",
        "Meretz leader Yossi Sarid told Israel Radio the government was wrong.",
        "Meretz",
        0,
        "organization",
    ),
    (
        "bank-before-analyst",
        "Kleinwort analyst Mark Hughes said the shares were cheap.",
        "Kleinwort",
        0,
        "organization",
    ),
    (
        "club-before-striker",
        "Sampdoria striker Enrico Chiesa scored twice on Sunday.",
        "Sampdoria",
        0,
        "organization",
    ),
    (
        "common-word-opening-stays-nothing",
        "Opposition leader Tony Blair said the tax would go.",
        "Opposition",
        0,
        None,
    ),
    (
        "person-named-in-full-keeps-the-spokesman",
        "Bill Clinton flew to Chicago. Clinton spokesman Mike McCurry said the "
        "trip went well.",
        "Clinton",
        1,
        "person",
    ),
    (
        "listed-with-a-known-company",
        "Daimler-Benz and Siemens said they would cut sick pay to 80 percent.",
        "Daimler-Benz",
        0,
        "organization",
    ),
    (
        "listed-with-a-legal-form",
        "Shares in Volvo AB and Scania rose in Stockholm.",
        "Scania",
        0,
        "organization",
    ),
    (
        "listed-with-a-person-stays-a-person",
        "Siemens chief Heinrich von Pierer and Kohl met on Monday.",
        "Heinrich von Pierer",
        0,
        "person",
    ),
    (
        "faith-church",
        "The Law Society of Kenya and the Catholic Church have called for reform.",
        "Catholic Church",
        0,
        "organization",
    ),
    (
        "society-of-country",
        "The Law Society of Kenya and the Catholic Church have called for reform.",
        "Law Society of Kenya",
        0,
        "organization",
    ),
    (
        "faith-party",
        "The Christian Democratic Union won 40 percent of the vote.",
        "Christian Democratic Union",
        0,
        "organization",
    ),
    (
        "faith-word-alone-stays-nothing",
        "Muslim leaders condemned the attack on Friday.",
        "Muslim",
        0,
        None,
    ),
    (
        "federation-of",
        "The Federation of Korean Industries said exports would slow.",
        "Federation of Korean Industries",
        0,
        "organization",
    ),
    (
        "arap-inside-a-name",
        "President Daniel arap Moi's ruling party has governed since 1963.",
        "Daniel arap Moi",
        0,
        "person",
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "nth", "kind"),
    [r[1:] for r in BODIES_BY_CONTEXT],
    ids=_ids(BODIES_BY_CONTEXT),
)
def test_bodies_by_context(text: str, surface: str, nth: int, kind: str | None) -> None:
    _check(text, surface, nth, kind)


@pytest.mark.parametrize("noun", sorted(lex.STAFF_BEFORE_PERSON))
def test_each_staff_noun_makes_its_body(noun: str) -> None:
    text = f"On Monday, Vantorix {noun} Anna Keller said the results were good."
    _check(text, "Vantorix", 0, "organization")
    _check(text, "Anna Keller", 0, "person")


@pytest.mark.parametrize("faith", sorted(lex.FAITH_WORDS))
def test_each_faith_word_opens_a_body(faith: str) -> None:
    text = f"The {faith.capitalize()} Council of Britain said on Monday it was worried."
    _check(text, f"{faith.capitalize()} Council of Britain", 0, "organization")


# Sports: a scorecard's initial opens a player's name, the other side of a
# result verb from a club is a club, a player's role names a lone player.
SPORTS_SIDES: list[Row] = [
    (
        "initial-and-town-is-a-player",
        "CRICKET - ENGLAND V PAKISTAN SCOREBOARD\n\nLONDON 1996-08-24\n\n"
        "England first innings 326 ( J. Crawley 106 , G. Thorpe 54 ; Wasim Akram "
        "3-83 )\n",
        "J. Crawley",
        0,
        "person",
    ),
    (
        "beaten-by-a-known-club",
        "George Weah scored twice as AC Milan beat Reggiana 2-0 on Sunday.",
        "Reggiana",
        0,
        "organization",
    ),
    (
        "lost-to-a-known-club",
        "Reggiana lost 2-0 to AC Milan on Sunday.",
        "Reggiana",
        0,
        "organization",
    ),
    (
        "players-beat-players",
        "Pete Sampras beat Jimmy Connors 6-3 6-2 6-4 in the first round.",
        "Jimmy Connors",
        0,
        "person",
    ),
    (
        "striker-lone-name",
        "Brazilian striker Ronaldo scored twice as Barcelona won 4-1.",
        "Ronaldo",
        0,
        "person",
    ),
    (
        "goalkeeper-after-possessive-country",
        "Italy's goalkeeper Peruzzi saved a penalty in the second half.",
        "Peruzzi",
        0,
        "person",
    ),
    (
        "capitalised-role-opens-the-sentence",
        "Manager Bobby Robson said the side had played well.",
        "Bobby Robson",
        0,
        "person",
    ),
    (
        "title-opening-the-sentence-stays",
        "Captain Michael Atherton said his side had been outplayed.",
        "Michael Atherton",
        0,
        "person",
    ),
]

# A person's full name, "of" and a name no stage reads as a place: the body
# that person speaks for.
PERSON_OF_BODY: list[Row] = [
    (
        "analyst-of-firm",
        '"The market is nervous," said Olivier Jakob of Petromatrix in Zug.',
        "Petromatrix",
        0,
        "organization",
    ),
    (
        "firm-of-two-words-before-said",
        "Analyst Mark Hughes of Kleinwort Benson said the shares were cheap.",
        "Kleinwort Benson",
        0,
        "organization",
    ),
    (
        "analyst-opening-the-sentence",
        "Analyst Mark Hughes of Kleinwort Benson said the shares were cheap.",
        "Mark Hughes",
        0,
        "person",
    ),
    (
        "player-of-country-stays-the-place",
        "Jarkko Nieminen of Finland beat him in straight sets.",
        "Finland",
        0,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "nth", "kind"),
    [r[1:] for r in SPORTS_SIDES],
    ids=_ids(SPORTS_SIDES),
)
def test_sports_sides(text: str, surface: str, nth: int, kind: str | None) -> None:
    _check(text, surface, nth, kind)


@pytest.mark.parametrize(
    ("text", "surface", "nth", "kind"),
    [r[1:] for r in PERSON_OF_BODY],
    ids=_ids(PERSON_OF_BODY),
)
def test_person_of_body(text: str, surface: str, nth: int, kind: str | None) -> None:
    _check(text, surface, nth, kind)


@pytest.mark.parametrize("noun", sorted(lex.STAFF_BEFORE_PERSON))
def test_each_staff_noun_opening_a_sentence_leaves_the_name(noun: str) -> None:
    text = f"{noun.capitalize()} Anna Keller said on Monday the results were good."
    _check(text, "Anna Keller", 0, "person")


# Names of bodies and people whose shapes read as something else.
NAME_SHAPES: list[Row] = [
    (
        "news-agency-after-name",
        "Zajedno leader Vuk Draskovic told Beta news agency the polls would not "
        "be fair.",
        "Beta",
        0,
        "organization",
    ),
    (
        "oil-company-after-name",
        "Officials of the Lukoil oil company signed the deal in Caracas.",
        "Lukoil",
        0,
        "organization",
    ),
    (
        "trade-union-after-name",
        "Members of the Solidarity trade union marched in Gdansk on Monday.",
        "Solidarity",
        0,
        "organization",
    ),
    (
        "rescue-group-after-name",
        "The White Helmets rescue group said 380 people had been killed.",
        "White Helmets",
        0,
        "organization",
    ),
    (
        "aid-group-after-place",
        "The Gaza aid group said the convoy was stopped.",
        "Gaza",
        0,
        None,
    ),
    (
        "demonym-of-two-words-before-trade-union",
        "Zimbabwe expelled a delegation of the South African trade union COSATU "
        "on Friday.",
        "African",
        0,
        None,
    ),
    (
        "singular-possessive-inside-a-party",
        "Turkish forces attacked the Kurdistan Worker's Party, or PKK, rebels.",
        "Kurdistan Worker's Party",
        0,
        "organization",
    ),
    (
        "industry-noun-inside-an-operation",
        "The U.S. military launched Operation Steel Curtain early on Saturday.",
        "Operation Steel",
        0,
        None,
    ),
    (
        "industry-noun-closing-a-company",
        "Nippon Steel said its pretax profit rose 12 percent.",
        "Nippon Steel",
        0,
        "organization",
    ),
    (
        "commission-on",
        "The National Commission on Human Rights said it would investigate.",
        "National Commission on Human Rights",
        0,
        "organization",
    ),
    (
        "council-on",
        "The Council on Foreign Relations published the report.",
        "Council on Foreign Relations",
        0,
        "organization",
    ),
    (
        "on-before-a-weekday-stays-out",
        "The European Commission said on Monday it would act. The Commission on "
        "Tuesday fined the firm.",
        "Commission on Tuesday",
        0,
        None,
    ),
    (
        "title-word-as-second-surname",
        "Interior Minister Jaime Mayor Oreja said police had arrested two suspects.",
        "Jaime Mayor Oreja",
        0,
        "person",
    ),
    (
        "title-after-full-name-stays-a-title",
        "Senator Bob Dole met Governor George Pataki in Albany on Monday.",
        "George Pataki",
        0,
        "person",
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "nth", "kind"),
    [r[1:] for r in NAME_SHAPES],
    ids=_ids(NAME_SHAPES),
)
def test_name_shapes(text: str, surface: str, nth: int, kind: str | None) -> None:
    _check(text, surface, nth, kind)


# Markets and results tables.
MARKET_LINES: list[Row] = [
    (
        "brothers-closes-a-firm",
        "British Airways rose 8p after Lehman Brothers raised its forecast.",
        "Lehman Brothers",
        0,
        "organization",
    ),
    (
        "bros-closes-a-firm",
        "Warner Bros. said the film had taken $40 million.",
        "Warner Bros.",
        0,
        "organization",
    ),
    (
        "common-word-before-shares",
        "Leading shares closed higher on Thursday in London.",
        "Leading",
        0,
        None,
    ),
    (
        "name-before-shares-still-a-firm",
        "Leading shares closed higher on Thursday. Vantorix shares rose 3 percent.",
        "Vantorix",
        0,
        "organization",
    ),
]

_NHL = (
    "HOCKEY - NHL RESULTS\n\nNEW YORK 1996-10-06\n\nResults of National Hockey "
    "League games on Saturday ( home team in CAPS ) :\nDetroit 4 PITTSBURGH 3 "
    "( OT )\nChicago 5 DALLAS 1\n"
)


@pytest.mark.parametrize(
    ("text", "surface", "nth", "kind"),
    [r[1:] for r in MARKET_LINES],
    ids=_ids(MARKET_LINES),
)
def test_market_lines(text: str, surface: str, nth: int, kind: str | None) -> None:
    _check(text, surface, nth, kind)


@pytest.mark.parametrize(
    ("surface", "kind"),
    [
        ("CAPS", None),
        ("OT", None),
        ("Detroit", "organization"),
        ("PITTSBURGH", "organization"),
        ("DALLAS", "organization"),
    ],
    ids=["table-key", "overtime", "team", "team-in-capitals", "other-team"],
)
def test_results_table_words(surface: str, kind: str | None) -> None:
    # a table's key and a result's marks are no acronyms; its teams still are
    _check(_NHL, surface, 0, kind)


# People's names whose words read as a town or a nationality.
PEOPLE_SHAPES: list[Row] = [
    (
        "town-after-a-particle",
        "Shell spokesman Jan Willem van der Veen said the group would study the "
        "ruling.",
        "Jan Willem van der Veen",
        0,
        "person",
    ),
    (
        "town-as-surname-after-a-title",
        "Japanese Prime Minister Ryutaro Hashimoto sent Foreign Minister "
        "Yukihiko Ikeda to Lima.",
        "Yukihiko Ikeda",
        0,
        "person",
    ),
    (
        "town-after-a-title-and-preposition-stays",
        "Foreign Minister Yukihiko Ikeda flew to Lima on Sunday.",
        "Lima",
        0,
        None,
    ),
    (
        "common-given-word-and-demonym-is-no-person",
        "Two former Royal Dutch/Shell executives were convicted of fraud.",
        "Royal Dutch",
        0,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "nth", "kind"),
    [r[1:] for r in PEOPLE_SHAPES],
    ids=_ids(PEOPLE_SHAPES),
)
def test_people_shapes(text: str, surface: str, nth: int, kind: str | None) -> None:
    _check(text, surface, nth, kind)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (
            "Moody's Investors Service cut its rating on Mexico's debt.",
            "Moody's Investors Service",
            "organization",
        ),
        (
            "Moody 's Investors Service cut its rating on Mexico 's debt .",
            "Moody 's Investors Service",
            "organization",
        ),
        # the company's name holds its "'s" (it is no one's possessive)
        ("Moody's said the outlook was stable.", "Moody's", "organization"),
        ("Moody 's said the outlook was stable .", "Moody 's", "organization"),
        (
            "Venezuela's National Assembly approved the deals.",
            "National Assembly",
            "organization",
        ),
    ],
    ids=[
        "possessive-inside",
        "possessive-tokenised",
        "possessive-alone",
        "possessive-alone-tokenised",
        "country",
    ],
)
def test_known_name_over_a_possessive(text: str, surface: str, kind: str) -> None:
    _check(text, surface, 0, kind)


_AIRLINES = (
    "BRITISH AIRWAYS AND AMERICAN AIRLINES IN ALLIANCE TALKS\n\nLONDON "
    "1996-06-11\n\nBritish Airways Plc and American Airlines said on Tuesday "
    "they were in talks on a broad alliance across the Atlantic.\n"
)


@pytest.mark.parametrize(
    ("surface", "nth", "kind"),
    [
        ("BRITISH AIRWAYS", 0, "organization"),
        ("AMERICAN AIRLINES", 0, "organization"),
        ("British Airways Plc", 0, "organization"),
        ("TALKS", 0, None),
    ],
    ids=[
        "headline-company-by-its-short-form",
        "headline-company",
        "demonym-kept",
        "word",
    ],
)
def test_headline_names_of_the_body(surface: str, nth: int, kind: str | None) -> None:
    _check(_AIRLINES, surface, nth, kind)


@pytest.mark.parametrize(
    ("text", "surface", "nth", "kind"),
    [
        (
            "Bayern Munich sacked coach Otto Rehhagel on Monday. Bayern, who lost "
            "1-0 at Borussia Dortmund on Saturday, are fourth.",
            "Bayern",
            1,
            "organization",
        ),
        (
            "Farmers in Bayern protested against the new milk quotas on Monday.",
            "Bayern",
            0,
            None,
        ),
    ],
    ids=["club-named-in-full-first", "region-alone-stays-a-place"],
)
def test_club_short_form_over_a_place(
    text: str, surface: str, nth: int, kind: str | None
) -> None:
    _check(text, surface, nth, kind)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (
            "Petronas president Tan Sri Mohamed Hassan Marican said the deal was "
            "worth about $3 billion.",
            "Mohamed Hassan Marican",
            "person",
        ),
        (
            "Datuk Seri Anwar Ibrahim said the budget would cut taxes.",
            "Anwar Ibrahim",
            "person",
        ),
        (
            "Singapore's deputy prime minister Tony Tan said growth would slow.",
            "Tony Tan",
            "person",
        ),
    ],
    ids=["tan-sri", "datuk-seri", "tan-still-a-surname"],
)
def test_malaysian_honorifics(text: str, surface: str, kind: str) -> None:
    _check(text, surface, 0, kind)


@pytest.mark.parametrize(
    ("text", "surface", "nth", "kind"),
    [
        (
            "Polls show the opposition Labour Party 20 points ahead. Labour's lead "
            "was unchanged from last month.",
            "Labour",
            1,
            "organization",
        ),
        (
            "The Likud Party won 32 seats. Likud said it would form a government.",
            "Likud",
            1,
            "organization",
        ),
        (
            "The Democratic Party met in Chicago. The Democratic convention opened "
            "on Monday.",
            "Democratic",
            1,
            None,
        ),
        (
            "The Labour Party said the labour market was weak. Labour officials "
            "disagreed.",
            "Labour",
            1,
            None,
        ),
    ],
    ids=["party-noun", "party-name", "party-adjective", "word-written-lower-case"],
)
def test_party_short_forms(text: str, surface: str, nth: int, kind: str | None) -> None:
    _check(text, surface, nth, kind)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (
            "The sale follows the demerger of Imperial Tobacco, Hanson's cigarette "
            "business, last year.",
            "Imperial Tobacco",
            "organization",
        ),
        ("Brelland is the country's largest retailer.", "Brelland", "organization"),
        (
            "International Red Cross official Michel Minnig met the rebels.",
            "International Red Cross",
            "organization",
        ),
        ("Ramirez is a film producer in Madrid.", "Ramirez", None),
    ],
    ids=[
        "possessive-business-apposition",
        "copula-kind-of-body",
        "known-alias",
        "copula-role",
    ],
)
def test_what_a_name_is(text: str, surface: str, kind: str | None) -> None:
    _check(text, surface, 0, kind)


_MATCH = (
    "SOCCER - CHELSEA BEAT EVERTON\n\nLONDON 1996-10-26\n\nGianfranco Zola scored "
    "his first goal for Chelsea as they beat Everton 2-1 on Saturday.\nNewcastle, "
    "who beat Manchester United 5-0 last week, drew 1-1 at Leicester.\nShearer put "
    "Newcastle ahead but Claridge equalised.\n"
)


@pytest.mark.parametrize(
    ("surface", "nth", "kind"),
    [
        ("Claridge", 0, "person"),
        ("Newcastle", 0, "organization"),
        ("Newcastle", 1, "organization"),
        ("Leicester", 0, None),
    ],
    ids=["player-verb", "club-who-beat", "club-named-so-elsewhere", "venue"],
)
def test_match_report(surface: str, nth: int, kind: str | None) -> None:
    _check(_MATCH, surface, nth, kind)


def test_player_verb_off_the_sports_page_names_no_one() -> None:
    _check(
        "The Brelland index scored its best week since June. Vantorix scored "
        "highly in the survey.",
        "Vantorix",
        0,
        None,
    )
