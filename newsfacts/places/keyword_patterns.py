"""The patterns that find places by a keyword in running text, and the
search that runs each only over the lines holding its keys.

Facilities after or before their name ("Bagram Air Base", "Airport Kigali"),
settlements named by their description ("the town of Husaybah", "the villages
of al-Kadaris and al-Khelwat", "Saqlawiyah, a town north of Fallujah", "40
miles north of Kabul") and natural features written with a lower-case keyword
("the Yamuna river"). Each pattern has the keys every one of its matches holds,
so most lines of a text are never scanned (`keyed_matches`); what the matches are
read as is `keywords.add_facilities`'s job.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

__all__ = [
    "DISTANCE_OF",
    "DISTANCE_OF_KEYS",
    "FACILITY_AFTER",
    "FACILITY_AFTER_KEYS",
    "FACILITY_BEFORE",
    "FACILITY_BEFORE_KEYS",
    "FEATURE_LOWER",
    "FEATURE_LOWER_KEYS",
    "SETTLEMENTS_OF",
    "SETTLEMENTS_OF_KEYS",
    "SETTLEMENT_APPOSED",
    "SETTLEMENT_APPOSED_KEYS",
    "SETTLEMENT_OF",
    "SETTLEMENT_OF_KEYS",
    "keyed_matches",
    "lines_holding",
]


FACILITY_AFTER = regex.compile(
    r"""
    (?<![\p{L}\p{M}'\-])(?P<name>(?:\p{Lu}[\p{L}\p{M}'\-]*+\ ){1,3})
    (?P<kw>(?:International\ )?+Airport|Air\ Force\ Base|Air\ Base|Airbase|
       Naval\ (?:Base|Station)|Military\ Base|Nuclear\ (?:Power\ )?+Plant|
       Power\ Plant|Refinery|Dam|Refugee\ Camp|Border\ Crossing|
       (?:international\ )?+airport|air\ base|airbase|naval\ base|military\ base|
       nuclear\ (?:power\ )?+plant|refinery|refugee\ camp|border\ crossing)\b
    """,
    regex.VERBOSE,
)
FACILITY_BEFORE = regex.compile(
    r"""
    \b(?P<kw>(?:[Ii]nternational\ )?+[Aa]irport|[Aa]ir\ [Bb]ase|[Aa]irbase)
    \ (?P<name>\p{Lu}\p{Ll}[\p{L}\p{M}'\-]*+(?:\ \p{Lu}\p{Ll}[\p{L}\p{M}'\-]*+)?+)
    """,
    regex.VERBOSE,
)
# A settlement named by its description: "the town of Husaybah", "the village of
# Kani Wam", "the oil port of Ras Lanuf", "the Red Sea port of Hodeidah",
# "Saqlawiyah, a town north of Fallujah". Up to two words may describe the
# settlement ("the northern town of", "the Red Sea port of").
# A settlement's name: up to three capitalised words, the first perhaps after
# the Arabic article wire style writes in lower case ("al-Kadaris").
_NAME = (
    r"(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?"
    r"\p{Lu}\p{Ll}[\p{L}\p{M}'\-]*+(?:\ \p{Lu}\p{Ll}[\p{L}\p{M}'\-]*+){0,2}"
)
# "the (northern) town of": the article and up to two describing words, and
# where a settlement's name ends (no longer word, no capitalised word after).
_DESCRIBED = r"\b[Tt]he\ (?:[\p{L}\-]++\ ){0,2}?"
_NAME_END = r"(?![\p{L}\p{M}'\-]|\ \p{Lu})"
SETTLEMENT_OF = regex.compile(
    _DESCRIBED
    + r"""
    (?P<kw>town|village|city|suburb|hamlet|settlement|district|province|port)
    \ of\ (?P<name>"""
    + _NAME
    + ")"
    + _NAME_END,
    regex.VERBOSE,
)
# "the villages of al-Kadaris and al-Khelwat", "the towns of Kherson, Izium
# and Lyman": each name a settlement of its own.
SETTLEMENTS_OF = regex.compile(
    _DESCRIBED
    + r"""
    (?P<kw>towns|villages|cities|suburbs|hamlets|settlements|districts|provinces)
    \ of\ (?P<name>"""
    + _NAME
    + r""")(?:,\ (?P<name>"""
    + _NAME
    + r"""))*+,?\ and\ (?P<name>"""
    + _NAME
    + ")"
    + _NAME_END,
    regex.VERBOSE,
)
# "23km (14 miles) east of Nurdagi", "40 miles north of Kabul": the place a
# distance and a bearing are measured from, which the gazetteer may lack.
DISTANCE_OF = regex.compile(
    r"""
    (?<![\p{L}\p{N}])\d[\d,.]*+\ ?(?:km|kilometres|kilometers|miles)
    (?:\ \(\d[\d,.]*+\ ?(?:km|kilometres|kilometers|miles)\))?+
    \ (?:north|south|east|west)(?:-?(?:east|west))?+
    \ of\ (?P<name>"""
    + _NAME
    + ")"
    + _NAME_END,
    regex.VERBOSE,
)
DISTANCE_OF_KEYS = (("km", "kilomet", "miles"), ("north", "south", "east", "west"))
SETTLEMENT_APPOSED = regex.compile(
    r"""
    (?<![\p{L}\p{M}'\-])
    (?P<name>\p{Lu}\p{Ll}[\p{L}\p{M}'\-]*+(?:\ \p{Lu}\p{Ll}[\p{L}\p{M}'\-]*+){0,2}),
    \ an?\ (?:(?:small|remote|northern|southern|eastern|western|central|border|coastal|
    mountain|desert|farming|fishing|rural|nearby|tiny|Sunni|Shiite|Shi'ite|Kurdish)\ )?+
    (?P<kw>town|village|city|suburb|hamlet|district)
    (?=[,.;]|\ (?:north|south|east|west|northeast|northwest|southeast|southwest|near|in|
    outside|about|some|close|just|on|along|of|\d)\b)
    """,
    regex.VERBOSE,
)
# A natural feature the gazetteer lacks, named with its keyword in lower case as
# agencies write it: "the Guadalhorce river", "the Yamuna river", "the Kabul
# valley". "the" must come first ("Amazon river cruises" is a modifier), and a
# name the gazetteer knows stays its reading ("the Seine river", "the Swat
# valley"). An adjective is no name ("the Himalayan valley").
FEATURE_LOWER = regex.compile(
    r"""
    \b[Tt]he\ (?P<name>\p{Lu}\p{Ll}[\p{L}\p{M}'\-]*+(?:\ \p{Lu}\p{Ll}[\p{L}\p{M}'\-]*+)?+)
    \ (?P<kw>river|valley|delta)\b
    """,
    regex.VERBOSE,
)
FEATURE_LOWER_KEYS = (" river", " valley", " delta")
# What every match of each pattern above holds, written as the pattern writes
# it (none of them reads across a line break): a pattern is run only over the
# lines that hold one of its keys (`lines_holding`), most lines none.
FACILITY_AFTER_KEYS = (
    "irport",  # "Airport", "International Airport", "airport"
    "Base",  # "Air Base", "Air Force Base", "Naval Base", "Military Base"
    "irbase",  # "Airbase", "airbase"
    "Naval Station",
    "Plant",  # "Nuclear Plant", "Nuclear Power Plant", "Power Plant"
    "efinery",  # "Refinery", "refinery"
    "Dam",
    "Camp",  # "Refugee Camp"
    "Crossing",  # "Border Crossing"
    "air base",
    "naval base",
    "military base",
    "nuclear ",  # "nuclear plant", "nuclear power plant"
    "refugee camp",
    "border crossing",
)
FACILITY_BEFORE_KEYS = ("irport", "irbase", "ir Base", "ir base")
_SETTLEMENT_WORDS = ("town", "village", "city", "suburb", "hamlet", "district")
SETTLEMENT_OF_KEYS = tuple(
    f" {kw} of " for kw in (*_SETTLEMENT_WORDS, "settlement", "province", "port")
)
SETTLEMENTS_OF_KEYS = tuple(
    f" {kw} of "
    for kw in (
        "towns",
        "villages",
        "cities",
        "suburbs",
        "hamlets",
        "settlements",
        "districts",
        "provinces",
    )
)
# "Saqlawiyah, a town": ", a" or ", an", and the settlement word.
SETTLEMENT_APPOSED_KEYS = ((", a",), _SETTLEMENT_WORDS)


def keyed_matches(
    pattern: regex.Pattern[str], norm: str, *keys: Sequence[str]
) -> Iterator[regex.Match[str]]:
    """`pattern.finditer(norm)`, run only over the lines holding one key of
    each of `keys`: the same matches, in order, when every match holds such
    keys and reads no line break (a match lies in one line, and a line ends
    where the text would for the pattern's word boundaries and look-arounds:
    at a line break, which is no word character)."""
    lines = set(lines_holding(norm, keys[0]))
    for more in keys[1:]:
        lines.intersection_update(lines_holding(norm, more))
    for a, b in sorted(lines):
        yield from pattern.finditer(norm, a, b)


def lines_holding(norm: str, keys: Sequence[str]) -> Iterator[tuple[int, int]]:
    """The lines of `norm` (start, end; the line break left out) that hold one
    of `keys` (each without a line break). Each key is looked for with
    `str.find`, going on from the end of a line once it is known to hold the
    key, so each key's search is linear in the text."""
    size = len(norm)
    for key in keys:
        last = 0  # the end of the line found last (a line break), or 0
        at = norm.find(key)
        while at >= 0:
            end = norm.find("\n", at)
            if end < 0:
                end = size
            yield norm.rfind("\n", last, at) + 1, end
            last = end
            at = norm.find(key, end)
