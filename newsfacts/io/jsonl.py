"""JSONL in and out, one line at a time, so one bad line costs one record.

Reading: each line is decoded on its own (a byte that is not valid in the
encoding spoils that line only, and the error names its line number), parsed
as strict JSON (no `NaN` or `Infinity`, which are not JSON; no nesting past
the parser's depth; no lone surrogate escapes, which are not text), and must be
an object. A line that fails becomes a `Bad` marker carrying its error, which
the batch turns into an error record in its place.

Writing: `dumps_line` writes strict JSON (`allow_nan=False`), as UTF-8 text,
falling back to ASCII escapes where the output stream cannot encode a
character, so a written record is never lost to its own content.
"""

from __future__ import annotations

import codecs
import json
from collections import deque
from collections.abc import Iterable, Iterator
from typing import IO, Any

import attrs
import regex

from .batch import BatchError, _Bad, parse_articles

__all__ = [
    "Origin",
    "check_encoding",
    "dumps_line",
    "read_jsonl",
    "record_from_line",
    "run_jsonl",
]

Bad = _Bad
_SURROGATE = regex.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}|[\ud800-\udfff]")


@attrs.frozen(slots=True)
class Origin:
    """Where an input came from: its record id, line number and file name."""

    id: Any = None
    line: int | None = None
    file: str | None = None


def check_encoding(name: str) -> str:
    """The codec name for `name`, or ValueError: unknown, or not ASCII-compatible
    (JSONL is split into lines on the byte b"\\n", which UTF-16 and UTF-32 break)."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None
    return info.name


def _ascii_compatible(codec: str) -> bool:
    return "\n".encode(codec) == b"\n" and "{".encode(codec) == b"{"


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def decode_line(raw: str | bytes, number: int, codec: str) -> str | Bad:
    """One line as text, or a `Bad` naming the line and the byte that failed."""
    if isinstance(raw, str):
        return raw
    if number == 1 and codec == "utf-8" and raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        return Bad(
            f"line {number}: cannot decode as {codec}: byte "
            f"0x{raw[exc.start]:02x} at column {exc.start + 1} ({exc.reason}); "
            f"--encoding names another encoding"
        )


def parse_line(line: str, number: int) -> dict[str, Any] | Bad | None:
    """The JSON object on one line; None for a blank line, `Bad` for anything else."""
    if not line.strip():
        return None
    try:
        record = json.loads(line, parse_constant=_no_constant)
    except RecursionError:
        return Bad(f"line {number}: invalid JSON: nested too deeply")
    except ValueError as exc:
        return Bad(f"line {number}: invalid JSON: {exc}")
    if not isinstance(record, dict):
        return Bad(
            f"line {number}: expected a JSON object, not {type(record).__name__}"
        )
    return record


def _surrogate(line: str, record: dict[str, Any], number: int) -> Bad | None:
    """A `Bad` when the record holds a lone surrogate (not text: no UTF-8 for it)."""
    if not _SURROGATE.search(line):
        return None
    try:
        json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        ident = record.get("id")
        return Bad(
            f"line {number}: holds {exc.object[exc.start]!r}, which is not text "
            f"(a lone surrogate, or a byte that could not be decoded)",
            ident if _encodable(ident) else None,
        )
    return None


def record_from_line(line: str) -> dict[str, Any] | Bad:
    """One JSONL line as a record for `parse_partition`; a bad line gives a marker
    that `parse_partition` turns into a `BatchError` (for `dask.bag.read_text`)."""
    record = parse_line(line, 0)
    if record is None:
        return Bad("blank line")
    bad = record if isinstance(record, Bad) else _surrogate(line, record, 0)
    if bad is not None:
        return Bad(bad.message.removeprefix("line 0: "), bad.id)
    return record


def read_jsonl(
    lines: Iterable[str | bytes],
    *,
    encoding: str = "utf-8",
    file: str | None = None,
    published: str | None = None,
    title: str | None = None,
) -> Iterator[tuple[Origin, dict[str, Any] | Bad]]:
    """(origin, record or `Bad`) for every non-blank line, in order.

    `published` and `title` fill records that carry none.
    """
    codec = check_encoding(encoding)
    if not _ascii_compatible(codec):
        raise ValueError(
            f"JSONL input must be in an ASCII-compatible encoding, not {codec}"
        )
    for number, raw in enumerate(lines, 1):
        line = decode_line(raw, number, codec)
        if isinstance(line, Bad):
            ident = _id_of(raw, codec)
            yield Origin(ident, number, file), Bad(line.message, ident)
            continue
        record = parse_line(line, number)
        if record is None:
            continue
        if isinstance(record, Bad):
            yield Origin(None, number, file), record
            continue
        bad = _surrogate(line, record, number)
        if bad is not None:
            yield Origin(record.get("id"), number, file), bad
            continue
        if published and not record.get("published"):
            record["published"] = published
        if title and not record.get("title"):
            record["title"] = title
        yield Origin(record.get("id"), number, file), record


def _id_of(raw: str | bytes, codec: str) -> Any:
    """The "id" of a line that did not decode, when the rest of it is readable."""
    if isinstance(raw, str):
        return None
    record = parse_line(raw.decode(codec, "surrogateescape"), 0)
    ident = record.get("id") if isinstance(record, dict) else None
    return ident if _encodable(ident) else None


def _encodable(value: Any) -> bool:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, TypeError, ValueError):
        return False
    return True


def dumps_line(obj: Any, out: IO[str] | None = None) -> str:
    """`obj` as one line of strict JSON; ASCII escapes if `out` cannot encode it."""
    try:
        text = json.dumps(obj, ensure_ascii=False, allow_nan=False)
    except ValueError:  # NaN from a caller's id: keep the line, as a string
        text = json.dumps(_finite(obj), ensure_ascii=False)
    codec = getattr(out, "encoding", None) or "utf-8"
    try:
        text.encode(codec)
    except (UnicodeEncodeError, LookupError):
        text = json.dumps(_finite(obj), ensure_ascii=True)
    return text + "\n"


def _finite(obj: Any) -> Any:
    """`obj` with non-finite floats written as strings ("nan"), so it is JSON."""
    if isinstance(obj, float) and (obj != obj or obj in (float("inf"), float("-inf"))):
        return str(obj)
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


def run_jsonl(
    lines: Iterable[str | bytes],
    out: IO[str],
    *,
    processes: int | None = 1,
    chunksize: int = 8,
    progress: bool = False,
    published: str | None = None,
    encoding: str = "utf-8",
) -> int:
    """See `newsfacts.io.batch.run_jsonl`; returns the number of failed inputs."""
    origins: deque[Origin] = deque()

    def feed() -> Iterator[Any]:
        for origin, record in read_jsonl(lines, encoding=encoding, published=published):
            origins.append(origin)
            yield record

    failed = 0
    results = parse_articles(
        feed(),
        processes=processes,
        chunksize=chunksize,
        progress=progress,
        errors="return",
    )
    for result in results:
        origin = origins.popleft()
        if isinstance(result, BatchError):
            failed += 1
            line: dict[str, Any] = {
                "id": origin.id,
                "line": origin.line,
                "error": result.error,
            }
        else:
            line = {"id": origin.id, **result.to_dict()}
        out.write(dumps_line(line, out))
    return failed
