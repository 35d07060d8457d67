"""Flat rows and DataFrames: stable columns, one row per fact, honest values."""

from __future__ import annotations

import builtins
import csv
import io
import json
import sys
from typing import Any

import pytest

import newsfacts
from newsfacts.io import export
from newsfacts.records import Article, Location

from .ecosystem_samples import run_doc_page, span, wire_article


def rows_of(fact: str, article: Article | None = None) -> list[dict[str, Any]]:
    """The rows of one kind of fact of the sample article."""
    return [
        r for r in (article or wire_article()).to_records("a1") if r["fact"] == fact
    ]


def test_one_row_per_fact_with_every_column() -> None:
    article = wire_article()
    rows = article.to_records()
    expected = (
        len(article.dates)
        + len(article.locations)
        + len(article.actors)
        + len(article.events)
    )
    assert len(rows) == expected
    for row in rows:
        assert tuple(row) == export.COLUMNS


def test_rows_are_plain_json_and_csv_values() -> None:
    rows = wire_article().to_records("a1")
    assert json.loads(json.dumps(rows)) == rows
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=export.COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    assert out.getvalue().count("\n") == len(rows) + 1


@pytest.mark.parametrize(
    ("fact", "n", "expected"),
    [
        pytest.param(
            "date",
            0,
            {"text": "Monday", "label": "DATE", "value": "2019-11-25"},
            id="date",
        ),
        pytest.param(
            "place",
            0,
            {
                "text": "TRIPOLI",
                "label": "city",
                "value": "Tripoli",
                "country": "LY",
                "geonames_id": 2210247,
                "mentions": 2,
            },
            id="place-first-mention",
        ),
        pytest.param(
            "actor",
            1,
            {
                "text": "Khalifa Haftar",
                "label": "person",
                "value": "Khalifa Haftar",
                "code": "LBYMIL",
                "mentions": 2,
            },
            id="actor",
        ),
        pytest.param(
            "event",
            0,
            {
                "text": "met",
                "label": "CONSULT",
                "value": "040",
                "source": "United States",
                "target": "Khalifa Haftar",
                "date": "2019-11-25",
                "location": "Tripoli",
                "country": "LY",
                "code": "USAGOV>LBYMIL",
                "negated": False,
                "is_main": True,
            },
            id="main-event",
        ),
        pytest.param(
            "event",
            1,
            {
                "text": "attend",
                "negated": True,
                "is_main": False,
                "target": None,
                "location": "Berlin",
            },
            id="negated-event",
        ),
    ],
)
def test_row_values(fact: str, n: int, expected: dict[str, Any]) -> None:
    row = rows_of(fact)[n]
    assert (
        row["n"] == n and row["article_id"] == "a1" and row["published"] == "2019-11-26"
    )
    for key, value in expected.items():
        assert row[key] == value, key


def test_offsets_point_into_the_text() -> None:
    article = wire_article()
    for row in article.to_records():
        assert article.text[row["start"] : row["end"]] == row["text"]


def test_columns_that_do_not_apply_are_none() -> None:
    (date_row, _) = rows_of("date")
    assert date_row["lat"] is None and date_row["source"] is None
    assert date_row["negated"] is None


def test_empty_article_has_no_rows() -> None:
    assert Article("Nothing happened.").to_records() == []


def test_dataframe_columns_and_dtypes() -> None:
    pandas = pytest.importorskip("pandas")
    frame = newsfacts.to_dataframe([wire_article(), Article("Nothing.")])
    assert tuple(frame.columns) == export.COLUMNS
    assert len(frame) == len(wire_article().to_records())
    assert set(frame["article_id"]) == {0}
    for column, dtype in export.DTYPES.items():
        assert str(frame[column].dtype) == dtype, column
    events = frame[frame["fact"] == "event"]
    assert events["is_main"].tolist() == [True, False]
    assert pandas.isna(frame.loc[frame["fact"] == "date", "lat"]).all()


@pytest.mark.parametrize(
    "shape",
    [pytest.param("mapping", id="mapping"), pytest.param("pairs", id="pairs")],
)
def test_dataframe_keeps_caller_ids(shape: str) -> None:
    pytest.importorskip("pandas")
    items = {"first": wire_article(), "second": wire_article()}
    data: Any = items if shape == "mapping" else list(items.items())
    frame = newsfacts.to_dataframe(data)
    assert frame.groupby("article_id").size().to_dict() == {
        "first": len(wire_article().to_records()),
        "second": len(wire_article().to_records()),
    }


def test_dataframe_rejects_other_items() -> None:
    pytest.importorskip("pandas")
    with pytest.raises(TypeError, match="item 0 is str"):
        newsfacts.to_dataframe(["not an article"])


def test_empty_input_gives_empty_frame_with_columns() -> None:
    pytest.importorskip("pandas")
    frame = newsfacts.to_dataframe([])
    assert frame.empty and tuple(frame.columns) == export.COLUMNS


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    monkeypatch.delitem(sys.modules, "pandas", raising=False)
    with pytest.raises(ImportError, match=r"newsfacts\[pandas\]"):
        newsfacts.to_dataframe([wire_article()])


def test_example_article_rows(example_article: Article) -> None:
    rows = example_article.to_records("libya")
    assert {r["fact"] for r in rows} <= {"date", "place", "actor", "event"}
    for row in rows:
        assert tuple(row) == export.COLUMNS
        if row["start"] is not None:
            assert example_article.text[row["start"] : row["end"]] == row["text"]


def test_metonymic_mentions_are_not_counted_twice() -> None:
    text = "Washington believes that Washington can help."
    first, second = span(text, "Washington"), span(text, "Washington", 1)
    loc = Location(
        "Washington", "city", "US", mentions=(first, second), metonymic=(first,)
    )
    (row,) = Article(text, locations=(loc,)).to_records()
    assert row["mentions"] == 2 and row["text"] == "Washington" and row["start"] == 0


def test_tutorial_examples_run(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pandas")
    namespace = run_doc_page("tutorial.md")
    assert "main:" in capsys.readouterr().out
    assert len(namespace["frame"]) == len(namespace["article"].to_records())
