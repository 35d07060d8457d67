"""Who speaks and who acts in reported speech, statements and predicates.

- A pronoun subject of reported speech is the speaker ("Russia said it would
  send troops"; "Syria says it is willing to withdraw": through the clauses
  that share the subject by control).
- A statement that acts is its issuer's act ("the party issued a declaration
  demanding that the government provide information": the party demands).
- An adjective or participle after "be" may govern an act like a verb ("is
  ready to contribute troops", "is opposed to French mediation";
  `events/data/predicates.tsv`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from ..language.clauses import Clause
from ..language.morphology import lemma
from ..language.sentences import ParsedSentence
from ..language.verbs import VerbGroup
from ..records import ActorKind
from .candidate import Candidate, verb_candidate
from .clause_actors import TARGET_PREPS, owned, subject_actor
from .clause_match import passive
from .clause_places import situate
from .compose import Governor, predicate
from .mentions import ActorMention, with_country
from .nouns import event_noun
from .parties import Parties
from .words import word_classes

__all__ = [
    "demand_of",
    "denied_charge",
    "issuer",
    "predicate_of",
    "resolve_speakers",
    "wrongdoing",
]

_NOT = frozenset({"not", "n't", "never", "no", "longer"})


def predicate_of(p: Parties, vg: VerbGroup) -> tuple[Governor, int] | None:
    """The governing predicate of a verb group and its token: the adjective
    after "be" ("is ready to", "are not willing to") or a passive participle
    read as one ("is committed to", "is opposed to"), or None."""
    wc = word_classes()
    if vg.lemma == "be":
        k = vg.end
        while k < len(p.words) and (
            p.words[k] in wc.adverbs_skip or p.words[k] in _NOT
        ):
            k += 1
    elif vg.voice == "passive":
        k = vg.head
    else:
        return None
    if k >= len(p.words):
        return None
    gov = predicate(p.words[k])
    return (gov, k) if gov is not None else None


def issuer(p: Parties, clauses: Sequence[Clause], cl: Clause) -> list[ActorMention]:
    """The issuer of a statement that is the subject of a participle or
    relative clause ("issued a declaration demanding that ...": the subject of
    "issued"), else nothing; not the one who faces, receives or dismisses
    it ("Trump faces a civil lawsuit that accuses him of fraud": received_statement_verbs)."""
    if cl.subject is None or cl.subject_via not in ("antecedent", "relative"):
        return []
    if p.head_word(cl.subject) not in word_classes().statement_nouns:
        return []
    wc = word_classes()
    for other in clauses:
        if cl.subject in other.objects:
            if (
                p.ps.structure.chunks.verbs[other.verb].lemma
                in wc.received_statement_verbs
            ):
                return []  # "faces a lawsuit that accuses him of fraud"
            return p.group(other.subject)
    return []


def resolve_speakers(
    p: Parties,
    clauses: Sequence[Clause],
    govs: Sequence[Governor | None],
    cands: Mapping[int, Candidate],
) -> None:
    """Give a candidate whose subject is a pronoun standing for no actor the
    speaker of the reported speech it belongs to ("Iraq announced that it is
    prepared to impose martial law": Iraq imposes), through clauses that share
    their subject by control."""
    verbs = p.ps.structure.chunks.verbs
    for i, c in cands.items():
        own = clauses[i]
        # (a statement's passive is a feeling of its subject: "says it is
        # concerned about" is the speaker's comment, 012)
        acted_on = passive(own, verbs[own.verb]) and not c.cameo.startswith("01")
        if acted_on and c.target is None and _speaker_pronoun(p, own):
            # "Russia said it was attacked overnight": the pronoun subject of
            # a passive is the one acted upon, the speaker as target
            c.target = _reporter(p, clauses, govs, own)
        if c.source is not None:
            _speakers_own(p, clauses, govs, i, c)
            _speakers_object(p, clauses, govs, i, c)
            continue
        if acted_on:
            continue  # the doer of a passive is its agent, never the speaker
        j = i
        for _ in range(len(clauses)):
            cl = clauses[j]
            if cl.subject_via != "control" or cl.governor is None:
                break
            j = cl.governor
        cl = clauses[j]
        if not _speaker_pronoun(p, cl):
            continue
        speaker = _reporter(p, clauses, govs, cl)
        if speaker is not None:
            c.source = speaker
            # the pronoun is named now; people no actor names stay the ones
            # acted upon ("police said they had arrested three men")
            own = clauses[i]
            c.unnamed = bool(own.objects) and p.people(own.objects[0])
            c.rule = "events.reported"


_OWN_COUNTRY = (["the", "country"], ["the", "nation"])


def _speaker_pronoun(p: Parties, cl: Clause) -> bool:
    """The clause's subject is a pronoun (or "the country") that names no
    actor: in reported speech it stands for the speaker."""
    return (
        cl.subject is not None
        and (p.nps[cl.subject].pronoun or _own_country(p, cl.subject))
        and p.actor(cl.subject) is None
    )


def _own_country(p: Parties, np: int) -> bool:
    """ "The country" or "the nation" in reported speech: the speaker's own
    ("the president announced that the country would cut ties with Israel")."""
    phrase = p.nps[np]
    return [w.lower() for w in p.words[phrase.start : phrase.end]] in _OWN_COUNTRY


def _reporter(
    p: Parties,
    clauses: Sequence[Clause],
    govs: Sequence[Governor | None],
    cl: Clause,
) -> ActorMention | None:
    """The first speaker of the verb of speech or report `cl` is the reported
    clause of ("Kenya said ...": Kenya), or None."""
    g = cl.governor
    if g is None or cl.kind not in ("reported", "complement"):
        return None
    gov = govs[g]
    if gov is None or gov.relation != "report":
        return None
    speakers = p.group(clauses[g].subject)
    return speakers[0] if speakers else None


def _speakers_own(
    p: Parties,
    clauses: Sequence[Clause],
    govs: Sequence[Governor | None],
    i: int,
    c: Candidate,
) -> None:
    """A group owned by "its" or "their" in reported speech is the speaker's:
    "Russia's Defense Ministry said its forces had hit ..." (Russia's forces);
    "the RSF said its fighters had repelled an attack" (the RSF itself, an
    organisation acting through its members)."""
    src = c.source
    cl = clauses[i]
    if (
        src is None
        or src.actor.kind != ActorKind.GROUP
        or cl.subject is None
        or not owned(p, cl.subject)
    ):
        return
    speaker = _reporter(p, clauses, govs, cl)
    if speaker is None:
        return
    country = speaker.actor.country
    sector = (speaker.actor.code or "")[-3:]
    if (
        speaker.actor.kind == ActorKind.ORGANIZATION
        and sector not in word_classes().state_body  # a ministry's forces: its state's
        and (src.actor.country is None or src.actor.country == country)
    ):
        c.source = speaker
    elif country and src.actor.country is None:
        c.source = attrs.evolve(src, actor=with_country(src.actor, country))


# CAMEO roots of acts that move or ready one's own (retreat 08, including
# withdrawals 087x; shows of force 15), whose "its" is the doer's.
_OWN_MOVES = frozenset(("08", "15"))


def _speakers_object(
    p: Parties,
    clauses: Sequence[Clause],
    govs: Sequence[Governor | None],
    i: int,
    c: Candidate,
) -> None:
    """An object owned by "its" or "their" in reported speech about another's
    act is the speaker's: "Kenya said Japan had attacked its border posts"
    targets Kenya, "Israel said Hamas fired rockets at its towns" Israel."""
    cl = clauses[i]
    if c.target is not None or c.source is None:
        return
    if c.source.generic and not c.source.actor.code:
        return  # "the group would continue its attacks": whose, unsaid
    aimed = [
        *cl.objects[:1],
        *(a.np for a in cl.preps if p.words[a.prep] in TARGET_PREPS),
    ]
    if not any(owned(p, np) for np in aimed):
        return
    if c.cameo[:2] in _OWN_MOVES:
        return  # "France will withdraw its troops, Macron said": its own
    speaker = _reporter(p, clauses, govs, cl)
    if speaker is None or speaker.key() == c.source.key():
        return
    theirs = c.source.actor.country
    if theirs is not None and speaker.actor.country == theirs:
        return  # the doer's own spokesman: "its" is the doer's
    c.target = speaker


def wrongdoing(p: Parties, vg: VerbGroup) -> int | None:
    """The token of a verb or predicate of wrongdoing heading the clause ("is
    fabricating a crisis", "is biased against", "confessed to instigating"),
    or None."""
    wc = word_classes()
    if vg.lemma in wc.wrongdoing:
        return vg.head
    if vg.lemma != "be":
        return None
    k = vg.end
    while k < len(p.words) and p.words[k] in wc.adverbs_skip:
        k += 1
    if k < len(p.words) and p.words[k] == "behind" and _blamed_act(p, k + 1):
        return k  # "said the United States was behind the attack"
    return k if k < len(p.words) and p.words[k] in wc.wrongdoing else None


def _blamed_act(p: Parties, start: int) -> bool:
    """The phrase at token `start` names a hostile act or a harm one may be
    behind ("behind the attack", "behind the coup", "behind the unrest"), not
    a party one stands behind ("the party is behind the prime minister")."""
    np = next((k for k, n in enumerate(p.nps) if n.start == start), None)
    if np is None:
        return False
    noun = event_noun(p, np)
    if noun is not None:
        return noun.code[:2] >= _HOSTILE_ROOT
    head = p.nps[np].head
    return lemma(p.words[head], p.ps.tags[head]) in word_classes().blamed_acts


_HOSTILE_ROOT = "11"
"""CAMEO roots from disapproval (11) to mass violence (20) are hostile acts."""


def demand_of(
    text: str,
    ps: ParsedSentence,
    p: Parties,
    clauses: Sequence[Clause],
    g: int,
    i: int,
    code: str = "100",
    through: int | None = None,
) -> Candidate | None:
    """ "X said Y must ...": X's demand of Y (CAMEO 100), whatever Y must do
    (or, with `code`, another act of X upon Y that Y's reported act makes:
    "X said Y is biased" is X's accusation); None unless both are actors and
    differ."""
    speakers = subject_actor(p, clauses[g])
    targets = subject_actor(p, clauses[i])
    if not speakers or not targets or speakers[0].key() == targets[0].key():
        return None
    vg = ps.structure.chunks.verbs[clauses[i].verb]
    c = verb_candidate(text, ps, vg, code, "events.demand", through)
    c.source, c.target, c.verb, c.framed = speakers[0], targets[0], i, True
    c.parties = [speakers[0], targets[0]]
    situate(c, p, clauses[i])
    return c


def denied_charge(p: Parties, denial: Clause, cl: Clause) -> bool:
    """Whether a denial is a trailing phrase about the charge the clause
    before it reports (`charge_nouns`: "accused Kabul of sheltering
    militants, a charge Kabul denies"; "..., allegations Moscow rejects"): the
    accusation was made, and is no act the denial takes back, where "Kabul
    denied that it shelters militants" is."""
    if denial.subject is None or cl.end > denial.start:
        return False
    np = p.ps.structure.chunks.nps[denial.subject]
    words = [w.lower() for w in p.words[np.start : np.end]]
    return (
        np.start > 0
        and p.words[np.start - 1] == ","
        and any(w in word_classes().charge_nouns for w in words[:2])
    )
