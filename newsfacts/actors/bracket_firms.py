"""A company's name with a keyword in brackets before its legal form:
"Cheung Kong (Holdings) Ltd", "Wharf (Holdings) Ltd", as Hong Kong and other
registers write them. The brackets cut the run of capitals in two, and the
name before them would be read alone (as a person's: "Cheung Kong")."""

from __future__ import annotations

from .candidate import Candidate
from .orgs import org_candidate
from .words import WordLayer, Words

__all__ = ["bracketed_firms"]

# Capitalised words at most of the name before the bracket.
_NAME_WORDS = 4


def bracketed_firms(layer: WordLayer, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with each "Name (Keyword) Legal" made one company
    candidate over all of it; the candidates inside give way."""
    words = layer.words
    spans = []
    for k in layer.columns.where_lower(("(",)):
        end = _legal_after(words, k)
        if not end:
            continue
        start = k
        while (
            start > 0
            and k - start < _NAME_WORDS
            and words[start - 1].is_cap
            and not words[start - 1].stop
            and words[start - 1].sent == words[k].sent
        ):
            start -= 1
        if start < k:
            spans.append((start, end))
    if not spans:
        return cands
    out = [c for c in cands if not any(i <= c.i and c.j <= j for i, j in spans)]
    out += (org_candidate(layer, i, j, None, "org-keyword") for i, j in spans)
    out.sort(key=lambda c: c.start)
    return out


def _legal_after(words: Words, k: int) -> int:
    """The end of "( Keyword ) Legal" opening at the bracket k ("(Holdings)
    Ltd"), or 0: a keyword of a company, then a legal form."""
    if k + 3 >= len(words) or words[k + 2].text != ")":
        return 0
    inner, legal = words[k + 1].keyword, words[k + 3].keyword
    if inner is None or inner.sector != "BUS" or legal is None or not legal.legal:
        return 0
    return k + 4
