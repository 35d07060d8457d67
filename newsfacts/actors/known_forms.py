"""A known organisation's name read with the noun of its kind after it: "the
opposition Congress party" is the Indian party the package knows as "Congress
Party", not the U.S. Congress it knows as "Congress"."""

from __future__ import annotations

from ..knowledge.keys import org_key
from ..knowledge.organizations import KnownOrg, known_orgs
from . import lexicon as lex
from .candidate import Candidate
from .orgs import org_candidate
from .words import WordLayer

__all__ = ["typed_known_names"]


def typed_known_names(layer: WordLayer, cands: list[Candidate]) -> list[Candidate]:
    """A known name before a lower-case noun of a kind of body (`org_type`),
    where the name and the noun together are another known organisation, is
    that one ("the opposition Congress party"); and so is every other mention
    of the same name in the article, which has said which it means ("Congress
    leader Rahul Gandhi"). The span stays the capitalised name."""
    words = layer.words
    known = known_orgs()
    swap: dict[str, tuple[KnownOrg, KnownOrg]] = {}
    for c in cands:
        if (
            c.known is None
            or c.j >= len(words)
            or words[c.j].lower not in lex.ORG_TYPES
        ):
            continue
        text = " ".join(w.text for w in words[c.i : c.j + 1])
        other = known.get(org_key(text))
        if other is not None and other is not c.known:
            swap.setdefault(org_key(_text(layer, c)), (c.known, other))
    if not swap:
        return cands
    out = []
    for c in cands:
        pair = swap.get(org_key(_text(layer, c))) if c.known is not None else None
        if pair is not None and c.known is pair[0]:
            c = org_candidate(layer, c.i, c.j, pair[1], c.rule)
        out.append(c)
    return out


def _text(layer: WordLayer, c: Candidate) -> str:
    return " ".join(w.text for w in layer.words[c.i : c.j])
