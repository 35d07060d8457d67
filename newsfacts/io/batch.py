"""Many articles at once: ordered, streaming, optionally in worker processes.

`parse_articles` takes strings or dicts `{"id", "text", "published", "title"}`
and yields one result per input, in input order, while later inputs are still
being parsed. `parse_record` and `parse_partition` are the building blocks for
Dask and other schedulers; `run_jsonl` is the JSONL-in, JSONL-out loop of the
command line.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any, Literal

import attrs

from ..api import Parser, parse_article, warmup
from ..records import Article
from .progress import Progress

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = [
    "BatchError",
    "check_processes",
    "cpu_count",
    "error_record",
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
    """An input that could not be read (a bad JSONL line, an unreadable file); passes
    through the pool and becomes a `BatchError` with this message in its place."""

    message: str
    id: Any = None


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
    if isinstance(item, _Bad):
        return item.id
    return item.get("id") if isinstance(item, Mapping) else None


def parse_record(
    item: str | Mapping[str, Any], parser: Parser | None = None
) -> Article:
    """Parse one input, a text or a dict `{"id", "text", "published", "title"}`,
    with `parser` (None: the default parser, `parse_article`).

    Raises `TypeError`/`ValueError` for a malformed input. A module-level
    function, so it pickles by reference for process pools and Dask.
    """
    _, text, published, title = _unpack(item)
    if parser is None:
        return parse_article(text, published=published, title=title)
    return parser.parse(text, published=published, title=title)


_warm = False


def _warm_once() -> None:
    """Load the data files in this process, once (each worker calls it)."""
    global _warm
    if not _warm:
        warmup()
        _warm = True


def parse_partition(
    items: Iterable[str | Mapping[str, Any]], parser: Parser | None = None
) -> list[Article | BatchError]:
    """Parse inputs in one worker, warming up first; errors become `BatchError`.

    Suits `dask.bag.Bag.map_partitions` (`bag.map_partitions(parse_partition,
    parser=parser)`: a `Parser` pickles): each worker process loads the data
    files once, and one bad record never loses the rest of its partition.
    """
    _warm_once()
    return [_safe_parse(i, item, parser) for i, item in enumerate(items)]


def parse_partition_with_ids(
    items: Iterable[str | Mapping[str, Any]], parser: Parser | None = None
) -> list[tuple[Any, Article | BatchError]]:
    """Like `parse_partition`, pairing each result with its record's "id" (or None)."""
    _warm_once()
    return [
        (_item_id(item), _safe_parse(i, item, parser)) for i, item in enumerate(items)
    ]


def result_records(
    pair: tuple[Any, Article | BatchError], table: str = "facts"
) -> list[dict[str, Any]]:
    """Flat rows of one table (`Article.to_records`) of an `(id, result)` pair;
    none for an error. `functools.partial(result_records, table="events")`
    pickles, so it maps over a Dask bag."""
    record_id, result = pair
    return [] if isinstance(result, BatchError) else result.to_records(record_id, table)


def error_record(pair: tuple[Any, Article | BatchError]) -> dict[str, Any]:
    """`{"id", "error"}` of an `(id, BatchError)` pair (see `is_error`)."""
    record_id, result = pair
    error = result.error if isinstance(result, BatchError) else None
    return {"id": record_id, "error": error}


def is_error(pair: tuple[Any, Article | BatchError]) -> bool:
    """Whether an `(id, result)` pair holds a `BatchError`."""
    return isinstance(pair[1], BatchError)


def _safe_parse(index: int, item: Any, parser: Parser | None) -> Article | BatchError:
    if isinstance(item, _Bad):
        return BatchError(index, item.id, item.message)
    try:
        return parse_record(item, parser)
    except Exception as exc:  # one bad record must not lose the others
        return BatchError(index, _item_id(item), _describe(exc))


# The parser of this worker process, set once by the pool's initialiser (so a
# parser's dictionaries cross to each worker once, not with every chunk). Only
# worker processes of `parse_articles` set it; no thread ever shares it.
_worker_parser: list[Parser | None] = [None]


def _parse_chunk(chunk: list[tuple[int, Any]]) -> list[Article | BatchError]:
    _warm_once()
    parser = _worker_parser[0]
    return [_safe_parse(i, item, parser) for i, item in chunk]


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[tuple[int, Any]]]:
    chunk: list[tuple[int, Any]] = []
    for pair in enumerate(items):
        chunk.append(pair)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def cpu_count() -> int:
    """CPUs this process may run on (its affinity mask where the OS has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def check_processes(processes: Any) -> int:
    """A worker count from `processes` (None: one per CPU), capped at the CPU count.

    Raises `TypeError` for anything but an int or None, `ValueError` below 1.
    More workers than CPUs only add memory (each warm worker holds ~90 MB of
    tables), so the count is capped.
    """
    if processes is None:
        return cpu_count()
    if isinstance(processes, bool) or not isinstance(processes, int):
        raise TypeError(
            f"processes must be an int or None, not {type(processes).__name__}: "
            f"{processes!r:.40}"
        )
    if processes < 1:
        raise ValueError(f"processes must be at least 1, not {processes}")
    return min(processes, cpu_count())


def parse_articles(
    items: Iterable[str | Mapping[str, Any]],
    *,
    processes: int | None = 1,
    chunksize: int = 8,
    progress: bool = False,
    errors: Literal["raise", "return"] = "raise",
    start_method: str | None = None,
    parser: Parser | None = None,
) -> Iterator[Article | BatchError]:
    """Parse many articles, yielding one result per input, in input order.

    Each input is a text or a dict `{"id", "text", "published", "title"}` (only
    "text" is required). `processes` > 1 parses in that many worker processes
    (None: one per CPU; capped at the CPU count), each loading the data once;
    inputs are read lazily and at most a few chunks of `chunksize` are in
    flight, so memory stays flat on any corpus size. Workers start with
    `start_method` (default "forkserver" where the platform has it, else
    "spawn"): never "fork", whose children can inherit a lock another thread
    holds and wait forever. A worker that dies (killed by the OOM killer, say)
    turns into `BatchError`s for the inputs it held; the run goes on with new
    workers. `progress` shows a tqdm bar (the `progress` extra) or a counter
    on stderr. With `errors="raise"` the first bad input raises `ValueError`;
    with `errors="return"` it yields a `BatchError` in its place. `parser` (a
    `Parser` with the user's dictionaries; None: the default) parses every
    input, in this process or, pickled once per worker, in the workers.
    """
    if parser is not None and not isinstance(parser, Parser):
        raise TypeError(f"parser must be a Parser, not {type(parser).__name__}")
    if errors not in ("raise", "return"):
        raise ValueError(f"errors must be 'raise' or 'return', not {errors!r}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int):
        raise TypeError(f"chunksize must be an int, not {type(chunksize).__name__}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    workers = check_processes(processes)
    method = _start_method(start_method) if workers > 1 else None
    total = len(items) if hasattr(items, "__len__") else None  # type: ignore[arg-type]
    return _stream(
        items,
        workers,
        chunksize,
        Progress(total) if progress else None,
        errors,
        method,
        parser,
    )


def _start_method(name: str | None) -> str:
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if name is None:
        return "forkserver" if "forkserver" in methods else "spawn"
    if name not in methods:
        raise ValueError(
            f"start_method must be one of {', '.join(methods)}, not {name!r}"
        )
    return name


def _stream(
    items: Iterable[Any],
    processes: int,
    chunksize: int,
    bar: Progress | None,
    errors: str,
    method: str | None,
    parser: Parser | None = None,
) -> Iterator[Article | BatchError]:
    results = (
        _run_pool(items, processes, chunksize, method or "spawn", parser)
        if processes > 1
        else _run_here(items, parser)
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


def _run_here(
    items: Iterable[Any], parser: Parser | None = None
) -> Iterator[Article | BatchError]:
    for i, item in enumerate(items):
        yield _safe_parse(i, item, parser)


def _start_worker(parser: Parser | None = None) -> None:
    """Worker initialiser: Ctrl-C is the parent's to handle (no worker
    tracebacks); the worker parses with `parser`, its data loaded and frozen
    out of the garbage collector's passes (a process that only parses)."""
    import signal

    global _warm
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_parser[0] = parser
    warmup(freeze=True)
    _warm = True


class _Pool:
    """A process pool that survives a dead worker: it is replaced on next use."""

    def __init__(
        self, processes: int, method: str, parser: Parser | None = None
    ) -> None:
        self.processes = processes
        self.method = method
        self.parser = parser
        self.executor: Any = None

    def submit(
        self, chunk: list[tuple[int, Any]]
    ) -> Future[list[Article | BatchError]]:
        if self.executor is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self.executor = ProcessPoolExecutor(
                self.processes,
                mp_context=multiprocessing.get_context(self.method),
                initializer=_start_worker,
                initargs=(self.parser,),
            )
        future: Future[list[Article | BatchError]] = self.executor.submit(
            _parse_chunk, chunk
        )
        return future

    def broken(self) -> None:
        """Drop the broken executor; the next `submit` starts new workers."""
        self.close()

    def close(self) -> None:
        if self.executor is None:
            return
        executor, self.executor = self.executor, None
        for proc in list(getattr(executor, "_processes", {}).values()):
            if proc.is_alive():  # unfinished work is not wanted any more
                proc.terminate()
        executor.shutdown(wait=True, cancel_futures=True)


def _dead(chunk: list[tuple[int, Any]], why: str) -> list[Article | BatchError]:
    return [BatchError(i, _item_id(item), why) for i, item in chunk]


def _retry_alone(
    pool: _Pool, chunk: list[tuple[int, Any]]
) -> list[Article | BatchError]:
    """Run one chunk on its own after the pool broke: its results, or its errors."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool.submit(chunk).result()
    except BrokenProcessPool:
        pool.broken()
        return _dead(
            chunk,
            "WorkerDied: the worker process parsing this input died "
            "(killed, or out of memory)",
        )
    except Exception as exc:
        return _dead(chunk, _describe(exc))


def _run_pool(
    items: Iterable[Any],
    processes: int,
    chunksize: int,
    method: str,
    parser: Parser | None = None,
) -> Iterator[Article | BatchError]:
    from concurrent.futures.process import BrokenProcessPool

    window = 2 * processes
    pool = _Pool(processes, method, parser)
    pending: deque[tuple[list[tuple[int, Any]], Future[list[Article | BatchError]]]]
    pending = deque()
    suspects: deque[list[tuple[int, Any]]] = deque()

    def drain(limit: int) -> Iterator[Article | BatchError]:
        while len(pending) > limit or suspects:
            if suspects:  # after a break: each unfinished chunk alone, in order
                yield from _retry_alone(pool, suspects.popleft())
                continue
            chunk, future = pending.popleft()
            try:
                done = future.result()
            except BrokenProcessPool:
                pool.broken()
                suspects.append(chunk)
                suspects.extend(c for c, _ in pending)
                pending.clear()
                continue
            except Exception as exc:  # an input that cannot be pickled, say
                done = _dead(chunk, _describe(exc))
            yield from done

    chunks = _chunks(items, chunksize)
    try:
        while True:
            yield from drain(window - 1)  # before pulling more input
            chunk = next(chunks, None)
            if chunk is None:
                break
            pending.append((chunk, pool.submit(chunk)))
        yield from drain(0)
    finally:
        pool.close()


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
    """Read `{"id", "text", "published", "title"}` lines, write one JSON line per input.

    Output lines are `{"id": ..., **article.to_dict()}`, or `{"id": ..., "line":
    n, "error": "..."}` for an input that failed; every other input is still
    written, in input order. Lines may be `bytes` (decoded one by one with
    `encoding`, so one bad byte costs one line) or `str`. `published` (ISO
    8601) applies to records that carry none. Returns the number of failed
    inputs.
    """
    from .jsonl import run_jsonl as run

    return run(
        lines,
        out,
        processes=processes,
        chunksize=chunksize,
        progress=progress,
        published=published,
        encoding=encoding,
    )
