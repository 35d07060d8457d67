"""The context patterns of quarter phrases: the words around a quarter that
say it is the one reported, one compared with, a background, a forecast or a
habit ("fourth-quarter results", "from 19.3% in the first quarter", "After a
flat second quarter", "usually in the second quarter"), compiled once on
first use. `normalise_quarters` reads them.
"""

from __future__ import annotations

import regex

from .._data import lazy

# The words of a quarter's phrase, compiled once on first use.
_WORD = lazy(lambda: regex.compile(r"[\w-]++"))
_YEAR_BACK = lazy(
    lambda: regex.compile(r"year-ago|year-earlier|comparable|corresponding|same")
)
_LAST_QUARTER = lazy(
    lambda: regex.compile(
        r"\b(?:last|previous|prior|preceding|past|latest|just-ended|just-completed|recent)\b"
    )
)
# "previous", "prior", "preceding" quarter: the one before the quarter
# under discussion, when there is one.
_BEFORE_TOPIC = lazy(lambda: regex.compile(r"\b(?:previous|prior|preceding)\b"))
# The words before a period a figure is compared with: "from 19.3% in",
# "compared with", "versus", "against ... in".
_COMPARED = lazy(
    lambda: regex.compile(
        r"(?:\bfrom\s++[$€£]?+\d[\d.,]*+\s*+(?:%|percent\b|[a-z]++\b)?+\s++in"
        r"|\b(?:compared\s++(?:with|to)|versus|vs\.|against)"
        r"(?:\s++[$€£]?+\d[\d.,]*+\s*+(?:%|percent\b|[a-z]++\b)?+\s++in)?+)"
        r"\s++$",
        regex.IGNORECASE,
    )
)
# The words before an earlier quarter told as the background of the one
# reported: "After a flat second quarter, the company said the gain came
# from ...", "following a weak first quarter", "despite a loss in the first
# quarter".
_BACKGROUND = lazy(
    lambda: regex.compile(
        r"\b(?:after|following|despite)\s++(?:(?:a|an|the|its|their)\s++)?+"
        r"(?:[a-z-]++\s++){0,3}?(?:in\s++(?:the\s++|its\s++)?+)?+$",
        regex.IGNORECASE,
    )
)
_THIS_QUARTER = lazy(lambda: regex.compile(r"\b(?:this|current)\b"))
# The last day stated right after a quarter: "(the quarter) ended Sept. 30",
# "(its fiscal fourth quarter), which ended June 30", "ending Dec. 31, 2024".
_STATED_END = lazy(
    lambda: regex.compile(
        r",?+\s++(?:which\s++|that\s++)?+(?P<verb>ended|ending)\s++(?:on\s++)?+"
        r"(?P<mon>(?-i:[A-Z][a-z]{2,8}))\.?+\s++(?P<day>[1-9]|[12]\d|3[01])(?!\d)"
        r"(?:st|nd|rd|th)?+(?:,?+\s++(?P<year>(?:1[89]|20)\d\d)(?!\d))?+",
        regex.IGNORECASE,
    )
)


# A quarter's figures after "this quarter('s)": "this quarter's loss".
_FIGURES_AFTER = lazy(
    lambda: regex.compile(
        r"(?:'s|’s)?[\s-]++(?:net\s++)?(?:loss|losses|profit|profits|earnings|results|"
        r"income|sales|revenue|figures)\b",
        regex.I,
    )
)

# The figures of a period, right after a quarter ("fourth-quarter results",
# "Q3 earnings report") or just before it ("results for the third quarter").
_RESULTS_AFTER = lazy(
    lambda: regex.compile(
        r"[\s-]++(?:(?:financial|operating|trading)\s++)?+"
        r"(?:results|earnings|figures|numbers|report|statements?)\b",
        regex.I,
    )
)
_RESULTS_BEFORE = lazy(
    lambda: regex.compile(
        r"\b(?:results|earnings|figures|numbers)\s++(?:for|of)\s++(?:the\s++|its\s++)?+$",
        regex.I,
    )
)
# A verb of reporting before a period: "expects to report a third-quarter net
# loss", "will post earnings for the third quarter" name figures drawn up.
_REPORTS_BEFORE = lazy(
    lambda: regex.compile(
        r"\b(?:report|post|announce|release|publish)(?:s|ed|ing)?+\b", regex.I
    )
)
# A figure a quarter or half qualifies: "in the wake of a third-quarter loss".
_FIGURE_AFTER = lazy(
    lambda: regex.compile(
        r"[\s-]++(?:net\s++)?+(?:loss(?:es)?+|profits?+|income|revenues?+|deficit|surplus|"
        r"charges?+|write-?downs?+|dividends?+)\b",
        regex.I,
    )
)
# "(the quarter) ended", "(the year) that ended": asked over the two words
# after the period (`match_ahead`), as the pattern needs "end".
_ENDED = lazy(lambda: regex.compile(r"\s++(?:that\s++)?+(?:ended|ending)\b", regex.I))


# A word of habit before a period: the clause tells what happens every year.
_HABIT = lazy(
    lambda: regex.compile(
        r"\b(?:usually|typically|normally|generally|traditionally|always|often|tends?+\s++to)\b",
        regex.IGNORECASE,
    )
)
