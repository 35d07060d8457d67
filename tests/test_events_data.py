"""The events stage's hand-written data files: well-formed, sorted, and used.

Word classes (`clause_words.tsv`), code classes (`code_classes.tsv`) and the
composition table (`compose.tsv`): every row has its columns and a reason,
every code is a CAMEO code of `cameo.tsv`, and the loaders read what the rules
test. Composition is checked on the codes a reader expects of real phrasings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts._data import iter_rows
from newsfacts.events.compose import compose_table, composed
from newsfacts.events.lexicon import plover_of
from newsfacts.events.words import read_word_classes, word_classes

from .support import tsv_rows

DATA = Path(__file__).resolve().parent.parent / "newsfacts" / "events" / "data"
SECTORS = set(
    """GOV MIL REB OPP PTY LEG JUD COP SPY MED BUS EDU NGO IGO REL ELI CVL REF LAB
    HLH AGR""".split()
)


def _rows(name: str) -> list[list[str]]:
    return tsv_rows(DATA / name)


def _cameo_codes() -> set[str]:
    return {row[0] for row in _rows("cameo.tsv")}


def _plover_categories() -> set[str]:
    return {row[1] for row in _rows("cameo.tsv")}


def test_word_class_rows_are_well_formed() -> None:
    rows = _rows("clause_words.tsv")
    names = [row[0] for row in rows]
    assert names == sorted(names) and len(set(names)) == len(names)
    for row in rows:
        assert len(row) == 3, row
        entries = row[1].split(" ")
        assert entries == sorted(entries), row[0]
        assert len(set(entries)) == len(entries), row[0]
        assert all(entries), row[0]  # no double spaces
        assert row[2].strip() and '"' in row[2], f"{row[0]}: no reason and example"


def test_word_classes_load_and_derive() -> None:
    w = word_classes()
    rows = read_word_classes()
    for name, entries in rows.items():
        assert getattr(w, name) == frozenset(entries), name
    assert "monday" in w.weekdays_lower and "Monday" in w.weekdays


def test_code_classes_are_codes() -> None:
    rows = _rows("code_classes.tsv")
    assert [row[:2] for row in rows] == sorted(row[:2] for row in rows)
    codes = _cameo_codes()
    for row in rows:
        assert len(row) == 3 and row[2].strip(), row
        if row[0] in ("national_sector", "crowd_sector", "riot_sector", "state_body"):
            assert row[1] in SECTORS, row
        else:
            assert row[1] in codes, row
    w = word_classes()
    assert "040" in w.mutual and "190" not in w.mutual
    assert "MIL" in w.national_sector


def test_composition_rows_are_valid() -> None:
    rows = _rows("compose.tsv")
    assert [row[:2] for row in rows] == sorted(row[:2] for row in rows)
    codes = _cameo_codes()
    categories = _plover_categories()
    for row in rows:
        assert len(row) == 4 and row[3].strip(), row
        embedded, code = row[1], row[2]
        assert code in codes or code == "=", row  # "=": the embedded act's own
        assert embedded == "*" or embedded in codes or embedded in categories, row
    table = compose_table()
    # every relation but "request" has a default; "request" keeps its own code
    assert all("*" in table[r] for r in table if r != "request")
    assert "*" not in table["request"]


# (id, relation, embedded code, code of the composed act)
COMPOSED = [
    ("agreed-to-ceasefire", "agree", "0871", "0356"),
    ("agreed-to-release-hostages", "agree", "0841", "0353"),
    ("agreed-to-hold-talks", "agree", "046", "036"),
    ("agreed-to-send-aid", "agree", "070", "033"),
    ("agreed-to-send-humanitarian-aid", "agree", "073", "0333"),
    ("will-send-tanks", "intend", "072", "0332"),
    ("demanded-peacekeepers", "request", "074", "1034"),
    ("refused-to-meet", "refuse", "040", "125"),
    ("refused-to-withdraw", "refuse", "087", "1246"),
    ("refused-to-yield", "refuse", "080", "124"),
    ("demanded-release", "request", "084", "1053"),
    ("demanded-talks", "request", "046", "106"),
    ("urged-to-hold-talks", "appeal", "046", "026"),
    ("threatened-to-attack", "threaten", "190", "138"),
    ("threatened-to-cut-ties", "threaten", "161", "1313"),
    ("threatened-to-cut-aid", "threaten", "1621", "1311"),
    ("threatened-to-blockade", "threaten", "191", "1381"),
    ("threatened-to-strike", "threaten", "143", "133"),
    ("will-meet", "intend", "040", "036"),
    ("vowed-to-veto", "agree", "129", "129"),
    ("vowed-to-reject-talks", "agree", "125", "125"),
    ("agreed-to-postpone", "agree", "120", "030"),
]


@pytest.mark.parametrize(
    ("relation", "embedded", "code"),
    [row[1:] for row in COMPOSED],
    ids=[row[0] for row in COMPOSED],
)
def test_composition(relation: str, embedded: str, code: str) -> None:
    assert composed(relation, plover_of(embedded), embedded) == code


def test_composition_keeps_own_code_where_no_row() -> None:
    # "demanded that X explain": a demand it does not refine stays the demand
    assert composed("request", "STATEMENT", "010", "100") == "100"
    with pytest.raises(LookupError):
        composed("request", "STATEMENT", "010")


@pytest.mark.parametrize("name", ["governors.tsv", "force.tsv"])
def test_clause_tables_are_sorted_unique_and_explained(name: str) -> None:
    """Each row of the governing-verb and force tables is unique, sorted, has
    four columns and a reason or example."""
    rows = list(iter_rows(f"events/data/{name}"))
    keys = [tuple(r[:2]) for r in rows]
    assert rows and all(len(r) == 4 and r[3].strip() for r in rows)
    assert keys == sorted(keys) and len(set(keys)) == len(keys)


def test_governors_load_with_known_relations() -> None:
    from newsfacts.events.compose import governor, speech_lemmas

    assert governor("threaten") is not None
    assert governor("threaten").relation == "threaten"  # type: ignore[union-attr]
    assert "say" in speech_lemmas() and "attack" not in speech_lemmas()
    # a verb of the patterns coded 03x governs as an agreement
    assert governor("pledge", "030") is not None
