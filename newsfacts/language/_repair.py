"""The past tense / past participle repair of verb groups after a noun phrase.

Taggers confuse "killed" the past and "killed" the participle; the phrase
around the verb says which it is. Runs over verb groups and noun phrase spans
before any clause is built, so every later reader sees the repaired records.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count
from operator import attrgetter

import attrs

from ._tokens import ADV, Words
from .lexicon import PREPOSITION, SUBORDINATOR, TIME_NOUN
from .verbs import VerbGroup

__all__ = ["repair"]

_FINITE = attrgetter("finite")  # a verb group carries tense

_REACH = 12  # tokens looked ahead for the verb a reduced relative leaves to its noun
_OBJECT_TAGS = frozenset({"DT", "PRP$", "CD", "NNP", "NNPS", "NNS", "NN", "PRP", "JJ"})


def repair(
    w: Words, spans: Sequence[tuple[int, int]], verbs: list[VerbGroup]
) -> list[VerbGroup]:
    """Fix the past tense / past participle confusion after a noun phrase.

    "Gunmen killed[VBN] one soldier": a bare participle after a noun with an
    object after it is the finite past. "Soldiers killed[VBD] in Ukraine were
    buried": a bare past after a noun, followed by a preposition and then, with
    no comma, conjunction or subject between, by a finite verb, is a reduced
    relative. The first pass runs left to right, the second reads its results.
    """
    n = len(w.tags)
    np_end = [False] * (n + 1)
    np_from = [0] * (n + 1)  # where the phrase ending at a token starts
    for start, end in spans:
        np_end[end] = True
        np_from[end] = start
    out = list(verbs)
    seen_finite = False
    for idx, v in enumerate(verbs):
        shared = (
            _shared_chain(w, out[idx - 1], v)
            if idx and v.form == "participle" and not v.auxiliaries
            else None
        )
        if shared is not None:
            out[idx] = shared
        elif (
            not v.auxiliaries
            and v.head == v.start
            and (np_end[v.start] or (w.low[v.start - 1] == "," and np_end[v.start - 1]))
            and w.tags[v.head] == "VBN"
            and _finite_participle(w, v, np_from, seen_finite)
        ):
            out[idx] = attrs.evolve(v, tense="past", voice="active", form="finite")
        # A bare past right after a noun may be a reduced relative itself; it
        # proves no finite clause yet ("a body linked to the OAU, investigated").
        seen_finite = seen_finite or (
            out[idx].finite and not _bare_past_after_noun(w, out[idx], np_end)
        )
    first_finite = next(compress(count(), map(_FINITE, out)), len(out))
    if first_finite + 1 < len(out):
        v = out[first_finite]
        if _fronted_participle(w, v, np_end, np_from):
            # "In a letter handed over to the UN, Iraq said ...".
            out[first_finite] = attrs.evolve(
                v, tense=None, voice="passive", form="participle"
            )
    for idx, v in enumerate(out[:-1]):
        # The next finite group within reach ("The civilians imprisoned for
        # acting against Moscow were released": past the gerund).
        j = idx + 1
        while j + 1 < len(out) and not out[j].finite and out[j].start - v.end <= _REACH:
            j += 1
        later = out[j]
        if (
            not v.auxiliaries
            and v.head == v.start
            and np_end[v.start]
            and v.tense == "past"
            and w.tags[v.head] == "VBD"
            and later.finite
            and later.start - v.end <= _REACH
            and not _bare_past_after_noun(w, later, np_end)
            and _reduced_before(w, v, later, np_end, np_from)
        ) or (idx and _after_pp_object(w, out[idx - 1], v, np_end, np_from)):
            out[idx] = attrs.evolve(v, tense=None, voice="passive", form="participle")
    return out


def _fronted_participle(
    w: Words, v: VerbGroup, np_end: Sequence[bool], np_from: Sequence[int]
) -> bool:
    """A bare past right after the object of a sentence's opening preposition."""
    if v.auxiliaries or v.head != v.start or w.tags[v.head] != "VBD":
        return False
    if not np_end[v.start]:
        return False
    start = np_from[v.start]
    if start < 1 or w.tags[start - 1] != "IN" or start - 1 > _OPENING:
        return False
    if any(t not in ADV and t != "CC" for t in w.tags[: start - 1]):
        return False  # "Sudan's government on Sunday lifted": a subject before
    bits = w.flags[start - 1]
    return not bits & SUBORDINATOR and bool(bits & PREPOSITION)


_OPENING = 2  # tokens before a sentence's opening preposition ("But in ...")


def _bare_past_after_noun(w: Words, v: VerbGroup, np_end: Sequence[bool]) -> bool:
    """A bare past right after a noun phrase: itself maybe a reduced relative
    ("said in comments published Thursday"), so no proof of a finite verb."""
    return (
        not v.auxiliaries
        and v.head == v.start
        and np_end[v.start]
        and w.tags[v.head] == "VBD"
    )


def _after_pp_object(
    w: Words,
    prev: VerbGroup,
    v: VerbGroup,
    np_end: Sequence[bool],
    np_from: Sequence[int],
) -> bool:
    """ "opened its borders to West Africans ordered out of Nigeria": a bare
    past with no object, after a preposition's object in the clause of a finite
    verb, is a reduced relative."""
    n = len(w.tags)
    if not (prev.finite and _bare_past_after_noun(w, v, np_end)):
        return False
    start = np_from[v.start]
    if start < 1 or w.tags[start - 1] not in ("IN", "TO"):
        return False
    nxt = w.tags[v.end] if v.end < n else "."
    if nxt not in ("IN", "RP", "RB", "TO", ",", ".") and not (
        v.end < n and w.flags[v.end] & TIME_NOUN
    ):
        return False
    return not any(
        w.low[k] in (",", ";", ":", "and", "or", "but", "that")
        or w.tags[k] in ("WDT", "WP", "WRB")
        or w.flags[k] & SUBORDINATOR
        for k in range(prev.end, v.start)
    )


def _finite_participle(
    w: Words, v: VerbGroup, np_from: Sequence[int], seen_finite: bool
) -> bool:
    """Is a bare participle after a noun phrase in fact the finite past?"""
    n = len(w.tags)
    nxt = w.tags[v.end] if v.end < n else "."
    if w.low[v.start - 1] == "," and seen_finite:
        return False  # "..., a member of Hamas jailed in 2006"
    if nxt in _OBJECT_TAGS and not w.flags[v.end] & TIME_NOUN:
        return True  # "Gunmen killed one soldier", ", held talks with"
    if w.flags[v.start - 1] & TIME_NOUN:
        return True  # "Bashir on Thursday shortened": no day is a participle's noun
    if v.end < n and w.low[v.end] == "that":
        return True  # "the report alleged that"
    if v.end + 1 < n and w.low[v.end] in ("and", "or"):
        k = v.end + 1
        while k < n and w.tags[k] in ADV:
            k += 1
        if k < n and w.tags[k] == "VBD":
            return True  # "donated and personally delivered"
    return nxt == "TO" and _after_subordinator(w, np_from[v.start])


def _reduced_before(
    w: Words,
    v: VerbGroup,
    later: VerbGroup,
    np_end: Sequence[bool],
    np_from: Sequence[int],
) -> bool:
    """Only prepositional phrases and times between v and the finite `later`?"""
    n = len(w.tags)
    nxt = w.tags[v.end] if v.end < n else "."
    if nxt not in ("IN", "RB", "TO") and not (v.end < n and w.flags[v.end] & TIME_NOUN):
        return False
    # A comma right before the finite verb closes an apposition that the
    # participle is part of: "Members of X, a body linked to the OAU,
    # investigated ...".
    start = np_from[v.start]
    closes = start > 0 and w.low[start - 1] == "," and w.low[later.start - 1] == ","
    last = later.start - 1 if closes else later.start
    if any(
        w.low[k] in (",", ";", ":", "and", "or", "but", "that")
        or w.tags[k] in ("WDT", "WP", "WRB")
        or w.flags[k] & SUBORDINATOR
        for k in range(v.end, last)
    ):
        return False
    if closes:
        return True
    k = later.start
    if np_end[k] and k > v.end:
        # The phrase before the finite verb is a preposition's object or a
        # time, never its subject ("said Wednesday she hoped" is no relative).
        start = np_from[k]
        before = w.tags[start - 1] if start > 0 else ""
        return before in ("IN", "TO") or bool(w.flags[k - 1] & TIME_NOUN)
    return True


def _after_subordinator(w: Words, start: int) -> bool:
    """Does the phrase starting at `start` follow a subordinator ("as the leader")?"""
    return start > 0 and bool(w.flags[start - 1] & SUBORDINATOR)


def _shared_chain(w: Words, prev: VerbGroup, v: VerbGroup) -> VerbGroup | None:
    """ "have shot and killed", "emphasized ... and also expressed[VBN]": a bare
    participle after "and" shares the tense of the verb group it joins."""
    k = v.start - 1
    while k > prev.end and w.tags[k] in ADV:
        k -= 1
    if k < prev.end or w.low[k] not in ("and", "or", "but"):
        return None
    if prev.auxiliaries and w.tags[prev.head] == "VBN":
        # "have shot and killed", "was charged with a crime or brought to court"
        return attrs.evolve(
            v,
            tense=prev.tense,
            perfect=prev.perfect,
            voice=prev.voice,
            modal=prev.modal,
            form=prev.form,
        )
    if not prev.auxiliaries and prev.tense == "past" and prev.finite:
        return attrs.evolve(v, tense="past", voice="active", form="finite")
    return None
