"""Verb groups on a Penn-tagged sentence: where they are, where a clause ends,
and the tense of a group's finite head.

The pieces every reading of a clause's tense shares (`clause_tense`,
`verb_tags`, `plan_verbs`): the tag classes, the verb-group word classes of
`data/verb_groups.tsv`, what counts as a verb (a gerund in a noun compound and
the "am" of a clock time do not), the clause boundaries a search stops at, and
the tense of a group read from its auxiliaries ("will", "had ... -ed", "is due
to", "is meeting").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from .._data import lazy, word_classes

__all__ = [
    "FINITE",
    "GAP_TAGS",
    "HARD",
    "NOUN_PHRASE",
    "NOUN_PHRASE_OR_PRONOUN",
    "NOUN_TAGS",
    "PREPOSITIONAL",
    "VERB_TAGS",
    "ClauseTense",
    "Tok",
    "boundary",
    "group_at",
    "head_tense",
    "is_adverb",
    "is_verbal",
    "now_after",
    "verb_words",
]

ClauseTense = Literal["past", "future", "past?", "future?", "present"] | None

VERB_TAGS = frozenset("MD VB VBD VBG VBN VBP VBZ".split())
FINITE = frozenset("VBD VBP VBZ MD".split())
NOUN_TAGS = frozenset("NN NNS NNP NNPS".split())
# Tags inside a simple noun phrase ("its new presence", "the company's plant").
NOUN_PHRASE = NOUN_TAGS | frozenset("DT PRP$ JJ JJR JJS CD POS".split())
NOUN_PHRASE_OR_PRONOUN = NOUN_PHRASE | {"PRP"}
# Tags of the words between a span-opening verb's group and the expression:
# its object, prepositions and a participle on it (see the check using it).
GAP_TAGS = NOUN_PHRASE | {"PRP", "IN", "VBG", "RB"}
# Punctuation that closes a clause for the search (commas do not: "On Friday,
# the government planned ..." is one clause).
HARD = frozenset(";:()[]{}\"“”‘’`'") | {"--", "``", "''", "—", "–"}
# Subordinators that may also be prepositions: a boundary only when a clause
# follows them, not when they govern the expression ("after Friday's vote").
PREPOSITIONAL = frozenset("since until after before".split())


@lazy
def verb_words() -> dict[str, frozenset[str]]:
    """The verb-group word classes (auxiliaries, planning and timetable verbs,
    clause openers ...), read once from `data/verb_groups.tsv`."""
    return word_classes("dates/data/verb_groups.tsv")


Tok = tuple[str, str]  # (text, Penn tag)


def is_verbal(toks: Sequence[Tok], i: int, w: dict[str, frozenset[str]]) -> bool:
    """Token `i` is part of a verb group: a verb, a modal, the "to" of an
    infinitive, or "due"/"likely"/"set" before "to"."""
    text, tag = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else ("", "")
    if tag == "VBG" and i > 0 and toks[i - 1][1] in NOUN_TAGS and nxt[1] in NOUN_TAGS:
        return (
            False  # a noun compound: "a bank holding company", "oil producing nations"
        )
    if i > 0 and toks[i - 1][1] == "CD" and text.lower() == "am":
        return False  # "at 4 am", "4.15am": a clock time's "am", not the verb
    if tag in VERB_TAGS or text.lower() in w["will"]:
        return True
    low = text.lower()
    if tag == "TO":
        return nxt[1] == "VB"  # "to resume"
    # "due", "likely", "set" between a form of "be" and "to".
    return low in w["to_future"] and nxt[1] == "TO"


def is_adverb(tok: Tok) -> bool:
    """An adverb or negation, which a verb group may hold ("will not meet")."""
    return tok[1] in ("RB", "RBR") or tok[0].lower() in ("not", "n't")


def group_at(
    toks: Sequence[Tok], i: int, w: dict[str, frozenset[str]]
) -> tuple[int, int]:
    """The verb group around verbal token `i`: `[lo, hi)`, adverbs inside kept."""
    lo = i
    while True:
        j = lo - 1
        while j >= 0 and is_adverb(toks[j]):
            j -= 1
        if (
            j >= 0
            and is_verbal(toks, j, w)
            # A gerund before a finite verb is its subject ("Campaigning
            # officially ends at midnight"): no verb group goes on after one.
            and not (toks[j][1] == "VBG" and toks[lo][1] in FINITE)
        ):
            lo = j
        else:
            break
    hi = i + 1
    while True:
        j = hi
        while j < len(toks) and is_adverb(toks[j]):
            j += 1
        if j < len(toks) and is_verbal(toks, j, w):
            hi = j + 1
        else:
            break
    return lo, hi


def head_tense(
    group: Sequence[Tok], w: dict[str, frozenset[str]]
) -> ClauseTense | Literal["nonfinite"]:
    """Tense of the finite head of a verb group, or "nonfinite"."""
    words = [t.lower() for t, _ in group]
    tags = [g for _, g in group]
    for n, (low, tag) in enumerate(zip(words, tags, strict=True)):
        rest = words[n + 1 :]
        rest_tags = tags[n + 1 :]
        if tag == "MD" or low in w["will"] or low.endswith(("'ll", "’ll")):
            if "have" in rest and "VBN" in rest_tags:
                return "past"  # "may have been", "would have closed"
            if low in w["will"] or low.endswith(("'ll", "’ll")):
                return "future"
            return "future?" if low in w["unsure"] else "present"
        if tag not in FINITE and low not in w["be"] | w["have"]:
            continue
        if tag not in FINITE and n:
            continue  # "been", "being" after another auxiliary
        past = tag == "VBD" or low in ("was", "were", "had")
        if low in w["be"] and _plan_after(rest, rest_tags, w):
            return "present" if past else "future"  # "is due to", "was set to"
        if low in w["have"] and "VBN" in rest_tags:
            # "had met": past; "has fluctuated ... in March": a present perfect
            # reports the past, weakly ("has been named for a mission in
            # December" may still look ahead).
            return "past" if past else "past?"
        if past:
            return "past"
        if low in w["be"] and rest_tags[:1] == ["VBG"]:
            return "future?"  # "is meeting Friday"
        return "present"
    return "nonfinite"


def now_after(toks: Sequence[Tok], hi: int) -> bool:
    """A past "was"/"were" right before "now": reported speech shifted back
    ("a trial before Election Day was now all but impossible"), a present."""
    return (
        hi < len(toks)
        and toks[hi][0].lower() == "now"
        and toks[hi - 1][0].lower() in ("was", "were")
    )


def _plan_after(
    rest: list[str], rest_tags: list[str], w: dict[str, frozenset[str]]
) -> bool:
    """After a form of "be": "due to", "going to", "set to" (a plan)."""
    return any(
        low in w["to_future"] and k + 1 < len(rest_tags) and rest_tags[k + 1] == "TO"
        for k, low in enumerate(rest)
    )


def boundary(toks: Sequence[Tok], i: int, w: dict[str, frozenset[str]]) -> bool:
    """Token `i` closes the clause for a search: hard punctuation or a word
    that opens another clause ("that", "when", "after" before a verb)."""
    text, tag = toks[i]
    if text in HARD:
        return True
    low = text.lower()
    if low not in w["clause_start"]:
        return False
    if low in PREPOSITIONAL:
        # "after the talks collapsed": a clause follows when a verb comes soon.
        return any(t[1] in FINITE for t in toks[i + 1 : i + 5])
    if low == "that":
        return tag in ("IN", "WDT")  # not "that day"
    return True
