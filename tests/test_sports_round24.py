"""Sports pages in the shape of 1990s Reuters wires: a sport's name before a
dash labels the headline and is no dateline, while real datelines stay."""

from __future__ import annotations

import pytest

from newsfacts import parse_article
from newsfacts.records import ActorKind
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


# (text, the nation, whether it is an actor)
_NATIONS = [
    (
        "CRICKET - ENGLAND BEAT PAKISTAN IN FIRST TEST.\nLONDON 1996-07-28\n"
        "England beat Pakistan by 107 runs in the first test at Lord's on Monday.\n",
        "England",
        True,
    ),
    ("Ireland beat Scotland 17-12 at Lansdowne Road on Saturday.", "Scotland", True),
    ("Northern Ireland beat Germany 1-0 in Belfast.", "Northern Ireland", True),
    ("France beat Wales 36-3 in a Five Nations match in Paris.", "Wales", True),
    ("Wales lost 31-28 to France in Cardiff on Saturday.", "Wales", True),
    ("England won by five wickets at Headingley on Sunday.", "England", True),
    # what must not change: the nation as a place, or inside a name
    ("Rain fell in England on Monday, the Met Office said.", "England", False),
    ("The Bank of England held interest rates on Thursday.", "England", False),
    ("Scotland will vote on independence, Alex Salmond said.", "Scotland", False),
    ("Wales beat the deadline for its budget on Friday.", "Wales", False),
]


@pytest.mark.parametrize(("text", "nation", "actor"), _NATIONS)
def test_home_nation_side_is_an_actor(text: str, nation: str, actor: bool) -> None:
    art = parse_article(text)
    found = [a for a in art.actors if a.name == nation]
    assert bool(found) == actor
    for a in found:
        assert a.kind == ActorKind.COUNTRY
        assert a.code == "GBR"
        assert all(text[m.start : m.end].lower() == nation.lower() for m in a.mentions)


def test_two_home_nations_are_two_sides() -> None:
    text = "Scotland beat Wales 2-0 in a friendly at Hampden Park on Wednesday."
    art = parse_article(text)
    names = {a.name for a in art.actors if a.kind == ActorKind.COUNTRY}
    assert {"Scotland", "Wales"} <= names
    ev = art.main_event
    assert ev is not None
    assert ev.source is not None and ev.source.name == "Scotland"


def test_nation_side_stays_a_place() -> None:
    text = "England beat Pakistan by 107 runs at Lord's on Monday."
    art = parse_article(text)
    assert any(loc.name == "England" for loc in art.locations)
