"""The word layer of the actors stage: tokens with possessives split off, abbreviation
periods joined back ("Mr."), and each word tagged with what the lexicons and the
places stage know about it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import attrs

from ..findings import PlaceFindings
from ..knowledge.countries import demonym_country
from ..knowledge.keys import fold_accents
from ..knowledge.names import is_given_name, official_given_names
from ..knowledge.organizations import KnownOrg
from ..records import LocationKind
from ..text import Document, Token
from . import lexicon as lex
from .lexicon import common_words

__all__ = ["Word", "WordLayer", "build_words"]


@attrs.define(slots=True)
class Word:
    """One word (or punctuation mark) with its offsets and what is known about it.

    What the text alone says (`lower`, `is_cap`, `is_acronym`, ...) is read once,
    when the word is made; what the lexicons say (`given`, `stop`, `keyword`) once
    more when the layer is complete (`build_words`), since a possessive split off
    later changes it.
    """

    start: int
    end: int
    text: str
    poss: bool = False  # followed by a possessive "'s"
    sent: int = -1  # sentence index
    sent_start: bool = False  # first word of its sentence
    place: int = -1  # index of the place mention covering it, -1 if none
    demonym: str | None = None  # country of a demonym
    in_caps_line: bool = False  # inside an ALL-CAPS or Title Case headline line
    in_results: bool = False  # inside a line of results or standings
    in_dateline: bool = False
    compound: bool = False  # first part of a hyphenated adjective ("U.N.-backed")
    # read from the text once
    low: str = attrs.field(init=False)  # lower case
    lower: str = attrs.field(init=False)  # lower case without periods
    is_alpha: bool = attrs.field(init=False)  # starts with a letter
    is_upper: bool = attrs.field(init=False)  # starts with a capital
    is_cap: bool = attrs.field(init=False)  # capitalised like a name
    is_acronym: bool = attrs.field(init=False)  # "LNA", "U.N.", "G8"
    # read from the lexicons once the layer is complete
    given: bool = attrs.field(init=False, default=False)  # a given name
    stop: bool = attrs.field(init=False, default=False)  # never a name alone
    keyword: lex.OrgKeyword | None = attrs.field(init=False, default=None)
    # look-ups starting at the word, made once on first use (see `units`)
    titles: tuple[int, ...] | None = attrs.field(init=False, default=None)
    known: tuple[tuple[int, KnownOrg], ...] | None = attrs.field(
        init=False, default=None
    )

    def __attrs_post_init__(self) -> None:
        t = self.text
        head = t[:1]
        self.low = low = t.lower()
        self.lower = low.replace(".", "") if "." in low else low
        self.is_alpha = head.isalpha()
        if head.isupper():
            self.is_upper = True
            # "Khartoum-backed", "Hamas-led": a hyphenated adjective, not a name
            self.is_cap = (
                "-" not in t or t.rsplit("-", 1)[1].lower() not in lex.ADJECTIVE_TAILS
            )
            self.is_acronym = _acronym(t)
        else:
            self.is_upper = False
            self.is_acronym = head in ".-&" and _acronym(t)
            # "al-Thani", "bin-Laden": a lower-case prefix before a capital
            self.is_cap = self.is_alpha and "-" in t and _prefixed(t, low)

    def mark_compound(self) -> None:
        """The first part of a hyphenated adjective: never a name."""
        self.compound = True
        self.is_cap = False

    def settle(self) -> None:
        """Read what the lexicons say about the word (once its possessive is known)."""
        # only words that may stand in a run are asked whether they are names
        self.given = (
            (self.is_cap or self.lower in lex.RUN_INNER)
            and not self.is_acronym
            and (is_given_name(self.text) or _official_given(self.text))
        )
        self.keyword = lex.org_keywords().get(self.lower) if self.is_upper else None
        if self.is_acronym:
            self.stop = self.lower in lex.not_acronyms()
        elif self.poss and self.lower in lex.NAME_POSSESSIVES:
            self.stop = False  # "People's Protection Units"
        else:
            stops = lex.stopwords()
            self.stop = self.low in stops or self.lower in stops


def _official_given(text: str) -> bool:
    """The first word of officials' names ("Choe", "Krishna") that is not a
    common English word ("Said", "Long")."""
    low = fold_accents(text).lower()
    return low in official_given_names() and low not in common_words()


def _acronym(t: str) -> bool:
    """All capitals, two letters or more ("LNA", "U.N.", "G8", "AT&T")."""
    bare = t.replace(".", "").replace("-", "").replace("&", "")
    return len(bare) >= 2 and bare.isalnum() and bare[0].isalpha() and bare.isupper()


def _prefixed(t: str, low: str) -> bool:
    """A lower-case prefix before a capitalised name part ("al-Thani")."""
    if not low.startswith(lex.LOWER_PREFIXES):  # most lower-case words: one C call
        return False
    return any(
        low.startswith(p) and len(t) > len(p) and t[len(p)].isupper()
        for p in lex.LOWER_PREFIXES
    )


@attrs.frozen(slots=True)
class PlaceMention:
    """A span the places stage claims, with its location's country and kind."""

    start: int
    end: int
    country: str | None
    kind: str
    metonymic: bool


@attrs.define(slots=True)
class WordLayer:
    """The words of a document plus the place mentions they fall in."""

    words: list[Word]
    places: list[PlaceMention]
    doc: Document
    lower_vocab: frozenset[str]  # words seen written in lower case
    # (first word, end of run) -> end of the keyword organisation there (`orgs`)
    org_ends: dict[tuple[int, int], int] = attrs.field(factory=dict)


def build_words(doc: Document, found: PlaceFindings) -> WordLayer:
    """Words of `doc` with possessives split off, abbreviations joined and tags set."""
    norm = doc.norm
    toks = doc.tokens
    words: list[Word] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        text = t.text
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            text in ("'", "'s")
            and words
            and words[-1].is_alpha
            and not words[-1].poss
            and (
                text == "'s"
                or (nxt is not None and nxt.text == "s" and nxt.start == t.end)
            )
        ):
            words[-1].poss = True  # "Islam 's" in tokenised text
            i += 1 if text == "'s" else 2
            continue
        if (
            text == "'"
            and words
            and words[-1].end == t.start
            and words[-1].lower.endswith("s")
            and words[-1].is_cap
            and nxt is not None
            and nxt.text[:1].isupper()
        ):
            words[-1].poss = True  # "Kurdistan Workers' Party": a plural possessive
            i += 1
            continue
        if text.endswith("'s") and len(text) > 2:
            words.append(Word(t.start, t.end - 2, text[:-2], poss=True))
        elif (
            nxt is not None
            and nxt.text == "."
            and nxt.start == t.end
            and (text.lower() in lex.ABBREVIATIONS or _initial(text, toks, i))
        ):
            words.append(Word(t.start, nxt.end, norm[t.start : nxt.end]))
            i += 1
        else:
            words.append(Word(t.start, t.end, text))
        i += 1

    for a, b in itertools.pairwise(words):
        # "U.N.-backed", "U.S.-led": the first part of a hyphenated adjective
        if b.text == "-" and b.start == a.end and a.is_upper:
            tail = norm[b.end : b.end + 16].split(" ", 1)[0].rstrip(".,;:")
            if tail.lower() in lex.ADJECTIVE_TAILS:
                a.mark_compound()
    for w in words:
        w.settle()
    places = _place_mentions(found)
    _tag(doc, words, places, found)
    vocab = frozenset(w.text for w in words if w.text[:1].islower())
    return WordLayer(words, places, doc, vocab)


def _initial(text: str, toks: Sequence[Token], i: int) -> bool:
    """ "W." in "George W. Bush": one capital, a period, then a capitalised word."""
    return (
        len(text) == 1
        and text.isupper()
        and i + 2 < len(toks)
        and toks[i + 2].text[:1].isupper()
    )


def _place_mentions(found: PlaceFindings) -> list[PlaceMention]:
    """Every span the places stage claims, literal or metonymic, in text order."""
    out = []
    for loc in found.locations:
        kind = str(loc.kind.value if isinstance(loc.kind, LocationKind) else loc.kind)
        out += [
            PlaceMention(m.start, m.end, loc.country, kind, False) for m in loc.mentions
        ]
        out += [
            PlaceMention(m.start, m.end, loc.country, kind, True) for m in loc.metonymic
        ]
    out.sort(key=lambda p: (p.start, -p.end))
    return out


def _tag(
    doc: Document, words: list[Word], places: list[PlaceMention], found: PlaceFindings
) -> None:
    """Set sentence, place, demonym and headline flags on every word."""
    sentences = doc.sentences
    si = 0
    prev_sent = -1
    for w in words:
        while si < len(sentences) and sentences[si].end <= w.start:
            si += 1
        w.sent = si
        if si != prev_sent and w.is_alpha:
            w.sent_start = True
            prev_sent = si
    # place mentions: walk both sorted lists
    pi = 0
    for w in words:
        while pi < len(places) and places[pi].end <= w.start:
            pi += 1
        for k in range(pi, min(pi + 3, len(places))):
            p = places[k]
            if p.start <= w.start and w.end <= p.end:
                w.place = k
                break
    dem = {(d.start, d.end): d.country for d in found.demonyms}
    by_start = {d.start: d for d in found.demonyms}
    for w in words:
        d = by_start.get(w.start)
        if d is not None and d.end >= w.end - 1:
            w.demonym = dem[(d.start, d.end)]
        elif w.place < 0 and w.is_upper and w.text[-1:] in "nhesi":
            w.demonym = demonym_country(w.text)
    dl = doc.dateline
    if dl is not None:
        for w in words:
            if dl.span.start <= w.start < dl.span.end:
                w.in_dateline = True
    _mark_headlines(doc, words)


def _mark_headlines(doc: Document, words: list[Word]) -> None:
    """Flag words of headline lines (ALL CAPS, or Title Case with no final
    stop) and of results lines (see `lines`)."""
    from .lines import HEADLINE, RESULTS, line_kind

    by_sent: dict[int, list[Word]] = {}
    for w in words:
        by_sent.setdefault(w.sent, []).append(w)
    for ws in by_sent.values():
        kind = line_kind(ws)
        for w in ws:
            w.in_caps_line = kind == HEADLINE
            w.in_results = kind == RESULTS
