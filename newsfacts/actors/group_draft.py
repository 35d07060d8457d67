"""The group being built by the readers of groups (`groups`): its name, kind,
country, code, rule and mentions, before it becomes an `Actor`."""

from __future__ import annotations

import attrs

from ..records import ActorKind, Mention

__all__ = ["SCENE_RULE", "Group"]

# The rule of a group placed by its sentence's scene ("In Syria, the ministry
# said"), which `groups` keeps apart from the same name's other mentions.
SCENE_RULE = "group-scene"


@attrs.define(slots=True)
class Group:
    """A group being built: its name, country, code and mentions."""

    name: str
    kind: ActorKind
    country: str | None
    code: str | None
    rule: str
    mentions: list[Mention]
