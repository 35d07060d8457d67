"""Normalisation of durations, sets, clock times, holidays and race times.

The rule methods of `TimeRules`, one per rule id; `normalise_periods`,
`normalise_calendar` and `normalise.Resolver` add the periods, the calendar
dates and the relative expressions.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from .._data import lazy
from . import calendar as cal
from . import lexicon as lx
from .context import as_many_count, quant_mod, word_before
from .recognise import Candidate
from .resolved import _DAY, _DEICTIC_SHIFT, Resolved
from .resolver import ResolverBase
from .values import (
    SET_ADVERBS,
    duration_value,
    number,
    pos_mod,
    tz_name,
)

__all__ = ["TimeRules"]

# Before "one day", a modal or "to" makes it some day ahead ("could one day").
_MODALS = frozenset("will would could may might can should must shall to 'll".split())

# Characters within which the last day named is still the day the text is about.
_NEAR = 600


_MORNING_EDGES = frozenset(("dawn", "daybreak", "sunrise", "first light"))
"""Words of `pod_dawn` that open the morning; the others (dusk, nightfall,
sunset) open the evening."""


class TimeRules(ResolverBase):
    """Rule methods for amounts of time, repetitions and times of day."""

    # -------------------------------------------------- durations and sets
    def _r_duration(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        n = number(m["num"])
        if m["half"] and n is not None:
            n += 0.5
        unit = m["unit"].lower()
        if c.start < m.start("num") and m["num"].lower() == "many":
            # "in as many years": the count before it repeated (checks_durations).
            n = as_many_count(self.norm, m.start("num"))
        # "over the 24 hours": before an article, "over" is a preposition.
        if m["qin"]:
            mod = lx.QUANT_MODS.get(" ".join(m["qin"].lower().split()))
        elif m["q"] and not m["the"]:
            mod = quant_mod(self.norm, m["q"], m.start("q"), c.end)
        else:
            mod = None
        if m["orso"] and mod is None:
            mod = "APPROX"  # "the next two years or so"
        if (
            m.group().lower() == "one day"
            and word_before(self.norm, c.start) in _MODALS
            and not regex.match(
                r"\s++(?:after|before|later|earlier)\b", self.norm[c.end : c.end + 9]
            )
        ):
            # "Islam will one day be the second religion", "hopes to one day
            # fly": some day ahead, not an amount.
            return Resolved("DATE", "FUTURE_REF")
        if unit == "second" and regex.fullmatch(r"\d++\.\d++", m["num"]):
            return Resolved("DURATION", f"PT{m['num']}S", mod)  # "in 9.58 seconds"
        return Resolved("DURATION", duration_value(n, unit), mod)

    def _r_duration_compound(
        self, c: Candidate, m: regex.Match[str]
    ) -> Resolved | None:
        """ "2 hours, 16 minutes" PT2H16M; "three years and two months" P3Y2M."""
        amounts: dict[str, float] = {}
        for n, u in (("n1", "u1"), ("n2", "u2"), ("n3", "u3")):
            if m[u]:
                k = number(m[n])
                if k is None:
                    return None
                unit = m[u].lower()
                if unit == "week":
                    unit, k = "day", 7 * k
                amounts[unit] = amounts.get(unit, 0) + k
        date = "".join(
            f"{int(amounts[u])}{code}"
            for u, code in (("year", "Y"), ("month", "M"), ("day", "D"))
            if u in amounts
        )
        time = "".join(
            f"{_figure(amounts[u])}{code}"
            for u, code in (("hour", "H"), ("minute", "M"), ("second", "S"))
            if u in amounts
        )
        mod = lx.QUANT_MODS.get(" ".join((m["qin"] or "").lower().split()))
        return Resolved("DURATION", f"P{date}" + (f"T{time}" if time else ""), mod)

    def _r_vague_duration(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        return Resolved("DURATION", "PXX")  # "for some time": no unit, no amount

    def _r_multi_unit(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "multi-year": several units, an amount the text does not give (PXY)."""
        return Resolved("DURATION", duration_value(None, m["unit"].lower()))

    def _r_half_unit(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "half a century" P50Y, "nearly half an hour" PT30M (LESS_THAN), "a
        quarter of an hour" PT15M, "three quarters of an hour" PT45M."""
        part = (m["part"] or "").lower()
        share = 0.5 if not part else 0.75 if part.startswith("three") else 0.25
        value = duration_value(share, m["unit"].lower())
        mod = lx.QUANT_MODS.get(" ".join((m["q"] or "").lower().split()))
        return Resolved("DURATION", value, mod)

    def _r_unit_long(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        n = number(m["num"]) if m["num"] else (None if m["plural"] else 1.0)
        return Resolved("DURATION", duration_value(n, m["unit"].lower()))

    def _r_duration_bare(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        mod = quant_mod(self.norm, m["q"], m.start("q"), c.end)
        return Resolved("DURATION", duration_value(None, m["unit"].lower()), mod)

    def _r_duration_unit(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        if (
            (m["rel"] or "").lower() == "full"
            and m["the"].lower() == "the"
            and m["unit"].lower() == "year"
            and self.ref is not None
        ):
            # "sales for the full year", "forecast a rise for the full year": the
            # (fiscal) year the report is about, a point, not an amount.
            named = self._named_here("year", c.start)
            if named is None and self.tense(c) == "past":
                # "revenue for the full year rose 8%": figures drawn up, for
                # the (fiscal) year the sentence before named ("For the year
                # ended Sept. 30, ..."); with none, told in the first quarter,
                # when calendar years are reported, the year just over.
                got = self._named.get("year")
                if got is not None and self._near_sentence(got[0], c.start):
                    named = got[1]
                elif self.ref.month <= 3:
                    named = f"{self.ref.year - 1:04d}"
            return Resolved("DATE", named or f"{self.ref.year:04d}", None, "published")
        quant = " ".join((m["q"] or "").lower().split())
        if quant in lx.QUANT_OUTSIDE and m["the"].lower() == "the":
            quant = ""  # "over the next decade": a preposition
        mod = quant_mod(self.norm, quant, m.start("q"), c.end)
        return Resolved("DURATION", duration_value(1, m["unit"].lower()), mod)

    def _r_set_every(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        unit = m["unit"].lower()
        n = number(m["num"]) if m["num"] else 1.0
        if m["other"]:
            n = 2.0
        u = unit.rstrip("s") if unit.rstrip("s") in lx.WEEKDAYS else unit
        if u in lx.WEEKDAYS:
            pod = lx.PARTS_OF_DAY.get((m["pod"] or "").lower(), "")
            return Resolved(
                "SET", f"XXXX-WXX-{lx.WEEKDAYS[u]}" + (f"T{pod}" if pod else "")
            )
        if unit in lx.MONTHS:
            return Resolved("SET", f"XXXX-{lx.MONTHS[unit]:02d}")
        if unit.rstrip("s") in lx.PARTS_OF_DAY:
            return Resolved("SET", f"XXXX-XX-XXT{lx.PARTS_OF_DAY[unit.rstrip('s')]}")
        if unit in lx.SEASONS:
            return Resolved("SET", f"XXXX-{lx.SEASONS[unit]}")
        if unit.startswith("weekend"):
            return Resolved("SET", "XXXX-WXX-WE")
        return Resolved(
            "SET", duration_value(n if n is not None else 1.0, unit.rstrip("s"))
        )

    def _r_weekends(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "on weekends": every weekend."""
        return Resolved("SET", "XXXX-WXX-WE")

    def _r_set_adverb(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        return Resolved("SET", SET_ADVERBS[m["adv"].lower()])

    def _r_set_times(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        return Resolved("SET", duration_value(1, m["unit"].lower()))

    # ------------------------------------------------------------------ clock times
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

    def _r_pod_word(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "overnight": the night before the day the text is about (TimeML: a
        TIME); "mid-afternoon yesterday": that day's afternoon."""
        return self._pod_time(c, m, (m["part"] or "").lower())

    def _r_pod_bare(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "by early afternoon": the news day's afternoon (mod START), "in late
        morning trading" its morning (END)."""
        out = self._pod_time(c, m, m["part"].lower())
        return attrs.evolve(out, mod=pos_mod(m["pos"]))

    def _r_pod_dawn(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "at dawn", "before dawn on Tuesday": that day's morning; "at dusk",
        "by nightfall": its evening (TIMEX3 has no finer part of the day than
        MO, MI, AF, EV, NI, DT: first light opens the morning, dusk the evening)."""
        word = " ".join(m["w"].lower().split())
        part = "morning" if word in _MORNING_EDGES else "evening"
        out = self._pod_time(c, m, part)
        if (m["wd"] or m["deictic"]) and out.anchor is not None:
            # "before dawn on Monday ... at 4:17 a.m.": the day named goes on.
            self._note(day=dt.date.fromisoformat(out.value[:10]))
        return out

    def _r_early_hours(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        """ "the early hours of Sunday": the first hours after midnight, that
        day's morning (TimeML has no finer part of the day); "in the early
        hours" alone: the morning of the news day, like "mid-morning"."""
        return self._pod_time(c, m, "morning")

    def _pod_time(self, c: Candidate, m: regex.Match[str], part: str) -> Resolved:
        """The TIME of a part of the day `part` ("" for "overnight": the night)
        of the weekday or deictic day named in `m`, else of the news day."""
        code = lx.PARTS_OF_DAY[part] if part else "NI"
        wd, deictic = m["wd"], (m["deictic"] or "").lower()
        day: dt.date | None
        anchor = "published"
        if wd:
            day = self._weekday(lx.WEEKDAYS[wd.lower()], "", self.tense(c), c.start)
            if day is not None and (m.groupdict().get("link") or "").lower() == "into":
                day -= _DAY  # "overnight into Sunday": Saturday's night
        elif deictic and self.ref is not None:
            day = self.ref + _DEICTIC_SHIFT[deictic] * _DAY
        else:
            day = self.ref
            last = self.last_day
            if (
                last is not None
                and day is not None
                and c.start - self._last_day_at < _NEAR
                and 0 <= (day - last).days <= 7
            ):
                # The news day just named ("closed lower Friday ... overnight
                # losses"); a day named as background is older than a week, or
                # before the day the story has reached ("slipped on Wednesday
                # ... having gained on Tuesday. Overnight, ..." is Tuesday night).
                front = self.front_day
                day = front if front is not None and last < front <= day else last
                anchor = "previous"
            after_night = (
                anchor == "previous" and self.last_night_at == self._last_day_at
            )
            if day is not None and not part and not after_night:
                # "were limited overnight", "overnight losses" before the day's
                # trading: the night before; "stay outdoors overnight", "would
                # bring snow overnight": the night to come; after a night just
                # named ("performed on Saturday night ... flew overnight"): that
                # night.
                future = self.tense(c) in ("future", "future?")
                day = day if future else day - _DAY
        if day is None:
            return Resolved("TIME", f"XXXX-XX-XXT{code}")
        return Resolved("TIME", f"{cal.fmt_date(day)}T{code}", None, anchor)

    def _r_holiday(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        rule = lx.HOLIDAYS[" ".join(m["hol"].lower().split())]
        year = self._year_of(m)
        rel = (m["rel"] or "").lower()
        if year is None and self.ref is None:
            if isinstance(rule, tuple):
                return Resolved("DATE", f"XXXX-{rule[0]:02d}-{rule[1]:02d}")
            return Resolved("DATE", "XXXX-XX-XX")
        if year is not None:
            days = _holiday_days(rule, year)
            return self._holiday(days[0], m, None) if days else None
        ref = self.ref
        assert ref is not None
        tense = self.tense(c) if not rel else None
        options = [
            d
            for y in (ref.year - 1, ref.year, ref.year + 1)
            for d in _holiday_days(rule, y)
        ]
        # A period (Ramadan) not yet over is still ahead.
        span = (_RAMADAN_DAYS - 1) * _DAY if rule == "ramadan" else dt.timedelta(0)
        if not rel and self.ahead(c, tense):
            # "will gather for Passover": a plain future names one not yet past
            options = [d for d in options if d + span >= ref] or options
        elif not rel and self.behind(c, tense):
            # "spoke on Memorial Day": one already past
            options = [d for d in options if d <= ref] or options
        before = [d for d in options if d + span < ref]
        after = [d for d in options if d > ref]
        if rel == "last" and before:
            day = max(before)
        elif rel == "next" and after:
            day = min(after)
        elif options and rel not in ("last", "next"):
            day = min(
                options,
                key=lambda d: cal.biased(
                    0 if d <= ref <= d + span else (d - ref).days, tense
                ),
            )
        else:
            return Resolved("DATE", "XXXX-XX-XX")  # a year the table does not hold
        return self._holiday(day, m, "published")

    def _holiday(
        self, day: dt.date, m: regex.Match[str], anchor: str | None
    ) -> Resolved:
        """The holiday's date; "Easter week", "Christmas week": its ISO week;
        "the Easter weekend", "Thanksgiving weekend": that week's weekend."""
        rule = lx.HOLIDAYS[" ".join(m["hol"].lower().split())]
        if m["eve"]:  # "the eve of Eid": the day before
            return self._date(day - _DAY, anchor)
        if rule == "ramadan":
            return _month_long(day, anchor)
        out = self._date(day, anchor)
        if m["end"]:  # "the Easter weekend": the weekend of its ISO week
            return attrs.evolve(out, value=cal.fmt_week(day) + "-WE")
        return attrs.evolve(out, value=cal.fmt_week(day)) if m["week"] else out

    def _r_range_first(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        n = number(m["first"])
        return Resolved("DURATION", duration_value(n, m["unit"].lower()))

    def _r_race_time(self, c: Candidate, m: regex.Match[str]) -> Resolved | None:
        hours = int(m["h"]) if m["h"] else 0
        minutes = int(m["m"] or m["m2"])
        seconds = m["s"] or m["s2"]
        frac = m["f"] or m["f2"]
        sec = f"{int(seconds)}" + (f".{frac}" if frac else "")
        value = (
            "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
        )
        return Resolved("DURATION", value + f"{sec}S")


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


def _figure(n: float) -> str:
    """A whole amount as an integer, a fraction of a second to its digits
    ("7.3" of "27 minutes 7.3 seconds")."""
    return str(int(n)) if n == int(n) else f"{n:.3f}".rstrip("0")


def _aside_hour(digits: str, aside: str) -> int:
    """The 24-hour clock hour of an aside's time: "0030 GMT" is 0, "10 p.m."
    22 ("(2200 GMT Friday)", "(10 p.m. EDT Thursday)")."""
    hour = int(digits[:-2]) if len(digits) > 2 else int(digits)
    if hour < 12 and regex.search(r"\bp\.?\s?m\b", aside, regex.IGNORECASE):
        hour += 12
    return hour


def _month_long(first: dt.date, anchor: str | None) -> Resolved:
    """A named month of another calendar (Ramadan): a period, valued as the
    smallest calendar unit holding all of it, as TimeML values any period by
    the unit that contains it: the Gregorian month when it lies within one,
    else its year. `first` is 30 days before Eid; the month may have 29, so
    its 29 certain days decide (Ramadan 2025, 1-29 March: "2025-03")."""
    last = first + (_RAMADAN_DAYS - 1) * _DAY
    sure = first + _DAY
    if (sure.year, sure.month) == (last.year, last.month):
        return Resolved("DATE", f"{sure.year:04d}-{sure.month:02d}", None, anchor)
    # Across New Year (as around 2000 and 2032): the year of most of its days.
    year = (
        first.year
        if first.year == last.year or (first.month == 12 and first.day < 17)
        else last.year
    )
    return Resolved("DATE", f"{year:04d}", None, anchor)


# Ramadan runs from 30 days before Eid al-Fitr to the day before it (29 or
# 30 days by the sighting of the moon: its first day is known to a day).
_RAMADAN_DAYS = 30


def _holiday_days(rule: tuple[int, int] | str, year: int) -> list[dt.date]:
    """The days of a holiday in `year`: one computed by rule, or those of the
    table of holidays that move with a lunar calendar (none for a year it does
    not hold, two for an Eid that falls twice in one Gregorian year). "Eid"
    alone is either Eid; Ramadan is given by its first day."""
    if rule == "eid":
        return sorted(
            _holiday_days("eid_al_fitr", year) + _holiday_days("eid_al_adha", year)
        )
    if rule == "ramadan":
        return [
            d - _RAMADAN_DAYS * _DAY
            for y in (year, year + 1)
            for d in _holiday_days("eid_al_fitr", y)
            if (d - _RAMADAN_DAYS * _DAY).year == year
        ]
    if isinstance(rule, str) and rule in lx.moving_holidays():
        return [d for d in lx.moving_holidays()[rule] if d.year == year]
    return [cal.holiday_date(rule, year)]
