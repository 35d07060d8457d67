"""Throughput of the actors stage alone, in characters per CPU second on one core.

Usage: python benchmarks/bench_actors.py [--corpus FILE.jsonl] [--repeat N]

Reads news text from a JSONL file of {"text": ...} objects (default: the GMB
development documents next to the project, when present) or falls back to the
example articles. The places stage runs once per text beforehand (its findings
are an input of the actors stage); each round then builds a fresh `Document`,
so tokenising and sentence splitting are counted, and runs `actors.extract`.
The best of N rounds is reported.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

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


def main() -> None:
    """Print characters per CPU second (best of N rounds)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
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
