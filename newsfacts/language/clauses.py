"""Clauses and grammatical relations: who did what to whom, in linear time.

`parse(words, tags)` chunks a tagged sentence and gives every verb group one
`Clause`: its kind (main, adverbial, relative, reduced relative, complement,
reported, infinitival, participial, parenthetical), subject, objects, by-agent,
prepositional complements, governing verb and, for relatives, the noun phrase
it modifies. One left-to-right walk keeps a stack of open clauses; a finite
verb that finds its clause already has one closes subordinate clauses until
one is free ("The rebels [who attacked the town] fled"). Every token is read a
bounded number of times and nothing recurses on the input.

Subjects are found through relative pronouns ("the rebels who attacked"),
control ("agreed to attack": the subject of "agreed"; "urged X to attack": X),
coordination ("killed one soldier and wounded two") and participial adjuncts
(", killing eight"). Datelines, bylines, credits, agency markers and anything
in parentheses are never subjects: their tokens are `blocked` or set apart.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import chain, count, repeat
from operator import attrgetter
from typing import Literal

import attrs

from . import _walk
from ._build import draft
from ._frames import frame_tokens, groups
from ._tokens import prepare
from .chunks import Attachment, Chunks, chunk_words
from .phrases import few

__all__ = ["Clause", "ClauseKind", "Structure", "SubjectVia", "parse", "parse_chunks"]

ClauseKind = Literal[
    "main",
    "adverbial",
    "relative",
    "reduced_relative",
    "complement",
    "reported",
    "infinitival",
    "participial",
    "parenthetical",
]
SubjectVia = Literal[
    "",
    "direct",
    "relative",
    "antecedent",
    "control",
    "object_control",
    "coordination",
    "inverted",
    "question",
]


@attrs.frozen(slots=True, repr=False, weakref_slot=False)
class Clause:
    """The clause of one verb group (`Structure.clauses[i]` is `verbs[i]`'s).

    `start`/`end` span the tokens of the clause's marker, subject (when it
    stands before the verb), verb and arguments. `subject`, `objects` and
    `agent` are indices into `Chunks.nps`; `subject` is the surface subject (the
    patient of a passive, whose doer is `agent`, the "by" phrase). `preps` are
    the verb's prepositional complements. `governor` is the index of the verb
    group whose complement or adjunct this clause is ("agreed" for "to attack",
    "said" for a reported clause). `marker` is the token that opens the clause
    ("after", "who", "that", "to"); `antecedent` the noun phrase a relative or
    reduced relative modifies; `conjunct_of` the verb group this one is
    coordinated with ("wounded" in "killed one and wounded two"). `subject_via`
    says how the subject was found.
    """

    verb: int
    kind: ClauseKind
    start: int
    end: int
    subject: int | None = None
    subject_via: SubjectVia = ""
    objects: tuple[int, ...] = ()
    agent: int | None = None
    preps: tuple[Attachment, ...] = ()
    governor: int | None = None
    marker: int | None = None
    antecedent: int | None = None
    conjunct_of: int | None = None
    question: bool = False

    def __repr__(self) -> str:
        bits = [f"v#{self.verb}"]
        if self.subject is not None:
            bits.append(f"subj=#{self.subject}" + (f"/{self.subject_via}"))
        if self.objects:
            bits.append("obj=" + few(f"#{o}" for o in self.objects))
        if self.agent is not None:
            bits.append(f"by=#{self.agent}")
        if self.preps:
            bits.append("pp=" + few(f"{a.prep}>#{a.np}" for a in self.preps))
        for name in ("governor", "antecedent", "conjunct_of"):
            value = getattr(self, name)
            if value is not None:
                bits.append(f"{name}={value}")
        return f"Clause[{self.start}:{self.end}]({self.kind} {' '.join(bits)})"


@attrs.frozen(slots=True, weakref_slot=False)
class Structure:
    """A sentence's chunks and the clause of each of its verb groups."""

    chunks: Chunks
    clauses: tuple[Clause, ...]


def parse(
    words: Sequence[str],
    tags: Sequence[str],
    *,
    blocked: Sequence[bool] = (),
    reporting: Collection[str] = (),
) -> Structure:
    """Chunks and clauses of one tagged sentence.

    `blocked` marks tokens that are no part of the sentence's grammar (a
    dateline, a credit); datelines, bylines and credits at the start of the
    sentence are found here too. `reporting` holds lemmas of verbs of speech:
    a "that" or bare finite complement of one of them is "reported" rather than
    "complement". Without it, only the plain signs of reported speech count: a
    quotation ("...," the ministry said), inversion ("said the ministry") and a
    colon or quote opening the complement.
    """
    w = prepare(words, tags)
    frame: Sequence[bool] = frame_tokens(w)
    if blocked:
        if len(blocked) != len(w.tags):
            raise ValueError(f"{len(w.tags)} words but {len(blocked)} blocked flags")
        frame = [a or b for a, b in zip(frame, blocked, strict=True)]
    if True not in frame:
        # Most sentences set nothing apart: with no flags at all, the chunk and
        # clause passes skip their per-token test of them.
        frame = ()
    return parse_chunks(chunk_words(w, frame), frame, reporting=reporting)


def parse_chunks(
    chunks: Chunks, blocked: Sequence[bool] = (), *, reporting: Collection[str] = ()
) -> Structure:
    """Clauses over chunks already made (see `parse`)."""
    w = chunks.words
    walker = _walk.Walker(chunks, frozenset(reporting))
    for seq, kind in groups(w, blocked):
        walker.walk(seq, kind)
    # Built as a draft (see `_build`): one for every sentence.
    d = _StructureDraft()
    d.chunks = chunks
    d.clauses = tuple(map(_record, repeat(chunks), count(), walker.records()))
    d.__class__ = Structure
    out: Structure = d
    return out


_StructureDraft = draft(Structure, "chunks clauses")


_PHRASE_OF = attrgetter("np")  # an attachment's noun phrase


def _record(chunks: Chunks, v: int, s: _walk.Slot) -> Clause:
    """Freeze a slot of the walk into a `Clause` with its token span."""
    vg = chunks.verbs[v]
    nps = chunks.nps
    start, end = vg.start, vg.end
    if 0 <= s.marker < start:
        start = s.marker
    if (
        s.subject >= 0
        and s.via in ("direct", "question")
        and nps[s.subject].end <= start
    ):
        start = nps[s.subject].start
    if s.objects or s.preps or s.agent >= 0:
        for np in chain(s.objects, map(_PHRASE_OF, s.preps), (s.agent,)):
            if np >= 0 and nps[np].end > end and nps[np].start >= vg.start:
                end = nps[np].end
    return _clause(
        verb=v,
        kind=s.kind,  # type: ignore[arg-type]
        start=start,
        end=end,
        subject=s.subject if s.subject >= 0 else None,
        subject_via=s.via if s.subject >= 0 else "",  # type: ignore[arg-type]
        objects=tuple(s.objects),
        agent=s.agent if s.agent >= 0 else None,
        preps=tuple(s.preps),
        governor=s.governor if s.governor >= 0 else None,
        marker=s.marker if s.marker >= 0 else None,
        antecedent=s.antecedent if s.antecedent >= 0 else None,
        conjunct_of=s.conjunct_of if s.conjunct_of >= 0 else None,
        question=s.question,
    )


# (No weak-reference slot on the record: a draft must share its layout.)
_Draft = draft(
    Clause,
    "verb kind start end subject subject_via objects agent preps governor marker "
    "antecedent conjunct_of question",
)


def _clause(
    *,
    verb: int,
    kind: ClauseKind,
    start: int,
    end: int,
    subject: int | None,
    subject_via: SubjectVia,
    objects: tuple[int, ...],
    agent: int | None,
    preps: tuple[Attachment, ...],
    governor: int | None,
    marker: int | None,
    antecedent: int | None,
    conjunct_of: int | None,
    question: bool,
) -> Clause:
    """`Clause(...)`, built as a draft (see `_build`):
    there is one clause for every verb."""
    d = _Draft()
    d.verb = verb
    d.kind = kind
    d.start = start
    d.end = end
    d.subject = subject
    d.subject_via = subject_via
    d.objects = objects
    d.agent = agent
    d.preps = preps
    d.governor = governor
    d.marker = marker
    d.antecedent = antecedent
    d.conjunct_of = conjunct_of
    d.question = question
    d.__class__ = Clause
    c: Clause = d
    return c
