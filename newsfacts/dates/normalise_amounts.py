"""Normalisation of amounts of time and repetitions: durations ("three
years", "2 hours, 16 minutes", "half a century", race times "2:08:41") and
sets ("every Monday", "daily").

The first rule family of the resolver's chain; `normalise_clock.ClockRules`
adds the clock times on top of it.
"""

from __future__ import annotations

import regex

from . import lexicon as lx
from .context import as_many_count, quant_mod, word_before
from .recognise import Candidate
from .resolved import Resolved
from .resolver import ResolverBase
from .values import SET_ADVERBS, duration_value, number

__all__ = ["AmountRules"]

# Before "one day", a modal or "to" makes it some day ahead ("could one day").
_MODALS = frozenset("will would could may might can should must shall to 'll".split())


class AmountRules(ResolverBase):
    """Rule methods for amounts of time and repetitions."""

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


def _figure(n: float) -> str:
    """A whole amount as an integer, a fraction of a second to its digits
    ("7.3" of "27 minutes 7.3 seconds")."""
    return str(int(n)) if n == int(n) else f"{n:.3f}".rstrip("0")
