"""Event-data tables, calendar ranges of dates, GeoJSON and TimeML."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from typing import Any

import attrs
import pytest

import newsfacts
from newsfacts.io.tables import TABLE_COLUMNS, TABLE_DTYPES
from newsfacts.records import Article, Location, TimeExpression
from newsfacts.timerange import calendar_range

from .ecosystem_samples import span, timex, wire_article

D = dt.date

RANGES = [
    ("2010", "DATE", D(2010, 1, 1), D(2010, 12, 31)),
    ("2010-05", "DATE", D(2010, 5, 1), D(2010, 5, 31)),
    ("2012-02", "DATE", D(2012, 2, 1), D(2012, 2, 29)),
    ("2019-11-25", "DATE", D(2019, 11, 25), D(2019, 11, 25)),
    ("2010-W03", "DATE", D(2010, 1, 18), D(2010, 1, 24)),
    ("2019-W47-WE", "DATE", D(2019, 11, 23), D(2019, 11, 24)),
    ("2019-Q3", "DATE", D(2019, 7, 1), D(2019, 9, 30)),
    ("2019-H1", "DATE", D(2019, 1, 1), D(2019, 6, 30)),
    ("2010-SU", "DATE", D(2010, 6, 1), D(2010, 8, 31)),
    ("2011-WI", "DATE", D(2011, 12, 1), D(2012, 2, 29)),
    ("201", "DATE", D(2010, 1, 1), D(2019, 12, 31)),
    ("19", "DATE", D(1900, 1, 1), D(1999, 12, 31)),
    ("2019-11-26T15:00", "TIME", D(2019, 11, 26), D(2019, 11, 26)),
    ("2019-11-26TNI", "TIME", D(2019, 11, 26), D(2019, 11, 26)),
    ("2019-11-26T09:30:00+02:00", "TIME", D(2019, 11, 26), D(2019, 11, 26)),
]
NO_RANGE = [
    ("XXXX-04-04", "DATE"),
    ("2019-XX", "DATE"),
    ("XXXX-WXX-1", "DATE"),
    ("PRESENT_REF", "DATE"),
    ("PAST_REF", "DATE"),
    ("P3Y", "DURATION"),
    ("2019", "DURATION"),
    ("XXXX-WXX-1", "SET"),
    ("2019-02-30", "DATE"),
    ("2019-W54", "DATE"),
    ("T15:00", "TIME"),
    ("", "DATE"),
]


@pytest.mark.parametrize(
    ("value", "type", "start", "end"), [pytest.param(*r, id=r[0]) for r in RANGES]
)
def test_calendar_range(value: str, type: str, start: D, end: D) -> None:
    assert calendar_range(value, type) == (start, end)
    expr = TimeExpression("x", 0, 1, type, value)
    assert (expr.start_date, expr.end_date) == (start, end)


@pytest.mark.parametrize(
    ("value", "type"),
    [pytest.param(*r, id=f"{r[0] or 'empty'}-{r[1]}") for r in NO_RANGE],
)
def test_no_calendar_range(value: str, type: str) -> None:
    assert calendar_range(value, type) is None
    assert TimeExpression("x", 0, 1, type, value).start_date is None


def test_example_dates_have_ranges_where_they_are_on_the_calendar(
    example_article: Article,
) -> None:
    for d in example_article.dates:
        if d.start_date is not None:
            assert d.end_date is not None and d.start_date <= d.end_date
            assert d.value.startswith(d.start_date.isoformat()[:4])


# --- tables -------------------------------------------------------------------


def test_events_table_row() -> None:
    article = wire_article()
    meet, skip = article.to_records("a1", table="events")
    text = article.text
    assert tuple(meet) == TABLE_COLUMNS["events"]
    expected = {
        "article_id": "a1",
        "published": "2019-11-26",
        "n": 0,
        "type": "CONSULT",
        "cameo": "040",
        "source": "United States",
        "source_kind": "country",
        "source_country": "US",
        "source_code": "USAGOV",
        "target": "Khalifa Haftar",
        "target_country": "LY",
        "target_code": "LBYMIL",
        "date": "2019-11-25",
        "date_start": "2019-11-25",
        "date_end": "2019-11-25",
        "location": "Tripoli",
        "country": "LY",
        "lat": 32.8875,
        "trigger": "met",
        "sentence": article.events[0].sentence.text,
        "negated": False,
        "mode": "asserted",
        "is_main": True,
    }
    assert {k: meet[k] for k in expected} == expected
    assert text[meet["start"] : meet["end"]] == "met"
    assert skip["negated"] is True and skip["is_main"] is False
    assert skip["target"] is None and skip["target_code"] is None


@pytest.mark.parametrize("table", ["events", "places", "actors", "dates"])
def test_tables_have_their_columns_and_plain_values(table: str) -> None:
    article = wire_article()
    rows = article.to_records("a1", table=table)
    field = {"places": "locations"}.get(table, table)
    assert len(rows) == len(getattr(article, field))
    for row in rows:
        assert tuple(row) == TABLE_COLUMNS[table]
        assert json.loads(json.dumps(row)) == row
        if row.get("start") is not None and "text" in row:
            assert article.text[row["start"] : row["end"]] == row["text"]


@pytest.mark.parametrize("table", ["events", "places", "actors", "dates", "facts"])
def test_dataframe_tables_keep_columns_and_dtypes(table: str) -> None:
    pd = pytest.importorskip("pandas")
    frame = newsfacts.to_dataframe(
        {"a1": wire_article(), "a2": wire_article()}, table=table
    )
    if table == "facts":
        return
    assert tuple(frame.columns) == TABLE_COLUMNS[table]
    for column, dtype in TABLE_DTYPES[table].items():
        assert str(frame[column].dtype) == str(pd.Series([], dtype=dtype).dtype), column
    empty = newsfacts.to_dataframe([], table=table)
    assert empty.empty and tuple(empty.columns) == TABLE_COLUMNS[table]


def test_events_frame_dates_are_calendar_days_not_guesses() -> None:
    pd = pytest.importorskip("pandas")
    article = wire_article()
    week = timex(article.text, "Monday", "2019-W48")
    event = attrs.evolve(article.events[0], date=week)
    frame = newsfacts.to_dataframe(
        attrs.evolve(article, events=(event,)), table="events"
    )
    assert frame.loc[0, "date_start"] == pd.Timestamp("2019-11-25")
    assert frame.loc[0, "date_end"] == pd.Timestamp("2019-12-01")
    assert frame.loc[0, "article_id"] == 0  # one Article: id 0


def test_unknown_table_is_refused() -> None:
    with pytest.raises(ValueError, match="table must be one of facts, events"):
        wire_article().to_records(table="event")


# --- GeoJSON ------------------------------------------------------------------


def test_geojson_merges_places_over_articles() -> None:
    a, b = wire_article(), wire_article()
    b = attrs.evolve(b, locations=b.locations[:1])
    collection = newsfacts.to_geojson({"first": a, "second": b})
    assert collection["type"] == "FeatureCollection"
    tripoli, berlin = collection["features"]
    assert tripoli["geometry"] == {"type": "Point", "coordinates": [13.1875, 32.8875]}
    assert tripoli["properties"]["name"] == "Tripoli"
    assert tripoli["properties"]["mentions"] == 4
    assert tripoli["properties"]["article_ids"] == ["first", "second"]
    assert berlin["properties"]["articles"] == 1
    assert json.loads(json.dumps(collection)) == collection


def test_geojson_leaves_out_places_without_coordinates() -> None:
    text = "Talks in Atlantis."
    nowhere = Location("Atlantis", "other", mentions=(span(text, "Atlantis"),))
    assert newsfacts.to_geojson(Article(text, locations=(nowhere,)))["features"] == []


# --- TimeML -------------------------------------------------------------------


def test_timeml_tags_every_date_inline() -> None:
    article = wire_article()
    doc = ET.fromstring(article.to_timeml())
    dct = doc.find("DCT/TIMEX3")
    assert dct is not None and dct.get("value") == "2019-11-26"
    text = doc.find("TEXT")
    assert text is not None
    tags = text.findall("TIMEX3")
    assert [(t.text, t.get("value"), t.get("anchorTimeID")) for t in tags] == [
        ("Monday", "2019-11-25", "t0"),
        ("Nov. 24", "2019-11-24", "t0"),
    ]
    assert "".join(text.itertext()) == article.text


def test_timeml_escapes_markup_and_control_characters() -> None:
    text = 'A <b>"bold" & \x01odd</b> story on Monday.'
    monday = timex(text, "Monday", "2019-11-25")
    article = Article(
        text, published=dt.date(2019, 11, 26), dates=(monday,), title="x < y"
    )
    doc = ET.fromstring(article.to_timeml())  # parses: everything is escaped
    body = doc.find("TEXT")
    assert body is not None and body.find("b") is None
    assert "".join(body.itertext()) == text.replace("\x01", "\ufffd")
    title = doc.find("TITLE")
    assert title is not None and title.text == "x < y"


@pytest.mark.parametrize(
    "dates",
    [
        pytest.param(
            lambda t: (timex(t, "early Monday", "X"), timex(t, "Monday", "Y")), id="overlap"
        ),
        pytest.param(lambda t: (TimeExpression("", 0, 0, "DATE", "2019"),), id="zero-length"),
    ],
)  # fmt: skip
def test_timeml_skips_what_cannot_be_tagged(dates: Any) -> None:
    text = "Talks began early Monday."
    doc = ET.fromstring(Article(text, dates=dates(text)).to_timeml())
    body = doc.find("TEXT")
    assert body is not None and len(body.findall("TIMEX3")) <= 1
    assert "".join(body.itertext()) == text


def test_exports_page_examples_run(capsys: pytest.CaptureFixture[str]) -> None:
    from .ecosystem_samples import ROOT, run_doc_page

    written = ROOT / "libya-2019.geojson"
    try:
        namespace = run_doc_page("exports.md")
        assert (
            json.loads(written.read_text(encoding="utf-8")) == namespace["collection"]
        )
    finally:
        written.unlink(missing_ok=True)
    assert "<TEXT>" in capsys.readouterr().out
    names = [f["properties"]["name"] for f in namespace["collection"]["features"]]
    assert "Tripoli" in names
