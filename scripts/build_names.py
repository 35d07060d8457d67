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

Both lower-cased, one per line, sorted, so the output is reproducible byte for
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


if __name__ == "__main__":
    main()
