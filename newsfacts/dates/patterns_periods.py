"""The grammar of reporting periods and seasons: quarters, halves, fiscal years,
a week of a month, the seasons of the year and of a sport.

Company and sports news name periods in forms of their own ("3Q24", "Q1 FY25",
"the September quarter", "the January-March period", "1H24", "last season");
their rules sit together here, as their checks do in `checks_periods` and their
values in `normalise_periods`. `patterns.RULES` places them in the rule order.
"""

from __future__ import annotations

from .pattern_parts import (
    MONTH_FULL,
    NUMBER,
    POS,
    REL,
    SEASON,
    SPOKEN_YEAR,
    YEAR,
    YEAR_OR_ABBR,
)

__all__ = ["PERIOD_RULES"]

PERIOD_RULES: tuple[tuple[str, str], ...] = (
    (
        # Two ordinal quarters coordinated: "the first and second quarters",
        # "the third and fourth quarters of 2023". The span is the second
        # ("second quarters"); the first ("the first") is its own expression
        # (`recognise`), as a range's two ends are.
        "quarter_pair",
        r"\b(?:(?P<the>the)\s++)?(?P<o1>first|second|third|fourth)\s++(?:and|or|to|through)\s++"
        r"(?P<span>(?P<o2>first|second|third|fourth)[\s-]++quarters\b"
        rf"(?:\s++of\s++(?:(?:fiscal|calendar)\s++)?+(?P<year>{YEAR}))?+)",
    ),
    (
        "fy_short",
        r"\b(?:FY|fiscal\s++)'?+(?P<y2>\d\d)\b",
    ),
    (
        "quarter",
        # "the end of the third quarter": a position inside it (mod END).
        r"\b(?:(?P<pos>(?:the\s++)?+(?:beginning|start|end|close|middle)\s++of)\s++(?=the\b))?+"
        r"(?:(?P<the>the)\s++)?(?:(?P<lyear>last\s++year's|this\s++year's|next\s++year's)\s++)?"
        rf"(?:(?P<year0>{YEAR})\s++)?"
        r"(?:(?P<rel>this|that|last|next|latest|past|current|previous|prior|preceding|year-ago|year-earlier|comparable|"
        r"same|corresponding|recent|just-ended|just-completed|most\s++recent|fiscal|calendar)[\s-]++){0,3}+"
        r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]++)?+"
        r"(?:(?:fiscal|calendar)[\s-]++)?+(?P<unit>quarter|period)\b(?!-\w)"
        rf"(?:\s++of\s++(?:(?:fiscal|the\s++year|calendar)\s++)?+(?P<year>{YEAR})|,?+\s++(?P<year2>{YEAR})"
        r"|(?P<ago>\s++(?:a\s++year\s++(?:ago|earlier)|last\s++year|of\s++last\s++year|"
        r"of\s++(?:this|next|the)\s++(?:(?:fiscal|financial)\s++)?+year)))?+",
    ),
    (
        "quarter_q",
        # "Q3 2024", "3Q24", "Q1 FY25", "Q3 FY2024" (the fiscal year's quarter).
        rf"(?-i:\b(?P<q>Q[1-4]|[1-4]Q))(?:\s*+(?P<year>{YEAR_OR_ABBR})|(?<=Q)(?P<y2>\d\d)"
        rf"|\s++(?-i:FY)\s*+(?:(?P<fy>{YEAR})|'?+(?P<fy2>\d\d)))?+\b",
    ),
    (
        # A quarter named by its last month: "the September quarter", "the
        # June 2024 quarter" (Australian, Indian and company reporting).
        "month_quarter",
        r"\bthe\s++(?P<mon>March|June|September|Sept?\.|December|Dec\.|Mar\.)"
        rf"(?:\s++(?P<year>{YEAR}))?+[\s-]++quarter\b(?!-\w)",
    ),
    (
        # A quarter named by its months: "the January-March quarter", "the
        # October-December period" (Japanese and other company reporting).
        "months_quarter",
        rf"\bthe\s++(?P<m1>{MONTH_FULL})[-–](?P<mon>{MONTH_FULL})(?:\s++(?P<year>{YEAR}))?+"
        r"\s++(?:quarter|period)\b(?!-\w)",
    ),
    (
        # A sports (or growing, fashion) season next to the reference one:
        # "last season", "this season", "earlier this season".
        "sport_season",
        r"\b(?:(?P<pos>earlier|later|early|late)\s++(?:in\s++)?)?"
        r"(?P<rel>last|this|next|the\s++(?:previous|current|coming))\s++season\b(?![-']|\s++of\b)",
    ),
    (
        "half",
        r"\b(?:(?P<the>the)\s++)?(?:(?P<rel>this|last|next|past|previous|coming)\s++)?"
        r"(?:(?P<ord>first|second|latter|last|1st|2nd)[\s-]++half"
        # "the first two quarters of 1990": a half, told in quarters.
        r"|(?P<ord2>first|last|final)\s++two\s++quarters)\b"
        # "of fiscal 2026", "of the fiscal year": a fiscal year's half.
        rf"(?:\s++of\s++(?:(?:fiscal|financial)\s++(?=\d))?+(?:(?P<year>{YEAR})"
        r"|(?P<yrel>this|last|next|the)\s++(?:(?:fiscal|financial)\s++)?+year"
        r"|(?:the\s++)?'(?P<dec>\d)0s)"
        rf"|,?+\s++(?P<year2>{YEAR}))?+",
    ),
    (
        "half_h",
        # "H1 2023", "H2"; "1H24", "2H 2023" only with their year ("a 2H pencil").
        rf"(?-i:\b(?:H(?P<h>[12])(?:\s*+(?P<year>{YEAR_OR_ABBR}))?+"
        rf"|(?P<h2>[12])H(?:\s*+(?P<year2>{YEAR_OR_ABBR})|(?P<y2>\d\d))))\b",
    ),
    (
        # A week of a month by its place: "the second week of June", "the last
        # week of April 2023".
        "week_of_month",
        # "the last weekend of August": that weekend (`XXXX-WXX-WE`).
        r"\bthe\s++(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s++week(?P<we>end)?+\s++(?:of|in)\s++"
        rf"(?P<mon>{MONTH_FULL})\b(?:,?+\s++(?P<year>{YEAR})\b)?+",
    ),
    (
        # Seasons counted back or ahead: "for the past three summers", "the
        # next two winters": that season in each of those years, a set.
        "season_count",
        r"\bthe\s++(?P<rel>past|last|previous|next|coming)\s++"
        rf"(?P<num>{NUMBER})\s++(?-i:(?P<season>spring|summer|autumn|fall|winter)s)\b",
    ),
    (
        "season",
        rf"\b(?:(?P<pos>{POS})[\s-]*+)?(?:(?P<the>the)\s++)?(?:(?P<rel>{REL})\s++)?(?P<season>{SEASON})\b"
        rf"(?:\s++(?:of\s++)?(?:(?P<year>{YEAR})\b|(?P<yearw>{SPOKEN_YEAR})))?+",
    ),
)
