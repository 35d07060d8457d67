"""Organisation candidates: names headed or closed by a keyword ("Ministry of
Defence", "Libyan National Army"), their extent, own country and sector."""

from __future__ import annotations

from ..dates.lexicon import AMBIGUOUS_MONTHS
from ..knowledge.countries import alpha3, place_country, scope_country
from ..knowledge.organizations import KnownOrg
from . import lexicon as lex
from .candidate import Candidate
from .runs import run_open
from .units import known_at, standalone_at, title_at
from .words import WordLayer, Words

__all__ = [
    "ampersand_end",
    "company_opener",
    "legal_after_comma",
    "nested_orgs",
    "org_candidate",
    "org_extent",
    "org_from",
]


def nested_orgs(layer: WordLayer, cands: list[Candidate]) -> list[Candidate]:
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
            merged = org_candidate(layer, prev.i, c.j, None, "org-keyword")
            merged.country = merged.country or prev.country or c.country
            out[-1] = merged
            continue
        out.append(c)
    return out


# Capitalised words at most on each side of a firm's "&" ("Kohlberg Kravis
# Roberts & Co", "Stop & Shop").
_AMPERSAND_SIDE = 3


def ampersand_end(layer: WordLayer, k: int, j: int) -> int:
    """End (word index) of a name joined by "&" that starts at word k, or 0:
    one to three capitalised words, "&", then one to three more or a legal
    form ("Procter & Gamble", "Stop & Shop", "Marks & Spencer", "Kohlberg
    Kravis Roberts & Co."). English writes "&" in the names of firms, never
    between the names of two people or bodies, which take "and"; a title
    before it is no such name, and places on both sides, or a place of
    several words after it, make a place's name ("Trinidad & Tobago",
    "Andaman & Nicobar Islands")."""
    words = layer.words
    m = k
    while m < j and m - k < _AMPERSAND_SIDE and words[m].text != "&":
        w = words[m]
        if not w.is_cap or w.poss or title_at(words, m, j):
            return 0
        m += 1
    if m == k or m + 1 >= j or words[m].text != "&":
        return 0
    left, right = words[m - 1].place, words[m + 1].place
    if right >= 0 and (left >= 0 or _place_goes_on(layer, m + 1)):
        return 0  # "Trinidad & Tobago", "Andaman & Nicobar Islands": places
    end = m + 1
    while end < j and end - m <= _AMPERSAND_SIDE and words[end].is_cap:
        end += 1
        kw = words[end - 1].keyword
        if words[end - 1].poss or (kw is not None and kw.legal):
            break  # "Standard & Poor's", "& Co."
    return end if end > m + 1 else 0


def _place_goes_on(layer: WordLayer, k: int) -> bool:
    """The place mention holding word k goes on past it ("Nicobar Islands")."""
    w = layer.words[k]
    return layer.places[w.place].end > w.end


def legal_after_comma(layer: WordLayer, cands: list[Candidate]) -> list[Candidate]:
    """ "Harbor Logistics, Incorporated", "Apple, Inc.": a name with a
    company's legal form after a comma is that company; the name becomes an
    organisation candidate and the lone legal form is dropped. A person with
    a title keeps the name."""
    words = layer.words
    out: list[Candidate] = []
    for c in cands:
        legal = (
            c.j + 1 < len(words)
            and words[c.j].text == ","
            and _lone_legal(words, c.j + 1)
        )
        if (
            out
            and _lone_legal(words, c.i)
            and c.j == c.i + 1
            and c.i >= 2
            and words[c.i - 1].text == ","
            and out[-1].j == c.i - 1
            and out[-1].kind == "organization"
        ):
            continue  # the legal form of the company before the comma
        if legal and c.kind != "organization" and not c.title and c.kind != "group":
            c = org_candidate(layer, c.i, c.j, None, "org-legal-comma")
        out.append(c)
    return out


def _lone_legal(words: Words, k: int) -> bool:
    """Word k is a company's legal form standing alone: capitalised, not
    followed by another capitalised word ("Inc.", "Incorporated", "Ltd")."""
    kw = words[k].keyword
    if kw is None or not kw.legal or not words[k].is_upper:
        return False
    return k + 1 >= len(words) or not words[k + 1].is_cap


def org_from(layer: WordLayer, k: int, j: int) -> int:
    """End (word index) of a keyword organisation starting at word k, or 0
    (looked up once per word and run)."""
    end = layer.org_ends.get((k, j))
    if end is None:
        end = layer.org_ends[(k, j)] = _org_from(layer, k, j)
    return end


def _org_from(layer: WordLayer, k: int, j: int) -> int:
    """End (word index) of a keyword organisation starting at word k, or 0."""
    words = layer.words
    if not words[k].is_upper and words[k].low in lex.ORG_CONNECTORS:
        return 0  # "and Volkswagen AG": no name starts with a connector
    if standalone_at(words, k) and (k + 1 == j or words[k + 1].keyword is None):
        nxt = words[k + 1].lower if k + 1 < j else ""
        if nxt not in ("of", "for"):
            return k + 1  # "the Senate voted", "the House passed"
    m = k
    last_kw = -1
    last_prefix = False
    while m < j:
        w = words[m]
        if w.low in lex.ORG_CONNECTORS and not w.is_upper:
            if not last_prefix and w.low not in ("and", "&"):
                break  # "X of Y" only after a heading keyword ("Ministry of ...")
            if last_kw < 0 and m - k >= 2 and words[k].given:
                break  # "Daria Zhuk and BBC Russian Service": a person, then "and"
            if (
                last_kw == m - 1
                and (
                    not last_prefix
                    or (w.low == "and" and _closes_ahead(words, m + 1, j))
                    # "Harvard University and the University of California":
                    # "and the" opens a second body's name
                    or (w.low == "and" and m + 1 < j and words[m + 1].low == "the")
                )
                and not _known_across(words, k, m, j)
            ):
                # "Lufthansa AG and Air France": a closed name, then "and";
                # "Qatar Investment Authority and China Investment
                # Corporation": the name after "and" closes itself
                break
            if last_kw < 0 and w.low == "and" and _known_company_next(words, m + 1, j):
                break  # "Air Inter and Lufthansa AG": the known name opens its own
            if (
                w.low == "and"
                and last_kw >= 0
                and m + 1 < j
                and words[m + 1].low == "the"
                and _keyword_ahead(words, m + 2, j)
            ):
                break  # "the Ministry of Defence and the Army": two bodies
            m += 1
            continue
        if (
            w.stop
            and w.keyword is None
            and w.lower not in lex.DIRECTIONS
            and not (m == k and w.lower in lex.FAITH_WORDS)  # "Catholic Church"
            # "the ruling All Progressives Congress": capitalised inside a
            # sentence, where the determiner would be "all"
            and not (m == k and w.lower in lex.STOPS_OPENING_ORGS and not w.sent_start)
            and not (m == k and company_opener(words, k))  # "Sun Hung Kai ..."
        ) or (
            m > k
            and title_at(words, m, j)
            and w.keyword is None
            # "Prosecutor General's Office": the officer who heads the body
            and not (w.poss and w.lower in lex.NAME_POSSESSIVES)
        ):
            break
        if (
            m > k
            and w.given
            and m + 1 < j
            and words[m + 1].is_cap
            and last_kw >= 0
            and not w.keyword
            and words[m + 1].keyword is None
        ):
            break  # "... Russian Federation Nikolai Patrushev": a name starts here
        kw = w.keyword
        if kw is not None and (kw.suffix or kw.prefix):
            # (a word that only closes names closes none it opens: "Air Inter")
            closes = kw.suffix and (m > k or kw.prefix)
            if closes or (m + 1 < j and words[m + 1].low in _HEAD_LINKS):
                last_kw = m
            last_prefix = kw.prefix
        else:
            last_prefix = last_prefix and w.is_cap
        if not run_open(w):
            m += 1
            break
        m += 1
    if last_kw < 0:
        return 0
    end = last_kw + 1
    kw = words[last_kw].keyword
    if end < j and words[end].is_cap and words[end].lower in lex.SPORT_LABELS:
        end += 1  # "Major League Baseball", "Major League Soccer": the sport closes it
    for q in range(k, last_kw + 1):
        # "Agency for International Development": all of it after a heading keyword
        head = words[q].keyword
        if (
            head is not None
            and head.prefix
            and q + 1 < j
            and words[q + 1].lower in _HEAD_LINKS
        ):
            end = max(end, org_extent(layer, k, q + 1, j))
            break
    if end == last_kw + 1 and kw is not None and not kw.suffix:
        return 0
    if kw is not None and kw.sector in _STATE_SECTORS:
        # "Armed Forces of the Philippines", "Civil Aviation Administration
        # of China", "Ministry of Foreign Affairs of Ukraine": a state's body
        # named with its country after "of"
        end = _country_after_of(layer, end, j) or end
    if end == last_kw + 1 and _industry_inside(layer, last_kw, m):
        return 0  # "Operation Steel Curtain": the industry noun is inside a name
    if end - k == 1 and not standalone_at(words, k):
        return 0  # a keyword alone ("Coalition", "Party") names nothing
    if words[k].stop and company_opener(words, k):
        # the stop word opens only a company's name, of two words more at least
        last = words[end - 1].keyword
        if end - k < 3 or last is None or not (last.legal or last.sector == "BUS"):
            return 0
    return end


# Sectors of the bodies of a state (government, legislature, armed forces,
# police, courts) whose keyword may be followed by "of" and the state's name
# as part of the body's name ("the Armed Forces of the Philippines", "the
# Civil Aviation Administration of China"); a company's country after "of"
# is no part of its name ("Toyota Motor Corp of Japan").
_STATE_SECTORS = frozenset(("GOV", "LEG", "MIL", "COP", "JUD"))


def _country_after_of(layer: WordLayer, m: int, j: int) -> int:
    """End (word index) of "of (the) <country>" from word m within the run
    (to j), the country one place mention of a country's kind; else 0."""
    words = layer.words
    if m + 1 >= j or words[m].low != "of" or not words[m].is_alpha:
        return 0
    e = m + 1
    if words[e].low == "the" and e + 1 < j:
        e += 1
    p = words[e].place
    if (
        p < 0
        or layer.places[p].kind != "country"
        or layer.places[p].start != words[e].start
    ):
        return 0
    while e < j and words[e].place == p:
        e += 1
    return e


def _keyword_ahead(words: Words, k: int, j: int) -> bool:
    """A keyword stands among the capitalised words from word k on (within
    the run): the words after "and the" name a body of their own ("the
    Ministry of Defence and the Army"); "Ministry of Culture and the Arts"
    names one."""
    m = k
    while m < j and words[m].is_cap:
        if words[m].keyword is not None:
            return True
        m += 1
    return False


def _known_across(words: Words, k: int, m: int, j: int) -> bool:
    """A known name starting at or after word k goes on past word m, the
    connector after a keyword ("U.S. Securities and Exchange Commission":
    "Securities" closes no name there, the known "Securities and Exchange
    Commission" goes on)."""
    return any(q + known_at(words, q, j)[0] > m for q in range(k, m))


def company_opener(words: Words, k: int) -> bool:
    """Word k is a stop word that is also a word of companies' names
    (`company_opener`: "Sun" of "Sun Hung Kai Properties", "May" of "May
    Department Stores"), capitalised and not after a word that puts a date
    after it ("in May", "since March"), nor before a figure ("May 5")."""
    w = words[k]
    if w.lower not in lex.COMPANY_OPENERS or not w.is_upper:
        return False
    before = words[k - 1] if k > 0 and words[k - 1].sent == w.sent else None
    if (
        w.lower in AMBIGUOUS_MONTHS
        and before is not None
        and before.lower in lex.DATE_BEFORE
        and before.low != "of"  # a share's or a stake's: "shares of May ..."
    ):
        return False  # a month after "in", "since", "last": a date
    return k + 1 < len(words) and words[k + 1].is_cap


def _closes_ahead(words: Words, k: int, j: int) -> bool:
    """The capitalised words from word k on (within the run) go on to a
    keyword that closes a name of their own, with a word or more before it
    and no "of" between ("China Investment Corporation", "Royal Insurance";
    not "Trade", "Human Services", a keyword alone: "Parliament")."""
    m = k
    while m < j and words[m].is_cap:
        kw = words[m].keyword
        if kw is not None and kw.suffix and m > k:
            return True
        m += 1
    return False


def _known_company_next(words: Words, k: int, j: int) -> bool:
    """A known organisation's name starts at word k and ends the run or comes
    before its legal form ("... and Lufthansa AG"): the name after "and" is
    that organisation, not the end of one name joined by "and" ("Marks and
    Spencer Plc" goes on: "Spencer" alone is no known name)."""
    n, known = known_at(words, k, j)
    if not n or known is None:
        return False
    end = k + n
    if end == j:
        return True
    kw = words[end].keyword
    return kw is not None and kw.legal and (end + 1 == j or not words[end + 1].is_cap)


# Words after a heading keyword that open the rest of its name ("Ministry of
# Defence", "Agency for International Development", "Commission on Human
# Rights", "Council on Foreign Relations").
_HEAD_LINKS = ("of", "for", "on")


def _industry_inside(layer: WordLayer, q: int, m: int) -> bool:
    """The industry noun at word q ("Steel", "Oil", "Energy": a business
    keyword that is no legal form) is followed, within the run read up to m,
    by a capitalised word that is no keyword, title or place: the noun is
    inside another name ("Operation Steel Curtain"), not the end of a
    company's ("Nippon Steel", "Dow Chemical Co")."""
    words = layer.words
    kw = words[q].keyword
    if kw is None or kw.legal or kw.sector != "BUS" or words[q].poss or q + 1 >= m:
        return False
    w = words[q + 1]
    return (
        w.is_cap
        and w.keyword is None
        and w.place < 0
        and not w.demonym
        and not title_at(words, q + 1, m)
    )


def org_extent(layer: WordLayer, k: int, m: int, j: int) -> int:
    """Extend an organisation ending at m over "of (the) X Y" while X Y are
    names or places and not the start of a person's name."""
    words = layer.words
    if m >= j or words[m - 1].poss or words[m].low not in _HEAD_LINKS:
        return m
    e = m + 1
    if e < j and words[e].low == "the":
        e += 1
    start = e
    if (
        e + 1 < j
        and words[e].given
        and words[e].place < 0
        and words[e + 1].is_cap
        and words[e].keyword is None
    ):
        return m  # "the Liberal Democratic Party of Vladimir Zhirinovsky": its leader
    while e < j and (
        (words[e].is_cap and not words[e].stop)
        or _inner_and(words, e, j)
        or _direction_in_name(words, e, j)
        or _inner_of(words, m, start, e, j)
    ):
        if e > start and words[e].given and e + 1 < j and words[e + 1].is_cap:
            break
        n = title_at(words, e, j)
        if n and words[e].keyword is None and e + n < j and words[e + n].is_cap:
            break  # "... of State Condoleezza Rice"; "Department of Justice" stays
        e += 1
        if not run_open(words[e - 1]):
            break
    while e > start and words[e - 1].text in ("and", "&"):
        e -= 1  # "... of Japan and General Motors": "and" joins the next name
    if words[m].low == "for" and start < e and words[start].place >= 0:
        return m  # "Council for the Middle East": a place after "for" is a scope
    return e if e > start else m


def _national_organ(words: Words, k: int, m: int, known: KnownOrg) -> bool:
    """The known name [k, m) is an organ of an international body written in
    words ("Security Council", "General Assembly") right after a nationality:
    a country's body of that name ("the Russian Security Council"), not the
    international body's."""
    if k == 0 or m - k < 2 or known.country is not None:
        return False
    before = words[k - 1]
    return (
        bool(before.demonym)
        and before.place < 0
        and (known.code or "").startswith("IGO")
        and not any(w.is_acronym for w in words[k:m])
    )


def _inner_of(words: Words, m: int, start: int, e: int, j: int) -> bool:
    """ "of" (and "the") before a capitalised word inside a "for (the)" or
    "on (the)" phrase that holds a word already: the phrase names a task by
    a noun of action and its object ("Society for the Protection of
    Animals", "Office for the Coordination of Humanitarian Affairs",
    "Movement for the Emancipation of the Niger Delta", "Commission on the
    Status of Women")."""
    if words[m].low not in ("for", "on") or e == start or words[e].low != "of":
        return False
    n = e + 2 if e + 2 < j and words[e + 1].low == "the" else e + 1
    return n < j and words[n].is_cap and not words[n].stop and words[e - 1].is_cap


def _direction_in_name(words: Words, e: int, j: int) -> bool:
    """A capitalised direction before another capitalised word that is no
    stop word inside an "of" phrase, and no place's first word ("Congress
    of South African Trade Unions"): the direction opens a people's name.
    A place after "of" ends the phrase where the place stage reads it
    ("Samsung of South Korea" is a company and its country)."""
    return (
        words[e].is_cap
        and words[e].lower in lex.DIRECTIONS
        and words[e].place < 0  # "Samsung of South Korea": a place, no name
        and e + 1 < j
        and words[e + 1].is_cap
        and not words[e + 1].stop
    )


def _inner_and(words: Words, e: int, j: int) -> bool:
    """ "Ministry of Industry and Information Technology": "and" before a capital."""
    return words[e].text in ("and", "&") and e + 1 < j and words[e + 1].is_cap


def org_candidate(
    layer: WordLayer, k: int, m: int, known: KnownOrg | None, rule: str
) -> Candidate:
    """An organisation candidate for words [k, m), its own country and sector."""
    words = layer.words
    # a leading demonym is a modifier unless a naming word follows
    country: str | None = None
    last_kw = words[m - 1].keyword
    legal = last_kw is not None and last_kw.legal
    if words[k].demonym and m - k >= 2 and known is None and not legal:
        # (a company's legal name holds its demonym: "British Airways Plc")
        rest = [w.lower for w in words[k + 1 : m]]
        # (and a body of members holds it: "Swiss Bankers Association")
        named = not lex.NAMING_WORDS.isdisjoint(rest) or rest[-1] in lex.MEMBER_BODIES
        if not named and 2 <= len(rest) < 3:
            country = words[k].demonym
            k += 1
    sector = ""
    head = ""  # the sector of the noun "of" follows: the name's head
    for n, w in enumerate(words[k:m]):
        if country is None and w.demonym:
            country = w.demonym
        if country is None and w.place >= 0:
            country = layer.places[w.place].country
        if country is None and w.is_cap and w.keyword is None:
            country = _country_name_at(words, k + n, m)
        kw = w.keyword
        if kw is not None and kw.sector:
            sector = kw.sector
            if not head and k + n + 1 < m and words[k + n + 1].text == "of":
                head = kw.sector
    # "Department of Forestry and Fire Management" is a department, whatever
    # its remit's words name ("Bank of America": a bank)
    sector = head or sector
    if sector == "LEG" and any(w.lower == "congress" for w in words[k:m]):
        sector = _congress_sector(words[k:m])
    if country is None:
        country = _scope_country(words, k, m)
    if known is None:
        n, found = known_at(words, k, m)
        if n == m - k:
            known = found
    if known is not None and _national_organ(words, k, m, known):
        # "Russian Security Council": the country's own council, not the U.N.'s
        known, country = None, words[k - 1].demonym
    if known is not None:
        country = known.country  # "Islamic State" names no country
        a3 = alpha3(country)
        code = known.code or ""
        # the known code's sector ("USAGOV" -> GOV), not the keyword's ("House")
        sector = code[3:6] if a3 and code.startswith(a3) else ""
    return Candidate(
        "organization",
        k,
        m,
        layer.columns,
        rule,
        sector=sector,
        country=country,
        known=known,
        poss=words[m - 1].poss,
        weak=words[k].in_caps_line and known is None,
    )


def _scope_country(words: Words, k: int, m: int) -> str | None:
    """The country of the place after the first "of" of words [k, m), read
    as one to three capitalised words ("University of Michigan")."""
    for x in range(k + 1, m - 1):
        if words[x].text == "of":
            for n in (3, 2, 1):
                if x + 1 + n <= m and all(w.is_cap for w in words[x + 1 : x + 1 + n]):
                    found = scope_country(
                        " ".join(w.text for w in words[x + 1 : x + 1 + n])
                    )
                    if found:
                        return found
            return None
    return None


def _country_name_at(words: Words, k: int, m: int) -> str | None:
    """A country named by one to three words starting at k ("US", "United States")."""
    for n in (3, 2, 1):
        if k + n <= m and all(w.is_cap for w in words[k : k + n]):
            found = place_country(" ".join(w.text for w in words[k : k + n]))
            if found:
                return found
    return None


def _congress_sector(name: Words) -> str:
    """A body named "... Congress": a federation of trade unions ("the Nigeria
    Labour Congress", LAB), a party ("the National Democratic Congress", PTY),
    else a legislature ("the U.S. Congress", LEG)."""
    lows = {w.lower for w in name}
    if not lows.isdisjoint(lex.CONGRESS_LABOUR):
        return "LAB"
    if not lows.isdisjoint(lex.CONGRESS_PARTY):
        return "PTY"
    return "LEG"
