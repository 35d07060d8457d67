"""A player's club in brackets after the name on a sports page: "Tim
Stimpson (Newcastle), Jon Sleightholme (Bath)", "Phil de Glanville (Bath,
captain)", as team sheets and squads list them. A country there is the
player's nation ("Ernie Els (South Africa)"), read elsewhere."""

from __future__ import annotations

from .candidate import Candidate
from .sports import sports_document
from .units import common_word
from .words import WordLayer, Words

__all__ = ["bracket_clubs"]

# Capitalised words at most of a club's name in the brackets.
_CLUB_WORDS = 3


def bracket_clubs(layer: WordLayer, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with the name in brackets right after a person's name
    made a team candidate, on a sports page: a town, or plain capitalised
    words no lexicon reads as common ("Harlequins"); never a country or a
    nation with a team of its own, a title or a role ("(captain)")."""
    words = layer.words
    ends = sorted({c.j for c in cands if c.kind == "person"})
    spans = []
    for end in ends:
        if end + 2 >= len(words) or words[end].text != "(":
            continue
        k = end + 1
        m = k
        while m < len(words) and m - k < _CLUB_WORDS and words[m].is_cap:
            m += 1
        if m == k or m >= len(words) or words[m].text not in (")", ","):
            continue
        if _club(layer, words, k, m):
            spans.append((k, m))
    if not spans or not sports_document(layer):
        return cands
    inside = {i for i, j in spans for i in range(i, j)}
    out = [c for c in cands if not any(i in inside for i in range(c.i, c.j))]
    for i, j in spans:
        out.append(
            Candidate(
                "organization",
                i,
                j,
                layer.columns,
                "org-team",
                country=_country(layer, i),
            )
        )
    out.sort(key=lambda c: c.start)
    return out


def _club(layer: WordLayer, words: Words, k: int, m: int) -> bool:
    """Words [k, m) name a club: a town of the places stage, or plain names
    (no place, demonym, title or common word)."""
    first = words[k]
    if first.place >= 0:
        place = layer.places[first.place]
        return (
            place.kind in ("city", "admin2")
            and place.start == first.start
            and place.end == words[m - 1].end
        )
    return all(
        w.is_alpha
        and not w.demonym
        and not w.stop
        and w.keyword is None
        and not common_word(w.low)
        and not w.is_acronym
        for w in words[k:m]
    )


def _country(layer: WordLayer, i: int) -> str | None:
    """The country of the town at word i, if it is one."""
    w = layer.words[i]
    return layer.places[w.place].country if w.place >= 0 else None
