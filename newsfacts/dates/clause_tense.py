"""Tense of the clause a time expression sits in, read from part-of-speech tags.

Which "Friday" a text means depends on the verb of its clause: "met Friday" is
the last one, "will meet Friday" the next one. The verb group is found on the
Penn tags of the sentence (`newsfacts.language`):

* the nearest verb group before the expression, within its clause, decides
  ("New Zealand said Friday", "Saddam said he will begin withdrawing troops on
  Friday"); a participle or gerund alone is no finite verb and the search goes
  on to the verb that governs it ("..., saying on Friday that" -> "sought");
* an expression that opens its clause takes the first finite verb after it
  ("On Friday, the government planned to pay ...");
* a past participle right after a noun, followed by the real verb right after
  the expression, is a reduced relative ("a service planned for Saturday was
  canceled": "was" decides).

Tenses: a past form or a perfect is "past"; will/would/'ll/shall, "be going
to", "be due/set/expected to" and a present progressive are "future" (the
last "future?", weaker); an infinitive after the expression's verb is "future?"
("agreed to meet Friday") unless its head is a verb whose infinitive happens
with it ("tried to flee Friday"); a plain present is "present" (nearest).

The search lives here; the verb groups and clause boundaries it walks are in
`verb_groups`, the tags set right before it in `verb_tags`, and the readings of
groups that look ahead of their own time (plans, schedules, warnings) in
`plan_verbs`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..language.morphology import lemma
from .plan_verbs import (
    ahead_of_act,
    as_planned,
    bare_passive,
    infinitive_tense,
    particle,
    past_perfect_before,
    plan_tense,
    plans,
    plans_event,
    schedules,
    sets_date,
    warned_tense,
    warns_ahead,
)
from .verb_groups import (
    FINITE,
    HARD,
    NOUN_PHRASE,
    NOUN_PHRASE_OR_PRONOUN,
    NOUN_TAGS,
    PREPOSITIONAL,
    VERB_TAGS,
    ClauseTense,
    Tok,
    boundary,
    group_at,
    head_tense,
    is_adverb,
    is_verbal,
    now_after,
    verb_words,
)
from .verb_tags import after_modals, past_forms

__all__ = ["ClauseTense", "clause_tense", "opens_clause"]

# Tags before a "to"-infinitive that make it a purpose of the act before
# (a place or person, an adverb or particle), not a noun's plan.
_PURPOSE_BEFORE = frozenset("NNP NNPS RB RP".split())


def clause_tense(toks: Sequence[Tok], first: int, last: int) -> ClauseTense:
    """Tense of the clause of the expression on tokens `toks[first:last]`.

    `toks` is the sentence, each token with its tag. None when no verb group
    of the clause tells.
    """
    w = verb_words()
    toks = past_forms(after_modals(toks, w), w)
    left = _scan_left(toks, first, last, w)
    if left is not None:
        return left
    return _scan_right(toks, last, w)


def modal_ahead(toks: Sequence[Tok], first: int) -> bool:
    """The verb group nearest before `toks[first]` in its clause holds a modal
    of possibility or need ("may", "might", "must", "should", "can") and no
    perfect: what it names is not yet done, so it lies ahead ("the bank may
    raise rates in May", told in June, is next May). "may have raised" is a
    past; "could" and "would" also tell a past seen from then and stay as the
    clause reads them."""
    w = verb_words()
    i = first - 1
    while i >= 0 and not is_verbal(toks, i, w):
        if boundary(toks, i, w):
            return False
        i -= 1
    has_perfect = False
    while i >= 0 and (
        toks[i][1] in VERB_TAGS or toks[i][1] == "TO" or is_adverb(toks[i])
    ):
        low = toks[i][0].lower()
        if low in ("have", "'ve") or toks[i][1] == "VBD":
            has_perfect = True
        if toks[i][1] == "MD" or low in w["will"]:
            return low in w["unsure"] and not has_perfect
        i -= 1
    return False


def opens_clause(toks: Sequence[Tok], first: int) -> bool:
    """No verb stands between the start of the clause and `toks[first]`: the
    expression is in the clause's subject ("Saturday's show features ...")."""
    w = verb_words()
    for i in range(first - 1, -1, -1):
        if boundary(toks, i, w) or toks[i][0] == ",":
            return True
        if is_verbal(toks, i, w):
            return False
    return True


def _scan_left(
    toks: Sequence[Tok], first: int, last: int, w: dict[str, frozenset[str]]
) -> ClauseTense:
    i = first - 1
    skipped = False  # passed a participle: only a finite head decides now
    while i >= 0:
        if boundary(toks, i, w) and not (
            i == first - 1 and toks[i][0].lower() in PREPOSITIONAL
        ):
            return None
        low = toks[i][0].lower()
        if low in w["forward"] and not skipped and _forward_here(toks, i, first):
            return "future"  # "payable Dec. 7", "effective Feb. 1"
        if low in w["backward"] and not skipped:
            return "past"  # "since the Oct. 23 slaying"
        if not is_verbal(toks, i, w):
            i -= 1
            continue
        lo, hi = group_at(toks, i, w)
        group = toks[lo:hi]
        tense = head_tense(group, w)
        if tense == "past" and now_after(toks, hi):
            return "present"  # "said a trial before the vote was now impossible"
        if skipped:
            if tense != "nonfinite":
                if sets_date(toks, lo, hi, first, w):
                    # "has issued a warning for rain covering Wales from Sunday"
                    return plan_tense(group, tense)
                if warns_ahead(toks, lo, hi, first, w):
                    return warned_tense(group)  # "warned of flooding on Friday"
                return tense
        elif any(g == "TO" and k + 1 < len(group) for k, (_, g) in enumerate(group)):
            if group[0][1] == "TO" and toks[first - 1][1] != "IN":
                # "extended their offers to acquire the company Friday": a bare
                # day name goes with the clause's verb, a past one weakly; "an
                # agreement to acquire the bank in January": with the infinitive.
                governing = _scan_left(toks, lo, lo, w)
                if governing == "past" and not _directs(toks, lo, w):
                    return "past?"
                return "future?"
            if group[0][1] == "TO" and _purpose_after_past(toks, lo, w):
                # "flew to Berlin to attend a summit on Saturday", "went there
                # to meet him on Monday": the purpose of a past trip, done then
                return "past?"
            if group[0][1] == "TO" and past_perfect_before(toks, lo, w):
                # "had scheduled the trial to begin in March": a plan overtaken
                return "past"
            return infinitive_tense(group, w)
        elif _participle(toks, lo, hi) and _verb_follows(toks, last):
            if (
                toks[lo][1] == "VBN"
                and first - hi <= 1  # its own phrase: "agreed in November"
                and not plans_event(toks, lo, hi, first, w)
            ):
                # "cuts agreed in November are due to run through June": the
                # reduced relative's own past dates what it names.
                return "past"
            return None  # "a service planned for Saturday was canceled"
        elif ahead_of_act(toks, lo, hi, first, w):
            return warned_tense(group)
        elif (
            schedules(group, w)
            and not particle(toks, hi)
            and not as_planned(toks, lo, hi)
        ) or sets_date(toks, lo, hi, first, w):
            # "planned a demonstration on Saturday", "the hearing is set for Tuesday"
            return plan_tense(group, tense)
        elif _participle(toks, lo, hi):
            if bare_passive(toks, hi) and (
                plans(group, w, "expect_passive") or plans(group, w, "schedule_passive")
            ):
                return "future"  # "with a ruling expected by June": ahead
            return "past"  # "the injunction issued Thursday": done
        elif tense == "present" and (
            _futurate(toks, lo, hi, w) or _timetable_be(toks, lo, hi, first, last, w)
        ):
            # "the law takes effect Jan. 1", "the trial begins Monday", "the
            # final is on Sunday"
            return "future"
        elif tense != "nonfinite":
            return tense
        skipped = True  # "saying on Friday": look for the verb that governs it
        i = lo - 1
    return None


def _forward_here(toks: Sequence[Tok], i: int, first: int) -> bool:
    """A forward word at `i` points ahead of the expression at `first`;
    "ahead" only before "of" or "to" and in the expression's own phrase
    ("looked ahead to the Fed's decision on Wednesday"), not as "went ahead
    on Sunday" nor in a fronted phrase ("Just ahead of the trip, the
    department on Sunday issued ...")."""
    low = toks[i][0].lower()
    if low == "due":
        # "jobs data due on Friday": what is due right after its noun is
        # ahead; "the payment was due on Friday" says when it was, "due to
        # rain" gives a cause, and an aside ("The report, due on Monday, was
        # delayed") takes the tense of its clause.
        if i + 1 < len(toks) and toks[i + 1][0].lower() == "to":
            return False
        return i > 0 and toks[i - 1][1].startswith("NN")
    if low != "ahead":
        return True
    return (
        i + 1 < len(toks)
        and toks[i + 1][0].lower() in ("of", "to")
        and all(t != "," for t, _ in toks[i:first])
    )


def _futurate(
    toks: Sequence[Tok], lo: int, hi: int, w: dict[str, frozenset[str]]
) -> bool:
    """A plain present of a timetable verb: the event it names is ahead
    ("takes effect Jan. 1", "begins Monday"). "take" only in "take effect"
    and "take place"."""
    text, tag = toks[hi - 1]
    if tag not in ("VBZ", "VBP") or hi - lo != 1:
        return False
    verb = lemma(text, tag)
    if verb == "take":
        return hi < len(toks) and toks[hi][0].lower() in ("effect", "place")
    return verb in w["futurate"]


def _timetable_be(
    toks: Sequence[Tok],
    lo: int,
    hi: int,
    first: int,
    last: int,
    w: dict[str, frozenset[str]],
) -> bool:
    """A present "is"/"are" that states when something is: the time right
    after it, or after "due", "on", "for" or "in" ("the deadline is Friday",
    "the final is on Sunday", "the verdict is due Monday", "elections are due
    in the autumn"). Not a possessive day
    ("the focus is on Sunday's vote": the vote may be past)."""
    text, tag = toks[hi - 1]
    if hi - lo != 1 or tag not in ("VBZ", "VBP") or text.lower() not in ("is", "are"):
        return False
    if any(t[0].lower() not in w["timetable_be"] for t in toks[hi:first]):
        return False
    # The "'s" is a token of its own or stays on the day ("Saturday's").
    return not (
        (last < len(toks) and toks[last][1] == "POS")
        or toks[last - 1][0].endswith(("'s", "’s"))
    )


def _purpose_after_past(
    toks: Sequence[Tok], lo: int, w: dict[str, frozenset[str]]
) -> bool:
    """The infinitive at `lo` is the purpose of a past act: it follows a
    place or person ("flew to Berlin to attend", "travelled to Kyiv to meet")
    or an adverb ("went there to meet", "flew in to sign"), not a noun whose
    plan it is ("an agreement to acquire the bank in January"), and the
    clause's verb is a past that asks nothing of anyone ("urged Biden to
    veto the bill on Friday" looks ahead)."""
    if lo == 0 or toks[lo - 1][1] not in _PURPOSE_BEFORE:
        return False
    return _scan_left(toks, lo, lo, w) == "past" and not _directs(toks, lo, w)


def _directs(toks: Sequence[Tok], lo: int, w: dict[str, frozenset[str]]) -> bool:
    """The infinitive at `lo` is what a directive verb asks of its object:
    "warned people to stay outdoors overnight", "urged them to vote Sunday"."""
    j = lo - 1
    while j >= 0 and toks[j][1] in NOUN_PHRASE_OR_PRONOUN:
        j -= 1
    return j >= 0 and lemma(toks[j][0], toks[j][1]) in w["directive"]


def _participle(toks: Sequence[Tok], lo: int, hi: int) -> bool:
    """A bare "-ed" form right after a noun: a reduced relative clause ("the
    injunction issued Thursday"), unless the noun is the object of a verb like
    "make" or "have" and the form its complement ("making its presence known
    this weekend", "had his licence revoked Friday")."""
    if not (hi - lo == 1 and lo > 0 and toks[lo][1] in ("VBD", "VBN")):
        return False
    j = lo - 1
    if toks[j][0] == "," and j > 0 and toks[lo][1] == "VBN":
        j -= 1  # set off by commas: "the agreement, announced Friday, gives"
    if toks[j][1] not in NOUN_TAGS:
        return False
    while j >= 0 and toks[j][1] in NOUN_PHRASE:
        j -= 1
    if j < 0 or toks[j][1] not in VERB_TAGS:
        return True
    return lemma(toks[j][0], toks[j][1]) not in verb_words()["complement_verb"]


def _verb_follows(toks: Sequence[Tok], last: int) -> bool:
    """A finite verb right after the expression (adverbs skipped)."""
    j = last
    while j < len(toks) and is_adverb(toks[j]):
        j += 1
    return j < len(toks) and toks[j][1] in FINITE


def _scan_right(
    toks: Sequence[Tok], last: int, w: dict[str, frozenset[str]]
) -> ClauseTense:
    i = last
    while i < len(toks):
        if toks[i][0] in HARD:
            return None  # a subordinate clause ("On Friday, when ... set") may
            # come before the main verb; its verb shares the time frame
        if not is_verbal(toks, i, w):
            i += 1
            continue
        lo, hi = group_at(toks, i, w)
        tense = head_tense(toks[lo:hi], w)
        if tense == "past" and now_after(toks, hi):
            tense = "present"
        if tense != "nonfinite":
            return tense
        i = hi
    return None
