"""The clause walk's bookkeeping: the stack of open clauses (`Frame`s) and
the slot each verb group fills (`Slot`), with the steps that fill a slot from
its frame, coordinate two verbs, hand a controlled clause its subject and open
or close frames. `_walk.Walker` reads the sentence's units and calls them.
"""

from __future__ import annotations

from ._state import ROOTS, SUBORDINATE, Frame, SentenceIndex, Slot
from .chunks import Chunks

__all__ = ["FrameStack"]

# The frames `_pop_to_free` closes (made once, not at each test).
_SUBORDINATE_OR_SAID = SUBORDINATE | {"complement", "reported"}


class FrameStack(SentenceIndex):
    """The open clauses of one sentence and the slot of each verb group."""

    def __init__(self, chunks: Chunks, reporting: frozenset[str]) -> None:
        super().__init__(chunks)
        self.reporting = reporting
        self.slots = [Slot() for _ in chunks.verbs]
        self.frames: list[Frame] = []
        self.mains: list[int] = []  # top-level clauses since the last report

    # ----------------------------------------------------------------- slots

    def _take(self, f: Frame, v: int) -> None:
        """Verb v is frame f's verb: fill its clause from the frame."""
        slot = self.slots[v]
        slot.kind = f.kind
        slot.marker = f.marker
        slot.antecedent = f.antecedent
        slot.governor = f.governor
        if f.kind == "relative" and f.subject < 0:
            slot.subject, slot.via = f.antecedent, "relative"
        elif f.subject >= 0:
            slot.subject, slot.via = f.subject, "direct"
            if f.kind == "relative" and f.gap >= 0:
                slot.objects.append(f.gap)  # "the town that rebels took"
                f.last = "obj"
        f.inverted = (
            slot.subject < 0
            and f.kind in ROOTS
            and f.last == "pp"
            and self.c.verbs[v].lemma == "be"
        )
        f.verb = f.first = v
        if f.last != "obj":
            f.last = "verb"
        if f.kind in ROOTS:
            self.mains.append(v)
        if f.waiting:
            self._settle(f)

    def _settle(self, f: Frame) -> None:
        """Clauses waiting for this frame's subject get it now."""
        if f.first < 0 or not f.waiting:
            return
        subj = self.slots[f.first].subject
        if subj >= 0:
            for c in f.waiting:
                if self.slots[c].subject < 0:
                    self.slots[c].subject, self.slots[c].via = subj, "control"
            f.waiting.clear()

    def _coordinate(self, f: Frame, v: int, subject: int) -> None:
        slot = self.slots[v]
        first = self.slots[f.first]
        slot.kind = first.kind
        slot.marker = f.marker
        slot.governor = first.governor
        slot.antecedent = first.antecedent
        if subject >= 0:
            slot.subject, slot.via = subject, "direct"
            f.first = v
        else:
            slot.subject, slot.via = first.subject, "coordination"
            slot.conjunct_of = f.first
        f.verb = v
        f.last = "verb"
        f.stray = -1
        if f.kind in ROOTS:
            self.mains.append(v)

    def _control(self, v: int, f: Frame) -> None:
        """Clause v's subject is frame f's: now, or once f finds it."""
        subj = self.slots[f.first].subject if f.first >= 0 else f.subject
        if subj >= 0:
            self.slots[v].subject, self.slots[v].via = subj, "control"
        else:
            f.waiting.append(v)

    # ---------------------------------------------------------------- frames

    def _push(
        self, kind: str, marker: int, *, governor: int = -1, antecedent: int = -1
    ) -> None:
        f = Frame(kind, marker, antecedent)
        f.governor = governor
        below = self.frames[-1]
        # A frame below the top gets no verb while one is above it, so the
        # nearest verbless frame below stays what it is now.
        f.free = len(self.frames) - 1 if below.verb < 0 else below.free
        self.frames.append(f)

    def _pop_to_free(self) -> int:
        """Close subordinate clauses down to the first one still without a verb.

        Returns the antecedent of the last relative clause closed, or -1.
        """
        ant = -1
        while len(self.frames) > 1 and self.frames[-1].kind in _SUBORDINATE_OR_SAID:
            f = self.frames.pop()
            if f.kind == "relative":
                ant = f.antecedent
            if self.frames[-1].verb < 0:
                return ant
        self.frames[-1].last = "comma"
        return ant

    def _restart(self, kind: str) -> Frame:
        """A new clause of the same level as frame f (no coordinator seen)."""
        f = Frame(kind if kind in ROOTS else "main")
        self.frames[-1] = f
        return f

    def _reset(self) -> None:
        kind = self.frames[0].kind
        self.frames = [Frame(kind)]
        self.mains = []

    def _complement_kind(self, governor: int) -> str:
        lemma = self.c.verbs[governor].lemma
        return "reported" if lemma in self.reporting else "complement"

    def records(self) -> list[Slot]:
        """The filled slots, one per verb group."""
        return self.slots
