"""Relations between noun phrases: attached prepositional phrases, apposition
and coordination.

A prepositional phrase is attached to the noun phrase before it only where
that is safe ("of" always; any preposition after a phrase that is not a verb's
object; "by" after an event noun's complement); apposition needs a proper name
on one side; coordination needs "and"/"or" before the last conjunct. All in one
pass over the phrases, with bounded look-ahead.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from ._tokens import ADV, VERB_OR_MODAL, Words
from .lexicon import (
    LOCATIVE,
    NOMINATIVE,
    PREPOSITION,
    RELATIVE,
    SUBORDINATOR,
    TIME_NOUN,
)
from .phrases import Attachment, NounPhrase, attachment, relate
from .verbs import VerbGroup

__all__ = ["relations"]

_SEPARATORS = frozenset({",", "and", "or"})
_END = attrgetter("end")  # a phrase's or a verb group's end


def relations(
    w: Words, nps: list[NounPhrase], verbs: Sequence[VerbGroup]
) -> list[NounPhrase]:
    """Attach prepositional phrases, then find appositions and coordination
    (set on the phrases of `nps`, which the chunker has just made)."""
    n = len(w.tags)
    if not nps:
        return nps
    tags = w.tags
    np_at = [-1] * (n + 1)  # the top-level phrase starting at a token
    for idx, p in enumerate(nps):
        if not p.possessive:
            np_at[p.start] = idx
    verb_end = [False] * (n + 1)
    verb_start = [False] * (n + 1)
    passive_end = [False] * (n + 1)
    for v in verbs:
        verb_end[v.end] = True
        verb_start[v.start] = v.form == "finite"
        # (with its auxiliary: "the recently imposed law by ..." is no
        # passive clause keeping an object)
        passive_end[v.end] = v.voice == "passive" and bool(v.auxiliaries)
    attach: dict[int, list[Attachment]] = {}  # by phrase, for the few that take any
    attached_to = [-1] * len(nps)  # which phrase a phrase's PP hangs from
    via = [""] * len(nps)
    objpos = [False] * len(nps)  # a verb's object, or hangs from one
    # seen_verb[k]: a verb group ends at or before token k.
    # (`min` with a default parses its keyword on every call.)
    first_end = min(map(_END, verbs)) if verbs else n + 1
    seen_verb = [False] * first_end + [True] * (n + 1 - first_end)
    flags = w.flags
    for idx, p in enumerate(nps):
        k = p.end
        if (
            p.possessive
            or k + 1 >= n
            or np_at[k + 1] < 0
            or tags[k] not in ("IN", "TO")
            or not flags[k] & PREPOSITION
        ):
            # No prepositional phrase after it. (What is read below of a
            # phrase is read only of one with such a phrase after it: only
            # such a phrase is ever a host.)
            continue
        obj = np_at[k + 1]
        prep = w.low[k]
        if flags[nps[obj].head] & NOMINATIVE:
            continue  # "with he" is no phrase: "he" and "they" are subjects
        if flags[k] & SUBORDINATOR and _finite_after(
            w, _past_phrases(w, np_at, nps, nps[obj].end), verb_start
        ):
            continue  # "fled after rebels attacked": a clause, not a phrase
        start = p.start
        if (
            flags[k] & LOCATIVE
            and attached_to[idx] < 0
            and start > 0
            and tags[start - 1] in ("IN", "TO")
            and seen_verb[start]
        ):
            # The object of a verb's preposition: "arrested by police in
            # Kabul" says where the arrest was.
            continue
        objpos[idx] = (
            # Right after a verb group (or after it and one adverb), or
            # hanging from a phrase that is.
            verb_end[start]
            or (start > 0 and tags[start - 1] in ADV and verb_end[start - 1])
            or (attached_to[idx] >= 0 and objpos[attached_to[idx]])
        )
        if prep == "by" and (
            passive_end[start]
            or (start > 0 and tags[start - 1] in ADV and passive_end[start - 1])
        ):
            # "was fined 2.4 billion euros by the European Commission": the
            # object a passive keeps takes no "by" phrase; it is the agent
            continue
        target = _pp_host(w, nps, idx, obj, prep, objpos, attached_to, via)
        if target >= 0:
            attach.setdefault(target, []).append(attachment(k, obj))
            attached_to[obj] = target
            via[obj] = prep
    extent: list[int] = list(map(_END, nps))
    # Right to left: a phrase's attached phrases come after it.
    for idx in sorted(attach, reverse=True):
        for a in attach[idx]:
            if extent[a.np] > extent[idx]:
                extent[idx] = extent[a.np]
    appos, conj = _lists(w, nps, np_at, extent, verbs, attached_to)
    # Most phrases take no relation. The phrases were made by the chunker for
    # this sentence alone, so the few that take one are given it in place.
    for i in {*attach, *appos, *conj}:
        relate(nps[i], tuple(attach.get(i, ())), appos.get(i), tuple(conj.get(i, ())))
    return nps


def _past_phrases(
    w: Words, np_at: Sequence[int], nps: Sequence[NounPhrase], k: int
) -> int:
    """The token after up to three prepositional phrases starting at k."""
    for _ in range(3):
        if k + 1 < len(w.tags) and _preposition(w, k) and np_at[k + 1] >= 0:
            k = nps[np_at[k + 1]].end
    return k


def _preposition(w: Words, k: int) -> bool:
    """Is token k a preposition by its tag and by the lexicon ("that" is not)?"""
    return w.tags[k] in ("IN", "TO") and bool(w.flags[k] & PREPOSITION)


def _finite_after(w: Words, k: int, verb_start: Sequence[bool]) -> bool:
    """Does a finite verb group start at k, after two adverbs or a short aside?"""
    if k < len(w.tags) and w.low[k] == ",":  # "after X, in her final days, pardoned"
        for j in range(k + 1, min(len(w.tags), k + _ASIDE)):
            if w.low[j] == ",":
                k = j + 1
                break
    for j in range(k, min(len(w.tags), k + 3)):
        if verb_start[j]:
            return True
        if w.tags[j] not in ADV:
            return False
    return False


_ASIDE = 12  # tokens an aside between commas may take


def _pp_host(
    w: Words,
    nps: Sequence[NounPhrase],
    idx: int,
    obj: int,
    prep: str,
    objpos: Sequence[bool],
    attached_to: Sequence[int],
    via: Sequence[str],
) -> int:
    """The phrase a PP after phrase `idx` is safely attached to, or -1."""
    host = nps[idx]
    if w.flags[nps[obj].head] & TIME_NOUN and prep != "of":
        return -1  # "attacked the town on Monday": the verb's adjunct
    if host.pronoun and prep != "of":
        return -1
    if prep == "of":
        return idx
    if prep == "by" and attached_to[idx] >= 0 and via[idx] in ("of", "on", "against"):
        return attached_to[idx]  # "the killing of civilians by soldiers"
    if not objpos[idx]:
        return idx
    return idx if prep == "by" else -1


def _lists(
    w: Words,
    nps: Sequence[NounPhrase],
    np_at: Sequence[int],
    extent: Sequence[int],
    verbs: Sequence[VerbGroup],
    attached_to: Sequence[int],
) -> tuple[dict[int, int], dict[int, list[int]]]:
    """Appositions and coordinations among phrases separated by "," and "and"."""
    if len(nps) < 2 or _SEPARATORS.isdisjoint(w.low):
        return {}, {}  # no two phrases, or nothing to join them: no list
    n = len(w.tags)
    # The arrays below are made at the first run of two phrases (most
    # sentences have none): the finite verb groups' starts, seen_finite[k] (a
    # finite verb starts before token k) and the phrase ending at a token.
    finite_start: list[bool] = []
    seen_finite: list[bool] = []
    np_end: list[int] = []
    appos: dict[int, int] = {}
    conj: dict[int, list[int]] = {}
    taken = [False] * len(nps)
    low = w.low
    for idx, p in enumerate(nps):
        if p.possessive or taken[idx]:
            continue
        k = extent[idx]
        if k >= n or low[k] not in _SEPARATORS:
            continue  # no "," / "and" after it: no run (what `_run` would find)
        run, closed = _run(w, np_at, extent, idx)
        if len(run) < 2:
            continue
        if not np_end:
            finite_start, seen_finite, np_end = _list_arrays(w, nps, verbs)
        if not closed:
            # A chain of commas with no "and": its later members would only
            # find the same open chain again (this keeps the pass linear).
            for m in run[2:]:
                taken[m] = True
        tail = np_end[extent[idx]]  # the last phrase of the first one's PP chain
        if (
            tail > idx
            and nps[tail].proper == nps[run[1]].proper != p.proper
            and attached_to[tail] >= 0
        ):
            continue  # "the attack on Russia, China and Iran": the list is of tails
        if (
            closed
            and len(run) == 2
            and w.low[nps[run[1]].start - 2] == ","
            and finite_start[extent[run[1]]]
            and seen_finite[p.start]
        ):
            continue  # "attacked the town, and the army responded"
        times = [bool(w.flags[nps[m].head] & TIME_NOUN) for m in run]
        if closed and times[-1] != times[0]:
            continue  # "in riots this year and the province was": no list
        if closed and len(run) >= 3 and _fronted(w, nps, run, extent, seen_finite):
            run = run[1:]  # "In recent months, France and the U.S. have used"
            idx = run[0]
        if closed:
            conj[idx] = run[1:]
            for m in run:
                taken[m] = True
        elif _apposition(w, nps, idx, run[1], extent):
            appos[idx] = run[1]
            taken[run[1]] = True
    return appos, conj


def _list_arrays(
    w: Words, nps: Sequence[NounPhrase], verbs: Sequence[VerbGroup]
) -> tuple[list[bool], list[bool], list[int]]:
    """The arrays `_lists` reads once it has a run: where a finite verb group
    starts, whether one starts before a token, the phrase ending at a token
    (the last one wins)."""
    n = len(w.tags)
    finite_start = [False] * (n + 1)
    for v in verbs:
        if v.form == "finite":
            finite_start[v.start] = True
    first = min((v.start for v in verbs if v.form == "finite"), default=n)
    seen_finite = [False] * (first + 1) + [True] * (n - first)
    np_end = [-1] * (n + 1)
    for idx, p in enumerate(nps):
        if not p.possessive:
            np_end[p.end] = idx
    return finite_start, seen_finite, np_end


def _fronted(
    w: Words,
    nps: Sequence[NounPhrase],
    run: Sequence[int],
    extent: Sequence[int],
    seen_finite: Sequence[bool],
) -> bool:
    """Is the run's first phrase the object of a fronted preposition, apart
    from a coordinated subject after its comma?"""
    first = nps[run[0]]
    if first.start == 0 or w.tags[first.start - 1] not in ("IN", "TO"):
        return False
    if seen_finite[first.start] or w.low[extent[run[0]]] != ",":
        return False
    after = extent[run[-1]]
    time = [bool(w.flags[nps[m].head] & TIME_NOUN) for m in run]
    if time[0] and not any(time[1:]):
        return True
    return after < len(w.tags) and w.tags[after] in VERB_OR_MODAL


def _run(
    w: Words, np_at: Sequence[int], extent: Sequence[int], first: int
) -> tuple[list[int], bool]:
    """Phrases joined to `first` by commas, closed (True) by "and"/"or" + phrase."""
    n = len(w.tags)
    run = [first]
    cur = first
    while True:
        k = extent[cur]
        if k >= n:
            return run, False
        sep = w.low[k]
        if sep == "," and k + 1 < n and w.low[k + 1] in ("and", "or"):
            k += 1
            sep = w.low[k]
        if sep not in _SEPARATORS or np_at[k + 1] < 0:
            return run, False
        cur = np_at[k + 1]
        run.append(cur)
        if sep != ",":
            return run, True


_CLOSERS = frozenset({",", ".", "(", ")", ";", ":", "-", '"', "!", "?"})


def _apposition(
    w: Words, nps: Sequence[NounPhrase], a: int, b: int, extent: Sequence[int]
) -> bool:
    """ "Pakistan, a key U.S. ally," / "the president, Donald Trump,"."""
    pa, pb = nps[a], nps[b]
    if pa.pronoun or pb.pronoun:
        return False
    if not (pa.proper or pb.proper or w.tags[pb.head] == "CD"):
        return False
    if not pa.proper and pa.determiner is None and pa.possessor is None:
        return False  # "in adjacent waters, the UK extended": no apposition
    if (w.flags[pa.head] | w.flags[pb.head]) & TIME_NOUN:
        return False
    k = extent[b]
    if k < len(w.tags) and w.low[k] not in _CLOSERS:
        return False
    if k < len(w.tags) and w.low[k] == "(":
        close = k + 1
        while close < min(len(w.tags), k + 8) and w.low[close] != ")":
            close += 1
        if close + 1 < len(w.tags) and w.tags[close + 1] in VERB_OR_MODAL:
            return False  # "in Liberia, the World Food Program (WFP) said"
    return (pa.proper and pb.proper) or not (
        k + 1 < len(w.tags) and w.low[k] == "," and w.flags[k + 1] & RELATIVE
    )
