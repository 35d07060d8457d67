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

from . import lexicon
from ._tokens import ADJ, ADV, NOUN, PROPER, VERB, Words, lemma_function, prepare
from .verbs import VerbGroup, verb_groups

__all__ = ["Attachment", "Chunks", "NounPhrase", "VerbGroup", "chunk", "chunk_words"]


@attrs.frozen(slots=True, repr=False)
class Attachment:
    """A prepositional phrase attached to a noun phrase: "on" + NP "the convoy"."""

    prep: int  # token index of the preposition
    np: int  # index into Chunks.nps of the preposition's object

    def __repr__(self) -> str:
        return f"Attachment(prep@{self.prep} np#{self.np})"


@attrs.frozen(slots=True, repr=False)
class NounPhrase:
    """A noun phrase: token span `[start, end)` of the sentence, its head and parts.

    `determiner` is the token of "the"/"a"/"his"... (None when a possessor
    determines it); `premodifiers` are the tokens between determiner and head;
    `possessor` is the index (in `Chunks.nps`) of the nested possessor phrase,
    whose own `possessive` is True. `proper` says the head is a proper noun,
    `pronoun` that the phrase is a pronoun. `attachments` are the prepositional
    phrases safely attached to it; `apposition` the phrase in apposition;
    `conjuncts` the phrases coordinated with it (set on the first conjunct only).
    """

    start: int
    end: int
    head: int
    determiner: int | None = None
    premodifiers: tuple[int, ...] = ()
    possessor: int | None = None
    possessive: bool = False
    proper: bool = False
    pronoun: bool = False
    attachments: tuple[Attachment, ...] = ()
    apposition: int | None = None
    conjuncts: tuple[int, ...] = ()

    def __repr__(self) -> str:
        bits = [f"head@{self.head}"]
        bits += [f for f in ("proper", "pronoun", "possessive") if getattr(self, f)]
        if self.possessor is not None:
            bits.append(f"possessor#{self.possessor}")
        if self.attachments:
            bits.append("pp=" + ",".join(f"{a.prep}>#{a.np}" for a in self.attachments))
        if self.apposition is not None:
            bits.append(f"apposition#{self.apposition}")
        if self.conjuncts:
            bits.append("and=" + ",".join(f"#{c}" for c in self.conjuncts))
        return f"NounPhrase[{self.start}:{self.end}]({' '.join(bits)})"


@attrs.frozen(slots=True)
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
    n = len(w)
    if blocked and len(blocked) != n:
        raise ValueError(f"{n} words but {len(blocked)} blocked flags")
    nps = _noun_phrases(w, blocked)
    inside = [False] * n
    for p in nps:
        for k in range(p.start, p.end):
            # A pronoun carrying an auxiliary ("it's") also starts a verb group.
            inside[k] = not w.aux_clitic[k]
    if blocked:
        inside = [a or b for a, b in zip(inside, blocked, strict=True)]
    verbs = _repair(w, nps, verb_groups(w, lemma_function(), inside))
    nps = _relations(w, nps, verbs)
    return Chunks(w, tuple(nps), tuple(verbs))


_REACH = 12  # tokens looked ahead for the verb a reduced relative leaves to its noun
_OBJECT_TAGS = frozenset({"DT", "PRP$", "CD", "NNP", "NNPS", "NNS", "NN", "PRP", "JJ"})


def _repair(
    w: Words, nps: Sequence[NounPhrase], verbs: list[VerbGroup]
) -> list[VerbGroup]:
    """Fix the past tense / past participle confusion after a noun phrase.

    "Gunmen killed[VBN] one soldier": a bare participle after a noun with an
    object after it is the finite past. "Soldiers killed[VBD] in Ukraine were
    buried": a bare past after a noun, followed by a preposition and then, with
    no comma, conjunction or subject between, by a finite verb, is a reduced
    relative. The first pass runs left to right, the second reads its results.
    """
    n = len(w)
    np_end = [False] * (n + 1)
    np_from = [0] * (n + 1)  # where the phrase ending at a token starts
    for p in nps:
        np_end[p.end] = True
        np_from[p.end] = p.start
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
        seen_finite = seen_finite or out[idx].finite
    for idx, v in enumerate(out[:-1]):
        later = out[idx + 1]
        if (
            not v.auxiliaries
            and v.head == v.start
            and np_end[v.start]
            and v.tense == "past"
            and w.tags[v.head] == "VBD"
            and later.finite
            and later.start - v.end <= _REACH
            and _reduced_before(w, v, later, np_end, np_from)
        ):
            out[idx] = attrs.evolve(v, tense=None, voice="passive", form="participle")
    return out


def _finite_participle(
    w: Words, v: VerbGroup, np_from: Sequence[int], seen_finite: bool
) -> bool:
    """Is a bare participle after a noun phrase in fact the finite past?"""
    n = len(w)
    nxt = w.tags[v.end] if v.end < n else "."
    if w.low[v.start - 1] == "," and seen_finite:
        return False  # "..., a member of Hamas jailed in 2006"
    if nxt in _OBJECT_TAGS and not lexicon.has_class(w.low[v.end], "time_noun"):
        return True  # "Gunmen killed one soldier", ", held talks with"
    if v.end < n and w.low[v.end] == "that":
        return True  # "the report alleged that"
    return nxt == "TO" and _after_subordinator(w, np_from[v.start])


def _reduced_before(
    w: Words,
    v: VerbGroup,
    later: VerbGroup,
    np_end: Sequence[bool],
    np_from: Sequence[int],
) -> bool:
    """Only prepositional phrases and times between v and the finite `later`?"""
    n = len(w)
    nxt = w.tags[v.end] if v.end < n else "."
    if nxt not in ("IN", "RB", "TO") and not (
        v.end < n and lexicon.has_class(w.low[v.end], "time_noun")
    ):
        return False
    if any(
        w.low[k] in (",", ";", ":", "and", "or", "but", "that")
        or w.tags[k] in ("WDT", "WP", "WRB")
        or lexicon.has_class(w.low[k], "subordinator")
        for k in range(v.end, later.start)
    ):
        return False
    k = later.start
    if np_end[k] and k > v.end:
        # The phrase before the finite verb is a preposition's object or a
        # time, never its subject ("said Wednesday she hoped" is no relative).
        start = np_from[k]
        before = w.tags[start - 1] if start > 0 else ""
        return before in ("IN", "TO") or lexicon.has_class(w.low[k - 1], "time_noun")
    return True


def _after_subordinator(w: Words, start: int) -> bool:
    """Does the phrase starting at `start` follow a subordinator ("as the leader")?"""
    return start > 0 and lexicon.has_class(w.low[start - 1], "subordinator")


def _shared_chain(w: Words, prev: VerbGroup, v: VerbGroup) -> VerbGroup | None:
    """ "have shot and killed", "emphasized ... and also expressed[VBN]": a bare
    participle after "and" shares the tense of the verb group it joins."""
    k = v.start - 1
    while k > prev.end and w.tags[k] in ADV:
        k -= 1
    if k < prev.end or w.low[k] not in ("and", "or", "but"):
        return None
    if prev.auxiliaries and w.tags[prev.head] == "VBN" and k == prev.end:
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


_STARTERS = NOUN | ADJ | frozenset({"DT", "PDT", "PRP$", "CD", "PRP", "EX", "$", "#"})
_DET_HEADS = frozenset(
    "this that these those all both some any each either neither none another".split()
)


def _noun_phrases(w: Words, blocked: Sequence[bool]) -> list[NounPhrase]:
    """Base noun phrases with possessors nested, left to right."""
    n = len(w)
    tags = w.tags
    out: list[NounPhrase] = []
    i = 0
    possessor: int | None = None
    while i < n:
        if blocked and blocked[i]:
            i += 1
            possessor = None
            continue
        t = tags[i]
        if possessor is None and not _can_start(w, i):
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
        if possessor is None and det is None:
            j += _number_modifier(w, j)  # "at least 10 people", "about 100"
        k = j
        last_head = -1
        if possessor is not None and tags[j] in ("VB", "VBP"):
            last_head = j  # "Israel's wish[VBP]": what a possessor owns is a noun
            k = n
        while k < n and not (blocked and blocked[k]) and _inside(w, k, k > start):
            if k > start and (
                _day_after_noun(w, k) or lexicon.has_class(w.low[k], "time_adverb")
            ):
                break  # "gunships Saturday pounded", "the Council today agreed"
            if k > j and tags[k] in PROPER and _month_or_day(w, k - 1):
                break  # "In late December Mr. Chavez": the date ends there
            if k > j and tags[k] in ADJ and tags[k - 1] in ("NN", "NNS"):
                break  # "resume talks next week": an adjective opens a new phrase
            if tags[k] in NOUN or tags[k] == "CD":
                last_head = k
            if w.possessive[k] and tags[k] != "POS":
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
        prem = tuple(x for x in range(det + 1 if det is not None else i, last_head))
        out.append(
            NounPhrase(
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
        nxt = _after_possessive(w, last_head, out)
        if nxt >= 0:
            possessor = len(out) - 1
            i = nxt
        else:
            i = end
    return out


def _number_modifier(w: Words, i: int) -> int:
    """Tokens of "at least" / "about" before a number at i (0 when none)."""
    if i >= len(w):
        return 0
    size = lexicon.phrase_at(w.low, i, "quantifier.number") or (
        1 if lexicon.has_class(w.low[i], "quantifier.number") else 0
    )
    return size if size and i + size < len(w) and w.tags[i + size] == "CD" else 0


def _plural_follows(w: Words, k: int) -> bool:
    """Is the next noun within three tokens a plural?"""
    for j in range(k, min(len(w), k + 4)):
        if w.tags[j] in NOUN:
            return w.tags[j] in ("NNS", "NNPS")
    return False


def _day_after_noun(w: Words, k: int) -> bool:
    """A capitalised day or month name after a common noun, before no noun."""
    return (
        w.tags[k] in PROPER
        and w.tags[k - 1] in ("NN", "NNS")
        and lexicon.has_class(w.low[k], "time_noun")
        and not (k + 1 < len(w) and w.tags[k + 1] in NOUN)
    )


def _month_or_day(w: Words, k: int) -> bool:
    return w.tags[k] in PROPER and lexicon.has_class(w.low[k], "time_noun")


def _can_start(w: Words, i: int) -> bool:
    t = w.tags[i]
    if t == "DT" and w.aux_clitic[i]:
        return True  # "that's"
    if _number_modifier(w, i):
        return True
    if t == "VBN" and i + 1 < len(w) and w.tags[i + 1] in NOUN:
        # "Armed men", "Suspected U.S. drones": at a phrase's start a participle
        # before a noun modifies it.
        return i == 0 or w.tags[i - 1] in ("IN", "CC", '"', "(")
    if t in _STARTERS:
        if t == "DT" and lexicon.has_class(w.low[i], "pronoun.relative"):
            # "that attack", "That is a rise"; never "claiming that drones ...":
            # "that" determines no plural.
            return not _plural_follows(w, i + 1)
        return True
    return t in ("WP",) and (i == 0 or w.tags[i - 1] in ("IN", "TO", '"', "("))


def _inside(w: Words, k: int, started: bool) -> bool:
    """Can token k continue (or start, when not `started`) a noun phrase?"""
    t = w.tags[k]
    if t in NOUN or t in ADJ or t in ("CD", "$", "#", "VBG", "VBN", "POS"):
        if t in ("VBG", "VBN"):
            # "the attacking forces", never "cartoons depicting Islam".
            prev = w.tags[k - 1] if k else ""
            if not started:
                return t == "VBN" and _can_start(w, k)
            return prev not in NOUN and _noun_follows(w, k + 1)
        return t != "POS"
    if t in ADV and started and k + 1 < len(w) and w.tags[k + 1] in ADJ:
        return _noun_follows(w, k + 1)  # "a very large crowd"
    if (
        t == "CC"
        and started
        and w.tags[k - 1] in ADJ
        and k + 1 < len(w)
        and w.tags[k + 1] in ADJ
    ):
        return _noun_follows(w, k + 1)  # "French political and military officials"
    return t == ":" and w.words[k] == "-" and started and _noun_follows(w, k + 1)


def _noun_follows(w: Words, k: int) -> bool:
    """Does a noun come at k after at most three adjectives or participles?"""
    n = len(w)
    for j in range(k, min(n, k + 4)):
        t = w.tags[j]
        if t in NOUN or t == "CD":
            return True
        if t not in ADJ and t not in ("VBG", "VBN"):
            return False
    return False


def _headless(w: Words, det: int | None, possessed: bool, j: int, k: int) -> int | None:
    """The head of a phrase with no noun: "the wounded", "those", "all"."""
    if (det is not None or possessed) and k > j and w.tags[k - 1] in ADJ | {"VBN"}:
        return k - 1  # "the wounded", "Israel's military"
    if det is not None and k == j and w.low[det] in _DET_HEADS:
        return det  # "those who fled", "some of the rebels"
    if det is not None and k == j and j < len(w) and w.tags[j] in ADJ | {"VBN"}:
        return j  # "the wounded were taken", "the accused include"
    if (
        det is None
        and k == j + 1
        and lexicon.has_class(w.low[j], "quantifier")
        and k < len(w)
        and (w.low[k] == "of" or w.tags[k] in VERB | {"MD"})
    ):
        return j  # "most of the victims", "Most have been held"
    return None


def _pronoun(w: Words, i: int) -> NounPhrase:
    return NounPhrase(start=i, end=i + 1, head=i, pronoun=True)


def _after_possessive(w: Words, head: int, out: list[NounPhrase]) -> int:
    """Mark `out[-1]` a possessor if a possessive follows; return where to go on.

    Returns the index after the possessive marker, or -1 when there is none.
    """
    n = len(w)
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
        out[-1] = attrs.evolve(out[-1], end=nxt, possessive=True)
        return -1
    out[-1] = attrs.evolve(out[-1], end=nxt, possessive=True)
    return nxt


# ---------------------------------------------------------------- relations

_SEPARATORS = frozenset({",", "and", "or"})


def _relations(
    w: Words, nps: list[NounPhrase], verbs: Sequence[VerbGroup]
) -> list[NounPhrase]:
    """Attach prepositional phrases, then find appositions and coordination."""
    n = len(w)
    if not nps:
        return nps
    np_at = [-1] * (n + 1)  # the top-level phrase starting at a token
    for idx, p in enumerate(nps):
        if not p.possessive:
            np_at[p.start] = idx
    verb_end = [False] * (n + 1)
    verb_start = [False] * (n + 1)
    for v in verbs:
        verb_end[v.end] = True
        verb_start[v.start] = v.form == "finite"
    attach: list[list[Attachment]] = [[] for _ in nps]
    attached_to = [-1] * len(nps)  # which phrase a phrase's PP hangs from
    via = [""] * len(nps)
    objpos = [False] * len(nps)  # a verb's object, or hangs from one
    verbal = [False] * len(nps)  # the object of a verb's preposition
    seen_verb = [False] * (n + 1)
    for k in range(1, n + 1):
        seen_verb[k] = seen_verb[k - 1] or verb_end[k]
    for idx, p in enumerate(nps):
        if p.possessive:
            continue
        objpos[idx] = _object_position(w, p, verb_end) or (
            attached_to[idx] >= 0 and objpos[attached_to[idx]]
        )
        verbal[idx] = (
            attached_to[idx] < 0
            and p.start > 0
            and w.tags[p.start - 1] in ("IN", "TO")
            and seen_verb[p.start]
        )
        k = p.end
        if k + 1 >= n or not _preposition(w, k) or np_at[k + 1] < 0:
            continue
        obj = np_at[k + 1]
        prep = w.low[k]
        if lexicon.has_class(w.low[nps[obj].head], "pronoun.nominative"):
            continue  # "with he" is no phrase: "he" and "they" are subjects
        if lexicon.has_class(prep, "subordinator") and _finite_after(
            w, nps[obj].end, verb_start
        ):
            continue  # "fled after rebels attacked": a clause, not a phrase
        if verbal[idx] and lexicon.has_class(prep, "locative"):
            continue  # "arrested by police in Kabul": where the arrest was
        target = _pp_host(w, nps, idx, obj, prep, objpos, attached_to, via)
        if target >= 0:
            attach[target].append(Attachment(k, obj))
            attached_to[obj] = target
            via[obj] = prep
    extent = [p.end for p in nps]
    for idx in range(len(nps) - 1, -1, -1):
        for a in attach[idx]:
            extent[idx] = max(extent[idx], extent[a.np])
    appos, conj = _lists(w, nps, np_at, extent, verbs, attached_to)
    return [
        attrs.evolve(
            p,
            attachments=tuple(attach[i]),
            apposition=appos.get(i),
            conjuncts=tuple(conj.get(i, ())),
        )
        for i, p in enumerate(nps)
    ]


def _preposition(w: Words, k: int) -> bool:
    """Is token k a preposition by its tag and by the lexicon ("that" is not)?"""
    return w.tags[k] in ("IN", "TO") and lexicon.has_class(w.low[k], "preposition")


def _finite_after(w: Words, k: int, verb_start: Sequence[bool]) -> bool:
    """Does a finite verb group start at k, after two adverbs or a short aside?"""
    if k < len(w) and w.low[k] == ",":  # "after X, in her final days, pardoned"
        for j in range(k + 1, min(len(w), k + _ASIDE)):
            if w.low[j] == ",":
                k = j + 1
                break
    for j in range(k, min(len(w), k + 3)):
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
    if lexicon.has_class(w.low[nps[obj].head], "time_noun") and prep != "of":
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


def _object_position(w: Words, p: NounPhrase, verb_end: Sequence[bool]) -> bool:
    """Does the phrase follow a verb group directly (after at most one adverb)?"""
    return verb_end[p.start] or (
        p.start > 0 and w.tags[p.start - 1] in ADV and verb_end[p.start - 1]
    )


def _lists(
    w: Words,
    nps: Sequence[NounPhrase],
    np_at: Sequence[int],
    extent: Sequence[int],
    verbs: Sequence[VerbGroup],
    attached_to: Sequence[int],
) -> tuple[dict[int, int], dict[int, list[int]]]:
    """Appositions and coordinations among phrases separated by "," and "and"."""
    n = len(w)
    finite_start = [False] * (n + 1)
    for v in verbs:
        if v.form == "finite":
            finite_start[v.start] = True
    seen_finite = [False] * (n + 1)  # a finite verb starts before this token
    running = False
    for k in range(n + 1):
        seen_finite[k] = running
        running = running or (k < n and finite_start[k])
    np_end = [-1] * (n + 1)  # the phrase ending at a token (the last one wins)
    for idx, p in enumerate(nps):
        if not p.possessive:
            np_end[p.end] = idx
    appos: dict[int, int] = {}
    conj: dict[int, list[int]] = {}
    taken = [False] * len(nps)
    for idx, p in enumerate(nps):
        if p.possessive or taken[idx]:
            continue
        run, closed = _run(w, np_at, extent, idx)
        if len(run) < 2:
            continue
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
    time = [lexicon.has_class(w.low[nps[m].head], "time_noun") for m in run]
    if time[0] and not any(time[1:]):
        return True
    return after < len(w) and w.tags[after] in VERB | {"MD"}


def _run(
    w: Words, np_at: Sequence[int], extent: Sequence[int], first: int
) -> tuple[list[int], bool]:
    """Phrases joined to `first` by commas, closed (True) by "and"/"or" + phrase."""
    n = len(w)
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
    if any(lexicon.has_class(w.low[p.head], "time_noun") for p in (pa, pb)):
        return False
    k = extent[b]
    if k < len(w) and w.low[k] not in _CLOSERS:
        return False
    if k < len(w) and w.low[k] == "(":
        close = k + 1
        while close < min(len(w), k + 8) and w.low[close] != ")":
            close += 1
        if close + 1 < len(w) and w.tags[close + 1] in VERB | {"MD"}:
            return False  # "in Liberia, the World Food Program (WFP) said"
    return (pa.proper and pb.proper) or not (
        k + 1 < len(w)
        and w.low[k] == ","
        and lexicon.has_class(w.low[k + 1], "pronoun.relative")
    )


# Tags a verb's object may start with; used by `clauses` too.
OBJECT_START = NOUN | ADJ | VERB | frozenset({"DT", "PRP", "PRP$", "CD"})
