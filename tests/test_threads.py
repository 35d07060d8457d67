"""Parsing from many threads at once gives the same records as parsing alone.

The first calls race to load the data files, which must happen exactly once.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import newsfacts


def test_thread_pool_matches_serial(example_text: str) -> None:
    texts = [example_text, example_text.upper(), example_text[: len(example_text) // 2]]
    jobs = texts * 8
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(
            pool.map(lambda t: newsfacts.parse_article(t, published="2019-11-26"), jobs)
        )
    serial = [newsfacts.parse_article(t, published="2019-11-26") for t in jobs]
    assert parallel == serial
