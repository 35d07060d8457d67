"""Hand-built articles for the display, export, batch and Dask tests.

Built from records directly so these tests do not depend on what the stages
find today; every offset is computed from the text, never typed in.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import re
from pathlib import Path
from typing import Any

from newsfacts.records import Actor, Article, Event, Location, Mention, TimeExpression

WIRE = (
    "TRIPOLI, Libya (AP) - U.S. envoys met Field Marshal Khalifa Haftar in Tripoli "
    "on Monday and pledged $5 million in aid, officials said. Haftar did not "
    "attend talks in Berlin on Nov. 24."
)


def span(text: str, needle: str, occurrence: int = 0) -> Mention:
    """The `occurrence`-th (0-based) mention of `needle` in `text`."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(needle, at + 1)
    return Mention.of(text, at, at + len(needle))


def timex(text: str, needle: str, value: str, rule: str = "test") -> TimeExpression:
    """A DATE expression over the first `needle` in `text`."""
    m = span(text, needle)
    return TimeExpression(
        m.text, m.start, m.end, "DATE", value, anchor="published", rule=rule
    )


def wire_article(text: str = WIRE) -> Article:
    """A small but complete article: two dates, two places, two actors, two events."""
    monday = timex(text, "Monday", "2019-11-25", rule="weekday")
    nov24 = timex(text, "Nov. 24", "2019-11-24", rule="month-day")
    tripoli = Location(
        "Tripoli",
        "city",
        "LY",
        32.8875,
        13.1875,
        2210247,
        mentions=(span(text, "TRIPOLI"), span(text, "Tripoli")),
        rule="gazetteer",
    )
    berlin = Location(
        "Berlin",
        "city",
        "DE",
        52.52,
        13.405,
        2950159,
        mentions=(span(text, "Berlin"),),
        rule="gazetteer",
    )
    usa = Actor(
        "United States",
        "country",
        "US",
        mentions=(span(text, "U.S."),),
        code="USAGOV",
        rule="country-name",
    )
    haftar = Actor(
        "Khalifa Haftar",
        "person",
        "LY",
        title="Field Marshal",
        aliases=("Haftar",),
        mentions=(span(text, "Khalifa Haftar"), span(text, "Haftar", 1)),
        code="LBYMIL",
        rule="titled-name",
    )
    sentence = Mention.of(text, 22, text.index("said.") + 5)
    meet = Event(
        "CONSULT",
        "040",
        span(text, "met"),
        sentence,
        source=usa,
        target=haftar,
        date=monday,
        location=tripoli,
        rule="meet-verb",
    )
    skip = Event(
        "CONSULT",
        "040",
        span(text, "attend"),
        span(text, "Haftar did not attend talks"),
        source=haftar,
        date=nov24,
        location=berlin,
        negated=True,
        rule="attend-talks",
    )
    return Article(
        text,
        published=dt.date(2019, 11, 26),
        title="US envoys meet Haftar",
        dates=(monday, nov24),
        locations=(tripoli, berlin),
        actors=(usa, haftar),
        events=(meet, skip),
        main_event=meet,
        published_source="argument",
    )


ROOT = Path(__file__).resolve().parent.parent
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def python_blocks(page: str) -> list[str]:
    """The ```python blocks of docs/<page>, in order (```sh and others are not run)."""
    return _BLOCK.findall((ROOT / "docs" / page).read_text(encoding="utf-8"))


def run_doc_page(page: str) -> dict[str, Any]:
    """Run a docs page's Python blocks in one namespace from the repository root.

    A block whose first line is `# requires: module` is skipped when that module
    is missing; returns the namespace so a test can check what the code built.
    """
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    blocks = python_blocks(page)
    assert blocks, f"docs/{page} has no python blocks"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        for block in blocks:
            first = block.splitlines()[0]
            if first.startswith("# requires:"):
                module = first.split(":", 1)[1].strip()
                if importlib.util.find_spec(module) is None:
                    continue
            exec(compile(block, f"docs/{page}", "exec"), namespace)
    finally:
        os.chdir(cwd)
    return namespace
