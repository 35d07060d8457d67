"""Input and output around the pipeline: exports, display, batches and the command line.

- `export`, `tables`: flat rows and pandas DataFrames (facts, events, places,
  actors, dates);
- `geojson`, `timeml`: a map of the places, TimeML for temporal tools;
- `display`: notebook HTML and displaCy's manual format;
- `html`: news web pages in (main text, headline, publication date);
- `batch`, `jsonl`, `progress`: many articles, in worker processes, with
  per-record errors; JSONL read line by line;
- `cli`, `render`: the `newsfacts` command.
"""
