"""The tagger's reading of one word before the contextual rules: its lexicon
entry as its casing and place allow, the host of a token that kept its clitic,
the shapes of unknown words, and whether a line is a headline."""

from __future__ import annotations

from collections.abc import Sequence

from .tagger_lexicon import FUNCTION, OPEN, Entry, lexicon

__all__ = [
    "NAMES",
    "all_caps",
    "clitic_host",
    "compound_adjective",
    "in_caps_run",
    "looks_like_headline",
    "lookup",
    "name_like",
]

NAMES = frozenset(("NNP", "NNPS"))
# Clitics a token may keep ("Islam's", "don't", "they're"): longest first.
_CLITICS = (
    "n't",
    "n’t",
    "'s",
    "’s",
    "'re",
    "’re",
    "'ll",
    "’ll",
    "'ve",
    "’ve",
    "'d",
    "’d",
    "'m",
    "’m",
    "s'",
    "s’",
)


def lookup(
    word: str,
    low: str,
    i: int,
    headline: bool,
    caps: bool,
    entries: dict[str, Entry],
    name_follows: bool = False,
    names: frozenset[str] = frozenset(),
    caps_run: bool = False,
    after_name: bool = False,
) -> Entry | None:
    """The lexicon entry for a word, read as its casing and place allow;
    `name_follows` says the next word is capitalised too, `caps_run` that the
    word stands in a run of capitals or before a dateline's punctuation,
    `after_name` that the word before is a known name ("Manchester")."""
    if caps:
        # An ALL-CAPS line: the common word first, then the name, then as is.
        return entries.get(low) or entries.get(word[:1] + low[1:]) or entries.get(word)
    exact = entries.get(word)
    first = word[:1]
    if not first.isupper():
        return exact if exact is not None else entries.get(low)
    if word.isupper() and len(word) > 1 and word.isalpha():
        # "NATO", "US" are in the lexicon as they are; "BAGHDAD" as "Baghdad".
        # In a run of capitals, as datelines write names ("NEW YORK ( AP )",
        # "LOS ANGELES ,"), an open-class word is a name part ("New").
        if caps_run and (exact is None or exact[0] in OPEN):
            return ("NNP", NAMES)
        if exact is not None:
            return exact
        titled = entries.get(first + low[1:])
        if titled is not None and titled[0] in FUNCTION and len(word) > 2:
            # "The WHO said", "WHO officials": a function word written in
            # capitals inside running text is an acronym, a name.
            return ("NNP", NAMES)
        return titled
    if headline or i == 0:
        common = entries.get(low)
        if common is None:
            return exact
        if exact is None or exact[0] not in NAMES:
            return common
        if common[0] == "FW":
            # A word the lexicon knows in lower case only from foreign phrases
            # ("khan") is a name when capitalised: "Khan was charged".
            return exact
        if headline:
            # In a title, a name the lexicon knows as one ("China Says"), or
            # the next word of such a name ("Manchester United Sack Manager").
            return exact if word in names or after_name else common
        if name_follows or word in names:
            return exact  # "Bill Clinton said", "China says"
        return common  # "Security officials said", "Police said"
    return exact


_DATELINE_MARKS = frozenset(("(", ",", "-", "--", "\u2013", "\u2014", ":"))


def in_caps_run(words: Sequence[str], i: int) -> bool:
    """Whether word i is written in capitals next to another such word, or
    opens the sentence before a dateline's punctuation: "NEW YORK ( AP )",
    "PARIS , France -"."""
    word = words[i]
    if not (word.isupper() and word.isalpha() and len(word) > 1):
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(words):
            other = words[j]
            if other.isupper() and other.isalpha() and len(other) > 1:
                return True
    return i == 0 and len(words) > 1 and words[1] in _DATELINE_MARKS


def clitic_host(word: str) -> tuple[str, bool] | None:
    """The host of a token that kept its clitic, and whether the clitic is a
    negative: "Islam's" -> ("Islam", False), "don't" -> ("do", True),
    "can't" -> ("ca", True) as the Penn Treebank splits it; None otherwise."""
    if "'" not in word and "’" not in word:
        return None
    low = word.lower()
    for clitic in _CLITICS:
        if low.endswith(clitic) and len(low) > len(clitic) + 1:
            # The possessive of a plural keeps its -s: "rebels'" -> "rebels".
            host = word[:-1] if clitic in ("s'", "s’") else word[: -len(clitic)]
            if not host[-1:].isalpha():
                return None
            return host, clitic in ("n't", "n’t")
    return None


def compound_adjective(word: str) -> bool:
    """A hyphenated word ending in a lower-case word ("Islamist-controlled",
    "Top-seeded") or in a nationality ("U.S.-Iraqi"), not after a prefix that
    may open a name ("Anti-Doping Agency") nor a model code ("CH-47")."""
    head, dash, last = word.rpartition("-")
    if not dash or not last.isalpha() or head.lower() in lexicon().prefixes:
        return False
    return last.islower() or last[1:].islower()


def name_like(word: str) -> bool:
    """A sentence-initial word the lexicon lacks: a name unless it looks like
    a common word's inflection."""
    return not word.endswith(("ing", "ed", "ly"))


def all_caps(words: Sequence[str]) -> bool:
    letters = [w for w in words if w[:1].isalpha()]
    return len(letters) >= 2 and all(w.isupper() for w in letters)


_SMALL = frozenset(
    "a an and as at but by for from in into of on or over the to up with vs".split()
)


def looks_like_headline(words: Sequence[str]) -> bool:
    """A line in Title Case or ALL CAPS, as news writes titles: at least three
    words, every word of four letters or more capitalised and no small word
    but articles, conjunctions and short prepositions in lower case."""
    alpha = [w for w in words if w[:1].isalpha()]
    if len(alpha) < 3 or (words[-1] in (".", "?", "!") and not all_caps(words)):
        return False
    if all_caps(words):
        return True
    long_words = 0
    for w in alpha:
        if w[0].isupper():
            long_words += len(w) >= 4
        elif w not in _SMALL and w[1:] == w[1:].lower():
            return False  # a lower-case word; "iPhone", "eBay" are names
    return long_words >= 2
