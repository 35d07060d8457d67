"""Small readings of the text around a match, shared by the context checks."""

from __future__ import annotations

import regex

from .._data import lazy, word_classes
from . import lexicon as lx

__all__ = [
    "as_many_count",
    "contract_noun_after",
    "event_noun_after",
    "figures_for",
    "named",
    "of_follows",
    "opening_name",
    "quant_mod",
    "starts_sentence",
    "title_line",
    "title_unit",
    "upper",
    "word_before",
    "word_before_limit",
]

_WORD_BEFORE = lazy(lambda: regex.compile(r"([\w'.$£€-]++)[^\w\n]{0,3}+$"))
_NAME_BEFORE = lazy(lambda: regex.compile(r"(?<=[a-z,;]\s++)(\p{Lu}[\p{L}.]*+)\s++$"))
_OF_NEXT = lazy(lambda: regex.compile(r"\s++of\b"))


def word_before(norm: str, start: int) -> str:
    """The word just before `start` (lower case), skipping a little punctuation."""
    m = _WORD_BEFORE().search(norm, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def word_before_limit(norm: str, start: int) -> str:
    """The word before `start` as `word_before`, looking past "at least" right
    before it: the preposition of "until at least [May]", "through at least
    [the summer]" makes the time a date as "until [May]" does."""
    m = _AT_LEAST_BEFORE().search(norm, max(0, start - 20), start)
    return word_before(norm, m.start() if m else start)


_AT_LEAST_BEFORE = lazy(lambda: regex.compile(r"\bat\s++least\s++$", regex.IGNORECASE))


_OVER = lazy(lambda: word_classes("dates/data/over_amounts.tsv"))
_WORD_AFTER = lazy(lambda: regex.compile(r"[\s,]*+([\w']++)"))


def quant_mod(norm: str, quant: str | None, q_start: int, end: int) -> str | None:
    """The TIMEX3 mod of a quantifier `quant` starting at `q_start` before an
    amount of time ending at `end`.

    "over" is "more than" only after a preposition, a copula or a verb of
    measure ("for over two years", "lasted over a week") or before a word that
    makes the amount a measure ("over two years ago", "over a decade of war");
    elsewhere it is a preposition of time, "during": "fighting raged over two
    days", "will be repaid over 10 years" (`data/over_amounts.tsv`).
    """
    q = " ".join((quant or "").lower().split())
    if q == "over":
        nxt = _WORD_AFTER().match(norm, end)
        if word_before(norm, q_start) not in _OVER()["before"] and (
            nxt is None or nxt.group(1).lower() not in _OVER()["after"]
        ):
            return None
    return lx.QUANT_MODS.get(q)


_AS_MANY = lazy(lambda: regex.compile(r"\bas\s++$", regex.I))
_COUNT_WORD = lazy(
    lambda: regex.compile(
        r"\b(?:(?P<num>\d{1,2}+)(?![\d.,:%-])|(?P<word>"
        + "|".join(
            sorted(
                (k for k in (*lx.NUMBERS, *lx.DAY_ORDINALS) if " " not in k),
                key=len,
                reverse=True,
            )
        )
        + r")|(?P<ord>\d{1,2}+)(?:st|nd|rd|th))\b",
        regex.I,
    )
)


def as_many_count(norm: str, start: int) -> int | None:
    """The count that "as many" at `start` (the start of "many") repeats: "the
    third general election in as many years" is three years, "three attacks in
    as many days" three days. The last number or ordinal word of the sentence
    before it; None when "as" does not come right before, or no count does."""
    if not _AS_MANY().search(norm, max(0, start - 6), start):
        return None
    lo = max(norm.rfind(c, 0, start) for c in ".!?\n") + 1
    count = None
    for m in _COUNT_WORD().finditer(norm, lo, start):
        word = m["word"]
        if word is not None:
            if word.lower() in ("a", "an"):
                continue
            count = lx.NUMBERS.get(word.lower()) or lx.DAY_ORDINALS.get(word.lower())
        else:
            count = int(m["num"] or m["ord"])
    return count if count and count > 1 else None


def upper(s: str | None) -> bool:
    """`s` is given and starts with a capital."""
    return s is not None and s[:1].isupper()


_NAME_OK = (
    frozenset(lx.MONTHS)
    | frozenset(lx.SEASONS)
    | {"fiscal", "fy", "year", "mid", "early", "late"}
)


def named(norm: str, start: int) -> bool:
    """The word right before `start` is a capitalised name word inside a sentence."""
    m = _NAME_BEFORE().search(norm[max(0, start - 40) : start])
    return m is not None and m.group(1).lower().rstrip(".") not in _NAME_OK


def starts_sentence(norm: str, start: int) -> bool:
    """Only quotes and spaces between `start` and a sentence end (or text start)."""
    i = start
    while i > 0 and norm[i - 1] in " \t\"'`(":
        i -= 1
    return i == 0 or norm[i - 1] in ".!?\n:"


_OPENING_WORD = lazy(lambda: regex.compile(r"(\p{Lu}[\p{L}-]*+)\s++$"))
_OPENERS = lazy(lambda: word_classes("dates/data/year_openers.tsv")["opener"])


def opening_name(norm: str, start: int) -> bool:
    """The word right before `start` opens its sentence, is capitalised and is
    none of the words that lead into a year ("In 2019", "The 2024 election",
    `data/year_openers.tsv`): a name holding the year ("Project 2025 was
    drafted", "Vision 2030 aims")."""
    m = _OPENING_WORD().search(norm, max(0, start - 30), start)
    if m is None or not starts_sentence(norm, m.start(1)):
        return False
    word = m.group(1).lower()
    return word not in _OPENERS() and word.rstrip(".") not in _NAME_OK


def of_follows(norm: str, end: int) -> bool:
    """ "of" follows `end` ("a quarter [of] the vote", "the fall [of] the city")."""
    return _OF_NEXT().match(norm[end : end + 5]) is not None


def title_unit(m: regex.Match[str], norm: str) -> bool:
    """A capitalised unit inside a sentence is a title ("60 Minutes", "This
    Week"); an article opening the sentence does not make it the sentence's
    first word ("The Six-Day War began", "The Hundred Years' War ended")."""
    start = m.start()
    if "num" in m.re.groupindex and m.group("num") and m.group("num")[0].isupper():
        start = m.start("num")
    return (
        m.group("unit")[0].isupper()
        and not starts_sentence(norm, start)
        and not title_line(norm, start)
    )


_LINE_WORD = lazy(lambda: regex.compile(r"\p{L}[\p{L}'\u2019]*+"))
_TITLE_LINE_MAX = 160
"""Longer lines are prose, not a headline (which is read in a window this wide)."""


def title_line(norm: str, at: int) -> bool:
    """`at` lies in a Title Case line: a headline whose words of four letters or
    more all start with a capital ("Strike Set For Next Week", "Markets Fall On
    Friday As Oil Jumps"), at least three of them, with no final full stop.
    There a capital says nothing about a name or a title, so the checks that
    read one as such ("This Week" inside a sentence) do not apply. A line in
    capitals ("NEXT WEEK'S SUMMIT") counts too."""
    lo = max(0, at - _TITLE_LINE_MAX)
    a = norm.rfind("\n", lo, at)
    if a < 0 and lo > 0:
        return False
    b = norm.find("\n", at, at + _TITLE_LINE_MAX)
    if b < 0:
        if len(norm) - at > _TITLE_LINE_MAX:
            return False
        b = len(norm)
    line = norm[a + 1 : b].rstrip()
    if not line or line[-1] == ".":
        return False
    long_words = 0
    for w in _LINE_WORD().findall(line):
        if len(w) >= 4:
            if not w[0].isupper():
                return False
            long_words += 1
    return long_words >= 3


# A month's figures named just before it: "retail sales for February", "the
# jobs report for March", "inflation data for January".
_FIGURES_FOR = lazy(
    lambda: regex.compile(
        r"\b(?:results|earnings|figures|numbers|data|sales|statistics|report|payrolls"
        r"|exports|imports|output|inflation|unemployment)\s++for\s++$",
        regex.I,
    )
)


def figures_for(norm: str, start: int) -> bool:
    """A month's figures are named right before `start` ("retail sales for
    [February]", "the jobs report for [March]"): the month is a statistic's
    period, a date even when its name is also a word or a name ("data for May")."""
    return _FIGURES_FOR().search(norm, max(0, start - 40), start) is not None


_NEXT_WORD = lazy(lambda: regex.compile(r"\s++(\p{Ll}[\p{Ll}-]*+)\b"))
_EVENT_NOUNS = lazy(lambda: word_classes("dates/data/month_nouns.tsv")["event_noun"])


def event_noun_after(norm: str, end: int) -> bool:
    """The word after `end` is a noun of an event or a report that a month or
    season before it dates ("the March accession", "an autumn election";
    `data/month_nouns.tsv`)."""
    nxt = _NEXT_WORD().match(norm, end)
    return nxt is not None and nxt.group(1) in _EVENT_NOUNS()


_CONTRACT_NOUNS = lazy(
    lambda: word_classes("dates/data/month_nouns.tsv")["contract_noun"]
)


def contract_noun_after(norm: str, end: int) -> bool:
    """The word after `end` makes the month before it a market contract's
    month ("for June delivery", "the December contract"), which lies ahead."""
    nxt = _NEXT_WORD().match(norm, end)
    return nxt is not None and nxt.group(1) in _CONTRACT_NOUNS()
