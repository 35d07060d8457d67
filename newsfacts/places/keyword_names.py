"""Streets, natural features and buildings named with a keyword, read token
by token: "Royal Street", "Glenrock Lagoon", "Holy Redeemer Church" (a
capitalised name before the keyword), "Lake Manassas", "Mount Kenya", "the
River Severn" (a keyword that opens the name).

Read on the tokens of the place scan (`scan.Scan`): in a line all in capitals
no keyword is told apart, and a common word opening the sentence ("Residents
of West Valley"), an institution's words ("the Catholic Church") or a given
name before a surname-like keyword ("Linda Park said") make no place's name.
"""

from __future__ import annotations

import bisect
from itertools import compress

from ..language.tagger_lexicon import common_words
from ..records import LocationKind
from .lexicon import (
    FACILITY_WORDS,
    FUNCTION_WORDS,
    INSTITUTION_WORDS,
    LOCATIVE,
    NAME_CONNECTORS,
    NOT_NAME_WORDS,
    OTHER_AFTER,
    OTHER_BEFORE,
    PLACE_PREPOSITIONS,
    SURNAME_KEYWORDS,
    TITLES,
)
from .scan import Scan

__all__ = ["find_keyword_places", "opened_by_keyword"]

# The folds of every token that may open or close a keyword's name, the
# abbreviations of "Street", "Avenue", "Road", "Boulevard" and "Mount" and
# "River" (of "the River Severn") among them: no other token starts one.
_KEYWORDS = (
    OTHER_AFTER
    | FACILITY_WORDS
    | OTHER_BEFORE
    | {"st", "ave", "rd", "blvd", "mt", "river"}
)


def opened_by_keyword(scan: Scan, start: int) -> bool:
    """The word before the place mention at `start` is a keyword a feature's
    name opens with ("Mount", "Lake", "the River")."""
    k = bisect.bisect_left(scan.starts, start)
    if k == 0 or k >= len(scan.starts) or scan.starts[k] != start:
        return False
    f = scan.f(k - 1)
    return f in OTHER_BEFORE or _river_first(scan, k - 1)


def find_keyword_places(scan: Scan) -> list[tuple[int, int, str, LocationKind]]:
    """Streets, natural features and buildings named with a keyword.

    Returns (start, end, name, kind) for "Royal Street", "Glenrock Lagoon",
    "Holy Redeemer Church", "Lake Manassas" and the like.
    """
    words = scan.words
    out: list[tuple[int, int, str, LocationKind]] = []
    n = len(words)
    # Only a capitalised token can be a keyword (`scan.capitalised`), and only
    # one whose fold is a keyword's is read: those are found in C-level steps,
    # and read in order from where the last name read ended.
    capitalised = scan.capitalised
    folded = map(scan.folds.__getitem__, map(words.__getitem__, capitalised))
    resume = 0
    for k in compress(capitalised, map(_KEYWORDS.__contains__, folded)):
        if k < resume:
            continue  # inside a name read already
        f = scan.f(k)
        if scan.common_in_caps(k):
            continue  # "LONDON STOCKS CLOSE": in capitals no keyword is told apart
        end = k + 1
        if f in ("st", "ave", "rd", "blvd", "mt") and end < n and words[end] == ".":
            end += 1
        if f == "st" and end < n and words[end][:1].isupper():
            continue  # "St. Louis": a saint, not a street
        a = _name_before(scan, k) if f in OTHER_AFTER or f in FACILITY_WORDS else None
        if a is not None:
            kind = LocationKind.OTHER if f in OTHER_AFTER else LocationKind.FACILITY
            out.append((scan.starts[a], scan.ends[end - 1], "", kind))
            resume = end
            continue
        if _river_first(scan, k) or (
            f in OTHER_BEFORE and end < n and words[end][:1].isupper()
        ):
            b = end
            while (
                b < n and b < end + 3 and words[b][:1].isupper() and words[b].isalpha()
            ):
                b += 1
            if b > end and f not in {scan.f(x) for x in range(end, b)}:
                out.append((scan.starts[k], scan.ends[b - 1], "", LocationKind.OTHER))
                resume = b
    text = scan.doc.text
    return [(a, b, text[a:b], kind) for a, b, _, kind in out]


def _river_first(scan: Scan, k: int) -> bool:
    """Token `k` is "River" after "the" and before a capitalised name: the
    British order of a river's name ("the River Severn", "along the River
    Wye"). The article is required: without it "River" opens names that are
    not rivers ("River Plate won", "River Island said")."""
    if scan.f(k) != "river" or k + 1 >= len(scan.words) or k == 0:
        return False
    p = scan.prev_word(k)
    return p is not None and scan.f(p) == "the" and scan.words[k + 1][:1].isupper()


def _name_before(scan: Scan, k: int) -> int | None:
    """First token of the proper name before keyword token `k`, if there is one."""
    words = scan.words
    natural = scan.f(k) in OTHER_AFTER
    a = k
    while a > 0 and k - a < 8 and scan.prev_word(a) is not None:
        p = a - 1
        if words[p][:1].isupper() and words[p].isalpha():
            if p in scan.sentence_initial and (
                scan.f(p) in FUNCTION_WORDS
                or (scan.f(p) in common_words() and words[p + 1].islower())
            ):
                break  # "Residents of West Valley": a common word opens the sentence
        elif not _inside_name(scan, p, a < k):
            break
        elif natural and scan.f(p) == "and" and _named_before_and(scan, p):
            break  # "New River and Cave Creek": two places, not one
        a = p
    while a < k and (not words[a][:1].isalnum() or scan.f(a) in NAME_CONNECTORS):
        a += 1
    if a == k or not any(words[x][:1].isupper() for x in range(a, k)):
        return None
    if all(scan.f(x) in NOT_NAME_WORDS for x in range(a, k) if words[x].isalpha()):
        return None
    if all(scan.f(x) in INSTITUTION_WORDS for x in range(a, k) if words[x].isalpha()):
        return None  # "the Catholic Church", "World Church": an institution
    if all(scan.f(x) in TITLES for x in range(a, k) if words[x].isalpha()):
        # "Mr Park said", "former President Park Geun-hye", "Senator Church":
        # a title before a keyword that is a surname too names a person
        return None
    if k - a == 1 and scan.f(a) in scan.gaz.given_names:
        if a in scan.sentence_initial:
            return None  # "Linda Park said": a person
        if scan.f(k) in SURNAME_KEYWORDS and not _at_place(scan, a):
            return None  # "according to Susan Park", "written by Wei Park"
    return a


def _named_before_and(scan: Scan, p: int) -> bool:
    """The capitalised words before the "and" at token `p` name a place of
    their own: they end in a feature's keyword ("New River and Cave Creek")
    or are a place of the gazetteer ("Anthem and Cave Creek"). A natural
    feature or a town is then one of two joined, where "Lewis and Clark
    Lake" keeps its "and"."""
    words = scan.words
    q = p - 1
    if q < 0 or not words[q][:1].isupper():
        return False
    if scan.f(q) in OTHER_AFTER:
        return True
    a = q
    while a > 0 and q - a < 3 and words[a - 1][:1].isupper() and words[a - 1].isalpha():
        a -= 1
    for b in range(a, q + 1):
        if b in scan.sentence_initial:
            continue
        key = " ".join(scan.f(x) for x in range(b, q + 1))
        if scan.lookup(key):
            return True
    return False


def _at_place(scan: Scan, a: int) -> bool:
    """A place word stands before token `a` ("in Victoria Park", "at the
    Albert Hall"), "according to" aside."""
    p = scan.prev_word(a)
    if p is not None and scan.f(p) == "the":
        p = scan.prev_word(p)
    if p is None:
        return False
    f = scan.f(p)
    if f == "to" and p > 0 and scan.f(p - 1) == "according":
        return False
    return f in PLACE_PREPOSITIONS or f in LOCATIVE


def _inside_name(scan: Scan, p: int, started: bool) -> bool:
    """Token `p` can sit inside a name: a number, an ordinal, "'s", a hyphen or
    a connector between capitalised words ("14th", "Children's", "Isle of")."""
    words = scan.words
    w = words[p]
    f = scan.f(p)
    after_cap = p > 0 and words[p - 1][:1].isupper()
    return (
        w.isdigit()
        or f in {"th", "st", "nd", "rd"}
        or (w in {"'", "-"} and after_cap)
        or (f == "s" and p > 0 and words[p - 1] == "'")
        or (f in NAME_CONNECTORS and started and after_cap)
        or (w == "." and p > 0 and scan.f(p - 1) in {"st", "mt", "ft"})
    )
