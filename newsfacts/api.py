"""The pipeline, top to bottom: text layer, dates, places, actors, events.

Each stage lives in its own module and reads the shared `Document`; this file
only checks the inputs and wires the stages together.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .records import Article, parse_iso
from .text import Document

__all__ = ["parse_article", "warmup"]

Published = dt.date | dt.datetime | str | None


def parse_article(
    text: str, *, published: Published = None, title: str | None = None
) -> Article:
    """Extract dates, places, actors and events from one English news article.

    `published` (a `date`, a `datetime`, or an ISO 8601 string) anchors relative
    dates ("on Monday"); without it the dates stage looks for a dateline and
    otherwise leaves relative values underspecified ("XXXX-04-04").
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}: {text!r:.80}")
    if title is not None and not isinstance(title, str):
        raise TypeError(f"title must be a str or None, not {type(title).__name__}")
    stamp = coerce_published(published)
    source = "argument" if stamp is not None else None
    if not text.strip():
        return Article(text=text, published=stamp, title=title, published_source=source)

    # The stages (and their compiled tables) are imported on first use, which
    # keeps `import newsfacts` cheap; later calls find them in sys.modules.
    from . import actors, dates, events, places

    doc = Document(text)
    if stamp is None:
        stamp, source = dates.find_published(doc)
    reference = stamp.date() if isinstance(stamp, dt.datetime) else stamp

    found_dates = dates.extract(doc, stamp)
    found_places = places.extract(doc)
    found_actors = actors.extract(doc, found_places)
    found_events = events.find(
        doc, found_dates, found_places, found_actors, reference, title=title
    )

    return Article(
        text=text,
        published=stamp,
        title=title,
        dates=found_dates,
        locations=found_places.locations,
        actors=found_actors + found_events.actors,
        events=found_events.events,
        main_event=found_events.main,
        published_source=source,
    )


def coerce_published(value: Any) -> dt.date | dt.datetime | None:
    """A `date`/`datetime` from what the caller passed, or a clear error."""
    if value is None or isinstance(value, dt.date):  # datetime is a date too
        return value
    if isinstance(value, str):
        try:
            return parse_iso(value)
        except ValueError:
            raise ValueError(
                f"published must be an ISO 8601 date or datetime, got {value!r}"
            ) from None
    raise TypeError(
        f"published must be a date, datetime or ISO string, not "
        f"{type(value).__name__}: {value!r:.80}"
    )


def warmup() -> None:
    """Load every data file now, so the first real call is as fast as the rest."""
    parse_article(
        "WASHINGTON (AP) - U.S. officials met Libyan leaders in Tripoli on Monday.",
        published=dt.date(2019, 11, 26),
    )
