"""A parser's own event triggers, consulted before the shipped ones.

A user trigger (`newsfacts.knowledge.user.UserTrigger`) is a verb lemma with
its particle ("storm", "crack down") or a noun phrase ("drone strike"), a
CAMEO code, and optionally the object the verb must have ("embassy", or a word
class of the verb patterns: "&EMBASSY"). Two ways to match, for the two ways a
stage may read a sentence:

- `match_at`: along the words of a sentence (a verb form, its particle, then
  the object within three words: "stormed the US embassy");
- `match_clause`: a verb group's lemma, particle, object and prepositional
  phrases, as the clause layer gives them.

Either way a trigger with an object beats one without, and a longer phrase a
shorter one. `check_trigger` checks, when a `Parser` is built, that the code
is one of the codebook's and the class one of the patterns'.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..knowledge.user import CompiledTrigger, UserTrigger, UserTriggers
from ..language.morphology import inflections
from .lexicon import plover_of
from .patterns import VerbMatch, word_class

__all__ = ["USER_RULE", "check_trigger", "match_at", "match_clause"]

USER_RULE = "user-trigger"
"""Rule id of an event a user trigger coded ("user-trigger:storm")."""

_GAP = 3  # words allowed between a verb (or its particle) and its object


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
    """The rule id of an event the trigger coded."""
    return f"{USER_RULE}:{trigger.phrase}"


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


def _object_end(obj: str, words: Sequence[str], k: int) -> int:
    """The index after the object phrase found within `_GAP` words of `k`, or -1."""
    for phrase in _objects(obj):
        n = len(phrase)
        for start in range(k, min(k + _GAP, len(words) - n) + 1):
            if all(words[start + x] in phrase[x] for x in range(n)):
                return start + n
    return -1


def match_at(
    table: UserTriggers, words: Sequence[str], i: int
) -> tuple[CompiledTrigger, int] | None:
    """The best user trigger whose phrase starts at word `i` (lower-case words),
    with the index of its last word (the object's head when it names one)."""
    best: tuple[tuple[int, int], CompiledTrigger, int] | None = None
    for c in table.by_form.get(words[i], ()):
        n = len(c.items)
        if i + n > len(words) or not all(
            words[i + x] in c.items[x] for x in range(1, n)
        ):
            continue
        end = i + n
        obj = c.trigger.object
        if obj is not None:
            end = _object_end(obj, words, end)
            if end < 0:
                continue
        key = (1 if obj is not None else 0, n)
        if best is None or key > best[0]:
            best = (key, c, end - 1)
    return (best[1], best[2]) if best is not None else None


def match_clause(
    table: UserTriggers,
    lemma: str,
    particle: str | None = None,
    obj: Sequence[str] = (),
    preps: Sequence[tuple[str, Sequence[str]]] = (),
) -> VerbMatch | None:
    """The code a user verb trigger gives a verb group (lemma, particle, object
    words head last, prepositional phrases), as `patterns.match_verb` reads it;
    None when no user trigger fits."""
    low = lemma.lower()
    rest_options = {(particle or "").lower()} | {p.lower() for p, _ in preps[:1]}
    words = [w.lower() for w in obj]
    best: tuple[tuple[int, int], UserTrigger] | None = None
    for c in table.by_form.get(low, ()):
        t = c.trigger
        if t.kind != "verb" or t.words[0] != low:
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
    return VerbMatch(best[1].cameo, rule=rule_of(best[1]))
