"""Normalisation of clock times: "10:35 a.m. (0735 GMT) Friday", "at 9
tonight", "eight o'clock", "shortly after midnight", the ends of clock ranges.

`ClockRules` places a clock time on the day it belongs to: the day it names,
the day just named in the story, or the news day.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from .._data import lazy
from . import calendar as cal
from . import lexicon as lx
from .context import word_before
from .neighbours import range_start
from .normalise_amounts import AmountRules
from .recognise import Candidate
from .resolved import _DAY, Resolved
from .values import tz_name

__all__ = ["ClockRules"]


class ClockRules(AmountRules):
    """Rule methods for times of day given by the clock."""

    def _clock(
        self, c: Candidate, m: regex.Match[str], hour: int, minute: int
    ) -> Resolved:
        tzs = m.groupdict().get("tz")
        wd = m.groupdict().get("wd")
        deictic = (m.groupdict().get("deictic") or "").lower()
        day: dt.date | None
        story_day = False
        anchor: str | None = "published"
        mon = m.groupdict().get("mon")
        year = m.groupdict().get("year")
        if mon and year:  # "5 p.m. on March 20, 2023"
            day = cal.safe_date(
                int(year), lx.MONTHS[mon.lower().rstrip(".")], int(m["day"])
            )
            anchor = None
        elif mon and self.ref is not None:
            day = cal.place_month_day(
                lx.MONTHS[mon.lower().rstrip(".")],
                int(m["day"]),
                self.ref,
                self.tense(c),
                lx.WEEKDAYS[wd.lower()] if wd else None,
            )
        elif mon:
            stamp = f"T{hour:02d}:{minute:02d}"
            month = lx.MONTHS[mon.lower().rstrip(".")]
            return Resolved(
                "TIME",
                f"XXXX-{month:02d}-{int(m['day']):02d}{stamp}",
                timezone=tz_name(tzs),
            )
        elif dom := m.groupdict().get("dom"):
            # "6 p.m. on the 20th": that day of the month, as "on the 20th" is.
            day = self._day_of_month(c, int(dom), m.groupdict().get("mrel"))
            if day is None:
                stamp = f"T{hour:02d}:{minute:02d}"
                return Resolved(
                    "TIME", f"XXXX-XX-{int(dom):02d}{stamp}", timezone=tz_name(tzs)
                )
        elif wd:
            # "a red warning is in place until 11:00 GMT on Saturday" told on a
            # Saturday: an hour of the news day can still be ahead, so an end
            # point with a clock time may be today ("until Tuesday" alone never
            # is: `_weekday`).
            day = self._weekday(lx.WEEKDAYS[wd.lower()], "", self.tense(c))
            start = range_start(self.norm, self.last_day, self._last_day_at, c.start)
            if start is not None:
                # "from 10 p.m. Tuesday until 4 a.m. Wednesday": a range's end
                # is its start's day or one after it, never before.
                day = start + _DAY * (
                    (lx.WEEKDAYS[wd.lower()] - start.isoweekday()) % 7
                )
        elif deictic and self.ref is not None:
            day = (
                self.ref
                + {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[deictic]
                * _DAY
            )
        elif (after := _weekday_after().match(self.norm, c.end)) is not None:
            # "10:35 a.m. (0735 GMT) Friday": the weekday right after gives the day.
            name = after["wd"] or after["wd2"]
            day = self._weekday(lx.WEEKDAYS[name.lower()], "", self.tense(c), c.start)
            if after["wd2"] and day is not None:
                # The aside is another zone's clock at the same instant: past
                # midnight there ("20:30 local time (00:30 GMT Thursday)" is
                # Wednesday evening) when the hours part by more than 12.
                gap = hour - _aside_hour(after["h2"], after.group())
                day += _DAY * (-1 if gap > 12 else 1 if gap < -12 else 0)
        elif (ahead := _range_end_day().match(self.norm, c.end)) is not None:
            # "between 01:00 and 04:00 on Saturday": the start is the end's day.
            name = ahead["wd"]
            day = self._weekday(lx.WEEKDAYS[name.lower()], "", self.tense(c), c.start)
            end_hour = int(ahead["h"])
            if ahead["ap"]:  # "6 a.m." is 6, "5 p.m." 17
                end_hour = end_hour % 12 + (12 if ahead["ap"].lower()[0] == "p" else 0)
            if day is not None and end_hour < hour % 24:  # midnight: the day's start
                day -= _DAY  # "from 10 p.m. to 6 a.m. Saturday": Friday's evening
        elif (
            self._same_sentence(self._last_day_at, c.start)
            and word_before(self.norm, self._last_day_at) != "since"
            and not self._future_after_past_day(c)
        ):
            # "on Sunday night; kickoff was at 8:20 p.m."; but "gained 12
            # percent since January 1, were up 3.5 percent at 1035 GMT" is today.
            day, anchor = self.last_day, "previous"
        elif self._day_ahead(c):
            # "United host City on Sunday. Kick-off is at 4.30pm": a clock
            # time not told as past goes on with the day ahead just named.
            day, anchor = self.last_day, "previous"
        elif self._day_of_story(c):
            # "... struck before dawn on Monday. The quake hit at 4:17 a.m.": a
            # past clock time goes on with the earlier day just named, and
            # names it for the next sentence ("... reopened at 08:45. Witnesses
            # were in the area between midnight and 3am": Sunday's too).
            day, anchor = self.last_day, "previous"
            story_day = True
        else:
            day = self.ref
        evening = (
            None
            if wd or deictic or mon or hour >= 12
            else _FROM_EVENING().search(self.norm, max(0, c.start - 48), c.start)
        )
        if evening is not None:
            # "a curfew from 10 p.m. to 5 a.m.", "starts at 10 p.m. and ends
            # at 5 a.m.": a range's morning end is the next day's (the day
            # after the evening's weekday, "from 10 p.m. Friday to 5 a.m.").
            start_wd = lx.WEEKDAYS.get((evening["wd"] or "").lower())
            if start_wd is not None:
                day = self._weekday(start_wd, "", self.tense(c), c.start)
            if day is not None:
                day += _DAY
        stamp = f"T{hour:02d}:{minute:02d}"
        if day is None:
            return Resolved("TIME", "XXXX-XX-XX" + stamp, timezone=tz_name(tzs))
        if (wd or mon or story_day) and evening is None:
            # "from 06:00 GMT on Sunday until midnight", "at 6 p.m. Tuesday ...
            # the next day": a clock time that names its day names that day.
            self._note(day=day)
            if hour >= 18:
                # "erupted at 9:42 p.m. on Saturday ... evacuated overnight":
                # an evening hour names that day's night, as "Saturday night" does.
                self.last_night_at = self._last_day_at
        return Resolved("TIME", cal.fmt_date(day) + stamp, None, anchor, tz_name(tzs))

    def _future_after_past_day(self, c: Candidate) -> bool:
        """The clock time's clause is a plain future and the day just named is
        over: "The quake struck on Monday and rescuers will resume the search
        at 6 p.m." is today's 6 p.m., not Monday's."""
        return (
            self.last_day is not None
            and self.ref is not None
            and self.last_day < self.ref
            and self.tense(c) == "future"
        )

    def _day_before(self, c: Candidate) -> bool:
        """The last day named lies in the sentence before the clock time's."""
        start, _ = self.sentence(c.start)
        if start <= 0 or self.last_day is None or self.ref is None:
            return False
        before, _ = self.sentence(start - 1)
        return before <= self._last_day_at < start

    def _day_ahead(self, c: Candidate) -> bool:
        """The sentence before names a day after the reference date and the
        clock time's clause is not past."""
        return (
            self._day_before(c)
            and self.last_day is not None
            and self.ref is not None
            and self.last_day > self.ref
            and self.tense(c) not in ("past", "past?")
        )

    def _day_of_story(self, c: Candidate) -> bool:
        """The sentence before names a day before the reference date (not as
        a start point, "since Monday"), no later day was named before it, and
        the clock time's clause is past."""
        return (
            self._day_before(c)
            and self.last_day is not None
            and self.ref is not None
            and self.last_day < self.ref
            # A day behind the one the story has reached is background: "Stocks
            # drifted on Tuesday. The S&P 500 rose after closing at a record on
            # Friday. The Dow slipped, as of 11:30 a.m." is Tuesday's.
            and (self.front_day is None or self.last_day >= self.front_day)
            and word_before(self.norm, self._last_day_at) != "since"
            and self.tense(c) == "past"
        )

    def _r_clock(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        hour = int(m["h"])
        minute = int(m["m"] or 0)
        ap = " ".join(m["ap"].lower().split())
        pm = (
            ap.startswith("p")
            or ap.endswith(("afternoon", "evening"))
            or (ap == "at night" and hour >= 6)
        )
        if pm and hour < 12:
            hour += 12
        elif not pm and hour == 12 and not ap.startswith("o"):
            hour = 0
        out = self._clock(c, m, hour, minute)
        if m["q"]:
            return attrs.evolve(out, mod="APPROX")
        return out

    def _r_clock_words(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "eight o'clock" T08:00, "eleven p.m." T23:00, "seven in the
        evening" T19:00, "a quarter past seven" T07:15, "a quarter to nine"
        T08:45 (without a word of the day, the hour as written)."""
        hour = lx.NUMBERS[m["hw"].lower()]
        minute = 0
        if m["frac"]:
            frac = " ".join(m["frac"].lower().replace("-", " ").split())
            part = _HOUR_PARTS[frac.removeprefix("a ")]
            if m["dir"].lower() == "to":
                hour, minute = (hour - 1) or 12, 60 - part
            else:
                minute = part
        ap = " ".join((m["ap"] or "").lower().split())
        if (
            ap.startswith("p")
            or ap.endswith(("afternoon", "evening"))
            or (ap == "at night" and hour >= 6)
        ):
            hour = hour % 12 + 12
        elif ap.startswith("a") and hour == 12:
            hour = 0
        out = self._clock(c, m, hour, minute)
        return attrs.evolve(out, mod="APPROX") if m["q"] else out

    def _r_clock_pod(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "at 9 tonight" 21:00 today; "at 10 this morning" 10:00; "at 8 last
        night" 20:00 yesterday; "at 6 tomorrow evening" 18:00 tomorrow."""
        d = m["d"].lower()
        pod = (m["pod"] or "night").lower()
        hour = int(m["h"])
        if (
            pod in ("afternoon", "evening", "night")
            and hour < 12
            and not (pod == "night" and hour < 5)
        ):
            hour += 12
        shift = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(d, 0)
        if pod == "night" and d == "last" and hour < 5:
            shift = 0  # "at 2 last night": the small hours of today
        stamp = f"T{hour:02d}:{int(m['m'] or 0):02d}"
        if self.ref is None:
            return Resolved("TIME", "XXXX-XX-XX" + stamp)
        day = self.ref + shift * _DAY
        return Resolved("TIME", cal.fmt_date(day) + stamp, None, "published")

    def _r_clock24(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        out = self._clock(c, m, int(m["h"]), int(m["m"]))
        if m.groupdict().get("q"):  # "about 20:30 local time", as "about 10:35 a.m."
            return attrs.evolve(out, mod="APPROX")
        return out

    _r_clock_at = _r_clock24

    def _r_noon(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        out = self._noon(c, m)
        return attrs.evolve(out, mod="APPROX") if out and m["q"] else out

    def _noon(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        hour = 24 if m["w"].lower() == "midnight" else 12
        out = self._clock(c, m, hour, 0)
        ref = self.ref
        if hour == 24 and _TO_MORNING().match(self.norm, c.end) and "T24" in out.value:
            # "between midnight and 3am", "from midnight to 6 a.m.": the
            # midnight that begins the morning's day, its 00:00.
            return attrs.evolve(out, value=out.value.replace("T24:00", "T00:00"))
        if (
            hour == 24
            and ref is not None
            and not (m["wd"] or m["deictic"] or m["mon"])
            and out.value.startswith(cal.fmt_date(ref))
            and self.tense(c) == "past"
        ):
            # "the attack began shortly after midnight": the midnight that
            # began the news day (its 00:00, the instant of the day before's
            # 24:00); the one that ends it has not come yet.
            return attrs.evolve(out, value=f"{cal.fmt_date(ref)}T00:00")
        return out


@lazy
def _range_end_day() -> regex.Pattern[str]:
    """The end of a clock range and its weekday, right after a clock time:
    "(between 01:00) and 04:00 on Saturday", "(from 9 a.m.) to 5 p.m. Friday"."""
    days = "|".join(day.capitalize() for day in lx.FULL_WEEKDAYS)
    return regex.compile(
        r"\s*+(?:and|to|until|till|-|–)\s*+(?:about\s++)?+(?P<h>\d{1,2})(?:[:.]\d\d)?+"
        r"(?:\s*+(?P<ap>a\.\s?m\.|p\.\s?m\.|am\b|pm\b))?+(?:\s++(?-i:[A-Z]{2,4})\b)?+"
        rf",?+\s++(?:on\s++)?(?P<wd>{days})\b"
    )


@lazy
def _weekday_after() -> regex.Pattern[str]:
    """A capitalised weekday just after a clock time, past a bracketed aside
    or inside it."""
    days = "|".join(day.capitalize() for day in lx.FULL_WEEKDAYS)
    return regex.compile(
        # "(0630 GMT) on Sunday": the aside's own closing bracket, then the day.
        rf"(?:\)(?<=\([^()\n]{{1,20}}+\)))?+"
        rf"[ ,]*+(?:\([^()\n]{{1,20}}+\)[ ,]*+)?(?:on\s++)?(?P<wd>{days})\b(?!\s++\p{{Lu}})"
        # "at 4 in the morning (4 a.m. EDT Thursday)", "6 am (2200 GMT
        # Friday)": the day in the aside, moved by the zones' gap.
        rf"|[ ,]*+\(\s*+(?P<h2>\d{{1,4}}+)\b[^()\n]{{0,22}}?\b(?P<wd2>{days})\b[^()\n]{{0,4}}\)"
    )


# The morning end of a range right after "midnight": "(between midnight) and
# 3am", "(from midnight) to 06:00", "(midnight) until 5 a.m.".
_TO_MORNING = lazy(
    lambda: regex.compile(
        r"\s*+(?:and|to|until|till|-|–)\s*+"
        r"(?:(?:1[01]|0?\d)(?:[:.][0-5]\d)?+\s*+(?:a\.\s?m\.|am\b)|(?:0\d|1[01]):?[0-5]\d\b)",
        regex.IGNORECASE,
    )
)


# An evening clock time and the word that links it to a range's end, right
# before that end ("from 10 p.m. to", "between 8pm and", "10 p.m. and ends at").
_FROM_EVENING = lazy(
    lambda: regex.compile(
        r"\b(?:(?:[5-9]|1[01])(?:[:.][0-5]\d)?+\s*+(?:p\.\s?m\.|pm\b)"
        # "from 22:00 to 06:00": the 24-hour evening
        r"|(?:1[7-9]|2[0-3]):[0-5]\d)"
        r"(?:\s++(?:local\s++time|(?-i:[A-Z]{2,4})))?+"
        r"(?:,?+\s++(?:on\s++)?+(?P<wd>(?-i:[A-Z][a-z]{2,5}day)))?+,?+\s++"
        r"(?:to|until|till|through|and|-|–)"
        r"(?:\s++(?:ends?|finish(?:es)?|lasts?\s++until|runs?\s++until))?+"
        r"(?:\s++at)?+\s++\Z",
        regex.IGNORECASE,
    )
)


# Parts of an hour before "past" or "to": "a quarter past seven".
_HOUR_PARTS = {"quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20,
               "twenty five": 25}  # fmt: skip


def _aside_hour(digits: str, aside: str) -> int:
    """The 24-hour clock hour of an aside's time: "0030 GMT" is 0, "10 p.m."
    22 ("(2200 GMT Friday)", "(10 p.m. EDT Thursday)")."""
    hour = int(digits[:-2]) if len(digits) > 2 else int(digits)
    if hour < 12 and regex.search(r"\bp\.?\s?m\b", aside, regex.IGNORECASE):
        hour += 12
    return hour
