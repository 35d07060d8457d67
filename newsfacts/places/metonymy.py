"""Metonymy: a capital or a country standing for its government ("Moscow denied")."""

from __future__ import annotations

from .lexicon import AUXILIARIES, METONYMY_OBJECT_VERBS, METONYMY_VERBS
from .match import Match
from .scan import Scan

__all__ = ["metonymic"]


def metonymic(scan: Scan, m: Match) -> bool:
    """ "Washington said", "Moscow uses": a place as the subject of a state
    verb; "accused Washington", "urged Kabul": as the object of one."""
    words = scan.words
    j = m.end
    n = len(words)
    i = m.start - 1
    if i >= 0 and words[i].islower() and scan.f(i) in METONYMY_OBJECT_VERBS:
        return True
    if j < n and words[j] == "'" and j + 1 < n and scan.f(j + 1) == "s":
        return False
    k = j
    while k < n and k < j + 3 and scan.f(k) in AUXILIARIES:
        k += 1
    if k < n and scan.f(k) in METONYMY_VERBS:
        return True
    # "Washington and Moscow have agreed"
    if j + 1 < n and scan.f(j) == "and" and words[j + 1][:1].isupper():
        k = j + 2
        while k < n and k < j + 5 and scan.f(k) in AUXILIARIES:
            k += 1
        return k < n and scan.f(k) in METONYMY_VERBS
    return False
