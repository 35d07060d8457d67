"""The `newsfacts` command line and `python -m newsfacts`."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsfacts import Article
from newsfacts.io.cli import main

from .conftest import EXAMPLE


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE), "--published", "2019-11-26"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("published: 2019-11-26 (argument)")
    for section in ("DATES", "PLACES", "ACTORS", "EVENTS"):
        assert section in out


def test_json_output_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE), "--published", "2019-11-26", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    article = Article.from_dict(data)
    assert article.text == EXAMPLE.read_text(encoding="utf-8")
    assert (
        article.published is not None and article.published.isoformat() == "2019-11-26"
    )


def test_jsonl_one_line_per_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Officials met on Monday.", encoding="utf-8")
    b.write_text("Talks resumed.", encoding="utf-8")
    assert main([str(a), str(b), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(x)["file"] for x in lines] == [str(a), str(b)]


def test_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Officials met on Monday."))
    assert main(["-", "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == "Officials met on Monday."


def test_missing_file_is_an_error_but_others_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Talks resumed.", encoding="utf-8")
    assert main([str(tmp_path / "missing.txt"), str(good), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert "missing.txt" in captured.err
    assert json.loads(captured.out)["text"] == "Talks resumed."


def test_bad_published_exits_non_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE), "--published", "last Tuesday"]) == 2
    assert "published" in capsys.readouterr().err


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsfacts", str(EXAMPLE), "--published", "2019-11-26"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "PLACES" in done.stdout
