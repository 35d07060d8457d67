"""Modes of a candidate event: negation, plans, hypotheticals, questions.

A planned cooperative act is an intent (CAMEO 03), a refused one a rejection
(12), a planned hostile act a threat (13); violence from aircraft is an aerial
attack (195).
"""

from __future__ import annotations

from ..text import Document
from .compose import composed, threat_code
from .lexicon import COOPERATIVE
from .sentence import Candidate, Sentence, retype
from .words import word_classes

__all__ = ["qualify", "refine_mode", "refine_weapon"]


def qualify(sent: Sentence, c: Candidate) -> None:
    """Negation, plans, hypotheticals and questions around the trigger."""
    words = sent.words
    first = c.match.first
    lo = max(0, first - 5)
    window = words[lo:first]
    for n in range(len(window) - 1, -1, -1):
        w = window[n]
        if w in {",", ";", ":", "that"} or sent.am_at_token.get(lo + n) is not None:
            window = window[n + 1 :]
            break
    if any(w in word_classes().negators or w.endswith("n't") for w in window):
        c.negated = True
    if any(w in word_classes().modal_plan for w in window):
        c.mode = "planned"
        c.planned = True
    elif any(w in word_classes().modal_hypo for w in window):
        c.mode = "hypothetical"
    for n, w in enumerate(window[:-1]):
        if w in word_classes().plan_words and window[n + 1] == "to":
            c.mode = "planned"
            c.planned = w not in word_classes().scheduled
    # Conditionals later in the clause ("will invade if talks fail").
    for n in range(c.match.last + 1, min(len(words), c.match.last + 10)):
        if words[n] in word_classes().hard_boundary or words[n] in {";", "."}:
            break
        if words[n] in {"if", "unless"}:
            c.mode = "hypothetical"
            break
    # Conditionals earlier in the clause.
    for n in range(first - 1, max(-1, first - 12), -1):
        if words[n] in word_classes().hard_boundary:
            break
        if words[n] in word_classes().conditional:
            c.mode = "hypothetical"
            break
    if sent.is_question:
        c.mode = "question"


def refine_weapon(doc: Document, c: Candidate) -> None:
    """Violence by aircraft is an aerial attack (CAMEO 195), whatever the verb."""
    if c.type == "ASSAULT" and c.source is not None and c.cameo[:3] in {"183", "190"}:
        words = doc.norm[c.source.start : c.source.end].lower()
        if any(w in words for w in word_classes().aircraft):
            c.cameo = "195"


def refine_mode(c: Candidate) -> None:
    """Planned (refused) cooperative acts are AGREE (REJECT); hostile plans THREATEN."""
    planned = c.planned
    if c.type in COOPERATIVE and c.type != "AGREE" and planned:
        if c.negated:
            retype(c, composed("refuse", c.type, c.cameo), "events.refusal")
        else:
            retype(c, composed("intend", c.type, c.cameo), "events.intent")
    elif (
        c.type in {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}
        and planned
        and not c.negated
    ):
        retype(c, threat_code(c), "events.threat")
    elif c.type == "AGREE" and c.negated:
        # "will not accept", "did not agree": a refusal.
        retype(c, "120", "events.refusal")
