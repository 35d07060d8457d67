"""Whether a document is plainly about sport, and whether a sentence tells a
match's winning margin.

A town beside a result verb is its club only where the text speaks of a match
("Essex beat Kent by five wickets"), and a line of a name and numbers is a
team's row of a table only on a sports page ("Newcastle 5 4 1 0 10 3 13"):
the same words elsewhere are a place ("Officials in Leeds said") and a table
of prices or votes. A sports page says what it is: its headline opens with
the name of a sport before a dash ("SOCCER - LEEDS BEAT ARSENAL"), after a
league's acronym too ("NHL ICE HOCKEY - STANDINGS"), or it
gives the scores of matches ("2-1", "6 - 3") in two sentences or more, each
in a results line or beside a word of a match ("beat", "striker", "by five
wickets").
"""

from __future__ import annotations

import bisect

from ..language.tagger_lexicon import common_words
from . import lexicon as lex
from .candidate import Candidate
from .words import Word, WordLayer, Words

__all__ = [
    "find_players",
    "has_margin",
    "nation_sides",
    "score_at",
    "sentence_range",
    "sports_document",
]

_MEMO = "sports_document"
_DASHES = frozenset(("-", "\u2013"))
# Sentences with a match's score that make a document one about sport.
_SCORED_SENTENCES = 2
# Digits of one side of a score, at most ("10-3"; "1996-08" is a date's).
_SIDE_DIGITS = 2
# Words of a sport's name before the dash of a headline ("MOTOR RACING -").
_LABEL_WORDS = 3
# Words read back from a margin's unit to "by" or "on" ("by an innings and
# 10 runs", "by five wickets").
_MARGIN_REACH = 5
_MARGIN_OPENERS = frozenset(("by", "on"))
# The first words of the sports' names ("motor" of "motor racing"), where a
# sports page's label may open, and the words of a match's result, a
# player's role or a winning margin: made once from the word lists, not for
# every document.
_LABEL_FIRSTS = frozenset(label.split()[0] for label in lex.SPORT_LABELS)
_SCORE_CUES = lex.SPORTS_CUES | lex.SPORTS_ROLES | lex.SPORTS_MARGINS


def sports_document(layer: WordLayer) -> bool:
    """The document is a sports page: a sport's name opens a line before a
    dash, or two sentences or more hold a score. Read once per document."""
    got = layer.memo.get(_MEMO)
    if got is None:
        got = layer.memo[_MEMO] = _labelled(layer) or _scored(layer)
    return bool(got)


def _labelled(layer: WordLayer) -> bool:
    """A sentence opens with a sport's name and a dash ("SOCCER - ...",
    "MOTOR RACING - ...")."""
    words = layer.words
    for k in layer.columns.where_lower(_LABEL_FIRSTS):
        if (
            k > 0
            and words[k - 1].sent == words[k].sent
            and not _league_before(words, k)
        ):
            continue  # not the first word of its line
        end = min(len(words), k + _LABEL_WORDS + 1)
        for d in range(k + 1, end):
            if words[d].sent != words[k].sent:
                break
            if words[d].text in _DASHES:
                name = " ".join(w.lower for w in words[k:d])
                if name in lex.SPORT_LABELS:
                    return True
                break
    return False


# Letters at most of a league's acronym before a sport's name ("NHL").
_LEAGUE_LETTERS = 4


def _league_before(words: Words, k: int) -> bool:
    """The line opens with a league's acronym right before word k ("NHL ICE
    HOCKEY - STANDINGS", "NBA BASKETBALL - RESULTS"), as the wires label the
    pages of North American leagues."""
    w = words[k - 1]
    return (
        w.is_acronym
        and w.text.isalpha()
        and len(w.text) <= _LEAGUE_LETTERS
        and (k == 1 or words[k - 2].sent != w.sent)
    )


def _scored(layer: WordLayer) -> bool:
    """Two sentences or more hold a match's score: a score in a results line,
    or in a sentence with a word of a match's result, a player's role or a
    winning margin ("Leeds beat Arsenal 2-0"); a tally of votes is no score
    ("The court ruled 5-4", "in a 7-2 vote")."""
    words = layer.words
    cued = {words[k].sent for k in layer.columns.where_lower(_SCORE_CUES)}
    lines = layer.results
    sents: set[int] = set()
    for k in layer.columns.where(_maybe_score, having="".join(_DASHES)):
        sent = words[k].sent
        if sent in sents or not score_at(words, k):
            continue
        at = bisect.bisect_right(lines, (k, len(words))) - 1
        if sent in cued or (at >= 0 and lines[at][0] <= k < lines[at][1]):
            sents.add(sent)
            if len(sents) >= _SCORED_SENTENCES:
                return True
    return False


def _maybe_score(text: str, _lower: str) -> bool:
    """A word a score is read at: a dash, or a word of digits with a dash."""
    return text in _DASHES or (text[:1].isdigit() and any(d in text for d in _DASHES))


def _side(text: str) -> bool:
    """A number that may be one side of a score (one or two digits)."""
    return text.isdigit() and len(text) <= _SIDE_DIGITS


def score_at(words: Words, k: int) -> bool:
    """Word k is a score written as one word ("2-1") or the dash of one
    written in three ("6 - 3"), not a part of a date ("1996-08-25") or of a
    range of years."""
    text = words[k].text
    n = len(words)
    if text in _DASHES:
        if not (
            0 < k < n - 1 and _side(words[k - 1].text) and _side(words[k + 1].text)
        ):
            return False
        # "1996 - 08 - 25": a dash before or after the numbers chains a date
        before = words[k - 2].text if k >= 2 else ""
        after = words[k + 2].text if k + 2 < n else ""
        return before not in _DASHES and after not in _DASHES
    for dash in _DASHES:
        a, sep, b = text.partition(dash)
        if sep:
            return _side(a) and _side(b)
    return False


def has_margin(words: Words, lo: int, hi: int) -> bool:
    """Words [lo, hi) (a sentence) tell a winning margin: a unit of one after
    "by" or "on" ("by five wickets", "by an innings and 10 runs", "on
    penalties", "by three strokes")."""
    for k in range(lo, hi):
        if words[k].lower in lex.SPORTS_MARGINS:
            back = max(lo, k - _MARGIN_REACH)
            if any(words[m].lower in _MARGIN_OPENERS for m in range(back, k)):
                return True
    return False


def find_players(layer: WordLayer, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with the names of two words or more that read as a
    person's but have no evidence of it (no given name: "Tiger Woods") made
    players' where the text speaks of sport: anywhere on a sports page, or
    beside a result verb in a sentence that tells a score or a winning margin
    ("Tiger Woods won the Masters by 12 strokes"). Clubs are named by towns
    or listed (`clubs`, the known organisations), so a name of plain words
    there is a player's; a name holding a place stays as it was. On the page
    at large, a name with a common word in it is left alone ("Sky Sports",
    "Red Bull"), and so is one after a determiner ("the Super Bowl")."""
    words = layer.words
    page: bool | None = None
    for c in cands:
        if c.rule != "person-caps" or c.kind != "person" or c.j - c.i < 2:
            continue
        # a name's inner particles are read as neither stop nor common words
        # ("Aravinda de Silva", "Giovanni van Bronckhorst")
        inner = [w for w in words[c.i : c.j] if not _particle(w)]
        if len(inner) < 2 or any(
            w.place >= 0
            or w.stop
            or w.keyword is not None
            or not w.is_alpha
            or w.in_caps_line  # a headline capitalises every word
            for w in inner
        ):
            continue
        if c.i > 0 and words[c.i - 1].low in _DETERMINERS:
            continue  # "the Super Bowl", "a Grand Slam": a thing
        if page is None:
            page = sports_document(layer)
        if (page and common_words().isdisjoint(w.low for w in inner)) or _beside_result(
            layer, c.i, c.j
        ):
            c.rule, c.weak = "person-sport", False
    return cands


def _particle(w: Word) -> bool:
    """A lower-case particle inside a person's name ("de", "van", "bin")."""
    return w.text in lex.NAME_PARTICLES


# Words before a name that make it a thing's or an event's, not a person's
# ("the Super Bowl"); not "a", which opens a phrase the name may modify ("a
# Hiroshige Yanagimoto cross").
_DETERMINERS = frozenset(("the", "this", "that", "its", "their"))


def _beside_result(layer: WordLayer, i: int, j: int) -> bool:
    """Words [i, j) stand right before or after a result verb in a sentence
    with a score or a winning margin (within `_RESULT_REACH` words of it)."""
    words = layer.words
    verb = -1
    if j < len(words) and words[j].low in lex.RESULT_VERBS:
        verb = j
    elif i > 0 and words[i - 1].low in lex.RESULT_VERBS:
        verb = i - 1
    if verb < 0:
        return False
    sent = words[verb].sent
    lo = verb
    while lo > max(0, verb - _RESULT_REACH) and words[lo - 1].sent == sent:
        lo -= 1
    hi = verb + 1
    while hi < min(len(words), verb + _RESULT_REACH) and words[hi].sent == sent:
        hi += 1
    return has_margin(words, lo, hi) or any(score_at(words, k) for k in range(lo, hi))


def nation_sides(layer: WordLayer) -> list[tuple[int, int, str]]:
    """The spans (start, end, country) of the mentions of a nation with a
    national team of its own that the gazetteer holds as a part of a country
    ("England", "Scotland", `lex.SPORTS_NATIONS`) written as a side of a
    match's result: right before or after a result verb in a sentence with a
    score or a winning margin ("England beat Pakistan by 107 runs"). There
    the nation acts as a country does; elsewhere it stays a place alone ("in
    England on Monday", "the Bank of England")."""
    words = layer.words
    places = layer.places
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(words):
        w = words[k]
        if w.place < 0:
            k += 1
            continue
        j = k + 1
        while j < len(words) and words[j].place == w.place:
            j += 1
        place = places[w.place]
        if (
            place.country
            and place.kind != "country"
            and place.start == w.start
            and place.end == words[j - 1].end
            and " ".join(x.lower for x in words[k:j]) in lex.SPORTS_NATIONS
            and _beside_result(layer, k, j)
        ):
            out.append((place.start, place.end, place.country))
        k = j
    return out


# Words read on each side of a result verb for a score or a margin.
_RESULT_REACH = 30


def sentence_range(words: Words, k: int) -> tuple[int, int]:
    """The word range of the sentence of word k."""
    sent = words[k].sent
    lo = k
    while lo > 0 and words[lo - 1].sent == sent:
        lo -= 1
    hi = k
    while hi < len(words) and words[hi].sent == sent:
        hi += 1
    return lo, hi
