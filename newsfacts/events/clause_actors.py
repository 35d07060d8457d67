"""Who a clause's act is by and upon: the subject's actors (a participle after
an attribution acts for what is reported), the one acted upon (an object, a
prepositional complement, the owner of an object), the actor a comment is
about, and whether two actors are on one side.

Helpers of `events/reading.py`, over the language layer's clauses and the
parties of `events/parties.py`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..language.chunks import Attachment
from ..language.clauses import Clause
from ..language.verbs import VerbGroup
from .clause_match import passive
from .compose import governor, speech_lemmas
from .mentions import ActorMention
from .parties import Parties
from .phrasing import act_doer
from .words import word_classes

__all__ = [
    "ACTS_ON_PEOPLE",
    "TARGET_PREPS",
    "TOPIC_ROOTS",
    "acted_upon",
    "clause_parties",
    "first_party",
    "owned",
    "prep_party",
    "prep_target",
    "pronoun",
    "purpose_target",
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
    am = prep_target(p, cl.preps, keys)
    if am is not None:
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


def prep_target(
    p: Parties, attachments: Sequence[Attachment], keys: Collection[str]
) -> ActorMention | None:
    """The first actor after a preposition of a target (`TARGET_PREPS`) among
    `attachments`, none of `keys`: "fired on protesters", "talks with Iran";
    not a medium ("said on Twitter") nor a place after a preposition of place
    ("returned from Moscow", "said at the White House")."""
    for att in attachments:
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
