"""Per-stage cost per character, by input size and for hostile input shapes.

    python benchmarks/bench_stages.py [--max-kb 1024] [--hostile-kb 256]

Real news: the development texts next to the project (../shared/eval: the
GeoWebNews, TR-News and GMB documents) concatenated into articles of 1 KB,
16 KB, 256 KB and 1 MB (the example article repeated when those texts are
absent). Hostile shapes: Title Case every word, ALL CAPS, lists of names, many
dates, no punctuation, one long sentence of actors, many distinct people.

Each row gives CPU microseconds per 1,000 characters for every stage (the text
layer is what the whole parse costs beyond the stages), the total, and the
ratio of the total to that of 16 KB of news: linear time shows as a flat
column, and no hostile shape should cost more than three times news.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import newsfacts

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
EXAMPLE = (ROOT / "examples" / "libya-2019.txt").read_text(encoding="utf-8")
CORPORA = ("geo/dev/geowebnews.jsonl", "geo/dev/trnews.jsonl", "ner/dev/gmb_dev.jsonl")
STAGES = (
    ("dates", "find_published"),
    ("dates", "extract"),
    ("places", "extract"),
    ("actors", "extract"),
    ("events", "find"),
)


def news_texts(corpora: Sequence[str] = CORPORA) -> list[str]:
    """Development news documents (of `corpora`, under ../shared/eval), else
    the example article."""
    out: list[str] = []
    for rel in corpora:
        path = SHARED / rel
        if path.exists():
            with path.open(encoding="utf-8") as lines:
                out.extend(json.loads(line)["text"] for line in lines if line.strip())
    return out or [EXAMPLE]


def news_of(size: int, texts: list[str]) -> str:
    """Whole documents joined by blank lines up to `size` characters."""
    parts: list[str] = []
    total = 0
    n = 0
    while total < size:
        t = texts[n % len(texts)]
        parts.append(t)
        total += len(t) + 2
        n += 1
    return "\n\n".join(parts)[:size]


def hostile(size: int) -> Iterator[tuple[str, str]]:
    """Hostile input shapes of about `size` characters."""

    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    words = EXAMPLE.split()
    yield "Title Case every word", fill(" ".join(w.capitalize() for w in words) + " ")
    yield "ALL CAPS", fill(EXAMPLE.upper() + "\n\n")
    yield "lists of names", fill("John Smith, Maria Garcia, Wei Zhang, Ahmed Khan and ")
    yield "many dates", fill("on Monday, March 3, 2014, and in May 2015 and 1998-99, ")
    yield (
        "no punctuation",
        fill(" ".join(w.strip(".,;:\"'()").lower() for w in words) + " "),
    )
    yield "one sentence of actors", fill("officials met rebels and ")
    people = (f"Person{n:05d} Surname{n:05d} of Country said. " for n in range(10**6))
    text = ""
    while len(text) < size:
        text += next(people)
    yield "many distinct people", text[:size]


class StageClock:
    """Wraps the stage functions the pipeline calls and adds up their CPU time."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self._saved: list[tuple[Any, str, Callable[..., Any]]] = []

    def __enter__(self) -> StageClock:
        import importlib

        for mod_name, fn_name in STAGES:
            mod = importlib.import_module(f"newsfacts.{mod_name}")
            fn = getattr(mod, fn_name)
            self._saved.append((mod, fn_name, fn))
            setattr(mod, fn_name, self._wrap(mod_name, fn))
        return self

    def _wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.spent[name] = self.spent.get(name, 0.0) + time.process_time() - t0

        return timed

    def __exit__(self, *exc: object) -> None:
        for mod, fn_name, fn in self._saved:
            setattr(mod, fn_name, fn)


def measure(text: str) -> dict[str, float]:
    """CPU seconds per stage, and the total, for one parse of `text`."""
    with StageClock() as clock:
        t0 = time.process_time()
        newsfacts.parse_article(text, published="2019-11-26")
        total = time.process_time() - t0
    out = dict(clock.spent)
    out["text"] = max(total - sum(out.values()), 0.0)
    out["total"] = total
    return out


def main() -> None:
    """Print the scaling table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-kb", type=int, default=1024)
    ap.add_argument("--hostile-kb", type=int, default=256)
    args = ap.parse_args()
    newsfacts.warmup()
    texts = news_texts()
    names = ["text", "dates", "places", "actors", "events", "total"]
    print(
        f"{'input':26} {'chars':>9} " + " ".join(f"{n:>8}" for n in names) + "  ratio"
    )
    print(f"{'':26} {'':>9} {'(CPU microseconds per 1,000 characters)':>54}")
    base = None
    rows: list[tuple[str, str]] = [
        (f"news {kb} KB", news_of(kb * 1024, texts))
        for kb in (1, 16, 256, 1024)
        if kb <= args.max_kb
    ]
    rows += list(hostile(args.hostile_kb * 1024))
    for label, text in rows:
        try:
            got = measure(text)
        except Exception as exc:  # a crash is a finding, not the end of the table
            print(f"{label:26} {len(text):>9,} {type(exc).__name__}: {exc}"[:120])
            continue
        per = {k: 1e9 * v / max(len(text), 1) for k, v in got.items()}
        if label == "news 16 KB":
            base = per["total"]
        ratio = f"{per['total'] / base:5.2f}" if base else "    -"
        cells = " ".join(f"{per.get(n, 0.0):8.0f}" for n in names)
        print(f"{label:26} {len(text):>9,} {cells}  {ratio}")


if __name__ == "__main__":
    main()
