"""`newsfacts.analyse`: the read-only view of words, phrases and clauses.

These run the whole language layer (tokeniser, tagger, chunks, clauses) on
plain text, so they check what a user sees: exact offsets, short reprs, the
same refusals as `parse_article`, and the relations on real news phrasings.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts import Analysis, analyse
from newsfacts.language.sentences import parse_document
from newsfacts.language.view import Clause
from newsfacts.text import Document


def clause(text: str, verb: str) -> Clause:
    """The clause whose verb group's text contains `verb`."""
    found = [c for c in analyse(text).clauses if verb in c.verb.text.split()]
    assert found, [c.verb.text for c in analyse(text).clauses]
    return found[0]


def _text(p: object) -> str | None:
    return getattr(p, "text", None)


# (id, text, verb word, kind, subject, first object, agent, governor)
NEWS = [
    (
        "dateline-and-participle",
        "KABUL, Afghanistan (AP) — Taliban fighters attacked a checkpoint on "
        "Monday, killing eight officers, officials said.",
        "attacked",
        ("reported", "Taliban fighters", "a checkpoint", None, "said"),
    ),
    (
        "reporting-clause",
        "KABUL, Afghanistan (AP) — Taliban fighters attacked a checkpoint on "
        "Monday, killing eight officers, officials said.",
        "said",
        ("main", "officials", None, None, None),
    ),
    (
        "passive-with-agent",
        "The convoy was attacked by gunmen near the border.",
        "attacked",
        ("main", "The convoy", None, "gunmen", None),
    ),
    (
        "relative-subject",
        "The rebels who attacked the town fled to the mountains.",
        "attacked",
        ("relative", "The rebels", "the town", None, None),
    ),
    (
        "quote-then-speaker",
        '"We will not retreat," the ministry said in a statement.',
        "retreat",
        ("reported", "We", None, None, "said"),
    ),
    (
        "control",
        "The two sides agreed to resume talks next week.",
        "resume",
        ("infinitival", "The two sides", "talks", None, "agreed"),
    ),
    (
        "object-control",
        "The United Nations urged both sides to stop the fighting.",
        "stop",
        ("infinitival", "both sides", "the fighting", None, "urged"),
    ),
    (
        "titles-keep-their-names",
        "Lt. Gen. Prosper Avril met Mr. Smith in Kabul.",
        "met",
        ("main", "Lt. Gen. Prosper Avril", "Mr. Smith", None, None),
    ),
    (
        "clitic-on-the-word",
        "It's been shelled for days, and they don't know why.",
        "shelled",
        ("main", "It", None, None, None),
    ),
]


@pytest.mark.parametrize(
    ("text", "verb", "expected"), [c[1:] for c in NEWS], ids=[c[0] for c in NEWS]
)
def test_news_relations(
    text: str,
    verb: str,
    expected: tuple[str, str | None, str | None, str | None, str | None],
) -> None:
    c = clause(text, verb)
    got = (
        c.kind,
        _text(c.subject),
        _text(c.objects[0]) if c.objects else None,
        _text(c.agent),
        _text(c.governor),
    )
    assert got == expected


ARTICLE = """Gunmen Kill Eight Soldiers in Attack on Afghan Convoy

KABUL -- Gunmen attacked a convoy carrying aid on Monday, killing eight soldiers, \
officials said.

Afghan soldiers patrol in Kabul. (AP Photo/Rahmat Gul)

By JOHN SMITH Associated Press
"""


def test_article_frame() -> None:
    """Headline, dateline, caption credit and byline: only the news has phrases."""
    a = analyse(ARTICLE)
    _offsets_exact(ARTICLE, a)
    phrases = {p.text for s in a for p in s.noun_phrases}
    assert not phrases & {"KABUL", "AP", "Rahmat Gul", "JOHN SMITH", "Associated Press"}
    head = a.sentences[0].clauses[0]
    assert (head.kind, _text(head.subject), head.verb.text) == (
        "main",
        "Gunmen",
        "Kill",
    )
    killing = clause(ARTICLE, "killing")
    assert _text(killing.subject) == "Gunmen"
    assert _text(killing.governor) == "attacked"


def test_parse_document_for_stages() -> None:
    """What a stage reads: clauses with token indices and character offsets."""
    text = "KABUL -- The convoy was attacked by gunmen, police said."
    parsed = parse_document(Document(text), reporting={"say"})
    (sentence,) = parsed
    st = sentence.structure
    attacked = next(c for c in st.clauses if c.kind == "reported")
    vg = st.chunks.verbs[attacked.verb]
    assert vg.lemma == "attack" and vg.voice == "passive"
    spans = {
        name: text[slice(*sentence.chars(p.start, p.end))]
        for name, p in (
            ("subject", st.chunks.nps[attacked.subject]),  # type: ignore[index]
            ("agent", st.chunks.nps[attacked.agent]),  # type: ignore[index]
            ("governor", st.chunks.verbs[attacked.governor]),  # type: ignore[index]
        )
    }
    assert spans == {"subject": "The convoy", "agent": "gunmen", "governor": "said"}


def test_negation_and_modality_reach_the_view() -> None:
    c = clause("They don't know why.", "know")
    assert c.verb.text == "don't know"
    rec = c.verb.record
    assert rec.negated and rec.tense == "present"  # type: ignore[union-attr]
    c = clause("Rebels could attack the town.", "attack")
    assert c.verb.record.modal == "could"  # type: ignore[union-attr]


def test_clitic_offsets() -> None:
    text = "It's been shelled."
    s = analyse(text).sentences[0]
    assert [p.text for p in s.noun_phrases] == ["It"]
    assert [p.text for p in s.verb_groups] == ["'s been shelled"]


def test_dateline_words_are_in_no_phrase() -> None:
    text = "KABUL, Afghanistan (AP) — Taliban fighters attacked a police post."
    s = analyse(text).sentences[0]
    assert "KABUL" not in {p.text for p in s.noun_phrases}
    assert s.words[0].text == "KABUL"  # the words are all still there


def test_words_have_tags_and_lemmas() -> None:
    s = analyse("Rebels attacked the convoys.").sentences[0]
    assert [(w.text, w.tag, w.lemma) for w in s.words] == [
        ("Rebels", "NNS", "rebel"),
        ("attacked", "VBD", "attack"),
        ("the", "DT", "the"),
        ("convoys", "NNS", "convoy"),
        (".", ".", "."),
    ]


def _offsets_exact(text: str, a: Analysis) -> None:
    for s in a:
        assert text[s.start : s.end] == s.text
        for rec in (*s.words, *s.noun_phrases, *s.verb_groups, *s.clauses):
            assert text[rec.start : rec.end] == rec.text
            assert 0 <= rec.start < rec.end <= len(text)


def test_example_article(example_text: str) -> None:
    a = analyse(example_text)
    assert len(a) > 5
    _offsets_exact(example_text, a)
    for s in a:
        for rec in (s, *s.words, *s.noun_phrases, *s.verb_groups, *s.clauses):
            assert len(repr(rec)) < 200, repr(rec)
    assert len(repr(a)) < 200
    assert analyse(example_text) == a  # deterministic


def test_html_offsets() -> None:
    text = "<p>Rebels <b>attacked</b> the town.</p><p>Troops fled.</p>"
    a = analyse(text)
    _offsets_exact(text, a)
    assert [c.verb.text for c in a.clauses] == ["attacked", "fled"]


@pytest.mark.parametrize(
    "text", ["", "   ", "\n\n"], ids=["empty", "spaces", "newlines"]
)
def test_empty_input(text: str) -> None:
    a = analyse(text)
    assert len(a) == 0 and a.clauses == ()


@pytest.mark.parametrize("value", [None, b"bytes", 3, ["a"]], ids=repr)
def test_refuses_what_parse_article_refuses(value: object) -> None:
    with pytest.raises(TypeError, match=type(value).__name__) as ours:
        analyse(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError) as theirs:
        newsfacts.parse_article(value)  # type: ignore[arg-type]
    assert str(ours.value) == str(theirs.value)


def test_long_unpunctuated_text_finishes() -> None:
    text = "rebels attacked the town and troops fled " * 5_000  # ~200 KB
    a = analyse(text)
    assert len(a) == 1 and a.clauses


def test_public_and_lazy() -> None:
    assert "analyse" in newsfacts.__all__ and "Analysis" in newsfacts.__all__
    code = (
        "import sys, newsfacts; "
        "assert 'newsfacts.language.view' not in sys.modules; "
        "newsfacts.analyse('Rebels fled.'); "
        "assert 'newsfacts.language.view' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"abcXYZ .,;:!?'\"()-\n<>/&\u2014\u201c",
                *("it's", "don't", " the ", " was ", "KABUL", " said ", "By "),
            ]
        ),
        max_size=60,
    )
)
def test_any_text(parts: list[str]) -> None:
    """Any text: no exception, exact offsets, the same result twice."""
    text = "".join(parts)
    a = analyse(text)
    _offsets_exact(text, a)
    assert analyse(text) == a
