"""Actors stage: the word layer (possessives split off, abbreviations joined,
hyphenated adjectives), read in bulk for plain tokens and token by token near
an apostrophe or a period, with the same words either way."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.actors import word as wl_word
from newsfacts.actors import words as wl
from newsfacts.findings import PlaceFindings
from newsfacts.text import Document

NO_PLACES = PlaceFindings((), ())

Row = tuple[str, bool]  # word text, possessive


def layer_rows(text: str) -> list[Row]:
    return [(w.text, w.poss) for w in wl.build_words(Document(text), NO_PLACES).words]


CASES: list[tuple[str, list[Row]]] = [
    ("Haftar's forces", [("Haftar", True), ("forces", False)]),
    ("Islam 's militants", [("Islam", True), ("militants", False)]),
    ("the Kurdistan Workers' Party", [("the", False), ("Kurdistan", False),
     ("Workers", True), ("Party", False)]),
    ("Gen. Khalifa Haftar", [("Gen.", False), ("Khalifa", False), ("Haftar", False)]),
    ("George W. Bush said", [("George", False), ("W.", False), ("Bush", False),
     ("said", False)]),
    ("the U.N.-backed government", [("the", False), ("U.N.", False), ("-", False),
     ("backed", False), ("government", False)]),
    ("He left. Then", [("He", False), ("left", False), (".", False), ("Then", False)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), CASES, ids=[c[0] for c in CASES])
def test_words_of_news_phrasings(text: str, rows: list[Row]) -> None:
    assert layer_rows(text) == rows


def test_the_first_part_of_a_hyphenated_adjective_is_no_name() -> None:
    layer = wl.build_words(Document("the U.N.-backed government"), NO_PLACES)
    first = layer.words[1]
    assert first.compound and not first.is_cap
    assert not layer.words[0].compound


def test_a_word_ends_where_its_text_ends() -> None:
    text = "Haftar's troops and Gen. Ali's men, the Workers' Party."
    for w in wl.build_words(Document(text), NO_PLACES).words:
        assert text[w.start : w.end] == w.text


_PIECES = ["Haftar", "'s", "'", "s", "Gen", ".", "W", "Bush", "U.N.", "-", "backed",
           "Workers", "Party", "the", "Mr", "al-Thani", ",", "People", "said", "St"]  # fmt: skip


def _fields(w: wl.Word) -> tuple[object, ...]:
    return (w.start, w.end, w.text, w.poss, w.compound, w.is_cap, w.given, w.stop,
            w.keyword, w.sent, w.sent_start, w.in_caps_line)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", "  "]))))
def test_bulk_reading_gives_the_words_of_the_careful_one(
    parts: list[tuple[str, str]],
) -> None:
    text = "".join(a + b for a, b in parts)
    bulk = [_fields(w) for w in wl.build_words(Document(text), NO_PLACES).words]
    saved = wl._odd_tokens
    wl._odd_tokens = lambda _norm, _starts, _lens, n: bytearray(b"\x01" * n)
    try:
        careful = [_fields(w) for w in wl.build_words(Document(text), NO_PLACES).words]
    finally:
        wl._odd_tokens = saved
    assert bulk == careful


_NEWS = (
    "Libyan National Army (LNA) forces loyal to Gen. Khalifa Haftar's command "
    "said on Monday they had taken the U.N.-backed government's airport. "
    "Prime Minister Fayez al-Serraj's office denied it. " * 40
)


def test_columns_read_like_the_list_of_the_words() -> None:
    """The columns make a word when it is read: indexes, negative indexes,
    slices and iteration give what the list of an article's words gives."""
    layer = wl.build_words(Document(_NEWS), NO_PLACES)
    listed = [_fields(w) for w in layer.words]
    words = layer.columns
    n = len(words)
    assert isinstance(layer.words, list) and len(listed) == n > wl_word._WINDOW
    assert [_fields(w) for w in words] == listed
    for k in (0, 1, n // 2, n - 1, -1, -n):
        assert _fields(words[k]) == listed[k]
    for part in (slice(3, 9), slice(-5, None), slice(None, 4), slice(9, 3),
                 slice(None, None, -7), slice(-n - 5, 2)):  # fmt: skip
        assert [_fields(w) for w in words[part]] == listed[part]
    for k in (n, -n - 1):
        with pytest.raises(IndexError):
            words[k]


def test_a_long_document_keeps_a_bounded_window_of_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A document longer than `_ALL_MADE` words is read through its columns:
    reading every word keeps at most a window of them made, and a word read
    again after it left the window is made the same."""
    article = [_fields(w) for w in wl.build_words(Document(_NEWS), NO_PLACES).words]
    monkeypatch.setattr(wl_word, "_ALL_MADE", 10)
    words = wl.build_words(Document(_NEWS), NO_PLACES).words
    assert isinstance(words, wl.WordColumns)
    first = _fields(words[0])
    assert [_fields(w) for w in words] == article
    assert len(words._cols) <= wl_word._WINDOW < len(article)
    assert _fields(words[0]) == first == article[0]


_PLACED_NEWS = (
    "Turkish troops entered northern Syria on Monday. Officials in Ankara said "
    "the United States and Russia were told.\n\n"
    "In Damascus, Syrian state media said the attack near Ras al-Ain killed four. "
) * 30


def _placed_fields(w: wl.Word) -> tuple[object, ...]:
    return (*_fields(w), w.place, w.demonym)


def test_long_document_columns_give_each_word_its_sentence_and_place(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sentence and the place mention of a word, kept by sentence and by
    placed word rather than a number a word, are those of the list of an
    article's words: word by word through the columns, and in bulk for any
    range of them."""
    from newsfacts import places

    doc = Document(_PLACED_NEWS)
    found = places.extract(doc)
    plain = wl.build_words(doc, found)
    article = [_placed_fields(w) for w in plain.words]
    assert isinstance(plain.places, list) and len(plain.places) > 10
    assert any(f[-2] >= 0 for f in article) and any(f[9] > 3 for f in article)
    monkeypatch.setattr(wl_word, "_ALL_MADE", 10)
    monkeypatch.setattr(wl, "_ALL_LISTED", 10)
    layer = wl.build_words(doc, found)
    words = layer.words
    assert isinstance(words, wl.WordColumns)
    assert isinstance(layer.places, wl.PlaceMentions)
    assert [_placed_fields(w) for w in words] == article
    assert list(layer.places) == plain.places
    assert layer.places[3:7] == plain.places[3:7]
    n = len(article)
    for lo, hi in ((0, n), (5, 40), (n - 30, n), (17, 17), (200, 231)):
        assert [_placed_fields(w) for w in words.made(lo, hi)] == article[lo:hi]


@pytest.mark.parametrize(
    "members",
    [
        ("the",),  # one shape, many words
        ("(",),  # punctuation
        frozenset({"said", "office", "it"}),  # a few shapes
        frozenset({"nowhere", "unseen"}),  # none in the text
        {w.lower() for w in _NEWS.split()},  # more shapes than a search takes
    ],
)
def test_walks_for_shapes_find_the_words_a_word_by_word_walk_finds(
    members: frozenset[str] | set[str] | tuple[str, ...],
) -> None:
    """The walks over the words for some shapes (`where_lower`, `capitals`,
    `where`) give the words, in order, that testing every word gives, by a
    search of the string of shape numbers or word by word, and after a word
    takes a shape of its own (`set_demonym`)."""
    layer = wl.build_words(Document(_NEWS), NO_PLACES)
    words = layer.columns
    listed = list(words)
    assert list(words.where_lower(members)) == [
        k for k, w in enumerate(listed) if w.lower in members
    ]
    assert list(words.capitals()) == [k for k, w in enumerate(listed) if w.is_cap]
    assert list(words.where(lambda t, _low: t == "office", having="o")) == [
        k for k, w in enumerate(listed) if w.text == "office"
    ]
    k = next(k for k, w in enumerate(listed) if w.lower == "the")
    words.set_demonym(k, "FR")  # a shape of its own, the same lower case
    assert list(words.where_lower(("the",))) == [
        m for m, w in enumerate(listed) if w.lower == "the"
    ]
    assert words[k].demonym == "FR"


@pytest.mark.parametrize(
    "text",
    [
        "Standings (played, won, drawn, lost, points):\nNewcastle 5 4 1 0 10 3 13",
        "... ( Sweden ) 6-4 6-2\r\nDaniel Vacek ( Czech Republic ) beat ...",
        "Results: \t\n\t9 Ernie Els",
        "He said:\n\nThe talks",  # a blank line between: no row
        "The vote was 5\nto 4.",  # a lower-case line after: no row
        "Scores:\n",  # no line after
        "",
    ],
)
def test_line_ends_after_a_colon_are_those_the_pattern_finds(text: str) -> None:
    """The line breaks `_table_starts` reads (after a colon or a digit, before
    a capital or a digit) are the ends of the matches of `_COLON_EOL`."""
    want = [m.end() for m in wl._COLON_EOL.finditer(text)]
    assert list(wl._colon_line_ends(text)) == want


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=":1 \t\r\nAa\u0661\u01c5.", max_size=20))
def test_line_ends_after_a_colon_of_any_text(text: str) -> None:
    """The same, for any text of colons, digits, blanks and line breaks."""
    want = [m.end() for m in wl._COLON_EOL.finditer(text)]
    assert list(wl._colon_line_ends(text)) == want
