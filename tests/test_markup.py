"""Markup masking: blanks exactly the markup, keeps every offset, never more.

The masks are found on the text itself. Matching on a lower-cased copy moved
them whenever a character's lower case is longer ("İ" -> "i̇"): article text
was blanked and script content leaked into the analysis.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts.text import Document, normalise


def _clean(text: str) -> str:
    """What `normalise` does to text without markup: the one-to-one char map."""
    assert "<" not in text and "&" not in text
    return normalise(text)


# (before, markup, after): normalise(before + markup + after) must be
# clean(before) + blanks + clean(after), whatever `before` holds.
BLOCKS = [
    ("İstanbul police said ", "<script>track('x');</script>", " Officials met."),
    ("İİİİİİİİ ", "<style>p { color: red }</style>", "Talks resumed in Ankara."),
    ("Straße ", "<SCRIPT type='text/javascript'>a<b</Script >", "The vote passed."),
    ("ŉ ﬁ ǰ ", "<script>\nvar s = '<p>';\n</script>", "Rebels advanced."),
    ("KİEV ", "<b>", "Troops withdrew on Monday."),
    ("İ", "&nbsp;", "Turkey's İzmir"),
]


@pytest.mark.parametrize(
    ("before", "markup", "after"), BLOCKS, ids=[b[1][:20] for b in BLOCKS]
)
def test_mask_lies_exactly_over_the_markup(
    before: str, markup: str, after: str
) -> None:
    text = before + markup + after
    norm = normalise(text)
    assert len(norm) == len(text)
    assert norm[: len(before)] == _clean(before)
    assert norm[len(before) : len(before) + len(markup)].strip() == ""
    assert norm[len(before) + len(markup) :] == _clean(after)


@pytest.mark.parametrize(
    "text",
    [
        # A story about web attacks: the tag is quoted, never closed.
        "Attackers injected a <script> tag into the bank's login page. "
        "Officials in London said customer data was safe.",
        "The flaw lets a <style> element restyle the page. Microsoft issued a fix.",
        # Truncated HTML: the tag itself is cut off.
        "Police in Lagos arrested two men on Monday. <script src='x.js'",
        "Analysts warned that <script without a closing bracket breaks filters.",
    ],
)
def test_unclosed_script_or_style_masks_only_itself(text: str) -> None:
    norm = normalise(text)
    assert len(norm) == len(text)
    for word in ("Officials", "Microsoft", "Police", "Analysts", "filters", "safe"):
        if word in text:
            i = text.index(word)
            assert norm[i : i + len(word)] == word
    # Everything after the opening tag's end survives.
    tag_end = text.find(">", text.find("<")) + 1 or text.find("<")
    assert norm[tag_end:] == text[tag_end:]


def test_unclosed_script_keeps_the_article_facts() -> None:
    text = (
        "Hackers planted a <script> tag on the ministry site on Monday.\n\n"
        "Officials in Kenya said the attack came from Nigeria."
    )
    article = newsfacts.parse_article(text, published="2019-11-26")
    names = {loc.name for loc in article.locations}
    assert {"Kenya", "Nigeria"} <= names


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # An unclosed <style> before a closed script block: only its tag goes.
        ("a <style> b <script>y()</script> c", ["a", "b", "c"]),
        # As in HTML, a script runs to the first closing tag.
        ("a <script> b </script> c <script>d", ["a", "c", "d"]),
        ("a <style>x{}</style> b <style> c", ["a", "b", "c"]),
    ],
)
def test_blocks_and_unclosed_tags_mixed(text: str, words: list[str]) -> None:
    assert normalise(text).split() == words


def test_script_content_does_not_split_paragraphs() -> None:
    """Tags inside a script are code: they make no paragraph break."""
    text = "First words <script>document.write('<p>');</script>go on here."
    doc = Document(text)
    assert len(doc.paragraphs) == 1


# Text with markup pieces, characters whose case mapping changes length, and the
# characters the clean-up maps.
PIECES = st.sampled_from(
    [
        "<script>",
        "</script>",
        "<SCRIPT type=x>",
        "</Script >",
        "<style>",
        "</style>",
        "<script",
        "<p>",
        "</p>",
        "<br/>",
        "<b>",
        "<",
        ">",
        "&nbsp;",
        "&",
        "İ",
        "ŉ",
        "ﬁ",
        "ß",
        "ẞ",
        "Σ",
        "“",
        "—",
        "\u00a0",
        "\r\n",
        " ",
        "\n",
        "Officials",
        "met.",
    ]
)
MARKUP_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=MARKUP_TEXT)
def test_clean_copy_has_the_text_length(text: str) -> None:
    norm = normalise(text)
    assert len(norm) == len(text)
    for raw, clean in zip(text, norm, strict=True):
        # Each character is kept, mapped one-to-one, or blanked.
        assert clean in (normalise(raw), " ", "\n")


@settings(max_examples=200, deadline=None)
@given(
    before=st.text(max_size=30).filter(lambda s: "<" not in s and "&" not in s),
    body=st.text(max_size=30).filter(lambda s: "</" not in s),
    after=st.text(max_size=30).filter(lambda s: "<" not in s and "&" not in s),
    name=st.sampled_from(["script", "style", "SCRIPT", "Style"]),
)
def test_block_mask_is_exact_for_any_text(
    before: str, body: str, after: str, name: str
) -> None:
    markup = f"<{name}>{body}</{name}>"
    norm = normalise(before + markup + after)
    assert norm == _clean(before) + " " * len(markup) + _clean(after)
