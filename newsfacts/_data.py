"""Lazy, thread-safe access to the data files shipped inside the package.

Nothing is read at import: each loader runs on first use, once, under a lock,
and its result is cached for the life of the process.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Callable, Iterable, Iterator, KeysView
from functools import cache, wraps
from importlib import resources
from typing import TypeVar

__all__ = [
    "WordSet",
    "iter_lines",
    "iter_rows",
    "lazy",
    "read_text",
    "word_classes",
    "word_set",
]

T = TypeVar("T")


def lazy(loader: Callable[[], T]) -> Callable[[], T]:
    """Run `loader` once, on first call, under a lock; return its result after.

    The getter is a C-level cache (`functools.cache`) over the locked loader:
    the tables are asked for some 200,000 times an article, and a Python
    closure testing a box on each call cost more than the look-up itself.
    Threads that race on the first call wait on the lock, and the loader still
    runs once."""
    lock = threading.Lock()
    box: list[T] = []

    @wraps(loader)
    def load() -> T:
        with lock:
            if not box:
                box.append(loader())
            return box[0]

    return cache(load)


# A set of words the cyclic garbage collector never walks (see `word_set`).
WordSet = KeysView[str]


def word_set(words: Iterable[str]) -> WordSet:
    """`words` as a set the garbage collector leaves alone: the keys of a dict
    whose keys are strings and whose values are None.

    CPython tracks every set and frozenset, and each full collection visits
    every member of a tracked one: a word list of 50,000 entries cost as much
    as 50,000 small objects, for the life of the process. A dict holding only
    strings and None is never tracked, and its keys view answers `in`,
    iteration, `len`, `isdisjoint` and the set operators as fast as a
    frozenset does (the view itself is one small tracked object)."""
    return dict.fromkeys(words).keys()


def read_text(name: str) -> str:
    """The text of data file `name`, a "/"-separated path below the package root
    ("places/data/regions.tsv"); gzip-compressed files end in `.gz`."""
    ref = resources.files("newsfacts").joinpath(*name.split("/"))
    raw = ref.read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return raw.decode("utf-8")


def iter_rows(name: str) -> Iterator[list[str]]:
    """Tab-separated rows of a data file, skipping blank lines and `#` comments."""
    for line in read_text(name).splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def word_classes(name: str) -> dict[str, frozenset[str]]:
    """The word classes of a `class<TAB>word[<TAB>note]` data file, class -> words.

    Read on each call: callers keep the result (a stage's lexicon module loads
    its classes once, when the stage is first imported).
    """
    out: dict[str, set[str]] = {}
    for row in iter_rows(name):
        out.setdefault(row[0], set()).add(row[1])
    return {cls: frozenset(words) for cls, words in out.items()}


def iter_lines(name: str) -> Iterator[str]:
    """Lines of a one-item-per-line data file, skipping blanks and `#` comments."""
    for line in read_text(name).splitlines():
        if line and not line.startswith("#"):
            yield line
