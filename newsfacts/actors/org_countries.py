"""An organisation's country from the words right around its name: a
nationality before its kind ("Spanish lender Santander"), a place after it
("... in Tripoli"); a sports club (whose country is not its players'); and a
bare institution word known as one country's in an article about another
("Brazil's lower house of Congress")."""

from __future__ import annotations

from ..language.tagger_lexicon import lexicon
from . import lexicon as lex
from .entity import Entity
from .words import WordLayer, Words

__all__ = ["club", "foreign_institution", "locative_country", "typed_country"]


def typed_country(layer: WordLayer, i: int) -> str | None:
    """The country of a nationality (or a country's name) before the
    lower-case noun of a kind of body that stands right before the name at
    word i ("Spanish lender Santander", "Czech carmaker Skoda", "the French
    daily Liberation", "Iraqi militia Kataib Hezbollah", "U.S. rights group
    Freedom House"): news names a body so with its country."""
    words = layer.words
    k = i - 1
    if k < 1:
        return None
    noun = words[k]
    if noun.text != noun.low or noun.lower not in lex.ORG_TYPES or noun.poss:
        return None
    k -= 1
    if k > 0 and words[k].text == words[k].low and words[k].lower in lex.TYPE_MODIFIERS:
        k -= 1  # "rights group", "aid agency"
    w = words[k]
    if w.sent != words[i].sent or w.poss:
        return None
    if w.demonym:
        return w.demonym
    if w.place >= 0 and layer.places[w.place].kind == "country":
        return layer.places[w.place].country
    return None


def locative_country(layer: WordLayer, j: int) -> str | None:
    """ "... in Tripoli": the country of a place right after an organisation."""
    words = layer.words
    k = j
    if k < len(words) and words[k].low == "based":
        k += 1
    if k + 1 < len(words) and words[k].low in ("in", "of") and words[k + 1].place >= 0:
        p = layer.places[words[k + 1].place]
        return p.country
    return None


def club(e: Entity) -> bool:
    """The organisation is a sports club: a known one of a sport, or one
    read as a club by its town or its club word ("Inter Milan")."""
    return bool(e.known is not None and e.known.sport) or e.rule.startswith("org-club")


def foreign_institution(layer: WordLayer, e: Entity, main: str | None) -> bool:
    """The organisation is known by a bare institution word of
    `standalone_orgs.txt` ("Congress", "Senate") or a name of common words
    ("Democratic Party") as one country's, and the article is about
    another: every mention is such a word or name alone."""
    known = e.known
    if e.kind != "organization" or known is None or not known.country or not main:
        return False
    if main == known.country:
        return False
    words = layer.words
    return all(
        (c.j - c.i == 1 and words[c.i].lower in lex.standalone_orgs())
        or _generic_name(words[c.i : c.j])
        for c in e.cands
    )


def _generic_name(span: Words) -> bool:
    """ "Democratic Party", "Supreme Court": common words closed by a keyword,
    a name that many countries' bodies bear, with no place or nationality
    of its own to say whose."""
    if len(span) < 2 or span[-1].keyword is None:
        return False
    entries = lexicon().entries
    return all(
        w.is_cap
        and not w.is_acronym
        and w.place < 0
        and not w.demonym
        and w.low in entries
        for w in span
    )
