"""Runs of capitalised words: the stretches of a sentence that may name actors."""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Iterator

from ..knowledge.organizations import KnownOrg
from . import lexicon as lex
from .word import FLAG_DATELINE, FLAG_MARKET
from .words import Word, WordLayer, Words

__all__ = ["capish", "run_open", "runs"]


def capish(w: Word) -> bool:
    """A capitalised word outside the dateline, and no ticker's or
    currency's letters."""
    return w.is_cap and not w.in_dateline and not w.in_market


_MAX_RUN = 16  # longer capitalised runs are cut; no organisation name is that long


def run_open(w: Word) -> bool:
    """A run goes on after this word: no possessive, or one inside a name."""
    return not w.poss or w.lower in lex.NAME_POSSESSIVES


def runs(layer: WordLayer) -> Iterator[tuple[int, int]]:
    """Maximal runs of capitalised words (with inner connectors) within a
    sentence, in order. All are found before the reader reads one (the words
    are then read in one sweep, which is faster than in turn with the
    reader's steps), and kept as two arrays of word indexes: a long text has
    tens of thousands, and a list of tuples would hold some 100 bytes each."""
    firsts: array[int] = array("i")
    ends: array[int] = array("i")
    for i, j in _runs(layer):
        firsts.append(i)
        ends.append(j)
    return zip(firsts, ends, strict=True)


def _runs(layer: WordLayer) -> Iterator[tuple[int, int]]:
    """The runs of `runs`, one at a time."""
    words = layer.words
    n = len(words)
    # the capitalised words outside the dateline: where a run may start (an
    # array: four bytes each, where a list holds an int object and a pointer)
    # nor in a ticker's bracket, nor a currency's letters ("(VOD.L)", "HK$")
    openers = array("i", layer.capitals(skip=FLAG_DATELINE | FLAG_MARKET))
    at = 0
    while at < len(openers):
        i = openers[at]
        j = i + 1
        sent = words[i].sent
        if _article_before(words, i):
            i -= 1  # "al Qaeda", "al Jazeera": the article opens the name
        reach = _known_reach(words, i)
        prev = words[i]
        # a known name goes on over a possessive ("Moody's Investors Service")
        while j < n and (run_open(prev) or j < reach) and words[j].sent == sent:
            w = words[j]
            gap = w.start - prev.end
            inside = j < reach and (
                w.is_cap or w.low in lex.stopwords() or w.text.isdigit()
            )
            if inside or (
                capish(w)
                and (gap <= 1 or (prev.poss and gap <= 4))
                and not _closed_name(prev, w)
            ):
                # a known name goes on over any word ("Organization for
                # Security and Cooperation in Europe")
                reach = max(reach, _known_reach(words, j))
                prev = w
                j += 1
                continue
            # connectors: one or two lower-case words followed by a capital
            k = j
            while k < n and k - j < 2 and words[k].low in lex.RUN_INNER:
                if words[k].is_upper:
                    break
                k += 1
            if k > j and k < n and capish(words[k]) and words[k].sent == sent:
                prev = words[k]
                j = k + 1
                continue
            if w.text in lex.LOWER_LEGAL and gap <= 1:
                j += 1  # "Tesco plc": the legal form closes the name
            break
        while j - i > _MAX_RUN:  # Title Case walls of text: bounded work per run
            yield i, i + _MAX_RUN
            i += _MAX_RUN
        yield i, j
        at = bisect.bisect_left(openers, j, at + 1)  # the next opener after the run


def _closed_name(prev: Word, w: Word) -> bool:
    """A company's legal form written with its period ends the name, and the
    capitalised word after it opens another sentence the splitter could not
    tell from the abbreviation ("... an order from Taiwan Power Co. Network
    Rail said"), unless it is a legal form too ("Samsung Electronics Co.
    Ltd")."""
    if not prev.text.endswith(".") or prev.keyword is None or not prev.keyword.legal:
        return False
    return w.keyword is None or not w.keyword.legal


def _article_before(words: Words, i: int) -> bool:
    """Word i follows a lower-case Arabic article of its sentence, one space
    between, that no other word opens ("linked to al Qaeda")."""
    if i == 0:
        return False
    a = words[i - 1]
    return (
        a.low in lex.ARABIC_ARTICLES
        and a.text == a.low
        and a.sent == words[i].sent
        and words[i].start - a.end == 1
    )


def _known_reach(words: Words, k: int) -> int:
    """End (word index) of the longest known organisation starting at word k,
    or k when none does (capitalised words only)."""
    w = words[k]
    if not w.is_cap and w.low not in lex.ARABIC_ARTICLES:
        return k
    found = w.known  # every known name starting here, shortest first, once read
    if found is None:
        n, _org = _known_at()(words, k, len(words))
        return k + n
    return k + found[-1][0] if found else k


_KNOWN_AT: list[Callable[[Words, int, int], tuple[int, KnownOrg | None]]] = []


def _known_at() -> Callable[[Words, int, int], tuple[int, KnownOrg | None]]:
    """`units.known_at`, imported on first use (`units` imports this module)."""
    if not _KNOWN_AT:
        from .units import known_at

        _KNOWN_AT.append(known_at)
    return _KNOWN_AT[0]
