"""Word lists of the temporal tagger: plain tables, no logic.

Every table maps a lower-case surface form to what it means; the patterns
(`pattern_parts.py`) and the prefilter keys (`triggers.py`) are built from the
keys, the normaliser reads the values. Plain word lists live in `data/*.tsv`,
each word with an example, read once when the stage is first imported.
"""

from __future__ import annotations

import datetime as dt

from .._data import iter_rows, lazy, word_classes

__all__ = [
    "AMBIGUOUS_MONTHS",
    "DAY_ORDINALS",
    "DELAY_WORDS",
    "FULL_WEEKDAYS",
    "FUTURE_WORDS",
    "HOLIDAYS",
    "MONTHS",
    "NOT_INFINITIVE",
    "NOT_PAST_ED",
    "NUMBERS",
    "ORDINALS",
    "PARTS_OF_DAY",
    "PAST_INFINITIVE_HEADS",
    "PAST_WORDS",
    "QUANT_MODS",
    "QUANT_OUTSIDE",
    "REFERENCE_WORDS",
    "SEASONAL_ZONES",
    "SEASONS",
    "TIME_ZONES",
    "VAGUE_NUMBERS",
    "WEEKDAYS",
    "moving_holidays",
]

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

# Full month names that are also ordinary English words: tagged only in date context.
AMBIGUOUS_MONTHS = frozenset({"may", "march"})

WEEKDAYS: dict[str, int] = {  # ISO weekday numbers
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3,
    "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
}  # fmt: skip
FULL_WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)

NUMBERS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a": 1, "an": 1, "a single": 1, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a dozen": 12, "dozen": 12, "half a dozen": 6,
}  # fmt: skip
# Quantities with no exact number: the value gets an "X" ("several years" = PXY).
VAGUE_NUMBERS = frozenset(
    {
        "several",
        "a few",
        "few",
        "many",
        "some",
        "numerous",
        "hundreds of",
        "thousands of",
    }
)

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "final": 4, "last": 4,
}  # fmt: skip

# Days of the month written as ordinal words: "March eighth", "the twenty-first
# of May" (broadcast transcripts and formal prose spell them out).
DAY_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}  # fmt: skip


SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI",
}  # fmt: skip

# Named days: fixed (month, day) or a rule name the normaliser computes.
HOLIDAYS: dict[str, tuple[int, int] | str] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31),
    "independence day": (7, 4), "bastille day": (7, 14), "may day": (5, 1),
    "veterans day": (11, 11), "armistice day": (11, 11), "st. patrick's day": (3, 17),
    "thanksgiving day": "thanksgiving", "thanksgiving": "thanksgiving",
    "easter sunday": "easter", "easter": "easter", "good friday": "good_friday",
    "easter monday": "easter_monday", "labor day": "labor_day",
    "memorial day": "memorial_day", "election day": "election_day",
    "black friday": "black_friday", "cyber monday": "cyber_monday",
    "juneteenth": (6, 19), "canada day": (7, 1), "australia day": (1, 26),
    "anzac day": (4, 25), "remembrance day": (11, 11),
    # US federal Mondays
    "presidents day": "presidents_day", "presidents' day": "presidents_day",
    "president's day": "presidents_day", "washington's birthday": "presidents_day",
    "martin luther king day": "mlk_day", "martin luther king jr. day": "mlk_day",
    "martin luther king, jr. day": "mlk_day", "mlk day": "mlk_day",
    "columbus day": "columbus_day", "indigenous peoples' day": "columbus_day",
    "indigenous peoples day": "columbus_day",
    # days that move with a lunar calendar: read from `moving_holidays()`
    "eid al-fitr": "eid_al_fitr", "eid ul-fitr": "eid_al_fitr",
    "eid al-adha": "eid_al_adha", "eid ul-adha": "eid_al_adha",
    "lunar new year": "lunar_new_year", "chinese new year": "lunar_new_year",
    "diwali": "diwali", "passover": "passover", "rosh hashanah": "rosh_hashanah",
    "yom kippur": "yom_kippur",
    # "Eid" alone: whichever of the two Eids the tense points to; "Ramadan":
    # the fasting month before Eid al-Fitr (a month-long period, not a day).
    "eid": "eid", "ramadan": "ramadan",
}  # fmt: skip

# Not here: observances named like campaigns ("Earth Day organisers", "an
# International Women's Day march"), whose name is often the event, not the day.


@lazy
def moving_holidays() -> dict[str, tuple[dt.date, ...]]:
    """Rule name -> the first days of a holiday no rule computes (Eid, Lunar
    New Year, Passover...), 1980-2040, from `data/moving_holidays.tsv`
    (`scripts/build_holidays.py`)."""
    out: dict[str, list[dt.date]] = {}
    for rule, day in iter_rows("dates/data/moving_holidays.tsv"):
        out.setdefault(rule, []).append(dt.date.fromisoformat(day))
    return {rule: tuple(days) for rule, days in out.items()}


# Quantity modifiers before a duration -> TIMEX3 mod.
QUANT_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX",
    "roughly": "APPROX", "some": "APPROX", "nearly": "LESS_THAN",
    "almost": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "just over": "MORE_THAN", "just under": "LESS_THAN", "well over": "MORE_THAN",
}  # fmt: skip

# Quantifiers left outside a duration's span ("about [two weeks]").
QUANT_OUTSIDE = frozenset({"about", "around", "approximately", "roughly", "some", "over",
                           "under",
                           "just over", "just under", "well over"})  # fmt: skip

# Tense marker words (data/tense_words.tsv, each with an example): read when the
# tagged verb group of the clause does not decide (tense.py).
_TENSE = word_classes("dates/data/tense_words.tsv")
PAST_WORDS = _TENSE["past"]
FUTURE_WORDS = _TENSE["future"]
# Verbs that move an event later: the time after "until" / "to" is still to come
# ("delayed until 09:00 GMT Monday", "postponed the vote to Friday").
DELAY_WORDS = _TENSE["delay"]
# Verbs whose "to"-infinitive happened (or failed) when they did: "went to see him
# on Friday", "tried to flee on Monday" are past, unlike "agreed to meet on Friday".
PAST_INFINITIVE_HEADS = _TENSE["past_infinitive_head"]
# Words after "to" that show it is a preposition, not an infinitive marker.
NOT_INFINITIVE = _TENSE["not_infinitive"]
# "-ed" words that are not past tense verbs.
NOT_PAST_ED = _TENSE["not_past_ed"]
# Nouns of events held on a set day: "Sunday's final" in a clause that looks
# ahead ("will play Agassi in Sunday's final") is the coming Sunday.
SCHEDULED_NOUNS = _TENSE["scheduled_noun"]

# Adverbs and phrases with a reference value.
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
    "currently": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "the present": "PRESENT_REF", "the moment": "PRESENT_REF", "current": "PRESENT_REF",
    # "the then current price", "the then-current chairman": current then, a past time.
    "then current": "PAST_REF", "then-current": "PAST_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "recent": "PAST_REF",
    "the past": "PAST_REF", "formerly": "PAST_REF", "previously": "PAST_REF",
    "once": "PAST_REF", "in the past": "PAST_REF", "more recently": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "future": "FUTURE_REF", "shortly": "FUTURE_REF", "the days ahead": "FUTURE_REF",
    "the coming days": "FUTURE_REF", "one day": "FUTURE_REF",
    "earlier": "PAST_REF", "later": "FUTURE_REF",
}  # fmt: skip

# Time zones written after a clock time -> UTC offset in hours.
TIME_ZONES: dict[str, float] = {
    "gmt": 0, "utc": 0, "z": 0, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3,
    "msk": 3, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
    "pst": -8, "pdt": -7, "ist": 5.5, "jst": 9, "kst": 9, "aest": 10, "aedt": 11,
    "hkt": 8, "sgt": 8, "wib": 7,
}  # fmt: skip
# Zones whose offset depends on daylight saving time: recognised, offset left unknown.
SEASONAL_ZONES = frozenset({"et", "ct", "mt", "pt"})
