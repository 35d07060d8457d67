"""Context checks: whether a rule match is a time expression, and its span.

Each check takes the match and the text and returns False (not a time
expression), True (keep the match) or the (start, end) span to keep. They hold
the knowledge that a pattern cannot: capitalised month names, "May" only in
date context, no money or head counts after a year, ages, rates, titles...
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from .._data import lazy, word_classes
from . import lexicon as lx
from .checks_times import (
    clock24_ok,
    day_of_ok,
    early_hours_ok,
    noon_ok,
    race_time_ok,
)
from .context import named, opening_name, starts_sentence, upper, word_before
from .exclusions import (
    in_a_game,
    is_age,
    late_means_behind,
    pod_word_ok,
    set_adverb_ok,
)

__all__ = ["CHECKS", "Check", "range_head"]

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
_YEAR_BACK_REL = lazy(
    lambda: regex.compile(r"(?i)year-|comparable|same|corresponding|latest")
)
_OF_NEXT = lazy(lambda: regex.compile(r"\s++of\b"))
_ARTICLE_OF_ADJECTIVE = lazy(
    lambda: regex.compile(r"(?i)(?:the|that)\s++(?=(?:\w++-)++quarter\b)")
)
_RESULTS_NEXT = lazy(
    lambda: regex.compile(r"\s++(?:profit|results|earnings|sales|revenue|loss|growth)")
)
_HALF_ADJECTIVE = lazy(lambda: regex.compile(r"-half$"))
_HYPHEN_NEXT = lazy(lambda: regex.compile(r"\s*+-"))
_LOWER_NEXT = lazy(lambda: regex.compile(r"\s++\p{Ll}"))
_SOON_AFTER_NEXT = lazy(lambda: regex.compile(r"\s++(?:after|before|as|afterwards)\b"))
_COUNT_NEXT = lazy(lambda: regex.compile(r"\s++(?:few|several|\d)"))
_IN_A_ROW = lazy(lambda: regex.compile(r"(?i)straight|consecutive"))
_DECIMAL = lazy(lambda: regex.compile(r"\d++\.\d++"))
_CURRENCY_BEFORE = lazy(lambda: regex.compile(r"[$£€]\s*+$"))
_VAGUE_COUNT = lazy(lambda: regex.compile(r"(?i)few|couple|dozen|hundred|half"))
_THAN_OF_BEFORE = lazy(lambda: regex.compile(r"\b(?:than|of)\W*+$"))
_OF_OR_TWO_NEXT = lazy(lambda: regex.compile(r"\s++(?:of|or\s++two)\b"))
_THAN_NEXT = lazy(lambda: regex.compile(r"\s++than\b"))
_AFTER_BEFORE_NEXT = lazy(lambda: regex.compile(r"\s++(?:after|before)\b"))
_HEADCOUNT = lazy(
    lambda: regex.compile(
        r"\s++(?:people|persons|troops|soldiers|men|women|children|dollars|euros|pounds|"
        r"yen|miles|km|kilometers|kilometres|meters|metres|feet|tons|tonnes|barrels|points|"
        r"votes|seats|cases|deaths|jobs|units|shares|cars|vehicles|homes|houses|residents|"
        r"workers|employees|members|students|police|policemen|acres|hectares|kilograms|kg|"
        r"calories|words|pages|rounds|refugees|migrants|prisoners|civilians|fighters|"
        r"rebels|militants|protesters|delegates|officers|companies|firms|patients|"
        r"victims|children|families|species|hours|hrs|metres|mph|km/h)\b",
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
        or bool(
            before in {"to", "ended", "ending"}
            and _PERIOD_TO().search(norm, max(0, m.start() - 30), m.start())
        )
    )
    if mon not in lx.AMBIGUOUS_MONTHS:
        # Before a capitalised word, a month name is a first name ("June Carter"),
        # unless a preposition makes it a date ("In January Trump said").
        return in_context or not _CAPITAL_NEXT().match(norm[m.end() : m.end() + 3])
    return in_context


def _weekday_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    if not upper(m.group("wd")):
        return False
    before = word_before(norm, m.start())
    if before in {
        "black",
        "good",
        "bloody",
        "super",
        "ash",
        "cyber",
        "palm",
        "holy",
        "easter",
    }:
        return False
    # "Sunday Times" is a name, unless a month follows ("Friday Nov. 24").
    nxt = _NAME_NEXT().match(norm[m.end() : m.end() + 20])
    if nxt and nxt.group(1).lower() not in lx.MONTHS and m.group("pod") is None:
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
        # "2024/25" is a fiscal year or season; "2024/05" is no pair of years.
        return False
    if _HEADCOUNT().match(norm, m.end()):
        return False
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
        return before in _DATE_CONTEXT or before == "year"
    # "2019 to 2020" fine; "1,900 to 2,000" has commas and never gets here.
    return True


def _quarter_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    unit = m.group("unit").lower()
    rel = m.group("rel")
    dated = m.group("year") or m.group("year2") or m.group("ago") or m.group("lyear")
    if unit == "period":
        # "the 1988 period", "the year-earlier period": a quarter of the passage;
        # "the period 2025-2030" names years, not a quarter.
        if m.group("year2") and not (rel or m.group("ord") or m.group("year0")):
            return False
        return bool(
            dated
            or (m.group("year0") and m.group("the"))
            or (rel and _YEAR_BACK_REL().match(rel))
        )
    if m.group("unit")[0].isupper() and not m.group("ord"):
        return False  # "the French Quarter"
    if not (m.group("the") or rel or m.group("ord") or dated):
        return False
    if (
        not dated
        and not m.group("ord")
        and _OF_NEXT().match(norm[m.end() : m.end() + 5])
    ):
        return False  # "a quarter of the vote"
    if not dated and in_a_game(norm, m.start(), m.end()):
        return False  # "he scored in the third quarter": a period of play
    if m.group("ord") and not dated:
        lead = _ARTICLE_OF_ADJECTIVE().match(m.group())
        if lead:  # "the third-quarter loss": the article belongs to the noun
            return m.start() + lead.end(), m.end()
    if m.group("ord") or dated:
        return True
    return word_before(norm, m.start()) not in {"a", "one", "three", "per", "every"}


def _half_ok(m: regex.Match[str], norm: str) -> bool:
    if m.group("year") or m.group("year2") or m.group("yrel") or m.group("dec"):
        return True
    # "second-half profit": the adjective form is a period of the business year.
    return bool(_HALF_ADJECTIVE().search(m.group())) and bool(
        _RESULTS_NEXT().match(norm, m.end())
    )


def _season_ok(m: regex.Match[str], norm: str) -> bool:
    season = m.group("season")
    if season[0].isupper() and word_before(norm, m.start())[:1].isalpha():
        prev = norm[max(0, m.start() - 20) : m.start()].split()
        if prev and prev[-1][:1].isupper() and not m.group("the"):
            return False  # "Arab Spring"
    if m.group("year") or m.group("rel") or m.group("pos"):
        return True
    if m.group("the") and _OF_NEXT().match(norm[m.end() : m.end() + 5]):
        return False  # "the fall of the city"
    before = word_before(norm, m.start())
    if m.group("the"):
        return before in {
            "in",
            "during",
            "by",
            "until",
            "since",
            "through",
            "over",
            "for",
            "before",
            "after",
            "throughout",
            "into",
        }
    return (
        before in {"this", "last", "next", "since", "until", "in", "during"}
        and season.lower() != "fall"
    )


# Words before "the week/month/year" that make it the current period ("for the year").
_THE_PERIOD_BEFORE = frozenset(
    "for during in into through throughout over of this and until".split()
)


_WEEKEND_BEFORE = frozenset("at by before after since from".split())
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
    if _title_unit(m, norm):
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


def _part_of_day_ok(m: regex.Match[str], norm: str) -> bool:
    if _OF_A_LIFE().match(norm, m.end()):
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


def _title_unit(m: regex.Match[str], norm: str) -> bool:
    """A capitalised unit inside a sentence is a title ("60 Minutes", "This Week")."""
    return m.group("unit")[0].isupper() and not starts_sentence(norm, m.start())


# Words before "a week", "a year" that make it a rate ("$2 million a year").
_RATE_BEFORE = lazy(
    lambda: regex.compile(
        r"(?:\d|\b(?:once|twice|times|per|million|billion|thousand|hundred|dozen|percent|dollars|cents|"
        r"flights|seats|shares|units|people|barrels|tons|tonnes|visits|trips|meetings|sessions|hours|"
        r"days|miles|kilometers|calls|cases|deaths))\W*+$",
        regex.IGNORECASE,
    )
)


_MODAL_TO = frozenset("to will would could may might can should must did does".split())


def _duration_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    if _title_unit(m, norm):
        return False
    if is_age(norm, m.start("span"), m.end("span")):
        return False  # "children aged 18 months", "5 years of age"
    if range_head(m, norm) is not None:
        return m.start("num"), m.end("span")  # "six days" of "two to six days"
    num = m.group("num").lower()
    unit = m.group("unit").lower()
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
        and _OF_NEXT().match(norm[m.end() : m.end() + 5])
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
    if rel == "last" and word_before(norm, m.start("rel")) in _MODAL_TO:
        return m.start("num"), m.end("span")  # "expected to last four weeks": a verb
    article = (m.group("the") or "").lower()
    if (
        article in ("a", "an") or (article and "-" in m.group("hy"))
    ) and not _VAGUE_COUNT().match(num):
        # "a two-year term": the article belongs to the noun phrase, not the duration.
        start = m.start("rel") if m.group("rel") else m.start("num")
        return (m.start("qin") if m.group("qin") else start), m.end("span")
    return True


def _duration_unit_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
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
    if the in {"a", "an"}:
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


def _ago_ok(m: regex.Match[str], norm: str) -> bool | tuple[int, int]:
    # Without a number only a plural unit is an amount ("years ago", not "day ago").
    if m.group("num") is None and m.group("plural") is None:
        return False
    if _THAN_NEXT().match(norm[m.end() : m.end() + 6]):
        # "two weeks later than planned": the amount is the expression.
        start = m.start("num") if m.group("num") else m.start("unit")
        return start, m.end("plural") if m.group("plural") else m.end("unit")
    return True


def _duration_bare_ok(m: regex.Match[str], norm: str) -> bool:
    if m.group("q") or m.group("rel"):
        return True
    if m.group("the"):
        return False
    if _AFTER_BEFORE_NEXT().match(norm[m.end() : m.end() + 8]):
        return True  # "Days after the vote"
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


def _set_every_ok(m: regex.Match[str], norm: str) -> bool:
    unit = m.group("unit")
    low = unit.lower()
    if low.rstrip("s") in lx.WEEKDAYS or low in lx.MONTHS:
        return unit[0].isupper()
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


def _month_quarter_ok(m: regex.Match[str], norm: str) -> bool:
    return upper(m.group("mon"))  # "the march quarter" is no month


def _months_quarter_ok(m: regex.Match[str], norm: str) -> bool:
    """ "the January-March quarter": capitalised months that make up one calendar
    quarter ("the November-January period" is none)."""
    if not (upper(m.group("m1")) and upper(m.group("mon"))):
        return False
    first, last = lx.MONTHS[m.group("m1").lower()], lx.MONTHS[m.group("mon").lower()]
    return last % 3 == 0 and first == last - 2


def _sport_season_ok(m: regex.Match[str], norm: str) -> bool:
    # "its last season", "the last season of the show": the final one, not the
    # one before the current.
    return m.group("pos") is not None or word_before(norm, m.start()) not in {
        "the", "its", "his", "her", "their", "our", "my", "your", "a", "whose",
    }  # fmt: skip


def _holiday_ok(m: regex.Match[str], norm: str) -> bool:
    return upper(m.group("hol"))


def _year_end_ok(m: regex.Match[str], norm: str) -> bool:
    # A range goes forward by a few years: "1998-99" yes, "2019-11" (a month) no.
    return 1 <= (int(m.group("y2")) - int(m.group("first")) % 100) % 100 <= 20


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


CHECKS: dict[str, Check] = {
    "year_end": _year_end_ok,
    "race_time": race_time_ok,
    "month_day": _month_ok,
    "day_month": _month_ok,
    "second_day": _second_day_ok,
    "month_year": _month_ok,
    "day_words": _month_ok,
    "month_year_words": _month_ok,
    "month": _month_alone_ok,
    "weekday": _weekday_ok,
    "day_of": day_of_ok,
    "units_around": lambda m, norm: (m.start("unit"), m.end("unit")),
    "year": _year_ok,
    "quarter": _quarter_ok,
    "half": _half_ok,
    "season": _season_ok,
    "relative": _relative_ok,
    "deictic": _deictic_ok,
    "part_of_day": _part_of_day_ok,
    "ref": _ref_ok,
    "duration": _duration_ok,
    "ago": _ago_ok,
    "duration_unit": _duration_unit_ok,
    "duration_bare": _duration_bare_ok,
    "set_every": _set_every_ok,
    "clock": _clock_ok,
    "clock24": clock24_ok,
    "holiday": _holiday_ok,
    "month_quarter": _month_quarter_ok,
    "months_quarter": _months_quarter_ok,
    "sport_season": _sport_season_ok,
    "noon": noon_ok,
    "pod_word": pod_word_ok,
    "early_hours": early_hours_ok,
    "set_adverb": set_adverb_ok,
    "year_adj": _year_adj_ok,
}
