"""Machine instructions of the language layer and of each stage.

    python benchmarks/bench_instructions.py [--stage language|dates|places|actors|events] [--kb 60]

On a machine shared with other work, CPU seconds move by ten per cent or
more from one run to the next; the number of machine instructions a piece of
work takes does not. This benchmark runs one workload inside
`functools.reduce`, so that an instruction counter told to count only inside
that C function counts the workload alone, after the warm-up has loaded every
table:

    valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=functools_reduce --callgrind-out-file=/dev/null \\
        python benchmarks/bench_instructions.py --stage language

(run with PYTHONHASHSEED=0: the count is then the same from run to run). The
"Collected" line is the count. Workloads, on development news documents
(../shared/eval, the GeoWebNews and GMB texts; the example articles when they
are absent) joined up to `--kb` kilobytes: `language` tags and parses every
sentence (`language.sentences.iter_parsed`); `dates`, `places`, `actors` and
`events` are that stage's call inside `parse_article` (the events stage with
its language parse; a stage that reads a few sentences' tags tags those).
The garbage collector is off while the workload runs: when a full
collection falls inside it is a matter of the whole process, not of the code
measured. Without the counter the script prints the workload's CPU seconds.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import functools
import gc
import importlib
import time
from typing import Any

import newsfacts
from newsfacts.events.compose import speech_lemmas
from newsfacts.language.sentences import iter_parsed
from newsfacts.text import Document

CORPORA = ("geo/dev/geowebnews.jsonl", "ner/dev/gmb_dev.jsonl")
PUBLISHED = dt.date(2019, 1, 1)
# Each stage's entry point as `parse_article` calls it: (module, function).
STAGES = {
    "dates": ("newsfacts.dates", "extract"),
    "places": ("newsfacts.places", "extract"),
    "actors": ("newsfacts.actors", "extract"),
    "events": ("newsfacts.events", "find"),
}


def texts() -> list[str]:
    """Development news documents, else the example articles."""
    from bench_stages import news_texts

    return news_texts(CORPORA)


def article(docs: list[str], size: int) -> str:
    """Every seventh document (a spread of sources) joined up to `size` chars."""
    out = ""
    n = 0
    while len(out) < size:
        out += docs[(n * 7) % len(docs)] + "\n\n"
        n += 1
    return out


def measured(work: Any) -> float:
    """Run `work()` once inside `functools.reduce`, the garbage collector off;
    its CPU seconds."""
    gc.collect()
    gc.disable()
    start = time.process_time()
    try:
        functools.reduce(lambda _a, _b: work(), [0, 1])
    finally:
        gc.enable()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stage", choices=("language", *STAGES), default="language")
    parser.add_argument("--kb", type=int, default=60)
    args = parser.parse_args()
    docs = texts()
    text = article(docs, args.kb * 1000)
    warm = "\n\n".join(docs[-40:])
    if args.stage == "language":
        reporting = speech_lemmas()
        collections.deque(iter_parsed(Document(warm), reporting=reporting), 0)
        doc = Document(text)
        _ = doc.tokens, doc.sentences  # the text layer is not measured

        def work() -> None:
            collections.deque(iter_parsed(doc, reporting=reporting), 0)

        seconds = measured(work)
    else:
        newsfacts.parse_article(warm, published=PUBLISHED)
        module = importlib.import_module(STAGES[args.stage][0])
        name = STAGES[args.stage][1]
        entry = getattr(module, name)
        spent: list[float] = []

        def timed(*a: Any, **k: Any) -> Any:
            found: list[Any] = []
            spent.append(measured(lambda: found.append(entry(*a, **k))))
            return found[0]

        setattr(module, name, timed)
        try:
            newsfacts.parse_article(text, published=PUBLISHED)
        finally:
            setattr(module, name, entry)
        seconds = spent[0]
    print(f"{args.stage}: {len(text):,} chars, {seconds:.3f} CPU s")


if __name__ == "__main__":
    main()
