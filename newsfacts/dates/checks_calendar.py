"""Context checks of calendar dates: month names ("May" only in date
context), days of the month, weekdays (not "Black Friday"), years (not "2,000
troops"), year ranges, decades, holidays (not "the Yom Kippur War") and the
date of a clock time.

Each check takes the match and the text and returns False (not a time
expression), True (keep the match) or the (start, end) span to keep;
`checks.CHECKS` maps each rule to its check.
"""

from __future__ import annotations

import regex

from .._data import lazy, word_classes
from . import lexicon as lx
from .club_names import club_weekday
from .context import (
    contract_noun_after,
    event_noun_after,
    figures_for,
    named,
    opening_name,
    title_line,
    upper,
    word_before,
    word_before_limit,
)
from .exclusions import (
    late_means_behind,
)

__all__ = [
    "clock_ok",
    "decade_ok",
    "first_day_ok",
    "holiday_ok",
    "month_alone_ok",
    "month_day_ok",
    "month_ok",
    "second_day_ok",
    "weekday_ok",
    "year_end_ok",
    "year_ok",
]

# ---------------------------------------------------------------- context helpers
_DATE_CONTEXT = frozenset(
    """
    in of since until till by during before after through throughout from to between
    early late mid last this next and or on around about end beginning start since
    """.split()
)


# Small context patterns of the checks, compiled once on first use (a pattern
# string handed to `regex.match` goes through the module's cache at each call).
_CAPITAL_NEXT = lazy(lambda: regex.compile(r"\s++\p{Lu}\p{Ll}"))
_NAME_NEXT = lazy(lambda: regex.compile(r"[ ]++(\p{Lu}\p{Ll}++)"))
_DIGITS_BEFORE = lazy(lambda: regex.compile(r"\d[ .]$"))
_DIGITS_AFTER = lazy(lambda: regex.compile(r"[ .]\d"))
_DETERMINERS = frozenset("the a an its his her their our your my".split())
_ZONE_AFTER = lazy(
    lambda: regex.compile(
        r"\s*+(?:"
        + "|".join(sorted(k for k in lx.TIME_ZONES if len(k) > 1))
        + r"|hours|hrs|local\s++time)\b",
        regex.I,
    )
)
_HEADCOUNT = lazy(
    lambda: regex.compile(
        r"\s++(?:people|persons|troops|soldiers|men|women|children|dollars|euros|pounds|"
        r"yen|miles|km|kilometers|kilometres|meters|metres|feet|tons|tonnes|barrels|points|"
        r"votes|seats|cases|deaths|jobs|units|shares|cars|vehicles|homes|houses|residents|"
        r"workers|employees|members|students|police|policemen|acres|hectares|kilograms|kg|"
        r"calories|words|pages|rounds|refugees|migrants|prisoners|civilians|fighters|"
        r"rebels|militants|protesters|delegates|officers|companies|firms|patients|"
        r"victims|children|families|species|hours|hrs|metres|mph|km/h|passengers|visitors|"
        r"spectators|participants|athletes|signatures|customers|pilgrims|tourists|inmates)\b",
        regex.IGNORECASE,
    )
)
_NOT_YEAR_BEFORE = frozenset(
    """
    no. no number flight route page pages article resolution room highway rule
    code section chapter item model version channel bus apt suite box paragraph
    lot interstate road unit $ us$ rs rs. dh euro
    """.split()
)


def month_ok(m: regex.Match[str], norm: str) -> bool:
    if not upper(m.group("mon")):
        return False
    day = m.groupdict().get("day")
    if day is not None and not 1 <= int(day) <= 31:
        return False
    wd = m.groupdict().get("wd")
    return wd is None or upper(wd)


def second_day_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    """ "25" of "April 24 and 25": a later day of the same month."""
    if not month_ok(m, norm) or not int(m.group("d1")) < int(m.group("day")):
        return False
    return m.start("day"), m.end()


def first_day_ok(m: regex.Match[str], norm: str) -> bool:
    """ "24" of "24-25 April": an earlier day of the same month."""
    return month_ok(m, norm) and 1 <= int(m.group("day")) < int(m.group("d2")) <= 31


_MONTH_CONTEXT = _DATE_CONTEXT - {"and", "or", "to", "on"}


_RANGE_WORDS = frozenset("to and through until till -".split())
# A month name then a range word right before: "from March to [May]".
_MONTH_BEFORE = lazy(
    lambda: regex.compile(
        r"\b(?-i:January|February|March|April|May|June|July|August|September|October|"
        r"November|December)(?:\s++\d{1,2})?+\s*+(?:to|and|through|until|till|-)\s*+$",
    )
)


# A list of months after a preposition, up to a comma right before: "in
# January, [March] and May", "in June, July, [August]"; not "Theresa May,
# March and others" (no preposition opens the list).
_MONTH_LIST_BEFORE = lazy(
    lambda: regex.compile(
        r"\b(?:in|during|since|until|till|by|before|after|between|from|through)\s++"
        r"(?:(?-i:January|February|March|April|May|June|July|August|September|October"
        r"|November|December)(?:\s++\d{1,2})?+,\s*+)++$",
        regex.IGNORECASE,
    )
)


# A period ending with the month: "the three months to March", "the year ended
# June" (a company's reporting period), not "talked to May".
_PERIOD_TO = lazy(
    lambda: regex.compile(
        r"\b(?:months|weeks|year|quarter|period|half)\s++(?:to|ended|ending)\s++$",
        regex.IGNORECASE,
    )
)


def month_alone_ok(m: regex.Match[str], norm: str) -> bool:
    if not month_ok(m, norm):
        return False
    mon = m.group("mon").lower()
    if m.group("rel") or m.group("pos"):
        return True
    before = word_before_limit(norm, m.start())  # "until at least May"
    in_context = (
        before in _MONTH_CONTEXT
        or bool(
            before in _RANGE_WORDS
            and _MONTH_BEFORE().search(norm, max(0, m.start() - 30), m.start())
        )
        or bool(
            before in lx.MONTHS
            and _MONTH_LIST_BEFORE().search(norm, max(0, m.start() - 80), m.start())
        )
        or (before == "for" and figures_for(norm, m.start()))
        or bool(
            before in {"to", "ended", "ending"}
            and _PERIOD_TO().search(norm, max(0, m.start() - 30), m.start())
        )
    )
    if not in_context and (
        (before in _DETERMINERS and event_noun_after(norm, m.end()))
        or contract_noun_after(norm, m.end())
    ):
        # "the March accession", "the May elections": the month of that event;
        # "March contracts", "for May delivery": a market contract's month.
        in_context = True
    if mon not in lx.AMBIGUOUS_MONTHS:
        # Before a capitalised word, a month name is a first name ("June Carter"),
        # unless a preposition makes it a date ("In January Trump said").
        return in_context or not _CAPITAL_NEXT().match(norm[m.end() : m.end() + 3])
    return in_context


# Words that make a weekday after them a name: "Black Friday", "Easter Monday".
# Words that make a weekday after them part of a name ("Black Friday", "Good
# Friday"): `data/not_times.tsv`, class `weekday_name_before`.
_NAMED_WEEKDAY = lazy(
    lambda: word_classes("dates/data/not_times.tsv")["weekday_name_before"]
)


def month_day_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    if not month_ok(m, norm):
        return False
    if m.groupdict().get("wd") and word_before(norm, m.start("wd")) in _NAMED_WEEKDAY():
        # "on Easter Monday, April 21": the holiday and the date, two expressions.
        return m.start("mon"), m.end()
    return True


# Prepositions that make a weekday of a Title Case headline a day, whatever
# capitalised word follows: "Talks Resume On Monday After Deadlock".
_TITLE_DAY_BEFORE = frozenset("on by until till since from before after".split())


def weekday_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    if not upper(m.group("wd")):
        return False
    before = word_before(norm, m.start())
    if before in _NAMED_WEEKDAY():
        return False
    if club_weekday(norm, m.start(), m.end()):
        return False  # "beat Sheffield Wednesday 2-1": a club, not the day
    # "Sunday Times" is a name, unless a month follows ("Friday Nov. 24").
    nxt = _NAME_NEXT().match(norm[m.end() : m.end() + 20])
    if (
        nxt
        and nxt.group(1).lower() not in lx.MONTHS
        and m.group("pod") is None
        # A headline capitalises every word: "Markets Fall On Friday As Oil
        # Jumps" (but "Sunday Times Poll" is still a name).
        and not (before in _TITLE_DAY_BEFORE and title_line(norm, m.start()))
    ):
        return False
    if (m.group("pos") or "").lower() in ("earlier", "later"):
        # "Earlier Friday": the adverb stays outside the expression.
        return (m.start("rel") if m.group("rel") else m.start("wd")), m.end()
    if m.group("on") and late_means_behind(norm, m.start()):
        # "the train was late on Monday": behind time, not Monday night.
        return (m.start("rel") if m.group("rel") else m.start("wd")), m.end()
    return True


def year_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    year = int(m.group("year"))
    if m.group("y2") and int(m.group("y2")) != (year + 1) % 100:
        if m.group("sep") != "/":
            # "the 2019-21 seasons": two years apart is a range, its head here
            # (rule `year_end` takes "21").
            return m.start(), m.end("year")
        # "2024/25" is a fiscal year or season; "2024/05" is no pair of years.
        return False
    if _HEADCOUNT().match(norm, m.end()):
        return False
    if not m.group("y2") and _ZONE_AFTER().match(norm, m.end()):
        # "8.15 p.m. (2015 GMT)", "at 1915 local time": a 24-hour clock time
        # (an aside in another zone `clock24` leaves out), never a year.
        return False
    pos = m.group("pos") or ""
    if pos.lower().endswith(" the"):
        # "the start of the 1973 Yom Kippur War": the year names the war, whose
        # start is no point of the year; only the year is a date.
        return (m.start("fy") if m.group("fy") else m.start("year")), m.end()
    if _DIGITS_BEFORE().search(
        norm[max(0, m.start() - 2) : m.start()]
    ) or _DIGITS_AFTER().match(norm[m.end() : m.end() + 2]):
        return False  # a group of digits in a phone or account number ("555 2019")
    before = word_before(norm, m.start())
    if before in _NOT_YEAR_BEFORE:
        return False
    if m.group("pos") or m.group("fy"):
        return True
    if named(norm, m.start()) or opening_name(norm, m.start()):
        return False  # "Expo 2020", "Vision 2030", "Orion 1980"; "Project 2025 was"
    if not 1900 <= year <= 2039:
        return (
            before in _DATE_CONTEXT or before == "year" or _older_range(m, norm, year)
        )
    # "2019 to 2020" fine; "1,900 to 2,000" has commas and never gets here.
    return True


def _older_range(m: regex.Match[str], norm: str, year: int) -> bool:
    """An older year at the head of a span of years: "the 1850-1900 average",
    "the 1939-45 war" (its end a later year within two centuries, no count
    noun after it: "1800-2000 calories" is an amount)."""
    r = _YEAR_RANGE_END().match(norm, m.end())
    if r is None or _HEADCOUNT().match(norm, r.end()):
        return False
    end = int(r["y4"]) if r["y4"] else year + (int(r["y2"]) - year % 100) % 100
    return year < end <= year + 200


_YEAR_RANGE_END = lazy(
    lambda: regex.compile(r"[-–](?:(?P<y4>(?:1[5-9]|20)\d\d)|(?P<y2>\d\d))(?!\d)")
)


def clock_ok(m: regex.Match[str], norm: str) -> bool:
    h = int(m.group("h"))
    if not 0 <= h <= 12:
        return False
    if m.group("mon") and not month_ok(m, norm):
        return False
    return m.group("ap") != "Am"


# Words after a holiday that make it part of an event's name: "the Yom Kippur
# War", "the Easter Rising", "the Passover massacre"; or of a settlement's
# name, capitalised: "the Good Friday Agreement" (signed in 1998).
_NAMED_AFTER = lazy(
    lambda: regex.compile(
        r"\s++(?:war|offensive|rising|uprising|massacre|(?-i:Agreement|Accords?+))\b",
        regex.I,
    )
)


# A capitalised word after the name: "Eid Mubarak", "Ramadan Abdullah".
_CAPITAL_AFTER = lazy(lambda: regex.compile(r"\s++\p{Lu}"))
# A reporting verb after the name: a person ("Eid said", "Ramadan told").
_SPEAKS_AFTER = lazy(
    lambda: regex.compile(r",?+\s++(?:said|says|told|added|wrote|argued)\b")
)
# Holidays whose one-word name is also a personal name ("Mohamed Eid",
# "Tariq Ramadan"): found only after a word of the clause, not after a name
# or before one.
_NAME_TOO = frozenset({"eid", "ramadan"})


def holiday_ok(m: regex.Match[str], norm: str) -> bool:
    hol = m.group("hol")
    if not upper(hol) or _NAMED_AFTER().match(norm, m.end()):
        return False
    if hol.lower() in _NAME_TOO:
        start = m.start("hol")
        return not (
            named(norm, start)
            or (not m.group("rel") and opening_name(norm, start))
            or _CAPITAL_AFTER().match(norm, m.end())
            or _SPEAKS_AFTER().match(norm, m.end())
        )
    return True


def year_end_ok(m: regex.Match[str], norm: str) -> bool:
    # A range goes forward by a few years: "1998-99" yes, "2019-11" (a month) no.
    return 1 <= (int(m.group("y2")) - int(m.group("first")) % 100) % 100 <= 20


def decade_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    """ "the 1970s-era building": the article is the noun's, the decade is
    "1970s" alone."""
    if m.group("the") and norm[m.end() : m.end() + 1] == "-":
        start = m.end("the")
        while norm[start].isspace():
            start += 1
        return start, m.end()
    return True
