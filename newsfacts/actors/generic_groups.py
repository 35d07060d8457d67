"""Generic groups: a role noun that names an actor alone ("police", "rebels",
"gunmen", "security forces", "the army"), with the role words before it; no
country ("---COP") unless a place follows ("rebels in Darfur": SDN REB), a
body it belongs to is named after it ("fighters of Hamas"), or the sentence's
scene or the story's one country places it."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..knowledge.countries import alpha3
from ..knowledge.roles import RoleNoun, role_nouns
from ..knowledge.titles import titles
from ..records import ActorKind, Mention
from ..text import Document
from . import lexicon as lex
from .entity import Entity, actor_code
from .group_draft import SCENE_RULE, Group
from .group_names import Named
from .group_regions import region_before
from .group_roles import MAX_MODIFIERS, compound, role_of
from .owned_groups import member_code
from .role_use import finite_verb, modifier_use, title_of_name
from .scenes import Scenes
from .words import Word, WordLayer

__all__ = ["generic_group"]

_UNKNOWN = "---"  # CAMEO's country part of a group of unknown country

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


_STORY_RULE = "group-story"


def generic_group(
    doc: Document, layer: WordLayer, i: int, named_at: Named, scenes: Scenes
) -> tuple[Group, int, int] | None:
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
    role = compound(words, i, 0)  # "the coast guard said"
    lead = 1 if role is not None else 0  # its first word, before word i
    role = role or role_of(w, False)
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
    if i + 1 < len(words) and role_of(words[i + 1], False) is not None:
        return None  # "police officers": the group ends at the last noun
    if title_of_name(words, i):
        return None  # "President Obama", "spokesman John Kirby": a title
    if _chief_office(words, i):
        return None  # "chief investment officer at Cresset": one person's post
    if w.is_upper and _pool_label(words, i + 1):
        return None  # "Group nine", "Group B": a pool of a competition
    start = i - lead
    code = role.code
    while start > 0 and i - start < MAX_MODIFIERS:
        prev = words[start - 1]
        before = role_of(prev, False)
        if before is None and prev.sent_start and prev.is_upper:
            before = role_nouns().get(prev.lower)  # "Police officers said"
        if prev.lower not in lex.GROUP_MODIFIERS and before is None:
            break
        start -= 1
        if before is not None and before.code and w.lower in lex.SECTOR_HEADS:
            code = before.code  # "opposition leader", "police spokesman"
        else:
            code = code or (before.code if before else "")
    region, n_region = region_before(words, start)
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
        full = member_code(owner.known.code, code)
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
            country, full, rule = scene, actor_code(scene, code, None), SCENE_RULE
        elif not region:
            story = scenes.story
            if story is not None:
                # "the army said" in a story about one country: its army
                country, full, rule = story, actor_code(story, code, None), _STORY_RULE
    g = Group(name, ActorKind.GROUP, country, full, rule, [mention])
    return g, start, i + 1


_BACK = 40  # place mentions read back for the country "the country's" means


def _chief_office(words: Sequence[Word], i: int) -> bool:
    """Word i closes an office "chief" opens, a word or two before it ("chief
    officer", "chief investment officer", "chief operating officer"): one
    person's post in a company or body, no group of people."""
    return any(
        i - k >= 0
        and words[i - k].lower == "chief"
        and all(
            not words[x].is_upper and words[x].lower != "of"
            for x in range(i - k + 1, i)
        )
        for k in (1, 2, 3)
    )


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


_TITLE_REACH = 3  # capitalised title words between "for" and a name


def _member_of(
    layer: WordLayer, k: int, named_at: Named, speaker: bool = False
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
