"""Who uses force: CAMEO 19x (conventional military force) or 18x
(unconventional violence), by the source's sector (`events/data/force.tsv`)."""

from __future__ import annotations

import attrs

from .._data import iter_rows, lazy
from .candidate import Candidate, retype
from .mentions import ActorMention

__all__ = ["Force", "force", "settle_force"]


@attrs.frozen(slots=True)
class Force:
    armed: frozenset[str]
    insurgent: frozenset[str]
    civil: dict[str, str]


@lazy
def force() -> Force:
    armed: set[str] = set()
    insurgent: set[str] = set()
    civil: dict[str, str] = {}
    for row in iter_rows("events/data/force.tsv"):
        if len(row) != 4 or not row[3].strip():
            raise ValueError(f"bad force row: {row!r}")
        kind, key, value = row[0], row[1], row[2]
        if kind == "armed":
            armed.add(key)
        elif kind == "insurgent":
            insurgent.add(key)
        elif kind == "civil" and value:
            civil[key] = value
        else:
            raise ValueError(f"bad force row: {row!r}")
    return Force(frozenset(armed), frozenset(insurgent), civil)


def _sectors(am: ActorMention | None) -> str:
    code = am.actor.code if am is not None else None
    return code[3:] if code else ""


def _state(am: ActorMention | None) -> bool:
    """A state acting as a whole ("Israel struck Gaza"): a country actor."""
    return am is not None and am.actor.kind == "country"


def is_armed(am: ActorMention | None) -> bool:
    """An armed force of a state: a military sector, or a state acting as a whole."""
    sectors = _sectors(am)
    return _state(am) or any(sectors.startswith(s) for s in force().armed)


def settle_force(c: Candidate) -> None:
    """Violence coded by who uses it: 19x for armed forces (and insurgents in an
    armed clash with them), 18x for anyone else."""
    root = c.cameo[:2]
    if root not in {"18", "19"}:
        return
    src, tgt = c.source, c.target
    sectors = _sectors(src)
    insurgent = any(sectors.startswith(s) for s in force().insurgent)
    military = is_armed(src) or (insurgent and is_armed(tgt))
    if military:
        if c.military:
            retype(c, c.military, c.rule)
        elif root == "18":
            retype(
                c, "190", c.rule
            )  # "the army wounded three": force by an armed force
    elif root == "19" and c.cameo in force().civil:
        retype(c, force().civil[c.cameo], c.rule)
