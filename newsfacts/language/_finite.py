"""The clause walk's steps at a finite verb group.

A finite verb is its frame's verb, a verb coordinated with the one before
("killed one and wounded two"), the reporting verb that makes the clauses
before it reported speech ('"...," the ministry said'), the verb of an
inverted question ("Did rebels attack the town?") or the verb of a clause of
its own ("said rebels attacked", "..., but China remained mum").
`_walk.Walker` reads the sentence's units and calls `_finite` at each finite
verb group.
"""

from __future__ import annotations

from ._stack import FrameStack
from ._state import NONFINITE, QUOTES, ROOTS, SAME_VERB_REACH, SUBORDINATE, Frame
from .lexicon import AUX

__all__ = ["FiniteSteps"]

# The frames a finite verb after a coordination closes: after "but" with a
# comma, a relative too; after a comma and a clause with its own subject, also
# the complements, reported and adverbial clauses it stands beside.
_NONFINITE_OR_RELATIVE = NONFINITE | {"relative"}
_CLOSED_BY_CLAUSE = _NONFINITE_OR_RELATIVE | {"complement", "reported", "adverbial"}


class FiniteSteps(FrameStack):
    """The steps of the clause walk at a finite verb group, over the frames
    and slots of `FrameStack`."""

    def _finite(self, v: int) -> None:
        """A finite verb: its frame's verb, a coordinated one, or a new clause."""
        self.slots[v].question = self.question
        f = self.frames[-1]
        if f.verb < 0:
            self._take(f, v)
            return
        if f.last == "coord":
            # A finite verb joins no infinitive, participle or reduced relative
            # ("..., but was still refusing"); after a comma, no relative either.
            closing = _NONFINITE_OR_RELATIVE if f.comma else NONFINITE
            comma = f.comma
            while len(self.frames) > 1 and self.frames[-1].kind in closing:
                self.frames.pop()
            f = self.frames[-1]
            f.comma = comma
            if f.comma:
                # "says A is true, but says B": the second "says" joins the first
                # (looked for a few clauses down only).
                lemma = self.c.verbs[v].lemma
                for depth in range(2, min(len(self.frames), SAME_VERB_REACH) + 1):
                    below = self.frames[-depth]
                    if below.verb >= 0 and self.c.verbs[below.verb].lemma == lemma:
                        del self.frames[len(self.frames) - depth + 1 :]
                        f = below
                        break
            self._coordinate(f, v, -1)  # "killed one and wounded two"
            return
        if f.last == "coordnp":
            subject = f.stray  # "..., but China remained mum": its own clause
            # After a comma a clause with its own subject joins the sentence's
            # own clause ("officials said A, but witnesses said B").
            closing = _CLOSED_BY_CLAUSE if f.comma else _NONFINITE_OR_RELATIVE
            while len(self.frames) > 1 and self.frames[-1].kind in closing:
                self.frames.pop()
            self._coordinate(self.frames[-1], v, subject)
            return
        stray = f.stray if f.last == "np" or self._set_off(f, v) else -1
        if f.last in ("comma", "np") and self._reporting(v, stray):
            return
        if f.last == "obj" and self.question and self._inverted_question(f, v):
            return
        if f.kind in SUBORDINATE and f.free >= 0:
            # "The rebels [who attacked the town] fled": back to the clause
            # still waiting for its verb.
            del self.frames[f.free + 1 :]
            self._take(self.frames[-1], v)
            return
        if f.last == "obj" and self._relative_of_object(f):
            pass  # "said the man who attacked the town fled": the man fled
        elif f.last == "obj" and self._bare_complement(f, v, -1):
            return  # "said rebels attacked"
        ant = -1
        while len(self.frames) > 1 and f.kind in SUBORDINATE:
            if f.kind in ("relative", "reduced_relative"):
                ant = f.antecedent
            self.frames.pop()
            f = self.frames[-1]
            if ant >= 0 and f.last == "obj" and self._bare_complement(f, v, ant):
                return  # "said the man who attacked the town fled"
            if f.last == "np" and f.stray >= 0 and self._reporting(v, f.stray):
                return  # "..., a statement issued by the ministry said."
        if stray >= 0:
            start = self.c.nps[stray].start
            if f.verb >= 0 and start > 0 and self.w.low[start - 1] != ",":
                # "said on Wednesday they would meet": a bare complement
                self._push(self._complement_kind(f.verb), -1, governor=f.verb)
            else:
                self._restart(f.kind)
            g = self.frames[-1]
            g.subject = stray
            self._take(g, v)
            return
        self._coordinate(f, v, -1)  # "attacked the town, killed eight"

    def _relative_of_object(self, f: Frame) -> bool:
        """Does relative frame f modify its parent's last object?"""
        if f.kind not in ("relative", "reduced_relative") or len(self.frames) < 2:
            return False
        parent = self.frames[-2]
        objects = self.slots[parent.verb].objects if parent.verb >= 0 else []
        if parent.last != "obj" or not objects or f.antecedent < 0:
            return False
        obj = objects[-1]
        start = self.c.nps[f.antecedent].start
        return self.c.nps[obj].start <= start < self.ext[obj]

    def _bare_complement(self, f: Frame, v: int, antecedent: int) -> bool:
        """ "said rebels attacked", "said the man who attacked the town fled"."""
        obj = self.slots[f.verb].objects
        if not obj:
            return False
        last = obj[-1]
        if (
            antecedent < 0
            and self.ext[last] < self.c.verbs[v].start - 1
            and not self._postnominal(f, last, v)
        ):
            return False
        if antecedent >= 0 and not (
            self.c.nps[last].start <= self.c.nps[antecedent].start < self.ext[last]
        ):
            return False
        subj = obj.pop()
        self._push(self._complement_kind(f.verb), -1, governor=f.verb)
        g = self.frames[-1]
        g.subject = subj
        self._take(g, v)
        return True

    def _postnominal(self, f: Frame, last: int, v: int) -> bool:
        """The words between a reporting verb's object and finite verb v are
        an adjective phrase after the object, with no comma, quote or
        coordinator: the object is the subject of what is reported ("said
        crops worth millions of euros had been destroyed", "said children
        aged under five were among the dead")."""
        if f.verb < 0 or (
            self.reporting and self.c.verbs[f.verb].lemma not in self.reporting
        ):
            return False  # no reporting verbs given: any verb may report
        w, lo, hi = self.w, self.ext[last], self.c.verbs[v].start
        if lo >= hi or w.tags[lo] not in ("JJ", "VBN"):
            return False
        return all(
            w.low[k] not in (",", ";", ":", "and", "or", "but")
            and w.low[k] not in QUOTES
            for k in range(lo, hi)
        )

    def _set_off(self, f: Frame, v: int) -> bool:
        """The frame's stray phrase has an apposition set off by commas that
        ends right before verb v: '"...," his lawyer, Tom Brennan, told
        reporters' (the lawyer speaks, not the reporters)."""
        if f.last != "comma" or f.stray < 0:
            return False
        if self.c.nps[f.stray].apposition is None:
            return False
        comma = self.c.verbs[v].start - 1
        return self.ext[f.stray] == comma and self.w.low[comma] == ","

    def _reporting(self, v: int, subject: int) -> bool:
        """'"...," the ministry said.' / '..., said the ministry.'

        The clauses so far become what was reported; the stack is closed down
        to the sentence's own clause, which the reporting verb now heads.
        """
        w = self.w
        vg = self.c.verbs[v]
        if vg.voice != "active" or (self.reporting and vg.lemma not in self.reporting):
            return False
        stop = self.tail_stop(vg.end)
        if self.next_sure(vg.end) < stop:
            return False  # "a top minister said in comments published Thursday."
        if not self.mains:
            return False  # nothing said before the reporting verb
        slot = self.slots[v]
        f = self.frames[0]
        if subject < 0:
            inv = self.np_start[vg.end]
            if inv < 0 or vg.auxiliaries or not self._inverted_tail(inv):
                return False
            slot.subject, slot.via = inv, "inverted"
            f.skip = inv
        else:
            before = self.c.nps[subject].start - 1
            if before < 0 or not (w.low[before] == "," or w.low[before] in QUOTES):
                return False  # '..., the ministry said' needs its comma
            slot.subject, slot.via = subject, "direct"
        del self.frames[1:]
        slot.kind = "main" if f.kind == "main" else f.kind
        for c in self.mains:
            s = self.slots[c]
            if s.kind in ROOTS and s.governor < 0:
                s.kind, s.governor = "reported", v
        self.mains = [v]
        f.verb = f.first = v
        f.last = "verb"
        f.stray = -1
        return True

    def _inverted_question(self, f: Frame, v: int) -> bool:
        """ "Did rebels attack the town?": the subject follows the auxiliary."""
        aux = self.c.verbs[f.verb]
        if (
            aux.head != aux.start
            or (not self.w.flags[aux.head] & AUX and aux.modal is None)
            or not self.slots[f.verb].objects
        ):
            return False
        objs = self.slots[f.verb].objects
        subj = objs.pop()
        self.slots[f.verb].subject, self.slots[f.verb].via = subj, "question"
        slot = self.slots[v]
        slot.kind = self.slots[f.verb].kind
        slot.subject, slot.via = subj, "question"
        f.verb = f.first = v
        f.last = "verb"
        return True
