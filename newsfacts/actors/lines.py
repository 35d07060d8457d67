"""What kind of line a sentence is: a headline, a results line, a byline, or
prose.

Only true headlines are weak ground for names (Title Case and ALL-CAPS lines
capitalise every word): a results line ("Anna Keller ( Switzerland ) 1:52.04",
"Japan 2 Syria 1"), a byline ("By John Smith") or a contact line lacks a final
stop too, yet its capitals are names. In a results line, a name or place right
before a score is a team ("Japan 2 Syria 1": two teams, not two countries).
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable
from itertools import compress

import regex

from . import lexicon as lex
from .candidate import Candidate
from .sports import sports_document
from .words import Word, WordLayer, Words

__all__ = [
    "HEADLINE",
    "RESULTS",
    "dismissal_at",
    "find_teams",
    "is_rank",
    "line_kind",
]

HEADLINE = "headline"
RESULTS = "results"
BYLINE = "byline"
PROSE = "prose"

# A score, a time or a distance: "2-1", "1:52.04", "10.5", "6-4".
_SCORE = regex.compile(r"\d++(?:[-:.,/]\d++)++")
_NUMBER = regex.compile(r"\d++")
_ENDS = (".", "?", "!", '"', "'", ":")
_BYLINE_OPENERS = frozenset(("by", "reporting", "editing", "writing", "compiled"))


def line_kind(ws: Words, contacts: bool = True, ranked: bool = False) -> str:
    """The kind of the line made of the words `ws` (one sentence); `contacts`
    is false when the caller knows no word of the line holds an "@" (no
    contact line: its words are then not joined to look for one); `ranked`:
    the sentence before is a rank alone ("2 ." of "2. Mario Cipollini ...")."""
    alpha = list(compress(ws, map(_IS_ALPHA, ws)))
    if not alpha:
        return PROSE
    if (len(alpha) <= _RESULTS_WORDS or _scorecard(ws, alpha)) and (
        _results(ws, ranked) or _batting(ws)
    ):
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


def _results(ws: Words, ranked: bool = False) -> bool:
    """A line of results or standings: a score or time after a name, a name
    with numbers after it, or a name with its country in brackets before a
    number ("Anna Keller ( Switzerland ) 1:52.04", "Japan 2 Syria 1",
    "Barcelona 10 7 2 1 22 9 23", "Ernie Els ( South Africa ) 70 69 72");
    `ranked`: the line follows a rank alone, and a name with a word in
    brackets after it is enough. A place and a date ("LONDON 1996-08-25") is
    a dateline, no result."""
    numbers = [n for n, w in enumerate(ws) if _digit_first(w.text)]
    if ws[-1].text.endswith(("?", "!")):
        return False
    if ranked:
        return _bracket_name(ws) and not ws[-1].text.endswith(_ENDS)
    numbers = [n for n in numbers if n not in _dates(ws, numbers)]
    if not numbers:
        return False
    # a number after a name, or after the bracket that closes a name's
    # country ("Ernie Els ( South Africa ) 70")
    pairs = sum(
        1 for n in numbers if n > 0 and (ws[n - 1].is_cap or ws[n - 1].text == ")")
    )
    if pairs >= 2 or (len(numbers) >= 3 and pairs):
        return True
    score = any(_SCORE.fullmatch(ws[n].text) or _split_score(ws, n) for n in numbers)
    # a rank opening the line ("2. Mario Cipollini ( Italy ) Saeco same time")
    rank = numbers[0] == 0 and ws[0].text.endswith(".")
    bracket = any(w.text == "(" for w in ws)
    return (
        (score or rank) and (pairs >= 1 or bracket) and not ws[-1].text.endswith(_ENDS)
    )


# A longer line is a results line still when it has at most this many words
# in lower case, and as many numbers as that or more: a cricket scorecard's
# ("Glamorgan 259 and 207 ( A. Dale 69 , H. Morris 69 ) , Durham 114").
_SCORECARD_LOWER = 3
# Words starting with a letter in a scorecard's line, at most.
_SCORECARD_WORDS = 40


def _scorecard(ws: Words, alpha: list[Word]) -> bool:
    """The line of more than `_RESULTS_WORDS` words is a scorecard's: names
    and figures with few words in lower case between them."""
    if len(alpha) > _SCORECARD_WORDS:
        return False
    lower = 0
    for w in alpha:
        if not w.text[0].isupper():
            lower += 1
            if lower > _SCORECARD_LOWER:
                return False  # prose: read no further
    return sum(1 for w in ws if _digit_first(w.text)) > _SCORECARD_LOWER


def dismissal_at(words: Words, k: int, hi: int) -> int:
    """The number of words of a batsman's dismissal mark at word k ("b", "c",
    "run out"), 0 if none: written in lower case, between names."""
    text = words[k].text
    if text in lex.DISMISSALS:
        return 1
    if k + 1 < hi and f"{text} {words[k + 1].text}" in lex.DISMISSALS:
        return 2
    return 0


def _batting(ws: Words) -> bool:
    """A batsman's line of a cricket scorecard: a name, the mark of the
    dismissal (with the fielder's and bowler's names) and the runs ("Ijaz
    Ahmed c Germon b Cairns 20", "Saeed Anwar run out 91")."""
    if not (ws[0].is_cap and _NUMBER.fullmatch(ws[-1].text)):
        return False
    return any(
        ws[k - 1].is_cap and dismissal_at(ws, k, len(ws)) for k in range(1, len(ws) - 1)
    )


def _bracket_name(ws: Words) -> bool:
    """The line opens with a name and a word in brackets right after it
    ("Mario Cipollini ( Italy )")."""
    n = 0
    while n < len(ws) and ws[n].is_cap:
        n += 1
    return n > 0 and n + 2 < len(ws) and ws[n].text == "(" and ws[n + 1].is_cap


def is_rank(ws: Words) -> bool:
    """The line is a rank alone: "2 .", "12."."""
    texts = [w.text for w in ws]
    return (
        1 <= len(texts) <= 2
        and texts[0].rstrip(".").isdigit()
        and (len(texts) == 1 or texts[1] == ".")
    )


def _split_score(ws: Words, n: int) -> bool:
    """Word n opens a score written in three words ("6 - 3", "4 - 38")."""
    return (
        n + 2 < len(ws)
        and ws[n + 1].text in _SCORE_DASHES
        and ws[n].text.isdigit()
        and ws[n + 2].text.isdigit()
    )


_SCORE_DASHES = frozenset(("-", "\u2013", ":"))
_DATE = regex.compile(r"\d{4}-\d\d-\d\d")


def _dates(ws: Words, numbers: list[int]) -> set[int]:
    """The numbers of `numbers` that write a date, as one word or five
    ("1996-08-25", "1996 - 08 - 25")."""
    out = set()
    for n in numbers:
        text = ws[n].text
        if _DATE.fullmatch(text):
            out.add(n)
        elif (
            len(text) == 4
            and text.isdigit()
            and n + 4 < len(ws)
            and ws[n + 1].text == "-"
            and ws[n + 3].text == "-"
            and ws[n + 2].text.isdigit()
            and ws[n + 4].text.isdigit()
        ):
            out.update((n, n + 2, n + 4))
    return out


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
    """The candidates with the sides and players of results lines read:

    - in a line with two name-score pairs or more ("Leeds 3 Southampton 0",
      "Inter Milan 1 AC Milan 0"), the capitalised words right before each
      score are a team, places included; a country alone stays the country
      its national team plays for ("Japan 2 Syria 1");
    - on a sports page (`sports.sports_document`), a line of one name and
      three numbers or more is a row of a table: a town, a word alone or a
      name holding a place is a team ("Newcastle 5 4 1 0 10 3 13"), a name
      of a given name or an initial, or of two words or more with no place
      in it, is a player ("Tiger Woods 68 70 72 - 210"); a town opening a
      line with fewer numbers is a team too ("At Chelmsford : Essex 532-8
      declared");
    - a name inside brackets before a number is a player's ("( P. Simmons
      4-38 )", "( Larsson 12 )"), as is every name of a line labelled with
      players ("Scorers : Zola 12 , Vialli 60") and of a batsman's line of
      a scorecard ("Ijaz Ahmed c Germon b Cairns 20"); so is a name of two
      words or more with no place in it right before its country in
      brackets ("Haile Gebrselassie ( Ethiopia )"), and a name right after
      those brackets is the player's team ("Erik Zabel ( Germany ) Telekom
      4:30:05").

    Person, pending and place-made candidates there give way; a known
    organisation keeps its name ("Aston Villa 5 3 1 1 9 4 10")."""
    words = layer.words
    teams: list[tuple[int, int]] = []
    people: list[tuple[int, int]] = []
    found: _Cands = (cands, [c.i for c in cands]) if layer.results else (cands, [])
    # a name is read as a player's by its shape alone on a sports page only:
    # elsewhere a table's names in brackets may be an index's or a company's
    # ("( Nikkei 225 )", "Royal Dutch ( Netherlands ) 45.2")
    page = sports_document(layer) if layer.results else False
    for lo, hi in layer.results:
        inside = _bracketed(words, lo, hi)
        runs = _runs_before_numbers(words, lo, hi)
        if _players_label(words, lo, hi):
            # "Scorers : Zola 12 , Vialli 60": every name is a player's
            inside = set(range(lo, hi))
        batting = _batting_names(layer, found, lo, hi) if page else []
        if batting:
            # "Ijaz Ahmed c Germon b Cairns 20": the names are players'
            people += batting
            inside = set(range(lo, hi))
        sides = [r for r in runs if r[0] not in inside]
        for i, j in runs:
            if i in inside and _player(layer, found, i, j, named=page, least=1):
                people.append((i, j))  # "( P. Simmons 4-38 )", "( Larsson 12 )"
        for i, j, after in _before_countries(layer, lo, hi):
            if (i, j) not in sides and _player(layer, found, i, j, named=page):
                people.append((i, j))
                if after is not None and not _player(layer, found, *after):
                    teams.append(after)  # "Erik Zabel ( Germany ) Telekom"
        if len(sides) >= 2:
            for i, j in sides:
                if _player(layer, found, i, j):
                    people.append((i, j))
                elif not _country(layer, i, j) and not _known(found, i, j):
                    teams.append((i, j))
        elif len(sides) == 1 and _opens(words, sides[0][0], lo):
            i, j = sides[0]
            if _known(found, i, j) or _country(layer, i, j) or not page:
                continue
            if _numbers(words, j, hi) >= _ROW_NUMBERS:
                if _player(layer, found, i, j, named=True):
                    people.append((i, j))
                else:
                    teams.append((i, j))
            elif _town(layer, i, j):
                teams.append((i, j))  # "Essex 532-8 declared", "Leicestershire 296"
    if not teams and not people:
        return cands
    spans = set(teams) | set(people)
    covered = {k for i, j in spans for k in range(i, j)}
    out = [c for c in cands if not any(k in covered for k in range(c.i, c.j))]
    for i, j in sorted(set(teams)):
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
    for i, j in sorted(set(people) - set(teams)):
        out.append(
            Candidate(
                "person",
                i,
                j,
                layer.columns,
                "person-results",
                country=_bracket_country(layer, j),
                poss=words[j - 1].poss,
            )
        )
    out.sort(key=lambda c: c.start)
    return out


def _runs_before_numbers(words: Words, lo: int, hi: int) -> list[tuple[int, int]]:
    """The runs of capitalised words of line [lo, hi) right before a number."""
    out = []
    for end in range(lo, hi - 1):
        if words[end].is_cap and _NUMBER.fullmatch(words[end + 1].text):
            start = end
            while start > lo and words[start - 1].is_cap:
                start -= 1
            out.append((start, end + 1))
    return out


def _bracketed(words: Words, lo: int, hi: int) -> set[int]:
    """The words of line [lo, hi) inside round brackets."""
    out: set[int] = set()
    depth = 0
    for k in range(lo, hi):
        text = words[k].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth = max(0, depth - 1)
        elif depth:
            out.add(k)
    return out


def _before_countries(
    layer: WordLayer, lo: int, hi: int
) -> list[tuple[int, int, tuple[int, int] | None]]:
    """The runs of capitalised words of line [lo, hi) right before a country
    in brackets ("Anna Keller ( Switzerland )"), each with the run of
    capitalised words right after the brackets, if any, with no place in it
    (a rider's or driver's team: "Erik Zabel ( Germany ) Telekom 4:30:05")."""
    words = layer.words
    out: list[tuple[int, int, tuple[int, int] | None]] = []
    for b in range(lo + 1, hi - 2):
        if words[b].text == "(" and words[b - 1].is_cap and _bracket_country(layer, b):
            start = b - 1
            while start > lo and words[start - 1].is_cap:
                start -= 1
            close = b + 1
            while close < hi and words[close].text != ")":
                close += 1
            end = close + 1
            while end < hi and words[end].is_cap and words[end].place < 0:
                end += 1
            after = (close + 1, end) if end > close + 1 else None
            if end < hi and words[end].is_cap:
                after = None  # a place in the run: no team's name
            out.append((start, b, after))
    return out


def _bracket_country(layer: WordLayer, b: int) -> str | None:
    """The country named alone in the brackets that open at word b, if any."""
    words = layer.words
    if b + 2 >= len(words) or words[b].text != "(":
        return None
    w = words[b + 1]
    if w.place < 0:
        return None
    place = layer.places[w.place]
    if place.kind != "country":
        return None
    close = b + 1
    while close < len(words) and words[close].place == w.place:
        close += 1
    if close >= len(words) or words[close].text != ")":
        return None
    return place.country


def _players_label(words: Words, lo: int, hi: int) -> bool:
    """Line [lo, hi) opens with a label of players before a colon
    ("Scorers :", "Bowling :")."""
    for k in range(lo, min(hi, lo + _LABEL_WORDS + 1)):
        if words[k].text == ":":
            return any(words[m].lower in lex.PLAYERS_LABELS for m in range(lo, k))
    return False


def _batting_names(
    layer: WordLayer, cands: _Cands, lo: int, hi: int
) -> list[tuple[int, int]]:
    """The names around the dismissal marks of a batsman's line [lo, hi):
    the batsman before the first, the fielder or bowler after each ("Ijaz
    Ahmed c Germon b Cairns 20"); none where a known organisation is named."""
    words = layer.words
    if not _NUMBER.fullmatch(words[hi - 1].text):
        return []
    out: list[tuple[int, int]] = []
    k = lo + 1
    while k < hi - 1:
        n = dismissal_at(words, k, hi)
        if not n or not words[k - 1].is_cap:
            k += 1
            continue
        start = k - 1
        while start > lo and words[start - 1].is_cap:
            start -= 1
        if not out or out[-1][1] <= start:
            out.append((start, k))
        end = k + n
        while end < hi and words[end].is_cap:
            end += 1
        if end > k + n:
            out.append((k + n, end))
        k = max(end, k + 1)
    if any(_known(cands, i, j) for i, j in out):
        return []
    return list(dict.fromkeys(out))


# Words of a line's label before its colon, at most.
_LABEL_WORDS = 3


def _opens(words: Words, i: int, lo: int) -> bool:
    """Word i opens line [lo, ...) but for a rank ("3.", "1 -") or a venue
    before a colon ("At Chelmsford : Essex 532-8 declared")."""
    for k in range(i - 1, lo - 1, -1):
        if words[k].text == ":":
            return True
        if words[k].is_alpha:
            return False
    return True


def _numbers(words: Words, j: int, hi: int) -> int:
    """The numbers among words [j, hi)."""
    return sum(1 for k in range(j, hi) if _digit_first(words[k].text))


def _town(layer: WordLayer, i: int, j: int) -> bool:
    """Words [i, j) are one town, county or state of the places stage."""
    words = layer.words
    w = words[i]
    if w.place < 0 or _country(layer, i, j):
        return False
    place = layer.places[w.place]
    return (
        place.kind in ("city", "admin1", "admin2")
        and place.start == w.start
        and place.end == words[j - 1].end
    )


# The candidates in text order, and their first words' indexes.
_Cands = tuple[list[Candidate], list[int]]

# Numbers after a name that make its line a row of a table.
_ROW_NUMBERS = 3


def _country(layer: WordLayer, i: int, j: int) -> bool:
    """Words [i, j) are one country of the places stage, or a nation with a
    national team of its own ("England", "Northern Ireland")."""
    words = layer.words
    w = words[i]
    if " ".join(x.lower for x in words[i:j]) in lex.SPORTS_NATIONS:
        return True
    if w.place < 0:
        return False
    place = layer.places[w.place]
    return (
        place.kind == "country"
        and place.start == w.start
        and place.end == words[j - 1].end
    )


def _known(cands: _Cands, i: int, j: int) -> bool:
    """A known organisation's candidate lies over words [i, j)."""
    return any(
        c.kind == "organization" and c.known is not None and c.i < j and i < c.j
        for c in _over(cands, i, j)
    )


def _over(cands: _Cands, i: int, j: int) -> list[Candidate]:
    """The candidates over words [i, j) (the candidates are in text order and
    hardly overlap: those over a span start at most one before the first
    starting inside it)."""
    listed, starts = cands
    at = max(0, bisect.bisect_left(starts, i) - 1)
    out = []
    while at < len(listed) and listed[at].i < j:
        if i < listed[at].j:
            out.append(listed[at])
        at += 1
    return out


def _player(
    layer: WordLayer,
    cands: _Cands,
    i: int,
    j: int,
    named: bool = False,
    least: int = 2,
) -> bool:
    """Words [i, j) name a player: they open with a given name or an initial
    ("Ernie Els", "P. Simmons"), or a person's candidate found there says so
    (a title, a figure); `named`: also any name of `least` words or more with
    no place, stop word, word in capitals or known organisation in it
    ("Tiger Woods", a scorer's surname in brackets: "( Larsson 12 )")."""
    words = layer.words
    if _known(cands, i, j):
        return False
    first = words[i]
    if _INITIAL.fullmatch(first.text) and j - i >= 2:
        return True
    if any(words[k].place >= 0 for k in range(i, j)):
        return False
    if first.given and j - i >= 2:
        return True
    if any(
        c.kind == "person" and c.rule in ("person-figure", "person-title")
        for c in _over(cands, i, j)
    ):
        return True
    return (
        named
        and j - i >= least
        and all(
            words[k].is_alpha
            and not words[k].stop
            and words[k].keyword is None
            and not words[k].is_acronym  # "NY RANGERS": a table's team in capitals
            for k in range(i, j)
        )
    )


_INITIAL = regex.compile(r"\p{Lu}\.")
