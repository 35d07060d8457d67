"""What kind of act a clause reports, from its parties and words: a crowd
marching or rallying (a demonstration), rioters, a game's result (no act of
force), violent repression of a protest, and a predicate's act ("committed to
opening up the economy").

Helpers of `events/reading.py`, over the language layer's clauses and the
parties of `events/parties.py`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..language.clauses import Clause
from ..language.verbs import VerbGroup
from .clause_actors import subject_actor
from .clause_match import passive, read_phrase, time_np
from .compose import Governor
from .conjoined import conjoined_objects
from .mentions import ActorMention
from .parties import Parties
from .words import word_classes

__all__ = [
    "at_forces",
    "crowd",
    "demonstration",
    "game_result",
    "predicate_object",
    "protesters",
    "repression",
    "riot_weapons",
    "rioters",
    "scene_gerund",
    "thrown_missiles",
    "weapon_upon_people",
]


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
    or the win it is a participle of ("won the Monaco Grand Prix, beating
    Piastri"), which is no act of force."""
    wc = word_classes()
    if vg.lemma not in wc.contest_verbs:
        return False
    structure = p.ps.structure
    for k, c in enumerate(structure.clauses):
        if c.objects and (
            (c.governor == cl.verb and c.kind == "infinitival")
            or c.conjunct_of == cl.verb  # "beat Medvedev and reach the final"
            # "won the Monaco Grand Prix, beating Piastri": the win it is part of
            or (cl.kind == "participial" and k == cl.governor)
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
    # the clause's phrases, and the "by" phrase right after it, which the
    # clause leaves out ("beat Sonnen | by submission")
    for k in range(max(cl.start, vg.end), min(end + 1, len(words) - 1)):
        if words[k].lower() in _FIGHT_PREPS and _fight_result(p, k + 1):
            return True  # "beat Tyson on an 11th-round technical knockout"
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


_REPRESSORS = frozenset({"COP", "MIL", "GOV"})


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
    wc = word_classes()
    nouns = wc.protest_nouns | wc.crowd_nouns
    if target is not None and (
        (target.actor.code or "")[3:6] == "OPP"
        or target.actor.name.lower().split()[-1] in nouns
    ):
        return True  # "police fired on protesters"
    if riot_weapons(p, clauses[i]):
        return True  # "police fired rubber bullets at striking workers"
    up = clauses[i].governor  # "opened fire on protesters, killing 18 people"
    for k, cl in enumerate(clauses):
        if k != i and cl.governor != i and k != up:
            continue
        nps = [*cl.objects, *(a.np for a in cl.preps)]
        if k not in (i, up) and cl.subject is not None and cl.subject_via == "":
            nps.append(cl.subject)
        if any(
            (p.head_word(np) in nouns and not time_np(p, np)) or _protesting(p, np)
            for np in nps
        ):
            return True  # (not "in March": a month, no march)
    return False


def _protesting(p: Parties, np: int) -> bool:
    """A noun phrase whose people a participle before its head makes
    protesters ("striking workers", "protesting farmers")."""
    phrase = p.nps[np]
    participles = word_classes().protest_participles
    return any(w.lower() in participles for w in p.words[phrase.start : phrase.head])


def riot_weapons(p: Parties, cl: Clause) -> bool:
    """Whether the clause names a weapon of crowd control (`riot_weapons`:
    "rubber bullets", "tear gas", "water cannon", "batons") after its verb,
    or in a phrase conjoined to its object ("fired live rounds and tear gas")."""
    weapons = word_classes().riot_weapons
    vg = p.ps.structure.chunks.verbs[cl.verb]
    words = [w.lower() for w in p.words[vg.end : min(cl.end, len(p.words))]]
    for np in conjoined_objects(p, cl):  # "fired live rounds and tear gas"
        words += ["", *(w.lower() for w in p.words[p.nps[np].start : p.nps[np].end])]
    return any(
        w in weapons or (k + 1 < len(words) and f"{w} {words[k + 1]}" in weapons)
        for k, w in enumerate(words)
    )


def weapon_upon_people(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """A verb the dictionary does not code whose active clause turns a weapon
    of crowd control (`riot_weapons`, in a "with" phrase) upon people named as
    its object: "police sprayed protesters with water cannon", "doused the
    crowd with tear gas". Violent repression, CAMEO 175; "police armed with
    tear gas" and "supplied the police with tear gas" (whose object is the
    force) are not."""
    if passive(cl, vg) or not cl.objects:
        return False
    obj = cl.objects[0]
    am = p.actor(obj)
    if am is None and not p.people(obj):
        return False
    if am is not None and (am.actor.code or "")[3:6] in _REPRESSORS:
        return False  # "supplied the police with tear gas"
    weapons = word_classes().riot_weapons
    for a in cl.preps:
        if p.words[a.prep].lower() != "with":
            continue
        phrase = p.nps[a.np]
        head = p.words[phrase.head].lower()
        before = p.words[phrase.head - 1].lower() if phrase.head > phrase.start else ""
        if head in weapons or f"{before} {head}" in weapons:
            return True
    return False


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


def scene_gerund(p: Parties, cl: Clause) -> bool:
    """A gerund with no object right after a preposition of a scene (`scene_preps`:
    "captured during fighting in Helmand", "wounded amid shelling"): the
    fighting is where the act happened, no act of the one it hangs from (not
    "while fighting the rebels", "after killing his wife", which are)."""
    if cl.kind != "adverbial" or cl.objects:
        return False
    for a in cl.preps:
        am = p.actor(a.np)
        if am is not None and am.place is None:
            return False  # "during fighting with the army": a party named
    vg = p.ps.structure.chunks.verbs[cl.verb]
    k = vg.start - 1
    return (
        k >= 0
        and p.ps.tags[vg.head] == "VBG"
        and p.words[k].lower() in word_classes().scene_preps
    )


def thrown_missiles(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """Whether the clause throws a riot's missiles (`throwing_verbs` with an
    object, or a "with" phrase, of `thrown_objects`: "threw stones at police",
    "pelted soldiers with rocks", "hurled petrol bombs at officers")."""
    wc = word_classes()
    if vg.lemma not in wc.throwing_verbs or passive(cl, vg):
        return False
    nps = [*cl.objects, *(a.np for a in cl.preps if p.words[a.prep] == "with")]
    for np in nps:
        phrase = p.nps[np]
        head = p.words[phrase.head].lower()
        before = p.words[phrase.head - 1].lower() if phrase.head > 0 else ""
        if head in wc.thrown_objects or f"{before} {head}" in wc.thrown_objects:
            return True
    return False


def at_forces(target: ActorMention | None) -> bool:
    """Whether an act is aimed at police, troops or a government, or at no one
    named: a crowd's missiles thrown at them are a riot ("youths threw stones
    at soldiers"), at others an assault ("settlers threw stones at cars")."""
    if target is None:
        return True
    return (target.actor.code or "")[3:6] in _REPRESSORS


_FIGHT_PREPS = ("by", "on", "in", "via")
"""Prepositions before a fight's result ("by knockout", "on points")."""


def _fight_result(p: Parties, start: int) -> bool:
    """Whether a way a fight is won (`fight_results`) ends a short phrase of
    the sentence starting at `start` ("knockout", "an 11th-round technical knockout", "a
    unanimous decision", "points"), neither before another noun nor before
    a phrase that makes it something else ("on points of law", "on a
    decision by their commander", "by a decision to ...")."""
    wc = word_classes()
    tags = p.ps.tags
    end = len(p.words)
    for x in range(start, min(start + 6, end)):
        if p.words[x].lower() in wc.fight_results:
            return x + 1 >= end or not (
                tags[x + 1].startswith("NN")
                or p.words[x + 1].lower() in ("of", "by", "to", "that", "from")
            )
        if not (tags[x] in ("DT", "JJ", "CD", "NN", "VBN") or p.words[x] == "-"):
            return False
    return False
