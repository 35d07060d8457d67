"""Lemmas and inflections of English verbs, nouns and adjectives.

`lemma("attacked", "VBD")` is "attack", `lemma("talks", "NNS")` is "talk",
`lemma("better", "JJR")` is "good"; `inflections("strike")` is every form of
the verb (strike, strikes, struck, striking, stricken), so a verb pattern
written once with its lemma matches every way news writes it.

The forms come from a table (`language/data/inflections.tsv.gz`, built by
`scripts/build_language_data.py` from the SPECIALIST lexicon as packaged by
lemminflect). The table leaves out every form the spelling rules below would
write anyway ("attack" -> "attacked"), so only irregular and doubled forms are
stored ("strike" -> "struck", "stop" -> "stopped"); words the table lacks are
inflected and lemmatised by the same rules.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import _data

__all__ = [
    "VERB_PREFIXES",
    "inflections",
    "lemma",
    "regular_forms",
]

# Which table a Penn tag's word is looked up in, and which form column it is.
_POS_OF_TAG = {
    "VB": "VERB",
    "VBP": "VERB",
    "VBD": "VERB",
    "VBN": "VERB",
    "VBG": "VERB",
    "VBZ": "VERB",
    "NN": "NOUN",
    "NNS": "NOUN",
    "NNP": "NOUN",
    "NNPS": "NOUN",
    "JJ": "ADJ",
    "JJR": "ADJ",
    "JJS": "ADJ",
    "RB": "ADV",
    "RBR": "ADV",
    "RBS": "ADV",
}
# The form columns of each part of speech, in table order.
COLUMNS = {
    "VERB": ("VBD", "VBN", "VBG", "VBZ"),
    "NOUN": ("NNS",),
    "ADJ": ("JJR", "JJS"),
    "ADV": ("RBR", "RBS"),
}
_VOWELS = frozenset("aeiou")
_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh")
TABLE = "language/data/inflections.tsv.gz"
EXTRA = "language/data/inflections_news.tsv"


def _consonant_y(word: str) -> bool:
    return len(word) > 1 and word[-1] == "y" and word[-2] not in _VOWELS


def _plural_s(word: str) -> str:
    """The -s form of a noun or verb by spelling alone: "talk" -> "talks",
    "reach" -> "reaches", "carry" -> "carries"."""
    if word.endswith(_SIBILANT_ENDS):
        return word + "es"
    if _consonant_y(word):
        return word[:-1] + "ies"
    return word + "s"


def _past(word: str) -> str:
    if word.endswith("e"):
        return word + "d"
    if _consonant_y(word):
        return word[:-1] + "ied"
    return word + "ed"


def _gerund(word: str) -> str:
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and len(word) > 2 and not word.endswith(("ee", "ye", "oe")):
        return word[:-1] + "ing"
    return word + "ing"


def _comparative(word: str, suffix: str) -> str:
    if word.endswith("e"):
        return word + suffix[1:]
    if _consonant_y(word):
        return word[:-1] + "i" + suffix
    return word + suffix


def regular_forms(word: str, pos: str) -> tuple[str, ...]:
    """The forms spelling rules give a lemma, in `COLUMNS[pos]` order: for a verb
    (past, past participle, -ing, -s), for a noun (plural,), for an adjective or
    adverb (comparative, superlative). No consonant is doubled: "stop" ->
    "stoped" is wrong, which is why the table stores "stopped"."""
    if pos == "VERB":
        past = _past(word)
        return (past, past, _gerund(word), _plural_s(word))
    if pos == "NOUN":
        return (_plural_s(word),)
    if pos in ("ADJ", "ADV"):
        return (_comparative(word, "er"), _comparative(word, "est"))
    raise ValueError(f"unknown part of speech {pos!r}")


class _Tables:
    """Forms by lemma and lemmas by form, for each part of speech.

    The lemmas by form are one flat table keyed by "form<TAB>column", with the
    forms and the "form<TAB>part of speech" pairs it has as sets: a table of
    tables per form would be tens of thousands of small dicts, each one more
    object for the garbage collector's full passes to walk. The two sets are
    dicts of strings to None for the same reason: the collector never tracks
    such a dict, where it walks every member of a set on each full pass.
    """

    __slots__ = ("extra", "forms", "lemmas", "parts", "spelled")

    def __init__(self) -> None:
        self.forms: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {
            pos: {} for pos in COLUMNS
        }
        # "form\tcolumn" -> lemma (the first lemma listed wins); a column is a
        # Penn tag, which names its part of speech
        self.lemmas: dict[str, str] = {}
        # "form\tpos" of each form and part of speech with a lemma, and the forms
        self.parts: dict[str, None] = {}
        self.spelled: dict[str, None] = {}
        # pos -> lemma -> forms outside the columns ("be": am, are, is)
        self.extra: dict[str, dict[str, set[str]]] = {}

    def add(self, word: str, pos: str, cells: list[str]) -> None:
        regular = regular_forms(word, pos)
        forms: list[tuple[str, ...]] = []
        lemmas = self.lemmas
        for i, column in enumerate(COLUMNS[pos]):
            cell = cells[i] if i < len(cells) else ""
            spellings = tuple(cell.split("/")) if cell else (regular[i],)
            forms.append(spellings)
            for form in spellings:
                self._known(form, pos)
                key = f"{form}\t{column}"
                first = lemmas.setdefault(key, word)
                if "-" in first and "-" not in word and "-" not in form:
                    lemmas[key] = word  # "undertook": undertake, not under-take
        self.forms[pos][word] = tuple(forms)

    def add_form(self, form: str, tag: str, lemma: str) -> None:
        """One irregular form from the hand-written table ("are" VBP "be")."""
        pos = _POS_OF_TAG[tag]
        self._known(form, pos)
        self.lemmas[f"{form}\t{tag}"] = lemma
        extra = self.extra.setdefault(pos, {}).setdefault(lemma, set())
        extra.add(form)
        if lemma not in self.forms[pos]:
            self.forms[pos][lemma] = ()

    def _known(self, form: str, pos: str) -> None:
        self.spelled[form] = None
        self.parts[f"{form}\t{pos}"] = None

    def lemma_of(self, form: str, tag: str) -> str | None:
        """The lemma the table gives `form` read as `tag`, or None."""
        return self.lemmas.get(f"{form}\t{tag}")


@_data.lazy
def _tables() -> _Tables:
    tables = _Tables()
    for row in _data.iter_rows(TABLE):
        tables.add(row[0], row[1], row[2:])
    for form, tag, lemma, *_reason in _data.iter_rows(EXTRA):
        tables.add_form(form, tag, lemma)
    return tables


def _candidates(word: str, column: str) -> Iterator[str]:
    """Lemmas a regular form could come from, most likely first."""
    if column in ("VBZ", "NNS"):
        if word.endswith("ies") and len(word) > 4:
            yield word[:-3] + "y"
        if word.endswith("es"):
            yield word[:-2]
        if word.endswith("s") and not word.endswith("ss"):
            yield word[:-1]
    elif column in ("VBD", "VBN"):
        if word.endswith("ied"):
            yield word[:-3] + "y"
        if word.endswith("ed"):
            yield word[:-1]
            yield word[:-2]
            if len(word) > 4 and word[-3] == word[-4]:
                yield word[:-3]
    elif column == "VBG":
        if word.endswith("ying"):
            yield word[:-4] + "ie"
        if word.endswith("ing"):
            stem = word[:-3]
            yield stem
            yield stem + "e"
            if len(stem) > 2 and stem[-1] == stem[-2]:
                yield stem[:-1]
    elif column in ("JJR", "JJS", "RBR", "RBS"):
        suffix = "er" if column.endswith("R") else "est"
        if word.endswith("i" + suffix):
            yield word[: -len(suffix) - 1] + "y"
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            yield stem
            yield stem + "e"
            if len(stem) > 2 and stem[-1] == stem[-2]:
                yield stem[:-1]


def lemma(word: str, tag: str) -> str:
    """The dictionary form of `word` read as Penn tag `tag`, lower-cased.

    Verbs give their base form ("met"/VBD -> "meet", "stricken"/VBN ->
    "strike"), nouns their singular ("talks"/NNS -> "talk"), adjectives and
    adverbs their positive ("better"/JJR -> "good"); a word of any other tag, or
    one already in its base form, is returned lower-cased as it is.
    """
    low = word.lower()
    pos = _POS_OF_TAG.get(tag)
    if pos is None:
        return low
    key = (low, tag)
    found = _LEMMAS.get(key)
    if found is None:
        if len(_LEMMAS) >= _REMEMBERED:
            _LEMMAS.clear()  # bounded memory on any input
        found = _LEMMAS[key] = _lemma(low, tag, pos)
    return found


_REMEMBERED = 100_000  # lemmas remembered at most: news repeats its words
_LEMMAS: dict[tuple[str, str], str] = {}


# Prefixes that repeat an act or share it and leave its verb what it is
# ("re-arrested" is arrested again: the lemma "re-arrest"; "co-hosted the
# talks" hosted them with another).
VERB_PREFIXES = ("re-", "co-")


def _lemma(low: str, tag: str, pos: str) -> str:
    tables = _tables()
    if "-" in low and low not in tables.spelled:
        # A compound the tables lack inflects its last part: "re-arrested" ->
        # "re-arrest", "test-fired" -> "test-fire", "ceasefires" ->
        # "ceasefire", "by-elections" -> "by-election".
        before, _, last = low.rpartition("-")
        if before and last in tables.spelled:
            return before + "-" + _lemma(last, tag, pos)
    if tag in ("VB", "VBP", "NN", "NNP", "JJ", "RB"):
        found = tables.lemma_of(low, tag)  # "are"/VBP -> "be"
        return low if found is None else found
    if f"{low}\t{pos}" in tables.parts:
        found = tables.lemma_of(low, tag if tag != "NNPS" else "NNS")
        if found is None and tag in ("VBD", "VBN"):
            found = tables.lemma_of(low, "VBN" if tag == "VBD" else "VBD")
        if found is not None:
            return found
        if low in tables.forms[pos]:
            return low  # "better" is a lemma of its own as a verb
    column = "NNS" if tag == "NNPS" else tag
    known = tables.forms[pos]
    guesses = list(_candidates(low, column))
    index = COLUMNS[pos].index(column)
    for guess in guesses:
        forms = known.get(guess)
        # "be" lists no regular forms ("beed" is no form of it)
        if forms is not None and index < len(forms) and low in forms[index]:
            return guess
    for guess in guesses:
        if guess and guess not in known and regular_forms(guess, pos)[index] == low:
            return guess
    return low


def inflections(lemma: str, pos: str = "VERB") -> frozenset[str]:
    """Every form of `lemma` as part of speech `pos` ("VERB", "NOUN", "ADJ",
    "ADV"), the lemma included: `inflections("strike")` is strike, strikes,
    struck, striking, stricken. A lemma the table lacks is inflected by spelling
    rules, so the answer is never empty. Lower-case lemmas give lower-case
    forms."""
    if pos not in COLUMNS:
        raise ValueError(f"pos must be one of {sorted(COLUMNS)}, not {pos!r}")
    low = lemma.lower()
    tables = _tables()
    row = tables.forms[pos].get(low)
    if row is None:
        return frozenset((low, *regular_forms(low, pos)))
    extra = tables.extra.get(pos, {}).get(low, ())
    return frozenset((low, *extra, *(form for spellings in row for form in spellings)))
