"""Whether a time expression's phrase hangs on the verb of its clause.

A past clause says that what it names has happened only when the time belongs
to its verb: "the rally was held in April", "the firm hired advisers in
April", "workers walked out on April 2" name an April that has begun. A time
inside a noun's phrase belongs to that noun's event, which the verb does not
date: "told oil companies of a cutback in its supply in September", "talked
about the slated visit of the secretary in September" are ahead.

Read on the Penn tags of the sentence, from the expression back to the verb:
the past verb right before it ("the quarter ended Oct. 31"), or its own
preposition (a bare month or day before a noun, "missed a March deadline",
names that noun's time), then at most a particle, adverbs, one short noun
phrase (the verb's object) and an amount of change ("fell to 2.3% in April"),
then the past verb itself.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["attached_to_past"]

# Prepositions that may introduce the expression itself.
_OWN_PREPOSITION = frozenset("in on during at".split())
# Tags of a short object between the verb and the expression ("hired
# advisers", "signed the deal", "cut its rates").
_OBJECT = frozenset("DT PRP$ PRP JJ NN NNS NNP NNPS CD POS".split())
_OBJECT_MAX = 3  # tokens of the object: longer ones hold a noun's own phrase
_ADVERB = frozenset("RB RP".split())
# A change by an amount between the verb and the expression: "fell to 2.3% in
# April", "rose 12% to $5 billion in April".
_AMOUNT_WORDS = frozenset("to from by % percent per cent points $".split())
_AMOUNT_MAX = 8
_PAST = frozenset("VBD VBN".split())


def attached_to_past(sent: Sequence[tuple[str, str, int, int]], start: int) -> bool:
    """The expression starting at offset `start` of the tagged sentence `sent`
    (text, tag, start, end) hangs on a past verb: its own preposition, then
    only a particle or adverb and a short object stand between them."""
    i = next((n for n, tok in enumerate(sent) if tok[2] >= start), len(sent))
    i -= 1
    if i >= 0 and sent[i][1] in _PAST:
        return True  # "the quarter ended Oct. 31"
    i = _list_opening(sent, i)
    if i < 0 or sent[i][0].lower() not in _OWN_PREPOSITION:
        return False  # "missed a March deadline": the noun's time, not the verb's
    i -= 1
    objects = amounts = 0
    while i >= 0:
        text, tag = sent[i][0].lower(), sent[i][1]
        if tag in _PAST:
            return True
        if tag in _ADVERB:
            pass
        elif (tag == "CD" or text in _AMOUNT_WORDS) and amounts < _AMOUNT_MAX:
            amounts += 1
        elif tag in _OBJECT and objects < _OBJECT_MAX:
            objects += 1
        else:
            return False
        i -= 1
    return False


_LIST_LINK = frozenset(", and or".split())
_LIST_MEMBER = frozenset("NNP CD".split())


def _list_opening(sent: Sequence[tuple[str, str, int, int]], i: int) -> int:
    """The index of the preposition that opens a list of dates the expression
    after index `i` ends ("rose in June, July, August and [September]": the
    "in"), or `i` itself when the expression follows no such list."""
    j = i
    while (
        j >= 1 and sent[j][0].lower() in _LIST_LINK and sent[j - 1][1] in _LIST_MEMBER
    ):
        j -= 1
        while j >= 1 and sent[j - 1][1] in _LIST_MEMBER:
            j -= 1  # "June 3": a member of more than one token
        j -= 1
    if j != i and j >= 0 and sent[j][0].lower() in _OWN_PREPOSITION:
        return j
    return i
