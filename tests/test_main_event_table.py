"""The hand-written main-event table of `benchmarks/data/` is well formed.

The table is development data for `benchmarks/eval_main_event.py`; these tests
check its shape only (ids, fields, value formats) and never read the article
texts, which are not part of the repository. The sampler that chose the articles
is checked on made-up pools.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pycountry
import pytest

from .support import load_script

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "benchmarks" / "data" / "main_events_dev.jsonl"
SAMPLER = ROOT / "scripts" / "sample_main_event_articles.py"

FIELDS = (
    "corpus",
    "doc_id",
    "what",
    "who",
    "whom",
    "when",
    "where",
    "where_country",
    "cameo",
    "note",
)
CORPORA = frozenset({"geowebnews", "trnews"})

# TIMEX3 values the guidelines allow: a day, month or year; an ISO week or its
# weekend; a weekday or a month-day without a year.
TIMEX3 = re.compile(
    r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"
    r"|\d{4}-W(0[1-9]|[1-4]\d|5[0-3])(-WE)?"
    r"|XXXX-WXX-[1-7]"
    r"|XXXX-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
)


def _rows() -> list[dict[str, Any]]:
    with TABLE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


ROWS = _rows()


def _id(row: dict[str, Any]) -> str:
    return f"{row['corpus']}:{row['doc_id']}"


def test_one_hundred_articles_half_from_each_corpus() -> None:
    assert Counter(row["corpus"] for row in ROWS) == {"geowebnews": 50, "trnews": 50}


def test_article_ids_are_unique() -> None:
    ids = [_id(row) for row in ROWS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_row_fields(row: dict[str, Any]) -> None:
    assert tuple(row) == FIELDS
    assert row["corpus"] in CORPORA
    assert isinstance(row["doc_id"], str) and row["doc_id"]
    assert isinstance(row["note"], str) and row["note"].strip()
    for key in ("who", "whom", "where"):
        value = row[key]
        assert value is None or (isinstance(value, str) and value == value.strip())
        assert value != ""


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_what_is_a_trigger_and_gloss_or_no_event(row: dict[str, Any]) -> None:
    what = row["what"]
    if what is None:
        # No event: nothing else may be answered.
        assert all(row[k] is None for k in FIELDS[3:9])
        return
    assert set(what) == {"trigger", "gloss"}
    assert isinstance(what["trigger"], str) and what["trigger"].strip()
    assert isinstance(what["gloss"], str) and len(what["gloss"].split()) >= 3


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_when_is_timex3_shaped(row: dict[str, Any]) -> None:
    when = row["when"]
    assert when is None or TIMEX3.fullmatch(when), when


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_where_country_is_alpha2_of_a_place(row: dict[str, Any]) -> None:
    country = row["where_country"]
    assert (country is None) == (row["where"] is None)
    if country is not None:
        assert re.fullmatch(r"[A-Z]{2}", country)
        assert pycountry.countries.get(alpha_2=country) is not None, country


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_cameo_is_a_root(row: dict[str, Any]) -> None:
    cameo = row["cameo"]
    assert cameo is None or (re.fullmatch(r"\d\d", cameo) and 1 <= int(cameo) <= 20)


@pytest.mark.parametrize(
    "value",
    ["2016-11-21", "2016-12", "2017-W18", "2016-W50-WE", "XXXX-WXX-4", "XXXX-04-04"],
)
def test_timex3_shape_accepts_the_guideline_forms(value: str) -> None:
    assert TIMEX3.fullmatch(value)


@pytest.mark.parametrize(
    "value", ["Monday", "2016-13-01", "2016-11-21T10:00", "XXXX-WXX-8", "16-11-21"]
)
def test_timex3_shape_rejects_other_strings(value: str) -> None:
    assert not TIMEX3.fullmatch(value)


def _sampler() -> ModuleType:
    return load_script(SAMPLER)


def test_sampler_alternates_corpora_and_extends_the_same_sample() -> None:
    sampler = _sampler()
    pools = [("a", [str(i) for i in range(30)]), ("b", [str(i) for i in range(5)])]
    ten = sampler.sample(pools, 10)
    twenty = sampler.sample(pools, 20)
    assert twenty[:10] == ten
    assert [c for c, _ in ten[:6]] == ["a", "b"] * 3
    # "b" runs out after five: the rest comes from "a".
    assert Counter(c for c, _ in twenty) == {"a": 15, "b": 5}
    assert len(set(twenty)) == 20


def test_sampler_skips_short_texts(tmp_path: Path) -> None:
    sampler = _sampler()
    path = tmp_path / "corpus.jsonl"
    rows = [
        {"corpus": "x", "doc_id": "long", "text": "w" * sampler.MIN_CHARS},
        {"corpus": "x", "doc_id": "short", "text": "w" * (sampler.MIN_CHARS - 1)},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert sampler.eligible(path) == ("x", ["long"])
