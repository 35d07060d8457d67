"""A definite description of an office named earlier: "the president" after
"French President Emmanuel Macron", "the prime minister" after "Prime
Minister Keir Starmer".

News names an official once with the title of their office and then speaks
of them by that title alone with "the": "French President Emmanuel Macron
arrived in Berlin. The president met Chancellor Olaf Scholz." The groups
read such a title as a group of officials ("president", FRAGOV); where
exactly one person of the article holds that title, written capitalised before
their name as a title of office is ("President", "Prime Minister"; not a role
written in lower case: "spokesman John Kirby ... The spokesman said" may be
another), and is named before the description, the description stands for
that person in the events it takes part in (`office_descriptions`); it stays
a group's mention in the actors list, which holds names. Nothing is linked
where two people hold the title ("President Joe Biden ... President Xi
Jinping ... the president"), where words stand between
"the" and the title ("the former president", "the French president": another
reading), or where "of" follows it ("the president of the European
Commission": another office).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Actor, ActorKind, Mention

__all__ = ["office_descriptions"]

# Lower-case words of a title before the group's noun at most ("the deputy
# prime minister").
_TITLE_WORDS = 3
# Characters read before a group's mention for its description.
_WINDOW = 48


def office_descriptions(text: str, actors: Sequence[Actor]) -> dict[int, Actor]:
    """The start of each group mention that is a definite description of the
    one holder of an office, and that person. The description stays the
    group's mention in `Article.actors` (a name is what the actors list
    holds; "the president" is no name); the events stage reads it as the
    person's ("The president met Chancellor Olaf Scholz": Macron met him)."""
    named = [a for a in actors if a.kind != ActorKind.GROUP]
    holders: dict[str, list[int]] = {}
    for k, a in enumerate(named):
        if a.kind == ActorKind.PERSON and a.title and a.title[0].isupper():
            holders.setdefault(a.title.lower(), []).append(k)
    if not holders:
        return {}
    out: dict[int, Actor] = {}
    for g in actors:
        if g.kind != ActorKind.GROUP:
            continue
        for m in g.mentions:
            got = _holder(text, m, named, holders)
            if got is not None:
                out[m.start] = named[got[0]]
    return out


def _holder(
    text: str, m: Mention, actors: Sequence[Actor], holders: dict[str, list[int]]
) -> tuple[int, Mention] | None:
    """The index of the one person whose title group mention m states with
    "the" before it, named before it, and the description's mention."""
    if not m.text.islower() or _next_word(text, m.end) == "of":
        return None
    before = text[max(0, m.start - _WINDOW) : m.start].split()
    words = [m.text]
    for w in reversed(before[-(_TITLE_WORDS + 1) :]):
        if w.lower() == "the":
            break
        if not (w.isalpha() and w.islower()):
            return None
        words.insert(0, w)
    else:
        return None
    held = holders.get(" ".join(words).lower())
    if held is None or len(held) != 1:
        return None
    k = held[0]
    start = m.end - len(" ".join(words))
    if text[start : m.end] != " ".join(words):
        return None  # (words spaced otherwise: left to the group)
    if actors[k].mentions[0].start >= start:
        return None
    return k, Mention.of(text, start, m.end)


def _next_word(text: str, end: int) -> str:
    """The lower-case word after offset `end`, if any."""
    after = text[end : end + 8].split()
    return after[0].lower() if after else ""
