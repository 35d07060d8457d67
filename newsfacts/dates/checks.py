"""Context checks: whether a rule match is a time expression, and its span.

Each check takes the match and the text and returns False (not a time
expression), True (keep the match) or the (start, end) span to keep. They hold
the knowledge that a pattern cannot: capitalised month names, "May" only in
date context, no money or head counts after a year, titles... This module holds
the table `CHECKS` of every rule's check; the checks live by family in
`checks_calendar` (calendar dates), `checks_relative` (relative expressions),
`checks_periods` (periods and seasons), `checks_durations` (durations and
sets) and `checks_times` (clock times).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from .checks_calendar import (
    clock_ok,
    decade_ok,
    first_day_ok,
    holiday_ok,
    month_alone_ok,
    month_day_ok,
    month_ok,
    second_day_ok,
    weekday_ok,
    year_end_ok,
    year_ok,
)
from .checks_durations import (
    ago_ok,
    duration_bare_ok,
    duration_compound_ok,
    duration_ok,
    duration_unit_ok,
    set_every_ok,
)
from .checks_periods import (
    half_ok,
    month_quarter_ok,
    months_quarter_ok,
    quarter_ok,
    season_ok,
    sport_season_ok,
)
from .checks_relative import (
    deictic_ok,
    part_of_day_ok,
    ref_ok,
    relative_ok,
    year_adj_ok,
)
from .checks_times import (
    clock24_ok,
    clock_words_ok,
    day_of_ok,
    early_hours_ok,
    noon_ok,
    pod_dawn_ok,
    race_time_ok,
)
from .exclusions import (
    pod_word_ok,
    set_adverb_ok,
    unit_point_ok,
)

__all__ = ["CHECKS", "Check"]

Check = Callable[[regex.Match[str], str], "bool | tuple[int, int]"]

CHECKS: dict[str, Check] = {
    "decade": decade_ok,
    "year_end": year_end_ok,
    "race_time": race_time_ok,
    "month_day": month_day_ok,
    "day_month": month_ok,
    "second_day": second_day_ok,
    "first_day": first_day_ok,
    "month_year": month_ok,
    "day_words": month_ok,
    "month_year_words": month_ok,
    "month": month_alone_ok,
    "weekday": weekday_ok,
    "day_of": day_of_ok,
    "units_around": lambda m, norm: (m.start("unit"), m.end("unit")),
    "year": year_ok,
    "quarter": quarter_ok,
    "half": half_ok,
    "season": season_ok,
    "relative": relative_ok,
    "deictic": deictic_ok,
    "part_of_day": part_of_day_ok,
    "ref": ref_ok,
    "duration": duration_ok,
    "duration_compound": duration_compound_ok,
    "ago": ago_ok,
    "duration_unit": duration_unit_ok,
    "duration_bare": duration_bare_ok,
    "set_every": set_every_ok,
    "clock": clock_ok,
    "clock24": clock24_ok,
    "clock_words": clock_words_ok,
    "holiday": holiday_ok,
    "month_quarter": month_quarter_ok,
    "months_quarter": months_quarter_ok,
    "sport_season": sport_season_ok,
    "noon": noon_ok,
    "pod_word": pod_word_ok,
    "pod_dawn": pod_dawn_ok,
    "unit_point": unit_point_ok,
    "early_hours": early_hours_ok,
    "set_adverb": set_adverb_ok,
    "year_adj": year_adj_ok,
}
