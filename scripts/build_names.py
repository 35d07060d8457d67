"""Build newsfacts/knowledge/data/given_names.txt.gz from the `names` PyPI package.

Source: `names==0.3.0` (MIT licence, by Trey Hunner). Its data files
`dist.male.first` and `dist.female.first` are the US Census Bureau 1990 name
frequency lists, which are in the public domain. We keep every given name whose
cumulative frequency rank is within the lists' first MAX_RANK entries, lower-cased,
one per line, sorted, so the output is reproducible byte for byte.

Run from the project root:  .venv/bin/python scripts/build_names.py
Needs the `data` extra (`pip install -e .[data]`).
"""

from __future__ import annotations

import gzip
from importlib import resources
from pathlib import Path

MAX_RANK = 2500  # the long tail of the female list is mostly rare spellings
SOURCES = ("dist.male.first", "dist.female.first")
OUT = (
    Path(__file__).resolve().parent.parent
    / "newsfacts/knowledge/data/given_names.txt.gz"
)
HEADER = (
    "# Given names, lower-cased. Built by scripts/build_names.py from names==0.3.0\n"
    "# (MIT; data: US Census 1990 name frequency lists, public domain).\n"
)


def given_names() -> list[str]:
    """Every given name of the census lists up to MAX_RANK, sorted and unique."""
    found: set[str] = set()
    for source in SOURCES:
        text = resources.files("names").joinpath(source).read_text(encoding="ascii")
        for line in text.splitlines():
            parts = line.split()
            if len(parts) == 4 and int(parts[3]) <= MAX_RANK:
                found.add(parts[0].lower())
    return sorted(found)


def main() -> None:
    """Write the gzip file with a fixed mtime so rebuilds are identical."""
    body = HEADER + "".join(name + "\n" for name in given_names())
    with (
        open(OUT, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz,
    ):
        gz.write(body.encode("utf-8"))
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
