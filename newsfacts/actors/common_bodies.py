"""Bodies named by common English words ("National Grid", "Royal Mail",
"Virgin Trains"): read as things or people by their words, they are bodies
where "it" speaks for them."""

from __future__ import annotations

from ..language.tagger_lexicon import lexicon
from .candidate import Candidate
from .cues import said_its
from .words import Word, WordLayer

__all__ = ["common_word_bodies"]


def common_word_bodies(layer: WordLayer, cands: list[Candidate]) -> None:
    """Make an organisation of each name of two capitalised English words or
    more that "said it" and a body's own act, or "said its", follows
    ("National Grid said it would raise prices", "Royal Mail said it would
    cut 1,000 jobs", "Virgin Trains said its services would resume"): "it"
    is then the speaker, and a name of common words that speaks as "it" is a
    body's, where its words alone read as a thing or a person's name. A
    person named by a given name that is no adjective stays one ("John Hill
    said it would cut jobs" speaks for a body named before)."""
    words = layer.words
    for c in cands:
        if (
            c.kind not in ("thing", "person", "pending")
            or c.title
            or c.j - c.i < 2
            or c.poss
            or not said_its(words, c.j)  # (read first: most names have none)
        ):
            continue
        span = words[c.i : c.j]
        if not all(_common_capital(w) for w in span):
            continue
        if span[0].given and _primary_tag(span[0]) != "JJ":
            continue  # "John Hill", "Rose Hill": a person's name
        c.kind, c.rule = "organization", "org-common"


def _common_capital(w: Word) -> bool:
    """A capitalised word (not in capitals) that English has in lower case."""
    return w.is_cap and not w.is_acronym and _primary_tag(w) is not None


def _primary_tag(w: Word) -> str | None:
    """The lexicon's first tag of the word, or None if English lacks it."""
    entry = lexicon().entries.get(w.low)
    return entry[0] if entry is not None else None
