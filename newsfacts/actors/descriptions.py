"""A nationality said of a person in the next sentence's subject: "Jannik
Sinner won the Australian Open. The 22-year-old Italian became ...", "Mohamed
Salah scored twice. The Egypt forward has ...", "Bola Tinubu arrived in
Accra. The Nigerian leader said ...".

News names a person, then goes on with a definite description of them that
holds their nationality, in place of a pronoun. The description opens the
next sentence ("The", lower-case words such as an age or a rank, then a
demonym or a country's name, then at most a few lower-case role nouns) and
stands for the subject of the sentence before: the first person it names,
when that person has no country yet, else the only person there without one.
A description that says the nationality of a person who already has it
there ("Aryna Sabalenka of Belarus beat ... The Belarusian") says nothing
new, and a capitalised word after it makes it a title or a name ("The
Italian Open", "The Italian Jannik Sinner"), which other rules read.
"""

from __future__ import annotations

from collections.abc import Callable

from ..knowledge.titles import title_lasts
from . import lexicon as lex
from .country_counts import word_country
from .entity import Entity
from .words import WordLayer, Words

__all__ = ["description_countries"]

# Words between "The" and the nationality at most ("The 22-year-old world
# number one Italian").
_BEFORE = 5
# Lower-case words after the nationality at most ("The Russian third seed").
_AFTER = 3


def description_countries(
    layer: WordLayer, people: list[Entity], offer: Callable[[Entity, str], None]
) -> set[int]:
    """Offer each person the nationality of the description that opens the
    sentence after their first one (see the module's docstring). One pass
    over the people's mentions and the sentences that open with "The".
    Returns the indexes of the nationality words of every such description:
    they are the subject's, and say nothing of the other people of their
    sentence ("The Spaniard will face Daniil Medvedev")."""
    words = layer.words
    # sentence -> the people it names, first named first (by first mention there)
    named: dict[int, list[tuple[int, Entity]]] = {}
    for e in people:
        seen: set[int] = set()
        for c in e.cands:
            sent = words[c.i].sent
            if sent not in seen:
                seen.add(sent)
                named.setdefault(sent, []).append((c.i, e))
    read: set[int] = set()
    if not named:
        return read
    for k in layer.columns.where_lower(frozenset(("the",))):
        w = words[k]
        if not w.sent_start:
            continue
        country, at = _nationality(layer, k)
        if country is None:
            continue
        read.add(at)
        if w.sent - 1 not in named:
            continue
        before = sorted(named[w.sent - 1], key=lambda p: p[0])
        if any(e.country == country for _i, e in before):
            continue  # "... Sabalenka of Belarus ... The Belarusian": no news
        free = [e for _i, e in before if e.country is None]
        first = before[0][1]
        if first.country is None:
            offer(first, country)
        elif len(free) == 1:
            offer(free[0], country)
    return read


def _nationality(layer: WordLayer, k: int) -> tuple[str | None, int]:
    """The country of the description opening at "The" (word k): lower-case
    words, then a demonym or a country's name, then at most a few
    lower-case words whose last is a person's role ("forward", "leader",
    "third seed"; a demonym may be the head itself: "The Spaniard"), then a
    verb or a comma. None for anything else: "The Italian Open", "The
    Nigerian government said", "The Egypt of today". With the index of the
    nationality word (-1 with None)."""
    words = layer.words
    sent = words[k].sent
    for m in range(k + 1, min(len(words), k + 2 + _BEFORE)):
        w = words[m]
        if w.sent != sent:
            return None, -1
        if w.demonym or (w.place >= 0 and layer.places[w.place].kind == "country"):
            if w.poss or w.compound:
                return None, -1  # "The Italian's serve", "The Italian-born coach"
            nxt = m + 1
            while nxt < len(words) and w.place >= 0 and words[nxt].place == w.place:
                nxt += 1  # "The South Africa captain"
            if _person_head(words, nxt, sent, bool(w.demonym)):
                return word_country(layer, w), m
            return None, -1
        if w.is_cap or not (w.text[:1].isalnum() or w.text == "-"):
            return None, -1  # "The Associated Press", "The (...)"
    return None, -1


def _person_head(words: Words, k: int, sent: int, demonym: bool) -> bool:
    """From word k, lower-case words up to a verb or a comma end a person's
    description: the last is a person's role, or there is none and the
    nationality is a demonym ("The Spaniard will", "The Italian, who")."""
    head = ""
    for m in range(k, min(len(words), k + 1 + _AFTER)):
        w = words[m]
        if w.sent != sent:
            return False
        if w.text == "," or (w.text == w.low and lex.verb_form(w.low)):
            return demonym if not head else _role(head)
        if w.text != w.low or not w.is_alpha:
            return False  # "The Italian Open", "The Italian Jannik Sinner"
        head = w.low
    return False


def _role(word: str) -> bool:
    """A noun that names what a person is or does ("forward", "seed",
    "leader", "minister")."""
    return (
        word in lex.ROLE_NOUNS
        or word in lex.SPORTS_ROLES
        or word in lex.TEAM_ROLES
        or word in title_lasts()
    )
