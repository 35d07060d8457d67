"""Short forms in one document: once "Lake Shore Gold Corp" is named, a later
"Lake Shore" is that company, and once "Serena Williams" or "Prime Minister
Theresa May" is, a later "Williams" or "May" is that person, even where the
words alone would read as a place, a month or a common word.

A company (an organisation whose name ends in a business keyword or a legal
form, or a club: "Inter Milan" ... "Inter") is also known
by its name without the legal form and by the first words of that name, down
to one word, as long as the shorter form still looks like a name: it does
not end in a connector or a keyword, is not a country, and a single word is
not a common word of the article, a region or country, a demonym, a given
name, a title or a stop word ("General Motors Corp" gives "General Motors",
never "General"). A name with a legal form is also known by its last word
before it, judged the same way ("Walt Disney Co" ... "Disney"). A single
word that is a town ("Phoenix Mining Corp") is a short form only where the
sentence makes it an actor ("Phoenix said", "Phoenix shares", "Phoenix's
output"), and any form the places stage reads as a place stays that place
after a locative preposition ("near Lake Shore").
"""

from __future__ import annotations

from itertools import compress, count

from ..knowledge.countries import place_country
from ..knowledge.titles import titles
from ..language.tagger_lexicon import lexicon
from . import lexicon as lex
from .candidate import Candidate
from .words import Word, WordLayer, Words

__all__ = ["company_forms", "find_short_forms", "find_surnames"]

# Words of a short form, at most (longer company names keep their long forms).
_MAX_FORM = 4


def _company(layer: WordLayer, c: Candidate) -> bool:
    """An organisation whose name ends in a business keyword or legal form, or
    a club (named like a place or known: "Inter Milan" ... "Inter")."""
    if c.kind != "organization" or c.j - c.i < 2:
        return False
    if c.rule.startswith("org-club") or (c.known is not None and c.known.sport):
        return True
    last = layer.words[c.j - 1]
    kw = last.keyword
    if _party(layer, c):
        return True
    # "West Bank" ends in a keyword inside a place: no company; a legal form
    # ends a company even where the places stage also claims the whole name
    # ("Lake Shore Gold Corp")
    return (
        kw is not None
        and kw.sector == "BUS"
        and kw.suffix
        and (last.place < 0 or kw.legal)
    )


def _party(layer: WordLayer, c: Candidate) -> bool:
    """A party named by one word and its keyword, the word no adjective
    ("Labour Party" ... "Labour's lead", "Likud Party" ... "Likud"; not
    "Democratic Party", whose "Democratic" alone modifies a noun)."""
    if c.j - c.i != 2:
        return False
    kw = layer.words[c.j - 1].keyword
    if kw is None or kw.sector != "PTY":
        return False
    entry = lexicon().entries.get(layer.words[c.i].low)
    return entry is None or entry[0] != "JJ"


def company_forms(layer: WordLayer, c: Candidate) -> list[tuple[str, ...]]:
    """The shorter names (lower-case words) a company candidate is known by:
    without its legal form, and the first words of that ("Lake Shore Gold
    Corp" -> "lake shore gold", "lake shore")."""
    if not _company(layer, c):
        return []
    words = layer.words[c.i : c.j]
    while words and words[-1].keyword is not None and words[-1].keyword.legal:
        words = words[:-1]  # "Exxon Mobil Corp." -> "Exxon Mobil"
    legal = len(words) < c.j - c.i
    if not legal:
        words = words[:-1]  # "Singapore Airlines" -> "Singapore" (then judged)
    out = []
    for n in range(min(len(words), _MAX_FORM), 0, -1):
        part = words[:n]
        if _form_ok(layer, part):
            out.append(tuple(w.lower for w in part))
    if legal and 2 <= len(words) <= _MAX_FORM and _form_ok(layer, words[-1:]):
        # "Walt Disney Co" ... "Disney", "Royal Dutch Shell Plc" ... "Shell":
        # the last word of a company's name before its legal form
        out.append((words[-1].lower,))
    return out


def _form_ok(layer: WordLayer, part: Words) -> bool:
    """A short form still looks like a name of its own."""
    last = part[-1]
    if not last.is_cap or last.keyword is not None or last.stop:
        return False
    if any(w.place >= 0 and layer.places[w.place].kind == "country" for w in part):
        return False  # "Japan Tobacco Inc": never "Japan"
    if place_country(" ".join(w.text for w in part)):
        return False
    if tuple(w.lower for w in part) in titles():
        return False
    if len(part) > 1:
        return True
    w = part[0]
    return (
        len(w.lower) >= 3
        and w.low not in layer.lower_vocab
        and (w.place < 0 or _town_word(layer, w))
        and not w.demonym
        and not w.given
    )


def _town_word(layer: WordLayer, w: Word) -> bool:
    """Word w alone is a literal mention of a town or a lesser place ("Phoenix"
    of "Phoenix Mining Corp"): a short form of the company where the sentence
    makes it an actor (see `_actor_context`)."""
    p = layer.places[w.place]
    return (
        p.start == w.start
        and p.end == w.end
        and p.kind in ("city", "other")
        and not p.metonymic
    )


def _place_context(layer: WordLayer, k: int, n: int) -> bool:
    """The form at words [k, k + n) is read as a place by the places stage and
    the sentence makes it one: after a locative preposition ("near Lake
    Shore", "in the Phoenix area"), or one town word not used as an actor
    ("Phoenix police said" stays the city; "Phoenix said", "Phoenix's
    output", "Phoenix shares" are the company)."""
    words = layer.words
    if all(w.place < 0 for w in words[k : k + n]):
        return False
    before = k - 1
    if before >= 0 and words[before].low == "the":
        before -= 1
    if before >= 0 and words[before].low in lex.LOCATIVE:
        return True
    if n > 1 or words[k].poss:
        return False
    after = words[k + 1].low if k + 1 < len(words) else ""
    return after not in lex.SPEECH_AFTER and after not in lex.BUSINESS_AFTER


def find_short_forms(layer: WordLayer, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with every short form of a company of the article made
    an organisation mention: new candidates where nothing was found (or a place
    was), and person, pending or thing candidates of the same words turned
    into the company's."""
    forms: dict[tuple[str, ...], Candidate] = {}
    for c in cands:
        for form in company_forms(layer, c):
            forms.setdefault(form, c)
    if not forms:
        return cands
    longest = max(len(f) for f in forms)
    words = layer.words
    owner: dict[int, Candidate] = {}  # word index -> the candidate covering it
    for c in cands:
        for k in range(c.i, c.j):
            owner[k] = c
    out = list(cands)
    drop: set[int] = set()
    # a form starts only at a word that starts one: the others are skipped
    firsts = {form[0] for form in forms}
    k = 0
    for at in compress(count(), map(firsts.__contains__, layer.lowers())):
        if at < k:
            continue  # inside the form found last
        k = at
        if words[k].in_dateline:
            continue  # "NEW YORK (Reuters) -": the dateline names a place
        n = _form_at(words, k, longest, forms)
        if not n or _place_context(layer, k, n):
            continue
        company = forms[tuple(w.lower for w in words[k : k + n])]
        if _club_town(layer, company, k, n):
            continue
        covering = {id(owner[m]): owner[m] for m in range(k, k + n) if m in owner}
        if any(_keeps(c, k, k + n) for c in covering.values()):
            k += n
            continue
        drop.update(covering)
        out.append(
            Candidate(
                "organization",
                k,
                k + n,
                layer.columns,
                "org-short",
                sector=company.sector,
                poss=words[k + n - 1].poss,
            )
        )
        k += n
    out = [c for c in out if id(c) not in drop]
    out.sort(key=lambda c: c.start)
    return out


def _club_town(layer: WordLayer, company: Candidate, k: int, n: int) -> bool:
    """The short form of a known club is a town the places stage reads
    ("Liverpool" after "Liverpool FC"): left to the rule of clubs named by their
    town, which keeps the town as a metonymic place in a match sentence."""
    known = company.known
    return (
        known is not None
        and known.sport is not None
        and any(w.place >= 0 for w in layer.words[k : k + n])
    )


def _form_at(
    words: Words, k: int, longest: int, forms: dict[tuple[str, ...], Candidate]
) -> int:
    """Length of the longest short form starting at word k (0 if none): its
    words capitalised, in one sentence, the form not going on with another
    capitalised word ("Lake Shore Drive" is not "Lake Shore")."""
    if not words[k].is_cap or (k > 0 and words[k - 1].is_cap and not words[k - 1].poss):
        return 0
    for n in range(min(longest, len(words) - k), 0, -1):
        part = words[k : k + n]
        if tuple(w.lower for w in part) not in forms:
            continue
        if not all(w.is_cap and w.sent == words[k].sent for w in part):
            continue
        if part[-1].poss or k + n >= len(words) or not words[k + n].is_cap:
            return n
    return 0


def _keeps(c: Candidate, i: int, j: int) -> bool:
    """An existing candidate that the short form at [i, j) leaves alone: an
    organisation, or any candidate reaching beyond the form's words."""
    return c.kind == "organization" or c.i < i or c.j > j


def find_surnames(layer: WordLayer, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with a lone capitalised word that is the surname of a
    person named in full (a given name or a title before it) made a person
    candidate where the first pass found nothing, or only a place that is no
    country: "Theresa May ... May said", "Michael Jackson ... Jackson said".
    A word read as a date ("in May", "May 5") or a place ("in Jackson",
    "Jackson, Mississippi") stays what it was."""
    surnames: set[str] = set()
    for c in cands:
        if c.kind == "person" and c.j - c.i >= 2:
            first, last = layer.words[c.i], layer.words[c.j - 1]
            if (first.given or c.title) and last.is_cap and not last.is_acronym:
                surnames.add(last.lower)
    if not surnames:
        return cands
    # a byte per word (a list would hold a pointer for each)
    covered = bytearray(len(layer.words))
    for c in cands:
        covered[c.i : c.j] = b"\x01" * (c.j - c.i)
    words = layer.words
    out = list(cands)
    for k in compress(count(), map(surnames.__contains__, layer.lowers())):
        w = words[k]
        if covered[k] or not w.is_cap:
            continue
        if not w.in_caps_line and (
            (k > 0 and words[k - 1].is_cap)
            or (k + 1 < len(words) and words[k + 1].is_cap)
        ):
            continue  # part of a longer name the first pass judged (a
            # headline in capitals is read word by word: "SELES BEATS DAVENPORT")
        if not _surname_context(layer, k):
            continue
        out.append(Candidate("pending", k, k + 1, layer.columns, "name", poss=w.poss))
    out.sort(key=lambda c: c.start)
    return out


def _surname_context(layer: WordLayer, k: int) -> bool:
    """Word k may be a surname here: not a date ("in May", "May 5"), not a
    country, and not a place by its neighbours ("in Jackson", "Jackson,
    Mississippi")."""
    words = layer.words
    w = words[k]
    before = words[k - 1].lower if k > 0 else ""
    after = words[k + 1] if k + 1 < len(words) else None
    if after is not None and after.text[:1].isdigit() and w.stop:
        return False  # "May 5" is a date; "2. Villeneuve 68" a player's figures
    if w.stop and before in lex.DATE_BEFORE:
        return False
    if w.place >= 0:
        p = layer.places[w.place]
        if p.kind == "country" or p.start != w.start or p.end != w.end:
            return False
        if before in lex.PLACE_BEFORE or before in lex.LOCATIVE:
            return False
        if after is not None and after.text == ",":
            nxt = words[k + 2] if k + 2 < len(words) else None
            if nxt is not None and nxt.place >= 0:
                return False  # "Jackson, Mississippi"
    return True
