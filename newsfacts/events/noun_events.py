"""Event nouns read in a sentence's clauses: heading a clause's subject or
object with a party attached ("the attack on the embassy by Hamas killed
three"), the event a passive's subject suffered in, which gives that
passive its doer ("were killed in an air strike by government forces"), and
the event noun a light verb reports ("launched an attack on the convoy").
Helpers of `events/reading.py`."""

from __future__ import annotations

from collections.abc import Sequence

from ..language.clauses import Clause
from ..language.sentences import ParsedSentence
from ..language.verbs import VerbGroup
from .admission import VIOLENCE
from .candidate import Candidate, retype
from .clause_match import passive
from .clause_places import names_capital, place_spans, situate
from .force import bears_arms
from .mentions import ActorMention
from .mode import qualify
from .nouns import EventNoun, enacts, event_noun, light_role, noun_candidate
from .parties import Parties
from .words import word_classes

__all__ = [
    "argument_nouns",
    "light_noun",
    "placed_noun",
    "predicate_noun",
    "suffered_in",
]


_CONSULT = "04"  # CAMEO root: consult (talks, meetings)


def _between_two(noun: EventNoun) -> bool:
    """Talks, negotiations, meetings: acts between two parties, named by no
    doer of their own (no agent preposition; "a visit by the envoy" has
    one). Standing alone, such a noun is an act only with both parties
    named ("talks between Israel and Hamas", "India's talks with
    Pakistan"); with one or none ("talks with Iran were suspended", "the
    talks were held in Geneva") it tells no act between parties."""
    return noun.code[:2] == _CONSULT and not noun.agent


def argument_nouns(
    text: str,
    ps: ParsedSentence,
    p: Parties,
    history: Sequence[bool],
    content: Sequence[bool],
    used: set[int],
) -> list[Candidate]:
    """Event nouns heading a clause's subject or object with an actor attached
    ("the attack on the embassy by Hamas killed three", "condemned the arrest
    of the editor")."""
    out: list[Candidate] = []
    verbs = ps.structure.chunks.verbs
    sequence = word_classes().sequence_verbs
    for i, cl in enumerate(ps.structure.clauses):
        if (history and history[i]) or content[i]:
            continue
        # "the attack follows the assassination of four tourists": the act
        # the news came after, background
        after = verbs[cl.verb].lemma in sequence
        for np in (cl.subject, *(() if after else cl.objects)):
            if np is None or np in used:
                continue
            noun = event_noun(p, np)
            if noun is None or not noun.alone:
                continue
            c = noun_candidate(text, ps, p, np, noun)
            if _between_two(noun) and (c.source is None or c.target is None):
                continue  # "talks with Iran were suspended"
            if c.parties:
                used.add(np)
                c.np = np
                c.place_spans = _noun_places(p, np, cl)
                out.append(c)
    out.extend(_talks_held(text, ps, p, content, used))
    return out


_AROUND = frozenset(("after", "following", "during"))
"""Prepositions of an act a clause's subject took part in before or while it
acted: "After talks with Xi Jinping, Putin said ..."."""


def _talks_held(
    text: str,
    ps: ParsedSentence,
    p: Parties,
    content: Sequence[bool],
    used: set[int],
) -> list[Candidate]:
    """Talks with one party named, in a phrase of time ("after talks with
    Chinese President Xi Jinping, Putin said ...", "following talks with the
    union, the company agreed", "spoke to reporters after talks with Egyptian
    mediators"): the subject of the clause the phrase leads into or stands in
    held them, as the understood doer of a participle ("after meeting Xi");
    the talks are its consultation with that party."""
    out: list[Candidate] = []
    clauses = ps.structure.clauses
    for np, phrase in enumerate(p.nps):
        k = phrase.start - 1
        if k < 0 or p.words[k] not in _AROUND or np in used:
            continue
        noun = event_noun(p, np)
        if (
            noun is None
            or not _between_two(noun)
            or [p.words[a.prep] for a in phrase.attachments[:1]] != ["with"]
        ):
            continue  # "after talks between Israel and Hamas": not the subject's
        # the clause the phrase stands in (or ends before it); one opening the sentence leads into
        # the first clause after it
        within = [i for i, cl in enumerate(clauses) if cl.start <= k <= cl.end]
        after = [i for i, cl in enumerate(clauses) if cl.start > phrase.end]
        at = within[-1] if within else (after[0] if after else None)
        if at is None or content[at]:
            continue
        doers = p.group(clauses[at].subject)
        if not doers:
            continue
        c = noun_candidate(text, ps, p, np, noun, agent=doers[0])
        if c.source is None or c.target is None:
            continue  # "after talks in Geneva": no other party named
        used.add(np)
        c.np = np
        c.place_spans = _noun_places(p, np, clauses[at])
        out.append(c)
    return out


def _noun_places(p: Parties, np: int, cl: Clause) -> list[tuple[int, int]]:
    """Where an event noun's act happens: a phrase of place of its own ("the
    attack on the embassy in Kabul"); for the subject of its clause, the
    clause's places after ("Israeli air strikes killed 30 people across the
    Gaza Strip")."""
    locative = word_classes().locative
    # the noun's own phrases, and one level down ("the attack on the embassy
    # in Kabul")
    inner = [np, *(a.np for a in p.nps[np].attachments)]
    out = [
        p.chars(a.np)
        for k in inner
        for a in p.nps[k].attachments
        if p.words[a.prep] in locative
    ]
    if np == cl.subject:
        out += place_spans(p, cl)
    return out


# Prepositions of the event in which a passive's subject suffered ("were
# killed in an air strike by ...", "wounded during a raid by ...").
_IN_EVENT = frozenset(("in", "during"))


def suffered_in(
    text: str, ps: ParsedSentence, p: Parties, cands: dict[int, Candidate]
) -> None:
    """A violent passive with no doer takes the doer of the event it happened
    in, and that event's more specific code: "eight people were killed in an
    air strike by government forces" is the forces' air strike (195), "two
    civilians were killed in an Israeli air strike" Israel's."""
    clauses = ps.structure.clauses
    verbs = ps.structure.chunks.verbs
    for i, c in cands.items():
        cl = clauses[i]
        if c.source is not None or c.cameo[:2] not in VIOLENCE:
            continue
        if not passive(cl, verbs[cl.verb]):
            continue
        for a in cl.preps:
            if p.words[a.prep] not in _IN_EVENT:
                continue
            noun = event_noun(p, a.np)
            if noun is None or noun.code[:2] not in VIOLENCE:
                continue
            event = noun_candidate(text, ps, p, a.np, noun)
            if event.source is not None:
                c.source = event.source
                retype(c, noun.code, c.rule)
                if noun.code.startswith("19"):
                    c.military = noun.code  # an air strike stays one (195)
                c.mentions.extend(m for m in event.mentions if m not in c.mentions)
                break


def light_noun(
    text: str, ps: ParsedSentence, p: Parties, cl: Clause, vg: VerbGroup
) -> Candidate | None:
    """The event noun a light verb reports ("launched an attack on the convoy":
    the subject's attack; "faces charges": charges against the subject;
    "protests erupted"), or None."""
    role = light_role(p, cl, vg)
    if role is None:
        return None
    if role == "occur":
        np, doers = (None if passive(cl, vg) else cl.subject), []
    elif passive(cl, vg):
        np, doers = cl.subject, p.group(cl.agent)
    else:
        np, doers = (cl.objects[0] if cl.objects else None), p.group(cl.subject)
    noun = event_noun(p, np)
    if np is None or noun is None:
        return None
    if role == "enact":
        # "approved a new round of sanctions": a measure approved is imposed
        if not enacts(noun):
            return None
        role = "agent"
    after = p.nps[np].end
    preps = [(a.prep, a.np) for a in cl.preps if a.prep >= after]
    c = noun_candidate(
        text,
        ps,
        p,
        np,
        noun,
        agent=doers[0] if doers and role == "agent" else None,
        patient=doers[0] if doers and role == "patient" else None,
        clause_preps=preps,
    )
    if noun.words[-1] in word_classes().armed_objects and not bears_arms(c.source):
        return None  # "the company announced the start of operations in Kenya"
    c.unnamed = p.unnamed(cl.subject)
    if (
        not c.parties
        and role != "occur"
        and not c.unnamed
        # "angry protests were held"; not "the talks were held"
        and not (passive(cl, vg) and noun.alone and not _between_two(noun))
    ):
        return None
    c.np = np
    return c


# Prepositions of the act a predicate governs as a noun: "ready for talks",
# "open to talks", "opposed to the deployment".
_PREDICATE_PREPS = frozenset(("for", "to"))


def predicate_noun(
    text: str,
    ps: ParsedSentence,
    p: Parties,
    cl: Clause,
    agent: ActorMention | None,
) -> Candidate | None:
    """The event noun a predicate governs after "for" or "to" ("Russia was
    ready for talks with Ukraine": the talks, with Ukraine), with `agent` as
    its doer, or None."""
    for a in cl.preps:
        if p.words[a.prep] not in _PREDICATE_PREPS:
            continue
        noun = event_noun(p, a.np)
        if noun is None:
            return None
        return noun_candidate(text, ps, p, a.np, noun, agent=agent)
    return None


def placed_noun(
    nc: Candidate,
    i: int,
    p: Parties,
    cl: Clause,
    vg: VerbGroup,
    conditional: bool,
    condition: bool,
) -> Candidate:
    """The event noun a light verb reports, as the event of clause `i`: where
    the clause says it happens, and its mode."""
    nc.verb = i
    situate(nc, p, cl)
    nc.capital = names_capital(p, cl)
    qualify(nc, cl, vg, conditional, condition, p)
    return nc
