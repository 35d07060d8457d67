"""The tense of the clause a time expression stands in, as the resolver
reads it.

`TenseReader` gives the rule methods the clause's tense (`tense`), and whether
what the expression names lies ahead (`ahead`), has begun (`done`) or has
happened (`behind`), from the tagged verb group of its clause or, in news
style, from the verb right before it ("said Friday").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import regex

from .._data import lazy
from . import lexicon as lx
from .attachment import attached_to_past
from .clause_tense import ClauseTense, clause_tense, modal_ahead, opens_clause
from .context import word_before
from .recognise import Candidate
from .resolved import _END_WORDS, TaggedSentence
from .tense import Tense, tense_at

__all__ = ["TenseReader"]


# The verb right before a day name ("said Friday", "met on Monday"): a past form
# there is the clause's verb in news style, and no tagging is needed.
_VERB_BEFORE = lazy(
    lambda: regex.compile(r"(?:\b([a-z']++)\s++)?\b([a-z]++)\s++(?:on\s++)?+$")
)
# Before a past form, these make it a participle the tagger should read ("will
# be held on April 24", "had been met").
_AUXILIARY = frozenset(
    "be been being is are was were am has have had will would shall 'll 'd "
    "can could may might must should not n't never".split()
)
# Past markers that are no verbs: "ago", "yesterday", "since"...; and verbs of
# planning, whose time lies ahead ("planned Saturday").
_NOT_VERB_PAST = frozenset(
    "ago yesterday earlier previously already since been planned scheduled".split()
)


# Bare names that, used before a noun, name the time of that noun's event.
_PRENOMINAL_RULES = frozenset({"month", "month_day", "weekday", "season"})


# Words whose "'s" is "is" or "has", not a possessive ("it's Monday").
_IS_CONTRACTED = frozenset("it that there here what who where he she when how".split())


def _prenominal(sent: TaggedSentence, first: int, last: int) -> bool:
    """The expression modifies the noun after it, after a determiner or a
    possessive: "a June agreement", "the March accession", "its April
    meeting", "the Oct. 30 budget", "Reeves's Oct. 30 budget". The clause's
    verb says nothing of that event's time ("Reeves's Oct. 30 budget would
    add to inflation" names a budget already presented)."""
    if first == 0 or last >= len(sent):
        return False
    before, after = sent[first - 1], sent[last]
    return (
        (
            (
                before[1] in ("DT", "PRP$")
                and before[0].lower()
                in ("a", "an", "the", "its", "his", "her", "their", "our")
            )
            or before[1] == "POS"
            or (
                before[0].endswith(("'s", "’s"))
                and before[0].lower()[:-2].rstrip("'’") not in _IS_CONTRACTED
            )
        )
        and after[1] in ("NN", "NNS")
        and after[0].islower()
    )


class TenseReader:
    """Reads the tense of the clause of a candidate; `ResolverBase` sets the
    text, its sentences and their tags."""

    norm: str
    sentence: Callable[[int], tuple[int, int]]
    tagged: Callable[[int, int], TaggedSentence] | None

    # ------------------------------------------------------------------ helpers
    def tense(self, c: Candidate) -> Tense:
        s, e = self.sentence(c.start)
        return tense_at(self.norm, s, e, c.start, c.end, self._clause(c, s, e))

    def ahead(self, c: Candidate, tense: Tense) -> bool:
        """`tense` is a plain future of the clause ("will be signed on Jan. 2"),
        not the forward lean of an end point ("by Jan. 14", "through Oct. 19",
        which a past report may name after it passed): what it names has not
        happened yet, so it is not before the reference date. An end point
        whose own clause is a plain future ("troops will stay until May",
        "exporters must register by May") lies ahead too."""
        if tense != "future":
            return False
        if word_before(self.norm, c.start) not in _END_WORDS:
            return True
        s, e = self.sentence(c.start)
        return self._clause(c, s, e) == "future"

    def done(self, c: Candidate, tense: Tense) -> bool:
        """`tense` is a plain past of the verb the expression's phrase hangs
        on ("the rally was held in April", "hired advisers in April", "walked
        out on April 2"): what it names has begun, so it is not after the
        reference date. Not an end point ("by April", which a report may name
        ahead), nor a phrase inside a noun's ("told companies of a cutback in
        September", "the slated visit of the secretary in September": the
        noun's event has the time)."""
        if tense != "past" or word_before(self.norm, c.start) in _END_WORDS:
            return False
        if self.tagged is None:
            return False
        s, e = self.sentence(c.start)
        return attached_to_past(self.tagged(s, e), c.start)

    def behind(self, c: Candidate, tense: Tense) -> bool:
        """`tense` is the past of a verb right before the expression ("spoke on
        Memorial Day", "met Jan. 5"): what it names has happened, so it is not
        after the reference date. (The verb is looked at only for a past.)"""
        return tense == "past" and self._verb_right_before(c) == "past"

    def _verb_right_before(self, c: Candidate) -> Literal["past", "present"] | None:
        """ "past" or "present" when news style puts the day right after the
        clause's verb ("New Zealand said Friday", "the king met Monday"), which
        then needs no tagging; None otherwise."""
        s, _ = self.sentence(c.start)
        verb = _VERB_BEFORE().search(self.norm, max(s, c.start - 16), c.start)
        if verb is None:
            return None
        word, aux = verb.group(2), (verb.group(1) or "").lower()
        if word == "says":
            return "present"
        if (
            word in lx.PAST_WORDS
            and word not in _NOT_VERB_PAST
            and aux not in _AUXILIARY
            and not aux.endswith(("'ll", "'d", "n't"))
        ):
            return "past"
        return None

    def in_subject(self, c: Candidate) -> bool:
        """`c` lies in the subject of its clause (no verb before it there)."""
        if self.tagged is None:
            return False
        s, e = self.sentence(c.start)
        sent = self.tagged(s, e)
        for n, (_, _, _, b) in enumerate(sent):
            if b > c.start:
                return opens_clause([(t, g) for t, g, _, _ in sent], n)
        return False

    def in_noun_participle(self, at: int) -> bool:
        """The expression at offset `at` hangs on a past participle that
        modifies a noun: the nearest verb before it in its sentence is a
        participle right after a noun or a comma ("a program approved by the
        company in 1987", "The plant, built in 1975,"), not after an
        auxiliary ("was built in 1975")."""
        if self.tagged is None:
            return False
        s, e = self.sentence(at)
        sent = self.tagged(s, e)
        verb = -1
        for n, (_, tag, a, _) in enumerate(sent):
            if a >= at:
                break
            if tag.startswith("VB") or tag == "MD":
                verb = n
        return (
            verb > 0
            and sent[verb][1] == "VBN"
            and sent[verb - 1][1] in ("NN", "NNS", "NNP", "NNPS", ",")
        )

    def _clause(self, c: Candidate, s: int, e: int) -> ClauseTense:
        """The tense the tagged verb group of the clause of `c` gives, if any."""
        if self.tagged is None:
            return None
        quick = self._verb_right_before(c)
        if quick is not None:
            return quick
        sent = self.tagged(s, e)
        first = last = -1
        for n, (_, _, a, b) in enumerate(sent):
            if b <= c.start:
                continue
            if a >= c.end:
                break
            if first < 0:
                first = n
            last = n + 1
        if first < 0:
            return None
        toks = [(t, g) for t, g, _, _ in sent]
        tense = clause_tense(toks, first, last)
        if tense == "future?" and modal_ahead(toks, first):
            tense = "future"  # "the bank may raise rates in May": not done yet
        if c.rule in _PRENOMINAL_RULES and _prenominal(sent, first, last):
            # "under a June agreement": the noun's event, not the clause's verb,
            # has the time; only a past clause still says it ("a suspect in an
            # early February theft has been arrested"); else the nearest.
            return tense if tense in ("past", "past?") else "present"
        return tense
