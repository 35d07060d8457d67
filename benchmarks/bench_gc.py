"""What the cyclic garbage collector walks and what its passes cost a parse.

    python benchmarks/bench_gc.py [--kb 300] [--rounds 7] [--types 12]

A full (generation 2) collection visits every tracked container object and
every reference it holds. Printed: the tracked objects and their references
after `warmup()` (the loaded tables, the modules and the dependencies), by
type; the CPU time of one full collection then; and, for an article of
development texts (../shared/eval, the GeoWebNews and GMB documents
concatenated to `--kb` kilobytes; the example articles repeated when absent),
the collections each parse triggers and their CPU time by generation
(`gc.callbacks`), the median of `--rounds` parses.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import gc
import json
import statistics
import time
from pathlib import Path
from typing import Any

import newsfacts

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
CORPORA = ("geo/dev/geowebnews.jsonl", "ner/dev/gmb_dev.jsonl")
PUBLISHED = dt.date(2019, 1, 1)


def article(size: int) -> str:
    """Development documents joined by blank lines up to `size` characters."""
    texts: list[str] = []
    for rel in CORPORA:
        path = SHARED / rel
        if path.is_file():
            with path.open(encoding="utf-8") as lines:
                texts += [json.loads(x)["text"] for x in lines if x.strip()]
    if not texts:
        texts = [
            p.read_text(encoding="utf-8") for p in (ROOT / "examples").glob("*.txt")
        ]
    out = ""
    n = 0
    while len(out) < size:
        out += texts[n % len(texts)] + "\n\n"
        n += 1
    return out


def full_collection_ms() -> float:
    """CPU milliseconds of one full collection (the best of five)."""
    gc.collect()
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        gc.collect()
        best = min(best, time.process_time() - start)
    return best * 1000


def census(top: int) -> None:
    """Tracked objects and their references, by type, and a full pass's cost."""
    gc.collect()
    objs = gc.get_objects()
    count: collections.Counter[str] = collections.Counter()
    refs: collections.Counter[str] = collections.Counter()
    for o in objs:
        name = type(o).__name__
        count[name] += 1
        refs[name] += len(gc.get_referents(o))
    print(
        f"tracked {len(objs):,} objects, {sum(refs.values()):,} references; "
        f"a full collection {full_collection_ms():.1f} CPU ms"
    )
    for name, n in count.most_common(top):
        print(f"  {n:>8,} {name:<24} {refs[name]:>10,} references")
    del objs


def per_parse(text: str, rounds: int) -> None:
    """The collections one parse of `text` triggers, median of `rounds`."""
    newsfacts.parse_article(text, published=PUBLISHED)
    stats: dict[int, list[float]] = collections.defaultdict(lambda: [0, 0.0])
    began = [0.0]

    def note(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            began[0] = time.process_time()
        else:
            row = stats[info["generation"]]
            row[0] += 1
            row[1] += time.process_time() - began[0]

    rows: list[tuple[float, dict[int, tuple[float, float]]]] = []
    gc.callbacks.append(note)
    try:
        for _ in range(rounds):
            stats.clear()
            start = time.process_time()
            newsfacts.parse_article(text, published=PUBLISHED)
            cpu = time.process_time() - start
            rows.append((cpu, {g: (v[0], v[1]) for g, v in stats.items()}))
    finally:
        gc.callbacks.remove(note)

    def median_ms(values: list[float]) -> float:
        return statistics.median(values) * 1000

    print(
        f"article of {len(text):,} characters: parse {median_ms([c for c, _ in rows]):.0f}"
        f" CPU ms (median of {rounds})"
    )
    for g in (0, 1, 2):
        n = statistics.median([s.get(g, (0, 0.0))[0] for _, s in rows])
        ms = median_ms([s.get(g, (0, 0.0))[1] for _, s in rows])
        print(f"  generation {g}: {n:>5.0f} collections {ms:8.1f} CPU ms")
    total = median_ms([sum(t for _, t in s.values()) for _, s in rows])
    print(f"  all collections       {total:8.1f} CPU ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=int, default=300, help="article size")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--types", type=int, default=12, help="types listed")
    args = parser.parse_args()
    newsfacts.warmup()
    census(args.types)
    per_parse(article(args.kb * 1000), args.rounds)


if __name__ == "__main__":
    main()
