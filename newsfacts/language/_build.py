"""Building the language layer's frozen records without a call per field.

A frozen slotted attrs class sets each field in its `__init__` through
`object.__setattr__`, a generic attribute call per field; calling a slot's own
setter (`slot_setters`) is a call per field too. The language layer makes a
noun phrase every few tokens and a verb group and a clause for every verb, so
those calls were a large part of their cost. `draft` gives a plain class with
the same slots as a record class: a builder fills a draft's slots by plain
attribute stores (no call at all), then turns the draft into the record by
setting its class, which Python allows between classes of the same slot
layout. The record classes so built have no validators, converters,
factories or post-init hooks and no weak-reference slot (checked here): a
record built so equals, hashes and prints as one built by the class itself
(the tests compare both), and stays frozen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["draft", "slot_setters"]

Setter = Callable[[Any, Any], None]


def slot_setters(cls: type, names: str) -> tuple[Setter, ...]:
    """The setters of `cls`'s slots for its attrs fields, in field order (to
    set a field of a record already made, which the record's own code does
    only while no one else holds it).

    `names` spells the fields out in that order ("start end head"); raises
    TypeError when they differ from the class's fields (a field added to the
    class must be added to its builder too) or when a field has a validator,
    a converter or a factory default, or the class a post-init hook, which a
    builder would skip.
    """
    _check(cls, names)
    return tuple(getattr(cls, f.name).__set__ for f in attrs.fields(cls))


def draft(cls: type, names: str) -> Any:
    """A plain class with the slots of the record class `cls`, whose objects
    become records of `cls` when their class is set to it (see the module's
    docstring); `names` as for `slot_setters`. Raises TypeError, as
    `slot_setters` does, and when the layouts differ (a weak-reference slot
    on `cls`)."""
    _check(cls, names)
    twin = type(
        f"{cls.__name__}Draft",
        (),
        {"__slots__": cls.__slots__, "__module__": cls.__module__},  # type: ignore[attr-defined]
    )
    twin().__class__ = cls  # the same layout, or TypeError now
    return twin


def _check(cls: type, names: str) -> None:
    fields = attrs.fields(cls)
    if tuple(names.split()) != tuple(f.name for f in fields):
        raise TypeError(f"{cls.__name__} fields are {[f.name for f in fields]}")
    if hasattr(cls, "__attrs_post_init__") or hasattr(cls, "__attrs_pre_init__"):
        raise TypeError(f"{cls.__name__} has an init hook")
    for f in fields:
        if (
            f.validator is not None
            or f.converter is not None
            or isinstance(f.default, attrs.Factory)  # type: ignore[arg-type]
        ):
            raise TypeError(f"{cls.__name__}.{f.name} is not a plain field")
