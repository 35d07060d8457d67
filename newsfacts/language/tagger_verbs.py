"""A last pass of the tagger over past forms, read by the clause they stand in.

A regular past form ("killed", "found") is a finite verb (VBD) or a participle
(VBN), and its neighbours alone often cannot tell: "the men found the body"
against "the body found in the river was identified". The contextual rules see
one or two words either side, and in one left-to-right pass a word sees its
right neighbour's first guess only. This pass runs after them, over the whole
sentence, and looks at what the clause still needs:

- A past form after a noun, followed by a preposition or an adverb of time,
  whose clause's next verb is finite, is a participle opening a reduced
  relative clause: the noun is the subject of that later verb ("A note found
  on the body said", "Swans found last week have tested positive"). Not
  when the clause opened with a subordinating conjunction, whose verb it is
  ("Since the film opened last month it has earned").
- A past form after the object of a preposition or of a verb, in a clause
  whose finite verb came before, is a participle: the noun cannot be its
  subject ("officials tested samples from chickens found in the market").
- A past form of a verb of believing or saying after a noun, followed by
  "to be" or "to have", is a passive ("fighters believed to be Rwandan").
- A past form after the subject of a clause that "said" (or "told", "says")
  opens without "that" is that clause's finite verb ("officials said the
  tsunami destroyed 300 boats"), unless the clause has a finite verb still
  to come ("said the men arrested last week were released").
- A past form right after the subject of a clause that a subordinating
  conjunction opens is its finite verb ("when a bus overturned"), unless a
  finite verb follows in that clause ("after the bodies found in the river
  were identified").
- A past form coordinated with a finite past verb before it, and followed
  by its own object, is finite too ("destroyed or damaged more than 100
  boats"), now that the first verb's tag is settled.

A clause ends at a comma, colon, conjunction, bracket, quote, relative or
wh-word, or subordinating conjunction ("because", "when", "that"). Verbs that
take a clause without "that" ("said", "told") are left alone: "The ministry
said in a statement it will" has no reduced relative. The word lists are in
`language/data/verb_classes.tsv`. One right-to-left scan and one left-to-right
scan: linear time.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import _data
from ._positions import where_in

__all__ = ["settle_compound_nouns", "settle_past_forms", "settle_present_forms"]

_NOUNS = frozenset(("NN", "NNS", "NNP", "NNPS"))
_PAST = frozenset(("VBD", "VBN"))
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
_NON_FINITE = frozenset(("VB", "VBG", "VBN", "TO"))
_ADVERBS = frozenset(("RB", "RBR", "RBS"))
# The longest noun phrase a look-back crosses: every scan is bounded, so the
# pass is linear in the sentence whatever its shape.
_PHRASE = 12
# What a subject noun phrase is made of: "the country 's two largest banks".
_NOUN_PHRASE = frozenset("DT PDT CD JJ JJR JJS NN NNS NNP NNPS POS PRP$".split())
# Tags that close a clause for the look-ahead.
_BOUNDARY = frozenset(
    ("CC", ",", ":", ".", "WDT", "WP", "WP$", "WRB", "``", "''", "-LRB-", "-RRB-")
)
_SUBORDINATORS = frozenset(
    "that because while when whenever after before if although though since as "
    "until unless whether where whereas once so than".split()
)
# What may follow the participle of a reduced relative: a preposition or
# "to" ("found in", "meant to"), or an adverb ("arrested last April" reads
# "last" as JJ, so adjectives of time are counted too).
_REDUCED_NEXT = frozenset(("IN", "TO", "RB"))
# ... and of one after an object: the end of the phrase too ("the votes
# counted .", "evidence considered vital").
_AFTER_PARTICIPLE = frozenset(("IN", "TO", "RB", ".", ",", "JJ"))
_TIME_WORDS = frozenset(
    "last yesterday today monday tuesday wednesday thursday friday saturday sunday "
    "earlier recently".split()
)
# Objects after a coordinated finite verb: "and wounded several others".
_OBJECT_START = frozenset(("DT", "PRP$", "PRP", "CD", "JJR", "NNS"))
# After the subject of a "said" clause, what follows a finite verb and not a
# participle: an object, a particle, a conjunction or the end.
_ACTIVE_NEXT = frozenset(("DT", "PRP$", "PRP", "CD", "JJR", "RP", "CC", "."))
# The tags either scan of `settle_past_forms` acts on.
_MARKED = _FINITE | _NON_FINITE | _BOUNDARY | {"IN"}


@_data.lazy
def _verb_classes() -> dict[str, frozenset[str]]:
    """Verb form -> its classes ("clause", "complement", "report"), from
    language/data/verb_classes.tsv."""
    found: dict[str, set[str]] = {}
    for row in _data.iter_rows("language/data/verb_classes.tsv"):
        found.setdefault(row[0], set()).add(row[1])
    return {word: frozenset(classes) for word, classes in found.items()}


_NONE: frozenset[str] = frozenset()


def settle_past_forms(
    lows: Sequence[str],
    tags: list[str],
    found: Sequence[tuple[str, frozenset[str]]],
) -> None:
    """Retag, in place, the past forms whose clause decides VBD or VBN;
    `found[i]` is word i's lexicon entry, (first tag, tags it may take)."""
    n = len(tags)
    if n < 3 or ("VBD" not in tags and "VBN" not in tags):
        return
    for i in range(1, n - 1):
        if tags[i] in _PAST and found[i][1] >= _PAST:
            break
    else:
        return  # no past form that may be either
    # Only verbs, boundaries and prepositions change what either scan carries
    # along; every other token is passed over in bulk.
    marked = where_in(tags, _MARKED)
    # finite_next[i]: the next verb after i in its clause is finite. Right to
    # left, a run of unmarked tokens takes the value the marked one after it
    # left.
    finite_next = [False] * n
    seen = False
    top = n
    for i in reversed(marked):
        if seen:
            finite_next[i:top] = [True] * (top - i)
        top = i
        tag = tags[i]
        if tag in _FINITE:
            seen = True
        elif tag == "TO":
            if i + 1 < n and tags[i + 1] == "VB":  # "to" before a verb
                seen = False
        elif tag == "VBG" and (
            (i >= 1 and tags[i - 1] == "IN")
            or (i >= 2 and tags[i - 1] in _ADVERBS and tags[i - 2] == "IN")
        ):
            pass  # a gerund after a preposition is inside a phrase: "of killing"
        elif (
            tag in _NON_FINITE
            or tag in _BOUNDARY
            or (tag == "IN" and lows[i] in _SUBORDINATORS)
        ):
            seen = False
    if seen:
        finite_next[:top] = [True] * top
    classes = _verb_classes()
    subordinate = False  # the clause so far opened with "since", "when" ...
    finite_seen = False  # a finite verb before, anywhere in the sentence
    for i in marked:
        if i >= n - 1:
            break
        tag = tags[i]
        if tag in _BOUNDARY:
            subordinate = tag == "WRB"  # "when", "where" open a clause
            continue
        if tag == "IN" and lows[i] in _SUBORDINATORS:
            # "as", "than" and "so" open phrases as often as clauses.
            subordinate = lows[i] not in ("as", "than", "so")
            continue
        if tag not in ("VBD", "VBN"):
            if tag in _FINITE or tag in _NON_FINITE:
                subordinate = False
                finite_seen = finite_seen or tag in _FINITE
            continue
        was_subordinate, subordinate = subordinate, False
        finite_before, finite_seen = finite_seen, finite_seen or tag == "VBD"
        can = found[i][1]
        if i == 0 or "VBD" not in can or "VBN" not in can:
            continue
        before = tags[i - 1]
        nxt = tags[i + 1]
        if tag == "VBD":
            if before == "," and _parenthetical(tags, lows, i, finite_next):
                tags[i] = "VBN"  # The probe , launched in 2006 , reached Pluto
                continue
            if before not in _NOUNS or was_subordinate:
                continue
            kinds = classes.get(lows[i], _NONE)
            if nxt == "TO":
                if "report" in kinds and i + 2 < n and lows[i + 2] in ("be", "have"):
                    tags[i] = "VBN"  # fighters believed to be Rwandan
            elif (
                finite_next[i]
                and (nxt in _REDUCED_NEXT or lows[i + 1] in _TIME_WORDS)
                and "clause" not in kinds
                and lows[i + 1] != "that"
            ):
                tags[i] = "VBN"  # a note found on the body said
            elif (
                (nxt in _AFTER_PARTICIPLE or lows[i + 1] in _TIME_WORDS)
                and "clause" not in kinds
                and _governed_noun_phrase(lows, tags, i, classes, found)
            ):
                tags[i] = "VBN"  # officials tested birds found in the market
        elif was_subordinate and before in _NOUNS:
            if not finite_next[i] and nxt != "TO" and lows[i + 1] != "by":
                tags[i] = "VBD"  # when a bus overturned , ...
        elif before == ",":
            if nxt != "IN" and _after_apposition(tags, i, finite_before):
                tags[i] = "VBD"  # The probe , launched in 2006 , reached Pluto
        elif before == "CC":
            if nxt in _OBJECT_START and _last_verb(tags, i) == "VBD":
                tags[i] = "VBD"  # destroyed or damaged more than 100 boats
        elif before in _NOUNS and nxt in _ACTIVE_NEXT and not finite_next[i]:
            j = i - 1
            stop = max(0, j - _PHRASE)
            while j > stop and tags[j] in _NOUN_PHRASE:
                j -= 1
            if _takes_clause(classes, lows[j]) and tags[j] in _FINITE:
                tags[i] = "VBD"  # officials said the tsunami destroyed


def _parenthetical(
    tags: Sequence[str], lows: Sequence[str], i: int, finite_next: Sequence[bool]
) -> bool:
    """Whether the past form at i opens a phrase set off by commas after a
    noun, with no verb of its own, before the clause's finite verb: "The
    probe , launched in 2006 , reached Pluto"."""
    if i < 2 or tags[i - 2] not in _NOUNS:
        return False
    if tags[i + 1] not in _REDUCED_NEXT and lows[i + 1] not in _TIME_WORDS:
        return False
    for j in range(i + 1, min(len(tags), i + 14)):
        tag = tags[j]
        if tag == ",":
            return (
                finite_next[j] and tags[j + 1] != "CC" if j + 1 < len(tags) else False
            )
        if tag in _FINITE or tag in _NON_FINITE or tag in _BOUNDARY:
            return False
    return False


def _governed_noun_phrase(
    lows: Sequence[str],
    tags: Sequence[str],
    i: int,
    classes: dict[str, frozenset[str]],
    found: Sequence[tuple[str, frozenset[str]]],
) -> bool:
    """Whether the noun phrase before word i is the object of a preposition
    or a verb in a clause whose finite verb came before it ("samples from
    dead chickens", "tested the birds"): then the past form at i cannot be
    that noun's verb. Not so for the subject of a clause that "said" or a
    subordinating conjunction opens, nor where no finite verb came first
    ("the leader of the rebels fled"), nor where the verb before may be no
    verb or a participle itself ("forces from each side fought")."""
    j = i - 1
    stop = max(-1, j - _PHRASE)
    while j > stop and tags[j] in _NOUN_PHRASE:
        j -= 1
    if j < 0:
        return False
    tag, low = tags[j], lows[j]
    if tag == "IN":
        if low in _SUBORDINATORS:
            return False
    elif tag not in _GOVERNORS or tag == "TO" or _takes_clause(classes, low):
        return False  # "showed inflation slowed": a clause, not an object
    for k in range(j, max(-1, j - 16), -1):
        tag = tags[k]
        if tag in _FINITE:
            # A finite verb that is sure of itself: right after the subject
            # that opens its clause, or neither a past form that may be a
            # participle nor an -s form that may be a plural noun.
            if found[k][1] & _UNSURE.get(tag, _NONE) and not _after_subject(
                lows, tags, k
            ):
                return False
            if _takes_clause(classes, lows[k]):
                return False
            return not _in_relative_clause(tags, k)
        if tag in _BOUNDARY or (tag == "IN" and lows[k] in _SUBORDINATORS):
            return False
    return False


def _takes_clause(classes: dict[str, frozenset[str]], word: str) -> bool:
    """Whether a verb form takes a clause without "that" ("said", "showed")."""
    kinds = classes.get(word, _NONE)
    return "clause" in kinds or "complement" in kinds


def _after_subject(lows: Sequence[str], tags: Sequence[str], k: int) -> bool:
    """Whether the words before k are a noun phrase that opens its clause
    (the sentence, or after a comma, conjunction or subordinator)."""
    j = k - 1
    stop = max(-1, j - _PHRASE)
    while j > stop and tags[j] in _NOUN_PHRASE:
        j -= 1
    if j == k - 1:
        return False
    if j < 0:
        return True
    return tags[j] in (",", ":", "CC", "``") or (
        tags[j] == "IN" and lows[j] in _SUBORDINATORS
    )


def _in_relative_clause(tags: Sequence[str], k: int) -> bool:
    """Whether the verb at k is in a relative clause: a relative word comes
    before it within its clause ("a soldier who was wounded in an attack
    died", where "died" is the main verb)."""
    for m in range(k - 1, max(-1, k - 16), -1):
        tag = tags[m]
        if tag in ("WDT", "WP", "WP$", "WRB"):
            return True
        if tag in (",", ":", "CC", "``", "''", "-LRB-", "-RRB-"):
            return False
    return False


def _after_apposition(tags: Sequence[str], i: int, finite_before: bool) -> bool:
    """Whether the sentence up to the comma before i is a noun phrase, a
    comma, and a phrase set off by commas: one without a finite verb ("The
    probe , launched in 2006 ,") or a relative clause ("The fire , which
    broke out after midnight ,"). Then the past form at i is the main verb."""
    for j in range(1, min(i - 1, _PHRASE)):
        tag = tags[j]
        if tag == ",":
            if tags[j - 1] not in _NOUNS:
                return False
            return not finite_before or tags[j + 1] in ("WDT", "WP")
        if tag not in _NOUN_PHRASE:
            return False
    return False


def _last_verb(tags: Sequence[str], i: int) -> str:
    """The tag of the nearest verb before the conjunction at i - 1, within
    twelve words ("" if none)."""
    for j in range(i - 2, max(-1, i - 14), -1):
        tag = tags[j]
        if tag in _FINITE or tag in _NON_FINITE:
            return tag
    return ""


# What shows that a noun-or-verb after a plural noun is a verb after all: the
# start of an object ("face shortages", "show quick treatment") or "to".
_VERB_NEXT = frozenset(
    ("DT", "PRP", "PRP$", "CD", "TO", "WP", "WDT", "JJ", "JJR", "JJS", "NNS")
)


def settle_compound_nouns(
    lows: Sequence[str], tags: list[str], found: Sequence[tuple[str, frozenset[str]]]
) -> None:
    """Retag, in place, a noun that the rules made a present verb after a
    plural noun it is compounded with: "a police station", "its nuclear
    weapons program", "a human rights record". The word must be a noun
    first (its lexicon tag is NN) and have no object of its own ("the police
    patrol the streets" keeps its verb), and it must not end a clause that a
    subordinator opens with the plural as its subject ("as talks stall")."""
    n = len(tags)
    for i in range(1, n):
        if (
            tags[i] == "VBP"
            and tags[i - 1] == "NNS"
            and found[i][0] == "NN"
            and "VBD" not in found[i][1]  # "throats slit", an unknown "overthrew"
            and (
                i + 1 >= n or (tags[i + 1] not in _VERB_NEXT and lows[i + 1] != "that")
            )
            and not _subordinate_clause_end(lows, tags, i)
        ):
            tags[i] = "NN"


# Words opening a clause whose subject and verb follow ("as talks stall").
_CLAUSE_OPENERS = frozenset(
    "as while when whenever if because until since though although unless".split()
)
_CLAUSE_END = frozenset((".", ",", ":", "CC"))


def _subordinate_clause_end(lows: Sequence[str], tags: Sequence[str], i: int) -> bool:
    """Word `i` ends a clause of a subordinator and one plural noun, its
    subject: "as talks stall", "while stocks rally,"."""
    return (
        i >= 2
        and lows[i - 2] in _CLAUSE_OPENERS
        and (i + 1 >= len(tags) or tags[i + 1] in _CLAUSE_END)
    )


def settle_present_forms(
    lows: Sequence[str], tags: list[str], found: Sequence[tuple[str, frozenset[str]]]
) -> None:
    """Retag, in place, a plural-looking word after a singular noun as the
    clause's verb when the clause has no other finite verb: "the airline
    plans to lease six jets", "the Palestinian Authority moves to stop",
    "VOA's Mil Arcega reports ." A clause that "said" opens counts on its
    own ("officials said the company plans to cut jobs"). Noun compounds with
    a verb of their own keep their noun ("oil prices rose"). The other way,
    a verb-looking word that ends a noun phrase after a verb or a
    preposition is a plural noun: "threw three touchdown passes"."""
    n = len(tags)
    classes = _verb_classes()
    # Only -s verbs and plural nouns may change, each at its own turn: they are
    # found in one pass (a change at i is read by later words, as before).
    for i in where_in(tags[1:], _S_FORMS, 1):
        if tags[i] == "VBZ" and tags[i - 1] == "NN" and "NNS" in found[i][1]:
            if _object_noun_phrase(lows, tags, i, classes) or _after_plural_of(
                lows, tags, i
            ):
                tags[i] = "NNS"  # threw three touchdown passes
            continue
        if (
            tags[i] != "NNS"
            or tags[i - 1] not in ("NN", "NNP")
            or "VBZ" not in found[i][1]
            or (
                i + 1 < n
                and tags[i + 1] not in _PRESENT_NEXT
                and not (tags[i + 1] in (".", ",") and _ends_subordinate(lows, tags, i))
            )
        ):
            continue
        if _finite_in_clause(lows, tags, i, classes):
            continue
        tags[i] = "VBZ"


_S_FORMS = frozenset(("VBZ", "NNS"))
# What follows a present verb of a clause and not a plural noun: its object,
# "to", an adverb or a particle (a preposition or the end of the sentence
# follows both: "reports from Beijing", "peace talks between").
_PRESENT_NEXT = frozenset(("DT", "PRP", "PRP$", "CD", "TO", "RB", "RP", "NNP", "JJR"))


def _finite_in_clause(
    lows: Sequence[str], tags: Sequence[str], i: int, classes: dict[str, frozenset[str]]
) -> bool:
    """Whether word i cannot be its clause's verb: the words before it are not
    a subject noun phrase opening the clause (at the start of the sentence,
    after a comma or a subordinating conjunction, or after a verb that takes
    a clause, "said"), or the clause has a finite verb after it."""
    j = i - 1
    stop = max(-1, j - _PHRASE)
    while j > stop and (tags[j] in _NOUN_PHRASE or (lows[j] == "of" and j > 0)):
        if lows[j] == "of" and tags[j - 1] in ("NNS", "NNPS"):
            return True  # the subject's head is plural: "Results of the match"
        j -= 1  # "The head of the oil company plans to resign"
    if j >= 0:
        tag = tags[j]
        opens = tag in (",", ":", "``") or (tag == "IN" and lows[j] in _SUBORDINATORS)
        if not opens and not (tag in _FINITE and _takes_clause(classes, lows[j])):
            return True
    for j in range(i + 1, min(len(tags), i + 13)):
        tag = tags[j]
        if tag in _FINITE or tag == "VBN" or (tag == "VB" and tags[j - 1] != "TO"):
            return True  # the clause's verb comes later ("planes also fired")
        if tag in _BOUNDARY or (tag == "IN" and lows[j] in _SUBORDINATORS):
            break
    return False


def _object_noun_phrase(
    lows: Sequence[str], tags: Sequence[str], i: int, classes: dict[str, frozenset[str]]
) -> bool:
    """Whether word i ends a noun phrase that a verb or a preposition governs
    ("threw three touchdown passes", "in oil company shares"), not the
    subject of a clause ("said the company plans", "that the plant employs")."""
    if i + 1 < len(tags) and tags[i + 1] in ("NNS", "PRP", "PRP$"):
        return False  # an object of its own: "the giant faces charges"
    j = i - 1
    stop = max(-1, j - _PHRASE)
    while j > stop and (tags[j] in _NOUN_PHRASE or lows[j] == "of"):
        j -= 1  # "a lack of money means": the of-phrase is inside the subject
    if j < 0 or j == i - 1:
        return False
    tag, low = tags[j], lows[j]
    if tag == "IN":
        return low not in _SUBORDINATORS
    return tag in _GOVERNORS and not _takes_clause(classes, low)


def _ends_subordinate(lows: Sequence[str], tags: Sequence[str], i: int) -> bool:
    """Whether word i ends a clause of a subordinator and a subject that opens
    with a determiner: "Shops close early as the unrest spreads.", "while the
    economy grows, ..." ("such as the water pumps." is a list, no clause)."""
    j = i - 1
    while j > 0 and tags[j] in ("NN", "NNP", "JJ", "POS"):
        j -= 1
    return (
        j > 1
        and tags[j] in ("DT", "PRP$")
        and tags[j - 1] == "IN"
        and lows[j - 1] in _SUBORDINATORS
        and lows[j - 1] not in ("that", "than", "so")
        and lows[j - 2] != "such"
    )


def _after_plural_of(lows: Sequence[str], tags: Sequence[str], i: int) -> bool:
    """Whether word i ends the of-phrase of a plural noun ("Results of English
    league soccer matches on Saturday", "prices of cooking gas cylinders"):
    the plural heads the noun phrase, so an -s verb there would have no
    subject that agrees with it; the -s word is a plural noun."""
    j = i - 1
    stop = max(0, j - _PHRASE)
    while j > stop and tags[j] in _OF_OBJECT:
        j -= 1
    if tags[j] in ("DT", "PRP$"):
        j -= 1  # "Results of the league matches"
    return j > 0 and lows[j] == "of" and tags[j - 1] in ("NNS", "NNPS")


# What an of-phrase holds before its head noun: modifiers and nouns.
_OF_OBJECT = frozenset(("NN", "NNP", "JJ", "JJS", "JJR", "CD", "POS", "VBG"))
# For a finite verb, the other tags that would make it no verb of the clause.
_UNSURE = {
    "VBD": frozenset(("VBN",)),
    "VBZ": frozenset(("NNS",)),
    "VBP": frozenset(("NN", "NNS")),
}
# Words that govern a following noun phrase as object: verbs and "to".
_GOVERNORS = frozenset(("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "TO"))
