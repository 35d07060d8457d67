"""Command line: `newsfacts FILE... [--published DATE] [--format text|json|jsonl]`.

Reads each file (or stdin for `-`), parses it and prints the facts. A `.jsonl`
file (or `--input-format jsonl`) holds one `{"id", "text", "published",
"title"}` object per line, read line by line: a bad line becomes an error
record naming its line number and the other lines go on. A file that cannot be
read or parsed is reported and the files after it are still read. Every flag
applies to every kind of input or is refused with a message.

Exit status: 0 all parsed; 1 some input failed (reported on stderr, and as an
`{"error"}` record in JSON output); 2 a usage error (bad flag value, prose
input that is plainly JSONL); 3 the output could not be written (disk full);
130 interrupted (Ctrl-C). A closed pipe (`newsfacts x.jsonl | head -1`) ends
quietly with 0. No input gives a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import deque
from collections.abc import Generator, Iterator, Sequence
from typing import IO, Any

from .._version import __version__
from ..api import Parser, coerce_published
from ..records import Article
from .batch import BatchError, _Bad, cpu_count, parse_articles
from .jsonl import Origin, check_encoding, dumps_line, read_jsonl
from .progress import Progress
from .render import render_text

__all__ = ["main", "render_text"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_OUTPUT, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsfacts",
        description="Extract dates, places, actors and events from English news.",
        epilog="Exit status: 0 ok, 1 some input failed, 2 usage error, "
        "3 output not written, 130 interrupted.",
    )
    p.add_argument(
        "files", nargs="+", metavar="FILE", help="article text file, or - for stdin"
    )
    p.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (ISO 8601) anchoring relative dates ('on Monday'); "
        "for JSONL input, of the records that carry none",
    )
    p.add_argument(
        "--title",
        help="the article's headline, when not part of the text; for JSONL input, "
        "of the records that carry none",
    )
    p.add_argument(
        "--format",
        choices=("text", "json", "jsonl"),
        help="text (readable), json (one document: an object for one text file, an "
        "array otherwise) or jsonl (one line per article); default: text, or "
        "jsonl when an input is JSONL",
    )
    p.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="text (one article per file), jsonl (one record per line), or auto "
        "(default: jsonl for *.jsonl files, text otherwise, refusing text that is "
        "plainly JSONL)",
    )
    p.add_argument(
        "--encoding",
        default="utf-8",
        help="encoding of the input files and stdin (default utf-8; e.g. latin-1, cp1252)",
    )
    p.add_argument(
        "--processes",
        type=int,
        default=1,
        metavar="N",
        help="parse in N worker processes (0: one per CPU; capped at the CPU count)",
    )
    p.add_argument(
        "--progress",
        action="store_true",
        help="show progress on stderr, with a total and ETA when the input size is known",
    )
    for kind, example in (
        ("places", "name, kind, country, lat, lon"),
        ("actors", "name, kind, country"),
        ("triggers", "phrase, cameo"),
    ):
        p.add_argument(
            f"--{kind}",
            metavar="FILE",
            help=f"your own {kind}: a .tsv file (a header row naming the fields: "
            f"{example}, ...) or a .json list; they take precedence over the "
            "shipped data (see the docs' 'Your own dictionaries')",
        )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


class _OutputError(Exception):
    """Writing the output failed; `closed` when the reader went away (a pipe)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.closed = isinstance(error, BrokenPipeError)


def _say(message: str) -> None:
    try:
        sys.stderr.write(f"newsfacts: {message}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (tests)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    try:
        return _run(_parser().parse_args(argv))
    except KeyboardInterrupt:
        _say("interrupted")
        return EXIT_INTERRUPTED
    except _OutputError as exc:
        _silence_stdout()
        if exc.closed:
            return EXIT_OK
        _say(f"error: cannot write the output: {exc}")
        return EXIT_OUTPUT


def _run(args: argparse.Namespace) -> int:
    try:
        published = coerce_published(args.published)
        codec = check_encoding(args.encoding)
        parser = _dictionaries(args)
    except (TypeError, ValueError) as exc:
        _say(f"error: {exc}")
        return EXIT_USAGE
    if args.processes < 0:
        _say("error: --processes must be 0 or more")
        return EXIT_USAGE
    if args.files.count("-") > 1:
        _say("error: standard input (-) can be read only once")
        return EXIT_USAGE
    workers = args.processes or cpu_count()
    if workers > cpu_count():
        _say(
            f"--processes {workers} is more than the {cpu_count()} CPUs; using {cpu_count()}"
        )
        workers = cpu_count()
    inputs = [(name, _is_jsonl(name, args.input_format)) for name in args.files]
    fmt = args.format or ("jsonl" if any(j for _, j in inputs) else "text")
    single = len(inputs) == 1 and not inputs[0][1]
    run = _Run(args, codec, published.isoformat() if published else None)
    writer = _Writer(sys.stdout, fmt, many=not single)
    bar = Progress(_total(inputs)) if args.progress else None
    results: Generator[Article | BatchError, None, None]
    results = parse_articles(  # type: ignore[assignment]
        run.items(inputs), processes=workers, errors="return", parser=parser
    )
    try:
        for result in results:
            origin = run.origins.popleft()
            if isinstance(result, BatchError):
                run.failed(origin, result.error, fmt)
                writer.error(origin, result.error)
            else:
                writer.article(origin, result)
            if bar is not None:
                bar.update()
        writer.close()
    finally:
        results.close()
        if bar is not None:
            bar.close()
    for name, count in run.failed_records.items():
        _say(f"{name}: {count} record(s) failed")
    return run.status


def _dictionaries(args: argparse.Namespace) -> Parser | None:
    """A parser with the user's dictionary files, or None (the default one)."""
    if args.places is None and args.actors is None and args.triggers is None:
        return None
    return Parser.from_files(
        places=args.places, actors=args.actors, triggers=args.triggers
    )


def _is_jsonl(name: str, input_format: str) -> bool:
    if input_format == "auto":
        return name.lower().endswith(".jsonl")
    return input_format == "jsonl"


def _total(inputs: list[tuple[str, bool]]) -> int | None:
    """How many articles the inputs hold, when that can be known before reading."""
    total = 0
    for name, jsonl in inputs:
        if not jsonl:
            total += 1
            continue
        if name == "-":
            return None
        try:
            with open(name, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        except OSError:
            total += 1  # reported as one failed input
    return total


def _where(origin: Origin) -> str:
    name = "standard input" if origin.file in (None, "-") else origin.file
    if origin.line is None:
        return str(name)
    ident = f" (id {origin.id!r})" if origin.id is not None else ""
    return f"{name}, line {origin.line}{ident}"


def _looks_like_jsonl(text: str) -> bool:
    """Whether prose input is plainly JSONL: its first line is a JSON object with "text"."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return False
    try:
        record = json.loads(first)
    except (ValueError, RecursionError):
        return False
    return isinstance(record, dict) and "text" in record


def _decode_error(raw: bytes, exc: UnicodeDecodeError, codec: str) -> str:
    line = raw.count(b"\n", 0, exc.start) + 1
    column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
    return (
        f"cannot decode as {codec}: byte 0x{raw[exc.start]:02x} at line {line}, "
        f"column {column} ({exc.reason}); --encoding names another encoding "
        f"(latin-1, cp1252, ...)"
    )


class _Run:
    """The inputs as one stream of records, and what went wrong with them."""

    def __init__(
        self, args: argparse.Namespace, codec: str, published: str | None
    ) -> None:
        self.args = args
        self.codec = codec
        self.published = published
        self.origins: deque[Origin] = deque()
        self.status = EXIT_OK
        self.failed_records: dict[str, int] = {}

    def items(self, inputs: list[tuple[str, bool]]) -> Iterator[Any]:
        for name, jsonl in inputs:
            if jsonl:
                yield from self._jsonl(name)
            else:
                self.origins.append(Origin(file=name))
                yield self._text(name)

    def _text(self, name: str) -> dict[str, Any] | _Bad:
        try:
            raw = _read_bytes(name)
        except OSError as exc:
            return _Bad(f"cannot read: {exc.strerror or exc}")
        if isinstance(raw, str):  # a text stdin that has no bytes (tests, IDEs)
            text = raw
        else:
            codec = "utf-8-sig" if self.codec == "utf-8" else self.codec
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError as exc:
                return _Bad(_decode_error(raw, exc, self.codec))
        if self.args.input_format == "auto" and _looks_like_jsonl(text):
            self.status = max(self.status, EXIT_USAGE)
            return _Bad(
                "looks like JSONL (one JSON object per line); pass --input-format "
                "jsonl to read its records, or --input-format text to parse it as prose"
            )
        return {"text": text, "published": self.published, "title": self.args.title}

    def _jsonl(self, name: str) -> Iterator[Any]:
        try:
            stream: Any = _open_binary(name)
        except OSError as exc:
            self.origins.append(Origin(file=name))
            yield _Bad(f"cannot read: {exc.strerror or exc}")
            return
        try:
            records = read_jsonl(
                stream,
                encoding=self.codec,
                file=name,
                published=self.published,
                title=self.args.title,
            )
            for origin, record in records:
                self.origins.append(origin)
                yield record
        except OSError as exc:  # a read error part-way: what was read is kept
            self.origins.append(Origin(file=name))
            yield _Bad(f"cannot read: {exc.strerror or exc}")
        except ValueError as exc:  # an encoding JSONL cannot use
            self.origins.append(Origin(file=name))
            yield _Bad(str(exc))
        finally:
            if stream is not sys.stdin and stream is not getattr(
                sys.stdin, "buffer", None
            ):
                stream.close()

    def failed(self, origin: Origin, error: str, fmt: str) -> None:
        """Count a failed input; report it on stderr unless the output lists it."""
        self.status = max(self.status, EXIT_FAILED)
        if origin.line is not None and fmt != "text":
            name = origin.file or "-"
            self.failed_records[name] = self.failed_records.get(name, 0) + 1
            return
        message = error.removeprefix("ValueError: ")
        _say(f"error: {_where(origin)}: {message}")


def _read_bytes(name: str) -> bytes | str:
    if name == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        return buffer.read() if buffer is not None else sys.stdin.read()
    with open(name, "rb") as fh:
        return fh.read()


def _open_binary(name: str) -> IO[bytes] | IO[str]:
    if name == "-":
        stdin: IO[bytes] | IO[str] = getattr(sys.stdin, "buffer", sys.stdin)
        return stdin
    return open(name, "rb")


class _Writer:
    """Writes results in one format; any OSError becomes `_OutputError`."""

    def __init__(self, out: IO[str], fmt: str, *, many: bool) -> None:
        self.out = out
        self.fmt = fmt
        self.many = many
        self.count = 0
        if fmt in ("json", "jsonl"):
            reconfigure = getattr(out, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(encoding="utf-8")
        else:
            reconfigure = getattr(out, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors="backslashreplace")

    def _put(self, text: str) -> None:
        try:
            self.out.write(text)
        except OSError as exc:
            raise _OutputError(exc) from None

    @staticmethod
    def _head(origin: Origin) -> dict[str, Any]:
        return {"file": origin.file} if origin.line is None else {"id": origin.id}

    def _record(self, obj: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            self._put(dumps_line(obj, self.out))
        elif not self.many:
            self._put(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
        else:
            body = json.dumps(obj, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            self._put(("[\n  " if self.count == 0 else ",\n  ") + body)
        self.count += 1

    def article(self, origin: Origin, article: Article) -> None:
        if self.fmt == "text":
            if self.many:
                self._put(f"== {_where(origin)}\n")
            self._put(render_text(article) + "\n")
            self.count += 1
        else:
            self._record({**self._head(origin), **article.to_dict()})

    def error(self, origin: Origin, error: str) -> None:
        if self.fmt != "text":
            line = {"line": origin.line} if origin.line is not None else {}
            self._record({**self._head(origin), **line, "error": error})

    def close(self) -> None:
        if self.fmt == "json" and self.many:
            self._put("[]\n" if self.count == 0 else "\n]\n")
        try:
            self.out.flush()
        except OSError as exc:
            raise _OutputError(exc) from None
