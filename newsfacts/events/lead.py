"""The lead of an article and the acts a reader finds in it.

The lead is what a reader reads first: the opening sentences of the story
(`LEAD_SENTENCES`), after the dateline, with site furniture, picture captions
and credits, notices and lines without a verb skipped
(`events/data/lead.tsv`). Each sentence of the lead gives its acts in the
order a reader takes them (`sentence_acts`): the act of each main clause; for
a verb of speech or a report ("police said the man crashed", "a report shows
that ..."), the act it reports, else the statement itself; never a negated,
hypothetical or questioned act, a state ("the toll has risen to eight"), a
verb of wishing or feeling, or an act of a relative or adverbial clause
(background: "the rebels, who seized the town in 2014, ...").
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from .._data import iter_rows, lazy
from ..language.clauses import Clause
from ..language.sentences import ParsedSentence
from ..records import Actor, Event
from .clause_places import place_spans as clause_place_spans
from .compose import DENIAL, governor, speech_lemmas
from .mentions import ActorMention
from .mode import no_subject
from .parties import Parties
from .words import word_classes

__all__ = [
    "LEAD_SENTENCES",
    "Act",
    "LeadWords",
    "clause_of",
    "lead_sentences",
    "lead_words",
    "party_spans",
    "place_spans",
    "sentence_acts",
    "subordinate_acts",
]

LEAD_SENTENCES = 3
"""Sentences of the lead: the opening of a news story states its news."""


@attrs.frozen(slots=True)
class LeadWords:
    """The word classes of `events/data/lead.tsv`."""

    boilerplate: regex.Pattern[str]
    state_verbs: frozenset[str]
    report_verbs: frozenset[str]
    weak_acts: frozenset[str]
    unaccusative: frozenset[str]
    light_acts: frozenset[str]


_CLASSES = (
    "boilerplate",
    "state_verbs",
    "report_verbs",
    "weak_acts",
    "unaccusative",
    "light_acts",
)


@lazy
def lead_words() -> LeadWords:
    """The lead's word classes, loaded once."""
    rows: dict[str, list[str]] = {name: [] for name in _CLASSES}
    for row in iter_rows("events/data/lead.tsv"):
        if len(row) != 3 or row[0] not in rows or not row[2].strip():
            raise ValueError(f"bad lead word row: {row!r}")
        rows[row[0]].extend(e.replace("_", " ") for e in row[1].split(" "))
    phrases = sorted(rows["boilerplate"], key=len, reverse=True)
    # A phrase opens the line and no lower-case word goes on from it: "Read
    # more: ...", "Image caption Pietrewicz ...", not "Related to the case".
    boilerplate = regex.compile(
        r"(?i:"
        + "|".join(regex.escape(p) for p in phrases)
        + r")(?![^\W\d_])(?!\s++\p{Ll})",
    )
    return LeadWords(
        boilerplate=boilerplate,
        state_verbs=frozenset(rows["state_verbs"]),
        report_verbs=frozenset(rows["report_verbs"]),
        weak_acts=frozenset(rows["weak_acts"]),
        unaccusative=frozenset(rows["unaccusative"]),
        light_acts=frozenset(rows["light_acts"]),
    )


def _boilerplate(text: str) -> bool:
    """Whether a sentence is site furniture, a caption, a credit or a notice."""
    return lead_words().boilerplate.match(text.lstrip(" \n\"'([-*")) is not None


def lead_sentences(
    text: str, parsed: Sequence[ParsedSentence], size: int = LEAD_SENTENCES
) -> list[ParsedSentence]:
    """The first `size` sentences of the story: boilerplate, questions and
    lines with no finite verb (bylines, labels, credits) skipped."""
    out: list[ParsedSentence] = []
    for ps in parsed:
        if len(out) >= size:
            break
        if _boilerplate(text[ps.span.start : ps.span.end]):
            continue
        clauses = ps.structure.clauses
        verbs = ps.structure.chunks.verbs
        if not any(
            cl.kind == "main" and verbs[cl.verb].tense is not None and not cl.question
            for cl in clauses
        ):
            continue
        out.append(ps)
    return out


@attrs.frozen(slots=True)
class Act:
    """An act of the lead: its clause, its verb's span and lemma, its parties,
    the coded event that reports it (if any), and whether it is a statement."""

    sentence: ParsedSentence
    clause: int
    start: int
    end: int
    lemma: str
    source: Actor | None
    target: Actor | None
    event: Event | None = None
    statement: bool = False
    reported: bool = False


def clause_of(ps: ParsedSentence, start: int) -> int | None:
    """The clause a trigger at character `start` belongs to: the clause of the
    verb group holding it, else the innermost clause around it (an event noun:
    "launched an attack")."""
    verbs = ps.structure.chunks.verbs
    clauses = ps.structure.clauses
    token = _token_at(ps, start)
    if token is None:
        return None
    for i, cl in enumerate(clauses):
        vg = verbs[cl.verb]
        if vg.start <= token < vg.end:
            return i
    best: int | None = None
    for i, cl in enumerate(clauses):
        if cl.start <= token < cl.end and (
            best is None or cl.end - cl.start < clauses[best].end - clauses[best].start
        ):
            best = i
    return best


def _token_at(ps: ParsedSentence, start: int) -> int | None:
    for n, tok in enumerate(ps.tokens):
        if tok.start <= start < tok.end:
            return n
    return None


def _children(clauses: Sequence[Clause]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for i, cl in enumerate(clauses):
        if cl.governor is not None:
            out.setdefault(cl.governor, []).append(i)
    return out


def _descendants(
    children: dict[int, list[int]],
    i: int,
    kinds: frozenset[str],
    clauses: Sequence[Clause],
) -> list[int]:
    """Clauses governed by clause `i`, through clauses of `kinds`, in order."""
    out: list[int] = []
    todo = list(children.get(i, ()))
    while todo and len(out) < 16:
        j = todo.pop(0)
        if clauses[j].kind in kinds:
            out.append(j)
            todo.extend(children.get(j, ()))
    return sorted(out)


_CONTENT = frozenset({"reported", "complement"})
# A denial (compose.DENIAL): what a speaker denies did not happen by its word;
# the denial is the act ("the Pentagon denied reports that troops had been
# deployed").
_GOVERNED = frozenset({"infinitival"})


@lazy
def _speech_verbs() -> frozenset[str]:
    """Verbs of speech and the lead's verbs of reporting (made once, not for
    every sentence)."""
    return speech_lemmas() | lead_words().report_verbs


def sentence_acts(
    ps: ParsedSentence, p: Parties, coded: dict[int, list[Event]]
) -> list[Act]:
    """The acts of one sentence, in the order a reader takes them (see the
    module's docstring). `coded` maps a clause to the coded events of it."""
    clauses = ps.structure.clauses
    verbs = ps.structure.chunks.verbs
    children = _children(clauses)
    speech = _speech_verbs()
    attributing = word_classes().attribution_verbs
    out: list[Act] = []
    for i, cl in enumerate(clauses):
        if cl.kind != "main" or cl.question:
            continue
        vg = verbs[cl.verb]
        if vg.lemma in speech or (vg.lemma in attributing and not coded.get(i)):
            # a warning or appeal that is no act of its own reports what it
            # attributes ("Iran must stop arming the Houthis, the US warned":
            # the demand)
            speaker = _actor(p.actor(cl.agent if vg.voice == "passive" else cl.subject))
            denied = (gov := governor(vg.lemma)) is not None and gov.code == DENIAL
            inner = [
                act
                for j in children.get(i, ())
                if clauses[j].kind in _CONTENT and not denied
                for act in _clause_act(
                    ps, p, j, coded, children, reported=True, speaker=speaker
                )
            ]
            out.extend(inner[:1])
            if not inner and not vg.negated and not no_subject(p, cl):
                out.append(_statement(ps, p, i, coded))
            continue
        out.extend(_clause_act(ps, p, i, coded, children))
    return out


def subordinate_acts(
    ps: ParsedSentence, p: Parties, coded: dict[int, list[Event]]
) -> list[Act]:
    """The acts of a sentence's other clauses (relative, adverbial, reduced
    relative: "a product recalled by Costco", "after they were taken"; a
    participle after its main clause: "a car bomb exploded in Mogadishu,
    killing 12 people" under the title "Car bomb kills 12", when coded), for
    the title to choose from."""
    clauses = ps.structure.clauses
    children = _children(clauses)
    out: list[Act] = []
    for i, cl in enumerate(clauses):
        if cl.kind in ("main", "reported", "complement", "infinitival"):
            continue
        if cl.kind == "participial":
            if cl.governor is None or clauses[cl.governor].kind not in (
                "main",
                "reported",
                "complement",
            ):
                continue
            # a coded act only: "earthquakes have struck Iran, leaving 180
            # dead" under "Iran earthquakes leave scores dead" is the strike
            out.extend(
                a
                for a in _clause_act(ps, p, i, coded, children, governed=True)
                if a.event is not None
            )
            continue
        out.extend(_clause_act(ps, p, i, coded, children, governed=True))
    return out


def _refusal(ev: Event) -> bool:
    """A coded rejection whose negation is its code ("will not send more
    weapons to Ukraine": 1222, not negated): the act of a negated clause."""
    return ev.cameo[:2] == "12" and not ev.negated and _usable(ev)


def _statement(
    ps: ParsedSentence, p: Parties, i: int, coded: dict[int, list[Event]]
) -> Act:
    cl = ps.structure.clauses[i]
    vg = ps.structure.chunks.verbs[cl.verb]
    start, end = ps.chars(vg.head, vg.head + 1)
    event = next((ev for ev in coded.get(i, ()) if _usable(ev)), None)
    passive = vg.voice == "passive"
    who = _actor(p.actor(cl.agent if passive else cl.subject))
    if event is not None:
        who = event.source
    return Act(ps, i, start, end, vg.lemma, who, None, event, statement=True)


def _usable(ev: Event) -> bool:
    return not ev.negated and ev.mode not in ("hypothetical", "question")


def _clause_act(
    ps: ParsedSentence,
    p: Parties,
    i: int,
    coded: dict[int, list[Event]],
    children: dict[int, list[int]],
    *,
    reported: bool = False,
    speaker: Actor | None = None,
    governed: bool = False,
) -> list[Act]:
    """The act of clause `i`: its coded event (or that of an act it governs:
    "agreed to buy"), else its own strong verb, else the act its verb of plan
    or schedule governs ("is scheduled to speak"); none when negated,
    hypothetical, a state or a wish."""
    clauses = ps.structure.clauses
    cl = clauses[i]
    vg = ps.structure.chunks.verbs[cl.verb]
    if vg.modal in word_classes().modal_hypo or no_subject(p, cl):
        return []  # "might attack", "no group has claimed"
    if vg.negated and not any(_refusal(ev) for ev in coded.get(i, ())):
        return []  # "did not attack"; not "will not send weapons": a refusal
    for j in (i, *_descendants(children, i, _GOVERNED, clauses)):
        for ev in coded.get(j, ()):
            if _usable(ev) and (not vg.negated or _refusal(ev)):
                return [
                    Act(
                        ps,
                        j,
                        ev.trigger.start,
                        ev.trigger.end,
                        ps.structure.chunks.verbs[clauses[j].verb].lemma,
                        ev.source,
                        ev.target,
                        ev,
                        statement=ev.type == "STATEMENT",
                        reported=reported,
                    )
                ]
    lw = lead_words()
    if governor(vg.lemma) is not None or vg.lemma == "be":
        # "plan to delay", "is scheduled to speak", "is to take": the act governed
        for j in children.get(i, ()):
            if clauses[j].kind in _GOVERNED and clauses[j].start == vg.end:
                found = _clause_act(
                    ps,
                    p,
                    j,
                    coded,
                    children,
                    reported=reported,
                    speaker=speaker,
                    governed=True,
                )
                if found:
                    return found
        return []
    weak = word_classes().weak_verbs | lw.state_verbs | lw.weak_acts
    if vg.lemma in lw.light_acts and cl.objects:
        pass  # "made an impassioned plea", "took the blame"
    elif vg.lemma in lw.state_verbs and p.actor(cl.subject) is not None:
        pass  # an actor acting: "protesters rose up", not "the toll rose"
    elif vg.lemma in weak or vg.lemma in speech_lemmas():
        return []
    if (vg.tense is None and not governed) or cl.subject is None:
        return []  # no finite clause of its own: a misread noun ("hate speech")
    if _after_determiner(ps, vg.start):
        return []  # "one of the largest protests the country has seen": a noun
    passive = vg.voice == "passive"
    if vg.lemma in lw.unaccusative:
        who, whom = None, _actor(p.actor(cl.subject))
    else:
        who = _actor(p.actor(cl.agent if passive else cl.subject))
        whom = _actor(
            p.actor(cl.subject if passive else (cl.objects[0] if cl.objects else None))
        )
        if who is None and not passive and _pronoun(p, cl.subject):
            who = speaker  # "Instagram said it had fixed a bug"
    start, end = ps.chars(vg.head, vg.head + 1)
    return [Act(ps, i, start, end, vg.lemma, who, whom, reported=reported)]


_NOUN_BEFORE_TAGS = frozenset(("JJS", "PRP$", "POS"))
_ARTICLES = frozenset(("the", "a", "an"))


def _after_determiner(ps: ParsedSentence, k: int) -> bool:
    """Whether token `k` follows an article, a superlative or a possessive: a
    verb read there is a noun ("the largest protests", "its strikes")."""
    if k == 0:
        return False
    before = ps.tags[k - 1]
    return before in _NOUN_BEFORE_TAGS or ps.tokens[k - 1].text.lower() in _ARTICLES


def _pronoun(p: Parties, np: int | None) -> bool:
    return np is not None and p.nps[np].pronoun


def _actor(am: ActorMention | None) -> Actor | None:
    return am.actor if am is not None else None


def party_spans(ps: ParsedSentence, i: int) -> list[tuple[int, int]]:
    """The phrases of the act's agent (its subject or "by" agent),
    without what is attached to them: a place there ties the act to it ("A
    Texas court exonerated ...", "the Abu Dhabi-based agency said")."""
    cl = ps.structure.clauses[i]
    nps = ps.structure.chunks.nps
    return [
        ps.chars(nps[np].start, nps[np].end)
        for np in (cl.subject, cl.agent)
        if np is not None
    ]


def place_spans(ps: ParsedSentence, p: Parties, i: int) -> list[tuple[int, int]]:
    """Where the act of clause `i` happens (`clause_places.place_spans`, the
    subject's phrases of place included: "A collision between two SUVs on
    Rest Acres Road in Paris has sent ...")."""
    return clause_place_spans(p, ps.structure.clauses[i], subject=True)
