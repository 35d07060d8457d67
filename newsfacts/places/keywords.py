"""Places named with a keyword: facilities, settlements, streets and natural features."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import compress, count
from operator import itemgetter

import attrs
import regex

from ..knowledge.gazetteer import Entry, Gazetteer
from ..knowledge.keys import fold, name_key, org_key
from ..knowledge.organizations import known_orgs
from ..language.tagger_lexicon import common_words, lexicon
from ..records import Location, LocationKind, Mention
from ..text import Document
from .lexicon import (
    FACILITY_STOP,
    FACILITY_WORDS,
    FUNCTION_WORDS,
    HONOURING,
    INSTITUTION_WORDS,
    LOCATIVE,
    NAME_CONNECTORS,
    NOT_NAME_WORDS,
    NOT_PLACES,
    OTHER_AFTER,
    OTHER_BEFORE,
    PLACE_PREPOSITIONS,
    SURNAME_KEYWORDS,
)
from .match import dominant
from .scan import Scan

__all__ = ["add_facilities", "without_spans"]

_FACILITY_AFTER = regex.compile(
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
_FACILITY_BEFORE = regex.compile(
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
_SETTLEMENT_OF = regex.compile(
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
_SETTLEMENTS_OF = regex.compile(
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
_DISTANCE_OF = regex.compile(
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
_DISTANCE_OF_KEYS = (("km", "kilomet", "miles"), ("north", "south", "east", "west"))
_SETTLEMENT_APPOSED = regex.compile(
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
_FEATURE_LOWER = regex.compile(
    r"""
    \b[Tt]he\ (?P<name>\p{Lu}\p{Ll}[\p{L}\p{M}'\-]*+(?:\ \p{Lu}\p{Ll}[\p{L}\p{M}'\-]*+)?+)
    \ (?P<kw>river|valley|delta)\b
    """,
    regex.VERBOSE,
)
_FEATURE_LOWER_KEYS = (" river", " valley", " delta")
# What every match of each pattern above holds, written as the pattern writes
# it (none of them reads across a line break): a pattern is run only over the
# lines that hold one of its keys (`_lines_holding`), most lines none.
_FACILITY_AFTER_KEYS = (
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
_FACILITY_BEFORE_KEYS = ("irport", "irbase", "ir Base", "ir base")
_SETTLEMENT_WORDS = ("town", "village", "city", "suburb", "hamlet", "district")
_SETTLEMENT_OF_KEYS = tuple(
    f" {kw} of " for kw in (*_SETTLEMENT_WORDS, "settlement", "province", "port")
)
_SETTLEMENTS_OF_KEYS = tuple(
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
_SETTLEMENT_APPOSED_KEYS = ((", a",), _SETTLEMENT_WORDS)
_FIRST = itemgetter(0)  # a token's first character
_SETTLEMENT_KIND = {
    "town": LocationKind.CITY,
    "village": LocationKind.CITY,
    "city": LocationKind.CITY,
    "suburb": LocationKind.CITY,
    "hamlet": LocationKind.CITY,
    "settlement": LocationKind.CITY,
    "port": LocationKind.CITY,
    "district": LocationKind.ADMIN2,
    "province": LocationKind.ADMIN1,
}
_SINGULAR = {"cities": "city"}  # the other plurals add an "s"
_KEYWORD_RULES = {
    LocationKind.FACILITY: "facility",
    LocationKind.CITY: "settlement",
    LocationKind.ADMIN2: "settlement",
    LocationKind.ADMIN1: "settlement",
}


def add_facilities(
    doc: Document, gaz: Gazetteer, scan: Scan, locations: list[Location]
) -> list[Location]:
    """Facilities, streets and natural features named with a keyword.

    Each gets the point of the nearest place the article names (a facility
    named after a city takes that city's), one Location per name.
    """
    norm = doc.norm
    found: list[tuple[int, int, str, LocationKind]] = []
    for m in _matches(_FACILITY_AFTER, norm, _FACILITY_AFTER_KEYS):
        a, b = m.span("name")
        words = norm[a:b].split()
        while words and fold(words[0]) in FACILITY_STOP:
            a += len(words[0]) + 1
            words = words[1:]
        if not words:
            continue
        kw = " ".join(w.capitalize() for w in m.group("kw").split())
        name = " ".join(words) + " " + kw
        found.append((a, m.end("kw"), name, LocationKind.FACILITY))
    for m in _matches(_FACILITY_BEFORE, norm, _FACILITY_BEFORE_KEYS):
        name = m.group("name")
        if fold(name.split()[0]) in FACILITY_STOP or gaz.known(fold(name)):
            continue
        kw = " ".join(w.capitalize() for w in m.group("kw").split())
        found.append(
            (m.start("name"), m.end("name"), name + " " + kw, LocationKind.FACILITY)
        )
    for m in _matches(_FEATURE_LOWER, norm, _FEATURE_LOWER_KEYS):
        a, b = m.span("name")
        key = name_key(norm[a:b])
        first = lexicon().entries.get(norm[a:b].split()[0])
        if (
            key in scan.person_keys
            or key in gaz.demonyms
            or gaz.known(key)
            or gaz.known("the " + key)
            or (first is not None and first[0] == "JJ")  # "the Himalayan valley"
        ):
            continue
        found.append((a, m.end("kw"), doc.text[a : m.end("kw")], LocationKind.OTHER))
    starts = {m.start for loc in locations for m in loc.mentions}
    of = _matches(_SETTLEMENT_OF, norm, _SETTLEMENT_OF_KEYS)
    many = _matches(_SETTLEMENTS_OF, norm, _SETTLEMENTS_OF_KEYS)
    apposed = _matches(_SETTLEMENT_APPOSED, norm, *_SETTLEMENT_APPOSED_KEYS)
    measured = _matches(_DISTANCE_OF, norm, *_DISTANCE_OF_KEYS)
    for matches in (of, many, apposed, measured):
        for m in matches:
            kw = m.group("kw") if matches is not measured else "town"
            kind = _SETTLEMENT_KIND[_SINGULAR.get(kw) or kw.removesuffix("s")]
            for a, b in m.spans("name"):
                key = name_key(norm[a:b])
                if a in starts or key in scan.person_keys or key in gaz.demonyms:
                    continue
                if key.split()[0] in NOT_PLACES or known_orgs().get(org_key(norm[a:b])):
                    continue
                found.append((a, b, doc.text[a:b], kind))
    # The tables of the mentions below are made when read and let go after:
    # a long text has thousands of mentions, and one table at a time is enough.
    del starts
    keyword_places = _keyword_places(scan)
    # A keyword name the gazetteer already knows whole ("Korean Peninsula",
    # "Gaza Strip") stays the gazetteer's; a place closing a name that opens
    # with a keyword ("Mount Kenya", "the River Jordan") is the feature's.
    ends = {
        m.end
        for loc in locations
        for m in loc.mentions
        if not _opened_by_keyword(scan, m.start)
    }
    taken = sorted((m.start, m.end) for loc in locations for m in loc.mentions)
    found += [
        x
        for x in keyword_places
        if x[1] not in ends
        and not _inside(taken, x[0], x[1])
        and not _org_tail(norm, x[0], x[1])
    ]
    del ends, taken, keyword_places
    # "Toronto's Pearson International Airport": the city stays a place of its own.
    owners = {m.start: m.end for loc in locations for m in loc.mentions}
    for n, (a, b, _, kind) in enumerate(found):
        end = owners.get(a)
        if end is not None and norm[end : end + 3] == "'s " and end + 3 < b:
            found[n] = (end + 3, b, doc.text[end + 3 : b], kind)
    if not found:
        return locations
    found.sort(key=lambda x: (x[0], x[0] - x[1]))
    kept: list[tuple[int, int, str, LocationKind]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    out = without_spans(locations, [(a, b) for a, b, _, _ in kept])
    by_name: dict[str, list[tuple[int, int, LocationKind]]] = defaultdict(list)
    for a, b, name, kind in kept:
        by_name[name].append((a, b, kind))
    # A place inside a street's name ("Washington" of "Washington Square")
    # places neither that street nor anything near it.
    honouring = [
        (a, b)
        for a, b, name, kind in kept
        if kind == LocationKind.OTHER and _honours(name)
    ]
    nearby = _Nearby(
        without_spans(locations, honouring) if honouring else locations,
        norm,
        scan.dateline_end,
    )
    for name, spans in by_name.items():
        a, b, kind = spans[0]
        where = nearby.place(gaz, a, b, kind)
        country = where.country if where else None
        if country is None and kind == LocationKind.OTHER and not _honours(name):
            country = _named_after(gaz, name)
        out.append(
            Location(
                name=name,
                kind=kind,
                country=country,
                lat=where.lat if where else None,
                lon=where.lon if where else None,
                mentions=tuple(Mention.of(doc.text, x, y) for x, y, _ in spans),
                rule=_KEYWORD_RULES.get(kind, "keyword"),
            )
        )
    return out


def _opened_by_keyword(scan: Scan, start: int) -> bool:
    """The word before the place mention at `start` is a keyword a feature's
    name opens with ("Mount", "Lake", "the River")."""
    k = bisect.bisect_left(scan.starts, start)
    if k == 0 or k >= len(scan.starts) or scan.starts[k] != start:
        return False
    f = scan.f(k - 1)
    return f in OTHER_BEFORE or _river_first(scan, k - 1)


def _named_after(gaz: Gazetteer, name: str) -> str | None:
    """The country of the place a natural feature is named after, when the
    story names no place near it: "Lake Michigan" (Michigan), "Lake Como"
    (Como). A street honours places elsewhere ("London Road" in Leicester) and
    is not read so. Only a name the gazetteer reads one way
    without context (`match.dominant`) gives it; the place's point is not the
    feature's, so only its country is taken."""
    words = [
        w
        for w in name.split()
        if fold(w) not in OTHER_BEFORE and fold(w) not in OTHER_AFTER
    ]
    if not words or len(words) == len(name.split()):
        return None
    readings = gaz.lookup(name_key(" ".join(words)))
    entry = dominant(readings) if readings else None
    return entry.country if entry is not None else None


def _matches(
    pattern: regex.Pattern[str], norm: str, *keys: Sequence[str]
) -> Iterator[regex.Match[str]]:
    """`pattern.finditer(norm)`, run only over the lines holding one key of
    each of `keys`: the same matches, in order, when every match holds such
    keys and reads no line break (a match lies in one line, and a line ends
    where the text would for the pattern's word boundaries and look-arounds:
    at a line break, which is no word character)."""
    lines = set(_lines_holding(norm, keys[0]))
    for more in keys[1:]:
        lines.intersection_update(_lines_holding(norm, more))
    for a, b in sorted(lines):
        yield from pattern.finditer(norm, a, b)


def _lines_holding(norm: str, keys: Sequence[str]) -> Iterator[tuple[int, int]]:
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


def _org_tail(norm: str, a: int, b: int) -> bool:
    """The name ends in a known organisation's name ("Syrian Arab Red Crescent",
    "Iranian Red Crescent"): an organisation, not a street called Crescent."""
    words = norm[a:b].split()
    orgs = known_orgs()
    return any(
        orgs.get(org_key(" ".join(words[-n:])))
        for n in range(2, min(len(words), 3) + 1)
    )


def _honours(name: str) -> bool:
    """The name ends in a street keyword that honours someone or somewhere."""
    words = name.split()
    return bool(words) and fold(words[-1].rstrip(".")) in HONOURING


def _inside(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """[a, b) lies within one of the sorted `spans` ("Salt Lake" in "Salt Lake
    City")."""
    i = bisect.bisect_right(spans, (a, 1 << 62)) - 1
    while i >= 0 and spans[i][0] >= a - 200:
        if spans[i][0] <= a and b <= spans[i][1]:
            return True
        i -= 1
    return False


def _keyword_places(scan: Scan) -> list[tuple[int, int, str, LocationKind]]:
    """Streets, natural features and buildings named with a keyword.

    Returns (start, end, name, kind) for "Royal Street", "Glenrock Lagoon",
    "Holy Redeemer Church", "Lake Manassas" and the like.
    """
    words = scan.words
    out: list[tuple[int, int, str, LocationKind]] = []
    n = len(words)
    # Only a capitalised token can be a keyword: those are found in C (a
    # token is never empty), and read in order from where the last name read
    # ended.
    capitalised = compress(count(), map(str.isupper, map(_FIRST, words)))
    resume = 0
    for k in capitalised:
        if k < resume:
            continue  # inside a name read already
        f = scan.f(k)
        if scan.common_in_caps(k):
            continue  # "LONDON STOCKS CLOSE": in capitals no keyword is told apart
        end = k + 1
        if f in ("st", "ave", "rd", "blvd", "mt") and end < n and words[end] == ".":
            end += 1
        if f == "st" and end < n and words[end][:1].isupper():
            continue  # "St. Louis": a saint, not a street
        a = _name_before(scan, k) if f in OTHER_AFTER or f in FACILITY_WORDS else None
        if a is not None:
            kind = LocationKind.OTHER if f in OTHER_AFTER else LocationKind.FACILITY
            out.append((scan.starts[a], scan.ends[end - 1], "", kind))
            resume = end
            continue
        if _river_first(scan, k) or (
            f in OTHER_BEFORE and end < n and words[end][:1].isupper()
        ):
            b = end
            while (
                b < n and b < end + 3 and words[b][:1].isupper() and words[b].isalpha()
            ):
                b += 1
            if b > end and f not in {scan.f(x) for x in range(end, b)}:
                out.append((scan.starts[k], scan.ends[b - 1], "", LocationKind.OTHER))
                resume = b
    text = scan.doc.text
    return [(a, b, text[a:b], kind) for a, b, _, kind in out]


def _river_first(scan: Scan, k: int) -> bool:
    """Token `k` is "River" after "the" and before a capitalised name: the
    British order of a river's name ("the River Severn", "along the River
    Wye"). The article is required: without it "River" opens names that are
    not rivers ("River Plate won", "River Island said")."""
    if scan.f(k) != "river" or k + 1 >= len(scan.words) or k == 0:
        return False
    p = scan.prev_word(k)
    return p is not None and scan.f(p) == "the" and scan.words[k + 1][:1].isupper()


def _name_before(scan: Scan, k: int) -> int | None:
    """First token of the proper name before keyword token `k`, if there is one."""
    words = scan.words
    natural = scan.f(k) in OTHER_AFTER
    a = k
    while a > 0 and k - a < 8 and scan.prev_word(a) is not None:
        p = a - 1
        if words[p][:1].isupper() and words[p].isalpha():
            if p in scan.sentence_initial and (
                scan.f(p) in FUNCTION_WORDS
                or (scan.f(p) in common_words() and words[p + 1].islower())
            ):
                break  # "Residents of West Valley": a common word opens the sentence
        elif not _inside_name(scan, p, a < k):
            break
        elif natural and scan.f(p) == "and" and _named_before_and(scan, p):
            break  # "New River and Cave Creek": two places, not one
        a = p
    while a < k and (not words[a][:1].isalnum() or scan.f(a) in NAME_CONNECTORS):
        a += 1
    if a == k or not any(words[x][:1].isupper() for x in range(a, k)):
        return None
    if all(scan.f(x) in NOT_NAME_WORDS for x in range(a, k) if words[x].isalpha()):
        return None
    if all(scan.f(x) in INSTITUTION_WORDS for x in range(a, k) if words[x].isalpha()):
        return None  # "the Catholic Church", "World Church": an institution
    if k - a == 1 and scan.f(a) in scan.gaz.given_names:
        if a in scan.sentence_initial:
            return None  # "Linda Park said": a person
        if scan.f(k) in SURNAME_KEYWORDS and not _at_place(scan, a):
            return None  # "according to Susan Park", "written by Wei Park"
    return a


def _named_before_and(scan: Scan, p: int) -> bool:
    """The capitalised words before the "and" at token `p` name a place of
    their own: they end in a feature's keyword ("New River and Cave Creek")
    or are a place of the gazetteer ("Anthem and Cave Creek"). A natural
    feature or a town is then one of two joined, where "Lewis and Clark
    Lake" keeps its "and"."""
    words = scan.words
    q = p - 1
    if q < 0 or not words[q][:1].isupper():
        return False
    if scan.f(q) in OTHER_AFTER:
        return True
    a = q
    while a > 0 and q - a < 3 and words[a - 1][:1].isupper() and words[a - 1].isalpha():
        a -= 1
    for b in range(a, q + 1):
        if b in scan.sentence_initial:
            continue
        key = " ".join(scan.f(x) for x in range(b, q + 1))
        if scan.lookup(key):
            return True
    return False


def _at_place(scan: Scan, a: int) -> bool:
    """A place word stands before token `a` ("in Victoria Park", "at the
    Albert Hall"), "according to" aside."""
    p = scan.prev_word(a)
    if p is not None and scan.f(p) == "the":
        p = scan.prev_word(p)
    if p is None:
        return False
    f = scan.f(p)
    if f == "to" and p > 0 and scan.f(p - 1) == "according":
        return False
    return f in PLACE_PREPOSITIONS or f in LOCATIVE


def _inside_name(scan: Scan, p: int, started: bool) -> bool:
    """Token `p` can sit inside a name: a number, an ordinal, "'s", a hyphen or
    a connector between capitalised words ("14th", "Children's", "Isle of")."""
    words = scan.words
    w = words[p]
    f = scan.f(p)
    after_cap = p > 0 and words[p - 1][:1].isupper()
    return (
        w.isdigit()
        or f in {"th", "st", "nd", "rd"}
        or (w in {"'", "-"} and after_cap)
        or (f == "s" and p > 0 and words[p - 1] == "'")
        or (f in NAME_CONNECTORS and started and after_cap)
        or (w == "." and p > 0 and scan.f(p - 1) in {"st", "mt", "ft"})
    )


def without_spans(
    locations: list[Location], spans: list[tuple[int, int]]
) -> list[Location]:
    """Locations less their mentions overlapping `spans` ("Tripoli" in a
    facility name).

    `spans` are sorted and do not overlap, so a mention overlaps one of them
    exactly when the last starting before its end runs past its start: one
    bisection a mention, however many spans.
    """
    starts = [a for a, _ in spans]

    def covered(m: Mention) -> bool:
        i = bisect.bisect_left(starts, m.end) - 1
        return i >= 0 and spans[i][1] > m.start

    out = []
    for loc in locations:
        keep = tuple(m for m in loc.mentions if not covered(m))
        if len(keep) == len(loc.mentions):
            out.append(loc)
        elif keep:
            meto = tuple(m for m in loc.metonymic if m in keep)
            out.append(attrs.evolve(loc, mentions=keep, metonymic=meto))
    return out


_Spot = tuple[int, int, int, Location]


_ACROSS = ("border with ", "borders with ", "frontier with ", "border of ")
_ACROSS_REACH = max(map(len, _ACROSS)) + 4  # and "the "


def _across(norm: str, start: int) -> bool:
    """The place at `start` is the far side of a border ("near the border with
    Turkey"): no host of what is near it."""
    before = norm[max(0, start - _ACROSS_REACH) : start].lower()
    if before.endswith("the "):
        before = before[:-4]
    return before.endswith(_ACROSS)


class _Nearby:
    """Place mentions by offset, to find the place a facility or street is in."""

    def __init__(
        self, locations: Sequence[Location], norm: str, dateline_end: int = 0
    ) -> None:
        self.norm = norm
        self.dateline_end = dateline_end
        near = (LocationKind.CITY, LocationKind.ADMIN2)
        wide = (LocationKind.COUNTRY, LocationKind.ADMIN1)
        self.near: list[_Spot] = sorted(
            (m.start, m.end, i, loc)
            for i, loc in enumerate(locations)
            if loc.kind in near
            for m in loc.mentions
        )
        # "a town near the border with Turkey" is across that border
        self.wide: list[_Spot] = sorted(
            (m.start, m.end, i, loc)
            for i, loc in enumerate(locations)
            if loc.kind in wide
            for m in loc.mentions
            if not _across(norm, m.start)
        )

    def _closest(
        self, items: list[_Spot], a: int, b: int, building: bool = False
    ) -> tuple[int, Location] | None:
        """(distance, place) of the mention nearest to [a, b); 0 when inside it.
        A building with no place in its own paragraph is in the dateline's
        city rather than one of another paragraph ("at Rod Laver Arena" after
        a MELBOURNE dateline is not in the Rotterdam of the next paragraph); a
        river or a road is wherever the story's nearest place is."""
        i = bisect.bisect_left(items, (b,))
        best: tuple[int, Location] | None = None
        for j in (i - 2, i - 1, i):
            if 0 <= j < len(items):
                x0, x1, _, loc = items[j]
                dist = 0 if (x0 < b and a < x1) else min(abs(x0 - b), abs(a - x1))
                if best is None or dist < best[0]:
                    best = (dist, loc)
        if (
            building
            and best is not None
            and best[0] > 0
            and items
            and items[0][0] < self.dateline_end
            and items[0][3] is not best[1]
            and not self._same_paragraph(best[1], a, b)
        ):
            return (a - items[0][1], items[0][3])
        return best

    def _same_paragraph(self, loc: Location, a: int, b: int) -> bool:
        """A mention of `loc` lies in the paragraph of [a, b)."""
        norm = self.norm
        lo = norm.rfind("\n", 0, a) + 1
        hi = norm.find("\n", b)
        hi = len(norm) if hi < 0 else hi
        return any(lo <= m.start and m.end <= hi for m in loc.mentions)

    def place(
        self, gaz: Gazetteer, a: int, b: int, kind: LocationKind
    ) -> Location | Entry | None:
        """The place named inside [a, b), else the nearest city or county; a
        facility falls back on a nearby state or its country's capital."""
        building = kind == LocationKind.FACILITY
        near = self._closest(self.near, a, b, building)
        wide = self._closest(self.wide, a, b, building)
        if wide is not None and wide[0] == 0:
            return wide[1]
        if near is not None:
            return near[1]
        if wide is None or kind == LocationKind.OTHER:
            return None  # a street with only its country named: no point to give
        loc = wide[1]
        if loc.kind == LocationKind.COUNTRY and loc.country:
            return gaz.capitals.get(loc.country, loc)
        return loc
