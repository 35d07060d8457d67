"""Build `newsfacts/dates/data/moving_holidays.tsv`: the Gregorian dates of the
holidays whose day moves with a lunar or lunisolar calendar (Eid al-Fitr, Eid
al-Adha, Lunar New Year, Diwali, Passover, Rosh Hashanah, Yom Kippur), which no
simple rule computes, so that "during Eid al-Fitr" or "before Lunar New Year"
gets the day of the year the article means.

Source: `holidays==0.60` (MIT licence, the `holidays` PyPI package by its
authors at vacanza/holidays), whose country calendars carry these days: the
Islamic ones from Saudi Arabia's (Umm al-Qura, where Eid is first declared),
the Lunar New Year from China's, Diwali from India's (2001-2030 only in that
version), the Jewish ones from Israel's. Each row is a first day the calendar
gives the holiday (a holiday of several days, or one that begins at sunset the
evening before, is named by its first full day). An Islamic holiday falls
twice in some Gregorian years (Eid al-Fitr on 8 January and 27 December 2000):
both are rows. Years without an entry are left out.

Rows are sorted by rule and date, so the output is reproducible byte for byte.

Run from the project root:  .venv/bin/python scripts/build_holidays.py
Needs the `data` extra (`pip install -e .[data]`).
"""

from __future__ import annotations

import datetime as dt
import sys
import warnings
from pathlib import Path

PACKAGE = "holidays"
VERSION = "0.60"
OUT = (
    Path(__file__).resolve().parent.parent / "newsfacts/dates/data/moving_holidays.tsv"
)
FIRST_YEAR, LAST_YEAR = 1980, 2040
# Days of one holiday lie closer than this; the next year's are months away.
GAP = dt.timedelta(days=15)
HEADER = (
    "# The first days of the holidays that move with a lunar calendar:\n"
    "# rule, date (ISO). Built by scripts/build_holidays.py from\n"
    f"# {PACKAGE}=={VERSION} (MIT); the rule names are those of\n"
    "# newsfacts/dates/lexicon.py HOLIDAYS.\n"
    "# rule\tdate\n"
)
# rule -> (country calendar, words its holiday's name holds)
SOURCES: dict[str, tuple[str, str]] = {
    "eid_al_fitr": ("SA", "Eid al-Fitr"),
    "eid_al_adha": ("SA", "Eid al-Adha"),
    "lunar_new_year": ("CN", "Chinese New Year"),
    "diwali": ("IN", "Diwali"),
    "passover": ("IL", "Pesach"),
    "rosh_hashanah": ("IL", "Rosh Hashanah"),
    "yom_kippur": ("IL", "Yom Kippur"),
}


def first_days() -> list[tuple[str, dt.date]]:
    """(rule, first day) for every holiday of every year the source knows."""
    import holidays

    if holidays.__version__ != VERSION:
        sys.exit(f"needs {PACKAGE}=={VERSION}, found {holidays.__version__}")
    out: list[tuple[str, dt.date]] = []
    for rule, (country, words) in sorted(SOURCES.items()):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "available from 2001 to 2030"
            calendar = holidays.country_holidays(
                country, years=range(FIRST_YEAR - 1, LAST_YEAR + 1)
            )
        # the days the holiday is kept, not the days off given for it
        # ("Eid al-Adha Holiday (observed)" after a weekend)
        days = sorted(
            d
            for d, name in calendar.items()
            if words in name and "observed" not in name
        )
        out += [
            (rule, d)
            for n, d in enumerate(days)
            if (n == 0 or d - days[n - 1] > GAP) and FIRST_YEAR <= d.year <= LAST_YEAR
        ]
    return out


def build() -> str:
    """The table's text."""
    rows = "".join(f"{r}\t{d.isoformat()}\n" for r, d in first_days())
    return HEADER + rows


def main() -> None:
    text = build()
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - HEADER.count(chr(10))} rows)")


if __name__ == "__main__":
    main()
