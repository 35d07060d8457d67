"""Function words of English, defined once for the whole package.

Determiners, prepositions, pronouns, auxiliaries, modals, negators,
subordinators, coordinators, particles, quantifiers and time words live in
`language/data/function_words.tsv`, one row per word and class with an example.
Classes are dotted paths (``aux.be.past``, ``modal.will``, ``pronoun.3pl``):
`members("aux.be")` is every form of *be*, and the last part of a modal or
auxiliary class is its lemma.

The text layer may keep clitics on their word ("it's", "don't", "Haftar's") or
split them off as the Penn Treebank does ("it" "'s", "do" "n't");
`split_clitic` gives the same two parts either way, so no rule here depends on
that choice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .._data import iter_rows, lazy

__all__ = [
    "AUX",
    "AUX_BE",
    "CLITICS",
    "FUTURE",
    "LOCATIVE",
    "MODAL",
    "NEGATOR",
    "NOMINATIVE",
    "PARTICLE",
    "PREPOSITION",
    "QUANTIFIER",
    "QUANTIFIER_NUMBER",
    "RELATIVE",
    "SUBORDINATOR",
    "TIME_ADVERB",
    "TIME_NOUN",
    "classes",
    "flag_table",
    "flags",
    "has_class",
    "members",
    "phrase_at",
    "phrase_starts",
    "split_clitic",
    "verb_class_lemma",
]

_FILE = "language/data/function_words.tsv"

# Clitics written on the word before them; the longest ("n't") is tried first.
CLITICS = ("n't", "'s", "'re", "'ve", "'ll", "'d", "'m")


@lazy
def _table() -> tuple[Mapping[str, frozenset[str]], Mapping[str, frozenset[str]]]:
    by_word: dict[str, set[str]] = {}
    by_class: dict[str, set[str]] = {}
    for row in iter_rows(_FILE):
        word, cls = row[0], row[1]
        by_word.setdefault(word, set()).add(cls)
        parts = cls.split(".")
        for n in range(1, len(parts) + 1):
            by_class.setdefault(".".join(parts[:n]), set()).add(word)
    return (
        {w: frozenset(c) for w, c in by_word.items()},
        {c: frozenset(w) for c, w in by_class.items()},
    )


_NONE: frozenset[str] = frozenset()


@lazy
def _first_words() -> Mapping[str, frozenset[str]]:
    """For each class, the first words of its members of several words."""
    out: dict[str, set[str]] = {}
    for cls, words in _table()[1].items():
        for w in words:
            if " " in w:
                out.setdefault(cls, set()).add(w.split(" ", 1)[0])
    return {c: frozenset(w) for c, w in out.items()}


def classes(word: str) -> frozenset[str]:
    """Every full class of `word` (case-insensitive), e.g. ``{"modal.will"}``."""
    return _table()[0].get(word.lower(), _NONE)


def members(cls: str) -> frozenset[str]:
    """Every word of class `cls` or of a class below it (``"aux.be"``)."""
    return _table()[1].get(cls, _NONE)


def has_class(word: str, cls: str) -> bool:
    """Is `word` (case-insensitive) a member of `cls` or of a class below it?"""
    return word.lower() in _table()[1].get(cls, _NONE)


def phrase_starts(cls: str) -> frozenset[str]:
    """The first words of the members of `cls` of several words ("according")."""
    return _first_words().get(cls, _NONE)


def phrase_at(words: Sequence[str], i: int, cls: str, longest: int = 4) -> int:
    """Length of the longest several-word member of `cls` starting at `words[i]`.

    `words` are lower case; ``phrase_at(["according", "to", "police"], 0,
    "preposition") == 2``. Returns 0 when no phrase of two words or more starts
    there.
    """
    if i >= len(words) or words[i] not in _first_words().get(cls, _NONE):
        return 0
    found = members(cls)
    for size in range(min(longest, len(words) - i), 1, -1):
        if " ".join(words[i : i + size]) in found:
            return size
    return 0


def verb_class_lemma(word: str, prefix: str) -> str | None:
    """The lemma a class path gives `word` under `prefix` ("modal", "aux").

    ``verb_class_lemma("wo", "modal") == "will"``;
    ``verb_class_lemma("were", "aux") == "be"``.
    """
    found = classes(word)
    if not found:
        return None  # most words: no function word at all
    key = (word.lower(), prefix)
    if key in _CLASS_LEMMAS:
        return _CLASS_LEMMAS[key]
    lemma = None
    depth = prefix.count(".") + 1
    for cls in sorted(found):
        if cls.startswith(prefix + "."):
            lemma = cls.split(".")[depth]
            break
    _CLASS_LEMMAS[key] = lemma  # function words only: a bounded cache
    return lemma


_CLASS_LEMMAS: dict[tuple[str, str], str | None] = {}


# Bits of the classes the chunk and clause rules ask about on every token: a
# sentence reads each token's bits once (`flags`), and a rule tests a bit
# instead of looking a string up in a class again.
TIME_NOUN = 1 << 0
TIME_ADVERB = 1 << 1
QUANTIFIER = 1 << 2
QUANTIFIER_NUMBER = 1 << 3
AUX = 1 << 4
AUX_BE = 1 << 5
RELATIVE = 1 << 6  # pronoun.relative
NOMINATIVE = 1 << 7  # pronoun.nominative
PREPOSITION = 1 << 8
SUBORDINATOR = 1 << 9
LOCATIVE = 1 << 10
NEGATOR = 1 << 11
PARTICLE = 1 << 12
MODAL = 1 << 13
FUTURE = 1 << 14
_FLAGGED = (
    (TIME_NOUN, "time_noun"),
    (TIME_ADVERB, "time_adverb"),
    (QUANTIFIER, "quantifier"),
    (QUANTIFIER_NUMBER, "quantifier.number"),
    (AUX, "aux"),
    (AUX_BE, "aux.be"),
    (RELATIVE, "pronoun.relative"),
    (NOMINATIVE, "pronoun.nominative"),
    (PREPOSITION, "preposition"),
    (SUBORDINATOR, "subordinator"),
    (LOCATIVE, "locative"),
    (NEGATOR, "negator"),
    (PARTICLE, "particle"),
    (MODAL, "modal"),
    (FUTURE, "future"),
)


@lazy
def _flag_table() -> Mapping[str, int]:
    out: dict[str, int] = {}
    for bit, cls in _FLAGGED:
        for word in members(cls):
            out[word] = out.get(word, 0) | bit
    return out


def flags(low: str) -> int:
    """The class bits of a lower-case word (`TIME_NOUN | ...`; 0 for none):
    `flags(w) & TIME_NOUN` is `has_class(w, "time_noun")`."""
    return _flag_table().get(low, 0)


def flag_table() -> Mapping[str, int]:
    """Lower-case word -> its class bits, for a loop over many words."""
    return _flag_table()


def split_clitic(word: str) -> tuple[str, str]:
    """The word and the clitic written on it, both lower case.

    ``"don't" -> ("do", "n't")``, ``"won't" -> ("wo", "n't")``,
    ``"Haftar's" -> ("haftar", "'s")``, ``"rebels'" -> ("rebels", "'")``,
    ``"'s" -> ("", "'s")`` (already split off), ``"town" -> ("town", "")``.
    """
    low = word.lower().replace("\u2019", "'")
    if "'" not in low:
        return low, ""
    for clitic in CLITICS:
        if low.endswith(clitic):
            return low[: -len(clitic)], clitic
    if low.endswith("'") and len(low) > 1 and low[-2] == "s":
        return low[:-1], "'"
    if low == "'":
        return "", "'"
    return low, ""
