"""News web pages: main text, headline and publication date, offsets into the text."""

from __future__ import annotations

import builtins
import datetime as dt
import sys
from typing import Any

import pytest

import newsfacts
from newsfacts.io.html import extract_html

STORY = (
    "TRIPOLI, Libya (AP) - U.S. officials met Libyan leaders in Tripoli on Monday, "
    "officials said. The talks lasted three hours &amp; covered the ceasefire."
)


def page(head: str = "", body_extra: str = "") -> str:
    """A news page with navigation, an article and a footer around the story."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Talks in Tripoli | Example News</title>
{head}<script>var ads = "Paris on Friday";</script><style>p {{color: red}}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World news from Berlin</a></nav></header>
<article><h1>Talks in Tripoli</h1>
<p>{STORY}</p>
<p>A second   paragraph,
about the <b>ceasefire</b>.</p>{body_extra}</article>
<aside>Most read: Moscow on Sunday</aside><footer>&copy; 2019 Example News</footer>
</body></html>"""


DATES = [
    pytest.param(
        '<meta property="article:published_time" content="2019-11-26T09:30:00Z">',
        dt.datetime(2019, 11, 26, 9, 30, tzinfo=dt.timezone.utc),
        id="open-graph",
    ),
    pytest.param(
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "datePublished": "2019-11-26"}</script>',
        dt.date(2019, 11, 26),
        id="json-ld",
    ),
    pytest.param(
        '<meta name="pubdate" content="2019-11-26 09:30 EST">',
        dt.date(2019, 11, 26),
        id="day-of-a-loose-stamp",
    ),
    pytest.param("", None, id="none"),
]


@pytest.mark.parametrize(("head", "published"), DATES)
def test_plain_extractor_reads_text_title_and_date(head: str, published: Any) -> None:
    got = extract_html(page(head), extractor="plain")
    assert got.extractor == "plain"
    assert got.title == "Talks in Tripoli"
    assert got.published == published
    assert got.text.startswith(
        "TRIPOLI, Libya (AP) - U.S. officials"
    )  # headline left out
    assert "three hours & covered" in got.text  # entities decoded
    assert "A second paragraph, about the ceasefire." in got.text
    for noise in ("Home", "Berlin", "Paris", "Moscow", "color", "Example News"):
        assert noise not in got.text, noise


def test_time_element_gives_the_date() -> None:
    extra = '<p>Posted <time datetime="2019-11-26T08:00:00+01:00">Tuesday</time></p>'
    got = extract_html(page(body_extra=extra), extractor="plain")
    assert got.published == dt.datetime.fromisoformat("2019-11-26T08:00:00+01:00")


def test_parse_html_offsets_point_into_the_extracted_text() -> None:
    head = '<meta property="article:published_time" content="2019-11-26">'
    article = newsfacts.parse_html(page(head), extractor="plain")
    assert article.published == dt.date(2019, 11, 26)
    assert article.published_source == "page"
    assert article.title == "Talks in Tripoli"
    monday = next(d for d in article.dates if d.text == "Monday")
    assert monday.value == "2019-11-25"
    for record in (*article.dates, *(m for a in article.actors for m in a.mentions)):
        assert article.text[record.start : record.end] == record.text


def test_given_published_wins_over_the_page() -> None:
    head = '<meta property="article:published_time" content="2019-11-26">'
    article = newsfacts.parse_html(
        page(head), published="2020-01-07", extractor="plain"
    )
    assert article.published == dt.date(2020, 1, 7)
    assert article.published_source == "argument"


def test_bytes_are_decoded_with_the_page_charset() -> None:
    html = (
        page()
        .replace('charset="utf-8"', 'charset="latin-1"')
        .replace("second", "s\xe9cond")
    )
    got = extract_html(html.encode("latin-1"), extractor="plain")
    assert "A s\xe9cond paragraph" in got.text


def test_a_page_without_article_element_uses_the_body() -> None:
    html = "<html><body><nav>Menu</nav><p>Rebels shelled Tripoli.</p></body></html>"
    got = extract_html(html, extractor="plain")
    assert got.text == "Rebels shelled Tripoli."


@pytest.mark.parametrize(
    ("html", "error"),
    [
        pytest.param(5, TypeError, id="not-text"),
        pytest.param("<p>x</p>", ValueError, id="extractor"),
    ],
)
def test_bad_arguments(html: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        extract_html(html, extractor="plain" if error is TypeError else "magic")


def test_trafilatura_extractor() -> None:
    pytest.importorskip("trafilatura")
    got = extract_html(page(), extractor="trafilatura")
    assert got.extractor == "trafilatura"
    assert "U.S. officials met Libyan leaders" in got.text
    assert "Most read" not in got.text


def test_missing_trafilatura_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_trafilatura(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "trafilatura" or name.startswith("trafilatura."):
            raise ImportError("No module named 'trafilatura'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    monkeypatch.delitem(sys.modules, "trafilatura", raising=False)
    with pytest.raises(ImportError, match=r"newsfacts\[html\]"):
        extract_html(page(), extractor="trafilatura")
    assert extract_html(page()).extractor == "plain"  # auto falls back


def test_quickstart_examples_run(capsys: pytest.CaptureFixture[str]) -> None:
    from .ecosystem_samples import run_doc_page

    namespace = run_doc_page("quickstart.md")
    page = namespace["page"]
    assert page.published_source == "page" and page.title == "Talks in Tripoli"
    assert page.text.startswith("TRIPOLI, Libya (AP)")
    assert "<Event " in capsys.readouterr().out
