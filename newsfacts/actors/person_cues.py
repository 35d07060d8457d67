"""What the words around a lone name say of a person ("Ramirez"), when the
name itself does not: a possessive before a noun only people have ("Ramirez's
parents"), an age right after it ("Ramirez, 45,"), an apposition headed by a
title or role ("Burns, the CIA director,"), a pronoun only people take, a
credit line, a list with people, a role before it. One mention that shows it
is enough for all the name's mentions in the article (the cues of an
organisation are in `cues.py`).
"""

from __future__ import annotations

import regex

from . import lexicon as lex
from .candidate import Candidate
from .cues import (
    APPOSITION_WORDS,
    country_after,
    employer_cue,
    listed_runs,
    lone_key,
    person_of,
    plain_name,
)
from .sports import sports_document
from .surnames import surname_by_ending
from .words import Word, WordLayer, Words

__all__ = ["person_cue_keys", "person_evidence"]


def person_cue_keys(layer: WordLayer, cands: list[Candidate]) -> set[str]:
    """Keys of the names some mention shows to be a person's."""
    out = set()
    words = layer.words
    for c in cands:
        if not plain_name(words[c.i]) or c.j >= len(words):
            continue
        nxt = words[c.j]
        if words[c.j - 1].poss and nxt.lower in lex.PERSONAL_NOUNS:
            out.add(lone_key(layer, c))  # "Ramirez's parents"
        elif (
            nxt.text == ","
            and c.j + 2 < len(words)
            and words[c.j + 1].text.isdigit()
            and len(words[c.j + 1].text) <= 3
            and words[c.j + 2].text == ","
        ):
            out.add(lone_key(layer, c))  # "Ramirez, 45, ..."
        elif c.j - c.i == 1 and not c.known and _role_apposition(words, c.j):
            out.add(lone_key(layer, c))  # "Burns, the CIA director, said"
        elif c.j - c.i == 1 and c.kind == "pending" and _player_role_before(words, c.i):
            out.add(lone_key(layer, c))  # "Brazilian striker Ronaldo scored"
        elif (
            c.j - c.i == 1
            and c.kind == "pending"
            and nxt.low in lex.PLAYER_VERBS
            and not words[c.i].is_acronym
            and sports_document(layer)
        ):
            out.add(lone_key(layer, c))  # "Claridge equalised", "Zola scored"
    return out


def _player_role_before(words: Words, i: int) -> bool:
    """A lower-case role of a sports player or coach right before the lone
    name at word i ("striker Ronaldo", "goalkeeper Peruzzi", "coach
    Sacchi"): sport names its people by one name, and a role noun names a
    person."""
    if i == 0:
        return False
    prev = words[i - 1]
    return (
        prev.text == prev.low
        and (prev.low in lex.SPORTS_ROLES or prev.low in lex.TEAM_ROLES)
        and words[i].sent == prev.sent
    )


# Words that open an apposition or clause only a person takes ("X, who ...").
_PERSON_PRONOUNS = frozenset(("he", "she", "his", "her", "him", "who", "whom"))


_PRONOUN_REACH = 8  # words after a name read for "he", "she", ...


def person_evidence(layer: WordLayer, cands: list[Candidate]) -> set[str]:
    """Keys (lower-case words) of the names of two or more capitalised words
    with no given name that the article shows to be people's: a person cue
    (`person_cue_keys`), "who" or an apposition holding a title after it
    ("Benon Sevan, a former top aide", "Shirin Ebadi, who ..."), "he" or "she"
    soon after it in its sentence, a last word that is a surname by its ending
    ("Novak Djokovic": `surnames`), an initial opening it ("M. Atherton"), or
    its last word used alone elsewhere, as people's surnames are ("Sevan
    said") and companies' short names are not ("Goldman Sachs" ...
    "Goldman")."""
    words = layer.words
    cued = person_cue_keys(layer, cands) | _listed_with_people(layer, cands)
    alone: set[str] = set()
    for c in cands:
        if c.j - c.i == 1 and words[c.i].is_cap:
            alone.add(words[c.i].lower)
    # names some mention shows to be an employer or a company ("analysts at
    # Kleinwort Benson said"): a verb of speech after one is the staff's, so
    # only what a person alone has makes such a name a person's
    employers = {
        lone_key(layer, c)
        for c in cands
        if c.rule == "person-caps" and employer_cue(words, c.i)
    } | person_of(layer, cands)
    out = set()
    for c in cands:
        if c.rule != "person-caps":
            continue
        key = lone_key(layer, c)
        if key in employers:
            if (
                key in cued
                or _pronoun_after(words, c.j)
                or _title_apposition(words, c.j)
                or _role_before(layer, c.i)
            ):
                out.add(key)
            continue
        last = words[c.j - 1].lower
        if (
            key in cued
            or last in alone
            or _pronoun_after(words, c.j)
            or _known_surname(words[c.j - 1])
            or _surname_by_ending(words, c.i, c.j)
            or _initial_first(words, c.i, c.j)
            or _hyphenated_given_last(words[c.j - 1])
            or _party_after(words, c.j)
            or (c.j < len(words) and words[c.j].low in lex.SPEECH_AFTER)
            or _person_passive_after(words, c.j)
            or _title_apposition(words, c.j)
            or _role_before(layer, c.i)
            or _credit_before(words, c.i)
            or country_after(layer, c.j) is not None
        ):
            out.add(key)
    return out


def _credit_before(words: Words, i: int) -> bool:
    """The name is a byline's or a credit's ("By Sonali Paul", "Additional
    reporting by Sonali Paul", "Editing by ..."): "by" right before it opens
    its line or follows a credit word. Other "by"s name anyone ("a report by
    Amnesty International")."""
    if i == 0 or words[i - 1].low != "by":
        return False
    by = words[i - 1]
    return by.sent_start or (i >= 2 and words[i - 2].lower in lex.CREDIT_WORDS)


def _listed_with_people(layer: WordLayer, cands: list[Candidate]) -> set[str]:
    """Keys of the names of two capitalised words or more with no evidence of
    their own that stand in one list with a person named by a given name or a
    title ("Oluwaseun Adeyemi, Xu Mingyang and Priyanka Raghunathan"): a list
    of names with one person in it is a list of people, as long as each of
    its names reads as a person's."""
    words = layer.words
    out: set[str] = set()
    for run in listed_runs(words, cands):
        if all(x.kind == "person" for x in run) and (
            any(x.rule != "person-caps" for x in run)
            or _person_passive_after(words, run[-1].j)
        ):
            out.update(lone_key(layer, x) for x in run if x.rule == "person-caps")
    return out


_PASSIVE_AUXILIARIES = (
    ("was",),
    ("were",),
    ("has", "been"),
    ("had", "been"),
    ("have", "been"),
)


_PASSIVE_ADVERBS = frozenset(("also", "later", "reportedly", "allegedly", "then"))


def _person_passive_after(words: Words, j: int) -> bool:
    """ "was arrested", "were shot", "had been detained", "was later killed"
    at word j: a passive only people undergo (`lex.PERSON_PASSIVES`)."""
    for aux in _PASSIVE_AUXILIARIES:
        end = j + len(aux)
        if end < len(words) and tuple(w.low for w in words[j:end]) == aux:
            if words[end].low in _PASSIVE_ADVERBS and end + 1 < len(words):
                end += 1
            return words[end].low in lex.PERSON_PASSIVES
    return False


def _pronoun_after(words: Words, j: int) -> bool:
    """ "he", "she", "his", "her", "who" soon after the name, in its sentence,
    before another capitalised name."""
    if j >= len(words):
        return False
    sent = words[j - 1].sent
    for m in range(j, min(j + _PRONOUN_REACH, len(words))):
        w = words[m]
        if w.sent != sent or (w.is_cap and w.low not in _PERSON_PRONOUNS):
            return False
        if w.low in _PERSON_PRONOUNS:
            return True
    return False


def _title_apposition(words: Words, j: int) -> bool:
    """ ", a former top aide", ", the head of ...", ", spokesman for ...",
    ", the top American woman,": an apposition whose head is a title, a role
    or a noun of a person (`lex.PERSON_HEADS`)."""
    from ..knowledge.titles import titles

    if j + 1 >= len(words) or words[j].text != ",":
        return False
    table = titles()
    for m in range(j + 1, min(j + 1 + APPOSITION_WORDS, len(words))):
        w = words[m]
        if not w.is_alpha:
            return False
        if (w.lower,) in table or w.lower in lex.ROLE_NOUNS:
            return True
        if w.lower in lex.PERSON_HEADS and w.low == w.text:
            return True
    return False


def _role_apposition(words: Words, j: int) -> bool:
    """ ", the CIA director,", ", Nigeria's top diplomat,": an apposition
    opened by an article or a possessive name whose head,
    read before any "of" or word of a body ("the German division of General
    Motors", "the militant group"), is a title or a role."""
    from ..knowledge.titles import titles

    if j + 2 >= len(words) or words[j].text != ",":
        return False
    opener = words[j + 1]
    if opener.low not in ("a", "an", "the") and not (opener.is_cap and opener.poss):
        return False  # "Burns, the CIA director", "Okonkwo, Nigeria's envoy"
    table = titles()
    for m in range(j + 2, min(j + 2 + APPOSITION_WORDS, len(words))):
        w = words[m]
        if not w.is_alpha or w.low in ("of", "for"):
            return False
        if w.lower in lex.ORG_TYPES or w.lower in lex.ORG_PARTS:
            return False
        if not w.is_upper and ((w.lower,) in table or w.lower in lex.ROLE_NOUNS):
            return True
    return False


def _role_before(layer: WordLayer, i: int) -> bool:
    """A title or role right before the name, in any case ("Fiat chief Luca
    Cordero di Montezemolo", "singer Susy Tekunan", "Frenchman Florent
    Serra"), or an apposition with one before it ("A U.N. spokesman, Aleem
    Siddique, said")."""
    from ..knowledge.titles import title_max_len, titles

    words = layer.words
    table = titles()
    k = i
    if k > 0 and words[k - 1].text == ",":
        k -= 1  # "an official, Esad Bajramovic,": the title ends before the comma
    for n in range(1, min(title_max_len(), k) + 1):
        part = words[k - n : k]
        if tuple(w.lower for w in part) in table:
            return True
    if k == 0:
        return False
    prev = words[k - 1]
    role = prev.lower[:-1] if prev.lower.endswith("s") else prev.lower
    if {prev.lower, role} & (lex.ROLE_NOUNS | lex.SPORTS_ROLES):
        return True  # "ringleader Myuran Sukumaran", "rappers Snoop Dogg and"
    # "Russian Teimuraz Gabashvili", "Frenchman Florent Serra": a nationality
    return bool(prev.demonym) and k == i


# Sectors of the bodies whose members are people named with "of" after
# their names: parties, movements, fronts.
_PARTY_SECTORS = frozenset(("PTY", "OPP", "REB"))


_PARTY_REACH = 6  # capitalised words read for the party's keyword


def _party_after(words: Words, j: int) -> bool:
    """ "Brelland Hartwig of the Vantorian People's Party": "of" and a party,
    movement or front after the name, whose members are people."""
    if j + 1 >= len(words) or words[j].low != "of":
        return False
    k = j + 1
    if words[k].low == "the":
        k += 1
    for m in range(k, min(k + _PARTY_REACH, len(words))):
        w = words[m]
        if not w.is_cap:
            return False
        if w.keyword is not None and w.keyword.sector in _PARTY_SECTORS:
            return True
    return False


def _surname_by_ending(words: Words, i: int, j: int) -> bool:
    """ "Manea Manescu", "Aytkul Samakova", "Ivan R. Petrovic": a name of two
    words, or three with a given name or an initial between, whose last word
    is a surname by its ending (`surnames`). A longer run, or one with
    another word between, is a body's name in the language the ending comes
    from ("Narodna Banka Slovenska", the Slovak central bank), whose
    adjectives end as surnames do."""
    if j - i == 3:
        mid = words[i + 1]
        if not (mid.given or _INITIAL.fullmatch(mid.text)):
            return False
    elif j - i != 2:
        return False
    return surname_by_ending(words[j - 1].text)


# "M.", "R.": an initial of a given name.
_INITIAL = regex.compile(r"[A-Z]\.")


def _initial_first(words: Words, i: int, j: int) -> bool:
    """ "M. Atherton", "R. Croft", "J. R. Smith": a name opened by the
    initial of a given name, as scorecards, results and bylines write
    people, before a surname that names no place ("N. Korea", "S. Africa"
    are a headline's places) and after a space ("M.Tech" is a degree)."""
    if not _INITIAL.fullmatch(words[i].text) or _INITIAL.fullmatch(words[j - 1].text):
        return False
    if i + 1 < j and words[i].end == words[i + 1].start:
        return False  # "M.Tech", "B.Sc": a degree written in one piece
    last = words[j - 1]
    return last.place < 0 and not last.demonym


def _hyphenated_given_last(w: Word) -> bool:
    """ "Soong Chu-yu", "Lai Ching-te": a given name joined by a hyphen closes
    the name, as a Chinese or Korean name written surname first does."""
    return w.given and "-" in w.text


def _known_surname(w: Word) -> bool:
    """The surname of a known political figure ("Jeb Bush")."""
    from ..knowledge.figures import political_figures
    from ..knowledge.keys import figure_key

    return figure_key(w.text) in political_figures().surname
