"""One row per record: the events, places, actors and dates tables.

Where `export.article_records` gives one long row per fact of any kind, these
give one table per kind with the columns that kind has, like the event data
sets political scientists use (ICEWS, POLECAT): one row per event with its
source, target, their countries and codes, its date as a calendar range, its
place and coordinates. Rows hold plain values (str, int, float, bool, None;
dates as ISO 8601 strings), so they go to `csv` or `json` as they are;
`to_dataframe(..., table=...)` applies `DTYPES[table]`. Column names and order
are public API and change only with a major version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..records import Actor, Article, Event, Location, Mention, TimeExpression

__all__ = ["TABLE_COLUMNS", "TABLE_DTYPES", "table_rows"]

_HEAD = ("article_id", "published", "n")

#: Columns of each table, in order (the "facts" table is `export.COLUMNS`).
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "events": (
        *_HEAD,
        "type",  # PLOVER category
        "cameo",  # CAMEO event code
        "source",  # source actor name
        "source_kind",  # person, organization, country, group
        "source_country",  # ISO 3166-1 alpha-2
        "source_code",  # CAMEO actor code
        "target",
        "target_kind",
        "target_country",
        "target_code",
        "date",  # TIMEX3 value of the event's date
        "date_start",  # first day the date covers (None: not on the calendar)
        "date_end",  # last day the date covers
        "date_source",  # clause, passage or published
        "location",  # the event's place
        "location_kind",
        "country",  # ISO alpha-2 of the event's place
        "lat",
        "lon",
        "geonames_id",
        "trigger",  # the trigger's text
        "start",  # trigger offsets in the article
        "end",
        "sentence",  # the sentence's text
        "negated",
        "mode",  # asserted, planned, threatened, hypothetical, question
        "is_main",  # the article's main event?
        "mentions",  # number of triggers reporting the event
        "rule",
    ),
    "places": (
        *_HEAD,
        "name",
        "kind",
        "country",
        "admin1",
        "lat",
        "lon",
        "geonames_id",
        "population",
        "mentions",  # number of spans naming the place
        "metonymic",  # how many of them stand for a government ("Washington said")
        "text",  # first mention
        "start",
        "end",
        "rule",
    ),
    "actors": (
        *_HEAD,
        "name",
        "kind",
        "country",
        "code",
        "title",
        "acronym",
        "aliases",  # other names, joined with "; "
        "mentions",
        "text",  # first mention
        "start",
        "end",
        "rule",
    ),
    "dates": (
        *_HEAD,
        "text",
        "start",
        "end",
        "type",  # DATE, TIME, DURATION, SET
        "value",  # TIMEX3 value
        "date_start",  # first day the value covers (None: not on the calendar)
        "date_end",
        "mod",
        "anchor",
        "timezone",
        "rule",
    ),
}

_INT = ("n", "start", "end", "geonames_id", "population", "mentions", "metonymic")
_FLOAT = ("lat", "lon")
_BOOL = ("negated", "is_main")
_DAY = ("date_start", "date_end")

#: pandas dtypes of each table: nullable integers, floats and booleans keep
#: missing values missing; calendar days are `datetime64[s]` (NaT when none).
TABLE_DTYPES: dict[str, dict[str, str]] = {
    table: {
        c: "Int64"
        if c in _INT
        else "Float64"
        if c in _FLOAT
        else "boolean"
        if c in _BOOL
        else "datetime64[s]"
        if c in _DAY
        else "string"
        for c in columns
        if c not in ("article_id",)
    }
    for table, columns in TABLE_COLUMNS.items()
}


def _first(mentions: tuple[Mention, ...]) -> dict[str, Any]:
    first = min(mentions, key=lambda m: m.start, default=None)
    if first is None:
        return {"text": None, "start": None, "end": None}
    return {"text": first.text, "start": first.start, "end": first.end}


def _days(d: TimeExpression | None) -> dict[str, Any]:
    start = d.start_date if d is not None else None
    end = d.end_date if d is not None else None
    return {
        "date_start": start.isoformat() if start else None,
        "date_end": end.isoformat() if end else None,
    }


def _party(prefix: str, actor: Actor | None) -> dict[str, Any]:
    if actor is None:
        return dict.fromkeys(
            (prefix, f"{prefix}_kind", f"{prefix}_country", f"{prefix}_code")
        )
    return {
        prefix: actor.name,
        f"{prefix}_kind": str(actor.kind),
        f"{prefix}_country": actor.country,
        f"{prefix}_code": actor.code,
    }


def _event(ev: Event, article: Article) -> dict[str, Any]:
    loc = ev.location
    return {
        "type": ev.type,
        "cameo": ev.cameo,
        **_party("source", ev.source),
        **_party("target", ev.target),
        "date": ev.date.value if ev.date else None,
        **_days(ev.date),
        "date_source": ev.date_source,
        "location": loc.name if loc else None,
        "location_kind": str(loc.kind) if loc else None,
        "country": loc.country if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geonames_id": loc.geonames_id if loc else None,
        "trigger": ev.trigger.text,
        "start": ev.trigger.start,
        "end": ev.trigger.end,
        "sentence": ev.sentence.text,
        "negated": ev.negated,
        "mode": ev.mode,
        "is_main": article.main_event is not None and ev == article.main_event,
        "mentions": max(1, len(ev.mentions)),
        "rule": ev.rule or None,
    }


def _place(loc: Location, article: Article) -> dict[str, Any]:
    return {
        "name": loc.name,
        "kind": str(loc.kind),
        "country": loc.country,
        "admin1": loc.admin1,
        "lat": loc.lat,
        "lon": loc.lon,
        "geonames_id": loc.geonames_id,
        "population": loc.population,
        "mentions": len(set(loc.mentions) | set(loc.metonymic)),
        "metonymic": len(loc.metonymic),
        **_first(loc.mentions or loc.metonymic),
        "rule": loc.rule or None,
    }


def _actor(a: Actor, article: Article) -> dict[str, Any]:
    return {
        "name": a.name,
        "kind": str(a.kind),
        "country": a.country,
        "code": a.code,
        "title": a.title,
        "acronym": a.acronym,
        "aliases": "; ".join(a.aliases) if a.aliases else None,
        "mentions": len(a.mentions),
        **_first(a.mentions),
        "rule": a.rule or None,
    }


def _date(d: TimeExpression, article: Article) -> dict[str, Any]:
    return {
        "text": d.text,
        "start": d.start,
        "end": d.end,
        "type": str(d.type),
        "value": d.value,
        **_days(d),
        "mod": d.mod,
        "anchor": d.anchor,
        "timezone": d.timezone,
        "rule": d.rule or None,
    }


_BUILD: dict[str, tuple[str, Callable[[Any, Article], dict[str, Any]]]] = {
    "events": ("events", _event),
    "places": ("locations", _place),
    "actors": ("actors", _actor),
    "dates": ("dates", _date),
}


def table_rows(
    article: Article, table: str, article_id: Any = None
) -> list[dict[str, Any]]:
    """Rows of one table ("events", "places", "actors", "dates") for `article`."""
    if table not in _BUILD:
        raise ValueError(
            f"table must be one of facts, {', '.join(_BUILD)}; not {table!r}"
        )
    field, build = _BUILD[table]
    pub = article.published.isoformat() if article.published is not None else None
    columns = TABLE_COLUMNS[table]
    rows = []
    for n, record in enumerate(getattr(article, field)):
        row = {"article_id": article_id, "published": pub, "n": n}
        row.update(build(record, article))
        rows.append({c: row[c] for c in columns})
    return rows
