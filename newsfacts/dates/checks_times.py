"""Context checks of clock times, race times and days named by an event."""

from __future__ import annotations

import regex

from .._data import lazy
from .context import named, starts_sentence, title_line, upper, word_before

__all__ = [
    "clock24_ok",
    "clock_words_ok",
    "day_of_ok",
    "early_hours_ok",
    "noon_ok",
    "pod_dawn_ok",
    "race_time_ok",
]

# An amount of time and "to" before "the day": the idiom "to the day"
# ("a year to the day after the quake": exactly a year).
_TO_THE_DAY = lazy(
    lambda: regex.compile(
        r"\b(?:years?+|months?+|weeks?+|decades?+|centur(?:y|ies))\s++to\s++\Z",
        regex.IGNORECASE,
    )
)


def day_of_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    """ "the day after the vote", "the eighth day of the siege": a day with an
    article or an ordinal ("a day after" is an amount; "his day in court" an
    idiom, so "in" only with "office"). A month after it is capitalised ("the
    day after May 5", not "the day after may 5")."""
    if not (m.group("the") or m.group("ord")):
        return False
    if (
        m.group("the")
        and not m.group("ord")
        and _TO_THE_DAY().search(norm, max(0, m.start() - 24), m.start())
    ):
        return False  # "two years to the day after the attack": exactly, no day
    if m.group("mon") and not upper(m.group("mon")):
        # "the day after may 5 people arrived": "the day" alone.
        return m.start(), m.start() + m.group().index("day") + len("day")
    return True


def clock24_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    if regex.search(
        r"(?:[ap]\.?\s?m\.?|\d)\s*+\($", norm[max(0, m.start() - 12) : m.start("h")]
    ):
        return False  # "10:35 a.m. (0735 GMT)": the same time in another zone
    h = int(m.group("h"))
    if h > 24:
        return False
    if m.group("wd") and not upper(m.group("wd")):
        return m.start(), m.end("tz")  # "0900 GMT sunday": the weekday is no name
    tz = m.group("tz").lower()
    digits = regex.sub(r"\D", "", m.group("h") + m.group("m"))
    if tz in {"hours", "hrs"}:
        return len(digits) == 4 and ":" not in m.group()
    return True


# Words before "seven in the morning", "one at night" that make the number an
# hour: "two sessions, one in the morning" is no time.
_HOUR_BEFORE = frozenset(
    "at by until till around about before after from since".split()
)


def clock_words_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    """An hour in words needs a part of the hour ("half past six") or a word
    of the clock after it ("eight o'clock", "eleven p.m."); "in the morning"
    and "at night" only after a preposition of time ("at seven in the
    morning", not "sessions, one in the morning and one in the evening"). "to" only
    after "quarter" ("a quarter to nine"; "from ten to five" is a range)."""
    frac, ap = m.group("frac"), (m.group("ap") or "").lower()
    if frac:
        return m.group("dir").lower() != "to" or "quarter" in frac.lower()
    if not ap:
        return False
    if ap.startswith(("in", "at")):
        return (
            word_before(norm, m.start("q") if m.group("q") else m.start())
            in _HOUR_BEFORE
        )
    return True


def early_hours_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    """ "the early hours of Sunday" is that day's expression, the words before it
    a position inside it (TimeBank: "in the early hours of [Thursday morning]");
    "the early hours" alone is the expression. A weekday is capitalised."""
    day = "wd" if m.group("wd") else "deictic" if m.group("deictic") else None
    if day is None:
        return True
    if day == "wd" and not upper(m.group("wd")):
        return False
    return m.start(day), m.end()


def noon_ok(m: regex.Match[str], norm: str) -> bool:
    at = m.start("w")
    if word_before(norm, at) == "high":
        return False  # "high noon": an idiom
    return m.group("w")[0].islower() or (
        not named(norm, at) and not _title_unit_word(m.group("w"), norm, at)
    )


def pod_dawn_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    """ "at dawn", "by nightfall": the word in lower case ("at Dawn" is the
    newspaper or a person), but in a Title Case headline ("Troops Move In At
    Dawn"); a weekday after it only when capitalised."""
    if m.group("w")[0].isupper() and not title_line(norm, m.start()):
        return False
    if m.group("wd") and not upper(m.group("wd")):
        return m.start(), m.end("w")
    return True


def _title_unit_word(word: str, norm: str, start: int) -> bool:
    return (
        word[0].isupper()
        and not starts_sentence(norm, start)
        and not title_line(norm, start)
    )


_CLOCK_BEFORE = frozenset(
    "at by until till from since before after around about".split()
)


def race_time_ok(m: regex.Match[str], norm: str) -> bool:
    # "at 10:30:15" is a clock time; "finished in 2:08:41" an amount of time.
    return word_before(norm, m.start()) not in _CLOCK_BEFORE
