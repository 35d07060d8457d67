"""The speed structures of the language layer read as the plain passes did.

`_positions` finds the tokens a rule looks at again; the tagger remembers the
plain words it has met. Each must give exactly what the word-by-word reading
gives, whatever the tagger met before.
"""

from __future__ import annotations

import pytest

from newsfacts.language import tagger
from newsfacts.language._positions import where, where_in
from newsfacts.language.tagger import tag_sentence
from newsfacts.language.tagger_lexicon import lexicon

# "Rebels attacked a town in Mali ."
TAGS = ["NNP", "VBD", "DT", "NN", "IN", "NNP", "."]


@pytest.mark.parametrize(
    ("flags", "start", "expected"),
    [
        ([False, True, False, True], 0, [1, 3]),
        ([0, 2, 0, 0, 8], 0, [1, 4]),  # class bits: any set bit counts
        ([True, True], 1, [1, 2]),  # counted from `start`
        ([], 0, []),
    ],
    ids=["bools", "bits", "offset", "empty"],
)
def test_where(flags: list[object], start: int, expected: list[int]) -> None:
    assert where(flags, start) == expected


@pytest.mark.parametrize(
    ("wanted", "start", "expected"),
    [
        (frozenset({"VBD"}), 0, [1]),
        (frozenset({"NNP", "IN"}), 0, [0, 4, 5]),
        (frozenset({"NNP"}), 1, [5]),  # TAGS[1:] counted from 1: the first is left out
        (frozenset({"MD"}), 0, []),
    ],
    ids=["one-tag", "two-tags", "offset", "none"],
)
def test_where_in(wanted: frozenset[str], start: int, expected: list[int]) -> None:
    assert where_in(TAGS[start:], wanted, start) == expected


SENTENCES = [
    "Rebels attacked a convoy near the town on Monday , officials said .",
    "The president 's office said it 's ready to talk , but did n't say when .",
    "Gen. Khalifa Haftar 's forces shelled Tripoli 's airport , the U.N. said .",
    "REBELS ATTACK CONVOY NEAR KABUL",
]


@pytest.mark.parametrize(
    "sentence", SENTENCES, ids=["plain", "clitics", "names", "caps"]
)
def test_tags_do_not_depend_on_the_words_met_before(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = sentence.split()
    monkeypatch.setattr(tagger, "_PLAIN", {})
    cold = tag_sentence(words, headline=None)
    warm = tag_sentence(words, headline=None)
    assert warm == cold
    # only plain words are remembered, with their entry as the lexicon spells
    # them: no capital, and no word read as its host ("n't" of "did")
    entries = lexicon().entries
    for word, entry in tagger._PLAIN.items():
        assert not word[:1].isupper()
        assert entries[word] is entry


def test_plain_words_are_remembered_within_bounds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tagger, "_PLAIN", {})
    monkeypatch.setattr(tagger, "_REMEMBERED", 3)
    words = "the rebels attacked a convoy near the town .".split()
    first = tag_sentence(words)
    assert 0 < len(tagger._PLAIN) <= 3
    assert tag_sentence(words) == first
