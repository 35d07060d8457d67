"""Role nouns that name a group of people ("officials", "troops", "rebels",
"gunmen"), each with the CAMEO-style agent code it gives the group and whether
the bare noun names an actor of its own ("police said") or needs a nationality
or owner ("Russian experts")."""

from __future__ import annotations

import attrs

from .._data import iter_rows, lazy

__all__ = ["RoleNoun", "compound_roles", "group_nouns", "role_nouns"]


@attrs.frozen(slots=True)
class RoleNoun:
    """A role noun: its agent code ("" when it gives none) and whether it names
    an actor alone."""

    code: str
    alone: bool


@lazy
def role_nouns() -> dict[str, RoleNoun]:
    """Role noun ("police", "troops") -> its code and use, from role_nouns.tsv
    (one-word rows; the two-word ones are `compound_roles`)."""
    return {
        noun: RoleNoun("" if code == "-" else code, alone == "yes")
        for noun, code, alone in iter_rows("knowledge/data/role_nouns.tsv")
        if " " not in noun
    }


@lazy
def compound_roles() -> dict[tuple[str, str], RoleNoun]:
    """Two-word role nouns ("coast guard", "border guards"), whose last word
    names no group alone ("the guard of honour"): (first, last) -> role."""
    out: dict[tuple[str, str], RoleNoun] = {}
    for noun, code, alone in iter_rows("knowledge/data/role_nouns.tsv"):
        if " " in noun:
            first, last = noun.split(" ")
            out[first, last] = RoleNoun("" if code == "-" else code, alone == "yes")
    return out


@lazy
def group_nouns() -> dict[str, str]:
    """Role noun -> agent code ("" when it gives none)."""
    return {noun: role.code for noun, role in role_nouns().items()}
