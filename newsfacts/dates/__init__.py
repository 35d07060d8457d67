"""Dates stage: temporal expressions found and normalised to TIMEX3 values.

One job per module:

- `stage`: the stage's entry points, `extract` and `find_published`;
- `lexicon`: word tables (months, numbers, holidays, tense markers);
- `patterns`: one regular expression per rule family, compiled on first use
  (built from `pattern_parts`; the period rules in `patterns_periods`; the
  prefilter's key strings in `triggers`);
- `recognise`: scanning, context checks, longest-match overlap resolution;
- `tense`: past / future of the clause around an expression;
- `calendar`: date arithmetic and TIMEX3 formatting;
- `values`: TIMEX3 value builders (durations, numbers, mods, time zones);
- `normalise`: TIMEX3 type, value and mod for each recognised expression (the
  rule methods by family in `normalise_amounts`, `normalise_clock`,
  `normalise_times`, `normalise_quarters`, `normalise_periods`,
  `normalise_calendar`, `normalise_days`, `normalise_units` and `normalise`;
  the state they share in `resolver`);
- `published`: the publication date stated in a dateline or byline.
"""

from __future__ import annotations

from .stage import extract, find_published

__all__ = ["extract", "find_published"]
