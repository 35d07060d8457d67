"""newsfacts: dates, places, actors and events from English news, by rules.

    >>> import newsfacts
    >>> article = newsfacts.parse_article("...", published="2019-11-26")

Everything public is listed in `__all__`; data files load on first use.
"""

from __future__ import annotations

from typing import Any

from .pipeline import parse_article, warmup
from .records import (
    Actor,
    ActorKind,
    Article,
    Event,
    Location,
    LocationKind,
    Mention,
    TimeExpression,
    TimexType,
)

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Event",
    "Location",
    "LocationKind",
    "Mention",
    "TimeExpression",
    "TimexType",
    "__version__",
    "parse_article",
    "warmup",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from ._version import __version__

        return __version__
    raise AttributeError(f"module 'newsfacts' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
