"""Closed word classes and code classes the events stage's rules test.

Prepositions, auxiliaries, determiners, subordinators and the like come from
`events/data/clause_words.tsv` (one class a row, with why and an example);
classes of CAMEO codes and actor sectors from `events/data/code_classes.tsv`.
Both load once, on first use, into one frozen record.
"""

from __future__ import annotations

from typing import Any

import attrs

from .._data import iter_rows, lazy

__all__ = ["Words", "read_code_classes", "read_word_classes", "word_classes"]


@attrs.frozen(slots=True)
class Words:
    """Every word class and code class, by name (see the data files for each)."""

    abstract_patients: frozenset[str]
    accident_verbs: frozenset[str]
    act_by_nouns: frozenset[str]
    aim_verbs: frozenset[str]
    agreement_nouns: frozenset[str]
    adverbs_skip: frozenset[str]
    armed_objects: frozenset[str]
    blame_verbs: frozenset[str]
    blamed_acts: frozenset[str]
    assailant_verbs: frozenset[str]
    attribution_verbs: frozenset[str]
    aspect_nouns: frozenset[str]
    auxiliaries: frozenset[str]
    armed_acts: frozenset[str]
    assembly_verbs: frozenset[str]
    charge_nouns: frozenset[str]
    authority_verbs: frozenset[str]
    be: frozenset[str]
    body_nouns: frozenset[str]
    conditional: frozenset[str]
    condemning_adjectives: frozenset[str]
    contest_verbs: frozenset[str]
    court_appeal_verbs: frozenset[str]
    court_appeal_preps: frozenset[str]
    conflict_nouns: frozenset[str]
    court_nouns: frozenset[str]
    crowd_nouns: frozenset[str]
    deadly_nouns: frozenset[str]
    content_markers: frozenset[str]
    date_bounds: frozenset[str]
    enforcer_words: frozenset[str]
    deficit_words: frozenset[str]
    decision_verbs: frozenset[str]
    delegation_nouns: frozenset[str]
    dismissal_verbs: frozenset[str]
    dissent_verbs: frozenset[str]
    election_nouns: frozenset[str]
    doer_participles: frozenset[str]
    doubling_verbs: frozenset[str]
    feeling_verbs: frozenset[str]
    figure_changes: frozenset[str]
    figure_nouns: frozenset[str]
    for_objects: frozenset[str]
    hazard_words: frozenset[str]
    heading_verbs: frozenset[str]
    hijack_verbs: frozenset[str]
    hazard_fight_verbs: frozenset[str]
    game_margins: frozenset[str]
    fight_results: frozenset[str]
    game_nouns: frozenset[str]
    game_objects: frozenset[str]
    habitual_adverbs: frozenset[str]
    invitation_nouns: frozenset[str]
    kin_nouns: frozenset[str]
    locative: frozenset[str]
    measure_nouns: frozenset[str]
    media_nouns: frozenset[str]
    modal_hypo: frozenset[str]
    mutual_verbs: frozenset[str]
    name_heads: frozenset[str]
    naming_verbs: frozenset[str]
    natural_causes: frozenset[str]
    office_holders: frozenset[str]
    order_nouns: frozenset[str]
    order_verbs: frozenset[str]
    ordinal_words: frozenset[str]
    pair_nouns: frozenset[str]
    partitive: frozenset[str]
    person_nouns: frozenset[str]
    person_object_verbs: frozenset[str]
    proposal_nouns: frozenset[str]
    protest_nouns: frozenset[str]
    protest_participles: frozenset[str]
    readiness_words: frozenset[str]
    received_statement_verbs: frozenset[str]
    reciprocal_verbs: frozenset[str]
    riot_weapons: frozenset[str]
    scene_preps: frozenset[str]
    seizure_passive_verbs: frozenset[str]
    seizure_verbs: frozenset[str]
    sequence_verbs: frozenset[str]
    statement_nouns: frozenset[str]
    strike_verbs: frozenset[str]
    temporal_markers: frozenset[str]
    thing_speech_verbs: frozenset[str]
    throwing_verbs: frozenset[str]
    thrown_objects: frozenset[str]
    trap_scenes: frozenset[str]
    trap_verbs: frozenset[str]
    travel_verbs: frozenset[str]
    verdict_subjects: frozenset[str]
    verdict_verbs: frozenset[str]
    weekdays: frozenset[str]
    weekdays_lower: frozenset[str]
    weak_verbs: frozenset[str]
    wrongdoing: frozenset[str]
    # code classes
    crowd_sector: frozenset[str]
    measure: frozenset[str]
    mutual: frozenset[str]
    national_sector: frozenset[str]
    retaliation_verbs: frozenset[str]
    riot: frozenset[str]
    riot_sector: frozenset[str]
    sent_object: frozenset[str]
    state_aid: frozenset[str]
    state_body: frozenset[str]


# Classes derived from others rather than read from a row of their own.
_DERIVED = frozenset({"weekdays_lower"})
_CODE_CLASSES = frozenset(
    {
        "crowd_sector",
        "measure",
        "mutual",
        "national_sector",
        "riot",
        "riot_sector",
        "sent_object",
        "state_aid",
        "state_body",
    }
)


def read_word_classes() -> dict[str, tuple[str, ...]]:
    """The rows of `clause_words.tsv`: class -> entries ("_" read as a space)."""
    out: dict[str, tuple[str, ...]] = {}
    for row in iter_rows("events/data/clause_words.tsv"):
        name, entries = row[0], row[1]
        if name in out or len(row) != 3 or not row[2].strip():
            raise ValueError(f"bad word class row: {row!r}")
        out[name] = tuple(e.replace("_", " ") for e in entries.split(" "))
    return out


def read_code_classes() -> dict[str, tuple[str, ...]]:
    """The rows of `code_classes.tsv`: class -> codes, in file order."""
    out: dict[str, list[str]] = {}
    for row in iter_rows("events/data/code_classes.tsv"):
        if len(row) != 3 or not row[2].strip():
            raise ValueError(f"bad code class row: {row!r}")
        out.setdefault(row[0], []).append(row[1])
    return {name: tuple(codes) for name, codes in out.items()}


@lazy
def word_classes() -> Words:
    """The word and code classes, loaded once."""
    rows = read_word_classes()
    codes = read_code_classes()
    fields = {f.name for f in attrs.fields(Words)}
    expected = fields - _DERIVED - _CODE_CLASSES
    if set(rows) != expected or set(codes) != _CODE_CLASSES:
        missing = sorted((expected - set(rows)) | (_CODE_CLASSES - set(codes)))
        extra = sorted((set(rows) - expected) | (set(codes) - _CODE_CLASSES))
        raise ValueError(f"word classes: missing {missing}, unknown {extra}")
    values: dict[str, Any] = {name: frozenset(e) for name, e in rows.items()}
    values.update((name, frozenset(c)) for name, c in codes.items())
    values["weekdays_lower"] = frozenset(w.lower() for w in rows["weekdays"])
    return Words(**values)
