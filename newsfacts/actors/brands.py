"""Names made of a word and a country's name: "Air France", "Air India",
"Radio France", "Air Canada", "Statistics Canada", and with a Romance "of"
between them, "Banco de Mexico", "Gaz de France".

The places stage reads the country in such a name alone, and the word before
it is left over as an unknown name. In news a capitalised word right before a
country's name is part of one name with it, an organisation, unless it is
what keeps the country a country: a title ("President France" is no name of a
body), a demonym, a direction or part ("North Korea", "New Mexico" and
"Central Africa" are places of their own, read whole by the places stage), a
given name ("Michael Jordan"), a possessive before it ("Putin's Russia"), a
modifier of the country ("Nazi Germany", "Mainland China") or a sentence
opener ("Unlike France", "Visiting Germany", "Oil-rich Nigeria"). Headlines in Title Case
capitalise every word, so the rule is not read there.
"""

from __future__ import annotations

from . import lexicon as lex
from .units import place_blocks, title_at
from .words import Word, WordLayer

__all__ = ["name_before_country"]

# Endings of a sentence's first word that make it a verb form or an adverb
# opening a clause ("Visiting Germany, ...", "Backed France ...", "Only Japan").
_OPENER_ENDINGS = ("ing", "ed", "ly")


def name_before_country(layer: WordLayer, i: int, k: int, j: int) -> int:
    """Length in words of the organisation word k opens with the country name
    right after it, ending the run [i, j) ("Air France"); 0 if none."""
    words = layer.words
    w = words[k]
    if k + 1 >= j or not _brand_word(w):
        return 0
    if k > i and words[k - 1].is_cap:
        return 0  # inside a longer name the run's other steps read
    if k > 0 and words[k - 1].poss:
        return 0  # "Putin's Russia"
    if title_at(words, k, j):
        return 0
    # "Banco de Mexico", "Gaz de France": a Romance "of" between the two
    of = 1 if words[k + 1].text in lex.FOREIGN_OF and k + 2 < j else 0
    nxt = words[k + 1 + of]
    if nxt.place < 0:
        return 0
    p = layer.places[nxt.place]
    if p.kind != "country" or p.metonymic or p.start != nxt.start:
        return 0
    n = place_blocks(layer, k + 1 + of, j)
    end = k + 1 + of + n
    if words[end - 1].end != p.end:
        return 0  # the run cuts the place
    if end < j and words[end].is_cap and not words[end - 1].poss:
        return 0  # the run goes on with a name: read by the other steps
    return 1 + of + n


def _brand_word(w: Word) -> bool:
    """Word w may open a name with a country after it."""
    if not w.is_cap or w.is_acronym or w.in_caps_line or w.poss:
        return False
    if w.place >= 0 or w.demonym or w.stop or w.given:
        return False
    low = w.lower
    if low in lex.DIRECTIONS or low in lex.NOT_BEFORE_COUNTRY:
        return False
    if not w.sent_start:
        return True
    # "Oil-rich Nigeria", "War-torn Syria": a hyphenated adjective opening
    # the sentence
    tail = w.text.rsplit("-", 1)[-1]
    return not (low.endswith(_OPENER_ENDINGS) or ("-" in w.text and tail.islower()))
