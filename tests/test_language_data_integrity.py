"""The tagger's and morphology's shipped data: rebuilt from its sources it is
byte-identical, and the hand-written files are well-formed."""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path

import pytest

from newsfacts.language import tagger_rules
from newsfacts.language.tagger import PENN_TAGS

from .support import load_script, tsv_rows

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "newsfacts" / "language" / "data"
SCRIPT = ROOT / "scripts" / "build_language_data.py"
GENERATED = {
    "lexicon.tsv.gz",
    "context_rules.tsv",
    "lexical_rules.tsv",
    "inflections.tsv.gz",
    "names.txt.gz",
}


def _rows(name: str) -> list[list[str]]:
    return tsv_rows(DATA / name)


def _load_script():  # type: ignore[no-untyped-def]
    return load_script(SCRIPT)


def test_rebuild_matches_committed_files() -> None:
    pytest.importorskip("textblob")
    pytest.importorskip("lemminflect")
    meta = json.loads((DATA / "SOURCES.json").read_text(encoding="utf-8"))
    for package, version in meta["packages"].items():
        if metadata.version(package) != version:
            pytest.skip(
                f"built with {package}=={version}, have {metadata.version(package)}"
            )
    build = _load_script()
    files, counts = build.build()
    assert set(files) == GENERATED
    for name, data in files.items():
        assert data == (DATA / name).read_bytes(), (
            f"{name}: run scripts/build_language_data.py"
        )
    assert meta == json.loads(json.dumps(build.sources(files, counts)))


def test_sources_file_describes_the_shipped_files() -> None:
    meta = json.loads((DATA / "SOURCES.json").read_text(encoding="utf-8"))
    assert set(meta["files"]) == GENERATED
    for name, digest in meta["files"].items():
        assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == digest, name
    assert meta["packages"] == {"textblob": "0.20.1", "lemminflect": "0.2.3"}
    assert meta["rows"]["lexicon.tsv.gz"] > 90_000
    assert meta["rows"]["inflections.tsv.gz"] > 30_000


@pytest.mark.parametrize(
    "name",
    [
        "lexicon_news.tsv",
        "context_news.tsv",
        "inflections_news.tsv",
        "adjective_prefixes.tsv",
    ],
)
def test_hand_written_files_give_a_reason_on_every_row(name: str) -> None:
    rows = _rows(name)
    assert rows
    width = len(rows[0])
    for row in rows:
        assert len(row) == width, row
        assert row[-1].strip(), row


def test_news_lexicon_uses_penn_tags_and_no_word_twice() -> None:
    rows = _rows("lexicon_news.tsv")
    words = [row[0] for row in rows]
    assert len(words) == len(set(words))
    for word, tag, alts, _reason in rows:
        assert tag in PENN_TAGS, word
        assert all(a in PENN_TAGS for a in alts.split(",") if a), word


def test_news_rules_compile_and_use_penn_tags() -> None:
    for source, target, *conditions, reason, example in _rows("context_news.tsv"):
        assert target in PENN_TAGS and set(source.split("|")) <= PENN_TAGS
        assert len(conditions) == 3 and conditions[0]
        for condition in conditions:
            if condition:
                kind, *args = condition.split()
                tagger_rules.compile_rule(kind, args)
        assert reason and example


def test_rules_of_a_kind_nobody_knows_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown rule kind"):
        tagger_rules.compile_rule("PREVMOON", ["DT"])


def test_data_budget() -> None:
    size = sum(p.stat().st_size for p in DATA.iterdir() if p.is_file())
    assert size < 700_000, size
