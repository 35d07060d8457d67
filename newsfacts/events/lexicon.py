"""The events stage's trigger lexicon: loading, inflection and phrase matching.

The lexicon is data (`events/data/triggers.tsv`): each phrase maps to a CAMEO
code, and the CAMEO code to a PLOVER category (`events/data/cameo.tsv`). Verb and
noun inflections are generated here, so the file lists lemmas only.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .._data import iter_rows, lazy
from .words import word_classes

__all__ = [
    "COOPERATIVE",
    "HOSTILE",
    "STATEMENT",
    "Entry",
    "Lexicon",
    "Match",
    "cameo_label",
    "lexicon",
    "noun_forms",
    "plover_of",
    "verb_forms",
]

STATEMENT = "STATEMENT"
"""`Event.type` of CAMEO 01/02 statements and appeals, which PLOVER dropped."""

COOPERATIVE = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
)
HOSTILE = frozenset(
    {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "PROTEST"}
)

_VOWELS = frozenset("aeiou")


@attrs.frozen(slots=True)
class Entry:
    """One lexicon phrase with its code, category and flags.

    `items` holds, per phrase token, the set of surface forms it matches, or None
    for a gap of up to three words; `aux_only` lists forms of the first token
    that count only after an auxiliary ("will support", not "the support");
    `verbal` is False for noun phrases ("air strike", "hunger strike").
    """

    phrase: str
    cameo: str
    plover: str
    flags: frozenset[str]
    items: tuple[frozenset[str] | None, ...]
    aux_only: frozenset[str] = frozenset()
    verbal: bool = True

    @property
    def literal_count(self) -> int:
        """How many tokens of the phrase are words rather than gaps."""
        return sum(1 for item in self.items if item is not None)


@attrs.frozen(slots=True)
class Match:
    """A lexicon entry found at tokens `first..last` (inclusive) of a token list."""

    entry: Entry
    first: int
    last: int


def _doubles(base: str) -> bool:
    """Whether the final consonant doubles before -ed/-ing ("ban" -> "banned")."""
    if base in word_classes().doubling_verbs:
        return True
    if len(base) < 3 or base[-1] in _VOWELS or base[-1] in "wxy":
        return False
    if base[-2] not in _VOWELS or base[-3] in _VOWELS:
        return False
    groups = 0
    prev = False
    for ch in base:
        vowel = ch in _VOWELS
        if vowel and not prev:
            groups += 1
        prev = vowel
    return groups == 1


def _final_cvc(base: str) -> bool:
    """The verb ends in consonant-vowel-consonant ("kidnap", "transfer")."""
    return (
        len(base) >= 3
        and base[-1] not in _VOWELS
        and base[-1] not in "wxy"
        and base[-2] in _VOWELS
        and base[-3] not in _VOWELS
    )


def verb_forms(
    base: str, irregular: dict[str, tuple[str, ...]]
) -> tuple[set[str], set[str]]:
    """All inflections of a verb, and the subset that are base or -s forms."""
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        third = base + "es"
    elif base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if base in irregular:
        past: tuple[str, ...] = irregular[base]
    elif base.endswith("e"):
        past = (base + "d",)
    elif base.endswith("y") and base[-2] not in _VOWELS:
        past = (base[:-1] + "ied",)
    elif _doubles(base):
        past = (base + base[-1] + "ed",)
    else:
        past = (base + "ed",)
    extra: set[str] = set()
    if base.endswith("l") and base[-2:-1] in _VOWELS and base[-3:-2] not in _VOWELS:
        # British spelling doubles a final -l: "cancelled", "travelling".
        extra = {base + "led", base + "ling"}
    elif _final_cvc(base) and not _doubles(base):
        # Longer verbs doubling by stress or usage: "kidnapped", "transferred".
        extra = {base + base[-1] + "ed", base + base[-1] + "ing"}
    if base.endswith("ie"):
        ing = base[:-2] + "ying"
    elif base.endswith("e") and not base.endswith(("ee", "ye", "oe")) and len(base) > 2:
        ing = base[:-1] + "ing"
    elif _doubles(base):
        ing = base + base[-1] + "ing"
    else:
        ing = base + "ing"
    return {base, third, ing, *past, *extra}, {base, third}


def noun_forms(noun: str) -> set[str]:
    """Singular and plural of a noun."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        plural = noun + "es"
    elif noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        plural = noun[:-1] + "ies"
    else:
        plural = noun + "s"
    return {noun, plural}


@attrs.frozen(slots=True)
class Lexicon:
    """Entries indexed by the forms of their first token."""

    index: dict[str, tuple[Entry, ...]]
    entries: tuple[Entry, ...]

    def best_at(
        self, words: Sequence[str], i: int, title_ok: Sequence[bool]
    ) -> Match | None:
        """The longest entry at word `i` (ties: more literal words, listed first)."""
        best: Match | None = None
        best_key = (-1, -1)
        for entry in self.index.get(words[i], ()):
            if words[i] in entry.aux_only and (
                i == 0 or words[i - 1] not in word_classes().auxiliaries
            ):
                continue
            last = _match_rest(entry.items, 1, i + 1, words)
            if last < 0:
                continue
            key = (last - i, entry.literal_count)
            if key > best_key:
                best, best_key = Match(entry, i, last), key
        if best is not None and not title_ok[i]:
            return None
        return best


def _is_word(token: str) -> bool:
    return token[:1].isalnum()


def _match_rest(
    items: tuple[frozenset[str] | None, ...], k: int, i: int, words: Sequence[str]
) -> int:
    """Index of the last word matched by `items[k:]` starting at word `i`, or -1."""
    if k == len(items):
        return i - 1
    item = items[k]
    if item is None:  # a gap of 0-3 ordinary words
        for skip in range(4):
            j = i + skip
            if skip and (j - 1 >= len(words) or not _is_word(words[j - 1])):
                break
            end = _match_rest(items, k + 1, j, words)
            if end >= 0:
                return end
        return -1
    if i < len(words) and words[i] in item:
        return _match_rest(items, k + 1, i + 1, words)
    return -1


@lazy
def _irregular() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for row in iter_rows("events/data/irregular.tsv"):
        base, past, participle = row[0], row[1].split("|"), row[2].split("|")
        table[base] = tuple(dict.fromkeys([*past, *participle]))
    return table


@lazy
def _cameo_table() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in iter_rows("events/data/cameo.tsv")}


def plover_of(cameo: str) -> str:
    """The PLOVER category (or "STATEMENT") of a CAMEO code, by its longest prefix."""
    table = _cameo_table()
    for k in (cameo, cameo[:3], cameo[:2]):
        if k in table:
            return table[k][0]
    return ""


def cameo_label(cameo: str) -> str:
    """The codebook label of a CAMEO code ("" when unknown)."""
    row = _cameo_table().get(cameo)
    return row[1] if row else ""


def _item(
    token: str, irregular: dict[str, tuple[str, ...]]
) -> tuple[frozenset[str] | None, frozenset[str]]:
    if token == "~":
        return None, frozenset()
    word, _, pos = token.partition("/")
    if pos in ("v", "vx"):
        forms, base_like = verb_forms(word, irregular)
        return frozenset(forms), frozenset(base_like if pos == "vx" else ())
    if pos == "n":
        return frozenset(noun_forms(word)), frozenset()
    return frozenset({word}), frozenset()


@lazy
def lexicon() -> Lexicon:
    """The trigger lexicon, loaded once."""
    irregular = _irregular()
    entries: list[Entry] = []
    seen: set[tuple[str, str]] = set()
    for row in iter_rows("events/data/triggers.tsv"):
        phrase, cameo = row[0].strip(), row[1].strip()
        flags = frozenset(f for f in (row[2] if len(row) > 2 else "").split(",") if f)
        if (phrase, cameo) in seen or not phrase:
            continue
        seen.add((phrase, cameo))
        items: list[frozenset[str] | None] = []
        aux_only: frozenset[str] = frozenset()
        for n, token in enumerate(phrase.split()):
            item, base_like = _item(token, irregular)
            items.append(item)
            if n == 0:
                aux_only = base_like
        plover = plover_of(cameo)
        if not plover or items[0] is None:
            raise ValueError(f"bad trigger row: {row!r}")
        tokens = phrase.split()
        verbal = any(t.endswith(("/v", "/vx")) for t in tokens) or not (
            any(t.endswith("/n") for t in tokens)
            or (len(tokens) > 1 and not set(tokens) & word_classes().function_words)
        )
        entries.append(
            Entry(phrase, cameo, plover, flags, tuple(items), aux_only, verbal)
        )
    index: dict[str, list[Entry]] = {}
    for entry in entries:
        first = entry.items[0]
        assert first is not None
        for form in first:
            index.setdefault(form, []).append(entry)
    return Lexicon({k: tuple(v) for k, v in index.items()}, tuple(entries))
