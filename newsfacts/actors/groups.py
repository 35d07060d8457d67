"""Group actors: unnamed groups that act, so that every party of an event is an
actor of the article.

- Owned groups: a nationality, a country, an organisation or a possessive
  name, then up to two lower-case words ending in a role noun ("Russian
  officials", "Turkish military experts", "US representatives", "Haftar's
  troops", "UN troops"): the owner's country, the noun's agent code.
- Generic groups: a role noun that names an actor alone ("police", "rebels",
  "gunmen", "security forces", "the army"), with the role words before it;
  no country ("---COP") unless a place follows ("rebels in Darfur": SDN REB).
- Peoples: "ethnic Albanians" (no country: a people, not a state; ---CVL) and a
  nationality as a plural noun ("Palestinians", "two Israelis"): the country.
- Party members: US "Democrats" and "Republicans" (`parties.member_spans`):
  the party's members, of its country, sector PTY.
- Embassies: a country's embassy or consulate ("the French embassy") is an
  organisation of that country's government.

The role nouns and their agent codes are `knowledge/data/role_nouns.tsv`; a
noun that table lacks takes its code from the PETRARCH2 agents table when an
owner makes it a group ("Iraqi farmers": AGR).
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterator, Sequence
from itertools import compress, count

import attrs

from .._data import lazy
from ..knowledge.countries import alpha3
from ..knowledge.petrarch import agent
from ..knowledge.roles import RoleNoun, compound_roles, role_nouns
from ..knowledge.titles import titles
from ..records import Actor, ActorKind, Mention
from ..text import Document
from . import lexicon as lex
from .country_counts import country_words
from .entity import Entity, actor_code
from .parties import member_spans
from .role_use import finite_verb, modifier_use, title_of_name
from .scenes import Scenes
from .words import Word, WordLayer, Words

__all__ = ["Names", "covered_words", "groups"]

_MAX_MODIFIERS = 2  # lower-case words between an owner and its role noun
_UNKNOWN = "---"  # CAMEO's country part of a group of unknown country


@attrs.define(slots=True)
class _Group:
    """A group being built: its name, country, code and mentions."""

    name: str
    kind: ActorKind
    country: str | None
    code: str | None
    rule: str
    mentions: list[Mention]


class Names:
    """The names of the people and organisations, as the groups read them:
    by the last word of each mention (`_Owners`) and by the first (`_Named`).

    Made from the entities' candidates, it keeps their word indexes alone
    (in arrays) and the entities, so that the candidates (some 300 bytes
    each, a long text's many thousands) can go before the groups are read."""

    __slots__ = ("named", "owners")

    def __init__(self, entities: list[Entity]) -> None:
        self.owners = _Owners(entities)
        self.named = _Named(entities)


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
    found: dict[str, _Group] = {}
    nationals: list[tuple[Mention, str]] = []
    used = taken  # the caller's bytes, set as groups take words
    inner = 0  # the word after the demonym of several words read last
    scenes = Scenes(layer, story)
    for i in _starts(layer, owner_at):
        w = words[i]
        if i < inner:
            continue  # "Korean" of "North Korean": read with "North"
        if _region_word(words, i):
            # "Latin American leaders", "Balkan leaders": the region's, read
            # at "leaders", no country's nor place's
            continue
        if used[i] and not (i in owner_at and w.is_cap):
            continue
        owned = _owned(doc, layer, i, owner_at)
        if owned is not None:
            if owned[0] is not None:  # (none: "Lukoil oil company")
                _add(found, owned[0])
            _take(used, owned[1], owned[2])
            continue
        if used[i]:
            continue
        got = _people(doc, layer, i) or _generic(doc, layer, i, named_at, scenes)
        if got is not None:
            _add(found, got[0])
            _take(used, got[1], got[2])
        elif (
            w.demonym
            and w.place < 0
            and w.is_cap
            and (not w.lower.endswith("s") or _same_plural(w.lower))
            and not _word_in_capitals(layer, w)
        ):
            inner = layer.demonym_ends.get(i, i + 1)
            end = words[inner - 1].end
            nationals.append((Mention.of(doc.text, w.start, end), w.demonym))
    for i, j, country in member_spans(layer):
        if not any(used[i:j]):  # (not inside a longer name's mention)
            _add(found, _members(doc, layer, i, j, country))
            _take(used, i, j)
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


def _members(doc: Document, layer: WordLayer, i: int, j: int, country: str) -> _Group:
    """ "Democrats", "Senate Republicans": a group of a party's members
    (words i to j), of the party's country, sector PTY."""
    words = layer.words
    mention = Mention.of(doc.text, words[i].start, words[j - 1].end)
    code = actor_code(country, "PTY", None)
    return _Group(
        mention.text, ActorKind.GROUP, country, code, _MEMBERS_RULE, [mention]
    )


_MEMBERS_RULE = "group-party-members"


def covered_words(n: int, entities: list[Entity]) -> bytearray:
    """A byte per word of the `n` words, 1 where a mention of `entities`
    covers it. A byte a word rather than a set of word indexes: a long text's
    names cover most of its capitalised words, and a set spends some 60 bytes
    on each (its slot and the int), this one."""
    out = bytearray(n)
    for e in entities:
        for c in e.cands:
            _take(out, c.i, c.j)
    return out


def _take(used: bytearray, lo: int, hi: int) -> None:
    """Mark words lo to hi as taken."""
    used[lo:hi] = b"\x01" * (hi - lo)


class _Named:
    """Organisations and people by the first word of each mention ("the
    Libyan National Army" of "commander of the Libyan National Army"), as two
    arrays sorted by that word and read by bisection, as `_Owners` is."""

    __slots__ = ("entities", "ents", "firsts")

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        pairs = sorted(
            (c.i, n)
            for n, e in enumerate(entities)
            if e.kind in ("organization", "person")
            for c in e.cands
        )
        self.firsts: array[int] = array("i", (i for i, _ in pairs))
        self.ents: array[int] = array("i", (n for _, n in pairs))

    def get(self, i: int) -> Entity | None:
        """The organisation or person with a mention starting at word i."""
        k = bisect.bisect_left(self.firsts, i)
        if k < len(self.firsts) and self.firsts[k] == i:
            return self.entities[self.ents[k]]
        return None


class _Owners:
    """The names that may own a group, by their last word: word index -> (the
    entity, the name's first word); of names ending on the same word, the
    last one's.

    Kept as three arrays sorted by the last word and read by bisection: a long
    text's names are many (some 15,000 a million characters), and a dict of
    tuples would hold about 100 bytes for each, these hold 12."""

    __slots__ = ("entities", "ents", "firsts", "lasts")

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        lasts: array[int] = array("i")
        ents: array[int] = array("i")
        firsts: array[int] = array("i")
        for n, e in enumerate(entities):
            for c in e.cands:
                lasts.append(c.j - 1)
                ents.append(n)
                firsts.append(c.i)
        # a stable sort: of the names ending on one word, the last added is
        # the last of its run, and the one kept
        order = sorted(range(len(lasts)), key=lasts.__getitem__)
        keep = [k for n, k in enumerate(order[:-1]) if lasts[order[n + 1]] != lasts[k]]
        keep += order[-1:]
        self.lasts: array[int] = array("i", map(lasts.__getitem__, keep))
        self.ents: array[int] = array("i", map(ents.__getitem__, keep))
        self.firsts: array[int] = array("i", map(firsts.__getitem__, keep))

    def __contains__(self, i: int) -> bool:
        lasts = self.lasts
        k = bisect.bisect_left(lasts, i)
        return k < len(lasts) and lasts[k] == i

    def get(self, i: int) -> tuple[Entity, int] | None:
        """The entity whose name ends at word i, and the name's first word."""
        lasts = self.lasts
        k = bisect.bisect_left(lasts, i)
        if k < len(lasts) and lasts[k] == i:
            return self.entities[self.ents[k]], self.firsts[k]
        return None


@lazy
def _start_words() -> frozenset[str]:
    """The words a group may start at whatever their context: role nouns,
    armed persons, "ethnic" and the last word of a role of two words ("coast
    guard"). Made once from the tables, not for every document."""
    wanted = {*role_nouns(), *lex.ARMED_PERSONS, "ethnic"}
    wanted.update(last for _, last in compound_roles())
    return frozenset(wanted)


def _starts(layer: WordLayer, owner_at: _Owners) -> Iterator[int]:
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


def _add(found: dict[str, _Group], g: _Group) -> None:
    """Merge a group into the groups of the same name (case aside). A group
    placed by its sentence's scene ("In Syria, the ministry said") is kept
    apart from the same name's other mentions, which the scene does not
    place ("In Turkey, the ministry said" is another ministry)."""
    key = g.name.lower()
    if g.rule in (_SCENE_RULE, _MEMBERS_RULE):  # "France's Republicans": not the US's
        key += "@" + (g.country or "")
    if key in found:
        found[key].mentions += g.mentions
    else:
        found[key] = g


def _role(word: Word, owned: bool) -> RoleNoun | None:
    """The role a lower-case word names: from the table, or (after an owner)
    from the PETRARCH2 agents table."""
    if not word.is_alpha or word.low != word.text:
        return None
    role = role_nouns().get(word.lower)
    if role is None and owned and word.lower not in lex.stopwords():
        code = _agent(word.lower)
        if code is not None and word.lower.endswith("s"):
            role = RoleNoun(code, False)  # "Iraqi farmers": a plural role only
    return role


def _compound(words: Sequence[Word], m: int, first: int) -> RoleNoun | None:
    """The two-word role noun ending at word m ("coast guard", "the National
    Guard"), its first word at or after `first`; both words lower-case or both
    capitalised, or the first capitalised only as it opens the sentence ("Aid
    groups said")."""
    if m - 1 < first:
        return None
    a, b = words[m - 1], words[m]
    if not (a.is_alpha and b.is_alpha):
        return None
    if not (
        (b.low == b.text and (a.low == a.text or a.sent_start))
        or (a.text[:1].isupper() and b.text[:1].isupper())
    ):
        return None
    return compound_roles().get((a.lower, b.lower))


# Lower-case word -> its PETRARCH2 agent code (`agent`), looked up once per
# distinct word; emptied when full, so memory stays bounded.
_AGENTS: dict[str, str | None] = {}


def _agent(low: str) -> str | None:
    """`agent(low)`, read once per distinct word."""
    try:
        return _AGENTS[low]
    except KeyError:
        if len(_AGENTS) >= 1 << 16:
            _AGENTS.clear()
        got = _AGENTS[low] = agent(low)
        return got


def _owned(
    doc: Document, layer: WordLayer, i: int, owner_at: _Owners
) -> tuple[_Group | None, int, int] | None:
    """ "Russian officials", "Haftar's troops", "UN troops", "the French
    embassy": an owner at word i, then up to two lower-case words ending in a
    role noun; (group, first word, end)."""
    words = layer.words
    country, first, body = _group_head(layer, i, owner_at)
    if first < 0:
        return None
    w = words[i]
    k = i + 1
    if w.place >= 0:  # a multi-word place ("United States officials")
        while k < len(words) and words[k].place == w.place:
            k += 1
    elif w.demonym:
        k = layer.demonym_ends.get(i, k)  # "South Korean officials"
    if i > 0 and w.place >= 0 and words[i - 1].place == w.place:
        return None
    code = ""
    end = -1
    # After a name ("the United States sent troops") a verb may follow; after
    # a nationality or a possessive only the group's words ("Russian armed
    # forces", "Israel's armed forces").
    noun_owner = not ((w.demonym and w.place < 0) or words[k - 1].poss)
    # The words before the role noun that a verb's tag would end the group at,
    # read only once a role noun comes: most owners have none, and reading a
    # tag tags the word's sentence.
    maybe_verbs: list[int] = []
    for m in range(k, min(k + _MAX_MODIFIERS + 1, len(words))):
        x = words[m]
        role = _compound(words, m, k) or _role(x, True)
        if role is None:
            if m + 1 < len(words) and _compound(words, m + 1, k) is not None:
                continue  # "the Russian central bank": a two-word role ahead
            if (
                not x.is_alpha
                or x.low != x.text
                or x.lower in lex.stopwords()
                or x.lower in lex.person_verbs()
            ):
                break
            if noun_owner:
                maybe_verbs.append(x.start)
            continue
        if any(finite_verb(doc, at) for at in maybe_verbs):
            break  # "the Kremlin denied targeting civilians": a verb ends it
        if modifier_use(words, m):
            break  # "NATO military infrastructure": an adjective here
        if not (code and x.lower in lex.SECTOR_HEADS):
            code = role.code or code  # "opposition leader": the sector before
        end = m
        if x.poss or m + 1 >= len(words) or _role(words[m + 1], True) is None:
            break
    if end < 0 or title_of_name(words, end):
        return None
    if words[end].lower in lex.RELATION_NOUNS and words[k - 1].poss:
        return None  # "Ukraine's allies": other states, not Ukraine's own
    if words[end].lower in lex.ORG_TYPES and _own_type(words, i, end, owner_at):
        return None, i + 1, end + 1  # "Lukoil oil company": the body itself
    if words[end].lower in lex.EMBASSY_NOUNS and _local(layer, w):
        return None  # "its Baghdad embassy": where it is, not whose
    mention = Mention.of(doc.text, words[first].start, words[end].end)
    name = " ".join(mention.text.split())
    if words[end].lower in lex.EMBASSY_NOUNS and country and body is None:
        # "the French embassy": an organisation of the country's government,
        # named by its noun (the nationality stays the country's mention)
        noun = Mention.of(doc.text, words[end].start, words[end].end)
        g = _Group(
            name,
            ActorKind.ORGANIZATION,
            country,
            actor_code(country, "GOV", None),
            "org-embassy",
            [noun],
        )
        return g, end, end + 1
    if isinstance(body, _Whole):
        full = str(body) or actor_code(country, code, None)  # Hamas's own code
    else:
        full = body + code if body else actor_code(country, code, None)
    g = _Group(name, ActorKind.GROUP, country, full, "group", [mention])
    return g, first, end + 1


def _own_type(words: Sequence[Word], i: int, end: int, owner_at: _Owners) -> bool:
    """The type noun at word `end`, at most one lower-case word after the
    organisation's name that ends at word i, says what the organisation is
    ("Russia's Lukoil oil company", "the Nissan car company"): it describes
    the organisation itself, no group under it ("Lukoil officials" is one,
    and so is "the Siemens union leaders", where a role noun follows)."""
    owner = owner_at.get(i)
    return (
        owner is not None
        and owner[0].kind == "organization"
        and not words[i].poss
        and end - i <= 2
    )


_ARMED = RoleNoun("UAF", True)


def _armed_person(words: Sequence[Word], i: int) -> bool:
    """ "armed men", "masked men", "unidentified individuals": a person noun
    after a mark of armed or hidden people (`armed_mark` in words.tsv)."""
    w = words[i]
    return (
        i > 0
        and w.low == w.text
        and w.low in lex.ARMED_PERSONS
        and words[i - 1].low in lex.ARMED_MARKS
    )


_SCENE_RULE = "group-scene"
_STORY_RULE = "group-story"


def _generic(
    doc: Document, layer: WordLayer, i: int, named_at: _Named, scenes: Scenes
) -> tuple[_Group, int, int] | None:
    """ "police", "rebels", "gunmen", "security forces", "the army": a role noun
    that names an actor alone, with the role words before it; the country of
    a place right after it ("rebels in Darfur"), else none ("---COP"); members
    of an organisation or a person's staff named right after it take its code
    or country ("rebels from the Free Aceh Movement", "fighters of Hamas",
    "commander of the Libyan National Army", "the cabinet of Netanyahu"); a
    state body with none of these takes the country of its sentence's fronted
    place ("In Syria, the health ministry said": `Scenes`), else the one
    country the whole story is about (`Scenes.story`), if any."""
    words = layer.words
    w = words[i]
    role = _compound(words, i, 0)  # "the coast guard said"
    lead = 1 if role is not None else 0  # its first word, before word i
    role = role or _role(w, False)
    if role is None and _armed_person(words, i):
        role = _ARMED  # "armed men", "masked men": unidentified attackers
    if (
        role is None
        and w.is_upper
        and (
            w.sent_start  # "Police said": a role noun opening the sentence
            or (
                # "the Pope said", "the King met": a capitalised title after
                # "the", no name after it, is its holder
                i > 0
                and words[i - 1].lower == "the"
                and (w.lower,) in titles()
                and (i + 1 >= len(words) or not words[i + 1].is_upper)
            )
        )
    ):
        role = role_nouns().get(w.lower)
    if role is None or not role.alone or modifier_use(words, i, doc):
        return None
    if finite_verb(doc, w.start):
        return None  # "Floods force thousands from homes": a verb, no group
    if i + 1 < len(words) and _role(words[i + 1], False) is not None:
        return None  # "police officers": the group ends at the last noun
    if title_of_name(words, i):
        return None  # "President Obama", "spokesman John Kirby": a title
    if w.is_upper and _pool_label(words, i + 1):
        return None  # "Group nine", "Group B": a pool of a competition
    start = i - lead
    code = role.code
    while start > 0 and i - start < _MAX_MODIFIERS:
        prev = words[start - 1]
        before = _role(prev, False)
        if before is None and prev.sent_start and prev.is_upper:
            before = role_nouns().get(prev.lower)  # "Police officers said"
        if prev.lower not in lex.GROUP_MODIFIERS and before is None:
            break
        start -= 1
        if before is not None and before.code and w.lower in lex.SECTOR_HEADS:
            code = before.code  # "opposition leader", "police spokesman"
        else:
            code = code or (before.code if before else "")
    region, n_region = _region_before(words, start)
    start -= n_region  # "European leaders": the region's, no country's
    # "diplomats in Brussels", "In Kabul, foreign journalists said": where
    # they are posted, not their country ("diplomats from France" are French)
    posted = w.lower not in lex.FOREIGN_AFFAIRS_HEADS and any(
        words[x].lower in lex.POSTED_ABROAD for x in range(start, i + 1)
    )
    if region:
        country = None  # "European leaders": the region's, no country's
    elif posted and (i + 1 >= len(words) or words[i + 1].low != "from"):
        country = _the_countrys(layer, start)
    else:
        country = _located(layer, i + 1) or _the_countrys(layer, start)
    mention = Mention.of(doc.text, words[start].start, w.end)
    name = " ".join(mention.text.split())
    a3 = alpha3(country) or region
    full = (a3 if a3 else _UNKNOWN) + code if code else a3
    speaker = w.lower in lex.SPEAKERS_FOR
    owner = _member_of(layer, i + 1, named_at, speaker)
    if owner is not None and owner.known is not None and owner.known.code:
        # "rebels from the Free Aceh Movement": the body's own code; an
        # international body's takes the role's sector ("troops of the UN")
        country = owner.country
        full = _member_code(owner.known.code, code)
    elif owner is not None and owner.country:
        # "commander of the Libyan National Army", "the cabinet of Netanyahu"
        country = owner.country
        # a spokesman speaks as the body he speaks for ("a spokesman for the
        # Libyan National Army": its army's code)
        full = actor_code(
            country, owner.sector if speaker and owner.sector else code, None
        )
    rule = "group-generic"
    if (
        country is None
        and owner is None
        and code in lex.SCENE_SECTORS
        and not posted
        # "In Geneva, officials from both sides said": whence they came, not
        # where they speak
        and (i + 1 >= len(words) or words[i + 1].low != "from")
    ):
        scene = scenes.country(i)
        if scene is not None:
            # "In Kabul, police said": the scene's country, the role's sector
            country, full, rule = scene, actor_code(scene, code, None), _SCENE_RULE
        elif not region:
            story = scenes.story
            if story is not None:
                # "the army said" in a story about one country: its army
                country, full, rule = story, actor_code(story, code, None), _STORY_RULE
    g = _Group(name, ActorKind.GROUP, country, full, rule, [mention])
    return g, start, i + 1


def _region_before(words: Words, start: int) -> tuple[str | None, int]:
    """The CAMEO region code of a capitalised region adjective right before
    word `start` and its length in words ("European leaders", "Arab foreign
    ministers": 1; "Latin American leaders", "Middle Eastern leaders": 2), or
    (None, 0)."""
    if start == 0:
        return None, 0
    prev = words[start - 1]
    if not prev.is_cap or prev.sent != words[start].sent:
        return None, 0
    if _region_pair(words, start - 1):
        return lex.region_codes()[_pair_key(words, start - 1)], 2
    code = lex.region_codes().get(prev.lower)
    return code, 1 if code else 0


def _pair_key(words: Words, k: int) -> str:
    """Words k - 1 and k as a key of `region_codes` ("latin american")."""
    return f"{words[k - 1].lower} {words[k].lower}"


def _region_word(words: Words, k: int) -> bool:
    """Word k is a capitalised region adjective or closes one of two words
    ("Balkan", "Latin American") before a lower-case word, whatever country
    or place it may otherwise be ("Balkan" is a province of Turkmenistan,
    "American" the United States')."""
    w = words[k]
    if not w.is_cap or k + 1 >= len(words) or words[k + 1].low != words[k + 1].text:
        return False
    return w.lower in lex.region_codes() or _region_pair(words, k)


def _region_pair(words: Words, k: int) -> bool:
    """Word k closes a region adjective of two capitalised words ("Latin
    American", "Middle Eastern", "West African"), whose second word alone
    may be another's ("American" is the United States')."""
    if k == 0:
        return False
    first = words[k - 1]
    return (
        first.is_cap
        and words[k].is_cap
        and first.sent == words[k].sent
        and _pair_key(words, k) in lex.region_codes()
    )


_BACK = 40  # place mentions read back for the country "the country's" means


def _the_countrys(layer: WordLayer, start: int) -> str | None:
    """ "the country's foreign ministry", "the nation's army": the country
    named last before the group (within the last `_BACK` place mentions)."""
    words = layer.words
    if start < 2:
        return None
    noun = words[start - 1]
    if not (
        noun.poss and noun.low in lex.COUNTRY_NOUNS and words[start - 2].low == "the"
    ):
        return None
    places = layer.places
    k = bisect.bisect_left(layer.place_starts, noun.start) - 1
    stop = max(-1, k - _BACK)
    while k > stop:
        p = places[k]
        if p.kind == "country" and p.country:
            return p.country
        k -= 1
    return None


_IGO = "IGO"  # codes of intergovernmental bodies, which a role's sector extends


def _member_code(body: str, sector: str) -> str:
    """The code of members of a known body: an intergovernmental body's with
    the role's sector ("IGOUNO" + "MIL"), any other's as it is ("PSEREBHMS")."""
    return body + sector if body.startswith(_IGO) and sector not in body else body


_TITLE_REACH = 3  # capitalised title words between "for" and a name


def _member_of(
    layer: WordLayer, k: int, named_at: _Named, speaker: bool = False
) -> Entity | None:
    """The organisation or person named at word k after "from" or "of" (and
    "the"); for a `speaker` (a spokesman, a lawyer) after "for" as well, past
    a title ("a spokesman for Prime Minister Viktor Orban")."""
    words = layer.words
    n = len(words)
    if k >= n or not (
        words[k].low in ("from", "of") or (speaker and words[k].low == "for")
    ):
        return None
    by_for = words[k].low == "for"
    k += 1
    if k < n and words[k].low == "the":
        k += 1
    found = named_at.get(k)
    if found is None and by_for:
        last = min(n, k + _TITLE_REACH)
        while found is None and k + 1 < last and words[k].is_cap:
            k += 1
            found = named_at.get(k)
    return found


def _word_in_capitals(layer: WordLayer, w: Word) -> bool:
    """A nationality's noun in a line of capitals that the article writes in
    lower case ("POLE POSITION" ... "took pole position"; "TURKEY PRICES"):
    the common word, which capitals cannot tell apart."""
    return w.in_caps_line and w.text.isupper() and w.low in layer.lower_vocab


def _people(doc: Document, layer: WordLayer, i: int) -> tuple[_Group, int, int] | None:
    """ "ethnic Albanians": a people, of no state (---CVL); "Palestinians",
    "two Israelis": a nationality as a plural noun, of its country."""
    words = layer.words
    w = words[i]
    if w.low == "ethnic" and i + 1 < len(words):
        nxt = words[i + 1]
        if nxt.demonym and nxt.is_cap:
            mention = Mention.of(doc.text, w.start, nxt.end)
            name = " ".join(mention.text.split())
            g = _Group(name, ActorKind.GROUP, None, "---CVL", "group-ethnic", [mention])
            return g, i, i + 2
        return None
    if not (w.demonym and w.is_cap and w.place < 0):
        return None
    if _same_plural(w.lower):
        # "the Swiss voted", "two Chinese were killed"; "Swiss drugmaker
        # Roche", "the Chinese economy": the adjective, no people
        if not (_counted(words, i) and _verb_after(doc, words, i + 1)):
            return None
    elif not w.lower.endswith("s"):
        return None
    if i + 1 < len(words) and (words[i + 1].is_cap or _role(words[i + 1], True)):
        return None  # "Palestinians Authority"? a name or an owned group, not a people
    mention = Mention.of(doc.text, w.start, w.end)
    g = _Group(
        w.text, ActorKind.GROUP, w.demonym, alpha3(w.demonym), "group-people", [mention]
    )
    return g, i, i + 1


# Words before a nationality whose plural is its adjective ("the Swiss",
# "many Chinese") that make it a noun of the people.
_PEOPLE_BEFORE = frozenset(("the", "many", "most", "some", "few", "all", "more"))


def _same_plural(low: str) -> bool:
    """A nationality whose noun of the people is its adjective ("Swiss",
    "Chinese", "Lebanese"), which names the people only as a noun."""
    return low.endswith(("ss", "ese"))


# Number words that label a competition's pool after a capitalised noun
# ("Group nine", "Section two").
_POOL_NUMBERS = frozenset(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
)


def _pool_label(words: Sequence[Word], k: int) -> bool:
    """Word k labels a pool of a competition after a capitalised noun: a
    number, a number word or a single capital letter ("Group nine", "Group
    2", "Group B"), and it ends its line or sentence ("Group B winners" too)."""
    if k >= len(words):
        return False
    w = words[k]
    label = (
        w.text.isdigit()
        or w.low in _POOL_NUMBERS
        or (len(w.text) == 1 and w.text.isupper() and w.text != "I")
    )
    return label and w.sent == words[k - 1].sent


def _verb_after(doc: Document, words: Sequence[Word], k: int) -> bool:
    """Word k, after a nationality of one form, is a finite verb or no
    lower-case word: the nationality is a noun ("the Swiss voted", "the
    Swiss, who"), not an adjective ("the Swiss economy")."""
    if k >= len(words):
        return True
    w = words[k]
    if not w.is_alpha or w.low != w.text:
        return not w.is_alpha
    return finite_verb(doc, w.start)


def _counted(words: Sequence[Word], i: int) -> bool:
    """An article, a quantifier or a number before word i makes a nationality
    of one form a noun of its people ("the Swiss voted", "two Chinese were
    killed"); alone before a noun it is an adjective ("Swiss drugmaker
    Roche")."""
    if i == 0:
        return False
    prev = words[i - 1]
    return prev.low in _PEOPLE_BEFORE or prev.text.isdigit() or prev.low in _NUMBERS


_NUMBERS = frozenset(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens")
)


def _located(layer: WordLayer, k: int) -> str | None:
    """The country of a place right after a group ("rebels in Darfur",
    "students from the Ivory Coast")."""
    words = layer.words
    if k >= len(words) or words[k].low not in lex.GROUP_PLACE_LINKS:
        return None
    k += 1
    if k < len(words) and words[k].low == "the":
        k += 1
    if k < len(words) and words[k].place >= 0:
        return layer.places[words[k].place].country
    return None


# Kinds of place whose name before a role noun makes a local body of the
# place's country ("Lagos police", "the Texas governor", "Gaza officials").
_LOCAL_KINDS = frozenset(("admin1", "admin2", "city"))


def _local(layer: WordLayer, w: Word) -> bool:
    """Word w is in the mention of a city or a state, not a country's."""
    return w.place >= 0 and layer.places[w.place].kind in _LOCAL_KINDS


class _Whole(str):
    """The whole code of a national body that owns a group ("PSEREBHMS" for
    "Hamas militants"), never extended by the role's sector."""

    __slots__ = ()


def _group_head(
    layer: WordLayer, i: int, owner_at: _Owners
) -> tuple[str | None, int, str | None]:
    """Whether word i can own a group: (country, first word of the group or -1,
    code of the body it belongs to: an international body's, which the role's
    sector extends, or a national body's whole code, `_Whole`)."""
    w = layer.words[i]
    if w.demonym and w.place < 0:
        return w.demonym, i, None  # "Russian officials"
    if w.place >= 0:
        p = layer.places[w.place]
        if (p.kind == "country" or p.metonymic) and p.start == w.start:
            return p.country, i, None  # "US representatives", "Moscow's forces"
        if _local(layer, w) and p.country and p.start == w.start:
            return p.country, i, None  # "Lagos police", "Texas officials"
        return None, -1, None
    owner = owner_at.get(i)
    if owner is None:
        return None, -1, None
    entity, first = owner
    if w.poss:
        return entity.country, first, None  # "Haftar's troops"
    if entity.kind == "organization" and entity.known and entity.known.code:
        body = entity.known.code
        if entity.country or not body.startswith(_IGO):
            # "Hamas militants": members of a national body act as the body
            return entity.country, first, _Whole(body)
        return entity.country, first, body  # "UN troops": + the role's sector
    if entity.kind == "organization":
        return entity.country, first, None
    return None, -1, None
