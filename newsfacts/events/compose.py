"""Composition: a governing verb takes the act it governs.

"agreed to release" is an intent to release (0353), "refused to meet" a
rejection of talks (125), "threatened to attack" a threat of force (138),
"urged Iran to halt" an appeal (02x): the governing verb's relation
(`events/data/governors.tsv`) and the governed act's code or category give the
code of the one event reported (`events/data/compose.tsv`).
"""

from __future__ import annotations

import attrs

from .._data import iter_rows, lazy
from .candidate import Candidate, retype
from .lexicon import COOPERATIVE, HOSTILE, STATEMENT

__all__ = [
    "ABSORBING",
    "DENIAL",
    "Governor",
    "absorb",
    "compose_table",
    "composed",
    "governor",
    "predicate",
    "speech_lemmas",
    "threat_code",
]

_RELATIONS = frozenset({"agree", "appeal", "intend", "refuse", "request", "threaten"})
_GOVERNING = frozenset(
    {"agree", "refuse", "threaten", "request", "appeal", "intend", "schedule"}
    | {"aspect", "forecast", "report"}
)
ABSORBING = frozenset({"agree", "refuse", "threaten", "request", "appeal"})
"""Relations whose verb and governed act are one event."""

DENIAL = "016"
"""CAMEO: deny responsibility. An act a speaker denies is reported as no event."""


@attrs.frozen(slots=True)
class Governor:
    """A governing verb: its relation to the act it governs, its code alone."""

    lemma: str
    relation: str
    code: str


@lazy
def _governors() -> dict[str, Governor]:
    out: dict[str, Governor] = {}
    for row in iter_rows("events/data/governors.tsv"):
        if len(row) != 4 or row[1] not in _GOVERNING or not row[3].strip():
            raise ValueError(f"bad governor row: {row!r}")
        if row[0] in out:
            raise ValueError(f"repeated governor row: {row!r}")
        out[row[0]] = Governor(row[0], row[1], row[2])
    return out


@lazy
def _predicates() -> dict[str, Governor]:
    out: dict[str, Governor] = {}
    for row in iter_rows("events/data/predicates.tsv"):
        if len(row) != 4 or row[1] not in _GOVERNING or not row[3].strip():
            raise ValueError(f"bad predicate row: {row!r}")
        if row[0] in out:
            raise ValueError(f"repeated predicate row: {row!r}")
        out[row[0]] = Governor(row[0], row[1], row[2])
    return out


def predicate(word: str) -> Governor | None:
    """The governing predicate `word` ("ready", "willing", "opposed"), or None."""
    return _predicates().get(word)


@lazy
def speech_lemmas() -> frozenset[str]:
    """Lemmas of the verbs of speech: their complements are reported speech."""
    return frozenset(g.lemma for g in _governors().values() if g.relation == "report")


_ROOT_RELATION = {"02": "appeal", "03": "agree", "10": "request", "12": "refuse"}
_ROOT_RELATION["13"] = "threaten"


def governor(lemma: str, code: str = "") -> Governor | None:
    """The governing verb `lemma`, from the table, else from the root of the
    code its pattern gives ("pledge": 030, an intent); None when it governs
    nothing."""
    g = _governors().get(lemma)
    if g is not None:
        return g
    relation = _ROOT_RELATION.get(code[:2])
    return Governor(lemma, relation, code) if relation else None


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


_SAME = "="  # a row's code: the embedded act keeps its own


def composed(relation: str, plover: str, cameo: str, own: str | None = None) -> str:
    """The code of an act of `relation` ("agree", "threaten", ...) taking an
    embedded act of category `plover` and code `cameo`: the row of the longest
    prefix of `cameo`, else of `plover`, else the "*" row, else `own` (the
    governing act keeps its own code; a relation with no "*" row needs one).
    A row whose code is "=" keeps the embedded act's code ("vowed to veto
    the bill" is the veto, 129)."""
    rows = compose_table().get(relation, {})
    for n in range(len(cameo), 1, -1):
        code = rows.get(cameo[:n])
        if code is not None:
            return cameo if code == _SAME else code
    code = rows.get(plover) or rows.get("*") or own
    if code == _SAME:
        return cameo
    if code is None:
        raise LookupError(f"no composition for {relation} x {plover} {cameo}")
    return code


def threat_code(e: Candidate) -> str:
    """The threat (CAMEO 13) of carrying out `e`: "threatened to cut ties" 1313."""
    return composed("threaten", e.type, e.cameo)


def absorb(
    gov: Candidate, relation: str, emb: Candidate, *, addressee: bool = False
) -> None:
    """The governing verb's event takes the act it governs: "agreed to release"
    is one intent (0353), "threatened to attack" one threat (138). With
    `addressee`, the governing verb's target is the one asked ("urged Russia to
    negotiate with Ukraine": Russia) and stays."""
    e = emb.type
    if gov.target is None or (
        not addressee and emb.target is not None and gov.target.place is not None
    ):
        gov.target = emb.target or gov.target
    if relation == "agree":
        if e in HOSTILE and e != "PROTEST" and not emb.negated:
            retype(gov, threat_code(emb), "events.threat")
            gov.mode = "threatened"
        elif emb.negated and e in COOPERATIVE:
            retype(gov, composed("refuse", e, emb.cameo), "events.refusal")
        elif e in COOPERATIVE and e != "AGREE":
            retype(gov, composed("agree", e, emb.cameo), "events.intent")
            if gov.mode == "asserted":
                gov.mode = "planned"
        elif e == "REJECT" and not emb.negated:
            # "vowed to veto the bill": the rejection announced (129)
            retype(gov, composed("agree", e, emb.cameo), "events.rejection")
            if gov.mode == "asserted":
                gov.mode = "planned"
    elif relation == "threaten":
        code = threat_code(emb) if e in HOSTILE or e == "REJECT" else "130"
        retype(gov, code, "events.threat")
        gov.mode = "threatened"
    elif relation == "refuse":
        retype(gov, composed("refuse", e, emb.cameo), "events.refusal")
    elif relation == "request":
        retype(gov, composed("request", e, emb.cameo, gov.cameo), "events.request")
    elif relation == "appeal" and e != STATEMENT:
        retype(gov, composed("appeal", e, emb.cameo), "events.appeal")
    gov.mentions.extend(m for m in emb.mentions if m not in gov.mentions)
