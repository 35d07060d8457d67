"""Actors through the whole pipeline on newswire phrasings: what the words
around a name say it is (a verb of speech, an apposition, a list, a plural
noun of a kind of body) and what its own shape says (an industry noun, a
legal form after a comma, a word joined from capitalised parts, a known
acronym). Same tables and checks as test_actors_newswire, whose helpers are
shared; new cases go in the table of their family.
"""

from __future__ import annotations

import pytest

from .support import nth_span as _span
from .test_actors_newswire import Row, _actor_kind, _ids, _parse

# A lone capitalised word opening a sentence before a verb of speech is a
# person, even where it ends in "s" like a plural noun, if the English lexicon
# knows it only as a name.
SPEAKERS: list[Row] = [
    (
        "surname-that-is-a-noun-after-role",
        "The CIA director arrived in Cairo. Burns said the talks went well.",
        "Burns",
        0,
        "person",
    ),
    (
        "told",
        "The minister arrived in Cairo. Marks told reporters the talks went well.",
        "Marks",
        0,
        "person",
    ),
    (
        "added",
        "The envoy arrived on Monday. Sands added that the talks went well.",
        "Sands",
        0,
        "person",
    ),
    (
        "surname-in-s",
        "The envoy arrived on Monday. Jones said the talks went well.",
        "Jones",
        0,
        "person",
    ),
    (
        "surname-in-ings",
        "The envoy arrived. Hastings told reporters the talks went well.",
        "Hastings",
        0,
        "person",
    ),
    (
        "role-apposition",
        "The envoy arrived. Burns, the CIA director, said the talks went well.",
        "Burns",
        0,
        "person",
    ),
    (
        "mid-sentence",
        "Officials said Burns would arrive in Cairo on Monday.",
        "Burns",
        0,
        "person",
    ),
]

# An industry noun closes a company's name ("Nordwind Oil", "Dow Chemical").
INDUSTRY: list[Row] = [
    (
        "oil",
        "Nordwind Oil said it would drill two wells.",
        "Nordwind Oil",
        0,
        "organization",
    ),
    (
        "chemical-and-foods",
        "Dow Chemical and Kraft Foods cut jobs on Tuesday.",
        "Kraft Foods",
        0,
        "organization",
    ),
    (
        "energy",
        "Duke Energy said quarterly profit rose.",
        "Duke Energy",
        0,
        "organization",
    ),
    (
        "electric-after-town",
        "Tokyo Electric said the reactor was stable.",
        "Tokyo Electric",
        0,
        "organization",
    ),
    (
        "energy-inside-a-longer-name",
        "The International Atomic Energy Agency said Iran had complied.",
        "International Atomic Energy Agency",
        0,
        "organization",
    ),
]


def test_industry_noun_before_title_stays_a_title() -> None:
    """ "Energy Minister Sergei Shmatko": the industry noun is the title's."""
    article = _parse("Energy Minister Sergei Shmatko said output rose.")
    [person] = [a for a in article.actors if a.kind.value == "person"]
    assert (person.name, person.title) == ("Sergei Shmatko", "Energy Minister")
    assert not [a for a in article.actors if a.kind.value == "organization"]


# A plural noun of a kind of body before a list makes each name of it one.
TYPED_LISTS: list[Row] = [
    (
        "groups-second-name",
        "The groups Ansar Dine and Jaish al-Fath claimed the attack.",
        "Jaish al-Fath",
        0,
        "organization",
    ),
    (
        "parties",
        "The parties Fidesz and Jobbik agreed on a coalition.",
        "Jobbik",
        0,
        "organization",
    ),
    (
        "newspapers",
        "The newspapers Haaretz and Maariv reported the deal on Sunday.",
        "Maariv",
        0,
        "organization",
    ),
    (
        "people-after-a-plural-body-noun",
        "Leaders of the groups, Ahmed Hassan and Oluwaseun Adeyemi, were held.",
        "Oluwaseun Adeyemi",
        0,
        "person",
    ),
]


# An institution word capitalised mid-sentence names the institution alone.
INSTITUTIONS: list[Row] = [
    (
        "army-said",
        "The Army said five soldiers were killed in the attack.",
        "Army",
        0,
        "organization",
    ),
    (
        "army-before-title",
        "The hearing opens Tuesday for Army Sergeant Mark Dale.",
        "Army",
        0,
        "organization",
    ),
    (
        "army-ends-a-name",
        "The Salvation Army opened a shelter in the city.",
        "Salvation Army",
        0,
        "organization",
    ),
]


def test_lower_case_army_is_a_group() -> None:
    """ "the army said": a group, no organisation named."""
    text = "The army said five soldiers were killed in the attack."
    assert _actor_kind(_parse(text), _span(text, "army", 0)) == "group"


# A word joined from three capitalised parts is a company's name.
CAMEL_CASE: list[Row] = [
    (
        "after-with",
        "Poland held talks with PolGazTrans on Monday.",
        "PolGazTrans",
        0,
        "organization",
    ),
    (
        "new-venture",
        "Under the deal, the new venture, NordGasLink will run the pipeline.",
        "NordGasLink",
        0,
        "organization",
    ),
    (
        "one-inner-capital-is-a-person",
        "The actor arrived. DiCaprio told reporters he was happy.",
        "DiCaprio",
        0,
        "person",
    ),
]


# A name with a company's legal form after a comma is that company.
LEGAL_AFTER_COMMA: list[Row] = [
    (
        "incorporated",
        "A $12 million contract went to Harbor Logistics, Incorporated.",
        "Harbor Logistics",
        0,
        "organization",
    ),
    (
        "ltd-before-verb",
        "Meridian Drilling, Ltd. said it would cut 300 jobs.",
        "Meridian Drilling",
        0,
        "organization",
    ),
]


# A known organisation's acronym ends a name that a capitalised word before it
# opens: the word is no part of the organisation's name.
ACRONYMS: list[Row] = [
    (
        "adjective-opens-sentence",
        "Undercover FBI agents provided the suspect with a fake bomb.",
        "FBI",
        0,
        "organization",
    ),
    (
        "former-opens-sentence",
        "Former CIA officers said the agency had been warned.",
        "CIA",
        0,
        "organization",
    ),
]


# A name of two capitalised words in one list with a person named by a given
# name or a title is a person too.
LISTS: list[Row] = [
    (
        "first-of-three",
        "Oluwaseun Adeyemi, Xu Mingyang and Priyanka Raghunathan attended.",
        "Oluwaseun Adeyemi",
        0,
        "person",
    ),
    (
        "last-of-three",
        "Oluwaseun Adeyemi, Xu Mingyang and Priyanka Raghunathan attended.",
        "Priyanka Raghunathan",
        0,
        "person",
    ),
    (
        "after-by",
        "The meeting was attended by Oluwaseun Adeyemi, Xu Mingyang and Priyanka "
        "Raghunathan.",
        "Priyanka Raghunathan",
        0,
        "person",
    ),
    (
        "comma-list-after-title",
        "Freed were Major Kyaw San, Ohn Maung, and Toe Bo.",
        "Ohn Maung",
        0,
        "person",
    ),
]

# (id, text, surface): no person has the span.
NOT_PEOPLE: list[tuple[str, str, str]] = [
    (
        "noun-in-the-article",
        "He suffered severe burns. Burns said the fire spread quickly.",
        "Burns",
    ),
    ("plural-of-people", "Scientists said the ice was melting faster.", "Scientists"),
    ("people-noun-name-too", "Farmers said the rains came late.", "Farmers"),
    ("party-members", "Democrats said the bill would fail.", "Democrats"),
    ("news-vocabulary", "Reports said the talks had stalled.", "Reports"),
    (
        "body-apposition-with-a-title-word",
        "Renault wants Dacia, the Romanian division of the group.",
        "Dacia",
    ),
    (
        "list-without-a-person",
        "Goldman Sachs and Morgan Stanley advised the government on the sale.",
        "Goldman Sachs",
    ),
    (
        "passive-people-do-not-only-undergo",
        "Golden Dawn was banned by the court.",
        "Golden Dawn",
    ),
    (
        "list-without-a-named-person",
        "Permian Basin and Eagle Ford oil fields were sold.",
        "Permian Basin",
    ),
]


# A name of two capitalised words with no known given name is a person's when
# a passive only people undergo follows it, or the list it closes.
PASSIVES: list[Row] = [
    (
        "was-arrested",
        "Xolani Mkhize was arrested in Durban on Monday.",
        "Xolani Mkhize",
        0,
        "person",
    ),
    (
        "had-been-detained",
        "Xolani Mkhize had been detained since March.",
        "Xolani Mkhize",
        0,
        "person",
    ),
    (
        "adverb-between",
        "Thabang Dlamini was later shot by unknown gunmen.",
        "Thabang Dlamini",
        0,
        "person",
    ),
    (
        "list-before-were",
        "Xolani Mkhize and Thabang Dlamini were detained in Durban.",
        "Xolani Mkhize",
        0,
        "person",
    ),
]


# A legal form in lower case closes a company's name; the index companies are
# known by name alone.
COMPANIES: list[Row] = [
    (
        "lower-case-plc",
        "Shares in Antofagasta plc rose 3 percent.",
        "Antofagasta plc",
        0,
        "organization",
    ),
    (
        "plc-after-unknown-name",
        "Grainger plc said rents rose.",
        "Grainger plc",
        0,
        "organization",
    ),
    (
        "index-company-alone",
        "Capgemini said it would hire 500 people.",
        "Capgemini",
        0,
        "organization",
    ),
    (
        "index-company-short-form",
        "Volkswagen said sales fell.",
        "Volkswagen",
        0,
        "organization",
    ),
]


# A singular role noun right before a name is its title, not a group.
TITLE_NOUNS: list[tuple[str, str, str]] = [
    (
        "nationality-minister",
        "Iranian foreign minister Javad Zarif met the envoy in Doha.",
        "Iranian foreign minister",
    ),
    ("country-envoy", "US envoy Zalmay Khalilzad arrived in Kabul.", "US envoy"),
    ("generic-spokesman", "A statement by spokesman John Kirby followed.", "spokesman"),
]


@pytest.mark.parametrize(
    ("text", "surface"), [pytest.param(*r[1:], id=r[0]) for r in TITLE_NOUNS]
)
def test_title_before_a_name_is_no_group(text: str, surface: str) -> None:
    """The role noun is the title of the person named after it."""
    article = _parse(text)
    assert _actor_kind(article, _span(text, surface, 0)) != "group", article.actors


def test_role_noun_before_a_weekday_is_a_group() -> None:
    """ "the Sudanese government Monday": a weekday after it is no name."""
    text = "The Sudanese government Monday rejected the plan."
    span = _span(text, "Sudanese government", 0)
    assert _actor_kind(_parse(text), span) == "group"


# (id, text, surface): no organisation has the span.
NOT_ORGS: list[tuple[str, str, str]] = [
    (
        "date-shaped-known-name",
        "Opposition parties alleged fraud in the May 15 poll.",
        "May 15",
    ),
    (
        "its-after-a-preposition",
        "Due to its geographical location, the island depends on trade.",
        "Due",
    ),
]


@pytest.mark.parametrize(
    ("text", "surface"), [pytest.param(*r[1:], id=r[0]) for r in NOT_ORGS]
)
def test_not_orgs(text: str, surface: str) -> None:
    """No organisation has the span."""
    article = _parse(text)
    span = _span(text, surface, 0)
    assert _actor_kind(article, span) != "organization", article.actors


def test_group_named_by_a_date_keeps_its_name() -> None:
    """ "The April 19 Movement": a date with a keyword after it is a name."""
    text = "The April 19 Movement was disbanded in 1990."
    span = _span(text, "April 19 Movement", 0)
    assert _actor_kind(_parse(text), span) == "organization"


def test_its_after_a_verb_still_makes_an_organisation() -> None:
    """ "Renault cut its share": the cue stands."""
    text = "Renault cut its share of Nissan on Monday."
    assert _actor_kind(_parse(text), _span(text, "Renault", 0)) == "organization"


@pytest.mark.parametrize(
    ("text", "surface"), [pytest.param(*r[1:], id=r[0]) for r in NOT_PEOPLE]
)
def test_not_people(text: str, surface: str) -> None:
    """No person has the span."""
    article = _parse(text)
    assert _actor_kind(article, _span(text, surface, 0)) != "person", article.actors


ACTOR_ROWS = (
    SPEAKERS
    + LISTS
    + PASSIVES
    + COMPANIES
    + INDUSTRY
    + ACRONYMS
    + TYPED_LISTS
    + INSTITUTIONS
    + LEGAL_AFTER_COMMA
    + CAMEL_CASE
)


@pytest.mark.parametrize(("text", "surface", "nth", "kind"), _ids(ACTOR_ROWS))
def test_actor_spans(text: str, surface: str, nth: int, kind: str) -> None:
    """The span is a mention of an actor of this kind."""
    article = _parse(text)
    assert _actor_kind(article, _span(text, surface, nth)) == kind, article.actors
