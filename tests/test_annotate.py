"""Document-level tags: one Penn tag per token, computed once per document."""

from __future__ import annotations

import pytest

from newsfacts.language import annotate
from newsfacts.language.annotate import sentence_words, tags_between, token_tags
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


_SEVERAL = (
    "REBELS ATTACK CONVOY\nKABUL, Afghanistan (AP) -- Gunmen killed two guards "
    "on Monday. Police said the attack was planned. They talk often."
)


@pytest.mark.parametrize(
    "whole_first", [False, True], ids=["parts-first", "whole-first"]
)
def test_tags_between_gives_the_documents_tags(whole_first: bool) -> None:
    reference = token_tags(Document(_SEVERAL))
    doc = Document(_SEVERAL)
    if whole_first:
        assert list(token_tags(doc)) == list(reference)
    n = len(doc.tokens)
    for lo in range(n):
        for hi in (lo + 1, min(n, lo + 7), n):
            assert list(tags_between(doc, lo, hi)) == list(reference[lo:hi])
    assert list(token_tags(doc)) == list(reference)


@pytest.mark.parametrize(
    "before", ["nothing", "a-part", "the-whole"], ids=["fresh", "part", "whole"]
)
def test_sentence_words_give_the_documents_words_and_tags(before: str) -> None:
    reference = token_tags(Document(_SEVERAL))
    doc = Document(_SEVERAL)
    if before == "a-part":
        tags_between(doc, 3, 5)
    elif before == "the-whole":
        token_tags(doc)
    for _span, lo, hi, starts, ends, words, tags in sentence_words(doc):
        assert list(tags) == list(reference[lo:hi])
        assert words == [t.text for t in doc.tokens[lo:hi]]
        assert list(starts) == [t.start for t in doc.tokens[lo:hi]]
        assert ends == [t.end for t in doc.tokens[lo:hi]]
    # Read to the end, they leave the document's tags kept, as `token_tags`
    # would have.
    kept = vars(doc)["_language_token_tags"]
    assert list(kept) == list(reference)
    assert token_tags(doc) is kept


def test_sentence_words_tag_each_sentence_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tagged: list[list[str]] = []
    real = annotate.tag_sentence

    def counting(words: list[str], *, headline: bool | None = False) -> list[str]:
        tagged.append(list(words))
        return real(words, headline=headline)

    monkeypatch.setattr(annotate, "tag_sentence", counting)
    doc = Document("Rebels attacked a convoy. Police said so. They talk often.")
    assert len(list(sentence_words(doc))) == 3
    assert len(tagged) == 3
    token_tags(doc)  # kept: not tagged again
    assert len(tagged) == 3


def test_tags_between_tags_only_the_sentences_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tagged: list[list[str]] = []
    real = annotate.tag_sentence

    def counting(words: list[str], *, headline: bool | None = False) -> list[str]:
        tagged.append(list(words))
        return real(words, headline=headline)

    monkeypatch.setattr(annotate, "tag_sentence", counting)
    doc = Document("Rebels attacked a convoy. Police said so. They talk often.")
    k = next(i for i, t in enumerate(doc.tokens) if t.text == "said")
    assert list(tags_between(doc, k, k + 1)) == ["VBD"]
    assert tagged == [["Police", "said", "so", "."]]
    tags_between(doc, k - 1, k + 2)  # the same sentence: not tagged again
    assert len(tagged) == 1
    whole = token_tags(doc)  # the two other sentences only
    assert len(tagged) == 3
    assert whole[k] == "VBD"


@pytest.mark.parametrize(
    ("text", "index", "tag"),
    [
        ("Hundreds rally against government in Lagos\n\nThe rally was calm.", 1, "VBP"),
        ("Police fire was heard in Lagos.\nThe rally was calm.", 1, "NN"),
    ],
    ids=["first-line-without-a-stop", "sentence-with-a-stop"],
)
def test_a_first_line_without_a_stop_is_a_title(
    text: str, index: int, tag: str
) -> None:
    """A first line with no final stop is read as a title, whatever its case."""
    assert token_tags(Document(text))[index] == tag
