"""The verb pattern of a clause: the words a pattern sees (an object, its
"of" phrase, the complements, a particle, an adjective after the verb), read
through a passive, a quantity ("thousands of troops") or an amount ("$300
million in military aid").

Helpers of `events/reading.py`, over the language layer's clauses and the
parties of `events/parties.py`.
"""

from __future__ import annotations

from ..dates.lexicon import MONTHS
from ..language.clauses import Clause
from ..language.morphology import lemma
from ..language.verbs import VerbGroup
from .parties import Parties
from .patterns import VerbMatch, has_patterns, match_verb, takes_particle
from .phrasing import adjective_after, particle_before_to, titled
from .user import match_clause as user_match
from .words import word_classes

__all__ = ["match_clause", "np_words", "passive", "read_phrase", "time_np"]


def np_words(p: Parties, np: int | None) -> list[str]:
    """The words of a noun phrase up to its head (patterns read head last)."""
    if np is None:
        return []
    phrase = p.nps[read_phrase(p, np)]
    return p.words[phrase.start : phrase.head + 1]


def read_phrase(p: Parties, np: int) -> int:
    """The phrase a pattern reads for phrase `np`: itself, or past a quantity
    or a measure the phrase after "of" ("deployed thousands of troops": the
    pattern reads "troops"; "held three days of talks": "talks")."""
    phrase = p.nps[np]
    wc = word_classes()
    head = p.words[phrase.head]
    if head in wc.partitive or lemma(head, p.ps.tags[phrase.head]) in wc.measure_nouns:
        for att in phrase.attachments:
            if p.words[att.prep] == "of":
                return att.np
    return np


def _amount_in(p: Parties, cl: Clause, np: int) -> list[str]:
    """What an amount object is an amount of, after "in" right behind it
    ("sent $300 million in military aid to Ukraine": the aid); not a place or
    a time ("invested $300 million in Kenya", "sent 300 troops in the next 48
    hours"), and only after an amount that names no thing of its own ("took
    part in the killing", "holding 750 prisoners in jungle hideouts")."""
    phrase = p.nps[np]
    tags = p.ps.tags
    if not any(tags[k] in ("CD", "$") for k in range(phrase.start, phrase.end)) or (
        tags[phrase.head] != "CD"
        and p.words[phrase.head] not in word_classes().partitive
    ):
        return []  # "holding 750 prisoners in jungle hideouts": a thing counted
    for a in cl.preps:
        if a.prep == phrase.end and p.words[a.prep] == "in":
            after = p.nps[a.np]
            head = p.words[after.head]
            if after.proper or lemma(head, tags[after.head]) in (
                word_classes().measure_nouns
            ):
                return []
            return np_words(p, a.np)
    return []


def passive(cl: Clause, vg: VerbGroup) -> bool:
    """A passive clause; a bare participle coordinated with a verb that has an
    object is that verb's active past ("has killed a youth and wounded three")."""
    if vg.voice != "passive":
        return False
    return not (cl.subject_via == "coordination" and cl.objects and not vg.auxiliaries)


_PARTICLES = frozenset({"away", "back", "down", "off", "out", "over", "up"})
"""Particles the noun phrase chunker may leave at the head of an object
("handed over 700 kg of medicine")."""


def time_np(p: Parties, np: int) -> bool:
    """The noun phrase is headed by a weekday or a capitalised month's name
    ("on Tuesday", "in March", "in early May"), not by the noun "march"."""
    head = p.nps[np].head
    word = p.words[head]
    if word in word_classes().weekdays_lower:
        return True
    return word in MONTHS and p.ps.tokens[head].text[:1].isupper()


def match_clause(p: Parties, cl: Clause, vg: VerbGroup) -> VerbMatch | None:
    """The verb pattern of a clause; a passive is read as its active (with the
    object it keeps, if any: "were given prison terms"). Of two
    objects the second is what is given ("gave the Ivory Coast $5 million of
    aid"); a particle left at the head of the object is the verb's ("handed
    over the medicine"; not "up to 4,000 troops", "over 150 prisoners"); a
    pattern of a conjunct of the object codes when the first codes nothing
    specific."""
    if p.user_triggers is None and not has_patterns(vg.lemma):
        return None  # no pattern of the verb, whatever its complements
    particle = p.words[vg.particle] if vg.particle is not None else None
    # "telephoned him on Tuesday", "raided the house in March": a phrase of
    # time is no complement of a pattern
    preps = [
        (p.words[a.prep], np_words(p, a.np)) for a in cl.preps if not time_np(p, a.np)
    ]
    if cl.objects:
        # the object's own "of" phrase, which the dictionary writes after the
        # object ("lifted the state of emergency": STATE (OF EMERGENCY))
        preps += [
            ("of", np_words(p, a.np))
            for a in p.nps[cl.objects[-1]].attachments[:1]
            if p.words[a.prep] == "of"
        ]
    if passive(cl, vg):
        # "were given prison terms": an object kept by the passive is what is
        # given, its subject the one given it
        obj = np_words(p, cl.objects[-1] if cl.objects else cl.subject)
        subject = np_words(p, cl.agent)
    else:
        obj = np_words(p, cl.objects[-1]) if cl.objects else []
        subject = np_words(p, cl.subject)
        if cl.objects:
            obj = _amount_in(p, cl, cl.objects[-1]) or obj
    if particle is None and particle_before_to(p, vg):
        particle = p.words[vg.end]
    if particle is None and cl.objects and not passive(cl, vg):
        first = p.nps[cl.objects[0]].start
        if (
            first == vg.end
            and p.words[first] in _PARTICLES
            and first + 1 < len(p.words)
            and p.words[first + 1] != "to"
            and (
                p.ps.tags[first + 1] != "CD"  # "freed over 150 prisoners"
                or takes_particle(vg.lemma, p.words[first])  # "handed over 700 kg"
            )
        ):
            particle = p.words[first]
            if obj and obj[0] == particle:
                obj = obj[1:]
    if p.user_triggers is not None:  # a parser's own triggers come first
        mine = user_match(
            p.user_triggers, vg.lemma, particle, obj, preps, p.words[vg.head]
        )
        if mine is not None:
            return mine
    found = match_verb(vg.lemma, particle, obj, preps, subject)
    if (found is None or found.rule.startswith("verbs:")) and cl.objects:
        # "summoned Swedish Ambassador Staffan Herrstrom": the title is what
        # the pattern names, as in "summoned the Swedish ambassador"
        title = titled(p, cl.objects[-1]) if not passive(cl, vg) else []
        alt = match_verb(vg.lemma, particle, title, preps, subject) if title else None
        if alt is not None and alt.is_event and not alt.rule.startswith("verbs:"):
            return alt
        # "return weapons and military equipment": a pattern of a later conjunct
        for k in p.nps[cl.objects[-1]].conjuncts[:4]:
            alt = match_verb(vg.lemma, particle, np_words(p, k), preps, subject)
            if alt is not None and alt.is_event and not alt.rule.startswith("verbs:"):
                return alt
    if (found is None or found.rule.startswith("verbs:")) and not cl.objects:
        # "pleaded guilty", "pleaded not guilty": an adjective the pattern
        # names, where the verb has no object
        adjective = adjective_after(p, vg)
        alt = (
            match_verb(vg.lemma, particle, adjective, preps, subject)
            if adjective
            else None
        )
        if alt is not None and not alt.rule.startswith("verbs:"):
            return alt
    if (found is None or found.rule.startswith("verbs:")) and cl.objects:
        # "a jury found him guilty of murder": the adjective after the object
        k = p.nps[cl.objects[0]].end
        if k < len(p.words) and p.ps.tags[k] == "JJ" and not passive(cl, vg):
            alt = match_verb(vg.lemma, particle, [p.words[k]], preps, subject)
            if alt is not None and alt.is_event and not alt.rule.startswith("verbs:"):
                return alt
    return found
