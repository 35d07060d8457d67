"""The Dask recipe of docs/batch.md: a corpus parsed in parallel with `dask.bag`."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

import pytest

import newsfacts
from newsfacts.io import batch
from newsfacts.io.batch import BatchError
from newsfacts.records import Article

pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")

STORIES = [
    "CAIRO (AP) - Egypt's president met Sudan's army chief on Sunday.",
    "Police in Lagos arrested 12 protesters on Tuesday, officials said.",
    "The European Union imposed new sanctions on Iran last week.",
    "Rebels shelled the outskirts of Tripoli overnight, residents said.",
    "India and Pakistan agreed to reopen the border crossing on Monday.",
]


def corpus(n: int) -> list[dict[str, Any]]:
    """n JSONL-style records with ids, dates and titles."""
    return [
        {
            "id": f"doc-{i}",
            "text": f"{STORIES[i % len(STORIES)]} (item {i})",
            "published": f"2019-11-{1 + i % 28:02d}",
            "title": f"Story {i}",
        }
        for i in range(n)
    ]


def test_bag_parses_a_corpus_in_input_order() -> None:
    records: list[Any] = corpus(23)
    records[7] = {"id": "doc-broken", "text": None}
    bag = db.from_sequence(records, npartitions=4)
    pairs = bag.map_partitions(batch.parse_partition_with_ids).compute()
    assert [pid for pid, _ in pairs] == [r["id"] for r in records]
    for record, (_, result) in zip(records, pairs, strict=True):
        if record["id"] == "doc-broken":
            assert isinstance(result, BatchError) and "TypeError" in result.error
        else:
            assert result == batch.parse_record(record)


def test_bag_to_rows_and_dataframe() -> None:
    pd = pytest.importorskip("pandas")
    from newsfacts.io.export import COLUMNS

    records: list[Any] = corpus(10)
    records.append({"id": "doc-bad", "text": 3})
    pairs = db.from_sequence(records, npartitions=3).map_partitions(
        batch.parse_partition_with_ids
    )
    rows = pairs.map(batch.result_records).flatten()
    errors = pairs.filter(batch.is_error).map(lambda p: p[1].to_dict())
    frame = pd.DataFrame(rows.compute(), columns=list(COLUMNS))
    expected = [
        r for rec in records[:-1] for r in batch.parse_record(rec).to_records(rec["id"])
    ]
    assert len(frame) == len(expected)
    assert set(frame["article_id"]) <= {r["id"] for r in records[:-1]}
    assert errors.compute() == [
        {"id": "doc-bad", "error": "TypeError: text must be a str, not int: 3"}
    ]


def probe(items: Iterable[Any]) -> list[tuple[int, bool, int]]:
    """(worker pid, was this worker already warm, results) for one partition."""
    warm_before = batch._warm
    results = batch.parse_partition(items)
    return [(os.getpid(), warm_before, len(results))]


def test_each_worker_process_warms_up_once() -> None:
    bag = db.from_sequence(corpus(24), npartitions=8)
    seen = bag.map_partitions(probe).compute(scheduler="processes", num_workers=2)
    assert sum(n for _, _, n in seen) == 24
    pids = {pid for pid, _, _ in seen}
    assert os.getpid() not in pids  # really parsed in worker processes
    cold = [pid for pid, warm, _ in seen if not warm]
    assert sorted(cold) == sorted(pids)  # exactly one cold partition per worker


def test_results_pickle_through_the_scheduler() -> None:
    article = newsfacts.parse_article(STORIES[0], published="2019-11-26")
    (back,) = db.from_sequence([article], npartitions=1).compute(scheduler="processes")
    assert isinstance(back, Article) and back == article


def test_recipe_runs_as_a_script_on_a_local_cluster(tmp_path: Any) -> None:
    """examples/dask_events.py, as a user saves and runs it: spawned workers, one
    compute, the events table with its dtypes, the bad line counted."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    pd = pytest.importorskip("pandas")
    pytest.importorskip("dask.distributed")
    from newsfacts.io.tables import TABLE_COLUMNS, TABLE_DTYPES

    records = corpus(12)
    corpus_file = tmp_path / "corpus.jsonl"
    lines = [json.dumps(r) for r in records]
    lines.insert(5, '{"id": "broken", "text": ')
    corpus_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "events.pkl"
    script = Path(__file__).resolve().parent.parent / "examples" / "dask_events.py"
    done = subprocess.run(
        [
            sys.executable,
            str(script),
            str(corpus_file),
            "--out",
            str(out),
            "--workers",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=tmp_path,  # not the repository: the script must not rely on it
    )
    assert done.returncode == 1, done.stderr  # one line failed
    assert "1 line(s) failed" in done.stderr
    frame = pd.read_pickle(out)
    expected = [
        r
        for rec in records
        for r in batch.parse_record(rec).to_records(rec["id"], "events")
    ]
    assert len(frame) == len(expected) > 0
    assert tuple(frame.columns) == TABLE_COLUMNS["events"]
    for column, dtype in TABLE_DTYPES["events"].items():
        assert str(frame[column].dtype) == str(pd.Series([], dtype=dtype).dtype), column
    assert sorted(frame["article_id"].unique()) == sorted(
        {r["article_id"] for r in expected}
    )
    errors = [
        json.loads(x) for x in Path(f"{out}.errors.jsonl").read_text().splitlines()
    ]
    assert len(errors) == 1 and "invalid JSON" in errors[0]["error"]
