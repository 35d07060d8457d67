"""Every pattern family stays linear on long runs of each character class.

A pattern that re-scans a run from every start position takes quadratic time:
200,000 full stops kept the sentence splitter busy for about a minute. Each case
below feeds one family a long run of one punctuation mark, letter class, digit,
space or markup piece, under a hang guard. The guard is no speed assertion: a
linear scan of these inputs takes a fraction of a second and the guard allows
`LIMIT` seconds, while a quadratic one needs minutes, so a regression fails
fast instead of stalling the suite. Speed is measured in
benchmarks/bench_scaling.py.
"""

from __future__ import annotations

import datetime as dt
import signal
import string
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

import newsfacts
from newsfacts import actors, dates, places
from newsfacts.text import Document, normalise

LIMIT = 10.0  # seconds; each linear run here takes a fraction of one
PUBLISHED = dt.date(2019, 11, 26)

# One unit per class, repeated to the run length.
UNITS: dict[str, str] = {f"punct {c!r}": c for c in string.punctuation}
UNITS |= {
    "upper": "A",
    "lower": "a",
    "titlecase digraph": "ǅ",
    "modifier letter": "ʰ",
    "other letter": "中",
    "combining mark": "a\u0301",
    "digit": "7",
    "arabic digit": "٣",
    "fraction": "½",
    "space": " ",
    "no-break space": "\u00a0",
    "newline": "\n",
    "carriage return": "\r",
    "tab": "\t",
    "em dash": "—",
    "curly quotes": "“”",
    "curly apostrophe": "’",
    "euro": "€",
    "emoji": "😀",
    "zero-width space": "\u200b",
    "dotted capital I": "İ",
    "stops and marks": ".!?",
    "stop space": ". ",
    "word stop": "a.",
    "capital stop": "A.",
    "word stop space": "said. ",
    "initials": "U.S.",
    "abbreviation": "Mr. ",
    "quote stop": '."',
    "paren stop": ".)",
    "digits and commas": "1,",
    "digits and stops": "1.",
    "clock": "3:30 ",
    "capitalised words": "Abc ",
    "capitals and spaces": "WASHINGTON ",
    "run of capitalised names": "WASHINGTON Russia O'Neill President",
    "hyphenated": "al-",
    "apostrophes": "O'",
    "tags": "<b>",
    "unclosed script": "<script>",
    "unclosed style": "<style",
    "entities": "&nbsp;",
    "blank lines": "\n\n",
    "line per word": "word\n",
}
# Characters per run: long enough that a quadratic scan overruns the guard many
# times over, short enough that the whole table stays cheap.
RUN = 150_000  # the text layer
DATES_RUN = 60_000
PLACES_RUN = 30_000
PIPELINE_RUN = 20_000


def _run(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@contextmanager
def hang_guard(seconds: float = LIMIT) -> Iterator[None]:
    """Raise TimeoutError if the block runs longer than `seconds` (POSIX only)."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def fire(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s: super-linear?")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _text_layer(text: str) -> None:
    assert len(normalise(text)) == len(text)
    doc = Document(text)
    assert sum(1 for _ in doc.tokens) == len(doc.tokens)
    for s in doc.sentences:
        assert len(doc.tokens_in(s.start, s.end)) <= s.end - s.start
    assert doc.paragraphs is not None
    doc.dateline  # noqa: B018 - computed for its cost


def _dates(text: str) -> None:
    doc = Document(text)
    for d in dates.extract(doc, PUBLISHED):
        assert text[d.start : d.end] == d.text
    dates.find_published(doc)


def _places(text: str) -> None:
    found = places.extract(Document(text))
    for loc in found.locations:
        for m in loc.mentions:
            assert text[m.start : m.end] == m.text


def _pipeline(text: str) -> None:
    article = newsfacts.parse_article(text, published=PUBLISHED)
    assert article.text == text


FAMILIES: dict[str, tuple[Callable[[str], None], int]] = {
    "text layer": (_text_layer, RUN),
    "dates": (_dates, DATES_RUN),
    "places": (_places, PLACES_RUN),
    "pipeline": (_pipeline, PIPELINE_RUN),
}


@pytest.mark.parametrize("unit", list(UNITS.values()), ids=list(UNITS))
@pytest.mark.parametrize("family", list(FAMILIES))
def test_long_run_is_linear(family: str, unit: str) -> None:
    check, size = FAMILIES[family]
    text = _run(unit, size)
    with hang_guard():
        check(text)


def test_long_run_of_capitalised_names_is_linear() -> None:
    """The actors stage once walked back over the whole run for each name."""
    text = _run("WASHINGTON Russia O'Neill President", RUN)
    doc = Document(text)
    found = places.extract(doc)
    with hang_guard():
        for actor in actors.extract(doc, found):
            for m in actor.mentions:
                assert text[m.start : m.end] == m.text


def test_hang_guard_fires_inside_a_regex_scan() -> None:
    """The guard interrupts a quadratic regex scan (the old sentence boundary)."""
    if not hasattr(signal, "setitimer"):
        pytest.skip("no interval timer on this platform")
    import regex

    quadratic = regex.compile(r"[.!?]++(?=\s)")  # re-scans the run from each stop
    with pytest.raises(TimeoutError), hang_guard(0.5):
        quadratic.findall("." * 1_000_000)


SPORTS_UNITS = {
    "standings": "Newcastle 5 4 1 0 10 3 13\n",
    "match-report": "SOCCER - Essex beat Kent by five wickets at Leeds, and Surrey "
    "and Leeds drew 2-2 against Derbyshire. ",
    "list-of-towns": "Essex, Kent, Surrey and Leeds, ",
    "scorecard": "Ijaz Ahmed c Germon b Cairns 20\nGlamorgan 259 ( A. Dale 69 )\n",
    "tennis": "1 - Thomas Muster ( Austria ) beat Mikael Tillstrom ( Sweden ) 6-4 6-2\n",
}


@pytest.mark.parametrize("unit", list(SPORTS_UNITS.values()), ids=list(SPORTS_UNITS))
def test_long_sports_page_is_linear(unit: str) -> None:
    """A sports page's clubs, rows and players are read in one pass each: a
    town read as a club on the page is not looked for again per mention."""
    text = _run(unit, RUN)
    doc = Document(text)
    found = places.extract(doc)
    with hang_guard():
        for actor in actors.extract(doc, found):
            for m in actor.mentions:
                assert text[m.start : m.end] == m.text
