"""The clause walk: one pass over a sentence's phrases with a stack of clauses.

Each open clause is a `Frame`: its kind, its verb once seen, the subject
candidate seen before the verb, and what the last unit was (a verb, an object,
a comma, a coordinator...). Units are noun phrases (with their attached
phrases, appositions and conjuncts, skipped as one), verb groups, prepositional
phrases, markers (subordinators, relative pronouns, "that") and punctuation;
a verb group is handed to the finite or non-finite steps (`_finite`,
`_nonfinite`). Look-aheads are O(1) reads of arrays computed right to left
beforehand.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ._nonfinite import NonfiniteSteps
from ._state import QUOTES, RELATIVE_TAGS, SET_OFF, SUBORDINATE, Frame, Slot
from ._tokens import ADV
from .lexicon import RELATIVE, SUBORDINATOR
from .phrases import attachment

__all__ = ["Slot", "Walker"]


class Walker(NonfiniteSteps):
    """Fills one `Slot` per verb group of a sentence, group by group (the
    frames and slots are `FrameStack`'s; the steps at a verb group are
    `FiniteSteps`' and `NonfiniteSteps`')."""

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
