"""Dates stage: the prefilter's key positions and the rules' anchors drop only
blocks where a rule finds nothing, so recognition is the same with and
without them."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts.dates import recognise as rec
from newsfacts.dates.anchors import AT_KEYS, SEARCHED, all_keys, narrow, plain
from newsfacts.dates.prefilter import by_rule, positions, rule_blocks
from newsfacts.text import normalise

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))

# One real news phrasing per anchored rule, with the text the rule matches.
ANCHORED: list[tuple[str, str, str]] = [
    ("iso", "The filing was dated 2019-11-26 by the court.", "2019-11-26"),
    ("iso", "The filing was dated 2019/11/26 by the court.", "2019/11/26"),
    ("clock_pod", "The minister will speak at 9 tonight.", "9 tonight"),
    ("clock_pod", "Shots were heard at 8 last night.", "8 last night"),
    ("numeric", "The ceasefire signed on 11/26/2019 held.", "11/26/2019"),
    ("year", "The war ended in 1998, officials said.", "1998"),
    ("clock", "The blast hit at 9:30 a.m. local time.", "9:30 a.m. local time"),
    ("clock24", "Voting closes at 1800 GMT on Sunday.", "1800 GMT on Sunday"),
    ("clock_words", "The shots rang out at eight o'clock.", "eight o'clock"),
    ("clock_words", "The museum opens at half past nine.", "half past nine"),
    ("clock_words", "Doors close at a quarter to nine.", "a quarter to nine"),
    ("clock_words", "He arrived at eleven p.m. on Friday.", "eleven p.m. on Friday"),
    ("clock_words", "The train leaves at seven in the morning.", "seven in the morning"),
    ("ago", "The rebels seized the town two days ago.", "two days ago"),
    ("duration", "He served five years in prison.", "five years"),
    ("duration", "Talks lasted a couple of weeks.", "a couple of weeks"),
    ("duration", "Output fell for three straight quarters.", "three straight quarters"),
    ("duration_bare", "Prices have risen for years.", "years"),
    ("duration_compound", "He needed 2 hours, 16 minutes to win.", "2 hours, 16 minutes"),
    ("duration_unit", "The strike lasted a week.", "a week"),
    ("relative", "Exports grew last year.", "last year"),
    ("relative", "Profit fell in the current fiscal year.", "the current fiscal year"),
    ("month_day", "Troops withdrew on Nov. 26, 2019.", "Nov. 26, 2019"),
    ("second_day", "Talks are set for March 5-6.", "March 5-6"),
    ("second_day", "The fair runs Nov. 3 to 5.", "Nov. 3 to 5"),
    ("day_words", "The vote is set for the fifth of May.", "the fifth of May"),
    ("day_words", "Polls open on March the twenty-first.", "March the twenty-first"),
    ("decade", "Inflation soared in the 1970s.", "the 1970s"),
    ("decade", "The club was founded in the '90s.", "the '90s"),
    ("decade", "The band peaked in the early sixties.", "the early sixties"),
    ("nth_weekday", "Voters go to the polls on the second Tuesday of May.",
     "the second Tuesday of May"),
    ("set_times", "Inspectors visit the plant twice a year.", "twice a year"),
    ("set_times", "The council meets three times a week.", "three times a week"),
    ("year_words", "The treaty was signed in nineteen ninety-five.", "nineteen ninety-five"),
    ("year_words", "The law dates from two thousand and eight.", "two thousand and eight"),
    ("month_year_words", "The plant opened in May nineteen ninety.", "May nineteen ninety"),
    ("day_month", "Elections are due on 5th of May.", "5th of May"),
    ("first_day", "The summit is on 24-25 April.", "24-"),
    ("month_year", "The law took effect in March 2014.", "March 2014"),
    ("month", "The summit is planned for September.", "September"),
    ("weekday_ago", "The market opened three Sundays ago.", "three Sundays ago"),
    ("clock_at", "The polls closed at 19:30 on Sunday.", "at 19:30 on Sunday"),
    ("race_time", "Kipchoge won in 2:01:09 in Berlin.", "2:01:09"),
    ("ref", "Attacks have recently increased.", "recently"),
    ("ref", "The outlook is bleak in the near term.", "the near term"),
    ("ref", "Food prices are high these days.", "these days"),
]  # fmt: skip


def _spans(norm: str) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.rule) for c in rec.recognise(norm)]


def test_every_anchored_rule_has_a_case() -> None:
    assert {rule for rule, _, _ in ANCHORED} == set(SEARCHED) | set(AT_KEYS)


@pytest.mark.parametrize(
    ("rule", "sentence", "text"), ANCHORED, ids=[f"{c[0]}:{c[2]}" for c in ANCHORED]
)
def test_anchor_keeps_a_block_where_its_rule_matches(
    rule: str, sentence: str, text: str
) -> None:
    norm = normalise(sentence)
    blocks = [(0, len(norm))]
    low = norm.lower()
    keys = positions(low, all_keys())
    kept = narrow(low, blocks, by_rule(blocks, keys), keys)
    assert kept.get(rule) == [0]
    pattern = dict(rec.compiled())[rule]
    assert any(m.group() == text for m in pattern.finditer(norm)), rule


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Ministers met in Amsterdam to discuss fishing quotas.", "clock"),
        ("Ministers met on Monday to discuss fishing quotas.", "duration"),
        ("The decision was declared void by the court.", "month"),
        ("The market opened lower as traders sold shares.", "month_day"),
        ("The army said 45 soldiers were killed.", "year"),
        ("Talks resumed on March 5 in Geneva.", "second_day"),
        ("It was the first time since March that talks resumed.", "day_words"),
        ("The authorities said 40 people were hurt.", "decade"),
        ("The first Tuesday after the vote was calm.", "nth_weekday"),
        ("He was shot three times in the chest.", "set_times"),
        ("Thousands of people marched in May.", "month_year_words"),
        ("Some 1800 people queued for hours to vote.", "clock24"),
        ("Talks resumed on 5 April in Geneva.", "first_day"),
        ("The rebels pulled back, officials said two days ago.", "weekday_ago"),
        ("The minister said: talks will go on.", "clock_at"),
        ("The minister said: talks will go on.", "race_time"),
    ],
    ids=["am-in-Amsterdam", "day-in-Monday", "dec-in-decision", "mar-in-market",
         "short-number", "one-day-only", "first-not-a-day", "ties-in-authorities",
         "no-of-after-weekday", "times-not-a-rate", "thousands-not-a-year",
         "no-zone", "one-day-before-month", "ago-after-no-weekday",
         "colon-of-speech", "colon-of-speech-race"],
)  # fmt: skip
def test_anchor_drops_a_block_where_only_the_key_is(sentence: str, rule: str) -> None:
    norm = normalise(sentence)
    blocks = [(0, len(norm))]
    low = norm.lower()
    keys = positions(low, all_keys())
    woken = by_rule(blocks, keys)
    assert woken.get(rule) == [0]  # the key word wakes the rule ...
    assert not narrow(low, blocks, woken, keys).get(rule)  # ... the anchor does not


@pytest.mark.parametrize(
    "text",
    ["Talks resumed on ١٥ May.", "The ſession ended on May 5.", "Plain text, May 5."],
    ids=["arabic-indic digits", "long s", "plain"],
)
def test_plain_text_is_ascii_digits_and_simple_case(text: str) -> None:
    assert plain(text) == (text == "Plain text, May 5.")


def test_key_positions_give_the_blocks_of_the_key_scan() -> None:
    # Keys read from a shorter key ("today" from "day") and keys that run over
    # a block end ("year-" cut by the block) count as the scanner counts them.
    text = "It rained today. The year-long inquiry ended on Monday 3 May."
    blocks = [(0, 21), (21, len(text))]
    woken = rule_blocks(text, blocks)
    assert woken["deictic"] == [0]
    assert woken["unit_long"] == [1] and woken["year_adj"] == [1]
    assert woken["weekday"] == [1]
    assert woken == rule_blocks(text.replace("It", "İt"), blocks)  # the scanner


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_recognition_is_the_same_without_anchors(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    norm = normalise(path.read_text(encoding="utf-8"))
    anchored = _spans(norm)
    monkeypatch.setattr(rec, "plain", lambda _text: False)
    assert _spans(norm) == anchored
    assert anchored  # the example has dates
