"""Admission: whether a candidate has the parties its code needs, what its
mode makes of its code, and what did not happen or is only the scene.

An act upon someone needs the one acted upon; violence, arrests, convictions
and releases reported in the passive need only the patient; a planned
cooperative act is an intent, a planned hostile one a threat. The aim of an
act, a condition and a relative clause of place or time are no events of their
own. Helpers of `events/reading.py`.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence

from ..language.clauses import Clause
from ..records import ActorKind
from .candidate import Candidate, retype
from .compose import Governor, composed, threat_code
from .lexicon import COOPERATIVE, HOSTILE
from .mentions import ActorMention
from .parties import Parties
from .words import word_classes

__all__ = [
    "VIOLENCE",
    "admitted",
    "agentless_measure",
    "drop_aims_and_conditions",
    "drop_noun_aims",
    "drop_scene_relatives",
    "drop_tolls",
    "refine_mode",
]


_PASSIVE_ALONE = ("09", "116", "084", "17", "18", "19", "20")
"""Codes (prefixes) whose passive needs no agent: "three soldiers were killed"
(18x/19x), "12 protesters were arrested" (173), "she was put under
investigation" (090), "they were convicted" (116), "200 of the demonstrators
had been released" (084x)."""

_NEEDS_TARGET = frozenset({"04", "05", "06", "07", "09", "11", "12", "16", "17"})
"""Roots of acts on someone or something: "met", "praised", "criticised",
"arrested" code nothing without an object or a complement (the one met,
praised, criticised or arrested), or several subjects ("X and Y met")."""

_FREE_ROOTS = frozenset(
    {"01", "02", "08", "11", "12", "13", "14", "15", "18", "19", "20"}
)
"""Roots whose verbs code an event with no one acted upon ("resigned",
"protested", "mobilised", "attacked", "condemned the bombing": the one
condemned may go unnamed). A verb of any other root whose code
comes from the verb alone, not from a pattern of its object or phrases, needs
an actor acted upon: "issued", "organised", "led" code nothing by themselves
("X issued a statement" is not cooperation, "X led Y" may be), nor do the
dictionary's bare intents ("preparing for elections"): verbs of intent code
through governors.tsv ("agreed", "pledged", "offered")."""

VIOLENCE = frozenset({"18", "19", "20"})


def admitted(c: Candidate) -> bool:
    """The parties the code needs are there."""
    if agentless_measure(c):
        return False
    if c.rule == "events.noun":
        return True  # checked when read
    root = c.cameo[:2]
    alone = c.cameo.startswith(_PASSIVE_ALONE)
    if c.unnamed and c.source is None:
        # "He was re-arrested", "They were charged with plotting", "He faces
        # charges": an act upon or by a person, named or not; other acts need a
        # named other party
        return (
            (c.rule in ("events.passive", "events.reverse") and alone)
            or (not c.bare and c.target is not None)
            or c.private
        )
    if c.destination and not _visitor(c.source):
        return False  # "people travelling to Cirencester": no visit of state
    if c.source is None and c.crowd:
        return True  # "thousands of Iraqi Kurds demonstrated"
    if c.source is None and root == "14" and c.rule == "events.passive":
        return True  # "angry protests were held in several cities"
    if c.source is None:
        # "three soldiers were killed", "a roadside bomb killed two soldiers"
        return (
            alone
            and c.target is not None
            and (c.rule in ("events.passive", "events.reverse") or root in VIOLENCE)
        )
    if c.unnamed and alone and c.target is None:
        return True  # "the court sentenced him to ten years", "police arrested her"
    if c.bare and c.target is None and root not in _FREE_ROOTS and not c.destination:
        return False  # but "visited Kabul": the place stands for the one visited
    if c.cameo.startswith("083") and c.target is None:
        return False  # "the minister resigned": an internal change, no act upon anyone
    if _business(c.source) and (
        c.cameo.startswith(tuple(word_classes().state_aid))
        or (c.cameo[:2] in _COMMERCE and (c.target is None or _business(c.target)))
    ):
        # "Microsoft agreed to buy a studio", "Boeing delivered 12 jets to
        # Ryanair", "Lockheed Martin will deliver F-35s to Poland": trade
        return False
    return (
        c.target is not None or c.framed or c.destination or root not in _NEEDS_TARGET
    )


_COMMERCE = frozenset({"03", "05", "06", "07"})
"""Roots of cooperation that a business does in its trade: with no one
acted upon, or with another company, an agreement, a plan, a purchase or a
gift of a company is commerce ("Microsoft agreed to buy the studio", "BMW
announced similar savings plans", "Boeing delivered 12 jets to Ryanair"), no
political event; with a state or a body named it is one ("Shell agreed to
supply gas to Ukraine"), but for military aid (`state_aid` in
`code_classes.tsv`), which only a state or its forces give: a company's
jets or arms are sold ("Lockheed Martin delivered F-35 jets to Poland")."""


def agentless_measure(c: Candidate) -> bool:
    """A measure (`measure` in `code_classes.tsv`: sanctions, bans, curfews,
    closures, blockades, obstruction) that no one is named or found to take:
    "schools were closed", "a state of siege was declared", "lifted a day-old
    blockade on lorries" (the blockade). A measure is only an act of whoever
    takes it."""
    return c.source is None and any(
        c.cameo.startswith(m) for m in word_classes().measure
    )


def _business(am: ActorMention | None) -> bool:
    """A company (CAMEO sector BUS, or a multinational, MNC)."""
    if am is None:
        return False
    code = am.actor.code or ""
    return code[3:6] == "BUS" or code.startswith("MNC")


def _visitor(am: ActorMention | None) -> bool:
    """Who makes a visit of a place: a named actor or a group that acts for a
    state or body ("the minister", "a UN delegation"), not a crowd of
    civilians ("people travelling to Cirencester", "tourists visited Paris")."""
    if am is None:
        return False
    a = am.actor
    return a.kind != ActorKind.GROUP or (a.code or "")[3:6] not in ("", "CVL")


def refine_mode(c: Candidate) -> bool:
    """A planned cooperative act is an intent (03x), a refused one a rejection
    (12x), a planned act of force, sanction or protest a threat (13x). Whether
    the candidate is still an event: an act someone must, should or can do is
    an obligation or an ability, no act (unless a speaker demands it), and a hostile act that
    will not happen is none ("Zarqawi will never murder again")."""
    if c.unreal and not c.rule.startswith("events.demand"):
        return False
    if c.planned and c.negated and c.type in HOSTILE:
        return False
    _refine(c)
    return True


def _refine(c: Candidate) -> None:
    if not c.planned:
        if c.type == "AGREE" and c.negated:
            _refuse(c, "120")
        return
    if c.type in COOPERATIVE and c.type != "AGREE":
        if c.negated:
            _refuse(c, composed("refuse", c.type, c.cameo))
        else:
            retype(c, composed("intend", c.type, c.cameo), "events.intent")
    elif (
        c.type in {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}
        and not c.negated
        and c.source
        is not None  # "will appear in court": planned, threatened by no one
    ):
        retype(c, threat_code(c), "events.threat")
    elif c.type == "AGREE" and c.negated:
        _refuse(c, "120")


def _refuse(c: Candidate, cameo: str) -> None:
    """A cooperative act negated is a rejection (12x), which did happen: the
    negation is the code's now, and the record is not negated ("failed to
    agree", "would not provide aid" are rejections, not rejections that did
    not happen)."""
    retype(c, cameo, "events.refusal")
    c.negated = False


def drop_aims_and_conditions(
    clauses: Sequence[Clause],
    govs: Sequence[Governor | None],
    cands: dict[int, Candidate],
    condition: Sequence[bool],
) -> None:
    """What did not happen is no event: the aim of an act ("used tear gas to
    disperse the demonstrators", "staged a rally to demand reforms": the
    rally is the event), an aim named by a noun ("continued their effort to
    overthrow the government"), and a condition ("will boycott the vote
    unless the president agrees to step down": no agreement)."""
    within = list(condition)
    for _ in range(2):  # clauses inside a condition, in either order
        for i, cl in enumerate(clauses):
            if cl.governor is not None and within[cl.governor]:
                within[i] = True
    aim = [False] * len(clauses)
    for i, cl in enumerate(clauses):
        g = cl.governor
        if g is not None and g < i and aim[g]:
            aim[i] = True  # "to help the rebels capture the airport"
            continue
        if cl.kind != "infinitival":
            continue
        if g is None:
            # a noun's aim: "an effort to overthrow the government"
            aim[i] = cl.subject is None
            continue
        gov = govs[g]
        if gov is None:
            # the aim of an act
            aim[i] = g in cands and admitted(cands[g])
        elif (
            gov.relation in ("intend", "schedule", "aspect")
            and clauses[g].objects
            and cl.subject_via != "object_control"
        ):
            aim[i] = True  # "continued their effort to overthrow"
    for i, cl in enumerate(clauses):
        g = cl.governor
        if (
            cl.kind == "participial"
            and g is not None
            and i in cands
            and g in cands
            and cands[g].cameo[:2] == "14"
            and cands[i].cameo[:2] in ("01", "02", "10")
        ):
            aim[i] = True  # "marched through the capital, demanding reforms"
    for i in list(cands):
        if within[i] or aim[i]:
            del cands[i]


def drop_noun_aims(
    p: Parties, clauses: Sequence[Clause], cands: dict[int, Candidate]
) -> None:
    """A "to" clause that modifies a noun names an aim, a plan or a right, not
    an act that happened: "opposed Sweden's bid to join NATO", "an operation
    to free the hostages", "the decision to expel two diplomats". After an
    ordinal or "only" it is a fact ("the first country to recognise
    Palestine")."""
    wc = word_classes()
    nps = p.ps.structure.chunks.nps
    for i, cl in enumerate(clauses):
        if i not in cands or cl.kind != "infinitival":
            continue
        if cl.antecedent is None:
            if _proposed(p, clauses, cl):
                del cands[i]  # "introduced a bill to ban TikTok"
            continue
        np = nps[cl.antecedent]
        if not any(
            p.words[t].lower() in wc.ordinal_words for t in range(np.start, np.end)
        ):
            del cands[i]


def _proposed(p: Parties, clauses: Sequence[Clause], cl: Clause) -> bool:
    """A "to" clause right after its governing verb's object, a proposal noun
    ("a bill", "a plan"): what is proposed, though it hangs from the verb."""
    if cl.governor is None or cl.marker is None or not clauses[cl.governor].objects:
        return False
    obj = p.ps.structure.chunks.nps[clauses[cl.governor].objects[-1]]
    return obj.end == cl.marker and p.head_word(clauses[cl.governor].objects[-1]) in (
        word_classes().proposal_nouns
    )


def drop_scene_relatives(
    p: Parties, clauses: Sequence[Clause], cands: dict[int, Candidate]
) -> None:
    """A relative clause of place or time ("Montenegro, where 28 people have
    been killed in ethnic riots this year"; "two air raids in which 20 people
    were killed") and a participle describing a noun ("a building occupied by
    militants", "the curfew imposed after the coup") describe the scene of the
    sentence's event: background, when the sentence reports an event of its
    own."""
    scene = []
    for i, cl in enumerate(clauses):
        m = cl.marker
        vg = p.ps.structure.chunks.verbs[cl.verb]
        if (
            cl.kind == "reduced_relative"
            and cl.subject_via == "antecedent"
            and p.ps.tags[vg.head] == "VBN"
            and not vg.auxiliaries  # "prisoners being assaulted" is an act
        ):
            # "a building occupied by militants", "the curfew imposed in Sudan"
            scene.append(i)
            continue
        if cl.kind != "relative" or m is None:
            continue
        word = p.words[m]
        if word == "when" and _time_of_the_act(p, cl):
            continue  # "killed on Sunday when gunmen attacked a bus": the act
        if word in ("where", "when") or (
            word in ("which", "whom") and m > 0 and p.ps.tags[m - 1] == "IN"
        ):
            scene.append(i)
    if not scene:
        return
    others = [c for i, c in cands.items() if i not in scene and admitted(c)]
    if others:
        for i in scene:
            cands.pop(i, None)


def _time_of_the_act(p: Parties, cl: Clause) -> bool:
    """A "when" clause of a day named ("on Sunday when gunmen attacked a bus",
    "on March 3 when troops opened fire") says what happened on the day the
    sentence dates: the act itself, no scene; a "when" clause of another time
    ("in 2014 when", "the year when the war began") stays one."""
    if cl.antecedent is None:
        return False
    days = word_classes().weekdays_lower
    return any(w in days or w in _MONTHS for w in p.np_words(cl.antecedent))


_MONTHS = frozenset(m.lower() for m in calendar.month_name if m)


def drop_tolls(cands: dict[int, Candidate], tolls: Sequence[int]) -> None:
    """Drop the tolls (`background.toll_only`: "two people were killed") of a
    sentence that reports no other act of force; with one they are its
    ("the army opened fire, while the governor said two people were killed"
    stays two records)."""
    if tolls and not any(
        c.cameo[:2] in VIOLENCE and admitted(c)
        for i, c in cands.items()
        if i not in tolls
    ):
        for i in tolls:
            del cands[i]
