"""How far in the background a trigger stands: main clause, adverbial clause,
relative clause; participles used as adjectives and verbs used as nouns.

Among the events of a sentence, those of the main clause are kept; a bare noun
("the attack") needs an actor to be an event.
"""

from __future__ import annotations

from .sentence import Candidate, Sentence
from .words import word_classes

__all__ = ["adjectival", "nominal", "reduced_relative", "subordinate"]


def adjectival(sent: Sentence, c: Candidate) -> bool:
    """A past participle between a determiner and a noun ("the besieged town")."""
    n = c.match.first
    word = sent.words[n]
    return (
        n > 0
        and c.match.last == n
        and word.endswith("ed")
        and sent.words[n - 1] in {"the", "a", "an", "its", "their", "his", "her"}
    )


def nominal(sent: Sentence, c: Candidate) -> bool:
    """An -ing form used as a noun ("after fierce fighting", "the killing")."""
    n = c.match.first
    if not c.entry.verbal:
        return True  # "air strike", "hunger strike": an event noun
    if n == 0:
        return False
    prev = sent.words[n - 1]
    if sent.words[n].endswith("ing") and (
        prev in word_classes().nominal_before
        or (
            n > 1
            and sent.words[n - 2] in {"the", "a", "an"}
            and prev.isalpha()
            and sent.tokens[n - 1].text.islower()
            and prev not in word_classes().adverbs_skip
        )
    ):
        return True
    # "bans on travel to Canada", "the attack": a verb's base form after a preposition.
    first = c.entry.items[0]
    base = next(iter(first)) if first is not None and len(first) == 1 else None
    if base is not None or sent.words[n].endswith(("ed", "ing")):
        return False
    return (
        prev in word_classes().determiners
        or prev in word_classes().demonstratives
        or _modified_noun(sent, n)
    )


def _modified_noun(sent: Sentence, n: int) -> bool:
    """A verb's base form after a determiner and adjectives is a noun: "a general
    strike", "an open-ended strike" (not "the rebels strike": an actor between)."""
    k = n - 1
    steps = 0
    while k >= 0 and steps < 4:
        w = sent.words[k]
        plain = (
            w.replace("-", "").isalpha()
            and sent.tokens[k].text.islower()
            and w not in word_classes().not_modifiers
            and w not in word_classes().modal_plan
            and w not in word_classes().modal_hypo
            and sent.am_covering(sent.tokens[k].start) is None
        )
        if not (plain or w == "-"):
            break
        k -= 1
        steps += 1
    if not steps or k < 0:
        return False
    return sent.words[k] in {"the", "a", "an", "its", "their", "his", "her", "our"}


def subordinate(sent: Sentence, c: Candidate) -> int:
    """How far in the background an event is: 0 main clause, 1 adverbial clause
    ("as", "after", "when" ...), 2 relative clause, purpose "to ...", gerund after a
    preposition, participle after a noun ("the curfew imposed in ...")."""
    n = c.match.first
    words = sent.words
    prev = words[n - 1] if n > 0 else ""
    if prev == "to" and c.mode != "planned":
        return 2
    if words[n].endswith("ing") and (
        prev == ","
        or prev in word_classes().gerund_preps
        or prev in word_classes().weekdays_lower
        or prev in word_classes().time_words
    ):
        return 2  # "..., killing eight", "demonstrated on Sunday calling for ..."
    if (
        words[n].endswith("ing")
        and n > 0
        and prev not in word_classes().be
        and (
            sent.ends_actor(n - 1)
            or (
                sent.tokens[n - 1].text.isalpha()
                and sent.tokens[n - 1].text.islower()
                and prev not in word_classes().adverbs_skip
                and prev not in word_classes().pronouns
                and prev not in word_classes().negators
                and prev not in {"and", "or", "but", "then", "to", "not"}
                and not prev.endswith("n't")
            )
        )
    ):
        return (
            2  # "rebels fighting to topple him", "an attack targeting ...": modifiers
        )
    if reduced_relative(sent, c):
        return 2
    for k in range(n - 1, max(-1, n - 10), -1):
        w = words[k]
        if w in {",", ";", ":"} or w in word_classes().hard_boundary:
            break
        if w in word_classes().relatives:
            return 2
        if w in word_classes().subordinators:
            return 1
        # "the group that has seized ...": a relative clause, unless "that" follows
        # a reporting or governing verb ("said that", "demanded that").
        if (
            w == "that"
            and k > 0
            and k - 1 not in sent.complement_heads
            and words[k - 1] not in word_classes().time_words
            and not sent.tokens[k - 1].text[:1].isupper()
        ):
            return 2
    return 0


def reduced_relative(sent: Sentence, c: Candidate) -> bool:
    """A participle right after a noun with no object after it: "the curfew imposed
    in Sudan", "10 Russian soldiers killed in Ukraine", "weapons seized last year"."""
    n = c.match.first
    if (
        n == 0
        or not sent.words[n].endswith(("ed", "en", "wn"))
        or c.flags & {"ctrl", "speech", "sym"}
        or c.type == "PROTEST"
        or c.cameo in word_classes().intransitive
    ):
        return False
    words = sent.words
    prev = words[n - 1]
    after = words[n + 1] if n + 1 < len(words) else "."
    nxt_tok = sent.tokens[n + 1] if n + 1 < len(words) else None
    objectless = (
        after in word_classes().after_participle
        or after in word_classes().time_after
        or (nxt_tok is not None and nxt_tok.text in word_classes().weekdays)
    )
    if not objectless:
        return False
    if sent.ends_actor(n - 1):
        # After an actor only a preposition shows it ("soldiers killed in ..."),
        # not a time ("prisoners rioted Monday").
        return (
            after in word_classes().after_participle
            and after != "to"
            and (n < 2 or words[n - 2] not in word_classes().be)
        )
    return (
        prev.isalpha()
        and sent.tokens[n - 1].text.islower()
        and prev not in word_classes().time_words
        and prev not in word_classes().be
        and prev not in word_classes().adverbs_skip
        and prev not in word_classes().pronouns
        and prev not in word_classes().negators
        and prev not in {"and", "or", "but", "then", "who", "which", "that"}
    )
