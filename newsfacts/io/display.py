"""Notebook display: an article's text with its facts highlighted, and displaCy data.

`article_html` is what `Article._repr_html_` returns in Jupyter: self-contained
HTML with inline styles, every piece of text escaped, no scripts, `$` shielded
from MathJax. `to_displacy` gives spaCy displaCy's "manual" format so users can
render with displaCy without newsfacts depending on spaCy.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from ..records import Actor, Article, Event, Location, TimeExpression

__all__ = [
    "COLORS",
    "DISPLACY_COLORS",
    "LABELS",
    "Highlight",
    "article_html",
    "highlights",
    "to_displacy",
]

log = logging.getLogger(__name__)

#: Highlight label of each kind of fact, in the order of the legend.
LABELS: tuple[str, ...] = ("DATE", "PLACE", "ACTOR", "EVENT")

#: Background colour of each label (light tints that keep dark text readable).
COLORS: dict[str, str] = {
    "DATE": "#ffe29a",
    "PLACE": "#b7e4c7",
    "ACTOR": "#bde0fe",
    "EVENT": "#ffc8dd",
}

#: `options={"colors": DISPLACY_COLORS}` for `displacy.render(..., manual=True)`.
DISPLACY_COLORS: dict[str, str] = dict(COLORS)

# Overlapping spans: the earlier-starting, then longer, then lower rank wins. A
# place named literally ("fighting in Libya") outranks an actor over the same
# words; a metonymic one ("Washington believes") gives way to the actor.
_RANK_EVENT, _RANK_DATE, _RANK_PLACE, _RANK_ACTOR, _RANK_METONYM = range(5)

#: Characters of article text shown before the display is cut short.
MAX_CHARS = 20_000
#: Rows shown per fact table before "… and N more".
MAX_ROWS = 50

_FONT = "font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"


@attrs.frozen(slots=True)
class Highlight:
    """One highlighted span; `label` is one of `LABELS`, `title` describes it."""

    start: int
    end: int
    label: str
    title: str


def highlights(article: Article) -> list[Highlight]:
    """Non-overlapping highlight spans of every fact, sorted by offset.

    Where spans overlap, the one starting first wins, then the longer one; over
    the same words an event trigger beats a date, a date a place, a literal place
    an actor, and an actor a metonymic place. A record over exactly the winner's
    span adds its description to the winner's title. Spans outside the text are
    dropped, never raised on.
    """
    size = len(article.text)
    ranked = [
        (r, h) for r, h in _candidate_spans(article) if 0 <= h.start < h.end <= size
    ]
    ranked.sort(key=lambda rh: (rh[1].start, rh[1].start - rh[1].end, rh[0]))
    chosen: list[Highlight] = []
    last_end = 0
    for _, h in ranked:
        if h.start >= last_end:
            chosen.append(h)
            last_end = h.end
        elif (h.start, h.end) == (chosen[-1].start, chosen[-1].end) and (
            h.title not in chosen[-1].title
        ):
            chosen[-1] = attrs.evolve(
                chosen[-1], title=f"{chosen[-1].title}\n{h.title}"
            )
    return chosen


def _candidate_spans(article: Article) -> Iterable[tuple[int, Highlight]]:
    """Every fact's spans with their rank for overlap resolution."""
    for d in article.dates:
        yield _RANK_DATE, Highlight(d.start, d.end, "DATE", _date_title(d))
    for loc in article.locations:
        title = _place_title(loc)
        metonymic = set(loc.metonymic)  # normally a subset of `mentions`
        for m in (*loc.mentions, *(m for m in loc.metonymic if m not in loc.mentions)):
            if m in metonymic:
                yield (
                    _RANK_METONYM,
                    Highlight(m.start, m.end, "PLACE", title + " (metonymic)"),
                )
            else:
                yield _RANK_PLACE, Highlight(m.start, m.end, "PLACE", title)
    for actor in article.actors:
        title = _actor_title(actor)
        for m in actor.mentions:
            yield _RANK_ACTOR, Highlight(m.start, m.end, "ACTOR", title)
    for ev in article.events:
        trigger = ev.trigger
        yield (
            _RANK_EVENT,
            Highlight(trigger.start, trigger.end, "EVENT", _event_title(ev)),
        )


def _join(*parts: object) -> str:
    return " · ".join(str(p) for p in parts if p not in (None, ""))


def _date_title(d: TimeExpression) -> str:
    return _join(
        f"{d.type} {d.value}",
        d.mod and f"mod={d.mod}",
        d.anchor and f"anchor={d.anchor}",
        d.rule and f"rule={d.rule}",
    )


def _coords(loc: Location) -> str | None:
    if loc.lat is None or loc.lon is None:
        return None
    return f"{loc.lat:.2f},{loc.lon:.2f}"


def _place_title(loc: Location) -> str:
    return _join(
        f"PLACE {loc.name}",
        loc.kind,
        loc.country,
        _coords(loc),
        loc.geonames_id and f"geonames={loc.geonames_id}",
        loc.rule and f"rule={loc.rule}",
    )


def _actor_title(a: Actor) -> str:
    return _join(
        f"ACTOR {a.name}",
        a.kind,
        a.country,
        a.title,
        a.acronym and f"({a.acronym})",
        a.code,
        a.rule and f"rule={a.rule}",
    )


def _event_summary(ev: Event) -> str:
    who = ev.source.name if ev.source else "?"
    whom = f" → {ev.target.name}" if ev.target else ""
    flags = ("not " if ev.negated else "") + (ev.mode if ev.mode != "asserted" else "")
    when = f" on {ev.date.value}" if ev.date else ""
    where = f" in {ev.location.name}" if ev.location else ""
    return f"{who}{whom}{when}{where}" + (
        f" [{flags.strip()}]" if flags.strip() else ""
    )


def _event_title(ev: Event) -> str:
    return _join(
        f"EVENT {ev.type}",
        ev.cameo and f"CAMEO {ev.cameo}",
        _event_summary(ev),
        ev.rule and f"rule={ev.rule}",
    )


def to_displacy(article: Article) -> dict[str, Any]:
    """The article in displaCy's manual format: `{"text", "ents", "title"}`.

    Render it with `spacy.displacy.render(data, style="ent", manual=True,
    options={"colors": DISPLACY_COLORS})`; labels are `DATE`, `PLACE`, `ACTOR`
    and `EVENT`, offsets are character offsets into `article.text`.
    """
    ents = [
        {"start": h.start, "end": h.end, "label": h.label} for h in highlights(article)
    ]
    return {"text": article.text, "ents": ents, "title": article.title}


# --- HTML ---------------------------------------------------------------


def _esc(value: object) -> str:
    """Escape for HTML text and attribute values, with `$` shielded from MathJax."""
    out = html.escape(str(value), quote=True)
    return out.replace("$", '<span class="tex2jax_ignore">$</span>')


def _attr(value: object) -> str:
    """Escape for a double-quoted attribute value (no markup allowed inside)."""
    return html.escape(str(value), quote=True)


def article_html(
    article: Article, *, max_chars: int = MAX_CHARS, max_rows: int = MAX_ROWS
) -> str:
    """Self-contained HTML: highlighted text, a legend, then tables of the facts.

    Text beyond `max_chars` characters and table rows beyond `max_rows` are cut,
    with a note saying how much was left out.
    """
    text = article.text
    shown = len(text)
    if shown > max_chars:
        cut = text.rfind(" ", 0, max_chars)
        shown = cut if cut > max_chars // 2 else max_chars
    parts: list[str] = [
        f'<div class="newsfacts tex2jax_ignore mathjax_ignore" style="{_FONT}; '
        "font-size: 14px; line-height: 1.5; color: #1f2328; background: #ffffff; "
        'max-width: 60em; padding: 0.5em;">'
    ]
    if article.title:
        parts.append(
            f'<div style="font-weight: 600; font-size: 1.15em; margin-bottom: 0.3em;">'
            f"{_esc(article.title)}</div>"
        )
    parts.append(_header(article))
    parts.append(_legend())
    parts.append(_body(text, shown, highlights(article)))
    if shown < len(text):
        parts.append(
            f'<div style="color: #656d76; font-style: italic;">… '
            f"{len(text) - shown:,} more characters not shown</div>"
        )
    parts.append(_tables(article, max_rows))
    parts.append("</div>")
    return "".join(parts)


def _header(article: Article) -> str:
    pub = article.published.isoformat() if article.published else "unknown"
    via = f" ({article.published_source})" if article.published_source else ""
    counts = (
        f"{len(article.dates)} dates · {len(article.locations)} places · "
        f"{len(article.actors)} actors · {len(article.events)} events"
    )
    return (
        '<div style="color: #656d76; font-size: 0.9em;">'
        f"published {_esc(pub)}{_esc(via)}"
        f" · {counts}</div>"
    )


def _chip(label: str) -> str:
    return (
        f'<span style="background: {COLORS[label]}; padding: 0 0.35em; '
        f"border-radius: 0.25em; margin-right: 0.4em; font-size: 0.8em; "
        f'font-weight: 600;">{label}</span>'
    )


def _legend() -> str:
    chips = "".join(_chip(label) for label in LABELS)
    return f'<div style="margin: 0.3em 0;">{chips}</div>'


def _mark(label: str, title: str, inner: str) -> str:
    return (
        f'<mark title="{_attr(title)}" data-label="{label}" style="background: '
        f'{COLORS[label]}; color: inherit; padding: 0 0.15em; border-radius: 0.2em;">'
        f"{inner}</mark>"
    )


def _body(text: str, shown: int, spans: Sequence[Highlight]) -> str:
    out: list[str] = [
        '<div style="white-space: pre-wrap; border: 1px solid #d0d7de; '
        'border-radius: 0.4em; padding: 0.6em 0.8em; margin: 0.3em 0;">'
    ]
    pos = 0
    for h in spans:
        if h.end > shown:
            break
        out.append(_esc(text[pos : h.start]))
        out.append(_mark(h.label, h.title, _esc(text[h.start : h.end])))
        pos = h.end
    out.append(_esc(text[pos:shown]))
    out.append("</div>")
    return "".join(out)


_TH = (
    'style="text-align: left; padding: 0.15em 0.6em; border-bottom: 1px solid #d0d7de;"'
)
_TD = 'style="text-align: left; padding: 0.1em 0.6em; vertical-align: top;"'
_TD_NOWRAP = (
    'style="text-align: left; padding: 0.1em 0.6em; vertical-align: top; '
    'white-space: nowrap;"'
)


def _cell(value: object) -> str:
    """A table cell; short values (dates, codes) never wrap."""
    text = "" if value is None else str(value)
    return f"<td {_TD_NOWRAP if len(text) <= 16 else _TD}>{_esc(text)}</td>"


def _table(
    label: str,
    heading: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[object]],
    max_rows: int,
) -> str:
    if not rows:
        return ""
    head = "".join(f"<th {_TH}>{_esc(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in rows[:max_rows]
    )
    more = ""
    if len(rows) > max_rows:
        more = (
            f'<tr><td {_TD} colspan="{len(columns)}">… and {len(rows) - max_rows:,} '
            "more</td></tr>"
        )
    return (
        f'<div style="margin-top: 0.6em;">{_chip(label)}<b>{_esc(heading)}</b> '
        f"({len(rows)})</div>"
        f'<table style="border-collapse: collapse; font-size: 0.9em; margin: 0.2em 0;">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}{more}</tbody></table>"
    )


def _tables(article: Article, max_rows: int) -> str:
    dates = [(d.text, d.type, d.value, d.mod) for d in article.dates]
    places = [
        (loc.name, loc.kind, loc.country, _coords(loc), len(loc.mentions))
        for loc in article.locations
    ]
    actors = [
        (a.name, a.kind, a.country, a.title, a.code, len(a.mentions))
        for a in article.actors
    ]
    events = [
        (
            "★" if ev == article.main_event else "",
            ev.type,
            ev.cameo,
            ev.source.name if ev.source else None,
            ev.trigger.text,
            ev.target.name if ev.target else None,
            ev.date.value if ev.date else None,
            ev.location.name if ev.location else None,
            ("not " if ev.negated else "") + (ev.mode if ev.mode != "asserted" else ""),
        )
        for ev in article.events
    ]
    return "".join(
        (
            _table("DATE", "Dates", ("text", "type", "value", "mod"), dates, max_rows),
            _table(
                "PLACE",
                "Places",
                ("name", "kind", "country", "lat,lon", "mentions"),
                places,
                max_rows,
            ),
            _table(
                "ACTOR",
                "Actors",
                ("name", "kind", "country", "title", "code", "mentions"),
                actors,
                max_rows,
            ),
            _table(
                "EVENT",
                "Events",
                (
                    "main",
                    "type",
                    "CAMEO",
                    "source",
                    "trigger",
                    "target",
                    "date",
                    "place",
                    "mode",
                ),
                events,
                max_rows,
            ),
        )
    )


def repr_html(article: Article) -> str | None:
    """`article_html(article)`, or None on failure (the notebook then shows repr)."""
    try:
        return article_html(article)
    except Exception:  # a display hook must never raise into the notebook
        log.debug("newsfacts: HTML display failed", exc_info=True)
        return None
