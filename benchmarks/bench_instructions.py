"""Machine instructions of the language layer and of the events stage.

    python benchmarks/bench_instructions.py [--stage language|events] [--kb 60]

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
sentence (`language.sentences.iter_parsed`); `events` is the events stage of
`parse_article` (its language parse included). The garbage collector is off
while the workload runs: when a full collection falls inside it is a matter
of the whole process, not of the code measured. Without the counter the
script prints the workload's CPU seconds.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import functools
import gc
import time
from typing import Any

import newsfacts
import newsfacts.events as events_stage
from newsfacts.events.compose import speech_lemmas
from newsfacts.language.sentences import iter_parsed
from newsfacts.text import Document

CORPORA = ("geo/dev/geowebnews.jsonl", "ner/dev/gmb_dev.jsonl")
PUBLISHED = dt.date(2019, 1, 1)


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
    parser.add_argument("--stage", choices=("language", "events"), default="language")
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
        find = events_stage.find
        spent: list[float] = []

        def timed_find(*a: Any, **k: Any) -> Any:
            found: list[Any] = []
            spent.append(measured(lambda: found.append(find(*a, **k))))
            return found[0]

        events_stage.find = timed_find
        try:
            newsfacts.parse_article(text, published=PUBLISHED)
        finally:
            events_stage.find = find
        seconds = spent[0]
    print(f"{args.stage}: {len(text):,} chars, {seconds:.3f} CPU s")


if __name__ == "__main__":
    main()
