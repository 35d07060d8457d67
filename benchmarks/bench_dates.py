"""Throughput of the dates stage alone, in characters per CPU second on one core.

Usage: python benchmarks/bench_dates.py [--corpus DIR] [--repeat N]

Reads news text from TimeML files under DIR (default: the TempEval-3 development
data next to the project, when present) or falls back to the example articles.
Each round builds a fresh `Document` (so sentence splitting is counted) and runs
`dates.extract`; the best of N rounds is reported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import time
from pathlib import Path

from newsfacts import dates
from newsfacts.text import Document

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "timex" / "dev"
REFERENCE = dt.date(2019, 11, 26)


def load_texts(corpus: Path) -> list[str]:
    """Plain text of each .tml file under `corpus`, else the example articles."""
    texts = []
    for path in sorted(corpus.rglob("*.tml")) if corpus.is_dir() else []:
        raw = path.read_text(encoding="utf-8", errors="replace")
        body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
        texts.append(html.unescape(re.sub(r"<[^>]++>", "", body)))
    if not texts:
        texts = [
            p.read_text(encoding="utf-8")
            for p in sorted((ROOT / "examples").glob("*.txt"))
        ]
    return texts


def run(texts: list[str]) -> float:
    """CPU seconds for one pass of the dates stage over `texts`."""
    start = time.process_time()
    for text in texts:
        dates.extract(Document(text), REFERENCE)
    return time.process_time() - start


def main() -> None:
    """Print characters per CPU second (best of N rounds)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    texts = load_texts(args.corpus)
    chars = sum(len(t) for t in texts)
    run(texts[:3])  # warm-up: compiles the patterns once
    best = min(run(texts) for _ in range(args.repeat))
    found = sum(len(dates.extract(Document(t), REFERENCE)) for t in texts)
    print(f"documents       {len(texts)}")
    print(f"characters      {chars}")
    print(f"expressions     {found}")
    print(f"cpu seconds     {best:.3f}  (best of {args.repeat})")
    print(f"chars/cpu-s     {chars / best:,.0f}")


if __name__ == "__main__":
    main()
