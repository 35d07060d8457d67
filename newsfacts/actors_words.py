"""The word layer of the actors stage: tokens with possessives split off, abbreviation
periods joined back ("Mr."), and each word tagged with what the lexicons and the
places stage know about it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import attrs

from . import actors_lexicon as lex
from .places import PlaceFindings
from .records import LocationKind
from .text import Document, Token

__all__ = ["Word", "WordLayer", "build_words"]

# Abbreviations whose period belongs to the word ("Gen." "Corp.").
_ABBREV = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cmdr adm brig sgt cpl pvt gov sen rep rev
    st jr sr corp inc ltd co bros fr hon amb supt insp det messrs""".split()
)
# Lower-case particles that may sit inside a person's name.
NAME_PARTICLES = frozenset(
    """al el bin ibn bint abu de da das dos do del della di du van von der den ter
    la le y""".split()
)
# Generational suffixes that end a person's name ("Martin Luther King Jr.").
NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))
# Possessive words that belong inside an organisation's name ("Lord's Resistance
# Army", "National People's Congress") instead of ending a run.
NAME_POSSESSIVES = frozenset(
    "lord people peoples workers women children farmers martyrs mothers nation".split()
)
# Lower-case words that may join two capitalised parts of an organisation name.
ORG_CONNECTORS = frozenset(("of", "for", "on", "the", "and", "&", "de", "des", "du"))
# Arabic-style prefixes written in lower case before a capitalised name part.
_LOWER_PREFIXES = (
    "al-",
    "el-",
    "ad-",
    "as-",
    "ash-",
    "an-",
    "ar-",
    "at-",
    "az-",
    "bin-",
)


# Lower-case second halves that make "Hamas-led", "Khartoum-backed" adjectives.
_ADJ_TAILS = frozenset(
    """backed led based run controlled dominated born owned linked allied sponsored
    style speaking made affiliated funded ruled held leaning majority dependent
    bound friendly related era type like old year""".split()
)


@attrs.define(slots=True)
class Word:
    """One word (or punctuation mark) with its offsets and what is known about it."""

    start: int
    end: int
    text: str
    poss: bool = False  # followed by a possessive "'s"
    sent: int = -1  # sentence index
    sent_start: bool = False  # first word of its sentence
    place: int = -1  # index of the place mention covering it, -1 if none
    demonym: str | None = None  # country of a demonym
    in_caps_line: bool = False  # inside an ALL-CAPS or Title Case headline line
    in_dateline: bool = False
    compound: bool = False  # first part of a hyphenated adjective ("U.N.-backed")

    @property
    def lower(self) -> str:
        """Lower-case text without periods."""
        return self.text.replace(".", "").lower()

    @property
    def is_alpha(self) -> bool:
        """Starts with a letter (a word, not punctuation or a number)."""
        return self.text[:1].isalpha()

    @property
    def is_cap(self) -> bool:
        """Capitalised like a name: "Haftar", "U.S.", "al-Thani", "LNA"."""
        t = self.text
        if not t[:1].isalpha() or self.compound:
            return False
        if t[0].isupper():
            # "Khartoum-backed", "Hamas-led": a hyphenated adjective, not a name
            tail = t.rsplit("-", 1)[-1]
            return tail == t or tail.lower() not in _ADJ_TAILS
        low = t.lower()
        if not low.startswith(_LOWER_PREFIXES):  # most lower-case words: one C call
            return False
        return any(
            low.startswith(p) and len(t) > len(p) and t[len(p)].isupper()
            for p in _LOWER_PREFIXES
        )

    @property
    def is_acronym(self) -> bool:
        """All capitals, two letters or more ("LNA", "U.N.", "G8")."""
        t = self.text.replace(".", "").replace("-", "").replace("&", "")
        return len(t) >= 2 and t.isalnum() and t[0].isalpha() and t.isupper()


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
        if text.endswith("'s") and len(text) > 2:
            words.append(Word(t.start, t.end - 2, text[:-2], poss=True))
        elif (
            nxt is not None
            and nxt.text == "."
            and nxt.start == t.end
            and (text.lower() in _ABBREV or _initial(text, toks, i))
        ):
            words.append(Word(t.start, nxt.end, norm[t.start : nxt.end]))
            i += 1
        else:
            words.append(Word(t.start, t.end, text))
        i += 1

    for a, b in itertools.pairwise(words):
        # "U.N.-backed", "U.S.-led": the first part of a hyphenated adjective
        if b.text == "-" and b.start == a.end and a.text[:1].isupper():
            tail = norm[b.end : b.end + 16].split(" ", 1)[0].rstrip(".,;:")
            if tail.lower() in _ADJ_TAILS:
                a.compound = True
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
        elif w.place < 0 and w.text[:1].isupper() and w.text[-1:] in "nhesi":
            w.demonym = lex.demonym_country(w.text)
    dl = doc.dateline
    if dl is not None:
        for w in words:
            if dl.span.start <= w.start < dl.span.end:
                w.in_dateline = True
    _mark_headlines(doc, words)


def _mark_headlines(doc: Document, words: list[Word]) -> None:
    """Flag words of ALL-CAPS lines and Title Case headline lines (no final stop)."""
    by_sent: dict[int, list[Word]] = {}
    for w in words:
        by_sent.setdefault(w.sent, []).append(w)
    for ws in by_sent.values():
        alpha = [w for w in ws if w.is_alpha]
        if not alpha:
            continue
        long_words = [w for w in alpha if len(w.text) > 3]
        caps = sum(1 for w in alpha if w.text.isupper() and len(w.text) > 1)
        if len(alpha) >= 3 and caps >= 0.8 * len(alpha):
            flag = True
        else:
            last = ws[-1].text
            titled = sum(1 for w in long_words if w.text[0].isupper())
            flag = (
                not last.endswith((".", "?", "!", '"', "'", ":"))
                and len(long_words) >= 3
                and titled >= 0.75 * len(long_words)
            )
        if flag:
            for w in ws:
                w.in_caps_line = True
