"""Normalisation of days named relative to the story: weekdays ("Tuesday",
"Monday night", "Tuesday last week", "the first Monday of March"), "today",
"yesterday", "tonight", and parts of the day ("that morning", "the next
evening"). A layer of the resolver (see `normalise`), over the calendar rules.
"""

from __future__ import annotations

import datetime as dt

import regex

from .._data import lazy
from . import calendar as cal
from . import lexicon as lx
from .neighbours import era_use, range_start
from .normalise_calendar import CalendarRules
from .recognise import Candidate
from .resolved import _DAY, _DEICTIC_SHIFT, _EDGE_OF_DAY, _YEAR_STEP, Resolved
from .tense import possessive_tense, scheduled_after
from .values import pos_mod

__all__ = ["DayRules"]


_ORDINAL_DAY = {"fir": 1, "1st": 1, "sec": 2, "2nd": 2, "thi": 3, "3rd": 3,
                "fou": 4, "4th": 4, "fif": 5, "5th": 5}  # fmt: skip


class DayRules(CalendarRules):
    """Weekdays, "today" and its neighbours, and parts of the day."""

    def _r_weekday(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        wd = lx.WEEKDAYS[m["wd"].lower()]
        pod = (m["pod"] or "").lower()
        pod_code = lx.PARTS_OF_DAY.get(pod.rstrip("s"), "") if pod else ""
        shared = (
            None if m["plural"] or pod else _SHARED_PLURAL().match(self.norm, c.end)
        )
        if shared is not None:
            # "on Monday and Tuesday nights": the plural belongs to both days.
            pod = (shared["pod"] or "s").lower()
            pod_code = lx.PARTS_OF_DAY.get(pod.rstrip("s"), "")
        if m["plural"] or pod.endswith("s"):
            return Resolved(
                "SET", f"XXXX-WXX-{wd}" + (f"T{pod_code}" if pod_code else "")
            )
        rel = " ".join((m["rel"] or "").lower().split())
        # A position word left outside the span ("was [late] on Monday") is none.
        pos = (m["pos"] or "").lower() if c.start <= m.start() else ""
        mod = pos_mod(pos) if pos in ("early", "late") else None
        possessive = possessive_tense(self.norm, c.start, c.end)
        if possessive == "past" and self.in_subject(c):
            # "Saturday's show features the band": the subject's day takes the
            # clause's tense ("Wednesday's ruling was ..." past, "... features"
            # present: the nearest).
            possessive = None
        elif (
            possessive == "past"
            and scheduled_after(self.norm, c.end)
            and self.tense(c) == "future"
        ):
            # "will play Agassi in Sunday's final", "faces Spain in Wednesday's
            # semi-final": a scheduled event in a clause that looks ahead is
            # still to come ("will investigate Sunday's attack" stays past).
            possessive = "future"
        tense = None if rel else possessive or self.tense(c)
        d = self._weekday(wd, rel, tense, c.start)
        last = self.last_day
        if (
            not rel
            and last is not None
            and last.isoweekday() == wd
            and _A_WEEKDAY_AFTER().search(self.norm, max(0, c.start - 40), c.start)
            and self._last_day_at >= c.start - 40
        ):
            # "on March 29, a Saturday": the weekday of the date just named.
            d = last
        week_rel = m["wrel"]
        if (m["wk"] or m["weekon"]) and self.ref is not None:
            # "Monday week", "a week on Monday": a week after the coming Monday
            # (on a Monday itself, a week from today); always ahead.
            week_rel = None
            d = self.ref + dt.timedelta(days=(wd - self.ref.isoweekday()) % 7 + 7)
        elif not week_rel and not rel:
            # "from Tuesday to Thursday next week": the start in the end's week.
            later = (
                _RANGE_TO_WEEK().match(self.norm, c.end)
                if _RANGE_LINK_AFTER().match(self.norm, c.end)
                else None
            )
            week_rel = later["wrel"] if later is not None else None
        if (m["wk"] or m["weekon"]) and self.ref is not None:
            pass
        elif week_rel and self.ref is not None:
            # "Tuesday last week": that weekday of the week before the reference one.
            step = _YEAR_STEP[week_rel.lower()]
            monday = self.ref - dt.timedelta(days=self.ref.isoweekday() - 1)
            d = monday + dt.timedelta(days=7 * step + wd - 1)
        elif (
            not rel
            and (
                start := range_start(
                    self.norm, self.last_day, self._last_day_at, c.start
                )
            )
            is not None
        ):
            # "from Friday to Sunday": a range ends on or after its start.
            d = start + dt.timedelta(days=(wd - start.isoweekday()) % 7 or 7)
        elif (
            not rel
            and d is not None
            and self.ref is not None
            and tense in ("past", "past?")
            and (end := _RANGE_END_DAY().match(self.norm, c.end)) is not None
        ):
            # "stayed in Paris from Monday to Thursday" told on a Wednesday: a
            # past range ends by the reference date, so it starts the week before.
            end_wd = lx.WEEKDAYS[end["wd"].lower()]
            if d + dt.timedelta(days=(end_wd - wd) % 7 or 7) > self.ref:
                d -= 7 * _DAY
        # A part of the day is a TIME (TimeML): "Thursday morning" is 2019-11-28TMO,
        # "late Sunday" the Sunday's night (TNI), "early Sunday" its morning (TMO).
        code = pod_code or _EDGE_OF_DAY.get(pos, "")
        tp, suffix = ("TIME", f"T{code}") if code else ("DATE", "")
        if code and not pod_code:
            mod = None
        if d is None:
            return Resolved(tp, f"XXXX-WXX-{wd}{suffix}", mod)
        self._note(day=d)
        if code in ("NI", "EV"):
            self.last_night_at = self._last_day_at
        return Resolved(tp, cal.fmt_date(d) + suffix, mod, "published")

    def _r_nth_weekday(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "the first Monday of March": that day of the month stated (placed
        like a bare month) or named ("of next month", "of the month": the
        reference one)."""
        wd = lx.WEEKDAYS[m["wd"].lower()]
        ordw = m["ord"].lower()
        n = -1 if ordw in ("last", "final") else _ORDINAL_DAY[ordw[:3]]
        if self.ref is None:
            return Resolved("DATE", "XXXX-XX-XX")
        if m["mon"]:
            month = lx.MONTHS[m["mon"].lower()]
            year = self._year_of(m)
            if year is None:
                year, _ = cal.place_month(month, self.ref, self.tense(c))
        else:
            step = _YEAR_STEP.get(m["mrel"].lower(), 0)
            year, month = cal.add_months(self.ref.year, self.ref.month, step)
        d = cal.nth_weekday(year, month, wd, n)
        if d.month != month:  # "the fifth Monday" of a month with four: the month
            return Resolved("DATE", f"{year:04d}-{month:02d}")
        self._note(day=d)
        return self._date(d, None if m["year"] else "published")

    def _r_deictic(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        word = " ".join(m["d"].lower().split())
        shift = _DEICTIC_SHIFT[word]
        pod = (m["pod"] or "").lower()
        pos = (m["pos"] or "").lower()
        if (
            word in ("today", "tomorrow")
            and not pod
            and not pos
            and era_use(self.norm, c.start, c.end)
        ):
            # "in today's world", "the leaders of tomorrow": the present or
            # coming age, not the day (TimeML: "today" meaning "nowadays").
            return Resolved("DATE", "PRESENT_REF" if word == "today" else "FUTURE_REF")
        mod = pos_mod(pos) if pos in ("early", "late") else None
        code = "NI" if word == "tonight" else lx.PARTS_OF_DAY.get(pod, "")
        if not code and pos in _EDGE_OF_DAY:
            code, mod = _EDGE_OF_DAY[pos], None  # "late yesterday": its night
        tp = "TIME" if code else "DATE"
        if self.ref is None:
            return Resolved(tp, "XXXX-XX-XX" + (f"T{code}" if code else ""), mod)
        d = self.ref + shift * _DAY
        self._note(day=d)
        return Resolved(
            tp, cal.fmt_date(d) + (f"T{code}" if code else ""), mod, "published"
        )

    def _r_part_of_day(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        rel = " ".join(m["rel"].lower().split())
        code = lx.PARTS_OF_DAY[m["pod"].lower()]
        mod = pos_mod(m["pos"] or m["pos2"])
        if rel.startswith("the ") and self.last_day is not None:  # "the next morning"
            day = self.last_day + (-_DAY if rel.endswith("previous") else _DAY)
            return Resolved("TIME", f"{cal.fmt_date(day)}T{code}", mod, "previous")
        if rel.startswith("the "):
            return Resolved("TIME", f"XXXX-XX-XXT{code}", mod)
        if rel in ("the", "that"):
            base, anchor = (
                (self.last_day, "previous")
                if self.last_day
                else (self.ref, "published")
            )
            front = self.front_day
            if (
                rel == "the"
                and self.last_day
                and front
                and self.last_day < front
                and not self._near_sentence(self._last_day_at, c.start)
            ):
                # "Shares plunged Monday ... raised its rate last Wednesday. The
                # yen rose ... Trading was halted during the afternoon session":
                # the day the story has reached, not a background day named two
                # sentences back ("that evening", or a day named in the sentence
                # before, still is: "... were dashed Friday. Dealers placed
                # orders in the morning").
                base = front
            elif (
                self.last_day
                and self.ref is not None
                and self.last_day > self.ref
                and self.tense(c) == "past"
            ):
                # "A warning is in place until 9 p.m. Tuesday. Crews worked
                # through the night": a past night is no day still ahead; the
                # day the story has reached.
                base = front or self.ref
                anchor = "previous" if front else "published"
        else:
            base, anchor = self.ref, "published"
            if rel == "last" and base is not None:
                base = base - _DAY
        if base is None:
            return Resolved("TIME", f"XXXX-XX-XXT{code}", mod)
        return Resolved("TIME", f"{cal.fmt_date(base)}T{code}", mod, anchor)


# The word that links a weekday to the end of its range: "(Tuesday) to",
# "(Monday night) and", "(Friday) -".
_RANGE_LINK = (
    r"(?:\s++(?:morning|afternoon|evening|night))?+,?+\s*+(?:to|through|thru|until|till|"
    r"and|-|–)"
)
# The end of a weekday range placed in a week: "(from Tuesday) to Thursday next
# week", "(between Monday) and Wednesday this week".
_RANGE_TO_WEEK = lazy(
    lambda: regex.compile(
        _RANGE_LINK
        + r"\s*+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        r"(?:\s++(?:morning|afternoon|evening|night))?+\s++(?P<wrel>next|last|this)\s++week\b",
        regex.IGNORECASE,
    )
)
# The link alone, asked first: `_RANGE_TO_WEEK` needs "week", and `regex`
# looks for a string a pattern needs through all the rest of the text before
# it tries the pattern where it is asked to, so asking it after every weekday
# would read a long text once per weekday. The link needs no one string: most
# weekdays, which open no range, are told in a few characters.
_RANGE_LINK_AFTER = lazy(lambda: regex.compile(_RANGE_LINK, regex.IGNORECASE))
# The end of a weekday range right after its start: "(Monday) to Thursday",
# "(Friday night) until Sunday"; not a list ("on Friday and Monday").
_RANGE_END_DAY = lazy(
    lambda: regex.compile(
        r"(?:\s++(?:morning|afternoon|evening|night))?+,?+\s*+"
        r"(?:to|through|thru|until|till|-|–)\s*+"
        r"(?P<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
        regex.IGNORECASE,
    )
)
# A date in figures, then ", a" right before a weekday: "on March 29, a Saturday".
_A_WEEKDAY_AFTER = lazy(lambda: regex.compile(r"\d(?:st|nd|rd|th)?+,\s++a\s++$"))
_SHARED_PLURAL = lazy(
    lambda: regex.compile(
        r"\s*+(?:,|and|or)\s++(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
        r"Sunday)(?:s\b|\s++(?P<pod>mornings|afternoons|evenings|nights)\b)",
        regex.IGNORECASE,
    )
)
