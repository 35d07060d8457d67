"""News web pages in: the main text, title and publication date of an HTML page.

`parse_html(html)` extracts the article's main text and headline, reads the
publication date from the page's metadata when none is given, and parses the
text: every offset of the returned `Article` points into `article.text`, the
extracted text. The extraction uses trafilatura when it is installed (the
`html` extra: `pip install 'newsfacts[html]'`), which finds the main text of
most news sites; otherwise a plain extractor from the standard library takes
the text of the page's largest `<article>` (or of `<body>`), without scripts,
styles, navigation, headers, footers, asides and forms.
"""

from __future__ import annotations

import datetime as dt
import json
from html.parser import HTMLParser
from typing import Any

import attrs
import regex

from ..api import coerce_published, parse_article
from ..records import Article, parse_iso

__all__ = ["extract_html", "parse_html"]

# Elements whose content is never article text.
_SKIP = frozenset(
    "script style noscript template nav header footer aside form button select "
    "svg iframe object canvas".split()
)
# Elements that end a paragraph.
_BLOCK = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol blockquote pre table tr "
    "figure figcaption dl dt dd hr br address".split()
)
# <meta> names and properties that hold the publication date, best first.
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "sailthru.date",
    "parsely-pub-date",
    "og:published_time",
)
_TITLE_META = ("og:title", "twitter:title", "dc.title")
_SPACE = regex.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]++")
_LINES = regex.compile(r"\n(?:[ ]*+\n)++")


@attrs.frozen(slots=True)
class Page:
    """What a page says about itself: main text, headline, publication date."""

    text: str
    title: str | None
    published: dt.date | dt.datetime | None
    extractor: str


class _Reader(HTMLParser):
    """One pass over the page: text runs by region, <meta>, <title>, JSON-LD."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0  # depth inside elements that are never text
        self.article = -1  # index of the <article> being read, or -1
        self.article_depth = 0
        self.articles: list[list[str]] = []
        self.body: list[str] = []
        self.meta: dict[str, str] = {}
        self.title: list[str] = []
        self.in_title = False
        self.h1: list[str] = []
        self.in_h1 = False
        self.ld_json: list[str] = []
        self.in_ld = False
        self.times: list[str] = []

    def _out(self, text: str) -> None:
        self.body.append(text)
        if self.article >= 0:
            self.articles[self.article].append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            key = (
                a.get("property") or a.get("name") or a.get("itemprop") or ""
            ).lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"])
            return
        if tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])
        if tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self.in_ld = True
        if tag == "title":
            self.in_title = True
        if tag in _SKIP:
            self.skip += 1
            return
        if tag == "article":
            if self.article < 0:
                self.articles.append([])
                self.article = len(self.articles) - 1
            self.article_depth += 1
        if tag == "h1":
            self.in_h1 = True
        if tag in _BLOCK:
            self._out("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_ld = False
        if tag == "title":
            self.in_title = False
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "h1":
            self.in_h1 = False
        if tag in _BLOCK:
            self._out("\n")
        if tag == "article" and self.article_depth:
            self.article_depth -= 1
            if not self.article_depth:
                self.article = -1

    def handle_data(self, data: str) -> None:
        if self.in_ld:
            self.ld_json.append(data)
        if self.in_title:
            self.title.append(data)
            return
        if self.skip:
            return
        data = data.replace("\r", " ").replace("\n", " ")  # HTML: a newline is a space
        if self.in_h1:
            self.h1.append(data)
        self._out(data)


def _tidy(parts: list[str]) -> str:
    """Runs of text as paragraphs: spaces collapsed, one blank line between."""
    text = _SPACE.sub(" ", "".join(parts))
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _LINES.sub("\n\n", text).strip()


def _stamp(value: str) -> dt.date | dt.datetime | None:
    """A date or datetime from a metadata value, or None when it is not ISO 8601."""
    value = value.strip()
    try:
        return parse_iso(value)
    except ValueError:
        pass
    try:  # "2019-11-26 09:30 EST" and other dated forms: the day at least
        return parse_iso(value[:10])
    except ValueError:
        return None


def _ld_dates(blocks: list[str]) -> list[str]:
    """ "datePublished" values of the page's JSON-LD blocks (schema.org NewsArticle)."""
    found: list[str] = []
    for block in blocks:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue
        todo: list[Any] = [data]
        while todo and len(found) < 10:
            item = todo.pop()
            if isinstance(item, dict):
                value = item.get("datePublished")
                if isinstance(value, str):
                    found.append(value)
                todo.extend(v for v in item.values() if isinstance(v, (dict, list)))
            elif isinstance(item, list):
                todo.extend(item)
    return found


def _published(reader: _Reader) -> dt.date | dt.datetime | None:
    candidates = [reader.meta[k] for k in _DATE_META if k in reader.meta]
    candidates += _ld_dates(reader.ld_json) + reader.times
    for value in candidates:
        stamp = _stamp(value)
        if stamp is not None:
            return stamp
    return None


def _trafilatura(page: str) -> tuple[str | None, str | None, str | None]:
    """(text, title, date) from trafilatura; raises ImportError without it."""
    try:
        import trafilatura  # type: ignore[import-not-found, unused-ignore]
    except ImportError as exc:
        raise ImportError(
            "extractor='trafilatura' needs trafilatura; install it with "
            "`pip install 'newsfacts[html]'`"
        ) from exc
    text = trafilatura.extract(
        page, include_comments=False, include_tables=False, favor_precision=True
    )
    if text:  # one paragraph a line: a blank line between, as the plain extractor
        text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    meta = trafilatura.extract_metadata(page)
    title = getattr(meta, "title", None) if meta is not None else None
    date = getattr(meta, "date", None) if meta is not None else None
    return text, title, date


def _decode(page: str | bytes) -> str:
    if isinstance(page, str):
        return page
    if isinstance(page, (bytes, bytearray)):
        head = bytes(page[:2048]).decode("ascii", "replace")
        m = regex.search(
            r"""charset\s*+=\s*+["']?+([\w.:-]++)""", head, regex.IGNORECASE
        )
        try:
            return bytes(page).decode(m.group(1) if m else "utf-8", "replace")
        except LookupError:
            return bytes(page).decode("utf-8", "replace")
    raise TypeError(f"html must be a str or bytes, not {type(page).__name__}")


def extract_html(page: str | bytes, *, extractor: str = "auto") -> Page:
    """The main text, headline and publication date of an HTML page.

    `extractor` is "auto" (trafilatura when installed, else the plain
    extractor), "trafilatura" (an `ImportError` naming the `html` extra when
    it is missing) or "plain" (standard library only).
    """
    if extractor not in ("auto", "trafilatura", "plain"):
        raise ValueError(
            f"extractor must be auto, trafilatura or plain, not {extractor!r}"
        )
    source = _decode(page)
    reader = _Reader()
    reader.feed(source)
    reader.close()
    title = next((reader.meta[k] for k in _TITLE_META if reader.meta.get(k)), None)
    title = title or _tidy(reader.h1) or _tidy(reader.title) or None
    published = _published(reader)
    text: str | None = None
    used = "plain"
    if extractor != "plain":
        try:
            text, t_title, t_date = _trafilatura(source)
            used = "trafilatura"
            title = title or t_title
            if published is None and t_date:
                published = _stamp(t_date)
        except ImportError:
            if extractor == "trafilatura":
                raise
    if not text:
        regions = [r for r in reader.articles if _tidy(r)]
        best = max(regions, key=lambda r: len(_tidy(r)), default=reader.body)
        text = _tidy(best)
        used = "plain"
    title = " ".join(title.split()) if title else None
    return Page(_without_headline(text, title), title, published, used)


def _without_headline(text: str, title: str | None) -> str:
    """The text without a first line that repeats the headline (it goes in `title`),
    so a dateline ("TRIPOLI, Libya (AP) -") starts the text as in a wire story."""
    first, sep, rest = text.partition("\n")
    if title and sep and " ".join(first.split()).casefold() == title.casefold():
        return rest.lstrip("\n")
    return text


def parse_html(
    html: str | bytes,
    *,
    published: dt.date | dt.datetime | str | None = None,
    title: str | None = None,
    extractor: str = "auto",
) -> Article:
    """Parse a news web page: extract its main text and headline, then its facts.

    `published` defaults to the date in the page's metadata
    (`article:published_time`, JSON-LD `datePublished`, `<time datetime>`, ...);
    `article.published_source` is then "page". `title` defaults to the page's
    headline (`og:title`, `<title>`, `<h1>`). The returned Article's `text` is
    the extracted text and every offset points into it. `extractor`: see
    `extract_html`.
    """
    stamp = coerce_published(published)
    page = extract_html(html, extractor=extractor)
    article = parse_article(
        page.text,
        published=stamp if stamp is not None else page.published,
        title=title if title is not None else page.title,
    )
    if stamp is None and page.published is not None:
        article = attrs.evolve(article, published_source="page")
    return article
