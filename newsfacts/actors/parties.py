"""Parties named by a capitalised plural of their members or one word of
their name: "the Social Democrats", "the Greens", "the Tories", "Britain's
Conservatives", "Labour leader Keir Starmer" (`data/party_forms.tsv`). News
names a party so as often as by its full name, and a run of two capitalised
words like "Christian Democrats" would otherwise read as a person (a given
name and a surname).

US "Democrats" and "Republicans" name the parties' members
(`data/party_members.tsv`): `member_spans` finds them, a person candidate over
them gives way, and the groups stage makes them a group of the party's
members ("Senate Democrats": US, PTY)."""

from __future__ import annotations

from .._data import iter_rows, lazy
from ..knowledge.titles import titles
from . import lexicon as lex
from .candidate import Candidate
from .orgs import org_candidate
from .words import Word, WordLayer, Words

__all__ = ["member_spans", "party_forms"]


@lazy
def _forms() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First word -> (the form's words, where it names the party: "any",
    "the" or "title"; see `party_forms.tsv`), longest form first."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for form, where, _example in iter_rows("actors/data/party_forms.tsv"):
        parts = tuple(form.split())
        out.setdefault(parts[0], []).append((parts, where))
    return {k: tuple(sorted(v, key=lambda f: -len(f[0]))) for k, v in out.items()}


@lazy
def _first_words() -> frozenset[str]:
    """The first words of `_forms` as a set, for `where_lower` (see
    `_member_words`)."""
    return frozenset(_forms())


@lazy
def _member_forms() -> dict[str, str]:
    """Plural of a party's members (lower case) -> the party's country."""
    return {
        form: country
        for form, country, _example in iter_rows("actors/data/party_members.tsv")
    }


@lazy
def _member_words() -> frozenset[str]:
    """The forms of `_member_forms` as a set: `where_lower` looks each up
    in the word index, where a dict has it read every distinct word."""
    return frozenset(_member_forms())


def member_spans(layer: WordLayer) -> list[tuple[int, int, str]]:
    """The words naming a party's members ("Democrats", "Senate
    Republicans": the plural alone), as (first word, end, the party's
    country): a possessive country or a nationality right before gives its
    country ("France's Republicans"), else the form's own."""
    forms = _member_forms()
    words = layer.words
    out: list[tuple[int, int, str]] = []
    mid: dict[str, bool] = {}
    for k in layer.columns.where_lower(_member_words()):
        w = words[k]
        if not _matches(words, k, k + 1, (w.lower,)):
            continue
        if not _party_here(layer, k, k + 1, False, mid, members=True):
            continue
        country = forms[w.lower]
        prev = words[k - 1] if k > 0 and words[k - 1].sent == w.sent else None
        if prev is not None and prev.demonym and prev.is_cap:
            country = prev.demonym  # "French Republicans"
        elif prev is not None and prev.poss and prev.place >= 0:
            country = layer.places[prev.place].country or country
        out.append((k, k + 1, country))
    return out


def party_forms(layer: WordLayer, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with each party named by its plural an organisation
    candidate (sector PTY): a person candidate over the same words gives way
    ("Christian Democrats"), any other candidate holding one of them keeps
    them (a longer name: "Young Liberals Association")."""
    forms = _forms()
    words = layer.words
    found: list[tuple[int, int]] = []
    mid: dict[str, bool] = {}  # texts written capitalised mid-sentence, asked once
    for k in layer.columns.where_lower(_first_words()):
        for parts, where in forms[words[k].lower]:
            end = k + len(parts)
            if not _matches(words, k, end, parts):
                continue
            if (
                _before_title(layer, k, end)
                if where == "title"
                else _party_here(layer, k, end, where == "the", mid)
            ):
                found.append((k, end))
                break
    members = member_spans(layer)
    if members:
        # "Senate Democrats" read as a name: the members' group instead
        inside = bytearray(len(layer.columns))
        for i, j, _country in members:
            inside[i:j] = b"\x01" * (j - i)
        cands = [
            c
            for c in cands
            if not (
                c.kind in ("person", "pending", "thing")
                and inside.find(1, c.i, c.j) >= 0
            )
        ]
    if not found:
        return cands
    # a byte per word: inside a party's form; inside a candidate that keeps it
    covered = bytearray(len(layer.columns))
    kept = bytearray(len(layer.columns))
    for i, j in found:
        covered[i:j] = b"\x01" * (j - i)
    out: list[Candidate] = []
    for c in cands:
        if not any(covered[c.i : c.j]):
            out.append(c)
        elif c.kind in ("person", "pending", "thing") and all(covered[c.i : c.j]):
            continue  # "Christian Democrats" read as a name or a thing
        else:
            out.append(c)
            kept[c.i : c.j] = b"\x01" * (c.j - c.i)
    for i, j in found:
        if any(kept[i:j]):
            continue
        party = org_candidate(layer, i, j, None, "org-party")
        party.sector = "PTY"
        out.append(party)
    out.sort(key=lambda c: c.start)
    return out


def _matches(words: Words, k: int, end: int, parts: tuple[str, ...]) -> bool:
    """Words k to end are the form's words, each capitalised (not in
    capitals: a headline's "GREENS" says nothing), within the text and one
    sentence, with no capitalised word after them that would make them part
    of a longer name ("Greens Party", "Tories Out campaign"; a party's "MP"
    makes none)."""
    if end > len(words):
        return False
    for n, part in enumerate(parts):
        w = words[k + n]
        if w.lower != part or not w.is_cap or w.is_acronym or w.text.isupper():
            return False
        if w.sent != words[k].sent or (w.poss and k + n + 1 < end):
            return False
    if (
        end < len(words)
        and words[end].is_cap
        and not words[end].sent_start
        and words[end].text not in lex.PARTY_TITLES  # "Labour MP Diane Abbott"
    ):
        return words[end].sent != words[k].sent
    return True


def _party_here(
    layer: WordLayer,
    k: int,
    end: int,
    needs_the: bool,
    mid: dict[str, bool],
    *,
    members: bool = False,
) -> bool:
    """The form at words k to end names the party here: not in a headline or
    dateline, not after a capitalised word that opens a longer name, after
    "the" or a possessive place when the form needs one, and not opening its
    sentence unless it is a form of several words (which no plain plural
    is), or the same word is written capitalised mid-sentence elsewhere or
    its members or a verb of what they say follow, and the article never
    writes it in lower case. A plural of a party's `members` may follow a
    chamber ("Senate Democrats")."""
    words = layer.words
    w = words[k]
    if w.in_caps_line or w.in_dateline:
        return False
    prev = words[k - 1] if k > 0 and words[k - 1].sent == w.sent else None
    if _name_before(prev) and not (
        members and prev is not None and prev.lower in lex.MEMBER_CHAMBERS
    ):
        return False  # "Young Liberals": a longer name ("Senate Democrats": not)
    if (
        prev is not None
        and prev.low in ("of", "for")
        and k >= 2
        and words[k - 2].sent == w.sent
        and (words[k - 2].keyword is not None or (words[k - 2].lower,) in titles())
    ):
        return False  # "Secretary of Labour", "Minister for Labour": a scope
    if needs_the and not (
        prev is not None
        and (
            prev.lower == "the"
            or (prev.poss and (prev.place >= 0 or prev.demonym))
            or _adjective_the(words, k)
        )
    ):
        return False
    if w.sent_start and end - k == 1:
        if w.low in layer.lower_vocab:
            return False  # "the labour market ... Labour officials": either
        if _members_after(words, end):
            return True  # "Labour leader Keir Starmer said", "Tories say"
        if w.text not in mid:
            mid[w.text] = _written_mid_sentence(layer, k)
        return mid[w.text]
    return True


def _before_title(layer: WordLayer, k: int, end: int) -> bool:
    """A party's adjective at words k to end names the party: a title the
    party gives its people follows in lower case (`party_title`: "Conservative
    leader Kemi Badenoch", "a Conservative MP"), outside a headline or
    dateline and not after a capitalised word that opens a longer name; at a
    sentence's start, where any word is capitalised, a capitalised name must
    follow the title ("Conservative leader Kemi Badenoch told the BBC"), or
    the article must write the adjective so mid-sentence too."""
    words = layer.words
    w = words[k]
    if end >= len(words) or w.in_caps_line or w.in_dateline:
        return False
    title = words[end]
    if title.text not in lex.PARTY_TITLES or title.sent != w.sent:
        return False
    prev = words[k - 1] if k > 0 and words[k - 1].sent == w.sent else None
    if _name_before(prev):
        return False  # "Young Conservative leader": a longer name
    if not w.sent_start:
        return True
    after = words[end + 1] if end + 1 < len(words) else None
    if after is not None and after.is_cap and after.sent == w.sent:
        return True
    return _written_mid_sentence(layer, k)


def _name_before(prev: Word | None) -> bool:
    """The word before the form is a capitalised word that opens a longer
    name with it ("Young Greens"), not a sentence's "The", a possessive, a
    place or a demonym ("German Social Democrats")."""
    if prev is None or not prev.is_cap or prev.poss or prev.place >= 0:
        return False
    return not (prev.demonym or (prev.sent_start and prev.lower == "the"))


def _members_after(words: Words, end: int) -> bool:
    """A lower-case noun of a body's members or staff, or a verb that marks
    who acts (`person_verbs.txt`, not a copula; `plural_speech`), or a title
    the party gives its people (`party_title`), right after the form ("Labour
    leader", "Greens lawmakers", "Tories say", "Labour MP Diane Abbott")."""
    if end >= len(words):
        return False
    nxt = words[end]
    if nxt.text in lex.PARTY_TITLES:
        return True  # "Labour MP Diane Abbott"
    return nxt.text == nxt.low and (
        nxt.low in lex.MEMBER_NOUNS
        or nxt.low in lex.STAFF_BEFORE_PERSON
        or nxt.low in lex.PLURAL_SPEECH
        or (nxt.text in lex.person_verbs() and nxt.text not in lex.ANY_SUBJECT_VERBS)
    )


def _adjective_the(words: Words, k: int) -> bool:
    """ "the ruling Conservatives", "Britain's ruling Conservatives": "the"
    or a place's possessive, and one lower-case word before the form."""
    before = words[k - 2] if k >= 2 else None
    return (
        before is not None
        and (before.lower == "the" or (before.poss and before.place >= 0))
        and words[k - 1].text == words[k - 1].low
        and words[k - 1].is_alpha
        and words[k - 2].sent == words[k].sent
    )


def _written_mid_sentence(layer: WordLayer, k: int) -> bool:
    """The article writes word k's text capitalised mid-sentence too, as a
    name of its own or its party's ("the Labour Party"): not inside another
    name ("the Nigeria Labour Congress" says nothing of "Labour unions have
    threatened a strike")."""
    words = layer.words
    text = words[k].text
    n = len(words)
    return any(
        not words[q].sent_start
        and not words[q].in_caps_line
        and not words[q - 1].is_cap
        and not (
            q + 1 < n
            and words[q + 1].is_cap
            and words[q + 1].sent == words[q].sent
            and words[q + 1].lower != "party"  # "the Labour Party" is its own
        )
        for q in layer.columns.where_lower((words[k].lower,))
        if words[q].text == text
    )
