"""Group actors: unnamed groups that act, so that every party of an event is an
actor of the article. This module is the one pass over the words that finds
them and merges those of the same name; each kind is read by its own module:

- Owned groups (`owned_groups`): a nationality, a country, an organisation or
  a possessive name, then up to two lower-case words ending in a role noun
  ("Russian officials", "Haftar's troops", "UN troops"): the owner's country,
  the noun's agent code; a country's embassy or consulate ("the French
  embassy") is an organisation of that country's government.
- Generic groups (`generic_groups`): a role noun that names an actor alone
  ("police", "rebels", "gunmen", "security forces", "the army"), with the role
  words before it; no country ("---COP") unless a place follows ("rebels in
  Darfur": SDN REB).
- Peoples (`peoples`): "ethnic Albanians" (no country: a people, not a state;
  ---CVL) and a nationality as a plural noun ("Palestinians", "two
  Israelis"): the country.
- Party members: US "Democrats" and "Republicans" (`parties.member_spans`):
  the party's members, of its country, sector PTY.

The role nouns and their agent codes are `knowledge/data/role_nouns.tsv`; a
noun that table lacks takes its code from the PETRARCH2 agents table when an
owner makes it a group ("Iraqi farmers": AGR; `group_roles`).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress, count

from .._data import lazy
from ..knowledge.roles import compound_roles, role_nouns
from ..language.tagger_lexicon import common_words
from ..records import Actor, ActorKind, Mention
from ..text import Document
from . import lexicon as lex
from .country_counts import country_words
from .entity import actor_code
from .generic_groups import generic_group
from .group_draft import SCENE_RULE, Group
from .group_names import Names, Owners, take
from .group_regions import region_word
from .group_roles import role_of
from .owned_groups import owned_group
from .parties import member_spans
from .peoples import people_group, same_plural
from .scenes import Scenes
from .words import Word, WordLayer, Words

__all__ = ["groups"]


def groups(
    doc: Document,
    layer: WordLayer,
    names: Names,
    taken: bytearray,
    story: str | None = None,
) -> tuple[list[Actor], list[tuple[Mention, str]]]:
    """The group actors of the article, and the nationality adjectives that
    stand for their country alone ("an Israeli airstrike"), for the country
    actors. `names` are the people's and organisations' names; `taken` has a 1
    for each word other actors' mentions cover (see `covered_words`); the
    words the groups take are set to 1 in it. `story`: the one country the
    whole story is about, if any (`scenes.story_country`)."""
    words = layer.words
    owner_at = names.owners
    named_at = names.named
    found: dict[str, Group] = {}
    nationals: list[tuple[Mention, str]] = []
    used = taken  # the caller's bytes, set as groups take words
    inner = 0  # the word after the demonym of several words read last
    scenes = Scenes(layer, story)
    for i in _starts(layer, owner_at):
        w = words[i]
        if i < inner:
            continue  # "Korean" of "North Korean": read with "North"
        if region_word(words, i):
            # "Latin American leaders", "Balkan leaders": the region's, read
            # at "leaders", no country's nor place's
            continue
        if used[i] and not (i in owner_at and w.is_cap):
            continue
        owned = owned_group(doc, layer, i, owner_at)
        if owned is not None:
            # (none: "Lukoil oil company"; a division: "the Cauca department")
            if owned[0] is not None and not _division(words, owned[2] - 1):
                _add(found, owned[0])
            take(used, owned[1], owned[2])
            continue
        if used[i]:
            continue
        got = people_group(doc, layer, i) or generic_group(
            doc, layer, i, named_at, scenes
        )
        if got is not None:
            if not _division(words, got[2] - 1):
                _add(found, got[0])
            take(used, got[1], got[2])
        elif (
            w.demonym
            and w.place < 0
            and w.is_cap
            and (not w.lower.endswith("s") or same_plural(w.lower))
            and not _word_in_capitals(layer, w)
        ):
            inner = layer.demonym_ends.get(i, i + 1)
            end = words[inner - 1].end
            nationals.append((Mention.of(doc.text, w.start, end), w.demonym))
    for i, j, country in member_spans(layer):
        if not any(used[i:j]):  # (not inside a longer name's mention)
            _add(found, _members(doc, layer, i, j, country))
            take(used, i, j)
    out = [
        Actor(
            name=g.name,
            kind=g.kind,
            country=g.country,
            mentions=tuple(g.mentions),
            code=g.code,
            rule=g.rule,
        )
        for g in found.values()
    ]
    return out, nationals


def _members(doc: Document, layer: WordLayer, i: int, j: int, country: str) -> Group:
    """ "Democrats", "Senate Republicans": a group of a party's members
    (words i to j), of the party's country, sector PTY."""
    words = layer.words
    mention = Mention.of(doc.text, words[i].start, words[j - 1].end)
    code = actor_code(country, "PTY", None)
    return Group(mention.text, ActorKind.GROUP, country, code, _MEMBERS_RULE, [mention])


_MEMBERS_RULE = "group-party-members"


@lazy
def _start_words() -> frozenset[str]:
    """The words a group may start at whatever their context: role nouns,
    armed persons, "ethnic" and the last word of a role of two words ("coast
    guard"). Made once from the tables, not for every document."""
    wanted = {*role_nouns(), *lex.ARMED_PERSONS, "ethnic"}
    wanted.update(last for _, last in compound_roles())
    return frozenset(wanted)


def _starts(layer: WordLayer, owner_at: Owners) -> Iterator[int]:
    """Indices of the words where a group may start, in order: each step of
    `groups` needs a demonym, a place, a role noun, an owner or "ethnic" there;
    most words have none. Marked in a byte per word and read in one C-level
    step, with no int kept for each."""
    marks = bytearray(len(layer.columns))
    for k in layer.columns.where_lower(_start_words()):  # each distinct word asked once
        marks[k] = 1
    for k in owner_at.lasts:
        marks[k] = 1
    for k in country_words(layer):  # demonyms and places
        marks[k] = 1
    return compress(count(), marks)


def _add(found: dict[str, Group], g: Group) -> None:
    """Merge a group into the groups of the same name (case aside). A group
    placed by its sentence's scene ("In Syria, the ministry said") is kept
    apart from the same name's other mentions, which the scene does not
    place ("In Turkey, the ministry said" is another ministry)."""
    key = g.name.lower()
    if g.rule in (SCENE_RULE, _MEMBERS_RULE):  # "France's Republicans": not the US's
        key += "@" + (g.country or "")
    if key in found:
        found[key].mentions += g.mentions
    else:
        found[key] = g


def _word_in_capitals(layer: WordLayer, w: Word) -> bool:
    """A nationality's noun in a line of capitals that the article writes in
    lower case ("POLE POSITION" ... "took pole position"; "TURKEY PRICES"):
    the common word, which capitals cannot tell apart."""
    return w.in_caps_line and w.text.isupper() and w.low in layer.lower_vocab


def _division(words: Words, k: int) -> bool:
    """Word k is "department" in lower case right after a capitalised name:
    a country's division (France's, Colombia's, Peru's: "the Var
    department", "Colombia's Cauca department": a place's name or a word no
    English lexicon holds), a place and no body that acts; "the health
    department", "the Justice department", "The department said" stay bodies."""
    if words[k].text not in ("department", "departments") or k == 0:
        return False
    name = words[k - 1]
    return (
        name.is_upper
        and not name.stop
        and role_of(name, False) is None
        and (name.place >= 0 or name.lower not in common_words())
    )
