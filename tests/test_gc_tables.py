"""The big loaded tables are kept in forms the cyclic garbage collector does
not walk: every full collection visits each tracked object and each of its
references, for as long as the process lives."""

from __future__ import annotations

import gc
from collections.abc import Callable

import pytest

from newsfacts._data import word_set
from newsfacts.knowledge import keys
from newsfacts.knowledge.gazetteer import districts, gazetteer, towns
from newsfacts.knowledge.names import census_given_names, given_names
from newsfacts.knowledge.organizations import known_org_prefixes
from newsfacts.language import morphology
from newsfacts.language.tagger_lexicon import common_words


def test_word_set_answers_as_a_set() -> None:
    words = word_set(["talks", "truce", "talks"])
    assert "truce" in words
    assert "war" not in words
    assert len(words) == 2
    assert sorted(words) == ["talks", "truce"]
    assert not words.isdisjoint(["war", "truce"])
    assert words | {"war"} == {"talks", "truce", "war"}


UNTRACKED: list[tuple[str, Callable[[], object]]] = [
    ("gazetteer rows", lambda: gazetteer().rows),
    ("town rows", lambda: towns().rows),
    ("district rows", lambda: districts().rows),
    ("gazetteer names", lambda: gazetteer().names),
    ("morphology forms seen", lambda: morphology._tables().spelled),
    ("morphology form and part pairs", lambda: morphology._tables().parts),
    ("fold memo", lambda: keys._FOLDS),
]


@pytest.mark.parametrize(("name", "table"), UNTRACKED, ids=[n for n, _ in UNTRACKED])
def test_big_table_is_not_tracked(name: str, table: Callable[[], object]) -> None:
    keys.fold("Türkiye")  # the memo holds a word
    value = table()
    gc.collect()
    assert not gc.is_tracked(value), name


WORD_SETS: list[tuple[str, Callable[[], object], str]] = [
    ("given names", given_names, "georgia"),
    ("census given names", census_given_names, "tyler"),
    ("common words", common_words, "energy"),
    ("known organisation prefixes", known_org_prefixes, "united nations"),
]


@pytest.mark.parametrize(
    ("name", "table", "member"), WORD_SETS, ids=[n for n, _, _ in WORD_SETS]
)
def test_word_list_is_a_view_of_an_untracked_dict(
    name: str, table: Callable[[], object], member: str
) -> None:
    value = table()
    assert not isinstance(value, (set, frozenset)), name
    assert member in value  # type: ignore[operator]
    # the view refers to one object, its dict, which the collector does not track
    (mapping,) = gc.get_referents(value)
    gc.collect()
    assert not gc.is_tracked(mapping), name


def test_fold_memo_stays_bounded() -> None:
    keys._FOLDS.clear()
    for n in range(keys._FOLDS_SIZE + 10):
        keys.fold(f"Ärz{n}")
    assert len(keys._FOLDS) <= keys._FOLDS_SIZE
    assert keys.fold("Türkiye") == "turkiye"
    assert keys.fold("\u2019") == "'"


def test_verb_patterns_share_equal_sets_and_lists() -> None:
    from newsfacts.events import patterns

    listed = [p for ps in patterns._patterns().values() for p in ps]
    empty = {id(p.verbs) for p in listed if not p.verbs}
    assert len(empty) == 1  # one empty set of verbs, not one a pattern
    preps = [p.preps for p in listed]
    assert len({id(x) for x in preps}) == len(set(preps))
    lists = [
        v
        for block in patterns._blocks().values()
        for table in (block.by_prep, block.by_subject, block.by_head)
        for v in table.values()
    ]
    # equal lists of patterns are one tuple (patterns compare by identity here)
    assert len({id(v) for v in lists}) == len({tuple(map(id, v)) for v in lists})
    assert len(set(map(id, lists))) < len(lists)


def test_lexicon_shares_one_set_per_set_of_allowed_tags() -> None:
    from newsfacts.language.tagger_lexicon import lexicon

    entries = lexicon().entries
    sets = [allowed for _tag, allowed in entries.values()]
    # equal sets of allowed tags are one object, however many words share them
    assert len({id(s) for s in sets}) == len(set(sets))
    # "attack" (a noun first) and "talk" (a verb first) may take the same tags
    attack, talk = entries["attack"], entries["talk"]
    assert attack[0] != talk[0]
    assert attack[1] == talk[1] and attack[1] is talk[1]
