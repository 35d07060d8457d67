"""Candidate actor spans: runs of capitalised words cut into titles, organisations
(keywords, known names, acronym definitions) and person names.

Each candidate is a span with what its own words say (title, country modifier,
sector); merging and country assignment happen later, in `actors_merge`.
"""

from __future__ import annotations

import bisect

from . import actors_lexicon as lex
from .actors_acronyms import define_acronyms
from .actors_candidate import Candidate
from .actors_words import (
    NAME_PARTICLES,
    NAME_POSSESSIVES,
    NAME_SUFFIXES,
    ORG_CONNECTORS,
    PlaceMention,
    Word,
    WordLayer,
)

__all__ = ["find_candidates"]

# Words that make a leading demonym part of an organisation's own name
# ("Libyan National Army") rather than a modifier ("Iraqi Interior Ministry").
_NAMING_WORDS = frozenset(
    """national democratic people's peoples popular islamic liberation revolutionary
    united republican socialist communist progressive patriotic independent royal
    supreme unity salvation resistance free freedom new justice solidarity
    reform green labour labor conservative liberal union""".split()
)


def find_candidates(layer: WordLayer) -> list[Candidate]:
    """Every candidate in the document, in text order."""
    out: list[Candidate] = []
    for i, j in _runs(layer):
        out += _nested_orgs(layer, _parse_run(layer, i, j))
    define_acronyms(layer, out)
    claimed = {(p.start, p.end): p for p in layer.places}
    starts = [p.start for p in layer.places]
    out = [
        c
        for c in out
        if not _claimed(claimed, c) and not _cuts_a_place(layer, starts, c)
    ]
    out.sort(key=lambda c: c.start)
    return out


def _nested_orgs(layer: WordLayer, cands: list[Candidate]) -> list[Candidate]:
    """ "U.N. Food and Agriculture Organization", "House of Representatives
    Intelligence Committee": an organisation right before a keyword organisation
    is part of its name."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "organization"
            and c.kind == "organization"
            and c.rule == "org-keyword"
            and prev.j == c.i
            and not prev.poss
        ):
            merged = _org(layer, prev.i, c.j, None, "org-keyword")
            merged.country = merged.country or prev.country or c.country
            out[-1] = merged
            continue
        out.append(c)
    return out


def _cuts_a_place(layer: WordLayer, starts: list[int], c: Candidate) -> bool:
    """The candidate overlaps a place mention without containing it ("Pearson
    International" of "Pearson International Airport"): the place wins."""
    i = bisect.bisect_left(starts, c.start)
    for p in layer.places[max(0, i - 2) : i + 4]:
        overlaps = p.start < c.end and c.start < p.end
        if overlaps and not (c.start <= p.start and p.end <= c.end):
            return True
    return False


def _claimed(claimed: dict[tuple[int, int], PlaceMention], c: Candidate) -> bool:
    """The places stage decides a span it claims; a known organisation keeps a
    span that is only a metonymic place or a facility ("the Kremlin said")."""
    p = claimed.get((c.start, c.end))
    if p is None:
        return False
    return c.known is None or not (p.metonymic or p.kind in ("facility", "other"))


# ---------------------------------------------------------------- runs


def _capish(w: Word) -> bool:
    """A capitalised word outside the dateline."""
    return w.is_cap and not w.in_dateline


# Direction adjectives that may open an organisation ("Southern Poverty Law Center").
_DIRECTIONS = frozenset(
    """north south east west northern southern eastern western central""".split()
)
_MAX_RUN = 16  # longer capitalised runs are cut; no organisation name is that long


def _open(w: Word) -> bool:
    """A run goes on after this word: no possessive, or one inside a name."""
    return not w.poss or w.lower in NAME_POSSESSIVES


def _runs(layer: WordLayer) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words (with inner connectors) within a sentence."""
    words = layer.words
    runs = []
    n = len(words)
    i = 0
    while i < n:
        if not _capish(words[i]):
            i += 1
            continue
        j = i + 1
        while j < n and _open(words[j - 1]) and words[j].sent == words[i].sent:
            w = words[j]
            gap = words[j].start - words[j - 1].end
            if _capish(w) and (gap <= 1 or (words[j - 1].poss and gap <= 4)):
                j += 1
                continue
            # connectors: one or two lower-case words followed by a capital
            k = j
            while (
                k < n
                and k - j < 2
                and words[k].text.lower() in ORG_CONNECTORS | NAME_PARTICLES
            ):
                if words[k].text[:1].isupper():
                    break
                k += 1
            if k > j and k < n and _capish(words[k]) and words[k].sent == words[i].sent:
                j = k + 1
                continue
            break
        while j - i > _MAX_RUN:  # Title Case walls of text: bounded work per run
            runs.append((i, i + _MAX_RUN))
            i += _MAX_RUN
        runs.append((i, j))
        i = j
    return runs


# ---------------------------------------------------------------- units


def _title_at(words: list[Word], k: int, end: int) -> int:
    """Length in words of the longest title starting at word k (0 if none)."""
    table = lex.titles()
    best = 0
    key: tuple[str, ...] = ()
    for m in range(k, min(end, k + lex.title_max_len())):
        key = (*key, words[m].lower)
        if key in table:
            best = m - k + 1
        if words[m].poss:
            break
    return best


def _known_at(words: list[Word], k: int, end: int) -> tuple[int, lex.KnownOrg | None]:
    """Longest known organisation starting at word k: (length, org)."""
    table = lex.known_orgs()
    best, org = 0, None
    if words[k].text.lower() == "the":
        return 0, None
    parts: list[str] = []
    for m in range(k, min(end, k + lex.known_org_max_len())):
        parts.append(words[m].text)
        found = table.get(lex.org_key(" ".join(parts)))
        if found is not None:
            best, org = m - k + 1, found
        if not _open(words[m]):
            break
    return best, org


def _is_stop(w: Word) -> bool:
    """Not a name on its own; all-capital words ("US", "WHO") are judged as acronyms."""
    if w.is_acronym:
        return w.lower in lex.not_acronyms()
    if w.poss and w.lower in NAME_POSSESSIVES:
        return False  # "People's Protection Units"
    return w.text.lower() in lex.stopwords() or w.lower in lex.stopwords()


def _is_given(w: Word) -> bool:
    """A given name of the lists (not an all-capital acronym)."""
    return lex.is_given_name(w.text) and not w.is_acronym


def _run_ends(words: list[Word], m: int, j: int) -> bool:
    """The run ends at word m or goes on with a generational suffix ("King Jr.")."""
    return m >= j or words[m].lower in NAME_SUFFIXES


def _given_before_name(words: list[Word], i: int, j: int) -> bool:
    """ "Will Smith": a given name that is also a common word, before a surname."""
    nxt = words[i + 1] if i + 1 < j else None
    return (
        _is_given(words[i])
        and nxt is not None
        and nxt.is_cap
        and not _is_stop(nxt)
        and nxt.lower not in lex.not_person_words()
        and _keyword(nxt) is None
    )


def _keyword(w: Word) -> lex.OrgKeyword | None:
    """The organisation keyword a capitalised word is, if any."""
    if not w.text[:1].isupper():
        return None
    return lex.org_keywords().get(w.lower)


def _place_blocks(layer: WordLayer, k: int, end: int) -> int:
    """If word k starts a place mention inside the run, its length in words."""
    words = layer.words
    p = words[k].place
    if p < 0:
        return 0
    m = k
    while m < end and words[m].place == p:
        m += 1
    return m - k


# ---------------------------------------------------------------- parsing


def _parse_run(layer: WordLayer, i: int, j: int) -> list[Candidate]:
    """Cut one run into organisation, person and pending candidates."""
    words = layer.words
    out: list[Candidate] = []
    weak_line = words[i].in_caps_line
    # leading stop words and connectors ("The", "But", "of"); a given name that
    # is also a word stays before a surname ("Will Smith", "June Soh")
    while i < j and (
        (
            _is_stop(words[i])
            and not _known_at(words, i, j)[0]
            and not _given_before_name(words, i, j)
            and not (words[i].lower in _DIRECTIONS and _org_from(layer, i, j))
        )
        or not words[i].is_cap
    ):
        i += 1
    while j > i and not words[j - 1].is_cap:
        j -= 1
    if i >= j:
        return out

    k = i
    pending_title: str | None = None
    title_sector = ""
    # "Russia's President ...", "Venezuela's National Assembly"
    modifier_country = _owner_country(layer, i)
    affiliation: lex.KnownOrg | None = None  # an international body before a title
    while k < j:
        w = words[k]
        n_known, known = _known_at(words, k, j)
        place_len = _place_blocks(layer, k, j)
        if n_known and n_known >= place_len and not _known_loses(layer, k, n_known):
            m = k + n_known
            while m < j and not words[m - 1].poss and _company_suffix(words[m]):
                m += 1  # "Exxon Mobil Corp."
            kw_end = _org_extent(layer, k, m, j)
            cand = _org(layer, k, kw_end, known if kw_end == m else None, "org-known")
            out.append(cand)
            if kw_end < j and _title_at(words, kw_end, j):
                # "NATO Secretary-General ...", "Pentagon Press Secretary ..."
                modifier_country = cand.country or modifier_country
                affiliation = cand.known
            k = kw_end
            pending_title = None
            continue
        n_title = _title_at(words, k, j)
        if n_title and _org_from(layer, k, j) > k + n_title:
            n_title = 0  # "Justice and Development Party": a title word opens an org
        if n_title and not _keyword_follows_title(words, k, n_title, j):
            pending_title = " ".join(x.text for x in words[k : k + n_title])
            title_sector = lex.titles()[tuple(x.lower for x in words[k : k + n_title])]
            k += n_title
            # "Secretary of the Security Council ...": skip the "of (the)"
            continue
        org_end = _org_from(layer, k, j)
        if org_end:
            cand = _org(layer, k, org_end, None, "org-keyword")
            if cand.country is None and not pending_title:
                cand.country = modifier_country
            out.append(cand)
            if org_end < j and (pending_title or _title_at(words, org_end, j)):
                modifier_country = cand.country or modifier_country
            k = org_end
            continue
        if place_len:
            p = layer.places[w.place]
            modifier_country = p.country or modifier_country
            k += place_len
            continue
        if w.demonym:
            modifier_country = w.demonym
            k += 1
            continue
        if w.text.lower() in ORG_CONNECTORS and not w.text[:1].isupper():
            k += 1
            continue
        if _is_stop(w) and not _is_given(w):
            pending_title = None  # a stop word inside a run splits it ("Monday")
            k += 1
            continue
        # a person name or an unknown name: up to the next title/org/place/stop
        m = k
        while m < j:
            x = words[m]
            if m > k and x.lower in NAME_SUFFIXES and words[m - 1].is_cap:
                m += 1  # "John Paul II", "Martin Luther King Jr."
                break
            if m > k and (
                (
                    _title_at(words, m, j)
                    and (
                        not _run_ends(words, m + _title_at(words, m, j), j)
                        or not _is_given(words[k])
                    )
                )
                or (x.demonym and not (_is_given(words[k]) and m + 1 == j))
                or _is_stop(x)
                or _org_from(layer, m, j)
                or _place_blocks(layer, m, j)
                or (
                    x.text.lower() in ORG_CONNECTORS
                    and x.text.lower() not in NAME_PARTICLES
                )
            ):
                break
            if x.text.lower() in NAME_PARTICLES and not x.text[:1].isupper():
                m += 1
                continue
            m += 1
            if x.poss:
                break
        cand = _name(
            layer,
            k,
            m,
            pending_title,
            title_sector if pending_title else "",
            modifier_country,
            weak_line,
        )
        if affiliation is not None and pending_title and not affiliation.country:
            cand.igo = affiliation.code
        title_next = m < j and _title_at(words, m, j)
        if title_next and not pending_title and cand.kind == "person":
            cand.kind, cand.rule = "thing", "title-modifier"  # "House Majority Leader"
        out.append(cand)
        pending_title = None
        modifier_country = None
        affiliation = None
        k = m
    return out


def _company_suffix(w: Word) -> bool:
    """A company suffix ("Corp.", "Inc.", "Group") after a known name."""
    kw = _keyword(w)
    return kw is not None and kw.sector == "BUS" and kw.suffix


def _standalone(w: Word) -> bool:
    """ "the Senate voted": an institution word alone, not opening a sentence."""
    return not w.sent_start and w.lower in lex.standalone_orgs() and not w.is_acronym


def _owner_country(layer: WordLayer, i: int) -> str | None:
    """Country of a possessive place or demonym right before word i."""
    if i == 0 or not layer.words[i - 1].poss:
        return None
    w = layer.words[i - 1]
    if w.place >= 0:
        return layer.places[w.place].country
    return w.demonym


def _known_loses(layer: WordLayer, k: int, n: int) -> bool:
    """A known organisation loses to a place mention of the same span
    unless the place is metonymic or a facility ("White House")."""
    w = layer.words[k]
    if w.place < 0:
        return False
    p = layer.places[w.place]
    same = p.start == w.start and p.end == layer.words[k + n - 1].end
    return same and not p.metonymic and p.kind not in ("facility", "other")


def _keyword_follows_title(words: list[Word], k: int, n: int, j: int) -> bool:
    """ "General Assembly", "Secretary General" aside: a title word directly
    followed by an organisation keyword is part of an organisation name."""
    m = k + n
    if m < j and _keyword(words[m]) is not None and not _title_at(words, m, j):
        return True
    # "Security Council": a one-word title that is itself a keyword
    return n == 1 and _keyword(words[k]) is not None


def _org_from(layer: WordLayer, k: int, j: int) -> int:
    """End (word index) of a keyword organisation starting at word k, or 0."""
    words = layer.words
    if _standalone(words[k]) and (k + 1 == j or _keyword(words[k + 1]) is None):
        nxt = words[k + 1].lower if k + 1 < j else ""
        if nxt not in ("of", "for"):
            return k + 1  # "the Senate voted", "the House passed"
    m = k
    last_kw = -1
    last_prefix = False
    while m < j:
        w = words[m]
        if w.text.lower() in ORG_CONNECTORS and not w.text[:1].isupper():
            if not last_prefix and w.text.lower() not in ("and", "&"):
                break  # "X of Y" only after a heading keyword ("Ministry of ...")
            if last_kw < 0 and m - k >= 2 and _is_given(words[k]):
                break  # "Daria Zhuk and BBC Russian Service": a person, then "and"
            m += 1
            continue
        if (_is_stop(w) and _keyword(w) is None and w.lower not in _DIRECTIONS) or (
            m > k and _title_at(words, m, j) and _keyword(w) is None
        ):
            break
        if (
            m > k
            and _is_given(w)
            and m + 1 < j
            and words[m + 1].is_cap
            and last_kw >= 0
            and not _keyword(w)
            and _keyword(words[m + 1]) is None
        ):
            break  # "... Russian Federation Nikolai Patrushev": a name starts here
        kw = _keyword(w)
        if kw is not None and (kw.suffix or kw.prefix):
            if kw.suffix or (m + 1 < j and words[m + 1].text.lower() in ("of", "for")):
                last_kw = m
            last_prefix = kw.prefix
        else:
            last_prefix = last_prefix and w.is_cap
        if not _open(w):
            m += 1
            break
        m += 1
    if last_kw < 0:
        return 0
    end = last_kw + 1
    kw = _keyword(words[last_kw])
    for q in range(k, last_kw + 1):
        # "Agency for International Development": all of it after a heading keyword
        head = _keyword(words[q])
        if (
            head is not None
            and head.prefix
            and q + 1 < j
            and words[q + 1].lower in ("of", "for")
        ):
            end = max(end, _org_extent(layer, k, q + 1, j))
            break
    if end == last_kw + 1 and kw is not None and not kw.suffix:
        return 0
    if end - k == 1 and not _standalone(words[k]):
        return 0  # a keyword alone ("Coalition", "Party") names nothing
    return end


def _org_extent(layer: WordLayer, k: int, m: int, j: int) -> int:
    """Extend an organisation ending at m over "of (the) X Y" while X Y are
    names or places and not the start of a person's name."""
    words = layer.words
    if m >= j or words[m - 1].poss or words[m].text.lower() not in ("of", "for"):
        return m
    e = m + 1
    if e < j and words[e].text.lower() == "the":
        e += 1
    start = e
    while e < j and (
        (words[e].is_cap and not _is_stop(words[e])) or _inner_and(words, e, j)
    ):
        if e > start and _is_given(words[e]) and e + 1 < j and words[e + 1].is_cap:
            break
        n = _title_at(words, e, j)
        if n and _keyword(words[e]) is None and e + n < j and words[e + n].is_cap:
            break  # "... of State Condoleezza Rice"; "Department of Justice" stays
        e += 1
        if not _open(words[e - 1]):
            break
    if words[m].text.lower() == "for" and start < e and words[start].place >= 0:
        return m  # "Council for the Middle East": a place after "for" is a scope
    return e if e > start else m


def _inner_and(words: list[Word], e: int, j: int) -> bool:
    """ "Ministry of Industry and Information Technology": "and" before a capital."""
    return words[e].text in ("and", "&") and e + 1 < j and words[e + 1].is_cap


def _org(
    layer: WordLayer, k: int, m: int, known: lex.KnownOrg | None, rule: str
) -> Candidate:
    """An organisation candidate for words [k, m), its own country and sector."""
    words = layer.words
    # a leading demonym is a modifier unless a naming word follows
    country: str | None = None
    if words[k].demonym and m - k >= 2 and known is None:
        rest = [w.lower for w in words[k + 1 : m]]
        if not (set(rest) & _NAMING_WORDS) and 2 <= len(rest) < 3:
            country = words[k].demonym
            k += 1
    sector = ""
    for n, w in enumerate(words[k:m]):
        if country is None and w.demonym:
            country = w.demonym
        if country is None and w.place >= 0:
            country = layer.places[w.place].country
        if country is None and w.is_cap and _keyword(w) is None:
            country = _country_name_at(words, k + n, m)
        kw = _keyword(w)
        if kw is not None and kw.sector:
            sector = kw.sector
    if known is None:
        n, found = _known_at(words, k, m)
        if n == m - k:
            known = found
    if known is not None:
        country = known.country  # "Islamic State" names no country
        a3 = lex.alpha3(country)
        code = known.code or ""
        # the known code's sector ("USAGOV" -> GOV), not the keyword's ("House")
        sector = code[3:6] if a3 and code.startswith(a3) else ""
    return Candidate(
        "organization",
        k,
        m,
        words[k].start,
        words[m - 1].end,
        rule,
        sector=sector,
        country=country,
        known=known,
        poss=words[m - 1].poss,
        weak=words[k].in_caps_line and known is None,
    )


_ROLE_ENDINGS = ("er", "or", "person", "man", "woman", "ist", "ant", "ent")


def _role_word(layer: WordLayer, w: Word) -> bool:
    """A capitalised role before a name ("Singer", "Vice Chairperson")."""
    low = w.text.lower()
    return not _is_given(w) and (
        low in layer.lower_vocab or low.endswith(_ROLE_ENDINGS)
    )


_PLACE_BEFORE = frozenset(("in", "near", "outside", "inside", "across", "around"))
_PLACE_AFTER = frozenset(
    """province district area region city town village valley county state
    camp neighborhood neighbourhood suburb border river""".split()
)


# Lower-case nouns that say the capitalised name before them is an organisation.
_ORG_TYPES = frozenset(
    """newspaper daily magazine agency broadcaster company firm party movement
    militia airline bank carmaker automaker""".split()
)


def _not_a_name_shape(layer: WordLayer, k: int, span: list[Word]) -> bool:
    """ "EASTER VIGIL", "Long Islanders", a quoted "Below Deck Mediterranean":
    capitals that do not look like a person's name."""
    if all(w.text.isupper() for w in span):
        return True
    if span[-1].text.lower().endswith(("ers", "ans", "ists", "ites", "ians")):
        return True
    words = layer.words
    # Back over a stripped opener ("Below"), a few words at most: unbounded, the
    # walk crossed whole runs of capitals again for each name (quadratic time).
    floor = max(0, k - _OPENER_REACH)
    while k > floor and words[k - 1].is_cap:
        k -= 1
    return k > 0 and words[k - 1].text in ('"', "``")


# How many capitalised words a quoted title may have before a name.
_OPENER_REACH = 6


def _locative_context(layer: WordLayer, k: int, m: int) -> bool:
    """A name read as a place by its neighbours ("in X", "the X district")."""
    words = layer.words
    before = words[k - 1].text if k > 0 else ""
    after = words[m].text if m < len(words) else ""
    return before in _PLACE_BEFORE or after in _PLACE_AFTER


def _country_name_at(words: list[Word], k: int, m: int) -> str | None:
    """A country named by one to three words starting at k ("US", "United States")."""
    for n in (3, 2, 1):
        if k + n <= m and all(w.is_cap for w in words[k : k + n]):
            found = lex.place_country(" ".join(w.text for w in words[k : k + n]))
            if found:
                return found
    return None


def _figure_name(layer: WordLayer, span: list[Word]) -> bool:
    """The words are the full name of a listed political figure, or a surname
    the list gives to one figure only ("Merkel"; not "Kim", not "Johnson") and
    the article never writes in lower case ("Bush" in a story about the bush)."""
    key = lex.figure_key(" ".join(w.text for w in span))
    figs = lex.political_figures()
    if figs.full.get(key) is not None:
        return True
    if len(span) == 1 and span[0].text.lower() in layer.lower_vocab:
        return False
    return figs.surname.get(key) is not None


def _name(
    layer: WordLayer,
    k: int,
    m: int,
    title: str | None,
    sector: str,
    country: str | None,
    weak_line: bool,
) -> Candidate:
    """A person or pending candidate for words [k, m)."""
    words = layer.words
    span = words[k:m]
    first = span[0]
    n_alpha = sum(1 for w in span if w.is_cap)
    lower_first = first.sent_start and first.text.lower() in layer.lower_vocab
    if lower_first and len(span) > 1:
        return _name(layer, k + 1, m, title, sector, country, weak_line)
    all_acr = all(w.is_acronym for w in span)
    while (
        len(span) > 2
        and _is_given(first)
        and span[-1].text.lower() in layer.lower_vocab
        and not span[-1].poss
    ):
        # "David Hogg Rejected": a Title Case verb after the name
        m -= 1
        span = span[:-1]
    after_of = k > 0 and words[k - 1].lower in ("of", "for")
    if (not title or after_of) and len(span) >= 3 and not _is_given(first):
        # "(Assistant Secretary of) State Christopher Hill", "Pop Singer Annie
        # Lennox": the name starts at the first given name after a role
        for p in range(1, len(span) - 1):
            if not (_is_given(span[p]) and span[p + 1].is_cap):
                continue
            if after_of or _role_word(layer, span[p - 1]):
                return _name(layer, k + p, m, title, sector, country, weak_line)
            break
    thing = any(
        w.lower in lex.not_person_words()
        for w in span
        if w is not first or not _is_given(w)
    )
    common = not _is_given(first) and any(
        w.text.lower() in layer.lower_vocab
        for w in span
        if w.text.lower() not in NAME_PARTICLES
    )
    if len(span) == 1 and len(first.text.replace(".", "")) < 2:
        kind, rule = "thing", "initial"
    elif (
        title
        and after_of
        and len(span) == 1
        and (m >= len(words) or not words[m].is_cap)
    ):
        kind, rule = "thing", "title-scope"  # "Prince of Pot", "Duke of Edinburgh"
    elif title:
        kind, rule = "person", "person-title"
    elif all_acr:
        kind, rule = "pending", "acronym"
    elif thing or (common and len(span) > 1):
        kind, rule = "thing", "thing"
    elif n_alpha >= 2 and (_is_given(first) or n_alpha <= 4):
        kind, rule = "person", "person-given" if _is_given(first) else "person-caps"
    else:
        kind, rule = "pending", "name"
    weak = weak_line or (first.sent_start and len(span) == 1 and not first.is_acronym)
    if kind == "person" and rule == "person-caps" and any(w.is_acronym for w in span):
        kind = "pending"
    after = words[m].text if m < len(words) else ""
    if (
        kind in ("person", "pending", "thing")
        and not title
        and after in _ORG_TYPES
        and not first.demonym
        and not (len(span) == 1 and first.text.lower() in layer.lower_vocab)
        and not (len(span) == 1 and _is_stop(first))
    ):
        kind, rule = "organization", "org-typed"  # "Corriere della Sera newspaper"
    if kind == "person" and rule == "person-caps" and _not_a_name_shape(layer, k, span):
        kind, rule = "thing", "thing"
    if kind == "person" and lex.place_country(" ".join(w.text for w in span)):
        kind, rule = "thing", "country-name"  # "the Hong Kong dollar"
    if kind == "person" and rule == "person-caps" and _locative_context(layer, k, m):
        kind, rule = "thing", "place-context"  # "in Tal Afar", "the Kani Wam area"
    if (
        not title
        and rule in ("name", "thing", "place-context", "person-caps")
        and _figure_name(layer, span)
    ):
        kind, rule, weak = "person", "person-figure", False  # "Putin", "Erdogan's"
    return Candidate(
        kind,
        k,
        m,
        first.start,
        span[-1].end,
        rule,
        title=title,
        sector=sector,
        country=country,
        poss=span[-1].poss,
        weak=weak,
    )
