"""Dates stage: holidays that move with a lunar calendar (Eid, Lunar New Year,
Diwali, Passover, Rosh Hashanah, Yom Kippur), read from the table
`dates/data/moving_holidays.tsv` that `scripts/build_holidays.py` builds.

The reference date is Wednesday 8 May 2024 unless a case says otherwise.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsfacts import dates
from newsfacts.dates import lexicon as lx
from newsfacts.text import Document

from .support import load_script

ROOT = Path(__file__).resolve().parent.parent
REF = dt.date(2024, 5, 8)

# sentence, span, value
FOUND: list[tuple[str, str, str]] = [
    ("Muslims celebrated Eid al-Fitr last month.", "Eid al-Fitr", "2024-04-10"),
    ("Markets were closed for Chinese New Year.", "Chinese New Year",
     "2024-02-10"),
    ("Travel peaks before the Lunar New Year holiday.", "Lunar New Year",
     "2024-02-10"),
    ("Families will gather for Passover.", "Passover", "2025-04-13"),
    ("Shops will close on Christmas Eve.", "Christmas Eve", "2024-12-24"),
    ("Pilgrims will arrive before Eid al-Adha.", "Eid al-Adha", "2024-06-16"),
    ("She flew home for Eid ul-Fitr 2019.", "Eid ul-Fitr 2019", "2019-06-04"),
    ("The synagogue was full on Yom Kippur 2023.", "Yom Kippur 2023",
     "2023-09-25"),
    ("Last Diwali, sales of gold jumped.", "Last Diwali", "2023-11-12"),
    ("Next Rosh Hashanah falls on a Thursday.", "Next Rosh Hashanah",
     "2024-10-03"),
]  # fmt: skip


@pytest.mark.parametrize("case", FOUND, ids=[c[1] for c in FOUND])
def test_moving_holidays_get_the_day_of_the_year_meant(
    case: tuple[str, str, str],
) -> None:
    sentence, span, value = case
    found = {e.text: e for e in dates.extract(Document(sentence), REF)}
    assert span in found, sorted(found)
    assert found[span].type == "DATE"
    assert found[span].value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "The Yom Kippur War began in October 1973.",
        "The Easter Rising shaped Irish politics.",
        "He wrote a book about the Passover massacre.",
    ],
)
def test_a_holiday_in_an_events_name_is_no_date(sentence: str) -> None:
    texts = [e.text for e in dates.extract(Document(sentence), REF)]
    assert not any(t.startswith(("Yom", "Easter", "Passover")) for t in texts), texts


def test_an_eid_falling_twice_in_one_year_has_both_days() -> None:
    days = [d for d in lx.moving_holidays()["eid_al_fitr"] if d.year == 2000]
    assert days == [dt.date(2000, 1, 8), dt.date(2000, 12, 27)]
    # the nearest one to a December reference is December's
    found = dates.extract(
        Document("Crowds filled the mosques for Eid al-Fitr."), dt.date(2000, 12, 29)
    )
    assert [e.value for e in found] == ["2000-12-27"]


def test_every_rule_of_the_lexicon_has_days_in_the_table() -> None:
    table = lx.moving_holidays()
    rules = {r for r in lx.HOLIDAYS.values() if isinstance(r, str) and r in table}
    assert rules == set(table)
    for rule, days in table.items():
        assert list(days) == sorted(days), rule
        assert days[0].year <= 2001 and days[-1].year >= 2030, rule


def test_a_year_outside_the_table_is_left_unspecified() -> None:
    found = dates.extract(Document("Fireworks lit the sky for Diwali."), REF)
    assert [e.value for e in found] == ["2023-11-12"]
    far = dates.extract(
        Document("Fireworks lit the sky for Diwali."), dt.date(1970, 1, 1)
    )
    assert [e.value for e in far] == ["XXXX-XX-XX"]


def test_the_table_is_reproducible() -> None:
    """scripts/build_holidays.py rebuilds exactly the shipped table."""
    pytest.importorskip("holidays")
    build = load_script(ROOT / "scripts" / "build_holidays.py")
    shipped = (ROOT / "newsfacts" / "dates" / "data" / "moving_holidays.tsv").read_text(
        encoding="utf-8"
    )
    assert build.build() == shipped
