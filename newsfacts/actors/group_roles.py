"""The role noun a word names for the readers of groups: from the role nouns
table (`knowledge/data/role_nouns.tsv`), two-word roles ("coast guard")
included, or, after an owner, from the PETRARCH2 agents table ("Iraqi
farmers": AGR)."""

from __future__ import annotations

from collections.abc import Sequence

from ..knowledge.petrarch import agent
from ..knowledge.roles import RoleNoun, compound_roles, role_nouns
from . import lexicon as lex
from .words import Word

__all__ = ["MAX_MODIFIERS", "compound", "role_of"]

MAX_MODIFIERS = 2  # lower-case words between an owner and its role noun


def role_of(word: Word, owned: bool) -> RoleNoun | None:
    """The role a lower-case word names: from the table, or (after an owner)
    from the PETRARCH2 agents table."""
    if not word.is_alpha or word.low != word.text:
        return None
    role = role_nouns().get(word.lower)
    if role is None and owned and word.lower not in lex.stopwords():
        code = _agent(word.lower)
        if code is not None and word.lower.endswith("s"):
            role = RoleNoun(code, False)  # "Iraqi farmers": a plural role only
    return role


def compound(words: Sequence[Word], m: int, first: int) -> RoleNoun | None:
    """The two-word role noun ending at word m ("coast guard", "the National
    Guard"), its first word at or after `first`; both words lower-case or both
    capitalised, or the first capitalised only as it opens the sentence ("Aid
    groups said")."""
    if m - 1 < first:
        return None
    a, b = words[m - 1], words[m]
    if not (a.is_alpha and b.is_alpha):
        return None
    if not (
        (b.low == b.text and (a.low == a.text or a.sent_start))
        or (a.text[:1].isupper() and b.text[:1].isupper())
    ):
        return None
    return compound_roles().get((a.lower, b.lower))


# Lower-case word -> its PETRARCH2 agent code (`agent`), looked up once per
# distinct word; emptied when full, so memory stays bounded.
_AGENTS: dict[str, str | None] = {}


def _agent(low: str) -> str | None:
    """`agent(low)`, read once per distinct word."""
    try:
        return _AGENTS[low]
    except KeyError:
        if len(_AGENTS) >= 1 << 16:
            _AGENTS.clear()
        got = _AGENTS[low] = agent(low)
        return got
