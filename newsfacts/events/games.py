"""A game report: an article whose lead reports a game's result.

"Liverpool beat Arsenal 2-0 at Anfield on Sunday" opens a match report, in
which players fire, strike, shoot, hammer and are caught ("Salah sealed the
win, firing home from close range"; "Bumrah struck twice early on the third
evening"; "Head was caught behind off Bumrah"): play, no force. In such an
article an act of force or seizure (CAMEO 17-20) done by a person or a club,
or done by no one named to a person or a club, is part of the game and is
no event. Force by or upon groups stays what it is ("fans clashed with
police", "police fired tear gas at supporters", "a steward was attacked by
fans"), as does all force in an article whose lead reports no result. Helpers
of `events/stage.py`.
"""

from __future__ import annotations

from functools import lru_cache

from ..knowledge.organizations import known_club
from ..language.morphology import lemma
from ..records import Actor, ActorKind, Event
from .clause_kinds import game_result
from .parties import Parties
from .words import word_classes

__all__ = ["LEAD_SENTENCES", "in_play", "reports_game", "scored"]

LEAD_SENTENCES = 3
"""How many of an article's first sentences are read for a game's result."""

_PLAY_ROOTS = ("17", "18", "19", "20")


def reports_game(p: Parties) -> bool:
    """Whether the sentence reports a game's result: a verb of winning or
    losing (`contest_verbs`, in any form: "beat" is often read as a noun)
    with a score or a margin (`scored`), or a result `game_result` reads in
    a clause ("beat Sharapova in straight sets", "beat Medvedev to win the
    title")."""
    if scored(p):
        return True
    if not any(map(_contest_form, p.words)):
        return False
    verbs = p.ps.structure.chunks.verbs
    return any(game_result(p, cl, verbs[cl.verb]) for cl in p.ps.structure.clauses)


def scored(p: Parties) -> bool:
    """Whether the sentence has a verb of winning or losing (`contest_verbs`,
    in any form) and a game's score ("Liverpool beat Arsenal 2-0", "won 4-6
    6-4 6-4", "beat Philippoussis (Australia) 6-3 7-6 (7-4)") or a margin of
    a game (`game_margins` after "by": "thrashed Australia by 295 runs")
    anywhere in it: a sentence that itself reports a game's result."""
    wc = word_classes()
    words = p.words
    if not any(map(_contest_form, words)):
        return False
    toks = p.ps.tokens
    for k in range(len(words) - 2):
        if (
            words[k].isdigit()
            and len(words[k]) <= 3
            and words[k + 1] in ("-", "–")
            and words[k + 2].isdigit()
            and len(words[k + 2]) <= 3
            and toks[k].end == toks[k + 1].start
            and toks[k + 1].end == toks[k + 2].start
        ):
            return True  # "2-0", "4-6", "120-98"; not "2016-2020"
        if (
            words[k] == "by"
            and (p.ps.tags[k + 1] == "CD" or words[k + 1] in ("an", "one"))
            and words[k + 2].lower() in wc.game_margins
        ):
            return True  # "by 295 runs", "by five wickets", "by an innings"
    return False


@lru_cache(maxsize=4096)
def _contest_form(word: str) -> bool:
    """A form of a verb of winning or losing (`contest_verbs`: "beat", "won",
    "thrashed"), read as a past form; asked once per word form, where the
    lead's every word would be lemmatised again for every article."""
    return lemma(word, "VBD") in word_classes().contest_verbs


def _player(a: Actor | None) -> bool:
    """A person, or an organisation of sport (a club or a team)."""
    if a is None:
        return False
    return a.kind == ActorKind.PERSON or (
        a.kind == ActorKind.ORGANIZATION and known_club(a.name)
    )


def in_play(e: Event) -> bool:
    """Whether an event of a game report is play: force by a player or a club,
    or by no one named upon one."""
    if not e.cameo.startswith(_PLAY_ROOTS):
        return False
    if e.source is not None:
        return _player(e.source)
    return _player(e.target)
