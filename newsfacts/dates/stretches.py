"""Stretches: the parts of a block a costly rule is run on, around its anchors.

`anchors.narrow` keeps a block for a rule when one of the rule's anchors (a
part of every match, `anchors.AT_KEYS`) occurs in it; the rule is then run
over the whole block, trying its pattern at every word of it. For a rule
whose matches never hold certain characters (`CUTS`: a quote, a bracket, a
colon, a comma or period before no digit), a match lies wholly between two of
them, and holds an anchor: so the rule is run only on the stretch between the
cuts on either side of each anchor, a clause rather than a paragraph. The
matches are the same: each lies in one stretch, and a stretch is scanned from
its start as the block would have been (what lies before it in the block
holds no match), with the text before it still seen by a look-behind, and
ends at a cut, which any look-ahead at a match's end reads as it reads the end
of the stretch (a character that is neither a letter, a digit, white space
nor a hyphen).

Like the anchors, each entry of `CUTS` is written from its rule in
`patterns.py` (its comment says why no match holds a cut); a change to a rule
must keep it true, or drop the entry. It holds on the texts `anchors.plain`
accepts, the only ones `narrow` is used on.
"""

from __future__ import annotations

import bisect

import regex

from .._data import lazy
from .anchors import AT_KEYS, at_key_patterns

__all__ = ["CUTS", "stretches"]

# A quote, a bracket, a colon, a semicolon, "!" or "?", and a period or a
# comma before no digit: none is part of a phrase of words, numbers, white
# space and hyphens whose periods and commas are inside numbers ("2.5 years",
# "1,000 days").
_CLAUSE_CUTS = r"[\"()\[\]{}:;!?]|[.,](?!\d)"

# Rule -> pattern of the characters no match of the rule holds.
CUTS: dict[str, str] = {
    # Words, numbers, white space and hyphens ("the past two years", "10 to
    # 12 weeks", "a year-long"); a period or a comma only inside a number,
    # before a digit ("2.5 years", "1,000 days"), a slash only between digits
    # ("1 1/2 hours").
    "duration": _CLAUSE_CUTS,
    # The number of `duration`, a unit and its direction ("two days ago",
    # "a year earlier", "five years from now").
    "ago": _CLAUSE_CUTS,
    # Words and white space alone ("for years", "the past few months", "a
    # week", "the entire day").
    "duration_bare": _CLAUSE_CUTS,
    "duration_unit": _CLAUSE_CUTS,
    # Words, white space and hyphens ("in early March", "the end-March
    # deadline", "last May", "March of this year").
    "month": _CLAUSE_CUTS,
    # Words, white space and hyphens ("recently", "in recent years", "the
    # then-current", "the near term", "these days").
    "ref": _CLAUSE_CUTS,
}


@lazy
def _cuts() -> dict[str, tuple[regex.Pattern[str], regex.Pattern[str]]]:
    """Rule -> its cut pattern searched forwards, and backwards."""
    return {
        rule: (regex.compile(src), regex.compile(f"(?r){src}"))
        for rule, src in CUTS.items()
    }


def stretches(
    rule: str,
    norm: str,
    low: str,
    blocks: list[tuple[int, int]],
    indices: list[int],
    found: dict[str, list[int]],
) -> list[tuple[int, int]] | None:
    """The spans of `norm` to run `rule` on, in order, within the blocks
    `indices` (those `anchors.narrow` kept for it); None for a rule without
    cuts, to be run on the whole blocks. `low` is the lower-cased text and
    `found` where each key occurs in it (`prefilter.positions`)."""
    cuts = _cuts().get(rule)
    if cuts is None:
        return None
    forward, backward = cuts
    keys, anchor = AT_KEYS[rule][0], at_key_patterns()[rule]
    starts = [a for a, _ in blocks]
    kept = set(indices)
    at: list[int] = []
    for key in keys:
        for p in found.get(key, ()):
            i = bisect.bisect_right(starts, p) - 1
            if i in kept and anchor.match(low, p, blocks[i][1]):
                at.append(p)
    at.sort()
    out: list[tuple[int, int]] = []
    k = 0
    for i in indices:
        a, b = blocks[i]
        k = bisect.bisect_left(at, a, k)
        while k < len(at) and at[k] < b:
            p = at[k]
            # the last cut before the anchor (searched up to the anchor's
            # first character, so that a look-ahead of the cut reads it),
            # and the first from the anchor on
            before = backward.search(norm, a, p + 1)
            after = forward.search(norm, p, b)
            end = after.start() if after is not None else b
            out.append((before.end() if before is not None else a, end))
            # the next anchor past this stretch's cut: stretches do not overlap
            k = bisect.bisect_left(at, end, k)
    return out
