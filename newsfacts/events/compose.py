"""Composition: a governing trigger takes the event it governs.

"agreed to release" is an intent to release (0353), "refused to meet" a
rejection of talks (125), "threatened to attack" a threat of force (138): the
governing verb's category and the embedded event's category (or code) give the
code of the one event reported.
"""

from __future__ import annotations

from .._data import iter_rows, lazy
from .lexicon import COOPERATIVE, HOSTILE, STATEMENT
from .sentence import Candidate, Sentence, retype
from .words import word_classes

__all__ = ["absorb", "compose_table", "composed", "governs", "threat_code"]

_RELATIONS = frozenset({"agree", "appeal", "intend", "refuse", "request", "threaten"})


@lazy
def compose_table() -> dict[str, dict[str, str]]:
    """relation -> embedded (code prefix, PLOVER category or "*") -> CAMEO code,
    from `events/data/compose.tsv`."""
    table: dict[str, dict[str, str]] = {}
    for row in iter_rows("events/data/compose.tsv"):
        if len(row) != 4 or row[0] not in _RELATIONS or not row[3].strip():
            raise ValueError(f"bad composition row: {row!r}")
        relation, embedded, code = row[0], row[1], row[2]
        rows = table.setdefault(relation, {})
        if embedded in rows:
            raise ValueError(f"repeated composition row: {row!r}")
        rows[embedded] = code
    return table


def composed(relation: str, plover: str, cameo: str, own: str | None = None) -> str:
    """The code of an act of `relation` ("agree", "threaten", ...) taking an
    embedded act of category `plover` and code `cameo`: the row of the longest
    prefix of `cameo`, else of `plover`, else the "*" row, else `own` (the
    governing act keeps its own code; a relation with no "*" row needs one)."""
    rows = compose_table().get(relation, {})
    for n in range(len(cameo), 1, -1):
        code = rows.get(cameo[:n])
        if code is not None:
            return code
    code = rows.get(plover) or rows.get("*") or own
    if code is None:
        raise LookupError(f"no composition for {relation} x {plover} {cameo}")
    return code


def threat_code(e: Candidate) -> str:
    """The threat (CAMEO 13) of carrying out `e`: "threatened to cut ties" 1313."""
    return composed("threaten", e.type, e.cameo)


def absorb(gov: Candidate, emb: Candidate) -> None:
    """A governing trigger ("agreed to", "threatened to", "refused to") takes the
    event it governs: its code is refined by the embedded category."""
    g = gov.type
    e = emb.type
    if "cause" in gov.flags:
        # "ordered troops to be ready": the ordered act, by the one who ordered it.
        gov.start, gov.end = emb.start, emb.end  # the clause stays the order's
        gov.cameo, gov.type = emb.cameo, emb.type
        gov.mentions = emb.mentions
        gov.target = emb.target or gov.target
        gov.rule = "events.order"
        return
    if gov.target is None or (emb.target is not None and gov.target.place is not None):
        gov.target = emb.target or gov.target
    if g == "AGREE":
        if e in HOSTILE and e != "PROTEST":
            retype(gov, threat_code(emb), "events.threat")
            gov.mode = "threatened"
        elif e == "AGREE" or e == "STATEMENT":
            pass
        elif emb.negated and e in COOPERATIVE:
            retype(gov, composed("refuse", e, emb.cameo), "events.refusal")
        elif e in COOPERATIVE:
            code = composed("agree", e, emb.cameo)
            retype(gov, code, "events.intent")
            if gov.mode == "asserted":
                gov.mode = "planned"
    elif g == "THREATEN":
        retype(
            gov,
            threat_code(emb) if e in HOSTILE or e == "REJECT" else "130",
            "events.threat",
        )
        gov.mode = "threatened"
    elif g == "REJECT":
        retype(gov, composed("refuse", e, emb.cameo), "events.refusal")
    elif g == "REQUEST":
        retype(gov, composed("request", e, emb.cameo, gov.cameo), "events.request")
    elif g == STATEMENT and gov.cameo.startswith("02"):
        retype(gov, composed("appeal", e, emb.cameo), "events.appeal")
    gov.mentions.extend(m for m in emb.mentions if m not in gov.mentions)


def governs(sent: Sentence, gov: Candidate, emb: Candidate) -> bool:
    """Whether `emb` is the complement of `gov` ("threatened to cut", "urged X to")."""
    a, b = gov.match.last, emb.match.first
    if b <= a or b - a > 9:
        return False
    between = sent.words[a + 1 : b]
    if any(
        w in word_classes().hard_boundary or w in {",", "and", "but", "said"}
        for w in between
    ):
        return False
    if sent.words[a] in {"to", "that", "for", "on", "upon"}:
        return True  # "agreed to undertake joint exercises"
    return b == a + 1 or bool(set(between) & {"to", "that", "for", "on", "be"})
