"""Bodies named by a list of remits across commas: "the Ministry of Economy,
Trade and Industry", "the Department of Agriculture, Fisheries and
Forestry", "Japan's Economy, Trade and Industry Ministry". The capitalised
runs end at a comma, so the finder reads such a name in pieces (a ministry
"of Economy", a person "Industry"); a remit list is one name: capitalised
words joined by commas and closed by "and", after "of" a heading keyword
or before a closing one."""

from __future__ import annotations

from .candidate import Candidate
from .orgs import org_candidate
from .words import WordLayer, Words

__all__ = ["remit_lists"]

# Words at most in one remit of a list ("Information Technology",
# "Social Affairs", "Planning and Economic Development" ends the list).
_REMIT_WORDS = 3
# Remits at most before the closing "and" ("Labour, Health, Social Affairs").
_REMITS = 4


def remit_lists(layer: WordLayer, cands: list[Candidate]) -> list[Candidate]:
    """The candidates (in text order), each keyword organisation grown over
    the remit list it opens or closes, the candidates inside the list
    dropped."""
    words = layer.words
    out: list[Candidate] = []
    grown = False
    for c in cands:
        if c.kind != "organization" or c.known is not None:
            out.append(c)
            continue
        end = _list_after(words, c.i, c.j)
        start = _list_before(words, c.i, c.j)
        if end == c.j and start == c.i:
            out.append(c)
            continue
        new = org_candidate(layer, start, end, None, c.rule)
        new.country = new.country or c.country
        out.append(new)
        grown = True
    if not grown:
        return out
    # the pieces inside a grown name go ("Industry" of "..., Trade and Industry")
    kept: list[Candidate] = []
    spans = [(c.i, c.j) for c in out if c.kind == "organization"]
    for c in out:
        inside = any(i <= c.i and c.j <= j and (i, j) != (c.i, c.j) for i, j in spans)
        if not inside:
            kept.append(c)
    return kept


def _remit_word(words: Words, k: int) -> bool:
    """Word k may stand in a remit: capitalised, and no place, keyword,
    demonym, acronym, stop word or given name."""
    w = words[k]
    return not (
        not w.is_cap
        or w.place >= 0
        or w.keyword is not None
        or w.demonym
        or w.is_acronym
        or w.poss
        or w.stop
        or w.given
    )


def _remit(words: Words, k: int, limit: int) -> int:
    """End of one remit from word k: one to three words of `_remit_word`
    ("Trade", "Information Technology"), or k."""
    m = k
    while m < limit and m - k < _REMIT_WORDS and _remit_word(words, m):
        m += 1
    return m


def _list_after(words: Words, i: int, j: int) -> int:
    """End of the remit list after the heading name [i, j) ("Ministry of
    Economy" + ", Trade and Industry"), or j."""
    if not _heading_of(words, i, j) or j + 1 >= len(words) or words[j].text != ",":
        return j
    n = len(words)
    k = j
    for _ in range(_REMITS):
        if k >= n or words[k].text != ",":
            return j
        m = _remit(words, k + 1, n)
        if m == k + 1:
            return j
        if m < n and words[m].low == "and":
            last = _remit(words, m + 1, n)
            if last == m + 1 or (last < n and words[last].is_cap):
                return j
            return last
        k = m
    return j


def _heading_of(words: Words, i: int, j: int) -> bool:
    """The name [i, j) is a heading keyword, "of" and one remit ("Ministry
    of Economy", "Department of Agriculture")."""
    kw = words[i].keyword
    return (
        j - i >= 3
        and kw is not None
        and kw.prefix
        and words[i + 1].low == "of"
        and _remit(words, i + 2, j) == j
    )


def _list_before(words: Words, i: int, j: int) -> int:
    """Start of the remit list before the closing name [i, j) ("Economy, "
    + "Trade and Industry Ministry"), or i: the name is "remit and remit
    keyword", and remits with commas stand before it."""
    kw = words[j - 1].keyword
    if kw is None or not kw.suffix or j - i < 4:
        return i
    a = _remit(words, i, j)
    if a == i or words[a].low != "and" or _remit(words, a + 1, j) != j - 1:
        return i
    start = i
    for _ in range(_REMITS - 1):
        if start < 2 or words[start - 1].text != ",":
            break
        k = start - 1  # the comma; the remit ends before it
        while k > 0 and start - 1 - k < _REMIT_WORDS and _remit_word(words, k - 1):
            k -= 1
        if k == start - 1:
            break
        start = k
    if start == i or (
        start > 0 and words[start - 1].is_cap and not words[start - 1].poss
    ):
        return i
    return start
