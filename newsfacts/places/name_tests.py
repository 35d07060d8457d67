"""Tests that tell a place name from part of a person's or an organisation's
name by the words around it ("President Bush", "Michael Jordan", "Washington
Post", "Aung San Suu Kyi"), read by `filters.PlaceFilters`."""

from __future__ import annotations

import bisect

from ..knowledge.figures import figure_first_words, political_figures
from ..knowledge.gazetteer import Entry, towns
from ..knowledge.keys import figure_key, org_key
from ..knowledge.organizations import known_orgs
from ..knowledge.titles import titles
from ..language.tagger_lexicon import common_words, lexicon
from .lexicon import (
    CALENDAR,
    FEATURE_NOUNS,
    FUNCTION_WORDS,
    LEAD_NUMBERS,
    LEAD_OK,
    LOWER_ORG_TAILS,
    ORG_HEADS,
    ORG_TAILS,
    PERSON_AFTER,
    POSTAL,
    SPEECH,
    TITLES,
    TRAIL_OK,
)
from .match import Match
from .tokens import PlaceTokens

__all__ = ["NameTests"]

# Capitalised words after a place read for a political figure's full name.
_FIGURE_TAIL = 3


# Tokens looked back over for a title before a name ("Secretary of Defense").
_TITLE_REACH = 6
# A place of this many people is a place even after another country's
# possessive ("Russia's Moscow" is odd, yet Moscow)
_BIG_PLACE = 100_000


# Words before a name in a headline that open a noun phrase ("AT U.S. OPEN",
# "OF THE U.S. OPEN"), and the dash after a sport's name ("TENNIS - U.S. OPEN
# RESULTS", "SOCCER - MANCHESTER UNITED WIN").
_NAME_OPENERS = frozenset(("at", "the", "in", "of", "-"))


class NameTests(PlaceTokens):
    """Tests of the words around a match that make it part of a person's or an
    organisation's name; they note such keys in `person_keys`."""

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

    def named_speaker(self, p: int, j: int) -> bool:
        """Token `p` is a given name before a one-word name ending at token `j`
        and a verb of speech follows: "John Jordan said", "Will Jordan told",
        though "john" and "will" are common words too ("Will Israel
        retaliate?" has no verb of speech after the name). A given name that
        ended a place kept already is that place ("in Austin Texas said"), and
        a word in capitals may be a dateline's ("HOUSTON Jordan said")."""
        pw = self.words[p]
        low = self.f(p)
        return (
            j < len(self.words)
            and self.f(j) in SPEECH
            and not pw.isupper()
            and low in self.gaz.given_names
            and low not in TITLES
            and not self.ends_place(p)
        )

    def opens_full_name(self, m: Match) -> bool:
        """The match, a given name that is also a place's name, opens a
        person's full name with the name of a state or country right after it
        ("Mary Washington", "Mary Berlin", "Sydney Mendoza said"): one space
        apart, in running text, where the second name holds no reading of the
        first ("Mary Turkmenistan", "Paris Texas", "Victoria Australia" are a
        town and its state, as "Kabul Afghanistan" is). A big place's name
        ("Sydney", "Victoria") opens a person's name so only before a verb of
        speech ("Sydney Mendoza said")."""
        i, j = m.start, m.end
        words = self.words
        nxt = words[j]
        if (
            words[i].isupper()
            or nxt.isupper()
            or not nxt.isalpha()
            or self.ends[i] + 1 != self.starts[j]
            or self.line_start(self.starts[i]) in self.caps_lines
        ):
            return False
        readings = self.lookup(self.f(j))
        if not readings or any(self.holds(e, m) for e, _ in readings):
            return False  # a demonym, a longer name, or the place's own state
        if not self.big(m):
            return True
        return j + 1 < len(words) and self.f(j + 1) in SPEECH

    def holds(self, area: Entry, m: Match) -> bool:
        """`area` is a region, or a country or state that holds a reading of
        the match (of the gazetteer or of the towns table)."""
        if area.kind in ("region", "continent"):
            return True
        places = [e for e, _ in m.candidates] + list(towns().lookup(m.key))
        if area.kind == "country":
            return any(e.country == area.country for e in places if e is not area)
        if area.kind == "admin1":
            zone = (area.country, area.admin1)
            return any((e.country, e.admin1) == zone for e in places)
        return False

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

    def named_with_day(self, m: Match) -> bool:
        """The match and the day's or month's name after it make a known
        club's or body's name ("Sheffield Wednesday"): no place where nothing
        else places it ("Leeds 3 Sheffield Wednesday 0")."""
        j = m.end
        return (
            j < len(self.words)
            and self.f(j) in CALENDAR
            and self.words[j][:1].isupper()
            and self.known_org(m.start, j + 1)
        )

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
        if not single or nxt in TRAIL_OK:
            return True
        if self.starts_major(j):
            if given and not strong and self.opens_full_name(m):
                self.person_keys.add(m.key)
                return False  # "Mary Washington said": a person, not two places
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
            if single and (
                self.after_given_name(m.start) or self.named_speaker(p, m.end)
            ):
                self.person_keys.add(m.key)
                return False  # "Michael Jordan said", "John Jordan said"
            if low in LEAD_OK or self.ends_place(p):
                return True
            if low in LEAD_NUMBERS and not (
                m.key.endswith("s") and m.key in common_words()
            ):
                return True  # "Two Kabul hospitals"; not "Two Rivers", a town
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

    def owned_elsewhere(self, m: Match) -> bool:
        """A country's possessive before a name that is only a small place
        abroad ("Canada's Carney": Carney, Oklahoma; "Brazil's Kaka"): news
        names a country's people so, and the country's own places ("Spain's
        Valencia", "Japan's Osaka") or a big place stay places."""
        words = self.words
        p = self.prev_word(m.start)
        if (
            p is None
            or p < 2
            or self.f(p) != "s"
            or words[p - 1] not in ("'", "\u2019")
        ):
            return False
        owners = {
            e.country for e, _ in self.lookup(self.f(p - 2)) if e.kind == "country"
        }
        return bool(owners) and not any(
            e.country in owners
            or e.kind in ("country", "admin1", "region", "continent", "other")
            or e.population >= _BIG_PLACE
            for e, _ in m.candidates
        )

    def big_place_word(self, p: int) -> bool:
        """Token `p` alone names a place of 100,000 people or more ("Paris",
        "Victoria"): a given name that may stand for the place before another."""
        return any(
            e.population >= _BIG_PLACE or e.kind == "country"
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
