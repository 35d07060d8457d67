"""Search for inputs on which `parse_article` grows faster than linearly.

    python benchmarks/bench_linearity.py [--pairs] [--words N] [--seed S]

Each candidate is a short unit repeated into a long text and parsed at two
sizes (8,000 and 32,000 characters); when the CPU time grows more than 6 times
for 4 times the text, it is parsed again at 128,000 characters and reported if
it grows that fast again. Candidates: every pair of characters from a set of
classes (`--pairs`, about 1,100 candidates, ten minutes), and `--words N` units
of one to four news words and marks drawn at random (default 300). A linear
pipeline prints nothing but the count. tests/test_linear.py keeps every run
found here, and every single character class, as a regression test.
"""

from __future__ import annotations

import argparse
import itertools
import random
import time

import newsfacts

CHARS = [*"aA1.!?,;:-'\"()[]/<>&#@$%*_\n =+", "é", "中", "İ", "\u0301"]
_WORD_LIST = """
in the early late mid of Monday 1 12 1990 2019 to or and a half three years ago
next last this week month May March Jan. U.S. Mr. Gen. said met Tripoli Libya New
York City Street River President Obama Army Libyan National (AP) WASHINGTON — - ,
. ; : 's “ ” ( ) at 3 p.m. a.m. beginning end quarter first second fiscal year
decade century 1990s spring morning Published: Updated Nov. 26, on by from until
between every day times per Q1 H1 FY '19 percent % $ 5 million people killed
attacked Russia Moscow U.N. Security Council AT&T al-Thani O'Neill <b> </p> &nbsp;
<script> İ ß 中
"""
WORDS = [*_WORD_LIST.split(), "\n", "\n\n"]
SIZES = (8_000, 32_000, 128_000)
GROWTH = 6.0  # linear growth is 4x per step


def _cpu(text: str) -> float:
    start = time.process_time()
    newsfacts.parse_article(text, published="2019-11-26")
    return time.process_time() - start


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def check(unit: str) -> str | None:
    """A report line when `unit` repeated grows super-linearly, else None."""
    small, mid, big = SIZES
    a = _cpu(_repeat(unit, small))
    b = _cpu(_repeat(unit, mid))
    if b < 0.05 or b / max(a, 1e-3) <= GROWTH:
        return None
    c = _cpu(_repeat(unit, big))
    if c / max(b, 1e-3) <= GROWTH:
        return None
    return f"{unit!r:40} {a:8.3f} {b:8.3f} {c:8.3f} CPU s at {SIZES}"


def main() -> None:
    """Try the candidates and print the super-linear ones."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", action="store_true", help="every pair of char classes")
    ap.add_argument("--words", type=int, default=300, help="random word units")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    newsfacts.warmup()
    units: list[str] = []
    if args.pairs:
        units += ["".join(p) for p in itertools.product(CHARS, repeat=2)]
    rng = random.Random(args.seed)
    for _ in range(args.words):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 4))]
        units.append(" ".join(words) + rng.choice([" ", "", "\n"]))
    found = 0
    for unit in units:
        line = check(unit)
        if line is not None:
            found += 1
            print(line, flush=True)
    print(f"{found} of {len(units)} units grow super-linearly")


if __name__ == "__main__":
    main()
