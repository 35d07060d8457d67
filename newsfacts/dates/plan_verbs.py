"""Verb groups that look ahead of their own time: plans, schedules, warnings
and the setting of dates.

"planned a demonstration on Saturday", "the hearing is set for Tuesday",
"warned of heavy rain on Tuesday", "set a trial date of March 4", "agreed to
meet Friday": what such a group names lies ahead of the act, whatever the
tense of its verb, unless a past perfect says the plan was overtaken ("had
been due to expire Friday"). `clause_tense` asks these readings of the verb
group it found before an expression.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..language.morphology import lemma
from . import lexicon as lx
from .verb_groups import (
    GAP_TAGS,
    NOUN_PHRASE_OR_PRONOUN,
    VERB_TAGS,
    ClauseTense,
    Tok,
    group_at,
    head_tense,
    is_adverb,
    is_verbal,
)

__all__ = [
    "ahead_of_act",
    "as_planned",
    "bare_passive",
    "infinitive_tense",
    "particle",
    "past_perfect_before",
    "plan_tense",
    "plans",
    "plans_event",
    "schedules",
    "sets_date",
    "warned_tense",
    "warns_ahead",
]


def past_perfect_before(
    toks: Sequence[Tok], lo: int, w: dict[str, frozenset[str]]
) -> bool:
    """The verb group governing the infinitive at `lo` (past its object) is a
    past perfect: "had scheduled the trial to begin in March"."""
    j = lo - 1
    while j >= 0 and (toks[j][1] in NOUN_PHRASE_OR_PRONOUN or is_adverb(toks[j])):
        j -= 1
    if j < 0 or not is_verbal(toks, j, w):
        return False
    a, b = group_at(toks, j, w)
    group = toks[a:b]
    return any(t.lower() in ("had", "'d") for t, _ in group) and group[-1][1] == "VBN"


def plan_tense(group: Sequence[Tok], tense: ClauseTense | str) -> ClauseTense:
    """A plan points ahead: "is scheduled to", "plans to" are future; a past
    plan ("planned to leave on Thursday") leans forward; a plan in the past
    perfect ("had been due to expire Friday") lies in the past."""
    if any(text.lower() in ("had", "'d") for text, _ in group):
        return "past"
    return "future" if tense in ("future", "present") else "future?"


def plans(
    group: Sequence[Tok], w: dict[str, frozenset[str]], cls: str = "plan_verb"
) -> bool:
    """The group is a verb of planning ("plans to", "has scheduled", "set"):
    the time it names lies ahead of the planning, whatever its tense."""
    return any(tag in VERB_TAGS and lemma(text, tag) in w[cls] for text, tag in group)


_PAST_BE = frozenset("was were had 'd".split())
_PRESENT_BE = frozenset("is are am 's 're 'm".split())


def schedules(group: Sequence[Tok], w: dict[str, frozenset[str]]) -> bool:
    """The group schedules an event: a scheduling verb ("has scheduled"), a
    passive one that schedules only with "be" ("is set for", "was slated for"),
    or a present passive of expecting ("is expected on Monday", "is forecast
    for Wednesday")."""
    if plans(group, w, "schedule"):
        return True
    passive = any(text.lower() in w["be"] for text, _ in group[:-1])
    if passive and plans(group, w, "expect_passive"):
        # "rain is expected on Monday": ahead; "were expected on Monday": as told.
        return not any(text.lower() in _PAST_BE for text, _ in group)
    return passive and plans(group, w, "schedule_passive")


def sets_date(
    toks: Sequence[Tok], lo: int, hi: int, first: int, w: dict[str, frozenset[str]]
) -> bool:
    """The group fixes a date its object names, and the expression is that
    date ("set a trial date of March 4", "gave a deadline of Friday"), or
    starts a state its object names that lasts until the expression
    ("issued a blizzard warning until 6 p.m. Wednesday", "gave the
    government until Friday to respond") or, told in the present (perfect),
    from it ("has issued a warning for rain from Sunday")."""
    if first - hi > 10 or first < 1:
        return False
    before = toks[first - 1][0].lower()
    if before in ("until", "till"):
        verbs = w["opens_span"]
    elif before == "from" and not any(tag == "VBD" for _, tag in toks[lo:hi]):
        # "has issued a warning for rain from 06:00 GMT on Sunday": a state
        # opened now starts at or after the act; after a simple past
        # ("imposed a curfew from 10 p.m. Tuesday") the start may be behind.
        verbs = w["opens_span"]
    elif before in ("of", "for") and toks[first - 2][0].lower() in w["date_noun"]:
        verbs = w["date_setter"]
    else:
        return False
    # The object, its preposition phrases and a participle clause on it ("a
    # warning for rain covering south Wales from ...").
    gap = toks[hi : first - 1]
    if len(gap) > 6 and not any(tag == "VBG" for _, tag in gap):
        return False
    if not all(tag in GAP_TAGS for _, tag in gap):
        return False
    return any(
        tag in VERB_TAGS and lemma(text, tag) in verbs for text, tag in toks[lo:hi]
    )


def ahead_of_act(
    toks: Sequence[Tok], lo: int, hi: int, first: int, w: dict[str, frozenset[str]]
) -> bool:
    """The group's act looks at a later time the expression names: a warning
    of a happening ("warned of heavy rain on Tuesday") or the fixing of its
    object's time ("The judge set the hearing for Tuesday")."""
    return warns_ahead(toks, lo, hi, first, w) or _sets_for(toks, lo, hi, first, w)


def _sets_for(
    toks: Sequence[Tok], lo: int, hi: int, first: int, w: dict[str, frozenset[str]]
) -> bool:
    """The group fixes its object's time, which "for" gives: "The judge set
    the hearing for Tuesday", "the union set a strike for Friday". Not a
    particle verb ("set aside funds for Friday's strike"), nor "set" with
    "on" ("set a record on Monday" dates the act)."""
    if first - hi < 2 or toks[first - 1][0].lower() != "for" or particle(toks, hi):
        return False
    gap = toks[hi : first - 1]
    if len(gap) > 6 or not all(tag in NOUN_PHRASE_OR_PRONOUN for _, tag in gap):
        return False
    return plans(toks[lo:hi], w, "sets_for")


def warns_ahead(
    toks: Sequence[Tok], lo: int, hi: int, first: int, w: dict[str, frozenset[str]]
) -> bool:
    """The group warns of (forecasts) a happening to come, and the expression
    dates that happening: "Forecasters warned of heavy rain on Tuesday",
    "Officials warned of delays on Friday", "warned travellers of delays on
    Friday", "forecast heavy snow on Sunday".
    The warning is told in the past, what it warns of lies ahead. Not the day
    of the act: "Police warned residents on Tuesday" (an object, no "of"),
    "warned on Monday that", "warned of a slowdown on Tuesday" (a slowdown has
    no day of its own)."""
    group = toks[lo:hi]
    if plans(group, w, "warn_of"):
        j = hi  # past an object: "warned passengers of delays on Friday"
        while j < first and toks[j][1] in NOUN_PHRASE_OR_PRONOUN:
            j += 1
        if j >= first or toks[j][0].lower() not in ("of", "about"):
            return False
        gap = toks[j + 1 : first]
    elif plans(group, w, "forecast_verb"):
        gap = toks[hi:first]
    else:
        return False
    # (a list too: "warned of cancellations and delays on Sunday")
    if (
        not gap
        or len(gap) > 8
        or not all(tag in GAP_TAGS or tag == "CC" for _, tag in gap)
    ):
        return False
    # (a gerund too: "warned of flooding on Saturday")
    return any(t.lower() in w["forecast_noun"] for t, _ in gap)


def warned_tense(group: Sequence[Tok]) -> ClauseTense:
    """ "Forecasters warned of heavy rain on Tuesday", "set the hearing for
    Tuesday": ahead of the act; "had warned of rain on Tuesday" is overtaken,
    past."""
    return "past" if any(t.lower() in ("had", "'d") for t, _ in group) else "future"


def as_planned(toks: Sequence[Tok], lo: int, hi: int) -> bool:
    """A bare participle after "as" ("as planned", "as previously scheduled")
    says the event kept to its plan; it schedules nothing, and the clause's own
    verb tells the time ("the offensive began as planned Saturday night")."""
    j = lo - 1
    while j >= 0 and is_adverb(toks[j]):
        j -= 1
    return (
        j >= 0
        and toks[j][0].lower() == "as"
        and all(tag in ("VBN", "VBD") or is_adverb((t, tag)) for t, tag in toks[lo:hi])
    )


def infinitive_tense(group: Sequence[Tok], w: dict[str, frozenset[str]]) -> ClauseTense:
    """Tense for an expression after a group ending in a "to"-infinitive."""
    to = max(k for k, (_, tag) in enumerate(group) if tag == "TO")
    head = group[:to]
    if not head:
        return "future?"  # "an agreement to acquire the bank in January"
    low = head[-1][0].lower()
    tense = head_tense(head, w)
    if len(head) == 1 and low in _PRESENT_BE:
        # "the minister is to visit Brussels in May": "be" + "to" is an
        # arrangement still ahead, as "is due to" is ("was to" looks ahead
        # from the past, and stays a lean).
        return "future"
    if low in w["to_future"] or plans(head, w):
        return plan_tense(head, tense)  # "is due to resume", "planned to leave"
    if low in lx.PAST_INFINITIVE_HEADS and tense == "past":
        return "past"  # "tried to flee Friday"
    return "future?"  # "agreed to meet Friday"


def particle(toks: Sequence[Tok], hi: int) -> bool:
    """A particle after the verb makes another verb: "set aside", not "set"."""
    return (
        hi < len(toks)
        and toks[hi][1] in ("RP", "RB")
        and toks[hi][0].lower() not in ("up", "for")
    )


def plans_event(
    toks: Sequence[Tok], lo: int, hi: int, first: int, w: dict[str, frozenset[str]]
) -> bool:
    """The participle at `lo` sets the time of the noun's event ("a service
    planned for Saturday", "a ruling expected in May", "a strike called for
    Monday"), which the clause's own verb then tells, unlike an act done
    then ("cuts agreed in November")."""
    group = toks[lo:hi]
    return (
        plans(group, w)
        or plans(group, w, "schedule")
        or plans(group, w, "schedule_passive")
        or plans(group, w, "expect_passive")
        or any(t[0].lower() == "for" for t in toks[hi:first])
    )


def bare_passive(toks: Sequence[Tok], hi: int) -> bool:
    """The bare "-ed" form ending at `hi` is a passive participle: tagged so,
    or tagged a past but with "for" and no object after it (a headline's
    "Strike Set For Friday", "Vote Scheduled For Sunday"); "Forecasters
    predicted on Monday" is the act's day."""
    tag = toks[hi - 1][1]
    return tag == "VBN" or (
        tag == "VBD" and hi < len(toks) and toks[hi][0].lower() == "for"
    )
