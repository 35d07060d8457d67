"""The actors stage's data files: well-formed, and the generated one reproducible.

The given-name list is rebuilt in memory from the `names` package (the `data`
extra) and compared with the shipped file, so a hand edit or a stale build fails.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

import newsfacts
from newsfacts._data import iter_rows
from newsfacts.actors import lexicon as lex
from newsfacts.knowledge.countries import alpha3
from newsfacts.knowledge.keys import org_key
from newsfacts.knowledge.organizations import known_orgs
from newsfacts.knowledge.petrarch import code_country

from .support import load_script

ROOT = Path(__file__).resolve().parent.parent
ACTORS = ROOT / "newsfacts" / "actors" / "data"
KNOWLEDGE = ROOT / "newsfacts" / "knowledge" / "data"
SECTORS = set(
    """GOV MIL REB OPP PTY LEG JUD COP SPY MED BUS EDU NGO IGO REL ELI CVL REF LAB
    HLH""".split()
)


def _load_build_script():  # type: ignore[no-untyped-def]
    return load_script(ROOT / "scripts" / "build_names.py")


def test_given_names_are_reproducible() -> None:
    """scripts/build_names.py rebuilds exactly the shipped given-name list."""
    pytest.importorskip("names")
    build = _load_build_script()
    shipped = gzip.decompress((KNOWLEDGE / "given_names.txt.gz").read_bytes()).decode()
    rebuilt = build.HEADER + "".join(n + "\n" for n in build.given_names())
    assert shipped == rebuilt


def test_world_given_names_are_reproducible() -> None:
    """scripts/build_names.py rebuilds exactly the shipped world given names."""
    pytest.importorskip("faker")
    build = _load_build_script()
    path = KNOWLEDGE / "given_names_world.txt.gz"
    shipped = gzip.decompress(path.read_bytes()).decode()
    rebuilt = build.WORLD_HEADER + "".join(n + "\n" for n in build.world_given_names())
    assert shipped == rebuilt


def test_companies_are_reproducible() -> None:
    """scripts/build_companies.py rebuilds exactly the shipped company table."""
    pytest.importorskip("pytickersymbols")
    build = load_script(ROOT / "scripts" / "build_companies.py")
    shipped = gzip.decompress((KNOWLEDGE / "companies.tsv.gz").read_bytes())
    assert gzip.decompress(build.build()) == shipped


def _company_corrections() -> list[tuple[str, str]]:
    path = ROOT / "scripts" / "data" / "company_countries.tsv"
    rows = [
        line.split("\t")
        for line in path.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert all(len(r) == 4 and r[2] and r[3] for r in rows)  # a reason, an example
    return [(r[0], r[1]) for r in rows]


@pytest.mark.parametrize(("name", "country"), _company_corrections())
def test_company_corrections_are_shipped(name: str, country: str) -> None:
    """Generated from `scripts/data/company_countries.tsv`: each corrected
    company is in the shipped table with the corrected country."""
    shipped = gzip.decompress((KNOWLEDGE / "companies.tsv.gz").read_bytes()).decode()
    rows = [r.split("\t") for r in shipped.splitlines() if not r.startswith("#")]
    assert [r[2] for r in rows if r[0] == name] == [country]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        # members of a national index outside the United States, which the
        # source placed in Britain or the United States (rule 5)
        ("Canon Inc.", "JP"),
        ("Seiko Epson", "JP"),
        ("Aegon N.V.", "NL"),
        ("Laboratorios Rovi", "ES"),
        # domiciles with no index of their own, and a foreign company listed
        # only in New York, keep the source's country
        ("ArcelorMittal", "LU"),
        ("Medtronic", "IE"),
        ("Arm Holdings", "GB"),
        ("NXP Semiconductors", "NL"),
    ],
)
def test_company_countries_from_national_indices(name: str, country: str) -> None:
    """The shipped company table places index members by the rules of
    scripts/build_companies.py (rule 5)."""
    shipped = gzip.decompress((KNOWLEDGE / "companies.tsv.gz").read_bytes()).decode()
    rows = [r.split("\t") for r in shipped.splitlines() if not r.startswith("#")]
    assert [r[2] for r in rows if r[0] == name] == [country]


def test_every_company_is_found_by_each_of_its_forms() -> None:
    """Each row of the company table is an organisation of its country, by its
    name and by each other form, in a neutral sentence (one test: 1,700 rows)."""
    import newsfacts
    from newsfacts._data import iter_rows

    missed = []
    for name, forms, country, code in iter_rows("knowledge/data/companies.tsv.gz"):
        for surface in (name, *(f for f in forms.split("|") if f)):
            text = f"On Monday, {surface} said it would cut 300 jobs."
            article = newsfacts.parse_article(text)
            # the name's first word past a leading "The", which is no part of it
            start = text.index(surface) + (4 if surface.startswith("The ") else 0)
            got = [
                a
                for a in article.actors
                if a.kind.value == "organization"
                and any(m.start <= start < m.end for m in a.mentions)
            ]
            # an organisation known from an earlier table keeps that table's
            # country and code; one of this table has this row's
            if not got or (got[0].code == code and got[0].country != (country or None)):
                missed.append(surface)
    assert not missed, f"{len(missed)} not found: {missed[:20]}"


def test_no_function_word_is_a_given_name() -> None:
    """A preposition, determiner, pronoun or interjection opening a sentence is
    never a given name ("In Moscow, the Kremlin said")."""
    from newsfacts.knowledge.names import given_names
    from newsfacts.language.tagger_lexicon import FUNCTION, lexicon

    entries = lexicon().entries
    bad = sorted(n for n in given_names() if n in entries and entries[n][0] in FUNCTION)
    assert bad == []


@pytest.mark.parametrize(
    ("name", "columns"),
    [
        pytest.param(KNOWLEDGE / "titles.tsv", 2, id="titles"),
        pytest.param(ACTORS / "org_keywords.tsv", 3, id="org-keywords"),
        pytest.param(KNOWLEDGE / "organizations.tsv", 5, id="organizations"),
        pytest.param(KNOWLEDGE / "role_nouns.tsv", 3, id="role-nouns"),
        pytest.param(ACTORS / "party_members.tsv", 3, id="party-members"),
    ],
)
def test_tables_have_their_columns(name: Path, columns: int) -> None:
    """Every row of a table has its number of tab-separated columns."""
    for line in name.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            assert len(line.split("\t")) == columns, line


@pytest.mark.parametrize(
    ("sector", "where"),
    [
        pytest.param(k.sector, (k.prefix, k.suffix), id=w)
        for w, k in lex.org_keywords().items()
    ],
)
def test_keyword_sectors_are_known(sector: str, where: tuple[bool, bool]) -> None:
    """Keyword sectors are CAMEO-style sector codes, and a keyword stands somewhere."""
    assert sector == "" or sector in SECTORS
    assert any(where)


# Codes of bodies that are not one country's: international, multinational
# companies and non-governmental organisations (CAMEO).
MULTINATIONAL = ("IGO", "IMG", "MNC", "NGO")
# CAMEO sector codes, which follow a country's or a region's code.
SECTOR_CODES = frozenset(
    "AGR BUS COP CRM CVL EDU ELI ENV GOV HLH HRI JUD LAB LEG MED MIL OPP PTY REB "
    "REF REL SPY UAF".split()
)


def test_known_organisations_are_coded() -> None:
    """Known organisations have alpha-2 countries and upper-case codes."""
    for org in set(known_orgs().values()):
        assert org.country is None or re.fullmatch(r"[A-Z]{2}", org.country), org
        assert org.code is None or re.fullmatch(r"[A-Z][A-Z0-9]{2,17}", org.code), org
        if org.country and org.code and not org.code.startswith(MULTINATIONAL):
            # the country's alpha-3, or CAMEO's own code for it ("KSV": Kosovo)
            assert org.code.startswith(alpha3(org.country) or "?") or (
                code_country(org.code) == org.country
            ), org


@pytest.mark.parametrize(
    ("forms", "name"),
    [
        (["al-Shabaab", "Al-Shabab", "Shabaab", "Ash-Shabaab"], "al-Shabab"),
        (["BBC", "British Broadcasting Service", "BBC World Service"], None),
        (["Doctors Without Borders", "Medecins Sans Frontieres", "MSF"], None),
    ],
    ids=["shabaab", "bbc", "msf"],
)
def test_an_organisation_known_twice_is_one(forms: list[str], name: str | None) -> None:
    """An entry of a later table whose own name an earlier table claims is
    the earlier entry, with all its forms: "Shabaab" (PETRARCH2's alias) and
    "al-Shabaab" (the curated table's) are one organisation."""
    found = {known_orgs().get(org_key(f)) for f in forms}
    assert len(found) == 1 and None not in found, found
    if name is not None:
        assert next(iter(found)).name == name  # type: ignore[union-attr]


def test_curated_codes_open_with_a_country_region_or_body() -> None:
    """A curated organisation's code opens with a country's, a region's or an
    international body's code, never a sector ("Airbus": EURBUS, not BUS)."""
    for row in iter_rows("knowledge/data/organizations.tsv"):
        code = row[4]
        assert code == "-" or code[:3] not in SECTOR_CODES, row


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Buzzfeed reported the story on Monday.", "Buzzfeed", "---MED"),
        ("Airbus said its profit rose.", "Airbus", "EURBUS"),
    ],
)
def test_organisation_coded_by_its_sector_gets_a_country_part(
    text: str, name: str, code: str
) -> None:
    """The knowledge base codes some bodies by sector alone ("MED"); out, the
    country part is the found country's or CAMEO's "---"."""
    article = newsfacts.parse_article(text, published="2025-02-20")
    assert {a.name: a.code for a in article.actors}.get(name) == code


def test_word_lists_are_lower_case() -> None:
    """Word lists are matched lower-case; an upper-case entry would never match."""
    for name in (
        ACTORS / "stopwords.txt",
        ACTORS / "not_person_words.txt",
        ACTORS / "standalone_orgs.txt",
        KNOWLEDGE / "given_names_extra.txt",
    ):
        for line in name.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                assert line == line.lower().strip(), (name, line)


def test_word_classes_are_well_formed() -> None:
    """`actors/data/words.tsv`: two columns, each class introduced by a comment
    with an example, its words sorted and unique, classes in one block each."""
    lines = (ACTORS / "words.tsv").read_text(encoding="utf-8").splitlines()
    seen: list[str] = []
    introduced: set[str] = set()
    words: dict[str, list[str]] = {}
    for line in lines:
        if (
            line.startswith("# ")
            and ": " in line
            and line[2:].split(":")[0].isidentifier()
        ):
            cls, _, doc = line[2:].partition(": ")
            assert '"' in doc, f"{cls}: no example"
            introduced.add(cls)
            continue
        if not line or line.startswith("#"):
            continue
        cls, word = line.split("\t")
        assert cls in introduced, f"{cls} has no introducing comment"
        if not seen or seen[-1] != cls:
            assert cls not in seen, f"{cls} split over two blocks"
            seen.append(cls)
        assert word and word == word.strip(), line
        words.setdefault(cls, []).append(word)
    for cls, ws in words.items():
        assert ws == sorted(set(ws)), f"{cls}: not sorted or not unique"
    assert set(words) == introduced


def test_word_classes_load() -> None:
    """The lexicon exposes the classes with the types the stage reads."""
    assert "gen" in lex.ABBREVIATIONS and "bin" in lex.NAME_PARTICLES
    assert "al-" in lex.ARTICLE_PREFIXES and "bin-" not in lex.ARTICLE_PREFIXES
    assert "bin-" in lex.LOWER_PREFIXES
    assert "Singer".lower().endswith(lex.ROLE_ENDINGS)
    assert "Tourism".lower().endswith(lex.ABSTRACT_ENDINGS)
    assert "MIL" in lex.NATIONAL_SECTORS


def test_not_acronyms_rows_say_what_the_word_is() -> None:
    """Every row of `not_acronyms.tsv` is a lower-case word and its reason."""
    for line in (ACTORS / "not_acronyms.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, reason = line.split("\t")
            assert word == word.lower().strip() and len(reason) > 10, line
