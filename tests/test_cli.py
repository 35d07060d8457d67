"""The `newsfacts` command line: formats, inputs, errors and exit codes.

The cases where the process boundary matters (pipes, signals, stdin bytes, a
full disk, the exit code) run the real command in a subprocess.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from newsfacts import Article
from newsfacts.io.cli import main

from .conftest import EXAMPLE

STORIES = [
    "Police in Lagos arrested 12 protesters on Tuesday, officials said.",
    "Rebels shelled the outskirts of Tripoli overnight, residents said.",
    "Talks resumed in Geneva on Monday.",
]


def newsfacts(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m newsfacts ARGS` to the end; stdout and stderr as bytes."""
    return subprocess.run(
        [sys.executable, "-m", "newsfacts", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd,
        timeout=timeout,
        check=False,
    )


def jsonl_file(path: Path, *records: Any) -> Path:
    """Write records (a bytes record is written raw) one per line."""
    with path.open("wb") as fh:
        for r in records:
            fh.write(r if isinstance(r, bytes) else json.dumps(r).encode())
            fh.write(b"\n")
    return path


@pytest.fixture
def texts(tmp_path: Path) -> list[Path]:
    """Three article text files."""
    paths = []
    for i, story in enumerate(STORIES):
        path = tmp_path / f"story{i}.txt"
        path.write_text(story, encoding="utf-8")
        paths.append(path)
    return paths


# --- formats ------------------------------------------------------------------


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE), "--published", "2019-11-26"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("published: 2019-11-26 (argument)")
    for section in ("DATES", "PLACES", "ACTORS", "EVENTS"):
        assert section in out


def test_json_output_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE), "--published", "2019-11-26", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["file"] == str(EXAMPLE)
    article = Article.from_dict(data)
    assert article.text == EXAMPLE.read_text(encoding="utf-8")
    assert (
        article.published is not None and article.published.isoformat() == "2019-11-26"
    )


def test_several_files_as_json_are_one_array(
    texts: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*map(str, texts), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)  # one document, not three
    assert [d["file"] for d in data] == [str(p) for p in texts]
    assert [Article.from_dict(d).text for d in data] == STORIES


def test_jsonl_one_line_per_file(
    texts: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(texts[0]), str(texts[1]), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(x)["file"] for x in lines] == [str(texts[0]), str(texts[1])]


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        pytest.param("text", lambda out: out.count("== ") == 2 and "EVENTS" in out, id="text"),
        pytest.param("json", lambda out: [d["id"] for d in json.loads(out)] == ["a", "b"],
                     id="json"),
    ],
)  # fmt: skip
def test_format_applies_to_jsonl_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, check: Any
) -> None:
    path = jsonl_file(
        tmp_path / "c.jsonl",
        {"id": "a", "text": STORIES[0]},
        {"id": "b", "text": STORIES[1]},
    )
    assert main([str(path), "--format", fmt]) == 0
    assert check(capsys.readouterr().out)


def test_title_fills_jsonl_records_without_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = jsonl_file(
        tmp_path / "c.jsonl",
        {"id": "own", "text": STORIES[0], "title": "Lagos arrests"},
        {"id": "default", "text": STORIES[1]},
    )
    assert main([str(path), "--title", "Wire"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["title"] for x in lines] == ["Lagos arrests", "Wire"]


def test_processes_and_progress_apply_to_text_files(
    texts: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main([*map(str, texts), "--processes", "2", "--progress", "--format", "jsonl"])
        == 0
    )
    captured = capsys.readouterr()
    assert [json.loads(x)["file"] for x in captured.out.splitlines()] == list(
        map(str, texts)
    )
    assert "3/3" in captured.err or "3 articles" in captured.err  # tqdm or the counter


# --- errors -------------------------------------------------------------------


def test_missing_file_is_reported_and_the_others_run(
    texts: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    missing = texts[0].parent / "missing.txt"
    assert main([str(missing), str(texts[1]), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert "missing.txt" in captured.err
    error, good = (json.loads(x) for x in captured.out.splitlines())
    assert error["file"] == str(missing) and "No such file" in error["error"]
    assert good["text"] == STORIES[1]


def test_a_file_that_fails_to_parse_does_not_stop_the_run(
    texts: list[Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsfacts.io import batch

    real = batch.parse_article

    def fragile(text: str, **kwargs: Any) -> Article:
        if text == STORIES[0]:
            raise RuntimeError("stage failed")
        return real(text, **kwargs)

    monkeypatch.setattr(batch, "parse_article", fragile)
    assert main([*map(str, texts)]) == 1
    captured = capsys.readouterr()
    assert f"{texts[0]}: RuntimeError: stage failed" in captured.err
    assert captured.out.count("== ") == 2  # the two other files


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        pytest.param(["--published", "last Tuesday"], "published", id="published"),
        pytest.param(["--processes", "-1"], "--processes", id="processes"),
        pytest.param(["--encoding", "klingon"], "unknown encoding", id="encoding"),
        pytest.param(["-", "-"], "only once", id="stdin-twice"),
    ],
)
def test_bad_flags_exit_2(
    flags: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(EXAMPLE), *flags]) == 2
    assert message in capsys.readouterr().err


def test_processes_are_capped_at_the_cpu_count(
    texts: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from newsfacts.io.batch import cpu_count

    assert main([str(texts[0]), "--processes", "100000"]) == 0
    assert f"using {cpu_count()}" in capsys.readouterr().err


def test_stdin_text(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Officials met on Monday."))
    assert main(["-", "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == "Officials met on Monday."


# --- JSONL records: one bad line costs one record -----------------------------


BAD_LINES = [
    pytest.param(b'{"id": 2, "text": "caf\xe9"}', "line 2: cannot decode as utf-8: byte 0xe9",
                 id="invalid-utf8"),
    pytest.param(b'{"id": 2, "text": "bad \\ud800 here"}', "line 2: holds '\\ud800'",
                 id="lone-surrogate"),
    pytest.param(b"[" * 100_000, "line 2: invalid JSON: nested too deeply", id="deep-nesting"),
    pytest.param(b'{"id": NaN, "text": "x"}', "line 2: invalid JSON: NaN", id="nan-id"),
    pytest.param(b"{not json", "line 2: invalid JSON", id="not-json"),
    pytest.param(b"[1, 2]", "line 2: expected a JSON object", id="not-an-object"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "message"), BAD_LINES)
def test_a_bad_jsonl_line_is_one_error_record(
    tmp_path: Path, line: bytes, message: str
) -> None:
    path = jsonl_file(
        tmp_path / "c.jsonl",
        {"id": 1, "text": STORIES[0]},
        line,
        {"id": 3, "text": STORIES[1]},
    )
    done = newsfacts(str(path))
    assert done.returncode == 1, done.stderr
    lines = [
        json.loads(x) for x in done.stdout.decode("utf-8").splitlines()
    ]  # all strict JSON
    assert [x["id"] for x in lines] == [1, 2 if b'"id": 2' in line else None, 3]
    assert message in lines[1]["error"] and lines[1]["line"] == 2
    assert Article.from_dict(lines[2]).text == STORIES[1]
    assert b"Traceback" not in done.stderr
    assert b"1 record(s) failed" in done.stderr


def test_latin1_file_needs_encoding(tmp_path: Path) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes("Caf\xe9 owners in Paris protested on Friday.\n".encode("latin-1"))
    refused = newsfacts(str(path))
    assert refused.returncode == 1
    assert b"byte 0xe9 at line 1, column 4" in refused.stderr
    assert b"--encoding" in refused.stderr
    done = newsfacts(str(path), "--encoding", "latin-1", "--format", "json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["text"].startswith("Caf\xe9 owners")


def test_stdin_is_decoded_like_files() -> None:
    done = newsfacts(
        "-", "--format", "json", stdin="Caf\xe9 in Paris.".encode("latin-1")
    )
    assert done.returncode == 1 and b"cannot decode as utf-8" in done.stderr
    error = json.loads(done.stdout)  # the JSON output lists the failed input
    assert error["file"] == "-" and "byte 0xe9 at line 1, column 4" in error["error"]


def test_jsonl_on_stdin(tmp_path: Path) -> None:
    data = b"".join(
        json.dumps({"id": i, "text": s}).encode() + b"\n" for i, s in enumerate(STORIES)
    )
    refused = newsfacts("-", stdin=data)
    assert refused.returncode == 2
    assert (
        b"looks like JSONL" in refused.stderr
        and b"--input-format jsonl" in refused.stderr
    )
    done = newsfacts("-", "--input-format", "jsonl", stdin=data)
    assert done.returncode == 0
    assert [json.loads(x)["id"] for x in done.stdout.splitlines()] == [0, 1, 2]
    prose = newsfacts("-", "--input-format", "text", "--format", "json", stdin=data)
    assert prose.returncode == 0 and json.loads(prose.stdout)["text"] == data.decode()


# --- output and signals -------------------------------------------------------


def test_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    path = jsonl_file(
        tmp_path / "c.jsonl", *({"id": i, "text": STORIES[i % 3]} for i in range(60))
    )
    shell = f"{sys.executable} -m newsfacts {path} | head -1"
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", shell],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == 0
    assert done.stderr == b""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_is_one_clear_error() -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "newsfacts", str(EXAMPLE)],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
    assert done.returncode == 3
    assert done.stderr.decode().strip() == (
        "newsfacts: error: cannot write the output: [Errno 28] No space left on device"
    )


def test_ctrl_c_exits_130_without_traceback() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsfacts", "-"],
        stdin=subprocess.PIPE,  # left open: the command waits for its input
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    time.sleep(1.0)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole group
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert err == b"newsfacts: interrupted\n"


def test_python_dash_m() -> None:
    done = newsfacts(str(EXAMPLE), "--published", "2019-11-26")
    assert done.returncode == 0, done.stderr
    assert b"PLACES" in done.stdout
