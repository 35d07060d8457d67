"""Peoples as groups: "ethnic Albanians" (a people, not a state: no country,
---CVL) and a nationality as a plural noun ("Palestinians", "two Israelis",
"the Swiss voted"): the nationality's country."""

from __future__ import annotations

from collections.abc import Sequence

from ..knowledge.countries import alpha3
from ..records import ActorKind, Mention
from ..text import Document
from .group_draft import Group
from .group_roles import role_of
from .role_use import finite_verb
from .words import Word, WordLayer

__all__ = ["people_group", "same_plural"]


def people_group(
    doc: Document, layer: WordLayer, i: int
) -> tuple[Group, int, int] | None:
    """ "ethnic Albanians": a people, of no state (---CVL); "Palestinians",
    "two Israelis": a nationality as a plural noun, of its country."""
    words = layer.words
    w = words[i]
    if w.low == "ethnic" and i + 1 < len(words):
        nxt = words[i + 1]
        if nxt.demonym and nxt.is_cap:
            mention = Mention.of(doc.text, w.start, nxt.end)
            name = " ".join(mention.text.split())
            g = Group(name, ActorKind.GROUP, None, "---CVL", "group-ethnic", [mention])
            return g, i, i + 2
        return None
    if not (w.demonym and w.is_cap and w.place < 0):
        return None
    if same_plural(w.lower):
        # "the Swiss voted", "two Chinese were killed"; "Swiss drugmaker
        # Roche", "the Chinese economy": the adjective, no people
        if not (_counted(words, i) and _verb_after(doc, words, i + 1)):
            return None
    elif not w.lower.endswith("s"):
        return None
    if i + 1 < len(words) and (words[i + 1].is_cap or role_of(words[i + 1], True)):
        return None  # "Palestinians Authority"? a name or an owned group, not a people
    mention = Mention.of(doc.text, w.start, w.end)
    g = Group(
        w.text, ActorKind.GROUP, w.demonym, alpha3(w.demonym), "group-people", [mention]
    )
    return g, i, i + 1


# Words before a nationality whose plural is its adjective ("the Swiss",
# "many Chinese") that make it a noun of the people.
_PEOPLE_BEFORE = frozenset(("the", "many", "most", "some", "few", "all", "more"))


def same_plural(low: str) -> bool:
    """A nationality whose noun of the people is its adjective ("Swiss",
    "Chinese", "Lebanese"), which names the people only as a noun."""
    return low.endswith(("ss", "ese"))


def _verb_after(doc: Document, words: Sequence[Word], k: int) -> bool:
    """Word k, after a nationality of one form, is a finite verb or no
    lower-case word: the nationality is a noun ("the Swiss voted", "the
    Swiss, who"), not an adjective ("the Swiss economy")."""
    if k >= len(words):
        return True
    w = words[k]
    if not w.is_alpha or w.low != w.text:
        return not w.is_alpha
    return finite_verb(doc, w.start)


def _counted(words: Sequence[Word], i: int) -> bool:
    """An article, a quantifier or a number before word i makes a nationality
    of one form a noun of its people ("the Swiss voted", "two Chinese were
    killed"); alone before a noun it is an adjective ("Swiss drugmaker
    Roche")."""
    if i == 0:
        return False
    prev = words[i - 1]
    return prev.low in _PEOPLE_BEFORE or prev.text.isdigit() or prev.low in _NUMBERS


_NUMBERS = frozenset(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens")
)
