"""Helpers the tests share: reading a data table, loading a script of
`scripts/` or `benchmarks/` as a module, and finding the actor a table row of
the wire tests names (`ActorRow`)."""

from __future__ import annotations

import datetime
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import newsfacts
from newsfacts import dates
from newsfacts.records import Actor, Article, TimeExpression
from newsfacts.text import Document

__all__ = [
    "ActorRow",
    "DateCase",
    "EventTriple",
    "actor_at",
    "check_actor_row",
    "check_date_case",
    "date_triples",
    "dates_found",
    "event_cases",
    "event_rows",
    "event_triples",
    "load_script",
    "nth_span",
    "tsv_rows",
]

# (id, text, surface, occurrence, kind or None, actor name or None)
ActorRow = tuple[str, str, str, int, str | None, str | None]


def tsv_rows(path: Path) -> list[list[str]]:
    """The tab-separated rows of a data file, blank and `#` lines left out."""
    text = path.read_text(encoding="utf-8")
    return [
        line.split("\t")
        for line in text.splitlines()
        if line and not line.startswith("#")
    ]


def load_script(path: Path) -> ModuleType:
    """A script loaded as a module named after its file, registered in
    `sys.modules` (dataclasses and pickling look their module up there)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def nth_span(text: str, surface: str, nth: int) -> tuple[int, int]:
    """The offsets of the `nth` (from 0) occurrence of `surface` in `text`."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    return at, at + len(surface)


def actor_at(article: Article, span: tuple[int, int]) -> Actor | None:
    """The person or organisation with a mention at exactly `span`."""
    for a in article.actors:
        if a.kind.value in ("person", "organization") and any(
            (m.start, m.end) == span for m in a.mentions
        ):
            return a
    return None


def actor_with_mention(actors: tuple[Actor, ...], text: str) -> Actor | None:
    """The first actor with a mention whose text is `text`, if any."""
    for a in actors:
        if any(m.text == text for m in a.mentions):
            return a
    return None


def the_actor_with_mention(actors: tuple[Actor, ...], text: str) -> Actor:
    """The first actor with a mention whose text is `text`; the test fails
    when there is none."""
    found = actor_with_mention(actors, text)
    if found is None:
        raise AssertionError(f"no actor with the mention {text!r}: {actors}")
    return found


def check_actor_row(row: ActorRow, published: datetime.date) -> None:
    """The row's surface is a person or organisation of its kind (or none),
    and of its name when the row gives one."""
    _, text, surface, nth, kind, name = row
    article = newsfacts.parse_article(text, published=published)
    actor = actor_at(article, nth_span(text, surface, nth))
    assert (actor.kind.value if actor else None) == kind
    if name is not None:
        assert actor is not None and actor.name == name


# (published, text, span, type, value) of a dates table test
DateCase = tuple[str, str, str, str, str]


def dates_found(text: str, published: str) -> list[TimeExpression]:
    """The expressions the dates stage finds in `text`."""
    return list(dates.extract(Document(text), datetime.date.fromisoformat(published)))


def date_triples(text: str, published: str) -> list[tuple[str, str, str]]:
    """(text, type, value) of each expression the dates stage finds."""
    return [(e.text, str(e.type), e.value) for e in dates_found(text, published)]


def check_date_case(case: DateCase) -> None:
    """The case's span is found with its type and value."""
    published, text, span, typ, value = case
    got = date_triples(text, published)
    assert (span, typ, value) in got, got


# (CAMEO code, source name, target name) of an event
EventTriple = tuple[str, str | None, str | None]


def event_cases(table: list[tuple[str, str, list[EventTriple]]]) -> list[Any]:
    """The rows (id, text, expected triples) of an event table as test
    parameters, each with its id."""
    return [pytest.param(text, want, id=name) for name, text, want in table]


def event_triples(
    text: str, published: str, parser: newsfacts.Parser | None = None
) -> list[EventTriple]:
    """(code, source name, target name) of each event of `text`, parsed by
    `parser` (the default parser when None)."""
    parse = parser.parse if parser is not None else newsfacts.parse_article
    return [
        (
            e.cameo,
            e.source.name if e.source else None,
            e.target.name if e.target else None,
        )
        for e in parse(text, published=published).events
    ]


def event_rows(
    text: str, published: str
) -> list[tuple[str, str, str | None, str | None]]:
    """(code, trigger, source name, target name) of each event of `text`."""
    return [
        (
            e.cameo,
            e.trigger.text,
            e.source.name if e.source else None,
            e.target.name if e.target else None,
        )
        for e in newsfacts.parse_article(text, published=published).events
    ]
