"""Throughput of the actors stage alone, in characters per CPU second on one core.

Usage: python benchmarks/bench_actors.py [--corpus FILE.jsonl] [--repeat N]
       python benchmarks/bench_actors.py --scaling [--max-kb 1024]
       python benchmarks/bench_actors.py --memory [--memory-kb 1024]

Reads news text from a JSONL file of {"text": ...} objects (default: the GMB
development documents next to the project, when present) or falls back to the
example articles. The places stage runs once per text beforehand (its findings
are an input of the actors stage); each round then builds a fresh `Document`,
so tokenising and sentence splitting are counted, and runs `actors.extract`.
The best of N rounds is reported.

With `--scaling`, the stage alone on news of growing size and on the hostile
shapes of `bench_stages.py` (Title Case every word, ALL CAPS, lists of names,
many distinct people, ...): characters per CPU second for each, the text layer
(tokens, sentences) excluded. Linear time shows as a flat column.

With `--memory`, the stage once on news of the given size under `tracemalloc`:
its peak beyond what was allocated before it (in bytes per input character),
and the source lines that hold the most at its end, where the peak falls (the
word layer and what the steps built over it are all alive then).
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from pathlib import Path
from typing import Any

from newsfacts import actors, places
from newsfacts.places import PlaceFindings
from newsfacts.text import Document

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "ner" / "dev" / "gmb_dev.jsonl"


def load_texts(corpus: Path) -> list[str]:
    """The `text` of every JSONL line of `corpus`, else the example articles."""
    if corpus.is_file():
        with corpus.open(encoding="utf-8") as f:
            return [json.loads(line)["text"] for line in f if line.strip()]
    return [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))
    ]


def run(items: list[tuple[str, PlaceFindings]]) -> float:
    """CPU seconds for one pass of the actors stage over `items`."""
    start = time.process_time()
    for text, found in items:
        actors.extract(Document(text), found)
    return time.process_time() - start


def stage_rate(text: str, rounds: int = 2) -> float:
    """Characters per CPU second of the actors stage alone on `text` (best of
    `rounds`), the places findings and the text layer made beforehand."""
    found = places.extract(Document(text))
    best = float("inf")
    for _ in range(rounds):
        doc = Document(text)
        _ = doc.tokens, doc.sentences, doc.dateline
        start = time.process_time()
        actors.extract(doc, found)
        best = min(best, time.process_time() - start)
    return len(text) / max(best, 1e-9)


def scaling(max_kb: int) -> None:
    """Print the stage's rate on news by size and on hostile shapes."""
    from bench_stages import hostile, news_of, news_texts

    texts = news_texts()
    sizes = [kb for kb in (1, 16, 256, 1024) if kb <= max_kb]
    rows = [(f"news {kb} KB", news_of(kb * 1024, texts)) for kb in sizes]
    for kb in sorted({16, min(256, max_kb)}):
        rows += [(f"{name} ({kb} KB)", text) for name, text in hostile(kb * 1024)]
    for label, text in rows:
        print(f"{label:38} {len(text):>9,} {stage_rate(text):>12,.0f} chars / CPU s")


def memory(kb: int, top: int = 12) -> None:
    """Print the stage's peak allocation on `kb` KB of news and the lines
    holding the most when it ends."""
    from bench_stages import news_of, news_texts

    text = news_of(kb * 1024, news_texts())
    found = places.extract(Document(text))
    actors.extract(Document(text[:4096]), found)  # load the lexicons first
    doc = Document(text)
    _ = doc.tokens, doc.sentences, doc.dateline
    held: list[tracemalloc.Snapshot] = []
    from newsfacts.actors import stage

    build = stage.groups  # the stage's last step

    def last_step(*args: Any, **kwargs: Any) -> Any:
        out = build(*args, **kwargs)
        held.append(tracemalloc.take_snapshot())
        return out

    stage.groups = last_step
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    try:
        actors.extract(doc, found)
    finally:
        stage.groups = build
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    print(f"characters      {len(text):,}")
    print(f"peak            {peak / 1e6:.1f} MB ({peak / len(text):.1f} bytes/char)")
    print("held at the last step, by line:")
    for stat in held[0].statistics("lineno")[:top]:
        frame = stat.traceback[0]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        print(f"  {where:28} {stat.size / 1e6:8.1f} MB {stat.count:>10,} blocks")


def main() -> None:
    """Print characters per CPU second (best of N rounds)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--scaling", action="store_true")
    parser.add_argument("--max-kb", type=int, default=1024)
    parser.add_argument("--memory", action="store_true")
    parser.add_argument("--memory-kb", type=int, default=1024)
    args = parser.parse_args()
    if args.scaling:
        scaling(args.max_kb)
        return
    if args.memory:
        memory(args.memory_kb)
        return
    texts = load_texts(args.corpus)
    items = [(t, places.extract(Document(t))) for t in texts]
    chars = sum(len(t) for t in texts)
    run(items[:3])  # warm-up: loads the lexicons once
    best = min(run(items) for _ in range(args.repeat))
    found = sum(len(actors.extract(Document(t), f)) for t, f in items)
    print(f"documents       {len(texts)}")
    print(f"characters      {chars}")
    print(f"actors          {found}")
    print(f"best CPU s      {best:.3f}")
    print(f"chars / CPU s   {chars / best:,.0f}")


if __name__ == "__main__":
    main()
