"""Reading user dictionaries from files: TSV with a header row, or JSON.

A TSV file names its fields in its first row (any order; blank lines and lines
starting with "#" are skipped; list fields separate items with "|"). A JSON
file holds a list of objects with the same fields. Each entry comes back with
where it came from ("places.tsv, row 4 (Kibera)"), so an error names the file,
the row or index, and (from `newsfacts.knowledge.user`) the field.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = ["read_entries"]

Raw = tuple[Mapping[str, Any], str]  # an entry's fields and where it came from


def read_entries(path: str | os.PathLike[str], what: str) -> list[Raw]:
    """The entries of one dictionary file (`what` is "places", "actors" or
    "triggers", for messages), each with its location in the file."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in (".tsv", ".json"):
        raise ValueError(
            f"{what} file {str(p)!r}: use a .tsv file (a header row naming the "
            "fields) or a .json file (a list of objects)"
        )
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValueError(f"{what} file {str(p)!r} does not exist") from None
    except UnicodeDecodeError as err:
        raise ValueError(f"{what} file {str(p)!r} is not UTF-8 text ({err})") from None
    return _json(text, p.name, what) if suffix == ".json" else _tsv(text, p.name)


def _json(text: str, name: str, what: str) -> list[Raw]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"{name}: not valid JSON ({err})") from None
    if not isinstance(data, list):
        raise ValueError(
            f"{name}: must hold a list of {what} objects, not a {type(data).__name__}"
        )
    return [(item, f"{name}, item {n} {_label(item)}") for n, item in enumerate(data)]


def _tsv(text: str, name: str) -> list[Raw]:
    out: list[Raw] = []
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            dupes = sorted({c for c in cells if cells.count(c) > 1})
            if dupes or "" in cells:
                raise ValueError(
                    f"{name}, row {number}: the header must name each field once "
                    f"(got {cells!r})"
                )
            continue
        if len(cells) > len(header):
            raise ValueError(
                f"{name}, row {number}: {len(cells)} cells, but the header names "
                f"{len(header)} fields (a tab inside a value?)"
            )
        raw = {k: v for k, v in zip(header, cells, strict=False) if v != ""}
        out.append((raw, f"{name}, row {number} {_label(raw)}"))
    if header is None:
        raise ValueError(f"{name}: empty (a header row naming the fields comes first)")
    return out


def _label(item: Any) -> str:
    """A short name for an entry in messages: "(Kibera)"."""
    if isinstance(item, dict):
        for key in ("name", "phrase"):
            value = item.get(key)
            if isinstance(value, str) and value.strip():
                return f"({value.strip():.40})"
    return f"{item!r:.60}" if not isinstance(item, dict) else "(no name)"
