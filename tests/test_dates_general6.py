"""Dates stage: a sixth set of general rules of English news.

Found by reading whole articles written in the wire and broadcast styles
(headline, dateline, body) against publication dates of the 1990s and 2020s.
Each table holds the span, TIMEX3 type and value expected, and the look-alikes
that read otherwise or are not tagged:

- a Title Case headline capitalises every word, so a capital there says
  nothing of a name or a title: "Strike Set For Next Week", "Markets Fall On
  Friday As Oil Jumps" hold dates as their lower-case forms do, while "Sunday
  Times Poll Shows Labour Lead" names a paper and a capitalised unit inside a
  prose sentence is still a title ("the show This Week").
"""

from __future__ import annotations

import pytest

from .support import DateCase as Case
from .support import check_date_case as check
from .support import date_triples as triples

_WED = "2025-11-12"  # Wednesday
_BODY = "\n\nLONDON (Reuters) - Officials said the talks would go on."

HEADLINES: list[Case] = [
    (_WED, "Strike Set For Next Week" + _BODY, "Next Week", "DATE", "2025-W47"),
    (_WED, "Talks To Resume On Monday" + _BODY, "Monday", "DATE", "2025-11-17"),
    (
        _WED,
        "Talks To Resume Next Week After Deadlock" + _BODY,
        "Next Week",
        "DATE",
        "2025-W47",
    ),
    (
        _WED,
        "Rail Strike Called Off This Month" + _BODY,
        "This Month",
        "DATE",
        "2025-11",
    ),
    (_WED, "Prices To Rise Next Year" + _BODY, "Next Year", "DATE", "2026"),
    (
        _WED,
        "Budget Talks Stall Ahead Of Next Month's Deadline" + _BODY,
        "Next Month",
        "DATE",
        "2025-12",
    ),
    (_WED, "Vote Due Within Two Weeks" + _BODY, "Two Weeks", "DURATION", "P2W"),
    (
        _WED,
        "Power Restored Three Days After Storm" + _BODY,
        "Three Days",
        "DURATION",
        "P3D",
    ),
    (
        _WED,
        "Markets Slide On Friday As Oil Jumps" + _BODY,
        "Friday",
        "DATE",
        "2025-11-14",
    ),
    (_WED, "NEXT WEEK'S SUMMIT IN DOUBT" + _BODY, "NEXT WEEK", "DATE", "2025-W47"),
    # a headline alone, with no body
    (_WED, "Strike Set For Next Week", "Next Week", "DATE", "2025-W47"),
]


@pytest.mark.parametrize("case", HEADLINES, ids=[c[1][:40] for c in HEADLINES])
def test_title_case_headline(case: Case) -> None:
    check(case)


NOT_IN_HEADLINES = [
    ("Sunday Times Poll Shows Labour Lead" + _BODY, "Sunday"),
    ("Good Morning America Host Leaves Show" + _BODY, "Morning"),
    ("French Quarter Hotel Sold To Investors" + _BODY, "Quarter"),
    # prose: a capitalised unit inside a sentence is a title
    ("She presented This Week for ten years before retiring.", "This Week"),
    ("He hosted Next Week, a satirical show, in the 1990s.", "Next Week"),
]


@pytest.mark.parametrize(
    "text,word", NOT_IN_HEADLINES, ids=[t[:40] for t, _ in NOT_IN_HEADLINES]
)
def test_capitals_that_name(text: str, word: str) -> None:
    assert all(word not in t for t, _, _ in triples(text, _WED)), triples(text, _WED)
