"""The pipeline, top to bottom: text layer, dates, places, actors, events.

Each stage lives in its own module and reads the shared `Document`; this file
checks the inputs and wires the stages together. A `Parser` holds the user's
own dictionaries (places, actors, event triggers), checked once; it hands them
to the stages for the duration of each parse, never through a module global,
so parsers with different dictionaries can run in threads side by side.
`parse_article` is the parse of the default parser, which has none.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import os
import zoneinfo
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .records import Article, parse_iso

if TYPE_CHECKING:
    from .knowledge.user import UserKnowledge

__all__ = ["Parser", "parse_article", "warmup"]

Published = dt.date | dt.datetime | str | None
Entries = Iterable[Mapping[str, Any]]
PathLike = str | os.PathLike[str]


@attrs.frozen(slots=True, init=False, repr=False)
class Parser:
    """A parser with the user's own places, actors and event triggers.

        >>> parser = Parser(
        ...     places=[{"name": "Kibera", "kind": "city", "country": "KE",
        ...              "lat": -1.3133, "lon": 36.7876}],
        ...     actors=[{"name": "Kenya Defence Forces", "kind": "organization",
        ...              "country": "KE", "acronym": "KDF", "code": "KENMIL"}],
        ...     triggers=[{"phrase": "storm", "cameo": "190"}],
        ... )
        >>> article = parser.parse("KDF soldiers stormed a camp in Kibera.")

    Each argument is a list of dicts (see docs/dictionaries.md for the fields);
    `Parser.from_files` reads the same from TSV or JSON files. Entries are
    checked here, once: a bad one raises `ValueError` naming the entry and the
    field. User entries take precedence over the shipped data. A parser is
    immutable, thread-safe and picklable (worker processes, Dask), so
    `parse_articles(items, parser=...)` can use it anywhere.

    Pipeline options are further keyword-only fields of this class with
    defaults, handed by `parse` to the stage that reads them, like
    `knowledge`: `each_pair=True` records an act with a compound source or
    target once per source-target pair ("Russia and Belarus attacked
    Ukraine": two attacks sharing one trigger), as dyadic event data counts
    it; by default an act is one record, of its first pair. `unreal=True`
    keeps the acts an article denies, asks about or holds only possible ("did
    not attack", "Could Russia attack?", "might seize"), marked by
    `Event.negated` and `Event.mode`; by default they are no events.
    """

    knowledge: UserKnowledge
    each_pair: bool = False
    unreal: bool = False

    def __init__(
        self,
        *,
        places: Entries = (),
        actors: Entries = (),
        triggers: Entries = (),
        each_pair: bool = False,
        unreal: bool = False,
    ) -> None:
        self.__attrs_init__(
            _knowledge(
                _labelled(places, "places"),
                _labelled(actors, "actors"),
                _labelled(triggers, "triggers"),
            ),
            _flag(each_pair, "each_pair"),
            _flag(unreal, "unreal"),
        )

    @classmethod
    def from_files(
        cls,
        *,
        places: PathLike | None = None,
        actors: PathLike | None = None,
        triggers: PathLike | None = None,
        each_pair: bool = False,
        unreal: bool = False,
    ) -> Parser:
        """A parser with dictionaries read from files: each a `.tsv` file (a
        header row naming the fields, then one entry per row; list fields
        separate items with "|") or a `.json` file (a list of objects). A bad
        entry raises `ValueError` naming the file, the row (or item) and the
        field."""
        from .knowledge.user_files import read_entries

        parser: Parser = cls.__new__(cls)
        parser.__attrs_init__(
            _knowledge(
                read_entries(places, "places") if places is not None else [],
                read_entries(actors, "actors") if actors is not None else [],
                read_entries(triggers, "triggers") if triggers is not None else [],
            ),
            _flag(each_pair, "each_pair"),
            _flag(unreal, "unreal"),
        )
        return parser

    def parse(
        self, text: str, *, published: Published = None, title: str | None = None
    ) -> Article:
        """Extract dates, places, actors and events from one English news
        article, with this parser's dictionaries (see `parse_article`)."""
        return _parse(
            text, published, title, self.knowledge, self.each_pair, self.unreal
        )

    def __repr__(self) -> str:
        k = self.knowledge
        pairs = ", each_pair=True" if self.each_pair else ""
        unreal = ", unreal=True" if self.unreal else ""
        return (
            f"Parser(places={len(k.places)}, actors={len(k.actors)}, "
            f"triggers={len(k.triggers)}{pairs}{unreal})"
        )


def _flag(value: object, name: str) -> bool:
    """A parser option that must be a bool (a clear error for anything else)."""
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {value!r:.40}")
    return value


def _labelled(entries: Entries, what: str) -> list[tuple[Mapping[str, Any], str]]:
    """Entries paired with their place in the argument ("places[2] (Kibera)")."""
    if isinstance(entries, (str, bytes, os.PathLike)):
        raise TypeError(
            f"{what} must be a list of dicts; to read a file use "
            f"Parser.from_files({what}={entries!r:.60})"
        )
    if isinstance(entries, Mapping):
        raise TypeError(f"{what} must be a list of dicts, not one dict")
    out = []
    for n, raw in enumerate(entries):
        label = (
            raw.get("name") or raw.get("phrase") if isinstance(raw, Mapping) else None
        )
        name = f" ({label:.40})" if isinstance(label, str) else ""
        out.append((raw, f"{what}[{n}]{name}"))
    return out


def _knowledge(
    places: list[tuple[Mapping[str, Any], str]],
    actors: list[tuple[Mapping[str, Any], str]],
    triggers: list[tuple[Mapping[str, Any], str]],
) -> UserKnowledge:
    """Checked user knowledge; no entries at all give the shared empty one."""
    from .knowledge.user import NO_USER, UserKnowledge

    if not (places or actors or triggers):
        return NO_USER
    knowledge = UserKnowledge.of(places, actors, triggers)
    if knowledge.triggers:
        from .events.user import check_trigger

        for trigger, (_, where) in zip(knowledge.triggers, triggers, strict=True):
            check_trigger(trigger, where)
    return knowledge


@functools.cache
def _default() -> Parser:
    """The parser without user dictionaries, made on first use: building it
    imports the user-dictionary checks (and the gazetteer's records), which
    `import newsfacts` need not pay for."""
    return Parser()


def parse_article(
    text: str, *, published: Published = None, title: str | None = None
) -> Article:
    """Extract dates, places, actors and events from one English news article.

    `published` (a `date`, a `datetime`, or an ISO 8601 string) anchors relative
    dates ("on Monday"); without it the dates stage looks for a dateline and
    otherwise leaves relative values underspecified ("XXXX-04-04"). This is the
    default parser's `parse` (no user dictionaries; see `Parser`).
    """
    return _default().parse(text, published=published, title=title)


def _parse(
    text: str,
    published: Published,
    title: str | None,
    user: UserKnowledge,
    each_pair: bool = False,
    unreal: bool = False,
) -> Article:
    """The pipeline over one article, with `user` knowledge for the stages."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}: {text!r:.80}")
    if title is not None and not isinstance(title, str):
        raise TypeError(f"title must be a str or None, not {type(title).__name__}")
    stamp = coerce_published(published)
    source = "argument" if stamp is not None else None
    if not text.strip():
        return Article(text=text, published=stamp, title=title, published_source=source)

    # The text layer and the stages (and their compiled patterns and tables)
    # are imported on first use, which keeps `import newsfacts` cheap; later
    # calls find them in sys.modules.
    from . import actors, dates, events, places
    from .findings import PlaceFindings
    from .text import Document

    doc = Document(text)
    if stamp is None:
        stamp, source = dates.find_published(doc)
    reference = stamp.date() if isinstance(stamp, dt.datetime) else stamp

    found_dates = dates.extract(doc, stamp)
    found_places = places.extract(doc, user=user)
    found_actors = actors.extract(doc, found_places, reference, user=user)
    # One span, one thing: a place inside a person's or organisation's name
    # ("Anna Keller", "SME Mauritius Limited") is that actor's, not a place.
    found_places = places.drop_actor_spans(
        found_places, found_actors, text, actors.METONYMIC_RULES
    )
    # The demonyms were the actors stage's to read: the events stage reads the
    # locations alone, so they go before it (a long text's are many thousands).
    found_places = PlaceFindings(found_places.locations)
    found_events = events.find(
        doc,
        found_dates,
        found_places,
        found_actors,
        reference,
        title=title,
        each_pair=each_pair,
        user=user,
        unreal=unreal,
    )

    return Article(
        text=text,
        published=stamp,
        title=title,
        dates=found_dates,
        locations=found_places.locations,
        actors=found_events.actors,
        events=found_events.events,
        main_event=found_events.main,
        published_source=source,
    )


def coerce_published(value: Any) -> dt.date | dt.datetime | None:
    """A plain `date`/`datetime` from what the caller passed, or a clear error.

    Missing values are "unknown" (None): None, a float NaN, pandas' `NaT` and
    `NA`, NumPy's `NaT`; they are recognised without importing either library.
    Subclasses (a pandas `Timestamp`) become plain `datetime`s, a NumPy
    `datetime64` a `date` or `datetime`, and an aware value keeps its instant
    with a zone that serialises exactly (see `_portable_zone`). Every error
    names `published`.
    """
    if _is_missing(value):
        return None
    if isinstance(value, str):
        try:
            return parse_iso(value)
        except ValueError as err:
            raise ValueError(
                f"published must be an ISO 8601 date or datetime, got {value!r:.80} "
                f"({err})"
            ) from None
    if type(value).__name__ == "datetime64" and hasattr(value, "astype"):
        value = _from_datetime64(value)
    try:
        if isinstance(value, dt.datetime):
            return _plain_datetime(value)
        if isinstance(value, dt.date):
            return dt.date(value.year, value.month, value.day)
    except (ValueError, OverflowError, TypeError) as err:
        raise ValueError(f"published is out of range: {value!r:.80} ({err})") from None
    raise TypeError(
        f"published must be a date, datetime or ISO string, not "
        f"{type(value).__name__}: {value!r:.80}"
    )


# Missing-value singletons of pandas, by class name (pandas is never imported).
_MISSING_TYPES = frozenset({"NaTType", "NAType"})


def _is_missing(value: object) -> bool:
    """None, NaN, NaT or NA: a date that is not known."""
    if value is None or type(value).__name__ in _MISSING_TYPES:
        return True
    if isinstance(value, str):
        return False
    try:
        # NaN and NaT are the only values that differ from themselves.
        return bool(value != value)
    except (TypeError, ValueError):  # pd.NA-like or array-like: not a NaN
        return False


def _from_datetime64(value: Any) -> object:
    """A NumPy `datetime64` as a `date` (day precision or coarser) or `datetime`."""
    unit = str(getattr(value, "dtype", "")).partition("[")[2].rstrip("]")
    coarse = unit in ("Y", "M", "W", "D")
    item = value.astype("datetime64[D]" if coarse else "datetime64[us]").item()
    if not isinstance(item, dt.date):  # outside the calendar, NumPy gives an int
        raise ValueError(f"published is out of range: {value!r:.80}")
    return item


def _plain_datetime(value: dt.datetime) -> dt.datetime:
    """`value` as a plain `datetime` whose zone survives `to_dict()` exactly."""
    tz = value.tzinfo
    if tz is not None and value.utcoffset() is None:
        tz = None  # a zone that gives no offset leaves the value naive
    if tz is not None:
        value, tz = _portable_zone(value, tz)
    return dt.datetime(
        value.year,
        value.month,
        value.day,
        value.hour,
        value.minute,
        value.second,
        value.microsecond,
        tzinfo=tz,
        fold=value.fold,
    )


def _portable_zone(value: dt.datetime, tz: dt.tzinfo) -> tuple[dt.datetime, dt.tzinfo]:
    """A zone `to_dict()` writes exactly: `ZoneInfo` (by name) or a fixed offset.

    A pytz zone carries its name (`zone`) and becomes that `ZoneInfo`, at the same
    instant; any other zone becomes its fixed UTC offset at `value`, which keeps
    the instant and the wall time but not rules the text form cannot name.
    """
    if isinstance(tz, (zoneinfo.ZoneInfo, dt.timezone)):
        return value, tz
    name = getattr(tz, "zone", None)
    if isinstance(name, str):
        try:
            named = zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            pass
        else:
            return value.astimezone(named), named
    offset = value.utcoffset()
    assert offset is not None  # checked by the caller
    return value, dt.timezone(offset)


# An article that reaches every table the stages load on first use: a
# dateline, countries and cities, a person no list knows (the officials
# table), an organisation, groups, dates and events of several kinds.
_WARMUP_TEXT = (
    "WASHINGTON (AP) - U.S. officials met Libyan leaders in Tripoli on Monday. "
    "Spokeswoman Maria Keller of the Foreign Ministry said the talks would resume "
    "next week, and police arrested two men near the embassy."
)


def warmup(*, freeze: bool = False) -> None:
    """Load every data file now, so the first real call is as fast as the rest.

    With `freeze=True` every object alive afterwards (the loaded tables, and
    the caller's own) is moved out of the cyclic garbage collector's reach
    (`gc.freeze()`), so its full passes no longer walk the large tables:
    parsing runs about 5-10% faster. Meant for processes that do nothing but
    parse (the workers of `parse_articles` freeze this way); objects frozen
    are still freed by reference counting, but a reference cycle among them
    is never collected.
    """
    parse_article(_WARMUP_TEXT, published=dt.date(2019, 11, 26))
    if freeze:
        gc.collect()
        gc.freeze()
