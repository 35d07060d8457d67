"""What the words of a run are: titles, known organisations, keywords, stop
words, given names and places, looked up for the finding steps."""

from __future__ import annotations

from .._data import lazy
from ..knowledge.keys import org_key
from ..knowledge.names import is_given_name
from ..knowledge.organizations import (
    KnownOrg,
    known_org_max_len,
    known_org_prefixes,
    known_orgs,
)
from ..knowledge.titles import title_firsts, title_max_len, titles
from ..language.tagger_lexicon import common_words
from . import lexicon as lex
from .runs import run_open
from .words import Word, WordLayer, Words

__all__ = [
    "common_word",
    "company_suffix",
    "given_before_name",
    "keyword_follows_title",
    "keyword_given_name",
    "known_at",
    "known_loses",
    "owner_country",
    "place_blocks",
    "run_ends",
    "seat_title",
    "standalone",
    "standalone_at",
    "title_at",
    "title_word",
]


def title_at(words: Words, k: int, end: int) -> int:
    """Length in words of the longest title starting at word k and ending
    before word `end` (0 if none)."""
    lens = words[k].titles
    if lens is None:
        # no title starts with a word that starts none of them
        first = title_word(words[k].lower) in title_firsts()
        lens = words[k].titles = _title_lengths(words, k) if first else ()
    for n in reversed(lens):
        if k + n <= end:
            return n
    return 0


def seat_title(layer: WordLayer, k: int, n_title: int) -> str | None:
    """The title "Attorney" at word k with the seat of justice before it, as
    the text writes them ("Maricopa County Attorney Rachel Mitchell": "County
    Attorney"; "Cook County State's Attorney Kim Foxx": "State's Attorney"),
    a public prosecutor's; None for any other title or without a seat
    ("Civil rights attorney Ben Crump"). The title of the seat alone would
    cut "the Maricopa County Attorney's Office" in two, so it is read here,
    before a name, only."""
    words = layer.words
    if n_title != 1 or k == 0 or words[k].lower != "attorney":
        return None
    seat = words[k - 1]
    if (
        not seat.is_cap
        or seat.lower not in lex.PROSECUTOR_SEATS
        or seat.sent != words[k].sent
    ):
        return None
    return layer.doc.text[seat.start : words[k].end]


def title_word(low: str) -> str:
    """A title's first word without the "ex-" of a former holder's
    ("ex-president" is read as "president"; `former.py` reads the "ex-")."""
    return low[3:] if low.startswith("ex-") and len(low) > 3 else low


def _title_lengths(words: Words, k: int) -> tuple[int, ...]:
    """Lengths of every title starting at word k, shortest first."""
    table = titles()
    out = []
    key: tuple[str, ...] = ()
    for m in range(k, min(len(words), k + title_max_len())):
        key = (*key, title_word(words[m].lower) if m == k else words[m].lower)
        if key in table:
            out.append(m - k + 1)
        if words[m].poss:
            break
    return tuple(out)


def known_at(words: Words, k: int, end: int) -> tuple[int, KnownOrg | None]:
    """Longest known organisation starting at word k and ending before word
    `end`: (length, org), or (0, None)."""
    found = words[k].known
    if found is None:
        found = words[k].known = _known_lengths(words, k)
    for n, org in reversed(found):
        if k + n <= end:
            return n, org
    return 0, None


def _known_lengths(words: Words, k: int) -> tuple[tuple[int, KnownOrg], ...]:
    """Every known organisation starting at word k, shortest first."""
    w = words[k]
    if w.low == "the":
        return ()
    first = _FIRST_WORDS.get(w.text)
    if first is None:
        first = _first_word(w.text)
    org, goes_on = first
    if org is not None and not w.poss and _possessive_name(org) and not w.is_acronym:
        # "McDonald said": a surname; "McDonald's" is the company (its
        # acronym is its name alone: "LRA" is the Lord's Resistance Army)
        org = None
    if not goes_on or k + 1 >= len(words):
        # the usual case: no longer known name starts with this word
        return ((1, org),) if org is not None else ()
    table = known_orgs()
    # the word alone was read above (`first`): the names go on from the next
    out = [(1, org)] if org is not None else []
    parts = [w.text]
    prefixes = known_org_prefixes()
    short = _known_short()
    for m in range(k + 1, min(len(words), k + known_org_max_len())):
        parts.append(words[m].text)
        key = _org_key(" ".join(parts))
        org = table.get(key) or short.get(key)
        if org is not None and not (
            _date_shaped(words, k, m + 1)
            and (m + 1 >= len(words) or not words[m + 1].is_cap)
        ):
            out.append((m - k + 1, org))
        if not run_open(words[m]) or key.lower().rstrip("'") not in prefixes:
            break
    return tuple(out)


def _possessive_name(org: KnownOrg) -> bool:
    """The organisation's name opens with a possessive ("McDonald's Corp",
    "Carter's Inc"): its first word names it only written so."""
    return org.name.split()[0].endswith(("'s", "’s"))


def _date_shaped(words: Words, k: int, m: int) -> bool:
    """Words [k, m) are a date's ("the May 15 poll"), a known name or not,
    unless a capitalised word goes on with the name: a group named by a date
    names itself with more ("May 15 Organization", "April 19 Movement")."""
    return all(w.stop or w.text.isdigit() for w in words[k:m]) and any(
        w.text.isdigit() for w in words[k:m]
    )


# Word text -> (the known organisation it names alone, whether a longer known
# name may start with it); emptied when full, so memory stays bounded.
_FIRST_WORDS: dict[str, tuple[KnownOrg | None, bool]] = {}


def _first_word(text: str) -> tuple[KnownOrg | None, bool]:
    """The first step of `_known_lengths` for a word, kept in `_FIRST_WORDS`."""
    key = _org_key(text)
    org = known_orgs().get(key) or _known_short().get(key)
    got = (org, key.lower().rstrip("'") in known_org_prefixes())
    if len(_FIRST_WORDS) >= _ORG_KEYS_SIZE:
        _FIRST_WORDS.clear()
    _FIRST_WORDS[text] = got
    return got


# Name -> its `org_key`, for the names tried at each capitalised word; emptied
# when full, so memory stays bounded.
_ORG_KEYS: dict[str, str] = {}
_ORG_KEYS_SIZE = 1 << 16


def _org_key(name: str) -> str:
    """`org_key(name)`, computed once per distinct name."""
    got = _ORG_KEYS.get(name)
    if got is None:
        got = org_key(name)
        if len(_ORG_KEYS) >= _ORG_KEYS_SIZE:
            _ORG_KEYS.clear()
        _ORG_KEYS[name] = got
    return got


@lazy
def _known_short() -> dict[str, KnownOrg]:
    """Known companies by their name without its legal form ("Unilever NV" ->
    "unilever", "Siemens AG" -> "siemens"), where no entry has that name."""
    table = known_orgs()
    out: dict[str, KnownOrg] = {}
    for key, org in table.items():
        words = key.split()
        if len(words) < 2:
            continue
        kw = lex.org_keywords().get(words[-1])
        short = " ".join(words[:-1])
        if (
            kw is not None
            and kw.legal
            and len(short) >= 3
            and short not in table
            and not common_word(words[-2])
            and not (len(words) == 2 and is_given_name(short))
        ):
            out.setdefault(short, org)  # never "News" (Corp) or "Lindsay" (Corp)
    return out


def common_word(low: str) -> bool:
    """A word of the English lexicon in lower case ("news", "energy", "team"):
    a common word, not only a name."""
    return low in common_words()


def run_ends(words: Words, m: int, j: int) -> bool:
    """The name ends at word m: the run ends there, goes on with a generational
    suffix ("King Jr.") or with a lower-case connector other than "of" ("Carlos
    King on Tuesday", a run joined across "on"; not "King of Spain")."""
    if m >= j or words[m].lower in lex.NAME_SUFFIXES:
        return True
    w = words[m]
    return not w.is_cap and w.is_alpha and w.lower != "of"


def given_before_name(words: Words, i: int, j: int) -> bool:
    """ "Will Smith": a given name that is also a common word, before a surname."""
    nxt = words[i + 1] if i + 1 < j else None
    return (
        words[i].given
        and nxt is not None
        and nxt.is_cap
        and not nxt.stop
        and nxt.lower not in lex.not_person_words()
        and nxt.keyword is None
    )


def place_blocks(layer: WordLayer, k: int, end: int) -> int:
    """If word k starts a place mention inside the run, its length in words."""
    words = layer.words
    p = words[k].place
    if p < 0:
        return 0
    m = k
    while m < end and words[m].place == p:
        m += 1
    return m - k


def company_suffix(w: Word) -> bool:
    """A company suffix ("Corp.", "Inc.", "Group") after a known name."""
    kw = w.keyword
    return kw is not None and kw.sector == "BUS" and kw.suffix


def standalone(w: Word) -> bool:
    """ "the Senate voted": an institution word alone, not opening a sentence."""
    return not w.sent_start and w.lower in lex.standalone_orgs() and not w.is_acronym


def standalone_at(words: Words, k: int) -> bool:
    """Word k is an institution word alone (`standalone`), or one opening a
    sentence before its members or a verb of what people do ("House
    lawmakers voted", "Army officials say", "Parliament said"), where a
    capital says nothing ("House prices rose")."""
    w = words[k]
    if standalone(w):
        return True
    if not w.sent_start or w.is_acronym or w.lower not in lex.standalone_orgs():
        return False
    if k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    return nxt.text == nxt.low and (
        nxt.low in lex.MEMBER_NOUNS
        or (nxt.text in lex.person_verbs() and nxt.text not in lex.ANY_SUBJECT_VERBS)
    )


def owner_country(layer: WordLayer, i: int) -> str | None:
    """Country of a possessive place or demonym right before word i."""
    if i == 0 or not layer.words[i - 1].poss:
        return None
    w = layer.words[i - 1]
    if w.place >= 0:
        return layer.places[w.place].country
    return w.demonym


def known_loses(layer: WordLayer, k: int, n: int) -> bool:
    """A known organisation loses to a place mention of the same span
    unless the place is metonymic or a facility ("White House")."""
    w = layer.words[k]
    if w.place < 0:
        return False
    p = layer.places[w.place]
    same = p.start == w.start and p.end == layer.words[k + n - 1].end
    return same and not p.metonymic and p.kind not in ("facility", "other")


def keyword_follows_title(words: Words, k: int, n: int, j: int) -> bool:
    """ "General Assembly", "Secretary General" aside: a title word directly
    followed by an organisation keyword is part of an organisation name."""
    m = k + n
    if m < j and words[m].keyword is not None and not title_at(words, m, j):
        return not (keyword_given_name(words, m, j) or keyword_surname(words, m, j))
    # "Security Council": a one-word title that is itself a keyword
    return n == 1 and words[k].keyword is not None


def keyword_surname(words: Words, k: int, j: int) -> bool:
    """ "Senator Church", "Senator Frank Church", "Ambassador Power": after a
    title that opens no organisation's name (`person_only_title`), a name
    that ends the run (words k to j) with a keyword, alone or after a given
    name, is a person whose surname that word is, not a body ("General
    Assembly", "King Saud University": titles that open names; "the
    Governor's Office": the office of the title's holder)."""
    if k == 0 or words[k - 1].lower not in lex.PERSON_ONLY_TITLES:
        return False
    if words[k - 1].poss:
        return False  # "the Governor's Office": the office of the title's holder
    n = j - k
    if n == 2 and not (words[k].given and words[k].keyword is None):
        return False
    if n not in (1, 2):
        return False
    last = words[j - 1]
    kw = last.keyword
    return kw is not None and not kw.legal and last.is_cap and not last.is_acronym


def keyword_given_name(words: Words, k: int, j: int) -> bool:
    """ "President Duma Boko": after a title, a keyword word that a
    capitalised name of one word follows, closing the name (the run may go
    on over a connector: "President Duma Boko on Thursday"), is that
    person's given name, not an organisation ("Duma", "Force", "House").
    A name closed by its keyword has none after it ("State Duma",
    "Presidential Guard"), and a title, a keyword or a place after it makes
    it a body's ("Duma Speaker", "Duma Committee"), and so does a common
    word after it ("Major League Baseball", "Major League Soccer": no one's
    surname)."""
    if k + 2 > j or words[k].keyword is None:
        return False
    if k + 2 < j and words[k + 2].is_cap:
        return False  # the run goes on with a name: "Duma Boko on Thursday" ends
    name = words[k + 1]
    return (
        name.is_cap
        and not name.is_acronym
        and name.keyword is None
        and not name.stop
        and name.place < 0
        and not name.demonym
        and not title_at(words, k + 1, j)
        and not common_word(name.low)
    )
