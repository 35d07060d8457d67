"""Key-word prefilter: which rule can match in which block of the text.

A rule can only match where one of its key strings (`triggers.TRIGGERS`) occurs.
Each key is looked for over the whole lower-case text with `str.find`, jumping
to the next block once a block is known to hold it, and wakes its rules for the
blocks it lies in: a few hundred C-level searches per document, linear in the
text length. A text whose lower-case copy has another length ("İ") is scanned
instead, block by block, with one alternation of all keys written as a trie
("mon(?:day)?"), in any case. `anchors.narrow` then drops the blocks where a
costly rule cannot match after all.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import regex

from .._data import lazy
from .patterns import compiled
from .triggers import TRIGGERS

__all__ = ["by_rule", "positions", "rule_blocks", "trie_pattern"]


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching exactly `words`, longest first, as a trie."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts = [regex.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?+" if "" in node else body

    return emit(root)


@lazy
def _key_scan() -> tuple[regex.Pattern[str], dict[str, frozenset[str]]]:
    """The key scanner (any case) and what each key it reports wakes.

    A match is the longest key at its position; it wakes the rules of every key
    it contains ("today" also wakes the rules keyed on "day"). The scan is
    overlapped, so a key starting inside another ("-long" in "year-long") is
    seen too.
    """
    rules_of = _rules_of()
    woken = {
        hit: frozenset(r for k, rs in rules_of.items() if k in hit for r in rs)
        for hit in rules_of
    }
    digits = woken["0"]
    for n in range(10):
        woken[str(n)] = digits
    source = trie_pattern(w for w in rules_of if not w.isdigit()) + r"|\d"
    return regex.compile(source, regex.IGNORECASE), woken


@lazy
def _always() -> tuple[str, ...]:
    """The rules without key strings: run on every block."""
    return tuple(rule for rule, _ in compiled() if rule not in TRIGGERS)


@lazy
def _rules_of() -> dict[str, tuple[str, ...]]:
    """Key string -> the rules it wakes, each key once."""
    out: dict[str, set[str]] = {}
    for rule, keys in TRIGGERS.items():
        for k in keys:
            out.setdefault(k, set()).add(rule)
    return {k: tuple(sorted(rules)) for k, rules in out.items()}


def rule_blocks(norm: str, blocks: list[tuple[int, int]]) -> dict[str, list[int]]:
    """For each rule, the indices of the blocks holding one of its key strings."""
    low = norm.lower()
    if len(low) != len(norm):
        # A character that expands when lower-cased ("İ") shifts offsets: scan as is.
        return _scanned(norm, blocks)
    return by_rule(blocks, positions(low, tuple(_rules_of())))


def by_rule(
    blocks: list[tuple[int, int]], found: dict[str, list[int]]
) -> dict[str, list[int]]:
    """Rule -> the blocks holding one of its keys, from where each key occurs
    (`positions`); a key counts where it lies wholly inside one block."""
    starts = [a for a, _ in blocks]
    rules_of = _rules_of()
    woken: dict[str, set[int]] = {}
    for key, at in found.items():
        rules = rules_of.get(key)
        if not rules:
            continue  # a key of the anchors only
        n = len(key)
        seen: set[int] = set()
        for p in at:
            i = bisect.bisect_right(starts, p) - 1
            if p + n <= blocks[i][1]:
                seen.add(i)
        for rule in rules:
            woken.setdefault(rule, set()).update(seen)
    out = {rule: sorted(got) for rule, got in woken.items() if got}
    every = list(range(len(blocks)))
    for rule in _always():
        out[rule] = every
    return out


def positions(low: str, keys: tuple[str, ...]) -> dict[str, list[int]]:
    """Key -> every offset where it occurs in `low`, for the keys that do.

    A key that contains a shorter one ("today", "day") is not searched for: it
    is read where the shorter one occurs, so the text is scanned once per
    distinct short key only, and only the longer keys of a short key found
    are read at all (a news article holds a few dozen of the short keys).
    """
    base, derived = _plan(keys)
    out: dict[str, list[int]] = {}
    for key in base:
        p = low.find(key)
        if p < 0:
            continue
        at = []
        while p >= 0:
            at.append(p)
            p = low.find(key, p + 1)
        out[key] = at
    for root in [k for k in out if k in derived]:
        roots = out[root]
        for key, off in derived[root]:
            got = [p - off for p in roots if p >= off and low.startswith(key, p - off)]
            if got:
                out[key] = got
    return out


# keys -> (the keys searched for, short key -> [(a longer key holding it, the
# short key's offset in it), ...]), planned once per tuple of keys.
_Plan = tuple[tuple[str, ...], dict[str, list[tuple[str, int]]]]
_PLANS: dict[tuple[str, ...], _Plan] = {}


def _plan(keys: tuple[str, ...]) -> _Plan:
    """The keys searched for, and for each the longer keys read where it
    occurs, with its offset in each."""
    got = _PLANS.get(keys)
    if got is None:
        derived: dict[str, list[tuple[str, int]]] = {}
        longer: set[str] = set()
        for key in keys:
            inner = [k for k in keys if k != key and k in key]
            if inner:
                # the shortest holds no other key: it is searched for itself
                root = min(inner, key=lambda k: (len(k), k))
                derived.setdefault(root, []).append((key, key.find(root)))
                longer.add(key)
        base = tuple(k for k in keys if k not in longer)
        got = _PLANS[keys] = (base, derived)
    return got


def _scanned(norm: str, blocks: list[tuple[int, int]]) -> dict[str, list[int]]:
    """Rule -> blocks holding one of its keys, by one overlapped scan of each
    block with the key trie (any case)."""
    scan, woken = _key_scan()
    out: dict[str, list[int]] = {}
    for i, (a, b) in enumerate(blocks):
        hits = set(scan.findall(norm, a, b, overlapped=True))
        rules: set[str] = set()
        for hit in hits:
            rules.update(woken.get(hit.lower(), ()))
        for rule in rules:
            out.setdefault(rule, []).append(i)
    every = list(range(len(blocks)))
    for rule in _always():
        out[rule] = every
    return out
