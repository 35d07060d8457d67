"""Throughput of the whole `parse_article` pipeline, in characters per CPU second.

Usage: python benchmarks/bench_pipeline.py [--copies N] [--repeat N] [--no-shared]

Two workloads, each the best of N rounds of CPU time (`time.process_time`, one
core): the example articles replicated into one long article (`--copies`
times), and, when the evaluation texts sit next to the project
(../shared/eval), every development sentence and document of the events, actors
and places sets, parsed one by one. The second workload is skipped when those
files are absent, so the benchmark runs anywhere. The target is 400,000
characters per CPU second. `--freeze` warms up with `warmup(freeze=True)`, as
the worker processes of `parse_articles` do.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections.abc import Sequence
from pathlib import Path

import newsfacts

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
CORPORA = (
    "events/dev/petr2_gsr.jsonl",
    "events/dev/plover_gsr.jsonl",
    "ner/dev/gmb_dev.jsonl",
    "geo/dev/geowebnews.jsonl",
    "geo/dev/trnews.jsonl",
)
TARGET = 400_000
PUBLISHED = dt.date(2019, 11, 26)


def example_texts() -> list[str]:
    """The example articles shipped with the project."""
    return [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))
    ]


def shared_texts() -> list[str]:
    """Texts of the development sets next to the project ([] when absent)."""
    out: list[str] = []
    for name in CORPORA:
        path = SHARED / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    text = json.loads(line).get("text")
                    if isinstance(text, str) and text.strip():
                        out.append(text)
    return out


def cpu_seconds(texts: Sequence[str]) -> float:
    """CPU seconds for one `parse_article` pass over `texts`."""
    start = time.process_time()
    for text in texts:
        newsfacts.parse_article(text, published=PUBLISHED)
    return time.process_time() - start


def report(label: str, texts: Sequence[str], repeat: int) -> float:
    """Print and return the characters per CPU second of `texts` (best of `repeat`)."""
    chars = sum(len(t) for t in texts)
    best = min(cpu_seconds(texts) for _ in range(repeat))
    rate = chars / best if best > 0 else float("inf")
    verdict = "ok" if rate >= TARGET else "BELOW TARGET"
    print(
        f"{label:<28} {len(texts):>6} texts {chars:>10,} chars "
        f"{best:8.3f} CPU s {rate:>12,.0f} chars/CPU s  {verdict}"
    )
    return rate


def main() -> None:
    """Run both workloads and print one line each."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=40, help="example article copies")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-shared", action="store_true", help="skip ../shared texts")
    parser.add_argument(
        "--freeze",
        action="store_true",
        help="warm up with freeze=True, as the workers of parse_articles do",
    )
    args = parser.parse_args()
    newsfacts.warmup(freeze=args.freeze)
    examples = example_texts()
    long_article = "\n\n".join(examples * args.copies)
    report(f"example x{args.copies}", [long_article], args.repeat)
    if not args.no_shared:
        texts = shared_texts()
        if texts:
            report("shared eval texts", texts, args.repeat)
        else:
            print("shared eval texts            absent, skipped")


if __name__ == "__main__":
    main()
