"""A person's title and what it says: the title right before a name ("US
envoy Richard Norland", "Libyan army spokesman Ahmed Mismari") with the
country and body before it, the sector a title gives ("Gen.": MIL), and the
role a definite description gave a person named later by surname alone
("The CIA director warned ... Burns said")."""

from __future__ import annotations

from ..knowledge.roles import role_nouns
from ..knowledge.titles import title_firsts, title_lasts, title_max_len, titles
from . import lexicon as lex
from .country_counts import word_country
from .country_offers import offer
from .entity import Entity
from .org_countries import club
from .words import WordLayer, Words

__all__ = [
    "body_igo",
    "body_sector",
    "earlier_title",
    "lookback",
    "service_before",
    "title_len",
    "title_sector",
    "title_start",
]

_EARLIER_SENTENCES = 3  # sentences read back for a role that names a person later
_EARLIER_WORDS = 120  # and at most this many words


def earlier_title(layer: WordLayer, e: Entity, by_end: dict[int, Entity]) -> None:
    """ "The CIA director warned ... Burns said": a person first named by a
    bare surname is the holder of the role a definite description gave in the
    sentences just before, when no name followed that role ("the CIA
    director", not "CIA director William Burns"). Its organisation or
    nationality gives the country."""
    first = min(e.cands, key=lambda c: c.start)
    if first.j - first.i != 1 or first.title:
        return
    words = layer.words
    sent = words[first.i].sent
    stop = max(0, first.i - _EARLIER_WORDS)
    for k in range(first.i - 1, stop - 1, -1):
        w = words[k]
        if w.sent < sent - _EARLIER_SENTENCES:
            return
        n = _title_ending(words, k)
        if not n:
            continue
        nxt = words[k + 1] if k + 1 < len(words) else None
        if nxt is not None and nxt.is_cap:
            continue  # "CIA director William Burns": the role has its name
        head = k - n
        while (
            head >= 0
            and words[head].is_cap
            and words[head].low != "the"
            and words[head].sent == w.sent
        ):
            head -= 1  # "the CIA director", "the Russian foreign minister"
        if head < 0 or words[head].low != "the":
            continue  # only a definite description names one holder
        e.title = " ".join(x.text for x in words[k - n + 1 : k + 1])
        e.sector = e.sector or title_sector(e.title)
        owner = by_end.get(k - n + 1)
        if owner is not None and owner.kind == "organization":
            offer(e, owner.country, 2)
            e.sector = owner.sector or e.sector
        else:
            offer(e, word_country(layer, words[k - n]) if k >= n else None, 2)
        return


def _title_ending(words: Words, k: int) -> int:
    """Length of the longest lower-case title ending at word k (0 if none)."""
    last = words[k]
    if last.low != last.text or last.lower not in title_lasts():
        return 0  # no title ends with this word
    for n in range(min(title_max_len(), k + 1), 0, -1):
        part = words[k - n + 1 : k + 1]
        if (
            all(x.low == x.text for x in part)
            and tuple(x.lower for x in part) in titles()
        ):
            return n
    return 0


def title_sector(title: str) -> str:
    """The sector a title gives its holder; none for a role held in a team
    written in lower case ("England captain Ben Stokes", "Arsenal captain
    Martin Odegaard": a team's captain, where "Captain Scott" is an
    officer's rank)."""
    if title in lex.TEAM_ROLES:
        return ""
    key = _title_key(title)
    table = titles()
    sector = table.get(key)
    modifiers: tuple[str, ...] = ()
    while sector is None and len(key) > 1 and key[0] in lex.TITLE_MODIFIERS:
        # "regional governor", "acting police chief": the title modified
        modifiers += (key[0],)
        key = key[1:]
        sector = table.get(key)
    if not sector and any(m in lex.STATE_TITLE_MODIFIERS for m in modifiers):
        return "GOV"  # "presidential spokesman Bayo Onanuga"
    return sector or ""


def _title_key(title: str) -> tuple[str, ...]:
    """The titles table key of a title ("Gen." -> ("gen",))."""
    return tuple(title.replace(".", "").lower().split())


_MAX_MODIFIED_TITLE = 6  # words of a title with its lower-case modifiers


def body_sector(body: Entity | None) -> str:
    """The sector of the organisation named right before a title ("Microsoft
    president Brad Smith": a company's president, BUS, not a state's)."""
    return body.sector if body is not None and body.kind == "organization" else ""


def body_igo(body: Entity | None) -> str | None:
    """The code of the international body named right before a title ("NATO
    Secretary-General Jens Stoltenberg": IGOWSTNAT)."""
    if body is None or body.kind != "organization" or body.known is None:
        return None
    known = body.known
    return known.code if not known.country and known.code else None


def service_before(layer: WordLayer, k: int) -> str:
    """The sector of a lower-case service noun at word k, right before a title
    ("Phoenix police Sgt. Brian Bower": a police sergeant, COP, where "Sgt."
    alone is a soldier's rank; "army spokesman": MIL); "" when there is none."""
    if k < 0:
        return ""
    w = layer.words[k]
    if w.text != w.low:
        return ""
    role = role_nouns().get(w.low)
    return (
        role.code
        if role is not None and role.code.lower() in lex.SERVICE_SECTORS
        else ""
    )


def lookback(
    layer: WordLayer, i: int, by_end: dict[int, Entity]
) -> tuple[str | None, str | None, Entity | None]:
    """Title, country and the organisation right before the title in the
    words just before a name ("US envoy Richard Norland", "Libyan army
    spokesman Ahmed Mismari", "Kremlin spokesman ...", "Microsoft president
    Brad Smith")."""
    words = layer.words
    if i == 0 or words[i - 1].lower not in title_lasts():
        return None, None, None  # no title ends just before the name: most names
    title = None
    country = None
    k = i - 1
    steps = 0
    # the adjacent title, longest match ending at i-1
    for n in range(min(title_max_len(), i), 0, -1):
        key = tuple(w.lower for w in words[i - n : i])
        if key in titles() and all(w.sent == words[i].sent for w in words[i - n : i]):
            start = i - n
            while (
                start > 0
                and i - start < _MAX_MODIFIED_TITLE
                and words[start - 1].lower in lex.TITLE_MODIFIERS
                and words[start - 1].sent == words[i].sent
                and (
                    words[start - 1].low == words[start - 1].text
                    or words[start - 1].sent_start
                )
            ):
                start -= 1  # "deputy commissioner", "state attorney general"
            title = " ".join(w.text for w in words[start:i])
            k = start - 1
            break
    if title is None:
        return None, None, None
    body = by_end.get(k + 1) if k >= 0 else None
    while k >= 0 and steps < 5 and words[k].sent == words[i].sent:
        w = words[k]
        found = word_country(layer, w)
        owner = by_end.get(k + 1)
        if not found and owner is not None and owner.kind == "organization":
            if club(owner):
                break  # a club's country is not its coach's ("Inter Milan coach")
            found = owner.country
        if found:
            country = found
            break
        if not w.is_alpha or (w.is_cap and w.place < 0):
            break
        k -= 1
        steps += 1
    return title, country, body


def title_len(words: Words, k: int) -> int:
    """Length in words of the longest title starting at word k."""
    if words[k].lower not in title_firsts():
        return 0  # no title starts with this word
    best = 0
    key: tuple[str, ...] = ()
    for m in range(k, min(len(words), k + title_max_len())):
        key = (*key, words[m].lower)
        if key in titles():
            best = m - k + 1
    return best


def title_start(words: Words, k: int) -> bool:
    """A title starts at word k."""
    return title_len(words, k) > 0
