"""Draw a reproducible random sample of Voice of America news sentences to annotate.

The source is a JSONL file of pseudo-documents (``{"doc_id", "text", ...}``) whose
text is tokenised with spaces around punctuation, one sentence per line, as the
Groningen Meaning Bank writes Voice of America news. Every sentence of every
document with at least ``MIN_WORDS`` words is eligible; the eligible sentences are
shuffled once with a fixed seed and the first ``--n`` are written, so a larger
``--n`` extends the same sample instead of drawing a new one. The sentences are
detokenised into natural text with general rules and are otherwise kept verbatim.

    python scripts/sample_voa_sentences.py DEV.jsonl --n 380 > sample.jsonl

Each output line is ``{"rank", "id", "doc_id", "index", "text"}`` where ``id`` is
``voa:<doc_id>.<index>`` and ``index`` counts the document's sentences from 0.
Only the sentence text is written, never the source's labels.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

__all__ = ["SEED", "detokenise", "eligible", "main", "sample"]

SEED = 20240529
MIN_WORDS = 6

# Tokens that close up to the word before them.
_ATTACH_LEFT = frozenset(
    {",", ".", ";", ":", "?", "!", ")", "]", "}", "%", "...", "n't", "N'T"}
)
# Clitics split off a word: Islam 's, they 're, we 've, I 'll, he 'd, I 'm.
_CLITICS = frozenset({"'s", "'re", "'ve", "'ll", "'d", "'m"})
# Tokens that close up to the word after them.
_ATTACH_RIGHT = frozenset({"(", "[", "{", "$", "#"})
# Tokens that close up on both sides: HIV / AIDS.
_ATTACH_BOTH = frozenset({"/"})
_QUOTE = '"'
_APOSTROPHE = "'"


def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def _quote_roles(tokens: list[str]) -> list[str]:
    """Say for every double quote whether it opens or closes.

    Quotes alternate inside a sentence. An odd count means a quotation runs over
    a sentence boundary: when the sentence ends on a quote, it closes a quotation
    opened in an earlier sentence, so the first quote closes.
    """
    positions = [i for i, tok in enumerate(tokens) if tok == _QUOTE]
    inside = len(positions) % 2 == 1 and tokens[-1] == _QUOTE
    roles: list[str] = []
    for _ in positions:
        roles.append("close" if inside else "open")
        inside = not inside
    return roles


def detokenise(tokenised: str) -> str:
    """Join a space-tokenised sentence back into natural text.

    Punctuation closes up to its word ("Islam 's" -> "Islam's", "do n't" ->
    "don't", "5 %" -> "5%", "$ 5" -> "$5", "( AP )" -> "(AP)"), quotes close up
    to the words they enclose, a period after a word that already ends in one
    ("U.S. .") is dropped, and every word is kept as it is.
    """
    tokens = tokenised.split()
    if not tokens:
        return ""
    roles = iter(_quote_roles(tokens))
    out: list[str] = []
    glue_next = False
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        if tok == "." and prev.endswith(".") and _is_word(prev):
            continue
        if tok == _QUOTE:
            role = next(roles)
            left, right = role == "close", role == "open"
        elif tok == _APOSTROPHE:
            # A lone apostrophe after a plural is a possessive: "the two countries '".
            possessive = prev[-1:] in ("s", "S", "z", "x")
            left, right = possessive, False
        elif tok in _ATTACH_BOTH:
            left, right = True, True
        else:
            left = tok in _ATTACH_LEFT or tok in _CLITICS
            right = tok in _ATTACH_RIGHT
        if out and not left and not glue_next:
            out.append(" ")
        out.append(tok)
        glue_next = right
    return "".join(out)


def _sentences(path: Path) -> Iterator[tuple[str, int, str]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            row = json.loads(line)
            for index, sentence in enumerate(row["text"].split("\n")):
                yield row["doc_id"], index, sentence


def eligible(path: Path) -> list[tuple[str, int, str]]:
    """Every sentence with at least MIN_WORDS words, in corpus order."""
    return [
        (doc_id, index, sentence)
        for doc_id, index, sentence in _sentences(path)
        if sum(_is_word(tok) for tok in sentence.split()) >= MIN_WORDS
    ]


def sample(path: Path, n: int, seed: int = SEED) -> list[dict[str, object]]:
    """The first n sentences of one seeded shuffle of all eligible sentences."""
    pool = eligible(path)
    random.Random(seed).shuffle(pool)
    rows: list[dict[str, object]] = []
    for rank, (doc_id, index, sentence) in enumerate(pool[:n], 1):
        rows.append(
            {
                "rank": rank,
                "id": f"voa:{doc_id}.{index}",
                "doc_id": doc_id,
                "index": index,
                "text": detokenise(sentence),
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "dev", type=Path, help="JSONL of tokenised VOA pseudo-documents"
    )
    parser.add_argument(
        "--n", type=int, default=380, help="sentences to draw (default 380)"
    )
    parser.add_argument("--seed", type=int, default=SEED, help=f"shuffle seed ({SEED})")
    args = parser.parse_args(argv)
    for row in sample(args.dev, args.n, args.seed):
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
