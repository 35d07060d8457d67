"""Acronym definitions: "Libyan National Army (LNA)", "People's Protection Units,
or YPG,". The defining acronym becomes the organisation's acronym and a mention."""

from __future__ import annotations

from .candidate import Candidate
from .words import WordLayer, Words

__all__ = ["define_acronyms", "initials_match"]


def define_acronyms(layer: WordLayer, cands: list[Candidate]) -> None:
    """ "Libyan National Army (LNA)": give the candidate its acronym, make a
    pending name an organisation, and make the acronym itself a mention of it."""
    words = layer.words
    drop = set()
    defined: dict[str, Candidate] = {}
    for c in cands:
        j = c.j
        at = _acronym_after(words, j)
        if at >= 0:
            acr = words[at]
            name = words[c.i : c.j]
            spelled = initials_match(acr.text, name) or _letters_within(acr.text, name)
            said_or = words[at - 1].text == "or" and c.kind != "person"
            if acr.is_acronym and (spelled or said_or):
                c.acronym = acr.text.replace(".", "")
                defined.setdefault(c.acronym, c)
                if c.kind != "person":
                    c.kind = "organization"
                    c.rule = c.rule if c.rule.startswith("org") else "org-acronym"
                drop.add(at)
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
                c.known = None
    # A defined acronym that is a place's name as well ("(NEMA)" spells Néma,
    # Mauritania) holds no candidate; it is a mention of the organisation all
    # the same.
    cands.extend(
        Candidate("organization", at, at + 1, layer.columns, "org-acronym")
        for at in sorted(alone)
        if words[at].place >= 0
    )


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


def _letters_within(acr: str, name: Words) -> bool:
    """Every letter of a foreign-language acronym is an initial of the English
    name ("Kurdistan Workers' Party (PKK)")."""
    initials = {w.text[0].upper() for w in name if w.text[:1].isalpha() and w.is_cap}
    letters = {ch for ch in acr if ch.isalpha()}
    return len(initials) >= 2 and bool(letters) and letters <= initials


def initials_match(acr: str, name: Words) -> bool:
    """The acronym's letters are the initials of the name (some may be skipped)."""
    letters = [ch for ch in acr if ch.isalpha()]
    initials = [w.text[0].upper() for w in name if w.text[:1].isalpha() and w.is_cap]
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
