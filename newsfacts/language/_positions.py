"""Positions of the tokens that pass a per-token test, found in one pass in C.

The tagger, chunk and clause rules look again only at the few tokens a rule
can change (a past form, a clitic, a period, a preposition). Finding them
with `itertools.compress` runs no Python step per token, where a list
comprehension over the sentence runs several.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress, count

__all__ = ["where", "where_in"]


def where(flags: Iterable[object], start: int = 0) -> list[int]:
    """The positions of the true items of `flags`, counted from `start`."""
    return list(compress(count(start), flags))


def where_in(items: Iterable[str], wanted: frozenset[str], start: int = 0) -> list[int]:
    """The positions of the items that are in `wanted`, counted from `start`."""
    return list(compress(count(start), map(wanted.__contains__, items)))
