"""Officials, organisations and role nouns from the PETRARCH2 actor dictionaries.

The tables in `knowledge/data/petrarch/` are built by
`scripts/build_actor_knowledge.py` from the Phoenix dictionaries of the PETRARCH2
event coder (MIT, Open Event Data Alliance). They give CAMEO-style actor codes
(country alpha-3 + sector: "RUSGOV", "IGOUNO", "PSEREBHMS") to tens of thousands
of named officials, to international, national and non-state organisations, and
to the role nouns ("police", "rebels", "gunmen") that stand for a sector.

Look-ups are case, accent and punctuation insensitive (`name_key`): "Vladimir
Putin", "VLADIMIR PUTIN" and "Putin" reach the same person; "U.N." and "UN"
the same body. An official's code depends on the date: PETRARCH dates each role
("RUSGOV from 2008-05-08"), and `official(name, on)` gives the role current on
the article's date. Matching is insensitive to case, so a caller that must not
read "who" as the WHO asks only about capitalised spans.

Each table is read once, on first use.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import overload

import attrs

from .._data import iter_rows, lazy
from .keys import fold_accents

__all__ = [
    "AgentNoun",
    "Official",
    "Org",
    "Role",
    "agent",
    "agent_noun",
    "code_country",
    "name_key",
    "official",
    "organization",
]

_DIR = "knowledge/data/petrarch/"

_PUNCT = str.maketrans(
    {
        **dict.fromkeys('_-/,;:()[]{}"“”!?', " "),
        **dict.fromkeys("'’‘`´", ""),
    }
)


def name_key(text: str) -> str:
    """Matching key of a name: accents, case, apostrophes and punctuation dropped,
    hyphens read as spaces, the Arabic article "al"/"el" dropped, and initials
    run together ("U.N." = "UN", "George H. W. Bush" = "George H.W. Bush",
    "Bashar al-Assad" = "Bashar Assad", "Ban Ki-moon" = "Ban Ki Moon")."""
    words: list[str] = []
    initials = ""
    for raw in fold_accents(text).casefold().translate(_PUNCT).split():
        parts = [p for p in raw.split(".") if p]
        if not parts:
            continue
        if all(len(p) == 1 for p in parts):
            initials += "".join(parts)
            continue
        if initials:
            words.append(initials)
            initials = ""
        words.extend(p for p in parts if p not in ("al", "el"))
    if initials:
        words.append(initials)
    return " ".join(words)


def _date(text: str) -> datetime.date | None:
    """A YYYYMMDD date of the tables, or None for an open end."""
    if not text:
        return None
    return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:8]))


@attrs.frozen(slots=True)
class Role:
    """A code an official held: from `start` to `end` inclusive (None = open);
    a role with neither date is the person's default, used on dates no dated
    role covers."""

    code: str
    start: datetime.date | None
    end: datetime.date | None

    @property
    def dated(self) -> bool:
        """Whether the role has a start or an end date."""
        return self.start is not None or self.end is not None

    def covers(self, on: datetime.date) -> bool:
        """Whether the role is current on `on`."""
        if not self.dated:
            return False
        return (self.start is None or self.start <= on) and (
            self.end is None or on <= self.end
        )


@attrs.frozen(slots=True)
class Official:
    """A named official as of one date: display name, country (ISO 3166-1
    alpha-2, None for officials of international bodies) and the CAMEO-style
    code of the role current then (None when no role covers the date), with all
    the person's roles."""

    name: str
    country: str | None
    code: str | None
    roles: tuple[Role, ...]


@attrs.frozen(slots=True)
class Org:
    """An organisation: display name, acronym, other names, country (ISO
    alpha-2 for a national body, None for international ones) and CAMEO-style
    code ("IGOUNO", "NGOHRI", "PSEREBHMS", "MNCUSA")."""

    name: str
    acronym: str | None
    aliases: tuple[str, ...]
    country: str | None
    code: str


@attrs.frozen(slots=True)
class AgentNoun:
    """A role noun and its agent code: "gunmen" -> UAF, singular "gunman"."""

    noun: str
    singular: str
    code: str


@attrs.frozen(slots=True)
class _Person:
    name: str
    roles: tuple[Role, ...]


class _People(Sequence[_Person]):
    """The officials by id, kept as the text of their rows (a name, and the
    roles as "CODE:start:end" separated by spaces): a `_Person` and its roles
    are made when one is read.

    Some 18,000 people with 28,000 roles as records would be 46,000 objects
    that every full pass of the garbage collector walks for as long as the
    process lives; two tuples of strings are untracked by the collector's first
    pass, and an article reads a few dozen people."""

    __slots__ = ("_names", "_specs")

    def __init__(self, names: tuple[str, ...], specs: tuple[str, ...]) -> None:
        self._names = names
        self._specs = specs

    def __len__(self) -> int:
        return len(self._names)

    @overload
    def __getitem__(self, k: int) -> _Person: ...
    @overload
    def __getitem__(self, k: slice) -> list[_Person]: ...
    def __getitem__(self, k: int | slice) -> _Person | list[_Person]:
        if isinstance(k, slice):
            return [self[x] for x in range(len(self._names))[k]]
        roles = []
        for role in self._specs[k].split(" "):
            code, start, end = role.split(":")
            roles.append(Role(code, _date(start), _date(end)))
        return _Person(self._names[k], tuple(roles))


@attrs.frozen(slots=True)
class _Officials:
    people: _People
    names: dict[str, tuple[int, ...]]


@lazy
def _officials() -> _Officials:
    """People (row order = id) and name keys -> ids, from officials.tsv.gz."""
    people: list[str] = []
    specs: list[str] = []
    names: dict[str, list[int]] = {}
    for name, spec, others in iter_rows(_DIR + "officials.tsv.gz"):
        index = len(people)
        people.append(name)
        specs.append(spec)
        keys = others.split("|") if others else []
        if "-" not in keys:
            keys.append(name_key(name))
        for key in keys:
            if key != "-":
                names.setdefault(key, []).append(index)
    return _Officials(
        _People(tuple(people), tuple(specs)), {k: tuple(v) for k, v in names.items()}
    )


@lazy
def _alpha2() -> dict[str, str]:
    """ISO alpha-3 (and the CAMEO codes that differ from it) -> alpha-2."""
    import pycountry  # a runtime dependency; imported on first use only

    table = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    table.update({"KSV": "XK", "XKX": "XK", "ROM": "RO", "ZAR": "CD", "TMP": "TL"})
    return table


def code_country(code: str | None) -> str | None:
    """The country of a CAMEO-style code: its first three letters, or those after
    NGO/MNC ("MNCUSA" -> "US"); None for international and regional codes."""
    if not code:
        return None
    table = _alpha2()
    if code.startswith(("NGO", "MNC")):
        return table.get(code[3:6])
    if code.startswith(("IGO", "IMG")):
        return None
    return table.get(code[:3])


def _latest(roles: tuple[Role, ...]) -> Role | None:
    """The role a person holds last: the dated role that ends last (an open end
    is latest), the later start on a tie; the default when none is dated."""
    dated = [r for r in roles if r.dated]
    if not dated:
        return roles[0] if roles else None
    far = datetime.date.max
    near = datetime.date.min
    return max(dated, key=lambda r: (r.end or far, r.start or near))


def _role_on(roles: tuple[Role, ...], on: datetime.date | None) -> Role | None:
    """The role current on `on`: the first dated role covering it (PETRARCH's
    order), else the default; without a date the latest role."""
    if on is None:
        return _latest(roles)
    for role in roles:
        if role.covers(on):
            return role
    for role in roles:
        if not role.dated:
            return role
    return None


def _as_official(person: _Person, on: datetime.date | None) -> Official:
    role = _role_on(person.roles, on)
    code = role.code if role else None
    country = code_country(code)
    if role is None:
        latest = _latest(person.roles)
        country = code_country(latest.code if latest else None)
    return Official(person.name, country, code, person.roles)


def _current(role: Role, on: datetime.date | None) -> bool:
    """The role holds on `on`: it covers the date or has no dates; without a
    date, a role with no end."""
    if not role.dated:
        return True
    return role.end is None if on is None else role.covers(on)


def official(name: str, on: datetime.date | None = None) -> Official | None:
    """The official named `name` ("Vladimir Putin", "Putin", "Bashar al-Assad"),
    with the code of the role current on `on` (the article's date; without a
    date the latest role). A name several officials share is resolved by the
    date (the one whose dated role covers it, a sitting official before a
    former one) or when they hold the same code; otherwise it is ambiguous and
    None. A surname alone ("Putin") names an official only in office on the
    date (without a date: in a role with no end)."""
    table = _officials()
    ids = table.names.get(name_key(name))
    if not ids:
        return None
    people = [table.people[i] for i in ids]
    if len(name.split()) == 1:
        # a surname alone names an official only while in office ("Nadal" is
        # not the Peruvian minister of 2005-06 in a tennis report)
        people = [
            p
            for p in people
            if len(p.name.split()) == 1 or any(_current(r, on) for r in p.roles)
        ]
        if not people:
            return None
    if len(people) > 1 and on is not None:
        current = [p for p in people if any(r.covers(on) for r in p.roles)]
        if current:
            people = current
        # a sitting official before a former or future one (ELI: elite)
        sitting = [
            p
            for p in people
            if any(r.covers(on) and not r.code.endswith("ELI") for r in p.roles)
        ]
        if sitting:
            people = sitting
    found = [_as_official(p, on) for p in people]
    first = found[0]
    if all((f.code, f.country) == (first.code, first.country) for f in found):
        return first
    return None


@attrs.frozen(slots=True)
class _Orgs:
    rows: tuple[Org, ...]
    names: dict[str, int]
    exact: dict[str, int]


@lazy
def _organizations() -> _Orgs:
    """Organisations and their name keys (name, acronym, aliases)."""
    rows: list[Org] = []
    names: dict[str, int] = {}
    exact: dict[str, int] = {}
    for name, acronym, aliases, country, code, capitals in iter_rows(
        _DIR + "organizations.tsv.gz"
    ):
        org = Org(
            name,
            acronym or None,
            tuple(a for a in aliases.split("|") if a),
            country or None,
            code,
        )
        index = len(rows)
        rows.append(org)
        if capitals:
            exact.setdefault(acronym, index)
        for form in (name, "" if capitals else acronym, *org.aliases):
            key = _org_key(form)
            if key:
                names.setdefault(key, index)
    return _Orgs(tuple(rows), names, exact)


def _org_key(text: str) -> str:
    """An organisation's key: `name_key` less a leading "the"."""
    key = name_key(text)
    return key[4:] if key.startswith("the ") else key


def organization(name_or_acronym: str) -> Org | None:
    """The organisation with this name, acronym or alias ("United Nations", "UN",
    "U.N.", "Human Rights Watch", "Hamas"), or None. An acronym that is also a
    common word ("WHO") is matched only in capitals."""
    table = _organizations()
    index = table.exact.get(name_or_acronym.replace(".", "").strip())
    if index is None:
        index = table.names.get(_org_key(name_or_acronym))
    return None if index is None else table.rows[index]


@lazy
def _agents() -> dict[str, tuple[str, str, str]]:
    """Role nouns by key, as (noun, singular, code), from agents.tsv.gz: tuples
    of strings, which the garbage collector lets go after its first pass (an
    `AgentNoun` is made when one is asked for)."""
    table: dict[str, tuple[str, str, str]] = {}
    for noun, singular, code in iter_rows(_DIR + "agents.tsv.gz"):
        table[name_key(noun)] = (noun, singular, code)
    return table


def agent_noun(noun: str) -> AgentNoun | None:
    """The role noun `noun` ("policemen", "foreign minister"), or None."""
    found = _agents().get(name_key(noun))
    return AgentNoun(*found) if found else None


def agent(noun: str) -> str | None:
    """The agent code of a role noun: "police" -> "COP", "rebels" -> "REB",
    "gunmen" -> "UAF" (unidentified armed forces), "minister" -> "GOV"."""
    found = _agents().get(name_key(noun))
    return found[2] if found else None
