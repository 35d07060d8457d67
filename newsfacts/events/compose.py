"""Composition: a governing trigger takes the event it governs.

"agreed to release" is an intent to release (0353), "refused to meet" a
rejection of talks (125), "threatened to attack" a threat of force (138): the
governing verb's category and the embedded event's category (or code) give the
code of the one event reported.
"""

from __future__ import annotations

from .lexicon import COOPERATIVE, HOSTILE, STATEMENT
from .sentence import Candidate, Sentence, retype
from .words import HARD_BOUNDARY

__all__ = ["AGREE_TO", "REJECT_TO", "absorb", "governs", "threat_code"]


# PLOVER category of an embedded event -> CAMEO code of the governing event.
AGREE_TO = {
    "CONSULT": "036",
    "AID": "033",
    "COOPERATE": "031",
    "SUPPORT": "032",
    "CONCEDE": "035",
    "RETREAT": "035",
}
REJECT_TO = {
    "CONSULT": "125",
    "AID": "122",
    "COOPERATE": "121",
    "SUPPORT": "121",
    "CONCEDE": "124",
    "RETREAT": "124",
    "AGREE": "125",
}
_REQUEST_TO = {
    "CONSULT": "106",
    "AID": "103",
    "COOPERATE": "101",
    "SUPPORT": "102",
    "CONCEDE": "105",
    "RETREAT": "105",
    "AGREE": "107",
}
_APPEAL_TO = {
    "CONSULT": "026",
    "AID": "023",
    "COOPERATE": "021",
    "SUPPORT": "022",
    "CONCEDE": "025",
    "RETREAT": "025",
}
_THREATEN_TO = {
    "ASSAULT": "138",
    "COERCE": "130",
    "MOBILIZE": "138",
    "PROTEST": "133",
    "REJECT": "130",
}
_THREATEN_SANCTION = {
    "166": "136",
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "164": "134",
    "165": "135",
}


def threat_code(e: Candidate) -> str:
    if e.type == "SANCTION":
        return _THREATEN_SANCTION.get(e.cameo[:3], "131")
    if e.cameo.startswith("172"):
        return "132"
    if e.cameo.startswith("191"):
        return "1381"
    if e.cameo.startswith("192"):
        return "1382"
    return _THREATEN_TO.get(e.type, "130")


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
            retype(gov, REJECT_TO.get(e, "120"), "events.refusal")
        elif e in COOPERATIVE:
            code = AGREE_TO.get(e, "030")
            if emb.cameo.startswith("0871"):
                code = "0356"
            elif emb.cameo.startswith("085"):
                code = "0354"
            elif emb.cameo.startswith("084"):
                code = "0353"
            elif emb.cameo.startswith("086"):
                code = "0355"
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
        retype(gov, REJECT_TO.get(e, "120"), "events.refusal")
    elif g == "REQUEST":
        retype(gov, _REQUEST_TO.get(e, gov.cameo), "events.request")
    elif g == STATEMENT and gov.cameo.startswith("02"):
        retype(gov, _APPEAL_TO.get(e, "020"), "events.appeal")
    gov.mentions.extend(m for m in emb.mentions if m not in gov.mentions)


def governs(sent: Sentence, gov: Candidate, emb: Candidate) -> bool:
    """Whether `emb` is the complement of `gov` ("threatened to cut", "urged X to")."""
    a, b = gov.match.last, emb.match.first
    if b <= a or b - a > 9:
        return False
    between = sent.words[a + 1 : b]
    if any(w in HARD_BOUNDARY or w in {",", "and", "but", "said"} for w in between):
        return False
    if sent.words[a] in {"to", "that", "for", "on", "upon"}:
        return True  # "agreed to undertake joint exercises"
    return b == a + 1 or bool(set(between) & {"to", "that", "for", "on", "be"})
