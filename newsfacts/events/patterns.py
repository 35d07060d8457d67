"""CAMEO verb patterns: a verb with its object, particle and phrases -> a code.

The patterns are data (`events/data/verb_patterns.tsv`, `verbs.tsv`,
`word_classes.tsv`), built by `scripts/build_verb_patterns.py` from PETRARCH2's
verb dictionary and adapted to the CAMEO codebook (`verb_overrides.tsv`). A
verb belongs to a synonym block; the block's patterns say what the verb codes
with a given object ("strike a deal" 057, "strike the convoy" 190), particle
("give up" 080) or prepositional phrase ("call for a ceasefire" 0256), and
negative patterns say when it codes nothing ("killed in an accident").

`match_verb` takes plain lemmas and word lists, so it does not depend on how
the clause was read: the most specific matching pattern wins.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from .._data import iter_rows, lazy
from ..language.morphology import VERB_PREFIXES
from .lexicon import noun_forms, verb_forms

__all__ = [
    "NO_EVENT",
    "VerbMatch",
    "has_patterns",
    "inflections",
    "lemma_of",
    "match_verb",
    "takes_particle",
    "verb_lemmas",
    "verb_words",
    "word_class",
]

NO_EVENT = "---"
"""`VerbMatch.code` of a negative pattern: the verb reports no event here."""


@attrs.frozen(slots=True)
class VerbMatch:
    """The code a verb phrase gets, and the rule that gave it.

    `code` is a CAMEO code, or `NO_EVENT`; "" when only `reverse` is coded
    (the target acts on the source: "appeared before the court" is the court's
    173). `military` is the code to use instead when the source is an armed
    force (violence: 18x otherwise, 19x for armed forces). `rule` names the
    data row: "verb_patterns:LINE" or "verbs:LINE" (the dictionary's line), with
    "+override-id" when the codebook adaptation changed it. `names_object` says
    the pattern names the object's words ("express CONCERN", "strike a DEAL"):
    the object is part of what the act is called.
    """

    code: str
    reverse: str = ""
    military: str = ""
    rule: str = ""
    names_object: bool = False

    @property
    def is_event(self) -> bool:
        """Whether the phrase reports an event (not a negative pattern)."""
        return self.code != NO_EVENT


@attrs.frozen(slots=True)
class _Verb:
    lemma: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    block: str
    code: str
    reverse: str
    military: str
    rule: str


@attrs.frozen(slots=True)
class _Pattern:
    verbs: frozenset[str]
    subject: tuple[str, ...]
    particle: str
    obj: tuple[str, ...]
    preps: tuple[tuple[frozenset[str], tuple[str, ...]], ...]
    code: str
    reverse: str
    military: str
    rule: str
    line: int
    order: int = 0
    """The pattern's place in its block: of equal keys, the first wins."""


def _rule(kind: str, line: str, override: str) -> str:
    return f"{kind}:{line}" + (f"+{override}" if override else "")


@lazy
def _classes() -> dict[str, frozenset[str]]:
    """Word class name (`&CEASEFIRE`) -> its phrases, with generated plurals."""
    out: dict[str, set[str]] = {}
    for name, phrase, plural in iter_rows("events/data/word_classes.tsv"):
        forms = out.setdefault(name, set())
        forms.add(phrase)
        if plural == "yes":
            *rest, last = phrase.split(" ")
            forms.update(" ".join([*rest, f]) for f in noun_forms(last))
    return {k: frozenset(v) for k, v in out.items()}


def word_class(name: str) -> frozenset[str]:
    """The phrases of a word class (`"&TREATY"`), empty when there is none."""
    return _classes().get(name, frozenset())


@lazy
def _verbs() -> dict[str, tuple[_Verb, ...]]:
    out: dict[str, list[_Verb]] = {}
    for row in iter_rows("events/data/verbs.tsv"):
        lemma, before, after, block, code, reverse, military, _f, override, line = row
        out.setdefault(lemma, []).append(
            _Verb(
                lemma,
                tuple(before.split()),
                tuple(after.split()),
                block,
                code,
                reverse,
                military,
                _rule("verbs", line, override),
            )
        )
    return {k: tuple(v) for k, v in out.items()}


@lazy
def _forms() -> dict[str, str]:
    """Inflected form -> lemma, from the dictionary's forms and regular rules.

    A verb whose irregular forms the dictionary lists takes its past forms from
    them ("strike": "struck", not "striked"). A "lemma" of the dictionary that
    is itself a form of another verb ("killed" of "killed and") maps to that
    verb."""
    out: dict[str, str] = {}
    rows = sorted(iter_rows("events/data/verbs.tsv"), key=lambda r: (r[0], r[9]))
    for row in rows:
        lemma, forms = row[0], row[7]
        listed = {f for f in forms.split("|") if f}
        past = tuple(sorted(f for f in listed if not f.endswith(("s", "ing"))))
        generated, _base = verb_forms(lemma, {lemma: past} if past else {})
        for form in sorted(listed | generated):
            if form != lemma:
                out.setdefault(form, lemma)
    for row in rows:
        out.setdefault(row[0], row[0])
    return out


def _prep_set(prep: str) -> frozenset[str]:
    return frozenset(prep.split("/"))  # "(BY/WITH PROTESTS)"


# A prepositional phrase of a pattern: its prepositions and its words.
_PrepPhrase = tuple[frozenset[str], tuple[str, ...]]


@lazy
def _patterns() -> dict[str, tuple[_Pattern, ...]]:
    out: dict[str, list[_Pattern]] = {}
    # Equal sets of words and equal phrases are one object each: most patterns
    # name no verb (one empty set, not 4,700) and a few prepositional phrases
    # serve thousands. Each frozenset, and each tuple holding one, is an object
    # the garbage collector walks on every full pass.
    sets: dict[frozenset[str], frozenset[str]] = {}
    one_phrase: dict[_PrepPhrase, _PrepPhrase] = {}
    one_list: dict[tuple[_PrepPhrase, ...], tuple[_PrepPhrase, ...]] = {}
    for row in iter_rows("events/data/verb_patterns.tsv"):
        block, verbs, subject, particle, obj, preps, code = row[:7]
        reverse, military, override, line = row[7:11]
        phrases = []
        for item in preps.split("; ") if preps else ():
            prep, _sp, words = item.partition(" ")
            prep_set = _prep_set(prep)
            phrase = (sets.setdefault(prep_set, prep_set), tuple(words.split()))
            phrases.append(one_phrase.setdefault(phrase, phrase))
        verb_set = frozenset(verbs.split())
        listed = tuple(phrases)
        out.setdefault(block, []).append(
            _Pattern(
                sets.setdefault(verb_set, verb_set),
                tuple(subject.split()),
                particle,
                tuple(obj.split()),
                one_list.setdefault(listed, listed),
                code,
                reverse,
                military,
                _rule("verb_patterns", line, override),
                int(line),
                len(out.get(block, ())),
            )
        )
    return {k: tuple(v) for k, v in out.items()}


def takes_particle(lemma: str, particle: str) -> bool:
    """Whether the dictionary has the verb with this particle ("hand over"):
    then "handed over 700 kg" is the phrasal verb, where "freed over 150
    prisoners" is an amount."""
    return any(v.after[:1] == (particle,) for v in _senses(lemma))


def has_patterns(lemma: str) -> bool:
    """Whether the verb has a sense in the dictionary: else `match_verb` gives
    None whatever its complements, and they need not be read."""
    return bool(_senses(lemma))


@functools.lru_cache(maxsize=8192)
def _senses(lemma: str) -> tuple[_Verb, ...]:
    """The dictionary senses of a verb (see `_entry`), remembered: every
    clause asks for its verb's, and news repeats its verbs."""
    return _verbs().get(_entry(lemma), ())


@functools.lru_cache(maxsize=8192)
def _sense_blocks(lemma: str) -> tuple[tuple[_Verb, str, _Block | None], ...]:
    """Each of `_senses(lemma)` with what `match_verb` reads of it for every
    clause: the verb's words as a pattern names them ("give up") and its
    synonym block's patterns (None when the block has none)."""
    blocks = _blocks()
    return tuple(
        (v, " ".join((v.lemma, *v.after)), blocks.get(v.block)) for v in _senses(lemma)
    )


def _entry(lemma: str) -> str:
    """The dictionary's lemma for a verb: a verb with a prefix that repeats its
    act, unknown itself, is its base ("re-arrest" is "arrest"); a British
    spelling the dictionary lacks is its American one ("penalise" is
    "penalize", "analyse" "analyze")."""
    low = lemma.lower()
    verbs = _verbs()
    if low in verbs:
        return low
    if low.startswith(VERB_PREFIXES):
        return low.partition("-")[2]
    if low.endswith(("ise", "yse")):
        american = low[:-2] + "ze"
        if american in verbs:
            return american
    return low


def verb_lemmas() -> frozenset[str]:
    """Every verb lemma of the patterns."""
    return frozenset(_verbs())


def lemma_of(word: str) -> str | None:
    """The verb lemma of an inflected form ("struck" -> "strike"), or None."""
    return _forms().get(word.lower())


def verb_words() -> frozenset[str]:
    """Every form of every verb of the patterns, lemmas included."""
    return frozenset(_forms())


def inflections(lemma: str) -> frozenset[str]:
    """Every form of a verb of the patterns: the listed irregular forms and the
    regular ones."""
    return frozenset(form for form, base in _forms().items() if base == lemma)


# --------------------------------------------------------------------- matching
#
# Matching is a few dictionary look-ups a call: the forms a pattern word
# matches, the phrases of a word class by their last word, and each block's
# patterns by the words their object or subject can end with and by the
# preposition of their first phrase are all computed once, at first use; a
# clause is scored only against the patterns its words can satisfy.


def _singulars(plural: str) -> list[str]:
    """The nouns whose plural `plural` may be ("talks" <- "talk")."""
    out = []
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", "")):
        if plural.endswith(suffix) and len(plural) > len(suffix):
            out.append(plural[: -len(suffix)] + repl)
    return out


@functools.lru_cache(maxsize=8192)
def _word_forms(item: str) -> frozenset[str]:
    """The text words a pattern word matches, singular or plural ("talks",
    "talk"): its own forms, and the singular it is the plural of."""
    item = item.replace("_", " ")
    forms = set(noun_forms(item))
    forms.update(w for w in _singulars(item) if item in noun_forms(w))
    return frozenset(forms)


@lazy
def _class_index() -> dict[str, dict[str, tuple[tuple[frozenset[str], ...], ...]]]:
    """Word class -> the last word of a phrase -> the phrases (word matchers,
    in order) ending with it."""
    out: dict[str, dict[str, list[tuple[frozenset[str], ...]]]] = {}
    for name, phrases in _classes().items():
        by_last = out.setdefault(name, {})
        for phrase in sorted(phrases):
            parts = tuple(_word_forms(w) for w in phrase.split(" "))
            for form in parts[-1]:
                by_last.setdefault(form, []).append(parts)
    return {
        name: {w: tuple(v) for w, v in by_last.items()} for name, by_last in out.items()
    }


def _item_matches(item: str, words: Sequence[str], at: int) -> bool:
    """Pattern item `item` (a word or `&CLASS`) matches the words ending at `at`."""
    if item.startswith("&"):
        for parts in _class_index().get(item, {}).get(words[at], ()):
            start = at - len(parts) + 1
            if start >= 0 and all(
                w in forms
                for forms, w in zip(parts, words[start : at + 1], strict=True)
            ):
                return True
        return False
    return words[at] in _word_forms(item)


def _head_words(item: str) -> frozenset[str]:
    """Every text word a noun phrase matched by `item` can end with."""
    if item.startswith("&"):
        return frozenset(_class_index().get(item, {}))
    return _word_forms(item)


@attrs.frozen(slots=True)
class _Block:
    """A block's patterns: those naming no object words (any object) and no
    prepositional phrase; those naming no object words but a phrase, by each
    preposition the first phrase may have (most clauses have none of them, and
    their patterns need not be tried); those naming only a subject, by the
    words it can end with; and those naming an object, by the words it can end
    with.

    Which patterns are tried, and in what order, changes nothing but the
    cost: `match_verb` ranks each by where it stands among the verb's senses
    and in its block, as well as by its score."""

    free: tuple[_Pattern, ...]
    by_prep: dict[str, tuple[_Pattern, ...]]
    by_subject: dict[str, tuple[_Pattern, ...]]
    by_head: dict[str, tuple[_Pattern, ...]]


@lazy
def _blocks() -> dict[str, _Block]:
    out: dict[str, _Block] = {}
    # One tuple for each distinct list of patterns: the forms of a head word
    # ("talk", "talks") list the same patterns, and some 36,000 lists are
    # 3,800 distinct ones. A tuple of records is an object the garbage
    # collector walks on every full pass for the life of the process.
    shared: dict[tuple[int, ...], tuple[_Pattern, ...]] = {}

    def one(ps: list[_Pattern]) -> tuple[_Pattern, ...]:
        return shared.setdefault(tuple(map(id, ps)), tuple(ps))

    for block, patterns in _patterns().items():
        free: list[_Pattern] = []
        by_prep: dict[str, list[_Pattern]] = {}
        by_subject: dict[str, list[_Pattern]] = {}
        by_head: dict[str, list[_Pattern]] = {}
        for p in patterns:
            if p.obj and p.obj != ("~",):
                for w in _head_words(p.obj[-1]):
                    by_head.setdefault(w, []).append(p)
            elif p.preps:
                for prep in sorted(p.preps[0][0]):
                    by_prep.setdefault(prep, []).append(p)
            elif p.subject:
                for w in _head_words(p.subject[-1]):
                    by_subject.setdefault(w, []).append(p)
            else:
                free.append(p)
        out[block] = _Block(
            one(free),
            {w: one(v) for w, v in by_prep.items()},
            {w: one(v) for w, v in by_subject.items()},
            {w: one(v) for w, v in by_head.items()},
        )
    return out


def _np_score(items: Sequence[str], words: Sequence[str]) -> int:
    """How well a pattern noun phrase (head last) matches a text noun phrase
    (head last): 0 when it does not, else 1 + the modifiers matched."""
    if not items:
        return 1
    if not words or not _item_matches(items[-1], words, len(words) - 1):
        return 0
    for item in items[:-1]:
        if not any(_item_matches(item, words, k) for k in range(len(words))):
            return 0
    return len(items)


@attrs.frozen(slots=True)
class _Phrase:
    """What the caller says about the verb's clause, normalised."""

    particle: str
    obj: tuple[str, ...]
    preps: tuple[tuple[str, tuple[str, ...]], ...]
    subject: tuple[str, ...]


def _pattern_score(p: _Pattern, ph: _Phrase, particle_free: bool) -> int:
    """The specificity of pattern `p` for the phrase, or -1 when it fails."""
    score = 0
    if p.particle:
        if p.particle != ph.particle:
            return -1
        score += 1
    elif ph.particle and not particle_free:
        return -1  # "shot up": a phrasal verb the pattern does not name
    if p.obj == ("~",):
        if ph.obj:
            return -1
        score += 1
    elif p.obj:
        s = _np_score(p.obj, ph.obj)
        if not s:
            return -1
        score += 1 + s
    if p.subject:
        s = _np_score(p.subject, ph.subject)
        if not s:
            return -1
        score += 1 + s
    used: set[int] = set()
    for preps, words in p.preps:
        # the first of the phrase's prepositional phrases not used yet that fits
        for hit, (prep, np) in enumerate(ph.preps):
            if hit not in used and prep in preps and _np_score(words, np):
                break
        else:
            return -1
        used.add(hit)
        score += 1 + (_np_score(words, ph.preps[hit][1]) if words else 0)
    return score


_SPATIAL_PARTICLES = frozenset(("in", "on", "over", "around", "through"))
"""Particles of a verb with no object ("give in", "hold on") that are
prepositions too: after an object, the word opens a phrase of place, no
particle ("gave a speech in Warsaw" is no "give in", yielding)."""


def _fits(v: _Verb, ph: _Phrase) -> tuple[bool, bool]:
    """Whether a multi-word verb ("give up", "ask for", "take shape") fits the
    phrase, and whether it takes up the phrase's particle."""
    if v.before:
        return False, False  # words before the verb are not given
    if not v.after:
        return True, False
    after = " ".join(v.after)
    if after == ph.particle:
        return True, True
    if (
        len(v.after) == 1
        and any(prep == after for prep, _np in ph.preps)
        and not (after in _SPATIAL_PARTICLES and ph.obj)
    ):
        return True, False
    n = len(v.after)
    return tuple(ph.obj[-n:]) == v.after, False


def match_verb(
    lemma: str,
    particle: str | None = None,
    obj: Sequence[str] = (),
    preps: Sequence[tuple[str, Sequence[str]]] = (),
    subject: Sequence[str] = (),
) -> VerbMatch | None:
    """The code of a verb group and its complements, by the most specific
    pattern of the verb's synonym blocks.

    `lemma` is the verb's lemma ("strike"), `particle` its particle ("up"),
    `obj` the words of its object noun phrase (head last, lemmas or forms:
    ["peace", "deal"]), `preps` its prepositional phrases [("with", ["iran"])],
    `subject` the words of its subject noun phrase (head last). Returns None
    when no pattern matches and the verb codes nothing alone (or is unknown);
    a `VerbMatch` with `code == NO_EVENT` for a negative pattern.
    """
    senses = _sense_blocks(lemma)
    if not senses:
        return None
    lower = str.lower
    ph = _Phrase(
        lower(particle or ""),
        tuple(map(lower, obj)),
        tuple([(lower(p), tuple(map(lower, np))) for p, np in preps]),
        tuple(map(lower, subject)),
    )
    # The best is the most specific (score, names a verb, -line); of equal
    # ones, the first of the verb's senses, the sense's own code before its
    # block's patterns, and those in block order.
    best: tuple[tuple[int, int, int, int, int], VerbMatch] | None = None
    head = ph.obj[-1] if ph.obj else ""
    have = dict.fromkeys([prep for prep, _np in ph.preps])
    for n, (v, phrase, block) in enumerate(senses):
        fits, took_particle = _fits(v, ph)
        if not fits:
            continue
        particle_free = took_particle or not ph.particle
        if particle_free and v.code != NO_EVENT:
            key = (len(v.after), 1 if v.after else 0, 0, -n, 0)
            if best is None or key > best[0]:
                best = (key, VerbMatch(v.code, v.reverse, v.military, v.rule))
        if block is None:
            continue
        candidates = [*block.free]
        for prep in have:
            candidates.extend(block.by_prep.get(prep, ()))
        if head:
            candidates.extend(block.by_head.get(head, ()))
        if ph.subject:
            candidates.extend(block.by_subject.get(ph.subject[-1], ()))
        for p in candidates:
            if p.verbs and phrase not in p.verbs and v.lemma not in p.verbs:
                continue
            score = _pattern_score(p, ph, took_particle)
            if score <= 0:
                continue
            key = (score, 1 if p.verbs else 0, -p.line, -n, -1 - p.order)
            if best is None or key > best[0]:
                named = bool(p.obj) and p.obj != ("~",)
                best = (
                    key,
                    VerbMatch(p.code, p.reverse, p.military, p.rule, named),
                )
    return best[1] if best is not None else None
