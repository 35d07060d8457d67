"""The places stage's own tokens: cut a piece of text at a time in C-level
steps, they are the token pattern's matches over the whole text."""

from __future__ import annotations

from array import array

import pytest

from newsfacts.places import tokens as pt
from newsfacts.text import normalise

_NEWS = (
    "TRIPOLI, Libya (AP) - Forces loyal to the U.S.-backed government "
    "shelled Tripoli-based militias on Nov. 26, killing 12 people in Ta'if.\n"
)
CASES = [
    ("one line", _NEWS),
    ("many pieces", _NEWS * 400),
    ("no white space", "x" * (3 * pt._PIECE)),
    ("marks after spaces", "caf\u00e9 \u0301abc \u0300 na\u0308ive " * 3000),
    ("white space only", " \n\t " * 5000),
    # ASCII pieces are cut by the standard library's engine, the others not
    ("ascii around accents", _NEWS * 30 + "Z\u00fcrich, S\u00e3o Paulo " + _NEWS * 30),
    ("every ascii character", " ".join(chr(c) * 3 + "a1" for c in range(128)) * 20),
    ("control characters", "a\x1c\x1fb\x00 U.S.\x0b24th \x7f-x " * 500),
    ("empty", ""),
]


@pytest.mark.parametrize(("name", "text"), CASES, ids=[c[0] for c in CASES])
def test_cut_gives_the_token_pattern_matches(name: str, text: str) -> None:
    norm = normalise(text)
    starts: array[int] = array("i")
    words: list[str] = []
    spellings: dict[str, str] = {}
    pt._cut(norm, starts, words, spellings)
    found = [(m.start(), m.group()) for m in pt._TOKEN.finditer(norm)]
    assert list(zip(starts, words, strict=True)) == found
    # each spelling is one string, however often it is written
    assert all(spellings[w] is w for w in words)


def test_sentence_openings_follow_their_punctuation() -> None:
    from newsfacts.knowledge.gazetteer import gazetteer
    from newsfacts.text import Document

    text = 'Rebels took Aleppo. "We won," said Ali.\nDamascus denied it: no.'
    toks = pt.PlaceTokens(Document(text), gazetteer())
    words = toks.words
    opening = [i for i in range(len(words)) if i in toks.sentence_initial]
    expected = {0, words.index("Damascus")} | {
        i for i in range(1, len(words)) if words[i - 1] in pt._SENTENCE_PUNCT
    }
    assert opening == sorted(expected)
    assert "We" in [words[i] for i in opening]
