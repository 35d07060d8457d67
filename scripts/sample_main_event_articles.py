"""Draw the reproducible sample of news articles whose main event is hand-annotated.

The articles come from the development place corpora (JSONL, one article a line
with ``corpus``, ``doc_id`` and ``text``). Every article whose text has at least
``MIN_CHARS`` characters is eligible. The eligible ids of each corpus are sorted,
shuffled once with a fixed seed, and the first ``--n`` of the sample are taken
half from each corpus (more from one when the other has too few), so a larger
``--n`` extends the same sample instead of drawing a new one.

    python scripts/sample_main_event_articles.py \\
        ../shared/eval/geo/dev/geowebnews.jsonl ../shared/eval/geo/dev/trnews.jsonl

prints one ``corpus<TAB>doc_id`` line per sampled article, in sample order.
Only ids are printed, never text: the table built from them is
`benchmarks/data/main_events_dev.jsonl`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

__all__ = ["MIN_CHARS", "SEED", "eligible", "main", "sample"]

SEED = 20250611
MIN_CHARS = 400


def eligible(path: Path) -> tuple[str, list[str]]:
    """The corpus name of a JSONL file and the ids of its articles long enough."""
    corpus = path.stem
    ids: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            corpus = str(row.get("corpus") or corpus)
            if len(row.get("text") or "") >= MIN_CHARS:
                ids.append(str(row["doc_id"]))
    return corpus, sorted(set(ids), key=lambda i: (len(i), i))


def sample(pools: list[tuple[str, list[str]]], n: int) -> list[tuple[str, str]]:
    """`n` (corpus, doc_id) pairs, as even across the corpora as their sizes allow.

    Each corpus is shuffled with its own generator seeded from `SEED` and its
    name, and the corpora take turns, so the sample of one corpus never depends
    on the size of another.
    """
    queues: list[tuple[str, list[str]]] = []
    for corpus, ids in pools:
        order = list(ids)
        random.Random(f"{SEED}:{corpus}").shuffle(order)
        queues.append((corpus, order))
    out: list[tuple[str, str]] = []
    position = 0
    while len(out) < n and any(position < len(ids) for _, ids in queues):
        for corpus, ids in queues:
            if position < len(ids) and len(out) < n:
                out.append((corpus, ids[position]))
        position += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="JSONL article files")
    parser.add_argument("--n", type=int, default=100, help="articles to draw")
    args = parser.parse_args(argv)
    pools = [eligible(path) for path in args.corpora]
    for corpus, doc_id in sample(pools, args.n):
        sys.stdout.write(f"{corpus}\t{doc_id}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
