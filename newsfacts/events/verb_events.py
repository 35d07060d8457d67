"""The event one clause's coded verb reports, with its parties.

`read_clause` (`events/clause_events.py`) hands over a clause whose verb a
pattern codes; here the clause is tested for what makes it no act (a natural
cause, a game, a naming, a dismissal), its source and target are read and
settled (`events/roles.py`), and the candidate is built with its places and
its mode.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..language.clauses import Clause
from ..language.sentences import ParsedSentence
from ..language.verbs import VerbGroup
from ..records import ActorKind
from .admission import VIOLENCE
from .background import contest_vote, game_object, natural_cause, toll_only
from .candidate import Candidate, verb_candidate
from .clause_actors import TARGET_PREPS, clause_parties, purpose_target
from .clause_kinds import game_result, repression
from .clause_match import passive, read_phrase
from .clause_places import names_capital, situate
from .clause_reads import dismissal, seized_abstract
from .compose import ABSORBING, Governor
from .conjoined import conjoined_target
from .force import bears_arms, plays_games
from .games import scored
from .mentions import ActorMention
from .mode import qualify
from .parties import Parties
from .patterns import VerbMatch
from .phrasing import condemned_as, named_as, nature_warning
from .roles import agreed_between, settle_roles
from .targets import led_delegation, upon_people
from .words import word_classes

__all__ = ["verb_event"]

_OCCUPY = "192"  # CAMEO: occupy territory
_APPEAL = "02"  # CAMEO root: make an appeal or request
_DENOUNCE = "111"  # CAMEO: criticize or denounce
_COERCE = "17"  # CAMEO root: coerce
_REPRESSION = "175"  # CAMEO: violent repression


def court_appeal(p: Parties, cl: Clause, vg: VerbGroup, code: str) -> bool:
    """An appeal (02) with no object and no phrase naming what or whom it
    asks is an appeal to a higher court ("he has said he will appeal"), for
    which CAMEO has no code; so is one "to" a court ("appealed to the Supreme
    Court", `court_nouns`). "appealed for calm" and "appealed on Monday for
    aid" are requests. The phrase is looked for up to the next verb group or
    punctuation, as a phrase may hang from a date ("on Monday for aid")."""
    if code[:2] != _APPEAL or cl.objects:
        return False
    preps = word_classes().court_appeal_preps
    if any(
        p.words[a.prep].lower() in preps and not _to_court(p, a.prep, a.np)
        for a in cl.preps
    ):
        return False
    verbs = p.ps.structure.chunks.verbs
    stop = next((v.start for v in verbs if v.start >= vg.end), len(p.words))
    for k in range(vg.end, stop):
        word = p.words[k].lower()
        if word in preps:
            np = next((n for n, q in enumerate(p.nps) if q.start == k + 1), None)
            if np is None or not _to_court(p, k, np):
                return False
        if not word[:1].isalnum():
            break  # a comma, a quote or the full stop ends the clause
    return True


def _to_court(p: Parties, prep: int, np: int) -> bool:
    """ "to the Supreme Court": the phrase after "to" names a court."""
    return p.words[prep].lower() == "to" and (
        p.head_word(np) in word_classes().court_nouns
    )


def verb_event(
    text: str,
    ps: ParsedSentence,
    p: Parties,
    clauses: Sequence[Clause],
    i: int,
    vm: VerbMatch,
    gov: Governor | None,
    issuer: Sequence[ActorMention],
    conditional: bool,
    condition: bool,
) -> tuple[Candidate, bool] | None:
    """The event clause i reports with the code `vm` gives its verb, and
    whether it is only a toll (deaths or injuries of civilians with no doer);
    None when the clause reports no act."""
    cl = clauses[i]
    vg = ps.structure.chunks.verbs[cl.verb]
    wc = word_classes()
    if vm.code[:2] in VIOLENCE and natural_cause(p, cl, vg):
        return None  # "a fire killed five miners", "injured during the typhoon"
    if vm.code[:2] in VIOLENCE and _conflict_toll(p, cl, vg):
        return None  # "the war has killed more than 20,000 people"
    if nature_warning(p, cl, vm.code):
        return None  # "issued a weather warning", "warned of heavy snow"
    if game_result(p, cl, vg) or game_object(p, cl, vm.code):
        return None  # "Arsenal beat Chelsea 3-1": a match; "hit the crossbar"
    if vm.code[:2] in VIOLENCE and contest_vote(p, vg):
        return None  # "won the election, defeating the incumbent"
    if vm.code[:2] == _COERCE and _verdict(p, cl, vg):
        return None  # "voters punished the ruling party at the polls"
    if vg.lemma in wc.dismissal_verbs and dismissal(p, cl, vg):
        return None  # "the president fired his economy minister"
    if vg.lemma in wc.feeling_verbs and _felt(p, cl, vg):
        return None  # "said he was devastated by the news": a feeling
    if vg.lemma in wc.trap_verbs and _trapped(p, cl, vg):
        return None  # "civilians caught in the crossfire": where they were
    if vg.lemma in wc.hijack_verbs and seized_abstract(p, cl, vg):
        return None  # "the protests had been hijacked by dangerous people"
    if (
        vg.lemma in wc.naming_verbs
        and len(cl.objects) > 1
        and vm.rule.startswith("verbs:")
    ):
        return None  # "called the plan a violation of sovereignty": a naming
    if vg.lemma in wc.naming_verbs and cl.objects and named_as(p, cl.objects[0]):
        if not condemned_as(p, cl.objects[0]):
            return None  # "called the strike 'unreasonable'": a naming
        # "called the measure inhumane": a denunciation
        vm = VerbMatch(_DENOUNCE, rule=vm.rule, names_object=True)
    if vg.lemma in wc.person_object_verbs and not upon_people(p, cl, vg):
        return None  # "the projects were executed by army engineers"
    if vg.lemma in wc.court_appeal_verbs and court_appeal(p, cl, vg, vm.code):
        return None  # "he has said he will appeal": a legal appeal
    code, reverse = vm.code, False
    if not code and vm.reverse:
        code, reverse = vm.reverse, True
    source, target, parties = clause_parties(p, cl, vg, issuer)
    if reverse:
        source, target = target, source
    elif (
        target is None
        and not passive(cl, vg)
        and (
            code[:2] in VIOLENCE
            or code == _REPRESSION
            or not vm.rule.startswith("verbs:")
        )
    ):
        # "fired tear gas and rubber bullets at the crowd"; not for a bare
        # verb's guess ("places importance on reinforcing ties and ...")
        target = conjoined_target(p, cl, parties)
        if target is not None:
            parties.append(target)
    if (code[:2] in VIOLENCE or code == _OCCUPY) and plays_games(source):
        return None  # "Manchester City crushed Arsenal", "Shell took control"
    if (
        code[:2] in VIOLENCE
        and vg.lemma in wc.contest_verbs
        and (source is not None or target is not None)
        and not _group(source)
        and not _group(target)
        and scored(p)
    ):
        # "Australia beat India by 30 runs", "Muster (Austria) beat
        # Philippoussis (Australia) 6-3 7-6": the sentence reports the game
        # the verb's win is; not "police beat fans after Arsenal won 2-1",
        # nor "a man beat a woman after his team lost 2-1" (no one plays)
        return None
    if (
        code[:2] in VIOLENCE
        and cl.objects
        and p.head_word(cl.objects[0]) in wc.armed_objects
        and (source is not None or cl.subject is not None)
        and not bears_arms(source)
    ):
        return None  # "the company began operations in Kenya"
    delegation = led_delegation(p, cl, vg, source, target)
    code, target, dest = settle_roles(p, cl, vg, vm, code, source, target, parties)
    if delegation and target is None:
        return None  # "Sherman led the U.S. delegation": no one met or visited
    named = None
    if vm.names_object and cl.objects and not passive(cl, vg):
        obj = cl.objects[0]
        if p.actor(obj) is None and not p.unnamed(obj):
            named = p.nps[read_phrase(p, obj)].head
    if code[:2] in ("18", "19") and repression(p, clauses, i, source, target):
        code = "175"  # "police killed 12 while stopping the protests"
        vm = VerbMatch(code, rule=vm.rule, names_object=vm.names_object)
    if code == "175" and target is None:
        target = purpose_target(p, clauses, i)  # "fired tear gas to disperse crowds"
    c = verb_candidate(text, ps, vg, code, "events.clause", named)
    c.capital = names_capital(p, cl)
    c.verb, c.source, c.target, c.military = i, source, target, vm.military
    c.between = target is not None and agreed_between(p, cl, vg, code)
    c.unnamed = (
        any(
            p.unnamed(np)
            for np in (cl.subject, cl.agent, cl.objects[0] if cl.objects else None)
        )
        or (
            # "officers arrested a man", "soldiers killed two women": people
            # no actor names are the ones acted upon, as "him" is
            bool(cl.objects) and not passive(cl, vg) and p.people(cl.objects[0])
        )
        or (
            # "two men were arrested", "the activist was sentenced", "a
            # teenager was stabbed to death"; not a death or an injury
            # reported with no one doing it ("four children were wounded")
            passive(cl, vg)
            and cl.subject is not None
            and (code[:2] not in VIOLENCE or vg.lemma in wc.assailant_verbs)
            and p.people(cl.subject)
        )
    )
    c.private = (
        # "a man stabbed a woman", "two men beat a teenager", "he shot
        # her": force between private people, as "a woman was stabbed" is
        code[:2] in VIOLENCE
        and source is None
        and target is None
        and not passive(cl, vg)
        and cl.subject is not None
        and bool(cl.objects)
        and (p.people(cl.subject) or p.unnamed(cl.subject))
        and (p.people(cl.objects[0]) or p.unnamed(cl.objects[0]))
    )
    c.bare = vm.rule.startswith("verbs:")
    c.crowd = (
        source is None
        and code[:2] == "14"
        and not passive(cl, vg)
        and cl.subject is not None
        and p.head_word(cl.subject) in wc.partitive
    )
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
    situate(c, p, cl)
    if dest is not None:
        c.destination = True
        c.place_spans.insert(0, dest)
    qualify(c, cl, vg, conditional, condition, p)
    # a toll: "at least two people were wounded"
    return c, code[:2] in VIOLENCE and source is None and toll_only(p, cl, vg, target)


def _conflict_toll(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """A long conflict as the doer (`conflict_nouns` heading the active
    subject, or the "by" agent, naming no actor: "the war has killed more than
    20,000 people", "Sudan's civil war, which has displaced millions"): its
    toll, no act the sentence reports."""
    np = cl.agent if passive(cl, vg) else cl.subject
    # (a country owning the conflict makes it no act of that country's:
    # "Sudan's war has killed tens of thousands"; the head itself must name
    # no actor)
    return (
        np is not None
        and p.head_word(np).lower() in word_classes().conflict_nouns
        and p.at[p.nps[np].head] is None
    )


def _verdict(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """A coercion whose doer is the electorate or the market (`verdict_subjects`
    heading the active subject or the "by" agent: "voters punished the ruling
    party", "was punished by investors"), or a punishment (`verdict_verbs`) at
    the polls (an "at" or "in" phrase headed by one of `election_nouns`: "the
    Conservatives were punished in the local elections"): a verdict of votes
    or share prices, no act of coercion. "The court punished the company with
    a fine" and "police arrested 20 people at the polls" stay acts."""
    wc = word_classes()
    np = cl.agent if passive(cl, vg) else cl.subject
    if np is not None and p.head_word(np).lower() in wc.verdict_subjects:
        return True
    return vg.lemma in wc.verdict_verbs and any(
        p.words[a.prep].lower() in ("at", "in")
        and p.head_word(a.np).lower() in wc.election_nouns
        for a in cl.preps
    )


def _trapped(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """A passive verb of trapping (`trap_verbs`) with no actor as agent and an
    "in" or "under" phrase of a scene (`trap_scenes`, `natural_causes`,
    `conflict_nouns`): "civilians caught in the crossfire", "people caught in
    the brutal conflict", "trapped under the rubble" say where people were, no
    seizure; "the suspect was caught in Manchester" is an arrest."""
    if not passive(cl, vg) or p.actor(cl.agent) is not None:
        return False
    wc = word_classes()
    scenes = wc.trap_scenes | wc.natural_causes | wc.conflict_nouns
    return any(
        p.words[a.prep].lower() in ("in", "under")
        and p.head_word(a.np).lower() in scenes
        for a in cl.preps
    )


def _felt(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """A verb of damage or disturbance (`feeling_verbs`) in the passive with
    no actor as its agent tells how someone or somewhere feels or fares, no
    act: "he was devastated by the news", "the region has been plagued by
    violence"; "the town was devastated by rebels" is an act."""
    return passive(cl, vg) and (cl.agent is None or p.actor(cl.agent) is None)


def _group(am: ActorMention | None) -> bool:
    """A group of people (police, fans, rebels): force by or upon one is no
    play, whatever game the sentence reports."""
    return am is not None and am.actor.kind == ActorKind.GROUP
