"""Noun phrases and verb groups of a tagged sentence, in linear time.

`chunk(words, tags)` reads one sentence's tokens and their Penn Treebank tags
and returns its noun phrases and verb groups, with the relations between noun
phrases that are safe to draw without a full parse:

- a possessor is a noun phrase of its own, nested in the phrase it determines
  ("[[Haftar]'s forces]", "[[the government]'s decision]");
- a prepositional phrase is attached to the noun before it only where that is
  safe: "of" always, any preposition after a noun that is not a verb's object
  ("[the attack] on [the convoy] killed"), "by" after an event noun's
  complement ("the killing of civilians by soldiers"); after a verb's object
  the phrase is left to the verb ("attacked the town with rockets");
- apposition: "Pakistan, a key U.S. ally, ..." (one side a proper name);
- coordination: "Russia, China and Iran" (the first conjunct lists the others).

Relations are indices into the sentence's tokens and into `Chunks.nps`, never
nested objects, so the records stay small and any consumer can walk them.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ._build import draft
from ._relations import relations
from ._repair import repair
from ._tokens import (
    ABBREVIATION,
    ADJ,
    ADJ_OR_VBN,
    ADV,
    NOUN,
    PROPER,
    VERB,
    VERB_OR_MODAL,
    Words,
    lemma_function,
    prepare,
)
from .lexicon import AUX, QUANTIFIER, RELATIVE, TIME_ADVERB, TIME_NOUN
from .phrases import Attachment, NounPhrase, noun_phrase
from .verbs import VerbGroup, verb_groups

__all__ = ["Attachment", "Chunks", "NounPhrase", "VerbGroup", "chunk", "chunk_words"]


@attrs.frozen(slots=True, weakref_slot=False)
class Chunks:
    """The noun phrases and verb groups of one sentence, each in text order.

    `words` holds the per-token facts (lower case, clitics, possessives) the
    clause rules read next.
    """

    words: Words
    nps: tuple[NounPhrase, ...]
    verbs: tuple[VerbGroup, ...]

    def group(self, np: int) -> tuple[int, ...]:
        """The phrase `np` and the phrases coordinated with it."""
        return (np, *self.nps[np].conjuncts)


def chunk(
    words: Sequence[str], tags: Sequence[str], blocked: Sequence[bool] = ()
) -> Chunks:
    """Noun phrases and verb groups of one tagged sentence.

    `blocked` marks tokens that belong to no phrase (a dateline, a credit line).
    """
    return chunk_words(prepare(words, tags), blocked)


def chunk_words(w: Words, blocked: Sequence[bool] = ()) -> Chunks:
    """`chunk` over a sentence already prepared by `_tokens.prepare`."""
    n = len(w.tags)
    if blocked and len(blocked) != n:
        raise ValueError(f"{n} words but {len(blocked)} blocked flags")
    nps = _noun_phrases(w, blocked)
    inside = [False] * n
    # A pronoun carrying an auxiliary ("it's") also starts a verb group; in
    # a sentence without one every token of a phrase is simply inside it.
    aux = w.aux_clitic
    if True in aux:
        for p in nps:
            inside[p.start : p.end] = [not a for a in aux[p.start : p.end]]
    else:
        for p in nps:
            inside[p.start : p.end] = [True] * (p.end - p.start)
    if blocked:
        inside = [a or b for a, b in zip(inside, blocked, strict=True)]
    spans = [(p.start, p.end) for p in nps]
    verbs = repair(w, spans, verb_groups(w, lemma_function(), inside))
    nps = relations(w, nps, verbs)
    # Built as a draft (see `_build`): one for every sentence.
    d = _ChunksDraft()
    d.words = w
    d.nps = tuple(nps)
    d.verbs = tuple(verbs)
    d.__class__ = Chunks
    out: Chunks = d
    return out


_ChunksDraft = draft(Chunks, "words nps verbs")


_STARTERS = NOUN | ADJ | frozenset({"DT", "PDT", "PRP$", "CD", "PRP", "EX", "$", "#"})
# Tags at which `_can_start` may be true without a number's modifier.
_MAY_START = _STARTERS | ADV | frozenset({"VBN", "WP"})
# Tags at which `_can_start` is always true, and at which `_inside` always
# is: most tokens a phrase starts at or runs over, so the loop asks no more.
_SURE_START = _STARTERS - {"DT"}
_SURE_INSIDE = NOUN | ADJ | frozenset({"CD", "$", "#"})
_DET_HEADS = frozenset(
    "this that these those all both some any each either neither none another".split()
)


def _noun_phrases(w: Words, blocked: Sequence[bool]) -> list[NounPhrase]:
    """Base noun phrases with possessors nested, left to right."""
    n = len(w.tags)
    tags = w.tags
    number_size = w.number_size
    possessive = w.possessive
    flags = w.flags
    out: list[NounPhrase] = []
    i = 0
    possessor: int | None = None
    while i < n:
        if blocked and blocked[i]:
            i += 1
            possessor = None
            continue
        t = tags[i]
        if t == "JJ" and possessor is None and w.low[i] == "worth":
            i += 1  # "worth $10 billion" after a noun: the amount opens the phrase
            continue
        if (
            possessor is None
            and t not in _SURE_START
            and ((t not in _MAY_START and not number_size[i]) or not _can_start(w, i))
        ):
            i += 1
            continue
        start = out[possessor].start if possessor is not None else i
        det: int | None = None
        j = i
        if possessor is None and t == "PDT":
            j += 1
        if possessor is None and j < n and (tags[j] in ("DT", "PRP$", "WP$")):
            det = j
            j += 1
        if possessor is None and (
            t in ("PRP", "EX", "WP") or (t == "DT" and w.aux_clitic[i])
        ):
            out.append(_pronoun(w, i))
            possessor = None
            i = _after_possessive(w, i, out)
            if i < 0:
                i = out[-1].end
            else:
                possessor = len(out) - 1
            continue
        if possessor is None and det is None and j < n and number_size[j]:
            j += _number_modifier(w, j)  # "at least 10 people", "about 100"
        k = j
        last_head = -1
        if possessor is not None and tags[j] in ("VB", "VBP"):
            last_head = j  # "Israel's wish[VBP]": what a possessor owns is a noun
            k = n
        while (
            k < n
            and not (blocked and blocked[k])
            and (tags[k] in _SURE_INSIDE or _inside(w, k, k > start))
        ):
            tag = tags[k]
            # (Each test is tried only where its word class or tag can make it
            # true.)
            if (
                k > start
                and flags[k] & (TIME_NOUN | TIME_ADVERB)
                and (flags[k] & TIME_ADVERB or _day_after_noun(w, k))
            ):
                break  # "gunships Saturday pounded", "the Council today agreed"
            if k > j:
                if (
                    tag in PROPER
                    and flags[k - 1] & TIME_NOUN
                    and _month_or_day(w, k - 1)
                ):
                    break  # "In late December Mr. Chavez": the date ends there
                if (tag in ADJ or tag == "CD") and _new_phrase(w, k):
                    break  # "resume talks next week", "gave Ivory Coast 5 million"
            if tag in NOUN or tag == "CD":
                last_head = k
            if possessive[k] and tag != "POS":
                break  # "Haftar's" carries the possessive itself
            k += 1
        if last_head < 0:
            head = _headless(w, det, possessor is not None, j, k)
            if head is None:
                if possessor is not None:  # "the president's" alone: go on from i
                    out[possessor] = attrs.evolve(out[possessor], possessive=False)
                    possessor = None
                    continue
                i = max(i + 1, j if det is None else det + 1)
                continue
            last_head = head
        end = last_head + 1
        first = det + 1 if det is not None else i
        # (Most phrases have no premodifier: no range to make a tuple of.)
        prem = tuple(range(first, last_head)) if first < last_head else ()
        out.append(
            noun_phrase(
                start=start,
                end=end,
                head=last_head,
                determiner=det,
                premodifiers=prem,
                possessor=possessor,
                proper=tags[last_head] in PROPER,
            )
        )
        possessor = None
        if not possessive[last_head] and (end >= n or not possessive[end]):
            i = end  # no possessive follows: what `_after_possessive` finds
            continue
        nxt = _after_possessive(w, last_head, out)
        if nxt >= 0:
            possessor = len(out) - 1
            i = nxt
        else:
            i = end
    return out


def _number_modifier(w: Words, i: int) -> int:
    """Tokens of "at least" / "about" before a number at i (0 when none)."""
    if i >= len(w.tags):
        return 0
    size = w.number_size[i]
    return size if size and i + size < len(w.tags) and w.tags[i + size] == "CD" else 0


def _plural_follows(w: Words, k: int) -> bool:
    """Is the noun after at most three adjectives or numbers a plural?"""
    for j in range(k, min(len(w.tags), k + 4)):
        if w.tags[j] in NOUN:
            return w.tags[j] in ("NNS", "NNPS")
        if w.tags[j] not in ADJ and w.tags[j] != "CD":
            return False
    return False


def _day_after_noun(w: Words, k: int) -> bool:
    """A capitalised day or month name after a common noun, before no noun."""
    return (
        w.tags[k] in PROPER
        and w.tags[k - 1] in ("NN", "NNS")
        and bool(w.flags[k] & TIME_NOUN)
        and not (k + 1 < len(w.tags) and w.tags[k + 1] in NOUN)
    )


def _new_phrase(w: Words, k: int) -> bool:
    """Does token k (inside a run of modifiers and nouns) open a new phrase?

    An adjective after a noun before a time noun ("talks next week", "visit
    Japan next week"), "worth" after a noun ("a deal worth $10 billion"), a
    number after a name that is no month or day ("the Ivory Coast 5.1 million
    dollars"), unless it is a model's number: one digit between a name and a
    common noun ("Challenger 2 tanks", "Leopard 2 tanks"; news spells a count
    under ten in words, "gave Kyiv two tanks").
    """
    t, prev = w.tags[k], w.tags[k - 1]
    if t in ADJ and (prev in ("NN", "NNS") or prev in PROPER):
        if w.low[k] == "worth":
            return True  # "a deal worth $10 billion": the amount is no part of it
        return k + 1 < len(w.tags) and bool(w.flags[k + 1] & TIME_NOUN)
    return (
        t == "CD"
        and prev in PROPER
        and not _month_or_day(w, k - 1)
        and not _model_number(w, k)
    )


def _model_number(w: Words, k: int) -> bool:
    """One digit between a name and a common noun: "Challenger 2 tanks"."""
    low = w.low[k]
    return (
        len(low) == 1
        and low.isdigit()
        and k + 1 < len(w.tags)
        and w.tags[k + 1] in ("NN", "NNS")
    )


def _month_or_day(w: Words, k: int) -> bool:
    return w.tags[k] in PROPER and bool(w.flags[k] & TIME_NOUN)


def _can_start(w: Words, i: int) -> bool:
    t = w.tags[i]
    if t == "DT" and w.aux_clitic[i]:
        return True  # "that's"
    if w.number_size[i] and _number_modifier(w, i):
        return True
    if t in ADV and w.flags[i] & QUANTIFIER:
        # "to most West Africans", "more people", "Most of the members"
        return i + 1 < len(w.tags) and (
            w.tags[i + 1] in NOUN or w.tags[i + 1] in ADJ or w.low[i + 1] == "of"
        )
    if t == "VBN" and i + 1 < len(w.tags) and w.tags[i + 1] in NOUN:
        # "Armed men", "Suspected U.S. drones": at a phrase's start a participle
        # before a noun modifies it.
        if i and w.tags[i - 1] in VERB:
            # "extradited suspected militants"; "have killed civilians" is a chain
            return not w.flags[i - 1] & AUX
        return i == 0 or w.tags[i - 1] in ("IN", "CC", '"', "(")
    if t in _STARTERS:
        if t == "DT" and w.flags[i] & RELATIVE:
            # "that attack", "That is a rise"; never "claiming that drones ...":
            # "that" determines no plural.
            return not _plural_follows(w, i + 1)
        return True
    return t in ("WP",) and (i == 0 or w.tags[i - 1] in ("IN", "TO", '"', "("))


_COMMON = frozenset(("NN", "NNS"))


def _inside(w: Words, k: int, started: bool) -> bool:
    """Can token k continue (or start, when not `started`) a noun phrase?"""
    t = w.tags[k]
    if t == ABBREVIATION:
        return started  # "Gen. Haftar", "Lt. Gen. Prosper Avril"
    if not started and t in ADV:
        return _can_start(w, k)  # "most West Africans"
    if t in NOUN or t in ADJ or t in ("CD", "$", "#", "VBG", "VBN", "POS"):
        if t in ("VBG", "VBN"):
            # "the attacking forces", never "cartoons depicting Islam".
            prev = w.tags[k - 1] if k else ""
            if not started:
                return t == "VBN" and _can_start(w, k)
            return prev not in NOUN and _noun_follows(w, k + 1)
        return t != "POS"
    if t in ADV and started and k + 1 < len(w.tags) and w.tags[k + 1] in ADJ_OR_VBN:
        return _noun_follows(w, k + 1)  # "a very large crowd", "closely watched"
    if (
        t == "CC"
        and started
        and w.tags[k - 1] in ADJ
        and k + 1 < len(w.tags)
        and w.tags[k + 1] in ADJ
    ):
        return _noun_follows(w, k + 1)  # "French political and military officials"
    if (
        t == "CC"
        and started
        and w.tags[k - 1] in ADJ
        and k + 2 < len(w.tags)
        and w.tags[k + 1] in PROPER
        and w.tags[k + 2] in _COMMON
    ):
        return True  # "Georgian and EU flags": a name as the second modifier
    return t == ":" and w.words[k] == "-" and started and _noun_follows(w, k + 1)


def _noun_follows(w: Words, k: int) -> bool:
    """Does a noun come at k after at most three adjectives or participles?"""
    n = len(w.tags)
    for j in range(k, min(n, k + 4)):
        t = w.tags[j]
        if t in NOUN or t == "CD":
            return True
        if t not in ADJ and t not in ("VBG", "VBN"):
            return False
    return False


def _headless(w: Words, det: int | None, possessed: bool, j: int, k: int) -> int | None:
    """The head of a phrase with no noun: "the wounded", "those", "all"."""
    if (det is not None or possessed) and k > j and w.tags[k - 1] in ADJ_OR_VBN:
        return k - 1  # "the wounded", "Israel's military"
    if det is not None and k == j and w.low[det] in _DET_HEADS:
        return det  # "those who fled", "some of the rebels"
    if det is not None and k == j and j < len(w.tags) and w.tags[j] in ADJ_OR_VBN:
        return j  # "the wounded were taken", "the accused include"
    if (
        det is None
        and k == j + 1
        and w.flags[j] & QUANTIFIER
        and k < len(w.tags)
        and (w.low[k] == "of" or w.tags[k] in VERB_OR_MODAL)
    ):
        return j  # "most of the victims", "Most have been held"
    return None


def _pronoun(w: Words, i: int) -> NounPhrase:
    return noun_phrase(start=i, end=i + 1, head=i, pronoun=True)


def _after_possessive(w: Words, head: int, out: list[NounPhrase]) -> int:
    """Mark `out[-1]` a possessor if a possessive follows; return where to go on.

    Returns the index after the possessive marker, or -1 when there is none.
    """
    n = len(w.tags)
    if w.possessive[head] and w.tags[head] != "POS":
        nxt = head + 1
    elif head + 1 < n and w.possessive[head + 1]:
        nxt = head + 2
    else:
        return -1
    if (
        nxt >= n
        or not (_inside(w, nxt, True) or w.tags[nxt] in ("VB", "VBP"))
        or w.tags[nxt] == "POS"
    ):
        # "Sotheby's of Hong Kong announced", "at the president's": a phrase of
        # its own, possessing nothing written after it.
        out[-1] = attrs.evolve(out[-1], end=nxt)
        return -1
    out[-1] = attrs.evolve(out[-1], end=nxt, possessive=True)
    return nxt
