"""The clause walk: one pass over a sentence's phrases with a stack of clauses.

Each open clause is a `_Frame`: its kind, its verb once seen, the subject
candidate seen before the verb, and what the last unit was (a verb, an object,
a comma, a coordinator...). Units are noun phrases (with their attached
phrases, appositions and conjuncts, skipped as one), verb groups, prepositional
phrases, markers (subordinators, relative pronouns, "that") and punctuation.
Look-aheads are O(1) reads of arrays computed right to left beforehand.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import lexicon
from ._tokens import ADV
from .chunks import Attachment, Chunks

__all__ = ["Slot", "Walker"]

_SUBORDINATE = frozenset(
    {"adverbial", "relative", "reduced_relative", "infinitival", "participial"}
)
_ROOTS = frozenset({"main", "parenthetical"})
_SAME_VERB_REACH = 4  # clauses looked down for the verb a ", but says" repeats
_SET_OFF = frozenset({",", "-"})
_NONFINITE = frozenset({"infinitival", "participial", "reduced_relative"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_QUOTES = frozenset({'"', "'", "``", "''"})


class Slot:
    """The mutable clause of one verb group while the walk fills it in."""

    __slots__ = (
        "agent",
        "antecedent",
        "conjunct_of",
        "governor",
        "kind",
        "marker",
        "objects",
        "preps",
        "question",
        "subject",
        "via",
    )

    def __init__(self) -> None:
        self.kind = "main"
        self.subject = -1
        self.via = ""
        self.objects: list[int] = []
        self.agent = -1
        self.preps: list[Attachment] = []
        self.governor = -1
        self.marker = -1
        self.antecedent = -1
        self.conjunct_of = -1
        self.question = False


class _Frame:
    __slots__ = (
        "antecedent",
        "comma",
        "first",
        "free",
        "gap",
        "governor",
        "inverted",
        "kind",
        "last",
        "marker",
        "skip",
        "stray",
        "subject",
        "verb",
        "waiting",
    )

    def __init__(self, kind: str, marker: int = -1, antecedent: int = -1) -> None:
        self.kind = kind
        self.marker = marker
        self.antecedent = antecedent
        self.governor = -1
        self.verb = -1  # the current verb (the last of coordinated ones)
        self.first = -1  # the first verb (what coordinated verbs share)
        self.subject = -1  # subject candidate before the verb
        self.stray = -1  # a noun phrase after the verb that is not its object
        self.skip = -1  # a phrase already used (an inverted subject)
        self.last = "start"
        self.comma = False  # the last coordinator came after a comma
        self.gap = -1  # a relative's phrase that is the verb's object
        self.free = -1  # index of the nearest frame below still without a verb
        self.inverted = False  # "Among the dead were X": X is the subject
        self.waiting: list[int] = []  # clauses whose subject is this frame's


class Walker:
    """Fills one `Slot` per verb group of a sentence, group by group."""

    def __init__(self, chunks: Chunks, reporting: frozenset[str]) -> None:
        self.c = chunks
        self.w = w = chunks.words
        self.reporting = reporting
        n = len(w)
        self.n = n
        self.slots = [Slot() for _ in chunks.verbs]
        self.np_start = [-1] * (n + 1)
        self.np_end = [-1] * (n + 1)
        for idx, p in enumerate(chunks.nps):
            if not p.possessive:
                if self.np_start[p.start] < 0:
                    self.np_start[p.start] = idx
                self.np_end[p.end] = idx
        self.ext = [p.end for p in chunks.nps]
        for idx in range(len(chunks.nps) - 1, -1, -1):
            p = chunks.nps[idx]
            parts = [a.np for a in p.attachments] + list(p.conjuncts)
            if p.apposition is not None:
                parts.append(p.apposition)
            for q in parts:
                self.ext[idx] = max(self.ext[idx], self.ext[q])
        self.parent = [-1] * len(chunks.nps)  # the phrase a PP's object hangs from
        self.via = [""] * len(chunks.nps)
        for idx, p in enumerate(chunks.nps):
            for a in p.attachments:
                self.parent[a.np] = idx
                self.via[a.np] = w.low[a.prep]
        self.host = list(range(len(chunks.nps)))  # apposition -> its phrase
        for idx, p in enumerate(chunks.nps):
            if p.apposition is not None:
                self.host[p.apposition] = idx
        self.vg_start = [-1] * (n + 1)
        self.vg_end = [False] * (n + 1)
        for idx, v in enumerate(chunks.verbs):
            self.vg_start[v.start] = idx
            self.vg_end[v.end] = True
        # Right to left: the next finite verb group, and where a sentence's
        # reporting tail stops (its end, or ", adding ..." / ", citing ...").
        self.next_finite = [n] * (n + 1)
        self.tail_stop = [n] * (n + 1)
        self.next_quote = [n] * (n + 1)
        for k in range(n - 1, -1, -1):
            at = self.vg_start[k]
            self.next_finite[k] = (
                k if at >= 0 and chunks.verbs[at].finite else self.next_finite[k + 1]
            )
            stop = w.low[k] in (",", ";", ":") and k + 1 < n and w.tags[k + 1] == "VBG"
            self.tail_stop[k] = k if stop else self.tail_stop[k + 1]
            self.next_quote[k] = k if w.low[k] in _QUOTES else self.next_quote[k + 1]
        self.question = n > 0 and "?" in w.words[max(0, n - 3) :]

    # ------------------------------------------------------------------ walk

    def walk(self, seq: Sequence[int], kind: str) -> None:
        """Assign clauses over the tokens `seq` (one parenthesis level)."""
        self.frames = [_Frame(kind)]
        self.mains: list[int] = []  # top-level clauses since the last report
        self.quoted = False
        ptr = 0
        m = len(seq)
        while ptr < m:
            i = seq[ptr]
            nxt = self._unit(i, seq[ptr + 1] if ptr + 1 < m else self.n)
            while ptr < m and seq[ptr] < nxt:
                ptr += 1

    def _unit(self, i: int, after: int) -> int:
        """Handle the unit at token i; return the token after it."""
        w = self.w
        low, tag = w.low[i], w.tags[i]
        f = self.frames[-1]
        v = self.vg_start[i]
        np = self.np_start[i]
        if self._relative(i, low, tag):
            return i + 1 if tag != "WP$" or np < 0 else self._np(np, i)
        if np >= 0:
            end = self._np(np, i)
            last = self.c.nps[np].end - 1
            if w.aux_clitic[last] and self.vg_start[last] >= 0:
                return self._verb(self.vg_start[last])  # "it's", "they'll"
            return end
        if v >= 0:
            return self._verb(v)
        size = lexicon.phrase_at(w.low, i, "preposition")
        if size and self.np_start[i + size] >= 0:
            return self._pp(i, self.np_start[i + size])
        if (
            lexicon.has_class(low, "subordinator")
            and tag in ("IN", "WRB", "RB")
            and self._subordinate(i, low)
        ):
            return i + 1
        if low == "that" and (tag in ("IN", "TO") or f.last == "verb"):
            self._that(f, i)
            return i + 1
        if self._preposition(i):
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
        elif low == ":" or (low in _QUOTES and f.last == "verb"):
            self._quote_or_colon(f, low, i)
        elif low in _QUOTES:
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
        if f.last in ("verb", "obj") and self._time(np):
            return end  # "said Tuesday that", "attacked last week": an adjunct
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
        elif f.last == "comma" and f.kind in _SUBORDINATE:
            self._pop_to_free()
            return self._np(np, i)
        else:
            f.stray = np
            f.last = "np"
        return end

    def _time(self, np: int) -> bool:
        head = self.w.low[self.c.nps[np].head]
        return lexicon.has_class(head, "time_noun") or lexicon.has_class(
            head, "time_adverb"
        )

    def _touches(self, a: int, b: int) -> bool:
        return self.ext[a] == self.c.nps[b].start

    def _pp(self, i: int, np: int) -> int:
        f = self.frames[-1]
        if f.verb >= 0 and f.last not in ("coord", "comma", "np", "coordnp"):
            slot = self.slots[f.verb]
            vg = self.c.verbs[f.verb]
            if self.w.low[i] == "by" and vg.voice == "passive" and slot.agent < 0:
                slot.agent = np
            else:
                slot.preps.append(Attachment(i, np))
            f.last = "obj" if f.last == "obj" else "pp"
        elif f.verb >= 0 and f.last == "comma" and f.kind in _SUBORDINATE:
            self._pop_to_free()
            self.frames[-1].last = "pp"
        else:
            f.last = "pp" if f.verb >= 0 or f.subject < 0 else f.last
        return self.ext[np]

    def _that(self, f: _Frame, i: int) -> None:
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

    def _after_verb_pp(self, np: int) -> bool:
        """Is `np` the object of a preposition right after the frame's verb
        ("said in a statement that")?"""
        start = self.c.nps[np].start
        return start >= 2 and self.vg_end[start - 1]

    def _preposition(self, i: int) -> bool:
        """Can token i head a prepositional phrase with the phrase after it?"""
        w = self.w
        if w.tags[i] not in ("IN", "TO") or not lexicon.has_class(
            w.low[i], "preposition"
        ):
            return False  # "Instead he traveled": no preposition
        np = self.np_start[i + 1]
        return np >= 0 and not lexicon.has_class(
            w.low[self.c.nps[np].head], "pronoun.nominative"
        )

    def _relative(self, i: int, low: str, tag: str) -> bool:
        """Open a relative clause at i if it is one ("the rebels who ...")."""
        w = self.w
        k = i
        while (
            k > 0
            and i - k < 3
            and (w.low[k - 1] in _SET_OFF or w.low[k - 1] in _QUOTES)
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
        if tag in _RELATIVE_TAGS and lexicon.has_class(low, "pronoun.relative"):
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
            j = self._skip_aside(self.ext[np])
            if j < self.n and self.w.tags[j] in ADV:
                j += 1
            if self.next_finite[j] != j:
                return False  # "after the attack": a preposition
        elif self.vg_start[nxt] < 0:
            return False
        f = self.frames[-1]
        if low in ("whether",) or (low == "if" and f.last == "verb"):
            self._push("complement", i, governor=f.verb)
        else:
            self._push("adverbial", i, governor=f.verb)
        return True

    def _skip_aside(self, j: int) -> int:
        """After ", in her final days in office," when one follows at j."""
        w = self.w
        if j + 2 < self.n and w.low[j] == "," and w.tags[j + 1] in ("IN", "TO"):
            np = self.np_start[j + 2]
            if np >= 0 and self.ext[np] < self.n and w.low[self.ext[np]] == ",":
                return self.ext[np] + 1
        return j

    def _quote_or_colon(self, f: _Frame, low: str, i: int) -> None:
        """'said: "..."' or 'said "...': the rest is the verb's reported speech,
        when a finite verb follows inside it (not 'making "unacceptable"
        accusations')."""
        opening = low not in _QUOTES or not self.quoted
        if low in _QUOTES:
            self.quoted = not self.quoted
        if f.verb < 0 or f.last != "verb" or i + 1 >= self.n or not opening:
            return
        end = self.next_quote[i + 1] if low in _QUOTES else self.n
        if self.next_finite[i + 1] < end:
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
            if f.comma:
                # "says A is true, but says B": the second "says" joins the first
                # (looked for a few clauses down only).
                lemma = self.c.verbs[v].lemma
                for depth in range(2, min(len(self.frames), _SAME_VERB_REACH) + 1):
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
            closing = _NONFINITE | {"relative"}
            if f.comma:
                closing = closing | {"complement", "reported", "adverbial"}
            while len(self.frames) > 1 and self.frames[-1].kind in closing:
                self.frames.pop()
            self._coordinate(self.frames[-1], v, subject)
            return
        stray = f.stray if f.last == "np" else -1
        if f.last in ("comma", "np") and self._reporting(v, stray):
            return
        if f.last == "obj" and self.question and self._inverted_question(f, v):
            return
        if f.kind in _SUBORDINATE and f.free >= 0:
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
        while len(self.frames) > 1 and f.kind in _SUBORDINATE:
            if f.kind in ("relative", "reduced_relative"):
                ant = f.antecedent
            self.frames.pop()
            f = self.frames[-1]
            if ant >= 0 and f.last == "obj" and self._bare_complement(f, v, ant):
                return  # "said the man who attacked the town fled"
            if f.last == "np" and f.stray >= 0 and self._reporting(v, f.stray):
                return  # "..., a statement issued by the ministry said."
        if stray >= 0:
            g = self._restart(f.kind)
            g.subject = stray
            self._take(g, v)
            return
        self._coordinate(f, v, -1)  # "attacked the town, killed eight"

    def _relative_of_object(self, f: _Frame) -> bool:
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

    def _bare_complement(self, f: _Frame, v: int, antecedent: int) -> bool:
        """ "said rebels attacked", "said the man who attacked the town fled"."""
        obj = self.slots[f.verb].objects
        if not obj:
            return False
        last = obj[-1]
        if antecedent < 0 and self.ext[last] < self.c.verbs[v].start - 1:
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

    def _take(self, f: _Frame, v: int) -> None:
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
            and f.kind in _ROOTS
            and f.last == "pp"
            and self.c.verbs[v].lemma == "be"
        )
        f.verb = f.first = v
        if f.last != "obj":
            f.last = "verb"
        if f.kind in _ROOTS:
            self.mains.append(v)
        self._settle(f)

    def _settle(self, f: _Frame) -> None:
        """Clauses waiting for this frame's subject get it now."""
        if f.first < 0 or not f.waiting:
            return
        subj = self.slots[f.first].subject
        if subj >= 0:
            for c in f.waiting:
                if self.slots[c].subject < 0:
                    self.slots[c].subject, self.slots[c].via = subj, "control"
            f.waiting.clear()

    def _coordinate(self, f: _Frame, v: int, subject: int) -> None:
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
        if f.kind in _ROOTS:
            self.mains.append(v)

    def _reporting(self, v: int, subject: int) -> bool:
        """'"...," the ministry said.' / '..., said the ministry.'

        The clauses so far become what was reported; the stack is closed down
        to the sentence's own clause, which the reporting verb now heads.
        """
        w = self.w
        vg = self.c.verbs[v]
        if vg.voice != "active" or (self.reporting and vg.lemma not in self.reporting):
            return False
        stop = self.tail_stop[vg.end]
        if self.next_finite[vg.end] < stop:
            return False
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
            if before < 0 or not (w.low[before] == "," or w.low[before] in _QUOTES):
                return False  # '..., the ministry said' needs its comma
            slot.subject, slot.via = subject, "direct"
        if not self.mains:
            return False
        del self.frames[1:]
        slot.kind = "main" if f.kind == "main" else f.kind
        for c in self.mains:
            s = self.slots[c]
            if s.kind in _ROOTS and s.governor < 0:
                s.kind, s.governor = "reported", v
        self.mains = [v]
        f.verb = f.first = v
        f.last = "verb"
        f.stray = -1
        return True

    def _inverted_tail(self, np: int) -> bool:
        """ "said the ministry." / "said Ahmed Mismari, adding ..." """
        p = self.c.nps[np]
        if p.pronoun:
            return False
        k = self.ext[np]
        if k >= self.n or self.w.low[k] in (".", "!", "?", '"', "'"):
            return True
        return p.proper and k == self.tail_stop[k]

    def _inverted_question(self, f: _Frame, v: int) -> bool:
        """ "Did rebels attack the town?": the subject follows the auxiliary."""
        aux = self.c.verbs[f.verb]
        if (
            aux.head != aux.start
            or (
                not lexicon.has_class(self.w.low[aux.head], "aux") and aux.modal is None
            )
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
                obj = self.slots[f.verb].objects[-1]  # "urged the rebels to attack"
                self._take(self.frames[-1], v)
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
        if before >= 0 and self.w.tags[before] in ("IN", "TO") and f.last == "prep":
            self._push("adverbial", before, governor=f.verb)  # "for breaching"
        elif (
            self.np_end[vg.start] >= 0 and f.last not in ("comma", "verb")
        ) or self._after_comma_participle(vg.start, vg.form):
            ant = self.np_end[vg.start]  # "soldiers killed in Ukraine"
            if ant < 0:  # "the GNA in Tripoli, recognized by the UN,"
                ant = self.host[self._climb(self.np_end[vg.start - 1])]
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
                while len(self.frames) > 1 and f.kind in _NONFINITE and f.verb >= 0:
                    self.frames.pop()
                    f = self.frames[-1]
            self._push("participial", -1, governor=f.verb)  # ", killing eight"
        self._take(self.frames[-1], v)
        self._control(v, f)

    def _climb(self, np: int) -> int:
        """The phrase a comma-set clause after `np` modifies: one attachment up,
        then up through "of" ("the head of the mission in Libya, who")."""
        up = self.parent[np]
        if up < 0 or self.via[np] == "of":
            return np  # "the release of Adli Yaish, who": Yaish
        while self.parent[up] >= 0 and self.via[up] == "of":
            up = self.parent[up]
        return up

    def _after_comma_participle(self, start: int, form: str) -> bool:
        """ "the GNA, recognized by the UN": a passive participle after a
        phrase and a comma modifies that phrase."""
        return (
            form == "participle"
            and start >= 2
            and self.w.low[start - 1] == ","
            and self.np_end[start - 1] >= 0
        )

    def _control(self, v: int, f: _Frame) -> None:
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
        f = _Frame(kind, marker, antecedent)
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
        while len(self.frames) > 1 and self.frames[-1].kind in _SUBORDINATE | {
            "complement",
            "reported",
        }:
            f = self.frames.pop()
            if f.kind == "relative":
                ant = f.antecedent
            if self.frames[-1].verb < 0:
                return ant
        if ant < 0:
            self.frames[-1].last = "comma"
        return ant

    def _restart(self, kind: str) -> _Frame:
        """A new clause of the same level as frame f (no coordinator seen)."""
        f = _Frame(kind if kind in _ROOTS else "main")
        self.frames[-1] = f
        return f

    def _reset(self) -> None:
        kind = self.frames[0].kind
        self.frames = [_Frame(kind)]
        self.mains = []

    def _complement_kind(self, governor: int) -> str:
        lemma = self.c.verbs[governor].lemma
        return "reported" if lemma in self.reporting else "complement"

    def records(self) -> list[Slot]:
        """The filled slots, one per verb group."""
        return self.slots
