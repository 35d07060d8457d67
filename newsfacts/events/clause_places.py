"""Where a clause's act happens, for the events stage: the places its
clause names ("clashed in Misrata", "attacked the academy in Misrata", "In
Kabul, gunmen attacked ..."), the place a visit goes to, which stands for the
one visited ("flew to Moscow", "arrived in Israel"), and "the capital" named
with no country. Helpers of `events/reading.py`.
"""

from __future__ import annotations

from ..language.clauses import Clause
from ..language.verbs import VerbGroup
from ..records import ActorKind
from .candidate import Candidate
from .parties import Parties
from .words import word_classes

__all__ = [
    "VISIT",
    "aside_spans",
    "destination",
    "names_capital",
    "place_spans",
    "situate",
]

_AT = frozenset({"at", "in", "into", "inside", "near", "on", "outside", "to"})


# CAMEO: make a visit.
VISIT = "042"


def destination(
    p: Parties, cl: Clause, vg: VerbGroup, code: str
) -> tuple[int, int] | None:
    """The place a visit goes to, which stands for the one visited: the object
    of "visit" ("Macron visited Kabul"), or a place after "to" of a verb of
    travel ("flew to Moscow"; "in" after "arrive"). The span of a proper
    name of no actor, or None; the stage keeps the visit only where the
    places stage found a place there."""
    if code.startswith(VISIT) and cl.objects and _proper(p, cl.objects[0]):
        return p.chars(cl.objects[0])
    if vg.lemma not in word_classes().travel_verbs:
        return None
    preps = ("in", "to") if vg.lemma == "arrive" else ("to",)
    for a in cl.preps:
        if p.words[a.prep] in preps and (_proper(p, a.np) or _country(p, a.np)):
            return p.chars(a.np)
    return None


def _country(p: Parties, np: int) -> bool:
    """A phrase naming a country ("arrived in Israel"): after "in" it is where
    the traveller went, not a party, and it stands for the host."""
    am = p.actor(np)
    return am is not None and am.actor.kind == ActorKind.COUNTRY


def _proper(p: Parties, np: int) -> bool:
    """A phrase opening with a proper name that stands for no actor ("Kabul",
    "Washington next month"; not "the city")."""
    return p.ps.tags[p.nps[np].start].startswith("NNP") and p.actor(np) is None


# Clauses that describe a noun of another clause: their dates are their own.
_ASIDES = frozenset(("relative", "reduced_relative"))


def situate(c: Candidate, p: Parties, cl: Clause) -> None:
    """Give `c` the places its clause names and the clause's characters."""
    force = c.cameo[:2] in _FORCE
    c.place_spans = place_spans(p, cl) + (_struck_places(p, cl) if force else [])
    if cl.kind == "participial" and cl.governor is not None:
        # "Russian forces shelled Kherson, killing two civilians": a participle
        # that adds to an act happens where that act does, unless it names
        # its own place
        head = p.ps.structure.clauses[cl.governor]
        c.place_spans += place_spans(p, head)
        if force:
            c.place_spans += _struck_places(p, head)
    c.clause_span = p.ps.chars(cl.start, cl.end)
    c.aside_spans = aside_spans(p, cl)


# CAMEO: assault, fight, mass violence: an act of force is where what it
# strikes is.
_FORCE = frozenset(("18", "19", "20"))


def _struck_places(p: Parties, cl: Clause) -> list[tuple[int, int]]:
    """What an act of force strikes, where that is a place: its object and the
    place named after the object's "of" ("Russian forces shelled the southern
    city of Kherson", "jets bombed Aleppo"), after the places the clause names
    with a preposition ("shelled a school in Kherson")."""
    out = []
    for np in cl.objects:
        out.append(p.chars(np))
        out.extend(
            p.chars(a.np)
            for a in p.nps[np].attachments
            if p.words[a.prep] == "of" and a.np is not None
        )
    return out


def aside_spans(p: Parties, cl: Clause) -> list[tuple[int, int]]:
    """The characters of the sentence's relative clauses other than `cl`:
    their dates are theirs. One set off by a comma runs to the next comma
    ("Almeida, who governed from 2011 to 2016, has denied wrongdoing")."""
    words = p.words
    out = []
    for other in p.ps.structure.clauses:
        if other.kind not in _ASIDES or other is cl:
            continue
        end = other.end
        if other.start > 0 and words[other.start - 1] == ",":
            stop = min(len(words), end + _ASIDE_REACH)
            end = next((k for k in range(end, stop) if words[k] == ","), end)
        out.append(p.ps.chars(other.start, end))
    return out


_ASIDE_REACH = 8  # tokens after a relative clause read for its closing comma


def place_spans(
    p: Parties, cl: Clause, *, subject: bool = False
) -> list[tuple[int, int]]:
    """Where the act happens: a phrase after a preposition of place of the
    clause ("clashed in Misrata"), else of its object or complements ("attacked
    the academy in Misrata"), or of its subject when `subject` is set ("a
    collision between two SUVs on Rest Acres Road in Paris has sent ..."),
    else one opening the sentence before a main clause ("In Kabul, gunmen
    attacked a school")."""
    wc = word_classes()
    found = [a.np for a in cl.preps if p.words[a.prep] in wc.locative]
    phrases = [*cl.objects, *(a.np for a in cl.preps)]
    if subject and cl.subject is not None:
        phrases.append(cl.subject)
    for np in [*phrases, *(k for q in phrases for k in p.nps[q].conjuncts[:8])]:
        found.extend(
            a.np for a in p.nps[np].attachments if p.words[a.prep] in wc.locative
        )
    out = []
    for np in found:
        out.append(p.chars(np))
        # "in the northeastern Ukrainian city of Kharkiv", "in the town of
        # Owo": the place a phrase of place names after its "of"
        out.extend(
            p.chars(a.np)
            for a in p.nps[np].attachments
            if p.words[a.prep] == "of" and a.np is not None
        )
    return out + _fronted_places(p, cl)


def _fronted_places(p: Parties, cl: Clause) -> list[tuple[int, int]]:
    """A phrase of place that opens the sentence before a main clause's
    subject, no verb between ("In Kabul, gunmen attacked a school", "In
    northern Nigeria, gunmen kidnapped 20 students"): the clause's place,
    after the places the clause names itself."""
    if cl.kind != "main":
        return []
    locative = word_classes().locative
    tags = p.ps.tags
    out = []
    for k, np in enumerate(p.nps):
        if np.end > cl.start:
            break
        if (
            np.start > 0
            and p.words[np.start - 1] in locative
            and not any(tags[j][:2] in ("VB", "MD") for j in range(np.end, cl.start))
        ):
            out.append(p.chars(k))
    return out


def names_capital(p: Parties, cl: Clause) -> bool:
    """Whether the act's object or a phrase of place is "the capital" (of no
    country named): the capital of the parties' country ("attacked the
    capital's airport")."""
    nps = [*cl.objects, *(a.np for a in cl.preps if p.words[a.prep] in _AT)]
    # one or two levels down the object: "announced the start of an operation
    # in the capital"
    inner = list(cl.objects)
    for np in list(inner):
        inner += [a.np for a in p.nps[np].attachments if p.words[a.prep] == "of"]
    for np in inner:
        nps += [a.np for a in p.nps[np].attachments if p.words[a.prep] in _AT]
    for np in nps:
        phrase = p.nps[np]
        if phrase.possessor is not None:
            phrase = p.nps[phrase.possessor]
        if (
            p.words[phrase.head].removesuffix("'s").removesuffix("’s") == "capital"
            and phrase.determiner is not None
            and p.words[phrase.determiner] == "the"
            and not any(p.words[a.prep] == "of" for a in phrase.attachments)
        ):
            return True
    return False
