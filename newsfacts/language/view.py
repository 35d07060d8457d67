"""`newsfacts.analyse(text)`: a read-only look at the language layer.

    >>> a = newsfacts.analyse("Gunmen killed eight soldiers, officials said.")
    >>> a.sentences[0].clauses[0]
    Clause(reported 'killed' subj='Gunmen' obj='eight soldiers' gov='said')

Every record carries exact character offsets into the caller's string
(`text[r.start:r.end] == r.text`) and the indices the language layer works with
(`tokens`, `index`), so a user can see why a fact was found: which phrase was
the subject, which verb governed the clause. Built on `newsfacts.text.Document`
(the one tokeniser) and the tagger; linear in the length of the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import attrs

from ..text import Document, Token
from . import lexicon
from ._tokens import VERB_OR_MODAL, Words, lemma_function
from .chunks import NounPhrase, VerbGroup
from .clauses import Clause as ClauseRecord
from .clauses import ClauseKind, Structure
from .sentences import ParsedSentence, parse_document

__all__ = [
    "Analysis",
    "Clause",
    "Phrase",
    "SentenceAnalysis",
    "Word",
    "analyse",
]

_REPR_TEXT = 40  # characters of a phrase's text shown in a repr


def _short(text: str) -> str:
    return text if len(text) <= _REPR_TEXT else text[: _REPR_TEXT - 3] + "..."


@attrs.frozen(slots=True, repr=False)
class Word:
    """A token: its text, offsets into the caller's string, tag and lemma."""

    index: int  # within its sentence
    start: int
    end: int
    text: str
    tag: str
    lemma: str

    def __repr__(self) -> str:
        return f"Word({self.text!r} {self.tag} {self.lemma!r} @{self.start})"


@attrs.frozen(slots=True, repr=False)
class Phrase:
    """A noun phrase ("np") or verb group ("vg") with its offsets and record.

    `tokens` is the half-open token range within the sentence, `head` the head
    token, `index` the phrase's index in `Structure.chunks.nps` / `.verbs`, and
    `record` the language layer's own `NounPhrase` or `VerbGroup`.
    """

    kind: str
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[int, int]
    head: int
    record: NounPhrase | VerbGroup

    def __repr__(self) -> str:
        return f"Phrase({self.kind} {_short(self.text)!r} @{self.start})"


@attrs.frozen(slots=True, repr=False)
class Clause:
    """A clause as the events stage reads it: verb, kind, subject, objects...

    `verb`, `subject`, `objects`, `agent` are `Phrase`s; `preps` pairs each
    preposition's text with its object; `governor` is the verb group that
    governs this clause ("said" for a reported clause), `record` the language
    layer's `clauses.Clause` with every index.
    """

    kind: ClauseKind
    start: int
    end: int
    text: str
    verb: Phrase
    subject: Phrase | None
    objects: tuple[Phrase, ...]
    agent: Phrase | None
    preps: tuple[tuple[str, Phrase], ...]
    governor: Phrase | None
    record: ClauseRecord

    def __repr__(self) -> str:
        vg = self.verb.record
        bits = [self.kind, repr(_short(self.verb.text))]
        if isinstance(vg, VerbGroup) and vg.voice == "passive":
            bits.append("passive")
        if isinstance(vg, VerbGroup) and vg.negated:
            bits.append("negated")
        if self.subject is not None:
            bits.append(f"subj={_short(self.subject.text)!r}")
        if self.objects:
            bits.append(f"obj={_short(self.objects[0].text)!r}")
        if self.agent is not None:
            bits.append(f"by={_short(self.agent.text)!r}")
        if self.governor is not None:
            bits.append(f"gov={_short(self.governor.text)!r}")
        return f"Clause({' '.join(bits)})"


@attrs.frozen(slots=True, repr=False)
class SentenceAnalysis:
    """One sentence: its words, noun phrases, verb groups and clauses."""

    start: int
    end: int
    text: str
    words: tuple[Word, ...]
    noun_phrases: tuple[Phrase, ...]
    verb_groups: tuple[Phrase, ...]
    clauses: tuple[Clause, ...]
    structure: Structure

    def __repr__(self) -> str:
        return (
            f"Sentence({_short(self.text)!r} @{self.start}: {len(self.words)} words, "
            f"{len(self.noun_phrases)} NPs, {len(self.clauses)} clauses)"
        )


@attrs.frozen(slots=True, repr=False)
class Analysis:
    """What the language layer makes of a text, sentence by sentence."""

    text: str
    sentences: tuple[SentenceAnalysis, ...] = ()

    def __len__(self) -> int:
        return len(self.sentences)

    def __iter__(self) -> Iterator[SentenceAnalysis]:
        return iter(self.sentences)

    @property
    def clauses(self) -> tuple[Clause, ...]:
        """Every clause of every sentence, in text order."""
        return tuple(c for s in self.sentences for c in s.clauses)

    def __repr__(self) -> str:
        return (
            f"Analysis({len(self.sentences)} sentences, "
            f"{sum(len(s.words) for s in self.sentences)} words)"
        )


def analyse(text: str) -> Analysis:
    """Sentences, words, phrases and clauses of `text`, with exact offsets.

    Takes what `parse_article` takes: a str (anything else raises TypeError);
    an empty or blank text gives an empty `Analysis`. HTML markup is read as
    its visible text, as `parse_article` reads it.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}: {text!r:.80}")
    if not text.strip():
        return Analysis(text)
    lemma = lemma_function()
    return Analysis(
        text,
        tuple(_sentence(text, p, lemma) for p in parse_document(Document(text))),
    )


def _sentence(
    text: str, parsed: ParsedSentence, lemma: Callable[[str, str], str]
) -> SentenceAnalysis:
    tokens, tags, st = parsed.tokens, parsed.tags, parsed.structure
    w = st.chunks.words
    out_words = tuple(
        Word(k, t.start, t.end, text[t.start : t.end], tags[k], _lemma(w, k, lemma))
        for k, t in enumerate(tokens)
    )
    nps = tuple(
        _phrase(text, tokens, w, "np", k, p) for k, p in enumerate(st.chunks.nps)
    )
    vgs = tuple(
        _phrase(text, tokens, w, "vg", k, v) for k, v in enumerate(st.chunks.verbs)
    )
    clauses = tuple(_clause(text, tokens, c, nps, vgs) for c in st.clauses)
    start, end = parsed.span.start, parsed.span.end
    return SentenceAnalysis(
        start, end, text[start:end], out_words, nps, vgs, clauses, st
    )


def _lemma(w: Words, k: int, lemma: Callable[[str, str], str]) -> str:
    low, tag = w.low[k], w.tags[k]
    if tag.startswith("VB") or tag == "MD":
        found = lexicon.verb_class_lemma(low, "aux") or lexicon.verb_class_lemma(
            low, "modal"
        )
        if found is not None:
            return found
    return lemma(low or w.words[k], tag)


def _phrase(
    text: str,
    tokens: Sequence[Token],
    w: Words,
    kind: str,
    index: int,
    rec: NounPhrase | VerbGroup,
) -> Phrase:
    first, last = tokens[rec.start], tokens[rec.end - 1]
    a, b = first.start, last.end
    if isinstance(rec, NounPhrase):
        if w.aux_clitic[rec.end - 1]:
            b -= len(w.clitic[rec.end - 1])  # "it" of "it's", "they" of "they'll"
    elif w.aux_clitic[rec.start] and w.tags[rec.start] not in VERB_OR_MODAL:
        a = first.end - len(w.clitic[rec.start])  # "'s" of "it's been"
    return Phrase(kind, index, a, b, text[a:b], (rec.start, rec.end), rec.head, rec)


def _clause(
    text: str,
    tokens: Sequence[Token],
    c: ClauseRecord,
    nps: Sequence[Phrase],
    vgs: Sequence[Phrase],
) -> Clause:
    a, b = tokens[c.start].start, tokens[c.end - 1].end

    def np(i: int | None) -> Phrase | None:
        return nps[i] if i is not None else None

    return Clause(
        kind=c.kind,
        start=a,
        end=b,
        text=text[a:b],
        verb=vgs[c.verb],
        subject=np(c.subject),
        objects=tuple(nps[o] for o in c.objects),
        agent=np(c.agent),
        preps=tuple(
            (text[tokens[p.prep].start : tokens[p.prep].end], nps[p.np])
            for p in c.preps
        ),
        governor=vgs[c.governor] if c.governor is not None else None,
        record=c,
    )
