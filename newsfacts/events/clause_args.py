"""The parts of a clause an event is read from: the words a verb pattern
sees, the one acted upon, the place, the topic of a comment, and the signs that
an act is nobody's ("a fire killed five miners") or a crowd's.

Helpers of `events/reading.py`, over the language layer's clauses and the
parties of `events/parties.py`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..dates.lexicon import MONTHS
from ..language.chunks import Attachment
from ..language.clauses import Clause
from ..language.morphology import lemma
from ..language.verbs import VerbGroup
from .compose import Governor, governor, speech_lemmas
from .mentions import ActorMention
from .parties import Parties
from .patterns import VerbMatch, has_patterns, match_verb, takes_particle
from .phrasing import act_doer, adjective_after, particle_before_to, titled
from .user import match_clause as user_match
from .words import word_classes

__all__ = [
    "ACTS_ON_PEOPLE",
    "TARGET_PREPS",
    "TOPIC_ROOTS",
    "acted_upon",
    "clause_parties",
    "crowd",
    "demonstration",
    "first_party",
    "game_result",
    "match_clause",
    "np_words",
    "owned",
    "passive",
    "predicate_object",
    "prep_party",
    "pronoun",
    "protesters",
    "purpose_target",
    "read_phrase",
    "repression",
    "rioters",
    "same_side",
    "subject_actor",
    "topic_of",
]


TARGET_PREPS = frozenset(
    {
        "with",
        "against",
        "on",
        "upon",
        "at",
        "to",
        "toward",
        "towards",
        "into",
        "from",
        "between",
    }
)
"""Prepositions whose object can be the target: "talks with Iran", "fired on
protesters", "sent troops to Iraq", "confiscated weapons from armed groups",
"mediated between Israel and Hamas" (the first of those between).
After other prepositions ("in", "near", "across", "for") a phrase says where
or why, never whom."""

TOPIC_ROOTS = frozenset({"11"})
"""Roots of comments on someone's act: their target may be the one the comment
is about ("expressed concern about Russia's use of the conflict")."""

_TOPIC_PREPS = frozenset({"about", "at", "over"})


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


def _time_np(p: Parties, np: int) -> bool:
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
        (p.words[a.prep], np_words(p, a.np)) for a in cl.preps if not _time_np(p, a.np)
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


def subject_actor(p: Parties, cl: Clause) -> list[ActorMention]:
    """The actors of a clause's subject. A participle hanging from an
    attribution that trails what it reports acts for the reported clause:
    "Russian forces attacked Kyiv overnight, the air force said, killing four
    people" (the forces kill, not the air force). A participle of speech, an
    appeal or a demand stays the speaker's: "..., Human Rights Watch said,
    accusing Athens of illegal pushbacks"."""
    if (
        cl.kind == "participial"
        and cl.subject_via == "control"
        and cl.governor is not None
        and not _spoken(p.ps.structure.chunks.verbs[cl.verb].lemma)
    ):
        clauses = p.ps.structure.clauses
        gov = clauses[cl.governor]
        for r in clauses[: cl.governor]:  # what it reports comes before it
            if (
                r.kind == "reported"
                and r.governor == cl.governor
                and r.end <= gov.start
                and r.subject is not None
            ):
                return p.group(r.subject)
    return act_doer(p, cl) or p.group(cl.subject)


def _spoken(lemma_: str) -> bool:
    """A verb of speech, or one that governs what is said, asked or demanded."""
    gov = governor(lemma_)
    return lemma_ in speech_lemmas() or (
        gov is not None and gov.relation in ("report", "appeal", "request")
    )


def _medium(p: Parties, np: int, am: ActorMention) -> bool:
    """The phrase names a medium or a news outlet ("on Twitter", "on
    Facebook", "on Al Jazeera"), which something is said on."""
    code = am.actor.code or ""
    return p.head_word(np).lower() in word_classes().media_nouns or code[3:6] == "MED"


def acted_upon(
    p: Parties, cl: Clause, exclude: Sequence[ActorMention]
) -> ActorMention | None:
    """The first actor acted upon: an object, else a prepositional complement
    ("talks with Iran", "fired on protesters"); never a place after a
    preposition of place."""
    keys = {a.key() for a in exclude}
    for np in cl.objects:
        am = p.actor(np)
        if am is not None and am.key() not in keys:
            return _owner_abroad(p, cl, np, keys) or am
    for att in cl.preps:
        prep = p.words[att.prep]
        if prep not in TARGET_PREPS:
            continue
        am = p.actor(att.np)
        if am is None or am.key() in keys:
            continue
        if prep == "on" and _medium(p, att.np, am):
            continue  # "said on Twitter": what it was said on, not to whom
        if (
            (prep == "from" or prep in word_classes().locative)
            and am.place is not None
            and am.actor.kind != "country"
        ):
            continue  # "returned from Moscow", "said at the White House": where
        return am
    for np in cl.objects:
        if p.actor(np) is None:
            am = _object_party(p, np, keys)
            if am is not None:
                return am
    if cl.objects and p.head_word(cl.objects[0]) in word_classes().for_objects:
        am = prep_party(p, cl, ("for",), keys) or first_party(
            p, p.nps[cl.objects[0]].attachments, ("for",), keys
        )
        if am is not None:
            return am  # "pledged support for Ethiopia"
    # One level down, under a phrase that names no actor: "spoke by phone with
    # Zelensky", "pledged $5 billion in aid to Ukraine".
    for att in cl.preps:
        if p.actor(att.np) is not None:
            continue
        for sub in p.nps[att.np].attachments:
            if p.words[sub.prep] not in _NESTED_TARGET_PREPS:
                continue
            am = p.actor(sub.np)
            if (
                am is not None
                and am.key() not in keys
                and (am.place is None or am.actor.kind == "country")
            ):
                return am
    return None


def _object_party(p: Parties, np: int, keys: Collection[str]) -> ActorMention | None:
    """The party behind an object that names no actor: the doer of what it
    names ("welcomed the decision by South Korea"), its owner after "of"
    ("froze the assets of the former president", "raided the offices of the
    opposition party"), or its owner or host in a participle after it ("seized
    a ship belonging to France", "boycotted the summit hosted by Spain")."""
    own = p.nps[np].attachments
    am = first_party(p, own, ("by",), keys) or first_party(p, own, ("of",), keys)
    if am is not None:
        return am
    structure = p.ps.structure
    for rel in structure.clauses:
        if rel.kind != "reduced_relative" or rel.antecedent != np:
            continue
        party: int | None = rel.agent
        if party is None and structure.chunks.verbs[rel.verb].lemma == "belong":
            party = next((a.np for a in rel.preps if p.words[a.prep] == "to"), None)
        am = p.actor(party)
        if am is not None and am.key() not in keys:
            return am
    return None


def _owner_abroad(
    p: Parties, cl: Clause, np: int, keys: set[str]
) -> ActorMention | None:
    """For an object the subject owns ("its ambassador", "their troops"), the
    country it is moved from or to: "Venezuela recalled its ambassador from
    Colombia" acts upon Colombia, not upon its own envoy."""
    if not owned(p, np):
        return None
    return prep_party(p, cl, ("from", "to"), keys, countries=True)


def owned(p: Parties, np: int) -> bool:
    """The phrase is owned by "its" or "their": the clause's subject's own."""
    det = p.nps[np].determiner
    return det is not None and p.words[det].lower() in ("its", "their")


def prep_party(
    p: Parties,
    cl: Clause,
    preps: Sequence[str],
    keys: Collection[str],
    *,
    countries: bool = False,
) -> ActorMention | None:
    """The first actor after one of `preps` among the clause's complements,
    none of `keys` (and a country, with `countries`)."""
    return first_party(p, cl.preps, preps, keys, countries=countries)


def first_party(
    p: Parties,
    attachments: Sequence[Attachment],
    preps: Collection[str],
    keys: Collection[str],
    *,
    countries: bool = False,
) -> ActorMention | None:
    """The first actor after one of `preps` among `attachments` (a clause's
    complements or a phrase's), none of `keys` (and a country, with
    `countries`)."""
    for att in attachments:
        if p.words[att.prep] not in preps:
            continue
        am = p.actor(att.np)
        if am is None or am.key() in keys:
            continue
        if not countries or am.actor.kind == "country":
            return am
    return None


# Prepositions whose actor, inside another complement, is the one acted upon.
_NESTED_TARGET_PREPS = frozenset({"with", "to", "against"})


def topic_of(
    p: Parties, cl: Clause, exclude: Sequence[ActorMention]
) -> ActorMention | None:
    """The actor a comment is about: of a phrase after "about", "over", "at"
    ("concern about Russia's use of the conflict", "anger over the arrest of
    the editor"), or owning it."""
    keys = {a.key() for a in exclude}
    for att in cl.preps:
        if p.words[att.prep] in _TOPIC_PREPS:
            am = p.actor(att.np)
            if am is not None and am.key() not in keys:
                return am
    return None


def predicate_object(p: Parties, cl: Clause, pg: Governor) -> bool:
    """A predicate's "to" phrase that is an act: a gerund ("committed to opening
    up the economy"), or anything refused ("opposed to French mediation");
    "committed to democracy" is a stance, no act."""
    for a in cl.preps:
        if p.words[a.prep] == "to":
            return (
                pg.relation == "refuse"
                or p.ps.tags[p.nps[a.np].head] == "VBG"
                or (p.head_word(a.np).endswith("ing"))
            )
    return False


def crowd(source: ActorMention | None, p: Parties, cl: Clause) -> bool:
    """A crowd: a group of a crowd sector ("demonstrators", "students",
    "workers"), or a number of no actor ("thousands marched")."""
    if source is None:
        return cl.subject is not None and p.head_word(cl.subject) in (
            word_classes().partitive
        )
    a = source.actor
    sector = (a.code or "")[3:6]
    # a people ("Palestinians", "thousands of Nigerians") has no sector
    return a.kind == "group" and (not sector or sector in word_classes().crowd_sector)


def protesters(p: Parties, cl: Clause) -> bool:
    """Whether the head of the clause's subject, through a quantity ("thousands
    of protesters"), is a noun of protest."""
    if cl.subject is None:
        return False
    return p.head_word(read_phrase(p, cl.subject)) in word_classes().protest_nouns


def rioters(source: ActorMention | None) -> bool:
    """Protesters, whose force is a violent protest, a riot (CAMEO 145)."""
    if source is None or source.actor.kind != "group":
        return False
    return (source.actor.code or "")[3:6] in word_classes().riot_sector


def game_result(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """Whether the clause reports a game's result: a verb of winning or losing
    with a score in the clause ("Arsenal beat Chelsea 3-1", "drew 1-1 with
    Italy"), a phrase of a game's course ("beat Sharapova in straight sets",
    "won on penalties") or a win it brings ("beat Medvedev to win the title"),
    which is no act of force."""
    wc = word_classes()
    if vg.lemma not in wc.contest_verbs:
        return False
    structure = p.ps.structure
    for c in structure.clauses:
        if c.objects and (
            (c.governor == cl.verb and c.kind == "infinitival")
            or c.conjunct_of == cl.verb  # "beat Medvedev and reach the final"
        ):
            # "beat Medvedev to win the title", "to reach the final", "to win
            # Euro 2020": what the win brings is a game's
            prize = structure.chunks.nps[c.objects[0]]
            if (
                p.words[prize.head] in wc.game_nouns
                or (
                    # "the Australian Open final", its last word read as an
                    # adjective and left out of the phrase
                    any(
                        w in wc.game_nouns
                        for w in p.words[prize.end - 1 : prize.end + 1]
                    )
                )
                or (
                    prize.proper
                    and structure.chunks.verbs[c.verb].lemma in wc.contest_verbs
                )
            ):
                return True
    words = p.words
    toks = p.ps.tokens
    end = min(cl.end, len(words))
    tags = p.ps.tags
    for k in range(max(cl.start, vg.end), end - 1):
        if words[k] in ("in", "on") and any(
            words[x] in wc.game_nouns
            and (x + 1 >= end or not tags[x + 1].startswith("NN"))
            for x in range(k + 1, min(k + 4, end))
        ):
            return True  # not "in the final days of the campaign"
    for k in range(max(cl.start, vg.start), end - 2):
        if (
            words[k].isdigit()
            and len(words[k]) <= 3
            and words[k + 1] in ("-", "–")
            and words[k + 2].isdigit()
            and toks[k].end == toks[k + 1].start
            and toks[k + 1].end == toks[k + 2].start
        ):
            return True
    return False


def pronoun(p: Parties, np: int | None) -> bool:
    return np is not None and p.nps[np].pronoun


def same_side(a: ActorMention | None, b: ActorMention | None) -> bool:
    """Whether `b` acts for `a`: the same actor, or an actor of the same
    country ("the security chief warned that police will no longer tolerate
    rallies"); an unknown `b` is `a` (a pronoun of the speaker)."""
    if b is None or a is None:
        return b is None
    if a.key() == b.key():
        return True
    return a.actor.country is not None and a.actor.country == b.actor.country


_REPRESSORS = frozenset({"COP", "MIL", "GOV"})


def purpose_target(
    p: Parties, clauses: Sequence[Clause], i: int
) -> ActorMention | None:
    """The party named as the object of an infinitive of purpose under clause
    i ("security forces fired tear gas to disperse crowds": the crowds), the
    target of an act of force that names none of its own."""
    for cl in clauses:
        if cl.governor == i and cl.kind == "infinitival" and cl.objects:
            am = p.actor(cl.objects[0])
            if am is not None:
                return am
    return None


def repression(
    p: Parties,
    clauses: Sequence[Clause],
    i: int,
    source: ActorMention | None,
    target: ActorMention | None,
) -> bool:
    """Violence by police, troops or a government against protesters, or
    while stopping or dispersing a protest, or hanging from such an act:
    violent repression, CAMEO 175 ("security forces killed 193 people while
    stopping the protests", "opened fire on protesters, killing 18 people")."""
    if source is None:
        return False
    sector = (source.actor.code or "")[3:6]
    if sector not in _REPRESSORS and source.actor.kind != "country":
        return False
    nouns = word_classes().protest_nouns
    if target is not None and (
        (target.actor.code or "")[3:6] == "OPP"
        or target.actor.name.lower().split()[-1] in nouns
    ):
        return True  # "police fired on protesters"
    up = clauses[i].governor  # "opened fire on protesters, killing 18 people"
    for k, cl in enumerate(clauses):
        if k != i and cl.governor != i and k != up:
            continue
        nps = [*cl.objects, *(a.np for a in cl.preps)]
        if k not in (i, up) and cl.subject is not None and cl.subject_via == "":
            nps.append(cl.subject)
        if any(p.head_word(np) in nouns and not _time_np(p, np) for np in nps):
            return True  # (not "in March": a month, no march)
    return False


# Acts done to people, whose object is their target even when it names no
# actor: abduction, physical assault, assassination ("abducted 20 schoolgirls
# in Nigeria" does not target Nigeria).
ACTS_ON_PEOPLE = frozenset(("181", "182", "186"))


def clause_parties(
    p: Parties, cl: Clause, vg: VerbGroup, issuer: Sequence[ActorMention] = ()
) -> tuple[ActorMention | None, ActorMention | None, list[ActorMention]]:
    """Source, target and all parties (of a mutual act) of a clause; `issuer`
    stands for a subject that is a statement ("a declaration demanding ...")."""
    if passive(cl, vg) and not issuer:
        sources = p.group(cl.agent)
        patients = p.group(cl.subject)
        source = sources[0] if sources else None
        target = patients[0] if patients else acted_upon(p, cl, sources)
        return source, target, [*sources, *patients]
    sources = list(issuer) or subject_actor(p, cl)
    source = sources[0] if sources else None
    target = acted_upon(p, cl, sources)
    return source, target, sources + ([target] if target is not None else [])


def demonstration(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """A crowd marching or rallying ("journalists marched", dissent_verbs),
    or protesters coming together ("protesters gathered", assembly_verbs):
    a demonstration (141)."""
    if passive(cl, vg):
        return False
    wc = word_classes()
    if vg.lemma in wc.dissent_verbs:
        return crowd(next(iter(subject_actor(p, cl)), None), p, cl)
    return vg.lemma in wc.assembly_verbs and protesters(p, cl)
