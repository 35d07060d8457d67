"""Places stage: find place names and resolve them to gazetteer entries.

Recognition walks the tokens once and looks each capitalised token sequence up in
a dict keyed by folded token sequences (longest match first), then drops matches
that read as people, organisations or ordinary words. Resolution ranks each
name's candidates by population, kind and what else the article names (its
dateline, countries and states, "X, Y" qualifiers) and gives one answer per name.
See docs/places.md.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TypeVar

import attrs
import regex

from .actors_lexicon import known_orgs, org_key
from .gazetteer import (
    Entry,
    Gazetteer,
    districts,
    fold,
    gazetteer,
    name_key,
    towns,
)
from .records import Location, LocationKind, Mention
from .text import Document

__all__ = ["Demonym", "PlaceFindings", "extract"]

_K = TypeVar("_K")


@attrs.frozen(slots=True)
class Demonym:
    """A nationality adjective or noun ("Libyan", "Russians") and its country."""

    start: int
    end: int
    text: str
    country: str


@attrs.frozen(slots=True)
class PlaceFindings:
    """What the places stage hands on: the locations, plus demonyms for actors."""

    locations: tuple[Location, ...] = ()
    demonyms: tuple[Demonym, ...] = ()


# Words, numbers and single punctuation marks (same split as gazetteer keys).
_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}]*+|\d++|[^\s\p{L}\p{M}\d]")
_MAX_TOKENS = 8
_NEWLINE = regex.compile(r"\n")

# Lower-case words allowed inside a multi-word place name ("Bosnia and Herzegovina").
_CONNECTORS = frozenset(
    "of the and de del della di da do dos das du des la le les el al en y upon on "
    "sur am im an der den van von ter au aux bin ibn s es ez ed".split()
)
# Capitalised words that are never a place when they stand alone.
_NOT_PLACES = frozenset(
    """
    january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday police mobile
    reading nice split bath orange hope deal most of van union independence
    progress marathon aurora liberty commerce enterprise justice temple university
    college university hospital center centre church mission providence concord
    harmony unity republic federal national state city county district province
    region north south east west central northern southern eastern western capital
    home page news world sport sports business opinion video photo live media
    mountain valley lake river island islands bay beach park hill hills springs
    college summit gardens garden plaza tower towers bridge villa vista grove
    president governor minister senator mayor general chief king queen prince
    god christ jesus allah buddha mercy charity grace faith patience joy glory
    bar bell cabinet clinton pleasant lincoln trump obama kennedy
    man dover sale rock moore price young young laval nelson cologne
    best none given male female only time early late english ana angel airport
    olympic xinhua lakes liberal angus alliance superior drug never plantation
    bank more green metro congress salt hang sens republic commonwealth
    phoenix noma zara pop trinidad freeland ford helen nord davis tall
    """.split()
)
_CALENDAR = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february
    march april june july august september october november december
    """.split()
)
# Lower-case words after a surname that make it a person's ("the Bush administration").
_PERSON_AFTER = frozenset("administration presidency era doctrine".split())
# Capitalised words after which a place name still stands on its own.
_LEAD_OK = frozenset(
    """
    in at on from to for by with near of and or but across outside inside into
    throughout around across over under via between against toward towards
    within without beyond since until after before during like unlike than as
    the a an this that these those both all every each some many most several
    while when where if though although because so then also even only just
    northern southern eastern western central north south east west
    north-east north-west south-east south-west upper lower greater
    downtown metro metropolitan rural urban coastal occupied neighbouring
    neighboring nearby mainland old new
    """.split()
)
# Words that cannot be the whole name before a keyword ("The Church", "New Road").
_NOT_NAME_WORDS = frozenset("the a an this that his her their our its".split())
# Names made only of these are institutions, not buildings ("Catholic Church").
_INSTITUTION_WORDS = frozenset(
    """
    catholic coptic orthodox anglican evangelical methodist baptist presbyterian
    lutheran episcopal protestant pentecostal apostolic roman greek russian
    armenian world national united global international universal
    """.split()
)
# Capitalised words that never start a surname ("for France Another reason").
_FUNCTION_WORDS = _LEAD_OK | frozenset(
    """
    another there here it he she they we i you his her its our their my your
    is are was were has have had will would can could should may might must
    who what which why how yes no not never however meanwhile
    """.split()
)
# Titles that may follow a place name ("Texas Gov. Greg Abbott").
_TRAIL_OK = frozenset(
    """
    gov governor mayor sen senator rep representative president prime minister
    ministry police attorney secretary judge sheriff chief gen general officials
    official authorities authority prosecutor prosecutors lawmakers residents
    state county province region district governorate oblast department
    border army forces troops military coast guard government airport
    council borough
    """.split()
)
_PLACE_PREPOSITIONS = frozenset(
    "in at near outside across throughout around inside into from".split()
)
_AREA_WORDS = frozenset(
    "state province region oblast governorate prefecture county district".split()
)
_SPEECH = frozenset("said says told added asked wrote recalled explained noted".split())
# Titles before a person's name ("Mr Palma", "President Bush").
_TITLES = frozenset(
    """
    mr mrs ms miss dr prof president sen senator rep gov governor mayor judge
    justice sir lord lady dame pope king queen prince princess general gen col
    coach captain capt chairman ceo minister secretary ambassador officer sgt
    """.split()
)
# Heads of organisation names that end with "of <Place>" ("Bank of America").
_ORG_HEADS = frozenset(
    """
    bank university college school institute museum church hospital club company
    corporation league society association academy foundation center centre
    library theatre theater orchestra cathedral chamber federation commonwealth
    archdiocese diocese council
    """.split()
)
# Words after a place name that make it part of an organisation or team name.
_ORG_TAILS = frozenset(
    """
    university college times post herald tribune journal globe news airlines
    city oilers flyers fc afc cf sc rovers albion hotspur villa palace
    county_fc real sporting
    airways air bank fc united city_fc rovers wanderers athletic athletics
    rockets lakers bulls celtics knicks nets yankees mets dodgers giants
    patriots cowboys eagles chiefs raiders rams chargers saints packers bears
    lions seahawks steelers ravens bengals browns texans colts jaguars titans
    broncos dolphins jets bills falcons panthers buccaneers vikings cardinals
    warriors clippers suns kings spurs mavericks grizzlies pelicans thunder
    jazz nuggets blazers timberwolves heat magic hawks hornets wizards pacers
    pistons cavaliers raptors bucks braves marlins phillies nationals cubs
    reds brewers pirates astros rangers angels mariners athletics twins
    royals tigers indians guardians orioles rays blue red sox white capitals
    islanders devils flyers penguins sabres senators canadiens maple leafs
    bruins predators blackhawks stars avalanche wild oilers flames canucks
    sharks ducks coyotes golden knights kraken hurricanes lightning
    symphony opera ballet philharmonic zoo marathon open masters
    stock exchange police_department
    """.split()
)
# Verbs whose subject, when a capital or a country, stands for its government.
_METONYMY_VERBS = frozenset(
    """
    said says say believes believe believed claims claimed claim wants wanted
    uses used use accused accuses warned warns insists insisted denied denies
    rejected rejects announced announces urged urges demanded demands condemned
    condemns imposed imposes sent sends supports supported backed backs hopes
    hoped fears feared considers considered sees saw views viewed expects
    expected agreed agrees refused refuses threatened threatens vowed vows
    responded responds retaliated retaliates blamed blames called calls
    pledged pledges argued argues maintains maintained welcomed welcomes
    ordered orders recognised recognized recognises recognizes signed signs
    approved approves launched launches deployed deploys expelled expels
    summoned summons suspended suspends announced criticised criticized
    criticises criticizes protested protests opposed opposes objected objects
    reiterated reiterates stressed stresses emphasised emphasized declined
    declines dismissed dismisses slammed slams accepted accepts
    """.split()
)
_AUXILIARIES = frozenset(
    "has have had will would could may might must should is was has also "
    "still now already reportedly allegedly apparently".split()
)
_LOCATIVE = frozenset(
    "in at near from to outside around into toward towards of".split()
)
_SENTENCE_PUNCT = frozenset(".!?:;\"'()[]-|\n")

# Facilities named with a keyword: "Mitiga International Airport", "airport Mitiga".
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
# Kani Wam", "Saqlawiyah, a town north of Fallujah".
_SETTLEMENT_OF = regex.compile(
    r"""
    \b[Tt]he\ (?P<kw>town|village|city|suburb|hamlet|settlement|district|province)
    \ of\ (?P<name>\p{Lu}\p{Ll}[\p{L}\p{M}'\-]*+(?:\ \p{Lu}\p{Ll}[\p{L}\p{M}'\-]*+){0,2})
    (?![\p{L}\p{M}'\-]|\ \p{Lu})
    """,
    regex.VERBOSE,
)
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
_SETTLEMENT_KIND = {
    "town": LocationKind.CITY,
    "village": LocationKind.CITY,
    "city": LocationKind.CITY,
    "suburb": LocationKind.CITY,
    "hamlet": LocationKind.CITY,
    "settlement": LocationKind.CITY,
    "district": LocationKind.ADMIN2,
    "province": LocationKind.ADMIN1,
}
_KEYWORD_RULES = {
    LocationKind.FACILITY: "facility",
    LocationKind.CITY: "settlement",
    LocationKind.ADMIN2: "settlement",
    LocationKind.ADMIN1: "settlement",
}
_FACILITY_STOP = frozenset(
    "the a an in at on of and near from to for by with its their his her new old "
    "main city international national military".split()
)


# Named with a trailing keyword: streets and natural features ("other"), buildings
# and grounds ("facility"): "Royal Street", "Peace River", "Windsor Castle".
_OTHER_AFTER = frozenset(
    """
    street st road rd avenue ave boulevard blvd drive lane highway freeway
    expressway close crescent parade terrace square plaza river lake mountains
    hills island islands bay lagoon delta valley canal creek peninsula desert
    forest heights estate
    """.split()
)
_FACILITY_WORDS = frozenset(
    """
    hospital church cathedral basilica chapel mosque temple synagogue stadium
    arena museum theatre theater castle prison jail palace library tower
    bridge park gardens mall racecourse circuit
    """.split()
)
# Named with a leading keyword: "Lake Manassas", "Mount Chaambi", "Cape Peron".
_OTHER_BEFORE = frozenset("lake mount mt cape".split())
_NAME_CONNECTORS = frozenset("of the de la du le del da di and".split())


@attrs.define(slots=True)
class _Match:
    """A recognised name: token range, key, candidates and how it was found."""

    start: int
    end: int
    key: str
    candidates: Sequence[tuple[Entry, bool]]
    rule: str
    qualifier: _Match | None = None
    metonymic: bool = False


def extract(doc: Document) -> PlaceFindings:
    """Every place named in `doc`, one `Location` per place, plus demonyms."""
    norm = doc.norm
    if not norm.strip():
        return PlaceFindings()
    gaz = gazetteer()
    scan = _Scan(doc, gaz)
    matches, demonyms = scan.run()
    locations = _resolve(doc, gaz, scan, matches)
    locations = _add_facilities(doc, gaz, scan, locations)
    return PlaceFindings(
        locations=tuple(sorted(locations, key=lambda loc: loc.mentions[0].start)),
        demonyms=tuple(demonyms),
    )


class _Scan:
    """One pass over the tokens: place matches and demonyms."""

    def __init__(self, doc: Document, gaz: Gazetteer) -> None:
        self.doc = doc
        self.gaz = gaz
        norm = doc.norm
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(norm)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]
        self.words = [norm[a:b] for a, b in spans]
        self.folds: list[str | None] = [None] * len(spans)
        self.sentence_initial = self._sentence_initial()
        dl = doc.dateline
        self.dateline_end = dl.span.end if dl is not None else -1
        self.caps_lines = self._caps_lines()
        self.title_lines = self._title_lines()
        self.person_keys: set[str] = set()
        self.memo: dict[str, Sequence[tuple[Entry, bool]]] = {}
        self.newlines = [m.start() for m in _NEWLINE.finditer(norm)]
        self.para_starts = [p.start for p in doc.paragraphs]
        self.weak_keys: set[str] = set()
        self.last_end = -1

    def f(self, i: int) -> str:
        """Folded form of token `i` (cached)."""
        got = self.folds[i]
        if got is None:
            got = self.folds[i] = fold(self.words[i])
        return got

    def _sentence_initial(self) -> set[int]:
        """Indices of tokens that open a sentence, a line or a quotation."""
        out: set[int] = set()
        norm = self.doc.norm
        prev_end = 0
        for i in range(len(self.words)):
            if (
                i == 0
                or "\n" in norm[prev_end : self.starts[i]]
                or self.words[i - 1] in _SENTENCE_PUNCT
            ):
                out.add(i)
            prev_end = self.ends[i]
        return out

    def _caps_lines(self) -> set[int]:
        """Line start offsets of lines written in capitals (headlines, datelines)."""
        out: set[int] = set()
        norm = self.doc.norm
        pos = 0
        for line in norm.split("\n"):
            letters = [c for c in line if c.isalpha()]
            if len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(
                letters
            ):
                out.add(pos)
            pos += len(line) + 1
        return out

    def _title_lines(self) -> set[int]:
        """Line start offsets of short Title Case lines (headlines)."""
        out: set[int] = set()
        norm = self.doc.norm
        pos = 0
        for line in norm.split("\n"):
            words = [w for w in line.split() if w[:1].isalpha()]
            if 2 <= len(words) <= 20:
                caps = sum(w[0].isupper() for w in words if len(w) > 3)
                long = sum(1 for w in words if len(w) > 3)
                if long and caps >= 0.85 * long:
                    out.add(pos)
            pos += len(line) + 1
        return out

    def line_start(self, offset: int) -> int:
        """Offset of the start of the line holding `offset`."""
        i = bisect.bisect_right(self.newlines, offset - 1) - 1
        return self.newlines[i] + 1 if i >= 0 else 0

    def lookup(self, key: str) -> Sequence[tuple[Entry, bool]]:
        """The gazetteer's entries for `key`, memoised for this article."""
        got = self.memo.get(key)
        if got is None:
            got = self.memo[key] = self.gaz.lookup(key)
        return got

    def in_caps_context(self, i: int) -> bool:
        """An ALL-CAPS token inside a dateline, a line in capitals, or a dateline-like
        opening ("WASHINGTON (AP) -", "LONDON, March 3", "AUSTIN, Texas")."""
        if self.starts[i] < self.dateline_end:
            return True
        if self.line_start(self.starts[i]) in self.caps_lines:
            return True
        opens = i in self.sentence_initial or (
            i > 0 and self.words[i - 1] in {"-", ".", "&"}
        )
        if not opens:
            return False
        j = i
        while j < len(self.words) and j < i + 8 and self.words[j].isupper():
            j += 1
        return j < len(self.words) and (
            self.words[j] in {",", "(", ")", "-", ":", "&"}
            or self.words[j][:1].isupper()
            or "\n" in self.doc.norm[self.ends[j - 1] : self.starts[j]]
        )

    def is_cap_word(self, i: int) -> bool:
        """Token `i` starts with a capital letter."""
        return self.words[i][:1].isupper()

    def surface_ok(self, i: int, j: int) -> bool:
        """Capitalisation of tokens [i, j) fits a proper name."""
        for k in range(i, j):
            w = self.words[k]
            if not w[0].isalpha():
                continue
            if w[0].isupper():
                if len(w) > 1 and w.isupper() and not self.caps_ok(i, j, k):
                    return False
                continue
            if k == i or self.f(k) not in _CONNECTORS:
                return False
        return True

    def caps_ok(self, i: int, j: int, k: int) -> bool:
        """An all-capitals word is a name: a short code (US, UK) or a caps line."""
        w = self.words[k]
        if any(
            self.words[x][:1].isalpha() and not self.words[x].isupper()
            for x in range(i, j)
        ):
            return True  # an acronym inside a mixed-case name ("DR Congo")
        if len(w) <= 4 and j - i <= 4:
            key = " ".join(self.f(x) for x in range(i, j))
            if key in self.gaz.short_codes:
                return True
        return self.in_caps_context(i)

    def run(self) -> tuple[list[_Match], list[Demonym]]:
        """Place matches (longest first at each capitalised token) and demonyms."""
        gaz = self.gaz
        n = len(self.words)
        words = self.words
        matches: list[_Match] = []
        demonyms: list[Demonym] = []
        i = 0
        while i < n:
            w = words[i]
            if not w[0].isupper():
                i += 1
                continue
            f0 = self.f(i)
            longest = gaz.longest(f0)
            found = None
            if longest:
                for length in range(min(longest, n - i, _MAX_TOKENS), 0, -1):
                    j = i + length
                    if not words[j - 1][0].isalnum() and words[j - 1] != ".":
                        continue
                    key = " ".join(self.f(x) for x in range(i, j)) if length > 1 else f0
                    cands = gaz.names.get(key)
                    if cands and self.surface_ok(i, j):
                        found = _Match(i, j, key, self.lookup(key), "gazetteer")
                        break
            dem = self.demonym_at(i)
            if dem is not None and (found is None or dem[0] >= found.end):
                j, cc = dem
                a, b = self.starts[i], self.ends[j - 1]
                demonyms.append(Demonym(a, b, self.doc.text[a:b], cc))
                i = j
                continue
            if found is not None and self.keep(found):
                matches.append(found)
                i = self.last_end = found.end
                continue
            if found is None:
                variant = self.variant_at(i)
                if variant is not None:
                    matches.append(variant)
                    i = variant.end
                    continue
            i += 1
        matches = self.variants_in_named_countries(matches, demonyms)
        if self.person_keys or self.weak_keys:
            # A name once read as a person's is that person throughout, unless
            # the article also uses it as a place ("in Paris", "Paris, Texas").
            placed = {m.key for m in matches if self.placed(m)}
            drop = (self.person_keys | self.weak_keys) - placed
            matches = [m for m in matches if m.key not in drop]
        matches = self.add_towns(self.add_postal(matches))
        matches = self.merge_restated(self.add_districts(matches, demonyms))
        self.qualify(matches)
        return matches, demonyms

    def variants_in_named_countries(
        self, matches: list[_Match], demonyms: list[Demonym]
    ) -> list[_Match]:
        """Variant spellings ("in Misurat") only of cities in a country the article
        names, so an odd word never becomes a distant homonym."""
        if not any(m.rule == "variant" for m in matches):
            return matches
        named = {d.country for d in demonyms}
        for m in matches:
            if m.rule != "variant":
                named.update(
                    e.country
                    for e, _ in m.candidates
                    if e.country and e.kind in ("country", "admin1")
                )
        out = []
        for m in matches:
            if m.rule == "variant":
                m.candidates = [c for c in m.candidates if c[0].country in named]
                if not m.candidates:
                    continue
            out.append(m)
        return out

    def caps_opening(self, m: _Match) -> bool:
        """The match is written in capitals at a dateline-like opening."""
        w = self.words[m.start]
        return len(w) > 2 and w.isupper() and self.in_caps_context(m.start)

    def placed(self, m: _Match) -> bool:
        """The match reads as a place: after "in"/"near"/..., "X, <state>", or
        in capitals at a dateline-like opening."""
        if self.caps_opening(m):
            return True
        p = self.prev_word(m.start)
        j = m.end
        possessive = j + 1 < len(self.words) and self.words[j] == "'"
        if p is not None and self.f(p) in _PLACE_PREPOSITIONS and not possessive:
            return True
        if j < len(self.words) and self.words[j] in _AREA_WORDS:
            return True  # "western Farah province", "Jackson county"
        return j + 1 < len(self.words) and self.words[j] == "," and self.area_at(j + 1)

    def add_postal(self, matches: list[_Match]) -> list[_Match]:
        """US postal codes qualifying a place: "Columbia, KY", "Austin, TX"."""
        words = self.words
        starts = {m.start for m in matches}
        new: list[_Match] = []
        for m in matches:
            j = m.end + 1
            if j >= len(words) or words[j - 1] != "," or j in starts:
                continue
            code = words[j]
            if len(code) != 2 or not code.isupper() or not code.isalpha():
                continue
            if not any(e.kind in ("city", "admin2") for e, _ in m.candidates):
                continue
            state = self.gaz.admin1.get(("US", code))
            if state is not None:
                key = name_key(state.name)
                new.append(_Match(j, j + 1, key, [(state, False)], "postal"))
        if not new:
            return matches
        return sorted([*matches, *new], key=lambda x: x.start)

    def named_states(self, matches: list[_Match]) -> dict[tuple[str, str], list[int]]:
        """(country, admin1) of the states and counties the article names, with
        the paragraphs that name them."""
        out: dict[tuple[str, str], list[int]] = defaultdict(list)
        for m in matches:
            areas = [e for e, _ in m.candidates if e.kind in ("admin1", "admin2")]
            if not areas or len(areas) > 2:
                continue
            lead = _dominant(m.candidates)
            if len(areas) == len(m.candidates) or (lead is not None and lead in areas):
                para = self.paragraph(m.start)
                for e in areas:
                    if e.country and e.admin1:
                        out[(e.country, e.admin1)].append(para)
        return out

    def paragraph(self, i: int) -> int:
        """Index of the paragraph holding token `i`."""
        return bisect.bisect_right(self.para_starts, self.starts[i]) - 1

    def add_towns(self, matches: list[_Match]) -> list[_Match]:
        """Small towns of the states the article names ("Edmonton" near "Ky.").

        A state counts for a town in its own paragraph, or anywhere when the
        article's opening (its first two paragraphs) names it.
        """
        named = self.named_states(matches)
        if not named:
            return matches
        table = towns()

        def here(e: Entry, i: int) -> bool:
            paras = named.get((e.country or "", e.admin1 or ""))
            if not paras:
                return False
            return min(paras) <= 1 or self.paragraph(i) in paras

        for m in matches:
            extra = [(e, True) for e in table.lookup(m.key) if here(e, m.start)]
            if extra:
                m.candidates = [*m.candidates, *extra]

        def find(key: str, i: int) -> list[tuple[Entry, bool]]:
            return [(e, True) for e in table.lookup(key) if here(e, i)]

        return self.add_uncovered(matches, find, "town")

    def add_districts(
        self, matches: list[_Match], demonyms: list[Demonym]
    ) -> list[_Match]:
        """Districts of the countries the article names ("Khyber" with
        "Pakistan", "Maywand" with "Afghan")."""
        named = {d.country for d in demonyms}
        for m in matches:
            for e, _ in m.candidates:
                if e.country and (
                    e.kind == "country"
                    or (e.kind == "admin1" and len(m.candidates) == 1)
                ):
                    named.add(e.country)
        if not named:
            return matches
        table = districts()

        def find(key: str, i: int) -> list[tuple[Entry, bool]]:
            return [(e, True) for e in table.lookup(key) if e.country in named]

        return self.add_uncovered(matches, find, "district")

    def add_uncovered(
        self,
        matches: list[_Match],
        find: Callable[[str, int], list[tuple[Entry, bool]]],
        rule: str,
    ) -> list[_Match]:
        """Matches from `find` (key, token -> candidates) for capitalised names no
        match covers yet, longest first (three words at most)."""
        covered = bytearray(len(self.words) + 1)
        for m in matches:
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        words = self.words
        n = len(words)
        new: list[_Match] = []
        i = 0
        while i < n:
            if covered[i] or not words[i][0].isupper():
                i += 1
                continue
            step = 1
            for length in (3, 2, 1):
                j = i + length
                if j > n or any(covered[i:j]) or not words[j - 1][0].isalpha():
                    continue
                key = " ".join(self.f(x) for x in range(i, j))
                if key in self.person_keys or key in self.gaz.demonyms:
                    continue
                cands = find(key, i)
                if cands and self.surface_ok(i, j):
                    m = _Match(i, j, key, cands, rule)
                    if self.keep(m):
                        new.append(m)
                        step = length
                        break
            i += step
        if not new:
            return matches
        return sorted([*matches, *new], key=lambda m: m.start)

    def demonym_at(self, i: int) -> tuple[int, str] | None:
        """(end token, country) of a demonym starting at token `i`."""
        dem = self.gaz.demonyms
        if i + 1 < len(self.words) and self.words[i + 1][:1].isupper():
            two = self.f(i) + " " + self.f(i + 1)
            if two in dem:
                return i + 2, dem[two]
        cc = dem.get(self.f(i))
        if cc is None:
            return None
        w = self.words[i]
        if w.isupper() and len(w) > 1 and not self.in_caps_context(i):
            return None
        return i + 1, cc

    def prev_word(self, i: int) -> int | None:
        """Index of the token before `i` when it is a word on the same line."""
        if i == 0:
            return None
        if "\n" in self.doc.norm[self.ends[i - 1] : self.starts[i]]:
            return None
        return i - 1

    def keep(self, m: _Match) -> bool:
        """False when the match reads as a person, organisation or common word."""
        i, j = m.start, m.end
        kinds = {e.kind for e, _ in m.candidates}
        strong = bool(kinds & {"country", "continent", "region"})
        single = j - i == 1 or (j - i == 2 and self.words[i + 1] == ".")
        qualified = (
            j + 1 < len(self.words) and self.words[j] == "," and self.area_at(j + 1)
        )
        inside = i > 0 and self.ends_place(i - 1)  # "Guantanamo Bay, Cuba"
        if single and m.key in _NOT_PLACES and not strong and (not qualified or inside):
            return False
        if single and not strong and not self.big(m) and self.hyphen_tail(i):
            return False  # "Miami-Dade", "Dyfed-Powys Police": not Dade, Powys
        if single and not strong and self.function_word(i):
            return False  # "Talks To Resume" in a headline: not Tô, Burkina Faso
        if not strong and not qualified and self.known_org(i, j):
            self.weak_keys.add(m.key)  # "Hamas" (an alias of Hamm), "Toyota"
        if m.key in self.gaz.demonyms or self.currency(i, j):
            return False
        given = single and m.key in self.gaz.given_names
        if given and not strong and not qualified and _top_population(m) < 300000:
            self.weak_keys.add(m.key)  # kept only if read as a place elsewhere
        titled = self.line_start(self.starts[i]) in self.title_lines
        if not titled and not self.fits_after(m, single, strong, given):
            return False
        if single and not strong and self.speaker(i, j):
            self.person_keys.add(m.key)
            return False
        if not titled and not self.fits_before(m, single, strong):
            return False
        # A sentence-initial small town before a lower-case word is a common word.
        return not (
            single
            and not strong
            and i in self.sentence_initial
            and j < len(self.words)
            and self.words[j][:1].islower()
            and self.f(j) != "s"
            and _top_population(m) < 100000
        )

    def hyphen_tail(self, i: int) -> bool:
        """Token `i` is the second half of a hyphenated name ("Miami-Dade")."""
        return (
            i >= 2
            and self.words[i - 1] == "-"
            and self.ends[i - 2] == self.starts[i - 1]
            and self.ends[i - 1] == self.starts[i]
            and self.words[i - 2][:1].isupper()
        )

    def function_word(self, i: int) -> bool:
        """Token `i` is a capitalised function word ("To", "Of", "Most", "Can")."""
        w = self.words[i]
        return not w.isupper() and self.f(i) in _FUNCTION_WORDS

    def known_org(self, i: int, j: int) -> bool:
        """Tokens [i, j) name a well-known organisation ("Hamas", "Toyota", "OAS")."""
        a, b = self.starts[i], self.ends[j - 1]
        return org_key(self.doc.norm[a:b]) in known_orgs()

    def fits_after(self, m: _Match, single: bool, strong: bool, given: bool) -> bool:
        """The word after the match leaves it a place: not "Jordan Henderson",
        "Paris Hilton", "Washington Post" or "Houston Rockets"."""
        j = m.end
        words = self.words
        if (
            single
            and not strong
            and j < len(words)
            and self.f(j) in _PERSON_AFTER
            and not self.big(m)
        ):
            self.person_keys.add(m.key)  # "the Bush administration"
            return False
        if j >= len(words) or not words[j][:1].isupper():
            return True
        nxt = self.f(j)
        if nxt in _ORG_TAILS:
            return False
        if nxt in _CALENDAR:
            return True  # "arrived in Beijing Wednesday", "Jeddah Monday"
        if not single or nxt in _TRAIL_OK or self.starts_major(j):
            return True
        if words[j].isupper() and self.in_caps_context(j):
            return True
        if self.caps_opening(m):
            return True  # "DETROIT The U.S. ...": a dateline without a dash
        if given and nxt not in _FUNCTION_WORDS:
            self.person_keys.add(m.key)
            return False
        return strong or self.big(m)

    def speaker(self, i: int, j: int) -> bool:
        """ "said Noma.", "says Palma,": the name of whoever spoke."""
        if i == 0 or self.f(i - 1) not in _SPEECH:
            return False
        if j + 1 < len(self.words) and self.words[j] == "'" and self.f(j + 1) == "s":
            return False  # "said Hawaii's growth": a possessive, not a speaker
        return j >= len(self.words) or self.words[j] in {".", ",", "!", "?", '"', "'"}

    def fits_before(self, m: _Match, single: bool, strong: bool) -> bool:
        """The words before the match leave it a place: not "Real Madrid",
        "Bank of America", "President Bush" or "George W. Bush"."""
        words = self.words
        p = self.prev_word(m.start)
        if p is None:
            return True
        pw = words[p]
        low = self.f(p)
        if pw[:1].isupper() and pw.isalpha():
            if low in _LEAD_OK or self.ends_place(p):
                return True
            person = low in self.gaz.given_names or low in _TITLES
            country = any(e.kind == "country" for e, _ in m.candidates)
            if country and not person:
                return True  # "Star India", "Air France": the country stays
            if p in self.sentence_initial and strong:
                return True
            if pw.isupper() and self.in_caps_context(p):
                return True
            if single and person:
                self.person_keys.add(m.key)
            return False
        if low == "of" and p > 0 and words[p - 1][:1].isupper():
            return self.f(p - 1) not in _ORG_HEADS
        if pw == "." and p > 0:
            before = words[p - 1]
            if self.f(p - 1) in {"mt", "st", "ft"}:
                return False
            if before[:1].isupper() and self.f(p - 1) in _TITLES:
                if single and not strong:
                    self.person_keys.add(m.key)  # "Mr. Bush", "Gov. Perry"
                return not single or strong
            if len(before) == 1 and before.isupper():
                if single:
                    self.person_keys.add(m.key)
                return False
        return True

    def big(self, m: _Match) -> bool:
        """Some reading of the match is a place of a million people or more."""
        return any(e.population >= 1_000_000 for e, _ in m.candidates)

    def currency(self, i: int, j: int) -> bool:
        """ "US$3.7m", "$US4.5 billion", "40 US dollars": a currency, not a place."""
        words = self.words
        if j < len(words) and words[j] == "$" and self.ends[j - 1] == self.starts[j]:
            return True
        if i > 0 and words[i - 1] == "$" and self.ends[i - 1] == self.starts[i]:
            return True
        return j < len(words) and self.f(j) in {"dollar", "dollars", "cents"}

    def area_at(self, j: int) -> bool:
        """Token `j` starts a country, a state or a state abbreviation ("Ky.")."""
        if not self.words[j][:1].isupper():
            return False
        if self.starts_major(j):
            return True
        f = self.f(j)
        return f + " ." in self.gaz.state_abbreviations or f in self.gaz.short_codes

    def starts_major(self, j: int) -> bool:
        """Token `j` is a country, state or region name, or a demonym."""
        f = self.f(j)
        if f in self.gaz.demonyms:
            return True
        return any(
            e.kind in ("country", "admin1", "region", "continent")
            for e, _ in self.lookup(f)
        )

    def ends_place(self, p: int) -> bool:
        """Token `p` ends the previous place match or is a demonym."""
        return p + 1 == self.last_end or self.f(p) in self.gaz.demonyms

    def variant_at(self, i: int) -> _Match | None:
        """A transliteration variant after a locative ("in Misurat" -> Misurata)."""
        w = self.words[i]
        if len(w) < 5 or not w.isalpha() or w.isupper() or i in self.sentence_initial:
            return None
        p = self.prev_word(i)
        if p is None or self.f(p) not in _LOCATIVE:
            return None
        if i + 1 < len(self.words) and self.is_cap_word(i + 1):
            return None
        f = self.f(i)
        if f in _NOT_PLACES or f in self.gaz.given_names or self.known_org(i, i + 1):
            return None  # "in August" is not Augusta
        for key in (f + "a", f + "ah", f[:-1] if f.endswith("h") else "", f + "e"):
            cands = self.gaz.names.get(key) if key else None
            if cands:
                found = [(e, own) for e, own in self.lookup(key) if e.kind == "city"]
                if found:
                    return _Match(i, i + 1, key, found, "variant")
        return None

    def qualify(self, matches: list[_Match]) -> None:
        """Link "Paris, Texas" / "TRIPOLI, Libya": the second names the first's area."""
        for a, b in pairwise(matches):
            if (
                b.start == a.end + 1
                and self.words[a.end] == ","
                and any(e.kind in ("country", "admin1") for e, _ in b.candidates)
            ):
                a.qualifier = b

    def merge_restated(self, matches: list[_Match]) -> list[_Match]:
        """ "Washington, D.C.": a name restated by its own alias is one mention."""
        out: list[_Match] = []
        for m in matches:
            prev = out[-1] if out else None
            if (
                prev is not None
                and m.start == prev.end + 1
                and self.words[prev.end] == ","
            ):
                same = [c for c in prev.candidates if _restates(c[0], m)]
                if same:
                    prev.candidates = same
                    prev.end = m.end
                    continue
            out.append(m)
        return out


_NAMED = 10.0  # context weight of a country the article names outright


def _score(
    entry: Entry,
    own: bool,
    m: _Match,
    countries: dict[str, float],
    states: dict[tuple[str, str], float],
) -> float:
    """Higher for the likelier reading of a name (population, kind, context)."""
    s = math.log10(max(entry.population, 10))
    kind = entry.kind
    if kind == "country":
        s += 2.0
    elif kind in ("continent", "region"):
        s += 5.0
    elif kind in ("admin1", "admin2"):
        s -= 0.5
    if entry.capital:
        s += 1.5
    if own:
        s += 1.0
    if entry.country:
        # Named outright (weight _NAMED each) or implied by its places.
        named = countries.get(entry.country, 0.0)
        s += 3.0 if named >= _NAMED else min(max(named, 0.0) * 1.25, 2.5)
        if entry.admin1 and kind != "country":
            s += min(max(states.get((entry.country, entry.admin1), 0.0), 0.0) * 2, 3.0)
    q = m.qualifier
    if q is not None:
        for qe, _ in q.candidates:
            if qe.kind == "country" and qe.country == entry.country:
                s += 10
            elif qe.kind == "admin1" and (qe.country, qe.admin1) == (
                entry.country,
                entry.admin1,
            ):
                s += 12
    return s


def _resolve(
    doc: Document, gaz: Gazetteer, scan: _Scan, matches: list[_Match]
) -> list[Location]:
    """One Location per distinct name, each mention resolved in article context."""
    # Context: countries named outright or implied by their places, and states
    # named or implied, kept per name so that a name does not vouch for itself.
    own_c: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    # name key -> (state, weight, paragraph, named outright)
    state_notes: list[tuple[str, tuple[str, str], float, int, bool]] = []
    for m in matches:
        kinds = {e.kind for e, _ in m.candidates}
        oc = own_c[m.key]
        para = scan.paragraph(m.start)
        if "country" in kinds:
            for e, _ in m.candidates:
                if e.kind == "country" and e.country:
                    oc[e.country] += _NAMED
        else:
            lead = _dominant(m.candidates)
            if lead is not None and lead.country:
                oc[lead.country] += 0.75
                if lead.admin1:
                    zone = (lead.country, lead.admin1)
                    named = lead.kind == "admin1"
                    weight = 1.5 if named else 0.4
                    state_notes.append((m.key, zone, weight, para, named))
        if m.start < scan.dateline_end:
            for e, _ in m.candidates:
                if e.country:
                    oc[e.country] += 1.0
    countries: dict[str, float] = defaultdict(float)
    for oc in own_c.values():
        for k, v in oc.items():
            countries[k] += v
    # One reading per name: the qualified mention decides, else the best score.
    by_key: dict[str, list[_Match]] = defaultdict(list)
    for m in matches:
        by_key[m.key].append(m)
    chosen: dict[str, Entry] = {}
    for key, ms in by_key.items():
        ctx_c = _minus(countries, own_c[key])
        # A named state vouches for a name in its own paragraph, or everywhere
        # when the article's opening names it; a state implied by a town only
        # in its own paragraph.
        paras = {scan.paragraph(m.start) for m in ms}
        ctx_s: dict[tuple[str, str], float] = defaultdict(float)
        for other, zone, weight, para, named in state_notes:
            if other != key and (para in paras or (named and para <= 1)):
                ctx_s[zone] += weight
        best: tuple[float, int] | None = None
        pick: Entry | None = None
        for m in ms:
            for e, own in m.candidates:
                sc = _score(e, own, m, ctx_c, ctx_s)
                if best is None or (sc, -e.index) > best:
                    best, pick = (sc, -e.index), e
        standalone = _dateline_city(scan, ms)
        if standalone is not None:
            pick = standalone
        area_word = _state_word_after(scan, ms)
        if pick is not None and pick.kind == "city" and area_word:
            # "the Donetsk region", "Idlib province": the division, not its city.
            area = next(
                (e for e, _ in ms[0].candidates if e.kind == "admin1"),
                gaz.admin1.get((pick.country or "", pick.admin1 or "")),
            )
            if area is not None and fold(area.name)[:4] == fold(pick.name)[:4]:
                pick = area
        elif pick is not None and pick.kind == "admin1":
            # "New York": the city, when it lies in the state of the same name.
            for m in ms[:1]:
                for e, _ in m.candidates:
                    if (
                        e.kind == "city"
                        and e.country == pick.country
                        and e.admin1 == pick.admin1
                        and e.population >= 1_000_000
                        and not area_word
                    ):
                        pick = e
                        break
        if pick is not None:
            chosen[key] = pick
    countries = defaultdict(float, {k: v for k, v in countries.items() if v > 0})
    # Drop variants and small towns nothing in the article supports.
    out: dict[int, list[_Match]] = defaultdict(list)
    by_index: dict[int, Entry] = {}
    for m in matches:
        e = chosen[m.key]
        if m.rule == "variant" and e.country not in countries:
            continue
        if (
            e.kind == "city"
            and e.population < 50000
            and not _supported(e, m, scan, countries)
        ):
            continue
        if e.kind in ("city", "country") and _metonymic(scan, m):
            m.metonymic = True
        out[e.index].append(m)
        by_index[e.index] = e
    locations = []
    text = doc.text
    for index, ms in out.items():
        e = by_index[index]
        mentions = tuple(
            Mention.of(text, scan.starts[m.start], scan.ends[m.end - 1]) for m in ms
        )
        meto = tuple(
            Mention.of(text, scan.starts[m.start], scan.ends[m.end - 1])
            for m in ms
            if m.metonymic and (e.kind == "country" or e.capital)
        )
        rule = "gazetteer" if all(m.rule == "gazetteer" for m in ms) else ms[0].rule
        if any(m.qualifier is not None for m in ms):
            rule = "qualified"
        locations.append(
            Location(
                name=e.name,
                kind=LocationKind(e.kind),
                country=e.country,
                lat=e.lat,
                lon=e.lon,
                geonames_id=e.geonames_id,
                mentions=mentions,
                metonymic=meto,
                admin1=e.admin1,
                population=e.population or None,
                rule=rule,
            )
        )
    return locations


def _dateline_city(scan: _Scan, ms: list[_Match]) -> Entry | None:
    """A dateline city standing alone is the national capital of that name
    ("WASHINGTON -" is not Washington, England, whatever the story is about)."""
    m = ms[0]
    if m.qualifier is not None or not (
        m.start < scan.dateline_end
        or (scan.paragraph(m.start) <= 1 and scan.caps_opening(m))
    ):
        return None
    big = [
        e
        for e, own in m.candidates
        if own and e.kind == "city" and e.capital and e.population >= 500_000
    ]
    return max(big, key=lambda e: e.population) if big else None


def _restates(e: Entry, m: _Match) -> bool:
    """`m` names `e` again: its alias, or a district that is the city itself."""
    for other, _ in m.candidates:
        if other.index == e.index:
            return True
        if (
            other.kind == "admin1"
            and e.kind == "city"
            and (other.country, other.admin1) == (e.country, e.admin1)
            and e.population >= 0.4 * other.population
        ):
            return True
    return False


def _top_population(m: _Match) -> int:
    """Population of the largest reading of a match."""
    return max(e.population for e, _ in m.candidates)


def _dominant(cands: Sequence[tuple[Entry, bool]]) -> Entry | None:
    """The reading a name has without context: the only one, or one far larger."""
    if len(cands) == 1:
        return cands[0][0]
    ranked = sorted((e.population for e, _ in cands), reverse=True)
    if ranked[0] >= 5 * max(ranked[1], 1):
        return max(cands, key=lambda c: c[0].population)[0]
    return None


def _minus(total: dict[_K, float], own: dict[_K, float]) -> dict[_K, float]:
    """Context totals less one name's own contribution."""
    if not own:
        return total
    out = dict(total)
    for k, v in own.items():
        out[k] = out.get(k, 0.0) - v
    return out


def _state_word_after(scan: _Scan, ms: list[_Match]) -> bool:
    """ "New York state", "Quebec province": the name is used for the region."""
    n = len(scan.words)
    return any(m.end < n and scan.f(m.end) in _AREA_WORDS for m in ms)


def _supported(e: Entry, m: _Match, scan: _Scan, countries: dict[str, float]) -> bool:
    """A small town needs its country named, a qualifier, or a locative before it."""
    if m.qualifier is not None or e.country in countries:
        return True
    p = scan.prev_word(m.start)
    return p is not None and scan.f(p) in {"in", "at", "near", "outside"}


def _metonymic(scan: _Scan, m: _Match) -> bool:
    """ "Washington said", "Moscow uses": a place as the subject of a state verb."""
    words = scan.words
    j = m.end
    n = len(words)
    if j < n and words[j] == "'" and j + 1 < n and scan.f(j + 1) == "s":
        return False
    k = j
    while k < n and k < j + 3 and scan.f(k) in _AUXILIARIES:
        k += 1
    if k < n and scan.f(k) in _METONYMY_VERBS:
        return True
    # "Washington and Moscow have agreed"
    if j + 1 < n and scan.f(j) == "and" and words[j + 1][:1].isupper():
        k = j + 2
        while k < n and k < j + 5 and scan.f(k) in _AUXILIARIES:
            k += 1
        return k < n and scan.f(k) in _METONYMY_VERBS
    return False


def _add_facilities(
    doc: Document, gaz: Gazetteer, scan: _Scan, locations: list[Location]
) -> list[Location]:
    """Facilities, streets and natural features named with a keyword.

    Each gets the point of the nearest place the article names (a facility
    named after a city takes that city's), one Location per name.
    """
    norm = doc.norm
    found: list[tuple[int, int, str, LocationKind]] = []
    for m in _FACILITY_AFTER.finditer(norm):
        a, b = m.span("name")
        words = norm[a:b].split()
        while words and fold(words[0]) in _FACILITY_STOP:
            a += len(words[0]) + 1
            words = words[1:]
        if not words:
            continue
        kw = " ".join(w.capitalize() for w in m.group("kw").split())
        name = " ".join(words) + " " + kw
        found.append((a, m.end("kw"), name, LocationKind.FACILITY))
    for m in _FACILITY_BEFORE.finditer(norm):
        name = m.group("name")
        if fold(name.split()[0]) in _FACILITY_STOP or fold(name) in gaz.names:
            continue
        kw = " ".join(w.capitalize() for w in m.group("kw").split())
        found.append(
            (m.start("name"), m.end("name"), name + " " + kw, LocationKind.FACILITY)
        )
    starts = {m.start for loc in locations for m in loc.mentions}
    for rx in (_SETTLEMENT_OF, _SETTLEMENT_APPOSED):
        for m in rx.finditer(norm):
            a, b = m.span("name")
            key = name_key(norm[a:b])
            if a in starts or key in scan.person_keys or key in gaz.demonyms:
                continue
            if key.split()[0] in _NOT_PLACES or known_orgs().get(org_key(norm[a:b])):
                continue
            found.append((a, b, doc.text[a:b], _SETTLEMENT_KIND[m.group("kw")]))
    # A keyword name the gazetteer already knows whole ("Korean Peninsula",
    # "Gaza Strip") stays the gazetteer's.
    ends = {m.end for loc in locations for m in loc.mentions}
    found += [x for x in _keyword_places(scan) if x[1] not in ends]
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
    out = _without_spans(locations, [(a, b) for a, b, _, _ in kept])
    by_name: dict[str, list[tuple[int, int, LocationKind]]] = defaultdict(list)
    for a, b, name, kind in kept:
        by_name[name].append((a, b, kind))
    nearby = _Nearby(locations)
    for name, spans in by_name.items():
        a, b, kind = spans[0]
        where = nearby.place(gaz, a, b, kind)
        out.append(
            Location(
                name=name,
                kind=kind,
                country=where.country if where else None,
                lat=where.lat if where else None,
                lon=where.lon if where else None,
                mentions=tuple(Mention.of(doc.text, x, y) for x, y, _ in spans),
                rule=_KEYWORD_RULES.get(kind, "keyword"),
            )
        )
    return out


def _keyword_places(scan: _Scan) -> list[tuple[int, int, str, LocationKind]]:
    """Streets, natural features and buildings named with a keyword.

    Returns (start, end, name, kind) for "Royal Street", "Glenrock Lagoon",
    "Holy Redeemer Church", "Lake Manassas" and the like.
    """
    words = scan.words
    out: list[tuple[int, int, str, LocationKind]] = []
    n = len(words)
    k = 0
    while k < n:
        w = words[k]
        if not w[:1].isupper():
            k += 1
            continue
        f = scan.f(k)
        end = k + 1
        if f in ("st", "ave", "rd", "blvd", "mt") and end < n and words[end] == ".":
            end += 1
        if f == "st" and end < n and words[end][:1].isupper():
            k += 1  # "St. Louis": a saint, not a street
            continue
        a = _name_before(scan, k) if f in _OTHER_AFTER or f in _FACILITY_WORDS else None
        if a is not None:
            kind = LocationKind.OTHER if f in _OTHER_AFTER else LocationKind.FACILITY
            out.append((scan.starts[a], scan.ends[end - 1], "", kind))
            k = end
            continue
        if f in _OTHER_BEFORE and end < n and words[end][:1].isupper():
            b = end
            while (
                b < n and b < end + 3 and words[b][:1].isupper() and words[b].isalpha()
            ):
                b += 1
            if b > end and f not in {scan.f(x) for x in range(end, b)}:
                out.append((scan.starts[k], scan.ends[b - 1], "", LocationKind.OTHER))
                k = b
                continue
        k += 1
    text = scan.doc.text
    return [(a, b, text[a:b], kind) for a, b, _, kind in out]


def _name_before(scan: _Scan, k: int) -> int | None:
    """First token of the proper name before keyword token `k`, if there is one."""
    words = scan.words
    a = k
    while a > 0 and k - a < 8 and scan.prev_word(a) is not None:
        p = a - 1
        if words[p][:1].isupper() and words[p].isalpha():
            if p in scan.sentence_initial and scan.f(p) in _FUNCTION_WORDS:
                break
        elif not _inside_name(scan, p, a < k):
            break
        a = p
    while a < k and (not words[a][:1].isalnum() or scan.f(a) in _NAME_CONNECTORS):
        a += 1
    if a == k or not any(words[x][:1].isupper() for x in range(a, k)):
        return None
    if all(scan.f(x) in _NOT_NAME_WORDS for x in range(a, k) if words[x].isalpha()):
        return None
    if all(scan.f(x) in _INSTITUTION_WORDS for x in range(a, k) if words[x].isalpha()):
        return None  # "the Catholic Church", "World Church": an institution
    if k - a == 1 and scan.f(a) in scan.gaz.given_names and a in scan.sentence_initial:
        return None  # "Linda Park said": a person
    return a


def _inside_name(scan: _Scan, p: int, started: bool) -> bool:
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
        or (f in _NAME_CONNECTORS and started and after_cap)
        or (w == "." and p > 0 and scan.f(p - 1) in {"st", "mt", "ft"})
    )


def _without_spans(
    locations: list[Location], spans: list[tuple[int, int]]
) -> list[Location]:
    """Locations less their mentions inside `spans` ("Tripoli" in a facility name).

    `spans` are sorted and do not overlap.
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


class _Nearby:
    """Place mentions by offset, to find the place a facility or street is in."""

    def __init__(self, locations: Sequence[Location]) -> None:
        near = (LocationKind.CITY, LocationKind.ADMIN2)
        wide = (LocationKind.COUNTRY, LocationKind.ADMIN1)
        self.near: list[_Spot] = sorted(
            (m.start, m.end, i, loc)
            for i, loc in enumerate(locations)
            if loc.kind in near
            for m in loc.mentions
        )
        self.wide: list[_Spot] = sorted(
            (m.start, m.end, i, loc)
            for i, loc in enumerate(locations)
            if loc.kind in wide
            for m in loc.mentions
        )

    @staticmethod
    def _closest(items: list[_Spot], a: int, b: int) -> tuple[int, Location] | None:
        """(distance, place) of the mention nearest to [a, b); 0 when inside it."""
        i = bisect.bisect_left(items, (b,))
        best: tuple[int, Location] | None = None
        for j in (i - 2, i - 1, i):
            if 0 <= j < len(items):
                x0, x1, _, loc = items[j]
                dist = 0 if (x0 < b and a < x1) else min(abs(x0 - b), abs(a - x1))
                if best is None or dist < best[0]:
                    best = (dist, loc)
        return best

    def place(
        self, gaz: Gazetteer, a: int, b: int, kind: LocationKind
    ) -> Location | Entry | None:
        """The place named inside [a, b), else the nearest city or county; a
        facility falls back on a nearby state or its country's capital."""
        near = self._closest(self.near, a, b)
        wide = self._closest(self.wide, a, b)
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
