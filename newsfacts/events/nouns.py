"""Event nouns: acts named by a noun ("the attack on", "talks with", "the arrest
of") rather than by a verb.

A noun phrase headed by an event noun (`events/data/event_nouns.tsv`) is an event
in two places. As the object of a light verb (`events/data/light_verbs.tsv`:
"launched an attack on the convoy", "held talks with Iran", "imposed sanctions
on", "faces charges"), the verb's subject is the agent (or, for "face", "suffer",
the one acted upon), and the one acted upon is read from the noun's own phrases
or from the verb's phrases after it (the clause layer leaves "on the convoy"
with "launched"). As a clause's subject or object it is an event when an actor
is attached to it ("the attack on the embassy by Hamas killed three",
"condemned the arrest of the editor"), or when the verb says it happened
("protests erupted"). The noun's code is used only where the verb's own
pattern codes nothing more specific.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .._data import iter_rows, lazy
from ..language.clauses import Clause
from ..language.morphology import lemma
from ..language.sentences import ParsedSentence
from ..language.verbs import VerbGroup
from ..records import Mention
from .candidate import Candidate
from .lexicon import plover_of
from .mentions import ActorMention
from .parties import Parties
from .user import user_noun
from .words import word_classes

__all__ = ["EventNoun", "enacts", "event_noun", "light_role", "noun_candidate"]

_ROLES = frozenset({"agent", "patient", "occur", "enact"})

# CAMEO codes of measures a body puts in force by a decision (sanctions,
# embargoes, aid cuts: root 16; bans, curfews, restrictions: 172): "approved a
# new round of sanctions" imposes them, but "approved an air strike" is no
# strike, so a verb of approval ("enact" in light_verbs.tsv) reports only these.
_MEASURES = ("16", "172")


def enacts(noun: EventNoun) -> bool:
    """Whether `noun` names a measure put in force by approving it."""
    return noun.code.startswith(_MEASURES)


# How a user's event noun marks its parties: those of "attack" in the table.
_USER_PREPS = (
    frozenset({"by", "from"}),
    frozenset({"on", "against", "into", "at"}),
    "agent",
    True,
)


@attrs.frozen(slots=True)
class EventNoun:
    """An event noun of the table: its code and how its parties are marked."""

    words: tuple[str, ...]
    code: str
    agent: frozenset[str]
    patient: frozenset[str]
    owner: str
    alone: bool


def _preps(cell: str) -> frozenset[str]:
    return frozenset() if cell in ("", "-") else frozenset(cell.split("|"))


@lazy
def _nouns() -> dict[str, tuple[EventNoun, ...]]:
    """Head lemma -> its entries, longest first."""
    out: dict[str, list[EventNoun]] = {}
    for row in iter_rows("events/data/event_nouns.tsv"):
        noun, code, agent, patient, owner, alone, example = row
        if owner not in ("agent", "patient") or alone not in ("yes", "no"):
            raise ValueError(f"bad event noun row: {row!r}")
        if not example.strip():
            raise ValueError(f"event noun row without an example: {row!r}")
        words = tuple(noun.split(" "))
        out.setdefault(words[-1], []).append(
            EventNoun(
                words, code, _preps(agent), _preps(patient), owner, alone == "yes"
            )
        )
    return {k: tuple(sorted(v, key=lambda n: -len(n.words))) for k, v in out.items()}


@lazy
def _light() -> dict[tuple[str, str], str]:
    """(verb lemma, particle or object word) -> role."""
    out: dict[tuple[str, str], str] = {}
    for row in iter_rows("events/data/light_verbs.tsv"):
        verb, role, example = row
        if role not in _ROLES or not example.strip():
            raise ValueError(f"bad light verb row: {row!r}")
        head, _sp, rest = verb.partition(" ")
        out[(head, rest)] = role
    return out


def event_noun(p: Parties, np: int | None) -> EventNoun | None:
    """The event noun heading phrase `np` ("an Israeli air strike": air strike)."""
    if np is None:
        return None
    phrase = p.nps[np]
    tag = p.ps.tags[phrase.head]
    if not tag.startswith("NN") or tag.startswith("NNP"):
        return None
    if p.user_triggers is not None:  # a parser's own nouns come first
        mine = user_noun(p.user_triggers, p.words, phrase.start, phrase.head)
        if mine is not None:
            return EventNoun(mine.words, mine.cameo, *_USER_PREPS)
    head = lemma(p.words[phrase.head], tag)
    for entry in _nouns().get(head, ()):
        n = len(entry.words) - 1
        before = p.words[max(phrase.start, phrase.head - n) : phrase.head]
        if list(entry.words[:-1]) == before:
            return entry
    of = next((a for a in phrase.attachments if p.words[a.prep] == "of"), None)
    if of is not None and of.np is not None and _through_of(head):
        # "the start of a military operation", "10 days of war games"
        return event_noun(p, of.np)
    if of is not None and of.np is not None:
        # "a state of siege", "martial law": an entry read across "of"
        inner = p.nps[of.np]
        seq = [*p.words[phrase.start : phrase.head], head, "of"]
        seq += p.words[inner.start : inner.head + 1]
        for entry in _nouns().get(seq[-1], ()):
            if "of" in entry.words and list(entry.words) == seq[-len(entry.words) :]:
                return entry
    return None


def _through_of(head: str) -> bool:
    """Whether a noun is read through "of" to the act it begins or measures."""
    wc = word_classes()
    return head in wc.aspect_nouns or head in wc.measure_nouns


def light_role(p: Parties, cl: Clause, vg: VerbGroup) -> str | None:
    """The role a light verb gives its subject ("launched": agent), or None."""
    table = _light()
    particle = p.words[vg.particle] if vg.particle is not None else ""
    role = table.get((vg.lemma, particle))
    if role is None and cl.objects:
        # "took place": a verb and its object word
        role = table.get((vg.lemma, p.words[p.nps[cl.objects[0]].head]))
    if role is None and not particle:
        role = table.get((vg.lemma, ""))
    return role


def _owner(p: Parties, np: int) -> ActorMention | None:
    """The actor owning an event noun: its possessor ("Israel's attack") or an
    actor word before the head ("an Israeli air strike", "U.S. sanctions")."""
    phrase = p.nps[np]
    if phrase.possessor is not None:
        return p.actor(phrase.possessor)
    for k in range(phrase.head - 1, phrase.start - 1, -1):
        am = p.at[k]
        if am is not None and am.end <= p.ps.tokens[phrase.head].start:
            return am
    return None


def _attached(
    p: Parties, preps: Sequence[tuple[int, int]], marks: frozenset[str]
) -> ActorMention | None:
    """The first actor of a phrase after one of the prepositions `marks`; a
    place after a preposition of place is never a party."""
    for prep, np in preps:
        if p.words[prep] in marks:
            am = p.actor(np)
            if am is not None:
                return am
    return None


_FORCE_ROOTS = frozenset(("18", "19", "20"))
"""CAMEO roots of force: a city their noun strikes stands for its country."""


def _struck(
    p: Parties, preps: Sequence[tuple[int, int]], marks: frozenset[str]
) -> ActorMention | None:
    """The country of the city or region after the first of the prepositions
    `marks` ("an attack on Kyiv": Ukraine)."""
    for prep, np in preps:
        if p.words[prep] in marks:
            return p.struck_city(np)
    return None


def _between(
    p: Parties, preps: Sequence[tuple[int, int]]
) -> tuple[ActorMention | None, ActorMention | None]:
    """The two sides of an act "between" two parties ("clashes between police
    and protesters", "talks between Israel and Hamas"): the first is the
    source, the second the target; (None, None) without two."""
    for prep, np in preps:
        if p.words[prep] == "between":
            both = p.group(np)
            if len(both) >= 2:
                return both[0], both[1]
    return None, None


def noun_candidate(
    text: str,
    ps: ParsedSentence,
    p: Parties,
    np: int,
    noun: EventNoun,
    *,
    agent: ActorMention | None = None,
    patient: ActorMention | None = None,
    clause_preps: Sequence[tuple[int, int]] = (),
) -> Candidate:
    """The event of an event noun phrase, with its agent and patient.

    `agent`/`patient` come from a light verb's subject; the noun's own phrases
    and owner fill what is missing, then the verb's phrases after the noun
    (`clause_preps`, as (preposition token, phrase) pairs)."""
    phrase = p.nps[np]
    own = [(a.prep, a.np) for a in phrase.attachments]
    of = next((a for a in phrase.attachments if p.words[a.prep] == "of"), None)
    measure = (
        of is not None
        and of.np is not None
        and lemma(p.words[phrase.head], ps.tags[phrase.head])
        in word_classes().measure_nouns
    )
    if of is not None and of.np is not None and measure:
        # "a wave of air strikes on Gaza": the act's own phrases are the
        # measured noun's; the trigger is that noun
        own += [(a.prep, a.np) for a in p.nps[of.np].attachments]
    owner = _owner(p, np)
    if agent is None:
        agent = _attached(p, own, noun.agent)
        if agent is None and noun.owner == "agent":
            agent = owner
    if agent is None and patient is None:
        agent, patient = _between(p, [*own, *clause_preps])
    if patient is None:
        patient = _attached(p, own, noun.patient) or _attached(
            p, clause_preps, noun.patient
        )
        if patient is None and noun.owner == "patient":
            patient = owner
    if patient is None and agent is not None and noun.code[:2] in _FORCE_ROOTS:
        # "ordered an attack on Tripoli": a city someone strikes stands for
        # its country, as after the verb ("attacked Tripoli"); with no doer
        # named it makes no act ("an assault on Rafah could derail the talks")
        patient = _struck(p, [*own, *clause_preps], noun.patient)
    if patient is not None and agent is not None and patient.key() == agent.key():
        patient = None
    start = ps.tokens[max(phrase.start, phrase.head - len(noun.words) + 1)].start
    end = ps.tokens[phrase.head].end
    if measure and of is not None:
        inner = p.nps[of.np]
        start = ps.tokens[max(inner.start, inner.head - len(noun.words) + 1)].start
        end = ps.tokens[inner.head].end
    elif of is not None and p.words[phrase.head] in word_classes().aspect_nouns:
        # "the start of an operation": the trigger runs from the aspect noun
        # to the act it names
        start = ps.tokens[phrase.head].start
        end = ps.tokens[p.nps[of.np].head].end
    c = Candidate(start, end, noun.code, plover_of(noun.code), ps.span)
    c.source, c.target, c.rule = agent, patient, "events.noun"
    c.parties = [a for a in (agent, patient) if a is not None]
    c.framed = True
    c.mentions.append(Mention.of(text, start, end))
    return c
