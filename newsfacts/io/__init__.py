"""Input and output around the pipeline: export, display, batches and the command line.

- `export`: flat records and pandas DataFrames;
- `display`: notebook HTML and displaCy's manual format;
- `batch`: many articles, in worker processes, with per-record errors;
- `cli`: the `newsfacts` command.
"""
