"""Size and speed of the outputs: JSON (schema 2), its checked reading, the tables.

    python benchmarks/bench_io.py

On the example article: the JSON form's size against schema 1 (every event
repeating its actors and places, mentions included), then the median time of
`to_json`, `Article.from_json` (which checks every field and offset), the
events table rows, `to_geojson` and `to_timeml`; and, to show the size grows
with the records and not with events times mentions, the JSON of an article
whose events all name the same two actors of many mentions.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

import newsfacts
from newsfacts.records import Article

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "libya-2019.txt"


def schema1(article: Article) -> str:
    """The JSON of the form before schema 2: every nested record inline."""
    data = attrs.asdict(article, recurse=True)
    data["published"] = article.published.isoformat() if article.published else None
    return json.dumps(data, ensure_ascii=False, default=str)


def median_ms(call: Callable[[], Any], runs: int = 30) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        call()
        times.append(time.perf_counter() - t)
    return 1000 * statistics.median(times)


def main() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    article = newsfacts.parse_article(text, published="2019-11-26")
    data = article.to_json()
    print(f"example: {len(text):,} chars, {len(article.events)} events")
    print(f"JSON schema 1 (inline)   {len(schema1(article)):>9,} chars")
    print(f"JSON schema 2 (compact)  {len(data):>9,} chars")
    for name, call in (
        ("to_json", article.to_json),
        ("Article.from_json", lambda: Article.from_json(data)),
        ("events table rows", lambda: article.to_records(table="events")),
        ("to_geojson", lambda: newsfacts.to_geojson(article)),
        ("to_timeml", article.to_timeml),
    ):
        print(f"{name:24} {median_ms(call):9.2f} ms")
    # 200 events between the same two actors, each with 200 mentions.
    actor = article.actors[1]
    heavy = attrs.evolve(actor, mentions=actor.mentions * 200)
    events = tuple(
        attrs.evolve(article.events[0], source=heavy, target=heavy, rule=f"r{i}")
        for i in range(200)
    )
    big = attrs.evolve(article, actors=(heavy,), events=events, main_event=events[0])
    print("200 events x 200 mentions:")
    print(f"  schema 1 {len(schema1(big)):>12,} chars")
    print(f"  schema 2 {len(big.to_json()):>12,} chars")


if __name__ == "__main__":
    main()
