"""Actors through the whole pipeline on newswire phrasings.

Unlike test_actors and test_actors_news, these cases run `parse_article`, so the
places stage's own readings take part: a span it reads as a place ("Lake
Shore", "France", "Milan") must still become the actor the sentence names, and
stay a place where the sentence makes it one. Each row names the occurrence of
a surface in the text (0 = first) and the kind of actor that must have exactly
that span; the tables of what must NOT change name a span that must stay a
place (a location mention, no person or organisation). New cases go in the
table of their family.
"""

from __future__ import annotations

import datetime

import pytest

import newsfacts
from newsfacts._data import iter_rows
from newsfacts.records import Article

from .support import nth_span

_PUBLISHED = datetime.date(2020, 10, 14)

# (id, text, surface, occurrence, actor kind)
Row = tuple[str, str, str, int, str]
# (id, text, surface, occurrence)
PlaceRow = tuple[str, str, str, int]


def _parse(text: str) -> Article:
    return newsfacts.parse_article(text, published=_PUBLISHED)


def _actor_kind(article: Article, span: tuple[int, int]) -> str | None:
    for a in article.actors:
        if any((m.start, m.end) == span for m in a.mentions):
            return a.kind.value
    return None


def _is_place(article: Article, span: tuple[int, int]) -> bool:
    return any(
        (m.start, m.end) == span for loc in article.locations for m in loc.mentions
    )


# Once a company is named in full, its leading words later on are that company,
# even where the places stage reads them as a place.
SHORT_FORMS: list[Row] = [
    (
        "legal-form-place-claimed-then-shares",
        "Lake Shore Gold Corp said output rose. Lake Shore shares jumped.",
        "Lake Shore",
        1,
        "organization",
    ),
    (
        "legal-form-place-claimed-then-said",
        "Lake Shore Gold Corp said output rose. Lake Shore said it would expand "
        "the mine.",
        "Lake Shore",
        1,
        "organization",
    ),
    (
        "legal-form-place-claimed-then-possessive",
        "Lake Shore Gold Corp said output rose. Lake Shore's output rose 5 percent "
        "in the quarter.",
        "Lake Shore",
        1,
        "organization",
    ),
    (
        "town-word-then-said",
        "Phoenix Mining Corp said it would cut 200 jobs. Phoenix said the cuts "
        "would save $10 million.",
        "Phoenix",
        1,
        "organization",
    ),
    (
        "town-word-then-shares",
        "Phoenix Mining Corp said it would cut 200 jobs. Phoenix shares fell 3 "
        "percent.",
        "Phoenix",
        1,
        "organization",
    ),
]

SHORT_FORMS_PLACES: list[PlaceRow] = [
    (
        "town-word-before-police",
        "Phoenix Mining Corp said it would cut 200 jobs. Phoenix police said two "
        "men were arrested.",
        "Phoenix",
        1,
    ),
    (
        "town-word-after-of",
        "Phoenix Mining Corp said it would cut 200 jobs at its mine north of Phoenix.",
        "Phoenix",
        1,
    ),
    (
        "form-after-near",
        "Lake Shore Gold Corp said output rose at its mine near Lake Shore.",
        "Lake Shore",
        1,
    ),
    (
        "town-word-after-in",
        "Phoenix Mining Corp said on Monday that protesters gathered in Phoenix.",
        "Phoenix",
        1,
    ),
]


# A capitalised word right before a country's name makes one organisation of
# the two; two names joined by "and" are two actors.
COUNTRY_NAMES: list[Row] = [
    (
        "and-after-legal-form",
        "Lufthansa AG and Air France cut flights.",
        "Air France",
        0,
        "organization",
    ),
    (
        "and-first-of-two",
        "Lufthansa AG and Air France cut flights.",
        "Lufthansa AG",
        0,
        "organization",
    ),
    (
        "sentence-start-said",
        "Air India said it would resume flights to London next week.",
        "Air India",
        0,
        "organization",
    ),
    (
        "broadcaster",
        "Radio France reported that the strike had spread to the regions.",
        "Radio France",
        0,
        "organization",
    ),
    (
        "before-plural-noun",
        "Air Canada pilots went on strike on Monday.",
        "Air Canada",
        0,
        "organization",
    ),
    (
        "after-preposition",
        "Hundreds of passengers on Air France were stranded in Paris.",
        "Air France",
        0,
        "organization",
    ),
    (
        "first-of-two-joined-by-and",
        "It will be co-owned by Naftogaz Ukraine and RosUkrEnergo.",
        "Naftogaz Ukraine",
        0,
        "organization",
    ),
    (
        "agency",
        "Environment Canada warned of heavy snow in Toronto.",
        "Environment Canada",
        0,
        "organization",
    ),
]

# The country stays a place: a title, a direction or part, a modifier of the
# country, a sentence opener, a possessive before it.
COUNTRY_NAMES_PLACES: list[PlaceRow] = [
    ("direction-is-part", "North Korea fired a missile on Tuesday.", "North Korea", 0),
    ("new-is-part", "New Mexico declared a state of emergency.", "New Mexico", 0),
    ("central-is-part", "Central Africa faces a hunger crisis.", "Central Africa", 0),
    ("country-said", "France said on Monday it would send aid.", "France", 0),
    ("regime", "The film is set in Nazi Germany.", "Germany", 0),
    ("participle-opener", "Visiting Germany, the minister met Merkel.", "Germany", 0),
    (
        "hyphenated-adjective-opener",
        "Oil-rich Nigeria has been hobbled by instability.",
        "Nigeria",
        0,
    ),
    ("sports-apposition", "Hosts France beat Italy 2-1 on Saturday.", "France", 0),
    ("possessive-before", "Under Putin's Russia, dissent is crushed.", "Russia", 0),
]


# In a sentence about a match, a place with another capitalised word beside
# it is a club.
CLUBS: list[Row] = [
    ("score", "Inter Milan won 2-1.", "Inter Milan", 0, "organization"),
    (
        "after-another-company",
        "Goldman Sachs raised its forecast. Inter Milan won 2-1.",
        "Inter Milan",
        0,
        "organization",
    ),
    (
        "beat",
        "Inter Milan beat Juventus 2-1 on Sunday to go top of Serie A.",
        "Inter Milan",
        0,
        "organization",
    ),
    (
        "drew-two-clubs",
        "Real Madrid drew 1-1 with Atletico Madrid at the Bernabeu.",
        "Atletico Madrid",
        0,
        "organization",
    ),
    (
        "two-places",
        "Bayern Munich beat Borussia Dortmund 3-0 on Saturday.",
        "Bayern Munich",
        0,
        "organization",
    ),
    (
        "town-then-tail",
        "Manchester United lost 2-0 to Newcastle United on Sunday.",
        "Newcastle United",
        0,
        "organization",
    ),
    (
        "acronym-then-town",
        "AC Milan coach Stefano Pioli said the team was tired.",
        "AC Milan",
        0,
        "organization",
    ),
    (
        "role-before",
        "The striker left Inter Milan for a record fee.",
        "Inter Milan",
        0,
        "organization",
    ),
    (
        "three-words",
        "Red Star Belgrade beat Partizan 1-0 in the derby.",
        "Red Star Belgrade",
        0,
        "organization",
    ),
    (
        "short-form-later",
        "Inter Milan beat Juventus 2-1 on Sunday. Inter have now won five in a row.",
        "Inter",
        1,
        "organization",
    ),
]

CLUB_PLACES: list[PlaceRow] = [
    (
        "in-town-before-weekday",
        "Thousands protested in Milan on Monday after Inter won 2-1.",
        "Milan",
        0,
    ),
    ("after-in", "Inter won 2-1 in Milan on Sunday.", "Milan", 0),
    (
        "town-of-a-club-later",
        "Manchester United lost 2-0 at home. Manchester was quiet on Sunday.",
        "Manchester",
        1,
    ),
    (
        "one-place-of-two-words",
        "Mexico City won the right to host the final.",
        "Mexico City",
        0,
    ),
    (
        "no-match",
        "Phoenix police said two men were arrested on Monday.",
        "Phoenix",
        0,
    ),
]

# In a sentence about a match, what is not a club.
NOT_CLUBS: list[tuple[str, str, str]] = [
    ("player-given-name", "Milan Baros scored twice as Lyon won 3-1.", "Milan Baros"),
    (
        "landmark",
        "The Berlin Wall fell in 1989, the year the club won the cup.",
        "Berlin Wall",
    ),
    ("games", "He won gold at the Turin Olympics in 2006.", "Turin Olympics"),
    (
        "venue",
        "China won the final 3-1 at the Beijing Capital Gymnasium on Sunday.",
        "Beijing Capital Gymnasium",
    ),
    ("city-after-in", "Fans celebrated in Barcelona after the 2-1 win.", "Barcelona"),
    ("country-is-its-team's-place", "Brazil beat Argentina 2-1 in Rio.", "Brazil"),
    (
        "city-without-a-score",
        "Barcelona beat the deadline for the budget.",
        "Barcelona",
    ),
]


# A city alone beside a result verb, in a sentence with a score, is a club:
# an organisation, and a metonymic mention of the city that stands for it.
CITY_CLUBS: list[Row] = [
    (
        "city-before-result",
        "Barcelona beat Sevilla 2-1 on Sunday.",
        "Barcelona",
        0,
        "organization",
    ),
    (
        "city-after-result",
        "Chelsea beat Liverpool 3-1 on Sunday.",
        "Liverpool",
        0,
        "organization",
    ),
    (
        "city-after-lost-to",
        "Manchester City lost 2-0 to Leeds on Saturday.",
        "Leeds",
        0,
        "organization",
    ),
    (
        "city-drew-with",
        "Liverpool drew 1-1 with Everton on Saturday.",
        "Liverpool",
        0,
        "organization",
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "nth", "kind"),
    [pytest.param(*r[1:], id=r[0]) for r in CITY_CLUBS],
)
def test_a_club_named_by_its_city(text: str, surface: str, nth: int, kind: str) -> None:
    """The club is an organisation; the city's mention stands for it."""
    article = _parse(text)
    span = nth_span(text, surface, nth)
    assert _actor_kind(article, span) == kind, article.actors
    standing = [(m.start, m.end) for loc in article.locations for m in loc.metonymic]
    assert span in standing, article.locations


@pytest.mark.parametrize(
    ("text", "surface"), [pytest.param(*r[1:], id=r[0]) for r in NOT_CLUBS]
)
def test_not_clubs(text: str, surface: str) -> None:
    """No organisation has the span."""
    article = _parse(text)
    span = nth_span(text, surface, 0)
    assert _actor_kind(article, span) != "organization", article.actors


def _word_class(name: str) -> list[str]:
    return sorted(
        row[1] for row in iter_rows("actors/data/words.tsv") if row[0] == name
    )


@pytest.mark.parametrize("cue", _word_class("sports_cue"))
def test_each_sports_cue_makes_a_club(cue: str) -> None:
    """Every sports cue word is enough for a place and a word beside it to
    be a club."""
    text = f"Inter Milan {cue} on Sunday."
    assert _actor_kind(_parse(text), nth_span(text, "Inter Milan", 0)) == "organization"


@pytest.mark.parametrize("tail", _word_class("club_tail"))
def test_each_club_tail_closes_a_club(tail: str) -> None:
    """A club tail closes a club after its town in a sentence about a match,
    and the town alone after "in" stays a place."""
    text = f"Leeds {tail.capitalize()} beat Arsenal 2-1 in Leeds."
    article = _parse(text)
    assert _actor_kind(article, nth_span(text, f"Leeds {tail.capitalize()}", 0)) == (
        "organization"
    )
    assert _is_place(article, nth_span(text, "Leeds", 1))


def _not_before_country() -> list[pytest.param]:  # type: ignore[valid-type]
    """One case per word of the `not_before_country` class: the country after
    it is still found as a place."""
    words = _word_class("not_before_country")
    return [
        pytest.param(f"{w.capitalize()} Germany has changed, he said.", id=w)
        for w in words
    ]


@pytest.mark.parametrize("text", _not_before_country())
def test_country_modifiers_leave_the_country(text: str) -> None:
    """A word listed as leaving the country a country makes no organisation of it."""
    article = _parse(text)
    span = nth_span(text, "Germany", 0)
    assert _is_place(article, span), article.locations
    assert not any(
        a.kind.value == "organization" and any(m.end == span[1] for m in a.mentions)
        for a in article.actors
    ), article.actors


def test_no_country_actor_inside_an_airline() -> None:
    """ "Air France cut flights": no country actor France, the airline's country
    stays a place mention inside its name."""
    text = "Air France cut flights on Monday."
    article = _parse(text)
    assert not [a for a in article.actors if a.kind.value == "country"]
    assert _is_place(article, nth_span(text, "France", 0))


# Every table of actor spans, in the order above.
ACTOR_ROWS = SHORT_FORMS + COUNTRY_NAMES + CLUBS


def _ids(rows: list[Row]) -> list[pytest.param]:  # type: ignore[valid-type]
    return [pytest.param(*r[1:], id=r[0]) for r in rows]


@pytest.mark.parametrize(
    ("text", "surface", "nth", "kind"),
    _ids(ACTOR_ROWS),
)
def test_actor_spans(text: str, surface: str, nth: int, kind: str) -> None:
    """The span is a mention of an actor of this kind, and no place."""
    article = _parse(text)
    span = nth_span(text, surface, nth)
    assert _actor_kind(article, span) == kind, article.actors
    assert not _is_place(article, span), article.locations


@pytest.mark.parametrize(
    ("text", "surface", "nth"),
    [pytest.param(*r[1:], id=r[0]) for r in SHORT_FORMS_PLACES + COUNTRY_NAMES_PLACES],
)
def test_place_spans(text: str, surface: str, nth: int) -> None:
    """The span stays a place: a location mention, no person or organisation."""
    article = _parse(text)
    span = nth_span(text, surface, nth)
    assert _is_place(article, span), article.locations
    assert _actor_kind(article, span) not in ("person", "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Microsoft will invest $10 billion in OpenAI.", "OpenAI"),
        ("SpaceX launched a rocket on Monday.", "SpaceX"),
        ("TikTok said it would appeal the ruling.", "TikTok"),
        ("YouTube removed the video on Tuesday.", "YouTube"),
        ("Shares of PayPal fell 3 percent.", "PayPal"),
    ],
)
def test_a_word_joined_from_two_capitalised_parts_is_an_organisation(
    text: str, name: str
) -> None:
    kinds = {a.name: a.kind.value for a in newsfacts.parse_article(text).actors}
    assert kinds.get(name) == "organization", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("McDonald said he was tired after the match.", "McDonald"),
        ("Jimmy Carter visited Cuba. Carter said he was pleased.", "Jimmy Carter"),
    ],
)
def test_a_surname_is_no_company_named_with_a_possessive(text: str, name: str) -> None:
    """ "McDonald's Corp" is named by "McDonald's", not by the surname."""
    kinds = {a.name: a.kind.value for a in newsfacts.parse_article(text).actors}
    assert kinds.get(name) == "person", kinds


def test_the_possessive_form_names_the_company() -> None:
    actors = newsfacts.parse_article("Shares of McDonald's rose on Monday.").actors
    assert [a.kind.value for a in actors] == ["organization"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Highways England closed the road on Monday.", "Highways England"),
        ("Transport Scotland said trains would resume.", "Transport Scotland"),
        ("Natural Resources Wales said 40 flood alerts were in place.",
         "Natural Resources Wales"),
        ("Officials said Public Health England would review the data.",
         "Public Health England"),
        ("Statistics Canada said inflation slowed in March.", "Statistics Canada"),
    ],
)  # fmt: skip
def test_public_body_named_after_its_nation(text: str, name: str) -> None:
    """A body named by common words and a country or a nation of the United
    Kingdom is one organisation of that country ("Sport England")."""
    article = newsfacts.parse_article(text, published="2024-02-01")
    found = [a for a in article.actors if a.name == name]
    assert found, [(a.name, a.kind.value) for a in article.actors]
    assert found[0].kind.value == "organization"
    assert found[0].country in ("GB", "CA")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jimmy Wales said the site would stay free.", "Jimmy Wales"),
        ("Mark England scored twice for the club.", "Mark England"),
    ],
)
def test_a_person_named_like_a_nation_stays_a_person(text: str, name: str) -> None:
    article = newsfacts.parse_article(text, published="2024-02-01")
    assert [a.kind.value for a in article.actors if a.name == name] == ["person"]
