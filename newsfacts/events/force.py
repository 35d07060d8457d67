"""Who uses force: CAMEO 19x (conventional military force) or 18x
(unconventional violence), by the source's sector (`events/data/force.tsv`)."""

from __future__ import annotations

import attrs

from .._data import iter_rows, lazy
from ..knowledge.organizations import known_club
from ..records import ActorKind
from .candidate import Candidate, retype
from .mentions import ActorMention

__all__ = ["Force", "bears_arms", "force", "plays_games", "settle_force"]


@attrs.frozen(slots=True)
class Force:
    armed: frozenset[str]
    commanding: frozenset[str]
    insurgent: frozenset[str]
    civil: dict[str, str]


@lazy
def force() -> Force:
    armed: set[str] = set()
    commanding: set[str] = set()
    insurgent: set[str] = set()
    civil: dict[str, str] = {}
    for row in iter_rows("events/data/force.tsv"):
        if len(row) != 4 or not row[3].strip():
            raise ValueError(f"bad force row: {row!r}")
        kind, key, value = row[0], row[1], row[2]
        if kind == "armed":
            armed.add(key)
        elif kind == "commanding":
            commanding.add(key)
        elif kind == "insurgent":
            insurgent.add(key)
        elif kind == "civil" and value:
            civil[key] = value
        else:
            raise ValueError(f"bad force row: {row!r}")
    return Force(frozenset(armed), frozenset(commanding), frozenset(insurgent), civil)


def _sectors(am: ActorMention | None) -> tuple[str, ...]:
    """The three-letter role blocks of an actor's code after its country or
    body ("SYRREB": REB; "IGOUNOMIL": UNO, MIL)."""
    code = am.actor.code if am is not None else None
    if not code:
        return ()
    return tuple(code[k : k + 3] for k in range(3, len(code), 3))


def _state(am: ActorMention | None) -> bool:
    """A state acting as a whole ("Israel struck Gaza"): a country actor."""
    return am is not None and am.actor.kind == "country"


def is_armed(am: ActorMention | None) -> bool:
    """An armed force of a state: a military sector, or a state acting as a whole."""
    return _state(am) or any(block in force().armed for block in _sectors(am))


def bears_arms(am: ActorMention | None) -> bool:
    """An actor whose act can be an armed operation: an armed force or a state,
    a government commanding one, police or insurgents (not a company or a
    ministry of trade)."""
    f = force()
    return is_armed(am) or any(
        block in f.commanding or block in f.insurgent or block == "COP"
        for block in _sectors(am)
    )


def settle_force(c: Candidate) -> None:
    """Violence coded by who uses it: 19x for armed forces (and insurgents in an
    armed clash with them), 18x for anyone else."""
    root = c.cameo[:2]
    if root not in {"18", "19"}:
        return
    src, tgt = c.source, c.target
    insurgent = any(block in force().insurgent for block in _sectors(src))
    commanding = any(block in force().commanding for block in _sectors(src))
    military = is_armed(src) or commanding or (insurgent and is_armed(tgt))
    if military:
        if c.military:
            retype(c, c.military, c.rule)
        elif root == "18":
            retype(
                c, "190", c.rule
            )  # "the army wounded three": force by an armed force
    elif root == "19" and c.cameo in force().civil:
        retype(c, force().civil[c.cameo], c.rule)
    elif root == "19" and c.private:
        retype(c, "180", c.rule)  # "a man attacked a woman with a knife"


def plays_games(am: ActorMention | None) -> bool:
    """A sports club (`clubs.tsv`) or a business: what it crushes, attacks,
    hits or beats is a game or a market ("Manchester City crushed Arsenal",
    "the Lakers attacked the basket", "Apple hit a record high", "Tesla
    crushed expectations"), never an act of force; force done for a company
    is done by people the news names as such ("the mine's guards shot")."""
    if am is None or am.actor.kind != ActorKind.ORGANIZATION:
        return False
    code = am.actor.code or ""
    if code[3:6] == "BUS" or code.startswith("MNC"):
        return True
    return known_club(am.actor.name)
