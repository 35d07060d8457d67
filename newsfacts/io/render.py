"""The command line's readable text: an article's facts, one section per kind."""

from __future__ import annotations

from ..records import Article, Event

__all__ = ["render_text"]


def render_text(article: Article) -> str:
    """A readable plain-text summary of an article's facts."""
    lines: list[str] = []
    pub = article.published.isoformat() if article.published else "unknown"
    via = f" ({article.published_source})" if article.published_source else ""
    lines.append(f"published: {pub}{via}")

    lines.append(f"\nDATES ({len(article.dates)})")
    lines.extend(f"  {d.text!r:32} {d.type.value:9} {d.value}" for d in article.dates)

    lines.append(f"\nPLACES ({len(article.locations)})")
    for loc in article.locations:
        where = (
            f"{loc.lat:.2f},{loc.lon:.2f}"
            if loc.lat is not None and loc.lon is not None
            else "-"
        )
        lines.append(
            f"  {loc.name:32} {loc.kind.value:9} {loc.country or '-':3} {where:15} "
            f"x{len(loc.mentions)}"
        )

    lines.append(f"\nACTORS ({len(article.actors)})")
    for a in article.actors:
        extra = ", ".join(
            x for x in (a.title, f"({a.acronym})" if a.acronym else None, a.code) if x
        )
        lines.append(
            f"  {a.name:32} {a.kind.value:12} {a.country or '-':3} {extra}".rstrip()
        )

    lines.append(f"\nEVENTS ({len(article.events)})")
    lines.extend(f"  {_event_line(e)}" for e in article.events)
    if article.main_event is not None:
        lines.append(f"\nMAIN EVENT\n  {_event_line(article.main_event)}")
    return "\n".join(lines)


def _event_line(e: Event) -> str:
    who = e.source.name if e.source else "?"
    whom = e.target.name if e.target else "-"
    flags = ("not " if e.negated else "") + (
        f"[{e.mode}] " if e.mode != "asserted" else ""
    )
    when = f" on {e.date.value}" if e.date else ""
    if e.date is not None and e.date_source == "published":
        when += " (published)"
    where = f" in {e.location.name}" if e.location else ""
    return f"{e.type:9} {e.cameo:4} {who} {flags}{e.trigger.text!r} {whom}{when}{where}"
