"""The names of the people and organisations as the readers of groups look
them up: by the last word of each mention (the names that may own a group,
"Haftar's troops") and by the first ("commander of the Libyan National
Army"), kept in sorted arrays; and the words other actors' mentions cover,
a byte a word."""

from __future__ import annotations

import bisect
from array import array

from .entity import Entity

__all__ = ["Named", "Names", "Owners", "covered_words", "take"]


class Names:
    """The names of the people and organisations, as the groups read them:
    by the last word of each mention (`Owners`) and by the first (`Named`).

    Made from the entities' candidates, it keeps their word indexes alone
    (in arrays) and the entities, so that the candidates (some 300 bytes
    each, a long text's many thousands) can go before the groups are read."""

    __slots__ = ("named", "owners")

    def __init__(self, entities: list[Entity]) -> None:
        self.owners = Owners(entities)
        self.named = Named(entities)


def covered_words(n: int, entities: list[Entity]) -> bytearray:
    """A byte per word of the `n` words, 1 where a mention of `entities`
    covers it. A byte a word rather than a set of word indexes: a long text's
    names cover most of its capitalised words, and a set spends some 60 bytes
    on each (its slot and the int), this one."""
    out = bytearray(n)
    for e in entities:
        for c in e.cands:
            take(out, c.i, c.j)
    return out


def take(used: bytearray, lo: int, hi: int) -> None:
    """Mark words lo to hi as taken."""
    used[lo:hi] = b"\x01" * (hi - lo)


class Named:
    """Organisations and people by the first word of each mention ("the
    Libyan National Army" of "commander of the Libyan National Army"), as two
    arrays sorted by that word and read by bisection, as `Owners` is."""

    __slots__ = ("entities", "ents", "firsts")

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        pairs = sorted(
            (c.i, n)
            for n, e in enumerate(entities)
            if e.kind in ("organization", "person")
            for c in e.cands
        )
        self.firsts: array[int] = array("i", (i for i, _ in pairs))
        self.ents: array[int] = array("i", (n for _, n in pairs))

    def get(self, i: int) -> Entity | None:
        """The organisation or person with a mention starting at word i."""
        k = bisect.bisect_left(self.firsts, i)
        if k < len(self.firsts) and self.firsts[k] == i:
            return self.entities[self.ents[k]]
        return None


class Owners:
    """The names that may own a group, by their last word: word index -> (the
    entity, the name's first word); of names ending on the same word, the
    last one's.

    Kept as three arrays sorted by the last word and read by bisection: a long
    text's names are many (some 15,000 a million characters), and a dict of
    tuples would hold about 100 bytes for each, these hold 12."""

    __slots__ = ("entities", "ents", "firsts", "lasts")

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        lasts: array[int] = array("i")
        ents: array[int] = array("i")
        firsts: array[int] = array("i")
        for n, e in enumerate(entities):
            for c in e.cands:
                lasts.append(c.j - 1)
                ents.append(n)
                firsts.append(c.i)
        # a stable sort: of the names ending on one word, the last added is
        # the last of its run, and the one kept
        order = sorted(range(len(lasts)), key=lasts.__getitem__)
        keep = [k for n, k in enumerate(order[:-1]) if lasts[order[n + 1]] != lasts[k]]
        keep += order[-1:]
        self.lasts: array[int] = array("i", map(lasts.__getitem__, keep))
        self.ents: array[int] = array("i", map(ents.__getitem__, keep))
        self.firsts: array[int] = array("i", map(firsts.__getitem__, keep))

    def __contains__(self, i: int) -> bool:
        lasts = self.lasts
        k = bisect.bisect_left(lasts, i)
        return k < len(lasts) and lasts[k] == i

    def get(self, i: int) -> tuple[Entity, int] | None:
        """The entity whose name ends at word i, and the name's first word."""
        lasts = self.lasts
        k = bisect.bisect_left(lasts, i)
        if k < len(lasts) and lasts[k] == i:
            return self.entities[self.ents[k]], self.firsts[k]
        return None
