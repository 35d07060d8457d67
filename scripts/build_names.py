"""Build the given-name lists of newsfacts/knowledge/data/ from PyPI packages.

- `given_names.txt.gz` from `names==0.3.0` (MIT licence, by Trey Hunner). Its
  data files `dist.male.first` and `dist.female.first` are the US Census Bureau
  1990 name frequency lists, which are in the public domain. We keep every given
  name whose cumulative frequency rank is within the lists' first MAX_RANK
  entries, but for function words ("In", "My": "In Moscow, the Kremlin said").
- `given_names_world.txt.gz` from `faker==40.63.0` (MIT licence): the first names
  its person providers list for each of its locales, those written in Latin
  letters, accents folded ("Luc", "Mateusz", "Ngozi", "Jean-Luc"). Left out: names
  the English lexicon reads as a common word first ("Will", "Bill", "Hope"),
  month and weekday names ("Sunday") and names of countries, states, regions
  and cities of 100,000 people or more ("Israel", "Alabama", "Adelaide"), which
  a reader takes for the place.

- `given_name_genders.tsv.gz` from the same two sources: the given names that
  one sex bears far more often than the other, with "m" or "f", so that "he"
  and "she" look back to a person they can stand for ("Ursula von der Leyen
  ... he said" is not her). A census name counts for the sex whose list gives
  it ten times the frequency of the other's (or lists it alone); a name the
  census lacks, for the sex whose faker lists alone hold it, in every locale.
  A name faker lists for both sexes (a man's in Italy, a woman's in England:
  "Andrea", "Nicola") has no sex.

All lower-cased, one per line, sorted, so the output is reproducible byte for
byte.

Run from the project root:  .venv/bin/python scripts/build_names.py
Needs the `data` extra (`pip install -e .[data]`).
"""

from __future__ import annotations

import gzip
import importlib
import pkgutil
from importlib import resources
from pathlib import Path

import regex

MAX_RANK = 2500  # the long tail of the female list is mostly rare spellings
SOURCES = ("dist.male.first", "dist.female.first")
DATA = Path(__file__).resolve().parent.parent / "newsfacts/knowledge/data"
OUT = DATA / "given_names.txt.gz"
HEADER = (
    "# Given names, lower-cased. Built by scripts/build_names.py from names==0.3.0\n"
    "# (MIT; data: US Census 1990 name frequency lists, public domain).\n"
)
WORLD = DATA / "given_names_world.txt.gz"
WORLD_HEADER = (
    "# Given names of many countries, lower-cased, accents folded. Built by\n"
    "# scripts/build_names.py from faker==40.63.0 (MIT): its person providers'\n"
    "# first names in Latin letters; common English words, month and weekday names\n"
    "# and names of countries, states, regions and big cities left out.\n"
)
GENDERS = DATA / "given_name_genders.tsv.gz"
GENDERS_HEADER = (
    "# Given names one sex bears far more often than the other (m or f), lower-cased,\n"
    "# accents folded. Built by scripts/build_names.py from names==0.3.0 (MIT; US\n"
    "# Census 1990 lists, public domain: ten times as frequent for one sex) and\n"
    "# faker==40.63.0 (MIT; names its male or female lists alone hold); a name\n"
    "# faker lists for both sexes is left out.\n"
)
GENDER_RATIO = 10.0  # how much likelier one sex must be in the census lists
_LATIN = regex.compile(r"\p{Latin}{3,}(?:-\p{Latin}{2,})?")
_CALENDAR = frozenset(
    "january february march april may june july august september october november"
    " december monday tuesday wednesday thursday friday saturday sunday".split()
)
_FIRST_NAMES = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_names_nonbinary",
)


def given_names() -> list[str]:
    """Every given name of the census lists up to MAX_RANK, sorted and unique,
    but for function words."""
    from newsfacts.language.tagger_lexicon import FUNCTION, lexicon

    entries = lexicon().entries
    found: set[str] = set()
    for source in SOURCES:
        text = resources.files("names").joinpath(source).read_text(encoding="ascii")
        for line in text.splitlines():
            parts = line.split()
            if len(parts) == 4 and int(parts[3]) <= MAX_RANK:
                found.add(parts[0].lower())
    function = {n for n in found if n in entries and entries[n][0] in FUNCTION}
    return sorted(found - function)


def world_given_names() -> list[str]:
    """First names of every faker locale, in Latin letters, folded and sorted;
    no common English word, no country name."""
    import faker.providers.person as person

    from newsfacts.knowledge.gazetteer import gazetteer
    from newsfacts.knowledge.keys import fold_accents, name_key
    from newsfacts.language.tagger_lexicon import lexicon

    entries = lexicon().entries
    gaz = gazetteer()
    places = {name_key(c.name) for c in gaz.countries.values()}
    for index in range(len(gaz)):
        e = gaz.entry(index)
        if e.kind != "city" or e.population >= 100_000:
            places.add(name_key(e.name))  # "Alabama", "Adelaide", "Africa"
    found: set[str] = set()
    for module in sorted(m.name for m in pkgutil.iter_modules(person.__path__)):
        provider = importlib.import_module(f"{person.__name__}.{module}").Provider
        for attr in _FIRST_NAMES:
            names = vars(provider).get(attr)
            if not isinstance(names, (tuple, list, dict)):
                continue  # absent, or a property over other lists
            for name in names:
                if isinstance(name, str) and _LATIN.fullmatch(name):
                    found.add(fold_accents(name).lower())
    common = {n for n in found if n in entries and entries[n][0] not in ("NNP", "NNPS")}
    return sorted(n for n in found - common - _CALENDAR if name_key(n) not in places)


def given_name_genders() -> list[str]:
    """ "name<TAB>m|f" rows of the given names one sex bears far more often."""
    import faker.providers.person as person

    from newsfacts.knowledge.keys import fold_accents

    census: dict[str, dict[str, float]] = {}
    for source, sex in zip(SOURCES, ("m", "f"), strict=True):
        text = resources.files("names").joinpath(source).read_text(encoding="ascii")
        for line in text.splitlines():
            parts = line.split()
            if len(parts) == 4 and int(parts[3]) <= MAX_RANK:
                census.setdefault(parts[0].lower(), {})[sex] = float(parts[1])
    out: dict[str, str] = {}
    for name, freq in census.items():
        m, f = freq.get("m", 0.0), freq.get("f", 0.0)
        if m >= GENDER_RATIO * f:
            out[name] = "m"
        elif f >= GENDER_RATIO * m:
            out[name] = "f"
    seen: dict[str, set[str]] = {}
    for module in sorted(m.name for m in pkgutil.iter_modules(person.__path__)):
        provider = importlib.import_module(f"{person.__name__}.{module}").Provider
        for attr, sex in (("first_names_male", "m"), ("first_names_female", "f")):
            names = vars(provider).get(attr)
            if not isinstance(names, (tuple, list, dict)):
                continue
            for name in names:
                if isinstance(name, str) and _LATIN.fullmatch(name):
                    seen.setdefault(fold_accents(name).lower(), set()).add(sex)
    for name, sexes in seen.items():
        if len(sexes) > 1:
            # a man's name in one country, a woman's in another: "Andrea",
            # "Nicola", "Jean"
            out.pop(name, None)
        elif name not in census:
            out[name] = next(iter(sexes))
    return [f"{name}\t{sex}" for name, sex in sorted(out.items())]


def _write(path: Path, header: str, names: list[str]) -> None:
    """Write a gzip file with a fixed mtime so rebuilds are identical."""
    body = header + "".join(name + "\n" for name in names)
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz,
    ):
        gz.write(body.encode("utf-8"))
    print(f"wrote {path} ({path.stat().st_size} bytes)")


def main() -> None:
    _write(OUT, HEADER, given_names())
    _write(WORLD, WORLD_HEADER, world_given_names())
    _write(GENDERS, GENDERS_HEADER, given_name_genders())


if __name__ == "__main__":
    main()
