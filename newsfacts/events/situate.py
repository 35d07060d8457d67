"""The country of a bare group party: where it acts, else the story's actor.

"Police arrested 12 in Cairo": police with no country of their own are
Egypt's, the country of the place the act names; so are civilians ("activists
protested in Ankara"), not rebels or gunmen, who may have come from anywhere.
"US representatives met Haftar ... Officials also expressed concern": a bare
national institution that acts with no place of its own belongs to the country
of the story's running actor, the last source with a country named before it
(none after an act of force or coercion between two countries, when either
side's "military" or "officials" may speak next);
the one acted upon does not ("Haftar met journalists": any journalists). A
meeting or visit gives no country by its place: parties meet away from home.
The sectors are the `national_sector` code class (`code_classes.tsv`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..records import ActorKind
from .candidate import Candidate
from .mentions import ActorMention, with_country
from .when_where import PlaceMentions
from .words import word_classes

__all__ = ["situate"]

# CAMEO root of consultations and visits (04), and the intent to meet (036).
_MEETING = "04"
_INTENT_TO_MEET = "036"


def _bare(am: ActorMention | None, *, civilians: bool = True) -> bool:
    """A national group with no country: "police", "officials", "the
    government" (and, with `civilians`, "activists")."""
    if am is None:
        return False
    a = am.actor
    if a.kind != ActorKind.GROUP or a.country is not None or not a.code:
        return False
    sector = a.code[3:6]
    return (
        a.code.startswith("---")
        and sector in word_classes().national_sector
        and (civilians or sector != "CVL")
    )


# Sectors of institutions that act only at home: police and courts.
_LOCAL = frozenset(("COP", "JUD"))


def _local(am: ActorMention | None) -> bool:
    """A bare group of police or a court ("police", "a court"), which acts in
    its own country."""
    return _bare(am) and am is not None and (am.actor.code or "")[3:6] in _LOCAL


def _scene(c: Candidate, place_mentions: PlaceMentions) -> str | None:
    """The country of the first place the act names."""
    for start, end in c.place_spans:
        found = place_mentions.first_in(start, end)
        if found is not None:
            return found.country
    return None


def situate(
    found: Sequence[Candidate],
    place_mentions: PlaceMentions,
    running: str | None,
    home: str | None = None,
    *,
    settled: bool = False,
) -> str | None:
    """Give the bare group parties of one sentence's candidates a country (in
    place), and return the story's running country after the sentence.
    `home` is the country of the dateline, where police and courts with no
    other place act ("LAGOS (AP) — Police arrested 20 students": Nigeria's);
    `settled` tells that the story's first party with a country was of
    `home`: a story of that country, whose police and courts they stay after
    a foreign speaker (not "WASHINGTON - Iranian officials said ... Police
    arrested", where they are the running actor's)."""
    for c in found:
        # Talks and visits are where parties meet, often neither's home ("the
        # president met Xi Jinping in Beijing", "officials met rebels in Doha").
        # A visit planned is no less away from home ("the minister will
        # travel to Beijing for talks": no Chinese minister).
        meeting = (
            c.cameo.startswith(_MEETING) or c.cameo == _INTENT_TO_MEET or c.destination
        )
        scene = None if meeting else _scene(c, place_mentions)
        if scene:
            if _bare(c.source):
                c.source = _placed(c.source, scene)
            if _bare(c.target):
                c.target = _placed(c.target, scene)
        elif home and settled and not meeting and _local(c.source):
            # "MOSCOW - A Russian court sentenced ... Blinken called the trial
            # a sham. Prosecutors had asked for 18 years": in a story of the
            # dateline's country, its police and courts, whoever spoke last
            c.source = _placed(c.source, home)
        elif running and _bare(c.source, civilians=False):
            c.source = _placed(c.source, running)
        elif home and not meeting and _local(c.source):
            c.source = _placed(c.source, home)
        if c.source is not None and c.source.actor.country:
            running = c.source.actor.country
    if any(map(_sides, found)):
        # "Russia attacked Ukraine ... The military said it shot down 30
        # drones": after a clash of two states, a bare "the military" or
        # "officials" may be either side's
        return None
    return running


# CAMEO roots of force and coercion between two sides (17-20).
_HOSTILE = frozenset(("17", "18", "19", "20"))


def _sides(c: Candidate) -> bool:
    """Whether the act is one of force or coercion between parties of two
    countries."""
    if c.cameo[:2] not in _HOSTILE or c.source is None or c.target is None:
        return False
    theirs = c.target.actor.country
    return bool(theirs) and theirs != c.source.actor.country


def _placed(am: ActorMention | None, country: str) -> ActorMention | None:
    if am is None:
        return None
    return attrs.evolve(am, actor=with_country(am.actor, country))
