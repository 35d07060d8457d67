"""The scene a sentence sets by a fronted place phrase: "In Syria, the health
ministry said ...", "In Kabul, police said ...", "Elsewhere in Yemen, ...".

Such a phrase says where the whole sentence happens, so a bare state body of
the sentence ("the ministry", "police", "the army") with no country of its own
is that place's country's. Only a phrase of place words is read: "In a
statement, the ministry said" and "In talks with Iran, officials said" set no
scene (a statement or talks are not a country). Each sentence's scene is read
once, from its first few words, when one of its groups first asks for it.

A story that names one country overwhelmingly (its places and nationalities
are nearly all of one country, named several times) is that country's story
as a whole: its bare state bodies with no nearer country are that country's
("the army said" in a story about fighting in Pakistan's northwest). A story
of two countries, or one naming a country once or twice, sets no such
country: "the government" there may be either's.
"""

from __future__ import annotations

from collections import Counter

from . import lexicon as lex
from .country_counts import sentence_countries
from .words import WordLayer

__all__ = ["Scenes", "story_country"]

_LEAD = 16  # words read for the sentence's opening word, past a dateline
_REACH = 8  # words of a fronted place phrase, before its comma
# A story's one country: named at least this often, and at least this share
# of all the story's country mentions (places and nationalities).
_STORY_MIN = 3
_STORY_SHARE = 0.75


class Scenes:
    """The country of the fronted place phrase of each sentence of a layer,
    read for the sentence of the last word asked about and kept until a word
    of another sentence is asked about (the groups are read in text order)."""

    __slots__ = ("_country", "_layer", "_sent", "story")

    def __init__(self, layer: WordLayer, story: str | None = None) -> None:
        """`story`: the one country the whole story is about, if any
        (`story_country`)."""
        self._layer = layer
        self._sent = -1
        self._country: str | None = None
        self.story = story

    def country(self, i: int) -> str | None:
        """The country of the scene of word i's sentence, or None."""
        sent = self._layer.words[i].sent
        if sent != self._sent:
            self._sent = sent
            self._country = _scene(self._layer, sent)
        return self._country


def story_country(layer: WordLayer) -> str | None:
    """The country the story names at least `_STORY_MIN` times and in at
    least `_STORY_SHARE` of its country mentions, or None (a story of two
    countries, or one that names countries too seldom to tell). Read from
    the counts the article's country was read from, while the layer's memo
    holds them."""
    counts: Counter[str] = Counter()
    for named in sentence_countries(layer).values():
        counts.update(named)
    if not counts:
        return None
    country, top = counts.most_common(1)[0]
    if top < _STORY_MIN or top < _STORY_SHARE * counts.total():
        return None
    return country


def _scene(layer: WordLayer, sent: int) -> str | None:
    """The country of sentence `sent`'s fronted place phrase: "In" (after
    "Elsewhere" or "Meanwhile,"), place words of one country and the words
    that may stand beside them ("northern", "the", "province"), then a
    comma."""
    if sent < 0:
        return None
    lo, hi = layer.columns.sentence(sent)
    words = layer.words
    k = lo
    stop = min(hi, lo + _LEAD)
    while k < stop and (words[k].in_dateline or not words[k].is_alpha):
        k += 1
    if k < hi and words[k].lower in lex.SCENE_OPENERS:
        k += 1
        if k < hi and words[k].text == ",":
            k += 1
    if k >= hi or words[k].lower != "in":
        return None
    country: str | None = None
    for m in range(k + 1, min(hi, k + 1 + _REACH)):
        w = words[m]
        if w.text == ",":
            return country
        if w.place >= 0:
            got = layer.places[w.place].country
        elif w.demonym and w.is_cap:
            got = w.demonym  # "In the Syrian capital Damascus,"
        elif w.low == w.text and w.lower in lex.SCENE_WORDS:
            continue
        else:
            return None  # "In a statement,", "In talks with Iran,"
        if got is None or (country is not None and got != country):
            return None  # a place of no country, or of two
        country = got
    return None
