"""Titles of office and address ("President", "Foreign Minister", "Gen."), each
with the CAMEO-style sector it gives the person who holds it."""

from __future__ import annotations

from .._data import iter_rows, lazy

__all__ = ["title_firsts", "title_key", "title_lasts", "title_max_len", "titles"]


def title_key(text: str) -> str:
    """Lower-case, periods dropped, spaces collapsed: the lookup key of a title."""
    return " ".join(text.replace(".", "").lower().split())


@lazy
def titles() -> dict[tuple[str, ...], str]:
    """Title word sequence (lower-case, no periods) -> CAMEO-style sector or "".
    A title of two words or more is also known with its first two joined by a
    hyphen, as British and Commonwealth news writes many ("Vice-President",
    "Lieutenant-General", "Attorney-General")."""
    out: dict[tuple[str, ...], str] = {}
    for title, sector in iter_rows("knowledge/data/titles.tsv"):
        words = tuple(title_key(title).split())
        code = "" if sector == "-" else sector
        out[words] = code
        if len(words) > 1 and "-" not in words[0]:
            out.setdefault((f"{words[0]}-{words[1]}", *words[2:]), code)
    return out


@lazy
def title_max_len() -> int:
    """Longest title, in words."""
    return max(len(k) for k in titles())


@lazy
def title_firsts() -> frozenset[str]:
    """The first words of the titles ("deputy" of "deputy prime minister"): a
    title can start only at one of these."""
    return frozenset(key[0] for key in titles() if key)


@lazy
def title_lasts() -> frozenset[str]:
    """The last words of the titles ("minister"): a title can end only at one
    of these."""
    return frozenset(key[-1] for key in titles() if key)
