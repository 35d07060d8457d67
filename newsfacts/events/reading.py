"""Reading one parsed sentence: the events its clauses report.

Admission is an absolute test. A verb becomes an event only when it heads a
verb group of a clause, its CAMEO verb pattern gives a code for the verb with
its particle, object and prepositional phrases ("strike a deal" 057, "strike
the convoy" 190, "prices shot up" nothing), and the parties the code needs are
there: a source actor (the subject, or the "by" agent of a passive), and a
target for the codes that act on someone. Violence and coercion reported in
the passive ("three soldiers were killed", "12 were arrested") need only the
party acted upon. Nothing else is an event: most news sentences report none.

Governing verbs take the act they govern ("agreed to release", "urged Iran to
halt", "threatened to attack": one event, coded by `compose`); reported speech
keeps its own subject, and gives the speaker only to a pronoun subject ("X said
it would ..."); a verb of speech alone is a statement when nothing else happens
in the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..language.clauses import Clause
from ..language.sentences import ParsedSentence
from ..language.verbs import VerbGroup
from ..records import Mention
from .candidate import Candidate, retype
from .compose import ABSORBING, absorb, composed, governor, threat_code
from .force import settle_force
from .lexicon import COOPERATIVE, plover_of
from .mentions import ActorMention
from .nouns import event_noun, light_role, noun_candidate
from .parties import Parties
from .patterns import NO_EVENT, VerbMatch, match_verb
from .user import match_clause
from .words import word_classes

__all__ = ["TARGET_PREPS", "sentence_events"]

TARGET_PREPS = frozenset(
    {"with", "against", "on", "upon", "at", "to", "toward", "towards", "into"}
)
"""Prepositions whose object can be the target: "talks with Iran", "fired on
protesters", "sent troops to Iraq". After other prepositions ("in", "near",
"across", "for") a phrase says where or why, never whom."""

_PASSIVE_ALONE = frozenset({"17", "18", "19", "20"})
"""Roots whose passive needs no agent: "three soldiers were killed" (18x/19x),
"12 protesters were arrested" (173)."""

_NEEDS_TARGET = frozenset({"04", "05", "06", "07", "09", "11", "12", "16", "17"})
"""Roots of acts on someone or something: "met", "praised", "criticised",
"arrested" code nothing without an object or a complement (the one met,
praised, criticised or arrested), or several subjects ("X and Y met")."""

_FREE_ROOTS = frozenset(
    {"01", "02", "03", "08", "12", "13", "14", "15", "18", "19", "20"}
)
"""Roots whose verbs code an event with no one acted upon ("resigned",
"protested", "mobilised", "attacked"). A verb of any other root whose code
comes from the verb alone, not from a pattern of its object or phrases, needs
an actor acted upon: "issued", "organised", "led" code nothing by themselves
("X issued a statement" is not cooperation, "X led Y" may be)."""

_TOPIC_ROOTS = frozenset({"11"})
"""Roots of comments on someone's act: their target may be the one the comment
is about ("expressed concern about Russia's use of the conflict")."""

_TOPIC_PREPS = frozenset({"about", "at", "over"})

_AT = frozenset({"at", "in", "into", "inside", "near", "on", "outside", "to"})

_DEMAND_MODALS = frozenset({"must", "should"})

_PLANNED_MODALS = frozenset({"will", "would", "shall", "be going to"})
_HYPOTHETICAL_MODALS = frozenset({"could", "may", "might"})


def _np_words(p: Parties, np: int | None) -> list[str]:
    """The words of a noun phrase up to its head (patterns read head last)."""
    if np is None:
        return []
    phrase = p.nps[np]
    if p.words[phrase.head] in word_classes().partitive:
        # "deployed thousands of troops": the pattern reads "troops"
        for att in phrase.attachments:
            if p.words[att.prep] == "of":
                phrase = p.nps[att.np]
                break
    return p.words[phrase.start : phrase.head + 1]


def passive(cl: Clause, vg: VerbGroup) -> bool:
    """A passive clause; a bare participle coordinated with a verb that has an
    object is that verb's active past ("has killed a youth and wounded three")."""
    if vg.voice != "passive":
        return False
    return not (cl.subject_via == "coordination" and cl.objects and not vg.auxiliaries)


def _match(p: Parties, cl: Clause, vg: VerbGroup) -> VerbMatch | None:
    """The verb pattern of a clause; a passive is read as its active."""
    particle = p.words[vg.particle] if vg.particle is not None else None
    preps = [(p.words[a.prep], _np_words(p, a.np)) for a in cl.preps]
    if passive(cl, vg):
        obj = _np_words(p, cl.subject)
        subject = _np_words(p, cl.agent)
    else:
        obj = _np_words(p, cl.objects[0]) if cl.objects else []
        subject = _np_words(p, cl.subject)
    if p.user_triggers is not None:  # a parser's own triggers come first
        word = p.words[vg.head]
        mine = match_clause(p.user_triggers, vg.lemma, particle, obj, preps, word)
        if mine is not None:
            return mine
    return match_verb(vg.lemma, particle, obj, preps, subject)


def _subject_actor(p: Parties, cl: Clause) -> list[ActorMention]:
    return p.group(cl.subject)


def _target(
    p: Parties, cl: Clause, exclude: Sequence[ActorMention]
) -> ActorMention | None:
    """The first actor acted upon: an object, else a prepositional complement
    ("talks with Iran", "fired on protesters"); never a place after a
    preposition of place."""
    keys = {a.key() for a in exclude}
    for np in cl.objects:
        am = p.actor(np)
        if am is not None and am.key() not in keys:
            return am
    for att in cl.preps:
        if p.words[att.prep] not in TARGET_PREPS:
            continue
        am = p.actor(att.np)
        if am is not None and am.key() not in keys:
            return am
    return None


def _candidate(
    text: str,
    ps: ParsedSentence,
    vg: VerbGroup,
    code: str,
    rule: str,
    through: int | None = None,
) -> Candidate:
    """A candidate whose trigger is the verb, its particle, and up to token
    `through` (the head of an object the pattern names: "expressed serious
    concern")."""
    start, end = ps.chars(vg.head, vg.head + 1)
    if vg.particle is not None and vg.particle > vg.head:
        end = ps.tokens[vg.particle].end
    if through is not None and through > vg.head:
        end = max(end, ps.tokens[through].end)
    c = Candidate(start, end, code, plover_of(code), ps.span, rule=rule)
    c.mentions.append(Mention.of(text, start, end))
    return c


def _qualify(c: Candidate, cl: Clause, vg: VerbGroup, conditional: bool) -> None:
    """Negation, modality and questions from the verb group and its clause."""
    c.negated = vg.negated
    if vg.modal in _PLANNED_MODALS:
        c.mode, c.planned = "planned", True
    elif vg.modal in _HYPOTHETICAL_MODALS:
        c.mode = "hypothetical"
    if conditional:
        c.mode = "hypothetical"
    if cl.question:
        c.mode = "question"


def _parties(
    p: Parties, cl: Clause, vg: VerbGroup
) -> tuple[ActorMention | None, ActorMention | None, list[ActorMention]]:
    """Source, target and all parties (of a mutual act) of a clause."""
    if passive(cl, vg):
        sources = p.group(cl.agent)
        patients = p.group(cl.subject)
        source = sources[0] if sources else None
        target = patients[0] if patients else _target(p, cl, sources)
        return source, target, [*sources, *patients]
    sources = _subject_actor(p, cl)
    source = sources[0] if sources else None
    target = _target(p, cl, sources)
    return source, target, sources + ([target] if target is not None else [])


def sentence_events(
    text: str, ps: ParsedSentence, p: Parties, history: Sequence[bool] = ()
) -> list[Candidate]:
    """The events one sentence reports, before dates, places and merging.

    `history[i]` marks clause i as dated history ("jailed for fraud in 2010"):
    background, no event."""
    st = ps.structure
    clauses = st.clauses
    verbs = st.chunks.verbs
    wc = word_classes()
    conditional = [False] * len(clauses)
    for i, cl in enumerate(clauses):
        if (
            cl.kind == "adverbial"
            and cl.marker is not None
            and p.words[cl.marker] in wc.conditional
        ):
            conditional[i] = True
            if cl.governor is not None:
                conditional[cl.governor] = True
    # "criticized X for engaging in graft", "charged with plotting to overthrow":
    # what an act is about, and what depends on it, is no act reported.
    content = [False] * len(clauses)
    for i, cl in enumerate(clauses):
        if cl.kind == "adverbial" and cl.marker is not None:
            content[i] = p.words[cl.marker] in wc.content_markers
        if cl.governor is not None and cl.governor < i and content[cl.governor]:
            content[i] = True
    cands: dict[int, Candidate] = {}
    speech: dict[int, Candidate] = {}
    matches: list[VerbMatch | None] = []
    used: set[int] = set()  # noun phrases read as event nouns
    for i, cl in enumerate(clauses):
        vg = verbs[cl.verb]
        vm = _match(p, cl, vg)
        matches.append(vm)
        gov = governor(vg.lemma, vm.code if vm is not None else "")
        if (history and history[i]) or content[i]:
            continue
        if gov is not None and gov.relation == "report":
            code = gov.code or (vm.code if vm is not None else "")
            if code and code != NO_EVENT:
                c = _candidate(text, ps, vg, code, "events.speech")
                sources = _subject_actor(p, cl)
                c.source = sources[0] if sources else None
                c.target = _target(p, cl, sources)
                _qualify(c, cl, vg, conditional[i])
                if code.startswith("01"):
                    speech[i] = c
                    continue
                cands[i] = c
            continue
        if vm is None or not vm.is_event or vm.rule.startswith("verbs:"):
            # "launched an attack on", "held talks with", "protests erupted"
            nc = _light_noun(text, ps, p, cl, vg)
            if nc is not None:
                nc.verb = i
                nc.place_spans = _place_spans(p, cl)
                _qualify(nc, cl, vg, conditional[i])
                cands[i] = nc
                used.add(nc.np)
                continue
        if (
            gov is not None
            and gov.code
            and gov.relation in ABSORBING
            and (vm is None or not vm.is_event or vm.rule.startswith("verbs:"))
        ):
            # the table's code of a governing verb over the bare verb's
            vm = VerbMatch(gov.code, rule="governors:" + gov.lemma)
        if vm is None or not vm.is_event:
            continue
        code, reverse = vm.code, False
        if not code and vm.reverse:
            code, reverse = vm.reverse, True
        source, target, parties = _parties(p, cl, vg)
        if reverse:
            source, target = target, source
        if target is None and code[:2] in _TOPIC_ROOTS:
            # "expressed concern about Russia's use of the conflict"
            target = _topic(p, cl, parties)
        if target is None and code[:3] in wc.mutual and len(parties) > 1:
            target = parties[1]  # "X and Y met": X with Y
        named = None
        if vm.names_object and cl.objects and not passive(cl, vg):
            obj = cl.objects[0]
            if p.actor(obj) is None and not p.unnamed(obj):
                named = p.nps[obj].head
        c = _candidate(text, ps, vg, code, "events.clause", named)
        c.capital = _names_capital(p, cl)
        c.verb, c.source, c.target, c.military = i, source, target, vm.military
        c.unnamed = any(
            p.unnamed(np)
            for np in (cl.subject, cl.agent, cl.objects[0] if cl.objects else None)
        )
        c.bare = vm.rule.startswith("verbs:")
        c.rule = "events.passive" if passive(cl, vg) else "events.clause"
        if reverse and not passive(cl, vg):
            c.rule = "events.reverse"  # "faces charges": the subject is acted upon
        c.parties = parties
        c.framed = bool(
            cl.objects
            or (passive(cl, vg) and cl.subject is not None)
            or any(p.words[a.prep] in TARGET_PREPS for a in cl.preps)
            or len(parties) > 1
            or (gov is not None and gov.relation in ABSORBING)
        )
        c.place_spans = _place_spans(p, cl)
        _qualify(c, cl, vg, conditional[i])
        cands[i] = c
    nouns = _argument_nouns(text, ps, p, history, content, used)
    # Governing verbs: one event with what they govern, or a plan for it.
    for i, cl in enumerate(clauses):
        g = cl.governor
        if g is None or cl.kind not in ("infinitival", "complement", "reported"):
            continue
        gvg = verbs[clauses[g].verb]
        gm = matches[g]
        gov = governor(gvg.lemma, gm.code if gm is not None and gm.is_event else "")
        if gov is None:
            continue
        emb = cands.get(i)
        if (gov.relation in ABSORBING and cl.kind == "infinitival") or (
            gov.relation == "request" and cl.kind != "infinitival"
        ):
            head = cands.get(g)
            if head is None:
                continue
            if emb is not None:
                if head.target is None and clauses[i].subject_via == "object_control":
                    head.target = emb.source
                absorb(head, gov.relation, emb)
                del cands[i]
            elif (
                gov.relation == "appeal" and clauses[i].subject_via == "object_control"
            ):
                subj = p.actor(clauses[i].subject)
                head.target = head.target or subj
        elif gov.relation in ("intend", "schedule", "aspect"):
            # "plans to visit", "began shelling": the governed act is the event
            cands.pop(g, None)
            if emb is not None and gov.relation == "intend":
                emb.mode, emb.planned = "planned", True
            elif emb is not None and gov.relation == "schedule":
                emb.mode = "planned"
            elif emb is not None and gov.lemma == "fail":
                emb.negated = True
        elif (
            emb is not None
            and gov.relation == "report"
            and verbs[cl.verb].modal in _DEMAND_MODALS
            and not emb.negated
        ):
            # "the minister said Israel must halt settlement expansion": a demand
            spk = _subject_actor(p, clauses[g])
            if spk and (emb.source is None or spk[0].key() != emb.source.key()):
                emb.target = emb.source or emb.target
                emb.source = spk[0]
                retype(
                    emb,
                    composed("request", emb.type, emb.cameo, "100"),
                    "events.demand",
                )
                emb.planned = False
        elif (
            emb is not None
            and gov.relation == "report"
            and emb.source is None
            and _pronoun(p, clauses[i].subject)
        ):
            # "Russia said it would send troops": the speaker.
            spk = _subject_actor(p, clauses[g])
            if spk:
                emb.source = spk[0]
                emb.rule = "events.reported"
    out = [c for _, c in sorted(cands.items()) if _admitted(c)]
    out.extend(nouns)
    out.sort(key=lambda c: c.start)
    for c in out:
        settle_force(c)
        _refine_mode(c)
    if not out:
        said = [c for _, c in sorted(speech.items()) if c.source is not None]
        out = said[:1]
    return out


def _light_noun(
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
    c.unnamed = p.unnamed(cl.subject)
    if not c.parties and role != "occur" and not c.unnamed:
        return None
    c.np = np
    return c


def _argument_nouns(
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
    for i, cl in enumerate(ps.structure.clauses):
        if (history and history[i]) or content[i]:
            continue
        for np in (cl.subject, *cl.objects):
            if np is None or np in used:
                continue
            noun = event_noun(p, np)
            if noun is None or not noun.alone:
                continue
            c = noun_candidate(text, ps, p, np, noun)
            if c.parties:
                used.add(np)
                c.np = np
                out.append(c)
    return out


def _place_spans(p: Parties, cl: Clause) -> list[tuple[int, int]]:
    """Where the act happens: a phrase after a preposition of place of the
    clause ("clashed in Misrata"), else of its object or complements ("attacked
    the academy in Misrata")."""
    wc = word_classes()
    out = [p.chars(a.np) for a in cl.preps if p.words[a.prep] in wc.locative]
    phrases = [*cl.objects, *(a.np for a in cl.preps)]
    for np in [*phrases, *(k for q in phrases for k in p.nps[q].conjuncts[:8])]:
        out.extend(
            p.chars(a.np)
            for a in p.nps[np].attachments
            if p.words[a.prep] in wc.locative
        )
    return out


def _topic(
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


def _names_capital(p: Parties, cl: Clause) -> bool:
    """Whether the act's object or a phrase of place is "the capital" (of no
    country named): the capital of the parties' country ("attacked the
    capital's airport")."""
    for np in (*cl.objects, *(a.np for a in cl.preps if p.words[a.prep] in _AT)):
        phrase = p.nps[np]
        if phrase.possessor is not None:
            phrase = p.nps[phrase.possessor]
        if (
            p.words[phrase.head].removesuffix("'s").removesuffix("’s") == "capital"
            and phrase.determiner is not None
            and p.words[phrase.determiner] == "the"
            and not any(p.words[a.prep] == "of" for a in phrase.attachments)
        ):
            return True
    return False


def _pronoun(p: Parties, np: int | None) -> bool:
    return np is not None and p.nps[np].pronoun


def _admitted(c: Candidate) -> bool:
    """The parties the code needs are there."""
    if c.rule == "events.noun":
        return True  # checked when read
    root = c.cameo[:2]
    if c.unnamed and c.source is None:
        # "He was re-arrested", "They were charged with plotting": an act upon
        # or by a person, named or not; other acts need a named other party
        return (c.rule == "events.passive" and root in _PASSIVE_ALONE) or (
            not c.bare and c.target is not None
        )
    if c.source is None:
        # "three soldiers were killed", "a roadside bomb killed two soldiers"
        return (
            root in _PASSIVE_ALONE
            and c.target is not None
            and (c.rule in ("events.passive", "events.reverse") or root != "17")
        )
    if c.bare and c.target is None and root not in _FREE_ROOTS:
        return False
    return c.target is not None or c.framed or root not in _NEEDS_TARGET


def _refine_mode(c: Candidate) -> None:
    """A planned cooperative act is an intent (03x), a refused one a rejection
    (12x), a planned act of force, sanction or protest a threat (13x)."""
    if not c.planned:
        if c.type == "AGREE" and c.negated:
            retype(c, "120", "events.refusal")
        return
    if c.type in COOPERATIVE and c.type != "AGREE":
        if c.negated:
            retype(c, composed("refuse", c.type, c.cameo), "events.refusal")
        else:
            retype(c, composed("intend", c.type, c.cameo), "events.intent")
    elif (
        c.type in {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}
        and not c.negated
    ):
        retype(c, threat_code(c), "events.threat")
    elif c.type == "AGREE" and c.negated:
        retype(c, "120", "events.refusal")
