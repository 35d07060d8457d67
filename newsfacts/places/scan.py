"""Recognition: one pass over the tokens finds place names and demonyms."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from itertools import compress, count, pairwise

from ..findings import Demonym
from ..knowledge.gazetteer import POSSESSIVE_KEY, Entry, districts, towns
from ..knowledge.keys import name_key
from .filters import PlaceFilters
from .lexicon import LOCATIVE, NOT_PLACES, POSTAL
from .match import Match, dominant, restates
from .tokens import MAX_TOKENS

__all__ = ["Scan"]


_FIRSTS: dict[int, frozenset[str]] = {}
# Kinds of place that can qualify the name before them ("X, Y").
_AREA_KINDS = frozenset({"country", "admin1", "admin2", "region"})
# The word that makes the names before it counties ("Kern county", "Los Angeles
# and Ventura counties"), written in lower case.
_COUNTY_WORDS = frozenset({"county", "counties"})


def _demonym_firsts(dem: dict[str, str]) -> frozenset[str]:
    """First words of the demonyms ("south" of "south african"), so that most
    tokens are ruled out by one set probe; built once per table."""
    got = _FIRSTS.get(id(dem))
    if got is None:
        got = _FIRSTS[id(dem)] = frozenset(k.split(" ", 1)[0] for k in dem)
    return got


class Scan(PlaceFilters):
    """One pass over the tokens: place matches and demonyms."""

    def run(self) -> tuple[list[Match], list[Demonym]]:
        """Place matches (longest first at each capitalised token) and demonyms."""
        n = len(self.words)
        words = self.words
        folds = self.folds
        matches: list[Match] = []
        demonyms: list[Demonym] = []
        i = 0
        for c in self.caps:
            if c < i:
                continue  # inside a name or demonym read already
            i = self._read_at(c, n, words, folds, matches, demonyms)
        matches = self.variants_in_named_countries(matches, demonyms)
        if self.person_keys or self.weak_keys:
            # A name once read as a person's is that person throughout, unless
            # the article also uses it as a place ("in Paris", "Paris, Texas").
            placed = {m.key for m in matches if self.placed(m)}
            placed.update(b.key for b in self._area_qualifiers(matches))
            drop = (self.person_keys | self.weak_keys) - placed
            matches = [m for m in matches if m.key not in drop]
        matches = self.add_counties(self.add_towns(self.add_postal(matches)))
        matches = self.merge_restated(self.add_districts(matches, demonyms))
        self.qualify(matches)
        return matches, demonyms

    def _read_at(
        self,
        i: int,
        n: int,
        words: list[str],
        folds: dict[str, str],
        matches: list[Match],
        demonyms: list[Demonym],
    ) -> int:
        """Read the place name or demonym at capitalised token `i` into
        `matches` or `demonyms`; the token to go on from."""
        gaz = self.gaz
        f0 = folds[words[i]]
        longest = gaz.longest(f0)
        found = None
        if i and words[i - 1] == "the":
            found = self._after_the(i, n, words, folds)
        if longest and found is None:
            for length in range(min(longest, n - i, MAX_TOKENS), 0, -1):
                j = i + length
                if not words[j - 1][0].isalnum() and words[j - 1] != ".":
                    continue
                key = " ".join(map(folds.__getitem__, words[i:j])) if length > 1 else f0
                if (
                    length > 2
                    and key.endswith(POSSESSIVE_KEY)
                    and not gaz.names_with_possessive(key)
                ):
                    continue  # "Tonga's economy": Tonga's
                if gaz.known(key) and (
                    self.surface_ok(i, j) or gaz.written_as_user(key, words[i:j])
                ):
                    found = Match(i, j, key, self.lookup(key), "gazetteer")
                    break
        if found is not None and self.company_modifier(found):
            found = None
        dem = self.demonym_at(i)
        if dem is not None and (found is None or dem[0] >= found.end):
            j, cc = dem
            a, b = self.starts[i], self.ends[j - 1]
            demonyms.append(Demonym(a, b, self.written(a, b), cc))
            return j
        if found is not None:
            if self.keep(found):
                matches.append(found)
                self.last_start, self.last_end = found.start, found.end
                return found.end
            if found.end - found.start > 1:
                # A name read as something else is that thing whole: "the
                # Woman's Club of New Jersey" holds no "Jersey".
                return found.end
        if found is None:
            variant = self.variant_at(i)
            if variant is not None:
                matches.append(variant)
                return variant.end
        return i + 1

    def _after_the(
        self, i: int, n: int, words: list[str], folds: dict[str, str]
    ) -> Match | None:
        """A name whose article is part of it, read after a lower-case "the"
        ("in the Hague", "deforestation in the Amazon"): the match starts at
        the name, the article stays out of the mention. Only a country, a
        region, a natural feature or a city of 100,000 people is named so: "the
        Valley" or "the Colony" of a story are local names, not the small towns
        or divisions of those names (The Valley, Anguilla)."""
        gaz = self.gaz
        longest = gaz.longest("the")
        for length in range(min(longest - 1, n - i, MAX_TOKENS), 0, -1):
            j = i + length
            if not words[j - 1][0].isalnum():
                continue
            key = "the " + " ".join(map(folds.__getitem__, words[i:j]))
            if gaz.known(key) and self.surface_ok(i, j):
                found = self.lookup(key)
                if any(_named_with_the(e) for e, _ in found):
                    return Match(i, j, key, found, "gazetteer")
        return None

    def variants_in_named_countries(
        self, matches: list[Match], demonyms: list[Demonym]
    ) -> list[Match]:
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
        n = len(words)
        for k in range(1, n):
            code = words[k]
            if len(code) != 2 or not code.isupper() or not code.isalpha():
                continue
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

        return self.add_uncovered(matches, find, "town", table.longest)

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

        return self.add_uncovered(matches, find, "district", table.longest)

    def add_uncovered(
        self,
        matches: list[Match],
        find: Callable[[str, int], list[tuple[Entry, bool]]],
        rule: str,
        longest: Callable[[str], int],
    ) -> list[Match]:
        """Matches from `find` (key, token -> candidates) for capitalised names no
        match covers yet, longest first (three words at most, and no longer than
        `longest` says a key starting with the first word can be)."""
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
            for length in range(min(3, longest(folds[words[i]])), 0, -1):
                j = i + length
                if j > n or any(covered[i:j]) or not words[j - 1][0].isalpha():
                    continue
                key = " ".join(map(folds.__getitem__, words[i:j]))
                if key in self.person_keys or key in self.gaz.demonyms:
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

    def demonym_at(self, i: int) -> tuple[int, str] | None:
        """(end token, country) of a demonym starting at token `i`."""
        dem = self.gaz.demonyms
        f = self.f(i)
        if f not in _demonym_firsts(dem):
            return None
        if i + 1 < len(self.words) and self.words[i + 1][:1].isupper():
            two = f + " " + self.f(i + 1)
            if i + 2 < len(self.words) and self.words[i + 2][:1].isupper():
                three = two + " " + self.f(i + 2)  # "Papua New Guinean"
                if three in dem:
                    return i + 3, dem[three]
            if two in dem:
                return i + 2, dem[two]
        cc = dem.get(f)
        if cc is None:
            return None
        w = self.words[i]
        if w.isupper() and len(w) > 1 and not self.in_caps_context(i):
            return None
        return i + 1, cc

    def variant_at(self, i: int) -> Match | None:
        """A transliteration variant after a locative ("in Misurat" -> Misurata)."""
        w = self.words[i]
        if len(w) < 5 or not w.isalpha() or w.isupper() or i in self.sentence_initial:
            return None
        p = self.prev_word(i)
        if p is None or self.f(p) not in LOCATIVE:
            return None
        if i + 1 < len(self.words) and self.is_cap_word(i + 1):
            return None
        f = self.f(i)
        if f in NOT_PLACES or f in self.gaz.given_names or self.known_org(i, i + 1):
            return None  # "in August" is not Augusta
        for key in (f + "a", f + "ah", f[:-1] if f.endswith("h") else "", f + "e"):
            if key and self.gaz.known(key):
                found = [(e, own) for e, own in self.lookup(key) if e.kind == "city"]
                if found:
                    return Match(i, i + 1, key, found, "variant")
        return None

    def _area_qualifiers(self, matches: list[Match]) -> list[Match]:
        """Matches that qualify the place before them with its own country or
        state ("Amman, Jordan", "Mobile, Alabama"): places, even where the same
        name is a person's elsewhere ("Michael Jordan visited Amman, Jordan")."""
        out = []
        for a, b in pairwise(matches):
            if b.start != a.end + 1 or self.words[a.end] != ",":
                continue
            areas = {
                (e.country, e.admin1 if e.kind == "admin1" else None)
                for e, _ in b.candidates
                if e.kind in ("country", "admin1")
            }
            if any(
                (e.country, None) in areas or (e.country, e.admin1) in areas
                for e, _ in a.candidates
            ):
                out.append(b)
        return out

    def qualify(self, matches: list[Match]) -> None:
        """Link "Paris, Texas" / "TRIPOLI, Libya" / "Rockingham, Northamptonshire":
        the second names the first's area."""
        for a, b in pairwise(matches):
            if (
                b.start == a.end + 1
                and self.words[a.end] == ","
                and any(e.kind in _AREA_KINDS for e, _ in b.candidates)
            ):
                a.qualifier = b

    def merge_restated(self, matches: list[Match]) -> list[Match]:
        """ "Washington, D.C.": a name restated by its own alias is one mention."""
        out: list[Match] = []
        for m in matches:
            prev = out[-1] if out else None
            if (
                prev is not None
                and m.start == prev.end + 1
                and self.words[prev.end] == ","
                and not any(e.kind == "country" for e, _ in m.candidates)
            ):
                same = [c for c in prev.candidates if restates(c[0], m)]
                if same:
                    prev.candidates = same
                    prev.end = m.end
                    prev.restated = True
                    continue
            out.append(m)
        return out


_WITH_THE_CITY = 100_000  # a town named with its article is at least this big


def _named_with_the(e: Entry) -> bool:
    """A place news names with "the" before it: a country ("the Gambia"), a
    region or natural feature ("the Amazon", "the Nile") or a large city ("the
    Hague")."""
    return e.kind in ("country", "region", "continent", "other") or (
        e.kind == "city" and e.population >= _WITH_THE_CITY
    )
