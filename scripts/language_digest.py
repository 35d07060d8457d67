"""Write everything the language layer makes of a set of texts, for a diff.

A change that should not change the language layer's output (a speed-up) is
checked by running this before and after it and comparing the two files:

    python scripts/language_digest.py ../shared/eval/ner/dev/gmb_dev.jsonl \\
        ../shared/eval/geo/dev ../shared/eval/events/dev \\
        --tagged ../shared/eval/pos/dev/gmb_pos_dev.jsonl > before.txt

For every text (`*.jsonl` rows with a `text` field, others skipped; directories
are walked in sorted order): `newsfacts.analyse(text)` down to every field of
every word, noun phrase, verb group and clause. For every sentence of
`--tagged` (JSONL of "tokens" and "tags"): the tagger's tags, and the chunks
and clauses over the given tags and over the tagger's.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import attrs

import newsfacts
from newsfacts.language.chunks import Chunks
from newsfacts.language.clauses import Structure, parse
from newsfacts.language.tagger import pos_tag


def _texts(paths: list[str]) -> Iterator[str]:
    for name in paths:
        path = Path(name)
        files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            with file.open(encoding="utf-8") as f:
                for line in f:
                    text = json.loads(line).get("text") if line.strip() else None
                    if isinstance(text, str):
                        yield text  # rows with no text (tagged tokens) are skipped


def _words(c: Chunks) -> str:
    w = c.words  # the per-token facts, without the derived class bits
    return repr((w.words, w.tags, w.low, w.clitic, w.possessive, w.aux_clitic))


def _structure(st: Structure) -> str:
    c = st.chunks
    return _words(c) + repr(
        (
            [attrs.astuple(p) for p in c.nps],
            [attrs.astuple(v) for v in c.verbs],
            [attrs.astuple(x) for x in st.clauses],
        )
    )


def _analysis(text: str, out: TextIO) -> None:
    a = newsfacts.analyse(text)
    out.write(repr(a) + "\n")
    for s in a.sentences:
        out.write(f"{s!r}\n{s.words!r}\n{_structure(s.structure)}\n")
        for ph in (*s.noun_phrases, *s.verb_groups):
            out.write(f"{ph!r} {attrs.astuple(ph.record)!r}\n")
        for cl in s.clauses:
            out.write(f"{cl!r} {(cl.start, cl.end, cl.text, cl.preps)!r}\n")


def main(argv: list[str] | None = None) -> int:
    """Write the digest of the texts and tagged sentences to standard output."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", help="JSONL files or directories")
    parser.add_argument("--tagged", help="JSONL of pre-tagged sentences")
    args = parser.parse_args(argv)
    out = sys.stdout
    for text in _texts(args.inputs):
        _analysis(text, out)
    if args.tagged:
        with open(args.tagged, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                row = json.loads(line)
                tags = pos_tag(row["tokens"])
                out.write(" ".join(tags) + "\n")
                out.write(_structure(parse(row["tokens"], row["tags"])) + "\n")
                out.write(_structure(parse(row["tokens"], tags)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
