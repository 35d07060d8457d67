"""Benchmark the part-of-speech tagger: data load time and tokens per CPU second.

Usage: python benchmarks/bench_tagger.py [JSONL] [--repeat N]

The load figure is taken in a fresh subprocess so nothing is cached: the
lexicon, the rules and (separately) the inflection tables. Throughput is tokens
per CPU second (time.process_time) of `pos_tag` over pre-tokenised sentences:
by default the development set `../shared/eval/pos/dev/gmb_pos_dev.jsonl` when
it is there (its "tokens" field), else a built-in sample of news sentences.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "pos" / "dev" / "gmb_pos_dev.jsonl"

SAMPLE = [
    "The attack on the convoy killed five soldiers near Kandahar on Monday .",
    "Police said that the gunmen , who fled in a car , had not been identified .",
    "Rebels Attack Convoy Near Kabul",
    "BAGHDAD ( AP ) - A suicide bomber killed 20 people at a market , officials said .",
    "Afghan President Hamid Karzai met U.S.-led coalition commanders in Kabul .",
    "The talks with Iran resumed in Geneva after a 27-year-old envoy was arrested .",
    "Islam 's holiest sites were closed , and prices shot up 3.5 percent in 2009 .",
    "They do n't want a war , the minister told reporters .",
]

_LOAD = r"""
import time
t0 = time.perf_counter()
from newsfacts.language import tagger, morphology
tagger.pos_tag(["Warm", "up", "."])
t1 = time.perf_counter()
morphology.lemma("struck", "VBD")
t2 = time.perf_counter()
print(f"{t1 - t0:.3f} {t2 - t1:.3f}")
"""


def sentences(path: Path | None) -> list[list[str]]:
    """Pre-tokenised sentences from a JSONL file, or the built-in sample."""
    if path is not None and path.exists():
        with path.open(encoding="utf-8") as f:
            return [json.loads(line)["tokens"] for line in f if line.strip()]
    return [s.split() for s in SAMPLE] * 500


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEV)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    done = subprocess.run(
        [sys.executable, "-c", _LOAD],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    tagger_s, morph_s = done.stdout.split()
    print(
        f"load: tagger {tagger_s} s (import + lexicon + rules), morphology {morph_s} s"
    )

    sys.path.insert(0, str(ROOT))
    from newsfacts.language.tagger import pos_tag

    sents = sentences(args.data)
    source = args.data if args.data.exists() else "built-in sample"
    tokens = sum(len(s) for s in sents)
    pos_tag(["Warm", "up", "."])
    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.process_time()
        for s in sents:
            pos_tag(s)
        best = min(best, time.process_time() - t0)
    print(
        f"{source}: {len(sents)} sentences, {tokens} tokens, "
        f"{tokens / best:,.0f} tokens per CPU second (best of {args.repeat})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
