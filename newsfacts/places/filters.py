"""Tests that tell a place name from a person, an organisation or a common word."""

from __future__ import annotations

import bisect

from ..knowledge.figures import figure_first_words, political_figures
from ..knowledge.gazetteer import towns
from ..knowledge.keys import figure_key, org_key
from ..knowledge.organizations import known_orgs
from ..knowledge.titles import titles
from ..language.tagger_lexicon import common_words, lexicon
from .lexicon import (
    CALENDAR,
    DEPARTURE,
    FEATURE_NOUNS,
    FUNCTION_WORDS,
    LEAD_OK,
    LOCAL_BODIES,
    LOWER_ORG_TAILS,
    MOTION,
    NAME_OF,
    NEEDS_QUALIFIER,
    NOT_PLACES,
    OF_PLACE,
    ORG_HEADS,
    ORG_TAILS,
    PART_OF_AREA,
    PERSON_AFTER,
    PLACE_PREPOSITIONS,
    POSTAL,
    SPEECH,
    STRIKE,
    TITLES,
    TRAIL_OK,
    VISIT,
)
from .match import Match, top_population
from .tokens import PlaceTokens

__all__ = ["PlaceFilters"]

# Capitalised words after a place read for a political figure's full name.
_FIGURE_TAIL = 3


# Tokens looked back over for a title before a name ("Secretary of Defense").
_TITLE_REACH = 6


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


# Words before a name in a headline that open a noun phrase ("AT U.S. OPEN",
# "OF THE U.S. OPEN"), and the dash after a sport's name ("TENNIS - U.S. OPEN
# RESULTS", "SOCCER - MANCHESTER UNITED WIN").
_NAME_OPENERS = frozenset(("at", "the", "in", "of", "-"))


class PlaceFilters(PlaceTokens):
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
        """False when the match reads as a person, organisation or common word."""
        i, j = m.start, m.end
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
        titled = self.line_start(self.starts[i]) in self.title_lines
        if titled and single and (self.after_title(i) or self.after_given_name(i)):
            # a title or a given name before a name in a Title Case line still
            # makes it a person's: "President Bush Met Merkel" is no town in
            # Egypt, "Sarah Jordan Met Merkel" no country
            self.person_keys.add(m.key)
            return False
        if titled and self.tail_in_title(m):
            return False  # "RESULTS AT U.S. OPEN": a tournament, not the country
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
        # "Nuneaton police said").
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
        )

    def opens_sentence(self, i: int) -> bool:
        """Token `i` opens a sentence of the text layer, which knows a title's
        abbreviation ("Gov. Perry") from a sentence's end."""
        starts = self.doc.sentences.starts
        k = bisect.bisect_left(starts, self.starts[i])
        return k < len(starts) and starts[k] == self.starts[i]

    def after_given_name(self, i: int) -> bool:
        """The word right before token `i` is a capitalised given name that is
        no common word and no big place's name ("Michael Jordan", not "Will
        Israel" or "Paris Hilton"'s "Paris")."""
        p = self.prev_word(i)
        if p is None:
            return False
        pw = self.words[p]
        low = self.f(p)
        return (
            pw[:1].isupper()
            and pw.isalpha()
            and low in self.gaz.given_names
            and low not in common_words()
            and not self.big_place_word(p)
        )

    def after_title(self, i: int) -> bool:
        """The words before token `i` end in a title of the shared titles table
        ("President", "Gov.", "Police Chief", "Secretary of Defense"); a title
        of one word must be no common word too (`TITLES`)."""
        if self.opens_sentence(i):
            return False  # "the Ministry of Justice. Azerbaijan has"
        words: list[str] = []
        k = i - 1
        while k >= 0 and len(words) < _TITLE_REACH:
            w = self.words[k]
            if w == ".":
                k -= 1
                continue
            if not w[:1].isalpha() and w != "-":
                break
            words.append(self.f(k))
            k -= 1
        if not words:
            return False
        if words[0] in TITLES:
            return True
        # "vice - president" -> "vice-president"; longest title first
        seq = " ".join(reversed(words)).replace(" - ", "-").split()
        known = titles()
        return any(tuple(seq[-n:]) in known for n in range(2, min(len(seq), 4) + 1))

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
        """Token `i` is the second half of a hyphenated name ("Miami-Dade")."""
        return (
            i >= 2
            and self.words[i - 1] == "-"
            and self.ends[i - 2] == self.starts[i - 1]
            and self.ends[i - 1] == self.starts[i]
            and self.words[i - 2][:1].isupper()
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

    def company_modifier(self, m: Match) -> bool:
        """A name found with its article ("the Amazon") whose bare name is a
        well-known company, before a lower-case singular noun: the company's
        thing ("the Amazon warehouse", "The Amazon deal"), not the place; a
        feature's own noun keeps the place ("the Amazon jungle")."""
        if not m.key.startswith("the ") or m.end >= len(self.words):
            return False
        nxt = self.words[m.end]
        if not nxt.isalpha() or not nxt.islower() or nxt in FEATURE_NOUNS:
            return False
        entry = lexicon().entries.get(nxt)
        if entry is None or entry[0] != "NN":
            return False
        start = m.start + 1 if self.f(m.start) == "the" else m.start
        return start < m.end and self.known_org(start, m.end)

    def known_org(self, i: int, j: int) -> bool:
        """Tokens [i, j) name a well-known organisation ("Hamas", "Toyota", "OAS")."""
        a, b = self.starts[i], self.ends[j - 1]
        return org_key(self.doc.norm[a:b]) in known_orgs()

    def tail_in_title(self, m: Match) -> bool:
        """In a headline's line, where every word is capitalised, a word of a
        team's or body's name after the match (`org_tail`) makes it part of
        that name only where the name ends the line ("RESULTS AT U.S. OPEN")
        or an article, a preposition or a sport's dash opens it ("SELES OUT
        OF THE U.S. OPEN FINAL", "TENNIS - U.S. OPEN RESULTS"); "CHINA, U.S.
        OPEN TALKS" is the countries' doing."""
        j = m.end
        words = self.words
        if j >= len(words) or self.f(j) not in ORG_TAILS:
            return False
        p = self.prev_word(m.start)
        if p is not None and self.f(p) in _NAME_OPENERS:
            return True
        norm = self.doc.norm
        stop = norm.find("\n", self.ends[j])
        return not norm[self.ends[j] : stop if stop >= 0 else len(norm)].strip(" .")

    def fits_after(self, m: Match, single: bool, strong: bool, given: bool) -> bool:
        """The word after the match leaves it a place: not "Jordan Henderson",
        "Paris Hilton", "Washington Post" or "Houston Rockets". A word after
        the first line or after a blank line is none of these: "Council
        approves plan for Leeds" ends its headline. (A line break inside a
        paragraph is a wrapped line: "the Washington\nPost".)"""
        j = m.end
        words = self.words
        if j < len(words):
            gap = self.doc.norm[self.ends[j - 1] : self.starts[j]]
            # (the first line's test is a bisection: a slice of the text
            # before the match would cost its length at every such match)
            if "\n" in gap and (
                gap.count("\n") > 1 or self.line_start(self.ends[j - 1]) == 0
            ):
                return True
        if (
            single
            and not strong
            and j < len(words)
            and self.f(j) in PERSON_AFTER
            and not self.big(m)
        ):
            self.person_keys.add(m.key)  # "the Bush administration"
            return False
        if j < len(words) and words[j] in LOWER_ORG_TAILS:
            return False  # "Antofagasta plc": a company
        if j >= len(words) or not words[j][:1].isupper():
            return True
        nxt = self.f(j)
        if nxt in ORG_TAILS:
            return False
        if self.figure_from(m.start, j):
            self.person_keys.add(m.key)
            return False  # "Aung San Suu Kyi": a known figure's full name
        if self.postal_code_after(m):
            return True  # "Nelson BC", "Austin TX"
        if nxt in CALENDAR:
            return True  # "arrived in Beijing Wednesday", "Jeddah Monday"
        if not single or nxt in TRAIL_OK or self.starts_major(j):
            return True
        if words[j].isupper() and self.in_caps_context(j):
            return True
        if self.caps_opening(m):
            return True  # "DETROIT The U.S. ...": a dateline without a dash
        if given and nxt not in FUNCTION_WORDS:
            self.person_keys.add(m.key)
            return False
        return strong or self.big(m)

    def figure_at(self, i: int, j: int) -> bool:
        """Tokens [i, j) are the full name of a listed political figure (only
        tokens a listed name may open with are keyed)."""
        if self.f(i) not in figure_first_words():
            return False
        key = figure_key(self.doc.norm[self.starts[i] : self.ends[j - 1]])
        return key in political_figures().full

    def figure_ending(self, i: int, j: int) -> bool:
        """The words before tokens [i, j), up to `_FIGURE_TAIL` + 1 of them,
        make with them the full name of a listed political figure ("Santos" of
        "Jose Eduardo dos Santos")."""
        if i == 0 or not self.words[i - 1][:1].isalpha():
            return False
        return any(self.figure_at(k, j) for k in range(max(0, i - _FIGURE_TAIL - 1), i))

    def figure_from(self, i: int, j: int) -> bool:
        """Tokens from i through up to `_FIGURE_TAIL` capitalised tokens from
        j make the full name of a listed political figure, so the place that
        opens them is part of a person's name ("Aung San Suu Kyi"); only the
        list decides, so a place before any other name stays a place."""
        words = self.words
        end = j
        while end < len(words) and end - j < _FIGURE_TAIL and words[end][:1].isupper():
            end += 1
            if self.figure_at(i, end):
                return True
        return False

    def postal_code_after(self, m: Match) -> bool:
        """A state's postal code follows the name after one space, and the
        name has a reading in that state ("Nelson BC", "Austin TX")."""
        j = m.end
        words = self.words
        if j >= len(words) or self.ends[j - 1] + 1 != self.starts[j]:
            return False
        code = words[j]
        if len(code) != 2 or not code.isupper() or words[j - 1].isupper():
            return False
        zone = POSTAL.get(code, ("US", code))
        return any((e.country, e.admin1) == zone for e, _ in m.candidates) or any(
            (e.country, e.admin1) == zone for e in towns().lookup(m.key)
        )

    def speaker(self, i: int, j: int) -> bool:
        """ "said Noma.", "says Palma,": the name of whoever spoke."""
        if i == 0 or self.f(i - 1) not in SPEECH:
            return False
        if j + 1 < len(self.words) and self.words[j] == "'" and self.f(j + 1) == "s":
            return False  # "said Hawaii's growth": a possessive, not a speaker
        return j >= len(self.words) or self.words[j] in {".", ",", "!", "?", '"', "'"}

    def fits_before(self, m: Match, single: bool, strong: bool) -> bool:
        """The words before the match leave it a place: not "Real Madrid",
        "Bank of America", "President Bush" or "George W. Bush"."""
        words = self.words
        p = self.prev_word(m.start)
        if p is None:
            return True
        if single and self.after_title(m.start):
            self.person_keys.add(m.key)
            return False  # "President Bush", "Police Chief Houston", "Rep. Jordan"
        pw = words[p]
        low = self.f(p)
        if pw[:1].isupper() and pw.isalpha():
            person = low in self.gaz.given_names or low in TITLES
            if single and self.after_given_name(m.start):
                self.person_keys.add(m.key)
                return False  # "Michael Jordan said": a surname, not the country
            if low in LEAD_OK or self.ends_place(p):
                return True
            country = any(e.kind == "country" for e, _ in m.candidates)
            if country and not person:
                return True  # "Star India", "Air France": the country stays
            if (
                p in self.sentence_initial
                and strong
                and low not in TITLES
                and not (person and low not in common_words())
            ):
                return True  # "Will Israel retaliate?"; not "Michael Jordan said"
            if pw.isupper() and self.in_caps_context(p):
                return True
            if single and person:
                self.person_keys.add(m.key)
            return False
        if low == "of" and p > 0 and words[p - 1][:1].isupper():
            return self.f(p - 1) not in ORG_HEADS
        if pw == "." and p > 0:
            before = words[p - 1]
            if self.f(p - 1) in {"mt", "st", "ft"}:
                return False
            if (
                before[:1].isupper()
                and self.f(p - 1) in TITLES
                and not self.opens_sentence(m.start)  # "the Justice. Azerbaijan"
            ):
                # a name of one word after "Gov." was read by `after_title`
                return not single
            if len(before) == 1 and before.isupper():
                if single:
                    self.person_keys.add(m.key)
                return False
        return True

    def big_place_word(self, p: int) -> bool:
        """Token `p` alone names a place of 100,000 people or more ("Paris",
        "Victoria"): a given name that may stand for the place before another."""
        return any(
            e.population >= 100_000 or e.kind == "country"
            for e, _ in self.gaz.lookup(self.f(p))
        )

    def currency(self, i: int, j: int) -> bool:
        """ "US$3.7m", "$US4.5 billion", "40 US dollars": a currency, not a place."""
        words = self.words
        if j < len(words) and words[j] == "$" and self.ends[j - 1] == self.starts[j]:
            return True
        if i > 0 and words[i - 1] == "$" and self.ends[i - 1] == self.starts[i]:
            return True
        return j < len(words) and self.f(j) in {"dollar", "dollars", "cents"}
