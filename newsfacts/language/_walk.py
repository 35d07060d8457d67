"""The clause walk: one pass over a sentence's phrases with a stack of clauses.

Each open clause is a `Frame`: its kind, its verb once seen, the subject
candidate seen before the verb, and what the last unit was (a verb, an object,
a comma, a coordinator...). Units are noun phrases (with their attached
phrases, appositions and conjuncts, skipped as one), verb groups, prepositional
phrases, markers (subordinators, relative pronouns, "that") and punctuation.
Look-aheads are O(1) reads of arrays computed right to left beforehand.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from . import lexicon
from ._stack import FrameStack
from ._state import (
    NONFINITE,
    QUOTES,
    RELATIVE_TAGS,
    ROOTS,
    SAME_VERB_REACH,
    SET_OFF,
    SUBORDINATE,
    Frame,
    Slot,
)
from ._tokens import ADV
from .lexicon import AUX, RELATIVE, SUBORDINATOR
from .phrases import attachment

__all__ = ["Slot", "Walker"]


# Prepositions after a verb's object that make the object the doer of the
# gerund after them ("accused Manila of ramming", "thanked Egypt for
# mediating", "prevented protesters from entering", "charged him with
# killing", "warned Iran against attacking").
_OBJECT_GERUND_PREPS = frozenset(("of", "for", "from", "with", "against"))


_NAME_OF_PARTS = 3  # "of" links read back through a name ("Bank of England")

# The frames a finite verb after a coordination closes: after "but" with a
# comma, a relative too; after a comma and a clause with its own subject, also
# the complements, reported and adverbial clauses it stands beside.
_NONFINITE_OR_RELATIVE = NONFINITE | {"relative"}
_CLOSED_BY_CLAUSE = _NONFINITE_OR_RELATIVE | {"complement", "reported", "adverbial"}


_CLAUSE_BREAKS = frozenset((",", ";", ":", "--", "("))
"""Marks after which a finite verb is no verb of a reduced relative before."""
_CLAUSE_OPENERS = frozenset(("CC", "WDT", "WP", "WRB"))
"""Tags of words that open a clause of their own."""


class Walker(FrameStack):
    """Fills one `Slot` per verb group of a sentence, group by group (the
    frames and slots are `FrameStack`'s)."""

    # ------------------------------------------------------------------ walk

    def walk(self, seq: Sequence[int], kind: str) -> None:
        """Assign clauses over the tokens `seq` (one parenthesis level)."""
        self.frames = [Frame(kind)]
        self.mains = []
        self.quoted = False
        ptr = 0
        m = len(seq)
        if m and seq[-1] - seq[0] == m - 1:
            # Tokens with no gap (most sentences: nothing set apart): the
            # first token past the unit is found by subtraction, as
            # `bisect_left` below would find it.
            first = seq[0]
            while ptr < m:
                k = self._unit(seq[ptr]) - first
                if k > ptr:
                    ptr = k if k < m else m
            return
        while ptr < m:
            # seq ascends: go on at the first of its tokens past the unit
            ptr = bisect_left(seq, self._unit(seq[ptr]), ptr)

    def _unit(self, i: int) -> int:
        """Handle the unit at token i; return the token after it."""
        w = self.w
        low, tag = w.low[i], w.tags[i]
        f = self.frames[-1]
        v = self.vg_start[i]
        np = self.np_start[i]
        # (`_relative` needs a relative tag or "that": asked only then.)
        if (tag in RELATIVE_TAGS or low == "that") and self._relative(i, low, tag):
            return i + 1 if tag != "WP$" or np < 0 else self._np(np, i)
        if np >= 0:
            end = self._np(np, i)
            last = self.c.nps[np].end - 1
            if w.aux_clitic[last] and self.vg_start[last] >= 0:
                return self._verb(self.vg_start[last])  # "it's", "they'll"
            return end
        if v >= 0:
            return self._verb(v)
        if low == "worth" and i + 1 < len(w.tags) and self.np_start[i + 1] >= 0:
            # "a loan worth $3 billion for Pakistan": the amount says what the
            # phrase before is worth; the clause goes on after it
            return self.c.nps[self.np_start[i + 1]].end
        size = w.prep_size[i]
        if size and self.np_start[i + size] >= 0:
            return self._pp(i, self.np_start[i + size])
        if (
            w.flags[i] & SUBORDINATOR
            and tag in ("IN", "WRB", "RB")
            and self._subordinate(i, low)
        ):
            return i + 1
        if low == "that" and (tag in ("IN", "TO") or f.last == "verb"):
            self._that(f, i)
            return i + 1
        if tag in ("IN", "TO") and self._preposition(i):
            return self._pp(i, self.np_start[i + 1])
        if tag in ("IN", "TO"):
            f.last = "prep"
        elif tag == "CC":
            f.last = "coord" if f.verb >= 0 else f.last
            f.comma = i > 0 and w.low[i - 1] == ","
        elif low == ",":
            f.last = "comma"
        elif low in (";",):
            self._reset()
        elif low == ":" or (low in QUOTES and f.last == "verb"):
            self._quote_or_colon(f, low, i)
        elif low in QUOTES:
            self.quoted = not self.quoted  # inside a quotation after an opening
        return i + 1

    # ---------------------------------------------------------------- units

    def _np(self, np: int, i: int) -> int:
        f = self.frames[-1]
        end = self.ext[np]
        if np == f.skip:
            return end
        if f.verb < 0:
            # The first phrase is the subject; a time phrase gives way to the
            # next one ("This week, the rebels attacked").
            if f.subject < 0 or (self._time(f.subject) and not self._time(np)):
                f.subject = np
            elif f.kind == "relative" and self.w.low[f.marker] == "whose":
                f.gap, f.subject = f.subject, np  # "whose goal the ministry sees"
            f.last = "np"
            return end
        slot = self.slots[f.verb]
        if f.inverted and f.last == "verb" and slot.subject < 0:
            slot.subject, slot.via = np, "inverted"  # "Among the dead were ..."
            f.last = "obj"
            return end
        if (
            f.last in ("verb", "obj")
            and self._time(np)
            and not (f.last == "verb" and self._measure(np))
        ):
            # "said Tuesday that", "attacked last week": an adjunct; right
            # after the verb, "launched 10 days of war games" is its object
            return end
        if f.last == "verb":
            slot.objects.append(np)
            f.last = "obj"
        elif (
            f.last == "obj"
            and len(slot.objects) == 1
            and self._touches(slot.objects[0], np)
        ):
            slot.objects.append(np)  # "gave the rebels weapons"
        elif f.last == "coord":
            f.stray = np
            f.last = "coordnp"
        elif f.last == "comma" and f.kind in SUBORDINATE:
            self._pop_to_free()
            return self._np(np, i)
        else:
            f.stray = np
            f.last = "np"
        return end

    def _pp(self, i: int, np: int) -> int:
        f = self.frames[-1]
        if f.verb >= 0 and f.last not in ("coord", "comma", "np", "coordnp"):
            slot = self.slots[f.verb]
            vg = self.c.verbs[f.verb]
            if self.w.low[i] == "by" and vg.voice == "passive" and slot.agent < 0:
                slot.agent = np
            else:
                slot.preps.append(attachment(i, np))
            f.last = "obj" if f.last == "obj" else "pp"
        elif f.verb >= 0 and f.last == "comma" and f.kind in SUBORDINATE:
            self._pop_to_free()
            self.frames[-1].last = "pp"
        elif f.last != "coord":  # ", and in 1937 it launched": still joined
            f.last = "pp" if f.verb >= 0 or f.subject < 0 else f.last
        return self.ext[np]

    def _that(self, f: Frame, i: int) -> None:
        """ "said that ...", "told reporters that ...", "said on Monday that ..."
        complement the verb; "allegations by Rwanda that ..." complement the
        noun (no governing verb; the noun is the antecedent)."""
        noun = self.np_end[i]
        objects = self.slots[f.verb].objects if f.verb >= 0 else []
        if f.verb >= 0 and (
            f.last == "verb"
            or noun < 0
            or self._time(noun)
            or (objects and objects[-1] == noun)  # "told reporters that"
            or (self.parent[noun] < 0 and self._after_verb_pp(noun))
        ):
            self._push(self._complement_kind(f.verb), i, governor=f.verb)
        elif noun >= 0:
            self._push("complement", i, antecedent=self._climb(noun))
        else:
            self._push("complement", i, governor=f.verb)

    def _relative(self, i: int, low: str, tag: str) -> bool:
        """Open a relative clause at i if it is one ("the rebels who ...")."""
        w = self.w
        if not (
            (tag in RELATIVE_TAGS and w.flags[i] & RELATIVE)
            or (low == "that" and tag in ("IN", "DT") and self.vg_start[i + 1] >= 0)
        ):
            return False  # no relative word (the tests below read the same)
        k = i
        while (
            k > 0 and i - k < 3 and (w.low[k - 1] in SET_OFF or w.low[k - 1] in QUOTES)
        ):
            k -= 1  # "officials," whose", "Haftar, who", "Beijing -- which"
        ant = self.np_end[k]
        if ant < 0 and i >= 2 and w.tags[i - 1] == "IN":
            ant = self.np_end[i - 1]  # "the town in which"
        if ant < 0:
            return False
        if k < i:
            ant = self._climb(ant)  # "paramilitaries under his control, who"
        ant = self.host[ant]  # "San Jose, Costa Rica, where": San Jose
        if tag in RELATIVE_TAGS and w.flags[i] & RELATIVE:
            if tag == "WRB" and low not in ("where", "when"):
                return False
        elif not (low == "that" and tag in ("IN", "DT") and self.vg_start[i + 1] >= 0):
            return False
        if low == "when" and not self._time(ant):
            return False  # "... Sunday when his car was ambushed": adverbial
        self._push("relative", i, antecedent=ant)
        if low not in ("where", "when", "why", "whose"):
            self.frames[-1].gap = ant  # "the town that rebels took"
        return True

    def _subordinate(self, i: int, low: str) -> bool:
        """Open an adverbial (or complement) clause at subordinator i."""
        nxt = i + 1
        np = self.np_start[nxt]
        if np >= 0:
            j = self._skip_aside(self._past_phrases(self.ext[np]))
            if j < self.n and self.w.tags[j] in ADV:
                j += 1
            if self.next_finite(j) != j:
                return False  # "after the attack": a preposition
        elif self.vg_start[nxt] < 0:
            return False
        f = self.frames[-1]
        if low in ("whether",) or (low == "if" and f.last == "verb"):
            self._push("complement", i, governor=f.verb)
        elif (
            i > 0
            and self.w.low[i - 1] == ","
            and f.kind == "infinitival"
            and f.governor >= 0
        ):
            # "took to the streets to protest against the result, as police
            # fired tear gas": after a comma the clause of time or reason
            # hangs from the finite verb the infinitive serves
            self._push("adverbial", i, governor=f.governor)
        else:
            self._push("adverbial", i, governor=f.verb)
        return True

    def _quote_or_colon(self, f: Frame, low: str, i: int) -> None:
        """'said: "..."' or 'said "...': the rest is the verb's reported speech,
        when a finite verb follows inside it (not 'making "unacceptable"
        accusations')."""
        opening = low not in QUOTES or not self.quoted
        if low in QUOTES:
            self.quoted = not self.quoted
        if f.verb < 0 or f.last != "verb" or i + 1 >= self.n or not opening:
            return
        end = self.next_quote(i + 1) if low in QUOTES else self.n
        if self.next_finite(i + 1) < end:
            self._push("reported", -1, governor=f.verb)

    # ----------------------------------------------------------------- verbs

    def _verb(self, v: int) -> int:
        vg = self.c.verbs[v]
        if vg.finite:
            self._finite(v)
        else:
            self._nonfinite(v)
        return vg.end

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
