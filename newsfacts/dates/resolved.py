"""The resolver's record of one reading, and the small tables of steps and
words the rule families share.

`Resolved` is what a rule method says about a candidate; the tables say how far
"last", "next", "yesterday" move and which words before a day name make it an
end point or a span.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

__all__ = ["Resolved", "TaggedSentence"]

# A sentence's tokens with their Penn tags: (text, tag, start, end) each.
TaggedSentence = Sequence[tuple[str, str, int, int]]

_DAY = dt.timedelta(days=1)


@attrs.frozen(slots=True)
class Resolved:
    """What the normaliser says about one candidate."""

    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None
    timezone: str | None = None


_STEPS = {"last": -1, "past": -1, "previous": -1, "this past": -1, "next": 1,
          "coming": 1, "this coming": 1, "following": 1, "year-ago": -1,
          "year-earlier": -1, "latest": -1}  # fmt: skip
_DEICTIC_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                  "the day before yesterday": -2, "the day after tomorrow": 2}  # fmt: skip
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# "early"/"late" before a day name: the part of that day they name.
_EDGE_OF_DAY = {"early": "MO", "late": "NI"}
# Words before a day name that make it the end of a span.
_END_WORDS = frozenset("until till by through".split())
# Prepositions before "the past year" that make it a span, not a point.
_SPAN_BEFORE = frozenset("over for during throughout within across through".split())
