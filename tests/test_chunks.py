"""Noun phrases, verb groups and the function-word lexicon on news phrasings.

Sentences are written "word/TAG word/TAG ..." with Penn Treebank tags, so these
tests do not depend on the tagger. New cases go in the tables, one real
construction per row, with an id that names it.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsfacts._data import iter_rows
from newsfacts.language import lexicon
from newsfacts.language.chunks import Chunks, NounPhrase, VerbGroup, chunk


def tagged(s: str) -> tuple[list[str], list[str]]:
    """Split "word/TAG word/TAG" into words and tags (the last "/" divides)."""
    pairs = [tok.rsplit("/", 1) for tok in s.split()]
    return [p[0] for p in pairs], [p[1] for p in pairs]


def text(words: Sequence[str], p: NounPhrase | VerbGroup) -> str:
    return " ".join(words[p.start : p.end])


def chunked(s: str) -> tuple[list[str], Chunks]:
    words, tags = tagged(s)
    return words, chunk(words, tags)


def top_nps(words: Sequence[str], c: Chunks) -> list[str]:
    return [text(words, p) for p in c.nps if not p.possessive]


# (id, tagged sentence, the top-level noun phrases in order)
NOUN_PHRASES = [
    (
        "name-before-a-time-phrase",
        "Macron/NNP will/MD visit/VB Japan/NNP next/JJ week/NN ./.",
        ["Macron", "Japan", "next week"],
    ),
    (
        "determiner-adjective-noun",
        "The/DT Israeli/JJ army/NN killed/VBD a/DT Palestinian/JJ youth/NN ./.",
        ["The Israeli army", "a Palestinian youth"],
    ),
    (
        "proper-name-with-title",
        "Prime/NNP Minister/NNP Imran/NNP Khan/NNP met/VBD Gen./NNP Haftar/NNP ./.",
        ["Prime Minister Imran Khan", "Gen. Haftar"],
    ),
    (
        "title-period-split-off",
        "Lt/NNP ./. Gen/NNP ./. Prosper/NNP Avril/NNP met/VBD Mr/NNP ./. Smith/NNP ./.",
        ["Lt . Gen . Prosper Avril", "Mr . Smith"],
    ),
    (
        "initial",
        "John/NNP F/NNP ./. Kennedy/NNP arrived/VBD ./.",
        ["John F . Kennedy"],
    ),
    (
        "number-head",
        "Gunmen/NNS killed/VBD eight/CD ./.",
        ["Gunmen", "eight"],
    ),
    (
        "at-least-number",
        "Shelling/NN killed/VBD at/IN least/JJS 10/CD people/NNS ./.",
        ["Shelling", "at least 10 people"],
    ),
    (
        "participle-premodifier",
        "Armed/VBN men/NNS attacked/VBD the/DT wounded/VBN soldiers/NNS ./.",
        ["Armed men", "the wounded soldiers"],
    ),
    (
        "participle-after-noun-is-no-premodifier",
        "cartoons/NNS depicting/VBG the/DT Prophet/NNP",
        ["cartoons", "the Prophet"],
    ),
    (
        "headless-adjective",
        "The/DT wounded/VBN were/VBD taken/VBN to/TO hospital/NN ./.",
        ["The wounded", "hospital"],
    ),
    (
        "quantifier-of",
        "Most/JJS of/IN the/DT victims/NNS were/VBD civilians/NNS ./.",
        ["Most", "the victims", "civilians"],
    ),
    (
        "day-after-noun-is-an-adjunct",
        "Helicopter/NN gunships/NNS Saturday/NNP pounded/VBD hideouts/NNS ./.",
        ["Helicopter gunships", "Saturday", "hideouts"],
    ),
    (
        "pronouns",
        "They/PRP said/VBD it/PRP hit/VBD them/PRP ./.",
        ["They", "it", "them"],
    ),
    (
        "demonstrative-alone",
        "That/DT is/VBZ a/DT rise/NN ./.",
        ["That", "a rise"],
    ),
    (
        "adjective-and-name-modifiers",
        "Protesters/NNS waving/VBG Georgian/JJ and/CC EU/NNP flags/NNS marched/VBD ./.",
        ["Protesters", "Georgian and EU flags"],
    ),
    (
        "adjective-and-name-as-head",
        "Ties/NNS between/IN Georgian/JJ and/CC EU/NNP grew/VBD ./.",
        ["Ties", "EU"],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [c[1:] for c in NOUN_PHRASES],
    ids=[c[0] for c in NOUN_PHRASES],
)
def test_noun_phrases(sentence: str, expected: list[str]) -> None:
    words, c = chunked(sentence)
    assert top_nps(words, c) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Haftar/NNP 's/POS forces/NNS advanced/VBD ./.",
        "Haftar's/NNP forces/NNS advanced/VBD ./.",
    ],
    ids=["clitic-split", "clitic-on-word"],
)
def test_possessor_is_a_nested_phrase(sentence: str) -> None:
    words, c = chunked(sentence)
    outer = next(p for p in c.nps if p.possessor is not None)
    inner = c.nps[outer.possessor]  # type: ignore[index]
    assert inner.possessive and inner.proper
    assert text(words, inner).startswith("Haftar")
    assert text(words, outer).endswith("forces")
    assert outer.start == inner.start


def test_possessor_chain() -> None:
    words, c = chunked("the/DT government/NN 's/POS decision/NN angered/VBD them/PRP")
    outer = next(p for p in c.nps if p.possessor is not None)
    assert text(words, outer) == "the government 's decision"
    assert outer.head == 3
    assert text(words, c.nps[outer.possessor]) == "the government 's"  # type: ignore[index]


def test_possessive_before_a_base_verb_tag() -> None:
    """ "Israel's wish": "'s" before a base-form verb can only be possessive."""
    words, c = chunked("despite/IN Israel's/VBZ wish/VBP for/IN peace/NN")
    assert "Israel's wish" in top_nps(words, c)
    assert c.verbs == ()


def test_it_s_is_no_possessive() -> None:
    _, c = chunked("It/PRP 's/POS been/VBN shelled/VBN ./.")
    assert not any(p.possessive for p in c.nps)
    assert [v.lemma for v in c.verbs] == ["shell"]
    assert c.verbs[0].voice == "passive" and c.verbs[0].perfect


def _pp(words: Sequence[str], c: Chunks, host: str) -> list[tuple[str, str]]:
    p = next(p for p in c.nps if text(words, p) == host)
    return [(words[a.prep], text(words, c.nps[a.np])) for a in p.attachments]


# (id, tagged sentence, host phrase, expected attached (prep, object) pairs)
ATTACHMENTS = [
    (
        "event-noun-subject",
        "The/DT attack/NN on/IN the/DT convoy/NN killed/VBD eight/CD ./.",
        "The attack",
        [("on", "the convoy")],
    ),
    (
        "by-agent-of-an-event-noun",
        "The/DT killing/NN of/IN civilians/NNS by/IN soldiers/NNS angered/VBD many/JJ",
        "The killing",
        [("of", "civilians"), ("by", "soldiers")],
    ),
    (
        "of-after-an-object",
        "They/PRP met/VBD the/DT head/NN of/IN the/DT UN/NNP ./.",
        "the head",
        [("of", "the UN")],
    ),
    (
        "instrument-stays-with-the-verb",
        "Rebels/NNS attacked/VBD the/DT town/NN with/IN rockets/NNS ./.",
        "the town",
        [],
    ),
    (
        "time-stays-with-the-verb",
        "The/DT talks/NNS on/IN Monday/NNP failed/VBD ./.",
        "The talks",
        [],
    ),
    (
        "talks-with",
        "Talks/NNS with/IN the/DT Taliban/NNP resumed/VBD ./.",
        "Talks",
        [("with", "the Taliban")],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "host", "expected"),
    [c[1:] for c in ATTACHMENTS],
    ids=[c[0] for c in ATTACHMENTS],
)
def test_attachments(sentence: str, host: str, expected: list[tuple[str, str]]) -> None:
    words, c = chunked(sentence)
    assert _pp(words, c, host) == expected


# (id, tagged sentence, first phrase, expected apposition or None)
APPOSITIONS = [
    (
        "name-then-description",
        "Pakistan/NNP ,/, a/DT key/JJ U.S./NNP ally/NN ,/, condemned/VBD it/PRP ./.",
        "Pakistan",
        "a key U.S. ally",
    ),
    (
        "description-then-name",
        "The/DT president/NN ,/, Donald/NNP Trump/NNP ,/, said/VBD no/DT ./.",
        "The president",
        "Donald Trump",
    ),
    (
        "sentence-final",
        "said/VBD Ahmed/NNP Mismari/NNP ,/, a/DT spokesman/NN ./.",
        "Ahmed Mismari",
        "a spokesman",
    ),
    (
        "fronted-time-is-no-apposition",
        "On/IN Monday/NNP ,/, the/DT ministry/NN ,/, citing/VBG sources/NNS ,/, said/VBD",
        "Monday",
        None,
    ),
    (
        "subject-after-fronted-phrase",
        "In/IN Kabul/NNP ,/, the/DT Taliban/NNP attacked/VBD ./.",
        "Kabul",
        None,
    ),
]


@pytest.mark.parametrize(
    ("sentence", "first", "expected"),
    [c[1:] for c in APPOSITIONS],
    ids=[c[0] for c in APPOSITIONS],
)
def test_apposition(sentence: str, first: str, expected: str | None) -> None:
    words, c = chunked(sentence)
    p = next(p for p in c.nps if text(words, p) == first)
    got = text(words, c.nps[p.apposition]) if p.apposition is not None else None
    assert got == expected


# (id, tagged sentence, first conjunct, expected conjuncts after it)
COORDINATION = [
    (
        "list",
        "Russia/NNP ,/, China/NNP and/CC Iran/NNP condemned/VBD the/DT strike/NN ./.",
        "Russia",
        ["China", "Iran"],
    ),
    (
        "pair",
        "His/PRP$ driver/NN and/CC a/DT tribal/JJ elder/NN were/VBD killed/VBN ./.",
        "His driver",
        ["a tribal elder"],
    ),
    (
        "pp-objects",
        "the/DT attack/NN on/IN Russia/NNP ,/, China/NNP and/CC Iran/NNP",
        "Russia",
        ["China", "Iran"],
    ),
    (
        "clauses-are-not-coordinated-phrases",
        "Rebels/NNS attacked/VBD the/DT town/NN ,/, and/CC the/DT army/NN fled/VBD ./.",
        "the town",
        [],
    ),
    (
        "fronted-time-is-no-conjunct",
        "In/IN recent/JJ months/NNS ,/, France/NNP and/CC Britain/NNP have/VBP "
        "used/VBN force/NN ./.",
        "France",
        ["Britain"],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "first", "expected"),
    [c[1:] for c in COORDINATION],
    ids=[c[0] for c in COORDINATION],
)
def test_coordination(sentence: str, first: str, expected: list[str]) -> None:
    words, c = chunked(sentence)
    idx = next(i for i, p in enumerate(c.nps) if text(words, p) == first)
    assert [text(words, c.nps[k]) for k in c.nps[idx].conjuncts] == expected
    assert c.group(idx)[0] == idx


def _vg(sentence: str, head: str) -> tuple[list[str], VerbGroup]:
    words, c = chunked(sentence)
    return words, next(v for v in c.verbs if words[v.head] == head)


# (id, tagged sentence, head word, expected fields)
VERB_GROUPS = [
    (
        "simple-past",
        "Rebels/NNS attacked/VBD the/DT town/NN ./.",
        "attacked",
        {"lemma": "attack", "tense": "past", "voice": "active", "form": "finite"},
    ),
    (
        "passive-with-agent",
        "The/DT town/NN was/VBD attacked/VBN by/IN gunmen/NNS ./.",
        "attacked",
        {"tense": "past", "voice": "passive", "perfect": False},
    ),
    (
        "perfect-passive-negated",
        "He/PRP had/VBD not/RB been/VBN charged/VBN ./.",
        "charged",
        {"tense": "past", "perfect": True, "voice": "passive", "negated": True},
    ),
    (
        "progressive",
        "Troops/NNS are/VBP advancing/VBG ./.",
        "advancing",
        {"tense": "present", "progressive": True, "voice": "active"},
    ),
    (
        "get-passive",
        "Two/CD reporters/NNS got/VBD arrested/VBN ./.",
        "arrested",
        {"voice": "passive", "tense": "past"},
    ),
    (
        "modal-future",
        "They/PRP will/MD attack/VB ./.",
        "attack",
        {"tense": "future", "modal": "will", "form": "finite"},
    ),
    (
        "modal-could-passive",
        "It/PRP could/MD be/VB destroyed/VBN ./.",
        "destroyed",
        {"modal": "could", "voice": "passive"},
    ),
    (
        "be-going-to",
        "They/PRP are/VBP going/VBG to/TO vote/VB ./.",
        "vote",
        {"modal": "be going to", "tense": "future"},
    ),
    (
        "going-to-a-place-is-no-future",
        "They/PRP are/VBP going/VBG to/TO the/DT market/NN ./.",
        "going",
        {"modal": None, "lemma": "go", "progressive": True},
    ),
    (
        "plan-to-is-no-modality",
        "They/PRP plan/VBP to/TO attack/VB ./.",
        "plan",
        {"modal": None, "form": "finite"},
    ),
    (
        "infinitive",
        "They/PRP plan/VBP to/TO attack/VB ./.",
        "attack",
        {"form": "infinitive", "tense": None},
    ),
    (
        "never",
        "Police/NNS never/RB arrived/VBD ./.",
        "arrived",
        {"negated": True},
    ),
    (
        "no-longer",
        "Rebels/NNS no/DT longer/RB control/VBP the/DT town/NN ./.",
        "control",
        {"negated": True, "tense": "present"},
    ),
    (
        "dont-on-one-token",
        "They/PRP don't/VBP know/VB ./.",
        "know",
        {"negated": True, "tense": "present"},
    ),
    (
        "dont-split",
        "They/PRP do/VBP n't/RB know/VB ./.",
        "know",
        {"negated": True, "tense": "present"},
    ),
    (
        "wont",
        "They/PRP won't/MD attack/VB ./.",
        "attack",
        {"negated": True, "modal": "will", "tense": "future"},
    ),
    (
        "wo-nt-split",
        "They/PRP wo/MD n't/RB attack/VB ./.",
        "attack",
        {"negated": True, "modal": "will"},
    ),
    (
        "cannot",
        "They/PRP cannot/MD leave/VB ./.",
        "leave",
        {"negated": True, "modal": "can"},
    ),
    (
        "particle",
        "Troops/NNS shot/VBD down/RP a/DT drone/NN ./.",
        "shot",
        {"particle": 2},
    ),
    (
        "carry-out",
        "They/PRP carried/VBD out/RP attacks/NNS ./.",
        "carried",
        {"particle": 2, "lemma": "carry"},
    ),
    (
        "gerund",
        "killing/VBG eight/CD",
        "killing",
        {"form": "gerund", "tense": None, "voice": "active"},
    ),
    (
        "bare-participle",
        "soldiers/NNS killed/VBN in/IN Ukraine/NNP were/VBD buried/VBN",
        "killed",
        {"form": "participle", "voice": "passive"},
    ),
    (
        "participle-with-object-is-past",
        "Gunmen/NNS killed/VBN one/CD soldier/NN ./.",
        "killed",
        {"form": "finite", "tense": "past", "voice": "active"},
    ),
    (
        "past-before-finite-verb-is-participle",
        "Soldiers/NNS killed/VBD in/IN Ukraine/NNP were/VBD buried/VBN ./.",
        "killed",
        {"form": "participle", "voice": "passive"},
    ),
    (
        "copula",
        "Kabul/NNP is/VBZ not/RB safe/JJ ./.",
        "is",
        {"lemma": "be", "negated": True},
    ),
]


@pytest.mark.parametrize(
    ("sentence", "head", "expected"),
    [c[1:] for c in VERB_GROUPS],
    ids=[c[0] for c in VERB_GROUPS],
)
def test_verb_groups(sentence: str, head: str, expected: dict[str, object]) -> None:
    _, vg = _vg(sentence, head)
    got = {k: getattr(vg, k) for k in expected}
    assert got == expected


def test_verb_group_span_covers_the_chain() -> None:
    words, vg = _vg("He/PRP had/VBD not/RB been/VBN charged/VBN ./.", "charged")
    assert text(words, vg) == "had not been charged"
    assert vg.auxiliaries == (1, 3)
    assert vg.negation == 2


def test_chunk_rejects_mismatched_lengths() -> None:
    with pytest.raises(ValueError, match="2 words but 1 tags"):
        chunk(["a", "b"], ["DT"])


def test_repr_of_a_long_list_is_short() -> None:
    sentence = " ".join(["Russia/NNP ,/,"] * 40 + ["and/CC", "Iran/NNP", "met/VBD"])
    _, c = chunked(sentence)
    assert len(c.nps[0].conjuncts) == 40
    assert len(repr(c.nps[0])) < 200


def test_repr_is_short() -> None:
    _, c = chunked("The/DT attack/NN on/IN the/DT convoy/NN killed/VBD eight/CD ./.")
    for r in (*c.nps, *c.verbs):
        assert len(repr(r)) < 200
        assert repr(r).startswith(("NounPhrase[", "VerbGroup["))


# ------------------------------------------------------------------ lexicon

ROWS = list(iter_rows("language/data/function_words.tsv"))


def test_lexicon_rows_are_well_formed_sorted_and_unique() -> None:
    assert all(len(r) == 3 and all(r) for r in ROWS)
    keys = [(r[1], r[0]) for r in ROWS]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)
    assert all(r[0] == r[0].lower() for r in ROWS)


@pytest.mark.parametrize(
    ("word", "cls", "expected"),
    [
        ("were", "aux.be", True),
        ("Were", "aux.be.past", True),
        ("has", "aux.have.present", True),
        ("wo", "modal.will", True),
        ("the", "determiner.article", True),
        ("the", "preposition", False),
        ("they", "pronoun.3pl", True),
        ("they", "pronoun", True),
        ("said", "aux", False),
        ("according to", "preposition", True),
        ("at least", "quantifier.number", True),
    ],
)
def test_lexicon_classes(word: str, cls: str, expected: bool) -> None:
    assert lexicon.has_class(word, cls) is expected


def test_speech_verbs_are_not_function_words() -> None:
    """Verbs of speech are event knowledge, defined by the events stage."""
    speech = ("say", "said", "tell", "told", "report", "announce", "claim", "state")
    assert not any(lexicon.classes(w) for w in speech)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("don't", ("do", "n't")),
        ("won't", ("wo", "n't")),
        ("Haftar's", ("haftar", "'s")),
        ("rebels'", ("rebels", "'")),
        ("'s", ("", "'s")),
        ("they're", ("they", "'re")),
        ("O'Neill", ("o'neill", "")),
        ("town", ("town", "")),
    ],
)
def test_split_clitic(word: str, expected: tuple[str, str]) -> None:
    assert lexicon.split_clitic(word) == expected


def test_class_lemma_and_phrases() -> None:
    assert lexicon.verb_class_lemma("'ll", "modal") == "will"
    assert lexicon.verb_class_lemma("being", "aux") == "be"
    assert lexicon.phrase_at(["according", "to", "police"], 0, "preposition") == 2
    assert lexicon.phrase_at(["to", "police"], 0, "preposition") == 0
