"""US "Democrats" and "Republicans", capitalised, name the parties' members:
a group of the party's members (US, sector PTY), never a person ("Senate
Democrats") and not the party's organisation, which keeps its full name
("the Democratic Party"). The party forms of other countries stay
organisations ("the Liberal Democrats"), and the lower-case word or a
headline's capitals name no one."""

from __future__ import annotations

import pytest

from newsfacts import parse_article
from newsfacts.records import ActorKind
from tests.support import actor_with_mention

WIRE = (
    "WASHINGTON (Reuters) - Senate Democrats blocked the spending bill on "
    "Tuesday, while Republicans said they would bring it back next week. "
    "Democrats say the plan would cut health care for millions."
)

# (text, mention, kind, country, code)
FOUND: list[tuple[str, str, ActorKind, str | None, str | None]] = [
    (WIRE, "Democrats", ActorKind.GROUP, "US", "USAPTY"),
    (WIRE, "Republicans", ActorKind.GROUP, "US", "USAPTY"),
    (
        "House Republicans voted against the measure, which passed anyway.",
        "Republicans",
        ActorKind.GROUP,
        "US",
        "USAPTY",
    ),
    (
        "Republicans say the tax cut will pay for itself.",
        "Republicans",
        ActorKind.GROUP,
        "US",
        "USAPTY",
    ),
    (
        "France's Republicans chose a new leader on Sunday.",
        "Republicans",
        ActorKind.GROUP,
        "FR",
        "FRAPTY",
    ),
    # the parties' organisations keep their names
    (
        "The Democratic Party raised $20 million in March.",
        "Democratic Party",
        ActorKind.ORGANIZATION,
        "US",
        "USAPTY",
    ),
    (
        "The Liberal Democrats and the Greens also gained seats.",
        "Liberal Democrats",
        ActorKind.ORGANIZATION,
        "GB",
        "GBRPTY",
    ),
]


@pytest.mark.parametrize(("text", "mention", "kind", "country", "code"), FOUND)
def test_party_members_are_a_group(
    text: str, mention: str, kind: ActorKind, country: str | None, code: str | None
) -> None:
    a = actor_with_mention(parse_article(text).actors, mention)
    assert a is not None, mention
    assert (a.kind, a.country, a.code) == (kind, country, code)


# (text, a span that must name no actor of any kind)
NOT_FOUND: list[tuple[str, str]] = [
    ("Senate Democrats blocked the bill.", "Senate Democrats"),
    ("The democrats of the region met in secret.", "democrats"),
    ("DEMOCRATS BLOCK SPENDING BILL\nThe Senate voted on Tuesday.", "DEMOCRATS"),
]


@pytest.mark.parametrize(("text", "span"), NOT_FOUND)
def test_not_members_nor_a_person(text: str, span: str) -> None:
    assert actor_with_mention(parse_article(text).actors, span) is None


def test_members_are_one_group_per_party() -> None:
    actors = parse_article(WIRE).actors
    democrats = [a for a in actors if a.name == "Democrats"]
    assert len(democrats) == 1
    assert len(democrats[0].mentions) == 2


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The Senate voted 51-49 on Tuesday to pass the bill.", "Senate"),
        ("The House passed the measure late on Friday.", "House"),
    ],
)
def test_a_chamber_is_still_a_body(text: str, span: str) -> None:
    # the chambers that may stand before "Democrats" (member_chamber) still
    # name the body where nothing follows them
    a = actor_with_mention(parse_article(text).actors, span)
    assert a is not None and a.kind == ActorKind.ORGANIZATION
