"""Verb tags the tagger misreads, set right before a clause's tense is read.

A modal is always followed by a verb ("will stay closed"); a phrasal verb's
particle is no verb; a past form after its subject is the verb even when the
tagger read it as a noun or a present ("the team beat Arsenal", "he quit on
Friday"), and so is a timetable verb after its subject or the subject's aside
("the offer ends on Tuesday", "Arsenal, beaten on Tuesday, face Chelsea").
The tense of a clause is read on the tags these return.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..language.morphology import lemma
from . import lexicon as lx
from .verb_groups import NOUN_TAGS, VERB_TAGS, Tok, is_adverb

__all__ = ["after_modals", "past_forms"]


def after_modals(toks: Sequence[Tok], w: dict[str, frozenset[str]]) -> list[Tok]:
    """The tags with the word after a modal read as a verb: a modal is always
    followed by one ("will stay closed", never a noun "stay")."""
    out = list(toks)
    for i in range(len(out) - 1):
        text, tag = out[i]
        if tag != "MD" and text.lower() not in w["will"]:
            continue
        j = i + 1
        while j < len(out) and is_adverb(out[j]):
            j += 1
        if j < len(out) and out[j][1] not in VERB_TAGS and out[j][0].isalpha():
            out[j] = (out[j][0], "VB")
    return out


_SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
_OBJECT_START = frozenset("DT PRP PRP$ NNP NNPS CD $".split())


def past_forms(toks: list[Tok], w: dict[str, frozenset[str]]) -> list[Tok]:
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
        if tag in VERB_TAGS and low in w["particle"]:
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
        if not (prev in NOUN_TAGS or pronoun):
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
    return first is not None and first > 0 and toks[first - 1][1] in NOUN_TAGS


def _names_date(low: str) -> bool:
    """A weekday or month name: the time, not the verb's object ("a price
    cut Friday")."""
    return low in lx.WEEKDAYS or low.rstrip(".") in lx.MONTHS


# Tags a past form may wrongly get: a noun or adjective ("the team beat
# Arsenal"), or a present ("he quit").
_MISREAD_PAST = frozenset("NN NNS JJ VBP VB".split())
