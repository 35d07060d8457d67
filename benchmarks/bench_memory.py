"""Peak memory of `parse_article` on long articles, and what holds it.

    python benchmarks/bench_memory.py [--sizes 1,10] [--source examples|shared]
    python benchmarks/bench_memory.py --stages [--sizes 1]

Each size (in MB of characters) runs in a fresh interpreter, so the peak
resident set (`resource.getrusage(...).ru_maxrss`) belongs to that size alone.
The text is news concatenated to the size: the example articles
(`--source examples`, the default) or the development texts beside the project
(`--source shared`, ../shared/eval, skipped when absent). Printed per size: the
resident set after `warmup()` with the text built (the floor), the peak during
the call, and the growth per input character. Memory that grows slowly with the
text shows as a small, flat bytes/char column.

`--stages` traces allocations (`tracemalloc`, slow) through the text layer and
each stage in turn, and prints what each piece keeps alive and its transient
peak, to find what holds memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
CORPORA = (
    "events/dev/petr2_gsr.jsonl",
    "events/dev/plover_gsr.jsonl",
    "ner/dev/gmb_dev.jsonl",
    "geo/dev/geowebnews.jsonl",
    "geo/dev/trnews.jsonl",
)
PUBLISHED = dt.date(2019, 11, 26)
MB = 1_000_000


def _texts(source: str) -> list[str]:
    if source == "shared":
        out: list[str] = []
        for name in CORPORA:
            path = SHARED / name
            if path.is_file():
                with path.open(encoding="utf-8") as f:
                    for line in f:
                        row = json.loads(line) if line.strip() else None
                        if isinstance(row, dict) and isinstance(row.get("text"), str):
                            out.append(row["text"])
        if out:
            return out
        print("# ../shared/eval absent: using the examples", file=sys.stderr)
    return [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("examples/*.txt"))]


def build(size: int, source: str) -> str:
    """News articles joined by blank lines, cut to `size` characters."""
    texts = _texts(source)
    parts: list[str] = []
    total = 0
    while total < size:
        for t in texts:
            parts.append(t)
            total += len(t) + 2
            if total >= size:
                break
    return "\n\n".join(parts)[:size]


def _rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / MB


def child(size: int, source: str) -> None:
    """Measure one size in this process and print a JSON line."""
    import newsfacts

    newsfacts.warmup()
    text = build(size, source)
    floor = _rss_mb()
    article = newsfacts.parse_article(text, published=PUBLISHED)
    peak = _rss_mb()
    print(
        json.dumps(
            {
                "chars": len(text),
                "floor_mb": floor,
                "peak_mb": peak,
                "events": len(article.events),
            }
        )
    )


def _traced(label: str, fn: Callable[[], Any]) -> Any:
    tracemalloc.reset_peak()
    before, _ = tracemalloc.get_traced_memory()
    result = fn()
    after, peak = tracemalloc.get_traced_memory()
    print(
        f"{label:32} keeps {(after - before) / MB:8.1f} MB   "
        f"transient peak {(peak - before) / MB:8.1f} MB"
    )
    return result


def stages(size: int, source: str) -> None:
    """Trace what the text layer and each stage keep alive and their peaks."""
    import newsfacts
    from newsfacts import actors, dates, events, places
    from newsfacts.text import Document

    newsfacts.warmup()
    text = build(size, source)
    print(
        f"# {len(text):,} characters; the text itself is {sys.getsizeof(text) / MB:.1f} MB"
    )
    tracemalloc.start()
    doc = _traced("Document (clean copy)", lambda: Document(text))
    _traced("Document.tokens", lambda: doc.tokens)
    _traced("Document.sentences", lambda: doc.sentences)
    _traced("Document.paragraphs", lambda: doc.paragraphs)
    found_dates = _traced("dates.extract", lambda: dates.extract(doc, PUBLISHED))
    found_places = _traced("places.extract", lambda: places.extract(doc))
    found_actors = _traced("actors.extract", lambda: actors.extract(doc, found_places))
    _traced(
        "events.extract",
        lambda: events.extract(doc, found_dates, found_places, found_actors, PUBLISHED),
    )
    cached = sorted(k for k in doc.__dict__ if not k.startswith("__"))
    print(f"# Document caches held at the end: {', '.join(cached)}")
    tracemalloc.stop()


def main() -> None:
    """Run each size in a fresh interpreter and print one line per size."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,10", help="comma-separated sizes in MB")
    ap.add_argument("--source", choices=("examples", "shared"), default="examples")
    ap.add_argument("--stages", action="store_true", help="trace each stage (slow)")
    ap.add_argument("--child", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        child(int(args.child * MB), args.source)
        return
    sizes = [float(s) for s in args.sizes.split(",")]
    if args.stages:
        for mb in sizes:
            stages(int(mb * MB), args.source)
        return
    print(f"{'MB':>5} {'chars':>12} {'floor MB':>9} {'peak MB':>9} {'bytes/char':>11}")
    for mb in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(mb), "--source", args.source],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        row = json.loads(out.strip().splitlines()[-1])
        growth = (row["peak_mb"] - row["floor_mb"]) * MB / row["chars"]
        print(
            f"{mb:>5g} {row['chars']:>12,} {row['floor_mb']:>9.0f} "
            f"{row['peak_mb']:>9.0f} {growth:>11.1f}"
        )


if __name__ == "__main__":
    main()
