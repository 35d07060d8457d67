"""Actors of wire stories, fifth table: stock tickers and currency letters,
clubs named by their keyword, and the countries of people with no cue of
their own.

Each row names a surface, its occurrence in the text (0 = first), the kind of
actor that must have exactly that span (None: no person or organisation may
have it) and, where it matters, the actor's name. Each family holds rows
where the word is NOT taken as well.
"""

from __future__ import annotations

import datetime
import re

import pytest

import newsfacts

from .support import ActorRow, check_actor_row

_PUBLISHED = datetime.date(2024, 3, 14)

Row = ActorRow


def _check(row: Row) -> None:
    check_actor_row(row, _PUBLISHED)


def _ids(rows: list[Row]) -> list[str]:
    return [r[0] for r in rows]


_UNILEVER = (
    "LONDON, March 14 (Reuters) - Unilever (ULVR.L) said on Tuesday it would "
    "cut 7,500 jobs, sending its shares up 3% in early trading."
)
_IBM = (
    "International Business Machines Corp (NYSE: IBM) said on Thursday it "
    "would buy HashiCorp Inc (HCP.O) for $6.4 billion."
)
_TELEKOM = (
    "Deutsche Telekom (DTEGn.DE) said on Thursday core profit would rise, "
    "while Nvidia Corp (NASDAQ:NVDA) and HSBC (0005.HK) fell."
)
_JOCKEY = (
    "The Hong Kong Jockey Club said on Thursday it would donate HK$1 billion "
    "to the city's hospitals, and the bank pledged US$50 million more."
)
_NYSE = (
    "The NYSE said on Monday it would halt trading in the shares. The "
    "Libyan National Army (LNA) said its forces had taken the airport."
)

# A ticker in brackets and a currency's letters are codes, not actors
# (`actors/market.py`); the company before the bracket is found as ever, and
# an exchange or an acronym outside such a bracket still is.
MARKET_MARKS: list[Row] = [
    ("ticker-company", _UNILEVER, "Unilever", 0, "organization", None),
    ("ticker-ric", _UNILEVER, "ULVR", 0, None, None),
    ("ticker-ric-suffix", _UNILEVER, "L)", 0, None, None),
    (
        "ticker-exchange-company",
        _IBM,
        "International Business Machines Corp",
        0,
        "organization",
        None,
    ),
    ("ticker-exchange", _IBM, "NYSE", 0, None, None),
    ("ticker-exchange-symbol", _IBM, "IBM", 0, None, None),
    ("ticker-nasdaq-symbol", _IBM, "HCP", 0, None, None),
    ("ticker-share-class", _TELEKOM, "DTEGn", 0, None, None),
    ("ticker-share-class-suffix", _TELEKOM, "DE", 0, None, None),
    ("ticker-no-space", _TELEKOM, "NASDAQ", 0, None, None),
    ("ticker-no-space-symbol", _TELEKOM, "NVDA", 0, None, None),
    ("ticker-digits", _TELEKOM, "HK", 0, None, None),
    ("ticker-company-after", _TELEKOM, "HSBC", 0, "organization", None),
    ("currency-hk", _JOCKEY, "HK", 0, None, None),
    ("currency-us", _JOCKEY, "US", 0, None, None),
    ("exchange-in-text", _NYSE, "NYSE", 0, "organization", None),
    ("acronym-bracket-kept", _NYSE, "LNA", 0, "organization", None),
]


@pytest.mark.parametrize("row", MARKET_MARKS, ids=_ids(MARKET_MARKS))
def test_market_marks(row: Row) -> None:
    _check(row)


_CLUBS = (
    "The Hong Kong Jockey Club said on Thursday it would fund the hospital. "
    "The Paris Club of creditor nations agreed to restructure Zambia's debt. "
    "Members of the National Press Club heard the senator speak, and the "
    "Royal Automobile Club said fuel prices had risen again."
)
_CLUB_MATCH = (
    "Club Brugge beat Anderlecht 2-0 on Sunday. Barcelona will play in the "
    "Club World Cup next year."
)

# A name closed by "Club" is an organisation, never a person read from a
# given name or a surname before it ("Hong Kong Jockey Club", "Royal
# Automobile Club").
CLUBS: list[Row] = [
    (
        "club-jockey",
        _CLUBS,
        "Hong Kong Jockey Club",
        0,
        "organization",
        "Hong Kong Jockey Club",
    ),
    ("club-paris", _CLUBS, "Paris Club", 0, "organization", None),
    ("club-press", _CLUBS, "National Press Club", 0, "organization", None),
    ("club-royal", _CLUBS, "Royal Automobile Club", 0, "organization", None),
    ("club-opening", _CLUB_MATCH, "Club Brugge", 0, "organization", None),
    ("club-competition", _CLUB_MATCH, "Club World Cup", 0, None, None),
    ("club-competition-word", _CLUB_MATCH, "Club", 1, None, None),
]


@pytest.mark.parametrize("row", CLUBS, ids=_ids(CLUBS))
def test_clubs(row: Row) -> None:
    _check(row)


_BOKO = (
    "GABORONE, March 14 (AP) - Botswana's President Duma Boko on Thursday "
    "named a new finance minister. The State Duma in Moscow voted on Friday, "
    "and Duma Speaker Vyacheslav Volodin said the vote was fair. The Duma "
    "Committee met later. Presidential Guard commander Ali Musa said the "
    "palace was calm."
)

# After a title, a keyword word that one capitalised name follows is that
# person's given name ("President Duma Boko"); the keyword still closes or
# opens a body's name ("State Duma", "Duma Committee", "Presidential Guard").
GIVEN_KEYWORDS: list[Row] = [
    ("keyword-given-name", _BOKO, "Duma Boko", 0, "person", "Duma Boko"),
    ("keyword-closes", _BOKO, "State Duma", 0, "organization", None),
    ("keyword-before-title", _BOKO, "Duma", 2, "organization", None),
    ("keyword-opens", _BOKO, "Duma Committee", 0, "organization", None),
    ("keyword-title-org", _BOKO, "Presidential Guard", 0, "organization", None),
    ("keyword-person-after", _BOKO, "Ali Musa", 0, "person", None),
]


@pytest.mark.parametrize("row", GIVEN_KEYWORDS, ids=_ids(GIVEN_KEYWORDS))
def test_keyword_given_names(row: Row) -> None:
    _check(row)


_OFFICES = (
    "LOS ANGELES, March 14 (AP) - A jury found the actor guilty, the Los "
    "Angeles County District Attorney's Office said. Prosecutors from the "
    "U.S. Attorney's Office in Manhattan filed charges. Ukraine's Prosecutor "
    "General's Office opened a case. Attorney General Merrick Garland's "
    "office declined to comment, and the Attorney General's report was late. "
    "The Church of Scientology said the trial was unfair, and the Church of "
    "England said it would pray. He went to church on Sunday."
)

# An office named after the officer who heads it keeps the possessive in its
# name; "Church of ..." opens a church's name. An officer's possessive before
# a lower-case word is no body, and "church" in lower case is none.
OFFICES: list[Row] = [
    (
        "office-district-attorney",
        _OFFICES,
        "Los Angeles County District Attorney's Office",
        0,
        "organization",
        None,
    ),
    ("office-us-attorney", _OFFICES, "U.S. Attorney's Office", 0, "organization", None),
    (
        "office-prosecutor-general",
        _OFFICES,
        "Prosecutor General's Office",
        0,
        "organization",
        None,
    ),
    ("office-officer-name", _OFFICES, "Merrick Garland", 0, "person", None),
    ("office-officer-report", _OFFICES, "Attorney General's", 0, None, None),
    ("church-of", _OFFICES, "Church of Scientology", 0, "organization", None),
    ("church-of-place", _OFFICES, "Church of England", 0, "organization", None),
    ("church-lower", _OFFICES, "church", 0, None, None),
]


@pytest.mark.parametrize("row", OFFICES, ids=_ids(OFFICES))
def test_offices_and_churches(row: Row) -> None:
    _check(row)


_OFFICERS = (
    "PHOENIX, June 19 (AP) - The Maricopa County Sheriff's Office said two "
    "deputies were hurt. The Cook County Medical Examiner's Office named the "
    "victim, and the Prime Minister's Office in London said the visit was off. "
    "The Governor's Office declined to comment. The sheriff's deputies "
    "searched the house, and Sheriff Paul Penzone spoke to reporters."
)

# The offices named after a sheriff, a medical examiner, a prime minister or a
# governor keep the possessive in their names as a district attorney's does;
# the officer's possessive before a lower-case word names no body, and the
# officer himself is still found.
OFFICERS: list[Row] = [
    (
        "office-sheriff",
        _OFFICERS,
        "Maricopa County Sheriff's Office",
        0,
        "organization",
        None,
    ),
    (
        "office-medical-examiner",
        _OFFICERS,
        "Cook County Medical Examiner's Office",
        0,
        "organization",
        None,
    ),
    (
        "office-prime-minister",
        _OFFICERS,
        "Prime Minister's Office",
        0,
        "organization",
        None,
    ),
    ("office-governor", _OFFICERS, "Governor's Office", 0, "organization", None),
    ("office-officer-lower", _OFFICERS, "sheriff's deputies", 0, None, None),
    ("office-officer-person", _OFFICERS, "Paul Penzone", 0, "person", None),
]


@pytest.mark.parametrize("row", OFFICERS, ids=_ids(OFFICERS))
def test_offices_of_officers(row: Row) -> None:
    _check(row)


_LEGAL = (
    "PARIS, March 14 (Reuters) - Antoine Arnault will join the board of "
    "Christian Dior SE, the company said. Carrefour SAS and Kone Oy signed a "
    "deal, and Blackstone LP bought a stake in Toyota Motor KK. He bought an "
    "LP of jazz records in the SE corner of the market."
)

# A company's legal form closes its name ("Christian Dior SE" was a person);
# a legal form alone names nothing, not even the company named before with it.
LEGAL_FORMS: list[Row] = [
    ("legal-se", _LEGAL, "Christian Dior SE", 0, "organization", None),
    ("legal-sas", _LEGAL, "Carrefour SAS", 0, "organization", None),
    ("legal-oy", _LEGAL, "Kone Oy", 0, "organization", None),
    ("legal-lp", _LEGAL, "Blackstone LP", 0, "organization", None),
    ("legal-kk", _LEGAL, "Toyota Motor KK", 0, "organization", None),
    ("legal-person-before", _LEGAL, "Antoine Arnault", 0, "person", None),
    ("legal-alone-lp", _LEGAL, "LP", 1, None, None),
    ("legal-alone-se", _LEGAL, "SE", 1, None, None),
]


@pytest.mark.parametrize("row", LEGAL_FORMS, ids=_ids(LEGAL_FORMS))
def test_legal_forms(row: Row) -> None:
    _check(row)


_GAUFF = (
    "MIAMI, March 14 (AP) - Coco Gauff, the top American woman, lost to Elena "
    "Rybakina on Thursday. Vantorix Holdings, the firm that employs 400 men "
    "and women in the city, said it would sponsor the event."
)

# An apposition headed by a noun of a person ("the top American woman") shows
# the name before it to be a person's; a firm's apposition does not.
PERSON_HEADS: list[Row] = [
    ("person-head-woman", _GAUFF, "Coco Gauff", 0, "person", None),
    ("person-head-firm", _GAUFF, "Vantorix Holdings", 0, "organization", None),
]


@pytest.mark.parametrize("row", PERSON_HEADS, ids=_ids(PERSON_HEADS))
def test_person_heads(row: Row) -> None:
    _check(row)


_UKMTO = (
    "DUBAI, March 14 (Reuters) - The UK Maritime Trade Operations agency "
    "(UKMTO) said a vessel reported an explosion nearby. UKMTO said the crew "
    "was safe. The U.N. Development Programme (UNDP) said aid was delayed, "
    "and the UNDP office in Aden closed."
)

# An acronym in brackets after a lower-case type noun ("agency") is the name
# before it; a short acronym inside the name gives all its letters ("UK":
# U, K), and the name's own first word its country.
ACRONYMS: list[Row] = [
    (
        "acronym-after-type",
        _UKMTO,
        "UK Maritime Trade Operations",
        0,
        "organization",
        "UK Maritime Trade Operations",
    ),
    (
        "acronym-after-type-bracket",
        _UKMTO,
        "UKMTO",
        0,
        "organization",
        "UK Maritime Trade Operations",
    ),
    (
        "acronym-after-type-later",
        _UKMTO,
        "UKMTO",
        1,
        "organization",
        "UK Maritime Trade Operations",
    ),
    (
        "acronym-inner-letters",
        _UKMTO,
        "UNDP",
        1,
        "organization",
        # the known body, whose "Program" the text spells "Programme"
        "UN Development Program",
    ),
]


@pytest.mark.parametrize("row", ACRONYMS, ids=_ids(ACRONYMS))
def test_acronyms(row: Row) -> None:
    _check(row)


def test_acronym_name_country() -> None:
    """The country of "UK Maritime Trade Operations" is its own first
    word's, not Togo's, whose Maritime region the places stage may read."""
    article = newsfacts.parse_article(_UKMTO, published=_PUBLISHED)
    found = [a for a in article.actors if a.name == "UK Maritime Trade Operations"]
    assert [a.country for a in found] == ["GB"]


_STAFF = (
    "SEOUL, March 14 (Reuters) - South Korea's Joint Chiefs of Staff said the "
    "missile flew 600 km. Russia's General Staff said its forces were on "
    "alert. White House Chief of Staff Jeff Zients said the president was "
    "briefed, and Staff Sergeant Ann Lee was hurt. The staff left early."
)

# "Staff" closes the name of the body that commands a country's forces, and
# "Chiefs" heads one before "of"; "Chief of Staff" and "Staff Sergeant" stay
# titles, and lower-case "staff" is none.
STAFF: list[Row] = [
    ("staff-joint-chiefs", _STAFF, "Joint Chiefs of Staff", 0, "organization", None),
    ("staff-general", _STAFF, "General Staff", 0, "organization", None),
    ("staff-title", _STAFF, "Jeff Zients", 0, "person", None),
    ("staff-rank", _STAFF, "Ann Lee", 0, "person", None),
    ("staff-lower", _STAFF, "staff", 0, None, None),
]


@pytest.mark.parametrize("row", STAFF, ids=_ids(STAFF))
def test_staff(row: Row) -> None:
    _check(row)


# Utilities and port operators named for the region they serve close their
# name with "Water", "Power" or "Ports"; the lower-case words name nothing.
_UTILITIES = (
    "Thames Water said on Tuesday that bills would rise. Scottish Power and "
    "Korea Electric Power cut prices, and Dubai Ports bought a terminal. "
    "Water levels and power cuts worried residents."
)
UTILITIES: list[Row] = [
    ("utility-water", _UTILITIES, "Thames Water", 0, "organization", None),
    ("utility-power", _UTILITIES, "Scottish Power", 0, "organization", None),
    (
        "utility-electric-power",
        _UTILITIES,
        "Korea Electric Power",
        0,
        "organization",
        None,
    ),
    ("utility-ports", _UTILITIES, "Dubai Ports", 0, "organization", None),
    ("utility-lower-water", _UTILITIES, "Water", 1, None, None),
    ("utility-lower-power", _UTILITIES, "power", 0, None, None),
]


@pytest.mark.parametrize("row", UTILITIES, ids=_ids(UTILITIES))
def test_utilities(row: Row) -> None:
    _check(row)


def _exchanges() -> list[str]:
    from newsfacts.actors.lexicon import exchanges

    return sorted(exchanges())


@pytest.mark.parametrize("exchange", _exchanges())
def test_every_exchange_ticker_is_skipped(exchange: str) -> None:
    """Generated from `exchanges.txt`: each exchange before a colon and a
    symbol in brackets marks the bracket's words, in upper and in title
    case; the same letters in a bracket with no colon are left alone."""
    from newsfacts.actors.market import market_words

    for name in (exchange.upper(), exchange.title()):
        text = f"Acme Corp ({name}: ACME) said. Acme ({name}) said."
        tokens = [(m.start(), m.group()) for m in re.finditer(r"\w+|[^\w\s]", text)]
        marked = market_words(text, [start for start, _ in tokens])
        assert [tokens[k][1] for k in marked] == [name, ":", "ACME"]


def _country_of(text: str, name: str) -> str | None:
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    found = [a for a in article.actors if a.name == name]
    assert found, name
    return found[0].country


# (id, text, person, country or None): the country a person gets where the
# text gives none of its own beside the name.
CountryRow = tuple[str, str, str, str | None]

_SBF = (
    "NEW YORK, March 14 (Reuters) - A federal judge on Thursday sentenced "
    "Sam Bankman-Fried to 25 years in prison for defrauding customers of the "
    "U.S. cryptocurrency exchange."
)
_PELTZ_AP = (
    "GABORONE, March 14 (AP) - Opposition leader Mpho Kgosana said on "
    "Thursday that Botswana's diamond revenue had fallen by half."
)
_WELLS = (
    "INDIAN WELLS, California, March 14 (AP) - Carlos Alcaraz beat Jannik "
    "Sinner 6-4, 6-3 on Thursday. Tommy Paul lost to Daniil Medvedev."
)
_WELLS_SPORTS = (
    "INDIAN WELLS, California, March 14 (AP) - Carlos Alcaraz beat Jannik "
    "Sinner 6-4, 6-3 on Thursday to reach the final. Tommy Paul lost to "
    "Daniil Medvedev 6-2, 6-1 in the other semifinal."
)
_OPEN = (
    "MELBOURNE, Jan 28 (Reuters) - Jannik Sinner won the Australian Open on "
    "Sunday, beating Daniil Medvedev 3-6, 3-6, 6-4, 6-4, 6-3 in the final. "
    "The 22-year-old Italian became the first man from his country to win "
    "the title. In the women's final, Aryna Sabalenka of Belarus beat "
    "China's Zheng Qinwen 6-3, 6-2. Australian Alex de Minaur lost in the "
    "fourth round to Andrey Rublev."
)
_SALAH = (
    "LONDON, March 14 (Reuters) - Mohamed Salah scored twice as Liverpool "
    "beat Brentford 3-1 on Sunday. The Egypt forward has now scored "
    "20 league goals this season, one more than in the 2-0 win last week."
)
_LEADER = (
    "ABUJA, March 14 (Reuters) - Kashim Adamu arrived in Accra on Thursday "
    "for talks on the border. The Nigerian leader said trade would grow."
)
_GOVERNMENT = (
    "Jannik Sinner beat Daniil Medvedev 6-3, 6-4 on Sunday. The Italian "
    "government congratulated him. Medvedev beat Alexander Zverev 6-1, 6-2 "
    "in the semifinal."
)
_ALREADY = (
    "Aryna Sabalenka of Belarus beat Maria Koleva 6-3, 6-2 on Sunday. The "
    "Belarusian will face Coco Vandeweghe, who beat Anna Kalinina 6-1, 6-4."
)

_BUDGET = (
    "LONDON, March 26 (Reuters) - Finance minister Rachel Reeves cut welfare "
    "spending on Wednesday. The budget office halved its growth forecast, "
    "said its chairman Tom Jenkins. Reeves said defence spending would rise "
    "to help Ukraine. Ukraine has asked its allies for more air defence. "
    "Ukraine's president thanked Britain. Officials from Ukraine and Poland "
    "will visit next week."
)
_BUREAU = (
    "BEIRUT, March 26 (Reuters) - Syrian rebels seized a town near Aleppo on "
    "Wednesday, a war monitor said. Syria's army said it had sent "
    "reinforcements. Syria has been at war since 2011, and more than a "
    "million Syrians fled to Lebanon. The Syrian government did not comment. "
    "Residents of Syria's north said they feared air strikes. Ahmed Saleh, a "
    "resident, said his family had fled."
)

_GENEVA = (
    "GENEVA, March 14 (Reuters) - A cholera outbreak has killed more than 300 "
    "people, the World Health Organization said on Thursday. Sudan's army "
    "blamed the fighting. Sudan's health ministry said hospitals were full. "
    "Amna Hamid Idris, a doctor, said the wards had run out of beds."
)

_SUBJECT = (
    "Jannik Sinner won the title on Sunday. The Italian will face Daniil "
    "Medvedev in the next round of the event."
)

COUNTRIES: list[CountryRow] = [
    # the dateline's country weighs more than others in the article's
    # count, but does not outweigh the country a bureau's story is about
    ("home-dateline", _BUDGET, "Tom Jenkins", "GB"),
    ("home-bureau", _BUREAU, "Ahmed Saleh", "SY"),
    # a dateline the body never names again is where a body met, no more
    ("home-dateline-alone", _GENEVA, "Amna Hamid Idris", "SD"),
    # the agency of the dateline filed the story: its country is no one's
    ("agency-reuters", _SBF, "Sam Bankman-Fried", "US"),
    ("agency-ap", _PELTZ_AP, "Mpho Kgosana", "BW"),
    # a demonym inside a dateline's place name is no nationality
    ("dateline-place-demonym", _WELLS, "Tommy Paul", "US"),
    # a sports page: a player takes only the country the text gives the player
    ("sports-own-country", _OPEN, "Aryna Sabalenka", "BY"),
    ("sports-own-possessive", _OPEN, "Zheng Qinwen", "CN"),
    ("sports-no-opponent-country", _OPEN, "Andrey Rublev", None),
    ("sports-no-venue-country", _WELLS_SPORTS, "Tommy Paul", None),
    # the next sentence's description gives its nationality
    ("description-age", _OPEN, "Jannik Sinner", "IT"),
    ("description-country-role", _SALAH, "Mohamed Salah", "EG"),
    ("description-leader", _LEADER, "Kashim Adamu", "NG"),
    ("description-not-a-body", _GOVERNMENT, "Jannik Sinner", None),
    ("description-said-before", _ALREADY, "Maria Koleva", None),
    # the description is its sentence's subject: no other person's country
    ("description-subject", _SUBJECT, "Jannik Sinner", "IT"),
    ("description-not-the-object", _SUBJECT, "Daniil Medvedev", None),
]


@pytest.mark.parametrize("row", COUNTRIES, ids=[r[0] for r in COUNTRIES])
def test_person_countries(row: CountryRow) -> None:
    _, text, name, country = row
    assert _country_of(text, name) == country


# An organisation named "<head> of <remit>" takes its head's sector ("a
# department", whatever its remit's words name), and the country of the place
# it is "of" when the name alone gives none and the place lies in one country.
SCOPED: list[tuple[str, str, str | None, str | None]] = [
    (
        "A spokeswoman for the Arizona Department of Forestry and Fire "
        "Management said no homes burned.",
        "Arizona Department of Forestry and Fire Management",
        "US",
        "USAGOV",
    ),
    ("The University of Michigan said it would appeal.", "University of Michigan",
     "US", "USAEDU"),
    ("The Church of England said it would pray.", "Church of England", "GB", "GBRREL"),
    ("The University of Nairobi closed on Monday.", "University of Nairobi", "KE",
     "KENEDU"),
    # no place after "of": no country from it
    ("The Ministry of Health said 40 people died.", "Ministry of Health", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "country", "code"), SCOPED)
def test_scope_and_head_of_an_organisation(
    text: str, name: str, country: str | None, code: str | None
) -> None:
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    found = [a for a in article.actors if a.name == name]
    assert found, [a.name for a in article.actors]
    assert found[0].country == country
    assert found[0].code == code


# A spokesman or a lawyer "for" a name is that name's, as "of" makes a member
# of a body: the person's or body's country, and the body's sector for its
# spokesman; "for" after other role nouns says nothing of whose they are.
SPEAKERS: list[tuple[str, str, str | None, str | None]] = [
    (
        "Hungary did not block the package, a spokesman for Prime Minister "
        "Viktor Orban said.",
        "spokesman",
        "HU",
        "HUNGOV",
    ),
    ("A spokesman for the Libyan National Army said the port was taken.",
     "spokesman", "LY", "LBYMIL"),
    ("A spokeswoman for Toyota Motor Corp said output fell.", "spokeswoman",
     "JP", "JPNBUS"),
    ("Troops for Ukraine were trained in Britain.", "Troops", None, "---MIL"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "country", "code"), SPEAKERS)
def test_spokesman_for_a_name(
    text: str, name: str, country: str | None, code: str | None
) -> None:
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    found = [a for a in article.actors if a.name == name]
    assert found, [a.name for a in article.actors]
    assert (found[0].country, found[0].code) == (country, code)


_AIRLINES = (
    "DUBAI, March 14 (Reuters) - The measures target Iran Air, Mahan Air and "
    "three officials, and Korean Air said it would buy 20 jets. The Indian Air "
    "Force said a jet crashed. Congress passed the Clean Air Act in 1970, and "
    "officials said the air in Tehran was clean."
)

# "Air" closes an airline's name as "Airlines" and "Airways" do; the air force
# and an act's name keep their own last word, and the lower-case noun is none.
AIRLINES: list[Row] = [
    ("air-country", _AIRLINES, "Iran Air", 0, "organization", "Iran Air"),
    ("air-town", _AIRLINES, "Mahan Air", 0, "organization", "Mahan Air"),
    ("air-demonym", _AIRLINES, "Korean Air", 0, "organization", "Korean Air"),
    ("air-force", _AIRLINES, "Air Force", 0, "organization", None),
    ("air-act", _AIRLINES, "Clean Air", 0, None, None),
    ("air-lower", _AIRLINES, "air", 0, None, None),
]


@pytest.mark.parametrize("row", AIRLINES, ids=_ids(AIRLINES))
def test_airlines_named_with_air(row: Row) -> None:
    _check(row)


# "the country's" and "the nation's" stand for the country named last before
# them: the group after them is that country's.
THE_COUNTRYS: list[tuple[str, str, str | None]] = [
    ("Sudan's army has killed 200 people, the country's foreign ministry says.",
     "foreign ministry", "SD"),
    ("Floods hit Pakistan on Monday. The country's president said aid was coming.",
     "president", "PK"),
    # no country named before: none
    ("The nation's army was deployed.", "army", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "country"), THE_COUNTRYS)
def test_the_countrys_group(text: str, name: str, country: str | None) -> None:
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    found = [a for a in article.actors if a.name == name]
    assert found, [a.name for a in article.actors]
    assert found[0].country == country
