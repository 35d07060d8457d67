"""A short name in brackets right after an organisation's full name: "the
California Department of Forestry and Fire Protection (Cal Fire)",
"Petroleos Mexicanos (Pemex)", "the Saudi Arabian Oil Company (Saudi
Aramco)". News gives a body's short name there as it gives its acronym
("(LNA)", `acronyms.py`), though the short name is no acronym: a clipped
name, a syllable word or the name the body trades under. The bracketed name
and every later mention of it ("Cal Fire said") are the organisation.

A bracket that holds a place or a nationality says where the body is
("Siemens (Germany)"), and one after a person says the person's party or
country ("John Smith (Labour)"): neither is read here."""

from __future__ import annotations

from ..knowledge.countries import place_country
from ..knowledge.keys import org_key
from .candidate import Candidate
from .words import WordLayer, Words

__all__ = ["SHORT_NAMES", "bracketed_short_names", "short_name_key"]

# Key in `layer.memo`: the full name's span (first word << 32 | end) -> the
# matching key of its short name, read by merging.
SHORT_NAMES = "bracket_short_names"

# Words at most of a short name in brackets.
_SHORT_WORDS = 3


def bracketed_short_names(layer: WordLayer, cands: list[Candidate]) -> None:
    """Mark each organisation candidate followed by its short name in
    brackets so that merging joins the short name to it (`short_name_key`),
    and make the bracketed name an organisation candidate of its own where
    no candidate reads it as one."""
    words = layer.words
    found: dict[int, str] = {}
    inner_spans: dict[tuple[int, int], Candidate] = {}
    for c in cands:
        if c.kind != "organization" or c.acronym:
            continue
        close = _close(words, c.j)
        if not close or not _short_name(words, c, c.j + 1, close):
            continue
        found[c.i << 32 | c.j] = org_key(
            " ".join(w.text for w in words[c.j + 1 : close])
        )
        inner_spans[(c.j + 1, close)] = c
    if not found:
        return
    layer.memo[SHORT_NAMES] = found
    for c in cands:
        full = inner_spans.pop((c.i, c.j), None)
        if full is None:
            continue
        if c.known is not None and full.known is not None and c.known is not full.known:
            continue  # two bodies the package knows: no short name of the other
        # "(Cal Fire)" was read as a thing of common words, "(Pemex)" as a
        # lone name waiting for evidence: the bracket is the evidence
        c.kind, c.weak = "organization", False
        c.rule = c.rule if c.rule.startswith("org") else "org-short"
    for i, j in inner_spans:
        cands.append(Candidate("organization", i, j, layer.columns, "org-short"))
    cands.sort(key=lambda c: c.start)


def short_name_key(layer: WordLayer, c: Candidate) -> str | None:
    """The matching key of the short name bracketed after the candidate's
    name, if it has one."""
    found: dict[int, str] | None = layer.memo.get(SHORT_NAMES)
    return None if found is None else found.get(c.i << 32 | c.j)


def _close(words: Words, k: int) -> int:
    """The index of ")" closing a bracket that opens at word k and holds one
    to three words, or 0."""
    if k >= len(words) or words[k].text != "(":
        return 0
    for m in range(k + 2, min(k + 2 + _SHORT_WORDS, len(words))):
        if words[m].text == ")":
            return m
    return 0


def _short_name(words: Words, c: Candidate, i: int, j: int) -> bool:
    """Words i to j are a short name of the organisation c: capitalised words
    of the same sentence with letters only, not all of them places or
    nationalities ("(Germany)", "(British)"; but "(Saudi Aramco)"); not one
    word in capitals (an acronym is `acronyms.py`'s: "(GOOGL)"); not one
    keyword ("(Holdings)"); its first letter one of the full name's
    initials ("Cal Fire" of California..., "Pemex" of Petroleos Mexicanos)."""
    inner = words[i:j]
    sent = words[c.i].sent
    for w in inner:
        if not w.is_cap or not w.text.isalpha() or w.sent != sent or w.stop:
            return False
    if all(w.place >= 0 or w.demonym for w in inner):
        return False  # "(Germany)", "(British)", "(New York)"; not "(Saudi Aramco)"
    if len(inner) == 1 and (inner[0].is_acronym or inner[0].keyword is not None):
        return False
    if place_country(" ".join(w.text for w in inner)):
        return False
    initials = {w.text[0].upper() for w in words[c.i : c.j] if w.is_cap}
    return inner[0].text[0].upper() in initials
