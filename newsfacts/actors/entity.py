"""The entity record of the actors stage: one real-world actor being built from
its candidates, before it becomes an `Actor`."""

from __future__ import annotations

import attrs

from ..knowledge.countries import alpha3
from ..knowledge.figures import Figure
from ..knowledge.organizations import KnownOrg
from . import lexicon as lex
from .candidate import Candidate
from .words import WordLayer

__all__ = ["Entity", "actor_code", "honorific", "mention_text"]


@attrs.define(slots=True, eq=False)
class Entity:
    """An actor being built: its candidates and what was learned about it."""

    kind: str
    cands: list[Candidate]
    key: str
    known: KnownOrg | None = None
    acronym: str | None = None
    title: str | None = None
    sector: str = ""
    country: str | None = None
    country_rank: int = 99
    rule: str = ""
    igo: str | None = None  # code of an international body a person serves
    figure: Figure | None = None  # a known political figure

    @property
    def start(self) -> int:
        """Offset of the first mention."""
        return min(c.start for c in self.cands)

    def add(self, cand: Candidate) -> None:
        """Attach a mention, keeping the first title (an office over an
        honorific: "spokesman" over "Mr."), acronym and known entry."""
        self.cands.append(cand)
        if cand.title and (not self.title or honorific(self.title)):
            self.title = cand.title
        self.acronym = self.acronym or cand.acronym
        self.known = self.known or cand.known
        self.sector = self.sector or cand.sector


def honorific(title: str) -> bool:
    """ "Mr.", "Ms.", "Sir": a courtesy title, not an office."""
    return title.replace(".", "").lower() in lex.HONORIFICS


def mention_text(layer: WordLayer, c: Candidate) -> str:
    """The normalised text of a candidate."""
    return layer.doc.norm[c.start : c.end]


def actor_code(country: str | None, sector: str, known: KnownOrg | None) -> str | None:
    """CAMEO-style actor code: the known entry's, else country alpha-3 + sector.

    A known entry coded by its sector alone (the knowledge base's "MED" for a
    news site of no one country) takes the country found for it, else CAMEO's
    "---" for an unknown one, as groups do ("---MED", never "MED")."""
    if known is not None and known.code:
        if known.code[:3].lower() in lex.SECTOR_CODES:
            return (alpha3(country) or "---") + known.code
        return known.code
    a3 = alpha3(country)
    if a3 is None:
        return None
    return a3 + (sector or "")
