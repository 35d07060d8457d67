"""Actors stage, table-driven on news phrasings.

Each case runs `actors.extract` on a short text with place findings built by hand
(so the places stage's choices do not leak in) and checks one actor's fields, or
that no actor covers a span. New cases go in the table of their kind.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts import actors
from newsfacts.actors.acronyms import initials_match
from newsfacts.actors.words import Word
from newsfacts.findings import Demonym, PlaceFindings
from newsfacts.records import Actor, Location, Mention
from newsfacts.text import Document

Place = tuple[str, str, str | None, bool]  # surface, kind, country, metonymic


def _findings(
    text: str, places: list[Place], demonyms: list[tuple[str, str]]
) -> PlaceFindings:
    """Place findings claiming every whole-word occurrence of each surface."""
    locs = []
    for surface, kind, country, metonymic in places:
        spans = []
        at = text.find(surface)
        while at != -1:
            end = at + len(surface)
            if (at == 0 or not text[at - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            ):
                spans.append(Mention.of(text, at, end))
            at = text.find(surface, end)
        locs.append(
            Location(
                name=surface,
                kind=kind,
                country=country,
                mentions=() if metonymic else spans,
                metonymic=spans if metonymic else (),
            )
        )
    dems = []
    for word, country in demonyms:
        at = text.find(word)
        while at != -1:
            dems.append(Demonym(at, at + len(word), word, country))
            at = text.find(word, at + len(word))
    return PlaceFindings(tuple(locs), tuple(dems))


def run(
    text: str, places: list[Place] = (), demonyms: list[tuple[str, str]] = ()
) -> tuple[Actor, ...]:  # type: ignore[assignment]
    """Actors of `text` with the given place findings."""
    return actors.extract(Document(text), _findings(text, list(places), list(demonyms)))


def find(found: tuple[Actor, ...], name: str) -> Actor:
    """The actor answering to `name` (its name or a mention text)."""
    for a in found:
        if a.name == name or any(m.text == name for m in a.mentions):
            return a
    raise AssertionError(f"no actor {name!r} in {[a.name for a in found]}")


# (id, text, places, demonyms, actor name, expected fields)
PEOPLE: list[
    tuple[str, str, list[Place], list[tuple[str, str]], str, dict[str, Any]]
] = [
    (
        "demonym-title-name",
        "Russian President Vladimir Putin met his Turkish counterpart on Tuesday.",
        [],
        [("Russian", "RU"), ("Turkish", "TR")],
        "Vladimir Putin",
        {"kind": "person", "country": "RU", "title": "President"},
    ),
    (
        "rank-field-marshal",
        "Field Marshal Khalifa Haftar, commander of the Libyan National Army, "
        "ordered an offensive on Tripoli.",
        [("Tripoli", "city", "LY", False)],
        [("Libyan", "LY")],
        "Khalifa Haftar",
        {"kind": "person", "country": "LY", "title": "Field Marshal", "code": "LBYMIL"},
    ),
    (
        "title-of-organisation",
        "Earlier, Secretary of the Security Council of the Russian Federation "
        "Nikolai Patrushev said the talks had failed.",
        [("Russian Federation", "country", "RU", False)],
        [],
        "Nikolai Patrushev",
        {"kind": "person", "country": "RU", "title": "Secretary"},
    ),
    (
        "abbreviated-rank",
        "The operation was led by Gen. Stanley McChrystal, the top commander.",
        [],
        [],
        "Stanley McChrystal",
        {"kind": "person", "title": "Gen."},
    ),
    (
        "lower-case-title-with-country",
        "Talks resumed after US envoy Zalmay Khalilzad arrived in Doha.",
        [("US", "country", "US", False), ("Doha", "city", "QA", False)],
        [],
        "Zalmay Khalilzad",
        {"kind": "person", "country": "US", "title": "envoy"},
    ),
    (
        "apposition-organisation",
        "Victoria Coates, senior director of the White House's National Security "
        "Council, attended the meeting.",
        [],
        [],
        "Victoria Coates",
        {"kind": "person", "country": "US"},
    ),
    (
        "apposition-demonym",
        "Richard Norland, head of the American diplomatic mission in Libya, met him.",
        [("Libya", "country", "LY", False)],
        [("American", "US")],
        "Richard Norland",
        {"kind": "person", "country": "US"},
    ),
    (
        "arabic-particles",
        "There are two executive bodies: the Government of National Accord in "
        "Tripoli, and the cabinet of Abdullah Abdurrahman al-Thani, supported by "
        "the Libyan National Army.",
        [("Tripoli", "city", "LY", False)],
        [("Libyan", "LY")],
        "Abdullah Abdurrahman al-Thani",
        {"kind": "person", "country": "LY"},
    ),
    (
        "honorific-dropped",
        "Prime Minister Boris Johnson spoke to reporters. Mr. Johnson said little.",
        [],
        [],
        "Boris Johnson",
        {"kind": "person", "title": "Prime Minister", "mentions": 2},
    ),
    (
        "middle-initial",
        "President George W. Bush signed the bill on Friday.",
        [],
        [],
        "George W. Bush",
        {"kind": "person", "title": "President"},
    ),
    (
        "organisation-before-title",
        "Kremlin spokesman Dmitry Peskov told reporters the talks were useful.",
        [],
        [],
        "Dmitry Peskov",
        {"kind": "person", "country": "RU", "title": "spokesman"},
    ),
    (
        "office-over-honorific",
        "Mr. Price declined to comment. State Department spokesman Ned Price "
        "spoke later.",
        [],
        [],
        "Ned Price",
        {"kind": "person", "title": "spokesman", "mentions": 2},
    ),
    (
        "capitalised-role-before-name",
        "Pop Singer Annie Lennox is highlighting the issue.",
        [],
        [],
        "Annie Lennox",
        {"kind": "person"},
    ),
    (
        "given-name-that-is-a-word",
        "Will Smith has enjoyed tremendous success.",
        [],
        [],
        "Will Smith",
        {"kind": "person"},
    ),
    (
        "possessive-country-before-title",
        "Russia's President Vladimir Putin spoke by phone with Erdogan.",
        [("Russia", "country", "RU", False)],
        [],
        "Vladimir Putin",
        {"kind": "person", "country": "RU", "title": "President"},
    ),
    (
        "keyword-anaphora",
        "The Security Council met on Friday. The Council said it would vote.",
        [],
        [],
        "Security Council",
        {"kind": "organization", "mentions": 2},
    ),
    (
        "international-body-before-title",
        "NATO Secretary-General Jens Stoltenberg said the alliance would not act.",
        [],
        [],
        "Jens Stoltenberg",
        {"kind": "person", "country": None, "code": "IGOWSTNAT"},
    ),
    (
        "apposition-title-sector",
        "Sergei Lavrov, Russia's foreign minister, dismissed the talks.",
        [("Russia", "country", "RU", False)],
        [],
        "Sergei Lavrov",
        {
            "kind": "person",
            "country": "RU",
            "title": "foreign minister",
            "code": "RUSGOV",
        },
    ),
    (
        "generational-suffix",
        "Speakers cited Martin Luther King Jr. and Pope John Paul II on Sunday.",
        [],
        [],
        "Martin Luther King Jr.",
        {"kind": "person"},
    ),
    (
        "titled-phrase-before-name",
        "The US commander in Iraq, General David Petraeus, held talks in Beirut.",
        [
            ("US", "country", "US", False),
            ("Iraq", "country", "IQ", False),
            ("Beirut", "city", "LB", False),
        ],
        [],
        "David Petraeus",
        {"kind": "person", "country": "US", "title": "General", "code": "USAMIL"},
    ),
    (
        "title-of-department-before-name",
        "US Deputy Secretary of Energy Jeffrey Kupfer said here Wednesday.",
        [("US", "country", "US", False)],
        [],
        "Jeffrey Kupfer",
        {"kind": "person", "country": "US", "title": "Deputy Secretary"},
    ),
    (
        "headline-word-of-a-body-actor",
        "Putin Says Russia Will Respond To Expansion\n\nMOSCOW (Reuters) - Russian "
        "President Vladimir Putin said on Tuesday that Moscow would respond.",
        [("Russia", "country", "RU", False), ("MOSCOW", "city", "RU", False)],
        [("Russian", "RU")],
        "Vladimir Putin",
        {"kind": "person", "country": "RU", "mentions": 2},
    ),
    (
        "five-word-name-with-particle",
        "He met his Brazilian counterpart Luiz Inacio Lula da Silva on Monday.",
        [],
        [("Brazilian", "BR")],
        "Luiz Inacio Lula da Silva",
        {"kind": "person"},
    ),
    (
        "surname-before-administration",
        "Drone strikes increased under the Obama administration, critics said.",
        [],
        [],
        "Obama",
        {"kind": "person"},
    ),
    (
        "surname-ending-in-s",
        "The vote was close. Later Williams said he would run again.",
        [],
        [],
        "Williams",
        {"kind": "person"},
    ),
    (
        "object-is-not-nationality",
        "Jana Novak criticised China over its treatment of journalists.",
        [("China", "country", "CN", False)],
        [],
        "Jana Novak",
        {"kind": "person", "country": None},
    ),
    (
        "nationality-named-before-the-name",
        "A Czech court heard Jana Novak on Monday.",
        [],
        [("Czech", "CZ")],
        "Jana Novak",
        {"kind": "person", "country": "CZ"},
    ),
    (
        "scene-is-not-nationality",
        "Jana Novak and Pieter Dekker will meet in Zurich next week.",
        [("Zurich", "city", "CH", False)],
        [],
        "Jana Novak",
        {"kind": "person", "country": None},
    ),
    (
        "title-before-comma",
        "Blinken urged restraint, a department spokesman, Ned Price, told reporters.",
        [],
        [],
        "Ned Price",
        {"kind": "person", "title": "spokesman"},
    ),
    (
        "bare-surname-speaker",
        "The talks stalled for a week. Then Annan said he would resign.",
        [],
        [],
        "Annan",
        {"kind": "person"},
    ),
    (
        "possessed-organisation",
        "Fighting flared near the base of Faiz Saraj's Government of National "
        "Accord in Tripoli.",
        [("Tripoli", "city", "LY", False)],
        [],
        "Faiz Saraj",
        {"kind": "person", "country": "LY"},
    ),
]


ORGS: list[tuple[str, str, list[Place], list[tuple[str, str]], str, dict[str, Any]]] = [
    (
        "acronym-definition-and-reuse",
        "Forces of the Libyan National Army (LNA) advanced. The LNA said it "
        "controls the airport.",
        [],
        [("Libyan", "LY")],
        "Libyan National Army",
        {"kind": "organization", "country": "LY", "acronym": "LNA", "mentions": 3},
    ),
    (
        "acronym-after-or",
        "Fighters of the People's Protection Units, or YPG, held the town. "
        "The YPG denied it.",
        [],
        [],
        "People's Protection Units",
        {"kind": "organization", "acronym": "YPG", "mentions": 3},
    ),
    (
        "possessive-country-before-org",
        "Venezuela's National Assembly approved the law.",
        [("Venezuela", "country", "VE", False)],
        [],
        "National Assembly",
        {"kind": "organization", "country": "VE"},
    ),
    (
        "bare-acronym-of-a-named-organisation",
        "British Airways cancelled 40 flights. BA said fog was to blame.",
        [],
        [("British", "GB")],
        "British Airways",
        {"kind": "organization", "country": "GB", "mentions": 2},
    ),
    (
        "department-of-state-is-state-department",
        "The Department of State issued a statement. A State Department "
        "spokesman declined to comment.",
        [],
        [],
        "Department of State",
        {"kind": "organization", "country": "US", "mentions": 2},
    ),
    (
        "government-of-located",
        "The Government of National Accord in Tripoli rejected the plan.",
        [("Tripoli", "city", "LY", False)],
        [],
        "Government of National Accord",
        {"kind": "organization", "country": "LY", "code": "LBYGOV"},
    ),
    (
        "known-igo-code",
        "The United Nations called for a ceasefire, and the U.N. envoy flew in.",
        [],
        [],
        "United Nations",
        {"kind": "organization", "country": None, "code": "IGOUNO", "mentions": 2},
    ),
    (
        "known-non-state-group",
        "Hezbollah fighters crossed the border, a Hezbollah official said.",
        [],
        [],
        "Hezbollah",
        {"kind": "organization", "country": "LB", "mentions": 2},
    ),
    (
        "ministry-of",
        "A spokesman for the Ministry of Defence in London declined to comment.",
        [("London", "city", "GB", False)],
        [],
        "Ministry of Defence",
        {"kind": "organization", "country": "GB", "code": "GBRGOV"},
    ),
    (
        "demonym-modifier-kept-apart",
        "The Iraqi Interior Ministry said 12 people were killed.",
        [],
        [("Iraqi", "IQ")],
        "Interior Ministry",
        {"kind": "organization", "country": "IQ"},
    ),
    (
        "company-suffix",
        "Shares of Exxon Mobil Corp. fell after the report.",
        [],
        [],
        "Exxon Mobil Corp.",
        {"kind": "organization"},
    ),
    (
        "university",
        "Researchers at Harvard University published the study on Monday.",
        [],
        [],
        "Harvard University",
        {"kind": "organization", "code": None},
    ),
    (
        "title-word-opens-party",
        "Lawmakers from the ruling Justice and Development Party met on Tuesday.",
        [],
        [],
        "Justice and Development Party",
        {"kind": "organization", "code": None},
    ),
    (
        "possessive-inside-name",
        "Fighters of the People's Protection Units held the town.",
        [],
        [],
        "People's Protection Units",
        {"kind": "organization"},
    ),
    (
        "stand-alone-institution",
        "The bill now goes to the Senate, where it faces a close vote.",
        [],
        [],
        "Senate",
        {"kind": "organization"},
    ),
    (
        "stand-alone-house",
        "The measure passed the Senate, and the House will vote on Friday.",
        [],
        [],
        "House",
        {"kind": "organization"},
    ),
    (
        "company-short-name",
        "Datapoint Corp. said profits fell. Shares of Datapoint rose anyway.",
        [],
        [],
        "Datapoint Corp.",
        {"kind": "organization", "mentions": 2},
    ),
    (
        "organisation-inside-organisation",
        "A United Nations Human Rights Council investigation criticised the raid.",
        [],
        [],
        "United Nations Human Rights Council",
        {"kind": "organization"},
    ),
    (
        "direction-opens-organisation",
        "The Southern Poverty Law Center tracks hate groups.",
        [],
        [],
        "Southern Poverty Law Center",
        {"kind": "organization"},
    ),
    (
        "department-of-justice-is-justice-department",
        "He was charged by the U.S. Department of Justice. A Justice Department "
        "spokesman declined to comment.",
        [("U.S.", "country", "US", False)],
        [],
        "U.S. Department of Justice",
        {"kind": "organization", "country": "US", "mentions": 2},
    ),
    (
        "typed-by-the-next-noun",
        "He told Italy's Corriere della Sera newspaper that talks had begun.",
        [("Italy", "country", "IT", False)],
        [],
        "Corriere della Sera",
        {"kind": "organization", "country": "IT"},
    ),
    (
        "company-keyword",
        "Samsung Electronics said profits rose in the third quarter.",
        [],
        [],
        "Samsung Electronics",
        {"kind": "organization", "code": "MNCKOR"},
    ),
    (
        "ministry-of-x-and-y",
        "The Ministry of Industry and Information Technology issued new rules.",
        [],
        [],
        "Ministry of Industry and Information Technology",
        {"kind": "organization"},
    ),
    (
        "keyword-that-is-a-common-word",
        "He spoke to CBS News on Sunday.",
        [],
        [],
        "CBS News",
        {"kind": "organization"},
    ),
    (
        "country-prefixed-org",
        "The U.S. Senate passed the measure late on Thursday.",
        [("U.S.", "country", "US", False)],
        [],
        "U.S. Senate",
        {"kind": "organization", "country": "US"},
    ),
]


COUNTRIES_AND_GROUPS: list[
    tuple[str, str, list[Place], list[tuple[str, str]], str, dict[str, Any]]
] = [
    (
        "capital-metonymy",
        "Washington believes that Moscow uses the conflict for its own purposes.",
        [("Washington", "city", "US", True), ("Moscow", "city", "RU", True)],
        [],
        "Washington",
        {"kind": "country", "country": "US", "code": "USA"},
    ),
    (
        "capital-metonymy-joins-country",
        "Russia denied it. Moscow says the report is false.",
        [("Russia", "country", "RU", False), ("Moscow", "city", "RU", True)],
        [],
        "Moscow",
        {"kind": "country", "country": "RU", "mentions": 2},
    ),
    (
        "demonym-officials",
        "Russian officials denied the report on Sunday.",
        [],
        [("Russian", "RU")],
        "Russian officials",
        {"kind": "group", "country": "RU", "code": "RUSGOV"},
    ),
    (
        "demonym-with-modifier",
        "The drones were flown with the help of Turkish military experts.",
        [],
        [("Turkish", "TR")],
        "Turkish military experts",
        {"kind": "group", "country": "TR", "code": "TURMIL"},
    ),
    (
        "country-headed-group",
        "US representatives met the commander on Sunday.",
        [("US", "country", "US", False)],
        [],
        "US representatives",
        {"kind": "group", "country": "US"},
    ),
    (
        "demonym-government",
        "The Sudanese government rejected the proposal on Friday.",
        [],
        [("Sudanese", "SD")],
        "Sudanese government",
        {"kind": "group", "country": "SD", "code": "SDNGOV"},
    ),
    (
        "members-of-an-international-body",
        "Hundreds of UN troops withdrew from the Golan on Monday.",
        [],
        [],
        "UN troops",
        {"kind": "group", "country": None, "code": "IGOUNOMIL"},
    ),
    (
        "capital-for-its-government-forces",
        "Kyiv says Moscow's forces shelled the town overnight.",
        [("Kyiv", "city", "UA", True), ("Moscow", "city", "RU", True)],
        [],
        "Moscow's forces",
        {"kind": "group", "country": "RU", "code": "RUSMIL"},
    ),
    (
        "possessive-troops",
        "Field Marshal Khalifa Haftar, commander of the Libyan National Army, "
        "spoke. Haftar's troops attacked the airport.",
        [],
        [("Libyan", "LY")],
        "Haftar's troops",
        {"kind": "group", "country": "LY", "code": "LBYMIL"},
    ),
    (
        "city-police",
        "Lagos police said a man was shot on Monday.",
        [("Lagos", "city", "NG", False)],
        [],
        "Lagos police",
        {"kind": "group", "country": "NG", "code": "NGACOP"},
    ),
    (
        "members-of-a-national-body",
        "Hamas militants fired rockets at Israel on Monday.",
        [("Israel", "country", "IL", False)],
        [],
        "Hamas militants",
        {"kind": "group", "country": "PS", "code": "PSEREBHMS"},
    ),
    (
        "members-named-after-the-role",
        "Fighters of Hamas attacked the town on Monday.",
        [],
        [],
        "Fighters",
        {"kind": "group", "country": "PS", "code": "PSEREBHMS"},
    ),
    (
        "members-of-an-international-body-after-the-role",
        "Troops of the United Nations withdrew from the area.",
        [],
        [],
        "Troops",
        {"kind": "group", "country": None, "code": "IGOUNOMIL"},
    ),
    (
        "role-of-a-national-organisation",
        "The commander of the Libyan National Army spoke on Sunday.",
        [],
        [("Libyan", "LY")],
        "commander",
        {"kind": "group", "country": "LY", "code": "LBYMIL"},
    ),
    (
        "staff-of-a-person",
        "The cabinet of Benjamin Netanyahu met on Sunday.",
        [],
        [],
        "cabinet",
        {"kind": "group", "country": "IL", "code": "ISRGOV"},
    ),
    (
        "role-of-a-country",
        "The president of France will visit India next month.",
        [("France", "country", "FR", False), ("India", "country", "IN", False)],
        [],
        "president",
        {"kind": "group", "country": "FR", "code": "FRAGOV"},
    ),
    (
        "sector-before-a-leader",
        "The court sentenced the opposition leader to five years in prison.",
        [],
        [],
        "opposition leader",
        {"kind": "group", "code": "---OPP"},
    ),
    (
        "sector-before-a-spokesman",
        "A police spokesman said two men were held.",
        [],
        [],
        "police spokesman",
        {"kind": "group", "code": "---COP"},
    ),
    (
        "nationality-sector-officials",
        "Iraqi military officials said the operation was over.",
        [],
        [("Iraqi", "IQ")],
        "Iraqi military officials",
        {"kind": "group", "country": "IQ", "code": "IRQMIL"},
    ),
    (
        "head-noun-keeps-its-sector",
        "Government troops retook the town on Monday.",
        [],
        [],
        "Government troops",
        {"kind": "group", "code": "---MIL"},
    ),
    (
        "state-officials",
        "Texas officials said the storm had passed.",
        [("Texas", "admin1", "US", False)],
        [],
        "Texas officials",
        {"kind": "group", "country": "US", "code": "USAGOV"},
    ),
]


def test_embassy_named_by_its_city_is_not_of_the_citys_country() -> None:
    """ "its Baghdad embassy" is where the embassy is, not whose it is."""
    text = "Pakistan says an employee of its Baghdad embassy was kidnapped."
    found = run(
        text, [("Pakistan", "country", "PK", False), ("Baghdad", "city", "IQ", False)]
    )
    assert all(a.country != "IQ" for a in found), found


def _check(actor: Actor, expected: dict[str, Any]) -> None:
    for field, want in expected.items():
        if field == "mentions":
            assert len(actor.mentions) == want, actor
        elif field == "kind":
            assert actor.kind.value == want, actor
        else:
            assert getattr(actor, field) == want, (field, actor)


@pytest.mark.parametrize(
    ("text", "places", "demonyms", "name", "expected"),
    [
        pytest.param(*case[1:], id=case[0])
        for case in PEOPLE + ORGS + COUNTRIES_AND_GROUPS
    ],
)
def test_actor_fields(
    text: str,
    places: list[Place],
    demonyms: list[tuple[str, str]],
    name: str,
    expected: dict[str, Any],
) -> None:
    """The actor answering to `name` has the expected kind, country, title, ..."""
    found = run(text, places, demonyms)
    actor = find(found, name)
    _check(actor, expected)
    for m in actor.mentions:
        assert text[m.start : m.end] == m.text


# (id, text, places, surname-mention text, full name it must join, one it must not)
SURNAMES = [
    (
        "surname-joins-full-name",
        "Field Marshal Khalifa Haftar met the envoy. Haftar said talks would go on.",
        "Khalifa Haftar",
        2,
    ),
    (
        "particle-surname",
        "Moqtada al-Sadr urged calm. Supporters of al-Sadr marched in the city.",
        "Moqtada al-Sadr",
        2,
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "count"), [pytest.param(*c[1:], id=c[0]) for c in SURNAMES]
)
def test_surname_merging(text: str, name: str, count: int) -> None:
    """A bare surname becomes a mention of the person named in full before."""
    actor = find(run(text), name)
    assert len(actor.mentions) == count
    assert actor.name == name


@pytest.mark.parametrize(
    ("text", "first", "second", "bare_goes_to"),
    [
        pytest.param(
            "Hillary Clinton met Bill Clinton in Chappaqua. Later Bill Clinton "
            "said Clinton was tired.",
            "Hillary Clinton",
            "Bill Clinton",
            "Bill Clinton",
            id="nearest-preceding",
        ),
        pytest.param(
            "Laura Bush spoke first. Then George Bush thanked the crowd.",
            "Laura Bush",
            "George Bush",
            None,
            id="two-bushes",
        ),
    ],
)
def test_no_merging_of_people_sharing_a_surname(
    text: str, first: str, second: str, bare_goes_to: str | None
) -> None:
    """Different given names with one surname stay two people."""
    found = run(text, [("Chappaqua", "city", "US", False)])
    a, b = find(found, first), find(found, second)
    assert a is not b
    assert a.name == first and b.name == second
    if bare_goes_to is not None:
        assert any(m.text == "Clinton" for m in find(found, bare_goes_to).mentions)
        assert not any(m.text == "Clinton" for m in a.mentions)


# (id, text, places, span text that must not be an actor's person/org mention)
NOT_ACTORS: list[tuple[str, str, list[Place], str]] = [
    ("sentence-initial-adverb", "Meanwhile the army withdrew.", [], "Meanwhile"),
    ("weekday", "The ministers met on Monday in the capital.", [], "Monday"),
    ("month", "Talks are due to resume in March, diplomats said.", [], "March"),
    (
        "headline-title-case",
        "Rebels Advance On Capital As Talks Stall\n\nFighting continued on Sunday.",
        [],
        "Rebels Advance",
    ),
    (
        "all-caps-dateline",
        "TRIPOLI, Libya (AP) - Fighting continued on Sunday.",
        [("Libya", "country", "LY", False)],
        "TRIPOLI",
    ),
    (
        "place-stays-a-place",
        "The king of Jordan flew to Washington on Tuesday.",
        [("Jordan", "country", "JO", False), ("Washington", "city", "US", False)],
        "Washington",
    ),
    (
        "place-given-name",
        "Aid arrived in Georgia after the floods.",
        [("Georgia", "country", "GE", False)],
        "Georgia",
    ),
    ("event-name", "He fought in World War II as a pilot.", [], "World War"),
    (
        "hyphenated-adjective",
        "The Khartoum-backed militia attacked the camp.",
        [],
        "Khartoum-backed",
    ),
    ("acronym-not-org", "He was diagnosed with AIDS last year.", [], "AIDS"),
    ("abstract-noun", "Tourism is a mainstay of the economy.", [], "Tourism"),
    ("lone-keyword", "The Coalition said nothing new.", [], "Coalition"),
    ("season", "Winter is making its presence known across Canada.", [], "Winter"),
    ("title-of-a-thing", 'He is known as the "Prince of Pot" in Canada.', [], "Pot"),
    ("building-name", "She stayed at Sage House, a shelter in Winnipeg.", [], "Sage"),
    (
        "place-wins-over-a-part",
        "Flights were cancelled at Pearson International Airport on Sunday.",
        [("Pearson International Airport", "facility", "CA", False)],
        "Pearson",
    ),
    ("article-before-name", "But the Serpent was too quick for him.", [], "Serpent"),
    ("all-caps-phrase", "Crowds at the EASTER VIGIL sang on Saturday.", [], "VIGIL"),
    (
        "plural-name",
        "Two Staten Islanders joined the cast this season.",
        [],
        "Islanders",
    ),
    (
        "quoted-title",
        'She starred in "Below Deck Mediterranean" last year.',
        [],
        "Deck",
    ),
    (
        "group-noun-as-modifier",
        "Russia objects to NATO military infrastructure near its border.",
        [("Russia", "country", "RU", False)],
        "NATO military",
    ),
    (
        "unknown-place-after-in",
        "Two soldiers were killed in Tal Afar today.",
        [],
        "Tal",
    ),
    ("unknown-place-before-area", "It was ambushed in the Kani Wam area.", [], "Kani"),
    ("given-name-in-place-name", "They met in the Rose Garden on Monday.", [], "Rose"),
    ("plural-before-verb", "The first 200 Marines will arrive soon.", [], "Marines"),
    ("number-word-and-demonym", "Eleven Israeli soldiers were wounded.", [], "Eleven"),
    (
        "role-adjective-before-plural",
        "Official results showed the party winning 240 seats.",
        [],
        "Official",
    ),
    ("civilian-casualties", "Civilian casualties rose sharply in May.", [], "Civilian"),
]


@pytest.mark.parametrize(
    ("text", "places", "span"), [pytest.param(*c[1:], id=c[0]) for c in NOT_ACTORS]
)
def test_false_positive_classes(text: str, places: list[Place], span: str) -> None:
    """No person, organisation or group mention covers these words."""
    for a in run(text, places):
        if a.kind.value in ("person", "organization", "group"):
            assert all(span not in m.text for m in a.mentions), a


def test_place_mentions_only_in_country_actors() -> None:
    """A span the places stage claims is never a person's or organisation's."""
    text = "Washington believes the Kremlin is wrong, Jordan said."
    found = run(
        text, [("Washington", "city", "US", True), ("Jordan", "country", "JO", False)]
    )
    claimed = {(0, 10), (text.index("Jordan"), text.index("Jordan") + 6)}
    for a in found:
        spans = {(m.start, m.end) for m in a.mentions}
        if a.kind.value in ("person", "organization", "group"):
            assert not spans & claimed, a
    assert find(found, "Washington").kind.value == "country"


def test_every_record_has_a_rule_and_valid_mentions() -> None:
    """Rule ids are set and every mention slices the caller's text."""
    text = (
        "Russian officials said Field Marshal Khalifa Haftar met the U.N. envoy. "
        "Haftar's troops later seized the airport, the Associated Press reported."
    )
    found = run(text, [], [("Russian", "RU")])
    assert found
    named = []
    for a in found:
        assert a.rule
        for m in a.mentions:
            assert text[m.start : m.end] == m.text
            if a.kind.value in ("person", "organization"):
                named.append((m.start, m.end))
    named.sort()
    assert all(b[0] >= a[1] for a, b in itertools.pairwise(named)), named


@pytest.mark.parametrize(
    ("acronym", "name", "ok"),
    [
        pytest.param("LNA", "Libyan National Army", True, id="all-initials"),
        pytest.param("GNA", "Government of National Accord", True, id="skips-of"),
        pytest.param(
            "UNHCR", "United Nations High Commissioner for Refugees", True, id="long"
        ),
        pytest.param("LNA", "Government of National Accord", False, id="wrong-first"),
        pytest.param("XYZ", "Libyan National Army", False, id="unrelated"),
    ],
)
def test_initials_match(acronym: str, name: str, ok: bool) -> None:
    """An acronym in brackets must spell the name's initials."""
    words = []
    at = 0
    for part in name.split():
        words.append(Word.of(at, part))
        at += len(part) + 1
    assert initials_match(acronym, words) is ok


def test_empty_and_plain_text() -> None:
    """No capitals, no actors."""
    assert run("the talks went on all night and nobody left.") == ()


_PIECES = [
    "Haftar",
    "'s",
    "(",
    ")",
    "LNA",
    "of",
    "the",
    "Ministry",
    "Mr.",
    "Gen.",
    "U.N.",
    "-",
    "backed",
    ",",
    ".",
    "\n",
    "al-Thani",
    "Ōsaka",
    "ÉLYSÉE",
    "Jr.",
    "II",
    "and",
    "Army",
    "Council",
    "in",
    "said",
    "TRIPOLI",
    "(AP)",
    "—",
    "“",
    "”",
    "’s",
    "&",
    "Corp.",
    "Will",
    "Smith",
    "People",
    "or",
    "Department",
    "State",
    "Ahmed",
    "X",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", "  "]))))
def test_any_mix_of_name_parts_is_handled(parts: list[tuple[str, str]]) -> None:
    """Arbitrary runs of capitals, brackets, possessives and titles never crash
    the stage, and every mention slices the caller's text."""
    text = "".join(a + b for a, b in parts)
    for a in run(text):
        for m in a.mentions:
            assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "unit",
    [
        "Minister Of The Interior Says Talks With Rebels Go On ",
        "MINISTER OF THE INTERIOR SAYS TALKS WITH REBELS GO ON. ",
        "John Smith, Maria Garcia, Wei Zhang, Ahmed Khan and ",
        "Person Surname of Country said. ",
        "al-Thani bin Laden de la Cruz van der Berg ",
    ],
    ids=["title-case", "all-caps", "list-of-names", "many-people", "particles"],
)
def test_hostile_shapes_are_handled(unit: str) -> None:
    """Long walls of capitals, lists and particles: no recursion or look-back
    grows with the text (the stage finishes), and every mention is exact."""
    text = unit * (60_000 // len(unit))
    for a in run(text):
        for m in a.mentions:
            assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        (
            "The paramilitary Rapid Support Forces (RSF) attacked El Fasher on "
            "Monday. The RSF said it had taken the city.",
            "Rapid Support Forces",
            3,
        ),
        (
            "Reporters Without Borders (RSF) said two journalists were jailed. "
            "RSF called for their release.",
            "Reporters Without Borders",
            3,
        ),
        (
            "RSF said two journalists were jailed in Iran.",
            "Reporters Without Borders",
            1,
        ),
    ],
    ids=["defined-over-known", "defined-as-known", "known-undefined"],
)
def test_an_acronym_the_article_defines_wins_over_a_known_namesake(
    text: str, name: str, mentions: int
) -> None:
    orgs = [a for a in newsfacts.parse_article(text).actors if a.kind == "organization"]
    assert [(a.name, len(a.mentions)) for a in orgs] == [(name, mentions)]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The official says the talks failed.", "official"),
        ("He repeated opposition charges that the vote was rigged.", "opposition"),
        ("Opposition parties say they will boycott the vote.", "Opposition"),
    ],
    ids=["verb-after-a-role-noun", "noun-only-modifier", "noun-only-before-plural"],
)
def test_role_noun_before_a_plural_still_names_its_group(text: str, group: str) -> None:
    """Only a role word that is also an adjective is read as one before a
    plural noun ("official results"); a noun-only role word still names its
    group ("opposition charges"), and a verb after it is no noun."""
    found = [m.text for a in run(text, []) for m in a.mentions]
    assert any(group in t for t in found), found


@pytest.mark.parametrize(
    ("text", "name", "acronym", "place"),
    [
        (
            "The National Emergency Management Agency (NEMA) said 20,000 people "
            "had fled. NEMA officials said more rain was due.",
            "National Emergency Management Agency",
            "NEMA",
            "Néma",
        ),
        (
            "The Libyan National Army (LNA) said it had taken the town of Sirte.",
            "Libyan National Army",
            "LNA",
            None,
        ),
    ],
    ids=["acronym-spelling-a-town", "acronym-spelling-no-town"],
)
def test_a_defined_acronym_is_the_organisation_not_a_place(
    text: str, name: str, acronym: str, place: str | None
) -> None:
    """ "(NEMA)" right after the name it spells is that organisation's mention,
    though the same letters name a town in Mauritania."""
    article = newsfacts.parse_article(text)
    org = next(a for a in article.actors if a.name == name)
    assert org.acronym == acronym
    assert acronym in [m.text for m in org.mentions]
    assert all(loc.name != place for loc in article.locations)


def test_a_town_spelled_like_an_acronym_stays_a_town() -> None:
    article = newsfacts.parse_article("Gunmen attacked a market in Nema, Mauritania.")
    assert any(loc.country == "MR" for loc in article.locations)
