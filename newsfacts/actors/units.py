"""What the words of a run are: titles, known organisations, keywords, stop
words, given names and places, looked up for the finding steps."""

from __future__ import annotations

from ..knowledge.keys import org_key
from ..knowledge.names import is_given_name
from ..knowledge.organizations import KnownOrg, known_org_max_len, known_orgs
from ..knowledge.titles import title_max_len, titles
from . import lexicon as lex
from .runs import run_open
from .words import Word, WordLayer

__all__ = [
    "company_suffix",
    "given_before_name",
    "is_given",
    "is_stop",
    "keyword",
    "keyword_follows_title",
    "known_at",
    "known_loses",
    "owner_country",
    "place_blocks",
    "run_ends",
    "standalone",
    "title_at",
]


def title_at(words: list[Word], k: int, end: int) -> int:
    """Length in words of the longest title starting at word k (0 if none)."""
    table = titles()
    best = 0
    key: tuple[str, ...] = ()
    for m in range(k, min(end, k + title_max_len())):
        key = (*key, words[m].lower)
        if key in table:
            best = m - k + 1
        if words[m].poss:
            break
    return best


def known_at(words: list[Word], k: int, end: int) -> tuple[int, KnownOrg | None]:
    """Longest known organisation starting at word k: (length, org)."""
    table = known_orgs()
    best, org = 0, None
    if words[k].text.lower() == "the":
        return 0, None
    parts: list[str] = []
    for m in range(k, min(end, k + known_org_max_len())):
        parts.append(words[m].text)
        found = table.get(org_key(" ".join(parts)))
        if found is not None:
            best, org = m - k + 1, found
        if not run_open(words[m]):
            break
    return best, org


def is_stop(w: Word) -> bool:
    """Not a name on its own; all-capital words ("US", "WHO") are judged as acronyms."""
    if w.is_acronym:
        return w.lower in lex.not_acronyms()
    if w.poss and w.lower in lex.NAME_POSSESSIVES:
        return False  # "People's Protection Units"
    return w.text.lower() in lex.stopwords() or w.lower in lex.stopwords()


def is_given(w: Word) -> bool:
    """A given name of the lists (not an all-capital acronym)."""
    return is_given_name(w.text) and not w.is_acronym


def run_ends(words: list[Word], m: int, j: int) -> bool:
    """The run ends at word m or goes on with a generational suffix ("King Jr.")."""
    return m >= j or words[m].lower in lex.NAME_SUFFIXES


def given_before_name(words: list[Word], i: int, j: int) -> bool:
    """ "Will Smith": a given name that is also a common word, before a surname."""
    nxt = words[i + 1] if i + 1 < j else None
    return (
        is_given(words[i])
        and nxt is not None
        and nxt.is_cap
        and not is_stop(nxt)
        and nxt.lower not in lex.not_person_words()
        and keyword(nxt) is None
    )


def keyword(w: Word) -> lex.OrgKeyword | None:
    """The organisation keyword a capitalised word is, if any."""
    if not w.text[:1].isupper():
        return None
    return lex.org_keywords().get(w.lower)


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
    kw = keyword(w)
    return kw is not None and kw.sector == "BUS" and kw.suffix


def standalone(w: Word) -> bool:
    """ "the Senate voted": an institution word alone, not opening a sentence."""
    return not w.sent_start and w.lower in lex.standalone_orgs() and not w.is_acronym


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


def keyword_follows_title(words: list[Word], k: int, n: int, j: int) -> bool:
    """ "General Assembly", "Secretary General" aside: a title word directly
    followed by an organisation keyword is part of an organisation name."""
    m = k + n
    if m < j and keyword(words[m]) is not None and not title_at(words, m, j):
        return True
    # "Security Council": a one-word title that is itself a keyword
    return n == 1 and keyword(words[k]) is not None
