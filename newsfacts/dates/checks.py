"""Context checks: whether a rule match is a time expression, and its span.

Each check takes the match and the text and returns False (not a time
expression), True (keep the match) or the (start, end) span to keep. They hold
the knowledge that a pattern cannot: capitalised month names, "May" only in
date context, no money or head counts after a year, titles... This module holds
the checks of calendar dates and relative expressions and the table `CHECKS` of
every rule's check; those of periods and seasons (`checks_periods`), durations
and sets (`checks_durations`) and clock times (`checks_times`) live beside it.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from .._data import lazy, word_classes
from . import lexicon as lx
from .ahead import match_ahead
from .checks_durations import (
    ago_ok,
    duration_bare_ok,
    duration_compound_ok,
    duration_ok,
    duration_unit_ok,
    set_every_ok,
)
from .checks_periods import (
    half_ok,
    month_quarter_ok,
    months_quarter_ok,
    quarter_ok,
    season_ok,
    sport_season_ok,
)
from .checks_times import (
    clock24_ok,
    clock_words_ok,
    day_of_ok,
    early_hours_ok,
    noon_ok,
    pod_dawn_ok,
    race_time_ok,
)
from .context import (
    contract_noun_after,
    event_noun_after,
    figures_for,
    named,
    opening_name,
    title_line,
    title_unit,
    upper,
    word_before,
)
from .exclusions import (
    late_means_behind,
    pod_word_ok,
    set_adverb_ok,
    unit_point_ok,
)

__all__ = ["CHECKS", "Check"]

Check = Callable[[regex.Match[str], str], "bool | tuple[int, int]"]

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
_HYPHEN_NEXT = lazy(lambda: regex.compile(r"\s*+-"))
_LOWER_NEXT = lazy(lambda: regex.compile(r"\s++\p{Ll}"))
_SOON_AFTER_NEXT = lazy(lambda: regex.compile(r"\s++(?:after|before|as|afterwards)\b"))
_DETERMINERS = frozenset("the a an its his her their our your my".split())
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


def _month_ok(m: regex.Match[str], norm: str) -> bool:
    if not upper(m.group("mon")):
        return False
    day = m.groupdict().get("day")
    if day is not None and not 1 <= int(day) <= 31:
        return False
    wd = m.groupdict().get("wd")
    return wd is None or upper(wd)


def _second_day_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    """ "25" of "April 24 and 25": a later day of the same month."""
    if not _month_ok(m, norm) or not int(m.group("d1")) < int(m.group("day")):
        return False
    return m.start("day"), m.end()


def _first_day_ok(m: regex.Match[str], norm: str) -> bool:
    """ "24" of "24-25 April": an earlier day of the same month."""
    return _month_ok(m, norm) and 1 <= int(m.group("day")) < int(m.group("d2")) <= 31


_MONTH_CONTEXT = _DATE_CONTEXT - {"and", "or", "to", "on"}


_RANGE_WORDS = frozenset("to and through until till -".split())
# A month name then a range word right before: "from March to [May]".
_MONTH_BEFORE = lazy(
    lambda: regex.compile(
        r"\b(?-i:January|February|March|April|May|June|July|August|September|October|"
        r"November|December)(?:\s++\d{1,2})?+\s*+(?:to|and|through|until|till|-)\s*+$",
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


def _month_alone_ok(m: regex.Match[str], norm: str) -> bool:
    if not _month_ok(m, norm):
        return False
    mon = m.group("mon").lower()
    if m.group("rel") or m.group("pos"):
        return True
    before = word_before(norm, m.start())
    in_context = (
        before in _MONTH_CONTEXT
        or bool(
            before in _RANGE_WORDS
            and _MONTH_BEFORE().search(norm, max(0, m.start() - 30), m.start())
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


def _month_day_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    if not _month_ok(m, norm):
        return False
    if m.groupdict().get("wd") and word_before(norm, m.start("wd")) in _NAMED_WEEKDAY():
        # "on Easter Monday, April 21": the holiday and the date, two expressions.
        return m.start("mon"), m.end()
    return True


# Prepositions that make a weekday of a Title Case headline a day, whatever
# capitalised word follows: "Talks Resume On Monday After Deadlock".
_TITLE_DAY_BEFORE = frozenset("on by until till since from before after".split())


def _weekday_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    if not upper(m.group("wd")):
        return False
    before = word_before(norm, m.start())
    if before in _NAMED_WEEKDAY():
        return False
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


def _year_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
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


def _relative_ok(m: regex.Match[str], norm: str) -> bool:
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


def _deictic_ok(m: regex.Match[str], norm: str) -> bool:
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


def _part_of_day_ok(m: regex.Match[str], norm: str) -> bool:
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


def _ref_ok(m: regex.Match[str], norm: str) -> bool:
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


def _clock_ok(m: regex.Match[str], norm: str) -> bool:
    h = int(m.group("h"))
    if not 0 <= h <= 12:
        return False
    if m.group("mon") and not _month_ok(m, norm):
        return False
    return m.group("ap") != "Am"


def _year_adj_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    # "the year-earlier $4.5 million": the article belongs to the noun.
    return (m.start("w") - len("year-"), m.end()) if m.group("the") else True


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


def _holiday_ok(m: regex.Match[str], norm: str) -> bool:
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


def _year_end_ok(m: regex.Match[str], norm: str) -> bool:
    # A range goes forward by a few years: "1998-99" yes, "2019-11" (a month) no.
    return 1 <= (int(m.group("y2")) - int(m.group("first")) % 100) % 100 <= 20


def _decade_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    """ "the 1970s-era building": the article is the noun's, the decade is
    "1970s" alone."""
    if m.group("the") and norm[m.end() : m.end() + 1] == "-":
        start = m.end("the")
        while norm[start].isspace():
            start += 1
        return start, m.end()
    return True


CHECKS: dict[str, Check] = {
    "decade": _decade_ok,
    "year_end": _year_end_ok,
    "race_time": race_time_ok,
    "month_day": _month_day_ok,
    "day_month": _month_ok,
    "second_day": _second_day_ok,
    "first_day": _first_day_ok,
    "month_year": _month_ok,
    "day_words": _month_ok,
    "month_year_words": _month_ok,
    "month": _month_alone_ok,
    "weekday": _weekday_ok,
    "day_of": day_of_ok,
    "units_around": lambda m, norm: (m.start("unit"), m.end("unit")),
    "year": _year_ok,
    "quarter": quarter_ok,
    "half": half_ok,
    "season": season_ok,
    "relative": _relative_ok,
    "deictic": _deictic_ok,
    "part_of_day": _part_of_day_ok,
    "ref": _ref_ok,
    "duration": duration_ok,
    "duration_compound": duration_compound_ok,
    "ago": ago_ok,
    "duration_unit": duration_unit_ok,
    "duration_bare": duration_bare_ok,
    "set_every": set_every_ok,
    "clock": _clock_ok,
    "clock24": clock24_ok,
    "clock_words": clock_words_ok,
    "holiday": _holiday_ok,
    "month_quarter": month_quarter_ok,
    "months_quarter": months_quarter_ok,
    "sport_season": sport_season_ok,
    "noon": noon_ok,
    "pod_word": pod_word_ok,
    "pod_dawn": pod_dawn_ok,
    "unit_point": unit_point_ok,
    "early_hours": early_hours_ok,
    "set_adverb": set_adverb_ok,
    "year_adj": _year_adj_ok,
}
