"""Ruling families whose name says a person's country (`ruling_families.tsv`):
"Sheikh Mohammed bin Abdulrahman Al Thani" is Qatar's, "Prince Faisal bin
Farhan Al Saud" Saudi Arabia's, wherever the story is told."""

from __future__ import annotations

import regex

from .._data import iter_rows, lazy

__all__ = ["family_country", "without_family"]

# The family name closing a person's name, with its Arabic article written
# apart or hyphenated ("Al Thani", "al-Thani", "Al-Sabah"): the article is
# what makes it a family's name ("Ahmed Khalifa" is no Bahraini royal).
_FAMILY = regex.compile(r"(?:^|\s)(?:Al|al|AL)[-\s](\p{Lu}[\p{L}']+)$")


@lazy
def _families() -> dict[str, str]:
    """Family name, lower-cased -> its country (alpha-2)."""
    return {
        row[0].lower(): row[1]
        for row in iter_rows("knowledge/data/ruling_families.tsv")
    }


def family_country(name: str) -> str | None:
    """The country of the ruling family whose name closes `name`, or None."""
    m = _FAMILY.search(name)
    return _families().get(m.group(1).lower()) if m else None


def without_family(key: str) -> str | None:
    """A figure key ("mohammed bin zayed nahyan", articles dropped) without the
    ruling family's name that closes it ("mohammed bin zayed"), or None when
    no family's name closes it: a figure may be listed without it."""
    head, _, last = key.rpartition(" ")
    return head if head and last in _families() else None
