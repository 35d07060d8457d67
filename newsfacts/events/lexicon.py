"""CAMEO codes and categories, and the inflection of verbs and nouns.

Each CAMEO code maps to a PLOVER category and a codebook label
(`events/data/cameo.tsv`); the category groups (`COOPERATIVE`, `HOSTILE`) are
what composition and modes test. Verb and noun inflections are generated
here, so the data files list lemmas only.
"""

from __future__ import annotations

from .._data import iter_rows, lazy
from .words import word_classes

__all__ = [
    "COOPERATIVE",
    "HOSTILE",
    "STATEMENT",
    "cameo_label",
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
