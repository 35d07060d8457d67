"""The sides and players of results lines (see `lines`): teams before
scores and in the rows of tables, players in brackets, before their
countries and in a cricket scorecard's lines, the teams of riders and
drivers after their countries.

In a sports document, a place or name before a score in a results line is a
team ("Leeds 3 Southampton 0"); a country named so stays the country its
national team plays for ("Japan 2 Syria 1").
"""

from __future__ import annotations

import bisect

import regex

from . import lexicon as lex
from .candidate import Candidate
from .clubs import team_place
from .lines import NUMBER, digit_first, dismissal_at
from .sports import sports_document
from .words import WordLayer, Words

__all__ = ["find_teams"]


def find_teams(layer: WordLayer, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with the sides and players of results lines read:

    - in a line with two name-score pairs or more ("Leeds 3 Southampton 0",
      "Inter Milan 1 AC Milan 0"), the capitalised words right before each
      score are a team, places included; a country alone stays the country
      its national team plays for ("Japan 2 Syria 1"); on a sports page two
      sides or more each with its country in brackets before its score are
      clubs ("Celtic ( Scotland ) 3 Hamburg ( Germany ) 0"), and goals and
      behinds before points in brackets are a score ("Collingwood 14.12 ( 96
      )");
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
    if page and " AT " in layer.doc.text:
        teams += [
            side
            for side in _fixtures(layer)
            if not _country(layer, *side) and not _known(found, *side)
        ]
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
        if page:
            sides += _bracket_sides(layer, lo, hi)
        for i, j in runs:
            if i in inside and _player(layer, found, i, j, named=page, least=1):
                people.append((i, j))  # "( P. Simmons 4-38 )", "( Larsson 12 )"
        for i, j, after in _before_countries(layer, lo, hi):
            if (i, j) not in sides and _player(layer, found, i, j, named=page):
                people.append((i, j))
                if after is not None and not _player(layer, found, *after):
                    teams.append(after)  # "Erik Zabel ( Germany ) Telekom"
        if len(sides) >= 2:
            players = [_player(layer, found, i, j) for i, j in sides]
            for (i, j), player in zip(sides, players, strict=True):
                if player or (any(players) and _given_side(words, i, j)):
                    # the sides of one line are of one kind: beside a player a
                    # given name opens a player's name though it is also a
                    # town's ("Colin Montgomerie 69 67 , Mark Roe 70 66")
                    people.append((i, j))
                elif not _country(layer, i, j) and not _known(found, i, j):
                    teams.append((i, j))
        elif len(sides) == 1 and _opens(words, sides[0][0], lo):
            i, j = sides[0]
            if _known(found, i, j) or _country(layer, i, j) or not page:
                continue
            if _numbers(words, j, hi) >= _ROWNUMBERS:
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
        # Of two places in a team's name the larger is its town ("Fortuna
        # Duesseldorf": Düsseldorf, not Fortuna in Brazil).
        places = [p for p in (team_place(layer, w) for w in words[i:j]) if p]
        out.append(
            Candidate(
                "organization",
                i,
                j,
                layer.columns,
                "org-team",
                country=max(places, key=lambda p: p[2])[1] if places else None,
                poss=words[j - 1].poss,
            )
        )
    stated = _stated_country(layer) if people else None
    if stated is not None:
        # "( Britain unless stated )": the players of the table named with no
        # country of their own ("138 Ian Woosnam 70 68")
        for c in out:
            if c.kind == "person" and c.country is None and _in_results(layer, c.i):
                c.country = stated
    for i, j in sorted(set(people) - set(teams)):
        out.append(
            Candidate(
                "person",
                i,
                j,
                layer.columns,
                "person-results",
                country=_bracket_country(layer, j) or stated,
                poss=words[j - 1].poss,
            )
        )
    out.sort(key=lambda c: c.start)
    return out


# Capitalised words at most of a side in a fixture's line.
_FIXTURE_SIDE = 3
_AT = frozenset(("at",))


def _fixtures(layer: WordLayer) -> list[tuple[int, int]]:
    """The sides of the lines of a schedule on a sports page, each line two
    names joined by "AT" and nothing else, as the wires write a schedule in
    capitals ("ANAHEIM AT BUFFALO", "TORONTO AT NY ISLANDERS"): the
    visiting team at the home team. Read only where the text holds " AT "
    (a scan of the words for "at" costs a long text too much)."""
    words = layer.words
    columns = layer.columns
    out: list[tuple[int, int]] = []
    n = len(words)
    for k in columns.where_lower(_AT):
        if k == 0 or k + 1 >= n:
            continue
        if not (
            columns.text(k - 1)[:1].isupper() and columns.text(k + 1)[:1].isupper()
        ):
            continue  # prose's "at" (read by the texts alone: no word is made)
        sent = words[k].sent
        i = k
        while i > 0 and words[i - 1].sent == sent and words[i - 1].is_cap:
            i -= 1
        j = k + 1
        while j < n and words[j].sent == sent and words[j].is_cap:
            j += 1
        stop = j < n and words[j].sent == sent and words[j].text == "."
        end = j + 1 if stop else j  # "ANAHEIM AT BUFFALO ."
        if (
            i == k
            or j == k + 1
            or k - i > _FIXTURE_SIDE
            or j - k - 1 > _FIXTURE_SIDE
            or (i > 0 and words[i - 1].sent == sent)
            or (end < n and words[end].sent == sent)
        ):
            continue
        out += [(i, k), (k + 1, j)]
    return out


_UNLESS = frozenset(("unless",))


def _in_results(layer: WordLayer, k: int) -> bool:
    """Word k lies in a results line (`WordLayer.results`, in order)."""
    at = bisect.bisect_right(layer.results, (k, len(layer.words))) - 1
    return at >= 0 and layer.results[at][0] <= k < layer.results[at][1]


def _stated_country(layer: WordLayer) -> str | None:
    """The country a table gives its players unless it states another, in
    brackets ("( Britain unless stated )", "( U.S. unless stated )"), if
    any: a golf table names only the others' countries."""
    words = layer.words
    for k in layer.columns.where_lower(_UNLESS):
        if k < 2 or k + 2 >= len(words) or words[k + 1].low != "stated":
            continue
        if words[k + 2].text != ")":
            continue
        w = words[k - 1]
        if w.place < 0:
            continue
        place = layer.places[w.place]
        if place.kind != "country" or place.end != w.end:
            continue
        b = k - 1
        while b > 0 and words[b - 1].place == w.place:
            b -= 1
        if b > 0 and words[b - 1].text == "(":
            return place.country
    return None


def _runs_before_numbers(words: Words, lo: int, hi: int) -> list[tuple[int, int]]:
    """The runs of capitalised words of line [lo, hi) right before a number,
    but for those ending in a stop word: a date or a year is no score ("In
    2016", "on November 24", "Monday 5"); nor is a number before a colon, a
    label's ("Group 2 : Spain 3 Bulgaria 1")."""
    return [
        (_name_start(words, lo, end), end + 1)
        for end in range(lo, hi - 1)
        if words[end].is_cap
        and not words[end].stop
        and (
            NUMBER.fullmatch(words[end + 1].text)
            or _goals_and_behinds(words, end + 1, hi)
        )
        and not (end + 2 < hi and words[end + 2].text == ":")
    ]


def _name_start(words: Words, lo: int, end: int) -> int:
    """The first word of the name that ends at word `end` of a line opening
    at `lo`: back over capitalised words, over the lower-case particles of a
    name between them ("Giovanni van Bronckhorst 10") and over an initial
    written apart from its period before a particle ("P . de Silva 75")."""
    start = end
    while start > lo:
        prev = words[start - 1]
        if prev.is_cap or (
            prev.low in lex.NAME_PARTICLES
            and prev.text == prev.low
            and start - 2 >= lo
            and (words[start - 2].is_cap or _split_initial(words, start - 2))
        ):
            start -= 1
        elif _split_initial(words, start - 1) and words[start].text == words[start].low:
            start -= 2  # "P . de Silva": the initial before the particle
        else:
            break
    return start


def _split_initial(words: Words, k: int) -> bool:
    """Word k is the period of an initial written as two words, a capital
    letter and its period with no space between ("P" "." of "P. de Silva",
    which the tokens part before a word in lower case)."""
    if k < 1 or words[k].text != ".":
        return False
    letter = words[k - 1]
    return (
        len(letter.text) == 1 and letter.text.isupper() and letter.end == words[k].start
    )


# An Australian football side's goals and behinds before its points in
# brackets ("Collingwood 14.12 ( 96 )").
_GOALS_BEHINDS = regex.compile(r"\d{1,2}\.\d{1,2}")


def _goals_and_behinds(words: Words, k: int, hi: int) -> bool:
    """Word k opens a side's score in Australian football: goals and
    behinds, then the points in brackets ("14.12 ( 96 )")."""
    return (
        k + 3 < hi
        and _GOALS_BEHINDS.fullmatch(words[k].text) is not None
        and words[k + 1].text == "("
        and NUMBER.fullmatch(words[k + 2].text) is not None
        and words[k + 3].text == ")"
    )


# Digits at most of a match's score after a side and its country in brackets.
_SCORE_DIGITS = 2


def _bracket_sides(layer: WordLayer, lo: int, hi: int) -> list[tuple[int, int]]:
    """The sides of line [lo, hi) written each with its country in brackets
    before its score, two or more of them, each score followed by the next
    side or the line's end: the clubs of an international cup's results
    ("Dinamo Bucharest ( Romania ) 1 Slavia Prague ( Czech Republic ) 2");
    a player's scores are several figures ("Greg Norman ( Australia ) 68
    70 68") or a time ("1:52.04")."""
    words = layer.words
    out = []
    for b in range(lo + 1, hi - 3):
        if words[b].text != "(" or not words[b - 1].is_cap:
            continue
        close = b + 1
        while close < hi and words[close].is_cap:
            close += 1
        k = close + 1
        if (
            close == b + 1
            or k >= hi
            or words[close].text != ")"
            or not _country(layer, b + 1, close)
            or len(words[k].text) > _SCORE_DIGITS
            or not NUMBER.fullmatch(words[k].text)
        ):
            continue
        if k + 1 < hi and not (words[k + 1].is_cap or words[k + 1].text in (".", "(")):
            continue
        start = b - 1
        while start > lo and words[start - 1].is_cap:
            start -= 1
        out.append((start, b))
    return out if len(out) >= 2 else []


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
    if not NUMBER.fullmatch(words[hi - 1].text):
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
    return sum(1 for k in range(j, hi) if digit_first(words[k].text))


def _town(layer: WordLayer, i: int, j: int) -> bool:
    """Words [i, j) are one town, county or state of the places stage."""
    words = layer.words
    w = words[i]
    if w.place < 0 or _country(layer, i, j):
        return False
    place = layer.places[w.place]
    return (
        place.kind in ("city", "admin1", "admin2", "region")
        and place.start == w.start
        and place.end == words[j - 1].end
    )


# The candidates in text order, and their first words' indexes.
_Cands = tuple[list[Candidate], list[int]]

# Numbers after a name that make its line a row of a table.
_ROWNUMBERS = 3


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
    if (_INITIAL.fullmatch(first.text) or _split_initial(words, i + 1)) and j - i >= 2:
        return True  # "P. Simmons", "P . de Silva"
    if any(words[k].place >= 0 for k in range(i, j)):
        return False
    if _given_side(words, i, j):
        return True  # "Tiger Woods"; not "Chester City"
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


def _given_side(words: Words, i: int, j: int) -> bool:
    """Words [i, j) open with a given name and go on with plain capitalised
    words, no club's word ("Chester City") or acronym among them."""
    return (
        j - i >= 2
        and words[i].given
        and all(
            w.is_alpha and w.lower not in lex.CLUB_TAILS and not w.is_acronym
            for w in words[i + 1 : j]
        )
    )


_INITIAL = regex.compile(r"\p{Lu}\.")
