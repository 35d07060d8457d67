"""Building the language layer's frozen records without a look-up per field.

A frozen slotted attrs class sets each field in its `__init__` through
`object.__setattr__`, a generic attribute look-up per field. The language
layer makes a noun phrase every few tokens and a verb group and a clause for
every verb, so that look-up was a large part of their cost. `slot_setters`
gives a class's own slot setters in field order, checked against the field
names the caller spells out, so a builder function can set every field in
straight-line code. The classes built so have no validators, converters,
factories or post-init hooks (checked here): a record built so equals, hashes
and prints as one built by the class itself (the tests compare both).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["slot_setters"]

Setter = Callable[[Any, Any], None]


def slot_setters(cls: type, names: str) -> tuple[Setter, ...]:
    """The setters of `cls`'s slots for its attrs fields, in field order.

    `names` spells the fields out in that order ("start end head"); raises
    TypeError when they differ from the class's fields (a field added to the
    class must be added to its builder too) or when a field has a validator,
    a converter or a factory default, or the class a post-init hook, which a
    builder would skip.
    """
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
    return tuple(getattr(cls, f.name).__set__ for f in fields)
