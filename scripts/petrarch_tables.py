"""Tables built from the PETRARCH2 records: officials (merged, named, with
their surnames), organisations (acronyms, aliases, one owner per name) and
role nouns. Used by `scripts/build_actor_knowledge.py`, which documents the
rules; `pn` is scripts/petrarch_names.py."""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from newsfacts.knowledge.petrarch import code_country, name_key

pn = sys.modules["petrarch_names"]
Lexicon = pn.Lexicon
MIN_SINGLE = 4  # shortest name of one word kept
PLACE_HEADS = pn.place_heads

__all__ = [
    "Body",
    "Person",
    "agent_rows",
    "merge_runs",
    "officials_table",
    "organizations_table",
    "role_codes",
    "surname_of",
]


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


def role_codes(codes: list[object]) -> list[object]:
    """Dated codes first, in file order, then the defaults; duplicates once."""
    seen = set()
    out = []
    for code in [c for c in codes if c.dated] + [c for c in codes if not c.dated]:  # type: ignore[attr-defined]
        if code not in seen:
            seen.add(code)
            out.append(code)
    return out


# --- agents ------------------------------------------------------------------


def agent_rows(
    lines: Iterable[object], lex: Lexicon
) -> tuple[list[tuple[str, str, str]], Counter[str]]:
    """(noun, singular, code) rows; the first line of a noun wins."""
    rows: dict[str, tuple[str, str, str]] = {}
    dropped: Counter[str] = Counter()
    for line in lines:
        words = pn.tokens(line.phrase)  # type: ignore[attr-defined]
        if len(words) > 1 and words[0] in ("A", "AN", "THE"):
            words = words[1:]  # "A_CABINET_MEETING"
        if not words or words[-1] in pn.PREPOSITIONS | {"THE", "AND", "A", "AN"}:
            dropped["agent phrase ends with a function word"] += 1
            continue
        if any(not w.replace("-", "").replace("'", "").isalpha() for w in words):
            dropped["agent phrase with digits or signs"] += 1
            continue
        code = line.code  # type: ignore[attr-defined]
        head = pn.head_index(words)
        forms: list[tuple[list[str], list[str]]] = []
        given = line.plural  # type: ignore[attr-defined]
        last = head == len(words) - 1
        plural_form = pn.looks_plural(words[head]) and (
            given is None or line.expanded  # type: ignore[attr-defined]
        )
        if plural_form and last:
            one = [*words[:head], pn.singular(words[head])]
            forms.append((words, one))
        else:
            forms.append((words, words))
            if given is None:
                many = [*words[:head], pn.plural(words[head]), *words[head + 1 :]]
                forms.append((many, words))
            elif given:
                forms.append((pn.tokens(given), words))
        for noun, one in forms:
            text = " ".join(noun).lower()
            key = name_key(text)  # "anti-riot police" = "anti riot police"
            if key in lex.exclusions["agent"]:
                dropped["agent excluded by hand"] += 1
                continue
            rows.setdefault(key, (text, " ".join(one).lower(), code))
    return sorted(rows.values()), dropped


# --- officials ---------------------------------------------------------------

# family name first; in Vietnam it is nearly always one of a few (Nguyen), so no
# surname alone is added there
SURNAME_FIRST = ("CHN", "TWN", "HKG", "KOR", "PRK", "VNM")


def merge_people(people: list[Person]) -> list[Person]:
    """One person per primary name and country: records listed twice (two
    files, or a run of spellings sharing codes) become one."""
    merged: dict[tuple[str, frozenset[str]], Person] = {}
    for person in people:
        key = (name_key(" ".join(person.words)), person.countries)
        old = merged.get(key)
        if old is None:
            merged[key] = Person(
                person.words,
                list(person.variants),
                list(person.codes),
                person.source,
                person.line,
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
        and not pn.is_common(key)
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
    # a Korean name is written "Ki-moon" also where the record is not Korean
    # (Ban Ki-moon at the United Nations)
    korean_keys = {
        name_key(" ".join(p.words))
        for p in people
        if any(c in ("KOR", "PRK") for c in p.countries)
    }
    rows: dict[tuple[str, str], set[str]] = {}
    for person in people:
        korean = name_key(" ".join(person.words)) in korean_keys
        display = pn.display_person(person.words, korean)
        roles = " ".join(
            f"{c.code}:{c.start}:{c.end}"
            for c in person.codes  # type: ignore[attr-defined]
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
            and surname.upper() not in lex.first_names
            and surname.upper() not in PLACE_HEADS()
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
            if any(pn.initials_match(name[0], n) for n in long):
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
            if pn.initials_match(word, other.names[0]):
                other.acronyms.append(word)
                other.acronyms.extend(body.acronyms)
                body.names = []
                break


def organizations_table(
    bodies: list[Body], lex: Lexicon, person_surnames: set[str]
) -> tuple[list[tuple[str, str, str, str, str, str]], Counter[str]]:
    """Organisation rows: name, acronym, aliases, country, code, exact."""
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

        def mine(key: str, index: int = index) -> bool:
            return len(claims[key]) == 1 or own.get(key) == index

        name = body.names[0]
        name_key_ = org_key(name)
        if not mine(name_key_) or not org_name_ok(name_key_, lex, own=True):
            stats["organization dropped (name filtered or shared)"] += 1
            continue
        shown = pn.display_org(name, acronym_words)
        acronyms = []
        exact = False
        for acronym in dict.fromkeys(a.replace(".", "").upper() for a in body.acronyms):
            key = org_key(acronym)
            if not key or not mine(key) or key in lex.exclusions["organization"]:
                stats["acronym filtered"] += 1
                continue
            if pn.is_common(key) or key.upper() in lex.places:
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
            if " " not in key and key in person_surnames:
                # "ZARQAWI" among the names of ISIL names a person
                stats["alias that is a surname"] += 1
            elif mine(key) and org_name_ok(key, lex):
                aliases.append(pn.display_org(alias, acronym_words))
            else:
                stats["alias filtered"] += 1
        acronym = acronyms[0] if acronyms else ""
        aliases.extend(acronyms[1:])
        country = code_country(body.code) or ""
        rows.append(
            (
                shown,
                acronym,
                "|".join(aliases),
                country,
                body.code,
                "1" if exact else "",
            )
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
        return len(key) >= 2 and not pn.is_common(key) and not place
    return not place
