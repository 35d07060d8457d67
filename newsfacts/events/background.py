"""Clauses that report no act of their own: a participle describing a noun, a
habit, what will happen once something else does, and a game's comeback.

News sentences carry many verbs that are no events: "demonstrators opposing
the new taxes chanted slogans" reports the chanting, not an opposition;
"bandits often kidnap villagers" a habit; "would continue the blockade until
the government meets their demands" a condition still to come; "came back
from two sets down" a tennis match. Each test reads one clause of the
language layer (`language/clauses.py`); the words are data
(`events/data/clause_words.tsv`). Helpers of `events/reading.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from ..language.clauses import Clause
from ..language.verbs import VerbGroup
from ..records import TimeExpression
from .clause_match import passive
from .mentions import ActorMention
from .nouns import event_noun
from .parties import Parties
from .phrasing import act_doer
from .words import word_classes

__all__ = [
    "comeback",
    "comeback_win",
    "contest_vote",
    "describes_noun",
    "future_bound",
    "game_object",
    "habitual",
    "heads_noun",
    "history_date",
    "joined_noun",
    "names_aim",
    "natural_cause",
    "no_act_of_its_own",
    "toll_only",
]


def describes_noun(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """An -ing participle right after a noun that it describes ("Demonstrators
    opposing the new taxes chanted slogans", "a law banning protests", "crowds
    demanding reforms"): what the noun is or does in general, no act the
    sentence reports. Dissent by the ones described is their protest
    ("dispersed demonstrators protesting election results": 141, `dissent_verbs`),
    and an -ing word with no object is rather a noun ("killed in Israeli tank
    shelling"). An act of force named by the noun is the exception: its
    doer acts through the participle ("conducted strikes in Syria targeting
    militias", `phrasing.act_doer`)."""
    return (
        cl.kind == "reduced_relative"
        and cl.subject_via == "antecedent"
        and p.ps.tags[vg.head] == "VBG"
        and not vg.auxiliaries
        and bool(cl.objects)  # "killed in Israeli tank shelling in the east": a noun
        and vg.lemma not in word_classes().dissent_verbs
        and not act_doer(p, cl)
        and not (
            cl.subject is not None
            and p.head_word(cl.subject).lower() in word_classes().statement_nouns
        )
    )


def described_clauses(p: Parties, clauses: Sequence[Clause]) -> list[bool]:
    """Per clause: whether it says what a party, a place or a thing is, no
    act the sentence reports. A relative clause set off by a comma, in the
    present or the present perfect, after a party it describes: its record or
    what it is ("Police blamed al-Shabab, which has carried out similar
    attacks near the border", "Hamas, which controls Gaza, ..."); a place's
    relative clause of the same kind ("Sudan, where fighting has displaced
    millions"), and the clauses read inside these; what a thing would do ("a
    bill that would ban TikTok", `_would_do`); and what such a clause
    governs ("Islamic State, which has threatened to strike Western
    targets"). In the past tense a party's relative clause tells an act
    ("al-Shabab, which attacked the base on Monday") and stays. Linear in the
    clauses (one bisection each for the spans they lie in)."""
    verbs = p.ps.structure.chunks.verbs
    out = [_describes_party(p, cl, verbs[cl.verb]) for cl in clauses]
    # a clause read inside a describing relative clause ("where fighting ...
    # has displaced"): the spans by start, with the furthest end so far
    spans = sorted(
        (cl.start, cl.end)
        for cl, d in zip(clauses, out, strict=True)
        if d and cl.kind == "relative"
    )
    if spans:
        starts = [a for a, _ in spans]
        reach = list(accumulate((b for _, b in spans), max))
        for i, cl in enumerate(clauses):
            k = bisect_right(starts, cl.start) - 1
            if k >= 0 and reach[k] >= cl.end:
                out[i] = True
    # what a describing clause governs, up the chain (each clause settled once)
    settled: list[bool | None] = [True if d else None for d in out]
    for i in range(len(clauses)):
        path: list[int] = []
        j = i
        while (
            settled[j] is None
            and clauses[j].governor is not None
            and clauses[j].kind in _GOVERNED
            and len(path) < len(clauses)
        ):
            path.append(j)
            j = clauses[j].governor  # type: ignore[assignment]
        value = bool(settled[j])
        for k in (*path, j):
            if settled[k] is None:
                settled[k] = value
    return [bool(v) for v in settled]


_GOVERNED = frozenset(("infinitival", "participial", "complement", "reported"))


_HYPOTHETICAL = frozenset(("could", "may", "might", "would"))
"""Modals of what a thing would do ("a bill that would ban TikTok")."""


def _would_do(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """A relative clause of a thing, no party, with "would", "could", "may"
    or "might": what the thing would do, no act ("an agreement that would
    enable Britain to deport terror suspects", "a bill that would ban
    TikTok"); "the rebels, who would later attack the capital" tells a party's
    act and stays."""
    return (
        cl.kind == "relative"
        and vg.modal in _HYPOTHETICAL
        and cl.subject is not None
        and p.actor(cl.subject) is None
        and not p.people(cl.subject)
    )


def _describes_party(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    if _would_do(p, cl, vg):
        return True
    return (
        cl.kind == "relative"
        and cl.marker is not None
        and cl.marker > 0
        and p.words[cl.marker - 1] == ","
        and vg.tense == "present"
        and vg.modal is None
        and not vg.progressive
        and (
            # "Sudan, where fighting between the army and a paramilitary
            # group has displaced millions": the scene's state, where no
            # party acts ("Newark, where prosecutors have warned ..." does)
            (
                p.words[cl.marker] == "where"
                # a subject of its own that is a party acts; the place itself
                # read as the subject is none ("where" is no subject)
                and (
                    cl.subject_via in ("relative", "antecedent")
                    or p.actor(cl.subject) is None
                )
            )
            or (
                p.words[cl.marker] in ("which", "who")
                and cl.subject is not None
                and p.actor(cl.subject) is not None
            )
        )
    )


def names_aim(p: Parties, clauses: Sequence[Clause], cl: Clause, vg: VerbGroup) -> bool:
    """An -ing participle of aim (`aim_verbs`: "targeting", "aimed") after a
    clause whose object is an act named by a noun of no force ("the EU adopted
    a new package of sanctions against Russia, targeting banks"): what the act
    is aimed at, no attack. After an act of force it is the attack's aim and
    stays ("launched air strikes, targeting militants")."""
    if (
        cl.kind != "participial"
        or cl.governor is None
        or vg.lemma not in word_classes().aim_verbs
    ):
        return False
    gov = clauses[cl.governor]
    for np in gov.objects:
        noun = event_noun(p, np)
        if noun is not None:
            return noun.code[:2] not in ("18", "19", "20")
    return False


def habitual(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """A habit: an adverb of frequency right before the verb group or among
    its auxiliaries ("Bandits often kidnap villagers for ransom", "rebels
    have usually attacked at night"): background, no act reported."""
    adverbs = word_classes().habitual_adverbs
    lo = max(cl.start, vg.start - 1)
    # (the party words are lower case: one C-level test of the few words)
    return not adverbs.isdisjoint(p.words[lo : vg.head])


_PLANNED = frozenset({"will", "would", "shall", "be going to", "'ll"})


def future_bound(p: Parties, clauses: Sequence[Clause], cl: Clause) -> bool:
    """A clause of time in the present tense under a planned or intended act
    ("The farmers said they would continue the blockade until the government
    meets their demands", "vowed to fight until the army withdraws"): English
    puts what will happen in the present there, so it reports no act; in the
    past under "would" when the speech is reported ("said Israel would not end
    the war until Hamas was destroyed"). A past clause of time otherwise
    happened ("fought until the army withdrew")."""
    if (
        cl.kind != "adverbial"
        or cl.marker is None
        or p.words[cl.marker].lower() not in word_classes().temporal_markers
    ):
        return False
    verbs = p.ps.structure.chunks.verbs
    tense = verbs[cl.verb].tense
    if tense not in ("present", "past") or verbs[cl.verb].modal is not None:
        return False
    k = cl.governor
    for _ in range(4):  # a few levels: "said they would continue ... until"
        if k is None:
            return False
        up = clauses[k]
        modal = verbs[up.verb].modal
        if tense == "past":
            # reported speech shifts both back: "said Israel would not end the
            # war until Hamas was destroyed" (a past clause under "would")
            if modal == "would":
                return True
        elif modal in _PLANNED or up.kind == "infinitival":
            return True
        k = up.governor
    return False


def comeback(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """A game's comeback: "from" a deficit (`deficit_words`: "came back from
    two sets down", "from a goal down", "came from behind to win"), no return
    from a place. A noun after the deficit word makes it a place ("returned
    from behind enemy lines")."""
    wc = word_classes()
    words, tags = p.words, p.ps.tags
    end = min(cl.end + 2, len(words))  # "down" may close the phrase
    if "from" not in words[vg.end - 1 : min(cl.end, len(words))]:
        return False  # most clauses: no "from" (the words are lower case)
    for k in range(vg.end - 1, min(cl.end, len(words))):
        if words[k].lower() != "from":
            continue
        for x in range(k + 1, min(k + 6, end)):
            if words[x].lower() in wc.deficit_words:
                after = tags[x + 1] if x + 1 < len(tags) else "."
                if not after.startswith(("NN", "DT", "JJ", "CD", "PRP")):
                    return True
                break
    return False


def comeback_win(
    p: Parties, clauses: Sequence[Clause], cl: Clause, vg: VerbGroup
) -> bool:
    """A win a comeback brings ("came back from a goal down to beat Everton"):
    a game's result, as the comeback is."""
    if vg.lemma not in word_classes().contest_verbs or cl.governor is None:
        return False
    gov = clauses[cl.governor]
    return comeback(p, gov, p.ps.structure.chunks.verbs[gov.verb])


def contest_vote(p: Parties, vg: VerbGroup) -> bool:
    """A verb of winning or losing in a sentence about a vote (`election_nouns`:
    "won the presidential election, defeating incumbent Lazarus Chakwera",
    "beat the mayor in the primary"): a candidate's win, no act of force."""
    wc = word_classes()
    return vg.lemma in wc.contest_verbs and any(
        w.lower() in wc.election_nouns for w in p.words
    )


def natural_cause(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """Whether the clause names a natural cause or an accident as what kills
    or injures: the active subject ("a fire killed"), the "by" agent, or a
    phrase after "in", "during", "by" ("injured during the typhoon")."""
    wc = word_classes()
    causes = wc.natural_causes
    nps = [cl.agent] if passive(cl, vg) else [cl.subject]
    nps += [a.np for a in cl.preps if p.words[a.prep] in ("in", "during", "by")]
    # Any word of the phrase: its head ("heavy rains"), a named storm's kind
    # ("Hurricane Ian"; "Storm Ciaran lashed Europe, killing seven", whose
    # participle has the storm for subject) or a second cause ("rains and
    # landslides").
    if any(
        np is not None and not causes.isdisjoint(w.lower() for w in p.np_words(np))
        for np in nps
    ):
        return True
    if not passive(cl, vg) and vg.start > 0 and p.words[vg.start - 1].lower() in causes:
        # "and flooding kills hundreds": a gerund right before the verb,
        # read as no phrase (the subject then comes from an earlier clause)
        return True
    if (
        vg.lemma in wc.hazard_fight_verbs
        and not passive(cl, vg)
        and any(p.head_word(np).lower() in causes for np in cl.objects[:1])
    ):
        return True  # "firefighters battled the blaze": a fight with a hazard
    # "The bridge collapsed, killing four people": the accident the
    # participle hangs from is the cause.
    verbs = p.ps.structure.chunks.verbs
    return cl.governor is not None and verbs[cl.governor].lemma in wc.accident_verbs


def game_object(p: Parties, cl: Clause, code: str) -> bool:
    """Force upon a thing of a game (`game_objects`: "attacked the net", "hit
    the crossbar") or upon a score (`score_object`: "fired a six-under-par
    64"): play, no violence."""
    return (
        code[:2] in ("18", "19", "20")
        and bool(cl.objects)
        and (
            p.head_word(cl.objects[0]).lower() in word_classes().game_objects
            or score_object(p, cl.objects[0])
        )
    )


def score_object(p: Parties, np: int) -> bool:
    """Whether a noun phrase is a score: headed by a number in figures with an
    indefinite article ("a 64", "a six-under-par 64", "a three-under 69").
    A count takes no "a" ("fired two rockets", "fired 200 workers", "killed
    12"), so a verb of force upon such a phrase is a round played ("Norman
    fired a 64", "shot a 68"), no act of force."""
    phrase = p.nps[np]
    head = p.words[phrase.head]
    return (
        head.isdigit()
        and phrase.head == phrase.end - 1
        and p.words[phrase.start].lower() in ("a", "an")
    )


def heads_noun(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """A past participle of heading (`heading_verbs`) right after a noun that
    it describes ("the African Union observer mission, led by former
    President Olusegun Obasanjo, said", "a delegation headed by the foreign
    minister arrived"): it names who heads the body, no act of its own and no
    intent to meet, as PETRARCH's "lead a delegation" (036) reads the finite
    verb ("Obasanjo led a delegation to Moscow for talks" is still read). An
    act led (an event noun: "the demonstrations led by Buddhist monks", "an
    offensive led by Kurdish forces") is done by its leaders and stays read."""
    return (
        cl.kind == "reduced_relative"
        and cl.subject_via == "antecedent"
        and p.ps.tags[vg.head] == "VBN"
        and not vg.auxiliaries
        and vg.lemma in word_classes().heading_verbs
        and event_noun(p, cl.antecedent) is None
    )


def no_act_of_its_own(
    p: Parties, clauses: Sequence[Clause], cl: Clause, vg: VerbGroup
) -> bool:
    """Whether the clause reports no act of its own: a participle describing
    a noun or naming who heads it, a habit, a clause of time
    still to come, the aim of a measure, a game's comeback or the win it
    brings (the tests above)."""
    return (
        describes_noun(p, cl, vg)
        or heads_noun(p, cl, vg)
        or habitual(p, cl, vg)
        or future_bound(p, clauses, cl)
        or names_aim(p, clauses, cl, vg)
        or comeback(p, cl, vg)
        or comeback_win(p, clauses, cl, vg)
        or joined_noun(p, clauses, cl, vg)
    )


def joined_noun(
    p: Parties, clauses: Sequence[Clause], cl: Clause, vg: VerbGroup
) -> bool:
    """A verb read as joined to the verb right before it, with no "and", no
    comma and no word between: a noun object misread ("Vucic has rejected
    calls for his resignation", "the army denied reports of abuses"), for
    English joins two finite verbs with a conjunction."""
    j = cl.conjunct_of
    if j is None or cl.subject_via != "coordination":
        return False
    before = p.ps.structure.chunks.verbs[clauses[j].verb]
    return before.end == vg.start


_FORCE_ROOTS = ("18", "19", "20")


def toll_only(
    p: Parties, cl: Clause, vg: VerbGroup, target: ActorMention | None
) -> bool:
    """A death or an injury of civilians reported in the passive with no doer
    and no act of force named in the clause ("officials say at least two
    people were wounded", "12 people were killed on Monday"): a toll, which
    an attack, an accident or a disaster may have taken, as "four children
    were wounded" is. Armed men killed ("three soldiers were killed") fell in
    a fight; an act of force named in the sentence ("were killed in an air
    strike", "two people were killed and nine injured in a knife attack")
    and a verb that always has a human doer ("a man was shot dead",
    `assailant_verbs`) report the act."""
    if target is None or not passive(cl, vg) or cl.agent is not None:
        return False
    if vg.lemma in word_classes().assailant_verbs:
        return False
    code = target.actor.code or ""
    if target.actor.kind != "group" or code[3:6] not in ("", "CVL"):
        return False
    wc = word_classes()
    if any(
        p.head_word(k) in wc.deadly_nouns
        and p.nps[k].start > 0
        and p.words[p.nps[k].start - 1] in ("in", "by")
        for k in range(len(p.nps))
    ):
        return False  # "at least 20 people were killed in the strikes"
    return not any(
        (found := event_noun(p, k)) is not None and found.code.startswith(_FORCE_ROOTS)
        for k in range(len(p.nps))
    )


_YEAR = re.compile(r"(\d{4})(?:-[A-Z]{2}|-\d{2})?")


def history_date(d: TimeExpression, year: int | None, month: int | None = None) -> bool:
    """Whether `d` dates a past year, so that an act it alone dates is history,
    not the news of a text of `year` and `month` ("in 2010", "in March 2022",
    "last year", "15 months ago"). A month or season named without its year
    ("in May" in a text of March, "last summer") is the latest one: news
    within the last twelve months even when it fell the year before."""
    found = _YEAR.fullmatch(d.value)
    if found is None:
        return False
    if year is None:
        return True
    y = int(found[1])
    if y >= year:
        return False
    if len(d.value) == 4 or found[1] in d.text or y < year - 1:
        return True
    tail = d.value[5:]
    if month is not None and tail.isdigit():
        return (year - y) * 12 + month - int(tail) >= 12
    return False
