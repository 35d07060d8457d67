"""The words and sub-patterns the recognition grammar is built from.

Month and weekday names, days, years, numbers (in digits and in words), units,
position words, seasons, parts of the day and time zones, each written once as a
pattern source from the lexicon tables, so that every rule (`patterns`,
`patterns_periods`) and the dateline reader (`published`) spell them alike.
Every quantifier is bounded or possessive: a rule built from them scans in
linear time.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from . import lexicon as lx

__all__ = [
    "DAY",
    "DAY_ON_THE",
    "DAY_WORD",
    "HOLIDAY",
    "HOUR_WORD",
    "MONTH",
    "MONTH_FULL",
    "NUMBER",
    "NUMBER_RANGE",
    "NUM_WORD",
    "ORD_WORD",
    "PLACE_TIME",
    "POD",
    "POS",
    "QUANT",
    "QUANT_IN",
    "QUANT_OUT",
    "REL",
    "SEASON",
    "SPOKEN_YEAR",
    "TENS",
    "TZ",
    "UNIT",
    "WEEKDAY",
    "WEEKDAY_ANY",
    "WEEKDAY_DATE",
    "WEEKDAY_SHORT",
    "YEAR",
    "YEAR_OR_ABBR",
    "YEAR_START",
]


def _alt(words: Iterable[str]) -> str:
    """A non-capturing alternation of `words`, longest first, spaces as `\\s++`."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return (
        "(?:" + "|".join(regex.escape(w).replace("\\ ", r"\s++") for w in items) + ")"
    )


_FULL_MONTHS = [m for m in lx.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in lx.MONTHS if m not in _FULL_MONTHS]
MONTH = rf"(?:{_alt(_FULL_MONTHS)}|{_alt(_ABBR_MONTHS)}\.?+)"
MONTH_FULL = _alt(_FULL_MONTHS)
WEEKDAY = _alt(lx.FULL_WEEKDAYS)
WEEKDAY_ANY = rf"(?:{WEEKDAY}|{_alt(k for k in lx.WEEKDAYS if len(k) <= 5)}\.)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?+(?![\d:,.]\d)"
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d%]|\s*+percent|\s*+per\s*+cent|,\d)"
YEAR_START = r"\b(?:1[5-9]|20)\d\d"
YEAR_OR_ABBR = rf"(?:{YEAR}|'\d\d(?!\d))"
NUM_WORD = _alt(k for k in lx.NUMBERS if " " not in k and k not in ("a", "an"))
# "twenty four hours", "forty-five minutes": a tens word and a ones word.
# "one" to "nine" as words.
_ONES_WORD = _alt(
    k for k, v in lx.NUMBERS.items() if 1 <= v <= 9 and k.isalpha() and len(k) > 2
)
_TENS_ONES = (
    _alt(k for k, v in lx.NUMBERS.items() if 20 <= v <= 90 and v % 10 == 0)
    + r"[\s-]++"
    + _ONES_WORD
    + r"\b"
)
# "a thousand", "two hundred", "several hundred" (years, of a history).
_HUNDREDS = r"(?:\s++(?:hundred|thousand)\b)?+"
NUMBER = (
    r"(?:\d{1,4}+(?:\.\d{1,3}+|\s++\d/\d|,\d{3})?+"
    rf"|{_TENS_ONES}|{NUM_WORD}(?:-{NUM_WORD})?+{_HUNDREDS}(?:\s++and\s++a\s++half)?+"
    rf"|{_alt(k for k in lx.NUMBERS if ' ' in k or k in ('a', 'an'))}{_HUNDREDS}"
    rf"|{_alt(lx.VAGUE_NUMBERS)}{_HUNDREDS}(?:\s++more)?+)"
)
# A range is two expressions: the first number ("two" in "two to six days") is
# captured here and made an expression of its own by the recogniser.
NUMBER_RANGE = (
    rf"(?:(?P<first>{NUMBER})\s*+(?P<sep>-|to|or|and)\s*+(?=\w))?(?P<num>{NUMBER})"
)
UNIT = (
    r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade"
    r"|centur(?:y|ie))"
)
QUANT = _alt(lx.QUANT_MODS)
# Comparative quantifiers belong to the duration ("nearly three years");
# "about", "over" and the like stay outside it, as in TimeBank.
QUANT_IN = _alt(k for k in lx.QUANT_MODS if k not in lx.QUANT_OUTSIDE)
QUANT_OUT = _alt(lx.QUANT_OUTSIDE)
# "end-June", "end-2024": the wire-style hyphenated end of a month or year.
POS = (
    r"(?:(?<![\w-])end(?=-\w)|(?:the\s++)?(?:early|late|mid(?:dle)?)"
    r"|(?:the\s++)?(?:beginning|start|end|close|middle|turn)\s++of(?:\s++the)?)"
)
SEASON = _alt(lx.SEASONS)
POD = r"(?:morning|afternoon|evening|night)"
ORD_WORD = _alt(k for k in lx.ORDINALS if not k[0].isdigit())
HOLIDAY = _alt(lx.HOLIDAYS)
TZ = _alt([k for k in lx.TIME_ZONES if len(k) > 1] + list(lx.SEASONAL_ZONES))
TENS = _alt(
    k for k, v in lx.NUMBERS.items() if 10 <= v <= 90 and " " not in k and k != "dozen"
)
# A spoken year: "nineteen ninety-seven", "nineteen hundred and ten", "two
# thousand and eight" (`values.spoken_year` reads it).
SPOKEN_YEAR = (
    rf"(?:nineteen(?:\s++hundred)?(?:\s++and)?\s++{TENS}(?:[\s-]{_ONES_WORD})?+"
    r"|two\s++thousand(?:\s++and)?+(?:\s++(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen|twenty))?+)\b"
    r"(?!\s++(?:hundred|thousand|million|years|people|dollars|times)\b)"
)
_DAY_ONES = _alt(k for k, v in lx.DAY_ORDINALS.items() if v < 10)
# A day of the month as an ordinal word: "eighth", "twenty-first", "thirtieth".
DAY_WORD = rf"(?:(?:twenty|thirty)[\s-]{_DAY_ONES}|{_alt(lx.DAY_ORDINALS)})(?![\w-])"
# A zone named by a place or a region: "9:30 a.m. New York time", "8pm UK
# time", "7 p.m. Eastern" (its offset is left unknown).
PLACE_TIME = (
    r"(?-i:\p{Lu}[\p{L}.]*+(?:\s++(?!Time\b)\p{Lu}\p{L}*+)?+)\s++time\b"
    r"|(?-i:Eastern|Pacific|Central|Mountain)\b(?!\s++\p{Lu})"
)
# A weekday abbreviated without its period, before a day and month, as in the
# date lines of British papers: "Tue 14 May 2024".
WEEKDAY_SHORT = r"(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?=\s++\d)"
# The date after a clock time's weekday: "5 p.m. on Monday, March 20", "14:32
# BST, Tuesday, 14 May 2024" (British order).
WEEKDAY_DATE = (
    rf"(?:,?+\s++(?P<mon>{MONTH})\s*+{DAY}\b|,?+\s++{DAY}\s++(?P<mon>{MONTH_FULL})\b)?+"
)
# An hour of the clock in words: "eight o'clock", "a quarter past seven".
HOUR_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\w-])"
)
# A clock time's day of the month alone: "6 p.m. on the 20th", "noon on the
# 3rd of next month" (read as `day_alone` is, before a clause break).
DAY_ON_THE = (
    r",?+\s++on\s++the\s++(?P<dom>[0-3]?\d)(?:st|nd|rd|th)\b"
    r"(?:\s++of\s++(?P<mrel>this|next|last)\s++month\b"
    r"|(?=\s*+(?:[.,;:)]|and\b|or\b|$)))"
)
REL = r"(?:this\s++past|this\s++coming|last|this|next|past|coming|previous|current)"
