"""Rail operators close their names with "Rail" (an organisation keyword):
"Southern Rail", "Network Rail", "Via Rail" are companies, not a person
"Rail" nor nothing; the lower-case word and a "Railway" (a line as often as
a company) are left as they were."""

from __future__ import annotations

import pytest

from newsfacts import parse_article
from newsfacts.records import ActorKind
from tests.support import actor_with_mention

FOUND = [
    ("Southern Rail said it would run fewer trains on Tuesday.", "Southern Rail"),
    (
        "Strikes at Southern Rail continued on Monday, the RMT union said.",
        "Southern Rail",
    ),
    ("Network Rail said the line would reopen by Friday.", "Network Rail"),
    ("Via Rail cancelled trains between Toronto and Montreal.", "Via Rail"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_rail_operator_is_an_organisation(text: str, name: str) -> None:
    a = actor_with_mention(parse_article(text).actors, name)
    assert a is not None and a.kind == ActorKind.ORGANIZATION


NOT_FOUND = [
    ("Southern Rail said it would run fewer trains.", "Rail"),
    ("The government wants more freight to go by rail.", "rail"),
    ("Ministers promised more money for rail and roads.", "rail"),
]


@pytest.mark.parametrize(("text", "span"), NOT_FOUND)
def test_no_actor_of_the_word_alone(text: str, span: str) -> None:
    assert actor_with_mention(parse_article(text).actors, span) is None
