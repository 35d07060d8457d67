"""Worker pools that survive: no inherited locks, dead workers, checked arguments."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import newsfacts
from newsfacts._data import lazy
from newsfacts.io import batch
from newsfacts.io.batch import BatchError
from newsfacts.records import Article

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    "Police in Lagos arrested 12 protesters on Tuesday, officials said.",
    "Rebels shelled the outskirts of Tripoli overnight, residents said.",
    "Talks resumed in Geneva on Monday.",
]


def _die() -> None:
    """Kill the calling process at once, as the OOM killer does."""
    os.kill(os.getpid(), signal.SIGKILL)


class KillsItsWorker:
    """An input whose unpickling in a worker process kills that worker."""

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        return (_die, ())


def test_a_killed_worker_becomes_error_records_not_a_hang() -> None:
    items: list[Any] = [TEXTS[0], KillsItsWorker(), TEXTS[1]]
    results = list(
        newsfacts.parse_articles(items, processes=2, chunksize=1, errors="return")
    )
    assert len(results) == len(items)
    dead = results[1]
    assert isinstance(dead, BatchError) and dead.index == 1
    assert "worker process parsing this input died" in dead.error
    assert [
        r.text for r in (results[0], results[2]) if isinstance(r, Article)
    ] == TEXTS[:2]


def test_a_killed_worker_costs_only_its_chunk() -> None:
    items: list[Any] = [*TEXTS, KillsItsWorker(), *TEXTS, *TEXTS]
    results = list(
        newsfacts.parse_articles(items, processes=2, chunksize=2, errors="return")
    )
    failed = [i for i, r in enumerate(results) if isinstance(r, BatchError)]
    assert failed == [2, 3]  # the chunk holding the killer, and nothing else


_gate = threading.Event()


@lazy
def _slow_table() -> str:
    """A data loader that takes long in the process that set the holder variable."""
    if os.environ.get("NEWSFACTS_TEST_HOLDER") == str(os.getpid()):
        _gate.wait(60)
    return TEXTS[2]


def _text_behind_the_lock() -> str:
    return _slow_table()


class NeedsTheLock:
    """An input whose unpickling in a worker calls `_slow_table`, so needs its lock."""

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        return (_text_behind_the_lock, ())


def held_lock_scenario(start_method: str | None = None) -> None:
    """A thread holds a loader's lock while the pool starts; workers need that loader.

    A forked child inherits the lock held, by a thread it does not have, and
    waits forever; the pool's workers must not (run it in a subprocess, with a
    timeout).
    """
    os.environ["NEWSFACTS_TEST_HOLDER"] = str(os.getpid())
    holder = threading.Thread(target=_slow_table, daemon=True)
    holder.start()
    time.sleep(0.3)  # the holder is inside the loader, holding its lock
    items = [NeedsTheLock() for _ in range(4)]
    results = list(
        newsfacts.parse_articles(
            items, processes=2, chunksize=1, start_method=start_method
        )
    )
    _gate.set()
    assert [r.text for r in results if isinstance(r, Article)] == [TEXTS[2]] * 4
    print("ok")


def test_no_hang_when_another_thread_holds_a_data_lock() -> None:
    code = "from tests.test_pools import held_lock_scenario; held_lock_scenario()"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


@pytest.mark.parametrize(
    ("processes", "error", "message"),
    [
        pytest.param(
            "2", TypeError, "processes must be an int or None, not str", id="str"
        ),
        pytest.param(2.0, TypeError, "not float", id="float"),
        pytest.param(True, TypeError, "not bool", id="bool"),
        pytest.param(0, ValueError, "at least 1", id="zero"),
    ],
)
def test_processes_is_checked_at_the_door(
    processes: Any, error: type, message: str
) -> None:
    with pytest.raises(error, match=message):
        newsfacts.parse_articles(TEXTS, processes=processes)


def test_processes_are_capped_at_the_cpu_count() -> None:
    assert batch.check_processes(100_000) == batch.cpu_count()
    assert batch.check_processes(None) == batch.cpu_count()


def test_bad_start_method_is_refused() -> None:
    with pytest.raises(ValueError, match="start_method"):
        newsfacts.parse_articles(TEXTS, processes=2, start_method="teleport")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        pytest.param(
            b'{"id": 7, "text": "caf\xe9"}', "cannot decode as utf-8", id="bytes"
        ),
        pytest.param(
            '{"id": Infinity, "text": "x"}', "Infinity is not valid JSON", id="inf"
        ),
    ],
)
def test_run_jsonl_reads_line_by_line(raw: str | bytes, message: str) -> None:
    good = json.dumps({"id": "a", "text": TEXTS[0]})
    lines: list[Any] = [good.encode() if isinstance(raw, bytes) else good, raw]
    out = io.StringIO()
    assert batch.run_jsonl(lines, out) == 1
    first, second = (json.loads(x) for x in out.getvalue().splitlines())
    assert first["id"] == "a" and message in second["error"] and second["line"] == 2


def test_written_ids_are_always_json() -> None:
    from newsfacts.io.jsonl import dumps_line

    line = dumps_line({"id": float("nan"), "error": "x"})
    assert json.loads(line, parse_constant=lambda c: pytest.fail(c)) == {
        "id": "nan",
        "error": "x",
    }
