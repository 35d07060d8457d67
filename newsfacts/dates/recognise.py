"""Recognition: scan the text with every rule, filter by context, keep the longest.

A candidate is a rule match that survived its context check (capitalised month
names, "May" only in date context, no money or head counts after a year...).
Overlapping candidates are resolved longest first, then by rule order.
"""

from __future__ import annotations

import attrs
import regex

from .._data import lazy
from .anchors import all_keys, narrow, plain
from .checks import CHECKS, Check
from .checks_durations import range_head
from .patterns import compiled
from .prefilter import by_rule, positions, rule_blocks
from .stretches import stretches

__all__ = ["Candidate", "recognise"]


@attrs.frozen(slots=True)
class Candidate:
    """One accepted rule match: its span in the text and the match itself."""

    start: int
    end: int
    rule: str
    match: regex.Match[str]
    priority: int


def recognise(norm: str) -> list[Candidate]:
    """Non-overlapping candidates over `norm`, in text order."""
    found: list[Candidate] = []
    blocks = _blocks(norm)
    low = norm.lower()
    keys: dict[str, list[int]] | None = None  # where each key is, when anchored
    if len(low) == len(norm):
        at = positions(low, all_keys())
        todo = by_rule(blocks, at)
        if plain(norm):
            keys = at
            todo = narrow(low, blocks, todo, keys)
    else:
        todo = rule_blocks(norm, blocks)
    ranked = _ranked()
    for rule in sorted(todo.keys() & ranked.keys(), key=ranked.__getitem__):
        priority, pattern = ranked[rule]
        check = CHECKS.get(rule)
        # (Whether the rule has a "span" group, asked of the pattern once:
        # `Match.groupdict` makes a string of every group of every match.)
        spanned = "span" in pattern.groupindex
        spans = (
            stretches(rule, norm, low, blocks, todo[rule], keys)
            if keys is not None
            else None
        )
        if spans is None:
            spans = [blocks[i] for i in todo[rule]]
        for a, b in spans:
            for m in pattern.finditer(norm, a, b):
                span = _accept(m, norm, check, spanned)
                if span is not None:
                    found.append(Candidate(span[0], span[1], rule, m, priority))
                    head = range_head(m, norm) if rule == "duration" else None
                    if head is not None:
                        found.append(Candidate(*head, "range_first", m, priority))
                    elif (
                        rule == "quarter_pair"
                    ):  # "the first" of "... and second quarters"
                        first = m.start("the") if m.group("the") else m.start("o1")
                        found.append(
                            Candidate(first, m.end("o1"), "quarter_first", m, priority)
                        )
    found.sort(key=lambda c: (c.start - c.end, c.priority, c.start))
    taken: list[Candidate] = []
    used = bytearray(len(norm) + 1)
    for c in found:
        if any(used[c.start : c.end]):
            continue
        used[c.start : c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


@lazy
def _ranked() -> dict[str, tuple[int, regex.Pattern[str]]]:
    """Rule -> its priority (its place in the rule order) and compiled pattern."""
    return {rule: (n, pattern) for n, (rule, pattern) in enumerate(compiled())}


# A check says whether a match is a time expression; it may return the span to keep.
_BLOCK = 80  # minimum characters per scanned block
# Block breaks: a blank line, a line break after sentence-final punctuation, or a
# sentence end after a lower-case word (not "a.m. Thursday", "St. Patrick's Day").
_BLANK = lazy(
    lambda: regex.compile(
        r"\n[ \t]*+\n|(?<=[.!?\"'])[ \t]*+\n|(?<=[a-z]{3}[.!?])[ \t]++(?=[A-Z])"
    )
)


def _blocks(norm: str) -> list[tuple[int, int]]:
    """Spans of at least `_BLOCK` characters cut where no expression can continue.

    Each rule is run only on the blocks holding one of its key words.
    """
    out: list[tuple[int, int]] = []
    start = 0
    for m in _BLANK().finditer(norm):
        if m.end() - start >= _BLOCK:
            out.append((start, m.end()))
            start = m.end()
    out.append((start, len(norm)))
    return out


def _accept(
    m: regex.Match[str], norm: str, check: Check | None, spanned: bool
) -> tuple[int, int] | None:
    """The span a match keeps, if its check accepts it: the check's own, else
    the rule's "span" group when it has one (`spanned`) that took part, else
    the whole match; trailing spaces, line breaks and commas left out."""
    verdict = check(m, norm) if check is not None else True
    if not verdict:
        return None
    if isinstance(verdict, tuple):
        start, end = verdict
    elif spanned and m.group("span") is not None:
        start, end = m.span("span")
    else:
        start, end = m.span()
    while end > start and norm[end - 1] in " \n,":
        end -= 1
    return (start, end) if end > start else None
