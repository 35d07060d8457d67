"""The text layer on real news conventions: clean-up, tokens, sentences, datelines.

New cases go in the tables below, one real phrasing each.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts.text import _TOKEN, Document, Token, normalise

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
    (
        "The summit on Nov. 30-Dec. 1 will focus on trade. Leaders arrive early.",
        ["The summit on Nov. 30-Dec. 1 will focus on trade.", "Leaders arrive early."],
    ),
    (
        "Talks ran until mid-Jan. 5 at the latest. Then they stopped.",
        ["Talks ran until mid-Jan. 5 at the latest.", "Then they stopped."],
    ),
    (
        # a doubles pair on a results line: a slash opens no sentence
        "Gigi Fernandez (U.S.) / Natasha Zvereva (Belarus) beat Lindsay Davenport "
        "(U.S.) 6-4 6-2",
        [
            "Gigi Fernandez (U.S.) / Natasha Zvereva (Belarus) beat Lindsay Davenport "
            "(U.S.) 6-4 6-2"
        ],
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
        ("TIJUANA, MARCH 29, 2018 -- The city said.", "TIJUANA", None, None),
        (
            "TIJUANA & SAN DIEGO, MARCH 29, 2018 -- The city said.",
            "TIJUANA & SAN DIEGO",
            None,
            None,
        ),
        ("MOSCOW, Russia, Nov. 26 -- Russia said.", "MOSCOW", "Russia", None),
        ("GAZA/CAIRO (Reuters) - Israeli strikes hit.", "GAZA/CAIRO", None, "Reuters"),
        ("NEW YORK/LONDON (Reuters) - Oil rose.", "NEW YORK/LONDON", None, "Reuters"),
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
        "AT&T SAID -- nothing more.",
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


# ------------------------------------------------------------ bounded sentences
TRANSCRIPT = (
    "and the minister said that talks with the rebels would go on. then he left "
    "for geneva where envoys from russia and turkey were waiting. we asked him "
    "whether the ceasefire would hold and he said it depends on the army, on the "
    "militias; on everyone really. "
)


def test_lower_case_transcript_is_cut_into_bounded_sentences() -> None:
    """Lower-case sentence starts merge no more than ~1,000 characters."""
    text = TRANSCRIPT * 4000  # about 1 MB, one "sentence" by the stop rules
    doc = Document(text)
    sentences = doc.sentences
    assert len(sentences) > 1000
    assert max(s.end - s.start for s in sentences) <= 1000
    # Cuts fall after a stop that follows a lower-case word, so every piece
    # ends where a sentence of the transcript ends.
    assert all(text[s.end - 1] == "." for s in sentences)
    # Nothing is lost: every token lies in exactly one sentence.
    covered = sum(len(doc.tokens_in(s.start, s.end)) for s in sentences)
    assert covered == len(doc.tokens)


@pytest.mark.parametrize(
    ("unit", "ends"),
    [
        ("the army, the militias; everyone ", ";"),  # clause marks
        ("the army, the militias and everyone ", ","),
        ("a b c d e f g h i j ", " "),  # bare words: at white space
    ],
    ids=["semicolon", "comma", "space"],
)
def test_overlong_sentence_is_cut_at_its_best_break(unit: str, ends: str) -> None:
    text = unit * 200
    doc = Document(text)
    assert max(s.end - s.start for s in doc.sentences) <= 1000
    for s in doc.sentences[:-1]:
        if ends == " ":  # between two words
            assert text[s.end].isspace() and not text[s.end - 1].isspace()
        else:
            assert text[s.end - 1] == ends


def test_run_without_breaks_is_cut_at_the_limit() -> None:
    text = "x" * 5000
    assert [(s.start, s.end) for s in Document(text).sentences] == [
        (0, 1000),
        (1000, 2000),
        (2000, 3000),
        (3000, 4000),
        (4000, 5000),
    ]


def test_long_news_sentence_is_not_cut() -> None:
    """A long but real sentence (under the limit) keeps its usual split."""
    sentence = (
        "The United Nations Security Council on Monday extended by a year the "
        "mandate of its mission in Libya, which has been torn by violence since "
        "the 2011 uprising that toppled Moammar Gadhafi, after Russia, China and "
        "South Africa abstained, while the United States, Britain and France, "
        "the three Western permanent members, backed a text that also calls on "
        "all parties to respect the arms embargo, to protect civilians, to let "
        "aid reach those in need and to return to the talks led by the envoy, "
        "Ghassan Salame, who has warned that foreign meddling, including by "
        "mercenaries, threatens to turn the conflict into a regional war."
    )
    text = sentence + " Diplomats welcomed the vote."
    doc = Document(text)
    assert [text[s.start : s.end] for s in doc.sentences] == [
        sentence,
        "Diplomats welcomed the vote.",
    ]


# ------------------------------------------------------------ tokens
def test_tokens_read_like_a_tuple_of_tokens() -> None:
    text = "U.S. envoy al-Thani met Haftar at 3:30 p.m. on Nov. 24, 2019."
    doc = Document(text)
    toks = doc.tokens
    listed = list(toks)
    assert len(toks) == len(listed)
    assert [t.text for t in listed][:4] == ["U.S.", "envoy", "al-Thani", "met"]
    assert toks[0] == Token(0, 4, "U.S.")
    assert toks[-1] == listed[-1] == Token(len(text) - 1, len(text), ".")
    assert toks[2:4] == tuple(listed[2:4])
    assert isinstance(toks[1], Token) and toks[1].is_title is False
    assert list(toks.starts) == [t.start for t in listed]
    assert list(toks.ends) == [t.end for t in listed]
    with pytest.raises(IndexError):
        toks[len(toks)]
    start = text.index("Haftar")
    assert [t.text for t in doc.tokens_in(start, start + 16)] == [
        "Haftar",
        "at",
        "3:30",
    ]


@settings(max_examples=150, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            ["U.S.", "al-Thani's", "3:30", " ", "\n", ".", "—", "a", "Zürich"]
        )
        | st.text(max_size=4),
        max_size=30,
    ).map("".join),
    data=st.data(),
)
def test_token_views_match_the_token_list(text: str, data: st.DataObject) -> None:
    doc = Document(text)
    every = [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(doc.norm)]
    assert list(doc.tokens) == every
    start = data.draw(st.integers(-2, len(text) + 2))
    end = data.draw(st.integers(-2, len(text) + 2))
    view = doc.tokens.within(start, end)
    inside = [t for t in every if start <= t.start and t.end <= end]
    assert doc.tokens_in(start, end) == tuple(inside)
    assert list(view) == inside
    assert len(view) == len(inside)
    assert list(view.starts) == [t.start for t in inside]
    assert list(view.ends) == [t.end for t in inside]
    for i in range(-len(inside), len(inside)):
        assert view[i] == inside[i]
    for bad in (len(inside), -len(inside) - 1):
        with pytest.raises(IndexError):
            view[bad]
    lo = data.draw(st.integers(-5, 5))
    hi = data.draw(st.integers(-5, 5))
    step = data.draw(st.sampled_from([None, 1, 2, -1]))
    assert view[lo:hi:step] == tuple(inside[lo:hi:step])
    assert list(view.within(start + 1, end - 1)) == [
        t for t in inside if start + 1 <= t.start and t.end <= end - 1
    ]


@pytest.mark.parametrize(
    "long",
    [
        pytest.param("a" * 300, id="word-300"),
        pytest.param("7" * 1000, id="digits-1000"),
    ],
)
def test_tokens_longer_than_a_byte_keep_exact_offsets(long: str) -> None:
    """Token lengths are kept in a byte while they fit; a longer token widens
    them and every token after it still ends where its text does."""
    text = f"Rebels said {long} on Monday. Police {long}."
    doc = Document(text)
    tokens = list(doc.tokens)
    assert [t.text for t in tokens] == _TOKEN.findall(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert list(doc.tokens.ends) == [t.end for t in tokens]
    inner = doc.tokens.within(text.index(long), text.index(long) + len(long))
    assert [t.text for t in inner] == [long]


def test_a_dateline_date_in_capitals_is_no_place_or_actor() -> None:
    text = "TIJUANA, MARCH 29, 2018 -- The Mexican government announced a plan."
    article = newsfacts.parse_article(text)
    assert [loc.name for loc in article.locations] == ["Tijuana"]
    assert [a.name for a in article.actors] == ["Mexican government"]


def test_two_place_dateline_names_places_not_organisations() -> None:
    """A story filed from two places ("GAZA/CAIRO (Reuters) -"): both are
    places, neither is an organisation nor the doer of the lead's act."""
    text = (
        "GAZA/CAIRO (Reuters) - Israeli air strikes killed at least 20 "
        "Palestinians across the Gaza Strip overnight, health officials said."
    )
    art = newsfacts.parse_article(text, published="2024-03-05")
    places = {m.text for loc in art.locations for m in loc.mentions}
    assert {"GAZA", "CAIRO"} <= places
    actor_texts = {m.text for a in art.actors for m in a.mentions}
    assert not actor_texts & {"GAZA", "CAIRO", "GAZA/CAIRO"}
    assert all(e.source is None or e.source.name != "GAZA" for e in art.events)


# Long texts, read a stretch at a time: ASCII stretches by the standard
# library's engine, the others by `regex` (`text._stretches`).
LONG_TEXTS = [
    pytest.param(
        "U.S. officials said on Nov. 24 that 1,200 troops, 3:30 p.m., left al-Qaeda's "
        "base. " * 40,
        id="ascii-news",
    ),
    pytest.param(
        ("Rebels attacked the convoy near Kidal at 0600 GMT on the 24th. " * 12)
        + "Le président François Hollande a parlé à Zürich. "
        + ("AT&T and O'Neill's firm reported $3.5 billion in the 1990s. " * 12),
        id="ascii-then-accents-then-ascii",
    ),
    pytest.param(
        "x" * 300 + " " + "a.b.c.d" * 50 + "\x1c\x1f" + " 24th" * 200,
        id="long-token-and-control-characters",
    ),
]


@pytest.mark.parametrize("text", LONG_TEXTS)
def test_long_text_tokens_match_the_token_pattern(text: str) -> None:
    doc = Document(text)
    every = [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(doc.norm)]
    assert list(doc.tokens) == every


@settings(max_examples=60, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(["U.S.", "O'Neill", "3:30", "1990s", " ", "\n", "-", "é"])
        | st.text(st.characters(max_codepoint=127), max_size=6),
        min_size=50,
        max_size=400,
    ).map("".join)
)
def test_stretches_read_as_the_whole_text(text: str) -> None:
    norm = normalise(text)
    every = [(m.start(), m.end()) for m in _TOKEN.finditer(norm)]
    assert [(t.start, t.end) for t in Document(text).tokens] == every
