"""The calendar range a TIMEX3 value denotes: its first and last day, or None.

TIMEX3 values mix granularities ("2010", "2010-05", "2010-W03", "2010-SU",
"2010-05-04T15:00"), and tools that turn them into one timestamp guess: pandas
reads "2010" as 1 January 2010 and gives NaT for "2010-W03". A range says what
the value means instead: "2010-W03" is 2010-01-18 to 2010-01-24.

Conventions (stated here because TIMEX3 leaves them open):

- weeks are ISO 8601 weeks (Monday to Sunday); "-WE" is that week's Saturday
  and Sunday;
- quarters and halves are calendar ones ("2019-Q3" is July to September);
- seasons are the meteorological seasons of the northern hemisphere: spring
  (SP) March to May, summer (SU) June to August, fall (FA) September to
  November, winter (WI) December of the year to February of the next, as the
  dates stage writes them;
- a decade "201" is 2010 to 2019, a century "20" is 2000 to 2099;
- a clock time or a part of a day ("2019-11-26T15:00", "2019-11-26TNI") is the
  day it falls on;
- `mod` ("START", "APPROX") is not applied: the range is the value's.

Anything that is not a point or a period on the calendar has no range: values
with unknown parts ("XXXX-04-04", "2019-XX"), durations ("P3Y"), sets, and the
references "PRESENT_REF", "PAST_REF", "FUTURE_REF".
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import regex

__all__ = ["calendar_range"]

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


@functools.cache
def _value_pattern() -> regex.Pattern[str]:
    """The TIMEX3 value pattern, compiled on first use: `import newsfacts`
    (which imports the records, and so this module) neither imports `regex`
    nor compiles anything."""
    import regex

    return regex.compile(
        r"(?P<y>\d{2,4}+)"
        r"(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?+|W(?P<w>\d\d)(?P<we>-WE)?+"
        r"|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?+"
        r"(?:T[0-9:.]++(?:Z|[+-]\d\d(?::?+\d\d)?+)?+|T(?:MO|AF|EV|NI|DT))?+"
    )


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """First day of month `first` to last day of month `last` (13, 14: next year)."""
    end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
    return dt.date(year, first, 1), _month_end(end_year, end_month)


def calendar_range(
    value: str | None, type: str = "DATE"
) -> tuple[dt.date, dt.date] | None:
    """(first day, last day) that TIMEX3 `value` covers, or None (see module doc).

    `type` is the expression's TIMEX3 type; DURATION and SET have no range.
    """
    if not value or str(type) not in ("DATE", "TIME"):
        return None
    m = _value_pattern().fullmatch(value)
    if m is None:
        return None
    digits = m["y"]
    try:
        if len(digits) == 2:  # a century
            return dt.date(int(digits) * 100, 1, 1), dt.date(
                int(digits) * 100 + 99, 12, 31
            )
        if len(digits) == 3:  # a decade
            return dt.date(int(digits) * 10, 1, 1), dt.date(
                int(digits) * 10 + 9, 12, 31
            )
        year = int(digits)
        if year < 1:
            return None
        if m["d"]:
            day = dt.date(year, int(m["m"]), int(m["d"]))
            return day, day
        if m["m"]:
            return _months(year, int(m["m"]), int(m["m"]))
        if m["w"]:
            monday = dt.date.fromisocalendar(year, int(m["w"]), 1)
            if m["we"]:
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if m["q"]:
            q = int(m["q"])
            return _months(year, 3 * q - 2, 3 * q)
        if m["h"]:
            h = int(m["h"])
            return _months(year, 6 * h - 5, 6 * h)
        if m["s"]:
            return _months(year, *_SEASONS[m["s"]])
        if value != digits:  # a time of day without a date
            return None
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:  # "2019-02-30", "2019-W54", a year past 9999
        return None
