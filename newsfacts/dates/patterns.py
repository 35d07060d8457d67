"""The recognition grammar: one regular expression per rule family, as data.

Each entry of `RULES` is (rule id, pattern source). Sources are assembled from the
sub-patterns of `pattern_parts` (the reporting periods and seasons come from
`patterns_periods`) and compiled once, on first use, case-insensitively. Every
quantifier is bounded or possessive, so a scan is linear in the input length.
Which rule produced a match is the rule id stored on the TimeExpression; a
rule's place in `RULES` is its priority among overlapping matches of one length.
"""

from __future__ import annotations

import regex

from .._data import lazy
from .pattern_parts import (
    DAY,
    DAY_ON_THE,
    DAY_WORD,
    HOLIDAY,
    HOUR_WORD,
    MONTH,
    MONTH_FULL,
    NUM_WORD,
    NUMBER,
    NUMBER_RANGE,
    ORD_WORD,
    PLACE_TIME,
    POD,
    POS,
    QUANT,
    QUANT_IN,
    QUANT_OUT,
    REL,
    SEASON,
    SPOKEN_YEAR,
    TZ,
    UNIT,
    WEEKDAY,
    WEEKDAY_ANY,
    WEEKDAY_DATE,
    WEEKDAY_SHORT,
    YEAR,
    YEAR_OR_ABBR,
    YEAR_START,
)
from .patterns_periods import PERIOD_RULES

__all__ = ["RULES", "compiled"]

# Calendar dates, years and race times; the reporting periods and seasons
# (`PERIOD_RULES`) come next in the rule order.
_DATE_RULES: tuple[tuple[str, str], ...] = (
    (
        "iso",
        r"(?<![\d/.-])(?P<y>1\d{3}|20\d\d)(?P<isep>[-/.])(?P<m>[01]\d)(?P=isep)(?P<d>[0-3]\d)"
        r"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::[0-5]\d(?:\.\d{1,6})?)?+"
        r"(?P<tz>Z|[+-][01]\d:?+\d\d)?+)?+(?![\d-]|[/.]\d)",
    ),
    (
        "numeric",
        r"(?<![\d/.,$-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)(?![\d/.]\d|\d)",
    ),
    (
        "month_day",
        rf"\b(?P<weekof>the\s++week\s++of\s++)?"
        rf"(?:(?P<wd>{WEEKDAY_ANY}),?+\s++)?(?:(?P<pos>early|late|mid)\s++)?(?P<mon>{MONTH})\s*+{DAY}\b"
        rf"(?:,?+\s*+(?P<year>{YEAR_OR_ABBR})\b|\s++(?P<yrel>this|last|next)\s++year\b)?+",
    ),
    (
        # The second day of "April 24 and 25", "March 5-6", "Nov. 3 to 5": a date
        # of its own (ranges are two expressions); the check keeps its span.
        "second_day",
        rf"\b(?P<mon>{MONTH})\s*+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?+\s*+(?:-|–|and|or|to|through)\s*+"
        r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?+\b(?![\d:.,]\d|-|\s*+(?:%|percent|[ap]\.?m\b|o'clock))"
        rf"(?:,?+\s*+(?P<year>{YEAR_OR_ABBR})\b)?+",
    ),
    (
        # The first day of a British day range: "24" of "24-25 April", "from
        # 24 to 26 April", "on 24 and 25 April" (the second is `day_month`).
        "first_day",
        r"(?<![\d.,:$/-])\b(?P<span>(?P<day>[0-3]?\d)(?:st|nd|rd|th)?+)\s*+(?:-|–|and|or|to|through)\s*+"
        r"(?=(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?+\s++(?:of\s++)?"
        rf"(?P<mon>{MONTH})(?:\b|(?<=\.))(?:,?+\s*+(?P<year>{YEAR}))?+)",
    ),
    (
        "day_month",
        # "on 5 Feb.": an abbreviation's point may end the sentence too.
        rf"\b(?:(?P<wd>{WEEKDAY_ANY}|{WEEKDAY_SHORT}),?+\s++)?(?:the\s++)?{DAY}\b\s*+(?:of\s++)?(?P<mon>{MONTH})(?:\b|(?<=\.))"
        rf"(?:,?+\s*+(?P<year>{YEAR_OR_ABBR})\b)?+",
    ),
    (
        # A day written as an ordinal word: "March eighth", "the twenty-first
        # of May", "June the fifth, 2001", "January twelfth, nineteen ninety-eight".
        "day_words",
        rf"\b(?:the\s++(?P<dayw>{DAY_WORD})\s++of\s++(?P<mon>{MONTH})"
        rf"|(?P<mon>{MONTH_FULL})\s++(?:the\s++)?(?P<dayw>{DAY_WORD}))"
        rf"(?:,?+\s*+(?P<year>{YEAR})\b|,?+\s++(?P<yearw>{SPOKEN_YEAR}))?+",
    ),
    (
        "month_year",
        rf"\b(?:(?P<pos>{POS})[\s-]*+)?(?P<mon>{MONTH})(?:\s++of)?+,?+\s++(?P<year>{YEAR})\b",
    ),
    (
        # A day of the month alone, after "on" (or a preposition of a point or
        # end: "by", "until", "before", "since", "from", "for") and before a
        # clause break or the month named by reference: "talks resume on the
        # 15th", "the rally is planned for the 23rd", "on the 3rd of next
        # month". Not "the 15th century", "the 15th floor", "the 15th day".
        "day_alone",
        r"(?<=\b(?:on|by|until|till|before|since|from|for)\s++)the\s++(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
        r"(?:\s++of\s++(?P<mrel>this|next|last)\s++month\b"
        r"|(?=\s*+(?:[.,;:)]|and\b|or\b|$)))",
    ),
    (
        # A month and a spoken year: "January nineteen ninety-seven".
        "month_year_words",
        rf"\b(?:(?P<pos>{POS})[\s-]*+)?(?P<mon>{MONTH_FULL})(?:\s++of)?+,?+\s++"
        rf"(?P<yearw>{SPOKEN_YEAR})",
    ),
    (
        "month",
        rf"\b(?:(?P<pos>{POS})[\s-]*+)?(?:(?P<rel>{REL})\s++)?(?P<mon>{MONTH_FULL})\b(?!-)"
        r"(?:\s++(?:of\s++)?(?P<yrel>this|last|next)\s++year\b)?+",
    ),
    (
        "decade",
        # "the '90s", "the 1980s and '90s" (the apostrophe starts no word).
        rf"(?:\b|(?<![\w'])(?='\d0'?s\b))(?:(?P<the>the)\s++)?(?:(?P<pos>{POS})[\s-]*+)?(?:(?P<dec>1[5-9]\d|20\d)0'?s|'(?P<dec2>\d)0'?s"
        # "70s" right after a decade and a link: "the 1960s and 70s".
        r"|(?<=\b(?P<cent>1[5-9]|20)(?P<pdec>\d)0'?s\s++(?:and|or|to|through|until|-|–)\s++"
        r"(?:(?:early|mid|late)[\s-]*+)?)(?P<dec3>\d)0s"
        r"|(?<=the\s++(?:(?:early|mid|late)[\s-]*+)?)(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
    ),
    (
        "century",
        rf"\b(?:(?P<the>the)\s++)?(?:(?P<rel>this|last|next|past)\s++)?(?:(?P<pos>{POS})[\s-]*+)?"
        rf"(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORD_WORD}|twenty-first)[\s-]++century\b",
    ),
    (
        "year",
        rf"(?<![$#£€\d.,/:])(?<!(?<!{YEAR_START}|\b(?i:pre|post))-)\b(?:(?P<pos>{POS})[\s-]*+)?"
        r"(?:(?P<pp>pre|post)-)?+"
        r"(?:(?P<fy>fiscal(?:\s++year)?+|financial\s++year|calendar(?:\s++year)?+|FY|the\s++year)\s*+)?"
        rf"(?P<year>{YEAR})(?:(?P<sep>/)(?P<y2>\d\d)(?!\d)"
        # "fiscal 2025-26", "the 2023-24 season": one fiscal or season year;
        # a bare "1998-99" is a range (rule `year_end`).
        r"|(?P<sep>[-–])(?P<y2>\d\d)(?![\d-])(?(fy)|(?=\s++(?:(?:fiscal|financial|tax|school|academic|"
        r"budget|crop|marketing)\s++year|seasons?+|campaign|term|budget)\b)))?+"
        r"(?P<later>\s++or\s++(?:later|earlier))?+\b",
    ),
    (
        # The two-digit end of a year range: "1998-99", "the 2019-20 season".
        "year_end",
        r"(?<=(?P<first>(?<!\d)(?:1[5-9]|20)\d\d)-)(?P<y2>\d\d)(?![\d-])",
    ),
    (
        # A race or lap time: "finished in 2:08:41", "won in 1:42.35".
        "race_time",
        r"(?<![\d:.,])(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<f>\d{1,3}))?+"
        r"|(?P<m2>\d{1,2}):(?P<s2>[0-5]\d)\.(?P<f2>\d{1,3}))(?![\d:])",
    ),
    (
        "year_words",
        rf"\b(?:the\s++year\s++)?(?P<yearw>{SPOKEN_YEAR})",
    ),
)

# Relative expressions, durations, sets, clock times, holidays and points of a
# unit, after the periods in the rule order.
_OTHER_RULES: tuple[tuple[str, str], ...] = (
    (
        "relative",
        r"\b(?:(?P<pos>early|late|mid|earlier|later|(?:the\s++)?(?:end|beginning|start|middle|close|turn)\s++of)"
        r"\s++(?:in\s++)?)?"
        r"(?P<rel>(?:the\s++)?(?:this\s++past|this\s++coming|that\s++same|last|this|next|past|coming|previous|"
        r"current|following|same|present|that|latest|the)|year-ago|year-earlier)"
        r"\s++(?:(?P<fiscal>fiscal|financial|calendar)\s++)?"
        r"(?P<unit>week|month|year|weekend|decade|century|fortnight|day)\b(?!-)"
        r"(?P<orso>\s++or\s++so\b)?+",
    ),
    (
        # A unit before or after the one just named, the anchor left out: "3.2%
        # the month before", "the year after" (not "the month before the vote").
        "unit_before",
        r"\bthe\s++(?P<unit>week|month|year|quarter)\s++(?P<dir>before|after|earlier|prior)\b"
        r"(?=\s*+(?:[,.;:)!?]|$)|\s++(?:and|but|when|while|as|to|in)\b)",
    ),
    (
        # "(action could follow) in the new year": the year after the reference
        # one; not the holiday ("the new year holiday", "New Year's Eve").
        "new_year",
        r"(?:\b(?P<pos>early|late)\s++in\s++|(?<=\b(?:in|into|until|till|by|after)\s++))"
        r"the\s++(?-i:new\s++year)\b"
        r"(?![-'\u2019]|\s++(?:holidays?+|celebrations?+|eve|day|party|parties|honou?+rs"
        r"|message|address|resolutions?+|festivities|break|period|rush|sales?+)\b)",
    ),
    (
        # The unit left out after a coordinated or compared one: "cuts this
        # year and next", "sales this month or next" (the next year, month);
        # "losses this year and last", "twice as high this year as last",
        # "more this week than last" (the previous one).
        "unit_ellipsis",
        r"(?<=\b(?:this|last)\s++(?P<unit>year|month|week)\s++(?:and|or)\s++)"
        r"(?P<rel>next)\b(?![\s-]++(?:\p{L}|\d))"
        r"|(?<=\b(?:this|next)\s++(?P<unit>year|month|week)\s++(?:and|or|as|than)\s++)"
        r"(?P<rel>last)\b(?![\s-]++(?:\p{L}|\d))",
    ),
    (
        # A day named by its place in an event or next to one: "the second day
        # of an offensive", "his first day in office", "the day after his death".
        "day_of",
        r"\b(?:(?P<the>the)\s++)?(?:(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|"
        r"ninth|tenth|final|last)\s++)?(?:(?:trading|working|business)\s++)?(?-i:day)\b"
        r"(?=\s++(?P<rel>after|before|of|in\s++office)\b)"
        rf"(?:\s++(?:after|before)\s++(?:(?:(?P<wrel>last|next|this)\s++)?(?P<wd>{WEEKDAY})\b"
        # "the day after May 5": one expression anchored on the date.
        rf"|(?P<mon>{MONTH})\s*+{DAY}\b(?:,?+\s*+(?P<year>{YEAR})\b)?+))?+",
    ),
    (
        # The reference day a unit away: "this time last year", "the same time
        # next week".
        "same_time",
        r"\b(?:this|that|the\s++same)\s++time\s++(?P<rel>last|next)\s++(?P<unit>year|month|week)\b",
    ),
    (
        # Two units away: "the year before last", "the week after next".
        "unit_after_next",
        r"\bthe\s++(?P<unit>year|month|week)\s++(?P<dir>before\s++last|after\s++next)\b",
    ),
    (
        # A vague stretch anchored on an event: "in the weeks before the
        # shooting", "the days after the vote", "in the years that followed".
        "units_around",
        r"\bthe\s++(?P<unit>days|weeks|months|years)\b"
        r"(?=\s++(?P<rel>before|after(?!\s++all\b)|leading\s++up\s++to|preceding|that\s++followed|following)\b)",
    ),
    (
        # The first hours after midnight: "in the early hours of Sunday", "the
        # small hours"; not "the early hours of the war" (the first hours of an event).
        "early_hours",
        r"\bthe\s++(?:early|small|wee)\s++hours\b"
        rf"(?:\s++of\s++(?:(?P<wd>{WEEKDAY})|(?P<deictic>today|tomorrow|yesterday)|the(?=\s++morning))"
        r"(?:\s++morning)?+\b)?+(?!\s++of\b)",
    ),
    (
        "weekday",
        rf"\b(?:(?P<pos>early|late|earlier|later)\s++(?P<on>on\s++)?+)?"
        # "a week on Monday" (British), "a week from Monday": the Monday after next.
        r"(?:(?P<weekon>a\s++week\s++(?:on|from)\s++))?+"
        rf"(?:(?P<rel>{REL}|the\s++previous|the\s++following)\s++)?(?P<wd>{WEEKDAY})(?P<plural>s)?+\b"
        # "Monday week" (British): the same.
        r"(?:\s++(?P<wk>week)\b(?![-'\u2019]|\s++of\b))?+"
        rf"(?:\s++(?P<pod>{POD}s?+))?+"
        # "on Monday next week", "Tuesday of last week": that day of that week.
        r"(?:\s++(?:of\s++)?(?P<wrel>last|next|this)\s++week\b(?!-|'))?+",
    ),
    (
        # A weekday by its place in a month: "the first Monday of March", "the
        # second Tuesday in April", "the last Friday of the month".
        "nth_weekday",
        rf"\bthe\s++(?P<ord>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s++"
        rf"(?P<wd>{WEEKDAY})\s++(?:of|in)\s++(?:(?P<mon>{MONTH_FULL})\b(?:,?+\s++(?P<year>{YEAR})\b)?+"
        r"|(?P<mrel>this|next|last|the)\s++month\b)",
    ),
    (
        "deictic",
        rf"\b(?:(?P<pos>early|late|earlier|later)\s++)?(?P<d>today|tonight|yesterday|tomorrow|"
        r"the\s++day\s++before\s++yesterday|the\s++day\s++after\s++tomorrow)\b"
        rf"(?:\s++(?P<pod>{POD}))?+",
    ),
    (
        "part_of_day",
        rf"\b(?:(?P<pos>early|late)\s++)?(?P<rel>this|last|the\s++(?:next|following|previous)|the|that)"
        rf"\s++(?:(?P<pos2>early|late)\s++)?(?P<pod>{POD})\b",
    ),
    (
        # "early afternoon", "late morning" after a preposition: a part of the
        # news day (or of the day named with it).
        "pod_bare",
        r"(?<=\b(?:by|in|until|till|from|since|before|after|through|during|at)\s++)"
        r"(?P<pos>early|late)\s++(?P<part>morning|afternoon|evening)\b(?![-']|\s++of\b)"
        rf"(?:\s++(?P<wd>{WEEKDAY})\b|\s++(?P<deictic>today|tomorrow|yesterday)\b)?+",
    ),
    (
        "ref",
        r"\b(?:(?P<recent>recent|coming|past)\s++(?P<unit>years|months|weeks|days|decades|quarters)"
        r"|the\s++(?P<unit2>years|months|weeks|days)\s++ahead"
        r"|(?P<word>more\s++recently|now|currently|presently|nowadays|"
        r"these\s++days|at\s++present|recently|lately|then[\s-]++current|current|"
        r"the\s++(?:near|short|long)\s++term|"
        r"the\s++(?:near\s++|distant\s++|foreseeable\s++)?future|the\s++past|future|earlier))\b(?!-)",
    ),
    (
        "ago",
        rf"\b(?:(?P<q>{QUANT})\s++)?(?:(?P<num>{NUMBER})[\s-]++)?(?P<unit>{UNIT})(?P<plural>s)?+"
        r"(?P<orso>\s++or\s++so)?+\s++(?P<dir>ago|earlier|later|from\s++(?:now|today)|hence|back)\b",
    ),
    (
        # "two Sundays ago", "three Fridays back": that weekday, counted back.
        "weekday_ago",
        rf"\b(?P<num>{NUMBER})\s++(?:(?P<wd>{WEEKDAY})s|(?P<season>summers|winters|springs"
        r"|autumns))\s++(?:ago|back)\b",
    ),
    (
        "unit_long",
        rf"\b(?:(?P<num>{NUMBER})-)?(?P<unit>{UNIT})(?P<plural>s)?+-long\b",
    ),
    (
        # A stretch of several units, as an adjective: "a multi-year deal".
        "multi_unit",
        r"\bmulti-?+(?P<unit>year|decade|week|month|day|hour)\b(?!-)",
    ),
    (
        # Half a unit: "half a century", "half an hour" (TimeML: P50Y, PT30M).
        "half_unit",
        rf"\b(?:(?P<q>{QUANT_IN})\s++)?"
        # "a quarter of an hour" PT15M, "three quarters of an hour" PT45M.
        r"(?:(?P<part>(?:the\s++(?:first|last|final|next|past)\s++|an?\s++|one\s++)?quarter"
        r"|three\s++quarters)\s++of\s++|half\s++)"
        rf"an?\s++(?P<unit>{UNIT})\b(?!-)",
    ),
    (
        # An amount in two or three units, largest first: "2 hours, 16
        # minutes", "three years and two months" (one TIMEX3, PT2H16M).
        "duration_compound",
        rf"\b(?P<span>(?:(?P<qin>{QUANT_IN})\s++)?(?P<n1>\d{{1,3}}+|{NUM_WORD}|an?)\s++"
        # "1 minute 12 seconds": figures of clock units need no comma.
        r"(?P<u1>year|month|week|day|hour|minute)s?+(?:,?+\s++and\s++|,\s*+|\s++(?=\d))"
        # "27 minutes 7.3 seconds": a race result reads to the fraction of a second.
        rf"(?P<n2>\d{{1,3}}+(?:\.\d++(?=\s++seconds?\b))?+|{NUM_WORD})\s++(?P<u2>month|week|day|hour|minute|second)s?+"
        r"(?:(?:,?+\s++and\s++|,\s*+|\s++(?=\d))"
        rf"(?P<n3>\d{{1,3}}+(?:\.\d++(?=\s++seconds?\b))?+|{NUM_WORD})\s++(?P<u3>minute|second)s?+)?+)\b"
        r"(?![-\w]|\s++(?:ago|earlier|later|old|from\s++now)\b)",
    ),
    (
        "duration",
        # Not the decimals of a number ("366" of "2.366 seconds").
        rf"(?<!\d[.,])\b(?:(?P<q>{QUANT_OUT})\s++)?(?P<span>(?:(?P<qin>{QUANT_IN})\s++)?(?:(?P<the>the|a|an)\s++)?"
        r"(?:(?P<rel>past|last|next|first|coming|previous|"
        r"following|final|latest|ensuing|remaining|same|entire|whole|full|initial|subsequent|additional|further|"
        r"another|other|more|year-ago|year-earlier|comparable)\s++)?"
        rf"{NUMBER_RANGE}(?P<hy>[\s-]++)(?:more\s++)?"
        rf"(?:(?:trading|business|working|calendar|school|straight|consecutive)\s++)?+(?P<unit>{UNIT})"
        r"(?P<plural>s)?+(?P<half>\s++and\s++a\s++half)?+(?P<orso>\s++or\s++so)?+)\b(?!-old|\s++old\b|-long)",
    ),
    (
        "duration_bare",
        rf"\b(?:(?P<q>{QUANT})\s++)?(?P<span>(?:(?P<the>the)\s++)?(?:(?P<rel>past|last|next|coming|first|previous|early)\s++)?"
        r"(?P<unit>year|month|week|day|hour|minute|decade|centurie)s"
        # "weeks or months": one vague amount, valued by its first unit.
        r"(?:\s++or\s++(?:year|month|week|day|hour|minute|decade|centurie)s\b)?+)\b(?!-)",
    ),
    (
        "duration_unit",
        # "for another year": one more unit of time.
        rf"\b(?:(?P<q>{QUANT})\s++)?(?P<the>the|an|another|a)\s++(?:(?P<rel>past|last|next|coming|first|previous|"
        r"following|entire|whole|full|same|additional|extra)\s++)?(?P<unit>year|month|week|day|hour|minute|decade|century|"
        r"fortnight|quarter)\b(?!-)",
    ),
    (
        # A vague amount of time after "for": "for some time", "for a while",
        # "for a fairly lengthy period".
        "vague_duration",
        r"(?<=\bfor\s++)(?P<span>a\s++while|some\s++time|a\s++(?:(?:fairly|very|relatively)\s++)?"
        r"(?:long|lengthy|short|brief|limited)\s++period)\b(?!\s++(?:of|to|when|before|after)\b)",
    ),
    (
        "set_every",
        rf"\b(?P<every>every|each)\s++(?:(?P<other>other)\s++)?(?:(?P<num>{NUMBER})\s++)?"
        rf"(?P<unit>{UNIT}|{WEEKDAY}|{MONTH_FULL}|{POD}|weekend|{SEASON})s?+\b"
        # "every Sunday morning": that part of each such day.
        rf"(?:(?<=(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s++(?P<pod>{POD})\b)?+",
    ),
    (
        # "closed on weekends", "at weekends": each weekend, as "on Tuesdays".
        "weekends",
        r"(?<=\b(?:on|at|during|over)\s++)weekends\b(?![-'\u2019])",
    ),
    (
        "set_adverb",
        # "twice daily", "three times weekly": the count is part of the SET, as
        # in "twice a week".
        rf"\b(?:(?:once|twice|thrice|{NUMBER}\s++times)\s++)?+(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|fortnightly|biweekly|"
        r"bimonthly|biannually|semiannually|semi-annually)\b",
    ),
    (
        "set_times",
        rf"\b(?P<freq>once|twice|thrice|{NUMBER}\s++times)\s++(?:a|an|per|every|each)\s++(?P<unit>{UNIT})\b",
    ),
    (
        "clock",
        r"(?<![\d.:$])\b(?:(?P<q>about|around|approximately|roughly)\s++)?(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?+\s*+"
        r"(?P<ap>a\.\s?m\b\.?|p\.\s?m\b\.?|am\b|pm\b|o'clock\b|in\s++the\s++(?:morning|afternoon|evening)\b|at\s++night\b)"
        rf"(?:\s++(?P<tz>{TZ}\b|local\s++time\b|{PLACE_TIME}))?+"
        # "5 p.m. on Monday, March 20": the date after the weekday is part of it.
        rf"(?:,?+\s++(?:on\s++)?(?P<wd>{WEEKDAY})\b{WEEKDAY_DATE}"
        rf"|\s++(?P<deictic>today|tomorrow|yesterday|tonight)\b"
        rf"|,?+\s++(?:on\s++)?(?P<mon>{MONTH})\s*+{DAY}\b"
        # "3pm on 14 May": the day before the month, as British papers write it.
        rf"|,?+\s++on\s++(?:the\s++)?{DAY}\s++(?:of\s++)?(?P<mon>{MONTH_FULL})\b|{DAY_ON_THE})?+"
        rf"(?(mon),?+\s++(?P<year>{YEAR})\b)?+",
    ),
    (
        # An hour of the clock in words: "eight o'clock", "eleven p.m.", "(at)
        # seven in the morning", "a quarter past seven", "half past six", "a
        # quarter to nine" (the forms of speech and of plain prose).
        "clock_words",
        r"\b(?:(?P<q>about|around|approximately|roughly)\s++)?"
        r"(?:(?P<frac>(?:a\s++)?quarter|half|five|ten|twenty|twenty[\s-]five)\s++"
        r"(?P<dir>past|after|to)\s++)?"
        rf"(?P<hw>{HOUR_WORD})"
        r"(?:\s*+(?P<ap>o'clock\b|a\.\s?m\b\.?|p\.\s?m\b\.?"
        r"|in\s++the\s++(?:morning|afternoon|evening)\b|at\s++night\b))?+"
        rf"(?:,?+\s++(?:on\s++)?(?P<wd>{WEEKDAY})\b"
        r"|\s++(?P<deictic>today|tomorrow|yesterday|tonight)\b)?+",
    ),
    (
        # An hour and a part of a day named from today: "at 9 tonight", "at 10
        # this morning", "at 8 last night", "at 6 tomorrow evening".
        "clock_pod",
        r"(?<=\b(?:at|by|until|before|after|around|from)\s++)(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?+\s++"
        r"(?:(?P<d>tonight)|(?P<d>this|last|tomorrow|yesterday)\s++(?P<pod>morning|afternoon|evening|night))\b",
    ),
    (
        "clock24",
        r"(?<![\d.:$,])\b(?:(?P<q>about|around|approximately|roughly)\s++)?"
        r"(?P<h>[0-2]?\d)(?::|\.|h)?(?P<m>[0-5]\d)\s*+"
        rf"(?P<tz>{TZ}|hours|hrs|local\s++time)\b"
        rf"(?:,?+\s++(?:on\s++)?(?P<wd>{WEEKDAY})\b{WEEKDAY_DATE}|\s++(?P<deictic>today|tomorrow|yesterday|tonight)\b"
        # "14:00 GMT on March 12", "1400 GMT on 12 March": the date, as `clock`.
        rf"|,?+\s++on\s++(?P<mon>{MONTH})\s*+{DAY}\b"
        rf"|,?+\s++on\s++(?:the\s++)?{DAY}\s++(?:of\s++)?(?P<mon>{MONTH_FULL})\b|{DAY_ON_THE})?+"
        rf"(?(mon),?+\s++(?P<year>{YEAR})\b)?+",
    ),
    (
        "clock_at",
        r"(?:\b(?:at|by|until|from|before|after|around|between)\s++"
        # "at about 02:45"; the end of "between 01:00 and 04:00", "from 22:00 to 06:00".
        r"|(?<=\b(?:between|from)\s++[0-2]?\d:[0-5]\d\s*+(?:and|to|until|till|-|–)\s*+))"
        r"(?P<span>(?:(?P<q>about|around|approximately|roughly)\s++)?"
        r"(?P<h>[0-2]?\d):(?P<m>[0-5]\d)(?![\d:.]\d)"
        # "at 00:01 on Sunday", "at 09:00 on Nov. 24": the day's, as for `clock`.
        rf"(?:,?+\s++on\s++(?:(?P<wd>{WEEKDAY})\b|(?P<mon>{MONTH})\s*+{DAY}\b))?+"
        rf"(?(mon),?+\s++(?P<year>{YEAR})\b)?+)",
    ),
    (
        "noon",
        # "around midnight" (mod APPROX), as "about 10:35 a.m.".
        r"\b(?:(?P<q>about|around|approximately|roughly)\s++)?"
        rf"(?P<w>noon|midnight|midday|mid-day)\b(?:\s++(?P<tz>{TZ}\b|local\s++time\b))?+"
        rf"(?:,?+\s++(?:on\s++)?(?P<wd>{WEEKDAY})\b{WEEKDAY_DATE}|\s++(?P<deictic>today|tomorrow|yesterday)\b"
        # "midnight on March 22", "midnight Aug. 31", "noon on 2 April": the
        # day's, as for `clock`.
        rf"|,?+\s++(?:on\s++)?(?P<mon>{MONTH})\s*+{DAY}\b"
        rf"|,?+\s++on\s++(?:the\s++)?{DAY}\s++(?:of\s++)?(?P<mon>{MONTH_FULL})\b|{DAY_ON_THE})?+"
        rf"(?(mon),?+\s++(?P<year>{YEAR})\b)?+",
    ),
    (
        # Dawn and dusk after a preposition: "at dawn", "before dawn on
        # Tuesday", "by nightfall", "shortly after sunset"; not "the dawn of a
        # new era", "Dawn" (a name), nor the daily span "from dawn to dusk".
        "pod_dawn",
        r"(?<=\b(?:at|by|before|after|until|till|since|around|near|towards?+)\s++)"
        r"(?P<w>dawn|daybreak|first\s++light|sunrise|dusk|nightfall|sunset)\b(?![-'\u2019])"
        r"(?!\s++(?:to|till|until|and)\s++(?:dawn|dusk|daybreak|nightfall|sunrise|sunset)\b)"
        rf"(?:,?+\s++(?:on\s++)?+(?P<wd>{WEEKDAY})\b(?![-'\u2019])"
        r"|\s++(?P<deictic>today|tomorrow|yesterday)\b)?+",
    ),
    (
        # A part of the day in one word: "overnight", "mid-afternoon yesterday".
        "pod_word",
        r"\b(?P<w>overnight|mid-?+\s?+(?P<part>morning|afternoon|evening))\b(?!-)"
        # "overnight on Wednesday", "overnight into Sunday" (the night before it).
        rf"(?:\s++(?:(?P<link>on|into)\s++)?+(?P<wd>{WEEKDAY})\b"
        r"|\s++(?P<deictic>today|tomorrow|yesterday)\b)?+",
    ),
    (
        "holiday",
        # "on the eve of Eid", "on Christmas Eve": the day before.
        rf"\b(?P<eve>(?:the\s++)?+eve\s++of\s++)?+(?:(?P<rel>last|this|next)\s++)?(?P<hol>{HOLIDAY})(?P<week>\s++week(?P<end>end)?+)?+(?:\s++(?P<year>{YEAR}))?+\b",
    ),
    (
        # A point inside the current unit: "mid-decade", "mid-year", "month-end".
        "unit_point",
        r"\b(?:(?P<pos>mid|end)-(?P<unit>century|decade|year|month|week|quarter)"
        r"|(?P<unit2>month|quarter|week)[\s-]end)\b(?!-\w)",
    ),
    (
        "year_adj",
        r"\b(?:(?P<the>the)\s++)?year(?:-|'s\s++|\s++(?=end\b))(?P<w>earlier|ago|end|to-date)\b(?!\s++(?:quarter|period))",
    ),
)

RULES: tuple[tuple[str, str], ...] = (*_DATE_RULES, *PERIOD_RULES, *_OTHER_RULES)


@lazy
def compiled() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """The rules, compiled once on first use."""
    return tuple(
        (name, regex.compile(src, regex.IGNORECASE | regex.V0)) for name, src in RULES
    )
