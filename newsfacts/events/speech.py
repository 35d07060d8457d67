"""Reported speech: who says it, and when saying it is itself the event.

An event reported with no actor of its own takes the speaker ("X said they
will ..."); "S said Y attacked" is S accusing Y; a sentence with only a
reporting verb is a statement.
"""

from __future__ import annotations

import bisect

from .arguments import coordinated_before, left_actor, right_actor
from .mentions import ActorMention, negative_cues
from .sentence import Candidate, Sentence, candidate_like
from .words import word_classes

__all__ = ["reported_speech", "speaker", "statement"]


def speaker(sent: Sentence, s: Candidate) -> ActorMention | None:
    """Who says it: the actor before the reporting verb, or after it ("..., said X")."""
    am = left_actor(sent, s.match.first)
    prev = sent.words[s.match.first - 1] if s.match.first > 0 else ""
    if am is not None and sent.token_index(am.end) >= s.match.first - 4:
        return am
    trailing = s.match.last + 8 >= len(sent.words)
    if trailing and (prev in {",", '"', "'"} or am is None):
        right = right_actor(sent, s.match.last, None, limit=6)
        if right is not None:
            return right
    return am


def reported_speech(
    sent: Sentence, speech: list[Candidate], events: list[Candidate]
) -> list[Candidate]:
    """Embedded events get their speaker; "S said Y attacked" is S accusing Y."""
    if not speech:
        return events
    out: list[Candidate] = []
    lasts = [s.match.last for s in speech]  # in text order
    accused: set[int] = set()
    for c in events:
        # The nearest reporting verb before the event; a trailing "..., officials
        # said" reports the event but does not act in it.
        k = bisect.bisect_left(lasts, c.match.first) - 1
        lead = speech[k] if k >= 0 else None
        who = speaker(sent, lead) if lead is not None else None
        self_report = lead is not None and _pronoun_subject(sent, lead, c)
        if who is not None and (self_report or (c.source is None and not c.passive)):
            c.source = who
            c.rule = "events.reported"
            group = coordinated_before(sent, who)
            if group:
                # "Obama and Putin said they will ...": each speaker acts.
                c.source = group[0]
                c.extra_sources = [*group[1:], who]
        elif (
            lead is not None
            and who is not None
            and c.type in {"ASSAULT", "COERCE", "MOBILIZE"}
            and c.mode == "asserted"
            and (c.source is None or c.source.key() != who.key())
            and sent.token_index(who.start) < lead.match.first
        ):
            # "Israel said a mortar was fired at it from Gaza": an accusation.
            if lead.start in accused:
                continue
            accused.add(lead.start)
            acc = candidate_like(lead, "112", "events.accusation")
            acc.source = who
            acc.target = c.source or c.target
            if acc.target is None or acc.target.key() == who.key():
                # "Israel said a mortar was fired at it from Gaza": from where
                acc.target = _origin(sent, c.match.last) or acc.target
            out.append(acc)
            continue
        out.append(c)
    if not out:
        for s in speech:
            claim = _claim_accusation(sent, s)
            if claim is not None:
                out.append(claim)
                break
    return out


def _origin(sent: Sentence, after: int, limit: int = 12) -> ActorMention | None:
    """The place an attack came "from" after token `after` ("fired from Gaza")."""
    for n in range(after + 1, min(len(sent.words) - 1, after + limit)):
        w = sent.words[n]
        if w in word_classes().hard_boundary:
            return None
        if w != "from":
            continue
        k = n + 2 if sent.words[n + 1] == "the" else n + 1
        am = sent.am_at_token.get(k)
        if am is not None and am.place is not None:
            return am
    return None


def _pronoun_subject(sent: Sentence, lead: Candidate, c: Candidate) -> bool:
    """A pronoun subject in reported speech is the speaker ("X said they ...")."""
    between = range(lead.match.last + 1, c.match.first)
    if any(sent.am_at_token.get(k) is not None for k in between):
        return False
    return any(sent.words[k] in {"he", "she", "they", "we", "it", "i"} for k in between)


def _claim_accusation(sent: Sentence, s: Candidate) -> Candidate | None:
    """A claim with a negative cue about another actor is an accusation
    ("X claims that Y uses the conflict to the detriment of ...")."""
    who = speaker(sent, s)
    if who is None or sent.token_index(who.start) > s.match.first:
        return None
    rest = sent.doc.norm[s.end : min(sent.span.end, s.end + 300)].lower()
    if not any(cue in rest for cue in negative_cues()):
        return None
    target = right_actor(sent, s.match.last, who, limit=8)
    if target is None:
        return None
    acc = candidate_like(s, "112", "events.claim_accusation")
    acc.source, acc.target = who, target
    return acc


def statement(sent: Sentence, speech: list[Candidate]) -> Candidate:
    s = speech[0]
    s.source = speaker(sent, s)
    s.target = None
    s.rule = "events.statement"
    return s
