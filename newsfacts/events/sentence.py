"""One sentence as the events stage reads it, and the candidate events in it.

`Sentence` holds a sentence's tokens, lower-cased words and actor mentions;
`Candidate` is an event while the sentence is being read, before it becomes an
`Event` record; `find_triggers` finds the trigger lexicon's phrases in it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from ..knowledge.user import UserTriggers
from ..records import Mention, TimeExpression
from ..text import Document, Span
from .lexicon import Entry, Match, lexicon, plover_of
from .mentions import ActorMention
from .user import USER_RULE, match_at

__all__ = [
    "Candidate",
    "Sentence",
    "candidate",
    "candidate_like",
    "find_triggers",
    "retype",
    "start_of",
]


@attrs.define(slots=True)
class Candidate:
    """A candidate event while a sentence is being read."""

    match: Match
    start: int
    end: int
    cameo: str
    type: str
    sentence: Span
    source: ActorMention | None = None
    target: ActorMention | None = None
    negated: bool = False
    mode: str = "asserted"
    planned: bool = False
    vp_coordinated: bool = False
    passive: bool = False
    rule: str = "events.trigger"
    mentions: list[Mention] = attrs.field(factory=list)
    extra_sources: list[ActorMention] = attrs.field(factory=list)
    parties: list[ActorMention] = attrs.field(factory=list)  # "X and Y": each of them

    @property
    def entry(self) -> Entry:
        return self.match.entry

    @property
    def flags(self) -> frozenset[str]:
        return self.match.entry.flags


class Sentence:
    """One sentence's tokens, lower-cased words and actor mentions."""

    def __init__(
        self,
        doc: Document,
        span: Span,
        ams: Sequence[ActorMention],
        user_triggers: UserTriggers | None = None,
    ) -> None:
        self.doc = doc
        self.span = span
        self.user_triggers = user_triggers  # a parser's own, consulted first
        self.tokens = doc.tokens_in(span.start, span.end)
        self.words = [t.text.lower() for t in self.tokens]
        lo = bisect.bisect_left(ams, span.start, key=start_of)
        hi = bisect.bisect_left(ams, span.end, key=start_of)
        self.ams = [a for a in ams[lo:hi] if a.end <= span.end]
        self.am_at_token: dict[int, ActorMention] = {}
        starts = {a.start: a for a in self.ams}
        for n, t in enumerate(self.tokens):
            if t.start in starts:
                self.am_at_token[n] = starts[t.start]
        self.complement_heads: set[int] = set()
        self.is_question = any(t.text == "?" for t in self.tokens[-2:])
        self._starts = [t.start for t in self.tokens]
        self.am_by_end: dict[int, ActorMention] = {a.end: a for a in self.ams}
        self.in_actor = [False] * len(self.tokens)
        for a in self.ams:
            if not a.generic:
                for n in range(self.token_index(a.start), self.token_index(a.end)):
                    self.in_actor[n] = True

    def token_index(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect.bisect_left(self._starts, offset)

    def am_covering(self, offset: int) -> ActorMention | None:
        """The actor mention containing `offset`, if any."""
        k = bisect.bisect_right(self.ams, offset, key=start_of) - 1
        if k >= 0 and offset < self.ams[k].end:
            return self.ams[k]
        return None

    def ends_actor(self, n: int) -> bool:
        """Whether token `n` is the last token of an actor mention."""
        return 0 <= n < len(self.tokens) and self.tokens[n].end in self.am_by_end

    def prev_word(self, am: ActorMention) -> str:
        n = self.token_index(am.start)
        return self.words[n - 1] if n > 0 else ""

    def title_ok(self) -> list[bool]:
        """Per token: may start a trigger (not a capitalised word inside a name)."""
        caps = sum(1 for t in self.tokens if t.text[:1].isupper())
        words = sum(1 for t in self.tokens if t.text[:1].isalpha())
        headline = words > 0 and caps / words > 0.6
        out = []
        for n, t in enumerate(self.tokens):
            # A lower-case past tense inside a long actor name is a verb the name
            # swallowed ("Britain mobilized army"), not part of a name.
            ok = not self.in_actor[n] or (t.text.islower() and t.text.endswith("ed"))
            if ok and n > 0 and t.text[:1].isupper() and not headline:
                prev = self.tokens[n - 1].text
                ok = prev in {'"', "'", "(", ":", "-"}
            out.append(ok)
        return out


def find_triggers(sent: Sentence) -> list[Match]:
    """Lexicon matches, left to right, longest first; notes verbs taking "that"."""
    lex = lexicon()
    ok = sent.title_ok()
    words = sent.words
    out: list[Match] = []
    i = 0
    user = sent.user_triggers
    while i < len(words):
        m = _user_at(user, words, i, ok) if user is not None else None
        if m is None:
            m = lex.best_at(words, i, ok)
            if m is not None and user is not None and _user_within(user, words, m, ok):
                i += 1  # a user's phrase inside the lexicon's wins
                continue
        if m is None:
            i += 1
            continue
        out.append(m)
        if m.entry.flags & {"speech", "ctrl"}:
            sent.complement_heads.add(m.last)
        i = m.last + 1
    return out


def _user_at(
    table: UserTriggers, words: Sequence[str], i: int, ok: Sequence[bool]
) -> Match | None:
    """A user trigger at word `i`, as a lexicon match (before the lexicon's)."""
    found = match_at(table, words, i) if ok[i] else None
    if found is None:
        return None
    c, last = found
    t = c.trigger
    entry = Entry(
        t.phrase,
        t.cameo,
        plover_of(t.cameo),
        frozenset({"user"}),
        c.items,
        verbal=t.kind == "verb",
    )
    return Match(entry, i, last)


def _user_within(
    table: UserTriggers, words: Sequence[str], m: Match, ok: Sequence[bool]
) -> bool:
    """A user trigger starts inside lexicon match `m` ("launched a KETTLING
    OPERATION": the user's noun, not the lexicon's "launch ~ operation")."""
    return any(
        _user_at(table, words, k, ok) is not None
        for k in range(m.first + 1, m.last + 1)
    )


def candidate(sent: Sentence, m: Match) -> Candidate:
    start = sent.tokens[m.first].start
    end = sent.tokens[m.last].end
    c = Candidate(m, start, end, m.entry.cameo, m.entry.plover, sent.span)
    if "user" in m.entry.flags:
        c.rule = f"{USER_RULE}:{m.entry.phrase}"
    c.mentions.append(Mention.of(sent.doc.text, start, end))
    return c


def retype(c: Candidate, cameo: str, rule: str) -> None:
    c.cameo = cameo
    c.type = plover_of(cameo)
    c.rule = rule


def candidate_like(s: Candidate, cameo: str, rule: str) -> Candidate:
    c = Candidate(
        s.match, s.start, s.end, cameo, plover_of(cameo), s.sentence, rule=rule
    )
    c.mentions = list(s.mentions)
    c.negated, c.mode = s.negated, s.mode
    return c


def start_of(item: ActorMention | TimeExpression | Span) -> int:
    return item.start
