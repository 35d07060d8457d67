"""Acronym definitions: "Libyan National Army (LNA)", "People's Protection Units,
or YPG,". The defining acronym becomes the organisation's acronym and a mention."""

from __future__ import annotations

from . import lexicon as lex
from .candidate import Candidate
from .country_counts import word_country
from .units import known_at
from .words import WordLayer, Words

__all__ = ["define_acronyms", "initials_match"]


def define_acronyms(layer: WordLayer, cands: list[Candidate]) -> None:
    """ "Libyan National Army (LNA)": give the candidate its acronym, make a
    pending name an organisation, and make the acronym itself a mention of it."""
    words = layer.words
    drop = set()
    defined: dict[str, Candidate] = {}
    grown: list[tuple[Candidate, int, int]] = []  # names gone on to their acronym
    for c in cands:
        j = c.j
        at = _acronym_after(words, j)
        if (
            at < 0
            and c.kind == "organization"
            and j < len(words)
            and words[j].text == words[j].low
            and words[j].low in lex.ORG_TYPES
        ):
            # "the UK Maritime Trade Operations agency (UKMTO)": the type
            # noun stands between the name and its acronym
            at = _acronym_after(words, j + 1)
        if at < 0 and c.kind == "organization":
            # "National Council for the Defence of Democracy (CNDD)": the name
            # goes on over "of" and capitalised words to the acronym it spells
            j = _name_to_acronym(words, c.i, j)
            at = _acronym_after(words, j) if j > c.j else -1
            if at >= 0:
                grown.append((c, c.j, j))
                c.j = j
        if at >= 0:
            acr = words[at]
            name = words[c.i : c.j]
            spelled = initials_match(acr.text, name) or _letters_within(acr.text, name)
            if not spelled and (c.kind != "person" or not c.title) and acr.is_acronym:
                # "Pakistan Tehreek-e-Insaf (PTI)": the name's first word is
                # a place the candidate left out; the acronym says it is in,
                # and names a body, not a person ("Pakistan Muslim
                # League-Nawaz (PML-N)", read as a given name and a surname)
                k = _spelled_from(words, c.i, c.j, acr.text, c.kind == "organization")
                if k < c.i:
                    c.i, spelled = k, True
                    # the name's own first word says its country ("UK" of "UK
                    # Maritime Trade Operations"), not a place word it took in
                    c.country = word_country(layer, words[k]) or c.country
                    if c.kind == "person":
                        c.kind, c.rule = "organization", "org-acronym"
            if not spelled and _native_acronym(words, c, at):
                spelled = True  # "the Workers' Party (PT)": Partido dos Trabalhadores
            said_or = words[at - 1].text == "or" and c.kind != "person"
            if acr.is_acronym and (spelled or said_or):
                c.acronym = acr.text.replace(".", "")
                defined.setdefault(c.acronym, c)
                if c.kind != "person":
                    c.kind = "organization"
                    c.rule = c.rule if c.rule.startswith("org") else "org-acronym"
                drop.add(at)
    _spelled_earlier(layer, cands, defined)
    for g, lo, hi in grown:
        for c in cands:
            if c is not g and lo <= c.i and c.j <= hi:
                c.kind, c.rule = "thing", "in-name"  # "Democracy" of "... of Democracy"
    alone = set(drop)
    for c in cands:
        if c.i in drop and c.j == c.i + 1:
            c.kind, c.rule, c.weak = "organization", "org-acronym", False
            alone.discard(c.i)
        if c.known is not None and c.j == c.i + 1 and defined:
            # The article's own definition wins over a namesake the package
            # knows: after "the Rapid Support Forces (RSF)", "the RSF" is
            # no longer Reporters Without Borders.
            definer = defined.get(words[c.i].text.replace(".", ""))
            if (
                definer is not None
                and definer is not c
                and definer.known is not c.known
            ):
                # (and what the namesake gave it: "PTI" is no Indian medium)
                c.known, c.country, c.sector = None, definer.country, definer.sector
    # A defined acronym that is a place's name as well ("(NEMA)" spells Néma,
    # Mauritania) holds no candidate; it is a mention of the organisation all
    # the same.
    cands.extend(
        Candidate("organization", at, at + 1, layer.columns, "org-acronym")
        for at in sorted(alone)
        if words[at].place >= 0
    )


def _native_acronym(words: Words, c: Candidate, at: int) -> bool:
    """The acronym in brackets right after an organisation's name closed by a
    keyword is its acronym in the body's own language, though it spells
    neither the English name's initials nor only their letters ("the
    Workers' Party (PT)", Partido dos Trabalhadores; "the Liberal Party
    (PL)"): it shares a letter with them, no table knows it as another
    body's, and it is no place ("(U.S.)")."""
    if c.kind != "organization" or c.known is not None or at != c.j + 1:
        return False
    acr = words[at]
    kw = words[c.j - 1].keyword
    if kw is None or not kw.suffix or acr.place >= 0 or known_at(words, at, at + 1)[1]:
        return False
    if not acr.is_acronym or acr.lower in lex.not_acronyms():
        return False
    letters = {ch for ch in acr.text if ch.isalpha()}
    return 2 <= len(letters) <= 6 and bool(letters & set(_initials(words[c.i : c.j])))


# Words at most between an organisation's name and the bracket of its acronym.
_TAIL_WORDS = 5
_TAIL_LINKS = frozenset(("of", "for", "the", "and", "on"))


def _spelled_earlier(
    layer: WordLayer, cands: list[Candidate], defined: dict[str, Candidate]
) -> None:
    """An acronym no bracket defines, whose letters are exactly the initials
    of an organisation the article names ("Sudan's paramilitary Rapid Support
    Forces ... The RSF"), is that organisation's: the article spells it, and
    it beats a namesake the package knows (Reporters Without Borders). The
    name may come after the acronym, as a headline's acronym is spelled out
    in the lead ("Sudan's RSF kills dozens" over "Sudan's paramilitary Rapid
    Support Forces attacked ..."). Three letters at least; the first such
    organisation wins."""
    words = layer.words
    wanted: dict[str, int] = {}  # acronym -> its first single-word candidate
    for c in cands:
        w = words[c.i]
        if c.j == c.i + 1 and w.is_acronym and len(w.text) >= 3:
            acr = w.text.replace(".", "")
            if acr not in defined:
                wanted.setdefault(acr, c.i)
    if not wanted:
        return
    for c in cands:
        if c.kind != "organization" or c.j - c.i < 3 or c.acronym:
            continue
        initials = "".join(_initials(words[c.i : c.j]))
        first = wanted.get(initials)
        if first is not None and initials not in defined:
            c.acronym = initials
            defined[initials] = c


def _name_to_acronym(words: Words, i: int, j: int) -> int:
    """The end of the name [i, j) gone on over "of", "for", "the" and
    capitalised words to a bracket holding an acronym that the whole spells
    ("... Defence of Democracy (CNDD)"), else j."""
    if j >= len(words) or words[j].low not in ("of", "for", "on"):
        return j
    for m in range(j + 1, min(j + 1 + _TAIL_WORDS, len(words) - 2)):
        w = words[m]
        if w.text == "(":
            acr = words[m + 1]
            name = words[i:m]
            if (
                words[m - 1].is_cap
                and words[m + 2].text == ")"
                and acr.is_acronym
                and (initials_match(acr.text, name) or _letters_within(acr.text, name))
            ):
                return m
            return j
        if not (w.is_cap or w.low in _TAIL_LINKS) or w.sent != words[i].sent:
            return j
    return j


def _acronym_after(words: Words, j: int) -> int:
    """Index of the acronym in "Name (ACR)" or "Name, or ACR," after word j, or -1."""
    if j + 2 < len(words) and words[j].text == "(" and words[j + 2].text == ")":
        return j + 1
    if (
        j + 2 < len(words)
        and words[j].text == ","
        and words[j + 1].text == "or"
        and (j + 3 >= len(words) or not words[j + 3].is_cap)
    ):
        return j + 2
    return -1


def _spelled_from(words: Words, i: int, j: int, acr: str, org: bool) -> int:
    """The first of up to two capitalised words before word `i` from which the
    name spells the acronym exactly and in order, initial by initial ("Pakistan"
    of "Pakistan Tehreek-e-Insaf (PTI)", "People" of "People Power Party
    (PPP)", "All" of "All Progressives Congress (APC)": a stop word only before
    an organisation's name, not a thing's, "Central American Free Trade
    Agreement (CAFTA)"), else `i`."""
    letters = "".join(ch for ch in acr if ch.isalpha())
    for k in range(i - 1, max(-1, i - 3), -1):
        w = words[k]
        if not w.is_cap or w.low == "the" or w.sent != words[i].sent:
            break
        if w.stop and not org:
            break  # a stop word opens only an organisation's name (not a treaty's)
        if "".join(_initials(words[k:j])) == letters:
            return k
    return i


# Letters of an acronym inside a name that all count as initials ("UK" of
# "UK Maritime Trade Operations (UKMTO)", "U.N." of "U.N. Development
# Programme (UNDP)"), at most.
_INNER_ACRONYM = 3


def _initials(name: Words) -> list[str]:
    """The initials of a name's capitalised words; a hyphenated word gives one
    per capitalised part ("Tehreek-e-Insaf": T, I; "al-Sham": S), and a short
    acronym each of its letters ("UK": U, K)."""
    out = []
    for w in name:
        letters = w.text.replace(".", "")
        if w.is_acronym and 2 <= len(letters) <= _INNER_ACRONYM and letters.isalpha():
            out += list(letters)
        elif "-" in w.text:
            out += [p[0] for p in w.text.split("-") if p[:1].isupper()]
        elif w.text[:1].isalpha() and w.is_cap:
            out.append(w.text[0].upper())
    return out


def _letters_within(acr: str, name: Words) -> bool:
    """Every letter of a foreign-language acronym is an initial of the English
    name ("Kurdistan Workers' Party (PKK)")."""
    initials = set(_initials(name))
    letters = {ch for ch in acr if ch.isalpha()}
    return len(initials) >= 2 and bool(letters) and letters <= initials


def initials_match(acr: str, name: Words) -> bool:
    """The acronym's letters are the initials of the name (some may be skipped)."""
    letters = [ch for ch in acr if ch.isalpha()]
    initials = _initials(name)
    if not letters or not initials or letters[0] != initials[0]:
        return False
    pos = 0
    for ch in letters:
        while pos < len(initials) and initials[pos] != ch:
            pos += 1
        if pos == len(initials):
            return False
        pos += 1
    return True
