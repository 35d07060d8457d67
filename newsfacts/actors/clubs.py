"""Sports clubs named like a place: "Inter Milan", "Real Madrid", "Bayern
Munich", "Spartak Moscow", "Manchester United", "AC Milan".

The places stage reads the city in such a name alone and the word beside it
is left over as an unknown name, or the two are guessed to be a person. In a
sentence about a match (a score, a verb of the result such as "beat", "drew",
"won", or a player's role such as "striker", "coach") a run of two or three
capitalised words holding a place and another capitalised word is one name,
a club's. The place alone stays a place ("fans in Milan"), and so does a run
after a place preposition ("in Greater Manchester"); a run that opens with a
given name is a player ("Milan Baros scored"), and so is one with a given
name beside its place ("Calgary MLA Sandra Jansen"); titles, roles, stop words, demonyms,
directions, organisation keywords and the words of things and facilities
("Berlin Wall", "Turin Olympics") are no part of a club's name, except the
words that close one after its town ("Manchester United", "Stoke City").
"""

from __future__ import annotations

import bisect

from ..knowledge.gazetteer import gazetteer
from ..knowledge.keys import name_key
from . import lexicon as lex
from .candidate import Candidate
from .sports import has_margin, sentence_range, sports_document
from .surnames import surname_by_ending
from .units import title_at
from .words import PlaceMention, Word, WordLayer, Words

__all__ = ["CITY_CLUB", "find_clubs", "team_place"]

# The rule of a club named by its city alone ("Barcelona beat Sevilla 2-1"):
# the places stage keeps the city as a metonymic mention of the place.
CITY_CLUB = "org-club-city"

# Capitalised words in a club's name, at most ("Red Star Belgrade",
# "Queens Park Rangers").
_MAX_WORDS = 3
# People a city has, at least, to be read as a club's town where the places
# stage left it inside the name.
_CITY_SIZE = 100_000
_DASHES = ("-", "\u2013")
# `_club_country`'s answer for words that are no club's name.
_NO_CLUB = "-"
# Countries whose clubs are named city first ("Chicago Bulls", "Toronto
# Maple Leafs"), never after another word as "Inter Milan" is.
_CITY_FIRST = frozenset(("US", "CA"))


def find_clubs(layer: WordLayer, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with each club named like a place made an organisation
    candidate; person, pending and acronym candidates inside it give way, and
    one reaching beyond it keeps its words."""
    words = layer.words
    clubs: list[tuple[int, int, str | None, str]] = []
    sides: list[tuple[int, int, int, str | None, int]] = []
    sentences, scored = _sports_sentences(layer)
    for lo, hi in sentences:
        k = lo
        while k < hi:
            if not words[k].is_cap:
                k += 1
                continue
            j = k + 1
            # a headline in capitals: each word is read alone ("LEEDS BEAT ARSENAL")
            while (
                j < hi
                and words[j].is_cap
                and not words[j - 1].poss
                and not words[k].in_caps_line
            ):
                j += 1
            if 2 <= j - k <= _MAX_WORDS:
                country = _club_country(layer, k, j)
                if country != _NO_CLUB:
                    clubs.append((k, j, country, "org-club"))
            elif j - k == 1:
                country, other = _side_city(layer, k, lo, hi)
                if country != _NO_CLUB:
                    sides.append((k, lo, hi, country, other))
            k = j
    if sides:
        clubs += _city_sides(layer, cands, clubs, sides, scored)
    if scored:
        clubs += _other_sides(layer, cands, clubs, scored)
    if sports_document(layer):
        clubs += _page_clubs(layer, cands, clubs)
    clubs.sort()
    if not clubs:
        return cands
    out = list(cands)
    drop: set[int] = set()
    # the candidates are in text order and hardly overlap: those over a club
    # start at most one before the first starting inside it
    starts = [c.i for c in cands]
    for i, j, country, rule in clubs:
        inside = []
        at = max(0, bisect.bisect_left(starts, i) - 1)
        while at < len(cands) and cands[at].i < j:
            if i < cands[at].j:
                inside.append(cands[at])
            at += 1
        if any(c.i < i or c.j > j or _keeps(c) for c in inside):
            continue
        drop.update(id(c) for c in inside)
        out.append(
            Candidate(
                "organization",
                i,
                j,
                layer.columns,
                rule,
                country=country,
                poss=words[j - 1].poss,
            )
        )
    out = [c for c in out if id(c) not in drop]
    out.sort(key=lambda c: c.start)
    return out


def _keeps(c: Candidate) -> bool:
    """A candidate a club does not take over: an organisation of two words or
    more or a known one ("U.S. Olympic Committee"), or a person with a title."""
    if c.kind == "organization" and (c.j - c.i >= 2 or c.known is not None):
        return True
    return c.kind == "person" and c.title is not None


def _club_country(layer: WordLayer, i: int, j: int) -> str | None:
    """Words [i, j) may be a club's name: a place (a mention of the places
    stage or a city of the gazetteer) and another word that is no place (or
    two places of their own: "Bayern Munich"), none a title, stop word,
    demonym or direction, not opening with a given name, not after a place
    preposition or a player's role, not a headline's. The place's country,
    or `_NO_CLUB`."""
    words = layer.words
    run = words[i:j]
    if run[0].given or run[0].in_caps_line or _initial(run[0].text):
        return _NO_CLUB  # "Milan Baros", "J. Crawley", a Title Case headline
    if surname_by_ending(run[-1].text):
        return _NO_CLUB  # "Manea Manescu": a surname by its ending, no town
    if i > 0 and words[i - 1].low in lex.PLACE_BEFORE:
        return _NO_CLUB  # "in Greater Manchester"
    if run[0].lower in lex.SPORTS_ROLES or (
        i > 0 and words[i - 1].lower in lex.SPORTS_ROLES
    ):
        return _NO_CLUB  # "goalkeeper Salem Bitar", "Defender Hassan Abbas rose"
    things = lex.not_person_words()
    if any(
        w.stop
        or w.demonym
        or w.keyword is not None
        or (w.lower in things and w.lower not in lex.CLUB_TAILS)
        or w.lower in lex.DIRECTIONS
        or w.lower in lex.NOT_BEFORE_COUNTRY
        or w.lower in lex.ROLE_NOUNS
        or not w.is_alpha
        for w in run
    ):
        return _NO_CLUB  # "Berlin Wall", "Turin Olympics", "Beijing Capital Gymnasium"
    places = [team_place(layer, w) for w in run]
    found = [p for p in places if p is not None]
    if not found:
        return _NO_CLUB
    if any(
        run[n].given and places[n] is None and places[n + 1] is None
        for n in range(len(run) - 1)
    ):
        return _NO_CLUB  # "Calgary MLA Sandra Jansen": a person's name inside
    if len(found) == len(run) and len({p[0] for p in found}) == 1:
        return _NO_CLUB  # one place ("Mexico City")
    if places[-1] is not None and places[-1][1] in _CITY_FIRST and not any(places[:-1]):
        # North American clubs put their city first ("Washington Wizards");
        # a word before a city there is a player's given name ("MaliVai
        # Washington beat Todd Martin"), their few clubs named the European
        # way being known ("Inter Miami", "Real Salt Lake")
        return _NO_CLUB
    if any(title_at(words, k, j) for k in range(i, j)):
        return _NO_CLUB
    # Of two places the larger is the club's town: "Fortuna Duesseldorf" is
    # Düsseldorf's club, not of Fortuna, a town in Brazil.
    return max(found, key=lambda p: p[2])[1]


def _initial(text: str) -> bool:
    """An initial of a given name ("J.", "J"): a person's name opens with it."""
    return len(text.rstrip(".")) == 1 and text[:1].isupper()


# Words between a result verb and the other side ("drew 1-1 with Everton").
_SIDE_LINKS = frozenset(("with", "to", "against"))
_SIDE_REACH = 4  # words read from a result verb to the other side


def _side_city(layer: WordLayer, k: int, lo: int, hi: int) -> tuple[str | None, int]:
    """Word k alone may be a side of the match, a club named by its city: a
    city (or a state) of the places stage right before a result verb
    ("Barcelona beat Sevilla 2-1", "Liverpool drew"), or right after one or
    after "with", "to" or "against" that follows it ("beat Sevilla", "lost
    2-0 to Leeds"). A country stays its national team's place, as news treats
    it. The city's country (or `_NO_CLUB`) and the
    word of the other side next to the verb (-1 if none)."""
    words = layer.words
    w = words[k]
    # (a given name alone is no player: news names players by their
    # surnames, and clubs by towns that are given names: "Milan", "Kent")
    if w.place < 0 or (w.poss and k + 1 < hi and words[k + 1].is_cap):
        return _NO_CLUB, -1
    place = layer.places[w.place]
    if place.kind not in ("city", "admin1", "admin2") or w.lower in lex.SPORTS_NATIONS:
        return _NO_CLUB, -1  # a country's national team: "England beat Scotland"
    if place.start != w.start or place.end != w.end:
        return _NO_CLUB, -1
    verb = k + 1
    if (
        k + 3 < hi
        and words[k + 1].text == ","
        and words[k + 2].low == "who"
        and words[k + 3].low in lex.RESULT_VERBS
    ):
        verb = k + 3  # "Newcastle, who beat Manchester United 5-0, ..."
    if verb < hi and words[verb].low in lex.RESULT_VERBS:
        other = verb + 1
        while other < hi and words[other].low in _SIDE_LINKS:
            other += 1
        return place.country, other if other < hi else -1
    m = k - 1
    if m >= lo and words[m].low in _SIDE_LINKS:
        m -= 1
        stop = max(lo, m - _SIDE_REACH)
        while m > stop and words[m].low not in lex.RESULT_VERBS:
            m -= 1
    if m >= lo and words[m].low in lex.RESULT_VERBS:
        return place.country, m - 1 if m > lo else -1
    return _NO_CLUB, -1


def _city_sides(
    layer: WordLayer,
    cands: list[Candidate],
    clubs: list[tuple[int, int, str | None, str]],
    sides: list[tuple[int, int, int, str | None, int]],
    scored: set[int],
) -> list[tuple[int, int, str | None, str]]:
    """The cities beside a result verb (`_side_city`: word, sentence range,
    country, the other side's word) that are clubs: where the sentence holds
    a score or tells a winning margin ("Essex beat Kent by five wickets"),
    the document is a sports page, or the other side is a club or team
    ("Inter Milan beat Lazio")."""
    words = layer.words
    sporty = sports_document(layer)
    teams: set[int] = set()
    for c in cands:
        if c.kind == "organization" and (
            c.rule.startswith(("org-club", "org-team"))
            or (c.known is not None and c.known.sport)
        ):
            teams.update(range(c.i, c.j))
    for i, j, _country, _rule in clubs:
        teams.update(range(i, j))
    # the surnames of the people named in full: a headline's "SELES BEATS
    # DAVENPORT" names the player "Lindsay Davenport" of the body, not the town
    surnames = {
        words[c.j - 1].lower
        for c in cands
        if c.kind == "person" and c.j - c.i >= 2 and not c.weak
    }
    out = []
    margins: dict[int, bool] = {}
    for k, lo, hi, country, other in sides:
        if words[k].in_caps_line and words[k].lower in surnames:
            continue
        sent = words[k].sent
        if sent not in margins:
            margins[sent] = has_margin(words, lo, hi)
        if sporty or sent in scored or margins[sent] or other in teams:
            out.append((k, k + 1, country, CITY_CLUB))
    return out


def _other_sides(
    layer: WordLayer,
    cands: list[Candidate],
    clubs: list[tuple[int, int, str | None, str]],
    scored: set[int],
) -> list[tuple[int, int, str | None, str]]:
    """In a sentence with a score, the lone name on the other side of a result
    verb from a club is a club too ("AC Milan beat Reggiana 2-0", "Reggiana
    lost 2-0 to AC Milan"): a match is played between two teams. A name with
    a given name, a place (a venue: "held 1-1 at Fiorentina" is read by the
    places stage) or a person's candidate stays what it is; players beat
    players ("Sampras beat Agassi 6-3")."""
    words = layer.words
    n = len(words)
    team_ends: dict[int, int] = {}  # first word -> end, of each club or team
    for c in cands:
        if c.kind == "organization" and (
            c.rule.startswith(("org-club", "org-team"))
            or (c.known is not None and c.known.sport)
        ):
            team_ends[c.i] = c.j
    team_ends.update((i, j) for i, j, _country, _rule in clubs)
    pending = {c.i: c for c in cands if c.kind == "pending" and c.j - c.i == 1}
    out: list[tuple[int, int, str | None, str]] = []
    for i, j in team_ends.items():
        if words[i].sent not in scored:
            continue
        # club, verb, [links], name
        if j < n and words[j].low in lex.RESULT_VERBS:
            k = j + 1
            while k < n and k - j <= _SIDE_REACH and words[k].low in _SIDE_LINKS:
                k += 1
            if _lone_side(words, pending, k):
                out.append((k, k + 1, None, "org-club"))
        # name, verb, [score], link, club
        m = i - 1
        if m >= 0 and words[m].low in _SIDE_LINKS:
            m -= 1
            stop = max(0, m - _SIDE_REACH)
            while m > stop and words[m].low not in lex.RESULT_VERBS:
                m -= 1
        if (
            m >= 1
            and words[m].low in lex.RESULT_VERBS
            and words[m].sent == words[i].sent
            and _lone_side(words, pending, m - 1)
        ):
            out.append((m - 1, m, None, "org-club"))
    return out


def _lone_side(words: Words, pending: dict[int, Candidate], k: int) -> bool:
    """Word k is a lone capitalised name with no reading of its own: a pending
    candidate of one word, not a given name, no place, with no capitalised
    word beside it."""
    if k < 0 or k >= len(words) or k not in pending:
        return False
    w = words[k]
    if w.given or w.place >= 0 or w.is_acronym or w.poss:
        return False
    nxt = words[k + 1] if k + 1 < len(words) else None
    return nxt is None or not nxt.is_cap


def _page_clubs(
    layer: WordLayer,
    cands: list[Candidate],
    clubs: list[tuple[int, int, str | None, str]],
) -> list[tuple[int, int, str | None, str]]:
    """On a sports page, the towns that are clubs by what the page says of
    them: right after "against", "v" or "versus" ("their match against
    Nottinghamshire") or before a role in a team ("Leeds striker Tony
    Yeboah"), or named like a town the page reads as a club
    elsewhere ("Leicestershire beat Somerset by an innings ... Leicestershire
    extended their lead", the headline's "LEICESTERSHIRE TAKE OVER AT TOP").
    A town after a place preposition stays the place ("at Grace Road in
    Leicester", "fans in Leeds"), and so does one opening a line before a
    date or a number (a dateline, a row), one named with its region ("LEEDS,
    England") or one inside a longer name."""
    words = layer.words
    taken: set[int] = set()
    names: set[str] = set()
    for i, j, _country, rule in clubs:
        taken.update(range(i, j))
        if rule == CITY_CLUB:
            names.add(words[i].lower)
    for c in cands:
        if c.kind == "organization":
            taken.update(range(c.i, c.j))
            if c.rule == "org-team" and c.j - c.i == 1:
                names.add(words[c.i].lower)
    singles = {i for i, j, _country, _rule in clubs if j - i == 1}
    singles.update(c.i for c in cands if c.rule == "org-team" and c.j - c.i == 1)
    out: list[tuple[int, int, str | None, str]] = []
    for k in layer.country_words:
        w = words[k]
        if k in taken or w.in_dateline:
            continue
        place = _town_at(layer, k)
        if place is None:
            continue
        prev = words[k - 1] if k > 0 and words[k - 1].sent == w.sent else None
        nxt = (
            words[k + 1] if k + 1 < len(words) and words[k + 1].sent == w.sent else None
        )
        if (prev is not None and prev.low in lex.VERSUS) or (
            nxt is not None
            and nxt.lower in lex.TEAM_ROLES
            and not (prev is not None and prev.low in lex.PLACE_BEFORE)
        ):
            # "against Nottinghamshire", "Leeds striker Tony Yeboah"
            out.append((k, k + 1, place.country, CITY_CLUB))
            continue
        if w.lower not in names:
            continue
        if prev is not None and (
            prev.low in lex.VENUE_BEFORE
            or prev.low in lex.PLACE_BEFORE
            or (prev.is_cap and not w.in_caps_line)
        ):
            continue
        if nxt is not None and (
            nxt.text[:1].isdigit()
            or nxt.low in lex.PLACE_AFTER
            or (nxt.is_cap and not w.in_caps_line)
            or _with_region(layer, k)
        ):
            continue
        out.append((k, k + 1, place.country, CITY_CLUB))
    singles.update(k for k, _j, _country, _rule in out)
    return out + _listed_with(layer, singles, taken)


def _with_region(layer: WordLayer, k: int) -> bool:
    """Word k is a town named with its region or country after a comma, as
    a dateline or an address names it ("LEEDS, England 1996-08-25"), not
    the first of a list ("Essex, Derbyshire and Surrey")."""
    words = layer.words
    if not (
        k + 2 < len(words)
        and words[k + 1].text == ","
        and words[k + 2].place >= 0
        and words[k + 2].sent == words[k].sent
    ):
        return False
    region = layer.places[words[k + 2].place]
    end = bisect.bisect_left(layer.columns.starts, region.end, k + 2)
    return end >= len(words) or words[end].low not in _LIST_LINKS


# Words between the names of a list ("Essex, Derbyshire and Surrey").
_LIST_LINKS = frozenset((",", "and", "or"))


def _listed_with(
    layer: WordLayer, singles: set[int], taken: set[int]
) -> list[tuple[int, int, str | None, str]]:
    """The towns listed with a club of one word on a sports page are clubs
    too: the names of one list are of one kind ("title rivals Essex,
    Derbyshire and Surrey", "Kent and Sussex both won")."""
    words = layer.words
    out: list[tuple[int, int, str | None, str]] = []
    todo = sorted(singles)
    seen = set(todo)
    while todo:
        k = todo.pop()
        for step in (-2, 2):
            m = k + step
            link = k + step // 2
            if not 0 <= m < len(words) or m in seen or m in taken:
                continue
            if words[link].low not in _LIST_LINKS or words[m].sent != words[k].sent:
                continue
            place = _town_at(layer, m)
            if place is None:
                continue
            near = m + step // 2
            if 0 <= near < len(words) and words[near].is_cap:
                continue  # "Essex and West Sussex", a longer name
            if words[link].low == "," and not (
                0 <= near < len(words) and words[near].low in _LIST_LINKS
            ):
                continue  # "Leeds, Yorkshire": a town and its region, no list
            seen.add(m)
            todo.append(m)
            out.append((m, m + 1, place.country, CITY_CLUB))
    return out


def _town_at(layer: WordLayer, k: int) -> PlaceMention | None:
    """The place mention of word k alone, if it is a town, county or state
    (not a nation with a national team of its own: "England")."""
    w = layer.words[k]
    if w.place < 0 or not w.is_cap or w.lower in lex.SPORTS_NATIONS:
        return None
    place = layer.places[w.place]
    if place.kind not in ("city", "admin1", "admin2"):
        return None
    if place.start != w.start or place.end != w.end:
        return None
    return place


def team_place(layer: WordLayer, w: Word) -> tuple[int, str | None, int] | None:
    """The place word w is part of: the places stage's mention (its index,
    country and the people of the word's largest place there), or else a city
    of the gazetteer of `_CITY_SIZE` people or more that the places stage left
    inside the name ("Milan" of "Inter Milan")."""
    entries = gazetteer().lookup(name_key(w.text))
    if w.place >= 0:
        country = layer.places[w.place].country
        people = max(
            (e.population for e, _ in entries if e.country == country), default=0
        )
        return w.place, country, people
    for entry, _own in entries:
        if entry.kind == "city" and entry.population >= _CITY_SIZE:
            return -1 - w.start, entry.country, entry.population
    return None


# Words of a match's result or a player's role, and the dashes of a score:
# made once, not for every document.
_MATCH_CUES = lex.SPORTS_CUES | lex.SPORTS_ROLES
_DASH_SET = frozenset(_DASHES)


def _sports_sentences(layer: WordLayer) -> tuple[list[tuple[int, int]], set[int]]:
    """Word ranges of the sentences that speak of a match: a score ("2-1",
    "3 - 0"), a verb of the result or a player's role; and the indexes of the
    sentences that hold a score."""
    words = layer.words

    def maybe(text: str, lower: str) -> bool:
        # a cue, or a word a score is read from: a dash between two numbers
        # or a word opening with a digit
        return lower in _MATCH_CUES or text in _DASH_SET or text[:1].isdigit()

    # only those words are read: found in one C-level step over the words,
    # each distinct text asked once
    found = list(layer.columns.where(maybe))
    at: dict[int, int] = {}  # sentence -> a word of it
    scored: set[int] = set()
    for k in found:
        if words[k].lower in _MATCH_CUES:
            at.setdefault(words[k].sent, k)
    cols = layer.columns
    n = len(cols)
    for k in found:
        text = cols.text(k)
        if text in _DASH_SET:
            if 0 < k < n - 1 and (
                cols.text(k - 1).isdigit() and cols.text(k + 1).isdigit()
            ):
                scored.add(words[k].sent)
                at.setdefault(words[k].sent, k)
        elif text[:1].isdigit() and _score_word(text):
            scored.add(words[k].sent)
            at.setdefault(words[k].sent, k)
    return [sentence_range(words, k) for k in at.values()], scored


def _score_word(text: str) -> bool:
    """A score written as one word: "2-1", "3\u20130"."""
    if not text[:1].isdigit():
        return False
    for dash in _DASHES:
        a, sep, b = text.partition(dash)
        if sep and a.isdigit() and b.isdigit() and len(a) <= 2 and len(b) <= 2:
            return True
    return False
