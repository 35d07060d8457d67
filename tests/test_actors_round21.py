"""Round 21 of the actors stage: a known organisation over a place read by
another name ("to Hamas": no Hamm), definite descriptions of an office held by
one person ("the president"), companies named like places or things ("Spanish
lender Santander", "Jaguar Land Rover said", lists of companies), and a party's
adjective before a party's title ("Conservative leader Kemi Badenoch")."""

from __future__ import annotations

import pytest

from newsfacts import parse_article
from newsfacts.actors.office_holders import office_descriptions
from newsfacts.actors.org_places import yield_known_orgs
from newsfacts.findings import PlaceFindings
from newsfacts.knowledge.keys import org_key
from newsfacts.knowledge.organizations import known_orgs
from newsfacts.records import Actor, ActorKind, Location, LocationKind, Mention

_DAY = "2024-11-29"


def _actors(text: str) -> tuple[Actor, ...]:
    actors = parse_article(text, published=_DAY).actors
    for a in actors:
        for m in a.mentions:
            assert text[m.start : m.end] == m.text
    return actors


def _named(text: str, name: str) -> Actor | None:
    return next((a for a in _actors(text) if a.name == name), None)


# --- 1. a known organisation over a place read by another of its names -------

ORG_NOT_PLACE = [
    ("Iran supplied rockets to Hamas, Israeli officials said.", "Hamas"),
    ("Egypt sent a delegation to Hamas on Monday.", "Hamas"),
    ("Weapons flowed from Iran to Hamas and Hezbollah, the report said.", "Hamas"),
]


@pytest.mark.parametrize(("text", "name"), ORG_NOT_PLACE)
def test_known_org_over_alias_place(text: str, name: str) -> None:
    art = parse_article(text, published=_DAY)
    org = next(a for a in art.actors if a.name == name)
    assert org.kind == ActorKind.ORGANIZATION
    assert not any(
        a.kind == ActorKind.COUNTRY and a.name == "Germany" for a in art.actors
    )
    assert not any(loc.name == "Hamm" for loc in art.locations)


PLACE_KEPT = [
    ("The factory in Hamm, Germany, was shut on Monday.", "Hamm"),
    ("Toyota shut its plant in Toyota on Monday.", "Toyota"),
]


@pytest.mark.parametrize(("text", "place"), PLACE_KEPT)
def test_place_by_its_own_name_kept(text: str, place: str) -> None:
    art = parse_article(text, published=_DAY)
    assert any(loc.name == place for loc in art.locations)


def _town(name: str, text: str, start: int) -> PlaceFindings:
    m = Mention.of(text, start, start + len(name))
    return PlaceFindings(
        (
            Location(
                name="Elsewhere", kind=LocationKind.CITY, country="DE", mentions=(m,)
            ),
        )
    )


def test_generated_alias_readings_of_known_orgs_yield() -> None:
    """Any known organisation's one-word name, read as a town of another
    name, is left to the organisation; after "in" it stays the place."""
    table = known_orgs()
    names = sorted(
        {
            o.name
            for o in table.values()
            if " " not in o.name
            and o.name.isalpha()
            and o.name[0].isupper()
            and org_key(o.name) in table
        }
    )[:200]
    assert names
    for name in names:
        text = f"Weapons were sent to {name} on Monday."
        found = yield_known_orgs(text, _town(name, text, text.index(name)))
        assert found.locations == (), name
        text = f"Weapons were stored in {name} on Monday."
        found = yield_known_orgs(text, _town(name, text, text.index(name)))
        assert len(found.locations) == 1, name


# --- 2. "the president": the one holder of the office named before ----------

OFFICES = [
    (
        "French President Emmanuel Macron arrived in Berlin on Monday. "
        "The president met Chancellor Olaf Scholz.",
        "Emmanuel Macron",
        "president",
    ),
    (
        "Prime Minister Keir Starmer said on Friday that Louise Haigh had quit. "
        "Haigh resigned after a conversation with the prime minister.",
        "Keir Starmer",
        "prime minister",
    ),
]


@pytest.mark.parametrize(("text", "person", "description"), OFFICES)
def test_description_of_one_office_holder(
    text: str, person: str, description: str
) -> None:
    """The description acts for the holder in the events it takes part in,
    and stays a group's mention in the actors list, which holds names."""
    article = parse_article(text, published="2024-07-05")
    parties = {
        a.name
        for e in article.events
        for a in (e.source, e.target)
        if a is not None and a.kind == ActorKind.PERSON
    }
    assert person in parties
    holder = next(a for a in article.actors if a.name == person)
    assert description not in [m.text for m in holder.mentions]


NO_LINK = [
    # two presidents: which one is not said
    "President Joe Biden met President Xi Jinping. The president said talks went well.",
    # the description comes before the name
    "The president arrived first. French President Emmanuel Macron followed.",
    # another office
    "French President Emmanuel Macron met the president of the European Commission.",
    # a word between "the" and the title
    "French President Emmanuel Macron spoke. The former president was absent.",
]


@pytest.mark.parametrize("text", NO_LINK)
def test_no_link_where_the_holder_is_not_one(text: str) -> None:
    holders = office_descriptions(text, _actors(text))
    assert holders == {}


# --- 3. companies named like places or things, and lists of companies ------

COMPANIES = [
    ("Carrefour and Danone shares rose in Paris on Tuesday.", "Carrefour"),
    ("Danone and Carrefour shares rose on Tuesday.", "Carrefour"),
    ("Spanish lender Santander said on Wednesday its profit rose.", "Santander"),
    ("The French retailer Carrefour said its sales rose.", "Carrefour"),
    ("Jaguar Land Rover said it would cut 500 jobs.", "Jaguar Land Rover"),
    ("Woolworths and Wesfarmers reported higher sales on Monday.", "Woolworths"),
    ("Woolworths and Wesfarmers reported higher sales on Monday.", "Wesfarmers"),
    ("The deal was announced by Wesfarmers, which owns Coles.", "Coles"),
]


@pytest.mark.parametrize(("text", "name"), COMPANIES)
def test_company_found(text: str, name: str) -> None:
    a = _named(text, name)
    assert a is not None and a.kind == ActorKind.ORGANIZATION


NOT_COMPANIES = [
    # two markets' cities: both places
    ("London and Paris shares closed higher on Monday.", "London"),
    ("London and Paris shares closed higher on Monday.", "Paris"),
    # a town where a verb puts someone
    ("He flew to Santander on Monday.", "Santander"),
    # a thing that does not speak
    ("Mars Rover sent images on Monday.", "Mars Rover"),
    # a place a body owns stays a place
    ("The group, which owns Heathrow, said fees would rise.", "Heathrow"),
    # a list of people
    ("Smith and Jones reported to the police.", "Smith"),
]


@pytest.mark.parametrize(("text", "name"), NOT_COMPANIES)
def test_no_company(text: str, name: str) -> None:
    a = _named(text, name)
    assert a is None or a.kind != ActorKind.ORGANIZATION


def test_town_stays_a_place_without_a_company_cue() -> None:
    art = parse_article("He flew to Santander on Monday.", published=_DAY)
    assert any(loc.name == "Santander" for loc in art.locations)


# --- 4. a party's adjective before a party's title --------------------------

PARTIES = [
    (
        "Conservative leader Kemi Badenoch told the BBC on Sunday that Britain "
        "should cut taxes.",
        "Conservative",
        "Kemi Badenoch",
        "GBRPTY",
    ),
    (
        "On Monday, Liberal Democrat leader Ed Davey told reporters in London.",
        "Liberal Democrat",
        "Ed Davey",
        "GBRPTY",
    ),
    (
        "Tory leader William Hague resigned in London after the defeat.",
        "Tory",
        None,
        None,
    ),
    (
        "Labour MP Diane Abbott said she would stand again in London.",
        "Labour",
        "Diane Abbott",
        None,
    ),
]


@pytest.mark.parametrize(("text", "party", "person", "code"), PARTIES)
def test_party_before_party_title(
    text: str, party: str, person: str | None, code: str | None
) -> None:
    actors = _actors(text)
    org = next(a for a in actors if a.name == party)
    assert org.kind == ActorKind.ORGANIZATION
    assert org.code == "GBRPTY"
    if person is not None:
        holder = next(a for a in actors if a.name == person)
        assert holder.country == "GB"
        if code is not None:
            assert holder.code == code


NOT_PARTIES = [
    (
        "A conservative judge ruled. Conservative voters were angry in Britain.",
        "Conservative",
    ),
    ("Conservative leaders of the church met in Rome.", "Conservative"),
    ("The Green Bay Packers beat Chicago on Sunday.", "Green"),
]


@pytest.mark.parametrize(("text", "word"), NOT_PARTIES)
def test_no_party_without_a_title(text: str, word: str) -> None:
    assert _named(text, word) is None
