"""Short forms that name a sports club only where the text speaks of sport
("Celtic beat Hearts 2-0", `data/sport_club_forms.tsv`): each is also a
word, a people or a place ("Celtic music", "broken hearts"), so the table of
known clubs leaves it out."""

from __future__ import annotations

from .._data import iter_rows, lazy
from ..knowledge.keys import org_key
from ..knowledge.organizations import KnownOrg, known_orgs
from . import lexicon as lex
from .candidate import Candidate
from .orgs import org_candidate
from .sports import score_at, sentence_range, sports_document
from .words import WordLayer, Words

__all__ = ["sport_club_forms", "sport_forms"]

# The rule of a club named by such a form.
RULE = "org-club"


@lazy
def sport_forms() -> dict[str, KnownOrg | None]:
    """Form -> the known club it names, or None where it names a club of
    several."""
    out: dict[str, KnownOrg | None] = {}
    for form, club, _reason in iter_rows("actors/data/sport_club_forms.tsv"):
        out[form] = None if club == "-" else known_orgs()[org_key(club)]
    return out


@lazy
def sport_form_lowers() -> frozenset[str]:
    """The forms of `sport_forms` in lower case, where a form's words are
    looked for (made once, not for every document)."""
    return frozenset(form.lower() for form in sport_forms())


def sport_club_forms(layer: WordLayer, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with each form of `sport_forms` made its club where the
    text speaks of sport: on a sports page, in a sentence about a match, or
    anywhere once one of its mentions is a club's. A form inside another
    organisation's name ("Queens Park Rangers") or before another capitalised
    word ("Celtic Park") is not one alone."""
    forms = sport_forms()
    words = layer.words
    at = [
        k
        for k in layer.columns.where_lower(sport_form_lowers())
        if words[k].text in forms
    ]
    if not at:
        return cands
    inside = bytearray(len(layer.columns))  # words of longer organisations
    for c in cands:
        if c.kind == "organization" and c.j - c.i >= 2:
            inside[c.i : c.j] = b"\x01" * (c.j - c.i)
    at = [
        k
        for k in at
        if not inside[k]
        and (k + 1 >= len(words) or not words[k + 1].is_cap or words[k].poss)
    ]
    page = sports_document(layer)
    scored: dict[int, bool] = {}  # sentence -> whether it holds a score
    named = {words[k].text for k in at if page or _sport_sentence(words, k, scored)}
    clubs = {k for k in at if words[k].text in named}  # one mention decides
    if not clubs:
        return cands
    out = [c for c in cands if not (c.j - c.i == 1 and c.i in clubs)]
    out += (org_candidate(layer, k, k + 1, forms[words[k].text], RULE) for k in clubs)
    out.sort(key=lambda c: c.start)
    return out


def _sport_sentence(words: Words, k: int, scored: dict[int, bool]) -> bool:
    """Word k is followed by a role held in a team ("Hearts manager"), or its
    sentence holds a match's score ("Celtic beat Hearts 2-0"; read once per
    sentence): a verb of a result alone is no evidence ("Celtic music drew
    thousands")."""
    if k + 1 < len(words) and words[k + 1].lower in lex.TEAM_ROLES:
        return True
    sent = words[k].sent
    got = scored.get(sent)
    if got is None:
        lo, hi = sentence_range(words, k)
        got = scored[sent] = any(score_at(words, m) for m in range(lo, hi))
    return got
