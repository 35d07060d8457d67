"""Cost of `import newsfacts`, of the first call, and of a warm parse of the example.

    python benchmarks/bench_import.py

Each import is timed in a fresh interpreter (median of 7); the warm parse is the
median of 30 calls after `warmup()`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "libya-2019.txt"


def _fresh(code: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return float(out)


def main() -> None:
    baseline = statistics.median(
        _fresh("import time; t=time.perf_counter(); print(time.perf_counter()-t)")
        for _ in range(7)
    )
    imp = statistics.median(
        _fresh(
            "import time; t=time.perf_counter(); import newsfacts; "
            "print(time.perf_counter()-t)"
        )
        for _ in range(7)
    )
    first = statistics.median(
        _fresh(
            "import time, newsfacts; t=time.perf_counter(); "
            f"newsfacts.parse_article(open({str(EXAMPLE)!r}).read(), "
            "published='2019-11-26'); print(time.perf_counter()-t)"
        )
        for _ in range(3)
    )
    import newsfacts

    text = EXAMPLE.read_text(encoding="utf-8")
    newsfacts.warmup()
    runs = []
    for _ in range(30):
        t = time.perf_counter()
        newsfacts.parse_article(text, published="2019-11-26")
        runs.append(time.perf_counter() - t)
    warm = statistics.median(runs)
    print(f"import newsfacts        {1000 * (imp - baseline):8.1f} ms")
    print(f"first parse (cold data) {1000 * first:8.1f} ms")
    print(f"warm parse of example   {1000 * warm:8.2f} ms  ({len(text):,} chars)")


if __name__ == "__main__":
    main()
