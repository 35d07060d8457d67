"""Command line: `newsfacts FILE... [--published DATE] [--format text|json|jsonl]`.

Reads each file (or stdin for `-`), parses it and prints the facts. Errors go to
stderr and make the exit status non-zero; other files are still processed.
A `.jsonl` file (or `--input-format jsonl`) holds one `{"id", "text",
"published", "title"}` object per line and gives one JSON line out per record,
an `{"id", "error"}` line for a record that fails (`--processes N` in parallel).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from .._version import __version__
from ..api import coerce_published, parse_article
from ..records import Article, Event

__all__ = ["main", "render_text"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsfacts",
        description="Extract dates, places, actors and events from English news.",
    )
    p.add_argument(
        "files", nargs="+", metavar="FILE", help="article text file, or - for stdin"
    )
    p.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (ISO 8601) anchoring relative dates ('on Monday')",
    )
    p.add_argument("--title", help="the article's headline, when not part of the text")
    p.add_argument(
        "--format",
        choices=("text", "json", "jsonl"),
        default="text",
        help="text (readable, default), json (indented, one per file) or jsonl",
    )
    p.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="text (one article per file), jsonl (one record per line), or auto "
        "(default: jsonl for *.jsonl files)",
    )
    p.add_argument(
        "--processes",
        type=int,
        default=1,
        metavar="N",
        help="parse JSONL records in N worker processes (0: one per CPU)",
    )
    p.add_argument(
        "--progress", action="store_true", help="show progress on stderr (JSONL input)"
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        published = coerce_published(args.published)
    except (TypeError, ValueError) as exc:
        print(f"newsfacts: error: {exc}", file=sys.stderr)
        return 2
    if args.processes < 0:
        print("newsfacts: error: --processes must be 0 or more", file=sys.stderr)
        return 2
    status = 0
    out = sys.stdout
    for name in args.files:
        if _is_jsonl(name, args.input_format):
            status = max(status, _run_jsonl(name, out, args))
            continue
        try:
            text = _read(name)
        except (OSError, UnicodeDecodeError) as exc:
            print(f"newsfacts: error: cannot read {name}: {exc}", file=sys.stderr)
            status = 1
            continue
        article = parse_article(text, published=published, title=args.title)
        _write(out, name, article, args.format, many=len(args.files) > 1)
    return status


def _is_jsonl(name: str, input_format: str) -> bool:
    if input_format == "auto":
        return name.lower().endswith(".jsonl")
    return input_format == "jsonl"


def _run_jsonl(name: str, out: TextIO, args: argparse.Namespace) -> int:
    """Parse one JSONL file (or stdin); 1 if any record failed or it is unreadable.

    `--published` applies to records without a "published" field.
    """
    from .batch import run_jsonl

    options: dict[str, Any] = {
        "processes": args.processes or None,
        "progress": args.progress,
        "published": args.published,
    }
    try:
        if name == "-":
            failed = run_jsonl(sys.stdin, out, **options)
        else:
            with open(name, encoding="utf-8-sig") as fh:
                failed = run_jsonl(fh, out, **options)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"newsfacts: error: cannot read {name}: {exc}", file=sys.stderr)
        return 1
    if failed:
        print(f"newsfacts: {name}: {failed} record(s) failed", file=sys.stderr)
    return 1 if failed else 0


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    with open(name, encoding="utf-8-sig") as fh:
        return fh.read()


def _write(out: TextIO, name: str, article: Article, fmt: str, *, many: bool) -> None:
    if fmt == "jsonl":
        out.write(
            json.dumps({"file": name, **article.to_dict()}, ensure_ascii=False) + "\n"
        )
    elif fmt == "json":
        out.write(article.to_json(indent=2) + "\n")
    else:
        if many:
            out.write(f"== {name}\n")
        out.write(render_text(article) + "\n")


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
