"""What kind of line a sentence is: a headline, a results line, a byline, or
prose.

Only true headlines are weak ground for names (Title Case and ALL-CAPS lines
capitalise every word): a results line ("Anna Keller ( Switzerland ) 1:52.04",
"Japan 2 Syria 1"), a byline ("By John Smith") or a contact line lacks a final
stop too, yet its capitals are names. What a results line names is read by
`teams`.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from itertools import compress

import regex

from ..language.tagger_lexicon import lexicon
from . import lexicon as lex
from .words import Word, Words

__all__ = [
    "HEADLINE",
    "NUMBER",
    "RESULTS",
    "digit_first",
    "dismissal_at",
    "is_rank",
    "line_kind",
    "side_and_score",
]

HEADLINE = "headline"
RESULTS = "results"
BYLINE = "byline"
PROSE = "prose"

# A score, a time or a distance: "2-1", "1:52.04", "10.5", "6-4".
_SCORE = regex.compile(r"\d++(?:[-:.,/]\d++)++")
# A number written in digits (a score side, a rank, a row's figure).
NUMBER = regex.compile(r"\d++")
_ENDS = (".", "?", "!", '"', "'", ":")


def line_kind(
    ws: Words, contacts: bool = True, ranked: bool = False, after_row: bool = False
) -> str:
    """The kind of the line made of the words `ws` (one sentence); `contacts`
    is false when the caller knows no word of the line holds an "@" (no
    contact line: its words are then not joined to look for one); `ranked`:
    the sentence before is a rank alone ("2 ." of "2. Mario Cipollini ...");
    `after_row`: the sentence before is a results line, which a side and its
    score alone continue ("... and 45-1 . Somerset 250 .")."""
    alpha = list(compress(ws, map(_IS_ALPHA, ws)))
    if not alpha:
        return PROSE
    if after_row and side_and_score(ws):
        return RESULTS
    if _caps_sentence(ws, alpha):
        return HEADLINE  # "RUGBY UNION - ENGLAND BEAT WALES 24-10 IN CARDIFF"
    if (len(alpha) <= _RESULTS_WORDS or _scorecard(ws, alpha)) and (
        _results(ws, ranked) or _batting(ws)
    ):
        return RESULTS
    if _scored_entries(ws, alpha):
        return RESULTS
    if alpha[0].lower in lex.CREDIT_WORDS and len(alpha) <= 8:
        return BYLINE  # "By John Smith", "Reporting by Jane Doe; Editing by ..."
    if _credits(ws, alpha):
        return (
            BYLINE  # "(Reporting by A B; Additional reporting by C D; Editing by E F)"
        )
    if contacts and "@" in " ".join(map(_TEXT, ws)):
        return BYLINE  # a contact line with an e-mail address
    if len(alpha) >= 3 and all(
        w.text.isupper() and len(w.text) <= _HEADER_LETTERS for w in alpha
    ):
        return HEADLINE  # a table's column heads: "W L PCT GB", "P W D L F A PTS"
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
    if ws[-1].text.endswith(_ENDS) or _scored_names(ws):
        return PROSE
    long_words = [w for w in alpha if len(w.text) > 3]
    titled = sum(1 for w in long_words if w.text[0].isupper())
    if len(long_words) >= 3 and titled >= 0.75 * len(long_words):
        return HEADLINE
    return PROSE


def _scored_names(ws: Words) -> bool:
    """A score and a list of names that share it, as a golf leaderboard
    writes them ("67 Hal Sutton , Fred Couples"): a number, then capitalised
    words and commas only, one comma at least. No headline in title case
    lists names so; its words are the players' names, not a headline's."""
    return (
        len(ws) >= 4
        and NUMBER.fullmatch(ws[0].text) is not None
        and any(w.text == "," for w in ws)
        and all(w.is_cap or w.text == "," for w in ws[1:])
    )


def _caps_sentence(ws: Words, alpha: list[Word]) -> bool:
    """A line in capitals that holds a preposition is a headline's sentence,
    whatever score it gives ("ENGLAND BEAT WALES 24-10 IN CARDIFF", "LEEDS
    BEAT ARSENAL 2-1 AT ELLAND ROAD"): a results row is names and numbers
    ("JAPAN 2 SYRIA 1"), its "at" a time gap ("AT 0:12"), its "v" a fixture."""
    if len(alpha) < 3 or not all(w.text.isupper() for w in alpha):
        return False
    entries = lexicon().entries
    for n, w in enumerate(ws[:-1]):
        if not w.is_alpha or w.lower in lex.FIXTURE_WORDS:
            continue
        if w.lower == "at" and digit_first(ws[n + 1].text):
            continue
        entry = entries.get(w.lower)
        if entry is not None and entry[0] in ("IN", "TO"):
            return True
    return False


# Letters at most of each of a table's column heads ("W", "PCT", "PTS").
_HEADER_LETTERS = 3


# Words at most of a wire story's credit line (three or four credits).
_CREDIT_MAX_WORDS = 32


def _credits(ws: Words, alpha: list[Word]) -> bool:
    """A wire story's credit line: credits parted by ";", each opening with a
    credit word ("Reporting by", "Additional reporting by", "Editing by",
    "Writing by") before "by" and the names."""
    if len(alpha) > _CREDIT_MAX_WORDS or alpha[-1].lower == "by":
        return False
    if ";" not in map(_TEXT, ws):
        return False  # one part: no credits (the words asked in a C-level step)
    parts: list[list[Word]] = [[]]
    for w in ws:
        if w.text == ";":
            parts.append([])
        elif w.is_alpha:
            parts[-1].append(w)
    if len(parts) < 2:
        return False
    for part in parts:
        at = next((n for n, w in enumerate(part[:3]) if w.lower == "by"), -1)
        if at < 1 or part[at - 1].lower not in lex.CREDIT_WORDS:
            return False
    return True


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
    numbers = [n for n, w in enumerate(ws) if digit_first(w.text)]
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
    return sum(1 for w in ws if digit_first(w.text)) > _SCORECARD_LOWER


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
    if not (ws[0].is_cap and NUMBER.fullmatch(ws[-1].text)):
        return False
    return any(
        ws[k - 1].is_cap and dismissal_at(ws, k, len(ws)) for k in range(1, len(ws) - 1)
    )


# Words starting with a letter, at most, of a side and its score alone.
_SIDE_WORDS = 4


def side_and_score(ws: Words) -> bool:
    """The sentence is a side and its score alone ("Somerset 250 .",
    "Yorkshire 355 and 120-3 ."): capitalised words, then figures (joined by
    "and" or "for"), which after a results line continue it."""
    n = 0
    while n < len(ws) and ws[n].is_cap and ws[n].is_alpha:
        n += 1
    if n == 0 or n > _SIDE_WORDS or n == len(ws) or not digit_first(ws[n].text):
        return False
    rest = ws[n:-1] if ws[-1].text == "." else ws[n:]
    return all(
        digit_first(w.text) or w.text in ("-", "/") or w.lower in ("and", "for")
        for w in rest
    )


def _scored_entries(ws: Words, alpha: list[Word]) -> bool:
    """A line that opens with a score or a rank and lists names each with its
    country in brackets, in capitals only ("66 Ernie Els ( South Africa )",
    "69 Bernhard Langer ( Germany ) , Ian Woosnam ( Britain )"): a table's
    row of players, however many share the score."""
    if len(alpha) > _SCORECARD_WORDS or not NUMBER.fullmatch(ws[0].text):
        return False
    n = 2 if len(ws) > 1 and ws[1].text in ("-", ".") else 1
    if not _bracket_name(ws[n:]):
        return False
    for k in range(n, len(ws)):
        w = ws[k]
        if w.is_alpha and not w.text[0].isupper():
            return False  # a word in lower case: prose ("66 people died (AP)")
        if not (w.is_alpha or w.text in _ENTRY_MARKS):
            return False
        if w.text == "(" and (k + 1 == len(ws) or ws[k + 1].place < 0):
            return False  # a country in brackets, not "12 Killed ( Update )"
    return True


# What stands between the names of a row of entries besides names: brackets,
# commas and periods of abbreviated countries ("( U.S. )").
_ENTRY_MARKS = frozenset(("(", ")", ",", "."))


def _bracket_name(ws: Words) -> bool:
    """The line opens with a name and a word in brackets right after it
    ("Mario Cipollini ( Italy )")."""
    n = 0
    while n < len(ws) and ws[n].is_cap:
        n += 1
    return n > 0 and n + 2 < len(ws) and ws[n].text == "(" and ws[n + 1].is_cap


def is_rank(ws: Words) -> bool:
    """The line is a rank alone: "2 .", "12."."""
    return (
        1 <= len(ws) <= 2
        and ws[0].text.rstrip(".").isdigit()
        and (len(ws) == 1 or ws[1].text == ".")
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


# First character -> whether it is a digit (`NUMBER` matches there).
_DIGIT_FIRST: dict[str, bool] = {}


def digit_first(text: str) -> bool:
    """`NUMBER.match(text)`, read once per first character: the word starts
    with a digit."""
    head = text[:1]
    got = _DIGIT_FIRST.get(head)
    if got is None:
        got = _DIGIT_FIRST[head] = NUMBER.match(head) is not None
    return got
