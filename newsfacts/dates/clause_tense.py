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
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from .._data import lazy, word_classes
from ..language.morphology import lemma
from . import lexicon as lx

__all__ = ["ClauseTense", "clause_tense", "opens_clause"]

ClauseTense = Literal["past", "future", "past?", "future?", "present"] | None

_VERB_TAGS = frozenset("MD VB VBD VBG VBN VBP VBZ".split())
_FINITE = frozenset("VBD VBP VBZ MD".split())
_NOUN_TAGS = frozenset("NN NNS NNP NNPS".split())
# Tags inside a simple noun phrase ("its new presence", "the company's plant").
_NOUN_PHRASE = _NOUN_TAGS | frozenset("DT PRP$ JJ JJR JJS CD POS".split())
_NOUN_PHRASE_OR_PRONOUN = _NOUN_PHRASE | {"PRP"}
# Tags of the words between a span-opening verb's group and the expression:
# its object, prepositions and a participle on it (see the check using it).
_GAP_TAGS = _NOUN_PHRASE | {"PRP", "IN", "VBG", "RB"}
# Punctuation that closes a clause for the search (commas do not: "On Friday,
# the government planned ..." is one clause).
_HARD = frozenset(";:()[]{}\"“”‘’`'") | {"--", "``", "''", "—", "–"}
# Tags before a "to"-infinitive that make it a purpose of the act before
# (a place or person, an adverb or particle), not a noun's plan.
_PURPOSE_BEFORE = frozenset("NNP NNPS RB RP".split())
# Subordinators that may also be prepositions: a boundary only when a clause
# follows them, not when they govern the expression ("after Friday's vote").
_PREPOSITIONAL = frozenset("since until after before".split())


@lazy
def _words() -> dict[str, frozenset[str]]:
    return word_classes("dates/data/verb_groups.tsv")


Tok = tuple[str, str]  # (text, Penn tag)


def clause_tense(toks: Sequence[Tok], first: int, last: int) -> ClauseTense:
    """Tense of the clause of the expression on tokens `toks[first:last]`.

    `toks` is the sentence, each token with its tag. None when no verb group
    of the clause tells.
    """
    w = _words()
    toks = _past_forms(_after_modals(toks, w), w)
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
    w = _words()
    i = first - 1
    while i >= 0 and not _is_verbal(toks, i, w):
        if _boundary(toks, i, w):
            return False
        i -= 1
    has_perfect = False
    while i >= 0 and (
        toks[i][1] in _VERB_TAGS or toks[i][1] == "TO" or _is_adverb(toks[i])
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
    w = _words()
    for i in range(first - 1, -1, -1):
        if _boundary(toks, i, w) or toks[i][0] == ",":
            return True
        if _is_verbal(toks, i, w):
            return False
    return True


def _after_modals(toks: Sequence[Tok], w: dict[str, frozenset[str]]) -> list[Tok]:
    """The tags with the word after a modal read as a verb: a modal is always
    followed by one ("will stay closed", never a noun "stay")."""
    out = list(toks)
    for i in range(len(out) - 1):
        text, tag = out[i]
        if tag != "MD" and text.lower() not in w["will"]:
            continue
        j = i + 1
        while j < len(out) and _is_adverb(out[j]):
            j += 1
        if j < len(out) and out[j][1] not in _VERB_TAGS and out[j][0].isalpha():
            out[j] = (out[j][0], "VB")
    return out


_SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
_OBJECT_START = frozenset("DT PRP PRP$ NNP NNPS CD $".split())


def _past_forms(toks: list[Tok], w: dict[str, frozenset[str]]) -> list[Tok]:
    """The tags with the verb shapes the tagger misreads set right.

    A phrasal verb's particle is no verb ("blew himself up outside the
    mosque": "up" is no present tense). A past form right after its subject
    is the verb: an irregular past ("the company wound down its plant") or a
    verb whose past is its base ("the team beat Arsenal") before a particle or
    an object, read by the tagger as a noun; a timetable verb's "-s" form
    read as a plural noun ("the offer ends on Tuesday"); a base-form verb after a
    subject ("he quit on Friday", "the bank cut rates", where a present
    would need "-s"; "rebels cut the road on Thursday").
    """
    out = toks
    for i, (text, tag) in enumerate(toks):
        low = text.lower()
        if tag in _VERB_TAGS and low in w["particle"]:
            if out is toks:
                out = list(toks)
            out[i] = (text, "RP")
            continue
        if tag == "NN" and _verb_after_aside(toks, i, w):
            # "Liverpool, who lost to Everton last week, host United on
            # Sunday", "Arsenal, beaten on Tuesday, face Chelsea on Saturday":
            # the timetable verb after the subject's aside.
            if out is toks:
                out = list(toks)
            out[i] = (text, "VBP")
            continue
        if i == 0 or not text.islower() or tag not in _MISREAD_PAST:
            continue
        if (
            tag == "NNS"
            and low in w["timetable_s"]
            and (
                toks[i - 1][1] in ("NN", "NNP")
                or toks[i - 1][0].lower().endswith("ing")  # "Voting ends"
            )
            and i + 1 < len(toks)
            and toks[i + 1][1] in ("IN", "TO", "CD")
        ):
            # "the offer ends on Tuesday", "voting ends at 8 p.m.": the verb.
            if out is toks:
                out = list(toks)
            out[i] = (text, "VBZ")
            continue
        prev_text, prev = toks[i - 1]
        pronoun = prev_text.lower() in _SUBJECT_PRONOUNS
        if not (prev in _NOUN_TAGS or pronoun):
            continue
        same = low in w["same_past"]
        if tag == "VBP":
            # "he quit", "the bank cut": a present would be "quits", "cuts";
            # "rebels cut the road on Thursday": news tells a named day's act
            # in the past (its timetable verbs, "meet", "play", are no such).
            past = same
        elif tag == "VB":
            past = False  # "helped the company cut costs": an infinitive
        else:
            nxt_text, nxt = toks[i + 1] if i + 1 < len(toks) else ("", "")
            object_next = nxt_text.lower() in w["particle"] or (
                (
                    nxt in _OBJECT_START
                    # "the Bank of England cut interest rates": after a name or
                    # a pronoun a bare noun is the object ("the rate cut plan"
                    # has a common noun before "cut").
                    or (
                        same
                        and nxt in ("NN", "NNS")
                        and (prev in ("NNP", "NNPS") or pronoun)
                    )
                )
                and not _names_date(nxt_text.lower())
            )
            irregular = not low.endswith("ed") and lemma(low, "VBD") != low
            past = object_next and (same or irregular)
        if past:
            if out is toks:
                out = list(toks)
            out[i] = (text, "VBD")
    return out


def _verb_after_aside(
    toks: Sequence[Tok], i: int, w: dict[str, frozenset[str]]
) -> bool:
    """Token `i`, tagged a noun, is a timetable verb's base form right after
    the comma that closes an aside after the sentence's subject ("Arsenal,
    beaten on Tuesday, face Chelsea"), before its object."""
    low = toks[i][0].lower()
    if (
        low not in w["futurate"]
        or toks[i - 1][0] != ","
        or i + 1 >= len(toks)
        or toks[i + 1][1] not in _OBJECT_START
    ):
        return False
    first = next((k for k in range(i - 1) if toks[k][0] == ","), None)
    return first is not None and first > 0 and toks[first - 1][1] in _NOUN_TAGS


def _names_date(low: str) -> bool:
    """A weekday or month name: the time, not the verb's object ("a price
    cut Friday")."""
    return low in lx.WEEKDAYS or low.rstrip(".") in lx.MONTHS


# Tags a past form may wrongly get: a noun or adjective ("the team beat
# Arsenal"), or a present ("he quit").
_MISREAD_PAST = frozenset("NN NNS JJ VBP VB".split())


def _is_verbal(toks: Sequence[Tok], i: int, w: dict[str, frozenset[str]]) -> bool:
    text, tag = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else ("", "")
    if tag == "VBG" and i > 0 and toks[i - 1][1] in _NOUN_TAGS and nxt[1] in _NOUN_TAGS:
        return (
            False  # a noun compound: "a bank holding company", "oil producing nations"
        )
    if i > 0 and toks[i - 1][1] == "CD" and text.lower() == "am":
        return False  # "at 4 am", "4.15am": a clock time's "am", not the verb
    if tag in _VERB_TAGS or text.lower() in w["will"]:
        return True
    low = text.lower()
    if tag == "TO":
        return nxt[1] == "VB"  # "to resume"
    # "due", "likely", "set" between a form of "be" and "to".
    return low in w["to_future"] and nxt[1] == "TO"


def _is_adverb(tok: Tok) -> bool:
    return tok[1] in ("RB", "RBR") or tok[0].lower() in ("not", "n't")


def _group_at(
    toks: Sequence[Tok], i: int, w: dict[str, frozenset[str]]
) -> tuple[int, int]:
    """The verb group around verbal token `i`: `[lo, hi)`, adverbs inside kept."""
    lo = i
    while True:
        j = lo - 1
        while j >= 0 and _is_adverb(toks[j]):
            j -= 1
        if (
            j >= 0
            and _is_verbal(toks, j, w)
            # A gerund before a finite verb is its subject ("Campaigning
            # officially ends at midnight"): no verb group goes on after one.
            and not (toks[j][1] == "VBG" and toks[lo][1] in _FINITE)
        ):
            lo = j
        else:
            break
    hi = i + 1
    while True:
        j = hi
        while j < len(toks) and _is_adverb(toks[j]):
            j += 1
        if j < len(toks) and _is_verbal(toks, j, w):
            hi = j + 1
        else:
            break
    return lo, hi


def _head_tense(
    group: Sequence[Tok], w: dict[str, frozenset[str]]
) -> ClauseTense | Literal["nonfinite"]:
    """Tense of the finite head of a verb group, or "nonfinite"."""
    words = [t.lower() for t, _ in group]
    tags = [g for _, g in group]
    for n, (low, tag) in enumerate(zip(words, tags, strict=True)):
        rest = words[n + 1 :]
        rest_tags = tags[n + 1 :]
        if tag == "MD" or low in w["will"] or low.endswith(("'ll", "’ll")):
            if "have" in rest and "VBN" in rest_tags:
                return "past"  # "may have been", "would have closed"
            if low in w["will"] or low.endswith(("'ll", "’ll")):
                return "future"
            return "future?" if low in w["unsure"] else "present"
        if tag not in _FINITE and low not in w["be"] | w["have"]:
            continue
        if tag not in _FINITE and n:
            continue  # "been", "being" after another auxiliary
        past = tag == "VBD" or low in ("was", "were", "had")
        if low in w["be"] and _plan_after(rest, rest_tags, w):
            return "present" if past else "future"  # "is due to", "was set to"
        if low in w["have"] and "VBN" in rest_tags:
            # "had met": past; "has fluctuated ... in March": a present perfect
            # reports the past, weakly ("has been named for a mission in
            # December" may still look ahead).
            return "past" if past else "past?"
        if past:
            return "past"
        if low in w["be"] and rest_tags[:1] == ["VBG"]:
            return "future?"  # "is meeting Friday"
        return "present"
    return "nonfinite"


def _now_after(toks: Sequence[Tok], hi: int) -> bool:
    """A past "was"/"were" right before "now": reported speech shifted back
    ("a trial before Election Day was now all but impossible"), a present."""
    return (
        hi < len(toks)
        and toks[hi][0].lower() == "now"
        and toks[hi - 1][0].lower() in ("was", "were")
    )


def _past_perfect_before(
    toks: Sequence[Tok], lo: int, w: dict[str, frozenset[str]]
) -> bool:
    """The verb group governing the infinitive at `lo` (past its object) is a
    past perfect: "had scheduled the trial to begin in March"."""
    j = lo - 1
    while j >= 0 and (toks[j][1] in _NOUN_PHRASE_OR_PRONOUN or _is_adverb(toks[j])):
        j -= 1
    if j < 0 or not _is_verbal(toks, j, w):
        return False
    a, b = _group_at(toks, j, w)
    group = toks[a:b]
    return any(t.lower() in ("had", "'d") for t, _ in group) and group[-1][1] == "VBN"


def _plan_tense(group: Sequence[Tok], tense: ClauseTense | str) -> ClauseTense:
    """A plan points ahead: "is scheduled to", "plans to" are future; a past
    plan ("planned to leave on Thursday") leans forward; a plan in the past
    perfect ("had been due to expire Friday") lies in the past."""
    if any(text.lower() in ("had", "'d") for text, _ in group):
        return "past"
    return "future" if tense in ("future", "present") else "future?"


def _plans(
    group: Sequence[Tok], w: dict[str, frozenset[str]], cls: str = "plan_verb"
) -> bool:
    """The group is a verb of planning ("plans to", "has scheduled", "set"):
    the time it names lies ahead of the planning, whatever its tense."""
    return any(tag in _VERB_TAGS and lemma(text, tag) in w[cls] for text, tag in group)


_PAST_BE = frozenset("was were had 'd".split())
_PRESENT_BE = frozenset("is are am 's 're 'm".split())


def _schedules(group: Sequence[Tok], w: dict[str, frozenset[str]]) -> bool:
    """The group schedules an event: a scheduling verb ("has scheduled"), a
    passive one that schedules only with "be" ("is set for", "was slated for"),
    or a present passive of expecting ("is expected on Monday", "is forecast
    for Wednesday")."""
    if _plans(group, w, "schedule"):
        return True
    passive = any(text.lower() in w["be"] for text, _ in group[:-1])
    if passive and _plans(group, w, "expect_passive"):
        # "rain is expected on Monday": ahead; "were expected on Monday": as told.
        return not any(text.lower() in _PAST_BE for text, _ in group)
    return passive and _plans(group, w, "schedule_passive")


def _sets_date(
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
    if not all(tag in _GAP_TAGS for _, tag in gap):
        return False
    return any(
        tag in _VERB_TAGS and lemma(text, tag) in verbs for text, tag in toks[lo:hi]
    )


def _ahead_of_act(
    toks: Sequence[Tok], lo: int, hi: int, first: int, w: dict[str, frozenset[str]]
) -> bool:
    """The group's act looks at a later time the expression names: a warning
    of a happening ("warned of heavy rain on Tuesday") or the fixing of its
    object's time ("The judge set the hearing for Tuesday")."""
    return _warns_ahead(toks, lo, hi, first, w) or _sets_for(toks, lo, hi, first, w)


def _sets_for(
    toks: Sequence[Tok], lo: int, hi: int, first: int, w: dict[str, frozenset[str]]
) -> bool:
    """The group fixes its object's time, which "for" gives: "The judge set
    the hearing for Tuesday", "the union set a strike for Friday". Not a
    particle verb ("set aside funds for Friday's strike"), nor "set" with
    "on" ("set a record on Monday" dates the act)."""
    if first - hi < 2 or toks[first - 1][0].lower() != "for" or _particle(toks, hi):
        return False
    gap = toks[hi : first - 1]
    if len(gap) > 6 or not all(tag in _NOUN_PHRASE_OR_PRONOUN for _, tag in gap):
        return False
    return _plans(toks[lo:hi], w, "sets_for")


def _warns_ahead(
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
    if _plans(group, w, "warn_of"):
        j = hi  # past an object: "warned passengers of delays on Friday"
        while j < first and toks[j][1] in _NOUN_PHRASE_OR_PRONOUN:
            j += 1
        if j >= first or toks[j][0].lower() not in ("of", "about"):
            return False
        gap = toks[j + 1 : first]
    elif _plans(group, w, "forecast_verb"):
        gap = toks[hi:first]
    else:
        return False
    # (a list too: "warned of cancellations and delays on Sunday")
    if (
        not gap
        or len(gap) > 8
        or not all(tag in _GAP_TAGS or tag == "CC" for _, tag in gap)
    ):
        return False
    # (a gerund too: "warned of flooding on Saturday")
    return any(t.lower() in w["forecast_noun"] for t, _ in gap)


def _warned_tense(group: Sequence[Tok]) -> ClauseTense:
    """ "Forecasters warned of heavy rain on Tuesday", "set the hearing for
    Tuesday": ahead of the act; "had warned of rain on Tuesday" is overtaken,
    past."""
    return "past" if any(t.lower() in ("had", "'d") for t, _ in group) else "future"


def _as_planned(toks: Sequence[Tok], lo: int, hi: int) -> bool:
    """A bare participle after "as" ("as planned", "as previously scheduled")
    says the event kept to its plan; it schedules nothing, and the clause's own
    verb tells the time ("the offensive began as planned Saturday night")."""
    j = lo - 1
    while j >= 0 and _is_adverb(toks[j]):
        j -= 1
    return (
        j >= 0
        and toks[j][0].lower() == "as"
        and all(tag in ("VBN", "VBD") or _is_adverb((t, tag)) for t, tag in toks[lo:hi])
    )


def _plan_after(
    rest: list[str], rest_tags: list[str], w: dict[str, frozenset[str]]
) -> bool:
    """After a form of "be": "due to", "going to", "set to" (a plan)."""
    return any(
        low in w["to_future"] and k + 1 < len(rest_tags) and rest_tags[k + 1] == "TO"
        for k, low in enumerate(rest)
    )


def _infinitive_tense(
    group: Sequence[Tok], w: dict[str, frozenset[str]]
) -> ClauseTense:
    """Tense for an expression after a group ending in a "to"-infinitive."""
    to = max(k for k, (_, tag) in enumerate(group) if tag == "TO")
    head = group[:to]
    if not head:
        return "future?"  # "an agreement to acquire the bank in January"
    low = head[-1][0].lower()
    tense = _head_tense(head, w)
    if len(head) == 1 and low in _PRESENT_BE:
        # "the minister is to visit Brussels in May": "be" + "to" is an
        # arrangement still ahead, as "is due to" is ("was to" looks ahead
        # from the past, and stays a lean).
        return "future"
    if low in w["to_future"] or _plans(head, w):
        return _plan_tense(head, tense)  # "is due to resume", "planned to leave"
    if low in lx.PAST_INFINITIVE_HEADS and tense == "past":
        return "past"  # "tried to flee Friday"
    return "future?"  # "agreed to meet Friday"


def _boundary(toks: Sequence[Tok], i: int, w: dict[str, frozenset[str]]) -> bool:
    text, tag = toks[i]
    if text in _HARD:
        return True
    low = text.lower()
    if low not in w["clause_start"]:
        return False
    if low in _PREPOSITIONAL:
        # "after the talks collapsed": a clause follows when a verb comes soon.
        return any(t[1] in _FINITE for t in toks[i + 1 : i + 5])
    if low == "that":
        return tag in ("IN", "WDT")  # not "that day"
    return True


def _scan_left(
    toks: Sequence[Tok], first: int, last: int, w: dict[str, frozenset[str]]
) -> ClauseTense:
    i = first - 1
    skipped = False  # passed a participle: only a finite head decides now
    while i >= 0:
        if _boundary(toks, i, w) and not (
            i == first - 1 and toks[i][0].lower() in _PREPOSITIONAL
        ):
            return None
        low = toks[i][0].lower()
        if low in w["forward"] and not skipped and _forward_here(toks, i, first):
            return "future"  # "payable Dec. 7", "effective Feb. 1"
        if low in w["backward"] and not skipped:
            return "past"  # "since the Oct. 23 slaying"
        if not _is_verbal(toks, i, w):
            i -= 1
            continue
        lo, hi = _group_at(toks, i, w)
        group = toks[lo:hi]
        tense = _head_tense(group, w)
        if tense == "past" and _now_after(toks, hi):
            return "present"  # "said a trial before the vote was now impossible"
        if skipped:
            if tense != "nonfinite":
                if _sets_date(toks, lo, hi, first, w):
                    # "has issued a warning for rain covering Wales from Sunday"
                    return _plan_tense(group, tense)
                if _warns_ahead(toks, lo, hi, first, w):
                    return _warned_tense(group)  # "warned of flooding on Friday"
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
            if group[0][1] == "TO" and _past_perfect_before(toks, lo, w):
                # "had scheduled the trial to begin in March": a plan overtaken
                return "past"
            return _infinitive_tense(group, w)
        elif _participle(toks, lo, hi) and _verb_follows(toks, last):
            if (
                toks[lo][1] == "VBN"
                and first - hi <= 1  # its own phrase: "agreed in November"
                and not _plans_event(toks, lo, hi, first, w)
            ):
                # "cuts agreed in November are due to run through June": the
                # reduced relative's own past dates what it names.
                return "past"
            return None  # "a service planned for Saturday was canceled"
        elif _ahead_of_act(toks, lo, hi, first, w):
            return _warned_tense(group)
        elif (
            _schedules(group, w)
            and not _particle(toks, hi)
            and not _as_planned(toks, lo, hi)
        ) or _sets_date(toks, lo, hi, first, w):
            # "planned a demonstration on Saturday", "the hearing is set for Tuesday"
            return _plan_tense(group, tense)
        elif _participle(toks, lo, hi):
            if _bare_passive(toks, hi) and (
                _plans(group, w, "expect_passive")
                or _plans(group, w, "schedule_passive")
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
    return not (last < len(toks) and toks[last][1] == "POS")


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
    while j >= 0 and toks[j][1] in _NOUN_PHRASE_OR_PRONOUN:
        j -= 1
    return j >= 0 and lemma(toks[j][0], toks[j][1]) in w["directive"]


def _particle(toks: Sequence[Tok], hi: int) -> bool:
    """A particle after the verb makes another verb: "set aside", not "set"."""
    return (
        hi < len(toks)
        and toks[hi][1] in ("RP", "RB")
        and toks[hi][0].lower() not in ("up", "for")
    )


def _plans_event(
    toks: Sequence[Tok], lo: int, hi: int, first: int, w: dict[str, frozenset[str]]
) -> bool:
    """The participle at `lo` sets the time of the noun's event ("a service
    planned for Saturday", "a ruling expected in May", "a strike called for
    Monday"), which the clause's own verb then tells, unlike an act done
    then ("cuts agreed in November")."""
    group = toks[lo:hi]
    return (
        _plans(group, w)
        or _plans(group, w, "schedule")
        or _plans(group, w, "schedule_passive")
        or _plans(group, w, "expect_passive")
        or any(t[0].lower() == "for" for t in toks[hi:first])
    )


def _bare_passive(toks: Sequence[Tok], hi: int) -> bool:
    """The bare "-ed" form ending at `hi` is a passive participle: tagged so,
    or tagged a past but with "for" and no object after it (a headline's
    "Strike Set For Friday", "Vote Scheduled For Sunday"); "Forecasters
    predicted on Monday" is the act's day."""
    tag = toks[hi - 1][1]
    return tag == "VBN" or (
        tag == "VBD" and hi < len(toks) and toks[hi][0].lower() == "for"
    )


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
    if toks[j][1] not in _NOUN_TAGS:
        return False
    while j >= 0 and toks[j][1] in _NOUN_PHRASE:
        j -= 1
    if j < 0 or toks[j][1] not in _VERB_TAGS:
        return True
    return lemma(toks[j][0], toks[j][1]) not in _words()["complement_verb"]


def _verb_follows(toks: Sequence[Tok], last: int) -> bool:
    """A finite verb right after the expression (adverbs skipped)."""
    j = last
    while j < len(toks) and _is_adverb(toks[j]):
        j += 1
    return j < len(toks) and toks[j][1] in _FINITE


def _scan_right(
    toks: Sequence[Tok], last: int, w: dict[str, frozenset[str]]
) -> ClauseTense:
    i = last
    while i < len(toks):
        if toks[i][0] in _HARD:
            return None  # a subordinate clause ("On Friday, when ... set") may
            # come before the main verb; its verb shares the time frame
        if not _is_verbal(toks, i, w):
            i += 1
            continue
        lo, hi = _group_at(toks, i, w)
        tense = _head_tense(toks[lo:hi], w)
        if tense == "past" and _now_after(toks, hi):
            tense = "present"
        if tense != "nonfinite":
            return tense
        i = hi
    return None
