"""Recognition: one pass over the tokens finds place names and demonyms."""

from __future__ import annotations

from itertools import pairwise

from ..findings import Demonym
from ..knowledge.gazetteer import POSSESSIVE_KEY, Entry
from .additions import ScanAdditions
from .lexicon import AREA_WORDS, LOCATIVE, NOT_PLACES
from .match import Match, restates
from .tokens import MAX_TOKENS

__all__ = ["Scan"]


_FIRSTS: dict[int, frozenset[str]] = {}
# Kinds of place that can qualify the name before them ("X, Y").
_AREA_KINDS = frozenset({"country", "admin1", "admin2", "region"})


def _demonym_firsts(dem: dict[str, str]) -> frozenset[str]:
    """First words of the demonyms ("south" of "south african"), so that most
    tokens are ruled out by one set probe; built once per table."""
    got = _FIRSTS.get(id(dem))
    if got is None:
        got = _FIRSTS[id(dem)] = frozenset(k.split(" ", 1)[0] for k in dem)
    return got


class Scan(ScanAdditions):
    """One pass over the tokens: place matches and demonyms."""

    def run(self) -> tuple[list[Match], list[Demonym]]:
        """Place matches (longest first at each capitalised token) and demonyms."""
        n = len(self.words)
        words = self.words
        folds = self.folds
        matches: list[Match] = []
        demonyms: list[Demonym] = []
        self.demonym_firsts: frozenset[str] = _demonym_firsts(self.gaz.demonyms)
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
        if found is not None and i and words[i - 1] == "the":
            self._feature_after_the(found)
        # (most tokens open no demonym: ruled out here by one set probe)
        dem = self.demonym_at(i) if f0 in self.demonym_firsts else None
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

    def _feature_after_the(self, m: Match) -> None:
        """ "the Amur", "the Zambezi": a natural feature's name after "the"
        is the feature, not a town or a division of the same name (Amur, a
        town in India); a division word after it keeps the division ("the
        Zambezi region"), and a large city stays a reading ("the Dnipro")."""
        if not any(e.kind == "other" for e, _ in m.candidates):
            return
        if m.end < len(self.words) and self.f(m.end) in AREA_WORDS:
            return
        m.candidates = [c for c in m.candidates if _named_with_the(c[0])]

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
        return [
            b
            for a, b in pairwise(matches)
            if (self._after_comma(a, b) or self._side_by_side(a, b)) and _holds(b, a)
        ]

    def qualify(self, matches: list[Match]) -> None:
        """Link "Paris, Texas" / "TRIPOLI, Libya" / "Rockingham, Northamptonshire":
        the second names the first's area. Without the comma ("Savannah
        Georgia", "in Jackson Mississippi") only an area that holds one of the
        first's readings qualifies it."""
        for a, b in pairwise(matches):
            if (
                self._after_comma(a, b)
                and any(e.kind in _AREA_KINDS for e, _ in b.candidates)
            ) or (self._side_by_side(a, b) and _holds(b, a)):
                a.qualifier = b

    def _after_comma(self, a: Match, b: Match) -> bool:
        """ "a, b": the two names apart by a comma alone."""
        return b.start == a.end + 1 and self.words[a.end] == ","

    def _side_by_side(self, a: Match, b: Match) -> bool:
        """ "a b": two names next to each other on one line, a town's first."""
        return (
            b.start == a.end
            and any(e.kind == "city" for e, _ in a.candidates)
            and "\n" not in self.doc.text[self.ends[a.end - 1] : self.starts[b.start]]
        )

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


def _holds(b: Match, a: Match) -> bool:
    """`b` reads as a country or state that holds one of `a`'s readings."""
    areas = {
        (e.country, e.admin1 if e.kind == "admin1" else None)
        for e, _ in b.candidates
        if e.kind in ("country", "admin1")
    }
    return any(
        (e.country, None) in areas or (e.country, e.admin1) in areas
        for e, _ in a.candidates
    )


_WITH_THE_CITY = 100_000  # a town named with its article is at least this big


def _named_with_the(e: Entry) -> bool:
    """A place news names with "the" before it: a country ("the Gambia"), a
    region or natural feature ("the Amazon", "the Nile") or a large city ("the
    Hague")."""
    return e.kind in ("country", "region", "continent", "other") or (
        e.kind == "city" and e.population >= _WITH_THE_CITY
    )
