"""A candidate event while a sentence is being read, before it becomes an `Event`.

`Candidate` carries the trigger span, the code, the parties found from the
clause and the mode; the stage turns it into an `Event` record once it has a
date and a place.
"""

from __future__ import annotations

import attrs

from ..language.sentences import ParsedSentence
from ..language.verbs import VerbGroup
from ..records import Mention, TimeExpression
from ..text import Span
from .lexicon import plover_of
from .mentions import ActorMention

__all__ = ["Candidate", "retype", "start_of", "verb_candidate"]


@attrs.define(slots=True)
class Candidate:
    """A candidate event of one clause (or one event noun) of a sentence.

    `verb` is the index of the clause's verb group in the sentence's structure
    (-1 for an event noun); `np` the noun phrase of an event noun (-1 for a
    verb); `parties` lists every party of a mutual act ("X and Y met": X, Y),
    `military` the code to use when the source is an armed force; `unnamed`
    marks a party that is a personal pronoun standing for no actor found ("He
    was arrested": a party, though no actor); `crowd` a source that is a
    crowd of no actor ("thousands of Iraqi Kurds demonstrated"); `private`
    force done by people no actor names upon people no actor names ("a man
    stabbed a woman": CAMEO 18x, with no party to name); `unreal` an
    act that "must", "should" or "can" be done, no act unless demanded;
    `capital` that the act is at "the capital" of no country named; `planned`
    marks the actor's own plan (an intent or a threat in CAMEO), as opposed to
    a scheduled act (`mode="planned"` only); `destination` a visit whose
    place is what was visited ("visited Kabul"), which needs no one visited.
    `place_spans` are the phrases of the clause that say where it happens,
    `clause_span` the characters of its clause (its own dates are read first),
    `aside_spans` those of the sentence's other relative clauses, whose dates
    are theirs ("released students abducted two weeks ago"); `past` that
    its verb is in the past tense (what was done is dated no later than the
    news); `own_act` that it is one of several acts of joined verbs, each with
    its own object and code ("declared an emergency, closed the borders and
    imposed a curfew"), kept apart from the others of its type; `between`
    that it is an act between its parties whatever its code, as an agreement
    two reach ("Israel and Hamas reached an agreement", `roles.agreed_between`).
    """

    start: int
    end: int
    cameo: str
    type: str
    sentence: Span
    verb: int = -1
    source: ActorMention | None = None
    target: ActorMention | None = None
    parties: list[ActorMention] = attrs.field(factory=list)
    negated: bool = False
    mode: str = "asserted"
    planned: bool = False
    military: str = ""
    framed: bool = False
    bare: bool = False
    rule: str = "events.clause"
    np: int = -1
    capital: bool = False
    unnamed: bool = False
    crowd: bool = False
    private: bool = False
    unreal: bool = False
    destination: bool = False
    place_spans: list[tuple[int, int]] = attrs.field(factory=list)
    clause_span: tuple[int, int] | None = None
    aside_spans: list[tuple[int, int]] = attrs.field(factory=list)
    past: bool = False
    mentions: list[Mention] = attrs.field(factory=list)
    own_act: bool = False
    between: bool = False


def retype(c: Candidate, cameo: str, rule: str) -> None:
    """Give `c` another code (and the category of that code)."""
    c.cameo = cameo
    c.type = plover_of(cameo)
    c.rule = rule


def start_of(item: ActorMention | TimeExpression | Span | Candidate) -> int:
    return item.start


def verb_candidate(
    text: str,
    ps: ParsedSentence,
    vg: VerbGroup,
    code: str,
    rule: str,
    through: int | None = None,
) -> Candidate:
    """A candidate whose trigger is the verb, its particle, and up to token
    `through` (the head of an object the pattern names: "expressed serious
    concern")."""
    start, end = ps.chars(vg.head, vg.head + 1)
    if vg.particle is not None and vg.particle > vg.head:
        end = ps.tokens[vg.particle].end
    if through is not None and through > vg.head:
        end = max(end, ps.tokens[through].end)
    c = Candidate(start, end, code, plover_of(code), ps.span, rule=rule)
    c.mentions.append(Mention.of(text, start, end))
    c.past = vg.tense == "past" and vg.modal is None
    return c
