"""The shipped gazetteer: places, aliases and demonyms, loaded lazily once.

`newsfacts/knowledge/data/gazetteer.tsv.gz` is built by
`scripts/build_gazetteer.py` from GeoNames data; the small curated tables beside
it are read as they are. Names are looked up by a key of case- and accent-folded
tokens ("u . s .", see `newsfacts.knowledge.keys`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from .._data import WordSet, iter_rows, lazy, read_text
from .keys import TOKEN, name_key
from .names import census_given_names

# The folded key ending of a name that ends in "'s" (see `name_key`).
POSSESSIVE_KEY = " ' s"

__all__ = [
    "POSSESSIVE_KEY",
    "Entry",
    "Gazetteer",
    "UserGazetteer",
    "districts",
    "gazetteer",
    "towns",
]

PLACES = "knowledge/data/"


@attrs.frozen(slots=True)
class Entry:
    """One gazetteer place: a GeoNames feature or a curated region."""

    index: int
    kind: str
    name: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    geonames_id: int | None
    capital: bool = False

    @property
    def user(self) -> bool:
        """Whether the entry is a user's place (negative index; see
        `newsfacts.knowledge.user`)."""
        return self.index < 0


@attrs.frozen(slots=True)
class Gazetteer:
    """Frozen indexes over the gazetteer.

    `names` maps a name key to its rows ("12+,40": row 12 by its own name, row
    40 by an alias); `max_len` maps the first token of a multi-word key to the
    longest key (in tokens) it starts. Rows stay text until first used, in a
    tuple: a tuple of strings is let go by the garbage collector's first pass,
    where a list is walked again, row by row, by every full collection.
    """

    rows: tuple[str, ...]
    names: dict[str, str]
    max_len: dict[str, int]
    countries: dict[str, Entry]
    capitals: dict[str, Entry]
    admin1: dict[tuple[str, str], Entry]
    demonyms: dict[str, str]
    state_abbreviations: dict[str, str]
    short_codes: frozenset[str]
    given_names: WordSet
    _cache: dict[int, Entry] = attrs.field(factory=dict, eq=False, repr=False)

    def __len__(self) -> int:
        return len(self.rows)

    def entry(self, index: int) -> Entry:
        """The entry of row `index` (built once, then cached)."""
        got = self._cache.get(index)
        if got is None:
            got = self._cache[index] = _entry(index, self.rows[index])
        return got

    def lookup(self, key: str) -> tuple[tuple[Entry, bool], ...]:
        """Entries named by `key`, each with whether it is the entry's own name."""
        refs = self.names.get(key)
        if not refs:
            return ()
        return tuple(
            (self.entry(int(r[:-1])), True)
            if r[-1] == "+"
            else (self.entry(int(r)), False)
            for r in refs.split(",")
        )

    def longest(self, first: str) -> int:
        """Token count of the longest name starting with folded token `first`."""
        return self.max_len.get(first) or (1 if first in self.names else 0)

    def known(self, key: str) -> bool:
        """Whether some place is named by `key`."""
        return key in self.names

    def names_with_possessive(self, key: str) -> bool:
        """Whether `key`, a name ending in "'s" ("st . john ' s"), names a place as
        written rather than being a possessive of its stem. Only a place's own
        name does ("St. John's", "Khairpur Mir's"): an alternate that ends so is
        a transliteration ("Engel's" for Engels, "Val's" for Valls) that news
        writes only as a possessive ("Val's car"). Nor does it when the stem names
        a country: "Saint Lucia's economy" is the country's, not a Maltese
        council's."""
        got = self.lookup(key)
        if not any(own for _, own in got):
            return False
        stem = key[: -len(POSSESSIVE_KEY)]
        return not any(e.kind == "country" for e, _ in self.lookup(stem))

    def written_as_user(self, key: str, words: Sequence[str]) -> bool:
        """Whether `words` are written as a user's form of `key` is (a lower-case
        word where the user's has one: "Manda Bay camp"); never, without one."""
        return False

    def with_user(
        self,
        names: dict[str, tuple[Entry, ...]],
        max_len: dict[str, int],
        forms: dict[str, tuple[str, ...]],
    ) -> Gazetteer:
        """This gazetteer with a user's places over it (see `UserGazetteer`);
        itself when there are none. Shares every table: cheap per article."""
        if not names:
            return self
        fields: dict[str, Any] = {
            str(a.alias): getattr(self, a.name) for a in attrs.fields(Gazetteer)
        }
        return UserGazetteer(
            **fields, user_names=names, user_max_len=max_len, user_forms=forms
        )


@attrs.frozen(slots=True)
class UserGazetteer(Gazetteer):
    """The gazetteer with a user's places over it: a name a user place bears
    reads as the user's place(s) only (user entries take precedence), and
    names the shipped tables lack are found too."""

    user_names: dict[str, tuple[Entry, ...]] = attrs.field(factory=dict)
    user_max_len: dict[str, int] = attrs.field(factory=dict)
    user_forms: dict[str, tuple[str, ...]] = attrs.field(factory=dict)

    def lookup(self, key: str) -> tuple[tuple[Entry, bool], ...]:
        """The user's places named by `key`, else the shipped ones."""
        got = self.user_names.get(key)
        if got:
            return tuple((e, name_key(e.name) == key) for e in got)
        return Gazetteer.lookup(self, key)

    def longest(self, first: str) -> int:
        return max(self.user_max_len.get(first, 0), Gazetteer.longest(self, first))

    def known(self, key: str) -> bool:
        return key in self.user_names or key in self.names

    def written_as_user(self, key: str, words: Sequence[str]) -> bool:
        for form in self.user_forms.get(key, ()):
            parts = TOKEN.findall(form)
            if len(parts) == len(words) and all(
                w[:1].isupper() or not p[:1].isupper()
                for p, w in zip(parts, words, strict=True)
            ):
                return True
        return False


def _entry(index: int, row: str) -> Entry:
    """The entry of one gazetteer row."""
    gid, kind, name, cc, adm, lat, lon, pop, cap = row.split("\t")
    return Entry(
        index,
        kind,
        name,
        cc or None,
        adm or None,
        float(lat),
        float(lon),
        int(pop),
        int(gid) if gid else None,
        cap == "1",
    )


@lazy
def gazetteer() -> Gazetteer:
    """The gazetteer, read on first use (thread-safe, once per process)."""
    rows = tuple(
        line
        for line in read_text(PLACES + "gazetteer.tsv.gz").split("\n")
        if line and line[0] != "#"
    )
    lines = read_text(PLACES + "names.tsv.gz").split("\n")
    names: dict[str, str] = dict(
        line.split("\t", 1) for line in lines if line and line[0] != "#"
    )
    max_len: dict[str, int] = {}
    for key in names:
        if " " in key:
            first, _, _ = key.partition(" ")
            n = key.count(" ") + 1
            if n > max_len.get(first, 0):
                max_len[first] = n
    countries: dict[str, Entry] = {}
    capitals: dict[str, Entry] = {}
    admin1: dict[tuple[str, str], Entry] = {}
    cache: dict[int, Entry] = {}
    for index, row in enumerate(rows):
        if row.endswith("\t1") or "\tcountry\t" in row or "\tadmin1\t" in row:
            entry = cache[index] = _entry(index, row)
            if entry.kind == "country" and entry.country:
                countries[entry.country] = entry
            elif entry.kind == "admin1" and entry.country and entry.admin1:
                admin1[(entry.country, entry.admin1)] = entry
            elif entry.capital and entry.country:
                capitals[entry.country] = entry
    abbreviations: dict[str, str] = {}
    for abbr, cc, code in iter_rows(PLACES + "state_abbreviations.tsv"):
        state = admin1.get((cc, code))
        if state is not None:
            key = name_key(abbr)
            refs = names.get(key)
            names[key] = f"{refs},{state.index}" if refs else str(state.index)
            if " " in key:
                first, _, _ = key.partition(" ")
                max_len[first] = max(max_len.get(first, 0), key.count(" ") + 1)
            abbreviations[key] = f"{cc}.{code}"
    short_codes = {
        name_key(abbr)
        for abbr, _ in iter_rows(PLACES + "country_aliases.tsv")
        if abbr.replace(".", "").isupper()
    }
    short_forms = list(iter_rows(PLACES + "city_abbreviations.tsv"))
    wanted = {gid for _, gid, _ in short_forms}
    by_id = {
        gid: index
        for index, row in enumerate(rows)
        if (gid := row[: row.find("\t")]) in wanted
    }
    for abbr, gid, _ in short_forms:
        index = by_id[gid]
        key = name_key(abbr)
        refs = names.get(key)
        names[key] = f"{refs},{index}" if refs else str(index)
        if " " in key:
            first, _, _ = key.partition(" ")
            max_len[first] = max(max_len.get(first, 0), key.count(" ") + 1)
        if abbr.replace(".", "").isupper():
            short_codes.add(key)
    return Gazetteer(
        rows=rows,
        names=names,
        max_len=max_len,
        countries=countries,
        capitals=capitals,
        admin1=admin1,
        demonyms=_demonyms(),
        state_abbreviations=abbreviations,
        short_codes=frozenset(short_codes),
        given_names=census_given_names(),
        cache=cache,
    )


def _demonyms() -> dict[str, str]:
    """Folded demonym -> alpha-2, with the plural "-s" of "-an"/"-i" forms."""
    out: dict[str, str] = {}
    for word, cc in iter_rows(PLACES + "demonyms.tsv"):
        key = name_key(word)
        out[key] = cc
        if word.endswith(("an", "i", "ot", "it", "k", "ard", "er", "ite")):
            out[key + "s"] = cc
        if word.endswith("man"):
            out[key[:-3] + "men"] = cc
    return out


TOWN_BASE = 10_000_000  # Entry.index of town rows starts here
DISTRICT_BASE = 20_000_000  # Entry.index of district rows starts here


@attrs.frozen(slots=True)
class Towns:
    """Small towns, consulted only where the article names their state.

    `names` maps a name key to row numbers; rows stay text until first used.
    The rows and the row numbers are tuples, not lists: some 68,000 keys,
    nearly all of one row, and a tuple of strings or numbers is let go by the
    garbage collector's first pass, where a list is walked again by every full
    collection for as long as the process lives.
    """

    rows: tuple[str, ...]
    names: dict[str, tuple[int, ...]]
    kind: str = "city"
    base: int = TOWN_BASE
    # First token of every key -> the most tokens a key it starts has.
    max_len: dict[str, int] = attrs.field(factory=dict, eq=False, repr=False)
    _cache: dict[int, Entry] = attrs.field(factory=dict, eq=False, repr=False)

    def longest(self, first: str) -> int:
        """Token count of the longest key starting with folded token `first`
        (0 when none does): most tokens are ruled out by one probe."""
        return self.max_len.get(first, 0)

    def lookup(self, key: str) -> tuple[Entry, ...]:
        """Towns (or districts) named by `key`."""
        return tuple(self.entry(i) for i in self.names.get(key, ()))

    def entry(self, row: int) -> Entry:
        """The entry of town row `row` (built once, then cached)."""
        got = self._cache.get(row)
        if got is None:
            gid, name, cc, adm, lat, lon, pop, _plain = self.rows[row].split("\t")
            got = self._cache[row] = Entry(
                self.base + row,
                self.kind,
                name,
                cc or None,
                adm or None,
                float(lat),
                float(lon),
                int(pop),
                int(gid),
            )
        return got


def _read_towns(name: str, kind: str, base: int) -> Towns:
    """A town-like table: rows, and their name keys plus the `|`-separated keys
    of the last column."""
    rows = tuple(
        line for line in read_text(PLACES + name).split("\n") if line and line[0] != "#"
    )
    names: dict[str, tuple[int, ...]] = {}
    for n, row in enumerate(rows):
        cols = row.split("\t")
        for key in (name_key(cols[1]), *cols[7].split("|")):
            if key:
                got = names.get(key)
                if got is None:
                    names[key] = (n,)
                elif got[-1] != n:
                    names[key] = (*got, n)  # (a key of several rows is rare)
    max_len: dict[str, int] = {}
    for key in names:
        first, _, _ = key.partition(" ")
        size = key.count(" ") + 1
        if size > max_len.get(first, 0):
            max_len[first] = size
    return Towns(rows=rows, names=names, kind=kind, base=base, max_len=max_len)


@lazy
def towns() -> Towns:
    """The small-town table, read on first use (thread-safe, once per process)."""
    return _read_towns("towns.tsv.gz", "city", TOWN_BASE)


@lazy
def districts() -> Towns:
    """Second-level divisions outside the main table ("Khyber", "Maywand"), used
    only where the article names their country; read on first use."""
    return _read_towns("districts.tsv.gz", "admin2", DISTRICT_BASE)
