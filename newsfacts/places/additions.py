"""Recognition's second pass: names found through what the first pass found
(postal codes after towns, small towns of the states named, counties named with
"county", districts of the countries named)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Container
from itertools import compress, count, islice
from string import ascii_uppercase

from ..findings import Demonym
from ..knowledge.gazetteer import Entry, districts, towns
from ..knowledge.keys import fold, name_key
from .filters import PlaceFilters
from .lexicon import POSTAL
from .match import Match, dominant
from .tokens import MAX_TOKENS

__all__ = ["ScanAdditions"]

# The word that makes the names before it counties ("Kern county", "Los Angeles
# and Ventura counties"), written in lower case.
_COUNTY_WORDS = frozenset({"county", "counties"})
# Every two capital letters of ASCII: the spellings a state's postal code has
# ("KY", "TX", "BC").
# Tokens a town or district name runs to at most: three words, or a hyphenated
# name of three ("Bouches-du-Rhône" is five tokens).
_LONGEST = 5
_CODES = frozenset(a + b for a in ascii_uppercase for b in ascii_uppercase)


def _named_after(state: Entry, city: Entry) -> bool:
    """The state is named by the city's whole name, before any comma of its
    own ("Valenciana, Comunidad" by "Valencia", "Madrid, Comunidad de" by
    "Madrid"); not "New York" by "New York City", a part of it."""
    return fold(state.name).split(",")[0].startswith(fold(city.name))


class ScanAdditions(PlaceFilters):
    """Matches added once the first pass has read the article's names."""

    def add_postal(self, matches: list[Match]) -> list[Match]:
        """US and Canadian postal codes qualifying a place: "Columbia, KY",
        "Austin, TX", "Nelson, BC", a town of the towns table only ("Churchill,
        MB"), and a bare code right after a town of that state ("Nelson BC");
        a bare code after any other name is left alone ("Metix MD", "Orchard
        QC said")."""
        words = self.words
        starts = {m.start for m in matches}
        ends = {m.end: m for m in matches}
        new: list[Match] = []
        # (Only the tokens of two capital letters are read, found by one set
        # probe each in C-level steps: every code of a state is one.)
        for k in compress(count(1), map(_CODES.__contains__, islice(words, 1, None))):
            code = words[k]
            if k in starts:
                continue
            state = self.gaz.admin1.get(POSTAL.get(code, ("US", code)))
            if state is None:
                continue
            if words[k - 1] == ",":
                m = ends.get(k - 1)
                if m is not None:
                    if not any(e.kind in ("city", "admin2") for e, _ in m.candidates):
                        continue
                elif not self._town_before(k - 1, state):
                    continue
            elif not self._bare_code(k, state, ends.get(k)):
                continue
            key = name_key(state.name)
            new.append(Match(k, k + 1, key, [(state, False)], "postal"))
        if not new:
            return matches
        return sorted([*matches, *new], key=lambda x: x.start)

    def _bare_code(self, k: int, state: Entry, m: Match | None) -> bool:
        """Code token `k` follows a town of `state` after one space and ends the
        name ("Nelson BC office", "in Nelson BC."), not a capitalised word."""
        words = self.words
        before = words[k - 1]
        if self.ends[k - 1] + 1 != self.starts[k] or not before[:1].isupper():
            return False
        if before.isupper():
            return False  # a line in capitals: "PARIS ON MONDAY"
        if k + 1 < len(words) and words[k + 1][:1].isupper():
            return False
        if m is not None:
            return any(
                (e.country, e.admin1) == (state.country, state.admin1)
                for e, _ in m.candidates
            ) or self._town_before(k, state)
        return self._town_before(k, state)

    def _town_before(self, c: int, state: Entry) -> bool:
        """The capitalised words before token `c` name a town of `state` (of
        the gazetteer or of the towns table)."""
        words = self.words
        table = towns()
        zone = (state.country, state.admin1)
        for length in (1, 2, 3):
            i = c - length
            if i < 0 or not all(words[x][:1].isupper() for x in range(i, c)):
                return False
            key = self.key(i, c)
            if any((e.country, e.admin1) == zone for e in table.lookup(key)) or any(
                e.kind == "city" and (e.country, e.admin1) == zone
                for e, _ in self.lookup(key)
            ):
                return True
        return False

    def named_states(self, matches: list[Match]) -> dict[tuple[str, str], list[int]]:
        """(country, admin1) of the states and counties the article names, with
        the paragraphs that name them."""
        out: dict[tuple[str, str], list[int]] = defaultdict(list)
        for m in matches:
            areas = [e for e, _ in m.candidates if e.kind in ("admin1", "admin2")]
            if not areas or len(areas) > 2:
                continue
            lead = dominant(m.candidates)
            if len(areas) == len(m.candidates) or (lead is not None and lead in areas):
                para = self.paragraph(m.start)
                for e in areas:
                    if e.country and e.admin1:
                        out[(e.country, e.admin1)].append(para)
        return out

    def states_named_by_cities(
        self, matches: list[Match], implied: set[tuple[str, str]]
    ) -> dict[tuple[str, str], list[int]]:
        """(country, admin1) of the states named by their chief city's name
        ("Valencia", "Murcia", "Aleppo"), with the paragraphs that name them:
        a city reading whose state is named like it, where an area word
        follows ("the Valencia region", "Valencia province"), or the reading
        is the name's plain one, or the article plainly names another city of
        that state ("Paiporta" beside "Valencia", which is also a city of
        Venezuela). A name with a state among its own readings ("New York")
        is left to `named_states`, which reads it by those."""
        out: dict[tuple[str, str], list[int]] = defaultdict(list)
        for m in matches:
            if any(e.kind in ("admin1", "admin2") for e, _ in m.candidates):
                continue
            lead = dominant(m.candidates)
            region = self.area_word_after(m.start, m.end) is not None
            for e, _ in m.candidates:
                if e.kind != "city" or not e.country or not e.admin1:
                    continue
                zone = (e.country, e.admin1)
                if not (region or e is lead or zone in implied):
                    continue  # (a reading nothing else supports)
                state = self.gaz.admin1.get(zone)
                if state is not None and _named_after(state, e):
                    out[zone].append(self.paragraph(m.start))
        return out

    def country_qualifiers(self, matches: list[Match]) -> dict[int, set[str]]:
        """Token index of a "," or "in" right before a country's name, with the
        country codes that name may stand for: a name ending there is placed
        in that country ("Davos, Switzerland")."""
        out: dict[int, set[str]] = {}
        for m in matches:
            k = m.start - 1
            if k < 0 or self.words[k] not in (",", "in"):
                continue
            if m.end < len(self.words) and self.f(m.end) in ("'s", "’s", "'"):
                continue  # "Wells, Britain's envoy": a possessive, no qualifier
            codes = {e.country for e, _ in m.candidates if e.kind == "country"}
            if codes:
                out[k] = {c for c in codes if c}
        return out

    def add_towns(self, matches: list[Match]) -> list[Match]:
        """Small towns of the states the article names ("Edmonton" near "Ky.").

        A state counts for a town in its own paragraph, or anywhere when the
        article's opening (its first two paragraphs) names it.
        """
        named = self.named_states(matches)
        # States implied by the cities the article names plainly ("Vancouver",
        # "Kelowna"): their towns become readings of names already found, for
        # nearness to choose among ("Nelson"), never new names.
        implied = {
            (lead.country, lead.admin1)
            for m in matches
            if (lead := dominant(m.candidates)) is not None
            and lead.kind == "city"
            and lead.country
            and lead.admin1
        }
        for zone, paras in self.states_named_by_cities(matches, implied).items():
            named[zone].extend(paras)
        # "Davos, Switzerland", "Srebrenica in Bosnia": a town its country
        # qualifies right after it, wherever the article names the country.
        qualifiers = self.country_qualifiers(matches)
        if not named and not implied and not qualifiers:
            return matches
        table = towns()

        def here(e: Entry, i: int) -> bool:
            paras = named.get((e.country or "", e.admin1 or ""))
            if not paras:
                return False
            return min(paras) <= 1 or self.paragraph(i) in paras

        def qualified(e: Entry, key: str, i: int) -> bool:
            return e.country in qualifiers.get(i + key.count(" ") + 1, ())

        for m in matches:
            if m.candidates and m.candidates[0][0].user:
                continue  # a user's place: no other readings
            # A village named like a division of its own country is not read
            # for the division ("England beat Wales": no village of England's);
            # one abroad may be ("Ramor Theatre, Virginia" in County Cavan).
            areas = {
                e.country for e, _ in m.candidates if e.kind in ("country", "admin1")
            }
            extra = [
                (e, True)
                for e in table.lookup(m.key)
                if (here(e, m.start) or (e.country, e.admin1) in implied)
                and e.country not in areas
            ]
            if extra:
                m.candidates = [*m.candidates, *extra]
        if not named and not qualifiers:
            return matches

        def find(key: str, i: int) -> list[tuple[Entry, bool]]:
            return [
                (e, True)
                for e in table.lookup(key)
                if here(e, i) or qualified(e, key, i)
            ]

        return self.add_uncovered(matches, find, "town", table.longest, table.names)

    def add_counties(self, matches: list[Match]) -> list[Match]:
        """Counties named with "county" in lower case, or listed before
        "counties": "Kern county", "Los Angeles and Ventura counties" are the
        counties (GeoNames' "Kern County"), not the cities of the name."""
        norm = self.doc.norm
        if "county" not in norm and "counties" not in norm:
            return matches
        words = self.words
        n = len(words)
        found: list[Match] = []
        # (Found in C-level steps: most texts have none or a few.)
        for k in compress(count(), map(_COUNTY_WORDS.__contains__, words)):
            single = words[k] == "county"
            b = k
            while b > 0:
                a = b
                while a > 0 and b - a < MAX_TOKENS and words[a - 1][:1].isupper():
                    a -= 1
                if a == b:
                    break
                key = self.key(a, b) + " county"
                cands = [(e, own) for e, own in self.lookup(key) if e.kind == "admin2"]
                if cands:
                    end = k + 1 if single else b
                    found.append(Match(a, end, key, cands, "gazetteer"))
                if single or a == 0 or words[a - 1] not in (",", "and", "or"):
                    break
                b = a - 1
        if not found:
            return matches
        taken = bytearray(n + 1)
        for m in found:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        kept = [m for m in matches if not any(taken[m.start : m.end])]
        return sorted([*kept, *found], key=lambda m: m.start)

    def add_districts(
        self, matches: list[Match], demonyms: list[Demonym]
    ) -> list[Match]:
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

        return self.add_uncovered(matches, find, "district", table.longest, table.names)

    def add_uncovered(
        self,
        matches: list[Match],
        find: Callable[[str, int], list[tuple[Entry, bool]]],
        rule: str,
        longest: Callable[[str], int],
        names: Container[str],
    ) -> list[Match]:
        """Matches from `find` (key, token -> candidates) for capitalised names no
        match covers yet, longest first (`_LONGEST` tokens at most, and no longer than
        `longest` says a key starting with the first word can be); a key not in
        `names` (the table's keys) has no candidates and is not looked up."""
        covered = bytearray(len(self.words) + 1)
        for m in matches:
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        words = self.words
        folds = self.folds
        n = len(words)
        new: list[Match] = []
        i = 0
        for c in self.caps:
            if c < i or covered[c]:
                continue
            i = c
            step = 1
            for length in range(min(_LONGEST, longest(folds[words[i]])), 0, -1):
                j = i + length
                if j > n or any(covered[i:j]) or not words[j - 1][0].isalpha():
                    continue
                key = " ".join(map(folds.__getitem__, words[i:j]))
                if (
                    key not in names
                    or key in self.person_keys
                    or key in self.gaz.demonyms
                ):
                    continue
                cands = find(key, i)
                if cands and self.surface_ok(i, j):
                    m = Match(i, j, key, cands, rule)
                    if self.keep(m):
                        new.append(m)
                        step = length
                        break
            i += step
        if not new:
            return matches
        return sorted([*matches, *new], key=lambda m: m.start)
