"""A parser's own event triggers, consulted before the shipped ones.

A user trigger (`newsfacts.knowledge.user.UserTrigger`) is a verb lemma with
its particle ("storm", "crack down") or a noun phrase ("drone strike"), a
CAMEO code, and optionally the object the verb must have ("border", or a word
class of the verb patterns: "&EMBASSY"). The events stage asks here before its
shipped tables:

- `match_clause` (from `reading`): a verb group's lemma, particle, object and
  prepositional phrases, as the clause layer gives them, before
  `patterns.match_verb`; a trigger with an object beats one without, and a
  longer phrase a shorter one;
- `user_noun` (from `nouns.event_noun`): a noun phrase ending in a user
  noun trigger, before `event_nouns.tsv`.

`check_trigger` checks, when a `Parser` is built, that the code is one of the
codebook's and the class one of the patterns'.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..knowledge.user import UserTrigger, UserTriggers
from ..language.morphology import inflections
from .lexicon import plover_of
from .patterns import VerbMatch, word_class

__all__ = ["USER_RULE", "check_trigger", "match_clause", "rule_of", "user_noun"]

USER_RULE = "user"
"""The data row of a user trigger's `VerbMatch.rule`: "verbs:user:kettle" for a
verb alone (read like a verb of the dictionary: an act upon someone needs
that someone), "verb_patterns:user:shutter" with its object."""


def check_trigger(trigger: UserTrigger, where: str) -> None:
    """Raise `ValueError` naming the entry when its code or class is unknown."""
    if not plover_of(trigger.cameo):
        raise ValueError(
            f"{where}: field 'cameo': {trigger.cameo!r} is not a code of the CAMEO "
            "codebook (newsfacts/events/data/cameo.tsv)"
        )
    obj = trigger.object
    if obj is not None and obj.startswith("&") and not word_class(obj):
        raise ValueError(
            f"{where}: field 'object': no word class {obj!r} in the verb patterns "
            "(newsfacts/events/data/word_classes.tsv); give the object's words"
        )


def rule_of(trigger: UserTrigger) -> str:
    """The `VerbMatch.rule` of a user trigger (see `USER_RULE`)."""
    table = "verbs" if trigger.object is None else "verb_patterns"
    return f"{table}:{USER_RULE}:{trigger.phrase}"


def _objects(obj: str) -> tuple[tuple[frozenset[str], ...], ...]:
    """Each phrase the object may be, as word -> forms (the head in any number)."""
    phrases = sorted(word_class(obj)) if obj.startswith("&") else [obj]
    out = []
    for phrase in phrases:
        words = phrase.replace("_", " ").split()
        items = [frozenset({w}) for w in words]
        items[-1] = inflections(words[-1], "NOUN")
        out.append(tuple(items))
    return tuple(out)


def match_clause(
    table: UserTriggers,
    lemma: str,
    particle: str | None = None,
    obj: Sequence[str] = (),
    preps: Sequence[tuple[str, Sequence[str]]] = (),
    word: str = "",
) -> VerbMatch | None:
    """The code a user verb trigger gives a verb group (lemma, particle, object
    words head last, prepositional phrases, and the verb as written, for a
    form the lemmatiser does not know: "doxxed"), as `patterns.match_verb`
    reads it; None when no user trigger fits."""
    low = lemma.lower()
    written = word.lower()
    rest_options = {(particle or "").lower()} | {p.lower() for p, _ in preps[:1]}
    words = [w.lower() for w in obj]
    best: tuple[tuple[int, int], UserTrigger] | None = None
    found = table.by_form.get(low, ()) or table.by_form.get(written, ())
    for c in found:
        t = c.trigger
        if low not in c.items[0] and written not in c.items[0]:
            continue
        rest = " ".join(t.words[1:])
        if rest and rest not in rest_options:
            continue
        if t.object is not None:
            phrases = _objects(t.object)
            if not any(
                len(p) <= len(words)
                and all(w in f for w, f in zip(words[-len(p) :], p, strict=True))
                for p in phrases
            ):
                continue
        key = (1 if t.object is not None else 0, len(t.words))
        if best is None or key > best[0]:
            best = (key, t)
    if best is None:
        return None
    t = best[1]
    return VerbMatch(t.cameo, rule=rule_of(t), names_object=t.object is not None)


def user_noun(
    table: UserTriggers, words: Sequence[str], start: int, head: int
) -> UserTrigger | None:
    """The user noun trigger a noun phrase ends in (lower-case `words`, the
    phrase's first token `start` and its head `head`): the head in either number,
    the words before it as written ("kettling operations")."""
    best: UserTrigger | None = None
    for c in table.nouns:
        n = len(c.items) - 1
        if (
            words[head] in c.items[-1]
            and head - n >= start
            and all(words[head - n + x] in c.items[x] for x in range(n))
            and (best is None or n >= len(best.words))
        ):
            best = c.trigger
    return best
