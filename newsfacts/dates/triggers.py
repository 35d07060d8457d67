"""The key strings of each recognition rule, for the prefilter.

A rule can only match where one of its key strings occurs (lower case), so
`prefilter` runs a rule only on the blocks of text holding one of them, and
`anchors` narrows the costliest rules further. The keys live apart from the
patterns (`patterns.RULES`): they are read without compiling any rule.
"""

from __future__ import annotations

from . import lexicon as lx

__all__ = ["TRIGGERS"]


_MONTH_KEYS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_UNIT_KEYS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter",
              "year", "decade", "centur")  # fmt: skip
_DIGITS = tuple("0123456789")

# A rule can only match where one of its key strings occurs (lower case): rules
# whose keys are absent from a document are not run on it at all.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso": _DIGITS,
    "numeric": _DIGITS,
    "month_day": _MONTH_KEYS,
    "day_month": _MONTH_KEYS,
    "second_day": _MONTH_KEYS,
    "month_year": _MONTH_KEYS,
    "month": _MONTH_KEYS,
    "decade": ("0s", "0's", "ties"),
    "century": ("century",),
    "year": _DIGITS,
    "year_words": ("nineteen", "thousand"),
    "month_year_words": ("nineteen", "thousand"),
    "day_words": _MONTH_KEYS,
    # an ordinal day number: "1st", "22nd", "3rd", "11th", "20th"
    "day_alone": tuple(
        f"{d}{end}" for d in "0123456789" for end in ("st", "nd", "rd", "th")
    ),
    "year_end": ("-",),
    "race_time": (":",),
    "fy_short": ("fy", "fiscal"),
    "quarter": ("quarter", "period"),
    "quarter_q": ("q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q"),
    "half": ("half",),
    "week_of_month": ("week",),
    "month_quarter": ("quarter",),
    "months_quarter": ("quarter", "period"),
    "sport_season": ("season",),
    "half_h": ("h1", "h2", "1h", "2h"),
    "season": tuple(lx.SEASONS),
    "relative": ("week", "month", "year", "decade", "century", "fortnight", "day"),
    "weekday": tuple(lx.FULL_WEEKDAYS),
    "nth_weekday": tuple(lx.FULL_WEEKDAYS),
    "day_of": ("day after", "day before", "day of", "day in office"),
    "units_around": ("days", "weeks", "months", "years"),
    "unit_after_next": ("before last", "after next"),
    "same_time": ("time last", "time next"),
    "deictic": ("today", "tonight", "yesterday", "tomorrow"),
    "part_of_day": ("morning", "afternoon", "evening", "night"),
    "pod_bare": ("morning", "afternoon", "evening"),
    "ago": _UNIT_KEYS,
    "weekday_ago": ("ago", "back"),
    "unit_long": ("-long",),
    "multi_unit": ("multi",),
    "half_unit": ("half",),
    "duration": _UNIT_KEYS,
    "duration_bare": _UNIT_KEYS,
    "duration_unit": _UNIT_KEYS,
    "set_every": ("every", "each"),
    "vague_duration": ("while", "some time", "period"),
    "set_adverb": (
        "daily",
        "weekly",
        "monthly",
        "annually",
        "yearly",
        "hourly",
        "nightly",
        "biweekly",
        "bimonthly",
        "biannually",
        "semiannually",
        "semi-annually",
        "fortnightly",
    ),
    "set_times": ("once", "twice", "thrice", "times"),
    "clock": ("am", "pm", "a.", "p.", "o'clock"),
    "clock24": (
        *tuple(k for k in lx.TIME_ZONES if len(k) > 1),
        "hours",
        "hrs",
        "local time",
    ),
    "clock_at": (":",),
    "clock_pod": ("tonight", "this", "last", "tomorrow", "yesterday"),
    "noon": ("noon", "midnight", "midday", "mid-day"),
    "pod_word": ("overnight", "mid"),
    "early_hours": ("hours",),
    "holiday": (
        "christmas",
        "new year",
        "boxing",
        "valentine",
        "halloween",
        "independence",
        "bastille",
        "may day",
        "veterans",
        "armistice",
        "patrick",
        "thanksgiving",
        "easter",
        "good friday",
        "labor day",
        "memorial day",
        "election day",
        "black friday",
        "cyber monday",
        "juneteenth",
        "canada day",
        "australia day",
        "anzac day",
        "remembrance day",
        "eid",
        "ramadan",
        "diwali",
        "passover",
        "rosh hashanah",
        "yom kippur",
    ),
    "year_adj": ("year-", "year's", "year end"),
    "unit_point": (
        "mid-",
        "end-",
        "h-end",
        "h end",
        "r-end",
        "r end",
        "k-end",
        "k end",
    ),
}
