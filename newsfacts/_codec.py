"""The versioned, compact JSON form of an Article, and its checked reading.

`dump_article` writes schema 2: every record once. An event names its source
and target by their index in `actors`, its place by its index in `locations`,
and `main_event` is an index in `events`; a record that is not in its list (an
event's generic actor "officials", say) is written in full where it is used,
so the round trip stays exact. `load_article` reads schema 2 and the schema 1
form (no `schema_version`, everything inline), and checks every field at the
door: types, enum values, offsets inside the text and mentions that match it,
with an error naming the field ("events[3].trigger.start").
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn, TypeVar

import attrs

from ._data import lazy, read_text
from .records import (
    SCHEMA_VERSION,
    Actor,
    ActorKind,
    Article,
    Event,
    Location,
    LocationKind,
    Mention,
    TimeExpression,
    TimexType,
    _dump,
    parse_iso,
)

__all__ = [
    "ENVELOPE_KEYS",
    "SCHEMA_VERSION",
    "dump_article",
    "json_schema",
    "load_article",
]

#: Keys that a JSONL line adds around an article (`newsfacts` CLI, `run_jsonl`);
#: `Article.from_dict` accepts and ignores them.
ENVELOPE_KEYS = frozenset({"id", "file"})
_READS = ("1", "2")  # the major versions this code reads

T = TypeVar("T")


def _index(items: Sequence[T]) -> dict[T, int]:
    """Record -> its first position in `items`."""
    out: dict[T, int] = {}
    for i, item in enumerate(items):
        out.setdefault(item, i)
    return out


def _ref(value: Any, index: Mapping[Any, int]) -> Any:
    if value is None:
        return None
    at = index.get(value)
    return at if at is not None else _dump(value)


def _dump_event(
    ev: Event, actors: Mapping[Actor, int], places: Mapping[Location, int]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in attrs.fields(Event):
        value = getattr(ev, f.name)
        if f.name in ("source", "target"):
            out[f.name] = _ref(value, actors)
        elif f.name == "location":
            out[f.name] = _ref(value, places)
        else:
            out[f.name] = _dump(value)
    return out


def dump_article(article: Article) -> dict[str, Any]:
    """The schema 2 dict of `article` (JSON-safe: str, int, float, bool, None)."""
    actors = _index(article.actors)
    places = _index(article.locations)
    out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for f in attrs.fields(Article):
        value = getattr(article, f.name)
        if f.name == "events":
            out[f.name] = [_dump_event(ev, actors, places) for ev in value]
        elif f.name == "main_event":
            at = _index(article.events).get(value) if value is not None else None
            out[f.name] = (
                at
                if at is not None or value is None
                else _dump_event(value, actors, places)
            )
        else:
            out[f.name] = _dump(value)
    return out


# --- reading --------------------------------------------------------------


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


class _Reader:
    """Checks and builds the records of one article; errors name the field."""

    def __init__(self) -> None:
        self.text = ""
        self.actors: tuple[Actor, ...] = ()
        self.places: tuple[Location, ...] = ()
        self.events: tuple[Event, ...] = ()

    # errors
    @staticmethod
    def type_error(path: str, expected: str, value: Any) -> NoReturn:
        raise TypeError(
            f"Article.from_dict: {path}: expected {expected}, got {_kind(value)} "
            f"{value!r:.60}"
        )

    @staticmethod
    def value_error(path: str, message: str) -> NoReturn:
        raise ValueError(f"Article.from_dict: {path}: {message}")

    # scalars
    def str_(self, path: str, value: Any, *, optional: bool = False) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            self.type_error(path, "a string" + (" or null" if optional else ""), value)
        return value

    def int_(self, path: str, value: Any, *, optional: bool = False) -> int | None:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.type_error(
                path, "an integer" + (" or null" if optional else ""), value
            )
        return value

    def float_(self, path: str, value: Any, limit: float) -> float | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.type_error(path, "a number or null", value)
        if not math.isfinite(value) or abs(value) > limit:
            self.value_error(path, f"{value!r} is not within ±{limit:g}")
        return float(value)

    def bool_(self, path: str, value: Any) -> bool:
        if not isinstance(value, bool):
            self.type_error(path, "true or false", value)
        return value

    def enum(self, path: str, value: Any, kind: type[Any]) -> Any:
        allowed = [m.value for m in kind]
        if value not in allowed:
            self.value_error(path, f"{value!r:.60} is not one of {', '.join(allowed)}")
        return value

    def list_(self, path: str, value: Any) -> Sequence[Any]:
        if value is None:
            return ()
        if not isinstance(value, (list, tuple)):
            self.type_error(path, "a list", value)
        return value

    def span(self, path: str, start: Any, end: Any, text: Any) -> tuple[int, int, str]:
        s = self.int_(f"{path}.start", start)
        e = self.int_(f"{path}.end", end)
        t = self.str_(f"{path}.text", text)
        assert s is not None and e is not None and t is not None
        size = len(self.text)
        if not 0 <= s <= e <= size:
            self.value_error(
                path, f"offsets {s}:{e} are not within the text ({size} characters)"
            )
        if self.text[s:e] != t:
            self.value_error(
                path, f"text {t!r:.40} is not the article's text[{s}:{e}] "
                f"{self.text[s:e]!r:.40}"
            )  # fmt: skip
        return s, e, t

    # records
    def fields(self, path: str, data: Any, cls: type[Any]) -> dict[str, Any]:
        """`data` as a dict of `cls`'s fields: no unknown key, no required one missing."""
        if not isinstance(data, Mapping):
            self.type_error(path, f"an object ({cls.__name__})", data)
        names = {f.name: f for f in attrs.fields(cls)}
        for key in data:
            if key not in names:
                self.value_error(f"{path}.{key}", f"unknown field of {cls.__name__}")
        for name, f in names.items():
            if f.default is attrs.NOTHING and name not in data:
                self.value_error(f"{path}.{name}", "missing")
        return dict(data)

    def mention(self, path: str, data: Any) -> Mention:
        d = self.fields(path, data, Mention)
        return Mention(*self.span(path, d["start"], d["end"], d["text"]))

    def mentions(self, path: str, data: Any) -> tuple[Mention, ...]:
        return tuple(
            self.mention(f"{path}[{i}]", m)
            for i, m in enumerate(self.list_(path, data))
        )

    def timex(self, path: str, data: Any) -> TimeExpression:
        d = self.fields(path, data, TimeExpression)
        start, end, text = self.span(path, d["start"], d["end"], d["text"])
        return TimeExpression(
            text,
            start,
            end,
            self.enum(f"{path}.type", d["type"], TimexType),
            self.str_(f"{path}.value", d["value"]),  # type: ignore[arg-type]
            mod=self.str_(f"{path}.mod", d.get("mod"), optional=True),
            anchor=self.str_(f"{path}.anchor", d.get("anchor"), optional=True),
            rule=self.str_(f"{path}.rule", d.get("rule", "")),  # type: ignore[arg-type]
            timezone=self.str_(f"{path}.timezone", d.get("timezone"), optional=True),
        )

    def location(self, path: str, data: Any) -> Location:
        d = self.fields(path, data, Location)
        opt_str = {
            k: self.str_(f"{path}.{k}", d.get(k), optional=True)
            for k in ("country", "admin1")
        }
        return Location(
            self.str_(f"{path}.name", d["name"]),  # type: ignore[arg-type]
            self.enum(f"{path}.kind", d["kind"], LocationKind),
            lat=self.float_(f"{path}.lat", d.get("lat"), 90),
            lon=self.float_(f"{path}.lon", d.get("lon"), 180),
            geonames_id=self.int_(
                f"{path}.geonames_id", d.get("geonames_id"), optional=True
            ),
            mentions=self.mentions(f"{path}.mentions", d.get("mentions")),
            metonymic=self.mentions(f"{path}.metonymic", d.get("metonymic")),
            population=self.int_(
                f"{path}.population", d.get("population"), optional=True
            ),
            rule=self.str_(f"{path}.rule", d.get("rule", "")),  # type: ignore[arg-type]
            **opt_str,
        )

    def actor(self, path: str, data: Any) -> Actor:
        d = self.fields(path, data, Actor)
        opt_str = {
            k: self.str_(f"{path}.{k}", d.get(k), optional=True)
            for k in ("country", "title", "acronym", "code")
        }
        aliases = self.list_(f"{path}.aliases", d.get("aliases"))
        return Actor(
            self.str_(f"{path}.name", d["name"]),  # type: ignore[arg-type]
            self.enum(f"{path}.kind", d["kind"], ActorKind),
            aliases=tuple(
                self.str_(f"{path}.aliases[{i}]", a) for i, a in enumerate(aliases)
            ),
            mentions=self.mentions(f"{path}.mentions", d.get("mentions")),
            rule=self.str_(f"{path}.rule", d.get("rule", "")),  # type: ignore[arg-type]
            **opt_str,
        )

    def ref(
        self,
        path: str,
        data: Any,
        items: tuple[T, ...],
        load: Callable[[str, Any], T],
        where: str,
    ) -> T | None:
        """A record given by its index in `items` (schema 2) or in full."""
        if data is None:
            return None
        if isinstance(data, int) and not isinstance(data, bool):
            if not 0 <= data < len(items):
                self.value_error(
                    path, f"index {data} is not in {where} ({len(items)} items)"
                )
            return items[data]
        if not isinstance(data, Mapping):
            self.type_error(path, f"an index in {where}, an object or null", data)
        return load(path, data)

    def event(self, path: str, data: Any) -> Event:
        d = self.fields(path, data, Event)
        mode = self.str_(f"{path}.mode", d.get("mode", "asserted"))
        return Event(
            self.str_(f"{path}.type", d["type"]),  # type: ignore[arg-type]
            self.str_(f"{path}.cameo", d["cameo"]),  # type: ignore[arg-type]
            self.mention(f"{path}.trigger", d["trigger"]),
            self.mention(f"{path}.sentence", d["sentence"]),
            source=self.ref(f"{path}.source", d.get("source"), self.actors, self.actor, "actors"),
            target=self.ref(f"{path}.target", d.get("target"), self.actors, self.actor, "actors"),
            date=None if d.get("date") is None else self.timex(f"{path}.date", d["date"]),
            location=self.ref(
                f"{path}.location", d.get("location"), self.places, self.location,
                "locations",
            ),
            negated=self.bool_(f"{path}.negated", d.get("negated", False)),
            mode=mode,  # type: ignore[arg-type]
            date_source=self.str_(f"{path}.date_source", d.get("date_source"), optional=True),
            mentions=self.mentions(f"{path}.mentions", d.get("mentions")),
            rule=self.str_(f"{path}.rule", d.get("rule", "")),  # type: ignore[arg-type]
        )  # fmt: skip

    def published(self, value: Any) -> dt.date | dt.datetime | None:
        if value is None or isinstance(value, dt.date):
            return value
        if not isinstance(value, str):
            self.type_error("published", "an ISO 8601 string or null", value)
        try:
            return parse_iso(value)
        except ValueError:
            self.value_error("published", f"{value!r:.60} is not an ISO 8601 date")

    def article(self, data: Any) -> Article:
        if not isinstance(data, Mapping):
            self.type_error("article", "an object", data)
        version = data.get("schema_version")
        if version is not None:
            self.str_("schema_version", version)
            if str(version).split(".")[0] not in _READS:
                self.value_error(
                    "schema_version",
                    f"{version!r} is newer than this version of newsfacts reads "
                    f"({SCHEMA_VERSION}); upgrade newsfacts",
                )
        body = {
            k: v for k, v in data.items() if k not in ENVELOPE_KEYS | {"schema_version"}
        }
        d = self.fields("article", body, Article)
        self.text = self.str_("text", d["text"])  # type: ignore[assignment]

        def many(name: str, load: Callable[[str, Any], T]) -> tuple[T, ...]:
            items = self.list_(name, d.get(name))
            return tuple(load(f"{name}[{i}]", x) for i, x in enumerate(items))

        dates = many("dates", self.timex)
        self.places = many("locations", self.location)
        self.actors = many("actors", self.actor)
        self.events = many("events", self.event)
        main = self.ref(
            "main_event", d.get("main_event"), self.events, self.event, "events"
        )
        return Article(
            self.text,
            published=self.published(d.get("published")),
            title=self.str_("title", d.get("title"), optional=True),
            dates=dates,
            locations=self.places,
            actors=self.actors,
            events=self.events,
            main_event=main,
            published_source=self.str_(
                "published_source", d.get("published_source"), optional=True
            ),
        )  # fmt: skip


def load_article(data: Any) -> Article:
    """An Article from `to_dict()` output (schema 1 or 2), checked field by field.

    Raises `TypeError` (a field of the wrong type) or `ValueError` (a bad value,
    an unknown or missing field, an offset outside the text, a mention whose
    text is not the text at its offsets); the message names the field.
    """
    return _Reader().article(data)


_SCHEMA = lazy(lambda: read_text("data/schema/article.schema.json"))


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of `Article.to_dict()` output, a fresh dict.

    Shipped in the package as `newsfacts/data/schema/article.schema.json`; it
    also admits the "id" and "file" keys of the command line's JSONL lines.
    """
    return json.loads(_SCHEMA())  # type: ignore[no-any-return]
