"""The state of the clause walk: per-sentence indexes, open clauses, results.

`SentenceIndex` holds arrays computed once per sentence (which phrase starts
or ends at a token, how far a phrase reaches with its attached phrases) and
the O(1) questions asked of them; the look-ahead arrays (the next finite
verb, the next quote...) are made the first time they are asked for, since
most sentences never ask for most of them.
`Frame` is one open clause of the walk's stack; `Slot` the mutable clause of
one verb group until `clauses` freezes it into a `Clause`.
"""

from __future__ import annotations

from operator import attrgetter

from . import lexicon
from ._positions import where_in
from .chunks import Attachment, Chunks
from .lexicon import NOMINATIVE, PREPOSITION, TIME_ADVERB, TIME_NOUN

__all__ = [
    "NONFINITE",
    "QUOTES",
    "RELATIVE_TAGS",
    "ROOTS",
    "SAME_VERB_REACH",
    "SET_OFF",
    "SUBORDINATE",
    "Frame",
    "SentenceIndex",
    "Slot",
]

SUBORDINATE = frozenset(
    {"adverbial", "relative", "reduced_relative", "infinitival", "participial"}
)
ROOTS = frozenset({"main", "parenthetical"})
SAME_VERB_REACH = 4  # clauses looked down for the verb a ", but says" repeats
SET_OFF = frozenset({",", "-"})
NONFINITE = frozenset({"infinitival", "participial", "reduced_relative"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
QUOTES = frozenset({'"', "'", "``", "''"})


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


class Frame:
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


def _next_at(positions: list[int], n: int) -> list[int]:
    """For each token 0..n, the first of the ascending `positions` at or
    after it (n if none): one slice per position, not one step per token."""
    out: list[int] = []
    last = -1
    for k in positions:
        out += [k] * (k - last)
        last = k
    out += [n] * (n - last)
    return out


_STOPS = frozenset({",", ";", ":"})  # before ", adding ...": a reporting tail ends
_GERUND = frozenset({"VBG"})
_END = attrgetter("end")  # a phrase's end
_TAIL_PPS = 3  # prepositional phrases an inverted speaker may take


class SentenceIndex:
    """Arrays over one sentence's tokens and phrases, and questions about them."""

    def __init__(self, chunks: Chunks) -> None:
        self.c = chunks
        self.w = w = chunks.words
        n = len(w.tags)
        self.n = n
        nps = chunks.nps
        low = w.low
        # One pass over the phrases fills every per-phrase array; a phrase
        # alone reaches its own end, so only those with relations are read
        # again (right to left) for how far they reach.
        self.np_start = np_start = [-1] * (n + 1)
        self.np_end = np_end = [-1] * (n + 1)
        ext: list[int] = list(map(_END, nps))
        self.ext = ext
        self.parent = parent = [-1] * len(nps)  # the phrase a PP's object hangs from
        self.via = via = [""] * len(nps)
        self.host = host = list(range(len(nps)))  # apposition -> its phrase
        related: list[int] = []
        for idx, p in enumerate(nps):
            if not p.possessive:
                if np_start[p.start] < 0:
                    np_start[p.start] = idx
                np_end[p.end] = idx
            if p.attachments or p.conjuncts or p.apposition is not None:
                related.append(idx)
                for a in p.attachments:
                    parent[a.np] = idx
                    via[a.np] = low[a.prep]
                if p.apposition is not None:
                    host[p.apposition] = idx
        for idx in reversed(related):
            p = nps[idx]
            parts = [a.np for a in p.attachments] + list(p.conjuncts)
            if p.apposition is not None:
                parts.append(p.apposition)
            for q in parts:
                if ext[q] > ext[idx]:
                    ext[idx] = ext[q]
        self.vg_start = [-1] * (n + 1)
        self.vg_end = [False] * (n + 1)
        for idx, v in enumerate(chunks.verbs):
            self.vg_start[v.start] = idx
            self.vg_end[v.end] = True
        # The look-ahead tables (the next finite verb group, where a reporting
        # tail stops, the next quote) are made when first asked for: most
        # sentences never ask for most of them.
        self._finite_list: list[int] | None = None
        self._next_finite: list[int] | None = None
        self._next_sure: list[int] | None = None
        self._tail_stop: list[int] | None = None
        self._next_quote: list[int] | None = None
        self.question = n > 0 and "?" in w.words[n - 3 if n > 3 else 0 :]

    def _finite_starts(self) -> list[int]:
        """The tokens where a finite verb group starts, ascending."""
        found = self._finite_list
        if found is None:
            vg_start = self.vg_start
            found = self._finite_list = [
                v.start
                for idx, v in enumerate(self.c.verbs)
                if v.form == "finite" and vg_start[v.start] == idx
            ]
        return found

    def next_finite(self, k: int) -> int:
        """The first token at or after k where a finite verb group starts (n
        if none)."""
        table = self._next_finite
        if table is None:
            table = self._next_finite = _next_at(self._finite_starts(), self.n)
        return table[k]

    def next_sure(self, k: int) -> int:
        """As `next_finite`, passing over a bare past right after a noun."""
        table = self._next_sure
        if table is None:
            vg_start = self.vg_start
            sure = [
                k for k in self._finite_starts() if not self._bare_past(vg_start[k])
            ]
            table = self._next_sure = _next_at(sure, self.n)
        return table[k]

    def tail_stop(self, k: int) -> int:
        """Where a reporting tail from token k stops: the sentence's end, or
        the comma of ", adding ..." / ", citing ..."."""
        table = self._tail_stop
        if table is None:
            tags, low = self.w.tags, self.w.low
            # (Most sentences have no -ing form: that scan is skipped by one
            # test in C.)
            stops = (
                [k - 1 for k in where_in(tags[1:], _GERUND, 1) if low[k - 1] in _STOPS]
                if "VBG" in tags
                else []
            )
            table = self._tail_stop = _next_at(stops, self.n)
        return table[k]

    def next_quote(self, k: int) -> int:
        """The first quote at or after token k (n if none)."""
        table = self._next_quote
        if table is None:
            low = self.w.low
            quotes = [] if QUOTES.isdisjoint(low) else where_in(low, QUOTES)
            table = self._next_quote = _next_at(quotes, self.n)
        return table[k]

    def _bare_past(self, v: int) -> bool:
        """A past with no auxiliary right after a noun phrase, which may be a
        reduced relative ("in comments published Thursday")."""
        vg = self.c.verbs[v]
        return (
            not vg.auxiliaries
            and vg.tense == "past"
            and self.np_end[vg.start] >= 0
            and self.w.tags[vg.head] == "VBD"
        )

    def _noun_takes_infinitive(self, np: int, to: int) -> bool:
        """Is `np` a noun like "efforts" or "plan" right before the "to" at `to`?"""
        return self.ext[np] == to and lexicon.has_class(
            self.w.low[self.c.nps[np].head], "noun.infinitive"
        )

    def _time(self, np: int) -> bool:
        return bool(self.w.flags[self.c.nps[np].head] & (TIME_NOUN | TIME_ADVERB))

    def _measure(self, np: int) -> bool:
        """A time phrase measuring something "of" it that is no time ("10 days
        of war games", "weeks of shelling"; not "the last week of March")."""
        w = self.w
        for a in self.c.nps[np].attachments:
            if w.low[a.prep] == "of":
                return not self._time(a.np)
        return False

    def _touches(self, a: int, b: int) -> bool:
        return self.ext[a] == self.c.nps[b].start

    def _after_verb_pp(self, np: int) -> bool:
        """Is `np` the object of a preposition right after the frame's verb
        ("said in a statement that")?"""
        start = self.c.nps[np].start
        return start >= 2 and self.vg_end[start - 1]

    def _preposition(self, i: int) -> bool:
        """Can token i head a prepositional phrase with the phrase after it?"""
        w = self.w
        if w.tags[i] not in ("IN", "TO") or not w.flags[i] & PREPOSITION:
            return False  # "Instead he traveled": no preposition
        np = self.np_start[i + 1]
        return np >= 0 and not w.flags[self.c.nps[np].head] & NOMINATIVE

    def _skip_aside(self, j: int) -> int:
        """After ", in her final days in office," when one follows at j."""
        w = self.w
        if j + 2 < self.n and w.low[j] == "," and w.tags[j + 1] in ("IN", "TO"):
            np = self.np_start[j + 2]
            if np >= 0 and self.ext[np] < self.n and w.low[self.ext[np]] == ",":
                return self.ext[np] + 1
        return j

    def _past_phrases(self, k: int) -> int:
        """The token after up to three prepositional phrases starting at k
        ("as authorities in Croatia cracked down")."""
        for _ in range(_TAIL_PPS):
            if k + 1 < self.n and self._preposition(k) and self.np_start[k + 1] >= 0:
                k = self.ext[self.np_start[k + 1]]
        return k

    def _inverted_tail(self, np: int) -> bool:
        """ "said the ministry." / "said Ahmed Mismari, adding ..." """
        p = self.c.nps[np]
        if p.pronoun:
            return False
        k = self._past_phrases(self.ext[np])  # "said a spokesman for the premier."
        if k >= self.n or self.w.low[k] in (".", "!", "?", '"', "'", ";"):
            return True
        return p.proper and k == self.tail_stop(k)

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
