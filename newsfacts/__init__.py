"""newsfacts: dates, places, actors and events from English news, by rules.

    >>> import newsfacts
    >>> article = newsfacts.parse_article("...", published="2019-11-26")
    >>> parser = newsfacts.Parser(places=[...], actors=[...], triggers=[...])
    >>> article = parser.parse("...", published="2019-11-26")

Everything public is listed in `__all__`; data files load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .api import Parser, parse_article, warmup
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

if TYPE_CHECKING:
    from ._codec import json_schema
    from .io.batch import parse_articles
    from .io.export import to_dataframe
    from .io.geojson import to_geojson
    from .io.html import parse_html
    from .language.tagger import pos_tag
    from .language.view import Analysis, analyse

__all__ = [
    "Actor",
    "ActorKind",
    "Analysis",
    "Article",
    "Event",
    "Location",
    "LocationKind",
    "Mention",
    "Parser",
    "TimeExpression",
    "TimexType",
    "__version__",
    "analyse",
    "json_schema",
    "parse_article",
    "parse_articles",
    "parse_html",
    "pos_tag",
    "to_dataframe",
    "to_geojson",
    "warmup",
]

# Loaded on first access so `import newsfacts` stays cheap (no pandas, no pools).
_LAZY = {
    "Analysis": "language.view",
    "analyse": "language.view",
    "json_schema": "_codec",
    "parse_articles": "io.batch",
    "parse_html": "io.html",
    "pos_tag": "language.tagger",
    "to_dataframe": "io.export",
    "to_geojson": "io.geojson",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from ._version import __version__

        return __version__
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'newsfacts' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
