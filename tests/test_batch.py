"""Batch parsing: input order, streaming, per-record errors, pools, JSONL, pickling."""

from __future__ import annotations

import builtins
import io
import json
import pickle
import sys
from collections.abc import Iterator
from typing import Any

import pytest

import newsfacts
from newsfacts.io import batch
from newsfacts.io.batch import BatchError
from newsfacts.records import Article

from .ecosystem_samples import run_doc_page, wire_article

TEXTS = [
    "WASHINGTON (AP) - The Senate passed the bill on Tuesday.",
    "Protesters gathered in Khartoum on Friday, witnesses said.",
    "Officials in Kyiv said talks with Moscow would resume next week.",
    "The central bank raised rates by half a point on Wednesday.",
]


def numbered(n: int) -> list[str]:
    """n distinct texts, so output order can be checked against input order."""
    return [f"Report {i}: {TEXTS[i % len(TEXTS)]}" for i in range(n)]


def test_strings_in_order_match_parse_article() -> None:
    results = list(newsfacts.parse_articles(TEXTS))
    assert results == [newsfacts.parse_article(t) for t in TEXTS]


def test_dict_records_carry_published_and_title() -> None:
    record = {
        "id": "r1",
        "text": TEXTS[0],
        "published": "2019-11-26",
        "title": "Bill passes",
        "url": "https://example.org/ignored",
    }
    (article,) = newsfacts.parse_articles([record])
    assert isinstance(article, Article)
    assert (
        article.published is not None and article.published.isoformat() == "2019-11-26"
    )
    assert article.title == "Bill passes"


@pytest.mark.parametrize(
    "processes", [pytest.param(1, id="in-process"), pytest.param(2, id="two-workers")]
)
def test_order_is_kept(processes: int) -> None:
    texts = numbered(37)  # not a multiple of the chunk size
    results = list(newsfacts.parse_articles(texts, processes=processes, chunksize=3))
    assert [r.text for r in results if isinstance(r, Article)] == texts


BAD = [
    pytest.param({"id": "n", "text": 42}, "TypeError", id="text-not-str"),
    pytest.param({"id": "m", "title": "no text"}, "no 'text'", id="missing-text"),
    pytest.param(
        {"id": "p", "text": "Hi.", "published": "26/11/2019"},
        "ISO 8601",
        id="bad-published",
    ),
    pytest.param(17, "expected a str or a dict", id="not-a-record"),
]


@pytest.mark.parametrize(("bad", "message"), BAD)
@pytest.mark.parametrize(
    "processes", [pytest.param(1, id="in-process"), pytest.param(2, id="two-workers")]
)
def test_one_bad_record_never_loses_the_others(
    bad: Any, message: str, processes: int
) -> None:
    items: list[Any] = [TEXTS[0], bad, TEXTS[1]]
    results = list(
        newsfacts.parse_articles(items, processes=processes, errors="return")
    )
    assert len(results) == 3
    assert isinstance(results[0], Article) and results[0].text == TEXTS[0]
    assert isinstance(results[2], Article) and results[2].text == TEXTS[1]
    error = results[1]
    assert isinstance(error, BatchError) and error.index == 1
    assert message in error.error
    assert error.id == (bad.get("id") if isinstance(bad, dict) else None)


def test_errors_raise_by_default_naming_the_record() -> None:
    results = newsfacts.parse_articles([TEXTS[0], {"id": "broken", "text": None}])
    assert isinstance(next(results), Article)
    with pytest.raises(ValueError, match="broken"):
        next(results)


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"processes": 0}, id="processes"),
        pytest.param({"chunksize": 0}, id="chunk"),
        pytest.param({"errors": "ignore"}, id="errors"),
    ],
)
def test_bad_arguments_fail_early(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        newsfacts.parse_articles(TEXTS, **kwargs)


class Counting:
    """An input stream that counts how many items were pulled from it."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.pulled = 0

    def __iter__(self) -> Iterator[str]:
        for text in self.texts:
            self.pulled += 1
            yield text


@pytest.mark.parametrize(
    ("processes", "bound"),
    [pytest.param(1, 1, id="in-process"), pytest.param(2, 2 * 2 * 4, id="two-workers")],
)
def test_inputs_are_streamed_not_slurped(processes: int, bound: int) -> None:
    source = Counting(numbered(200))
    results = newsfacts.parse_articles(source, processes=processes, chunksize=4)
    first = next(results)
    assert isinstance(first, Article) and first.text == source.texts[0]
    assert source.pulled <= bound
    assert len(list(results)) == 199


def test_plain_progress_counter_without_tqdm(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_import = builtins.__import__

    def no_tqdm(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "tqdm" or name.startswith("tqdm."):
            raise ImportError("No module named 'tqdm'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_tqdm)
    list(newsfacts.parse_articles(numbered(12), progress=True))
    err = capsys.readouterr().err
    assert "newsfacts: 12/12 articles" in err


def test_tqdm_progress_bar(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    list(newsfacts.parse_articles(iter(numbered(5)), progress=True))
    assert "5" in capsys.readouterr().err


@pytest.mark.parametrize(
    "obj",
    [
        pytest.param(wire_article(), id="article"),
        pytest.param(wire_article().events[0], id="event"),
        pytest.param(BatchError(3, "x", "TypeError: no"), id="batch-error"),
        pytest.param(newsfacts.parse_article, id="parse_article"),
        pytest.param(batch.parse_record, id="parse_record"),
        pytest.param(batch.parse_partition, id="parse_partition"),
    ],
)
def test_records_and_parser_pickle(obj: Any) -> None:
    assert pickle.loads(pickle.dumps(obj)) == obj


def test_parse_partition_turns_errors_into_records() -> None:
    out = batch.parse_partition([TEXTS[0], {"id": 9, "text": b"bytes"}])
    assert isinstance(out[0], Article)
    assert isinstance(out[1], BatchError) and out[1].id == 9


def jsonl(*records: Any) -> list[str]:
    """JSONL lines; a str record is written raw (to make broken lines)."""
    return [r if isinstance(r, str) else json.dumps(r) for r in records]


@pytest.mark.parametrize(
    "processes", [pytest.param(1, id="in-process"), pytest.param(2, id="two-workers")]
)
def test_run_jsonl_writes_one_line_per_record(processes: int) -> None:
    lines = jsonl(
        {"id": "a", "text": TEXTS[0], "published": "2019-11-26"},
        "{not json",
        {"id": "b", "text": 5},
        "",
        "[1, 2]",
        {"id": "c", "text": TEXTS[1], "title": "Khartoum protests"},
    )
    out = io.StringIO()
    failed = batch.run_jsonl(lines, out, processes=processes)
    written = [json.loads(line) for line in out.getvalue().splitlines()]
    assert failed == 3
    assert [w["id"] for w in written] == ["a", None, "b", None, "c"]
    assert [("error" in w) for w in written] == [False, True, True, True, False]
    assert "line 2: invalid JSON" in written[1]["error"]
    assert "TypeError" in written[2]["error"]
    good = Article.from_dict({k: v for k, v in written[0].items() if k != "id"})
    assert good == newsfacts.parse_article(TEXTS[0], published="2019-11-26")
    assert written[4]["title"] == "Khartoum protests"


def test_lazy_names_do_not_load_heavy_modules() -> None:
    import subprocess

    code = (
        "import sys, newsfacts\n"
        "newsfacts.parse_articles, newsfacts.to_dataframe\n"
        "assert 'pandas' not in sys.modules\n"
        "assert 'dask' not in sys.modules\n"
        "assert 'multiprocessing.pool' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    ("suffix", "flags"),
    [
        pytest.param(".jsonl", [], id="auto-detected"),
        pytest.param(".txt", ["--input-format", "jsonl"], id="explicit"),
        pytest.param(".jsonl", ["--processes", "2"], id="two-workers"),
    ],
)
def test_cli_jsonl_in_jsonl_out(
    tmp_path: Any, capsys: pytest.CaptureFixture[str], suffix: str, flags: list[str]
) -> None:
    from newsfacts.io.cli import main

    path = tmp_path / f"corpus{suffix}"
    records = [
        {"id": 1, "text": TEXTS[2], "published": "2019-11-26"},
        {"id": 2, "text": ["not", "text"]},
        {"id": 3, "text": TEXTS[3]},
    ]
    path.write_text("\n".join(jsonl(*records)) + "\n", encoding="utf-8")
    status = main([str(path), *flags])
    captured = capsys.readouterr()
    written = [json.loads(line) for line in captured.out.splitlines()]
    assert status == 1
    assert [w["id"] for w in written] == [1, 2, 3]
    assert "error" in written[1] and "error" not in written[0]
    assert written[0]["text"] == TEXTS[2] and written[2]["text"] == TEXTS[3]
    assert "1 record(s) failed" in captured.err


def test_cli_jsonl_all_good_exits_zero(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsfacts.io.cli import main

    path = tmp_path / "ok.jsonl"
    path.write_text("\n".join(jsonl({"id": "x", "text": TEXTS[0]})), encoding="utf-8")
    assert main([str(path), "--progress"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["id"] == "x"


def test_batch_page_examples_run(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pandas")
    from newsfacts.io.export import COLUMNS
    from newsfacts.io.tables import TABLE_COLUMNS

    namespace = run_doc_page("batch.md")
    out = capsys.readouterr().out
    assert "a3 failed: TypeError" in out and "a1 " in out
    assert tuple(namespace["frame"].columns) == COLUMNS
    events = namespace["events"]
    assert tuple(events.columns) == TABLE_COLUMNS["events"]
    assert len(events) == len(namespace["article"].events) > 0


def test_cli_published_fills_records_without_one(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsfacts.io.cli import main

    path = tmp_path / "dated.jsonl"
    records = [
        {"id": "own", "text": TEXTS[0], "published": "2020-01-02"},
        {"id": "default", "text": TEXTS[1]},
    ]
    path.write_text("\n".join(jsonl(*records)), encoding="utf-8")
    assert main([str(path), "--published", "2019-11-26"]) == 0
    written = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [w["published"] for w in written] == ["2020-01-02", "2019-11-26"]
