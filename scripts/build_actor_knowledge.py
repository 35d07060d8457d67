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
- `agents.tsv.gz`: role nouns, singular and plural, with their agent code;
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
   GCIDE, plural -s included), not a given name alone, not a place name, and of
   four letters or more; organisations' acronyms that are common words ("WHO")
   are kept but matched in capitals only.
5. A surname alone ("Putin") is added for a person when no other official has
   that word in any name, under the same conditions as 4.
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
from collections.abc import Iterable
from dataclasses import dataclass, field
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
PACKAGES = {"english-words": "2.0.2", "names": "0.3.0"}
MAX_GIVEN = 2500  # census given names kept as given names (as build_names.py)
MAX_SURNAME = 2000  # census surnames too common to stand alone for one official
MIN_GIVEN = 3  # a first word of this many Countries names is a given name
MIN_SINGLE = 4  # shortest name of one word kept
SECTORS = frozenset(
    """AGR BUD BUS CHR COP CRM CTH CVL DEV EDU ELI ENV GOV HIN HLH HRI IGO IMG INS
    JEW JUD LAB LEG MAR MED MIL MNC MUS NGO OPP PPL PRO PTY RAD REB REF REL SEP
    SPY UAF""".split()
)
COMPANY_SUFFIXES = frozenset(
    "plc inc ltd corp co llc sa ag nv ab asa spa bhd limited group holdings".split()
)
SUFFIXES = frozenset({"JR", "JR.", "SR", "SR.", "II", "III", "IV"})
PARTICLES = frozenset(
    """BIN IBN BINT DE DA DI DO DOS DAS DU DEL DELLA DER DEN VAN VON Y""".split()
)
FUNCTION_WORDS = frozenset(
    "of the and for to in at on with from by as a an".split()
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
sys.path.insert(0, str(ROOT))
from newsfacts.knowledge.petrarch import name_key  # noqa: E402


# --- word lists --------------------------------------------------------------


def _curated(name: str) -> list[list[str]]:
    rows = []
    for line in (CURATED / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case words of both Webster's Second (web2, where proper nouns are
    capitalised) and GCIDE: words, not names."""
    from english_words import get_english_words_set

    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    gcide = get_english_words_set(["gcide"], lower=True, alpha=True)
    return frozenset(w for w in web2 if w.islower() and w in gcide)


def is_common(word: str) -> bool:
    """A common English word, or the plural of one ("gates")."""
    word = word.lower()
    words = common_words()
    if word in words:
        return True
    # the plural of a common word; a stem under five letters is too often an
    # obscure entry of the lists ("hama", so "Hamas")
    if word.endswith("ies") and len(word) > 5 and word[:-3] + "y" in words:
        return True
    return word.endswith("s") and len(word) > 5 and word[:-1] in words


# --- names -------------------------------------------------------------------


def tokens(phrase: str) -> list[str]:
    """The words of a PETRARCH phrase ("BAN_KI-MOON_" -> ["BAN", "KI-MOON"])."""
    return phrase.replace("_", " ").upper().split()


def body_words(phrase: str) -> tuple[list[str], list[str]]:
    """The words of an organisation's name less a leading "THE", and its
    parenthesised words ("THE_EU_" -> ["EU"])."""
    words, inside = strip_parentheses(tokens(phrase))
    if len(words) > 1 and words[0] == "THE":
        words = words[1:]
    return words, inside


def strip_parentheses(words: list[str]) -> tuple[list[str], list[str]]:
    """Words outside parentheses, and the parenthesised ones."""
    text = " ".join(words)
    inside: list[str] = []
    while "(" in text:
        start = text.index("(")
        end = text.find(")", start)
        if end < 0:
            text = text[:start]
            break
        inside.append(text[start + 1 : end].strip())
        text = text[:start] + " " + text[end + 1 :]
    return text.split(), inside


@dataclass
class Lexicon:
    """What the build knows about words, from the dictionaries and curated lists."""

    titles: set[tuple[str, ...]]
    person_titles: set[tuple[str, ...]]
    org_words: frozenset[str]
    given: frozenset[str]
    places: frozenset[str]
    discards: frozenset[str]
    surnames: frozenset[str]
    exclusions: dict[str, set[str]]

    def is_title(self, words: list[str]) -> bool:
        return tuple(w.rstrip(".,") for w in words) in self.titles or tuple(
            words
        ) in self.titles

    def is_person_title(self, words: list[str]) -> bool:
        """A singular title of a person, no body word in it ("PRESIDENT")."""
        key = tuple(w.rstrip(".,") for w in words)
        return key in self.person_titles and not self.is_org(key)

    def is_org(self, words: Iterable[str]) -> bool:
        return any(w.strip(".,()'") in self.org_words for w in words)

    def bare_name(self, words: list[str]) -> list[str]:
        """Words after the last title a name follows ("PRESIDENT_OBAMA" ->
        ["OBAMA"]); a title that is also a given name is a name."""
        words = [w for w in words if w != "THE"]
        cut = 0
        for end in range(len(words) - 1, 0, -1):
            rest = [w for w in words[end:] if w not in SUFFIXES]
            if not rest:
                continue
            for start in range(end):
                span = words[start:end]
                if self.is_title(span) and not (
                    len(span) == 1 and span[0] in self.given
                ):
                    cut = end
                    break
            if cut:
                break
        return words[cut:]


def person_words(phrase: str, lex: Lexicon) -> list[str] | None:
    """The words of a person's name in `phrase`, or None if it is not one."""
    if "\ufffd" in phrase or "," in phrase:
        return None
    words, _ = strip_parentheses(tokens(phrase))
    words = lex.bare_name(words)
    if not words or len(words) > 6 or lex.is_org(words) or lex.is_title(words):
        return None
    if any(w.lower() in FUNCTION_WORDS for w in words):
        return None
    for word in words:
        if any(ch.isdigit() for ch in word) or not any(ch.isalpha() for ch in word):
            return None
        if any(ch in "&/" for ch in word):
            return None
    return words


def _cap(part: str) -> str:
    """One word part in title case, "Mc" and "O'" names kept ("McNamara")."""
    if not part:
        return part
    low = part.lower()
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2:].capitalize()
    if len(low) > 2 and low[1] == "'":
        return low[0].upper() + "'" + low[2:].capitalize()
    return low.capitalize()


def display_person(words: list[str], korean: bool = False) -> str:
    """A readable name: title case; particles in lower case after the first word
    ("bin", "de", "van"); the Arabic article joined ("al-Assad"); initials with
    a period; the second part of a hyphenated Korean given name in lower case
    ("Ban Ki-moon")."""
    out: list[str] = []
    skip = False
    for index, word in enumerate(words):
        if skip:
            skip = False
            continue
        upper = word.upper()
        if index > 0 and upper in ("AL", "EL") and index + 1 < len(words):
            out.append(upper.lower() + "-" + _cap(words[index + 1]))
            skip = True
            continue
        if index > 0 and upper in PARTICLES:
            out.append(upper.lower())
            continue
        if upper in SUFFIXES:
            out.append(upper.capitalize() + "." if upper.startswith(("JR", "SR")) else upper)
            out[-1] = out[-1].replace("..", ".")
            continue
        bare = upper.strip(".'")
        if len(bare) == 1 and bare.isalpha():
            out.append(bare + ".")
            continue
        if "." in bare and all(len(p) == 1 for p in bare.split(".")):
            out.append(bare + ".")  # initials run together: "A.P.J."
            continue
        word = word.strip("'")
        parts = word.split("-")
        shown = []
        for number, part in enumerate(parts):
            low = part.lower()
            if (number > 0 or index > 0) and low in ("al", "el") and number + 1 < len(parts):
                shown.append(low)
            elif number > 0 and korean:
                shown.append(low)
            else:
                shown.append(_cap(part))
        out.append("-".join(shown))
    return " ".join(out)


_LOWER_PAIRS = frozenset("al el de la le du da di do of to in on at by as an".split())


def display_org(words: list[str], acronyms: set[str] | frozenset[str] = frozenset()) -> str:
    """A readable organisation name: title case, short function words in lower
    case, acronyms in capitals (a known acronym, a word of two letters, a
    word of up to five letters with no vowel, or one with periods)."""
    out = []
    for index, word in enumerate(words):
        low = word.lower()
        bare = low.replace(".", "")
        if index > 0 and (low in FUNCTION_WORDS or low in _LOWER_PAIRS):
            out.append(low)
        elif (
            "." in word
            or bare.upper() in acronyms
            or (len(bare) == 2 and bare.isalpha() and low not in _LOWER_PAIRS)
            or (len(bare) <= 5 and not any(v in bare for v in "aeiouy"))
        ):
            out.append(word.upper())
        else:
            out.append("-".join(_cap(p) for p in word.split("-")))
    return " ".join(out)


# --- records -----------------------------------------------------------------


@dataclass
class Person:
    """An official: name words, name variants (word lists), roles in PETRARCH's
    order (default roles last, as PETRARCH falls back to them)."""

    words: list[str]
    variants: list[list[str]]
    codes: list[object]
    source: str
    line: int

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(c.code[:3] for c in self.codes)  # type: ignore[attr-defined]


@dataclass
class Body:
    """An organisation: names (word lists, the first is the display name),
    acronyms, and its code."""

    names: list[list[str]]
    acronyms: list[str]
    code: str
    source: str
    line: int
    extra: list[list[str]] = field(default_factory=list)


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


def role_codes(codes: list[object]) -> list[object]:
    """Dated codes first, in file order, then the defaults; duplicates once."""
    seen = set()
    out = []
    for code in [c for c in codes if c.dated] + [c for c in codes if not c.dated]:  # type: ignore[attr-defined]
        if code not in seen:
            seen.add(code)
            out.append(code)
    return out


def initials_match(acronym: str, words: list[str]) -> bool:
    """Whether `acronym` is made of the initials of `words` (function words and
    the Arabic article may be skipped): "NATO", "UNHCR", "IDF"."""
    letters = [ch for ch in acronym.upper() if ch.isalpha()]
    skip = FUNCTION_WORDS | COMPANY_SUFFIXES | {"al", "el"}
    heads = [w for w in words if w.lower().strip(".") not in skip]

    def walk(i: int, j: int) -> bool:
        if i == len(letters):
            return j == len(heads)
        if j == len(heads):
            return False
        word = heads[j].upper()
        # one letter for this word, or the word begins with the next letters
        for take in range(1, min(len(word), len(letters) - i) + 1):
            if word[:take] == "".join(letters[i : i + take]) and walk(i + take, j + 1):
                return True
        return False

    return 1 < len(letters) <= 8 and walk(0, 0)


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
        if len(parts) == 1 and 2 <= len(parts[0]) <= 8 and parts[0] not in lex.places:
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
    return dated


def classify(kind: str, group: object, lex: Lexicon) -> tuple[list[Person], list[Body]]:
    """The people and organisations of one record group of file `kind`."""
    codes = role_codes(group.codes)  # type: ignore[attr-defined]
    people: list[Person] = []
    bodies: list[Body] = []
    if not codes or is_place_group(codes):
        return people, bodies
    company = all(c.code.startswith("MNC") for c in codes)  # type: ignore[attr-defined]
    for entry in group.entries:  # type: ignore[attr-defined]
        primary = person_words(entry.primary, lex)
        if primary is not None and is_person(kind, primary, entry, codes, lex):
            variants = [primary]
            for synonym in entry.synonyms:
                found = person_words(synonym, lex)
                if found:
                    variants.append(found)
            people.append(Person(primary, variants, codes, kind, entry.line))
            continue
        if "\ufffd" in entry.primary:
            continue
        words, inside = body_words(entry.primary)
        if not words:
            continue
        body = Body([], [], body_code(codes), kind, entry.line)
        if not is_role(words, lex):
            body.names.append(words)
            body.acronyms.extend(_acronyms(inside, lex))
        for synonym in entry.synonyms:
            if "\ufffd" in synonym:
                continue
            syn, syn_inside = body_words(synonym)
            if not syn or is_role(syn, lex):
                continue
            person = person_words(synonym, lex)
            if (
                person is not None
                and not company
                and len(person) > 1
                and person[0] in lex.given
            ):
                people.append(Person(person, [person], codes, kind, entry.line))
                continue
            body.names.append(syn)
            body.acronyms.extend(_acronyms(syn_inside, lex))
        if body.names:  # a role phrase with named bodies among its synonyms
            bodies.append(body)
    return people, bodies


# --- agents ------------------------------------------------------------------

_PREPOSITIONS = frozenset("OF FOR IN AT TO ON WITHOUT FROM WITH".split())


def plural(word: str) -> str:
    """The regular English plural of a noun ("policeman" -> "policemen")."""
    low = word.lower()
    if low.endswith("man") and low not in ("german", "human", "roman", "shaman"):
        return word[:-3] + "men"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def singular(word: str) -> str:
    """The singular of a regular plural ("gunmen" -> "gunman")."""
    low = word.lower()
    if low.endswith("men"):
        return word[:-3] + "man"
    if low.endswith("ies"):
        return word[:-3] + "y"
    if low.endswith(("ses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    return word[:-1]


def looks_plural(word: str) -> bool:
    """A word that reads as a regular plural ("rebels", "gunmen", "ministries")."""
    low = word.lower()
    if low.endswith("men"):
        return True
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "ics", "ous"))


def head_index(words: list[str]) -> int:
    """The word that takes the plural: the last, or the one before the first
    preposition ("CHIEF_JUSTICE_OF_THE_SUPREME_COURT" -> JUSTICE)."""
    for index, word in enumerate(words):
        if index and word in _PREPOSITIONS:
            return index - 1
    return len(words) - 1


def agent_rows(lines: Iterable[object], lex: Lexicon) -> tuple[list[tuple[str, str, str]], Counter[str]]:
    """(noun, singular, code) rows; the first line of a noun wins."""
    rows: dict[str, tuple[str, str, str]] = {}
    dropped: Counter[str] = Counter()
    for line in lines:
        words = tokens(line.phrase)  # type: ignore[attr-defined]
        if not words or words[-1] in _PREPOSITIONS | {"THE", "AND", "A", "AN"}:
            dropped["agent phrase ends with a function word"] += 1
            continue
        if any(not w.replace("-", "").replace("'", "").isalpha() for w in words):
            dropped["agent phrase with digits or signs"] += 1
            continue
        code = line.code  # type: ignore[attr-defined]
        head = head_index(words)
        forms: list[tuple[list[str], list[str]]] = []
        given = line.plural  # type: ignore[attr-defined]
        if given is None and looks_plural(words[head]) and head == len(words) - 1:
            one = words[:head] + [singular(words[head])]
            forms.append((words, one))
        else:
            forms.append((words, words))
            if given is None:
                many = [*words[:head], plural(words[head]), *words[head + 1 :]]
                forms.append((many, words))
            elif given:
                forms.append((tokens(given), words))
        for noun, one in forms:
            key = " ".join(noun).lower()
            if name_key(key) in lex.exclusions["agent"]:
                dropped["agent excluded by hand"] += 1
                continue
            rows.setdefault(key, (key, " ".join(one).lower(), code))
    return sorted(rows.values()), dropped


# --- lexicon -----------------------------------------------------------------


def read_sources(source: Path) -> dict[str, str]:
    """The text of every input file."""
    return {k: (source / v).read_text(encoding="utf-8") for k, v in INPUTS.items()}


def make_lexicon(texts: dict[str, str], groups: dict[str, list[object]]) -> Lexicon:
    """Titles, body words, given names, places, discards and exclusions."""
    agent_lines = list(pd.read_agents(texts["agents"]))
    person_titles = {tuple(tokens(a.phrase)) for a in agent_lines}
    person_titles |= {tuple(tokens(row[0])) for row in _curated("petrarch_titles.tsv")}
    titles = set(person_titles)
    for words in list(person_titles):
        titles.add((*words[:-1], plural(words[-1])))
    org_words = frozenset(row[0] for row in _curated("petrarch_org_words.tsv"))
    exclusions: dict[str, set[str]] = defaultdict(set)
    for table, name, _reason, _example in _curated("petrarch_exclusions.tsv"):
        exclusions[table].add(name_key(name))
    places: set[str] = set()
    firsts: Counter[str] = Counter()
    for group in groups["countries"]:
        codes = role_codes(group.codes)  # type: ignore[attr-defined]
        for entry in group.entries:  # type: ignore[attr-defined]
            if codes and is_place_group(codes):
                for name in [entry.primary, *entry.synonyms]:
                    words, _ = strip_parentheses(tokens(name))
                    places.add(" ".join(words))
            elif "CountryInfo" in entry.comment:
                words = tokens(entry.primary)
                if len(words) > 1:
                    firsts[words[0]] += 1
    given = frozenset(
        w
        for w, n in firsts.items()
        if n >= MIN_GIVEN and w not in org_words and w.isalpha() and len(w) > 1
    )
    discards = frozenset(name_key(d) for d in pd.read_discards(texts["discards"]))
    given = given | census("dist.male.first", MAX_GIVEN) | census(
        "dist.female.first", MAX_GIVEN
    )
    surnames = census("dist.all.last", MAX_SURNAME)
    return Lexicon(
        titles,
        person_titles,
        org_words,
        given,
        frozenset(places),
        discards,
        surnames,
        exclusions,
    )


def census(name: str, rank: int) -> frozenset[str]:
    """Names of a US Census 1990 list (the `names` package) up to `rank`."""
    from importlib import resources

    text = resources.files("names").joinpath(name).read_text(encoding="ascii")
    found = set()
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 4 and int(parts[3]) <= rank:
            found.add(parts[0])
    return frozenset(found)


# --- officials ---------------------------------------------------------------

SURNAME_FIRST = ("CHN", "TWN", "HKG", "KOR", "PRK")


def merge_people(people: list[Person]) -> list[Person]:
    """One person per primary name and country: records listed twice (two
    files, or a run of spellings sharing codes) become one."""
    merged: dict[tuple[str, frozenset[str]], Person] = {}
    for person in people:
        key = (name_key(" ".join(person.words)), person.countries)
        old = merged.get(key)
        if old is None:
            merged[key] = Person(
                person.words, list(person.variants), list(person.codes),
                person.source, person.line,
            )
            continue
        old.variants.extend(person.variants)
        for code in person.codes:
            if code not in old.codes:
                old.codes.append(code)
    out = list(merged.values())
    for person in out:
        person.codes = role_codes(person.codes)
    return out


def same_person(one: list[str], two: list[str]) -> bool:
    """Two names of one record group that are spellings of one name: the same
    last word, and each other word of the shorter begins like a word of the
    longer ("DMITR_MEDVEDEV_" and "DMITRY_MEDVEDEV_", "JOSIPOVIC_" and
    "IVO_JOSIPOVIC_"; not "ABU_BAKR_AL_BAGHDADI" and
    "ABU_ABDULLAH_AL_RASHID_AL_BAGHDADI")."""
    if one[-1] != two[-1]:
        return False
    short, long = sorted((one, two), key=len)
    return all(any(w[:3] == v[:3] for v in long[:-1]) for w in short[:-1])


def merge_runs(people: list[Person]) -> list[Person]:
    """People of one record group whose names are spellings of one name are
    one person; the longest name is the person's name."""
    out: list[Person] = []
    for person in people:
        for old in out:
            if old.codes is person.codes and same_person(old.words, person.words):
                old.variants.extend(person.variants)
                if len(person.words) > len(old.words):
                    old.words = person.words
                break
        else:
            out.append(person)
    return out


def single_ok(key: str, lex: Lexicon) -> bool:
    """A one-word name that news uses for little else (module docstring, 4)."""
    return (
        len(key) >= MIN_SINGLE
        and key.isalpha()
        and not is_common(key)
        and key.upper() not in lex.given
        and key.upper() not in lex.places
    )


def name_ok(key: str, table: str, lex: Lexicon) -> bool:
    """Filters every name key goes through."""
    if not key or key in lex.exclusions[table] or key in lex.discards:
        return False
    if " " not in key:
        return single_ok(key, lex)
    return key.upper() not in lex.places


def surname_of(person: Person) -> str:
    words = person.words
    if any(c in SURNAME_FIRST for c in person.countries):
        return name_key(words[0])
    return name_key(words[-1])


def officials_table(
    people: list[Person], lex: Lexicon, org_keys: set[str]
) -> tuple[list[tuple[str, str, str]], Counter[str]]:
    """Person rows: display name, roles, and the name keys other than the
    display name's own (|-separated)."""
    stats: Counter[str] = Counter()
    people = merge_people(people)
    words_of: Counter[str] = Counter()
    for person in people:
        seen = set()
        for variant in person.variants:
            seen.update(name_key(" ".join(variant)).split())
        words_of.update(seen)
    rows: dict[tuple[str, str], set[str]] = {}
    for person in people:
        korean = any(c in ("KOR", "PRK") for c in person.countries)
        display = display_person(person.words, korean)
        roles = " ".join(
            f"{c.code}:{c.start}:{c.end}" for c in person.codes  # type: ignore[attr-defined]
        )
        keys = set()
        for variant in person.variants:
            key = name_key(" ".join(variant))
            if name_ok(key, "official", lex):
                keys.add(key)
            else:
                stats["official name filtered"] += 1
        surname = surname_of(person)
        if (
            len(person.words) > 1
            and words_of[surname] == 1
            and surname not in org_keys
            and surname.upper() not in lex.surnames
            and name_ok(surname, "official", lex)
        ):
            keys.add(surname)
            stats["surname added"] += 1
        if not keys:
            stats["official left with no name"] += 1
            continue
        own = name_key(display)
        if own not in keys:
            # the display name itself was filtered: keep the person under the
            # other keys only, marked by a leading "-"
            keys.add("-")
        rows.setdefault((display, roles), set()).update(keys - {own})
    out = [(d, r, "|".join(sorted(k))) for (d, r), k in sorted(rows.items())]
    return out, stats


# --- organisations -----------------------------------------------------------


def org_key(words: list[str] | str) -> str:
    """An organisation's key (the loader's): `name_key` less a leading "the"."""
    key = name_key(words if isinstance(words, str) else " ".join(words))
    return key[4:] if key.startswith("the ") else key


def find_acronyms(bodies: list[Body]) -> None:
    """Move one-word names that are the initials of a longer name of the same
    body to its acronyms ("NATO" of "NORTH_ATLANTIC_TREATY_ORGANIZATION"), and
    fold a body that is only such a word into the longer one of the same code
    ("UN_" into "THE_UNITED_NATIONS_")."""
    for body in bodies:
        long = [n for n in body.names if len(n) > 1]
        for name in [n for n in body.names if len(n) == 1]:
            if any(initials_match(name[0], n) for n in long):
                body.names.remove(name)
                body.acronyms.append(name[0])
    by_code: dict[str, list[Body]] = defaultdict(list)
    for body in bodies:
        if any(len(n) > 1 for n in body.names):
            by_code[body.code].append(body)
    for body in bodies:
        if len(body.names) != 1 or len(body.names[0]) != 1:
            continue
        word = body.names[0][0]
        for other in sorted(by_code[body.code], key=lambda b: len(b.names[0])):
            if initials_match(word, other.names[0]):
                other.acronyms.append(word)
                other.acronyms.extend(body.acronyms)
                body.names = []
                break


def organizations_table(
    bodies: list[Body], lex: Lexicon
) -> tuple[list[tuple[str, str, str, str, str, str]], Counter[str]]:
    """Organisation rows: name, acronym, aliases, country, code, exact."""
    from newsfacts.knowledge.petrarch import code_country

    stats: Counter[str] = Counter()
    find_acronyms(bodies)
    bodies = [b for b in bodies if b.names]
    acronym_words = {a.replace(".", "") for b in bodies for a in b.acronyms}
    # one body per display key and code
    merged: dict[tuple[str, str], Body] = {}
    for body in bodies:
        key = (org_key(body.names[0]), body.code)
        if key in merged:
            merged[key].names.extend(body.names[1:])
            merged[key].acronyms.extend(body.acronyms)
        else:
            merged[key] = body
    bodies = list(merged.values())
    # a key several bodies claim goes to the first body (in source order) it
    # is the name of, else to none
    claims: dict[str, set[int]] = defaultdict(set)
    own: dict[str, int] = {}
    for index, body in enumerate(bodies):
        for name in body.names:
            claims[org_key(name)].add(index)
        for acronym in body.acronyms:
            claims[org_key(acronym)].add(index)
        own.setdefault(org_key(body.names[0]), index)
    rows = []
    for index, body in enumerate(bodies):
        def mine(key: str) -> bool:
            return len(claims[key]) == 1 or own.get(key) == index

        name = body.names[0]
        name_key_ = org_key(name)
        if not mine(name_key_) or not org_name_ok(name_key_, lex, own=True):
            stats["organization dropped (name filtered or shared)"] += 1
            continue
        shown = display_org(name, acronym_words)
        acronyms = []
        exact = False
        for acronym in dict.fromkeys(a.replace(".", "").upper() for a in body.acronyms):
            key = org_key(acronym)
            if not key or not mine(key) or key in lex.exclusions["organization"]:
                stats["acronym filtered"] += 1
                continue
            if is_common(key) or key.upper() in lex.places:
                if acronyms:
                    continue
                exact = True
            acronyms.append(acronym)
        aliases = []
        seen = {name_key_, *(org_key(a) for a in acronyms)}
        for alias in body.names[1:]:
            key = org_key(alias)
            if key in seen:
                continue
            seen.add(key)
            if mine(key) and org_name_ok(key, lex):
                aliases.append(display_org(alias, acronym_words))
            else:
                stats["alias filtered"] += 1
        acronym = acronyms[0] if acronyms else ""
        aliases.extend(acronyms[1:])
        country = code_country(body.code) or ""
        rows.append(
            (shown, acronym, "|".join(aliases), country, body.code, "1" if exact else "")
        )
    rows.sort()
    return rows, stats


def org_name_ok(key: str, lex: Lexicon, own: bool = False) -> bool:
    """Filters of organisation names: as for officials, but a one-word name may
    be a given name (a company named "ABBOTT"); an organisation's own name is
    not checked against the place names (PETRARCH lists "FATAH" among the names
    of Palestine, but "AL-FATAH" is the name of the movement)."""
    if not key or key in lex.exclusions["organization"] or key in lex.discards:
        return False
    place = not own and key.upper() in lex.places
    if " " not in key:
        return len(key) >= 2 and not is_common(key) and not place
    return not place


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
        "#   of the name itself; \"-\" = the name itself is not a key\n"
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
    people: list[Person] = []
    bodies: list[Body] = []
    for kind in ("countries", "international", "nonstate"):
        for group in groups[kind]:
            found, orgs = classify(kind, group, lex)
            people.extend(merge_runs(found))
            bodies.extend(orgs)
    org_rows, org_stats = organizations_table(bodies, lex)
    org_keys = {name_key(r[0]) for r in org_rows} | {
        name_key(r[1]) for r in org_rows if r[1]
    }
    person_rows, person_stats = officials_table(people, lex, org_keys)
    agent_list, agent_stats = agent_rows(pd.read_agents(texts["agents"]), lex)

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
            name: hashlib.sha256(texts[kind].encode("utf-8")).hexdigest()
            for kind, name in INPUTS.items()
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
                | {x for _, _, k in person_rows for x in k.split("|") if x not in ("", "-")}
            ),
            "organizations": len(org_rows),
            "agents": len(agent_list),
        },
        "dropped": dict(sorted(stats.items())),
        "files": {
            name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())
        },
    }
    return files, meta


def sources_json(meta: dict[str, object]) -> bytes:
    return (json.dumps(meta, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


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
    print(json.dumps(meta["rows"]), json.dumps(meta["dropped"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
