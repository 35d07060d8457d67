"""Notebook display: highlighted HTML that is safe to embed, and displaCy data."""

from __future__ import annotations

import html
import itertools
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts.io import display
from newsfacts.records import Actor, Article, Location, Mention

from .ecosystem_samples import WIRE, run_doc_page, span, timex, wire_article

VOID = {"br", "hr", "img", "meta", "link", "input", "col", "wbr"}


class _Checker(HTMLParser):
    """Collects tags, attributes and text; records unbalanced or unsafe markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.marks: list[tuple[str, str, str]] = []  # (label, title, text)
        self._mark: list[str] | None = None
        self._mark_attrs: dict[str, str | None] = {}
        self.text: list[str] = []
        self.dollars_outside_ignore = 0
        self.ignore_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "iframe", "object", "embed", "style", "link"):
            self.problems.append(f"<{tag}>")
        for name, _ in attrs:
            if name.startswith("on") or name in ("src", "href"):
                self.problems.append(f"attribute {name}")
        if tag not in VOID:
            self.stack.append(tag)
        classes = (dict(attrs).get("class") or "").split()
        if "tex2jax_ignore" in classes or self.ignore_depth:
            self.ignore_depth += 1
        if tag == "mark":
            self._mark = []
            self._mark_attrs = dict(attrs)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"unbalanced </{tag}>")
            return
        self.stack.pop()
        if self.ignore_depth:
            self.ignore_depth -= 1
        if tag == "mark" and self._mark is not None:
            a = self._mark_attrs
            self.marks.append(
                (a.get("data-label") or "", a.get("title") or "", "".join(self._mark))
            )
            self._mark = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._mark is not None:
            self._mark.append(data)
        if "$" in data and not self.ignore_depth:
            self.dollars_outside_ignore += data.count("$")


def check(markup: str) -> _Checker:
    """Parse `markup` and fail on unsafe or unbalanced HTML."""
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    assert checker.problems == []
    assert checker.stack == []
    return checker


def test_every_kind_of_fact_is_highlighted_with_its_record() -> None:
    article = wire_article()
    marks = check(article._repr_html_() or "").marks
    assert {label for label, _, _ in marks} == set(display.LABELS)
    by_text = {text: (label, title) for label, title, text in marks}
    assert by_text["Monday"][0] == "DATE" and "2019-11-25" in by_text["Monday"][1]
    assert by_text["TRIPOLI"][0] == "PLACE" and "LY" in by_text["TRIPOLI"][1]
    assert by_text["Khalifa Haftar"][0] == "ACTOR"
    assert "Field Marshal" in by_text["Khalifa Haftar"][1]
    assert by_text["met"][0] == "EVENT" and "CONSULT" in by_text["met"][1]
    assert "not" in by_text["attend"][1]  # negation shows on hover


def test_each_label_has_a_distinct_colour() -> None:
    assert set(display.COLORS) == set(display.LABELS)
    assert len(set(display.COLORS.values())) == len(display.LABELS)


def test_visible_text_is_the_article_text() -> None:
    article = wire_article()
    checker = check(display.article_html(article))
    assert WIRE in "".join(checker.text)


HOSTILE = [
    pytest.param("<script>alert('x')</script> said the minister.", id="script-tag"),
    pytest.param('He wrote "<img src=x onerror=alert(1)>" online.', id="img-onerror"),
    pytest.param("Prices rose from $5 to $7, or 40%, on Monday.", id="dollar-math"),
    pytest.param("The index $$x^2$$ and \\(y\\) appeared.", id="tex-delimiters"),
    pytest.param("A & B <b>bold</b> &amp; &lt;done&gt;", id="entities"),
    pytest.param("Quote \" and ' and ` inside", id="quotes"),
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_escaped_and_mathjax_safe(text: str) -> None:
    monday = text.find("Monday")
    dates = (timex(text, "Monday", "2019-11-25"),) if monday >= 0 else ()
    # The actor's name and title carry markup too: they end up in attributes.
    actor = Actor(
        'Evil "<script>" $Corp$',
        "organization",
        title="<b>x</b>",
        mentions=(Mention.of(text, 0, 5),),
    )
    article = Article(text, title=f"Title {text}", dates=dates, actors=(actor,))
    markup = display.article_html(article)
    checker = check(markup)
    assert checker.dollars_outside_ignore == 0
    assert text in "".join(checker.text)
    assert "<script" not in markup.lower()


def test_displacy_format_matches_the_text() -> None:
    article = wire_article()
    data = article.to_displacy()
    assert set(data) == {"text", "ents", "title"}
    assert data["text"] == article.text and data["title"] == article.title
    ents = data["ents"]
    assert [e["start"] for e in ents] == sorted(e["start"] for e in ents)
    for before, after in itertools.pairwise(ents):
        assert before["end"] <= after["start"]
    assert {e["label"] for e in ents} == set(display.LABELS)
    found = {article.text[e["start"] : e["end"]]: e["label"] for e in ents}
    assert found["Nov. 24"] == "DATE" and found["Berlin"] == "PLACE"


OVERLAPS = [
    # (place needle, actor needle, place is metonymic, expected winning label)
    pytest.param(
        "Libya", "Libyan National Army", False, "ACTOR", id="longer-actor-wins"
    ),
    pytest.param(
        "Benghazi", "Benghazi", False, "PLACE", id="literal-place-beats-actor"
    ),
    pytest.param(
        "Benghazi", "Benghazi", True, "ACTOR", id="actor-beats-metonymic-place"
    ),
]


@pytest.mark.parametrize(("place", "actor", "metonymic", "winner"), OVERLAPS)
def test_overlapping_spans_keep_one(
    place: str, actor: str, metonymic: bool, winner: str
) -> None:
    text = "The Libyan National Army said Benghazi was calm."
    where = span(text, place)
    loc = Location(
        place, "city", mentions=(where,), metonymic=(where,) if metonymic else ()
    )
    org = Actor(actor, "organization", mentions=(span(text, actor),))
    article = Article(text, locations=(loc,), actors=(org,))
    spans = display.highlights(article)
    assert len(spans) == 1
    assert spans[0].label == winner
    if place == actor:  # same span: hovering shows both records
        assert "PLACE" in spans[0].title and "ACTOR" in spans[0].title


@pytest.mark.parametrize(
    ("start", "end"),
    [
        pytest.param(-3, 2, id="negative"),
        pytest.param(5, 500, id="past-end"),
        pytest.param(7, 7, id="empty"),
    ],
)
def test_bad_offsets_are_dropped_not_raised(start: int, end: int) -> None:
    text = "Officials in Tripoli said."
    bad = Location("X", "city", mentions=(Mention(start, end, "x"),))
    article = Article(text, locations=(bad,))
    assert display.highlights(article) == []
    assert isinstance(article._repr_html_(), str)


def test_long_articles_are_truncated() -> None:
    base = wire_article()
    filler = " ".join(["The ceasefire held across the region."] * 4000)  # ~150k chars
    text = base.text + " " + filler
    article = Article(
        text, dates=base.dates, locations=base.locations, actors=base.actors
    )
    markup = display.article_html(article, max_chars=5000)
    check(markup)
    assert len(markup) < 20_000
    assert "more characters not shown" in markup
    assert "TRIPOLI</mark>" in markup


def test_long_tables_are_truncated() -> None:
    text = " ".join(f"City{i}" for i in range(120))
    locs = tuple(
        Location(f"City{i}", "city", mentions=(span(text, f"City{i} "),))
        for i in range(100)
    )
    markup = display.article_html(Article(text, locations=locs), max_rows=10)
    check(markup)
    assert "and 90 more" in markup


def test_repr_html_returns_none_on_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(article: Article) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(display, "article_html", broken)
    assert wire_article()._repr_html_() is None


def test_display_never_imports_ipython() -> None:
    code = (
        "import sys, newsfacts\n"
        "a = newsfacts.Article('Officials met in $Tripoli on Monday.')\n"
        "assert a._repr_html_()\n"
        "assert a.to_displacy()['ents'] == []\n"
        "assert 'IPython' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_example_article_renders(example_article: newsfacts.Article) -> None:
    markup = example_article._repr_html_()
    assert markup is not None
    checker = check(markup)
    assert html.unescape("".join(checker.text)).count("Haftar") >= 1
    for label, _, text in checker.marks:
        assert label in display.LABELS and text


def test_metonymic_mention_is_marked_once() -> None:
    text = "Washington believes that Moscow uses the conflict."
    capital = span(text, "Washington")
    loc = Location(
        "Washington", "city", "US", mentions=(capital,), metonymic=(capital,)
    )
    (only,) = display.highlights(Article(text, locations=(loc,)))
    assert only.label == "PLACE" and only.title.count("metonymic") == 1


def test_notebooks_page_examples_run() -> None:
    namespace = run_doc_page("notebooks.md")
    assert namespace["article"]._repr_html_()


@given(
    text=st.text(alphabet=st.sampled_from("ab $<>&\"'\n\u00e9\u201c"), max_size=60),
    cuts=st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=8),
)
@settings(max_examples=150, deadline=None)
def test_any_text_and_spans_give_safe_balanced_html(
    text: str, cuts: list[tuple[int, int]]
) -> None:
    mentions = tuple(Mention(s, e, text[max(s, 0) : max(e, 0)]) for s, e in cuts)
    article = Article(text, actors=(Actor("x", "group", mentions=mentions),))
    markup = display.article_html(article)
    checker = check(markup)
    assert checker.dollars_outside_ignore == 0
    assert text in "".join(checker.text)
    ents = article.to_displacy()["ents"]
    for before, after in itertools.pairwise(ents):
        assert before["end"] <= after["start"]
