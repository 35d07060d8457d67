"""The text layer on real news conventions: clean-up, tokens, sentences, datelines.

New cases go in the tables below, one real phrasing each.
"""

from __future__ import annotations

import pytest

from newsfacts.text import Document, normalise

# (text, expected sentences)
SENTENCES = [
    (
        "U.S. officials met Gen. Haftar on Nov. 24. He did not comment.",
        ["U.S. officials met Gen. Haftar on Nov. 24.", "He did not comment."],
    ),
    (
        "Mr. Smith arrived at 3 p.m. local time. The talks began.",
        ["Mr. Smith arrived at 3 p.m. local time.", "The talks began."],
    ),
    (
        "The meeting ended at 5 p.m. on Friday. It resumed later.",
        ["The meeting ended at 5 p.m. on Friday.", "It resumed later."],
    ),
    (
        "Troops left the U.S. The Pentagon confirmed it.",
        ["Troops left the U.S.", "The Pentagon confirmed it."],
    ),
    (
        "“We will not retreat,” he said. “Never.” Officials agreed.",
        ["“We will not retreat,” he said.", "“Never.”", "Officials agreed."],
    ),
    (
        "The vote (held on Sunday. Turnout was low.) passed. Results follow.",
        ["The vote (held on Sunday. Turnout was low.) passed.", "Results follow."],
    ),
    (
        "Polly Peck International Inc. , a British firm , bid . Shares rose .",
        ["Polly Peck International Inc. , a British firm , bid .", "Shares rose ."],
    ),
    (
        "Did they win? Nobody knows! Results follow.",
        ["Did they win?", "Nobody knows!", "Results follow."],
    ),
    (
        "John F. Kennedy was shot in Dallas. Lee Harvey Oswald was arrested.",
        ["John F. Kennedy was shot in Dallas.", "Lee Harvey Oswald was arrested."],
    ),
    (
        "Headline of the story\n\nBody text starts here. Second sentence.",
        ["Headline of the story", "Body text starts here.", "Second sentence."],
    ),
    (
        "Shares rose 3.5 percent to $12.40. Analysts cheered.",
        ["Shares rose 3.5 percent to $12.40.", "Analysts cheered."],
    ),
    (
        "The U.N. Security Council met. Russia vetoed the draft.",
        ["The U.N. Security Council met.", "Russia vetoed the draft."],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), SENTENCES, ids=[s[0][:40] for s in SENTENCES]
)
def test_sentences(text: str, expected: list[str]) -> None:
    doc = Document(text)
    assert [text[s.start : s.end] for s in doc.sentences] == expected


def test_hard_wrapped_prose_is_one_sentence() -> None:
    text = (
        "The finance ministers of the seven largest industrial nations met in\n"
        "Washington on Saturday to discuss the crisis in Asian markets and its\n"
        "effect on growth.\nThey issued a statement."
    )
    doc = Document(text)
    assert len(doc.sentences) == 2
    assert (
        text[doc.sentences[1].start : doc.sentences[1].end]
        == "They issued a statement."
    )


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("“Quoted” ‘text’", "\"Quoted\" 'text'"),
        ("Haftar’s troops", "Haftar's troops"),
        ("Tripoli\u00a0— the capital", "Tripoli - the capital"),
        ("1990–1995", "1990-1995"),
        ("a\u202fb\u2009c", "a b c"),
    ],
)
def test_normalise_maps_one_char_to_one(raw: str, clean: str) -> None:
    assert normalise(raw) == clean
    assert len(normalise(raw)) == len(raw)


def test_html_is_blanked_without_moving_offsets() -> None:
    text = (
        "<p>Officials met in <b>Tripoli</b>.</p>"
        "<script>var a = '<b>';</script><p>Next.</p>"
    )
    doc = Document(text)
    assert len(doc.norm) == len(text)
    start = text.index("Tripoli")
    assert doc.norm[start : start + 7] == "Tripoli"
    assert "script" not in doc.norm and "<" not in doc.norm
    sentences = [doc.norm[s.start : s.end] for s in doc.sentences]
    assert sentences[-1] == "Next."


def test_tokens_keep_offsets_and_news_shapes() -> None:
    text = "U.S. envoy al-Thani’s team met at 3:30 p.m. in the 1990s, O'Neill said."
    doc = Document(text)
    words = [t.text for t in doc.tokens]
    for expected in ["U.S.", "al-Thani's", "3:30", "p.m.", "1990s", "O'Neill"]:
        assert expected in words
    for t in doc.tokens:
        assert doc.norm[t.start : t.end] == t.text
        assert len(text[t.start : t.end]) == len(t.text)


@pytest.mark.parametrize(
    ("text", "place", "region", "agency"),
    [
        ("TRIPOLI, Libya (AP) — Militias clashed on Monday.", "TRIPOLI", "Libya", "AP"),
        ("WASHINGTON — The Senate voted.", "WASHINGTON", None, None),
        ("MOSCOW, Nov 26 (Reuters) - Russia said.", "MOSCOW", None, "Reuters"),
        ("SAN FRANCISCO, Calif. (AP) - A quake hit.", "SAN FRANCISCO", "Calif.", "AP"),
        ("Headline Here\n\nBEIRUT (AFP) - Protesters gathered.", "BEIRUT", None, "AFP"),
    ],
)
def test_dateline(
    text: str, place: str, region: str | None, agency: str | None
) -> None:
    doc = Document(text)
    line = doc.dateline
    assert line is not None
    assert text[line.place.start : line.place.end] == place
    got_region = text[line.region.start : line.region.end] if line.region else None
    assert got_region == region
    got_agency = text[line.agency.start : line.agency.end] if line.agency else None
    assert got_agency == agency


@pytest.mark.parametrize(
    "text",
    [
        "Libyan rebels travel to a battle line\n\nThe US claims something.",
        "The president said - again - that he would stay.",
        "the capital - Tripoli - was calm.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert Document(text).dateline is None


def test_sentence_of() -> None:
    text = "First one. Second one."
    doc = Document(text)
    assert doc.sentence_of(text.index("Second")) == doc.sentences[1]
    assert doc.sentence_of(0) == doc.sentences[0]


def test_blank_line_always_splits_and_makes_paragraphs() -> None:
    text = "NAIROBI, August 21 (Xinhua) --\n\nDirector Louis Freeh said here Friday.\n \nNext."
    doc = Document(text)
    assert [text[s.start : s.end] for s in doc.sentences] == [
        "NAIROBI, August 21 (Xinhua) --",
        "Director Louis Freeh said here Friday.",
        "Next.",
    ]
    assert len(doc.paragraphs) == 3
    assert doc.dateline is not None
    assert doc.dateline.date is not None
    assert text[doc.dateline.date.start : doc.dateline.date.end] == "August 21"
