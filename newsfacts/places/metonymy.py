"""Metonymy: a capital or a country standing for its government ("Moscow denied")."""

from __future__ import annotations

from .lexicon import (
    AUXILIARIES,
    ENVOY_NOUNS,
    METONYMY_OBJECT_VERBS,
    METONYMY_READINESS,
    METONYMY_VERBS,
    PLACE_PREPOSITIONS,
)
from .match import Match
from .scan import Scan

__all__ = ["metonymic"]


# The most tokens a parenthetical between a subject and its verb holds.
_PARENTHETICAL = 10


def metonymic(scan: Scan, m: Match) -> bool:
    """ "Washington said", "Moscow uses": a place as the subject of a state
    verb, also past a parenthetical ("Washington, along with its allies,
    condemned"); "accused Washington", "urged Kabul": as the object of one."""
    words = scan.words
    j = m.end
    n = len(words)
    i = m.start - 1
    if i >= 0 and words[i].islower() and scan.f(i) in METONYMY_OBJECT_VERBS:
        return True
    if i >= 1 and scan.f(i) == "to" and scan.f(i - 1) in ENVOY_NOUNS:
        return True  # "recalled its ambassador to Kabul"
    if j < n and words[j] == "'" and j + 1 < n and scan.f(j + 1) == "s":
        return False
    if i >= 0 and scan.f(i) in PLACE_PREPOSITIONS:
        return False  # "Diplomats in Brussels said": where the speakers are
    k = _past_companions(scan, _past_parenthetical(scan, j))
    start = k
    while k < n and k < start + 3 and scan.f(k) in AUXILIARIES:
        k += 1
    if k < n and _state_verb(scan.f(k), scan.f(k - 1) if k > start else ""):
        return True
    if start < k < n - 1 and scan.f(k) in METONYMY_READINESS and scan.f(k + 1) == "to":
        return True  # "New Delhi was ready to provide assistance"
    # "Washington and Moscow have agreed"
    if j + 1 < n and scan.f(j) == "and" and words[j + 1][:1].isupper():
        k = j + 2
        while k < n and k < j + 5 and scan.f(k) in AUXILIARIES:
            k += 1
        return k < n and _state_verb(scan.f(k), scan.f(k - 1) if k > j + 2 else "")
    return False


# Modals after which a verb of state stands in its base form ("Moscow will
# retaliate", "Berlin would send"): the word lists hold its inflected forms.
_MODALS = frozenset("will would could may might must should shall can".split())


def _state_verb(word: str, before: str) -> bool:
    """A verb of state (`METONYMY_VERBS`), or its base form after a modal
    ("will retaliate": "retaliates" is listed; "will send": "sends")."""
    if word in METONYMY_VERBS:
        return True
    return before in _MODALS and any(
        word + end in METONYMY_VERBS for end in ("s", "es", "d", "ed")
    )


_OWN = frozenset({"its", "their"})
# The most lower-case words of the companions after "its"/"their".
_COMPANIONS = 3


def _past_companions(scan: Scan, j: int) -> int:
    """The token after the subject's own companions joined at token `j`
    ("Washington and its allies demanded", "Moscow along with its partners
    rejected"); `j` when there are none."""
    n = len(scan.words)
    k = j
    if k < n and scan.f(k) == "and":
        k += 1
    elif k + 1 < n and scan.f(k) in ("along", "together") and scan.f(k + 1) == "with":
        k += 2
    else:
        return j
    if k >= n or scan.f(k) not in _OWN:
        return j
    k += 1
    end = min(n, k + _COMPANIONS)
    while (
        k < end
        and scan.words[k].isalpha()
        and scan.words[k].islower()
        and not _verb_ahead(scan.f(k))
    ):
        k += 1
    return k


def _verb_ahead(word: str) -> bool:
    """The word opens the verb group: an auxiliary, a modal or a verb of state."""
    return word in AUXILIARIES or word in _MODALS or word in METONYMY_VERBS


def _past_parenthetical(scan: Scan, j: int) -> int:
    """The token after a short parenthetical set off by commas that opens at
    token `j` with a lower-case word (", along with its allies,", ", which
    denies the charges,", ", the main backer of Kyiv,"); `j` when there is none.
    A capitalised word after the comma opens a list or a qualifier ("Paris,
    Texas,"), not a parenthetical."""
    words = scan.words
    n = len(words)
    if j + 1 >= n or words[j] != "," or not words[j + 1][:1].islower():
        return j
    for k in range(j + 2, min(n, j + 2 + _PARENTHETICAL)):
        w = words[k]
        if w == ",":
            return k + 1
        if w in (".", ";", ":", "!", "?"):
            return j
    return j
