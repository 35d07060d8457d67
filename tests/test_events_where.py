"""Where an act happens and who takes part: the place an act of force
strikes, the place of the act a participle adds to, the medium a thing is said
on (no target), the country of a person's spokesman."""

from __future__ import annotations

import pytest

import newsfacts

_PUBLISHED = "2024-03-04"


def _where(text: str, trigger: str) -> str | None:
    """The name of the location of the event triggered by `trigger`."""
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    found = [e for e in article.events if e.trigger.text.startswith(trigger)]
    assert found, [(e.trigger.text, e.cameo) for e in article.events]
    loc = found[0].location
    return loc.name if loc is not None else None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("BRUSSELS (AFP) - Russian forces shelled the southern city of Kherson "
         "on Friday, the governor said.", "shelled", "Kherson"),
        ("BEIRUT (Reuters) - Israeli jets bombed the town of Nabatieh on "
         "Monday, officials said.", "bombed", "An Nabatiyah"),
        ("LONDON (Reuters) - Rebels attacked Goma on Sunday, the army said.",
         "attacked", "Goma"),
        # a participle adding to the act happens where the act does
        ("BRUSSELS (AFP) - Russian forces shelled the southern city of Kherson "
         "on Friday, killing two civilians, the governor said.", "killing",
         "Kherson"),
        ("LONDON (Reuters) - Gunmen attacked a market in Maiduguri on Sunday, "
         "killing 12 people, police said.", "killing", "Maiduguri"),
        # a place the participle names itself comes first
        ("LONDON (Reuters) - Troops shelled Mosul on Monday, killing three "
         "fighters in Tal Afar, the army said.", "killing", "Tall \u2018Afar"),
    ],
)  # fmt: skip
def test_act_of_force_is_where_it_strikes(text: str, trigger: str, place: str) -> None:
    assert _where(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # not an act of force: the object is a party, not where it happens
        ("LONDON (Reuters) - Moscow criticised Kyiv on Friday, officials said.",
         "criticised", "London"),
        ("LONDON (Reuters) - Police arrested a man from Leeds on Friday.",
         "arrested", "London"),
    ],
)  # fmt: skip
def test_other_acts_keep_the_dateline(text: str, trigger: str, place: str) -> None:
    assert _where(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The minister said on Twitter that talks would resume.", "said", None),
        ("The minister said on Al Jazeera that talks would resume.", "said", None),
        # "on" still addresses a party of an appeal, and aims an act of force
        ("The UN called on Egypt to release the activists.", "called", "Egypt"),
        ("Israeli troops fired on protesters near the border.", "fired", "protesters"),
    ],
)  # fmt: skip
def test_what_is_said_on_is_no_target(
    text: str, trigger: str, target: str | None
) -> None:
    """A medium or a news outlet after "on" is where something was said, not
    to whom."""
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    found = [e for e in article.events if e.trigger.text.startswith(trigger)]
    assert found, [(e.trigger.text, e.cameo) for e in article.events]
    got = found[0].target
    assert (got.name if got is not None else None) == target


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("U.S. Ambassador MaryKay Carlson condemned the attack. Philippine "
         "President Ferdinand Marcos Jr. will chair a meeting on Tuesday, his "
         "spokeswoman said.", "PHLGOV"),
        ("Prime Minister Giorgia Meloni will chair a meeting on Tuesday, her "
         "spokesman said.", "ITAGOV"),
        # no person before "his": no country from the story's last source
        ("His spokesman said the talks would continue.", "---GOV"),
    ],
)  # fmt: skip
def test_a_persons_spokesman_is_of_that_persons_country(text: str, code: str) -> None:
    """A bare group a person's "his" or "her" owns is that person's country's,
    not the country of the story's last source."""
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    said = [e for e in article.events if e.trigger.text == "said"]
    assert said and said[0].source is not None, article.events
    assert said[0].source.code == code
