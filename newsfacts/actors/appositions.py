"""What an apposition says of the person it stands beside: after "Name,"
("John Smith, 45, a Canadian engineer") or before it ("The US commander in
Iraq, General David Petraeus"), the organisation, country and title; and
whose role it names ("Zelenskiy dismissed his top general, Valery
Zaluzhnyi,")."""

from __future__ import annotations

from ..knowledge.titles import title_max_len, titles
from ..language.tagger_lexicon import lexicon
from . import lexicon as lex
from .country_counts import word_country
from .entity import Entity
from .person_titles import title_len, title_start
from .words import WordLayer

__all__ = ["apposition", "owner_of_role", "pre_apposition"]


def apposition(
    layer: WordLayer, j: int, by_start: dict[int, Entity]
) -> tuple[Entity | None, str | None, str | None]:
    """After "Name," (and an age) an apposition names the person's
    organisation, nationality or role: (first organisation with a country,
    first demonym or country not after a preposition of place, but after
    "from" in a noun phrase: "a teacher from Dubai", title)."""
    words = layer.words
    if j >= len(words) or words[j].text != ",":
        return None, None, None
    if (
        j + 3 < len(words)
        and words[j + 1].text.isdigit()
        and len(words[j + 1].text) <= 3
        and words[j + 2].text == ","
    ):
        j += 2  # "John Smith, 45, a Canadian engineer": the age, then the role
    k = j + 1
    if k >= len(words) or words[k].low in lex.NOT_APPOSITION:
        return None, None, None
    first = words[k]
    if (
        first.is_cap
        and first.place < 0
        and not first.demonym
        and not title_start(words, k)
    ):
        return None, None, None  # "Bush, Blair and ..." is a list
    if first.text.endswith(("ed", "ing")) and not title_start(words, k):
        return None, None, None  # "supported by ...", "saying ..."
    if not first.is_cap and _adverbial(first.low):
        return None, None, None  # ", nearly two years after Russia's invasion"
    org = None
    country = None
    title = None
    prev = ""
    # "a teacher from Dubai", "a 34-year-old nurse from Mexico": in a noun
    # phrase that describes the person, "from" gives where they come from
    # (where "in", "at" give where they are or work); so does an apposition
    # that opens with it ("Mark Ellis, 52, from Croydon, south London")
    noun = first.low in ("a", "an", "the", "from")
    for m in range(k, min(k + 16, len(words))):
        w = words[m]
        if w.text in (",", ";", ".", "(", ")", '"', ":") or w.sent != words[j].sent:
            break
        if title is None and m - k < 3 and title_start(words, m):
            n = title_len(words, m)
            title = " ".join(x.text for x in words[m : m + n])
        ent = by_start.get(m)
        if (
            ent is not None
            and ent.kind == "organization"
            and org is None
            and (ent.country or (ent.known is not None and ent.known.code))
        ):
            org = ent  # an organisation with a country, or an international body
        if country is None and (prev not in lex.LOCATIVE or (prev == "from" and noun)):
            country = word_country(layer, w)
        prev = w.low
    return org, country, title


def pre_apposition(
    layer: WordLayer, i: int, by_end: dict[int, Entity]
) -> tuple[str | None, str | None]:
    """ "The US commander in Iraq, General David Petraeus", "a department
    spokesman, Ned Price": the country and title of a titled noun phrase right
    before "," and the name (and its own title)."""
    words = layer.words
    k = i - 1
    while k >= 0 and words[k].is_cap and title_len(words, k):
        k -= 1  # the name's own title ("General")
    if k < 1 or words[k].text != ",":
        return None, None
    title = None
    for n in range(min(title_max_len(), k), 0, -1):
        part = words[k - n : k]
        if tuple(w.lower for w in part) in titles() and all(
            w.sent == words[i].sent for w in part
        ):
            title = " ".join(w.text for w in part)
            break
    country = None
    seen_title = False
    prev_locative = False
    for m in range(k - 1, max(-1, k - 9), -1):
        w = words[m]
        if w.sent != words[i].sent or w.text in (",", ";", ":", '"', "(", ")"):
            break
        if title_len(words, m):
            seen_title = True
        found = word_country(layer, w)
        owner = by_end.get(m + 1)
        if not found and owner is not None and owner.kind == "organization":
            found = owner.country
        before = words[m - 1].low if m > 0 else ""
        prev_locative = before in lex.LOCATIVE
        if found and not prev_locative:
            country = found  # keep going back: the head modifier comes first
    if not seen_title:
        return None, None
    return country, title


# Words read back from an apposition's comma for "his" or "her", and from
# there for the person it refers to.
_ROLE_WORDS = 6
_OWNER_WORDS = 30


def owner_of_role(layer: WordLayer, i: int, by_end: dict[int, Entity]) -> str | None:
    """ "Zelenskiy dismissed his top general, Valery Zaluzhnyi,": the country
    of the person whose role the apposition before the name says ("his",
    "her"), the person named last before it in the sentence, not a country the
    sentence names later ("... after Russia's invasion"); a country the role's
    own words name comes first ("his Chinese counterpart, Wang Lixin")."""
    words = layer.words
    if i < 2 or words[i - 1].text != ",":
        return None
    sent = words[i].sent
    k = -1
    for m in range(i - 2, max(-1, i - 2 - _ROLE_WORDS), -1):
        w = words[m]
        if w.sent != sent or not w.is_alpha:
            return None
        own = word_country(layer, w)
        if own:
            return own  # "his Chinese counterpart, Wang Lixin": the role's own
        if w.low in ("his", "her"):
            k = m
            break
    for m in range(k - 1, max(-1, k - 1 - _OWNER_WORDS), -1):
        if words[m].sent != sent:
            break
        owner = by_end.get(m + 1)
        if owner is not None and owner.kind == "person":
            return owner.country
    return None


def _adverbial(low: str) -> bool:
    """The English lexicon reads `low` first as an adverb or a preposition
    ("nearly", "after", "on"): what it opens after "Name," says when or how,
    not who the person is."""
    entry = lexicon().entries.get(low)
    return entry is not None and entry[0] in ("RB", "IN") and low not in ("of", "from")
