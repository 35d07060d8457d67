"""Candidate actor spans: runs of capitalised words cut into titles, organisations
(keywords, known names, acronym definitions) and person names.

Each candidate is a span with what its own words say (title, country modifier,
sector); merging and country assignment happen later (`merge`, `countries`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..knowledge.organizations import KnownOrg
from ..knowledge.titles import titles
from ..language.tagger_lexicon import lexicon
from . import lexicon as lex
from .acronyms import define_acronyms
from .bracket_clubs import bracket_clubs
from .bracket_firms import bracketed_firms
from .bracket_names import bracketed_short_names
from .brands import name_before_country
from .candidate import Candidate
from .club_forms import sport_club_forms
from .clubs import find_clubs
from .common_bodies import common_word_bodies
from .cues import market_staff_at
from .known_forms import typed_known_names
from .names import figure_span, name_candidate
from .orgs import (
    ampersand_end,
    company_opener,
    legal_after_comma,
    nested_orgs,
    org_candidate,
    org_extent,
    org_from,
)
from .parties import party_forms
from .remits import remit_lists
from .runs import runs
from .shortforms import find_short_forms, find_surnames
from .sports import find_players
from .teams import find_teams
from .units import (
    common_word,
    company_suffix,
    given_before_name,
    keyword_follows_title,
    keyword_given_name,
    keyword_surname,
    known_at,
    known_loses,
    owner_country,
    place_blocks,
    run_ends,
    seat_title,
    title_at,
    title_word,
)
from .words import PlaceMention, Word, WordLayer, Words

__all__ = ["find_candidates"]


def find_candidates(layer: WordLayer) -> list[Candidate]:
    """Every candidate in the document, in text order."""
    out: list[Candidate] = []
    for i, j in runs(layer):
        # keyword organisations are looked up within one run: its memo only
        layer.org_ends.clear()
        out += nested_orgs(layer, _parse_run(layer, i, j))
    layer.org_ends.clear()
    out += _dateline_agency(layer)
    define_acronyms(layer, out)
    bracketed_short_names(layer, out)  # "Petroleos Mexicanos (Pemex)"
    out = typed_known_names(layer, out)
    common_word_bodies(layer, out)  # "National Grid said it would raise prices"
    # the place mentions' starts, in order (they are sorted by start), read
    # by bisection: no dict of a tuple a mention beside all the candidates
    starts = layer.place_starts
    out = remit_lists(layer, [c for c in out if _kept(layer, starts, c)])
    del starts
    out += _club_forms_over_places(layer, out)
    out.sort(key=lambda c: c.start)
    out = bracketed_firms(layer, legal_after_comma(layer, out))
    out = find_surnames(layer, find_short_forms(layer, out))
    out = find_clubs(layer, find_teams(layer, out))
    out = bracket_clubs(layer, find_players(layer, sport_club_forms(layer, out)))
    return party_forms(layer, out)


def _club_forms_over_places(
    layer: WordLayer, cands: list[Candidate]
) -> list[Candidate]:
    """A known club's short form that the places stage reads as a place, once
    the article names the club in full ("Bayern Munich sacked its coach ...
    Bayern, who lost 1-0 at Dortmund"): the article has said which it means.
    Words of other candidates are left alone."""
    clubs = {
        c.known.name
        for c in cands
        if c.known is not None and c.known.sport and c.j - c.i >= 2
    }
    if not clubs:
        return []
    words = layer.words
    taken = bytearray(len(layer.columns))  # a byte per word
    for c in cands:
        taken[c.i : c.j] = b"\x01" * (c.j - c.i)
    out = []
    for k in layer.country_words:
        w = words[k]
        if taken[k] or w.place < 0 or not w.is_cap or w.in_dateline:
            continue
        n, known = known_at(words, k, k + 1)
        if n == 1 and known is not None and known.name in clubs:
            p = layer.places[w.place]
            if p.start == w.start and p.end == w.end:
                out.append(org_candidate(layer, k, k + 1, known, "org-known"))
    return out


def _index_after(words: Words, m: int, known: KnownOrg | None) -> bool:
    """A word of a market's index follows a known firm's name at word m ("the
    Dow Jones industrial average"): the index is a figure, no actor, as
    `names` reads an unknown name so placed. An index named for the paper
    that compiles it is the paper's, as the wires write it ("the Nikkei
    average": a news medium, coded so)."""
    if m >= len(words) or words[m].lower not in lex.INDEX_WORDS:
        return False
    return not (known is not None and known.code and known.code.endswith("MED"))


def _dateline_agency(layer: WordLayer) -> list[Candidate]:
    """The news agency a dateline credits in brackets ("LONDON, March 3
    (Reuters) -", "PARIS (AFP) -"): a known organisation, which the dateline's
    other words (a place and a date) never name."""
    dl = layer.doc.dateline
    if dl is None:
        return []
    words = layer.words
    k = bisect.bisect_left(layer.columns.starts, dl.span.start)
    out = []
    while k + 2 < len(words) and words[k + 2].start < dl.span.end:
        if words[k].text == "(" and words[k + 2].text == ")" and words[k + 1].is_cap:
            n, known = known_at(words, k + 1, k + 2)
            if n == 1 and known is not None:
                out.append(org_candidate(layer, k + 1, k + 2, known, "org-known"))
        k += 1
    return out


def _kept(layer: WordLayer, starts: Sequence[int], c: Candidate) -> bool:
    """The candidate is neither a span the places stage claims nor one that
    cuts a place mention (but a company's name ending in its legal form);
    its offsets are read once for both."""
    start, end = c.start, c.end
    return not _claimed(layer, starts, c, start, end) and (
        not _cuts_a_place(layer, starts, start, end) or _legal_end(layer, c.j)
    )


def _cuts_a_place(
    layer: WordLayer, starts: Sequence[int], start: int, end: int
) -> bool:
    """The candidate at `start`-`end` overlaps a place mention without
    containing it ("Pearson International" of "Pearson International
    Airport"): the place wins."""
    i = bisect.bisect_left(starts, start)
    for p in layer.places[max(0, i - 2) : i + 4]:
        overlaps = p.start < end and start < p.end
        if overlaps and not (start <= p.start and p.end <= end):
            return True
    return False


def _claimed(
    layer: WordLayer, starts: Sequence[int], c: Candidate, start: int, end: int
) -> bool:
    """The places stage decides a span it claims (the candidate `c`, at
    `start`-`end`); a known organisation keeps a span that is only a
    metonymic place or a facility ("the Kremlin said"), a company a span
    that ends in its legal form ("Lake Shore Gold Corp"), and the employer
    of the market's staff a town's name ("analysts at Carnegie")."""
    p = _place_of_span(layer.places, starts, start, end)
    if p is None:
        return False
    if c.kind == "organization" and _legal_end(layer, c.j):
        return False
    if _defined_acronym(layer, c):
        return False  # "the National Emergency Management Agency (NEMA)"
    if p.kind in ("city", "other") and _firm_around(layer.words, c.i, c.j):
        return False  # "analysts at Carnegie", "its unit LaSalle": the firm
    return c.known is None or not (p.metonymic or p.kind in ("facility", "other"))


def _defined_acronym(layer: WordLayer, c: Candidate) -> bool:
    """The candidate is the acronym an organisation's name defines right before
    it ("(NEMA)", ", or YPG,"), whatever place the same letters spell."""
    return (
        c.rule == "org-acronym"
        and c.j == c.i + 1
        and c.i > 0
        and layer.words[c.i - 1].text in ("(", "or")
    )


def _place_of_span(
    places: Sequence[PlaceMention], starts: Sequence[int], start: int, end: int
) -> PlaceMention | None:
    """The place mention of exactly `start`-`end`: of several (a literal and a
    metonymic reading of one span), the last in order."""
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_right(starts, start, lo)
    found = None
    for p in places[lo:hi]:
        if p.end == end:
            found = p
    return found


def _legal_end(layer: WordLayer, j: int) -> bool:
    """The word before j is a company's legal form ("Corp", "AG")."""
    kw = layer.words[j - 1].keyword
    return kw is not None and kw.legal


def _company_over_place(layer: WordLayer, k: int, end: int, j: int) -> bool:
    """A company name ending in its legal form covers the place mention [k, end)
    that starts it ("Lake Shore Gold Corp", "Ontario Teachers Ltd")."""
    org_end = org_from(layer, k, j)
    return org_end >= end and _legal_end(layer, org_end)


def _parse_run(layer: WordLayer, i: int, j: int) -> list[Candidate]:
    """Cut one run into organisation, person and pending candidates."""
    words = layer.words
    out: list[Candidate] = []
    weak_line = words[i].in_caps_line
    # leading stop words and connectors ("The", "But", "of"); a given name that
    # is also a word stays before a surname ("Will Smith", "June Soh")
    while i < j and (
        (
            words[i].stop
            and not known_at(words, i, j)[0]
            and not given_before_name(words, i, j)
            and not (
                (
                    words[i].lower in lex.DIRECTIONS
                    or words[i].lower in lex.FAITH_WORDS
                    or (
                        words[i].lower in lex.STOPS_OPENING_ORGS
                        and not words[i].sent_start
                    )
                )
                and org_from(layer, i, j)
            )
            # a title opens the name: "Police Chief Ahmed Ali", "CEO Jane Fraser"
            and not title_at(words, i, j)
            # a company's name: "Sun Hung Kai Properties"
            and not (company_opener(words, i) and org_from(layer, i, j))
            and not ampersand_end(layer, i, j)  # "Stop & Shop"
        )
        # a lower-case word, but the article of a known name ("al Qaeda")
        or (not words[i].is_cap and not known_at(words, i, j)[0])
        # "waving Georgian and European Union flags": two adjectives joined,
        # the first no part of the name the second opens
        or (
            words[i].demonym is not None
            and i + 2 < j
            and words[i + 1].lower == "and"
            and words[i + 2].is_cap
            and not known_at(words, i, j)[0]
        )
    ):
        i += 1
    reach = i  # the end of the longest known name starting in the run
    for k in range(i, j):
        n_known = known_at(words, k, j)[0]
        if k + n_known > reach:
            reach = k + n_known
    while (
        j > max(i, reach)
        and not words[j - 1].is_cap
        and words[j - 1].text not in lex.LOWER_LEGAL  # "Tesco plc"
    ):
        j -= 1  # trailing connectors, not the end of a known name ("Group of 20")
    if i >= j or _region_name(layer, i, j):
        return out
    if (
        i + 1 < j
        and words[i].sent_start
        and (
            words[i].lower in lex.NAME_OPENERS
            or (words[i].lower in lex.STAFF_BEFORE_PERSON and not title_at(words, i, j))
        )
    ):
        # "Rival Bayer AG fell", "Compatriot Albert Costa won", "Analyst Mark
        # Hughes said": the word says what the name is
        i += 1
    typed = _typed(words, i, j)
    if (
        typed
        and words[i].sent_start
        and words[i].lower in lex.ORG_TYPES
        and not _heads_a_name(layer, i, j)
        and _opener_is_kind(words, i)
    ):
        i += 1  # "Broadcaster Al Jazeera said": the noun opens the sentence

    k = i
    pending_title: str | None = None
    title_sector = ""
    # "Russia's President ...", "Venezuela's National Assembly"
    modifier_country = owner_country(layer, i)
    affiliation: KnownOrg | None = None  # an international body before a title
    while k < j:
        w = words[k]
        n_known, known = known_at(words, k, j)
        n_figure = 0 if title_at(words, k, j) else figure_span(words, k, j)
        if n_figure and n_figure >= n_known:
            # "Jose Eduardo dos Santos", "Mohammed Shia al-Sudani": a listed
            # figure's full name is one person, whatever its words read as,
            # and over an organisation naming its leader ("Masoud Barzani")
            out.append(
                Candidate(
                    "person",
                    k,
                    k + n_figure,
                    layer.columns,
                    "person-figure",
                    title=pending_title,
                    sector=title_sector if pending_title else "",
                    poss=words[k + n_figure - 1].poss,
                )
            )
            pending_title = None
            modifier_country = None
            k += n_figure
            continue
        place_len = place_blocks(layer, k, j)
        if place_len and _company_over_place(layer, k, k + place_len, j):
            place_len = 0  # "Lake Shore Gold Corp": a legal form ends a company
        if place_len == 1 and _given_over_town(layer, k, j):
            place_len = 0  # "Nadim Ladki": a given name that is also a town
        if place_len and _firm_over_town(layer, k, place_len, j):
            # "analysts at Carnegie", "its U.S. unit LaSalle": the firm, not the town
            place_len = 0
        if n_known == 1 and words[k].given and given_before_name(words, k, j):
            n_known = 0  # "Amit Silva": a given name, not the company "Amit"
        if (
            n_known == 1
            and words[k].lower in lex.FEATURE_COMPANIES
            and k > 0
            and words[k - 1].lower == "the"
        ):
            n_known = 0  # "protect the Amazon": the river's basin, not the company
        if n_known and _index_after(words, k + n_known, known):
            n_known = 0  # "the Dow Jones industrial average": a figure, no firm
        if n_known and _article_name_after(words, k + n_known, j):
            n_known = 0  # "Abu Musab al Zarqawi", "Fatah al-Islam": a longer name
        if n_known and n_known >= place_len and not known_loses(layer, k, n_known):
            m = k + n_known
            while (
                m < j
                and not words[m - 1].poss
                and (company_suffix(words[m]) or _kind_suffix(words[m], known))
            ):
                m += 1  # "Exxon Mobil Corp.", "Likud Party"
            if ampersand_end(layer, k, j) > m:
                m = ampersand_end(layer, k, j)  # "Kohlberg Kravis Roberts & Co."
            kw_end = org_extent(layer, k, m, j)
            home = _company_home(layer, known, m) if kw_end > m else None
            if home is not None:
                kw_end = m  # "Sony Corp of Japan": the company and its home
            cand = org_candidate(
                layer, k, kw_end, known if kw_end == m else None, "org-known"
            )
            if home is not None and cand.country is None:
                cand.country = home.country  # "General Motors of the United States"
            out.append(cand)
            if kw_end < j and title_at(words, kw_end, j):
                # "NATO Secretary-General ...", "Pentagon Press Secretary ..."
                modifier_country = cand.country or modifier_country
                affiliation = cand.known
            if k == 0 or words[k - 1].is_cap:
                pending_title = None  # "Secretary of the Security Council ..." keeps it
            k = kw_end
            continue
        n_title = title_at(words, k, j)
        if (
            n_title
            and org_from(layer, k, j) > k + n_title
            and not keyword_given_name(words, k + n_title, j)
            and not keyword_surname(words, k + n_title, j)
        ):
            n_title = 0  # "Justice and Development Party": a title word opens an org
        if n_title and not keyword_follows_title(words, k, n_title, j):
            pending_title = " ".join(x.text for x in words[k : k + n_title])
            title_sector = titles()[_title_key(words, k, k + n_title)]
            seat = seat_title(layer, k, n_title)
            if seat is not None:
                pending_title, title_sector = seat, "JUD"  # "County Attorney"
            k += n_title
            # "Secretary of the Security Council ...": skip the "of (the)"
            continue
        org_end = org_from(layer, k, j)
        if (
            org_end
            and pending_title
            and (keyword_given_name(words, k, j) or keyword_surname(words, k, j))
        ):
            # "President Duma Boko": a given name, not the Duma; "Senator
            # Church": a surname, not a church
            org_end = 0
        n_amp = ampersand_end(layer, k, j)
        if n_amp > org_end:
            # "Stop & Shop", "Kohlberg Kravis Roberts & Co.": a firm's name
            out.append(org_candidate(layer, k, n_amp, None, "org-keyword"))
            k = n_amp
            continue
        if org_end:
            cand = org_candidate(layer, k, org_end, None, "org-keyword")
            if cand.country is None and not pending_title:
                cand.country = modifier_country
            out.append(cand)
            if org_end < j and (pending_title or title_at(words, org_end, j)):
                modifier_country = cand.country or modifier_country
            n_tail = 0 if pending_title else _title_across(words, org_end, j)
            if n_tail:
                # "Pakistan Army Chief Asim Munir", "Phoenix Police Chief Jeri
                # Williams": the body's last word opens the holder's title
                pending_title = " ".join(
                    x.text for x in words[org_end - 1 : org_end + n_tail]
                )
                title_sector = titles()[
                    _title_key(words, org_end - 1, org_end + n_tail)
                ]
                modifier_country = cand.country or modifier_country
                k = org_end + n_tail
                continue
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
        if w.low in lex.ORG_CONNECTORS and not w.is_upper:
            k += 1
            continue
        if w.stop and not w.given:
            pending_title = None  # a stop word inside a run splits it ("Monday")
            k += 1
            continue
        n_brand, brand_country = name_before_country(layer, i, k, j)
        if n_brand:
            # "Air France", "Radio France": a word and a country, one name
            cand = org_candidate(layer, k, k + n_brand, None, "org-country-name")
            cand.country = cand.country or brand_country  # "Sport England"
            out.append(cand)
            k += n_brand
            continue
        # a person name or an unknown name: up to the next title/org/place/stop
        m = k
        while m < j:
            x = words[m]
            if m > k and x.lower in lex.NAME_SUFFIXES and words[m - 1].is_cap:
                m += 1  # "John Paul II", "Martin Luther King Jr."
                break
            if m > k and (
                (
                    title_at(words, m, j)
                    and (
                        not run_ends(words, m + title_at(words, m, j), j)
                        or not words[k].given
                    )
                    and not _title_word_surname(words, k, m, j)
                )
                or (
                    x.demonym
                    and not (
                        words[k].given and m + 1 == j and not common_word(words[k].low)
                    )
                )
                or (x.stop and not _surname_word(words, k, m))
                or (
                    org_from(layer, m, j)
                    and not (pending_title and keyword_surname(words, k, j))
                )
                or (x.is_acronym and known_at(words, m, j)[0])
                # "Communist Khmer Rouge forces": a known name of two words
                # or more opens after a word that is no given name
                or (not words[k].given and known_at(words, m, j)[0] >= 2)
                or (
                    place_blocks(layer, m, j)
                    and not _surname_over_town(layer, k, m)
                    and not (pending_title and _titled_surname_town(layer, k, m, j))
                )
                or (x.low in lex.ORG_CONNECTORS and x.low not in lex.NAME_PARTICLES)
            ):
                break
            if x.low in lex.NAME_PARTICLES and not x.is_upper:
                m += 1
                continue
            m += 1
            if x.poss:
                break
        cand = name_candidate(
            layer,
            k,
            m,
            pending_title,
            title_sector if pending_title else "",
            modifier_country,
            weak_line,
            typed and (k == i or _joined(words, k)),
        )
        if affiliation is not None and pending_title and not affiliation.country:
            cand.igo = affiliation.code
        title_next = m < j and title_at(words, m, j)
        if title_next and not pending_title and cand.kind == "person":
            cand.kind, cand.rule = "thing", "title-modifier"  # "House Majority Leader"
        out.append(cand)
        pending_title = None
        modifier_country = None
        affiliation = None
        k = m
    return out


def _title_key(words: Words, a: int, b: int) -> tuple[str, ...]:
    """The titles table's key of words [a, b)."""
    return (title_word(words[a].lower), *(x.lower for x in words[a + 1 : b]))


# Words of a title after the body's last word that opens it ("Chief of Staff").
_TITLE_TAIL = 3


def _title_across(words: Words, k: int, j: int) -> int:
    """The words from k (within the run ending at j) that, after the word
    before k, make a title of the titles table ("Army" + "Chief", "Police" +
    "Commissioner"), with a name still to come after them; 0 when none do."""
    if k == 0 or k >= j - 1:
        return 0
    table = titles()
    for n in range(min(_TITLE_TAIL, j - k - 1), 0, -1):
        if _title_key(words, k - 1, k + n) in table:
            return n
    return 0


def _region_name(layer: WordLayer, i: int, j: int) -> bool:
    """The run is a compass word and one capitalised word that no table
    knows ("West Indies", "East Anglia"): the name of a region, which the
    places stage did not hold, not an organisation or person named by the
    second word alone."""
    words = layer.words
    if i == 0 or j != i + 1 or words[i - 1].sent != words[i].sent:
        return False
    d, w = words[i - 1], words[i]
    return (
        d.lower in ("east", "north", "south", "west")
        and d.text[:1].isupper()
        and w.start - d.end == 1
        and w.keyword is None
        and not known_at(words, i, j)[0]
        and not w.given
    )


def _kind_suffix(w: Word, known: KnownOrg | None) -> bool:
    """Word w is a keyword closing a name of the known body's own sector
    ("Party" after "Likud", whose code is ISRPTY): the name written with the
    noun of its kind."""
    kw = w.keyword
    if kw is None or not kw.suffix or not kw.sector or known is None:
        return False
    code = known.code or ""
    return len(code) >= 6 and code[3:6] == kw.sector


def _title_word_surname(words: Words, k: int, m: int, j: int) -> bool:
    """A one-word title right after a lone given name and before another
    capitalised word is a surname ("Jaime Mayor Oreja", "Jose Bishop
    Ramos"): English puts no title between a given name and a surname."""
    return (
        m == k + 1
        and words[k].given
        and not words[k].stop
        and title_at(words, m, j) == 1
        and m + 1 < j
        and words[m + 1].is_cap
        and not words[m + 1].stop
        and not title_at(words, m + 1, j)
        and words[m + 1].keyword is None
        and words[m + 1].place < 0
    )


def _article_name_after(words: Words, m: int, j: int) -> bool:
    """Word m goes on with an Arabic article and a name ("al Zarqawi",
    "al-Islam", "el-Din"): the known name before it is the first part of a
    longer one (the person "Abu Musab al Zarqawi", the group "Fatah
    al-Islam"), not that known name."""
    if m >= j:
        return False
    w = words[m]
    if w.low in lex.ARABIC_ARTICLES:
        return m + 1 < j and words[m + 1].is_cap and words[m + 1].start - w.end == 1
    return w.is_cap and w.low.startswith(lex.ARTICLE_PREFIXES) and w.low != w.text


def _surname_word(words: Words, k: int, m: int) -> bool:
    """ "Theresa May", "George Will": a stop word that is also a name, right
    after a given name, not before a number ("Ahmed May 5"); "Liu He"."""
    x = words[m]
    nxt = words[m + 1].text if m + 1 < len(words) else ""
    if m == k + 1 and words[k].given and _stop_given(x):
        return not (m + 1 < len(words) and words[m + 1].is_cap)
    return m == k + 1 and words[k].given and x.given and not nxt[:1].isdigit()


def _stop_given(x: Word) -> bool:
    """ "Liu He": a stop word that is an East Asian given name (`stop_given`),
    capitalised mid-sentence, where English never writes the function word
    so; the word after it must not go on with the name."""
    return (
        x.lower in lex.STOP_GIVEN
        and x.text[:1].isupper()
        and not x.text.isupper()
        and not x.sent_start
        and not x.in_caps_line
    )


def _typed(words: Words, i: int, j: int) -> bool:
    """A noun right before the run says its name is an organisation
    ("carmaker Skoda", "the daily Le Monde", "rights group Amnesty"), or opens
    the sentence before it ("Broadcaster Al Jazeera said"); a noun written
    with a possessive owns what follows ("the automaker's European unit")."""
    if (
        i > 0
        and not words[i - 1].is_upper
        and words[i - 1].lower in lex.ORG_TYPES
        and not words[i - 1].poss
    ):
        return words[i - 1].sent == words[i].sent and not _body_before(words, i - 1)
    w = words[i]
    # (a letter after it labels a pool: "Group B winners Italy")
    letter = j == i + 2 and len(words[i + 1].text) == 1
    return w.sent_start and w.lower in lex.ORG_TYPES and i + 1 < j and not letter


def _opener_is_kind(words: Words, i: int) -> bool:
    """The noun of a kind of body that opens the sentence at word i says what
    the name after it is ("Carmaker Jaguar said", "Broadcaster Sky reported",
    "Watchdog Ofcom said"), where it does not open the name itself ("Network
    Rail said", "Team Sky", "Group Lotus", "Weekly Standard").

    A noun of a doer ("carmaker", "broadcaster", "regulator") names no body
    with the word after it; another noun ("network", "team", "group") does
    when an English word follows it, as names of bodies are made, but not
    before a word English lacks ("Airline Qantas", "Watchdog Ofcom"), unless
    it heads names as a keyword ("Bank Leumi", "Union Carbide"). A company's
    legal form alone is no name ("Carrier Corp said")."""
    nxt, kw = words[i + 1], words[i].keyword
    if (nxt.keyword is not None and nxt.keyword.legal) or (
        kw is not None and kw.prefix
    ):
        return False
    if words[i].lower.endswith(lex.ROLE_ENDINGS):
        return True
    return nxt.low not in lexicon().entries


def _body_before(words: Words, k: int) -> bool:
    """A capitalised name (no demonym, place or sentence opener) right before
    the noun at word k makes the noun a role held in that body, not the kind
    of the name after it ("Dow Jones publisher Almar Latour", where "the
    publisher Penguin" and "Swiss drugmaker Novartis" are typed); before a
    name that no given name opens the noun types it ("the Roman daily Il
    Messaggero", "the Parisian newspaper Le Figaro")."""
    if k == 0 or k + 1 >= len(words) or not words[k + 1].given:
        return False
    b = words[k - 1]
    return (
        b.is_cap
        and b.sent == words[k].sent
        and b.place < 0
        and not b.demonym
        and not b.poss
        and not b.sent_start  # "Flag carrier Vantorix", "The daily ..."
    )


def _heads_a_name(layer: WordLayer, i: int, j: int) -> bool:
    """The noun of a kind of body at word i opens a name of its own: a known
    one ("Bank of America", "Group Lotus") or one it heads as a keyword
    ("Bank of Vantoria", "Bank Hapoalim")."""
    words = layer.words
    if known_at(words, i, j)[0] > 1:
        return True
    kw = words[i].keyword
    return kw is not None and kw.prefix and org_from(layer, i, j) > i + 1


def _town(layer: WordLayer, k: int) -> bool:
    """Word k alone is a place mention of a town or other small place (not a
    country, region or state)."""
    w = layer.words[k]
    if w.place < 0:
        return False
    p = layer.places[w.place]
    return p.start == w.start and p.end == w.end and p.kind in ("city", "other")


def _given_over_town(layer: WordLayer, k: int, j: int) -> bool:
    """ "Nadim Ladki": a given name read as a town, before a capitalised word
    that is no place, keyword or stop word: the name of a person."""
    words = layer.words
    if not (words[k].given and _town(layer, k)) or k + 1 >= j:
        return False
    nxt = words[k + 1]
    return nxt.is_cap and nxt.place < 0 and not nxt.stop and nxt.keyword is None


def _firm_over_town(layer: WordLayer, k: int, n: int, j: int) -> bool:
    """The whole run from word k is the place mention of a town, after "at"
    and a noun of the markets' staff, the firm they work at ("analysts at
    Carnegie said"), or after a noun of a company's part, which is a firm
    (`part_before_name`: "its U.S. unit LaSalle", "the subsidiary Lincoln")."""
    words = layer.words
    end = k + n
    return (
        (end == j or not words[end].is_cap)  # (or a connector goes on: "and")
        and layer.places[words[k].place].kind in ("city", "other")
        and _firm_around(words, k, end)
    )


def _company_home(
    layer: WordLayer, known: KnownOrg | None, m: int
) -> PlaceMention | None:
    """The place a company's name closed at word m (by its legal form, or a
    known company's name) is said to be of: news gives a company's home so
    ("Sony Corp of Japan", "Toyota of Japan", "Intelogic Trace Inc of San
    Antonio"), and the place is no part of its name; a company whose name
    holds "of" is known by all of it ("Bank of America")."""
    words = layer.words
    if m + 1 >= len(words) or words[m].low != "of":
        return None
    kw = words[m - 1].keyword
    code = (known.code or "") if known is not None else ""
    if not (
        (kw is not None and kw.legal) or code.startswith("MNC") or code[3:6] == "BUS"
    ):
        return None
    e = m + 2 if words[m + 1].low == "the" and m + 2 < len(words) else m + 1
    p = words[e].place
    return layer.places[p] if p >= 0 else None


def _firm_around(words: Words, k: int, j: int) -> bool:
    """The words around a town's name (words k to j) make it a firm's:
    `_firm_at`, a noun of its kind before it (`_typed_town`), or a list with
    a name and a noun of business (`_listed_firm`)."""
    return (
        _firm_at(words, k)
        or _typed_town(words, k)
        or _listed_firm(words, k, j)
        or _traded_town(words, k, j)
    )


def _traded_town(words: Words, k: int, j: int) -> bool:
    """A noun of a listed company's stock (`traded_noun`) right after the
    town's name (words k to j), or before "in"/"of" and it, makes the name a
    company's ("Carrefour shares rose", "a stake in Santander"), unless the
    town is a city news names for its stock market (`market_cities`:
    "London shares fell", "shares in Tokyo")."""
    n = len(words)
    after = (
        j < n and words[j].text == words[j].low and words[j].lower in lex.TRADED_NOUNS
    )
    before = (
        k >= 2
        and words[k - 1].low in ("in", "of")
        and words[k - 2].lower in lex.TRADED_NOUNS
        and words[k - 2].sent == words[k].sent
    )
    if not (after or before) or words[j - 1].poss:
        return False  # "a stake in Kabul's future": the town's, no company
    return " ".join(w.lower for w in words[k:j]) not in lex.market_cities()


def _typed_town(words: Words, k: int) -> bool:
    """A lower-case noun of a kind of body right before the town's name says
    the name is that body's ("Spanish lender Santander", "the retailer
    Carrefour"): news names a place with "the city of", never "the lender"."""
    if k == 0:
        return False
    b = words[k - 1]
    return (
        b.text == b.low
        and b.lower in lex.ORG_TYPES
        and not b.poss
        and b.sent == words[k].sent
    )


def _listed_firm(words: Words, k: int, j: int) -> bool:
    """The town's name (words k to j) and a name that is no place make a list
    of two before a lower-case noun only a body has ("Carrefour and Danone
    shares rose", "Danone and Carrefour shares"): companies are listed with
    companies, and a market's city is not listed with a name ("London and
    Paris shares" are two places, as both are)."""
    n = len(words)

    def business(m: int) -> bool:
        w = words[m] if m < n else None
        return w is not None and w.lower in lex.BUSINESS_AFTER and w.low == w.text

    def other(m: int) -> bool:
        w = words[m]
        return w.is_cap and w.place < 0 and not w.demonym and w.sent == words[k].sent

    if business(j) and k >= 2 and words[k - 1].low == "and" and other(k - 2):
        return not (k >= 3 and words[k - 3].is_cap)  # a one-word name before
    return j + 2 < n and words[j].low == "and" and other(j + 1) and business(j + 2)


def _firm_at(words: Words, k: int) -> bool:
    """The words before word k make the name there a firm: "at" after a noun
    of the markets' staff ("analysts at Carnegie"), or a noun of a company's
    part (`part_before_name`: "its U.S. unit LaSalle")."""
    return market_staff_at(words, k) or (
        k > 0 and words[k - 1].text in lex.PARTS_BEFORE_NAME
    )


def _surname_over_town(layer: WordLayer, k: int, m: int) -> bool:
    """ "Anna Keller", "Maria Lopez": a surname read as a town right after a
    given name is the person's surname."""
    words = layer.words
    if m > k + 1 and words[m - 1].low in lex.NAME_PARTICLES and words[m - 1].is_alpha:
        return _town(layer, m)  # "Jan Willem van der Veen": after a particle
    return m == k + 1 and words[k].given and _town(layer, m)


def _titled_surname_town(layer: WordLayer, k: int, m: int, j: int) -> bool:
    """After a title, a town of one word that ends a two-word name is its
    surname ("Foreign Minister Yukihiko Ikeda"): a title names a person, and
    news names a person by given name and surname."""
    words = layer.words
    return (
        m == k + 1
        and not words[k].stop
        and _town(layer, m)
        and (m + 1 >= j or not words[m + 1].is_cap)
        and not words[m].poss
    )


def _joined(words: Words, k: int) -> bool:
    """Word k follows "and" or "or": a second name of the same kind ("the
    groups Ansar Dine and Jaish al-Fath")."""
    return k > 0 and words[k - 1].low in ("and", "or")
