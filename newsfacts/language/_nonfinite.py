"""The clause walk's steps at a non-finite verb group: an infinitive, a
participle or a gerund opens an infinitival, participial, adverbial or
reduced relative clause, or is a second passive whose auxiliary is left out,
and finds what controls it ("urged the rebels to attack", "accused Manila of
ramming", "soldiers killed in Ukraine", "two people were killed and five
others wounded"). `_walk.Walker` calls `_nonfinite` at each such group.
"""

from __future__ import annotations

from . import lexicon
from ._finite import FiniteSteps
from ._state import NONFINITE, Frame
from .lexicon import SUBORDINATOR

__all__ = ["NonfiniteSteps"]


# Prepositions after a verb's object that make the object the doer of the
# gerund after them ("accused Manila of ramming", "thanked Egypt for
# mediating", "prevented protesters from entering", "charged him with
# killing", "warned Iran against attacking").
_OBJECT_GERUND_PREPS = frozenset(("of", "for", "from", "with", "against"))


_NAME_OF_PARTS = 3  # "of" links read back through a name ("Bank of England")

_CLAUSE_BREAKS = frozenset((",", ";", ":", "--", "("))
"""Marks after which a finite verb is no verb of a reduced relative before."""
_CLAUSE_OPENERS = frozenset(("CC", "WDT", "WP", "WRB"))
"""Tags of words that open a clause of their own."""


class NonfiniteSteps(FiniteSteps):
    """The steps of the clause walk at a non-finite verb group; they read an
    inverted question and a relative on the object as the finite steps do
    (`FiniteSteps`)."""

    def _nonfinite(self, v: int) -> None:
        vg = self.c.verbs[v]
        f = self.frames[-1]
        before = vg.start - 1
        if f.verb >= 0 and f.last == "coord":
            self._coordinate(f, v, -1)  # "have shot and killed", "to go and see"
            return
        if f.last == "coordnp" and self._elided_passive(f, v):
            # "two people were killed and five others wounded": a second
            # passive whose "were" is left out, with its own subject
            while len(self.frames) > 1 and self.frames[-1].kind in NONFINITE:
                self.frames.pop()
            self._coordinate(self.frames[-1], v, f.stray)
            return
        if vg.form == "infinitive" and f.last == "pp" and self._relative_of_object(f):
            self.frames.pop()  # "allow refugees who have lived in Iraq to return"
            f = self.frames[-1]
        if (
            vg.form == "infinitive"
            and f.last == "obj"
            and self.question
            and self._inverted_question(f, v)
        ):
            return  # "Did the rebels attack[VB] the town?"
        if vg.form == "infinitive":
            self._push("infinitival", vg.start, governor=f.verb)
            if f.verb >= 0 and f.last == "obj" and self.slots[f.verb].objects:
                obj = self.slots[f.verb].objects[-1]
                if self._noun_takes_infinitive(obj, vg.start):
                    # "praised Haiti's efforts to improve": the noun's own
                    g = self.frames[-1]
                    g.governor, g.antecedent = -1, obj
                    self._take(g, v)
                    owner = self.c.nps[obj].possessor
                    if owner is not None:
                        self.slots[v].subject, self.slots[v].via = owner, "control"
                    return
                if lexicon.has_class(self.c.verbs[f.verb].lemma, "verb.object_control"):
                    self._take(self.frames[-1], v)  # "urged the rebels to attack"
                    self.slots[v].subject, self.slots[v].via = obj, "object_control"
                    return
            if f.verb < 0 and self.np_end[vg.start] >= 0:
                self.frames[-1].governor = -1  # "a plan to attack": no controller
                self._take(self.frames[-1], v)
                return
            self._take(self.frames[-1], v)
            self._control(v, f)
            return
        if f.verb < 0 and f.kind == "adverbial" and f.marker == before:
            # "after attacking the town", "when asked": the subordinator's verb
            self._take(f, v)
            if len(self.frames) > 1:
                self._control(v, self.frames[-2])
            return
        prep = before
        while prep >= 0 and self.w.tags[prep] in ("RB", "RBR"):
            prep -= 1  # "of deliberately ramming"
        if prep >= 0 and self.w.tags[prep] in ("IN", "TO") and f.last == "prep":
            self._push("adverbial", prep, governor=f.verb)  # "for breaching"
            obj = self._gerund_object(f, prep)
            if obj >= 0:
                # "accused Manila of ramming", "prevented protesters from
                # entering": the object does what the gerund says
                self._take(self.frames[-1], v)
                self.slots[v].subject, self.slots[v].via = obj, "object_control"
                return
        elif (
            self.np_end[vg.start] >= 0 and f.last not in ("comma", "verb")
        ) or self._after_comma_participle(vg.start, vg.form):
            ant = self.np_end[vg.start]  # "soldiers killed in Ukraine"
            if ant < 0:  # "the GNA in Tripoli, recognized by the UN,"
                ant = self.host[self._climb(self.np_end[vg.start - 1])]
            elif vg.form == "gerund":
                ant = self._past_name(ant)
            self._push("reduced_relative", -1, antecedent=ant)
            self._take(self.frames[-1], v)
            self.slots[v].subject, self.slots[v].via = ant, "antecedent"
            return
        elif f.verb >= 0 and f.last == "verb" and vg.form == "gerund":
            self._push("infinitival", -1, governor=f.verb)  # "began shelling"
        else:
            if f.last == "comma":
                # ", killing eight" belongs to the finite clause, not to "a
                # convoy carrying aid" before it.
                while len(self.frames) > 1 and f.kind in NONFINITE and f.verb >= 0:
                    self.frames.pop()
                    f = self.frames[-1]
            self._push("participial", -1, governor=f.verb)  # ", killing eight"
        self._take(self.frames[-1], v)
        self._control(v, f)

    def _elided_passive(self, f: Frame, v: int) -> bool:
        """A bare past participle right after "and" + a noun phrase that
        follows a finite passive is a second passive sharing its auxiliary
        ("two people were killed and five others wounded", "a man was
        arrested and weapons seized"), unless a finite verb follows with
        nothing but phrases between, which makes it a reduced relative
        ("... and people wounded in the blast were taken to hospital")."""
        vg = self.c.verbs[v]
        if (
            f.verb < 0
            or f.stray < 0
            or vg.form != "participle"
            or vg.voice != "passive"
            or vg.auxiliaries
            or self.np_end[vg.start] != f.stray
        ):
            return False
        first = self.c.verbs[f.verb]
        if not first.finite or first.voice != "passive":
            return False
        start = self.c.nps[f.stray].start
        if start < 1 or self.w.tags[start - 1] != "CC":
            return False
        k = self.next_finite(vg.end)
        w = self.w
        return k >= self.n or any(
            w.low[j] in _CLAUSE_BREAKS
            or w.tags[j] in _CLAUSE_OPENERS
            or w.flags[j] & SUBORDINATOR
            for j in range(vg.end, k)
        )

    def _past_name(self, ant: int) -> int:
        """The antecedent of an -ing reduced relative: a name after a
        preposition gives way to the common noun before it ("strikes in
        Syria targeting militias": the strikes target, not Syria; "people in
        Gaza fleeing the fighting"). A name does the -ing of its own where
        no common noun stands before its preposition ("protesters from
        Hamas, demanding ..." keeps its reading elsewhere)."""
        np = self.c.nps[ant]
        tags = self.w.tags
        if tags[np.head] not in ("NNP", "NNPS") or np.start < 2:
            return ant
        prep = np.start - 1
        for _ in range(_NAME_OF_PARTS):
            # "the International Court of Justice": the name before its "of"
            if self.w.low[prep] != "of":
                break
            name = self.np_end[prep]
            if name < 0 or tags[self.c.nps[name].head] not in ("NNP", "NNPS"):
                return ant
            prep = self.c.nps[name].start - 1
            if prep < 1:
                return ant
        if tags[prep] != "IN" or self.w.low[prep] == "of":
            return ant
        before = self.np_end[prep]
        if before < 0 or tags[self.c.nps[before].head] not in ("NN", "NNS"):
            return ant
        return before

    def _gerund_object(self, f: Frame, prep: int) -> int:
        """The object right before `prep` ("of", "for", "from", "with",
        "against") of frame f's verb, which controls a gerund after it, or -1:
        what one is accused of, thanked for, kept from or charged with doing
        is the object's doing."""
        if f.verb < 0 or self.w.low[prep] not in _OBJECT_GERUND_PREPS:
            return -1
        objects = self.slots[f.verb].objects
        if not objects or self.ext[objects[-1]] != prep:
            return -1
        return objects[-1]
