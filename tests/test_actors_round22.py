"""Round 22 of the actors stage: how far an organisation's name goes (a
state's body "of" its country, a direction inside an "of" phrase, "for the
<task> of ...", remit lists across commas, two bodies joined by "and the",
a company and its home after "of"), companies named like towns before a
noun of their stock ("Carrefour shares rose"), and the country of a body
named after a nationality and a noun of its kind ("Spanish lender
Santander").

Each row of an `ActorRow` table names a surface, its occurrence in the text
(0 = first), the kind of actor that must have exactly that span (None: no
person or organisation may have it) and, where it matters, the actor's
name. Every family holds rows where the rule must NOT apply."""

from __future__ import annotations

import datetime

import pytest

import newsfacts
from newsfacts._data import iter_rows
from newsfacts.actors import lexicon as lex

from .support import ActorRow, actor_at, check_actor_row, nth_span

_PUBLISHED = datetime.date(2024, 3, 5)


def _ids(rows: list[ActorRow]) -> list[str]:
    return [r[0] for r in rows]


def _article(text: str) -> newsfacts.Article:
    """The article of `text`, every actor mention at its exact offsets."""
    art = newsfacts.parse_article(text, published=_PUBLISHED)
    for a in art.actors:
        for m in a.mentions:
            assert text[m.start : m.end] == m.text
    return art


# --- 1. how far a name goes ------------------------------------------------

EXTENTS: list[ActorRow] = [
    # a state's body closed by a keyword, then "of" and its country
    (
        "forces-of-country",
        "The Armed Forces of the Philippines said five soldiers were killed.",
        "Armed Forces of the Philippines",
        0,
        "organization",
        None,
    ),
    (
        "administration-of-country",
        "The route awaits approval by the Civil Aviation Administration of China.",
        "Civil Aviation Administration of China",
        0,
        "organization",
        None,
    ),
    (
        "police-of-country",
        "The National Police of Colombia said the suspect was arrested in Cali.",
        "National Police of Colombia",
        0,
        "organization",
        None,
    ),
    (
        "ministry-of-remit-of-country",
        "Officials at the Ministry of Foreign Affairs of Ukraine said the talks "
        "would resume.",
        "Ministry of Foreign Affairs of Ukraine",
        0,
        "organization",
        None,
    ),
    (
        "court-of-appeal-of-country",
        "The Court of Appeal of Kenya upheld the ruling on Friday.",
        "Court of Appeal of Kenya",
        0,
        "organization",
        None,
    ),
    (
        "ministry-then-city",
        "The Ministry of Defence said in Kiev on Monday that it was ready.",
        "Ministry of Defence",
        0,
        "organization",
        None,
    ),
    (
        "forces-alone-stays",
        "The Armed Forces said on Monday that the drill had ended.",
        "Armed Forces",
        0,
        "organization",
        None,
    ),
    # a company's home after "of" is no part of its name
    (
        "company-home-legal",
        "Sony Corp of Japan said its profit rose 12 percent.",
        "Sony Corp",
        0,
        "organization",
        None,
    ),
    (
        "company-home-not-whole",
        "Sony Corp of Japan said its profit rose 12 percent.",
        "Sony Corp of Japan",
        0,
        None,
        None,
    ),
    (
        "company-home-known",
        "Toyota of Japan and General Motors of the United States formed a venture.",
        "Toyota",
        0,
        "organization",
        None,
    ),
    (
        "company-home-second",
        "Toyota of Japan and General Motors of the United States formed a venture.",
        "General Motors",
        0,
        "organization",
        None,
    ),
    (
        "company-home-city",
        "Intelogic Trace Inc of San Antonio said it had filed for bankruptcy.",
        "Intelogic Trace Inc",
        0,
        "organization",
        None,
    ),
    (
        "bank-of-keeps-of",
        "Bank of America said it would cut 2,000 jobs.",
        "Bank of America",
        0,
        "organization",
        None,
    ),
    # a direction inside an "of" phrase opens a people's name
    (
        "direction-in-of",
        "The Congress of South African Trade Unions called a general strike.",
        "Congress of South African Trade Unions",
        0,
        "organization",
        None,
    ),
    (
        "direction-place-after-company",
        "Samsung Electronics of South Korea said chip sales fell.",
        "Samsung Electronics",
        0,
        "organization",
        None,
    ),
    # "for the <task> of ..."
    (
        "for-the-protection-of",
        "The World Society for the Protection of Animals said the dolphins were "
        "kept in cages.",
        "World Society for the Protection of Animals",
        0,
        "organization",
        None,
    ),
    (
        "for-the-emancipation-of",
        "The Movement for the Emancipation of the Niger Delta attacked a pipeline.",
        "Movement for the Emancipation of the Niger Delta",
        0,
        "organization",
        None,
    ),
    (
        "on-the-status-of",
        "The Commission on the Status of Women opened its session on Monday.",
        "Commission on the Status of Women",
        0,
        "organization",
        None,
    ),
    # "and the" opens a second body
    (
        "and-the-second-university",
        "Students at Harvard University and the University of California "
        "protested on Friday.",
        "Harvard University",
        0,
        "organization",
        None,
    ),
    (
        "and-the-second-university-b",
        "Students at Harvard University and the University of California "
        "protested on Friday.",
        "University of California",
        0,
        "organization",
        None,
    ),
    (
        "and-the-army",
        "The Ministry of Defence and the Army said the exercise would go ahead.",
        "Ministry of Defence",
        0,
        "organization",
        None,
    ),
    (
        "and-inside-name-stays",
        "The Ministry of Industry and Information Technology issued new rules.",
        "Ministry of Industry and Information Technology",
        0,
        "organization",
        None,
    ),
    # a known name of two words or more after a capitalised adjective
    (
        "adjective-before-known",
        "In April 1975, Communist Khmer Rouge forces captured Phnom Penh.",
        "Khmer Rouge",
        0,
        "organization",
        None,
    ),
    (
        "adjective-not-in-name",
        "In April 1975, Communist Khmer Rouge forces captured Phnom Penh.",
        "Communist Khmer Rouge",
        0,
        None,
        None,
    ),
    (
        "given-name-keeps-person",
        "Police said John Lewis was arrested on Friday in Leeds.",
        "John Lewis",
        0,
        "person",
        None,
    ),
    # a party is a body of members: its nationality is part of its name
    (
        "party-keeps-nationality",
        "A spokesman for the Nepali Congress Party said the talks had failed.",
        "Nepali Congress Party",
        0,
        "organization",
        None,
    ),
    (
        "party-keeps-nationality-b",
        "The Serbian Radical Party won the most seats.",
        "Serbian Radical Party",
        0,
        "organization",
        None,
    ),
    (
        "ministry-nationality-is-country",
        "The Iraqi Interior Ministry said five police officers were killed.",
        "Interior Ministry",
        0,
        "organization",
        None,
    ),
    # remit lists across commas
    (
        "remits-after-of",
        "Japan's Ministry of Economy, Trade and Industry said exports rose.",
        "Ministry of Economy, Trade and Industry",
        0,
        "organization",
        None,
    ),
    (
        "remit-no-person",
        "Japan's Ministry of Economy, Trade and Industry said exports rose.",
        "Industry",
        0,
        None,
        None,
    ),
    (
        "remits-before-keyword",
        "Teikoku Oil said Japan's Economy, Trade and Industry Ministry informed "
        "the company on Thursday.",
        "Economy, Trade and Industry Ministry",
        0,
        "organization",
        None,
    ),
    (
        "remits-three",
        "Uganda's Ministry of Finance, Planning and Economic Development "
        "released the budget.",
        "Ministry of Finance, Planning and Economic Development",
        0,
        "organization",
        None,
    ),
    (
        "remits-not-bodies",
        "The Ministry of Defence, Army and Navy chiefs met on Monday.",
        "Ministry of Defence",
        0,
        "organization",
        None,
    ),
    (
        "remits-not-lower",
        "Officials from the Ministry of Health, police and army attended.",
        "Ministry of Health",
        0,
        "organization",
        None,
    ),
    (
        "remits-not-places",
        "In Tokyo, Trade and Industry Ministry officials said exports rose.",
        "Trade and Industry Ministry",
        0,
        "organization",
        None,
    ),
]


@pytest.mark.parametrize("row", EXTENTS, ids=_ids(EXTENTS))
def test_extents(row: ActorRow) -> None:
    check_actor_row(row, _PUBLISHED)


# --- 2. companies named like towns before a noun of their stock -------------

TRADED: list[ActorRow] = [
    (
        "town-before-shares",
        "Carrefour shares rose 3 percent in Paris on Monday after the retailer "
        "reported higher sales.",
        "Carrefour",
        0,
        "organization",
        None,
    ),
    (
        "shares-of-town",
        "Shares of Carrefour fell 2 percent after the results.",
        "Carrefour",
        0,
        "organization",
        None,
    ),
    (
        "stake-in-town",
        "The fund bought a 10 percent stake in Carrefour last year.",
        "Carrefour",
        0,
        "organization",
        None,
    ),
    (
        "town-stock",
        "Lincoln stock rose 4 percent after the insurer beat forecasts.",
        "Lincoln",
        0,
        "organization",
        None,
    ),
    # the market's city stays the market's place
    (
        "market-city-shares",
        "Paris shares fell 1 percent while London shares rose.",
        "Paris",
        0,
        None,
        None,
    ),
    (
        "market-city-shares-b",
        "Paris shares fell 1 percent while London shares rose.",
        "London",
        0,
        None,
        None,
    ),
    (
        "shares-in-market-city",
        "Shares in Frankfurt closed higher on Tuesday.",
        "Frankfurt",
        0,
        None,
        None,
    ),
    (
        "town-as-place",
        "Protesters in Carrefour blocked the main road on Monday.",
        "Carrefour",
        0,
        None,
        None,
    ),
    (
        "stake-in-town-future",
        "Pakistan and Iran have a stake in Kandahar's future, the envoy said.",
        "Kandahar",
        0,
        None,
        None,
    ),
    (
        "town-plant-is-site",
        "Toyota will close its Derby plant next year.",
        "Derby",
        0,
        None,
        None,
    ),
]


@pytest.mark.parametrize("row", TRADED, ids=_ids(TRADED))
def test_traded_towns(row: ActorRow) -> None:
    check_actor_row(row, _PUBLISHED)


def _market_examples() -> list[tuple[str, str]]:
    """(city as written, example) of each row of market_cities.tsv."""
    out = []
    for city, example in iter_rows("actors/data/market_cities.tsv"):
        assert city in lex.market_cities()
        start = example.lower().index(city)
        out.append((example[start : start + len(city)], example))
    return out


@pytest.mark.parametrize(("city", "example"), _market_examples())
def test_market_city_stays_market(city: str, example: str) -> None:
    """Every market city of the table before "shares" is no company, and the
    city is still found as a place where it plainly is one."""
    art = _article(example + " on Monday.")
    assert actor_at(art, nth_span(example, city, 0)) is None
    text = f"Police in {city} said five people were hurt."
    art = _article(text)
    span = nth_span(text, city, 0)
    assert actor_at(art, span) is None
    assert any(
        (m.start, m.end) == span for loc in art.locations for m in loc.mentions
    ), text


# --- 3. the country of a body named after a nationality and a noun of its kind


TYPED_COUNTRY = [
    ("Spanish lender Santander said it would cut 3,000 jobs.", "Santander", "ES"),
    ("Czech carmaker Skoda said its sales rose in May.", "Skoda", "CZ"),
    ("The French daily Liberation said its reporter was missing.", "Liberation", "FR"),
    ("Italian bank Intesa said its profit fell.", "Intesa", "IT"),
    ("French retailer Carrefour said sales rose 2 percent.", "Carrefour", "FR"),
    ("Iraqi militia Kataib Hezbollah denied the attack.", "Kataib Hezbollah", "IQ"),
]


@pytest.mark.parametrize(("text", "name", "country"), TYPED_COUNTRY)
def test_typed_country(text: str, name: str, country: str) -> None:
    art = _article(text)
    actor = next(a for a in art.actors if a.name == name)
    assert actor.kind.value == "organization"
    assert actor.country == country


def test_typed_country_needs_the_noun_next_to_the_name() -> None:
    """A nationality that qualifies other words gives the body no country of
    its own reading: "Spanish" here is the regulators'."""
    text = "Shares of Santander fell after Spanish regulators fined the lender."
    art = _article(text)
    actor = actor_at(art, nth_span(text, "Santander", 0))
    assert actor is not None and actor.kind.value == "organization"


def test_santander_stays_a_place() -> None:
    """The city is still found where it plainly is one."""
    text = "Protesters marched in Santander on Monday."
    art = _article(text)
    assert actor_at(art, nth_span(text, "Santander", 0)) is None
    assert any(m.text == "Santander" for loc in art.locations for m in loc.mentions)


def _state_suffix_keywords() -> list[str]:
    """Keywords that only close a name, of the bodies of a state (`org_keywords.tsv`)."""
    return sorted(
        word
        for word, kw in lex.org_keywords().items()
        if kw.suffix and not kw.prefix and not kw.legal and kw.sector in _STATE
    )


_STATE = ("GOV", "LEG", "MIL", "COP")


@pytest.mark.parametrize("word", _state_suffix_keywords())
def test_every_state_keyword_takes_its_country(word: str) -> None:
    """Generated from the keyword table: "the Federal <Keyword> of Nigeria" is
    one organisation of Nigeria; "<Keyword> of Nigeria" for a company's
    keyword would not be (see EXTENTS: "Sony Corp of Japan")."""
    name = f"Federal {word.capitalize()} of Nigeria"
    text = f"The {name} said on Monday that it would act."
    art = _article(text)
    actor = actor_at(art, nth_span(text, name, 0))
    assert actor is not None and actor.kind.value == "organization"
    assert actor.country == "NG"


# --- 4. companies of world news that read as places or other names -----------

KNOWN_COMPANIES: list[ActorRow] = [
    (
        "cathay-pacific",
        "Cathay Pacific said it would cut flights to Beijing.",
        "Cathay Pacific",
        0,
        "organization",
        "Cathay Pacific",
    ),
    (
        "swiss-re",
        "Swiss Re said it expected losses from the storm.",
        "Swiss Re",
        0,
        "organization",
        "Swiss Re",
    ),
    (
        "marks-and-spencer",
        "Marks and Spencer said sales fell 3 percent.",
        "Marks and Spencer",
        0,
        "organization",
        "Marks & Spencer",
    ),
    (
        "dubai-ports-world",
        "Dubai Ports World agreed to sell the terminals.",
        "Dubai Ports World",
        0,
        "organization",
        "DP World",
    ),
    (
        "pacific-stays-place",
        "A typhoon crossed the Pacific on Monday.",
        "Pacific",
        0,
        None,
        None,
    ),
    (
        "eastern-province-no-airline",
        "Floods hit China's eastern provinces on Monday.",
        "China's eastern",
        0,
        None,
        None,
    ),
]


@pytest.mark.parametrize("row", KNOWN_COMPANIES, ids=_ids(KNOWN_COMPANIES))
def test_known_companies(row: ActorRow) -> None:
    check_actor_row(row, _PUBLISHED)
