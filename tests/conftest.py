"""Shared fixtures: the bundled example article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import newsfacts

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "libya-2019.txt"
EXAMPLE_PUBLISHED = dt.date(2019, 11, 26)


@pytest.fixture(scope="session")
def example_text() -> str:
    """The bundled example article (published 2019-11-26)."""
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_article(example_text: str) -> newsfacts.Article:
    """The example article, parsed once for the whole session."""
    return newsfacts.parse_article(example_text, published=EXAMPLE_PUBLISHED)
