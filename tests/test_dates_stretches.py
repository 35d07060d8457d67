"""Dates stage: a rule with cuts (`stretches.CUTS`) is run only on the stretch
between the cuts around each of its anchors, and finds what it finds when run
on the whole block."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts.dates import recognise as rec
from newsfacts.dates.anchors import all_keys, narrow
from newsfacts.dates.prefilter import by_rule, positions
from newsfacts.dates.stretches import CUTS, stretches
from newsfacts.text import normalise

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))


def _stretches(rule: str, text: str) -> list[str]:
    """The text of each stretch `rule` is run on, `text` one block."""
    norm = normalise(text)
    blocks = [(0, len(norm))]
    low = norm.lower()
    keys = positions(low, all_keys())
    kept = narrow(low, blocks, by_rule(blocks, keys), keys).get(rule, [])
    got = stretches(rule, norm, low, blocks, kept, keys)
    assert got is not None
    return [norm[a:b] for a, b in got]


def _found(text: str) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.rule) for c in rec.recognise(normalise(text))]


# News phrasings of each rule with cuts, with what the rule matches: numbers
# holding a period, a comma or a slash, hyphens, ranges, and cuts right
# before and after.
PHRASINGS: list[tuple[str, str, str]] = [
    ("duration", "He was jailed for 2.5 years, the court said.", "2.5 years"),
    ("duration", "The dispute has gone on for 1,000 days.", "1,000 days"),
    ("duration", "Rescuers dug for 1 1/2 hours before reaching him.", "1 1/2 hours"),
    ("duration", 'The talks, which lasted "three days", ended.', "three days"),
    ("duration", "The siege (which lasted 10 to 12 weeks) ended.", "10 to 12 weeks"),
    ("duration", "Over the past two years: prices doubled.", "Over the past two years"),
    ("duration", "Troops stayed for some 18 months; then they left.", "some 18 months"),
    ("duration", "It was the first strike in nearly three decades!", "nearly three decades"),
    ("duration", "KABUL - Talks lasted five hours.Officials left.", "five hours"),
    ("ago", "The bridge, built 2.5 years ago, collapsed.", "2.5 years ago"),
    ("ago", 'He said: "I left two days earlier."', "two days earlier"),
    ("duration_bare", "Prices have risen for years (officials said).", "years"),
    ("duration_unit", "The strike lasted a week; schools shut.", "a week"),
    ("month", "The vote, due in early March, was delayed.", "early March"),
    ("month", 'Officials said "last May" the plan failed.', "last May"),
    ("ref", "Attacks have (recently) increased.", "recently"),
    ("ref", "The then-current leader resigned.", "then-current"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "text", "matched"), PHRASINGS, ids=[f"{r}:{m}" for r, _, m in PHRASINGS]
)
def test_a_match_is_found_whole_in_its_stretch(
    rule: str, text: str, matched: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert rule in CUTS
    found = _found(text)
    got = [c.match.group().strip() for c in rec.recognise(normalise(text))]
    assert matched in got
    monkeypatch.setattr(rec, "stretches", lambda *_args: None)
    assert _found(text) == found  # the same as over the whole block


def test_a_stretch_ends_at_the_cuts_around_the_anchor() -> None:
    text = "In Kabul, officials said the talks lasted three days. Nobody else spoke."
    assert _stretches("duration", text) == [
        " officials said the talks lasted three days"
    ]


def test_a_number_holding_a_period_or_comma_is_no_cut() -> None:
    text = "Officials said, after a vote, that 1,500.5 hours were lost."
    assert _stretches("duration", text) == [" that 1,500.5 hours were lost"]


def test_each_anchor_has_its_stretch_in_order() -> None:
    text = "He served five years; she served two weeks (in 2010) and three months."
    assert _stretches("duration", text) == [
        "He served five years",
        " she served two weeks ",
        " and three months",
    ]


def test_a_rule_without_cuts_runs_on_whole_blocks() -> None:
    # "Monday, March 3": a comma before a space inside a match, so no cuts
    assert "month_day" not in CUTS
    text = "On Monday, March 3."
    got = stretches("month_day", text, text.lower(), [(0, len(text))], [0], {})
    assert got is None
    assert "Monday, March 3" in [c.match.group() for c in rec.recognise(text)]


ARTICLE = """NAIROBI, March 3 (Reuters) - Kenyan teachers ended a strike on
Tuesday that had closed schools for nearly three weeks, the union said.

The walkout, the longest in a decade, began after 18 months of talks over pay
(the union sought a 2.5 percent rise over two years). "We waited 1,000 days
for this," said one teacher, who has taught for 12 years; another said: "Two
weeks more and we would have lost the term."

The government said it would pay arrears within 90 days - about three months
- and review salaries every 5-6 years. Schools reopen on Monday.
"""


def test_an_article_s_durations_are_the_same_without_stretches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    norm = normalise(ARTICLE)
    found = [(c.start, c.end, c.rule) for c in rec.recognise(norm)]
    durations = [norm[a:b] for a, b, rule in found if rule == "duration"]
    assert "nearly three weeks" in durations and "12 years" in durations
    monkeypatch.setattr(rec, "stretches", lambda *_args: None)
    assert [(c.start, c.end, c.rule) for c in rec.recognise(norm)] == found


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_recognition_is_the_same_without_stretches(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    norm = normalise(path.read_text(encoding="utf-8"))
    found = rec.recognise(norm)
    spans = [(c.start, c.end, c.rule) for c in found]
    assert spans  # the example has dates
    monkeypatch.setattr(rec, "stretches", lambda *_args: None)
    assert [(c.start, c.end, c.rule) for c in rec.recognise(norm)] == spans
