"""The tagger's lexicon and its guesses for words the lexicon lacks.

The lexicon (`language/data/lexicon.tsv.gz`, generated) gives each word its
most frequent Penn tag and the other open-class tags it may take ("attack": NN,
also VB and VBP); the hand-written `lexicon_news.tsv` corrects and extends it
for news (each row with a reason). An entry is a pair (tag, allowed tags),
shared by every word of the same class.

An unknown word is guessed from its shape: digits make a number, a capital
letter a proper noun, a hyphen an adjective, and Brill's lexical rules
(`lexical_rules.tsv`: suffixes, prefixes, characters, neighbour words) refine
the guess.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence

import regex

from .. import _data

__all__ = ["FUNCTION", "OPEN", "Entry", "Lexicon", "common_words", "lexicon"]

# (most likely tag, every tag the word may take)
Entry = tuple[str, frozenset[str]]

OPEN = frozenset("NN NNS JJ JJR JJS RB RBR RBS VB VBP VBD VBN VBG VBZ".split())
# Tags of function words (closed classes, modals aside): such a word is never a
# given name ("In", "My", "Ok"), and written in capitals inside running text it
# is an acronym ("The WHO said").
FUNCTION = frozenset("CC DT EX IN PDT POS PRP PRP$ RP TO UH WDT WP WP$ WRB".split())

_NUMBER = regex.compile(r"[-+±~]?+(?:\d[\d,.:/]*+|[.,]\d++)(?:s|'s|%)?+", regex.V1)
_ORDINAL = regex.compile(r"\d++(?:st|nd|rd|th)", regex.V1 | regex.I)
# Scores, votes and ranges written with a hyphen or dash: "2-1", "7-2", "1990-95".
_SCORE = regex.compile(r"\d++(?:[-\u2013]\d++)++", regex.V1)
_HAS_LETTER = regex.compile(r"\p{L}", regex.V1)

_COUNTED = frozenset("hassuf deletesuf addsuf haspref deletepref addpref".split())
# (word, previous word, next word) -> whether the rule's condition holds
LexicalTest = Callable[[str, str, str], bool]
# A lexical rule: the tag it applies to (None: any), its test, the tag it gives.
LexicalRule = tuple[str | None, LexicalTest, str]
# The rules open to a word of one tag: (position, test, tag it gives) each, and
# their positions alone (to go on after a change of tag).
_Open = tuple[tuple[tuple[int, LexicalTest, str], ...], tuple[int, ...]]


class Lexicon:
    """Word -> entry, the lexical rules, and the guesser for unknown words."""

    __slots__ = (
        "_guessed",
        "_left",
        "_open",
        "_right",
        "entries",
        "lexical",
        "names",
        "prefixes",
    )

    def __init__(
        self,
        entries: dict[str, Entry],
        lexical: Sequence[Sequence[str]],
        names: frozenset[str],
        prefixes: frozenset[str],
    ) -> None:
        self.entries = entries
        self.names = names
        self.prefixes = prefixes
        self.lexical = [_lexical_rule(row, entries) for row in lexical]
        # The neighbour words the lexical rules name: any other neighbour reads
        # the same, so a guess is cached on the word and these alone.
        self._left: frozenset[str] = frozenset(_neighbours(lexical, "goodleft"))
        self._right: frozenset[str] = frozenset(_neighbours(lexical, "goodright"))
        self._guessed: dict[tuple[str, str | None, str | None, bool], str] = {}
        self._open: dict[str, _Open] = {}

    def guess(self, word: str, prev: str, nxt: str, capital: bool) -> str:
        """The tag of a word the lexicon lacks, from its shape and neighbours
        (remembered: a name recurs through an article)."""
        key = (
            word,
            prev if prev in self._left else None,
            nxt if nxt in self._right else None,
            capital,
        )
        found = self._guessed.get(key)
        if found is None:
            if len(self._guessed) >= _GUESSES:
                self._guessed.clear()  # bounded memory on any input
            found = self._guessed[key] = self._guess(word, prev, nxt, capital)
        return found

    def _guess(self, word: str, prev: str, nxt: str, capital: bool) -> str:
        if _NUMBER.fullmatch(word) or _SCORE.fullmatch(word):
            return "CD"
        if _ORDINAL.fullmatch(word):
            return "JJ"
        if not _HAS_LETTER.search(word):
            return "SYM" if len(word) == 1 else ":"
        tag = "NNP" if capital else "NN"
        if "-" in word[1:-1]:
            return self._hyphenated(word, capital)
        # Only the rules open to the current tag are tried (most rules are
        # for one tag: "NN s fhassuf 1 NNS"); after a change, the new tag's
        # from the next rule on.
        steps = self._open_to(tag)[0]
        while True:
            for pos, test, target in steps:  # noqa: B007 (read after the break)
                if test(word, prev, nxt):
                    break
            else:
                break  # no (further) rule fires
            tag = target
            steps, positions = self._open_to(tag)
            steps = steps[bisect_right(positions, pos) :]
        if capital and tag not in ("NNP", "NNPS"):
            # A capitalised word inside a sentence is a name unless its suffix
            # says "adjective of a name" (Pakistani, Sunni): proper nouns are
            # open-ended, common words are mostly in the lexicon.
            tag = "NNPS" if tag == "NNS" else "NNP"
        return tag

    def _open_to(self, tag: str) -> _Open:
        """The lexical rules that apply to a word now tagged `tag` (those
        for any tag and those for it), in order, with their positions in
        `lexical` (cached: the tag set is closed)."""
        found = self._open.get(tag)
        if found is None:
            steps = tuple(
                (pos, test, target)
                for pos, (need, test, target) in enumerate(self.lexical)
                if need is None or need == tag
            )
            found = self._open[tag] = (steps, tuple(step[0] for step in steps))
        return found

    def _hyphenated(self, word: str, capital: bool) -> str:
        """ "well-known", "U.S.-led", "27-year-old", "al-Qaida", "cease-fire"."""
        head, _, last = word.rpartition("-")
        low = last.lower()
        if last.isdigit() and head.isalpha() and head.isupper():
            return "NNP"  # a model or a strain: F-16, CH-47, COVID-19
        entry = self.entries.get(low)
        if low.endswith("ed") or (entry is not None and entry[0] in ("VBN", "VBD")):
            return "JJ"  # U.S.-led, Iranian-backed, well-known, Egyptian-born
        if head.lower() in self.prefixes:
            return "JJ"  # pro-Syrian, anti-American, non-Muslim
        if last[:1].isupper() and last[1:].islower():
            own = self.entries.get(last)
            if own is not None and "JJ" in own[1] and own[0] != "NNP":
                return "JJ"  # U.S.-Iraqi, Israeli-Lebanese, Iranian-American
        if last[:1].isupper() and (capital or head[:1].islower()):
            return "NNP"  # Al-Qaida, Guinea-Bissau, al-Qaida, bin-Laden
        if word[:1].isupper() and last.isalpha() and low == last:
            first = word.partition("-")[0].lower()
            if (
                first.isalpha()
                and len(first) <= 5
                and len(low) <= 5
                and (first not in self.entries or low not in self.entries)
            ):
                # Korean and Chinese given names of two short syllables, one of
                # them no English word: Ban Ki-moon, Kim Jong-il, Chen Shui-bian.
                return "NNP"
        if entry is not None and entry[0] == "NNS" and not head[:1].isdigit():
            return "NNS"  # peace-keepers, by-elections
        if low.endswith("ing") and entry is not None and entry[0] == "VBG":
            return "JJ"  # peace-keeping, far-reaching
        return "JJ"


_GUESSES = 50_000  # guesses remembered at most


def _neighbours(rows: Sequence[Sequence[str]], kind: str) -> Iterator[str]:
    """The words the lexical rules of `kind` ("goodleft") compare a neighbour to."""
    for row in rows:
        if row[2] == "f" + kind:
            yield row[1]
        elif row[1] == kind:
            yield row[0]


def _lexical_rule(row: Sequence[str], entries: dict[str, Entry]) -> LexicalRule:
    """Compile one of Brill's lexical rules ("NN s fhassuf 1 NNS": a noun ending
    in -s is a plural noun). A rule whose kind starts with "f" applies only to a
    word currently tagged with its first field (the rule's `need`)."""
    need: str | None = None
    if row[2].startswith("f"):
        need, arg, kind, rest = row[0], row[1], row[2][1:], row[3:]
    else:
        arg, kind, rest = row[0], row[1], row[2:]
    target = rest[1] if kind in _COUNTED else rest[0]
    n = len(arg)

    def known(w: str) -> bool:
        return w in entries

    test: Callable[[str, str, str], bool]
    if kind == "hassuf":
        test = lambda w, p, x: w.endswith(arg)  # noqa: E731
    elif kind == "deletesuf":
        test = lambda w, p, x: w.endswith(arg) and known(w[:-n])  # noqa: E731
    elif kind == "addsuf":
        test = lambda w, p, x: known(w + arg)  # noqa: E731
    elif kind == "haspref":
        test = lambda w, p, x: w.startswith(arg)  # noqa: E731
    elif kind == "deletepref":
        test = lambda w, p, x: w.startswith(arg) and known(w[n:])  # noqa: E731
    elif kind == "addpref":
        test = lambda w, p, x: known(arg + w)  # noqa: E731
    elif kind == "char":
        test = lambda w, p, x: arg in w  # noqa: E731
    elif kind == "goodleft":
        test = lambda w, p, x: p == arg  # noqa: E731
    elif kind == "goodright":
        test = lambda w, p, x: x == arg  # noqa: E731
    else:
        raise ValueError(f"unknown lexical rule kind {kind!r}")

    return need, test, target


def _allowed(tag: str, alts: str) -> frozenset[str]:
    tags = {tag, *(a for a in alts.split(",") if a)}
    # A participle may be an adjective ("the wounded", "a growing number") and
    # a gerund a noun ("the killing"), whatever the lexicon lists.
    if "VBN" in tags or "VBG" in tags:
        tags.add("JJ")
    if "VBG" in tags:
        tags.add("NN")
    return frozenset(tags)


def _demonym_plurals(entries: dict[str, Entry], plural: Entry) -> None:
    """Make the plural of a nationality or religion word a common plural noun.

    "Americans", "Palestinians", "Muslims", "Uzbeks" name groups of people, as
    "soldiers" does, and the Penn Treebank tags them NNS; Brill's lexicon lists
    many as NNPS, and an unknown one would be guessed a name. A capitalised
    word that may be an adjective (its entry allows JJ) and is not merely a
    common adjective written with a capital ("Outdoor") is such a word; its
    plural with -s is entered as NNS (still allowed NNPS and, inside a
    sentence, NNP). Plurals that are names ("the Olympics") are corrected in
    `lexicon_news.tsv`, which is applied after this.
    """
    for word, (_tag, allowed) in list(entries.items()):
        if "JJ" not in allowed or not word[:1].isupper() or word.isupper():
            continue
        if word.lower() in entries:
            continue
        if word.endswith(("s", "ese", "ch", "sh")):
            continue  # "Chinese", "French", "Polish" have no plural in -s
        found = entries.get(word + "s")
        if found is None or found[0] == "NNPS":
            entries[word + "s"] = plural


@_data.lazy
def lexicon() -> Lexicon:
    """The generated lexicon with the news corrections on top, loaded once."""
    interned: dict[tuple[str, str], Entry] = {}
    # One frozenset object per distinct set of allowed tags (a few hundred
    # (tag, alternatives) pairs fold to fewer sets: "NN" with "VB" and "VB"
    # with "NN" allow the same tags): fewer objects held and walked by the
    # cyclic collector for the life of the process. The word -> entry dict
    # itself stays tracked (a frozenset always is, so its entries are): an
    # untracked word -> class-number dict read through a table would save
    # about 0.3 ms a full collection (rare: about one a 300 KB article) but
    # double the cost of each of the ~16,000 look-ups such an article makes.
    allowed_sets: dict[frozenset[str], frozenset[str]] = {}
    entries: dict[str, Entry] = {}

    def entry(tag: str, alts: str) -> Entry:
        key = (tag, alts)
        found = interned.get(key)
        if found is None:
            # Tags interned: one string object per tag, as the code's own
            # constants are, so comparing and looking them up ends at identity.
            allowed = frozenset(map(sys.intern, _allowed(tag, alts)))
            found = interned[key] = (
                sys.intern(tag),
                allowed_sets.setdefault(allowed, allowed),
            )
        return found

    text = _data.read_text("language/data/lexicon.tsv.gz")
    for line in text.splitlines():
        if line and line[0] != "#":
            cells = line.split("\t")
            entries[cells[0]] = entry(cells[1], cells[2] if len(cells) > 2 else "")
    _demonym_plurals(entries, entry("NNS", "NNPS"))
    for row in _data.iter_rows("language/data/lexicon_news.tsv"):
        entries[row[0]] = entry(row[1], row[2])
    lexical = list(_data.iter_rows("language/data/lexical_rules.tsv"))
    names = frozenset(_data.iter_lines("language/data/names.txt.gz"))
    prefixes = frozenset(
        row[0] for row in _data.iter_rows("language/data/adjective_prefixes.tsv")
    )
    return Lexicon(entries, lexical, names, prefixes)


@_data.lazy
def common_words() -> _data.WordSet:
    """Words of the lexicon in lower case that are common words, not only
    names ("news", "energy", "will"; not "michael")."""
    return _data.word_set(
        w
        for w, (tag, _alts) in lexicon().entries.items()
        if w[:1].islower() and tag not in ("NNP", "NNPS")
    )
