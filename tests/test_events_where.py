"""Where an act of force happens: the place it strikes, and the place of the
act a participle adds to."""

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
