"""Owned groups: a nationality, a country, an organisation or a possessive
name, then up to two lower-case words ending in a role noun ("Russian
officials", "Turkish military experts", "US representatives", "Haftar's
troops", "UN troops"): the owner's country, the noun's agent code; and a
country's embassy or consulate ("the French embassy"), an organisation of
that country's government."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import ActorKind, Mention
from ..text import Document
from . import lexicon as lex
from .entity import actor_code
from .group_draft import Group
from .group_names import Owners
from .group_roles import MAX_MODIFIERS, compound, role_of
from .role_use import finite_verb, modifier_use, title_of_name
from .words import Word, WordLayer

__all__ = ["member_code", "owned_group"]


def owned_group(
    doc: Document, layer: WordLayer, i: int, owner_at: Owners
) -> tuple[Group | None, int, int] | None:
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
    for m in range(k, min(k + MAX_MODIFIERS + 1, len(words))):
        x = words[m]
        role = compound(words, m, k) or role_of(x, True)
        if role is None:
            if m + 1 < len(words) and compound(words, m + 1, k) is not None:
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
        if x.poss or m + 1 >= len(words) or role_of(words[m + 1], True) is None:
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
        g = Group(
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
    g = Group(name, ActorKind.GROUP, country, full, "group", [mention])
    return g, first, end + 1


def _own_type(words: Sequence[Word], i: int, end: int, owner_at: Owners) -> bool:
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


_IGO = "IGO"  # codes of intergovernmental bodies, which a role's sector extends


def member_code(body: str, sector: str) -> str:
    """The code of members of a known body: an intergovernmental body's with
    the role's sector ("IGOUNO" + "MIL"), any other's as it is ("PSEREBHMS")."""
    return body + sector if body.startswith(_IGO) and sector not in body else body


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
    layer: WordLayer, i: int, owner_at: Owners
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
