"""Role nouns that name a group of people ("officials", "troops", "rebels"),
each with the CAMEO-style sector it gives the group."""

from __future__ import annotations

from .._data import iter_rows, lazy

__all__ = ["group_nouns"]


@lazy
def group_nouns() -> dict[str, str]:
    """Group noun ("officials", "troops") -> sector ("" when it gives none)."""
    rows = iter_rows("knowledge/data/group_nouns.tsv")
    return {n: ("" if s == "-" else s) for n, s in rows}
