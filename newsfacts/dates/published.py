"""The publication date stated in an article: its dateline or its byline.

Our own patterns read the common forms; dateparser (imported only when needed)
reads what is left on a line that announces a date ("Published: ...").
"""

from __future__ import annotations

import datetime as dt

import regex

from .._data import lazy
from . import lexicon as lx
from .calendar import safe_date
from .pattern_parts import DAY, MONTH, WEEKDAY_ANY

__all__ = ["find_published"]

_HEAD = 1500  # bylines sit at the top of an article


@lazy
def _full_date() -> regex.Pattern[str]:
    return regex.compile(
        rf"""
        (?:(?:{WEEKDAY_ANY}),?+\s++)?+
        (?:
            (?P<mon>{MONTH})\s*+{DAY},?+\s*+(?P<year>(?:19|20)\d\d)
          | (?P<day2>[0-3]?\d)(?:st|nd|rd|th)?+\s++(?:of\s++)?
            (?P<mon2>{MONTH}),?+\s*+(?P<year2>(?:19|20)\d\d)
          | (?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)
          | (?P<sa>[01]?\d)/(?P<sb>[0-3]?\d)/(?P<sy>(?:19|20)\d\d)
        )(?!\d)
        """,
        regex.IGNORECASE | regex.VERBOSE,
    )


@lazy
def _announce() -> regex.Pattern[str]:
    return regex.compile(
        r"^[ \t]*+(?:(?:first\s++)?published|updated|posted|last\s++updated|date|dated|filed)"
        r"(?:\s++(?:on|at))?+\s*+:?+\s*+(?P<rest>[^\n]{4,80}+)$",
        regex.IGNORECASE | regex.MULTILINE,
    )


def _read(m: regex.Match[str]) -> dt.date | None:
    if m.group("mon"):
        return safe_date(
            int(m.group("year")),
            lx.MONTHS[m.group("mon").lower().rstrip(".")],
            int(m.group("day")),
        )
    if m.group("mon2"):
        return safe_date(
            int(m.group("year2")),
            lx.MONTHS[m.group("mon2").lower().rstrip(".")],
            int(m.group("day2")),
        )
    if m.group("iy"):
        return safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    a, b, y = int(m.group("sa")), int(m.group("sb")), int(m.group("sy"))
    return safe_date(y, a, b) if a <= 12 else safe_date(y, b, a)


def find_published(
    norm: str, dateline: tuple[int, int] | None
) -> tuple[dt.date | None, str | None]:
    """(date, "dateline" | "byline") from the head of the article, else (None, None)."""
    full = _full_date()
    if dateline is not None:
        m = full.search(norm, dateline[0], dateline[1] + 40)
        if m is not None and m.start() < dateline[1] and (d := _read(m)) is not None:
            return d, "dateline"
    head = norm[:_HEAD]
    for line in _announce().finditer(head):
        m = full.search(line.group("rest"))
        d = _read(m) if m else _dateparser(line.group("rest"))
        if d is not None:
            return d, "byline"
    # A short line near the top holding just a full date ("Nov. 26, 2019 10:32 a.m.").
    for found in full.finditer(head):
        start = head.rfind("\n", 0, found.start()) + 1
        end = head.find("\n", found.end())
        text = head[start : end if end != -1 else len(head)].strip()
        if len(text) <= 80 and (d := _read(found)) is not None:
            return d, "byline"
    return None, None


def _dateparser(text: str) -> dt.date | None:
    """dateparser, for an announced date our patterns cannot read (a few ms)."""
    import dateparser  # type: ignore[import-untyped]  # heavy: imported only here

    found = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "REQUIRE_PARTS": ["day", "month", "year"],
            # Absolute dates only: "yesterday" would be read against today.
            "PARSERS": ["custom-formats", "absolute-time"],
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    return found.date() if found is not None else None
