"""Sports pages in the shape of 1990s Reuters wires: a sport's name before a
dash labels the headline and is no dateline, while real datelines stay."""

from __future__ import annotations

import pytest

from newsfacts.text import Document

# (text, the dateline's place or None)
_DATELINES = [
    (
        "TENNIS - RESULTS AT CANADIAN OPEN.\nTORONTO 1996-08-16\n"
        "Results from the Canadian Open tennis tournament on Friday.\n",
        None,
    ),
    (
        "MOTOR RACING - HILL TAKES POLE IN BELGIUM.\nSPA 1996-08-24\n"
        "Damon Hill took pole position for Sunday's Belgian Grand Prix.\n",
        None,
    ),
    (
        "RUGBY UNION - WALLABIES NAME SIDE FOR TEST.\nSYDNEY 1996-08-20\n"
        "Australia named an unchanged side on Tuesday.\n",
        None,
    ),
    (
        "CRICKET - ENGLAND BEAT PAKISTAN IN FIRST TEST.\nLONDON 1996-07-28\n"
        "England beat Pakistan by 107 runs at Lord's on Monday.\n",
        None,
    ),
    # what must not change: datelines that name places
    ("LONDON (Reuters) - England beat Pakistan by 107 runs on Monday.\n", "LONDON"),
    ("WASHINGTON - The Senate voted on Tuesday to raise the wage.\n", "WASHINGTON"),
    (
        "MELBOURNE, Aug 19 (Reuters) - Greg Norman shot a 66 on Sunday.\n",
        "MELBOURNE",
    ),
]


@pytest.mark.parametrize(("text", "place"), _DATELINES)
def test_sport_label_is_no_dateline(text: str, place: str | None) -> None:
    line = Document(text).dateline
    got = None if line is None else text[line.place.start : line.place.end]
    assert got == place
