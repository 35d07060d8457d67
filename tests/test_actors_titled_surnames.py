"""After a title that opens no organisation's name (`person_only_title`:
"Senator", "Ambassador", "Mr"), a surname that is also an organisation's
keyword is the person's surname ("Senator Church", "Ambassador Power"), and
the bare surname later is that person. Titles that do open names keep them
("the General Assembly", "the Justice Department", "King Saud University"),
and the keyword alone names the body named before ("the Anglican Church ...
the Church")."""

from __future__ import annotations

import pytest

from newsfacts import parse_article
from newsfacts.records import ActorKind
from tests.support import actor_with_mention

# (text, mention, kind)
CASES: list[tuple[str, str, ActorKind]] = [
    ("Senator Church said the committee would meet.", "Church", ActorKind.PERSON),
    ("Mr Church said the committee would meet.", "Church", ActorKind.PERSON),
    ("U.S. Ambassador Power told the council.", "Power", ActorKind.PERSON),
    ("Rep. Post said the bill would fail.", "Post", ActorKind.PERSON),
    # titles that open organisations' names keep them
    (
        "The General Assembly voted on the resolution.",
        "General Assembly",
        ActorKind.ORGANIZATION,
    ),
    (
        "The Justice Department said it would appeal.",
        "Justice Department",
        ActorKind.ORGANIZATION,
    ),
    (
        "King Saud University closed its campus.",
        "King Saud University",
        ActorKind.ORGANIZATION,
    ),
    # a title's possessive: the holder's office
    (
        "The Governor's Office said the roads would reopen.",
        "Governor's Office",
        ActorKind.ORGANIZATION,
    ),
    # the keyword after no title is the body's
    (
        "The Anglican Church said it would meet.",
        "Anglican Church",
        ActorKind.ORGANIZATION,
    ),
    (
        "The Washington Post said it would appeal.",
        "Washington Post",
        ActorKind.ORGANIZATION,
    ),
]


@pytest.mark.parametrize(("text", "mention", "kind"), CASES)
def test_titled_keyword_surname(text: str, mention: str, kind: ActorKind) -> None:
    a = actor_with_mention(parse_article(text).actors, mention)
    assert a is not None, mention
    assert a.kind == kind


def test_the_bare_surname_later_is_the_person() -> None:
    text = (
        "Senator Church said the committee would hold hearings. Church, an "
        "Idaho Democrat, led the inquiry into the intelligence agencies."
    )
    people = [a for a in parse_article(text).actors if a.kind == ActorKind.PERSON]
    assert [len(a.mentions) for a in people if a.name == "Church"] == [2]


def test_the_bare_keyword_without_a_person_names_no_one() -> None:
    text = "The Anglican Church met on Monday. Church leaders said little."
    assert all(a.kind != ActorKind.PERSON for a in parse_article(text).actors)
