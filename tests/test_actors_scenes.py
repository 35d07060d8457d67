"""A sentence's fronted place phrase sets its scene: a bare state body of the
sentence ("the ministry", "police", "the army") with no country of its own is
the country's of that place ("In Syria, the health ministry said": Syria's).
What is no place ("In a statement,", "In talks with Iran,") gives none, and a
group with a country of its own keeps it ("In Syria, Turkish troops")."""

from __future__ import annotations

import pytest

from newsfacts import parse_article
from tests.support import the_actor_with_mention

# (text, the group's mention, its country or None)
CASES: list[tuple[str, str, str | None]] = [
    # a country, a city, a region of one country, after an opener
    (
        "In Syria, the health ministry said at least 430 people had died.",
        "ministry",
        "SY",
    ),
    ("In Kabul, police said two bombs went off near a mosque.", "police", "AF"),
    (
        "In northern Iraq, security forces killed three militants.",
        "security forces",
        "IQ",
    ),
    ("Elsewhere in Yemen, the army said it had repelled an attack.", "army", "YE"),
    (
        "Meanwhile, in Syria's Idlib province, officials said 20 people died.",
        "officials",
        "SY",
    ),
    (
        "In the Syrian capital Damascus, the government announced new curbs.",
        "government",
        "SY",
    ),
    ("LAGOS, Dec 7 (Reuters) - In Kano, police arrested 12 students.", "police", "NG"),
    # no place: no scene
    ("In a statement, the ministry said the talks had failed.", "ministry", None),
    (
        "In talks with Iran, officials said little progress had been made.",
        "officials",
        None,
    ),
    ("In 2015, police arrested 12 students.", "police", None),
    # a place not fronted: no scene
    ("The ministry said 430 people had died in Syria.", "ministry", None),
    # a group that says whence it comes is not placed by where it speaks
    (
        "In Geneva, officials from both sides said talks would resume.",
        "officials",
        None,
    ),
    # not a state body: no country from the scene
    ("In Kabul, students said the exams were cancelled.", "students", None),
    # a group's own country wins
    ("In Syria, Turkish troops shelled Kurdish positions.", "Turkish troops", "TR"),
    (
        "In talks with Iran, US officials said little progress was made.",
        "US officials",
        "US",
    ),
    ("In Syria, police in Baghdad said nothing.", "police", "IQ"),
]


@pytest.mark.parametrize(("text", "mention", "country"), CASES)
def test_fronted_place_sets_the_country(
    text: str, mention: str, country: str | None
) -> None:
    assert (
        the_actor_with_mention(parse_article(text).actors, mention).country == country
    )


def test_scene_stays_in_its_sentence() -> None:
    """Each sentence's scene is its own: a ministry in Syria, one in Turkey,
    and a later bare mention the scene of neither places."""
    text = (
        "In Syria, the health ministry said at least 430 people had died. "
        "In Turkey, the ministry said rescuers were working. "
        "A ministry official said more aid was coming."
    )
    actors = parse_article(text).actors
    first = text.index("ministry")
    second = text.index("ministry", first + 1)
    by_start = {m.start: a.country for a in actors for m in a.mentions}
    assert by_start[first] == "SY"
    assert by_start[second] == "TR"


def test_scene_gives_the_speaker_of_an_event() -> None:
    """The earthquake story: Syria's ministry, not the running Turkey's."""
    text = (
        "A powerful earthquake struck southern Turkey and northern Syria on Monday. "
        "Turkish President Tayyip Erdogan said 912 people had been killed in Turkey. "
        "In Syria, the health ministry said at least 430 people had died."
    )
    at = text.index("ministry")
    sources = [
        e.source
        for e in parse_article(text).events
        if e.source is not None and e.source.mentions[0].start == at
    ]
    assert sources
    assert sources[0].code == "SYRGOV"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Hungarian Prime Minister Viktor Orban vetoed the package, hours after "
         "European leaders agreed to open talks with Kyiv.", "European leaders",
         "EURGOV"),
        ("African leaders met in Addis Ababa on Sunday.", "African leaders", "AFRGOV"),
        ("Arab foreign ministers met in Cairo on Sunday.", "Arab foreign ministers",
         "ARBGOV"),
        ("Western officials said Russia had moved troops.", "Western officials",
         "WSTGOV"),
    ],
)  # fmt: skip
def test_a_regions_group_has_no_one_country(text: str, name: str, code: str) -> None:
    """A region adjective before a noun of people makes a group of that region
    (its CAMEO region code), no country of the sentence or the story."""
    article = parse_article(text, published="2024-02-01")
    found = [a for a in article.actors if a.name == name]
    assert found, [(a.name, a.code) for a in article.actors]
    assert (found[0].country, found[0].code) == (None, code)
