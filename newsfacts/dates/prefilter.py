"""Key-word prefilter: which rule can match in which block of the text.

A rule can only match where one of its key strings (`patterns.TRIGGERS`) occurs.
Instead of testing each rule's keys against each block, one compiled
alternation of all keys scans the text once; every key found wakes its rules
for the block it lies in. The alternation is written as a trie ("mon(?:day)?")
so the scan does not try each key in turn at every position: it runs at several
megabytes per second, linear in the text length.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .._data import lazy
from .patterns import TRIGGERS, compiled

__all__ = ["rule_blocks", "trie_pattern"]


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
def _key_scan() -> tuple[
    regex.Pattern[str], regex.Pattern[str], dict[str, frozenset[str]], tuple[str, ...]
]:
    """The key scanner (lower-case text; any case), what each key wakes, key-less rules.

    A match is the longest key at its position; it wakes the rules of every key
    it contains ("today" also wakes the rules keyed on "day"). The scan is
    overlapped, so a key starting inside another ("-long" in "year-long") is
    seen too.
    """
    rules_of: dict[str, set[str]] = {}
    for rule, keys in TRIGGERS.items():
        for k in keys:
            rules_of.setdefault(k, set()).add(rule)
    woken = {
        hit: frozenset(r for k, rs in rules_of.items() if k in hit for r in rs)
        for hit in rules_of
    }
    digits = woken["0"]
    for n in range(10):
        woken[str(n)] = digits
    source = trie_pattern(w for w in rules_of if not w.isdigit()) + r"|\d"
    always = tuple(rule for rule, _ in compiled() if rule not in TRIGGERS)
    return (
        regex.compile(source),
        regex.compile(source, regex.IGNORECASE),
        woken,
        always,
    )


def rule_blocks(norm: str, blocks: list[tuple[int, int]]) -> dict[str, list[int]]:
    """For each rule, the indices of the blocks holding one of its key strings."""
    lower, anycase, woken, always = _key_scan()
    low = norm.lower()
    if len(low) != len(norm):
        # A character that expands when lower-cased ("İ") shifts offsets: scan as is.
        low, lower = norm, anycase
    out: dict[str, list[int]] = {}
    for i, (a, b) in enumerate(blocks):
        hits = set(lower.findall(low, a, b, overlapped=True))
        rules: set[str] = set()
        for hit in hits:
            rules.update(woken.get(hit.lower(), ()))
        for rule in rules:
            out.setdefault(rule, []).append(i)
    every = list(range(len(blocks)))
    for rule in always:
        out[rule] = every
    return out
