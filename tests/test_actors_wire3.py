"""Actors of wire stories, third table: parties named by a plural or one word
of their name, acronyms in a party's own language, and more shapes of
company, sports and politics wire.

Each row names a surface, its occurrence in the text (0 = first), the kind of
actor that must have exactly that span (None: no person or organisation may
have it) and, where it matters, the actor's name. Each family holds rows
where the word is NOT taken as well.
"""

from __future__ import annotations

import datetime

import pytest

import newsfacts

from .support import ActorRow, check_actor_row

_PUBLISHED = datetime.date(2024, 5, 10)

Row = ActorRow


def _check(row: Row) -> None:
    check_actor_row(row, _PUBLISHED)


def _ids(rows: list[Row]) -> list[str]:
    return [r[0] for r in rows]


# Parties named by the plural of their members or one word of their name
# (`actors/data/party_forms.tsv`).
PARTIES: list[Row] = [
    (
        "social-democrats",
        "The Social Democrats of Chancellor Olaf Scholz slumped to their worst "
        "result in decades on Sunday.",
        "Social Democrats",
        0,
        "organization",
        None,
    ),
    (
        "christian-democrats-not-person",
        "The conservative Christian Democrats remained the largest party with "
        "31.9 percent.",
        "Christian Democrats",
        0,
        "organization",
        None,
    ),
    (
        "free-democrats",
        "The Free Democrats failed to win any seats in the state assembly.",
        "Free Democrats",
        0,
        "organization",
        None,
    ),
    (
        "liberal-democrats",
        "The Liberal Democrats and the Greens also gained seats, results showed.",
        "Liberal Democrats",
        0,
        "organization",
        None,
    ),
    (
        "greens",
        "The Liberal Democrats and the Greens also gained seats, results showed.",
        "Greens",
        0,
        "organization",
        None,
    ),
    (
        "tories",
        "Results showed the Tories losing control of more than a dozen councils.",
        "Tories",
        0,
        "organization",
        None,
    ),
    (
        "tories-open-before-verb",
        "The minister spoke on Monday. Tories say the tax cut is affordable.",
        "Tories",
        0,
        "organization",
        None,
    ),
    (
        "conservatives-possessive",
        "Britain's ruling Conservatives suffered heavy losses in local elections.",
        "Conservatives",
        0,
        "organization",
        None,
    ),
    (
        "socialists-possessive",
        "France's Socialists agreed on Friday to field joint candidates.",
        "Socialists",
        0,
        "organization",
        None,
    ),
    (
        "labour-before-leader",
        "The results were poor for the government. Labour leader Keir Starmer "
        "said voters wanted change.",
        "Labour",
        0,
        "organization",
        None,
    ),
    (
        "labour-mid-sentence",
        "Polls showed Labour ahead by 20 points after the budget.",
        "Labour",
        0,
        "organization",
        None,
    ),
    # where the word is no party
    (
        "conservatives-without-the",
        "Conservatives in the church criticised the ruling on Tuesday.",
        "Conservatives",
        0,
        None,
        None,
    ),
    (
        "greens-plain-plural-opening",
        "The chef spoke on Monday. Greens are cheap this season.",
        "Greens",
        0,
        None,
        None,
    ),
    (
        "labour-day",
        "Shops will be closed on Labour Day, the union said.",
        "Labour",
        0,
        None,
        None,
    ),
    (
        "labour-written-lower-case",
        "The labour market was weak last month. Labour officials disagreed.",
        "Labour",
        0,
        None,
        None,
    ),
    (
        "labour-after-for",
        "Opinion polls showed support for Labour fell after the budget.",
        "Labour",
        0,
        "organization",
        None,
    ),
    (
        "labour-scope-of-title",
        "Secretary of Labour Hilda Solis said jobs rose in May.",
        "Labour",
        0,
        None,
        None,
    ),
    (
        "labour-scope-of-minister",
        "On Monday, Minister for Labour Ann Lee said wages would rise.",
        "Labour",
        0,
        None,
        None,
    ),
    (
        "greens-in-longer-name",
        "Members of the Young Greens marched to parliament.",
        "Greens",
        0,
        None,
        None,
    ),
    (
        "liberals-in-longer-name",
        "The Young Liberals voted against the deal.",
        "Liberals",
        0,
        None,
        None,
    ),
]


@pytest.mark.parametrize("row", PARTIES, ids=_ids(PARTIES))
def test_parties(row: Row) -> None:
    _check(row)


# An acronym in brackets right after a party's name is its acronym in the
# party's own language, or spells the name from a word the name left out.
ACRONYMS: list[Row] = [
    (
        "native-acronym",
        "Lula said his Workers' Party (PT) would back the fiscal rules. The PT "
        "has long opposed spending caps.",
        "PT",
        1,
        "organization",
        "Workers' Party",
    ),
    (
        "native-acronym-liberal",
        "The Liberal Party (PL) of former President Jair Bolsonaro said it would "
        "vote against. PL lawmakers walked out.",
        "PL",
        1,
        "organization",
        "Liberal Party",
    ),
    (
        "stop-word-opens-name",
        "The ruling People Power Party (PPP) split over the vote.",
        "People Power Party",
        0,
        "organization",
        None,
    ),
    (
        "all-opens-name",
        "The All Progressives Congress (APC) said the move showed resolve.",
        "All Progressives Congress",
        0,
        "organization",
        None,
    ),
    (
        "place-and-hyphen-parts",
        "The Pakistan Muslim League-Nawaz (PML-N) of Nawaz Sharif said the "
        "courts were independent.",
        "Pakistan Muslim League-Nawaz",
        0,
        "organization",
        None,
    ),
    # where the bracket names something else
    (
        "country-code-after-party",
        "Delegates of the Liberal Party (U.S.) met in Denver.",
        "U.S.",
        0,
        None,
        None,
    ),
    (
        "treaty-stays-no-org",
        "Nicaragua ratified the Central American Free Trade Agreement (CAFTA) "
        "on Tuesday.",
        "Central American Free Trade Agreement",
        0,
        None,
        None,
    ),
]


@pytest.mark.parametrize("row", ACRONYMS, ids=_ids(ACRONYMS))
def test_acronyms(row: Row) -> None:
    _check(row)


def _party_form_rows() -> list[tuple[str, str]]:
    from newsfacts._data import iter_rows

    rows = []
    for form, _where, example in iter_rows("actors/data/party_forms.tsv"):
        written = " ".join(p.capitalize() for p in form.split())
        rows.append((written, example))
    return rows


@pytest.mark.parametrize(
    ("written", "example"), _party_form_rows(), ids=[r[0] for r in _party_form_rows()]
)
def test_every_party_form_is_found_in_its_example(written: str, example: str) -> None:
    """Each row of `party_forms.tsv` is an organisation in its own example."""
    _check((written, example, written, 0, "organization", None))


# Names of wire stories: two clubs that share a first word are two actors, a
# known company goes on over an industry noun, an East Asian given name that
# is also an English stop word stays in the name.
NAMES: list[Row] = [
    (
        "two-real-clubs",
        "Real Madrid were held to a goalless draw by Real Sociedad on Saturday.",
        "Real Sociedad",
        0,
        "organization",
        "Real Sociedad",
    ),
    (
        "real-club-short-form",
        "Real Madrid were held to a goalless draw by Real Sociedad on Saturday. "
        "Real Madrid coach Carlo Ancelotti said his side lacked ideas.",
        "Real Madrid",
        1,
        "organization",
        "Real Madrid",
    ),
    (
        "known-company-and-motor",
        "Toyota Motor shares rose 1.7 percent in Tokyo.",
        "Toyota Motor",
        0,
        "organization",
        None,
    ),
    (
        "motor-show-no-company",
        "Visitors crowded the Geneva Motor Show on Monday.",
        "Geneva Motor",
        0,
        None,
        None,
    ),
    (
        "liu-he",
        "Vice Premier Liu He, who led trade talks with the United States, "
        "retired last year.",
        "Liu He",
        0,
        "person",
        None,
    ),
    (
        "liu-he-before-verb",
        "Officials said Liu He met Treasury Secretary Janet Yellen in Zurich.",
        "Liu He",
        0,
        "person",
        None,
    ),
    # the pronoun stays out of the name
    (
        "pronoun-opens-next-sentence",
        "The talks were led by Liu. He said they had gone well.",
        "Liu",
        0,
        None,
        None,
    ),
]


@pytest.mark.parametrize("row", NAMES, ids=_ids(NAMES))
def test_names(row: Row) -> None:
    _check(row)


# (id, text, the person's name, the code the person must have)
CODES: list[tuple[str, str, str, str | None]] = [
    (
        "team-captain-no-military",
        "India captain Rohit Sharma praised his spinners after the win in Rajkot.",
        "Rohit Sharma",
        "IND",
    ),
    (
        "club-captain-no-military",
        "In London, Arsenal captain Martin Odegaard admitted the result was a blow.",
        "Martin Odegaard",
        None,  # no MIL from "captain"; a club's country is not its player's
    ),
    (
        "solicitor-general",
        "U.S. Solicitor General Elizabeth Prelogar argued for the government.",
        "Elizabeth Prelogar",
        "USAJUD",
    ),
    (
        "company-president",
        "In Seattle, Microsoft president Brad Smith said the industry was changing.",
        "Brad Smith",
        "USABUS",
    ),
    (
        "state-president-keeps-government",
        "Russian President Vladimir Putin said on Friday the talks had failed.",
        "Vladimir Putin",
        "RUSGOV",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "code"), [r[1:] for r in CODES], ids=[r[0] for r in CODES]
)
def test_codes(text: str, name: str, code: str | None) -> None:
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    actor = next(a for a in article.actors if a.name == name)
    assert actor.code == code


# Companies and bodies by their context in business wire.
BODIES: list[Row] = [
    (
        "said-it-expected",
        "Naftogaz said it expected repairs to take weeks.",
        "Naftogaz",
        0,
        "organization",
        None,
    ),
    (
        "said-on-day-it-had-agreed",
        "Banorte said on Monday it had agreed to buy a rival lender.",
        "Banorte",
        0,
        "organization",
        None,
    ),
    (
        "said-it-would-cut",
        "Kelmar said it would cut 500 jobs at its plant in Ohio.",
        "Kelmar",
        0,
        "organization",
        None,
    ),
    (
        "role-after-company-not-typed",
        "Dow Jones publisher Almar Latour called the verdict disgraceful.",
        "Almar Latour",
        0,
        "person",
        None,
    ),
    (
        "possessive-name-whole",
        "Standard & Poor's cut the country's rating on Friday.",
        "Standard & Poor's",
        0,
        "organization",
        "Standard & Poor's",
    ),
    (
        "possessive-short-name-whole",
        "Moody's Investors Service warned in May. Moody's said on Monday the "
        "outlook was stable.",
        "Moody's",
        1,
        "organization",
        "Moody's Investors Service",
    ),
    (
        "known-party-with-its-noun",
        "Centrists may decide whether to join the ruling Likud Party in a coalition.",
        "Likud Party",
        0,
        "organization",
        "Likud",
    ),
    (
        "acronym-of-possessive-name",
        "A report published on Monday by LRA rebels was denied.",
        "LRA",
        0,
        "organization",
        "Lord's Resistance Army",
    ),
    # where the context says nothing of a body
    (
        "said-it-was-tough",
        "The champion was beaten in Paris. Federer said it was tough to lose.",
        "Federer",
        0,
        "person",
        None,
    ),
    (
        "publisher-typed",
        "The publisher Penguin said sales rose.",
        "Penguin",
        0,
        "organization",
        None,
    ),
    (
        "flag-carrier-typed",
        "Flag carrier Vantorix cut flights to Rome.",
        "Vantorix",
        0,
        "organization",
        None,
    ),
    (
        "from-name-is-no-speaker",
        "Officials from Kelmar met on Monday in the capital.",
        "Kelmar",
        0,
        None,
        None,
    ),
    (
        "mcdonald-surname",
        "McDonald's Corp shares rose. Separately, Ronald McDonald said he was "
        "retiring.",
        "Ronald McDonald",
        0,
        "person",
        None,
    ),
]


@pytest.mark.parametrize("row", BODIES, ids=_ids(BODIES))
def test_bodies(row: Row) -> None:
    _check(row)


# Sports and business shapes: a team's body before a driver, a region named
# by a compass word, a nationality's noun in a headline in capitals.
SHAPES: list[Row] = [
    (
        "team-before-driver-given-name",
        "Mercedes driver Lewis Hamilton qualified fifth in Monaco.",
        "Mercedes",
        0,
        "organization",
        None,
    ),
    (
        "team-before-driver-surname",
        "Verstappen edged Williams driver Alex Albon on the last lap.",
        "Williams",
        0,
        "organization",
        None,
    ),
    (
        "company-and-cars",
        "Volvo Cars will cut about 3,000 jobs, the Swedish carmaker said.",
        "Volvo Cars",
        0,
        "organization",
        None,
    ),
    (
        "anglo-american",
        "Anglo American and Rio Tinto also reported lower profits.",
        "Anglo American",
        0,
        "organization",
        None,
    ),
    (
        "compass-region-no-org",
        "Joe Root scored a century as England beat West Indies by 241 runs.",
        "Indies",
        0,
        None,
        None,
    ),
    (
        "compass-region-before-role",
        "West Indies captain Kraigg Brathwaite said his batsmen were outclassed.",
        "Indies",
        0,
        None,
        None,
    ),
    # where the same words name what they plainly name
    (
        "given-name-alone-before-role",
        "The prize went to James. Analyst Mark Hughes said the deal was fair.",
        "James",
        0,
        None,
        None,
    ),
    (
        "compass-known-club",
        "West Ham beat Everton 2-0 at the London Stadium on Saturday.",
        "West Ham",
        0,
        "organization",
        None,
    ),
]


@pytest.mark.parametrize("row", SHAPES, ids=_ids(SHAPES))
def test_shapes(row: Row) -> None:
    _check(row)


def test_headline_nationality_noun_is_the_common_word() -> None:
    """ "POLE POSITION" in a headline in capitals, "pole position" in the body:
    no country Poland; "POLES PROTEST" with no lower-case "poles" keeps it."""
    text = (
        "MOTOR RACING - VERSTAPPEN TAKES POLE POSITION IN MONACO\n\n"
        "MONACO, May 25 (Reuters) - Max Verstappen took pole position for the "
        "Monaco Grand Prix on Saturday."
    )
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    assert not [a for a in article.actors if a.country == "PL"]
    text = "POLE WINS NOBEL PRIZE\n\nWARSAW, Oct 5 - A Polish writer won the prize."
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    assert [a for a in article.actors if a.country == "PL"]


# Things named like a person or an acronym: a venue after "at the", a
# model's mark after its number.
THINGS: list[Row] = [
    (
        "venue-after-at-the",
        "Barcelona beat Real Madrid 4-0 at the Santiago Bernabeu on Saturday.",
        "Santiago Bernabeu",
        0,
        None,
        None,
    ),
    (
        "model-mark",
        "The strike halted production of the Boeing 737 MAX for seven weeks.",
        "MAX",
        0,
        None,
        None,
    ),
    (
        "court-of-arbitration-whole",
        "The federation said it would appeal to the Court of Arbitration for Sport.",
        "Court of Arbitration for Sport",
        0,
        "organization",
        None,
    ),
    # where the person is a person
    (
        "given-name-max",
        "Max Verstappen took pole position for the Monaco Grand Prix.",
        "Max Verstappen",
        0,
        "person",
        None,
    ),
    (
        "person-at-the-embassy",
        "Officials met John Smith at the embassy on Monday.",
        "John Smith",
        0,
        "person",
        None,
    ),
    (
        "person-after-at",
        "The award went to a writer honoured at a ceremony by Maria Garcia.",
        "Maria Garcia",
        0,
        "person",
        None,
    ),
]


@pytest.mark.parametrize("row", THINGS, ids=_ids(THINGS))
def test_things(row: Row) -> None:
    _check(row)


KNOWN_FORMS: list[Row] = [
    (
        "founder-surname-of-known-company",
        "The agency backed Eli Lilly's drug on Friday. Lilly said it was pleased.",
        "Lilly",
        1,
        "organization",
        "Eli Lilly",
    ),
    (
        "nationality-noun-no-speaker",
        "Rory McIlroy won after a playoff. The Northern Irishman beat Rose with "
        "a birdie.",
        "Irishman",
        0,
        None,
        None,
    ),
    (
        "known-company-country",
        "Deutsche Telekom AG will sell shares to the public on Monday.",
        "Deutsche Telekom AG",
        0,
        "organization",
        "Deutsche Telekom",
    ),
    # a person who shares the surname stays a person
    (
        "person-with-company-surname",
        "Eli Lilly shares rose. Separately, Anna Lilly said she would run.",
        "Anna Lilly",
        0,
        "person",
        None,
    ),
]


@pytest.mark.parametrize("row", KNOWN_FORMS, ids=_ids(KNOWN_FORMS))
def test_known_forms(row: Row) -> None:
    _check(row)


def test_known_company_country() -> None:
    """ "Deutsche Telekom" is German (the index table held it as Russian)."""
    text = "Deutsche Telekom AG will sell shares to the public on Monday."
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    assert [a.code for a in article.actors if a.name == "Deutsche Telekom"] == [
        "DEUBUS"
    ]


COMPANY_WORDS: list[Row] = [
    (
        "com-ending",
        "Protesters stormed parliament. Safaricom said internet speeds had slowed.",
        "Safaricom",
        0,
        "organization",
        None,
    ),
    (
        "gaz-ending",
        "Naftogaz said Russian strikes had damaged gas facilities.",
        "Naftogaz",
        0,
        "organization",
        None,
    ),
    (
        "bank-ending",
        "Sberbank said on Monday that lending had slowed.",
        "Sberbank",
        0,
        "organization",
        None,
    ),
    # names that only look so
    (
        "surname-comb",
        "The race was close. Holcomb said the course was hard.",
        "Holcomb",
        0,
        "person",
        None,
    ),
    (
        "short-stem-surname",
        "The fight was close. Eubank said he had won.",
        "Eubank",
        0,
        "person",
        None,
    ),
]


@pytest.mark.parametrize("row", COMPANY_WORDS, ids=_ids(COMPANY_WORDS))
def test_company_words(row: Row) -> None:
    _check(row)


TWO_BODIES: list[Row] = [
    (
        "two-keyword-bodies-joined",
        "The Qatar Investment Authority and China Investment Corporation are "
        "existing shareholders.",
        "China Investment Corporation",
        0,
        "organization",
        None,
    ),
    (
        "first-of-two-bodies",
        "The Qatar Investment Authority and China Investment Corporation are "
        "existing shareholders.",
        "Qatar Investment Authority",
        0,
        "organization",
        None,
    ),
    # one body whose name holds "and"
    (
        "ministry-of-two-fields",
        "The Ministry of Industry and Information Technology said output rose.",
        "Ministry of Industry and Information Technology",
        0,
        "organization",
        None,
    ),
    (
        "department-of-two-fields",
        "The Department of Health and Human Services said it would review the rule.",
        "Department of Health and Human Services",
        0,
        "organization",
        None,
    ),
]


TWO_BODIES += [
    (
        "two-universities-of-two-states",
        "He was accepted to San Diego State University and California State "
        "University at San Marcos.",
        "California State University",
        0,
        "organization",
        "California State University",
    ),
    # a country before a body's name is no part of what tells it apart
    (
        "country-before-department",
        "The U.S. State Department said on Monday it would review the case. "
        "The State Department added that talks would go on.",
        "State Department",
        1,
        "organization",
        "State Department",
    ),
]


@pytest.mark.parametrize("row", TWO_BODIES, ids=_ids(TWO_BODIES))
def test_two_bodies(row: Row) -> None:
    _check(row)


FAMILY_NAMES: list[Row] = [
    (
        "family-name-alone-after-full",
        "Cheung Kong reported higher profit, said tycoon Li Ka-shing. Li told "
        "reporters the market was stable.",
        "Li",
        1,
        "person",
        "Li Ka-shing",
    ),
    (
        "properties-closes-company",
        "Analysts said Hang Lung Properties also reported higher profits.",
        "Hang Lung Properties",
        0,
        "organization",
        None,
    ),
    (
        "national-side-nickname",
        "South Africa beat New Zealand 31-27. All Blacks captain Scott Barrett "
        "said the defeat hurt.",
        "All Blacks",
        0,
        "organization",
        None,
    ),
    # a given name alone is no family name of another person
    (
        "given-name-not-family",
        "Officials met Li Wei on Monday. Separately, Zhang Li said the plan was sound.",
        "Li Wei",
        0,
        "person",
        "Li Wei",
    ),
]


@pytest.mark.parametrize("row", FAMILY_NAMES, ids=_ids(FAMILY_NAMES))
def test_family_names(row: Row) -> None:
    _check(row)


# (id, text, organisation's name, the code it must have)
GENERIC_NAMES: list[tuple[str, str, str, str]] = [
    (
        "democratic-party-of-korea",
        "SEOUL, Dec 14 - South Korea's parliament voted to impeach the president. "
        "The opposition Democratic Party urged the court to rule quickly.",
        "Democratic Party",
        "KORPTY",
    ),
    (
        "democratic-party-of-us",
        "WASHINGTON, Nov 6 - The Democratic Party lost the U.S. Senate, U.S. "
        "officials said.",
        "Democratic Party",
        "USAPTY",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [r[1:] for r in GENERIC_NAMES],
    ids=[r[0] for r in GENERIC_NAMES],
)
def test_generic_names_take_the_article_country(
    text: str, name: str, code: str
) -> None:
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    assert [a.code for a in article.actors if a.name == name] == [code]


WIRE_1996: list[Row] = [
    (
        "lloyds-of-london",
        "Lloyd's of London said on Thursday that its names had until Wednesday "
        "to accept the plan.",
        "Lloyd's of London",
        0,
        "organization",
        None,
    ),
    (
        "two-firms-one-word-each",
        "Shares in Commercial Union and Royal Insurance rose on the news.",
        "Royal Insurance",
        0,
        "organization",
        None,
    ),
    (
        "first-of-two-firms",
        "Shares in Commercial Union and Royal Insurance rose on the news.",
        "Commercial Union",
        0,
        "organization",
        None,
    ),
    # a keyword alone after "and" names no body of its own
    (
        "keyword-alone-after-and",
        "The Council and Parliament agreed the budget on Tuesday.",
        "Parliament",
        0,
        None,
        None,
    ),
    (
        "surname-lloyd",
        "Lloyd's of London said names had until Wednesday. Mr. Lloyd said he "
        "would accept.",
        "Lloyd",
        1,
        "person",
        None,
    ),
]


@pytest.mark.parametrize("row", WIRE_1996, ids=_ids(WIRE_1996))
def test_wire_1996(row: Row) -> None:
    _check(row)


def test_africa_cdc_is_not_the_us_cdc() -> None:
    """ "Africa CDC" is the African Union's agency, not the U.S. CDC that a
    bare "CDC" names."""
    text = (
        "The Africa Centres for Disease Control and Prevention (Africa CDC) "
        "declared a continental emergency. Africa CDC said vaccines were short."
    )
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    names = {a.name for a in article.actors if a.kind.value == "organization"}
    assert names == {"Africa Centres for Disease Control and Prevention"}
