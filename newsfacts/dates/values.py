"""TIMEX3 value builders: durations, numbers, modifiers, time zones.

Pure functions from words to value strings, shared by the normaliser.
"""

from __future__ import annotations

import regex

from .._data import lazy
from . import lexicon as lx

__all__ = [
    "SET_ADVERBS",
    "day_ordinal",
    "duration_value",
    "number",
    "pos_mod",
    "spoken_year",
    "tz_name",
    "underspecified",
]

# The patterns of the number and time-zone readings, compiled once on first use.
_RANGE = lazy(lambda: regex.compile(r"\d\s*-\s*\d|\bto\b|\bor\b"))
_RANGE_CUT = lazy(lambda: regex.compile(r"\s*+(?:-(?=\s|\d)|\bto\b|\bor\b)\s*+"))
_WHOLE_AND_FRACTION = lazy(lambda: regex.compile(r"(\d++)(?:\s++(\d)/(\d))?"))
_DECIMAL_OR_THOUSANDS = lazy(lambda: regex.compile(r"\d++(?:\.\d++|,\d{3})"))
_NUMBER_WORD_CUT = lazy(lambda: regex.compile(r"[\s-]++"))
_UTC_OFFSET = lazy(lambda: regex.compile(r"([+-])(\d\d):?+(\d\d)"))


def pos_mod(pos: str | None) -> str | None:
    """TIMEX3 mod of a position word ("early" START, "the end of" END, "mid" MID)."""
    if not pos:
        return None
    low = " ".join(pos.lower().replace("-", " ").split())
    for key, mod in (("early", "START"), ("beginning", "START"), ("start", "START"),
                     ("turn", "START"), ("late", "END"), ("end", "END"), ("close", "END"),
                     ("mid", "MID")):  # fmt: skip
        if key in low:
            return mod
    return None


def number(text: str) -> float | None:
    """The number a duration phrase states, None when vague ("several")."""
    low = " ".join(text.lower().split())
    low = _RANGE_CUT().split(low)[0] if _RANGE().search(low) else low
    half = 0.5 if low.endswith("and a half") else 0.0
    low = low.removesuffix(" and a half").removesuffix(" more").strip()
    if low in lx.VAGUE_NUMBERS:
        return None
    if low in lx.NUMBERS:
        return lx.NUMBERS[low] + half
    m = _WHOLE_AND_FRACTION().fullmatch(low)
    if m:
        frac = int(m.group(2)) / int(m.group(3)) if m.group(2) else 0.0
        return int(m.group(1)) + frac + half
    m = _DECIMAL_OR_THOUSANDS().fullmatch(low)
    if m:
        return float(low.replace(",", "")) + half
    parts = _NUMBER_WORD_CUT().split(low)  # "forty-five", "twenty four"
    if len(parts) >= 2 and parts[-1] in ("hundred", "thousand"):
        # "two thousand", "a hundred": a count times its multiplier.
        head = " ".join(parts[:-1])
        times = 100 if parts[-1] == "hundred" else 1000
        if head in lx.VAGUE_NUMBERS:
            return None  # "several hundred years"
        count = number(head)
        return None if count is None else count * times + half
    if all(p in lx.NUMBERS for p in parts):
        return sum(lx.NUMBERS[p] for p in parts) + half
    return None


def day_ordinal(words: str) -> int | None:
    """The day number of an ordinal written in words ("eighth" 8, "twenty-first"
    21, "thirty first" 31), or None when it is no day of a month."""
    parts = words.lower().replace("-", " ").split()
    if len(parts) == 1:
        return lx.DAY_ORDINALS.get(parts[0])
    if len(parts) == 2 and parts[0] in ("twenty", "thirty"):
        ones = lx.DAY_ORDINALS.get(parts[1], 10)
        day = lx.NUMBERS[parts[0]] + ones
        return day if ones < 10 and day <= 31 else None
    return None


def spoken_year(words: str) -> int | None:
    """The year a spoken year names ("nineteen ninety-seven" 1997, "nineteen
    hundred and ten" 1910, "two thousand and eight" 2008), or None."""
    parts = [
        w
        for w in words.lower().replace("-", " ").split()
        if w not in ("and", "hundred")
    ]
    if parts[:1] == ["nineteen"]:
        base, rest = 1900, parts[1:]
    elif parts[:2] == ["two", "thousand"]:
        base, rest = 2000, parts[2:]
    else:
        return None
    n = number(" ".join(rest)) if rest else 0.0
    return base + int(n) if n is not None else None


_UNIT_CODE = {
    "second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1),
    "day": ("", "D", 1), "night": ("", "D", 1), "week": ("", "W", 1),
    "fortnight": ("", "W", 2), "month": ("", "M", 1), "quarter": ("", "Q", 1),
    "year": ("", "Y", 1), "decade": ("", "Y", 10), "century": ("", "Y", 100),
    "centurie": ("", "Y", 100),
}  # fmt: skip
# Vague decades and centuries are written in years ("decades" = PXY), as in TimeBank.
_VAGUE_CODE = {
    "decade": "Y",
    "century": "Y",
    "centurie": "Y",
    "quarter": "Q",
    "fortnight": "W",
}
# Smaller unit used to write a fractional amount ("2 1/2 years" = P2Y6M).
_SPLIT = {
    "Q": (3, "M"),
    "Y": (12, "M"),
    "M": (30, "D"),
    "W": (7, "D"),
    "D": (24, "H"),
    "H": (60, "M"),
    "S": (1, "S"),
}


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration for `n` units ("P3Y", "PT48H", "PXM" when vague)."""
    unit = (
        unit.lower().rstrip("s") if unit.lower() not in ("centuries",) else "centurie"
    )
    t, code, mult = _UNIT_CODE[unit]
    if n is None:
        return f"P{t}X{_VAGUE_CODE.get(unit, code)}"
    n = n * mult
    whole = int(n)
    frac = n - whole
    if frac < 1e-9:
        return f"P{t}{whole}{code}"
    per, sub = (60, "S") if (t, code) == ("T", "M") else _SPLIT[code]
    rest = round(frac * per)
    first = f"{whole}{code}" if whole else ""
    if t == "T" or code == "D":
        return f"P{first}T{rest}{sub}" if code == "D" else f"PT{first}{rest}{sub}"
    return f"P{first}{rest}{sub}"


SET_ADVERBS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "fortnightly": "P2W", "biweekly": "P2W",
    "bimonthly": "P2M", "biannually": "P6M", "semiannually": "P6M", "semi-annually": "P6M",
}  # fmt: skip


_UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
            "month": "XXXX-XX", "year": "XXXX", "decade": "XXX", "century": "XX"}  # fmt: skip


def underspecified(unit: str) -> str:
    """The unknown value of a unit ("week" XXXX-WXX) when there is no reference date."""
    return _UNKNOWN.get(unit, "XXXX")


def tz_name(tz: str | None) -> str | None:
    """ "EST" -> "UTC-05:00"; "local time" and None -> None."""
    if not tz:
        return None
    key = tz.strip("() ").lower()
    if key.endswith("gmt"):
        key = "gmt"
    if key in lx.TIME_ZONES:
        hours = lx.TIME_ZONES[key]
        sign = "-" if hours < 0 else "+"
        h = abs(hours)
        return f"UTC{sign}{int(h):02d}:{round((h - int(h)) * 60):02d}"
    m = _UTC_OFFSET().fullmatch(key)
    if m:
        return f"UTC{m.group(1)}{m.group(2)}:{m.group(3)}"
    return None
