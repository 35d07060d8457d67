"""The JSON form: versioned, compact, schema-valid, exact round trip, checked on load."""

from __future__ import annotations

import copy
import json
from typing import Any

import attrs
import pytest

import newsfacts
from newsfacts.records import SCHEMA_VERSION, Actor, Article, Event, Mention

from .ecosystem_samples import span, wire_article

jsonschema = pytest.importorskip("jsonschema")


def validate(data: dict[str, Any]) -> None:
    """Raise unless `data` validates against the shipped JSON Schema."""
    schema = newsfacts.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(data)


def with_generic_actor() -> Article:
    """The wire article with an event whose source is not in `actors` ("officials")."""
    article = wire_article()
    said = span(article.text, "officials")
    officials = Actor(
        "officials", "group", mentions=(said,), rule="events.generic_actor"
    )
    event = attrs.evolve(article.events[0], source=officials)
    return attrs.evolve(article, events=(event, article.events[1]), main_event=event)


ARTICLES = [
    pytest.param(wire_article, id="wire"),
    pytest.param(with_generic_actor, id="actor-not-listed"),
    pytest.param(lambda: Article(""), id="empty"),
]


@pytest.mark.parametrize("make", ARTICLES)
def test_round_trip_is_exact_and_valid(make: Any) -> None:
    article = make()
    data = json.loads(article.to_json())
    assert data["schema_version"] == SCHEMA_VERSION
    validate(data)
    assert Article.from_dict(data) == article


def test_example_article_round_trips_and_validates(example_article: Article) -> None:
    data = example_article.to_dict()
    validate(json.loads(json.dumps(data)))
    assert Article.from_dict(data) == example_article


def test_events_refer_to_listed_records_by_index() -> None:
    article = wire_article()
    data = article.to_dict()
    meet = data["events"][0]
    assert meet["source"] == 0 and meet["target"] == 1  # United States, Haftar
    assert meet["location"] == 0  # Tripoli
    assert data["main_event"] == 0
    assert data["events"][1]["target"] is None


def test_an_unlisted_actor_is_written_in_full() -> None:
    data = with_generic_actor().to_dict()
    assert data["events"][0]["source"]["name"] == "officials"


def test_each_listed_record_is_written_once(example_article: Article) -> None:
    data = example_article.to_dict()
    for event in data["events"]:
        for key, listed in (
            ("source", "actors"),
            ("target", "actors"),
            ("location", "locations"),
        ):
            value = event[key]
            assert value is None or isinstance(value, int) or value not in data[listed]
    inline = [
        e[k]
        for e in data["events"]
        for k in ("source", "target")
        if isinstance(e[k], dict)
    ]
    assert all(
        len(a["mentions"]) <= 1 for a in inline
    )  # generic actors ("officials") only


def test_output_grows_with_records_not_events_times_mentions() -> None:
    """Fifty events between the same two actors of many mentions: each actor once."""
    article = wire_article()
    events = tuple(attrs.evolve(article.events[0], rule=f"r{i}") for i in range(50))
    many = attrs.evolve(article, events=events, main_event=events[0])
    per_event = len(json.dumps(many.to_dict()["events"][0]))
    assert per_event < 1000
    assert len(many.to_json()) < len(article.to_json()) + 50 * per_event


def test_schema_1_documents_still_load() -> None:
    """The form before schema 2: no version, every nested record inline."""
    article = wire_article()
    data = attrs.asdict(article, recurse=True)
    data["published"] = article.published.isoformat()  # type: ignore[union-attr]
    data = json.loads(json.dumps(data, default=str))
    assert "schema_version" not in data and isinstance(
        data["events"][0]["source"], dict
    )
    assert Article.from_dict(data) == article


def test_jsonl_envelope_keys_are_ignored() -> None:
    article = wire_article()
    assert (
        Article.from_dict({"id": "a1", "file": "x.txt", **article.to_dict()}) == article
    )


def broken(path: str, value: Any) -> dict[str, Any]:
    """The wire article's dict with the field at `path` ("events.0.trigger.start") set."""
    data = copy.deepcopy(wire_article().to_dict())
    *parents, last = path.split(".")
    node: Any = data
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    if value is _DELETE:
        del node[last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return data


_DELETE = object()

BAD = [
    pytest.param("text", 5, TypeError, r"text: expected a string", id="text-int"),
    pytest.param(
        "events.0.trigger.start",
        10**9,
        ValueError,
        r"events\[0\]\.trigger: offsets 1000000000:",
        id="offset-past-text",
    ),
    pytest.param(
        "events.0.trigger", None, TypeError, r"events\[0\]\.trigger: expected an object",
        id="trigger-none",
    ),
    pytest.param(
        "dates.0.start", True, TypeError, r"dates\[0\]\.start: expected an integer",
        id="bool-offset",
    ),
    pytest.param(
        "dates.0.text", "Tuesday", ValueError, r"dates\[0\]: text 'Tuesday' is not",
        id="mention-text-mismatch",
    ),
    pytest.param(
        "locations.0.kind", "planet", ValueError, r"locations\[0\]\.kind: 'planet'",
        id="bad-enum",
    ),
    pytest.param(
        "locations.0.lat", 123.0, ValueError, r"locations\[0\]\.lat: 123.0",
        id="latitude-out-of-range",
    ),
    pytest.param(
        "events.0.source", 7, ValueError, r"events\[0\]\.source: index 7 is not in actors",
        id="index-out-of-range",
    ),
    pytest.param(
        "actors.1.aliases", ["Haftar", 3], TypeError, r"actors\[1\]\.aliases\[1\]",
        id="alias-not-str",
    ),
    pytest.param("actors.0.colour", "red", ValueError, r"actors\[0\]\.colour: unknown",
                 id="unknown-field"),
    pytest.param("events.0.cameo", _DELETE, ValueError, r"events\[0\]\.cameo: missing",
                 id="missing-field"),
    pytest.param("published", "26/11/2019", ValueError, r"published: '26/11/2019'",
                 id="bad-published"),
    pytest.param("schema_version", "3.0", ValueError, r"schema_version: '3.0' is newer",
                 id="future-schema"),
    pytest.param("events.0.negated", "no", TypeError, r"events\[0\]\.negated: expected true",
                 id="negated-str"),
]  # fmt: skip


@pytest.mark.parametrize(("path", "value", "error", "message"), BAD)
def test_from_dict_names_the_bad_field(
    path: str, value: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        Article.from_dict(broken(path, value))


@pytest.mark.parametrize("data", [None, [], "text"], ids=["none", "list", "str"])
def test_from_dict_needs_an_object(data: Any) -> None:
    with pytest.raises(TypeError, match="article: expected an object"):
        Article.from_dict(data)


def test_json_schema_is_a_fresh_copy() -> None:
    schema = newsfacts.json_schema()
    schema["title"] = "changed"
    assert newsfacts.json_schema()["title"] != "changed"


# --- reprs --------------------------------------------------------------------


def test_every_record_repr_is_short(example_article: Article) -> None:
    records: list[Any] = [
        *example_article.dates,
        *example_article.locations,
        *example_article.actors,
        *example_article.events,
        example_article.events[0].trigger,
        example_article,
    ]
    for record in records:
        assert len(repr(record)) < 200, repr(record)


def at(needle: str, occurrence: int = 0) -> str:
    """ "at start:end" of a needle of the wire text, computed, never typed in."""
    m = span(wire_article().text, needle, occurrence)
    return f"at {m.start}:{m.end}"


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        pytest.param(
            lambda a: a.events[0],
            lambda: f"<Event CONSULT 040 'United States' 'met' 'Khalifa Haftar' {at('met')}>",
            id="event",
        ),
        pytest.param(
            lambda a: a.events[1],
            lambda: f"<Event CONSULT 040 'Khalifa Haftar' not 'attend' - {at('attend')}>",
            id="negated-event",
        ),
        pytest.param(
            lambda a: a.actors[1],
            lambda: f"<Actor person 'Khalifa Haftar' LBYMIL x2 {at('Khalifa Haftar')}>",
            id="actor",
        ),
        pytest.param(
            lambda a: a.locations[0],
            lambda: f"<Location city 'Tripoli' LY x2 {at('TRIPOLI')}>",
            id="place",
        ),
        pytest.param(
            lambda a: a.dates[0],
            lambda: f"<TimeExpression DATE 'Monday' 2019-11-25 {at('Monday')}>",
            id="date",
        ),
        pytest.param(
            lambda a: a.dates[0].mention, lambda: f"<Mention 'Monday' {at('Monday')}>",
            id="mention",
        ),
    ],
)  # fmt: skip
def test_repr_shows_kind_name_code_and_offsets(record: Any, expected: Any) -> None:
    assert repr(record(wire_article())) == expected()


def test_repr_of_a_long_name_is_clipped() -> None:
    text = "x" * 500
    event = Event("CONSULT", "040", Mention.of(text, 0, 500), Mention.of(text, 0, 500))
    assert len(repr(event)) < 120 and "…" in repr(event)
