"""Countries: ISO codes, common names, and the country a name or demonym names.

Country names, aliases and demonyms are those of the gazetteer
(`newsfacts.knowledge.gazetteer`); ISO alpha-3 codes come from pycountry, a
runtime dependency, imported on first use.
"""

from __future__ import annotations

from functools import lru_cache

from .._data import lazy
from .gazetteer import gazetteer
from .keys import name_key

__all__ = ["alpha3", "country_name", "demonym_country", "place_country"]


@lazy
def _alpha3_table() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3, from pycountry (a runtime dependency)."""
    import pycountry  # a runtime dependency; imported on first use only

    table = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    table.setdefault("XK", "XKX")  # Kosovo (user-assigned code)
    return table


def alpha3(alpha2: str | None) -> str | None:
    """ISO alpha-3 of an alpha-2 country code, or None."""
    if not alpha2:
        return None
    return _alpha3_table().get(alpha2.upper())


def country_name(alpha2: str) -> str:
    """Common English short name of a country ("US" -> "United States"): the
    gazetteer's, else pycountry's, else the code itself."""
    entry = gazetteer().countries.get(alpha2.upper())
    if entry is not None and entry.name:
        return entry.name
    import pycountry

    record = pycountry.countries.get(alpha_2=alpha2.upper())
    if record is None:
        return alpha2
    return str(getattr(record, "common_name", None) or record.name)


def demonym_country(word: str) -> str | None:
    """Alpha-2 code of the country a demonym names ("Libyans" -> "LY"), or None."""
    return gazetteer().demonyms.get(name_key(word))


@lru_cache(maxsize=1 << 16)
def place_country(name: str) -> str | None:
    """The country a name is the name of ("US", "United States"), for country
    names the places stage left unclaimed inside an organisation's name ("the US
    Foreign Office"). Looked up once per distinct name (the answer never
    changes)."""
    for entry, _own in gazetteer().lookup(name_key(name)):
        if entry.kind == "country" and entry.country:
            return str(entry.country)
    return None


_SCOPE_KINDS = frozenset(("country", "admin1"))
_SCOPE_CITY = 500_000  # a city this big is the one an institution's name means


@lru_cache(maxsize=1 << 16)
def scope_country(name: str) -> str | None:
    """The country of the place an institution's name is "of" ("University of
    Michigan", "Church of England", "Federal Reserve Bank of New York"): a
    country, a state or province, or a big city, when every such reading of
    the name lies in one country ("Georgia" is a country and a state: none)."""
    found = {
        entry.country
        for entry, own in gazetteer().lookup(name_key(name))
        if own
        and entry.country
        and (entry.kind in _SCOPE_KINDS or entry.population >= _SCOPE_CITY)
    }
    return found.pop() if len(found) == 1 else None
