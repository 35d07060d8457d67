"""Context checks of durations, amounts of time before "ago", and sets.

An amount of time is often no duration: "$5 a day" and "four flights a week"
are rates, "a second term" an ordinal, "three quarters of the vote" a share,
"expected to last four weeks" a verb, "1.5 minutes" a score. `range_head`
finds the first number of a range ("two" of "two to six days"), which the
recogniser makes an expression of its own.
"""

from __future__ import annotations

import itertools

import regex

from .._data import lazy
from . import lexicon as lx
from .context import as_many_count, of_follows, quant_mod, title_unit, word_before
from .exclusions import is_age

__all__ = [
    "ago_ok",
    "duration_bare_ok",
    "duration_compound_ok",
    "duration_ok",
    "duration_unit_ok",
    "range_head",
    "set_every_ok",
]

# Small context patterns, compiled once on first use.
_IN_A_ROW = lazy(lambda: regex.compile(r"(?i)straight|consecutive"))
_DECIMAL = lazy(lambda: regex.compile(r"\d++\.\d++"))
_CURRENCY_BEFORE = lazy(lambda: regex.compile(r"[$£€]\s*+$"))
_VAGUE_COUNT = lazy(lambda: regex.compile(r"(?i)few|couple|dozen|hundred|half"))
_THAN_OF_BEFORE = lazy(lambda: regex.compile(r"\b(?:than|of)\W*+$"))
_OF_OR_TWO_NEXT = lazy(lambda: regex.compile(r"\s++(?:of|or\s++two)\b"))
_THAN_NEXT = lazy(lambda: regex.compile(r"\s++than\b"))
_AFTER_BEFORE_NEXT = lazy(lambda: regex.compile(r"\s++(?:after|before)\b"))

# Words before "a week", "a year" that make it a rate ("$2 million a year").
_RATE_BEFORE = lazy(
    lambda: regex.compile(
        r"(?:\d|\b(?:once|twice|times|per|million|billion|thousand|hundred|dozen|percent|dollars|cents|"
        r"flights|seats|shares|units|people|barrels|tons|tonnes|visits|trips|meetings|sessions|hours|"
        r"days|miles|kilometers|calls|cases|deaths))\W*+$",
        regex.IGNORECASE,
    )
)


# A unit counted to fill the next larger one ("24 hours a day", "seven days a
# week", "365 days a year"): a way of saying "all the time", like "24/7".
_WHOLE_OF: dict[str, tuple[frozenset[object], str]] = {
    "hour": (frozenset({24, "24"}), "day"),
    "day": (frozenset({7, "7", 365, "365"}), "(?:week|year)"),
    "minute": (frozenset({60, "60"}), "hour"),
}

# The units of a compound amount, largest first.
_UNIT_RANK = {
    "year": 0,
    "month": 1,
    "week": 2,
    "day": 3,
    "hour": 4,
    "minute": 5,
    "second": 6,
}


def duration_compound_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    """The units of "2 hours, 16 minutes" go down ("3 years, 5 years" is a
    list); an age ("2 years and 3 months old") is none."""
    units = [m.group(g) for g in ("u1", "u2", "u3") if m.group(g)]
    ranks = [_UNIT_RANK[u.lower()] for u in units]
    if any(b <= a for a, b in itertools.pairwise(ranks)):
        return False
    if is_age(norm, m.start("span"), m.end("span")):
        return False
    return m.start("span"), m.end("span")


_MODAL_TO = frozenset("to will would could may might can should must did does".split())


_AS_NEXT = lazy(lambda: regex.compile(r"\s++as\b", regex.I))


def duration_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    if title_unit(m, norm):
        return False
    if is_age(norm, m.start("span"), m.end("span")):
        return False  # "children aged 18 months", "5 years of age"
    if range_head(m, norm) is not None:
        return m.start("num"), m.end("span")  # "six days" of "two to six days"
    num = m.group("num").lower()
    unit = m.group("unit").lower()
    if (
        num == "many"
        and word_before(norm, m.start("num")) == "as"
        and not _AS_NEXT().match(norm, m.end())
    ):
        # "the third general election in as many years": as many units as the
        # count before (three years); none to repeat, no amount is named.
        if m.group("the") or as_many_count(norm, m.start("num")) is None:
            return False
        return norm.rfind("as", 0, m.start("num")), m.end("span")
    whole = _WHOLE_OF.get(unit)
    if (
        whole is not None
        and lx.NUMBERS.get(num, num) in whole[0]
        and regex.match(
            rf"\s++(?:a|an|per)\s++{whole[1]}\b", norm[m.end() : m.end() + 12]
        )
    ):
        return False  # "24 hours a day", "seven days a week": always, as "24/7"
    if num in {"a", "an"} or m.group("the") in ("a", "an"):
        if unit == "second" and not m.group("rel"):
            return False  # "a second term"
        if unit == "quarter" and not m.group("rel"):
            return False  # "a quarter of"
        if _RATE_BEFORE().search(norm[max(0, m.start("span") - 14) : m.start("span")]):
            return False  # "$5 a day": a rate
    # "three quarters of the vote" is a share; "several quarters of losses" (a
    # vague count) or "six straight quarters of growth" are time.
    if (
        unit == "quarter"
        and of_follows(norm, m.end())
        and num not in lx.VAGUE_NUMBERS
        and not _IN_A_ROW().search(m.group())
    ):
        return False
    if unit == "second" and not m.group("plural") and num not in {"one", "1"}:
        return False  # "the second"
    if unit == "minute" and _DECIMAL().fullmatch(num):
        return False  # "3.5 minutes" is rare; "1.5 minutes" reads as a score
    if (
        m.group("num")[0].isdigit()
        and m.group("the") is None
        and _CURRENCY_BEFORE().search(
            norm[max(0, m.start("span") - 2) : m.start("span")]
        )
    ):
        return False
    rel = (m.group("rel") or "").lower()
    if rel and _AGO_AFTER().match(norm, m.end()):
        # "lost in the French Open final five weeks ago": the word before the
        # amount ends the noun phrase before it ("five weeks ago" is the time).
        return False
    if rel == "last" and word_before(norm, m.start("rel")) in _MODAL_TO:
        return m.start("num"), m.end("span")  # "expected to last four weeks": a verb
    article = (m.group("the") or "").lower()
    if (
        article in ("a", "an") or (article and "-" in m.group("hy"))
    ) and not _VAGUE_COUNT().match(num):
        # "a two-year term": the article belongs to the noun phrase, not the duration.
        start = m.start("rel") if m.group("rel") else m.start("num")
        if "-" in m.group("hy"):
            start = m.start("num")  # "the next two-year term": "next" is the term's
        return (m.start("qin") if m.group("qin") else start), m.end("span")
    if m.group("rel") and "-" in m.group("hy") and not m.group("plural"):
        # "the RBA's next two-day meeting": an adjective before its noun; the
        # relative word goes with the noun.
        return (m.start("qin") if m.group("qin") else m.start("num")), m.end("span")
    return True


def duration_unit_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    the = m.group("the").lower()
    rel = (m.group("rel") or "").lower()
    unit = m.group("unit").lower()
    if the == "the" and not rel:
        return False
    if the == "the" and rel in {"first", "same"}:
        return False
    q = " ".join((m.group("q") or "").lower().split())
    if the == "the" and q in lx.QUANT_OUTSIDE:
        return m.start(
            "the"
        ), m.end()  # "over the next decade": "over" is a preposition
    if q == "over" and quant_mod(norm, q, m.start("q"), m.end()) is None:
        return m.start("the"), m.end()  # "fell 4 percent over a week": "during"
    if the == "another" and (rel or unit in {"day", "quarter"}):
        return False  # "live to fight another day", "another quarter of the vote"
    if the in {"a", "an", "another"}:
        if unit in {"quarter", "second"} and not rel:
            return False
        before = norm[max(0, m.start() - 14) : m.start()]
        if (
            _RATE_BEFORE().search(before) or _THAN_OF_BEFORE().search(before)
        ) and not m.group("q"):
            return False
        if _OF_OR_TWO_NEXT().match(norm[m.end() : m.end() + 9]) and not m.group("q"):
            return False
    return True


def ago_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    # Without a number only a plural unit is an amount ("years ago", not "day ago").
    if m.group("num") is None and m.group("plural") is None:
        return False
    if _THAN_NEXT().match(norm[m.end() : m.end() + 6]):
        # "two weeks later than planned": the amount is the expression.
        start = m.start("num") if m.group("num") else m.start("unit")
        return start, m.end("plural") if m.group("plural") else m.end("unit")
    return True


def duration_bare_ok(m: regex.Match[str], norm: str) -> bool:
    if (m.group("rel") or "").lower() == "early":
        # "in the early years of the agency", "its early months": the first
        # stretch of a life or an institution; "it is early days", "the
        # early hours" are other things.
        return m.group("unit").lower() in {"year", "month", "week", "decade"}
    if m.group("q") or m.group("rel"):
        return True
    if m.group("the"):
        return False
    if _NAMED_BEFORE().search(norm, max(0, m.start() - 30), m.start()):
        return False  # "in Asian hours", "during New York hours": a session
    if _AFTER_BEFORE_NEXT().match(norm[m.end() : m.end() + 8]):
        return True  # "Days after the vote"
    if _OF_WHAT().match(norm, m.end()) and (
        m.group("unit").islower() or _sentence_start(norm, m.start())
    ):
        # "follows months of talks", "Days of heavy rain": an amount of the
        # thing; not "years of age", "days of the week", "Days of Our Lives".
        return True
    before = word_before(norm, m.start("span"))
    return before in {
        "for",
        "within",
        "over",
        "in",
        "after",
        "lasting",
        "took",
        "take",
        "takes",
        "spent",
        "than",
        "last",
        "lasted",
    }


# A capitalised word (not opening a sentence) right before a bare plural
# unit: the hours of a market or a place ("in Asian hours", "London hours").
_NAMED_BEFORE = lazy(lambda: regex.compile(r"(?<=[a-z,]\s++)\p{Lu}[\w.]*+\s++$"))


# "of" and a bare noun phrase after a plural unit: what fills the time.
_OF_WHAT = lazy(
    lambda: regex.compile(r"\s++of\s++(?!(?:the|age|this|that|our|my|your)\b)[a-z]")
)


def _sentence_start(norm: str, at: int) -> bool:
    """Only spaces, quotes or brackets lie between `at` and the sentence
    boundary before it (or the text start)."""
    j = at - 1
    while j >= 0 and norm[j] in " \t\"'“‘(":
        j -= 1
    return j < 0 or norm[j] in ".!?\n"


def set_every_ok(m: regex.Match[str], norm: str) -> bool:
    unit = m.group("unit")
    low = unit.lower()
    if low.rstrip("s") in lx.WEEKDAYS or low in lx.MONTHS:
        return unit[0].isupper()
    return True


def range_head(m: regex.Match[str], norm: str) -> tuple[int, int] | None:
    """The span of the first number of a duration range ("two" in "two to six
    days", "three" in "between three and five years"), or None."""
    first = m.groupdict().get("first")
    if not first:
        return None
    sep = m.group("sep").lower()
    if sep == "and" and not norm[
        max(0, m.start("first") - 8) : m.start("first")
    ].lower().rstrip().endswith("between"):
        return None  # "two and five years" is a range only after "between"
    if first.lower() in {"a", "an"}:
        return None
    # "the next 12 to 18 months": the head keeps "the next" ("the next 12").
    if (m.group("the") or "").lower() == "the":
        return m.start("the"), m.end("first")
    rel = (m.group("rel") or "").lower()
    if rel and not (rel == "last" and word_before(norm, m.start("rel")) in _MODAL_TO):
        return m.start("rel"), m.end("first")  # not "expected to last four to six"
    return m.start("first"), m.end("first")


_AGO_AFTER = lazy(lambda: regex.compile(r"\s++(?:ago|later|earlier)\b"))
