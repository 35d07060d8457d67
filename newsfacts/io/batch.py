"""Many articles at once: ordered, streaming, optionally in worker processes.

`parse_articles` takes strings or dicts `{"id", "text", "published", "title"}`
and yields one result per input, in input order, while later inputs are still
being parsed. `parse_record` and `parse_partition` are the building blocks for
Dask and other schedulers; `run_jsonl` is the JSONL-in, JSONL-out loop of the
command line.
"""

from __future__ import annotations

import json
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any, Literal

import attrs

from ..api import parse_article, warmup
from ..records import Article

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult

__all__ = [
    "BatchError",
    "is_error",
    "parse_articles",
    "parse_partition",
    "parse_partition_with_ids",
    "parse_record",
    "result_records",
    "run_jsonl",
]


@attrs.frozen(slots=True)
class BatchError:
    """An input that could not be parsed: its position, id and the error message.

    Yielded in place of an `Article` by `parse_articles(..., errors="return")`.
    """

    index: int
    id: Any
    error: str

    def to_dict(self) -> dict[str, Any]:
        """`{"id", "error"}`, the JSONL error line of the command line."""
        return {"id": self.id, "error": self.error}


@attrs.frozen(slots=True)
class _Bad:
    """A JSONL line that could not be decoded; passes through the pool as an error."""

    message: str


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _unpack(item: Any) -> tuple[Any, Any, Any, Any]:
    """(id, text, published, title) of one input; other dict keys are ignored."""
    if isinstance(item, str):
        return None, item, None, None
    if isinstance(item, _Bad):
        raise ValueError(item.message)
    if isinstance(item, Mapping):
        if "text" not in item:
            raise ValueError("record has no 'text' field")
        return item.get("id"), item["text"], item.get("published"), item.get("title")
    raise TypeError(f"expected a str or a dict with 'text', not {type(item).__name__}")


def _item_id(item: Any) -> Any:
    return item.get("id") if isinstance(item, Mapping) else None


def parse_record(item: str | Mapping[str, Any]) -> Article:
    """Parse one input, a text or a dict `{"id", "text", "published", "title"}`.

    Raises `TypeError`/`ValueError` for a malformed input. A module-level
    function, so it pickles by reference for process pools and Dask.
    """
    _, text, published, title = _unpack(item)
    return parse_article(text, published=published, title=title)


_warm = False


def _warm_once() -> None:
    """Load the data files in this process, once (each worker calls it)."""
    global _warm
    if not _warm:
        warmup()
        _warm = True


def parse_partition(
    items: Iterable[str | Mapping[str, Any]],
) -> list[Article | BatchError]:
    """Parse inputs in one worker, warming up first; errors become `BatchError`.

    Suits `dask.bag.Bag.map_partitions`: each worker process loads the data files
    once, and one bad record never loses the rest of its partition.
    """
    _warm_once()
    return [_safe_parse(i, item) for i, item in enumerate(items)]


def parse_partition_with_ids(
    items: Iterable[str | Mapping[str, Any]],
) -> list[tuple[Any, Article | BatchError]]:
    """Like `parse_partition`, pairing each result with its record's "id" (or None)."""
    _warm_once()
    return [(_item_id(item), _safe_parse(i, item)) for i, item in enumerate(items)]


def result_records(pair: tuple[Any, Article | BatchError]) -> list[dict[str, Any]]:
    """Flat rows (`export.COLUMNS`) of an `(id, result)` pair; none for an error."""
    record_id, result = pair
    return [] if isinstance(result, BatchError) else result.to_records(record_id)


def is_error(pair: tuple[Any, Article | BatchError]) -> bool:
    """Whether an `(id, result)` pair holds a `BatchError`."""
    return isinstance(pair[1], BatchError)


def _safe_parse(index: int, item: Any) -> Article | BatchError:
    try:
        return parse_record(item)
    except Exception as exc:  # one bad record must not lose the others
        return BatchError(index, _item_id(item), _describe(exc))


def _parse_chunk(chunk: list[tuple[int, Any]]) -> list[Article | BatchError]:
    _warm_once()
    return [_safe_parse(i, item) for i, item in chunk]


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[tuple[int, Any]]]:
    chunk: list[tuple[int, Any]] = []
    for pair in enumerate(items):
        chunk.append(pair)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Progress:
    """tqdm when installed, else a counter on stderr, updated in place."""

    def __init__(self, total: int | None) -> None:
        self.count = 0
        self.total = total
        self.bar: Any = None
        try:
            from tqdm.auto import tqdm  # type: ignore[import-untyped, unused-ignore]
        except ImportError:
            return
        self.bar = tqdm(total=total, unit="article", desc="newsfacts")

    def update(self) -> None:
        self.count += 1
        if self.bar is not None:
            self.bar.update(1)
        elif self.count % 10 == 0 or self.count == self.total:
            of = f"/{self.total}" if self.total is not None else ""
            sys.stderr.write(f"\rnewsfacts: {self.count}{of} articles")
            sys.stderr.flush()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        elif self.count:
            of = f"/{self.total}" if self.total is not None else ""
            sys.stderr.write(f"\rnewsfacts: {self.count}{of} articles\n")
            sys.stderr.flush()


def parse_articles(
    items: Iterable[str | Mapping[str, Any]],
    *,
    processes: int | None = 1,
    chunksize: int = 8,
    progress: bool = False,
    errors: Literal["raise", "return"] = "raise",
) -> Iterator[Article | BatchError]:
    """Parse many articles, yielding one result per input, in input order.

    Each input is a text or a dict `{"id", "text", "published", "title"}` (only
    "text" is required). `processes` > 1 parses in that many worker processes
    (None: one per CPU), each loading the data once; inputs are read lazily and
    at most a few chunks of `chunksize` are in flight, so memory stays flat on
    any corpus size. `progress` shows a tqdm bar (the `progress` extra) or a
    counter on stderr. With `errors="raise"` the first bad input raises
    `ValueError`; with `errors="return"` it yields a `BatchError` in its place.
    """
    if errors not in ("raise", "return"):
        raise ValueError(f"errors must be 'raise' or 'return', not {errors!r}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    if processes is None:
        processes = os.cpu_count() or 1
    if processes < 1:
        raise ValueError(f"processes must be at least 1, not {processes}")
    total = len(items) if hasattr(items, "__len__") else None  # type: ignore[arg-type]
    return _stream(
        items, processes, chunksize, _Progress(total) if progress else None, errors
    )


def _stream(
    items: Iterable[Any],
    processes: int,
    chunksize: int,
    bar: _Progress | None,
    errors: str,
) -> Iterator[Article | BatchError]:
    results = (
        _run_pool(items, processes, chunksize) if processes > 1 else _run_here(items)
    )
    try:
        for result in results:
            if isinstance(result, BatchError) and errors == "raise":
                raise ValueError(
                    f"input {result.index} (id={result.id!r}) failed: {result.error}"
                )
            if bar is not None:
                bar.update()
            yield result
    finally:
        if bar is not None:
            bar.close()
        close = getattr(results, "close", None)
        if close is not None:
            close()


def _run_here(items: Iterable[Any]) -> Iterator[Article | BatchError]:
    for i, item in enumerate(items):
        yield _safe_parse(i, item)


def _run_pool(
    items: Iterable[Any], processes: int, chunksize: int
) -> Iterator[Article | BatchError]:
    import multiprocessing

    window = 2 * processes
    pending: deque[AsyncResult[list[Article | BatchError]]] = deque()
    with multiprocessing.get_context().Pool(processes) as pool:
        for chunk in _chunks(items, chunksize):
            pending.append(pool.apply_async(_parse_chunk, (chunk,)))
            while len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


# --- JSONL --------------------------------------------------------------


def _read_jsonl(lines: Iterable[str]) -> Iterator[dict[str, Any] | _Bad]:
    """Decoded records; a line that is not a JSON object becomes a `_Bad` marker."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield _Bad(f"line {number}: invalid JSON: {exc}")
            continue
        if isinstance(record, dict):
            yield record
        else:
            yield _Bad(
                f"line {number}: expected a JSON object, not {type(record).__name__}"
            )


def run_jsonl(
    lines: Iterable[str],
    out: IO[str],
    *,
    processes: int | None = 1,
    chunksize: int = 8,
    progress: bool = False,
    published: str | None = None,
) -> int:
    """Read `{"id", "text", "published", "title"}` lines, write one JSON line per input.

    Output lines are `{"id": ..., **article.to_dict()}`, or `{"id": ..., "error":
    "..."}` for an input that failed; every other input is still written, in
    input order. `published` (ISO 8601) applies to records that carry none.
    Returns the number of failed inputs.
    """
    ids: deque[Any] = deque()
    failed = 0

    def feed() -> Iterator[Any]:
        for record in _read_jsonl(lines):
            ids.append(None if isinstance(record, _Bad) else record.get("id"))
            if published and isinstance(record, dict) and not record.get("published"):
                record["published"] = published
            yield record

    results = parse_articles(
        feed(),
        processes=processes,
        chunksize=chunksize,
        progress=progress,
        errors="return",
    )
    for result in results:
        record_id = ids.popleft()
        if isinstance(result, BatchError):
            failed += 1
            line: dict[str, Any] = {"id": record_id, "error": result.error}
        else:
            line = {"id": record_id, **result.to_dict()}
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return failed
