"""Time and memory of `parse_article` as input grows, up to 5 MB.

    python benchmarks/bench_scaling.py [--max-mb 5]

Prints CPU seconds and characters per CPU second for the example article
repeated to each size, plus adversarial inputs (long digit, space, capital and
punctuation runs). Linear time shows as a flat chars/s column.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import newsfacts

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = (ROOT / "examples" / "libya-2019.txt").read_text(encoding="utf-8")


def _time(text: str) -> float:
    start = time.process_time()
    newsfacts.parse_article(text, published="2019-11-26")
    return time.process_time() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--max-mb", type=float, default=5.0)
    args = ap.parse_args()
    newsfacts.warmup()
    print(f"{'input':28} {'chars':>10} {'cpu s':>8} {'chars/s':>10}")
    sizes = [250_000, 500_000, 1_000_000, 2_000_000, int(args.max_mb * 1_000_000)]
    for size in sorted({x for x in sizes if x <= args.max_mb * 1_000_000}):
        text = ((EXAMPLE + "\n\n") * (size // len(EXAMPLE) + 1))[:size]
        secs = _time(text)
        print(f"{'example repeated':28} {size:>10,} {secs:>8.2f} {size / secs:>10,.0f}")
    n = 1_000_000
    adversarial = {
        "digits": "1" * n,
        "spaces": " " * n,
        "capitals": "A" * n,
        "capitalised words": "Abc " * (n // 4),
        "dots": ". " * (n // 2),
        "dots without spaces": "." * n,
        "stops without spaces": "?!" * (n // 2),
        "lower-case transcript": EXAMPLE.lower().replace("\n", " ")
        * (n // len(EXAMPLE)),
        "dotted caps": "U.S. " * (n // 5),
        "open parens": "(" * n,
        "dashes": "- " * (n // 2),
        "html tags": "<b>" * (n // 3),
        "unclosed script": "<script>" * (n // 8),
        "dotted capital I and scripts": "İ <script>x</script> " * (n // 21),
        "numbers and commas": "1,000, " * (n // 7),
    }
    for name, text in adversarial.items():
        secs = _time(text)
        rate = len(text) / max(secs, 1e-9)
        print(f"{name:28} {len(text):>10,} {secs:>8.2f} {rate:>10,.0f}")


if __name__ == "__main__":
    main()
