"""What kind of line a sentence is: a headline, a results line, a byline, or
prose.

Only true headlines are weak ground for names (Title Case and ALL-CAPS lines
capitalise every word): a results line ("Anna Keller ( Switzerland ) 1:52.04",
"Japan 2 Syria 1"), a byline ("By John Smith") or a contact line lacks a final
stop too, yet its capitals are names. In a results line, a name or place right
before a score is a team ("Japan 2 Syria 1": two teams, not two countries).
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from itertools import compress

import regex

from .candidate import Candidate
from .words import Word, WordLayer, Words

__all__ = ["HEADLINE", "RESULTS", "find_teams", "line_kind"]

HEADLINE = "headline"
RESULTS = "results"
BYLINE = "byline"
PROSE = "prose"

# A score, a time or a distance: "2-1", "1:52.04", "10.5", "6-4".
_SCORE = regex.compile(r"\d++(?:[-:.,/]\d++)++")
_NUMBER = regex.compile(r"\d++")
_ENDS = (".", "?", "!", '"', "'", ":")
_BYLINE_OPENERS = frozenset(("by", "reporting", "editing", "writing", "compiled"))


def line_kind(ws: Words, contacts: bool = True) -> str:
    """The kind of the line made of the words `ws` (one sentence); `contacts`
    is false when the caller knows no word of the line holds an "@" (no
    contact line: its words are then not joined to look for one)."""
    alpha = list(compress(ws, map(_IS_ALPHA, ws)))
    if not alpha:
        return PROSE
    if len(alpha) <= _RESULTS_WORDS and _results(ws, len(alpha)):
        return RESULTS
    if alpha[0].lower in _BYLINE_OPENERS and len(alpha) <= 8:
        return BYLINE  # "By John Smith", "Reporting by Jane Doe; Editing by ..."
    if contacts and "@" in " ".join(map(_TEXT, ws)):
        return BYLINE  # a contact line with an e-mail address
    if len(alpha) >= 3:
        # ALL CAPS: 80% of the words in capitals, read until that is out of reach
        need = 0.8 * len(alpha)
        caps = len(alpha)
        for w in alpha:
            if not (w.text.isupper() and len(w.text) > 1):
                caps -= 1
                if caps < need:
                    break
        else:
            return HEADLINE
    if ws[-1].text.endswith(_ENDS):
        return PROSE
    long_words = [w for w in alpha if len(w.text) > 3]
    titled = sum(1 for w in long_words if w.text[0].isupper())
    if len(long_words) >= 3 and titled >= 0.75 * len(long_words):
        return HEADLINE
    return PROSE


_IS_ALPHA: Callable[[Word], bool] = operator.attrgetter("is_alpha")
_TEXT: Callable[[Word], str] = operator.attrgetter("text")


# More words than this and a line is prose, whatever its numbers ("a lucky
# 2-1 win against Syria").
_RESULTS_WORDS = 12


def _results(ws: Words, words: int) -> bool:
    """A line of results or standings: a score or time after a name, a name
    with numbers after it, or a name with its country in brackets before a
    number ("Anna Keller ( Switzerland ) 1:52.04", "Japan 2 Syria 1",
    "Barcelona 10 7 2 1 22 9 23"); `words` is the number of its words that
    start with a letter (at most `_RESULTS_WORDS`)."""
    numbers = [n for n, w in enumerate(ws) if _digit_first(w.text)]
    if not numbers or ws[-1].text.endswith(("?", "!")):
        return False
    if words > _RESULTS_WORDS:
        return False
    pairs = sum(1 for n in numbers if n > 0 and ws[n - 1].is_cap)
    if pairs >= 2 or (len(numbers) >= 3 and pairs):
        return True
    score = any(_SCORE.fullmatch(ws[n].text) for n in numbers)
    bracket = any(w.text == "(" for w in ws)
    return score and (pairs >= 1 or bracket) and not ws[-1].text.endswith(_ENDS)


# First character -> whether it is a digit (`_NUMBER` matches there).
_DIGIT_FIRST: dict[str, bool] = {}


def _digit_first(text: str) -> bool:
    """`_NUMBER.match(text)`, read once per first character."""
    head = text[:1]
    got = _DIGIT_FIRST.get(head)
    if got is None:
        got = _DIGIT_FIRST[head] = _NUMBER.match(head) is not None
    return got


def find_teams(layer: WordLayer, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with the teams of match results made organisation
    candidates: in a results line with two name-score pairs or more ("Japan 2
    Syria 1", "Inter Milan 1 AC Milan 0"), the capitalised words right before
    each score, places included; person and pending candidates there give way."""
    words = layer.words
    teams: list[tuple[int, int]] = []
    for lo, hi in layer.results:
        ks = range(lo, hi)
        ends = [
            k
            for k in ks
            if words[k].is_cap
            and k + 1 < len(words)
            and words[k + 1].sent == words[k].sent
            and _NUMBER.fullmatch(words[k + 1].text)
        ]
        if len(ends) < 2:
            continue  # a time or one score: no match between two teams
        for end in ends:
            start = end
            while start > ks[0] and words[start - 1].is_cap:
                start -= 1
            teams.append((start, end + 1))
    if not teams:
        return cands
    spans = set(teams)
    covered = {k for i, j in teams for k in range(i, j)}
    out = [c for c in cands if not any(k in covered for k in range(c.i, c.j))]
    for i, j in sorted(spans):
        w = words[i]
        place = layer.places[w.place] if w.place >= 0 else None
        out.append(
            Candidate(
                "organization",
                i,
                j,
                layer.columns,
                "org-team",
                country=place.country if place is not None else None,
                poss=words[j - 1].poss,
            )
        )
    out.sort(key=lambda c: c.start)
    return out
