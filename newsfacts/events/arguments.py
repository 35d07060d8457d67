"""Who acts and who is acted upon: the source and target of a candidate event.

The source is the actor heading the clause before the trigger (or the agent of
a passive "by" phrase), the target the first actor acted upon after it; lists
("X and Y met"), appositions and partitives ("a group of deputies") are read
through to the actor they stand for.
"""

from __future__ import annotations

from .lexicon import Match
from .mentions import ActorMention, actor_verbs, distinct, scene_modifier
from .sentence import Candidate, Sentence
from .subordination import reduced_relative
from .words import word_classes

__all__ = ["assign_arguments", "coordinated_before", "left_actor", "right_actor"]


def _is_passive(sent: Sentence, m: Match) -> bool:
    """A participle after a form of "be" ("was attacked", "have been released")."""
    word = sent.words[m.first]
    if not (
        word.endswith(("ed", "en", "wn"))
        or word in word_classes().irregular_participles
    ):
        return False
    nxt = sent.words[m.first + 1] if m.first + 1 < len(sent.words) else ""
    if word in word_classes().stative_participles and nxt == "to":
        return False  # "Israel is opposed to ...", "is committed to ...": a stance
    j = m.first - 1
    while j >= 0 and sent.words[j] in word_classes().adverbs_skip:
        j -= 1
    if j < 0:
        return False
    return sent.words[j] in word_classes().be_passive


def _by_agent(sent: Sentence, after: int, limit: int = 10) -> ActorMention | None:
    """The actor of a "by ..." phrase within `limit` tokens after token `after`."""
    for j in range(after + 1, min(len(sent.tokens), after + 1 + limit)):
        w = sent.words[j]
        if w in word_classes().hard_boundary:
            return None
        if w == "by":
            for k in range(j + 1, min(len(sent.tokens), j + 6)):
                am = sent.am_at_token.get(k)
                if am is not None:
                    return am
                if (
                    sent.words[k] not in word_classes().speaker_det
                    and not sent.words[k].isalpha()
                ):
                    break
            return None
    return None


def _implicit_agent(sent: Sentence, after: int) -> ActorMention | None:
    """The agent of an agentless passive: "fired at it from Gaza", "killed in Israeli
    air strikes" (a nationality or actor, not a place, after "in"/"during")."""
    for j in range(after + 1, min(len(sent.words), after + 8)):
        w = sent.words[j]
        if w in word_classes().hard_boundary or w in {",", ";"}:
            return None
        if w not in {"from", "in", "during", "amid"}:
            continue
        for k in range(j + 1, min(len(sent.words), j + 4)):
            am = sent.am_at_token.get(k)
            if am is None:
                if sent.words[k] in {"the", "a", "an"}:
                    continue
                break
            if w == "from" or (am.place is None and not am.generic):
                return am
            break
    return None


def left_actor(
    sent: Sentence, before: int, skip: set[int] | None = None, stop_hard: bool = True
) -> ActorMention | None:
    """The nearest actor mention before token `before` heading a clause, not in a PP."""
    for n in range(before - 1, max(-1, before - 61), -1):
        w = sent.words[n]
        if stop_hard and w in word_classes().hard_boundary:
            return None
        am = sent.am_at_token.get(n)
        if am is None or (skip and id(am) in skip):
            continue
        p = n - 1
        if p > 0 and sent.words[p] in {"the", "a", "an", "its", "his", "her", "their"}:
            p -= 1  # "head of the American mission": the preposition before the article
        prev = sent.words[p] if p >= 0 else ""
        partitive = (
            prev == "of" and p > 0 and sent.words[p - 1] in word_classes().partitive
        )
        if not partitive and (
            prev in word_classes().obj_prep
            or prev in word_classes().locative
            or _adjective_pp(sent, n)
            or sent.words[n - 1] == "including"
            or (sent.words[n - 1] == "as" and n > 1 and sent.words[n - 2] == "such")
        ):
            continue
        if n >= 3 and sent.words[n - 1] in {"a", "an"} and sent.words[n - 2] == ",":
            # "The Observatory, a UK-based group, said": the name before the apposition.
            head = sent.am_by_end.get(sent.tokens[n - 3].end)
            if head is not None:
                return head
        if am.generic and am.actor.country is None:
            # "a group of deputies", "Laurent Fabius and a group": a named actor
            # further left in the same clause heads it.
            named = left_actor(sent, n, skip, stop_hard)
            if (
                named is not None
                and not named.generic
                and n - sent.token_index(named.end) <= 6
                and "," not in sent.words[sent.token_index(named.end) : n]
            ):
                return named
        return _list_head(sent, n) or _apposition_head(sent, n, am, before) or am
    return None


def _apposition_head(
    sent: Sentence, n: int, am: ActorMention, before: int
) -> ActorMention | None:
    """ "Pakistan, a key U.S. ally in the war, has refused": an actor inside an
    apposition closed by a comma before the verb stands for the head before it."""
    end = sent.token_index(am.end)
    if "," not in sent.words[end:before]:
        return None
    for k in range(n - 1, max(0, n - 8), -1):
        w = sent.words[k]
        if w in word_classes().hard_boundary:
            return None
        if w == "," and sent.words[k + 1] in {"a", "an"}:
            return sent.am_by_end.get(sent.tokens[k - 1].end) if k > 0 else None
    return None


def _adjective_pp(sent: Sentence, n: int) -> bool:
    """The actor at token n sits in a prepositional phrase behind adjectives:
    "near the eastern Thai border", "in the northern Syrian city"."""
    p = n - 1
    seen = 0
    while p > 0 and seen < 3:
        w = sent.words[p]
        if not scene_modifier(w):
            break
        if w in word_classes().not_modifiers or w in actor_verbs():
            break
        p -= 1
        seen += 1
    if not seen:
        return False
    if p > 0 and sent.words[p] in word_classes().determiner_words:
        p -= 1
    return p >= 0 and (
        sent.words[p] in word_classes().obj_prep
        or sent.words[p] in word_classes().locative
    )


def _list_head(sent: Sentence, n: int) -> ActorMention | None:
    """The head of a list ("US representatives, including A ... and B, met")."""
    for j in range(n - 1, max(0, n - 40), -1):
        w = sent.words[j]
        if w in word_classes().hard_boundary:
            return None
        if w == "including" and j >= 2 and sent.words[j - 1] == ",":
            return sent.am_by_end.get(sent.tokens[j - 2].end)
    return None


def right_actor(
    sent: Sentence, after: int, exclude: ActorMention | None, limit: int = 14
) -> ActorMention | None:
    """The first actor acted upon after token `after` (locatives only as a fallback)."""
    fallback: ActorMention | None = None
    for n in range(after + 1, min(len(sent.tokens), after + 1 + limit)):
        w = sent.words[n]
        if w in word_classes().hard_boundary or w in {"said", "says", "told"}:
            break
        am = sent.am_at_token.get(n)
        if (
            am is None
            or am is exclude
            or (exclude is not None and am.key() == exclude.key())
        ):
            continue
        prev = sent.words[n - 1] if n > 0 else ""
        if prev == "by":
            continue
        if (
            prev in word_classes().locative and prev not in {"on", "over", "into"}
        ) or prev == "from":
            if fallback is None and am.place is not None:
                fallback = am
            continue
        return am
    return fallback


def coordinated_before(sent: Sentence, am: ActorMention) -> list[ActorMention]:
    """Actors joined to `am` by "and" / commas on its left ("X and Y met", "X, Y
    and Z met"); the last one always follows "and"."""
    out: list[ActorMention] = []
    n = sent.token_index(am.start)
    if n >= 3 and sent.words[n - 1] == "the":
        n -= 1  # "Brazil and the United States"
    while n >= 2:
        sep = sent.words[n - 1]
        if not out and sep != "and":
            break  # "A member of parliament, Mohammed Mamoun, said": an apposition
        k = n - 2 if sep in {"and", ","} else -1
        if sep == "and" and k >= 0 and sent.words[k] == ",":
            k -= 1
        if k >= 0 and sent.words[k] in {"the"}:
            k -= 1
        if k < 0:
            break
        prev = sent.am_covering(sent.tokens[k].start)
        if prev is None or prev.end > sent.tokens[k].end or len(out) >= 8:
            break
        out.append(prev)
        n = sent.token_index(prev.start)
    out.reverse()
    return out


def assign_arguments(sent: Sentence, c: Candidate) -> None:
    m = c.match
    if c.entry.phrase == "must":
        c.target = left_actor(sent, m.first)
        if c.target is not None:
            # "... said US and British forces must": the speaker is before the list
            head = (coordinated_before(sent, c.target) or [c.target])[0]
            c.source = left_actor(sent, sent.token_index(head.start), stop_hard=False)
        return
    after = sent.words[m.last + 1] if m.last + 1 < len(sent.words) else ""
    c.passive = _is_passive(sent, m) or (after == "by" and reduced_relative(sent, c))
    if c.passive:
        c.target = left_actor(sent, m.first)
        c.source = _by_agent(sent, m.last) or _implicit_agent(sent, m.last)
        c.rule = "events.passive"
        return
    if "conv" in c.flags:
        # "X received weapons from Y": Y gives, X receives.
        c.target = left_actor(sent, m.first)
        for n in range(m.last + 1, min(len(sent.words), m.last + 10)):
            if sent.words[n] == "from":
                c.source = next(
                    (
                        sent.am_at_token[k]
                        for k in range(n + 1, min(len(sent.words), n + 5))
                        if k in sent.am_at_token
                    ),
                    None,
                )
                break
        return
    # Nouns: "an attack by X on Y".
    agent = _by_agent(sent, m.last, limit=4) if m.entry.flags & {"weak"} else None
    c.source = agent or left_actor(sent, m.first)
    c.target = right_actor(sent, m.last, c.source)
    group = coordinated_before(sent, c.source) if c.source is not None else []
    if group and c.source is not None:
        last = c.source
        c.source = group[0]
        c.rule = "events.coordination"
        c.parties = distinct([*group, last])
        if "sym" in c.flags:
            # "X and Y met": one event, X with Y.
            c.target = last
        else:
            # "X and Y protested": the same act by each of them.
            c.extra_sources = [
                g for g in (*group[1:], last) if g.key() != c.source.key()
            ]
