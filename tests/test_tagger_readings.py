"""Words the tagger used to misread, each beside a case where the same word is
plainly the other reading.

Every row is (sentence, word index, tag): the first of a pair shows the fix,
the second that the rule behind it keeps the word's other reading where it is
that one.
"""

from __future__ import annotations

import pytest

from newsfacts.language.tagger import pos_tag, tag_sentence
from newsfacts.language.tagger_lexicon import lexicon

READINGS = [
    # "US" in capitals is the country; "us" in lower case is the pronoun.
    ("us-country", "The US said it would act .", 1, "NNP"),
    ("us-country-first", "US forces attacked the town .", 0, "NNP"),
    ("us-pronoun", "The rebels told us they would leave .", 3, "PRP"),
    # A capitalised word the lexicon knows in lower case only from a foreign
    # phrase is a name at the start of a sentence too.
    ("khan-first", "Khan was charged with fraud .", 0, "NNP"),
    ("khan-inside", "Police arrested Imran Khan on Monday .", 3, "NNP"),
    ("police-first", "Police said five people died .", 0, "NNS"),
    # After "a"/"an" a plural is a modifier: the noun-or-verb after it is the
    # head noun; without the determiner the plural is the subject.
    ("a-police-post", "Gunmen stormed a police post that guards the bridge .", 4, "NN"),
    (
        "a-police-checkpoint",
        "Insurgents attacked a police checkpoint near Kabul .",
        4,
        "NN",
    ),
    ("police-post-verb", "Police post guards outside the building .", 1, "VBP"),
    # An adverb between "to" and its verb; the same word before an object is
    # the verb.
    ("to-further-develop", "The plan aims to further develop the economy .", 4, "RB"),
    ("to-further-their", "They want to further their goals .", 3, "VB"),
    # A sentence-opening "That" before a finite verb is a demonstrative.
    ("that-is", "That is a rise of 5 percent .", 0, "DT"),
    ("that-could", "That could change next year .", 0, "DT"),
    ("that-quoted", '" That was a mistake , " he said .', 1, "DT"),
    ("that-complementiser", "Officials said that rebels attacked the town .", 2, "IN"),
    # A noun-or-past after a singular subject opening the sentence, before an
    # adjective and a noun, is the verb; after a determiner it is the noun.
    (
        "chipmaker-forecast",
        "The chipmaker forecast strong sales for the quarter .",
        2,
        "VBD",
    ),
    ("the-forecast", "The forecast was wrong .", 1, "NN"),
    ("budget-cut-of", "A budget cut of 5 percent was approved .", 2, "NN"),
    # Regular -ed forms are past and participle alike.
    ("lied-participle", "He has lied to the court .", 2, "VBN"),
    ("lied-past", "He lied to the court .", 1, "VBD"),
    # An adjective whose plural is a plural noun is a noun too.
    ("insurgent-noun", "The insurgent was killed in the raid .", 1, "NN"),
    ("insurgent-adjective", "The insurgent attack killed five people .", 1, "JJ"),
]


@pytest.mark.parametrize(
    ("sentence", "index", "tag"),
    [pytest.param(s, i, t, id=name) for name, s, i, t in READINGS],
)
def test_reading(sentence: str, index: int, tag: str) -> None:
    words = sentence.split()
    tags = pos_tag(words)
    assert tags[index] == tag, list(zip(words, tags, strict=True))


# Headlines: the subject, then a verb in -s (or a plural subject and a base
# verb); a verb reading of a word known capitalised as a name, around the verb,
# is the name.
HEADLINES = [
    ("court-blocks", "Court Blocks Trump Travel Ban", {1: "VBZ", 2: "NNP"}),
    ("fed-raises", "Fed Raises Rates", {0: "NNP", 1: "VBZ", 2: "NNS"}),
    ("obama-signs", "Obama Signs Health Care Bill", {1: "VBZ"}),
    ("oil-prices-rise", "Oil Prices Rise", {1: "NNS", 2: "VBP"}),
    ("police-arrest", "Police Arrest Five Suspects", {1: "VBP", 3: "NNS"}),
    # sentence case: a plural subject, then a noun that may be a present verb
    ("hundreds-rally", "Hundreds rally against government in Lagos", {1: "VBP"}),
    ("troops-clash", "Troops clash with rebels in eastern Congo", {1: "VBP"}),
    ("police-fire", "Police fire tear gas at protesters", {1: "VBP"}),
    ("arms-deal-collapses", "Arms deal collapses after talks", {1: "NN"}),
]


@pytest.mark.parametrize(
    ("headline", "want"),
    [pytest.param(h, want, id=name) for name, h, want in HEADLINES],
)
def test_headline(headline: str, want: dict[int, str]) -> None:
    words = headline.split()
    tags = tag_sentence(words, headline=True)
    assert {i: tags[i] for i in want} == want, list(zip(words, tags, strict=True))


@pytest.mark.parametrize(
    ("word", "present"),
    [
        # Chat spellings of function words and words in capitals that only
        # repeat their lower-case tag are left out of the generated lexicon ...
        pytest.param("soo", False, id="chat-soo"),
        pytest.param("dat", False, id="chat-dat"),
        pytest.param("NEW", False, id="shouted-NEW"),
        pytest.param("US", False, id="shouted-US"),
        # ... while function words news uses, acronyms and the lower-case
        # words themselves stay.
        pytest.param("albeit", True, id="albeit"),
        pytest.param("whoever", True, id="whoever"),
        pytest.param("so", True, id="so"),
        pytest.param("new", True, id="new"),
        pytest.param("CEO", True, id="acronym-CEO"),
    ],
)
def test_generated_lexicon_entries(word: str, present: bool) -> None:
    assert (word in lexicon().entries) is present


@pytest.mark.parametrize(
    ("word", "tag", "allowed"),
    [
        pytest.param("insurgent", "NN", True, id="insurgent-NN"),
        pytest.param("lied", "VBN", True, id="lied-VBN"),
        pytest.param("shelled", "VBD", True, id="shelled-VBD"),
        pytest.param("have", "NN", False, id="have-no-NN"),
    ],
)
def test_morphology_completes_the_lexicon(word: str, tag: str, allowed: bool) -> None:
    assert (tag in lexicon().entries[word][1]) is allowed
