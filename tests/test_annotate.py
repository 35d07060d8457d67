"""Document-level tags: one Penn tag per token, computed once per document."""

from __future__ import annotations

import pytest

from newsfacts.language.annotate import token_tags
from newsfacts.text import Document


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        pytest.param(
            "Rebels attacked a convoy on Monday.", "attacked", "VBD", id="verb"
        ),
        pytest.param("The attack on the convoy failed.", "attack", "NN", id="noun"),
        pytest.param(
            "Talks with Iran resumed.\n\nThey talk often.", "talk", "VBP", id="2nd"
        ),
        pytest.param("REBELS ATTACK CONVOY\n\nMore later.", "ATTACK", "VBP", id="caps"),
    ],
)
def test_each_token_gets_its_tag(text: str, word: str, tag: str) -> None:
    doc = Document(text)
    tags = dict(zip((t.text for t in doc.tokens), token_tags(doc), strict=True))
    assert tags[word] == tag


def test_tags_align_with_tokens_and_are_computed_once() -> None:
    doc = Document("KABUL, Afghanistan (AP) -- Gunmen killed two. Police said so.")
    first = token_tags(doc)
    assert len(first) == len(doc.tokens)
    assert token_tags(doc) is first


def test_empty_document_has_no_tags() -> None:
    assert list(token_tags(Document(""))) == []
