"""The shipped gazetteer: places, aliases and demonyms, loaded lazily once.

`newsfacts/data/places/gazetteer.tsv.gz` is built by `scripts/build_gazetteer.py`
from GeoNames data; the small curated tables beside it are read as they are.
Names are looked up by a key of case- and accent-folded tokens ("u . s .").
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import attrs
import regex

from ._data import iter_rows, lazy, read_text

__all__ = [
    "Entry",
    "Gazetteer",
    "country_name",
    "demonym_country",
    "fold",
    "gazetteer",
    "name_key",
]

PLACES = "places/"
_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}]*+|\d++|[^\s\p{L}\p{M}\d]")


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Case- and accent-insensitive form of a word ("Türkiye" -> "turkiye")."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_key(name: str) -> str:
    """The lookup key of a name: folded tokens joined by single spaces."""
    return " ".join(fold(t) for t in _TOKEN.findall(name))


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


@attrs.frozen(slots=True)
class Gazetteer:
    """Frozen indexes over the gazetteer.

    `names` maps a name key to (entry index, is the entry's own name) pairs;
    `max_len` maps a first token to the longest key (in tokens) it starts.
    """

    entries: tuple[Entry, ...]
    names: dict[str, list[tuple[int, bool]]]
    max_len: dict[str, int]
    countries: dict[str, Entry]
    capitals: dict[str, Entry]
    admin1: dict[tuple[str, str], Entry]
    demonyms: dict[str, str]
    state_abbreviations: dict[str, str]
    short_codes: frozenset[str]
    given_names: frozenset[str]

    def lookup(self, key: str) -> tuple[tuple[Entry, bool], ...]:
        """Entries named by `key`, each with whether it is the entry's own name."""
        return tuple((self.entries[i], own) for i, own in self.names.get(key, ()))


def _add(names: dict[str, list[tuple[int, bool]]], key: str, index: int, own: bool) -> None:
    got = names.get(key)
    if got is None:
        names[key] = [(index, own)]
    elif all(i != index for i, _ in got):
        got.append((index, own))


@lazy
def gazetteer() -> Gazetteer:
    """The gazetteer, read on first use (thread-safe, once per process)."""
    entries: list[Entry] = []
    names: dict[str, list[tuple[int, bool]]] = {}
    countries: dict[str, Entry] = {}
    capitals: dict[str, Entry] = {}
    admin1: dict[tuple[str, str], Entry] = {}
    for row in iter_rows(PLACES + "gazetteer.tsv.gz"):
        gid, kind, name, cc, adm, lat, lon, pop, cap, keys = row
        index = len(entries)
        entry = Entry(
            index, kind, name, cc or None, adm or None, float(lat), float(lon),
            int(pop), int(gid) if gid else None, cap == "1",
        )
        entries.append(entry)
        own = True
        for key in keys.split("|"):  # the name's own key first, then its aliases
            got = names.get(key)
            if got is None:
                names[key] = [(index, own)]
            elif got[-1][0] != index:
                got.append((index, own))
            own = False
        if kind == "country" and cc:
            countries[cc] = entry
        elif kind == "admin1" and cc and adm:
            admin1[(cc, adm)] = entry
        elif entry.capital and cc:
            capitals[cc] = entry
    abbreviations: dict[str, str] = {}
    for abbr, cc, code in iter_rows(PLACES + "state_abbreviations.tsv"):
        state = admin1.get((cc, code))
        if state is not None:
            _add(names, name_key(abbr), state.index, False)
            abbreviations[name_key(abbr)] = f"{cc}.{code}"
    short_codes = {name_key(abbr) for abbr, _ in iter_rows(PLACES + "country_aliases.tsv")
                   if abbr.replace(".", "").isupper()}
    max_len: dict[str, int] = {}
    for key in names:
        parts = key.split(" ")
        if len(parts) > max_len.get(parts[0], 0):
            max_len[parts[0]] = len(parts)
    return Gazetteer(
        entries=tuple(entries),
        names=names,
        max_len=max_len,
        countries=countries,
        capitals=capitals,
        admin1=admin1,
        demonyms=_demonyms(),
        state_abbreviations=abbreviations,
        short_codes=frozenset(short_codes),
        given_names=_given_names(),
    )


def _given_names() -> frozenset[str]:
    """Common given names ("Georgia", "Tyler"), from the actors stage's list when shipped."""
    try:
        text = read_text("actors/given_names.txt.gz")
    except (FileNotFoundError, OSError):
        return frozenset()
    return frozenset(
        line.strip() for line in text.splitlines() if line and not line.startswith("#")
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


def country_name(alpha2: str) -> str:
    """Common English short name of a country ("US" -> "United States")."""
    entry = gazetteer().countries.get(alpha2.upper())
    if entry is not None:
        return entry.name
    import pycountry

    record = pycountry.countries.get(alpha_2=alpha2.upper())
    if record is None:
        raise KeyError(alpha2)
    return str(getattr(record, "common_name", None) or record.name)


def demonym_country(word: str) -> str | None:
    """Alpha-2 code of the country a demonym names ("Libyans" -> "LY"), or None."""
    return gazetteer().demonyms.get(name_key(word))
