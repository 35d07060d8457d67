"""The record builders of the language layer make the same records as the
classes' own constructors (`language._build`)."""

from __future__ import annotations

import attrs
import pytest

from newsfacts.language import clauses, phrases, verbs
from newsfacts.language._build import draft, slot_setters
from newsfacts.language._tokens import Words, prepare
from newsfacts.language.clauses import Clause, parse
from newsfacts.language.phrases import Attachment, NounPhrase
from newsfacts.language.verbs import VerbGroup

PHRASES = [
    pytest.param({"start": 0, "end": 1, "head": 0, "pronoun": True}, id="pronoun"),
    pytest.param(
        {
            "start": 2,
            "end": 5,
            "head": 4,
            "determiner": 2,
            "premodifiers": (3,),
            "possessor": 0,
            "possessive": True,
            "proper": True,
            "attachments": (Attachment(5, 2),),
            "apposition": 3,
            "conjuncts": (4, 5),
        },
        id="every-field",
    ),
]


@pytest.mark.parametrize("fields", PHRASES)
def test_noun_phrase_builder_matches_constructor(fields: dict[str, object]) -> None:
    built = phrases.noun_phrase(**fields)  # type: ignore[arg-type]
    made = NounPhrase(**fields)  # type: ignore[arg-type]
    assert built == made
    assert hash(built) == hash(made)
    assert repr(built) == repr(made)
    assert attrs.asdict(built) == attrs.asdict(made)


def test_verb_group_builder_matches_constructor() -> None:
    fields = {
        "start": 1,
        "end": 4,
        "head": 3,
        "lemma": "attack",
        "tense": "past",
        "perfect": True,
        "progressive": False,
        "voice": "passive",
        "negated": True,
        "modal": None,
        "form": "finite",
        "auxiliaries": (1, 2),
        "negation": 2,
        "particle": None,
    }
    built = verbs._verb_group(**fields)  # type: ignore[arg-type]
    made = VerbGroup(**fields)  # type: ignore[arg-type]
    assert built == made
    assert hash(built) == hash(made)
    assert repr(built) == repr(made)


def test_clause_builder_matches_constructor() -> None:
    fields = {
        "verb": 0,
        "kind": "reported",
        "start": 3,
        "end": 9,
        "subject": 1,
        "subject_via": "direct",
        "objects": (2,),
        "agent": None,
        "preps": (Attachment(6, 3),),
        "governor": 1,
        "marker": 3,
        "antecedent": None,
        "conjunct_of": None,
        "question": False,
    }
    built = clauses._clause(**fields)  # type: ignore[arg-type]
    made = Clause(**fields)  # type: ignore[arg-type]
    assert built == made
    assert hash(built) == hash(made)
    assert repr(built) == repr(made)


def test_attachment_builder_matches_constructor() -> None:
    built = phrases.attachment(4, 2)
    made = Attachment(4, 2)
    assert built == made
    assert hash(built) == hash(made)
    assert repr(built) == repr(made)


def test_prepared_words_match_constructor() -> None:
    w = prepare(["It", "'s", "over", "."], ["PRP", "VBZ", "RB", "."])
    made = Words(**attrs.asdict(w, recurse=False))
    assert w == made
    assert hash(w) == hash(made)
    assert repr(w) == repr(made)


def test_built_records_stay_frozen() -> None:
    s = parse(
        "Rebels who attacked the convoy were arrested by police .".split(),
        "NNS WP VBD DT NN VBD VBN IN NNS .".split(),
    )
    for record in (s.chunks.nps[0], s.chunks.verbs[0], s.clauses[0], s.chunks.words):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            record.start = 5  # type: ignore[misc]


def test_slot_setters_names_every_field_in_order() -> None:
    with pytest.raises(TypeError, match="fields are"):
        slot_setters(Attachment, "np prep")
    with pytest.raises(TypeError, match="fields are"):
        slot_setters(Attachment, "prep")
    assert len(slot_setters(Attachment, "prep np")) == 2


def test_slot_setters_refuses_what_a_builder_would_skip() -> None:
    @attrs.frozen(slots=True)
    class Checked:
        size: int = attrs.field(validator=attrs.validators.instance_of(int))

    @attrs.frozen(slots=True)
    class Listed:
        items: list[int] = attrs.field(factory=list)

    with pytest.raises(TypeError, match="not a plain field"):
        slot_setters(Checked, "size")
    with pytest.raises(TypeError, match="not a plain field"):
        slot_setters(Listed, "items")


def test_draft_needs_the_record_layout() -> None:
    @attrs.frozen(slots=True)
    class Weak:  # a weak-reference slot after the fields: another layout
        size: int

    @attrs.frozen(slots=True, weakref_slot=False)
    class Plain:
        size: int

    with pytest.raises(TypeError, match="layout"):
        draft(Weak, "size")
    with pytest.raises(TypeError, match="fields are"):
        draft(Plain, "length")
    d = draft(Plain, "size")()
    d.size = 3
    d.__class__ = Plain
    assert d == Plain(3)
    assert type(d) is Plain
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        d.size = 4  # type: ignore[misc]
