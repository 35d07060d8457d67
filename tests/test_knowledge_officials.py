"""The officials, organisations and role nouns built from the PETRARCH2 actor
dictionaries (`newsfacts.knowledge.petrarch`): look-ups on real news phrasings,
dated codes, every shipped organisation reachable, no common word shipped as a
bare name, and the tables reproducible from their source."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
from importlib import metadata
from pathlib import Path
from types import ModuleType

import pytest

from newsfacts.knowledge import petrarch as kb

from .support import load_script

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "newsfacts" / "knowledge" / "data" / "petrarch"
# The PETRARCH2 dictionaries the tables are built from, when a developer points at
# them (the suite itself never depends on files outside the repository).
SOURCE = Path(os.environ.get("NEWSFACTS_PETRARCH2_DIR") or "/nonexistent")
EXCLUSIONS = ROOT / "scripts" / "data" / "petrarch_exclusions.tsv"
D = dt.date

# Frequent English words, many of them also surnames or names of bodies ("May",
# "Rice", "Brown", "Bush", "Shell", "Apple"): none may be shipped as a bare
# one-word name of an official or an organisation.
FREQUENT_WORDS = frozenset(
    """the be to of and a in that have it for not on with he as you do at this
    but his by from they we say her she or an will my one all would there their
    what so up out if about who get which go me when make can like time no just
    him know take people into year your good some could them see other than then
    now look only come its over think also back after use two how our work first
    well way even new want because any these give day most us man woman child
    world life hand part place case week company system program question
    government number night point home water room mother area money story fact
    month lot right study book eye job word business issue side kind head house
    service friend father power hour game line end member law car city community
    name president team minute idea kid body information school face others level
    office door health person art war history party result change morning reason
    research girl guy moment air teacher force education foot boy age policy
    process music market sense nation plan college interest death experience
    effect class control care field development role effort rate heart drug show
    leader light voice wife police mind price report decision son view
    relationship town road arm difference value building action model season
    society tax director position player record paper space ground form event
    official matter center couple site project activity star table need court oil
    situation cost industry figure street image phone data picture practice piece
    land product doctor wall patient worker news test movie north love support
    technology step baby computer type attention film tree source organization hair
    window evidence population site army camp may rice brown bush white black
    green young king hill long little bird ford major wood stone rose grant hope
    bell gates hall lane ward park mills banks church noble rich cash carter baker
    fisher bishop hunter mason cook shell apple amazon target gap visa orange
    sun mars jordan chase turkey china guinea chad georgia victoria""".split()
)


# --- officials -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "on", "display", "country", "code"),
    [
        # the same person, before and after a change of office
        pytest.param("John Kerry", D(2010, 6, 1), "John Kerry", "US", "USAGOVLEG",
                     id="kerry-senator"),
        pytest.param("John Kerry", D(2014, 6, 1), "John Kerry", "US", "USAGOV",
                     id="kerry-secretary-of-state"),
        pytest.param("Vladimir Putin", D(1995, 1, 1), "Vladimir Putin", "RU", "RUSELI",
                     id="putin-before-office"),
        pytest.param("Putin", D(2005, 1, 1), "Vladimir Putin", "RU", "RUSGOV",
                     id="putin-surname-president"),
        pytest.param("Mohamed Morsi", D(2003, 1, 1), "Mohamed Morsi", "EG", "EGYGOVLEG",
                     id="morsi-deputy"),
        pytest.param("Mohammed Morsi", D(2013, 1, 1), "Mohamed Morsi", "EG", "EGYGOV",
                     id="morsi-president-spelling"),
        pytest.param("Morsi", D(2014, 1, 1), "Mohamed Morsi", "EG", "EGYELI",
                     id="morsi-deposed"),
        pytest.param("Abdel Fattah el-Sisi", D(2010, 1, 1), "Abdel Fattah el-Sisi", "EG",
                     "EGYMIL", id="sisi-general"),
        pytest.param("Abdel Fattah al-Sisi", D(2015, 1, 1), "Abdel Fattah el-Sisi", "EG",
                     "EGYGOV", id="sisi-president"),
        pytest.param("Ban Ki-moon", D(2005, 6, 1), "Ban Ki Moon", "KR", "KORGOVBUS",
                     id="ban-korean-minister"),
        pytest.param("Ban Ki-moon", D(2010, 6, 1), "Ban Ki-moon", None, "IGOUNO",
                     id="ban-un-secretary-general"),
        # spellings, accents, case, titles and the Arabic article
        pytest.param("Bashar Assad", D(2012, 1, 1), "Bashar al-Assad", "SY", "SYRGOV",
                     id="assad-no-article"),
        pytest.param("Erdoğan", D(2015, 1, 1), "Recep Tayyip Erdogan", "TR", "TURGOV",
                     id="erdogan-accent"),
        pytest.param("HAMID KARZAI", D(2010, 1, 1), "Hamid Karzai", "AF", "AFGGOV",
                     id="karzai-capitals"),
        pytest.param("Kofi Annan", D(2000, 1, 1), "Kofi Annan", None, "IGOUNO",
                     id="annan-international"),
        pytest.param("Khaled Meshaal", None, "Khaled Meshaal", "PS", "PSEREBHMS",
                     id="meshaal-named-under-hamas"),
        # a name two officials share, resolved by who is in office that day
        pytest.param("George Bush", D(2007, 1, 1), "George W. Bush", "US", "USAGOV",
                     id="george-bush-2007"),
        pytest.param("George Bush", D(1991, 1, 1), "George Bush", "US", "USAGOV",
                     id="george-bush-1991"),
        # without a date: the latest role
        pytest.param("Hillary Clinton", None, "Hillary Clinton", "US", "USAGOV",
                     id="clinton-latest"),
        pytest.param("Angela Merkel", None, "Angela Merkel", "DE", "DEUGOV",
                     id="merkel-latest"),
    ],
)  # fmt: skip
def test_officials(
    name: str, on: dt.date | None, display: str, country: str | None, code: str
) -> None:
    found = kb.official(name, on)
    assert found is not None
    assert (found.name, found.country, found.code) == (display, country, code)


@pytest.mark.parametrize(
    ("name", "on"),
    [
        # a common word, and the surname of two presidents
        pytest.param("Bush", None, id="bush"),
        # common words, first names alone and places are never names alone
        pytest.param("Rice", None, id="common-word"),
        pytest.param("Abdullah", None, id="first-name"),
        pytest.param("Hague", None, id="place"),
        pytest.param("Jackson", None, id="common-surname"),
        pytest.param("Secretary of State", None, id="role"),
        pytest.param("", None, id="empty"),
    ],
)
def test_not_officials(name: str, on: dt.date | None) -> None:
    assert kb.official(name, on) is None


def test_a_shared_surname_is_resolved_by_the_date() -> None:
    """Two officials share the key; on a date one of them holds a dated role."""
    table = kb._officials()
    shared = [k for k, ids in table.names.items() if len(ids) > 1]
    assert shared, "no key names two officials"
    resolved = 0
    for key in shared:
        people = [table.people[i] for i in table.names[key]]
        for person in people:
            for role in person.roles:
                if role.start is None:
                    continue
                day = role.start
                covering = [p for p in people if any(r.covers(day) for r in p.roles)]
                if covering == [person]:
                    found = kb.official(key, day)
                    assert found is not None and found.name == person.name
                    resolved += 1
    assert resolved > 0


def test_role_covers_its_limits() -> None:
    role = kb.Role("USAGOV", D(2009, 1, 20), D(2017, 1, 20))
    assert role.covers(D(2009, 1, 20)) and role.covers(D(2017, 1, 20))
    assert not role.covers(D(2009, 1, 19)) and not role.covers(D(2017, 1, 21))
    assert not kb.Role("USAELI", None, None).covers(D(2010, 1, 1))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param("Bashar al-Assad", "bashar assad", id="article"),
        pytest.param("BASHAR_AL_ASSAD", "bashar assad", id="petrarch-form"),
        pytest.param("U.N.", "un", id="dotted-acronym"),
        pytest.param("George H. W. Bush", "george hw bush", id="initials"),
        pytest.param("George H.W. Bush", "george hw bush", id="initials-run"),
        pytest.param("Ban Ki-moon", "ban ki moon", id="hyphen"),
        pytest.param("Médecins Sans Frontières", "medecins sans frontieres", id="accents"),
        pytest.param("People's Liberation Army", "peoples liberation army", id="apostrophe"),
        pytest.param("Mohammed bin Salman", "mohammed bin salman", id="bin-kept"),
    ],
)  # fmt: skip
def test_name_key(text: str, key: str) -> None:
    assert kb.name_key(text) == key


# --- organisations ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "display", "country", "code"),
    [
        pytest.param("Human Rights Watch", "Human Rights Watch", None, "NGOHRI", id="hrw"),
        pytest.param("Medecins Sans Frontieres", "Medecins Sans Frontieres", None,
                     "NGOHLHMSF", id="msf"),
        pytest.param("Médecins Sans Frontières", "Medecins Sans Frontieres", None,
                     "NGOHLHMSF", id="msf-accents"),
        pytest.param("MSF", "Medecins Sans Frontieres", None, "NGOHLHMSF",
                     id="msf-acronym"),
        pytest.param("United Nations", "United Nations", None, "IGOUNO", id="un"),
        pytest.param("the United Nations", "United Nations", None, "IGOUNO",
                     id="un-article"),
        pytest.param("UN", "United Nations", None, "IGOUNO", id="un-acronym"),
        pytest.param("U.N.", "United Nations", None, "IGOUNO", id="un-dotted"),
        pytest.param("NATO", "North Atlantic Treaty Organization", None, "IGOWSTNAT",
                     id="nato"),
        pytest.param("Nato", "North Atlantic Treaty Organization", None, "IGOWSTNAT",
                     id="nato-british-style"),
        pytest.param("Hamas", "Hamas", "PS", "PSEREBHMS", id="hamas"),
        pytest.param("Islamic Resistance Movement", "Hamas", "PS", "PSEREBHMS",
                     id="hamas-full-name"),
        pytest.param("Hezbollah", "Hezbollah", "LB", "LBNREB", id="hezbollah"),
        pytest.param("Hizbollah", "Hezbollah", "LB", "LBNREB", id="hezbollah-spelling"),
        pytest.param("Taliban", "Taliban", "AF", "AFGREB", id="taliban"),
        pytest.param("Taleban", "Taliban", "AF", "AFGREB", id="taliban-spelling"),
        pytest.param("EU", "European Union", None, "IGOEUREEC", id="eu"),
        pytest.param("CIA", "Central Intelligence Agency", "US", "USASPY", id="cia"),
        pytest.param("Mossad", "Mossad", "IL", "ISRSPY", id="mossad"),
        pytest.param("Boko Haram", "Boko Haram", "NG", "NGAREB", id="boko-haram"),
    ],
)  # fmt: skip
def test_organizations(name: str, display: str, country: str | None, code: str) -> None:
    found = kb.organization(name)
    assert found is not None
    assert (found.name, found.country, found.code) == (display, country, code)


def _org_rows() -> list[list[str]]:
    text = gzip.decompress((DATA / "organizations.tsv.gz").read_bytes()).decode()
    return [r.split("\t") for r in text.splitlines() if r and not r.startswith("#")]


def test_every_organization_is_found_by_name_and_acronym() -> None:
    """Generated from the shipped table: each row's name and acronym lead back
    to that row."""
    rows = _org_rows()
    assert len(rows) > 1000
    wrong = []
    for name, acronym, _aliases, country, code, _exact in rows:
        for form in (name, acronym):
            if not form:
                continue
            found = kb.organization(form)
            if found is None or (found.name, found.code, found.country) != (
                name,
                code,
                country or None,
            ):
                wrong.append((form, name, code, found))
    assert wrong == []


def test_acronyms_that_are_words_match_in_capitals_only() -> None:
    capitals = [r for r in _org_rows() if r[5]]
    assert capitals
    for name, acronym, *_ in capitals:
        assert kb.organization(acronym) is not None, name
        assert kb.organization(acronym.lower()) is None or (
            kb.organization(acronym.lower()).name != name  # type: ignore[union-attr]
        ), acronym


def test_organization_countries_follow_their_codes() -> None:
    for name, _acronym, _aliases, country, code, _exact in _org_rows():
        assert (country or None) == kb.code_country(code), name
        if code.startswith("IGO"):
            assert not country, name


# --- no common word as a bare name -----------------------------------------


def test_no_single_word_name_is_a_common_word() -> None:
    official_keys = [k for k in kb._officials().names if " " not in k]
    assert len(official_keys) > 1000
    shipped = set(official_keys)
    for name, acronym, aliases, _country, _code, exact in _org_rows():
        forms = [name, *aliases.split("|")] + ([] if exact else [acronym])
        shipped |= {kb.name_key(f) for f in forms if f and " " not in kb.name_key(f)}
    assert sorted(shipped & FREQUENT_WORDS) == []


# --- hand-written exclusions -----------------------------------------------


def _exclusions() -> list[list[str]]:
    text = EXCLUSIONS.read_text(encoding="utf-8")
    return [r.split("\t") for r in text.splitlines() if r and not r.startswith("#")]


def test_exclusions_have_a_reason_and_an_example() -> None:
    for row in _exclusions():
        assert len(row) == 4, row
        table, name, reason, example = row
        assert table in {"official", "organization", "agent"}, row
        assert name and len(reason) > 20 and example, row


def test_excluded_names_are_not_shipped() -> None:
    lookups = {
        "official": kb.official,
        "organization": kb.organization,
        "agent": kb.agent_noun,
    }
    for table, name, _reason, _example in _exclusions():
        assert lookups[table](name) is None, (table, name)


@pytest.mark.parametrize(
    ("name", "display"),
    [
        # "Islamic Jihad" alone is left out; the group that bears the name in
        # full is still found
        pytest.param("Palestinian Islamic Jihad", "Palestinian Islamic Jihad",
                     id="islamic-jihad"),
    ],
)  # fmt: skip
def test_an_excluded_name_is_found_in_full(name: str, display: str) -> None:
    found = kb.organization(name)
    assert found is not None and found.name == display


# --- role nouns ------------------------------------------------------------


@pytest.mark.parametrize(
    ("noun", "singular", "code"),
    [
        pytest.param("police", "police", "COP", id="police"),
        pytest.param("policeman", "policeman", "COP", id="policeman"),
        pytest.param("policemen", "policeman", "COP", id="policemen"),
        pytest.param("rebels", "rebel", "REB", id="rebels"),
        pytest.param("rebel", "rebel", "REB", id="rebel"),
        pytest.param("gunmen", "gunman", "UAF", id="gunmen"),
        pytest.param("militants", "militant", "UAF", id="militants"),
        pytest.param("protesters", "protester", "OPP", id="protesters"),
        pytest.param("minister", "minister", "GOV", id="minister"),
        pytest.param("ministers", "minister", "GOV", id="ministers"),
        pytest.param("soldiers", "soldier", "MIL", id="soldiers"),
        pytest.param("troops", "troop", "MIL", id="troops"),
        pytest.param("lawmakers", "lawmaker", "LEG", id="lawmakers"),
        pytest.param("judges", "judge", "JUD", id="judges"),
        pytest.param("journalists", "journalist", "MED", id="journalists"),
        pytest.param("refugees", "refugee", "REF", id="refugees"),
        pytest.param("Foreign Ministers", "foreign minister", "GOV",
                     id="foreign-ministers"),
    ],
)  # fmt: skip
def test_agent_nouns(noun: str, singular: str, code: str) -> None:
    found = kb.agent_noun(noun)
    assert found is not None
    assert (found.singular, found.code) == (singular, code)
    assert kb.agent(noun) == code


def test_unknown_noun_has_no_agent() -> None:
    assert kb.agent("weather") is None


# --- reproducible from the source ------------------------------------------


def _load_script() -> ModuleType:
    return load_script(ROOT / "scripts" / "build_actor_knowledge.py")


def _sources() -> dict[str, object]:
    meta: dict[str, object] = json.loads((DATA / "SOURCES.json").read_text("utf-8"))
    return meta


def test_rebuild_matches_committed_files() -> None:
    """The tables rebuilt from the PETRARCH2 files are the shipped ones (run with
    NEWSFACTS_PETRARCH2_DIR set to the dictionaries' folder; skipped otherwise,
    or without the build's word-list packages)."""
    if not SOURCE.is_dir():
        pytest.skip("NEWSFACTS_PETRARCH2_DIR is not set to the PETRARCH2 folder")
    meta = _sources()
    for package, version in meta["packages"].items():  # type: ignore[attr-defined]
        try:
            have = metadata.version(package)
        except metadata.PackageNotFoundError:
            pytest.skip(f"{package} is not installed")
        if have != version:
            pytest.skip(f"built with {package}=={version}, have {have}")
    build = _load_script()
    files, rebuilt = build.build(SOURCE)
    if rebuilt["inputs"] != meta["inputs"]:
        pytest.skip("the source files differ from those of the shipped build")
    for name, data in files.items():
        assert data == (DATA / name).read_bytes(), (
            f"{name}: run scripts/build_actor_knowledge.py"
        )
    assert json.loads(build.sources_json(rebuilt)) == meta


def test_sources_json_describes_the_shipped_files() -> None:
    meta = _sources()
    assert meta["commit"] == "676801cd9cb2924bbbad09f86d15c9323e7097bf"
    files: dict[str, str] = meta["files"]  # type: ignore[assignment]
    assert set(files) == {"officials.tsv.gz", "organizations.tsv.gz", "agents.tsv.gz"}
    for name, digest in files.items():
        assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == digest, name
    rows: dict[str, int] = meta["rows"]  # type: ignore[assignment]
    officials = kb._officials()
    assert rows["officials"] == len(officials.people)
    assert rows["official_names"] == len(officials.names)
    assert rows["organizations"] == len(_org_rows())
    assert rows["agents"] == len(kb._agents())


def test_shipped_size_stays_small() -> None:
    total = sum(p.stat().st_size for p in DATA.iterdir())
    assert total < 700_000


@pytest.mark.parametrize(
    ("name", "on", "country"),
    [
        pytest.param("Nadal", dt.date(2006, 1, 1), "PE", id="surname-in-office"),
        pytest.param("Nadal", dt.date(2024, 1, 1), None, id="surname-out-of-office"),
        pytest.param("Nadal", None, None, id="surname-no-date-role-ended"),
        pytest.param("Javier Sota Nadal", dt.date(2024, 1, 1), "PE", id="full-name"),
        pytest.param("Putin", None, "RU", id="surname-no-date-open-role"),
    ],
)
def test_a_surname_alone_names_an_official_in_office(
    name: str, on: dt.date | None, country: str | None
) -> None:
    """A surname alone reaches an official only while a role holds; the full
    name reaches the official whatever the date."""
    found = kb.official(name, on)
    assert (found.country if found else None) == country
