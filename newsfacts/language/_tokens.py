"""Per-token facts the chunk and clause rules read: tags, clitics, lemmas.

One pass over a sentence's (words, tags) computes, for every token, its lower
case form without a clitic, the clitic written on it ("n't", "'s", ...) and
whether an "'s" is a possessive or a short "is"/"has". Rules then look at these
arrays and never at spelling again, so they behave the same whether the text
layer splits clitics off ("do" "n't") or keeps them on the word ("don't").
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from itertools import compress, count
from operator import not_

import attrs

from .._data import lazy
from . import lexicon
from ._build import draft
from ._positions import where

__all__ = ["Words", "lemma_function", "prepare"]

NOUN = frozenset({"NN", "NNS", "NNP", "NNPS"})
PROPER = frozenset({"NNP", "NNPS"})
ADJ = frozenset({"JJ", "JJR", "JJS"})
VERB = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
ADV = frozenset({"RB", "RBR", "RBS"})
# A verb or a modal ("MD"), and an adjective or a past participle ("VBN"):
# tested per token by the phrase passes, so made once here.
VERB_OR_MODAL = VERB | {"MD"}
ADJ_OR_VBN = ADJ | {"VBN"}
# The internal tag of a title's or initial's period ("Gen" "." "Haftar").
ABBREVIATION = "ABBR"

# Spellings of the same tag by different treebank releases and taggers.
_TAG_SPELLING = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LCB-": "(",
    "-RCB-": ")",
    "``": '"',
    "''": '"',
    "HYPH": ":",
    "NFP": ":",
}

# Stems before which "'s" is "is" or "has", never a possessive ("it's", "that's").
_AUX_S_STEMS = ("pronoun", "expletive", "determiner.demonstrative", "pronoun.wh")


# The tag a pronoun-like host of an auxiliary clitic takes ("it's", "there's").
_HOST_TAGS = {
    "pronoun.wh": "WP",
    "expletive": "EX",
    "determiner.demonstrative": "DT",
    "pronoun": "PRP",
}


@attrs.frozen(slots=True, weakref_slot=False)
class Words:
    """A sentence's tokens with the facts the rules need, index by index."""

    words: tuple[str, ...]
    tags: tuple[str, ...]
    low: tuple[str, ...]  # lower case, without a clitic written on the word
    clitic: tuple[str, ...]  # "n't", "'s", "'re", ... written on the word, or ""
    possessive: tuple[bool, ...]  # the token is or carries a possessive 's / '
    aux_clitic: tuple[bool, ...]  # the token carries a short auxiliary ('s 're 'll n't)
    # The function-word classes of `low` as `lexicon` bits (`lexicon.TIME_NOUN`).
    flags: tuple[int, ...]
    # Tokens of a preposition of several words starting here ("according to"), 0
    # if none; and of a number's modifier ("at least", "about"), 0 if none.
    prep_size: tuple[int, ...]
    number_size: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.words)


def prepare(words: Sequence[str], tags: Sequence[str]) -> Words:
    """Compute the per-token facts of one sentence (linear time)."""
    if len(words) != len(tags):
        raise ValueError(f"{len(words)} words but {len(tags)} tags")
    n = len(words)
    tg = (
        list(tags)
        if _SPELLED.isdisjoint(tags)
        else list(map(_TAG_SPELLING.get, tags, tags))  # each tag, or its spelling
    )
    known = _FORMS
    forms = list(map(known.get, words))
    if None in forms:
        # Only the words met for the first time are read one by one.
        for i in compress(count(), map(not_, forms)):
            forms[i] = _form(words[i])
    low: Sequence[str]
    clitic: Sequence[str]
    fl: Sequence[int]
    marks: Sequence[int]
    # (Every form is a 4-tuple; zip's `strict` keyword would be parsed again
    # for every sentence.)
    low, clitic, fl, marks = zip(*forms) if n else ((), (), (), ())  # noqa: B905
    # The few tokens that may open a phrase of several words or carry a
    # clitic, found in one pass; only these are looked at again.
    special = where(marks)
    prep_size = [0] * n
    number_size = [0] * n
    for i in special:
        m = marks[i]
        if m & _OPENS_PREPOSITION:
            prep_size[i] = lexicon.phrase_at(low, i, "preposition")
        if m & _OPENS_NUMBER:
            number_size[i] = lexicon.phrase_at(low, i, "quantifier.number") or (
                1 if fl[i] & lexicon.QUANTIFIER_NUMBER else 0
            )
    # Only tokens with these tags, or a period, may be corrected below (each
    # correction changes token i alone, so they are read in order as before).
    for i in [i for i, t in enumerate(tg) if t in _RETAGGED or words[i] == "."]:
        if tg[i] == "FW":  # a foreign word is a noun here ("Khan was charged")
            tg[i] = "NNP" if words[i][:1].isupper() else "NN"
        if words[i] == "." and _abbreviation_period(words, i):
            tg[i] = ABBREVIATION  # "Gen" "." "Haftar": part of the name
        if (
            low[i] == "that"
            and tg[i] in ("IN", "WDT")
            and (i == 0 or words[i - 1] in _OPENERS)
            and i + 1 < n
            and tg[i + 1] in ("VBZ", "VBD", "MD")
        ):
            tg[i] = "DT"  # "That is a rise": a demonstrative opening a sentence
        if tg[i] == "PRP" and _name_not_pronoun(words, tg, i):
            tg[i] = "NNP"  # "the US", "US representatives"
        if low[i] == "to" and tg[i] == "IN" and i + 1 < n and tg[i + 1] == "VB":
            tg[i] = "TO"
        elif tg[i] == "VBG" and _prepositional(fl, prep_size, i):
            tg[i] = "IN"  # "including the minister", "according to police"
    poss = [False] * n
    aux = [False] * n
    for i in special:
        if not marks[i] & _CLITIC:
            continue  # no clitic on or as this token
        c = clitic[i]
        if c == "'":
            poss[i] = True
        elif c == "'s":
            if _possessive_s(low[i], tg, i + 1):
                poss[i] = True
                if tg[i] in VERB or tg[i] == "POS":  # "Israel's" read as "is"
                    tg[i] = "NNP" if words[i][:1].isupper() else "NN"
            else:
                aux[i] = True
        elif c:
            aux[i] = True
        if aux[i] and c != "n't":
            # "It's", "they'll" tagged as the verb: the host is a pronoun.
            host = _HOST_TAGS.get(
                next((k for k in _HOST_TAGS if lexicon.has_class(low[i], k)), "")
            )
            if host:
                tg[i] = host
        elif (
            low[i] in ("'s", "'")
            and i > 0
            and not _pronoun_host(low[i - 1])
            and (tg[i] == "POS" or tg[i] not in VERB)
            and (tg[i] == "POS" or _possessive_s(low[i - 1], tg, i + 1))
        ):  # split off: "Islam" "'s"
            poss[i] = True
            tg[i] = "POS"
        elif low[i] == "'s" and i > 0:
            tg[i] = "VBZ"  # "it" "'s": is / has
    # Built as a draft (see `_build`): one for every sentence.
    d = _WordsDraft()
    d.words = tuple(words)
    d.tags = tuple(tg)
    d.low = tuple(low)
    d.clitic = tuple(clitic)
    d.possessive = tuple(poss)
    d.aux_clitic = tuple(aux)
    d.flags = tuple(fl)
    d.prep_size = tuple(prep_size)
    d.number_size = tuple(number_size)
    d.__class__ = Words
    out: Words = d
    return out


# (No weak-reference slot on the record: a draft must share its layout.)
_WordsDraft = draft(
    Words,
    "words tags low clitic possessive aux_clitic flags prep_size number_size",
)
# The tags the corrections of `prepare` start from (a period aside).
_RETAGGED = frozenset({"FW", "PRP", "VBG", "IN", "WDT"})


_SPELLED = frozenset(_TAG_SPELLING)
# word -> (lower case without a clitic, the clitic, class bits, marks): every
# sentence repeats the same few thousand words.
_FORMS: dict[str, tuple[str, str, int, int]] = {}
_REMEMBERED = 100_000  # words remembered at most
# The marks of a word: it may open a preposition of several words ("according
# to"), a number's modifier ("at least", "about"), or it carries or is a clitic.
_OPENS_PREPOSITION = 1
_OPENS_NUMBER = 2
_CLITIC = 4


def _form(word: str) -> tuple[str, str, int, int]:
    """The lower-case stem of a word, the clitic on it, the stem's class bits
    and its marks (remembered)."""
    stem, c = lexicon.split_clitic(word)
    if c and not stem:  # a clitic split off as its own token
        stem = c
        c = ""
    bits = lexicon.flags(stem)
    marks = 0
    if stem in lexicon.phrase_starts("preposition"):
        marks |= _OPENS_PREPOSITION
    if (
        stem in lexicon.phrase_starts("quantifier.number")
        or bits & lexicon.QUANTIFIER_NUMBER
    ):
        marks |= _OPENS_NUMBER
    if c or stem in ("'s", "'"):
        marks |= _CLITIC
    if len(_FORMS) >= _REMEMBERED:
        _FORMS.clear()  # bounded memory on any input
    found = _FORMS[word] = (stem, c, bits, marks)
    return found


def _abbreviation_period(words: Sequence[str], i: int) -> bool:
    """Is token i the period of a title or initial split off its word ("Gen"
    "." "Haftar", "John" "F" "." "Kennedy")? Inside a sentence a period after a
    short capitalised word and before a capitalised one is no full stop."""
    if words[i] != "." or i == 0 or i + 1 >= len(words):
        return False
    before, after = words[i - 1], words[i + 1]
    return (
        before.isalpha()
        and before[:1].isupper()
        and len(before) <= _TITLE_LENGTH
        and after[:1].isupper()
    )


_TITLE_LENGTH = 4  # letters of an abbreviated title: "Gen", "Capt", "Lt", "F"


def _name_not_pronoun(words: Sequence[str], tags: Sequence[str], i: int) -> bool:
    """A "pronoun" after a determiner or capitalised inside a sentence is a name."""
    if i and tags[i - 1] == "DT":
        return True
    word = words[i]
    return i > 0 and word[:1].isupper() and word != "I" and words[i - 1] not in _OPENERS


_OPENERS = frozenset({'"', "'", "``", "(", ":", "-", "“", "‘"})


def _prepositional(fl: Sequence[int], prep_size: Sequence[int], i: int) -> bool:
    """Is this -ing word a preposition here ("including", "according to")?"""
    if i and fl[i - 1] & lexicon.AUX_BE:
        return False  # "were following the convoy"
    return bool(fl[i] & lexicon.PREPOSITION) or prep_size[i] > 0


def _pronoun_host(stem: str) -> bool:
    """Is `stem` a word after which "'s" is "is"/"has" ("it", "there", "that")?"""
    return stem.lower() in _aux_s_hosts() or stem in ("here", "let")


@lazy
def _aux_s_hosts() -> frozenset[str]:
    """The words of the classes `_AUX_S_STEMS`: one look-up where
    `_pronoun_host` would ask each class in turn."""
    out: set[str] = set()
    for cls in _AUX_S_STEMS:
        out |= lexicon.members(cls)
    return frozenset(out)


def _possessive_s(stem: str, tags: Sequence[str], nxt: int) -> bool:
    """Is the "'s" after `stem` a possessive (not "is"/"has")?"""
    if _pronoun_host(stem):
        return False
    if nxt >= len(tags):
        return True  # "the president's."
    t = tags[nxt]
    if t in ("VB", "VBP"):
        return True  # "Israel's wish": "is" never comes before a base verb
    if t in ADJ:  # "Israel's new government", not "the situation's bad"
        return any(tg in NOUN for tg in tags[nxt + 1 : nxt + 4])
    return t not in VERB and t not in ADV and t not in ("DT", "IN", "TO", "MD")


_SUFFIX_RULES = (
    ("ies", "y"),
    ("ied", "y"),
    ("ying", "y"),
    ("sses", "ss"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("xes", "x"),
)


_E_STEMS = ("at", "iz", "us", "ur", "id", "ud", "v", "c", "rg", "ak", "os", "bl")


def _fallback_lemma(word: str, tag: str) -> str:
    """A plain suffix stripper, used until `language.morphology` is present."""
    w = lexicon.split_clitic(word)[0] or word.lower()
    if tag.startswith("VB"):
        aux = lexicon.verb_class_lemma(w, "aux")
        if aux is not None:
            return aux
    if tag in ("NNS", "NNPS") or tag in ("VBZ", "VBD", "VBN", "VBG"):
        for suffix, repl in _SUFFIX_RULES:
            if w.endswith(suffix) and len(w) > len(suffix) + 1:
                return w[: -len(suffix)] + repl
        if tag in ("VBD", "VBN") and w.endswith("ed") and len(w) > 4:
            stem = w[:-2]
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                return stem[:-1]  # "stopped" -> "stop"
            return stem + "e" if stem.endswith(_E_STEMS) else stem
        if tag == "VBG" and w.endswith("ing") and len(w) > 5:
            stem = w[:-3]
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                return stem[:-1]  # "shelling" keeps its ll, "running" -> "run"
            return stem + "e" if stem.endswith(_E_STEMS) else stem
        if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
            return w[:-1]
    return w


@lazy
def lemma_function() -> Callable[[str, str], str]:
    """`language.morphology.lemma` when the package has it, else a suffix stripper."""
    try:
        module = importlib.import_module(".morphology", __package__)
    except ImportError:
        return _fallback_lemma
    fn = getattr(module, "lemma", None)
    return fn if callable(fn) else _fallback_lemma
