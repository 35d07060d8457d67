"""Word lists of the actors stage, each loaded from `actors/data/` once, lazily.

Shared knowledge (countries, titles, given names, organisations, political
figures, group nouns) lives in `newsfacts.knowledge`; these lists only say how
capitalised words behave when the stage reads names: words that are never a
name alone, all-capital words that are not acronyms, words that make a name a
thing, institutions that stand alone, verbs that mark a person, and the
keywords that head or close an organisation's name.
"""

from __future__ import annotations

import attrs

from .._data import iter_rows, lazy, read_text

__all__ = [
    "OrgKeyword",
    "not_acronyms",
    "not_person_words",
    "org_keywords",
    "person_verbs",
    "standalone_orgs",
    "stopwords",
]

_DIR = "actors/data/"


def _word_list(name: str) -> frozenset[str]:
    return frozenset(
        line.strip()
        for line in read_text(_DIR + name).splitlines()
        if line and not line.startswith("#")
    )


@lazy
def stopwords() -> frozenset[str]:
    """Capitalised words that are never a name on their own."""
    return _word_list("stopwords.txt")


@lazy
def not_acronyms() -> frozenset[str]:
    """All-capital words that are not names ("AIDS", "TV"), lower-cased."""
    return _word_list("not_acronyms.txt")


@lazy
def not_person_words() -> frozenset[str]:
    """Words that make a capitalised name a thing, not a person ("World War")."""
    return _word_list("not_person_words.txt")


@lazy
def standalone_orgs() -> frozenset[str]:
    """Institution words that are an organisation on their own ("the Senate")."""
    return _word_list("standalone_orgs.txt")


@lazy
def person_verbs() -> frozenset[str]:
    """Verbs that mark a lone name before them as a person ("Annan said")."""
    return _word_list("person_verbs.txt")


@attrs.frozen(slots=True)
class OrgKeyword:
    """A word that heads or closes an organisation name."""

    sector: str
    suffix: bool
    prefix: bool


@lazy
def org_keywords() -> dict[str, OrgKeyword]:
    """Lower-case keyword -> where it may stand and the sector it gives."""
    out: dict[str, OrgKeyword] = {}
    for word, sector, where in iter_rows(_DIR + "org_keywords.tsv"):
        out[word.replace(".", "")] = OrgKeyword(
            "" if sector == "-" else sector,
            where in ("suffix", "both"),
            where in ("prefix", "both"),
        )
    return out
