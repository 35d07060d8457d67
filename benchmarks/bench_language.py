"""Benchmark the language layer: chunks + clauses, tokens per CPU second.

Usage: python benchmarks/bench_language.py [TEXT_OR_JSONL ...] [--tagged FILE]
                                           [--repeat N] [--scaling]

Texts (default: the articles under examples/; JSONL files are read for their
"text" field) are split into sentences and tagged outside the timed region;
the timed region is `clauses.parse` (chunking included) over the tagged
sentences, in CPU seconds (time.process_time). `--tagged FILE` reads
pre-tagged sentences instead ({"tokens": [...], "tags": [...]} per line).
`--scaling` times pathological sentences (no punctuation, a long list, nested
parentheses, nested relatives) at doubling sizes: a linear pass shows a steady
tokens-per-second figure across the sizes. `--analyse` times the whole of
`newsfacts.analyse` (tokeniser, tagger, chunks, clauses, view) on 1, 2 and 4 MB
of news text and of text with no punctuation, in characters per CPU second.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsfacts.language.clauses import parse
from newsfacts.language.tagger import tag_sentence
from newsfacts.text import Document

ROOT = Path(__file__).resolve().parent.parent

Sentence = tuple[list[str], list[str]]


def _texts(paths: list[str]) -> list[str]:
    if not paths:
        return [
            p.read_text(encoding="utf-8")
            for p in sorted((ROOT / "examples").glob("*.txt"))
        ]
    texts = []
    for name in paths:
        path = Path(name)
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as f:
                texts += [json.loads(line)["text"] for line in f if line.strip()]
        else:
            texts.append(path.read_text(encoding="utf-8"))
    return texts


def _tag_texts(texts: list[str]) -> list[Sentence]:
    out: list[Sentence] = []
    for text in texts:
        doc = Document(text)
        for span in doc.sentences:
            words = [t.text for t in doc.tokens_in(span.start, span.end)]
            if words:
                out.append((words, tag_sentence(words, headline=None)))
    return out


def _read_tagged(path: str) -> list[Sentence]:
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [(r["tokens"], r["tags"]) for r in rows]


def _time(sentences: list[Sentence], repeat: int) -> tuple[int, float, int]:
    tokens = sum(len(w) for w, _ in sentences) * repeat
    clauses = 0
    t0 = time.process_time()
    for _ in range(repeat):
        for words, tags in sentences:
            clauses += len(parse(words, tags).clauses)
    return tokens, time.process_time() - t0, clauses // repeat


_PATTERNS = {
    "no punctuation": ("rebels attacked the town".split(), "NNS VBD DT NN".split()),
    "long list": (["Russia", ","], ["NNP", ","]),
    "nested parentheses": (["(", "rebels"], ["(", "NNS"]),
    "nested relatives": (["the", "rebels", "who"], ["DT", "NNS", "WP"]),
}


def _scaling() -> None:
    print("scaling (tokens per CPU second at doubling sizes):")
    for name, (words, tags) in _PATTERNS.items():
        figures = []
        for times in (10_000, 20_000, 40_000, 80_000):
            w, t = words * times, tags * times
            t0 = time.process_time()
            parse(w, t)
            cpu = time.process_time() - t0
            figures.append(f"{len(w):,}: {len(w) / cpu:,.0f}")
        print(f"  {name:20} " + "; ".join(figures))


def _analyse_scaling(texts: list[str]) -> None:
    from newsfacts import analyse

    news = "\n\n".join(texts)
    plain = "rebels attacked the town and troops fled "
    print("analyse() (characters per CPU second at doubling sizes):")
    for name, unit in (("news", news + "\n\n"), ("no punctuation", plain)):
        figures = []
        for mb in (1, 2, 4):
            text = unit * (mb * 1_000_000 // len(unit) + 1)
            t0 = time.process_time()
            analyse(text)
            cpu = time.process_time() - t0
            figures.append(f"{len(text) / 1e6:.1f} MB: {len(text) / cpu:,.0f}")
        print(f"  {name:20} " + "; ".join(figures))


def main() -> None:
    """Print the throughput of chunks + clauses (and optionally their scaling)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", help="text or JSONL files")
    parser.add_argument("--tagged", help="JSONL of pre-tagged sentences")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the input")
    parser.add_argument("--scaling", action="store_true", help="time long sentences")
    parser.add_argument(
        "--analyse", action="store_true", help="time analyse() on 1-4 MB of text"
    )
    args = parser.parse_args()

    sentences = (
        _read_tagged(args.tagged) if args.tagged else _tag_texts(_texts(args.inputs))
    )
    _time(sentences, 1)  # load the data files (lexicon, lemmas) untimed
    tokens, cpu, clauses = _time(sentences, args.repeat)
    print(
        f"chunks + clauses: {tokens / cpu:,.0f} tokens per CPU second "
        f"({len(sentences)} sentences x {args.repeat}, {tokens:,} tokens, "
        f"{cpu:.2f} CPU s, {clauses} clauses per pass)"
    )
    if args.scaling:
        _scaling()
    if args.analyse:
        _analyse_scaling(_texts(args.inputs))


if __name__ == "__main__":
    main()
