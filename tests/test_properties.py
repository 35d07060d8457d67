"""Properties of any text: no exception, exact offsets, deterministic output."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts.text import Document, normalise

from .test_api import all_mentions

# News-like vocabulary mixed with arbitrary text, so the stages actually fire.
WORDS = st.sampled_from(
    [
        "Monday",
        "on",
        "April",
        "4",
        "2019",
        "U.S.",
        "Gen.",
        "Haftar",
        "said",
        "met",
        "in",
        "Tripoli",
        "Libya",
        "Russia's",
        "the",
        "Department",
        "of",
        "State",
        "(LNA)",
        "Libyan",
        "National",
        "Army",
        "attacked",
        "yesterday",
        "last",
        "week",
        "3",
        "p.m.",
        "“",
        "”",
        "—",
        ".",
        ",",
        "\n\n",
        "WASHINGTON",
        "(AP)",
        "-",
        "Mr.",
        "will",
        "not",
        "three",
        "years",
        "ago",
        "May",
        "march",
    ]
)
NEWSY = st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=60).map(" ".join)
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@SETTINGS
@given(text=st.one_of(st.text(max_size=400), NEWSY))
def test_any_text_parses_with_exact_offsets(text: str) -> None:
    article = newsfacts.parse_article(text, published=dt.date(2019, 11, 26))
    for m in all_mentions(article):
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start : m.end] == m.text
    assert newsfacts.parse_article(text, published=dt.date(2019, 11, 26)) == article


@SETTINGS
@given(text=st.one_of(st.text(max_size=400), NEWSY))
def test_no_published_never_crashes(text: str) -> None:
    article = newsfacts.parse_article(text)
    assert newsfacts.Article.from_dict(article.to_dict()) == article


@SETTINGS
@given(text=st.text(max_size=300))
def test_text_layer_invariants(text: str) -> None:
    assert len(normalise(text)) == len(text)
    doc = Document(text)
    prev_end = 0
    for s in doc.sentences:
        assert prev_end <= s.start < s.end <= len(text)
        assert not doc.norm[s.start].isspace() and not doc.norm[s.end - 1].isspace()
        prev_end = s.end
    for t in doc.tokens:
        assert doc.norm[t.start : t.end] == t.text
