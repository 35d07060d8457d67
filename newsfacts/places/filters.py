"""Tests that tell a place name from a person, an organisation or a common word."""

from __future__ import annotations

from ..language.tagger_lexicon import common_words, lexicon
from .lexicon import (
    DEPARTURE,
    FUNCTION_WORDS,
    LOCAL_BODIES,
    MOTION,
    NAME_OF,
    NEEDS_QUALIFIER,
    NOT_PLACES,
    OF_PLACE,
    PART_OF_AREA,
    PLACE_PREPOSITIONS,
    RIVER_WORDS,
    SPEECH,
    STRIKE,
    VISIT,
)
from .match import Match, top_population
from .name_tests import NameTests

__all__ = ["PlaceFilters"]

# Tokens looked along for "rivers" past a list of names ("the rivers Tigris,
# Euphrates and Jordan"), and the words that join a list's names.
_RIVER_LIST_REACH = 8
_LIST_JOINS = frozenset((",", "and", "or"))


def _plural_noun(low: str, written: str, after: str) -> bool:
    """The word opening a sentence is the plural common noun of its name
    ("Rivers burst their banks", "Lakes across the region froze"), not the
    place: the lexicon knows it as a plural noun in lower case, and capitalised
    only as part of a plural name ("the Great Lakes"), if at all; and the word
    after it may follow a plural subject, as no singular verb or noun does
    ("Billings has been hit", "Rivers residents" read the place). A word the
    lexicon knows capitalised as a singular name ("Wales", beside "wales") is
    that name."""
    lex = lexicon().entries
    entry = lex.get(low)
    if entry is None or entry[0] != "NNS":
        return False
    cap = lex.get(written)
    if cap is not None and cap[0] == "NNP":
        return False
    nxt = lex.get(after)
    # (a verb's -s form agrees only with a singular subject, and so does
    # "was", the one past form that does)
    return (
        after != "was"
        and nxt is not None
        and nxt[0] != "VBZ"
        and not nxt[1].isdisjoint(_AFTER_A_PLURAL)
    )


# Tags of a word that may follow a plural subject: a plural or past verb, a
# modal, a preposition, an adverb ("Rivers burst", "Lakes across the region").
_AFTER_A_PLURAL = frozenset({"VBD", "VBP", "MD", "IN", "RB"})


class PlaceFilters(NameTests):
    """Tests that tell a place name from a person, an organisation or a common word."""

    def placed(self, m: Match) -> bool:
        """The match reads as a place: after "in"/"near"/..., "X, <state>", or
        in capitals at a dateline-like opening."""
        if self.caps_opening(m):
            return True
        p = self.prev_word(m.start)
        j = m.end
        possessive = j + 1 < len(self.words) and self.words[j] == "'"
        if (
            p is not None
            and p > 0
            and self.f(p) in PART_OF_AREA
            and self.words[p][:1].islower()
        ):
            p -= 1  # "in central Nice", "across northern Mobile"
        if p is not None and self.f(p) in PLACE_PREPOSITIONS and not possessive:
            return True
        if p is not None and p > 0 and self.f(p) == "of" and self.words[p - 1] == ",":
            return True  # "Peddar, of Brent, north west London": an address
        if (
            p is not None
            and not possessive
            and (self.destination(p) or self.f(p) in DEPARTURE)
        ):
            return True  # "travelled to Mobile", "the ferry left Dover"
        if (
            p is not None
            and not possessive
            and self.f(p) in STRIKE
            and m.key not in self.gaz.given_names
        ):
            return True  # "Flooding hit Reading and Bath"; not "struck Angel"
        if self.area_word_after(m.start, j) is not None:
            return True  # "western Farah province", "Idlib and Hama provinces"
        return j + 1 < len(self.words) and self.words[j] == "," and self.area_at(j + 1)

    def keep(self, m: Match) -> bool:
        """False when the match reads as a person, organisation or common word,
        or names a river the gazetteer has no feature of ("the Severn river":
        no town of Maryland); a river's name keeps its feature readings alone."""
        i, j = m.start, m.end
        if self.river_named(i, j):
            rivers = [c for c in m.candidates if c[0].kind == "other"]
            if not rivers:
                return False
            m.candidates = rivers
        kinds = {e.kind for e, _ in m.candidates}
        strong = bool(kinds & {"country", "continent", "region"})
        # A user's place is no obscure homonym of a common word or a given name:
        # the word-list tests pass it; the tests of context (a person, a
        # company, a demonym) still apply.
        vouched = strong or any(e.user for e, _ in m.candidates)
        single = j - i == 1 or (j - i == 2 and self.words[i + 1] == ".")
        qualified = (
            j + 1 < len(self.words) and self.words[j] == "," and self.area_at(j + 1)
        )
        inside = i > 0 and self.ends_place(i - 1)  # "Guantanamo Bay, Cuba"
        if (
            single
            and m.key in NOT_PLACES
            and not vouched
            and (inside or not self.in_context(m, qualified))
        ):
            return False  # "Nice work", "in May", "Guantanamo Bay, Cuba"
        if (
            single
            and not vouched
            and not self.big(m)
            and (
                self.hyphen_tail(i)
                or (self.hyphen_head(j) and top_population(m) < 100_000)
            )
        ):
            return False  # "Miami-Dade", "Champs-Elysees": not Dade, Champs
        if (
            single
            and not vouched
            and not any(own for _, own in m.candidates)
            and self.name_goes_on(j)
        ):
            return False  # "the Tour de France": not Tours
        if (
            single
            and not vouched
            and self.function_word(i)
            and not (qualified or (m.key in NOT_PLACES and self.placed(m)))
        ):
            return False  # "Talks To Resume" in a headline: not Tô, Burkina Faso
        if (
            single
            and not vouched
            and self.common_in_caps(i)
            and not self.big(m)
            and not self.in_context(m, qualified)
        ):
            return False  # "RUGBY UNION - ...", "EU REACH TRADE DEAL": no towns
        if (
            not strong
            and not self.placed(m)
            and ((not single and self.figure_at(i, j)) or self.figure_ending(i, j))
        ):
            self.person_keys.add(m.key)
            return False  # "Mohammed bin Zayed said", "Jose Eduardo dos Santos"
        if not strong and not qualified and self.known_org(i, j):
            self.weak_keys.add(m.key)  # "Hamas" (an alias of Hamm), "Toyota"
        if m.key in self.gaz.demonyms or self.currency(i, j):
            return False
        given = single and m.key in self.gaz.given_names
        if (
            given
            and not vouched
            and not qualified
            and top_population(m) < 300000
            and not self.town_named(m)
            and not self.listed(m)
            and not self.route_end(m)
        ):
            self.weak_keys.add(m.key)  # kept only if read as a place elsewhere
        if single and self.owned_elsewhere(m):
            self.person_keys.add(m.key)
            return False  # "Canada's Carney", "Brazil's Kaka": a person
        titled = self.line_start(self.starts[i]) in self.title_lines
        if titled and single and (self.after_title(i) or self.after_given_name(i)):
            # a title or a given name before a name in a Title Case line still
            # makes it a person's: "President Bush Met Merkel" is no town in
            # Egypt, "Sarah Jordan Met Merkel" no country
            self.person_keys.add(m.key)
            return False
        if titled and self.tail_in_title(m):
            return False  # "RESULTS AT U.S. OPEN": a tournament, not the country
        if self.named_with_day(m) and not self.placed(m):
            return False  # "Leeds 3 Sheffield Wednesday 0": the club
        if not titled and not self.fits_after(m, single, strong, given):
            return False
        if single and not strong and self.speaker(i, j):
            self.person_keys.add(m.key)
            return False
        if not titled and not self.fits_before(m, single, strong):
            return False
        if (
            single
            and not vouched
            and i in self.sentence_initial
            and j < len(self.words)
            and self.words[j][:1].islower()
            and self.f(j) not in LOCAL_BODIES
            and self.area_word_after(i, j) is None
            and _plural_noun(self.f(i), self.words[i], self.f(j))
        ):
            return False  # "Rivers burst their banks": no state of Nigeria
        # A sentence-initial small town before a lower-case word is a common word
        # (not a national capital: "Apia has been hit by a cyclone"; nor a name
        # that is no common word before its town's police or council:
        # "Nuneaton police said"; nor a small town of a state the article
        # names, found by that state: "Chiva received more rain").
        return not (
            single
            and not vouched
            and i in self.sentence_initial
            and j < len(self.words)
            and self.words[j][:1].islower()
            and self.f(j) != "s"
            and top_population(m) < 100000
            and not any(e.capital for e, _ in m.candidates)
            and not (self.f(j) in LOCAL_BODIES and self.f(i) not in common_words())
            and not self.town_of_named_state(m)
        )

    def town_of_named_state(self, m: Match) -> bool:
        """The match was found in the towns table by the state the article
        names, its word is no common word nor given name, and no verb of
        speech follows it ("Chiva received more rain"; a surname's "Chiva
        said" stays a person's)."""
        low = self.f(m.start)
        return (
            m.rule == "town"
            and m.end < len(self.words)
            and low not in common_words()
            and low not in self.gaz.given_names
            and self.f(m.end) not in SPEECH
        )

    def river_named(self, i: int, j: int) -> bool:
        """Tokens [i, j) name a river: "river" or "rivers" written in lower case
        right after or before them ("the Severn river", "the river Severn"), or
        after or before the list they stand in ("the rivers Severn and Wye",
        "the Thames and Severn rivers"); a list is capitalised names joined by
        commas, "and" and "or", looked along `_RIVER_LIST_REACH` tokens at most."""
        words = self.words
        n = len(words)
        k = j
        while (
            k < n
            and k - j < _RIVER_LIST_REACH
            and (words[k] in _LIST_JOINS or words[k][:1].isupper())
        ):
            k += 1
        if k < n and words[k] in RIVER_WORDS and (k == j or words[k - 1][:1].isupper()):
            return True
        k = i - 1
        while (
            k >= 0
            and i - k <= _RIVER_LIST_REACH
            and (words[k] in _LIST_JOINS or words[k][:1].isupper())
        ):
            k -= 1
        return (
            k >= 0
            and words[k] in RIVER_WORDS
            and (k == i - 1 or words[k + 1][:1].isupper())
        )

    def destination(self, p: int) -> bool:
        """Token `p` is "to"/"toward" after a word of motion ("flew to", "trip to")."""
        return (
            self.f(p) in ("to", "toward", "towards")
            and p > 0
            and self.f(p - 1) in MOTION
        )

    def placed_by_verb(self, p: int) -> bool:
        """Token `p` is a verb that puts its subject at the next name ("left",
        "stormed", "visited")."""
        f = self.f(p)
        return f in DEPARTURE or f in VISIT

    def in_context(self, m: Match, qualified: bool) -> bool:
        """A word of the exceptions file reads as a place here: a qualifier or a
        capitals dateline for every entry; for `context` entries also a place
        preposition, an area word after it, a list of places around it (after
        a place, or before a plain one), the end of a route ("from Reading to
        Bath"), or what a town has (`town_named`)."""
        if qualified or self.caps_opening(m):
            return True
        if m.key in NEEDS_QUALIFIER:
            return False
        return (
            self.placed(m)
            or self.listed(m)
            or self.route_end(m)
            or self.list_head(m)
            or self.town_named(m)
        )

    def town_named(self, m: Match) -> bool:
        """The match names a town of 100,000 people or more by what a town has:
        its police, mayor or council after it ("Phoenix police", "Nice mayor
        Christian Estrosi", "Nice's mayor"), firms based there ("the
        Reading-based company"), or "the city of", "the mayor of" before it. A
        smaller namesake needs more ("Young police officers" are no town's)."""
        if top_population(m) < 100_000:
            return False
        j = m.end
        words = self.words
        if j + 2 < len(words) and words[j] == "'" and self.f(j + 1) == "s":
            j += 2  # "Nice's mayor"
        elif j + 1 < len(words) and words[j] == "-" and self.f(j + 1) == "based":
            return True  # "the Reading-based company"
        if j < len(words) and self.f(j) in LOCAL_BODIES:
            return True
        p = self.prev_word(m.start)
        return (
            p is not None and p > 0 and self.f(p) == "of" and self.f(p - 1) in OF_PLACE
        )

    def listed(self, m: Match) -> bool:
        """The match stands in a list after another place ("Dover, Nice and
        Calais", "Leeds or Reading")."""
        p = self.prev_word(m.start)
        if p is None or self.words[p] not in {",", "and", "or", "&"}:
            return False
        return (
            p > 0 and self.ends_place(p - 1) and self.f(p - 1) not in self.gaz.demonyms
        )

    def list_head(self, m: Match) -> bool:
        """The match opens a list whose next member is a plain place: a city of
        100,000 people or more, a state or a country, no common word nor given
        name ("Bath, Bristol and Reading", "Nice and Marseille")."""
        words = self.words
        j = m.end
        if j + 1 >= len(words) or words[j] not in {",", "and", "or"}:
            return False
        if not words[j + 1][:1].isupper():
            return False
        key = self.f(j + 1)
        if key in NOT_PLACES or key in self.gaz.given_names or key in self.gaz.demonyms:
            return False
        return any(
            own and (e.population >= 100_000 or e.kind in ("country", "admin1"))
            for e, own in self.lookup(key)
        )

    def route_end(self, m: Match) -> bool:
        """The match ends a route from the place before it ("from Tacoma to
        Eugene", "between Leeds and Bradford")."""
        p = self.prev_word(m.start)
        if p is None or p == 0 or self.f(p) not in ("to", "and"):
            return False
        if p != self.last_end or self.last_start <= 0:
            return False
        opener = self.f(self.last_start - 1)
        return (opener, self.f(p)) in (("from", "to"), ("between", "and"))

    def hyphen_head(self, j: int) -> bool:
        """The match ending before token `j` is the first half of a hyphenated
        name ("Champs-Elysees", "Dyfed-Powys")."""
        words = self.words
        return (
            j + 1 < len(words)
            and words[j] == "-"
            and self.ends[j - 1] == self.starts[j]
            and self.ends[j] == self.starts[j + 1]
            and words[j + 1][:1].isupper()
        )

    def hyphen_tail(self, i: int) -> bool:
        """Token `i` is the second half of a hyphenated name ("Miami-Dade"),
        or its last part after a lower-case joining word ("Bouches-du-Rhône",
        "Newcastle-under-Lyme")."""
        words = self.words
        if not self._hyphen_before(i):
            return False
        if words[i - 2][:1].isupper():
            return True
        return (
            words[i - 2].isalpha()
            and words[i - 2].islower()
            and len(words[i - 2]) <= 5
            and self._hyphen_before(i - 2)
            and words[i - 4][:1].isupper()
        )

    def _hyphen_before(self, i: int) -> bool:
        """Token `i` follows a hyphen set tight between it and the word before."""
        return (
            i >= 2
            and self.words[i - 1] == "-"
            and self.ends[i - 2] == self.starts[i - 1]
            and self.ends[i - 1] == self.starts[i]
        )

    def name_goes_on(self, j: int) -> bool:
        """Token `j` carries a name on past its first word: "de", "of" and
        their like before a capitalised word ("Tour de France", "Tour of
        Flanders")."""
        words = self.words
        return (
            j + 1 < len(words) and self.f(j) in NAME_OF and words[j + 1][:1].isupper()
        )

    def common_in_caps(self, i: int) -> bool:
        """Token `i` is a common English word written in a line in capitals,
        where its capitals say nothing of a name ("RUGBY", "DEAL", "CLOSE")."""
        w = self.words[i]
        return (
            len(w) > 1
            and w.isupper()
            and self.line_start(self.starts[i]) in self.caps_lines
            and self.f(i) in common_words()
        )

    def function_word(self, i: int) -> bool:
        """Token `i` is a capitalised function word ("To", "Of", "Most", "Can"),
        in a headline written in capitals too ("TALKS TO RESUME"); elsewhere a
        word in capitals is a code ("IN" for Indiana in "Gary, IN")."""
        w = self.words[i]
        if w.isupper() and self.line_start(self.starts[i]) not in self.caps_lines:
            return False
        return self.f(i) in FUNCTION_WORDS
