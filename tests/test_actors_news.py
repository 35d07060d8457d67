"""Actors in real news: companies, short forms, "and", results lines and bylines,
titles and roles, the knowledge base, and group actors.

Each table holds news phrasings of one family; each case runs `actors.extract`
with hand-built place findings (see test_actors) and checks that an actor with
a mention of the given text has the given fields, or that no person or
organisation covers a span. New cases go in the table of their family. The
generated tests at the end check common given names with common surnames, and
every organisation row the package ships.
"""

from __future__ import annotations

import datetime
import itertools
from typing import Any

import pytest

import newsfacts
from newsfacts import actors
from newsfacts._data import iter_rows, read_text
from newsfacts.actors.lexicon import ADJECTIVE_TAILS
from newsfacts.records import Actor
from newsfacts.text import Document

from .test_actors import Place, _findings, find, run

Case = tuple[str, str, list[Place], str, dict[str, Any]]


def _check(found: tuple[Actor, ...], surface: str, fields: dict[str, Any]) -> None:
    kind = fields.get("kind")
    of_kind = tuple(a for a in found if kind is None or a.kind.value == kind)
    actor = find(of_kind or found, surface)
    for key, want in fields.items():
        got = getattr(actor, key)
        got = got.value if hasattr(got, "value") else got
        assert got == want, (key, actor)


def _not_covered(
    found: tuple[Actor, ...], surface: str, kinds: tuple[str, ...]
) -> None:
    for a in found:
        if a.kind.value in kinds:
            assert all(m.text != surface for m in a.mentions), a


# (id, text, places, mention, fields)
COMPANIES: list[Case] = [
    (
        "no-marker-subject",
        "Volvo bought a stake in Geely while Renault cut its share of Nissan.",
        [],
        "Volvo",
        {"kind": "organization"},
    ),
    (
        "stake-in",
        "Volvo bought a stake in Geely while Renault cut its share of Nissan.",
        [],
        "Geely",
        {"kind": "organization"},
    ),
    (
        "its-share",
        "Volvo bought a stake in Geely while Renault cut its share of Nissan.",
        [],
        "Renault",
        {"kind": "organization"},
    ),
    (
        "share-of",
        "Volvo bought a stake in Geely while Renault cut its share of Nissan.",
        [],
        "Nissan",
        {"kind": "organization"},
    ),
    (
        "legal-nv",
        "Shares of Philips NV rose 3 percent in Amsterdam.",
        [("Amsterdam", "city", "NL", False)],
        "Philips NV",
        {"kind": "organization"},
    ),
    (
        "legal-ag",
        "Siemens AG said it would cut 6,000 jobs.",
        [],
        "Siemens AG",
        {"kind": "organization", "country": "DE"},
    ),
    (
        "legal-plc",
        "Barclays Plc reported a rise in profit on Tuesday.",
        [],
        "Barclays Plc",
        {"kind": "organization"},
    ),
    (
        "legal-spa",
        "Italy's Eni SpA signed a gas deal with Algeria.",
        [("Italy", "country", "IT", False), ("Algeria", "country", "DZ", False)],
        "Eni SpA",
        {"kind": "organization"},
    ),
    (
        "legal-form-over-town",
        "Lake Shore Gold Corp said output rose in the quarter.",
        [("Lake Shore Gold Corp", "other", "US", False)],
        "Lake Shore Gold Corp",
        {"kind": "organization"},
    ),
    (
        "type-carmaker",
        "Czech carmaker Skoda said sales rose by a fifth.",
        [],
        "Skoda",
        {"kind": "organization"},
    ),
    (
        "type-daily",
        "The comments were published by the daily Le Monde on Friday.",
        [],
        "Le Monde",
        {"kind": "organization"},
    ),
    (
        "type-broadcaster",
        "The video was aired by broadcaster Al Jazeera on Sunday.",
        [],
        "Al Jazeera",
        {"kind": "organization"},
    ),
    (
        "type-rights-group",
        "The report by rights group Amnesty accused both sides.",
        [],
        "Amnesty",
        {"kind": "organization"},
    ),
    (
        "type-opens-sentence",
        "Broadcaster Al Arabiya showed the tape.",
        [],
        "Al Arabiya",
        {"kind": "organization"},
    ),
    (
        "type-second-of-two",
        "The rival groups Fatah and Hamas formed a unity government.",
        [],
        "Hamas",
        {"kind": "organization"},
    ),
    (
        "apposition-division",
        "Fiat wants Opel, the German division of General Motors. Opel is an ideal "
        "partner, Fiat said.",
        [],
        "Opel",
        {"kind": "organization"},
    ),
    (
        "members-after-name",
        "The two Deutsche Welle journalists were shot dead.",
        [],
        "Deutsche Welle",
        {"kind": "organization"},
    ),
]

SHORT_FORMS: list[Case] = [
    (
        "company-first-words",
        "Lake Shore Gold Corp said output rose. Lake Shore shares fell 4 percent.",
        [("Lake Shore", "city", "US", False)],
        "Lake Shore",
        {"kind": "organization", "name": "Lake Shore Gold Corp"},
    ),
    (
        "company-without-legal-form",
        "Intelogic Trace Inc. said it would sell its stake. Intelogic said the "
        "deal closes next week.",
        [],
        "Intelogic",
        {"kind": "organization", "name": "Intelogic Trace Inc."},
    ),
    (
        "surname-after-full-name",
        "Serena Williams beat her sister in straight sets. Williams said she was "
        "happy.",
        [],
        "Williams",
        {"kind": "person", "name": "Serena Williams"},
    ),
    (
        "surname-that-is-a-month",
        "Prime Minister Theresa May spoke on Tuesday. May said Britain would leave.",
        [("Britain", "country", "GB", False)],
        "May",
        {"kind": "person", "name": "Theresa May", "country": "GB"},
    ),
    (
        "surname-that-is-a-town",
        "Michael Jackson sang for an hour. Jackson said he would tour again.",
        [("Jackson", "city", "US", False)],
        "Jackson",
        {"kind": "person", "name": "Michael Jackson"},
    ),
    (
        "known-company-without-legal-form",
        "Acer said profits rose in the third quarter.",
        [],
        "Acer",
        {"kind": "organization", "country": "TW"},
    ),
    (
        "typed-surname-stays-a-person",
        "Jorge Ramirez was indicted. Ramirez's parents ran a company Ramirez built.",
        [],
        "Ramirez",
        {"kind": "person"},
    ),
]

# (id, text, places, mention that no person or organisation has)
SHORT_FORMS_NOT: list[tuple[str, str, list[Place], str]] = [
    (
        "month-after-surname",
        "Prime Minister Theresa May spoke on Tuesday. Talks resume in May.",
        [],
        "May",
    ),
    (
        "town-after-surname",
        "Michael Jackson sang. He flew to Jackson, Mississippi, for a concert.",
        [("Jackson", "city", "US", False), ("Mississippi", "admin1", "US", False)],
        "Jackson",
    ),
    (
        "company-first-word-common",
        "General Motors Corp said sales fell. General Smith agreed.",
        [],
        "General",
    ),
]

AND_NAMES: list[Case] = [
    (
        "closed-name-then-and",
        "Lufthansa AG and Air France agreed to share flights.",
        [],
        "Lufthansa AG",
        {"kind": "organization", "country": "DE"},
    ),
    (
        "two-legal-forms",
        "Daimler AG and Volkswagen AG both raised prices.",
        [],
        "Volkswagen AG",
        {"kind": "organization", "country": "DE"},
    ),
    (
        "inner-and-of-a-ministry",
        "The Ministry of Industry and Information Technology issued new rules.",
        [],
        "Ministry of Industry and Information Technology",
        {"kind": "organization"},
    ),
]

# (id, text, places, mention that no person has)
NOT_PEOPLE: list[tuple[str, str, list[Place], str]] = [
    (
        "bank-name",
        "Goldman Sachs advised the government on the sale.",
        [],
        "Goldman Sachs",
    ),
    ("club-name", "The striker left Inter Milan for a record fee.", [], "Inter Milan"),
    ("two-unknown-words", "Orinoco Basin oil fields were seized.", [], "Orinoco Basin"),
]

LINES: list[Case] = [
    (
        "results-line-person",
        "Final standings:\n3. Anna Keller ( Switzerland ) 1:52.04\n"
        "4. Maria Lopez ( Spain ) 1:53.10\n",
        [
            ("Switzerland", "country", "CH", False),
            ("Spain", "country", "ES", False),
            ("Keller", "city", "US", False),
        ],
        "Anna Keller",
        {"kind": "person", "country": "CH"},
    ),
    (
        "byline",
        "By John Smith\nThe talks resumed on Monday.",
        [],
        "John Smith",
        {"kind": "person"},
    ),
    (
        # a national team named by its country stays the country, as news
        # names it: its club-like reading is for towns
        "country-before-score",
        "Japan began the defence of their title with a win over Syria .\n"
        "Japan 2 Syria 1 ( halftime 1-0 )\n",
        [("Japan", "country", "JP", False), ("Syria", "country", "SY", False)],
        "Syria",
        {"kind": "country", "country": "SY"},
    ),
    (
        "team-before-score",
        "Results of English league matches on Saturday :\nLeeds 3 Southampton 0\n",
        [("Leeds", "city", "GB", False), ("Southampton", "city", "GB", False)],
        "Southampton",
        {"kind": "organization", "rule": "org-team"},
    ),
    (
        "club-before-score",
        "Serie A results :\nInter Milan 1 AC Milan 0\nLazio 3 Roma 2\n",
        [("Milan", "city", "IT", False), ("Roma", "city", "IT", False)],
        "Inter Milan",
        {"kind": "organization"},
    ),
    (
        "player-of-country",
        "Jarkko Nieminen of Finland won in three sets.",
        [("Finland", "country", "FI", False)],
        "Jarkko Nieminen",
        {"kind": "person", "country": "FI"},
    ),
    (
        "given-name-read-as-town",
        "Nadim Ladki\nThe team arrived on Friday.",
        [("Nadim", "city", "RU", False)],
        "Nadim Ladki",
        {"kind": "person"},
    ),
]

TITLES: list[Case] = [
    (
        "hyphenated-title",
        "Vice-President Moody Awori has declined to resign.",
        [],
        "Moody Awori",
        {"kind": "person", "title": "Vice-President"},
    ),
    (
        "hyphenated-rank",
        "Lieutenant-General John Smith said the troops would stay.",
        [],
        "John Smith",
        {"kind": "person", "title": "Lieutenant-General"},
    ),
    (
        "sentence-opening-two-word-title",
        "Police Chief Ahmed Ali said two men died.",
        [],
        "Ahmed Ali",
        {"kind": "person", "name": "Ahmed Ali", "title": "Police Chief"},
    ),
    (
        "three-word-police-title",
        "Police Inspector General Usman Baba said the suspects fled.",
        [],
        "Usman Baba",
        {"kind": "person", "title": "Police Inspector General"},
    ),
    (
        "sheriff",
        "Sheriff Joe Smith said the suspect fled on foot.",
        [],
        "Joe Smith",
        {"kind": "person", "name": "Joe Smith", "title": "Sheriff"},
    ),
    (
        "police-superintendent",
        "Police Superintendent Larry Snelling told reporters the officer was stable.",
        [],
        "Larry Snelling",
        {"kind": "person", "title": "Police Superintendent"},
    ),
    (
        "chief-constable",
        "Chief Constable Sarah Jones said the inquiry would continue.",
        [],
        "Sarah Jones",
        {"kind": "person", "name": "Sarah Jones", "title": "Chief Constable"},
    ),
    (
        "detective-chief-inspector",
        "Detective Chief Inspector Paul Reed led the inquiry.",
        [],
        "Paul Reed",
        {"kind": "person", "title": "Detective Chief Inspector"},
    ),
    (
        "ceo-before-a-name",
        "CEO Jane Fraser said profit rose in the quarter.",
        [],
        "Jane Fraser",
        {"kind": "person", "name": "Jane Fraser", "title": "CEO"},
    ),
    (
        "lower-case-title-with-modifier",
        "The state attorney general Maria Lopez filed suit on Monday.",
        [],
        "Maria Lopez",
        {"kind": "person", "title": "state attorney general"},
    ),
    (
        "deputy-title",
        "The plan was announced by deputy commissioner Alan Ward.",
        [],
        "Alan Ward",
        {"kind": "person", "title": "deputy commissioner"},
    ),
    (
        "title-from-earlier-sentence",
        'The CIA director warned of new threats on Tuesday. "We are concerned," '
        "Burns said.",
        [],
        "Burns",
        {"kind": "person", "title": "director", "country": "US"},
    ),
    (
        "multi-word-office",
        "House Minority Whip Steny Hoyer said the vote would be close.",
        [],
        "Steny Hoyer",
        {"kind": "person", "title": "House Minority Whip"},
    ),
    (
        "title-case-acronym",
        "Unicef said two million children need food aid.",
        [],
        "Unicef",
        {"kind": "organization", "acronym": "UNICEF"},
    ),
    (
        "title-case-acronym-unesco",
        "The temple was listed by Unesco last year.",
        [],
        "Unesco",
        {"kind": "organization"},
    ),
    (
        "embassy",
        "The French embassy in Kabul was closed on Sunday.",
        [("Kabul", "city", "AF", False)],
        "embassy",
        {"kind": "organization", "country": "FR", "code": "FRAGOV"},
    ),
    (
        "age-then-role-apposition",
        "John Smith, 45, a Canadian engineer, was kidnapped in Niger.",
        [("Niger", "country", "NE", False)],
        "John Smith",
        {"kind": "person", "country": "CA"},
    ),
    (
        "given-name-of-officials",
        "Choe Su Hon said Pyongyang would impose no conditions.",
        [("Pyongyang", "city", "KP", True)],
        "Choe Su Hon",
        {"kind": "person"},
    ),
]

KNOWLEDGE: list[Case] = [
    (
        "ngo-known",
        "Human Rights Watch accused the army of abuses.",
        [],
        "Human Rights Watch",
        {"kind": "organization", "code": "NGOHRIHRW"},
    ),
    (
        "ngo-by-french-name",
        "Medecins Sans Frontieres said its clinic was hit.",
        [],
        "Medecins Sans Frontieres",
        {"kind": "organization", "name": "Doctors Without Borders"},
    ),
    (
        "company-known",
        "Goldman Sachs advised the government on the sale.",
        [],
        "Goldman Sachs",
        {"kind": "organization", "country": "US"},
    ),
]

GROUPS: list[Case] = [
    ("police", "Police said the suspect was armed.", [], "Police", {"code": "---COP"}),
    (
        "aid-groups",
        "Aid groups said the camp was hit.",
        [],
        "Aid groups",
        {"code": "---NGO"},
    ),
    (
        "aid-agencies",
        "Local aid agencies warned of famine.",
        [],
        "Local aid agencies",
        {"code": "---NGO"},
    ),
    (
        "rights-group",
        "A rights group tracking the war said 40 people died.",
        [],
        "rights group",
        {"code": "---HRI"},
    ),
    ("gunmen", "Gunmen opened fire on a bus.", [], "Gunmen", {"code": "---UAF"}),
    ("junta", "The junta arrested the president.", [], "junta", {"code": "---MIL"}),
    (
        "cartels",
        "Drug cartels killed three officers.",
        [],
        "cartels",
        {"code": "---CRM"},
    ),
    (
        "protesters-in-place",
        "Police fired tear gas at protesters in Karachi.",
        [("Karachi", "city", "PK", False)],
        "protesters",
        {"country": "PK", "code": "PAKOPP"},
    ),
    (
        "security-forces",
        "Security forces surrounded the building.",
        [],
        "Security forces",
        {"code": "---MIL"},
    ),
    ("the-army", "Meanwhile the army withdrew.", [], "army", {"code": "---MIL"}),
    # a singular role noun before a verb heads its group
    (
        "gunman-verb",
        "A gunman shot dead three people.",
        [],
        "gunman",
        {"code": "---UAF"},
    ),
    (
        "jury",
        "A federal grand jury indicted the former senator.",
        [],
        "federal grand jury",
        {"code": "---JUD"},
    ),
    # "officers" take the sector of the role before them
    (
        "police-officers",
        "Police officers sealed off the area.",
        [],
        "Police officers",
        {"code": "---COP"},
    ),
    (
        "a-police-officer",
        "A police officer was shot on Friday.",
        [],
        "police officer",
        {"code": "---COP"},
    ),
    (
        "army-officers",
        "Army officers took over the radio station.",
        [],
        "Army officers",
        {"code": "---MIL"},
    ),
    (
        "intelligence-officers",
        "Intelligence officers questioned him.",
        [],
        "Intelligence officers",
        {"code": "---SPY"},
    ),
    (
        "rebels-in-region",
        "Rebels in Darfur attacked a convoy.",
        [("Darfur", "region", "SD", False)],
        "Rebels",
        {"country": "SD", "code": "SDNREB"},
    ),
    (
        "demonym-troops",
        "Syrian troops shelled the town.",
        [],
        "Syrian troops",
        {"country": "SY", "code": "SYRMIL"},
    ),
    (
        "ethnic-people",
        "Ethnic Albanians protested in Skopje.",
        [("Skopje", "city", "MK", False)],
        "Ethnic Albanians",
        {"code": "---CVL", "rule": "group-ethnic"},
    ),
    (
        "owned-troops",
        "Haftar's troops advanced on Tripoli.",
        [("Tripoli", "city", "LY", False)],
        "Haftar's troops",
        {"kind": "group"},
    ),
    (
        "agent-code-from-knowledge",
        "Iraqi farmers protested against the dam.",
        [],
        "Iraqi farmers",
        {"code": "IRQAGR"},
    ),
    (
        "demonym-armed-forces",
        "Russian armed forces shelled the town.",
        [],
        "Russian armed forces",
        {"code": "RUSMIL"},
    ),
    (
        "possessive-armed-forces",
        "Israel's armed forces said the border was closed.",
        [("Israel", "country", "IL", False)],
        "Israel's armed forces",
        {"code": "ISRMIL"},
    ),
    (
        "mayor",
        "The mayor announced a curfew on Monday.",
        [],
        "mayor",
        {"code": "---GOV"},
    ),
    (
        "governor",
        "The governor declared a state of emergency.",
        [],
        "governor",
        {"code": "---GOV"},
    ),
    (
        "sheriff",
        "The sheriff said two deputies were hurt.",
        [],
        "sheriff",
        {"code": "---COP"},
    ),
]


def _cases(table: list[Case]) -> list[Any]:
    return [pytest.param(*c[1:], id=c[0]) for c in table]


@pytest.mark.parametrize(
    ("text", "places", "surface", "fields"),
    _cases(COMPANIES + SHORT_FORMS + AND_NAMES + LINES + TITLES + KNOWLEDGE),
)
def test_news_actor_fields(
    text: str, places: list[Place], surface: str, fields: dict[str, Any]
) -> None:
    """The actor with this mention has these fields."""
    _check(run(text, places), surface, fields)


@pytest.mark.parametrize(
    ("text", "places", "surface", "fields"),
    [
        pytest.param(c[1], c[2], c[3], {"kind": "group", **c[4]}, id=c[0])
        for c in GROUPS
    ],
)
def test_group_actors(
    text: str, places: list[Place], surface: str, fields: dict[str, Any]
) -> None:
    """Unnamed groups are group actors with a CAMEO-style code."""
    _check(run(text, places), surface, fields)


@pytest.mark.parametrize(
    ("text", "places", "surface"),
    [pytest.param(*c[1:], id=c[0]) for c in SHORT_FORMS_NOT],
)
def test_short_forms_stay_what_they_are(
    text: str, places: list[Place], surface: str
) -> None:
    """A month, a town or a common word stays so where its context says so."""
    _not_covered(run(text, places), surface, ("person", "organization"))


@pytest.mark.parametrize(
    ("text", "places", "surface"), [pytest.param(*c[1:], id=c[0]) for c in NOT_PEOPLE]
)
def test_two_capitalised_words_need_evidence(
    text: str, places: list[Place], surface: str
) -> None:
    """Two capitalised words with no evidence are no person."""
    _not_covered(run(text, places), surface, ("person",))


def test_lufthansa_and_air_france_are_not_one_name() -> None:
    """ "Lufthansa AG and Air France": no actor spans the "and"."""
    for a in run("Lufthansa AG and Air France agreed to share flights."):
        assert all(" and " not in m.text for m in a.mentions), a


@pytest.mark.parametrize(
    "text",
    [
        "Nissan Motor Co. cut jobs. Rival Honda Motor Co. reported a drop, "
        "while Toyota Motor Corp. is due to report.",
        "Hyundai Motor Co. and Kia Motors Corp. raised prices.",
        "Sony Group Corp. and Hitachi Ltd. reported results.",
        "Kansai Electric Power Co. and Tokyo Electric Power Co. raised rates.",
    ],
    ids=["motor-co", "hyundai-kia", "group-ltd", "electric-power"],
)
def test_companies_sharing_an_industry_word_stay_apart(text: str) -> None:
    """Two companies whose names share an industry word or a town's name
    before the legal form are two actors, never one."""
    for a in run(text):
        firsts = {m.text.split()[0] for m in a.mentions}
        assert len(firsts) == 1, [m.text for m in a.mentions]


@pytest.mark.parametrize(
    ("text", "acronym", "name"),
    [
        (
            "Sudan's paramilitary Rapid Support Forces attacked a camp. "
            "The RSF denied targeting civilians.",
            "RSF",
            "Rapid Support Forces",
        ),
        (
            "Reporters Without Borders said two journalists were jailed. "
            "RSF called for their release.",
            "RSF",
            "Reporters Without Borders",
        ),
        (
            "The Free Syrian Army said it shot down a jet. The FSA gave no proof.",
            "FSA",
            "Free Syrian Army",
        ),
        # a headline's acronym, spelled out in the lead after it
        (
            "Sudan's RSF kills dozens in Darfur\n\nSudan's paramilitary Rapid "
            "Support Forces attacked a camp on Friday.",
            "RSF",
            "Rapid Support Forces",
        ),
    ],
    ids=[
        "rapid-support-forces",
        "reporters-without-borders",
        "free-syrian-army",
        "headline-acronym-before-its-name",
    ],
)
def test_an_acronym_spelled_by_a_name_of_the_article_is_that_name(
    text: str, acronym: str, name: str
) -> None:
    """An acronym no bracket defines, spelling the initials of an organisation
    the article names, before or after it, is that organisation, over a
    namesake, and one actor with it."""
    owners = [a.name for a in run(text) if any(m.text == acronym for m in a.mentions)]
    assert owners == [name]


def test_nationality_alone_is_its_country() -> None:
    """ "an Israeli airstrike": the nationality is a mention of the country."""
    found = run(
        "Two people were killed in an Israeli airstrike.", [], [("Israeli", "IL")]
    )
    _check(found, "Israeli", {"kind": "country", "country": "IL"})


@pytest.mark.parametrize(
    ("published", "code"),
    [
        pytest.param(datetime.date(2008, 1, 1), "AFGGOVMIL", id="in-office"),
        pytest.param(datetime.date(2003, 1, 1), "AFG", id="before-office"),
    ],
)
def test_official_code_on_the_article_date(published: datetime.date, code: str) -> None:
    """A named official takes the code of the role held on the article's date."""
    text = "Abdul Rahim Wardak said the army was ready."
    found = actors.extract(Document(text), _findings(text, [], []), published)
    _check(
        found, "Abdul Rahim Wardak", {"kind": "person", "code": code, "country": "AF"}
    )


# ---------------------------------------------------------------- generated

GIVEN = """James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William
Susan Richard Jessica Joseph Sarah Thomas Karen Mohammed Fatima Ahmed Aisha Ali Omar
Hassan Mariam Ibrahim Leila Wei Mei Hiroshi Yuki Raj Priya Amit Sunita Chinedu Amina
Kwame Ngozi Juan Maria Carlos Ana Jose Lucia Pierre Sophie Hans Anna Ivan Olga
Dmitry Natalia Priyanka Rajesh Deepak Kavita Oluwaseun Femi Chioma Sipho Takashi Yumi
Shehbaz Mehmet Ayse Reza Maryam Giorgos Katarzyna Piotr Lars Ingrid""".split()
SURNAMES = """Smith Johnson Brown Garcia Miller Davis Rodriguez Martinez Wilson Anderson
Taylor Thomas Moore Martin Lee Thompson White Harris Clark Lewis Khan Singh Kumar Chen
Wang Nguyen Kim Okafor Mensah Ivanov Muller Rossi Silva Haddad Hussein Sharma Patel
Adeyemi Tanaka Sato Yilmaz Kowalski Hernandez Lopez Mahlangu Ochieng Rahman""".split()
SENTENCES = (
    "{name} said the talks would continue next week.",
    "The report was written by {name} and published on Monday.",
    "{name} was arrested at home on Monday.",
    "Police arrested {name} on Monday.",
)


def _people_cases() -> list[Any]:
    """Each given name with three surnames in turn, in neutral sentences."""
    out = []
    surnames = itertools.cycle(SURNAMES)
    for n, given in enumerate(GIVEN):
        for _ in range(3):
            name = f"{given} {next(surnames)}"
            text = SENTENCES[n % len(SENTENCES)].format(name=name)
            out.append(pytest.param(text, name, id=name.replace(" ", "-")))
    return out


@pytest.mark.parametrize(("text", "name"), _people_cases())
def test_common_names_are_people(text: str, name: str) -> None:
    """Common given names with common surnames, in neutral sentences, are people."""
    _check(run(text), name, {"kind": "person", "name": name})


def _curated_rows() -> list[Any]:
    out = []
    for name, _aliases, acronym, _country, _code in iter_rows(
        "knowledge/data/organizations.tsv"
    ):
        out.append(pytest.param(name, id=name))
        if acronym != "-":
            out.append(pytest.param(acronym, id=f"{name}-{acronym}"))
    return out


@pytest.mark.parametrize("surface", _curated_rows())
def test_every_curated_organisation_is_found(surface: str) -> None:
    """Every row of the curated table is found by its name and its acronym."""
    text = f"On Monday, the {surface} said the talks would continue."
    _check(run(text), surface, {"kind": "organization"})


def _well_formed(name: str) -> bool:
    """A PETRARCH2 organisation name as news writes it: capitalised words and
    lower-case function words inside, no digits or marks ("/", ",", ":", "*",
    "!", "?", "."), no hyphenated adjective ("Dubai-Based"); the source also
    holds people ("Moon Jae in"), numbered cells, web addresses ("AMAZON.COM")
    and catalogue strings ("... SEC. of State ...")."""
    words = name.split()
    if any(ch in name for ch in "/,:*+'!?.") or any(ch.isdigit() for ch in name):
        return False
    if not words or not words[-1][:1].isupper() or name.endswith("-"):
        return False
    if any(w.rsplit("-", 1)[-1].lower() in ADJECTIVE_TAILS for w in words if "-" in w):
        return False
    return all(w[:1].isupper() or w in {"of", "for", "and", "the", "in"} for w in words)


def test_every_knowledge_base_organisation_is_found() -> None:
    """Every well-formed PETRARCH2 organisation row is found by its name and
    its acronym (one test: thousands of rows)."""
    missed = []
    rows = iter_rows("knowledge/data/petrarch/organizations.tsv.gz")
    for name, acronym, _aliases, _country, _code, _caps in rows:
        for surface in (name, acronym):
            if not surface or not _well_formed(surface):
                continue
            text = f"On Monday, the {surface} said the talks would continue."
            found = run(text)
            if not any(
                a.kind.value == "organization"
                and any(m.text == surface for m in a.mentions)
                for a in found
            ):
                missed.append(surface)
    assert not missed, missed[:50]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The Kremlin denied targeting civilians.", "denied"),
        ("Russia said attacking civilians was forbidden.", "said"),
        ("The ministry warned striking workers.", "warned"),
        ("The United States sent troops to Poland.", "sent"),
        ("Kenya deployed police to Haiti.", "deployed"),
    ],
    ids=["denied", "said", "warned", "sent", "deployed"],
)
def test_no_group_reaches_over_a_verb(text: str, verb: str) -> None:
    """A group owned by an actor ends before a verb of its clause."""
    article = newsfacts.parse_article(text)
    assert all(verb not in m.text for a in article.actors for m in a.mentions)


@pytest.mark.parametrize(
    ("text", "word", "group"),
    [
        ("Floods force thousands from their homes in Italy.", "force", False),
        ("Rising prices force families to cut back.", "force", False),
        ("The force said two officers were hurt.", "force", True),
        ("Security forces fired tear gas.", "Security forces", True),
    ],
    ids=["floods-force", "prices-force", "the-force-said", "security-forces"],
)
def test_a_role_noun_used_as_a_verb_is_no_group(
    text: str, word: str, group: bool
) -> None:
    """A role noun the language layer tags as a finite verb names no group."""
    article = newsfacts.parse_article(text)
    found = any(m.text == word for a in article.actors for m in a.mentions)
    assert found is group


def _world_names(step: int = 80) -> list[str]:
    """Every `len // step`-th given name of the world list, capitalised."""
    names = [
        line
        for line in read_text("knowledge/data/given_names_world.txt.gz").splitlines()
        if line and not line.startswith("#")
    ]
    return [
        "-".join(part.capitalize() for part in name.split("-"))
        for name in names[:: max(1, len(names) // step)]
    ]


@pytest.mark.parametrize("given", _world_names())
def test_given_names_of_many_countries_open_a_person(given: str) -> None:
    """A first name of the world list and a surname are a person, opening a
    sentence or after "by"."""
    name = f"{given} Okafor"
    for text in (
        f"{name} said the talks would continue.",
        f"The plan was criticised by {name} on Monday.",
    ):
        found = newsfacts.parse_article(text).actors
        assert any(
            a.kind.value == "person" and any(m.text == name for m in a.mentions)
            for a in found
        ), text


@pytest.mark.parametrize(
    "text",
    ["Jean-Luc Mélenchon criticised the reform.", "Anne-Marie Trevelyan said so."],
    ids=["jean-luc", "anne-marie"],
)
def test_hyphenated_given_names(text: str) -> None:
    name = " ".join(text.split()[:2])
    found = newsfacts.parse_article(text).actors
    assert [a.kind.value for a in found if a.name == name] == ["person"]


# ---------------------------------------------------------------- surnames that are thing words
@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("Joseph Hall said the plan would go ahead.", "Joseph Hall", True),
        ("Michael Bay said the film was finished.", "Michael Bay", True),
        ("Shirley Temple was born in 1928.", "Shirley Temple", True),
        ("Police arrested Ngozi Hall on Tuesday.", "Ngozi Hall", True),
        ("Police arrested Carlos King on Tuesday.", "Carlos King", True),
        ("The plan was announced by Fatima Hall.", "Fatima Hall", True),
        ("Albert Hall was packed for the concert.", "Albert Hall", False),
        ("The concert was held at the Albert Hall.", "Albert Hall", False),
        ("Traffic on Albert Bridge was halted.", "Albert Bridge", False),
        ("The Hughes Fire broke out on Wednesday.", "Hughes Fire", False),
        ("The Thomas Fire burned 281,000 acres.", "Thomas Fire", False),
        ("She set out cuts in her Spring Statement.", "Spring Statement", False),
        ("Thomas Hughes said the fire was contained.", "Thomas Hughes", True),
        ("Henry Flood said the plan would go ahead.", "Henry Flood", True),
        ("The Johnstown Flood killed 2,200 people in 1889.", "Johnstown Flood", False),
    ],
    ids=[
        "hall-said",
        "bay-said",
        "temple-born",
        "hall-arrested",
        "king-on-tuesday",
        "hall-by",
        "hall-packed",
        "the-hall",
        "bridge",
        "named-wildfire",
        "thomas-fire",
        "spring-statement",
        "hughes-said",
        "flood-said",
        "named-flood",
    ],
)
def test_a_thing_word_that_is_a_surname(text: str, name: str, person: bool) -> None:
    article = newsfacts.parse_article(text, published=datetime.date(2024, 5, 15))
    people = [a.name for a in article.actors if a.kind == newsfacts.ActorKind.PERSON]
    assert (name in people) is person, people


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Amazon said it would hire 100,000 workers.", True),
        ("Shares of Amazon fell 3 percent.", True),
        ("Brazil's president vowed to protect the Amazon.", False),
        ("Deforestation in the Amazon rose 20 percent.", False),
    ],
    ids=["said", "shares-of", "protect-the", "in-the"],
)
def test_a_company_named_like_a_region(text: str, company: bool) -> None:
    """A row of `feature_company`: after "the", the region; alone, the company."""
    article = newsfacts.parse_article(text, published=datetime.date(2024, 5, 15))
    orgs = [
        a.name for a in article.actors if a.kind == newsfacts.ActorKind.ORGANIZATION
    ]
    assert ("Amazon" in orgs) is company, orgs


@pytest.mark.parametrize(
    "text",
    [
        "Nobody was arrested.",
        "Everybody was evacuated from the building.",
        "Somebody attacked the guard.",
    ],
    ids=["nobody", "everybody", "somebody"],
)
def test_an_indefinite_pronoun_opening_a_sentence_is_no_actor(text: str) -> None:
    assert [
        a.name for a in newsfacts.parse_article(text).actors if a.kind == "person"
    ] == []


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("An IED exploded near the convoy, killing two soldiers.", "IED"),
        ("Militants fired RPGs at the army base.", "RPGs"),
        ("The SUV crashed into a wall in Dallas.", "SUV"),
        ("Russia's LNG exports rose in March.", "LNG"),
        ("Investigators used GPS data to trace the van.", "GPS"),
    ],
)
def test_an_acronym_of_a_thing_is_no_organisation(text: str, thing: str) -> None:
    article = newsfacts.parse_article(text)
    assert not [a.name for a in article.actors if a.name == thing]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The BBC said the vote would be held in May.", "BBC"),
        ("NATO said the exercise would go ahead.", "NATO"),
        ("Acme Industrial Group (AIG) said profit rose; AIG shares fell.", "AIG"),
    ],
)
def test_an_organisation_written_in_capitals_stays_one(text: str, name: str) -> None:
    article = newsfacts.parse_article(text)
    assert [
        a
        for a in article.actors
        if a.kind.value == "organization" and any(m.text == name for m in a.mentions)
    ]


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Jihadists linked to al Qaeda attacked the town.", "al Qaeda", "al-Qaida"),
        ("The footage was aired by al Jazeera on Monday.", "al Jazeera", "Al Jazeera"),
        ("The attack was claimed by al Shabaab.", "al Shabaab", "al-Shabab"),
        ("Al Qaeda claimed the attack.", "Al Qaeda", "al-Qaida"),
    ],
)
def test_a_lower_case_arabic_article_opens_a_known_name(
    text: str, mention: str, name: str
) -> None:
    """Wire style writes the article apart and in lower case ("al Qaeda")."""
    article = newsfacts.parse_article(text)
    found = [a for a in article.actors if any(m.text == mention for m in a.mentions)]
    assert [a.name for a in found] == [name]


def test_a_lower_case_article_alone_opens_no_name() -> None:
    """ "al" before a capitalised word that opens no known name is left out."""
    article = newsfacts.parse_article("He met al Sisi in Cairo.")
    assert not [
        m.text for a in article.actors for m in a.mentions if m.text.startswith("al ")
    ]


def test_philippine_is_the_adjective_of_the_philippines() -> None:
    """ "Philippine" (the adjective news writes: "the Philippine military") is
    the country's demonym, as "Filipino" is."""
    text = (
        "The Philippine Department of Foreign Affairs summoned the Chinese ambassador."
    )
    article = newsfacts.parse_article(text)
    org = next(a for a in article.actors if a.kind.value == "organization")
    assert (org.name, org.country) == ("Philippine Department of Foreign Affairs", "PH")


@pytest.mark.parametrize(
    "zone", ["GMT", "UTC", "BST", "EST", "CET", "IST", "JST", "MSK"]
)
def test_a_time_zone_after_a_clock_time_is_no_actor(zone: str) -> None:
    """The time zones of the dates stage's table are never organisations."""
    text = f"Workers walked out at 07:00 {zone} on Monday, the union said."
    article = newsfacts.parse_article(text)
    assert all(m.text != zone for a in article.actors for m in a.mentions)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("MLA Sandra Jansen said the bill would pass.", "Sandra Jansen", "MLA"),
        ("Labour MP Diane Abbott said the plan was wrong.", "Diane Abbott", "MP"),
        ("Conservative MEP Daniel Hannan spoke on Monday.", "Daniel Hannan", "MEP"),
        ("MK Itamar Ben-Gvir visited the site.", "Itamar Ben-Gvir", "MK"),
    ],
    ids=["mla", "mp", "mep", "mk"],
)
def test_a_member_of_parliament_abbreviation_titles_the_name(
    text: str, name: str, title: str
) -> None:
    """MP, MLA, MEP, MSP, MPP and MK are legislators' titles."""
    people = {
        a.name: a.title
        for a in newsfacts.parse_article(text).actors
        if a.kind == newsfacts.ActorKind.PERSON
    }
    assert people.get(name) == title, people
