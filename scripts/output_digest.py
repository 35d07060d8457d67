"""Write every article's `to_dict()` for a set of corpora, one JSON line each.

A move that should change no behaviour is checked by running this before and
after it and comparing the two files (`cmp` or `diff`):

    python scripts/output_digest.py ../shared/eval > before.jsonl

It reads the corpora's own formats: `*.jsonl` files with a `text` field (and an
optional `date`, `dct` or `published`), TimeML `*.tml` files (the text and its
document creation time) and plain `*.txt` articles. Paths may be files or
directories, which are walked in sorted order.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import newsfacts


def _tml(path: Path) -> tuple[str, str | None]:
    root = ET.parse(path).getroot()
    dct = None
    for el in root.iter():
        if (
            el.tag.endswith("TIMEX3")
            and el.get("functionInDocument") == "CREATION_TIME"
        ):
            dct = (el.get("value") or "")[:10] or None
    body = next((el for el in root.iter() if el.tag.endswith("TEXT")), None)
    text = "".join(body.itertext()) if body is not None else ""
    return text, dct


def _items(path: Path) -> Iterator[tuple[str, str, str | None]]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix in {".jsonl", ".tml", ".txt"}:
                yield from _items(child)
        return
    if path.suffix == ".tml":
        text, dct = _tml(path)
        yield str(path), text, dct
    elif path.suffix == ".txt":
        yield str(path), path.read_text(encoding="utf-8"), None
    elif path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as lines:
            for n, line in enumerate(lines, 1):
                row = json.loads(line)
                if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                    continue
                stamp = row.get("published") or row.get("dct") or row.get("date")
                if not isinstance(stamp, str):
                    stamp = None
                yield f"{path}:{n}", row["text"], stamp


def main(argv: list[str] | None = None) -> int:
    """Parse every article under the given paths and print one JSON line each."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path)
    args = ap.parse_args(argv)
    out = sys.stdout
    for path in args.paths:
        for where, text, stamp in _items(path):
            try:
                article = newsfacts.parse_article(text, published=stamp)
            except ValueError:
                article = newsfacts.parse_article(text)
            row = {"where": where, "article": article.to_dict()}
            out.write(json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
