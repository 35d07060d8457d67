"""Parse a JSONL corpus on a local Dask cluster into one table (events by default).

    python examples/dask_events.py corpus/*.jsonl --workers 2 --out events.csv

Each input line is `{"id", "text", "published", "title"}`. The corpus is read,
parsed and tabled once (`dask.compute(rows, errors)` shares the parse), with a
progress bar; the table keeps its documented columns and dtypes
(`newsfacts.io.export.rows_to_dataframe`); lines that fail are counted and
written next to the output (`<out>.errors.jsonl`). Needs
`pip install 'newsfacts[dask,pandas]'`.

Dask starts its workers as new processes, which import this file again: the
`if __name__ == "__main__":` guard at the bottom keeps them from running it.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial


def main(argv: list[str] | None = None) -> int:
    """Parse the corpus, write the table; 1 when some lines failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="JSONL files (globs are fine)")
    parser.add_argument(
        "--out",
        required=True,
        help="file to write: CSV, or a pandas pickle (.pkl, keeps dtypes)",
    )
    parser.add_argument(
        "--table", default="events", help="events, places, actors, dates or facts"
    )
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    args = parser.parse_args(argv)

    import dask
    import dask.bag as db
    from dask.distributed import Client, LocalCluster, progress

    from newsfacts.io.batch import (
        error_record,
        is_error,
        parse_partition_with_ids,
        result_records,
    )
    from newsfacts.io.export import rows_to_dataframe
    from newsfacts.io.jsonl import record_from_line

    cluster = LocalCluster(
        n_workers=args.workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
    )
    with cluster, Client(cluster):
        # A byte that is not UTF-8 spoils its line only: it is read as a lone
        # surrogate, which `record_from_line` turns into an error for that line.
        lines = db.read_text(args.paths, errors="surrogateescape").filter(str.strip)
        pairs = lines.map(record_from_line).map_partitions(parse_partition_with_ids)
        rows = pairs.map(partial(result_records, table=args.table)).flatten()
        errors = pairs.filter(is_error).map(error_record)
        rows, errors = dask.persist(rows, errors)  # runs the graph once, on the cluster
        progress(rows, errors)  # a text progress bar until both are done
        rows, errors = dask.compute(rows, errors)  # gathers the results

    frame = rows_to_dataframe(rows, args.table)
    if args.out.endswith(".pkl"):
        frame.to_pickle(args.out)
    else:
        frame.to_csv(args.out, index=False)
    print(f"\n{len(frame)} rows to {args.out}", file=sys.stderr)
    if errors:
        with open(f"{args.out}.errors.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)
        print(f"{len(errors)} line(s) failed: {args.out}.errors.jsonl", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
