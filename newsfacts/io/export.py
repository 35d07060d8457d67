"""Flat, tabular views of articles, and pandas DataFrames of them.

Five tables: "facts" (one long row per fact of any kind, columns `COLUMNS`) and
one table per kind, "events", "places", "actors", "dates" (`tables.py`).
`article_records` needs only the standard library; `to_dataframe` imports pandas
on first use. Column names are public API and change only with a major
version; every row has every column, `None` where it does not apply.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..records import Actor, Article, Event, Location, TimeExpression
from .tables import TABLE_COLUMNS, TABLE_DTYPES, table_rows

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped, unused-ignore]

__all__ = [
    "COLUMNS",
    "DTYPES",
    "TABLES",
    "article_records",
    "columns_of",
    "rows_to_dataframe",
    "to_dataframe",
]

#: The columns of `Article.to_records()` rows and of `to_dataframe()`, in order.
COLUMNS: tuple[str, ...] = (
    "article_id",  # caller's id, or the article's position in the input
    "published",  # reference date, ISO 8601 string, or None
    "fact",  # "date", "place", "actor" or "event"
    "n",  # index of the fact within its kind in the article (0-based)
    "text",  # surface text: the date expression, first mention, or event trigger
    "start",  # character offset of `text` in the article
    "end",  # end offset of `text` (exclusive)
    "label",  # TIMEX3 type, location kind, actor kind, or PLOVER event type
    "value",  # TIMEX3 value, place name, actor name, or CAMEO code
    "country",  # ISO 3166-1 alpha-2 of the place, the actor, or the event's place
    "lat",  # latitude of the place or of the event's place
    "lon",  # longitude of the place or of the event's place
    "geonames_id",  # GeoNames id of the place or of the event's place
    "code",  # CAMEO actor code (actors), or "SOURCE>TARGET" codes (events)
    "mentions",  # number of mentions (places, actors, events)
    "source",  # event: source actor name
    "target",  # event: target actor name
    "date",  # event: TIMEX3 value of the event's date
    "location",  # event: name of the event's place
    "negated",  # event: whether the event is negated
    "mode",  # event: asserted, planned, threatened, hypothetical, question
    "is_main",  # event: whether it is the article's main event
    "rule",  # id of the rule that produced the record
)

#: pandas dtypes `to_dataframe` applies (nullable, so missing values stay missing).
DTYPES: dict[str, str] = {
    "n": "Int64",
    "start": "Int64",
    "end": "Int64",
    "lat": "Float64",
    "lon": "Float64",
    "geonames_id": "Int64",
    "mentions": "Int64",
    "negated": "boolean",
    "is_main": "boolean",
}

_FACTS = ("date", "place", "actor", "event")

#: The tables `to_dataframe(..., table=...)` and `Article.to_records` give.
TABLES: tuple[str, ...] = ("facts", *TABLE_COLUMNS)


def _row(
    article_id: Any, published: str | None, fact: str, n: int, **values: Any
) -> dict[str, Any]:
    row = dict.fromkeys(COLUMNS)
    row.update(article_id=article_id, published=published, fact=fact, n=n, **values)
    return row


def _date_values(d: TimeExpression) -> dict[str, Any]:
    return {
        "text": d.text,
        "start": d.start,
        "end": d.end,
        "label": str(d.type),
        "value": d.value,
        "rule": d.rule or None,
    }


def _place_values(loc: Location) -> dict[str, Any]:
    first = min(loc.mentions, key=lambda m: m.start, default=None)
    return {
        "text": first.text if first else None,
        "start": first.start if first else None,
        "end": first.end if first else None,
        "label": str(loc.kind),
        "value": loc.name,
        "country": loc.country,
        "lat": loc.lat,
        "lon": loc.lon,
        "geonames_id": loc.geonames_id,
        "mentions": len(set(loc.mentions) | set(loc.metonymic)),
        "rule": loc.rule or None,
    }


def _actor_values(a: Actor) -> dict[str, Any]:
    first = min(a.mentions, key=lambda m: m.start, default=None)
    return {
        "text": first.text if first else None,
        "start": first.start if first else None,
        "end": first.end if first else None,
        "label": str(a.kind),
        "value": a.name,
        "country": a.country,
        "code": a.code,
        "mentions": len(a.mentions),
        "rule": a.rule or None,
    }


def _event_values(ev: Event, main: Event | None) -> dict[str, Any]:
    loc = ev.location
    codes = None
    if (ev.source and ev.source.code) or (ev.target and ev.target.code):
        source = (ev.source and ev.source.code) or ""
        target = (ev.target and ev.target.code) or ""
        codes = f"{source}>{target}"
    return {
        "text": ev.trigger.text,
        "start": ev.trigger.start,
        "end": ev.trigger.end,
        "label": ev.type,
        "value": ev.cameo,
        "country": loc.country if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geonames_id": loc.geonames_id if loc else None,
        "code": codes,
        "mentions": max(1, len(ev.mentions)),
        "source": ev.source.name if ev.source else None,
        "target": ev.target.name if ev.target else None,
        "date": ev.date.value if ev.date else None,
        "location": loc.name if loc else None,
        "negated": ev.negated,
        "mode": ev.mode,
        "is_main": main is not None and ev == main,
        "rule": ev.rule or None,
    }


def article_records(
    article: Article, article_id: Any = None, table: str = "facts"
) -> list[dict[str, Any]]:
    """Flat rows of one table: "facts" (the default), "events", "places", ...

    "facts" gives one row per fact (dates, then places, actors, events) with all
    `COLUMNS`; the other tables one row per record of their kind, with the
    columns `tables.TABLE_COLUMNS[table]`. Values are plain
    str/int/float/bool/None, so rows go straight to `csv`, `json` or a DataFrame.
    """
    if table != "facts":
        return table_rows(article, table, article_id)
    pub = article.published.isoformat() if article.published is not None else None
    rows: list[dict[str, Any]] = []
    rows.extend(
        _row(article_id, pub, "date", i, **_date_values(d))
        for i, d in enumerate(article.dates)
    )
    rows.extend(
        _row(article_id, pub, "place", i, **_place_values(loc))
        for i, loc in enumerate(article.locations)
    )
    rows.extend(
        _row(article_id, pub, "actor", i, **_actor_values(a))
        for i, a in enumerate(article.actors)
    )
    rows.extend(
        _row(article_id, pub, "event", i, **_event_values(ev, article.main_event))
        for i, ev in enumerate(article.events)
    )
    return rows


def _import_pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(
            "newsfacts.to_dataframe needs pandas; install it with "
            "`pip install 'newsfacts[pandas]'`"
        ) from exc
    return pandas


def _pairs(
    articles: Article | Iterable[Any] | Mapping[Any, Article],
) -> Iterable[tuple[Any, Article]]:
    if isinstance(articles, Article):
        yield 0, articles
        return
    if isinstance(articles, Mapping):
        yield from articles.items()
        return
    for i, item in enumerate(articles):
        if isinstance(item, Article):
            yield i, item
        elif (
            isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Article)
        ):
            yield item[0], item[1]
        else:
            raise TypeError(
                f"to_dataframe expects Articles, (id, Article) pairs or a mapping of "
                f"id to Article; item {i} is {type(item).__name__}"
            )


def columns_of(table: str) -> tuple[str, ...]:
    """The columns of `table`, in order."""
    if table == "facts":
        return COLUMNS
    if table not in TABLE_COLUMNS:
        raise ValueError(f"table must be one of {', '.join(TABLES)}; not {table!r}")
    return TABLE_COLUMNS[table]


def to_dataframe(
    articles: Article
    | Iterable[Article]
    | Iterable[tuple[Any, Article]]
    | Mapping[Any, Article],
    table: str = "facts",
) -> pandas.DataFrame:
    """A pandas DataFrame of one table of every article.

    `table` is "facts" (one row per fact of any kind, columns `COLUMNS`, the
    default), "events" (one row per event: source, target, their countries and
    codes, date and calendar range, place, coordinates), "places", "actors" or
    "dates"; docs/batch.md lists each table's columns and dtypes. `articles` is
    one `Article` (id 0), an iterable of `Article` (ids are their positions),
    of `(id, Article)` pairs, or a mapping from id to `Article`. Needs the
    `pandas` extra: `pip install 'newsfacts[pandas]'`.
    """
    columns_of(table)
    rows: list[dict[str, Any]] = []
    for article_id, article in _pairs(articles):
        rows.extend(article_records(article, article_id, table))
    return rows_to_dataframe(rows, table)


def rows_to_dataframe(
    rows: Iterable[Mapping[str, Any]], table: str = "facts"
) -> pandas.DataFrame:
    """A DataFrame of rows of `table` (from `to_records`, or gathered from Dask
    workers), with the table's columns in order and its documented dtypes."""
    columns = columns_of(table)
    pd = _import_pandas()
    frame = pd.DataFrame.from_records(list(rows), columns=list(columns))
    return frame.astype(DTYPES if table == "facts" else TABLE_DTYPES[table])
