"""Benchmark the places stage: gazetteer load time and memory, and throughput.

Usage: python benchmarks/bench_places.py [TEXT_OR_JSONL ...] [--repeat N]

Each load figure is taken in a fresh subprocess so nothing is cached. Throughput
is characters per CPU second (time.process_time) of `places.extract` alone, the
Document built outside the timed region. Without arguments it reads the
articles under examples/; JSONL files are read for their "text" field.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_LOAD = r"""
import json, resource, sys, time, tracemalloc
import newsfacts
from newsfacts.knowledge import gazetteer
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
trace = sys.argv[1] == "1"
if trace:
    tracemalloc.start()
t0 = time.perf_counter()
g = gazetteer.gazetteer()
seconds = time.perf_counter() - t0
peak = tracemalloc.get_traced_memory()[1] if trace else 0
rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
t = gazetteer.towns()
towns_seconds = time.perf_counter() - t0
towns_peak = tracemalloc.get_traced_memory()[1] if trace else 0
rss2 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
d = gazetteer.districts()
districts_seconds = time.perf_counter() - t0
districts_peak = tracemalloc.get_traced_memory()[1] if trace else 0
rss3 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "traced_peak": peak, "rss_before_kb": rss0,
                  "rss_after_kb": rss1, "entries": len(g), "keys": len(g.names),
                  "towns_seconds": towns_seconds, "towns_peak": towns_peak,
                  "rss_towns_kb": rss2, "towns": len(t.rows),
                  "districts_seconds": districts_seconds,
                  "districts_peak": districts_peak, "rss_districts_kb": rss3,
                  "districts": len(d.rows)}))
"""


def _load(trace: bool) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _LOAD, "1" if trace else "0"],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def _texts(paths: list[str]) -> list[str]:
    if not paths:
        return [
            p.read_text(encoding="utf-8")
            for p in sorted((ROOT / "examples").glob("*.txt"))
        ]
    texts = []
    for name in paths:
        path = Path(name)
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as f:
                texts += [json.loads(line)["text"] for line in f if line.strip()]
        else:
            texts.append(path.read_text(encoding="utf-8"))
    return texts


def main() -> None:
    """Print load time, load memory and throughput of the places stage."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "inputs", nargs="*", help="text or JSONL files (default: examples/)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="passes over the texts")
    args = parser.parse_args()

    plain = min((_load(False) for _ in range(3)), key=lambda r: r["seconds"])
    traced = _load(True)
    print(
        f"gazetteer load: {plain['seconds']:.3f} s (best of 3, fresh process), "
        f"{plain['entries']} entries, {plain['keys']} name keys"
    )
    print(
        f"load memory: tracemalloc peak {traced['traced_peak'] / 1e6:.1f} MB; "
        f"RSS {plain['rss_before_kb'] / 1024:.0f} -> "
        f"{plain['rss_after_kb'] / 1024:.0f} MB "
        f"(+{(plain['rss_after_kb'] - plain['rss_before_kb']) / 1024:.0f} MB)"
    )

    print(
        f"towns table (loaded only for articles naming a state): "
        f"{plain['towns_seconds']:.3f} s, {plain['towns']} towns, traced peak "
        f"{traced['towns_peak'] / 1e6:.1f} MB, "
        f"RSS -> {plain['rss_towns_kb'] / 1024:.0f} MB"
    )
    print(
        f"districts table (loaded only for articles naming a country): "
        f"{plain['districts_seconds']:.3f} s, {plain['districts']} districts, "
        f"traced peak {traced['districts_peak'] / 1e6:.1f} MB, "
        f"RSS -> {plain['rss_districts_kb'] / 1024:.0f} MB"
    )

    from newsfacts import places
    from newsfacts.knowledge.gazetteer import districts, gazetteer, towns
    from newsfacts.text import Document

    gazetteer()
    towns()  # loaded on first need; timed above, not here
    districts()
    texts = _texts(args.inputs)
    docs = [Document(t) for t in texts]
    chars = sum(len(t) for t in texts) * args.repeat
    found = 0
    t0 = time.process_time()
    for _ in range(args.repeat):
        for doc in docs:
            # A fresh Document per pass would time the text layer too; the
            # stage caches nothing on it, so reuse is fair.
            found += len(places.extract(doc).locations)
    cpu = time.process_time() - t0
    print(
        f"throughput: {chars / cpu:,.0f} chars per CPU second "
        f"({len(texts)} texts x {args.repeat}, {chars:,} chars, {cpu:.2f} CPU s, "
        f"{found // args.repeat} locations per pass)"
    )


if __name__ == "__main__":
    main()
