"""A story about one country sets the country of its bare state bodies: "the
army", "the government", "police" with no country nearer take the country the
story names nearly always ("the army said" in a story about Pakistan's
northwest is Pakistan's army). A story of two countries, or one that names a
country too seldom to tell, sets none; a group with a country of its own, and
a group that is no state body ("students", "rebels"), keep what they had."""

from __future__ import annotations

import pytest

from newsfacts import parse_article
from tests.support import the_actor_with_mention

PAKISTAN = (
    "PESHAWAR, Pakistan (AP) - Pakistani troops killed 12 militants in the Swat "
    "valley on Tuesday. The army said the fighting began when gunmen attacked a "
    "checkpoint near Mingora. The government has promised to restore order. "
    "Residents of Peshawar said schools were closed. Officials said students "
    "would return next week."
)
KENYA = (
    "Kenyan authorities on Monday charged three men over the attack on a bus near "
    "Garissa. Police said the suspects were arrested in Mombasa on Sunday. The "
    "ministry said Nairobi would send more officers to the border region."
)
TWO_COUNTRIES = (
    "Iran and the United States traded accusations on Monday. Tehran said "
    "Washington had broken the deal, and the government said it would respond. "
    "Iranian and American diplomats met in Oman. The army was put on alert."
)
ONCE = "The government said on Monday that 430 people had died in Syria."
OWN_COUNTRY = (
    "Syrian troops shelled rebel positions near Aleppo on Monday. Damascus said "
    "Syria would not yield. Turkish troops stayed at the border, the army said. "
    "Syrian state media said Aleppo was calm."
)

# (text, the group's mention, its country or None)
CASES: list[tuple[str, str, str | None]] = [
    # one country's story: its bare state bodies
    (PAKISTAN, "army", "PK"),
    (PAKISTAN, "government", "PK"),
    (PAKISTAN, "Officials", "PK"),
    (KENYA, "Police", "KE"),
    (KENYA, "ministry", "KE"),
    # not a state body: no country from the story
    (PAKISTAN, "students", None),
    # two countries: no story country
    (TWO_COUNTRIES, "government", None),
    (TWO_COUNTRIES, "army", None),
    # a country named once: too seldom to tell
    (ONCE, "government", None),
    # a group with its own country keeps it
    (OWN_COUNTRY, "Turkish troops", "TR"),
]


@pytest.mark.parametrize(("text", "mention", "country"), CASES)
def test_story_country_of_bare_bodies(
    text: str, mention: str, country: str | None
) -> None:
    assert (
        the_actor_with_mention(parse_article(text).actors, mention).country == country
    )


def test_story_country_code_keeps_the_sector() -> None:
    army = the_actor_with_mention(parse_article(PAKISTAN).actors, "army")
    assert army.code == "PAKMIL"
