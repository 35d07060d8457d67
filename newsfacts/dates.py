"""Dates stage: find temporal expressions and normalise them to TIMEX3 values."""

from __future__ import annotations

import datetime as dt

from .records import TimeExpression
from .text import Document

__all__ = ["extract", "find_published"]


def extract(doc: Document, reference: dt.date | None) -> tuple[TimeExpression, ...]:
    """Every temporal expression of `doc`, resolved against `reference` when given."""
    return ()


def find_published(doc: Document) -> tuple[dt.date | None, str | None]:
    """The publication date stated in the text (dateline, byline) and how it was found."""
    return None, None
