"""Anchors: a cheaper test, per rule, that a block may hold one of its matches.

The key-word prefilter (`prefilter.py`) wakes a rule for every block holding
one of its key strings anywhere, even inside another word ("day" in "Monday",
"am" in "Amsterdam", a digit in any number). For the rules that cost most, an
anchor narrows that down: a small pattern every match of the rule contains,
read on the lower-case text. A block whose anchor is absent cannot hold a
match, so the rule is not run there; where the anchor is present the rule runs
as before. Anchors only ever drop blocks where the rule finds nothing, so the
output is the same, only cheaper to get.

Two kinds:

- `SEARCHED`: a pattern looked for anywhere in the block (the digit rules:
  their anchors start with a digit, which the scanner finds fast).
- `AT_KEYS`: a pattern tried only where one of the listed key strings occurs
  (found with `str.find`): a unit word preceded by a number, a month name
  followed by a day, a reference word at the start of a word.

Each anchor is written from its rule in `patterns.py`, as a necessary part of
any match (its comment says which); a change to a rule must keep its anchor a
part of every match, or drop the anchor. The reasoning assumes that
case-insensitive matching is lower-casing and that `\\d` is an ASCII digit,
which holds unless the text has a non-ASCII digit or a letter whose case
folds onto an ASCII letter otherwise ("ſ", "İ"): such a text is left to the
key words alone (`plain`).
"""

from __future__ import annotations

import bisect

import regex

from .._data import lazy
from . import lexicon as lx
from .triggers import TRIGGERS

__all__ = ["AT_KEYS", "SEARCHED", "all_keys", "at_key_patterns", "narrow", "plain"]

_UNITS = (
    "second|minute|hour|day|night|week|fortnight|month|quarter|year|decade"
    "|centur(?:y|ie)"
)
_MONTH_KEYS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october"
    "|november|december"
)
_WEEKDAYS = "|".join(lx.FULL_WEEKDAYS)
_HOURS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_DAY_ORDINALS = "|".join(lx.DAY_ORDINALS)
# The zones `clock24` reads after a time ("z" only in ISO times).
_ZONES = (lx.TIME_ZONES.keys() - {"z"}) | lx.SEASONAL_ZONES


def _number_ends() -> str:
    """Last words of a number, or of what may stand between a number and its
    unit, in the `duration` rule ("two", "a", "a couple of", "several more",
    "two and a half", "five trading days")."""
    words = {k.split()[-1] for k in lx.NUMBERS}
    words |= {k.split()[-1] for k in lx.VAGUE_NUMBERS}
    words |= {"more", "half", "trading", "business", "working", "calendar", "thousand"}
    words |= {"school", "straight", "consecutive"}
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# Rule -> pattern any match of it contains (lower-case text, ASCII digits).
SEARCHED: dict[str, str] = {
    # "2019-11-26", "2019/11/26": four digits, a separator, a month, a
    # separator, a day.
    "iso": r"[0-9][-/.][01][0-9][-/.][0-3][0-9]",
    # "11/26/2019", "26.11.19": a digit, the separator, a digit.
    "numeric": r"[0-9][/.][0-9]",
    # A year is four digits alone (1500-2099), never inside a longer number.
    "year": r"(?<![0-9])(?:1[5-9]|20)[0-9][0-9](?![0-9])",
    # The hour, its minutes, then "a.m.", "pm", "o'clock", "in the", "at night".
    "clock": r"[0-9](?:[:.][0-5][0-9])?+\s*+(?:a\.|p\.|am|pm|o'|in\s|at\s)",
    # "0900 GMT", "14:30 local time", "18h00 hours": minutes, then a zone
    # word, "hours", "hrs" or "local".
    "clock24": (
        r"[0-9][:.h]?[0-5][0-9]\s*+(?:"
        + "|".join(sorted(_ZONES, key=lambda w: (-len(w), w)))
        + r"|hours|hrs|local\s)"
    ),
}

# Rule -> (key strings, pattern matched where one of them starts).
AT_KEYS: dict[str, tuple[tuple[str, ...], str]] = {
    # The unit, then "ago", "earlier", "later", "from now", "hence" or "back".
    "ago": (
        TRIGGERS["ago"],
        rf"(?:{_UNITS})s?+(?:\s++or\s++so)?+\s++(?:ago|earlier|later|from|hence|back)",
    ),
    # The unit after a space or hyphen, itself after a number (or a word that
    # stands between the number and the unit), and not going on as a word.
    "duration": (
        TRIGGERS["duration"],
        rf"(?<=(?:[0-9]|{_number_ends()})[\s-]+)(?:{_UNITS})s?+(?![a-z0-9])",
    ),
    # A unit, a comma, "and" or a space before figures, a count and a
    # smaller unit ("2 hours, 16 minutes", "three years and two months", "1
    # minute 12 seconds", "27 minutes 7.3 seconds").
    "duration_compound": (
        TRIGGERS["duration_compound"],
        r"(?:year|month|week|day|hour|minute)s?+(?:,?+\s++and\s++|,\s*+|\s++(?=[0-9]))[a-z0-9]++(?:\.[0-9]++)?+\s++"
        r"(?:month|week|day|hour|minute|second)",
    ),
    # A plural unit as a word of its own ("years", "centuries").
    "duration_bare": (
        TRIGGERS["duration_bare"],
        r"(?<![a-z0-9])(?:year|month|week|day|hour|minute|decade|centurie)s(?![a-z0-9])",
    ),
    # A singular unit after a space, as a word of its own ("a year").
    "duration_unit": (
        TRIGGERS["duration_unit"],
        r"(?<=\s)(?:year|month|week|day|hour|minute|decade|century|fortnight|quarter)"
        r"(?![a-z0-9])",
    ),
    # The unit as a word, after "last", "this", "the", "year-ago" (and
    # "fiscal", "financial", "calendar").
    "relative": (
        TRIGGERS["relative"],
        r"(?<=(?:past|coming|same|last|this|next|previous|current|following|present"
        r"|that|latest|the|ago|earlier)\s+(?:(?:fiscal|financial|calendar)\s+)?)"
        r"(?:weekend|week|month|year|decade|century|fortnight|day)(?![a-z0-9])",
    ),
    # A month name (or its abbreviation, with its period) before a day number.
    # The hour, a space, then "tonight", "this", "last"... ("at 9 tonight").
    "clock_pod": (TRIGGERS["clock_pod"], r"(?<=[0-9]\s+)[a-z]"),
    "month_day": (TRIGGERS["month_day"], rf"(?:{_MONTH_KEYS})[a-z]*+\.?+\s*+[0-9]"),
    # A month name, a day number, "-", "and", "or", "to" or "through", and a
    # digit ("March 5-6", "Nov. 3 to 5").
    "second_day": (
        TRIGGERS["second_day"],
        rf"(?:{_MONTH_KEYS})[a-z]*+\.?+\s*[0-9][0-9]?(?:st|nd|rd|th)?\s*"
        r"(?:-|–|and|or|to|through)\s*[0-9]",
    ),
    # A day number, "-", "and", "or", "to" or "through", a day number and a
    # month name ("24-25 April", "24 to 26 April").
    "first_day": (
        TRIGGERS["first_day"],
        rf"(?<=[0-9](?:st|nd|rd|th)?\s*(?:-|–|and|or|to|through)\s*[0-9][0-9]?"
        rf"(?:st|nd|rd|th)?\s+(?:of\s+)?)(?:{_MONTH_KEYS})",
    ),
    # A month name after a day number ("5th of May", "26 Nov").
    "day_month": (
        TRIGGERS["day_month"],
        rf"(?<=[0-9](?:st|nd|rd|th)?\s*(?:of\s+)?)(?:{_MONTH_KEYS})",
    ),
    # A month name before a year ("May 2015", "March of 2014", "Dec. 2019").
    "month_year": (
        TRIGGERS["month_year"],
        rf"(?:{_MONTH_KEYS})[a-z]*+\.?+(?:\s++of)?+,?+\s++(?:1[5-9]|20)[0-9][0-9]",
    ),
    # A full month name as a word of its own.
    "month": (
        TRIGGERS["month"],
        r"(?:january|february|march|april|may|june|july|august|september|october"
        r"|november|december)(?![a-z0-9])",
    ),
    # A day of the month as a word: after a full month name ("March the
    # twenty-first"), or before "of" and a month ("the fifth of May").
    "day_words": (
        tuple(lx.DAY_ORDINALS),
        rf"(?<=(?:{_MONTHS})\s+(?:the\s+)?(?:(?:twenty|thirty)[\s-])?)(?:{_DAY_ORDINALS})"
        rf"|(?:{_DAY_ORDINALS})\s+of\s+(?:{_MONTH_KEYS})",
    ),
    # "the 1990s", "the '90s": the decade's "0s" or "0's" after three digits
    # or an apostrophe and a digit; "the sixties": the decade word after
    # "the" (and "early", "mid" or "late").
    "decade": (
        ("0s", "0's", "ties"),
        r"(?<=(?:1[5-9][0-9]|20[0-9]|'[0-9]))0'?s"
        r"|(?<=the\s+(?:(?:early|mid|late)[\s-]*)?"
        r"(?:twen|thir|for|fif|six|seven|eigh|nine))ties",
    ),
    # "the second Tuesday of May": a weekday after "the" and an ordinal,
    # before "of" or "in".
    "nth_weekday": (
        TRIGGERS["nth_weekday"],
        r"(?<=the\s+(?:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th"
        rf"|5th)\s+)(?:{_WEEKDAYS})\s+(?:of|in)\s",
    ),
    # "twice a week", "three times a year": the count word or "times", then
    # "a", "an", "per", "every" or "each", then a unit.
    "set_times": (
        TRIGGERS["set_times"],
        rf"(?:once|twice|thrice|times)\s+(?:a|an|per|every|each)\s+(?:{_UNITS})",
    ),
    # A spoken year: "nineteen" before a space, or "thousand" after "two".
    "year_words": (
        ("nineteen", "thousand"),
        r"nineteen\s|(?<=two\s+)thousand",
    ),
    # A month name before a spoken year ("May nineteen ninety", "June two
    # thousand and one").
    "month_year_words": (
        ("nineteen", "thousand"),
        rf"(?<=(?:{_MONTHS})(?:\s+of)?,?\s+)nineteen\s"
        rf"|(?<=(?:{_MONTHS})(?:\s+of)?,?\s+two\s+)thousand",
    ),
    # A plural weekday or season before "ago" or "back" ("three Sundays ago",
    # "two summers ago").
    "weekday_ago": (
        TRIGGERS["weekday_ago"],
        r"(?<=(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|summer|winter|spring|autumn)s\s+)"
        r"(?:ago|back)(?![a-z0-9])",
    ),
    # The colon of a time between two digits, its minutes from 00 to 59
    # ("at 14:30", "in 2:08:45").
    "clock_at": (TRIGGERS["clock_at"], r"(?<=[0-9]):[0-5][0-9]"),
    "race_time": (TRIGGERS["race_time"], r"(?<=[0-9]):[0-5][0-9]"),
    # An hour in words, then "o'clock", "a.", "p.", "in the ...", "at night";
    # or a part of an hour, "past", "after" or "to", and an hour in words.
    "clock_words": (
        TRIGGERS["clock_words"],
        rf"(?<=(?:{_HOURS})\s*+)(?:o'clock|a\.|p\.|in\s++the\s|at\s++night)"
        rf"|(?<=(?:quarter|half|five|ten|twenty)\s++)(?:past|after)\s++(?:{_HOURS})"
        rf"|quarter\s++(?:past|after|to)\s++(?:{_HOURS})",
    ),
    # A reference word at the start of a word ("recently", "now", "at
    # present", "the near term", "these days", "the years ahead").
    "ref": (
        (
            "recent",
            "coming",
            "past",
            "ahead",
            "now",
            "current",
            "present",
            "these",
            "lately",
            "term",
            "future",
            "earlier",
        ),
        r"(?<![a-z0-9])(?:recent|coming|past|ahead|now|current|present|these|lately"
        r"|term|future|earlier)",
    ),
}

# A non-ASCII digit, or a letter that matches an ASCII letter case-insensitively
# though it does not lower-case to it.
_UNPLAIN = regex.compile(r"[\dſİ](?<![0-9])")


def plain(norm: str) -> bool:
    """Anchors hold for `norm`: no non-ASCII digit, no "ſ" or "İ"."""
    return norm.isascii() or _UNPLAIN.search(norm) is None


@lazy
def _compiled() -> tuple[
    dict[str, regex.Pattern[str]],
    dict[str, tuple[tuple[str, ...], regex.Pattern[str]]],
]:
    searched = {rule: regex.compile(src) for rule, src in SEARCHED.items()}
    at_keys = {
        rule: (keys, regex.compile(src)) for rule, (keys, src) in AT_KEYS.items()
    }
    return searched, at_keys


def at_key_patterns() -> dict[str, regex.Pattern[str]]:
    """Rule -> its compiled `AT_KEYS` pattern."""
    return _at_key_patterns()


@lazy
def _at_key_patterns() -> dict[str, regex.Pattern[str]]:
    return {rule: pattern for rule, (_, pattern) in _compiled()[1].items()}


@lazy
def all_keys() -> tuple[str, ...]:
    """The key strings of the rules and of the anchors, each once."""
    keys = dict.fromkeys(k for ks in TRIGGERS.values() for k in ks)
    keys.update(dict.fromkeys(k for ks, _ in AT_KEYS.values() for k in ks))
    return tuple(keys)


def narrow(
    low: str,
    blocks: list[tuple[int, int]],
    todo: dict[str, list[int]],
    found: dict[str, list[int]],
) -> dict[str, list[int]]:
    """`todo` (rule -> block indices) without the blocks where a rule's anchor
    is absent; `low` is the lower-cased text (see `plain`), `found` where each
    key of `all_keys` occurs in it (`prefilter.positions`)."""
    searched, at_keys = _compiled()
    out = dict(todo)
    for rule, pattern in searched.items():
        got = out.get(rule)
        if got:
            out[rule] = [i for i in got if pattern.search(low, *blocks[i])]
    starts = [a for a, _ in blocks]
    for rule, (keys, pattern) in at_keys.items():
        got = out.get(rule)
        if not got:
            continue
        anchored: set[int] = set()
        for key in keys:
            for p in found.get(key, ()):
                i = bisect.bisect_right(starts, p) - 1
                if i not in anchored and pattern.match(low, p, blocks[i][1]):
                    anchored.add(i)
        out[rule] = [i for i in got if i in anchored]
    return out
