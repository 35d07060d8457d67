"""A parser's own actors, laid over what the stage found.

The stage runs as usual; then each span naming a user actor (its name, an
alias or its acronym, see `UserActors.find`) becomes a mention of that actor,
and the user's kind, country, code and title replace the stage's reading:

- a stage actor with a mention exactly on a user span is the same entity: all
  its mentions ("Smith" after "John Smith") join the user actor;
- a stage mention inside or across a user span loses that span (the user's
  name is the whole name: "Kenya" inside "Kenya Defence Forces");
- a name that strictly contains a user span keeps it: the longer name is
  another name ("Acme Foundation" is not the user's "Acme"); a group read
  around it ("KDF troops", "RKB fighters") is a group of the user's actor and
  takes its country and code.

Work is linear: spans and mentions are compared through sorted starts.
"""

from __future__ import annotations

import bisect
from collections import defaultdict

import attrs

from ..knowledge.countries import alpha3
from ..knowledge.user import UserActor, UserActors
from ..records import Actor, ActorKind, Mention
from ..text import Document

__all__ = ["USER_RULE", "apply_user_actors"]

USER_RULE = "user"
"""`Actor.rule` of an actor a user dictionary names."""

_Span = tuple[int, int, UserActor]


def apply_user_actors(
    doc: Document, actors: list[Actor], table: UserActors
) -> list[Actor]:
    """`actors` with the user's actors named in `doc` laid over them."""
    spans = table.find(doc.norm)
    if not spans:
        return actors
    flat = sorted(
        ((m.start, m.end, n) for n, a in enumerate(actors) for m in a.mentions),
        key=lambda x: x[0],
    )
    starts = [s for s, _, _ in flat]
    reach = max((e - s for s, e, _ in flat), default=0)

    def around(a: int, b: int) -> list[tuple[int, int, int]]:
        """Stage mentions that may overlap [a, b)."""
        lo = bisect.bisect_left(starts, a - reach)
        hi = bisect.bisect_left(starts, b)
        return [x for x in flat[lo:hi] if x[1] > a]

    kept: list[_Span] = []
    members: dict[int, UserActor] = {}  # groups read around a user name
    for a, b, actor in spans:
        around_it = [
            n for s, e, n in around(a, b) if s <= a and b <= e and (s, e) != (a, b)
        ]
        if any(actors[n].kind != ActorKind.GROUP for n in around_it):
            continue  # a longer name
        for n in around_it:
            members.setdefault(n, actor)
        kept.append((a, b, actor))
    if members:
        actors = [
            _member(a, members[n]) if n in members else a for n, a in enumerate(actors)
        ]
    if not kept:
        return actors
    # Stage actors that are a user actor (a mention exactly on its span), and
    # stage mentions a user span takes.
    same: dict[int, UserActor] = {}
    taken: set[tuple[int, int]] = set()
    for a, b, actor in kept:
        for s, e, n in around(a, b):
            if n in members and s <= a and b <= e and (s, e) != (a, b):
                continue  # the group around it keeps its mention
            taken.add((s, e))
            if (s, e) == (a, b):
                same.setdefault(n, actor)
    found: dict[UserActor, list[Mention]] = defaultdict(list)
    stage: dict[UserActor, list[Actor]] = defaultdict(list)
    for a, b, actor in kept:
        found[actor].append(Mention.of(doc.text, a, b))
    out: list[Actor] = []
    for n, actor_record in enumerate(actors):
        owner = same.get(n)
        if owner is not None:
            stage[owner].append(actor_record)
            found[owner].extend(
                m for m in actor_record.mentions if (m.start, m.end) not in taken
            )
            continue
        mentions = tuple(
            m for m in actor_record.mentions if (m.start, m.end) not in taken
        )
        if len(mentions) == len(actor_record.mentions):
            out.append(actor_record)
        elif mentions:
            out.append(_with_mentions(actor_record, mentions))
    out += [_record(u, found[u], stage[u]) for u in found]
    out.sort(key=lambda a: (a.mentions[0].start if a.mentions else 0, a.name))
    return out


def _member(group: Actor, user: UserActor) -> Actor:
    """A group of a user's actor ("KDF troops"): the actor's country, and its
    code (or its country's with the group's sector: "KEN" + "MIL")."""
    sector = group.code[3:] if group.code and len(group.code) > 3 else ""
    prefix = alpha3(user.country) or "---"
    return attrs.evolve(group, country=user.country, code=user.code or prefix + sector)


def _with_mentions(actor: Actor, mentions: tuple[Mention, ...]) -> Actor:
    """A stage actor left with fewer mentions (its aliases follow them)."""
    texts = {m.text for m in mentions}
    return Actor(
        name=actor.name,
        kind=actor.kind,
        country=actor.country,
        title=actor.title,
        acronym=actor.acronym,
        aliases=tuple(t for t in actor.aliases if t in texts),
        mentions=mentions,
        code=actor.code,
        rule=actor.rule,
    )


def _record(user: UserActor, mentions: list[Mention], merged: list[Actor]) -> Actor:
    """The record of a user actor: the user's fields, the stage's where the
    user gave none (a title; a code whose country is the user's)."""
    ms = tuple(sorted(set(mentions), key=lambda m: (m.start, m.end)))
    title = user.title or next((a.title for a in merged if a.title), None)
    code = user.code
    if code is None:
        code = next(
            (
                a.code
                for a in merged
                if a.code and a.country == user.country and a.kind == user.kind
            ),
            None,
        )
    if code is None:
        code = alpha3(user.country)
    acronym = user.acronym or next((a.acronym for a in merged if a.acronym), None)
    return Actor(
        name=user.name,
        kind=user.kind,
        country=user.country,
        title=title,
        acronym=acronym,
        aliases=tuple(dict.fromkeys(m.text for m in ms if m.text != user.name)),
        mentions=ms,
        code=code,
        rule=USER_RULE,
    )
