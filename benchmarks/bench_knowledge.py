"""Load time and look-up speed of the PETRARCH2 knowledge base.

Usage: python benchmarks/bench_knowledge.py [--repeat N]

Reports the CPU seconds each table takes to load on first use (in a fresh
process: the loaders run once), then the microseconds per look-up of an
official by full name and by surname, an organisation by name and by acronym,
and a role noun, best of N rounds of 10,000 calls each.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable

from newsfacts.knowledge import petrarch

ON = dt.date(2010, 6, 1)
LOOKUPS: dict[str, Callable[[], object]] = {
    "official, full name": lambda: petrarch.official("Vladimir Putin", ON),
    "official, surname": lambda: petrarch.official("Karzai", ON),
    "official, unknown": lambda: petrarch.official("John Smithson", ON),
    "organisation, name": lambda: petrarch.organization("Human Rights Watch"),
    "organisation, acronym": lambda: petrarch.organization("NATO"),
    "role noun": lambda: petrarch.agent("gunmen"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    for name, load in (
        ("officials", petrarch._officials),
        ("organisations", petrarch._organizations),
        ("role nouns", petrarch._agents),
    ):
        start = time.process_time()
        load()
        print(f"load {name}: {time.process_time() - start:.3f} s")
    calls = 10_000
    for name, lookup in LOOKUPS.items():
        best = float("inf")
        for _ in range(args.repeat):
            start = time.process_time()
            for _ in range(calls):
                lookup()
            best = min(best, time.process_time() - start)
        print(f"{name}: {best / calls * 1e6:.1f} us")


if __name__ == "__main__":
    main()
