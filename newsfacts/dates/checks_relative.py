"""Context checks of relative expressions: "the week" after "for", "at the
weekend" (not "the weekend market"), "today" and "tonight", parts of the day
(not "the evening of his life"), "now", "the past", "the future", and
"year-earlier".

Each check takes the match and the text and returns False (not a time
expression), True (keep the match) or the (start, end) span to keep;
`checks.CHECKS` maps each rule to its check.
"""

from __future__ import annotations

import regex

from .._data import lazy, word_classes
from . import lexicon as lx
from .ahead import match_ahead
from .checks_calendar import _DETERMINERS
from .context import (
    title_unit,
    word_before,
)

__all__ = [
    "deictic_ok",
    "part_of_day_ok",
    "ref_ok",
    "relative_ok",
    "year_adj_ok",
]

# Small context patterns of the checks, compiled once on first use.
_HYPHEN_NEXT = lazy(lambda: regex.compile(r"\s*+-"))
_LOWER_NEXT = lazy(lambda: regex.compile(r"\s++\p{Ll}"))
_SOON_AFTER_NEXT = lazy(lambda: regex.compile(r"\s++(?:after|before|as|afterwards)\b"))
# A count after "the past": the adjective of a stretch ("the past six
# seasons", "the past 12 games"), not the noun PAST_REF; also "the past
# season", a sport's last one. Not "a": "in the past a firm could ...".
_COUNT_NEXT = lazy(
    lambda: regex.compile(
        r"\s++(?:few|several|couple|dozen|many|\d|seasons?+\b|(?:"
        + "|".join(sorted(set(lx.NUMBERS) - {"a", "an"}, key=len, reverse=True))
        + r")\b)",
        regex.IGNORECASE,
    )
)


# Words before "the week/month/year" that make it the current period ("for the year").
_THE_PERIOD_BEFORE = frozenset(
    "for during in into through throughout over of this and until".split()
)


_WEEKEND_BEFORE = frozenset("at on by before after since from".split())
# After "at the weekend": punctuation or a word that goes on with the clause;
# "at the weekend market" names a market.
_CLAUSE_GOES_ON = lazy(
    lambda: regex.compile(
        r"\s*+(?:[.,;:!?)\"'\u2019\u201d]|$|(?:after|before|and|or|but|when|as|in|on|at|to|"
        r"for|with|from|by|amid|despite|following|while|because|that|than|said|says)\b)",
        regex.IGNORECASE,
    )
)


def relative_ok(m: regex.Match[str], norm: str) -> bool:
    if title_unit(m, norm):
        return False
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("unit").lower()
    if m.group("pos"):
        return True
    if unit == "day":
        return rel in {
            "that",
            "the same",
            "same",
            "that same",
            "the following",
            "the next",
            "the previous",
        }
    if rel in {"the", "that", "the same", "that same"}:
        before = word_before(norm, m.start())
        if (
            rel == "the"
            and before not in _THE_PERIOD_BEFORE
            # "at the weekend" (British), "by the weekend", "after the weekend"
            and not (
                unit == "weekend"
                and before in _WEEKEND_BEFORE
                and _CLAUSE_GOES_ON().match(norm, m.end())
            )
        ):
            return False
        if _HYPHEN_NEXT().match(norm[m.end() : m.end() + 3]):
            return False
        return unit in {"week", "month", "year", "weekend", "decade", "century"}
    return True


def deictic_ok(m: regex.Match[str], norm: str) -> bool:
    d = m.group("d")
    if d[0].isupper() and d.lower() == "today":
        prev = norm[max(0, m.start() - 20) : m.start()].split()
        if prev and prev[-1][:1].isupper() and prev[-1][-1:] not in ".:\"'":
            return False  # "USA Today"
    return True


# After "the evening of", a date or a day: "the morning of May 12", "the night of
# the attack" (an event's day); not "the late evening of his life" (a stage of a
# life: the nouns of `data/not_times.tsv`, class `span_of_life`).
_OF_A_LIFE = lazy(
    lambda: regex.compile(
        r"\s++of\s++(?:his|her|their|its|my|our|your|a|an)\s++(?:\w++\s++)?"
        rf"(?:{'|'.join(sorted(word_classes('dates/data/not_times.tsv')['span_of_life']))})\b",
        regex.IGNORECASE,
    )
)
# The runs of word characters `_OF_A_LIFE` can read ("of", the possessive, a
# word before the span, the span's own), so that it is asked over those only
# (`match_ahead`): it needs "of", which `regex` would look for through all the
# rest of the text after every part of the day.
_OF_A_LIFE_WORDS = lazy(
    lambda: (
        3
        + max(
            len(regex.findall(r"\w++", w))
            for w in word_classes("dates/data/not_times.tsv")["span_of_life"]
        )
    )
)


def part_of_day_ok(m: regex.Match[str], norm: str) -> bool:
    if match_ahead(_OF_A_LIFE(), norm, m.end(), _OF_A_LIFE_WORDS()):
        return False
    if m.group("rel").lower() != "the":
        return True
    return word_before(norm, m.start()) in {
        "in",
        "during",
        "overnight",
        "early",
        "late",
        "of",
        "through",
    }


_NOT_CURRENT = lazy(
    lambda: regex.compile(
        r"\s++(?:account|accounts|affairs|events|density|flow|flows|speed|sea|ocean|"
        r"river|electric|of|and|,|\.|through)\b",
        regex.IGNORECASE,
    )
)


def ref_ok(m: regex.Match[str], norm: str) -> bool:
    word = (m.group("word") or "").lower()
    if not word:
        return True
    after = norm[m.end() : m.end() + 12]
    before = word_before(norm, m.start())
    if word.startswith("then"):
        # "the then current price", "its then-current owner"; not the adverb
        # ("and then current accounts fell").
        return bool(_LOWER_NEXT().match(after)) and (
            "-" in word or before in _DETERMINERS
        )
    if word == "current":
        return bool(_LOWER_NEXT().match(after)) and not _NOT_CURRENT().match(after)
    if word == "earlier":
        # Sentence-initial "Earlier," refers to the past; elsewhere it is comparative.
        return m.group("word")[0] == "E" and after.startswith(",")
    if word in {"soon", "shortly"}:
        return before != "as" and not _SOON_AFTER_NEXT().match(after)
    if word == "future":
        return before in {"near", "in", "the", "for"} or after[:1] in ",."
    if word == "the past":
        return not _COUNT_NEXT().match(after)
    return True


def year_adj_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    # "the year-earlier $4.5 million": the article belongs to the noun.
    return (m.start("w") - len("year-"), m.end()) if m.group("the") else True
