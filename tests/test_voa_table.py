"""The hand-annotated table of Voice of America sentences (`tests/data/voa_events.jsonl`).

The table measures the events stage on a random sample of ordinary news sentences,
most of which report no coded event. These tests check only that it is well formed
and keeps its design: the format the event scorer reads, CAMEO codes the package
knows, CAMEO-shaped actor codes, natural (detokenised) text, and at least half of
the sentences free of events. They never run the events stage on it.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newsfacts._data import iter_rows

TABLE = Path(__file__).resolve().parent / "data" / "voa_events.jsonl"

RECORD_KEYS = {"id", "set", "text", "date", "events", "skip", "meta"}
EVENT_KEYS = {"cameo", "root", "plover", "source", "target", "statement"}
STATEMENT_ROOTS = {"01", "02"}
# Country (ISO alpha-3), an IGO/NGO prefix or "---" for an unknown country, then
# three-letter sector codes: USA, USAGOV, IGOUNO, IGOEUREEC, ---REB.
ACTOR_CODE = re.compile(r"(?:[A-Z]{3}|---)(?:[A-Z]{3})*")
RECORD_ID = re.compile(r"voa:\S+\.\d+")

Row = dict[str, Any]


@cache
def rows() -> tuple[Row, ...]:
    """Every record of the table, in file order."""
    with TABLE.open(encoding="utf-8") as lines:
        return tuple(json.loads(line) for line in lines if line.strip())


@cache
def cameo_codes() -> frozenset[str]:
    """The CAMEO codes listed in the package's own table."""
    return frozenset(row[0] for row in iter_rows("events/data/cameo.tsv"))


def events() -> list[tuple[str, Row]]:
    """(record id, event) for every event of the table."""
    return [(row["id"], event) for row in rows() for event in row["events"]]


def actors() -> list[tuple[str, Row]]:
    """(record text, actor) for every source and target actor of the table."""
    out: list[tuple[str, Row]] = []
    for row in rows():
        for event in row["events"]:
            for side in ("source", "target"):
                out.extend((row["text"], actor) for actor in event[side] or [])
    return out


def event_free(row: Row) -> bool:
    """No event other than a statement or appeal (CAMEO roots 01 and 02)."""
    return all(event["root"] in STATEMENT_ROOTS for event in row["events"])


def test_table_has_the_sampled_size() -> None:
    assert len(rows()) >= 320


def test_records_have_the_scorer_format() -> None:
    for row in rows():
        assert set(row) == RECORD_KEYS, row["id"]
        assert row["set"] == "voa_events"
        assert row["date"] is None
        assert row["skip"] is False
        assert RECORD_ID.fullmatch(row["id"]), row["id"]
        assert isinstance(row["meta"]["note"], (str, type(None)))


def test_ids_are_unique() -> None:
    ids = [row["id"] for row in rows()]
    assert len(ids) == len(set(ids))


def test_ids_name_document_and_sentence() -> None:
    for row in rows():
        meta = row["meta"]
        assert row["id"] == f"voa:{meta['doc_id']}.{meta['sentence']}"


def test_ranks_follow_the_sample_order() -> None:
    assert [row["meta"]["rank"] for row in rows()] == list(range(1, len(rows()) + 1))


def test_events_have_known_cameo_codes() -> None:
    known = cameo_codes()
    for rid, event in events():
        assert set(event) == EVENT_KEYS, rid
        assert event["cameo"] in known, (rid, event["cameo"])
        assert event["root"] == event["cameo"][:2], rid
        assert event["plover"] is None, rid


def test_statements_and_appeals_are_marked() -> None:
    for rid, event in events():
        assert event["statement"] is (event["root"] in STATEMENT_ROOTS), rid


def test_actor_lists_are_lists_or_null() -> None:
    for rid, event in events():
        for side in ("source", "target"):
            value = event[side]
            assert value is None or (isinstance(value, list) and value), (rid, side)


def test_actor_codes_have_cameo_shape() -> None:
    for text, actor in actors():
        code = actor["code"]
        assert code is None or ACTOR_CODE.fullmatch(code), (code, text)


def test_actor_texts_appear_in_the_sentence() -> None:
    for text, actor in actors():
        assert actor["code"] or actor["text"], text
        assert actor["text"] is None or actor["text"] in text, (actor, text)


def test_at_least_half_the_sentences_have_no_event() -> None:
    free = sum(event_free(row) for row in rows())
    assert free * 2 >= len(rows())


def test_enough_sentences_have_events() -> None:
    coded = sum(not event_free(row) for row in rows())
    assert coded >= 150


def test_texts_are_non_empty_sentences() -> None:
    for row in rows():
        text = row["text"]
        assert text.strip() == text and len(text.split()) >= 6, row["id"]


@pytest.mark.parametrize(
    "pattern",
    [
        r" [,.;:?!%)\]]",  # "Baghdad ," "5 %" "( AP )"
        r" '(?:s|re|ve|ll|d|m)\b",  # "Islam 's"
        r" n't\b",  # "do n't"
        r"[(\[$] ",  # "( AP" "$ 5"
        r" / ",  # "HIV / AIDS"
        r"\.\s*\.$",  # "U.S. ."
        r'(?:^|\s)"\s',  # a quote standing apart from the words it opens
    ],
    ids=[
        "punct",
        "clitic",
        "negation",
        "open-bracket-dollar",
        "slash",
        "double-stop",
        "quote",
    ],
)
def test_texts_are_detokenised(pattern: str) -> None:
    found = [row["text"] for row in rows() if re.search(pattern, row["text"])]
    assert not found, found[:3]


@pytest.mark.parametrize(
    ("pattern", "example"),
    [
        (r" [,.;:?!%)\]]", "Islam 's Prophet , he said ."),
        (r" '(?:s|re|ve|ll|d|m)\b", "Islam 's Prophet"),
        (r" n't\b", "they do n't"),
        (r"[(\[$] ", "about $ 5 million"),
        (r'(?:^|\s)"\s', 'he said " no more surprises . "'),
    ],
    ids=["punct", "clitic", "negation", "dollar", "quote"],
)
def test_detokenisation_checks_catch_tokenised_text(pattern: str, example: str) -> None:
    assert re.search(pattern, example)
