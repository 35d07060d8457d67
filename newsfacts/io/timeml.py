"""TimeML output: the article text with its temporal expressions as inline TIMEX3 tags.

For temporal tools (TempEval scorers, CAEVO, TARSQI) that read TimeML. The
publication date is the document creation time, `<DCT><TIMEX3 tid="t0"
functionInDocument="CREATION_TIME">`. Every expression with a span gets a tag,
in text order; a relative one ("Monday", resolved against the publication
date) carries `temporalFunction="true"` and `anchorTimeID="t0"`. Text and
attribute values are XML-escaped, and characters XML 1.0 forbids (control
characters) become U+FFFD, so the output always parses.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

import regex

from ..records import Article, TimeExpression

__all__ = ["to_timeml"]

_NOT_XML = regex.compile(r"[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


def _text(text: str) -> str:
    return escape(_NOT_XML.sub("\ufffd", text))


def _attr(value: str) -> str:
    return quoteattr(_NOT_XML.sub("\ufffd", value))


def _tag(tid: str, d: TimeExpression, anchored: bool) -> str:
    attrs = [
        f"tid={_attr(tid)}",
        f"type={_attr(str(d.type))}",
        f"value={_attr(d.value)}",
    ]
    if d.mod:
        attrs.append(f"mod={_attr(d.mod)}")
    if d.anchor is not None:
        attrs.append('temporalFunction="true"')
        if anchored and d.anchor == "published":
            attrs.append('anchorTimeID="t0"')
    else:
        attrs.append('temporalFunction="false"')
    return f"<TIMEX3 {' '.join(attrs)}>"


def to_timeml(article: Article) -> str:
    """The TimeML document of `article` (see the module doc); ends with a newline.

    Expressions that overlap an earlier one are left untagged (TIMEX3 tags do
    not nest), as are zero-length ones.
    """
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n']
    if article.title:
        parts.append(f"<TITLE>{_text(article.title)}</TITLE>\n")
    anchored = article.published is not None
    if article.published is not None:
        day = article.published.isoformat()
        parts.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value={_attr(day[:10])} '
            f'temporalFunction="false" functionInDocument="CREATION_TIME">'
            f"{_text(day)}</TIMEX3></DCT>\n"
        )
    parts.append("<TEXT>")
    text = article.text
    at = 0
    n = 0
    for d in sorted(article.dates, key=lambda d: (d.start, -d.end)):
        if d.start < at or d.end <= d.start or d.end > len(text):
            continue
        n += 1
        parts.append(_text(text[at : d.start]))
        parts.append(_tag(f"t{n}", d, anchored))
        parts.append(_text(text[d.start : d.end]) + "</TIMEX3>")
        at = d.end
    parts.append(_text(text[at:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)
