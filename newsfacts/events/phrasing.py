"""Phrasings of news that change what a clause's words code.

Small readings the clause stage applies to particular turns of phrase: a
title before a name ("summoned Swedish Ambassador X" reads "ambassador"), an
adjective after a verb ("pleaded guilty"), an -ing participle after an act of
force ("strikes in Syria targeting militias": the strikes' doer acts), a
warning of weather ("issued a weather warning": no threat), a reciprocal
object ("accused each other") and an order to leave the country (an
expulsion). Helpers of `events/clause_match.py` and `events/reading.py`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..knowledge.titles import title_lasts
from ..language.clauses import Clause
from ..language.morphology import lemma
from ..language.verbs import VerbGroup
from ..records import ActorKind
from .force import bears_arms
from .mentions import ActorMention
from .nouns import event_noun
from .parties import Parties
from .patterns import match_verb, takes_particle
from .words import word_classes

__all__ = [
    "act_doer",
    "adjective_after",
    "condemned_as",
    "each_other",
    "named_as",
    "nature_warning",
    "ordered_out",
    "particle_before_to",
    "titled",
]


def particle_before_to(p: Parties, vg: VerbGroup) -> bool:
    """Whether the word right after the verb group, before "to" or a stop, is
    a particle the dictionary has with this verb ("gave in to the demands",
    "caved in to pressure", "the government caved in."): a preposition needs
    an object, and "to" or a stop is none. (The language layer reads "in"
    there as a preposition; a verb with no pattern with "in" keeps its own:
    "moved in to restore order".)"""
    k = vg.end
    if k >= len(p.words) or p.ps.tags[k] not in ("IN", "RB", "RP"):
        return False
    after = p.ps.tags[k + 1] if k + 1 < len(p.words) else "."
    return (after == "TO" or after in _STOPS) and takes_particle(
        vg.lemma, p.words[k].lower()
    )


_STOPS = frozenset((".", ",", ":"))


def _words(p: Parties, np: int) -> list[str]:
    """The words of a noun phrase up to its head."""
    phrase = p.nps[np]
    return p.words[phrase.start : phrase.head + 1]


def adjective_after(p: Parties, vg: VerbGroup) -> list[str]:
    """The adjective right after the verb group, with a "not" before it
    ("pleaded not guilty"), or []."""
    k = vg.end
    words = []
    if k < len(p.words) and p.words[k] == "not":
        words.append("not")
        k += 1
    if k < len(p.words) and p.ps.tags[k] == "JJ":
        return [*words, p.words[k]]
    return []


def titled(p: Parties, np: int) -> list[str]:
    """The words of a person's name phrase up to the title before the name
    ("Swedish Ambassador Staffan Herrstrom": "swedish ambassador"), else []."""
    phrase = p.nps[np]
    tags = p.ps.tags
    if not tags[phrase.head].startswith("NNP"):
        return []
    lasts = title_lasts()
    for k in range(phrase.head - 1, phrase.start - 1, -1):
        if p.words[k] in lasts:
            return p.words[phrase.start : k + 1]
        if not tags[k].startswith("NNP"):
            return []
    return []


_FORCE = frozenset(("18", "19", "20"))  # CAMEO roots of force


def act_doer(p: Parties, cl: Clause) -> list[ActorMention]:
    """The doer of an act named by the antecedent of an -ing reduced
    relative: "The United States conducted strikes in Syria targeting
    militias": the strikes target, so the United States does, as the subject
    of the active clause whose object the act is. The act is an event noun
    of force ("raids", "air strikes") or an armed act of an armed doer
    (armed_acts: "strikes", "operations"); "seized a truck carrying
    weapons" stays the truck's, and "a rally demanding reforms" the rally's
    (a protest's aim, no act of its own)."""
    if cl.kind != "reduced_relative" or cl.subject is None:
        return []
    if p.actor(cl.subject) is not None:
        return []
    head = lemma(p.head_word(cl.subject), p.ps.tags[p.nps[cl.subject].head])
    noun = event_noun(p, cl.subject)
    named = noun is not None and noun.code[:2] in _FORCE
    if not named and head not in word_classes().armed_acts:
        return []
    verbs = p.ps.structure.chunks.verbs
    for other in p.ps.structure.clauses:
        if cl.subject in other.objects and verbs[other.verb].voice != "passive":
            doers = p.group(other.subject)
            if named or (doers and bears_arms(doers[0])):
                return doers
            return []
    return []


# Prepositions of what a warning warns of: "warned of heavy snow", "a warning
# about flooding", "alerted residents to the storm", "a warning for wind".
_WARNED_OF = frozenset(("of", "about", "over", "to", "for"))


def nature_warning(p: Parties, cl: Clause, code: str) -> bool:
    """Whether a warning (a threat, 13x, or a pessimistic comment, 012) warns
    of weather or a natural hazard ("issued a yellow weather warning",
    "warned of heavy snow", "a tsunami warning"): no act upon anyone."""
    if not (code.startswith("13") or code == "012"):
        return False
    hazards = word_classes().hazard_words
    nps = [*cl.objects, *(a.np for a in cl.preps if p.words[a.prep] in _WARNED_OF)]
    nps += [  # "warned residents of possible flooding"
        a.np
        for o in cl.objects
        for a in p.nps[o].attachments
        if p.words[a.prep] in _WARNED_OF
    ]
    for np in nps:
        phrase = p.nps[np]
        if any(w in hazards for w in p.words[phrase.start : phrase.head + 1]):
            return True
    return False


_EACH_OTHER = (("each", "other"), ("one", "another"))


def each_other(
    p: Parties, np: int, subjects: Sequence[ActorMention]
) -> ActorMention | None:
    """The target of an act whose object is a reciprocal pronoun ("each
    other", "one another"): the second member of the subject ("China and the
    Philippines accused each other": the Philippines), else None."""
    start = p.nps[np].start  # "one another" may be read as two phrases
    if tuple(p.words[start : start + 2]) in _EACH_OTHER and len(subjects) > 1:
        return subjects[1]
    return None


# What one is ordered to leave when one is expelled: "leave the country".
_HOMELAND = frozenset(("country", "territory", "soil"))


def ordered_out(
    p: Parties, order: Clause, cl: Clause, vg: VerbGroup, lemma: str
) -> str | None:
    """The code of an expulsion when a verb of authority orders someone to
    leave the country ("Mali ordered the French ambassador to leave the
    country": as "expelled the French ambassador", 161), else None."""
    if lemma not in word_classes().authority_verbs or vg.lemma != "leave":
        return None
    if not order.objects or not cl.objects or cl.subject_via != "object_control":
        return None
    left = cl.objects[0]
    am = p.actor(left)
    if p.head_word(left) not in _HOMELAND and (
        am is None or am.actor.kind != ActorKind.COUNTRY
    ):
        return None
    found = match_verb("expel", None, _words(p, order.objects[0]), [], [])
    return found.code if found is not None and found.is_event and found.code else None


def named_as(p: Parties, np: int) -> bool:
    """An adjective, quoted or not, right after the object of a verb of naming
    ("called the strike \"unreasonable\"", "called the attack cowardly"):
    the object is described, no act done."""
    return _naming_adjective(p, np) is not None


def condemned_as(p: Parties, np: int) -> bool:
    """The adjective after the object of a verb of naming condemns it
    (`condemning_adjectives`: "called the measure inhumane", "called the
    attack cowardly"): a denunciation (111), no mere description."""
    k = _naming_adjective(p, np)
    return k is not None and p.words[k].lower() in word_classes().condemning_adjectives


def _naming_adjective(p: Parties, np: int) -> int | None:
    """The token of an adjective, quoted or not, right after phrase `np`."""
    k = p.nps[np].end
    tags = p.ps.tags
    if k < len(tags) and tags[k] == "``":
        k += 1
    return k if k < len(tags) and tags[k] in ("JJ", "JJR", "JJS") else None
