"""Calendar arithmetic and TIMEX3 value formatting, with no text knowledge."""

from __future__ import annotations

import datetime as dt

__all__ = [
    "add_months",
    "easter",
    "fmt_date",
    "fmt_week",
    "holiday_date",
    "nth_weekday",
    "place_month",
    "place_month_day",
    "quarter_of",
]


def fmt_date(d: dt.date) -> str:
    """ "YYYY-MM-DD"."""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_week(d: dt.date) -> str:
    """The ISO week of `d`, "YYYY-Www"."""
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by `delta` months."""
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def quarter_of(d: dt.date) -> int:
    """Calendar quarter 1-4 of `d`."""
    return (d.month - 1) // 3 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (Feb. 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def place_month_day(
    month: int,
    day: int,
    ref: dt.date,
    tense: str | None,
    weekday: int | None = None,
    ahead: bool = False,
    behind: bool = False,
) -> dt.date | None:
    """The year-less "month day" nearest `ref`, biased the way the tense says.

    A stated weekday picks the year it fits. `ahead`: the clause's own verb is a
    plain future ("will be signed on Jan. 2"), which a day already past cannot
    be; the day is on or after `ref`. `behind`: the day comes right after a
    past verb ("met Jan. 5"); it is on or before `ref`.
    """
    options = [
        d
        for y in (ref.year - 1, ref.year, ref.year + 1)
        if (d := safe_date(y, month, day))
    ]
    if not options:
        return None
    if weekday is not None:
        fitting = [d for d in options if d.isoweekday() == weekday]
        if fitting:
            return min(fitting, key=lambda d: abs((d - ref).days))
    if ahead:
        options = [d for d in options if d >= ref] or options
    elif behind:
        options = [d for d in options if d <= ref] or options
    return min(options, key=lambda d: biased((d - ref).days, tense))


# A year-less date is the nearest one; the clause's tense makes the other
# direction this many times further away. A weak past ("-ed", maybe an
# adjective) only tilts the choice; an auxiliary or irregular verb nearly
# settles it: "said" often reports a plan ("said it would close in mid-November").
# A "to"-infinitive ("future?") leans forward only a little: "to make the
# late-November trip" in January is still last November.
TENSE_BIAS = {"past?": 5, "past": 8, "future": 8, "future?": 3}


def biased(
    delta: int, tense: str | None, bias: dict[str, int] = TENSE_BIAS
) -> tuple[float, bool]:
    """Sort key of a candidate `delta` days (or months) from the reference."""
    against = (tense in ("past", "past?") and delta > 0) or (
        tense in ("future", "future?") and delta < 0
    )
    return abs(delta) * (bias[tense] if against and tense else 1), delta > 0


def place_month(
    month: int,
    ref: dt.date,
    tense: str | None,
    ahead: bool = False,
    behind: bool = False,
) -> tuple[int, int]:
    """(year, month) of a bare month name, placed like `place_month_day`
    (`ahead`: not a month already over; `behind`: not a month yet to begin)."""
    if month == ref.month:
        return ref.year, month
    options = [(y, month) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if ahead:
        options = [ym for ym in options if ym > (ref.year, ref.month)]
    elif behind:
        options = [ym for ym in options if ym < (ref.year, ref.month)]
    return min(
        options,
        key=lambda ym: biased((ym[0] - ref.year) * 12 + ym[1] - ref.month, tense),
    )


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th ISO `weekday` of the month (n = -1: the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        shift = (weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=shift + 7 * (n - 1))
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    la = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * la) // 451
    month, day = divmod(h + la - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


# US federal holidays on the nth Monday of a month: rule -> (month, n).
_NTH_MONDAYS = {"mlk_day": (1, 3), "presidents_day": (2, 3), "columbus_day": (10, 2)}


def holiday_date(rule: tuple[int, int] | str, year: int) -> dt.date:
    """The date of a holiday in `year` from its lexicon entry."""
    if isinstance(rule, tuple):
        return dt.date(year, *rule)
    if rule == "thanksgiving":
        return nth_weekday(year, 11, 4, 4)
    if rule in ("black_friday", "cyber_monday"):  # the Friday, Monday after it
        shift = 1 if rule == "black_friday" else 4
        return nth_weekday(year, 11, 4, 4) + dt.timedelta(days=shift)
    if rule == "labor_day":
        return nth_weekday(year, 9, 1, 1)
    if rule == "memorial_day":
        return nth_weekday(year, 5, 1, -1)
    if rule in _NTH_MONDAYS:  # "Presidents Day": the third Monday of February
        month, n = _NTH_MONDAYS[rule]
        return nth_weekday(year, month, 1, n)
    if rule == "election_day":
        return nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    offsets = {"easter": 0, "good_friday": -2, "easter_monday": 1}
    return easter(year) + dt.timedelta(days=offsets[rule])
