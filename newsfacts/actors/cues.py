"""What the words around a name say it is, when the name itself does not.

A lone "Renault" is a company by its context, and one mention that shows which
is enough for all its mentions in the article (the cues of a person are in
`person_cues.py`):

- organisation cues: a name joined from three capitalised parts
  ("PolGazTrans"), an apposition that says what kind of body it is ("Dacia,
  the German division of ...", "Hallwood, a Cleveland merchant bank"), "its"
  after its verb ("Renault cut its share"), or the words of business around it
  ("a stake in Geely", "shares of Nissan", "Volvo shares", "Skoda's chief
  executive");
- things: the last word of a named thing ("Hurricane Gustav" ... "Gustav");
- the lists names stand in, and a country named after a name.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from .._data import lazy
from . import lexicon as lex
from .candidate import Candidate
from .lines import digit_first
from .units import common_word
from .words import Word, WordLayer, Words

__all__ = [
    "APPOSITION_WORDS",
    "country_after",
    "employer_cue",
    "index_acronyms",
    "listed_runs",
    "lone_key",
    "market_staff_at",
    "org_apposition",
    "org_cue",
    "org_cue_keys",
    "person_of",
    "plain_name",
    "possessive_name",
    "said_its",
    "thing_keys",
]

# Words read after a name for an apposition or "its" (bounded look-ahead).
APPOSITION_WORDS = 6


_ITS_GAP = 2


def lone_key(layer: WordLayer, c: Candidate) -> str:
    """The matching key of a name's text: its words, lower case, without an
    Arabic article on a one-word name ("al-Thani" -> "thani")."""
    words = layer.words[c.i : c.j]
    if len(words) == 1:
        low = words[0].lower
        if not low.startswith(lex.ARTICLE_PREFIXES):  # most names: one C call
            return low
        for p in lex.ARTICLE_PREFIXES:
            if low.startswith(p) and len(low) > len(p) + 1:
                return low[len(p) :]
        return low
    return " ".join(w.lower for w in words)


def _business_after_owner(words: Words, j: int) -> bool:
    """A noun only a body has after a possessive name at word j, right after
    it or after up to two lower-case words that qualify it ("Volvo's shares",
    "Dalgren's biggest shareholder", "Fiat's net profit")."""
    for k in range(j, min(j + _OWNED_WORDS + 1, len(words))):
        w = words[k]
        if w.lower in lex.BUSINESS_AFTER:
            return True
        if w.low != w.text or not w.is_alpha or w.stop or w.lower in lex.stopwords():
            return False
    return False


_OWNED_WORDS = 2  # lower-case words between a possessive and its noun of business


def _owned_site(words: Words, i: int, j: int) -> bool:
    """A site a body owns, named by its place: an owner before the name and
    a noun of a site after it ("its Longbridge plant", "the company's Detroit
    headquarters", "their Dagenham factory"), where "the Toyota plant" and
    "Toyota's plant" are the company's."""
    if i == 0 or words[j].lower not in lex.SITE_NOUNS:
        return False
    before = words[i - 1]
    return before.low in _SITE_OWNERS or (before.poss and before.sent == words[i].sent)


# Possessive determiners before a site's place name ("its Longbridge plant").
_SITE_OWNERS = frozenset(("its", "their", "our"))


def plain_name(w: Word) -> bool:
    """A capitalised word that may be a name (not an acronym or demonym)."""
    return w.is_cap and not w.is_acronym and not w.demonym


def org_cue(layer: WordLayer, i: int, j: int) -> bool:
    """The words around the name [i, j) say it is an organisation."""
    words = layer.words
    n = len(words)
    last = words[j - 1]
    if j - i == 1 and (
        last.lower in lex.ORG_TYPES or last.lower in lex.REGION_ADJECTIVES
    ):
        # "Chipmaker shares fell": the noun of a kind of body; "European
        # shares closed mixed": a region's adjective
        return False
    if j - i == 1 and _camel_case(last.text):
        return True  # "GlaxoSmithKline", "BlackRock"
    if j - i == 1 and _company_ending(last):
        return True  # "Safaricom", "Sberbank", "Naftogaz", "Microsoft"
    if employer_cue(words, i):
        return True  # "a stake in Geely", "analysts at JPMorgan"
    if i > 0 and words[i - 1].text in lex.PARTS_BEFORE_NAME:
        return True  # "its U.S. unit LaSalle", "the subsidiary Vantorix"
    if possessive_name(words, j):
        return True  # "Macy's said", "Sainsbury's reported a rise in sales"
    if _owned_by_body(words, i):
        return True  # "Wesfarmers, which owns Coles"
    if _type_before_comma(words, i, j):
        return True  # "The company, Brelland Hartwig, said"
    if j >= n:
        return False
    nxt = words[j]
    if last.poss and _business_after_owner(words, j):
        return (
            True  # "Skoda's board", "Volvo's shares", "Dalgren's biggest shareholder"
        )
    if (
        last.poss
        and nxt.low == "chief"
        and j + 1 < n
        and words[j + 1].low in lex.CHIEF_OF_BODY
    ):
        return True  # "Skoda's chief executive", "Pirelli's chief financial officer"
    if (
        not last.poss
        and nxt.lower in lex.BUSINESS_AFTER
        and nxt.low == nxt.text
        and not (j - i == 1 and words[i].sent_start and common_word(words[i].low))
        and not _owned_site(words, i, j)
        # "Calcutta shares eased": a market's city, where no place was read
        and " ".join(w.lower for w in words[i:j]) not in lex.market_cities()
    ):
        return True  # "Volvo shares fell"; not "Leading shares", "Bank shares"
    if (
        not last.poss
        and nxt.lower in lex.MEMBER_NOUNS
        and nxt.low == nxt.text
        and (j - i >= 2 or words[i].is_acronym)
    ):
        return True  # "Deutsche Welle journalists", "NLD members"
    staff = 0 if last.poss else _staff_end(words, j)
    if (
        staff
        and staff < n
        and words[staff].is_cap
        and not words[staff].stop
        and (not words[i].given or _full_name_at(words, staff))
        and not (j - i == 1 and words[i].sent_start and common_word(words[i].low))
    ):
        # "Kleinwort analyst Mark Hughes", "Sampdoria striker Enrico Chiesa",
        # "Vantorix chief executive John Dillard"; a common word opening the
        # sentence is no name ("Opposition leader")
        return True
    if not last.poss and (_its_after(words, j) or _stake_after(words, j)):
        return True  # "Renault cut its share", "Volvo bought a stake in ..."
    if not last.poss and (_results_after(words, j) or _deal_after(words, j)):
        return (
            True  # "Banorte said quarterly profit rose", "Ardian agreed to buy a stake"
        )
    if (
        not last.poss
        and _price_move(words, j)
        and not (j - i == 1 and words[i].sent_start and common_word(words[i].low))
    ):
        return True  # "Glaxo Wellcome fell 12 pence to 812p"; not "Gold rose $2"
    if (
        nxt.text == ","
        and j + 1 < n
        and words[j + 1].low == "which"
        and _heads(words, i)
    ):
        return True  # "Brelland Hartwig, which owns two mines": no person
    if nxt.low in ("is", "was") and org_apposition(words, j + 1, parts=False):
        # "Vantorix is the country's largest retailer"; a part a person may
        # be is no evidence after a verb ("Ramirez is a film producer")
        return True
    return nxt.text == "," and org_apposition(words, j + 1)


def _owned_by_body(words: Words, i: int) -> bool:
    """ "Wesfarmers, which owns Coles": "which" or "that" and a verb of owning
    (`owning_verb`) right before the name, which a body owns, so a company."""
    return (
        i >= 2
        and words[i - 1].low in lex.OWNING_VERBS
        and words[i - 1].low == words[i - 1].text
        and words[i - 2].low in _RELATIVES
        and words[i - 2].sent == words[i].sent
    )


_RELATIVES = frozenset(("which", "that"))


# Prepositions between a noun of business or of a body's staff and the name.
_BUSINESS_LINKS = frozenset(("in", "of", "for"))


_EMPLOYER_LINKS = frozenset(("at", "with", "for", "of"))


def employer_cue(words: Words, i: int) -> bool:
    """The words right before the name at word i make it a company or the
    employer of its staff: a noun of business and "in", "of" or "for" ("a
    stake in Geely", "shares of Nissan"), or a noun of people who work for a
    body and "at", "with", "for" or "of" ("analysts at JPMorgan", "traders
    with Vitol", "a spokesman for Siemens", "chief executive of Vantorix").
    Read before the name, the cue holds whatever follows it ("Analysts at
    Kleinwort Benson said"), and it holds for a second name joined by "and"
    to a one-word or two-word first ("dealers at Commerzbank and Morgan
    Grenfell", "stakes in Fiat and Pirelli")."""
    if i < 2:
        return False
    if words[i - 1].low == "and" and i >= 4:
        first = i - 2
        while first > max(i - 4, 1) and words[first - 1].is_cap:
            first -= 1
        if words[first].is_cap and not words[first - 1].is_cap:
            return _employer_before(words, first)
    return _employer_before(words, i)


def _employer_before(words: Words, i: int) -> bool:
    """The words right before word i are a cue of `employer_cue`."""
    if i < 2:
        return False
    before = words[i - 1]
    if i >= 3 and before.low == before.text and before.lower in lex.NAME_OPENERS:
        i -= 1  # "shares in rival Infineon", "a stake in parent Daimler"
    link = words[i - 1].low
    noun = words[i - 2].lower
    return (
        (link in _BUSINESS_LINKS and noun in lex.BUSINESS_BEFORE)
        or (link in _EMPLOYER_LINKS and noun in lex.EMPLOYER_BEFORE)
        or (link == "by" and noun in lex.BOUGHT_BY)  # "bought by Brenmoor"
    )


def possessive_name(words: Words, j: int) -> bool:
    """The name ending at word j is written with a possessive that heads no
    noun: a verb of speech, of a company's results or of a deal follows
    ("Macy's said", "Sainsbury's reported higher sales", "Dillard's agreed
    to buy"), so the "'s" is the name's own, a business named for its
    founder; "Macy's stores" is Macy's possessive."""
    if j < 1 or j >= len(words) or not words[j - 1].poss:
        return False
    nxt = words[j]
    if nxt.low != nxt.text:
        return False
    return (
        nxt.lower in lex.SPEECH_AFTER
        or _results_after(words, j)
        or _deal_after(words, j, named=True)
        or _price_move(words, j)
    )


def market_staff_at(words: Words, i: int) -> bool:
    """ "analysts at Carnegie", "traders at Sucden": the staff of the
    markets work at firms, so the name after "at" is their employer even
    where it is also a town's."""
    return (
        i >= 2 and words[i - 1].low == "at" and words[i - 2].lower in lex.MARKET_STAFF
    )


def _heads(words: Words, i: int) -> bool:
    """The name at word i heads its noun phrase: no "of", "and" or "or"
    joins it to a phrase before it ("the Kingdom of Serbs, Croats and
    Slovenes, which ...", "the Day of Prayer, which ...")."""
    return i == 0 or words[i - 1].low not in ("of", "and", "or", "&", ",")


def _type_before_comma(words: Words, i: int, j: int) -> bool:
    """ "The company, Brelland Hartwig, said", "the insurer, Vantorix,": the
    name [i, j) is set off by commas after an article and a lower-case noun
    of a kind of body, which it names."""
    if i < 3 or j >= len(words) or words[i - 1].text != "," or words[j].text != ",":
        return False
    noun = words[i - 2]
    return (
        noun.text == noun.low
        and noun.lower in lex.ORG_TYPES
        and words[i - 3].low in ("a", "an", "the")
    )


def _camel_case(text: str) -> bool:
    """A word joined from capitalised parts ("GlaxoSmithKline", "PolGazTrans",
    "BlackRock", "OpenAI"): a company's or brand's name; a person's name has one
    inner capital at most, after a surname's prefix ("McDonald", "DiCaprio",
    "MacArthur")."""
    if not text.isalpha() or not text[:1].isupper():
        return False  # "French-Spanish-Swiss", "India-US": a compound
    # each inner capital opens a part after a lower-case letter ("FATAs",
    # "JPMorgan" are acronyms)
    starts = [
        n + 1 for n, (a, b) in enumerate(pairwise(text)) if b.isupper() and a.islower()
    ]
    if len(starts) >= 2:
        return len(starts) == sum(1 for ch in text[1:] if ch.isupper())
    # two parts: "BlackRock", "YouTube", "TikTok", "SpaceX", "OpenAI", unless
    # the first is a surname's prefix ("McDonald", "DeSantis", "LaGuardia")
    return (
        len(starts) == 1
        and text[: starts[0]].lower() not in _NAME_PREFIXES
        and text[: starts[0]].isalpha()
    )


# First parts of surnames written with an inner capital.
_NAME_PREFIXES = frozenset(
    "mc mac de di da du la le lo van von del della der st fitz ja".split()
)


def _company_ending(w: Word) -> bool:
    """A capitalised word that ends in a word of business joined to a name
    (`company_ending`: "Safaricom", "Sberbank", "Naftogaz", "Transneft"), at
    least three letters before it, and is no given name: a company's name,
    which no person's surname is."""
    if not w.is_cap or w.given or w.is_acronym or not w.is_alpha:
        return False
    low = w.low
    return any(
        low.endswith(end) and len(low) >= len(end) + 3 for end in lex.COMPANY_ENDINGS
    )


def _staff_end(words: Words, j: int) -> int:
    """The end of a lower-case noun of a body's staff at word j: one word
    (`staff_before_person`: "analyst", "striker") or a chief's title of a
    body (`chief_of_body`: "chief executive", "chief financial officer");
    0 if none."""
    if j >= len(words) or words[j].low != words[j].text:
        return 0
    if words[j].low in lex.STAFF_BEFORE_PERSON:
        return j + 1
    if words[j].low != "chief" or j + 1 >= len(words):
        return 0
    if words[j + 1].low not in lex.CHIEF_OF_BODY:
        return 0
    end = j + 2
    if end < len(words) and words[end].low == "officer":
        end += 1  # "chief financial officer"
    return end


def _full_name_at(words: Words, k: int) -> bool:
    """A given name and another capitalised word at word k: a person's full
    name after a staff noun, so the name before the noun is the body even
    when it reads as a given name ("Mercedes driver Lewis Hamilton",
    "Jordan driver Ralf Schumacher")."""
    return (
        k + 1 < len(words)
        and words[k].given
        and words[k + 1].is_cap
        and not words[k + 1].stop
        and words[k + 1].sent == words[k].sent
    )


def _its_after(words: Words, j: int) -> bool:
    """ "its" within two lower-case words after the name, none of them a verb
    of speech (after "said ... " its may be anyone's), or right after a verb
    of speech and "that" ("Vantorix said its profit rose", "Iran says its
    programme"): a person would say "his" or "her"."""
    if said_its(words, j):
        return True
    for m in range(j, min(j + _ITS_GAP + 1, len(words))):
        w = words[m]
        if w.low == "its":
            return m > j
        if not w.is_alpha or w.is_upper or w.low in lex.person_verbs():
            return False
        if m == j and w.stop:
            return False  # "Due to its location": no verb of the name's
    return False


def said_its(words: Words, j: int) -> bool:
    """ "said its", "says that its" at word j; or "said it" and a verb of what
    a body plans or reports (`it_acts`: "Naftogaz said it expected repairs to
    take weeks", "Banorte said on Monday it had agreed to buy ..."): "it"
    there is the speaker, where "Federer said it was tough" is no one."""
    if j + 1 >= len(words) or words[j].low not in lex.SPEECH_AFTER:
        return False
    k = j + 1
    if k + 1 < len(words) and words[k].low == "on" and words[k + 1].is_cap:
        k += 2  # "said on Monday it ..."
    if k < len(words) and words[k].low == "that":
        k += 1
    if k >= len(words):
        return False
    if words[k].low == "its":
        return True
    if words[k].low != "it" or k + 1 >= len(words):
        return False
    at = k + 1
    if words[at].low in ("had", "has", "would", "will") and at + 1 < len(words):
        at += 1  # "said it had agreed", "said it would buy"
    if words[at].low == "not" and at + 1 < len(words):
        at += 1  # "said it would not renew the contract"
    act = words[at].low
    if act in lex.IT_ACTS:
        return True
    # a verb and its particle: "said it would lay off 200 workers"
    return at + 1 < len(words) and f"{act} {words[at + 1].low}" in lex.IT_ACTS


def _price_move(words: Words, j: int) -> bool:
    """A share price's move right after the name: a verb of a price
    (`price_verb`), a figure and its unit of money ("fell 12 pence", "rose
    4p", "gained 2.30 marks", "rose $1.25"), as a market report writes of a
    company's shares; a move in percent or points is any index's or
    figure's."""
    n = len(words)
    if j + 2 >= n or words[j].low not in lex.PRICE_VERBS:
        return False
    k = j + 1
    if words[k].text in _MONEY_SIGNS:
        return k + 1 < n and digit_first(words[k + 1].text)
    if not digit_first(words[k].text):
        return False
    unit = words[k + 1]
    return unit.low in lex.PRICE_UNITS or (
        unit.text == "p" and unit.start == words[k].end
    )


# Signs of money before a figure ("rose $1.25", "fell 12p").
_MONEY_SIGNS = frozenset(("$", "£", "€", "¥"))


def _stake_after(words: Words, j: int) -> bool:
    """ "Volvo bought a stake in ...": within three lower-case words after the
    name, a noun of business before "in", "of" or "for"."""
    for m in range(j, min(j + _ITS_GAP + 2, len(words) - 1)):
        w = words[m]
        if not w.is_alpha or w.is_upper or w.low in _PERSONAL_OWNERS:
            return False  # "Kellam will sell his shares in ...": a person's
        if m > j and w.lower in lex.BUSINESS_BEFORE:
            return words[m + 1].low in ("in", "of", "for")
    return False


def _results_after(words: Words, j: int) -> bool:
    """ "Banorte said quarterly profit rose", "Vantorix reported a net loss",
    "Kelmar posted on Monday its first-quarter net profit": a verb of speech
    or report right after the name, then the words of a company's own results
    (a `results_period` word and a `results_noun`); after a verb of reporting
    results a word of their change does as a period word ("Wesfarmers
    reported higher sales": `results_change`, `results_verb`)."""
    n = len(words)
    if j + 2 >= n or words[j].low not in _report_verbs():
        return False
    k = j + 1
    if words[k].low == "on" and k + 1 < n and words[k + 1].is_cap:
        k += 2  # "said on Monday ..."
    while k < n and words[k].low in _RESULTS_OPENERS:
        k += 1
    periods = 0
    if (
        k < n
        and words[k].low in lex.RESULTS_CHANGES
        and words[j].low in lex.RESULTS_VERBS
    ):
        k, periods = k + 1, 1  # "reported higher sales", "posted a record profit"
    while k < n and words[k].low in lex.RESULTS_PERIODS and periods < 2:
        k, periods = k + 1, periods + 1  # "first-quarter net profit"
    return periods > 0 and k < n and words[k].low in lex.RESULTS_NOUNS


@lazy
def _report_verbs() -> frozenset[str]:
    """Verbs a speaker says or reports with, and what a body plans or
    reports: those that may come before a company's results."""
    return lex.person_verbs() | lex.IT_ACTS


# Possessives of people, which end a cue of business ("sell his shares").
_PERSONAL_OWNERS = frozenset(("his", "her"))

# Words between a verb and the results it reports ("reported that its net profit").
_RESULTS_OPENERS = frozenset(("a", "an", "its", "that", "the"))

# Lower-case words at most between a lone name and its verb of a deal
# ("has agreed to buy"), and between that verb and its noun of business
# ("buy a 49 percent stake").
_DEAL_GAP = 4


def _deal_after(words: Words, j: int, named: bool = False) -> bool:
    """ "Ardian agreed to buy a stake in ...", "Vantorix will sell its
    unit": within four lower-case words after the name a verb of buying or
    selling (`deal_verb`), then within four more lower-case words or figures
    a noun of business (`business_before`: "stake", "unit", "shares"). A
    person's "his" or "her" ends it ("Smith will sell his shares"), and so
    does any noun no body alone buys ("Smith agreed to buy a house").
    `named`: the name is written with a possessive before the verb, and a
    name right after the verb is the body bought or sold ("Dillard's agreed
    to buy Mercantile Stores")."""
    n = len(words)
    for m in range(j, min(j + _DEAL_GAP, n)):
        w = words[m]
        if not w.is_alpha or w.low != w.text:
            return False
        if w.low in lex.DEAL_VERBS:
            break
    else:
        return False
    if named and m + 1 < n and words[m + 1].is_cap and not words[m + 1].stop:
        return True
    for k in range(m + 1, min(m + 1 + _DEAL_GAP, n)):
        w = words[k]
        if w.low in _PERSONAL_OWNERS:
            return False
        if w.lower in lex.BUSINESS_BEFORE:
            return True
        if not (w.low == w.text or digit_first(w.text) or w.text == "%"):
            return False
    return False


def org_apposition(words: Words, k: int, parts: bool = True) -> bool:
    """ ", the German division of ...", ", a Cleveland merchant bank",
    ", Norway's biggest company": an apposition opened by an article or a
    possessive name whose head is a kind of body (with `parts`, also a part
    or role of one: "division", "producer")."""
    if k >= len(words):
        return False
    opener = words[k]
    if opener.low not in ("a", "an", "the") and not (opener.is_cap and opener.poss):
        return False
    for m in range(k + 1, min(k + 1 + APPOSITION_WORDS, len(words))):
        w = words[m]
        if w.text in ("'", "\u2019") and words[m - 1].low.endswith("s"):
            continue  # "the metalworkers' union": a plural's possessive
        if not w.is_alpha:
            return False
        if w.is_upper:
            continue  # "a Cleveland merchant bank", "the German division"
        if w.lower in lex.ORG_TYPES or (parts and w.lower in lex.ORG_PARTS):
            return True
    return False


def org_cue_keys(layer: WordLayer, cands: list[Candidate]) -> set[str]:
    """Keys of the names some mention shows to be an organisation's."""
    return (
        {
            lone_key(layer, c)
            for c in cands
            if c.kind in ("pending", "person")
            and not c.title
            and (plain_name(layer.words[c.i]) or _acronym_led(layer.words, c))
            and org_cue(layer, c.i, c.j)
        }
        | _typed_list(layer, cands)
        | _listed_with_firms(layer, cands)
        | person_of(layer, cands)
    )


def _acronym_led(words: Words, c: Candidate) -> bool:
    """A name of two words or more led by an acronym ("IG Metall", "ING
    Barings"): no person's name opens so, and a cue of a body holds for it."""
    return c.j - c.i >= 2 and words[c.i].is_acronym


def person_of(layer: WordLayer, cands: list[Candidate]) -> set[str]:
    """Keys of the names right after a person's full name and "of" that no
    stage reads as a place ("said Olivier Jakob of Petromatrix", "Mark
    Hughes of Kleinwort Benson"): news gives a person the body they speak
    for so, and their country or town as a place ("Jarkko Nieminen of
    Finland", which the places stage claims)."""
    words = layer.words
    out: set[str] = set()
    for a, b in pairwise(cands):
        if (
            a.kind == "person"
            and a.j - a.i >= 2
            and (b.kind == "pending" or b.rule == "person-caps")
            and b.i == a.j + 1
            and words[a.j].low == "of"
            and not words[a.j - 1].poss
            and plain_name(words[b.i])
            and not words[b.i].given
            and words[b.i].place < 0
        ):
            out.add(lone_key(layer, b))
    return out


def _typed_list(layer: WordLayer, cands: list[Candidate]) -> set[str]:
    """Keys of the names of a list after a plural noun of a kind of body ("the
    groups Ansar Dine and Jaish al-Fath", "carmakers Renault and Nissan"): each
    name of the list is one."""
    words = layer.words
    out: set[str] = set()
    for run in listed_runs(words, cands):
        if _plural_type(words, run[0].i - 1):
            out.update(
                lone_key(layer, x)
                for x in run
                if x.kind in ("pending", "person")
                and not x.title
                and plain_name(words[x.i])
                and not words[x.i].given
            )
    return out


def _listed_with_firms(layer: WordLayer, cands: list[Candidate]) -> set[str]:
    """Keys of the names with no given name or title that stand in one list
    with a company the package knows or a name closed by a company's legal
    form, and with no person ("Daimler-Benz and Siemens said", "Volvo AB and
    Scania"): companies are listed with companies. A cue of a company after
    the list's last name holds for the whole list, which is its subject or
    owner ("Woolworths and Wesfarmers reported higher sales", "Ryanair and
    Vantorix shares fell")."""
    words = layer.words
    out: set[str] = set()
    for run in listed_runs(words, cands):
        # (two capitalised words with no given name are no person yet: "Air
        # Inter and Lufthansa AG")
        if any(x.kind == "person" and x.rule != "person-caps" for x in run):
            continue
        if any(_firm(layer, x) for x in run) or _list_cue(words, run[-1].j):
            out.update(
                lone_key(layer, x)
                for x in run
                if x.kind in ("pending", "person")
                and x.rule in ("name", "person-caps")
                and plain_name(words[x.i])
                and not words[x.i].given
            )
    return out


def _list_cue(words: Words, j: int) -> bool:
    """After a list's last name (ending at word j), a lower-case noun only a
    body has ("shares") or a company's results ("reported higher sales")."""
    if j >= len(words) or words[j - 1].poss:
        return False
    nxt = words[j]
    if nxt.lower in lex.BUSINESS_AFTER and nxt.low == nxt.text:
        return True
    return _results_after(words, j)


_MULTINATIONAL = "MNC"  # CAMEO's code of a multinational corporation


def _firm(layer: WordLayer, c: Candidate) -> bool:
    """The candidate is a company: a known one with a business code (a
    national business, "DEUBUS", or a multinational corporation, "MNCFRA",
    CAMEO's MNC), or a name closed by a legal form ("Volvo AB")."""
    if c.kind != "organization":
        return False
    if c.known is not None:
        code = c.known.code or ""
        return "BUS" in code or code.startswith(_MULTINATIONAL)
    kw = layer.words[c.j - 1].keyword
    return kw is not None and kw.legal


def _plural_type(words: Words, k: int) -> bool:
    """Word k is a lower-case plural of a kind of body ("groups", "parties",
    "carmakers")."""
    if k < 0 or not words[k].is_alpha or words[k].low != words[k].text:
        return False
    low = words[k].low
    if not low.endswith("s"):
        return False
    types = lex.ORG_TYPES
    return low[:-1] in types or (low.endswith("ies") and low[:-3] + "y" in types)


def index_acronyms(layer: WordLayer, cands: list[Candidate]) -> set[str]:
    """Bare acronyms some mention shows to be a market index's name: one
    right before an index's word, or before a figure and one ("the DAX
    index", "the FTSE 100 index"). An index is a figure, no actor, as "the
    Dow Jones industrial average" is (see `names`); a known body's name stays
    the body's ("the S&P 500 index")."""
    words = layer.words
    n = len(words)
    out: set[str] = set()
    for c in cands:
        if c.kind != "pending" or c.rule != "acronym" or c.j - c.i != 1:
            continue
        m = c.j
        if m + 1 < n and words[m].text.isdigit():
            m += 1  # "FTSE 100 index", "CAC 40 index"
        if m < n and words[m].text in lex.INDEX_WORDS:
            out.add(words[c.i].text)
    return out


def thing_keys(layer: WordLayer, cands: list[Candidate]) -> set[str]:
    """Last words of named things headed by a thing word ("Hurricane Gustav",
    "Mount Kenya"), which a lone mention of that word stays ("Gustav is")."""
    out = set()
    for c in cands:
        if c.kind == "thing" and c.j - c.i >= 2:
            head = layer.words[c.i].lower
            if head in lex.not_person_words():
                out.add(layer.words[c.j - 1].lower)
    return out


# Words between two names of one list ("A, B and C", "A and B", "A or B").
_LIST_LINKS = frozenset(((",",), ("and",), ("or",), (",", "and"), (",", "or")))


def listed_runs(words: Words, cands: list[Candidate]) -> Iterator[list[Candidate]]:
    """The lists of two candidates or more next to each other ("A, B and C"),
    in text order."""
    run: list[Candidate] = []
    for c in [*cands, None]:
        if c is not None and run and _linked(words, run[-1], c):
            run.append(c)
            continue
        if len(run) >= 2:
            yield run
        run = [c] if c is not None else []


def _linked(words: Words, a: Candidate, b: Candidate) -> bool:
    """Candidates a and b are next to each other in a list."""
    gap = b.i - a.j
    if not 1 <= gap <= 2 or words[a.j - 1].poss:
        return False
    return tuple(w.low for w in words[a.j : b.i]) in _LIST_LINKS


def country_after(layer: WordLayer, j: int) -> str | None:
    """ "Jarkko Nieminen of Finland", "Andre Agassi of the United States",
    "Anna Keller ( Switzerland )": the country right after a name, as
    results and draws give a player's."""
    words = layer.words
    if j + 1 >= len(words) or words[j].low not in ("of", "("):
        return None
    at = j + 1
    if words[j].low == "of" and words[at].low == "the" and at + 1 < len(words):
        at += 1  # the article of a country's name ("the United States")
    w = words[at]
    if w.place < 0 or layer.places[w.place].kind != "country":
        return None
    end = at
    while end < len(words) and words[end].place == w.place:
        end += 1
    if words[j].low == "(":
        ok = end < len(words) and words[end].text == ")"
    else:
        ok = end >= len(words) or not words[end].is_cap
    return layer.places[w.place].country if ok else None
