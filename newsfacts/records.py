"""The typed, immutable records that `parse_article` returns.

Every record is a frozen attrs class with slots. Field names, enum values and the
shape of `to_dict()` are public API: they change only with a major version.
Each record carries `rule`, the short id of the rule that produced it, so a user
can ask "why did it find this?".
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import sys
import zoneinfo
from collections.abc import Mapping
from typing import Any

import attrs

from .timerange import calendar_range

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Article",
    "Event",
    "Location",
    "LocationKind",
    "Mention",
    "TimeExpression",
    "TimexType",
]


#: The version of the JSON form `Article.to_dict()` writes ("major.minor"): the
#: major number changes when a reader of the old form could misread the new one.
SCHEMA_VERSION = "2.0"


class _StrEnum(str, enum.Enum):
    """An enum whose members are also their string value (JSON-safe, comparable)."""

    def __str__(self) -> str:
        return str(self.value)


class TimexType(_StrEnum):
    """TIMEX3 types of a temporal expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class LocationKind(_StrEnum):
    """What kind of place a location is."""

    COUNTRY = "country"
    ADMIN1 = "admin1"
    ADMIN2 = "admin2"
    CITY = "city"
    REGION = "region"
    CONTINENT = "continent"
    FACILITY = "facility"
    OTHER = "other"


class ActorKind(_StrEnum):
    """What kind of actor an actor is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    GROUP = "group"


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value) if value is not None else ()


def _clip(text: str, size: int = 40) -> str:
    """`text` quoted for a repr, cut to about `size` characters."""
    text = " ".join(text.split())
    return repr(text if len(text) <= size else text[: size - 1] + "…")


def _where(mentions: tuple[Mention, ...]) -> str:
    """ " x3 at 10:17": how many mentions, and the first one's offsets."""
    if not mentions:
        return ""
    first = min(mentions, key=lambda m: m.start)
    return f" x{len(mentions)} at {first.start}:{first.end}"


@attrs.frozen(slots=True)
class Mention:
    """A span of the caller's text: `text == article.text[start:end]`, always."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Mention:
        """The mention of `text[start:end]`. Its text is interned: an actor is
        named the same way again and again ("Haftar"), and a long article
        keeps every mention, so equal texts share one string."""
        return cls(start, end, sys.intern(text[start:end]))

    def __len__(self) -> int:
        return self.end - self.start

    def __repr__(self) -> str:
        return f"<Mention {_clip(self.text)} at {self.start}:{self.end}>"


@attrs.frozen(slots=True)
class TimeExpression:
    """A temporal expression with its TIMEX3 type and normalised value.

    `value` is a TIMEX3 value string ("2019-11-25", "P3Y", "PRESENT_REF",
    "XXXX-04-04" when no reference date was known). `anchor` names what a
    relative expression was resolved against ("published", "dateline", ...).
    `timezone` is the UTC offset a clock time states ("UTC-05:00"), if any.
    """

    text: str
    start: int
    end: int
    type: TimexType = attrs.field(converter=TimexType)
    value: str
    mod: str | None = None
    anchor: str | None = None
    rule: str = ""
    timezone: str | None = None

    @property
    def mention(self) -> Mention:
        """The expression as a plain `Mention`."""
        return Mention(self.start, self.end, self.text)

    @property
    def start_date(self) -> _dt.date | None:
        """First day of the calendar range `value` denotes ("2010-W03": 2010-01-18).

        None when the value is not a point or period on the calendar (a
        duration, a set, "PRESENT_REF", an unknown year); see
        `newsfacts.timerange` for the conventions (ISO weeks, seasons, ...).
        """
        span = calendar_range(self.value, self.type)
        return span[0] if span else None

    @property
    def end_date(self) -> _dt.date | None:
        """Last day of the calendar range `value` denotes ("2010-W03": 2010-01-24)."""
        span = calendar_range(self.value, self.type)
        return span[1] if span else None

    def __repr__(self) -> str:
        return (
            f"<TimeExpression {self.type.value} {_clip(self.text)} {self.value} "
            f"at {self.start}:{self.end}>"
        )


@attrs.frozen(slots=True)
class Location:
    """A place named in the article, resolved to a gazetteer entry.

    `country` is an ISO 3166-1 alpha-2 code; `geonames_id` the GeoNames id when
    the entry comes from GeoNames. `mentions` lists every span naming the place.
    """

    name: str
    kind: LocationKind = attrs.field(converter=LocationKind)
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)
    metonymic: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)
    admin1: str | None = None
    population: int | None = None
    rule: str = ""

    def __repr__(self) -> str:
        return (
            f"<Location {self.kind.value} {_clip(self.name)} {self.country or '-'}"
            f"{_where(self.mentions)}>"
        )


@attrs.frozen(slots=True)
class Actor:
    """A person, organisation, country or group, merged over all its mentions.

    `country` is ISO 3166-1 alpha-2; `code` a CAMEO-style actor code (country
    plus sector, e.g. "USAGOV") where one can be derived.
    """

    name: str
    kind: ActorKind = attrs.field(converter=ActorKind)
    country: str | None = None
    title: str | None = None
    acronym: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)
    code: str | None = None
    rule: str = ""

    def __repr__(self) -> str:
        return (
            f"<Actor {self.kind.value} {_clip(self.name)} {self.code or '-'}"
            f"{_where(self.mentions)}>"
        )


@attrs.frozen(slots=True)
class Event:
    """Who did what to whom, when and where, typed with PLOVER and CAMEO.

    `type` is a PLOVER category ("CONSULT"), `cameo` a CAMEO code string ("040").
    `negated` and `mode` ("asserted", "planned", "threatened", "hypothetical",
    "question") qualify the event rather than dropping it; `date_source` says
    which date applied ("clause", "passage", "published").
    """

    type: str
    cameo: str
    trigger: Mention
    sentence: Mention
    source: Actor | None = None
    target: Actor | None = None
    date: TimeExpression | None = None
    location: Location | None = None
    negated: bool = False
    mode: str = "asserted"
    date_source: str | None = None
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)
    rule: str = ""

    def __repr__(self) -> str:
        who = _clip(self.source.name, 30) if self.source else "-"
        whom = _clip(self.target.name, 30) if self.target else "-"
        flags = ("not " if self.negated else "") + (
            f"{self.mode} " if self.mode != "asserted" else ""
        )
        return (
            f"<Event {self.type} {self.cameo} {who} {flags}{_clip(self.trigger.text, 30)}"
            f" {whom} at {self.trigger.start}:{self.trigger.end}>"
        )


_Published = _dt.date | _dt.datetime | None


@attrs.frozen(slots=True)
class Article:
    """Everything `parse_article` found in one article.

    `published` is the reference date (a `date` or `datetime`); `published_source`
    says where it came from ("argument", "dateline", or None when unknown).
    """

    text: str
    published: _Published = None
    title: str | None = None
    dates: tuple[TimeExpression, ...] = attrs.field(default=(), converter=_tuple)
    locations: tuple[Location, ...] = attrs.field(default=(), converter=_tuple)
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_tuple)
    main_event: Event | None = None
    published_source: str | None = None

    def __repr__(self) -> str:
        head = self.text[:40].replace("\n", " ")
        return (
            f"<Article {head!r}{'…' if len(self.text) > 40 else ''} "
            f"published={_iso(self.published)} dates={len(self.dates)} "
            f"locations={len(self.locations)} actors={len(self.actors)} "
            f"events={len(self.events)}>"
        )

    def to_dict(self) -> dict[str, Any]:
        """The versioned, compact JSON-safe dict; `Article.from_dict(a.to_dict()) == a`.

        It carries `schema_version`; events name their actors and places by their
        index in `actors` and `locations`, and `main_event` is an index in
        `events` (see `newsfacts.json_schema()`).
        """
        from ._codec import dump_article

        return dump_article(self)

    def to_json(self, **kwargs: Any) -> str:
        """`to_dict()` as a JSON string; keyword arguments go to `json.dumps`."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from `to_dict()` output, checking every field.

        Reads the current form and the schema 1 form (nested records inline).
        Raises `TypeError` or `ValueError` naming the bad field
        ("events[3].trigger.start") for a wrong type, an unknown or missing
        field, or an offset or mention that does not fit the text. The keys a
        JSONL line adds ("id", "file") are ignored.
        """
        from ._codec import load_article

        return load_article(data)

    @classmethod
    def from_json(cls, data: str) -> Article:
        """Rebuild an Article from `to_json()` output."""
        return cls.from_dict(json.loads(data))

    def to_records(
        self, article_id: Any = None, table: str = "facts"
    ) -> list[dict[str, Any]]:
        """Flat rows of one table: "facts" (one per fact, the default), "events",
        "places", "actors" or "dates" (see `newsfacts.to_dataframe`)."""
        from .io.export import article_records

        return article_records(self, article_id, table)

    def to_timeml(self) -> str:
        """The article as a TimeML document: the text with inline `<TIMEX3>` tags.

        Text and attribute values are XML-escaped; the publication date is the
        document creation time (`<DCT>`, tid "t0").
        """
        from .io.timeml import to_timeml

        return to_timeml(self)

    def to_displacy(self) -> dict[str, Any]:
        """displaCy's manual format `{"text", "ents", "title"}`, for `displacy.render`."""
        from .io.display import to_displacy

        return to_displacy(self)

    def _repr_html_(self) -> str | None:
        """Jupyter display: the text with facts highlighted, then tables of the facts."""
        from .io.display import repr_html

        return repr_html(self)


def _iso(value: _Published) -> str | None:
    return None if value is None else format_iso(value)


def _dump(obj: Any) -> Any:
    """Serialise records recursively to JSON-safe values."""
    if attrs.has(type(obj)):
        return {f.name: _dump(getattr(obj, f.name)) for f in attrs.fields(type(obj))}
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, (_dt.date, _dt.datetime)):
        return format_iso(obj)
    if isinstance(obj, tuple):
        return [_dump(x) for x in obj]
    return obj


# ---------------------------------------------------------------- `published`
# An aware datetime is written with its UTC offset and, when its zone is an IANA
# zone (`zoneinfo.ZoneInfo`), the zone's name in brackets, as RFC 9557 extends
# RFC 3339: "2019-11-03T01:30:00-05:00[America/New_York]". The offset alone
# loses the zone, and with it equality at a daylight-saving fold (a datetime in
# a fold never equals one of another zone), so `from_dict(to_dict())` would not
# give the same article back.


def format_iso(value: _dt.date) -> str:
    """ISO 8601, plus "[Zone/Name]" for a datetime in a `ZoneInfo` zone."""
    text = value.isoformat()
    if isinstance(value, _dt.datetime) and isinstance(value.tzinfo, zoneinfo.ZoneInfo):
        text += f"[{value.tzinfo.key}]"
    return text


def parse_iso(value: str) -> _dt.date | _dt.datetime:
    """A `date` for "YYYY-MM-DD" (or basic "YYYYMMDD"), a `datetime` with a time part.

    A datetime may end with an offset and a zone name in brackets (RFC 9557,
    as `format_iso` writes it): the result is that instant in that zone.
    Raises `ValueError` for anything else, including ambiguous short forms ("121108").
    """
    value = value.strip()
    if value.endswith("]") and "[" in value:
        value, _, zone = value[:-1].rpartition("[")
        return _in_zone(parse_iso(value), zone)
    if len(value) == 8 and value.isdigit():  # ISO 8601 basic format
        return _dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
    if len(value) == 10:
        return _dt.date.fromisoformat(value)
    if value.endswith("Z"):  # Python 3.10 fromisoformat does not take "Z"
        value = value[:-1] + "+00:00"
    return _dt.datetime.fromisoformat(value)


def _in_zone(stamp: _dt.date | _dt.datetime, zone: str) -> _dt.datetime:
    if not isinstance(stamp, _dt.datetime) or stamp.utcoffset() is None:
        raise ValueError(f"a time zone name needs a time with a UTC offset: [{zone}]")
    try:
        tz = zoneinfo.ZoneInfo(zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f"unknown time zone {zone!r}") from None
    # The same wall time in the zone, on the side of a fold or gap that has the
    # written offset; an offset the zone never has there keeps the instant.
    for fold in (0, 1):
        local = stamp.replace(tzinfo=tz, fold=fold)
        if local.utcoffset() == stamp.utcoffset():
            return local
    try:
        return stamp.astimezone(tz)
    except OverflowError:
        raise ValueError(f"out of range in {zone}: {stamp.isoformat()}") from None
