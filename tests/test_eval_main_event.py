"""The matching rules of `benchmarks/eval_main_event.py`, on made-up values.

The benchmark itself reads development texts that are not in the repository and
is never run by the test suite; its comparisons are plain functions, checked here
so that a figure it prints means what its docstring says.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import ModuleType

import pytest

import newsfacts

from .support import load_script

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "eval_main_event.py"


def _load() -> ModuleType:
    return load_script(SCRIPT)


EVAL = _load()


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        ("Conor McGregor", "McGregor", True),
        ("Donald Trump", "President Trump", True),
        ("Pope Francis", "Francis", True),
        ("Mexico's Senate", "Mexican Senate", True),
        ("federal grand jury", "grand jury", True),
        ("Kimberly Hacker and Vernon Adkins", "Kimberly Hacker", True),
        ("Board of Control for cricket in India", "India", False),
        ("St. Louis Police", "police", False),
        ("Court of Criminal Appeals", "court", False),
        ("Jennifer Daniel", "Dennis Moses", False),
    ],
)
def test_names_match_on_half_of_each_side(
    gold: str, system: str, expected: bool
) -> None:
    assert EVAL.names_match(gold, [system]) is expected


def test_names_match_tries_every_system_name() -> None:
    assert not EVAL.names_match("Islamic State", ["IS"])
    assert EVAL.names_match("Islamic State", ["IS", "Islamic State group"])


@pytest.mark.parametrize(
    ("gold", "value", "source", "expected"),
    [
        ("2016-11-21", "2016-11-21", "clause", True),
        ("2016-11-21", "2016-11-21TMO", "clause", True),
        ("2016-11-21", "2016-11-22", "clause", False),
        ("2016-11-21", None, None, False),
        ("2016-12", "2016-12-06", "clause", True),
        ("2016-12", "2016", "clause", False),
        ("2017-W18", "2017-05-02", "clause", True),
        ("2017-W18", "2017-05-08", "clause", False),
        ("2016-W50-WE", "2016-12-17", "passage", True),
        ("2016-W50-WE", "2016-12-16", "passage", False),
        ("XXXX-WXX-4", "XXXX-WXX-4", "clause", True),
        ("XXXX-WXX-4", "2018-04-05", "clause", True),
        ("XXXX-WXX-4", "2018-04-04", "clause", False),
        ("XXXX-04-04", "2018-04-04", "clause", True),
        ("XXXX-04-04", "XXXX-04-04", "clause", True),
        ("XXXX-04-04", "2018-04-05", "clause", False),
        (None, None, None, True),
        (None, "2016-12-17", "published", True),
        (None, "2016-12-17", "clause", False),
    ],
)
def test_when_match_at_the_gold_precision(
    gold: str | None, value: str | None, source: str | None, expected: bool
) -> None:
    assert EVAL.when_match(gold, value, source) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-12-19 05:35 CT", dt.date(2016, 12, 19)),
        ("Wed Nov 23, 2016 | 4:58pm EST", dt.date(2016, 11, 23)),
        ("9:55 AM ET, Sun January 4, 2015", dt.date(2015, 1, 4)),
        ("12:01 PM, Dec 15, 2016", dt.date(2016, 12, 15)),
        ("17 December 2016", dt.date(2016, 12, 17)),
        ("11/28/2016", dt.date(2016, 11, 28)),
        ("December 9th 2016", dt.date(2016, 12, 9)),
        ("2016 Oct 10", dt.date(2016, 10, 10)),
        (None, None),
        ("", None),
        ("yesterday", None),
    ],
)
def test_corpus_date_reads_the_day(value: str | None, expected: dt.date | None) -> None:
    assert EVAL.corpus_date(value) == expected


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        ("indicted", "indict", True),
        ("died", "dies", True),
        ("buying out", "buying", True),
        ("given the green light", "green light", True),
        ("arrested", "charged", False),
    ],
)
def test_triggers_meet_on_a_stem(gold: str, system: str, expected: bool) -> None:
    shared = EVAL.trigger_stems(gold) & EVAL.trigger_stems(system)
    assert bool(shared) is expected


@pytest.mark.parametrize(
    ("where", "country", "admin1", "kind"),
    [
        ("Washington, D.C.", "US", "DC", "city"),
        ("New York", "US", "NY", "admin1"),
        ("New York City", "US", "NY", "city"),
        ("London, Ontario", "CA", "08", "city"),
    ],
)
def test_resolve_place_uses_country_and_region(
    where: str, country: str, admin1: str, kind: str
) -> None:
    entry = EVAL.resolve_place(where, country)
    assert entry is not None
    assert (entry.country, entry.admin1, entry.kind) == (country, admin1, kind)


def test_resolve_place_refuses_a_place_outside_the_region() -> None:
    assert EVAL.resolve_place("London, Kentucky", "US") is None


def _row(where: str | None, country: str | None) -> dict[str, object]:
    return {"where": where, "where_country": country}


def test_where_match_by_name_needs_the_same_country() -> None:
    paris_fr = newsfacts.Location(name="Paris", kind="city", country="FR")
    assert EVAL.where_match(_row("Paris, Ontario", "CA"), paris_fr) is False
    assert EVAL.where_match(_row("Paris", "FR"), paris_fr) is True


def test_where_match_by_distance() -> None:
    brooklyn = newsfacts.Location(
        name="Brooklyn", kind="city", country="US", lat=40.65, lon=-73.95
    )
    albany = newsfacts.Location(
        name="Albany", kind="city", country="US", lat=42.65, lon=-73.75
    )
    assert EVAL.where_match(_row("New York City", "US"), brooklyn) is True
    assert EVAL.where_match(_row("New York City", "US"), albany) is False


def test_where_match_null_gold_wants_no_place() -> None:
    place = newsfacts.Location(name="Paris", kind="city", country="FR")
    assert EVAL.where_match(_row(None, None), None) is True
    assert EVAL.where_match(_row(None, None), place) is False
