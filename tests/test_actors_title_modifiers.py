"""A title with words before it that modify it: the holder's code.

A service noun right before a title is the holder's service ("Phoenix police
Sgt. Brian Bower" is a police sergeant, USACOP, where "Sgt." alone is a
soldier's rank).

"regional governor Oleh Kiper" holds a governor's office (GOV) although the
titles table lists "governor", not "regional governor"; "presidential
spokesman Bayo Onanuga" speaks for a government (GOV) where "spokesman" alone
gives no sector; "company spokesman" stays none.
"""

from __future__ import annotations

import pytest

import newsfacts

# (id, sentence, person, title, code)
CASES = [
    (
        "regional-governor",
        "In Odesa, Ukraine, regional governor Oleh Kiper said three people were hurt.",
        "Oleh Kiper",
        "regional governor",
        "UKRGOV",
    ),
    (
        "acting-governor",
        "Kenyan acting governor Mary Wanjiru said the roads were closed.",
        "Mary Wanjiru",
        "acting governor",
        "KENGOV",
    ),
    (
        "presidential-spokesman",
        "Nigerian presidential spokesman Bayo Onanuga said in a statement.",
        "Bayo Onanuga",
        "presidential spokesman",
        "NGAGOV",
    ),
    (
        "government-spokesman",
        "Ukrainian government spokesman Taras Melnyk said on Monday.",
        "Taras Melnyk",
        "government spokesman",
        "UKRGOV",
    ),
    (
        "company-spokesman",
        "Nigerian company spokesman Ade Bello said on Monday.",
        "Ade Bello",
        "spokesman",
        "NGA",
    ),
    (
        "police-sergeant",
        "Phoenix police Sgt. Brian Bower said the suspect was arrested.",
        "Brian Bower",
        "Sgt.",
        "USACOP",
    ),
    (
        "army-spokesman",
        "Kenyan army spokesman Paul Njuguna said on Monday.",
        "Paul Njuguna",
        "spokesman",
        "KENMIL",
    ),
    (
        "ministry-spokesperson",
        "Chinese foreign ministry spokesperson Mao Ning told a regular briefing.",
        "Mao Ning",
        "spokesperson",
        "CHNGOV",
    ),
    (
        "body-before-title",
        "Fed Chair Jerome Powell said the bank would be cautious.",
        "Jerome Powell",
        "Chair",
        "USAGOV",
    ),
    (
        "police-chief",
        "Kenyan deputy police chief John Otieno said on Monday.",
        "John Otieno",
        "deputy police chief",
        "KENCOP",
    ),
]


@pytest.mark.parametrize(
    ("text", "person", "title", "code"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_modified_title_gives_the_code(
    text: str, person: str, title: str, code: str
) -> None:
    article = newsfacts.parse_article(text, published="2024-10-16")
    found = [a for a in article.actors if a.name == person]
    assert found, [a.name for a in article.actors]
    assert (found[0].title, found[0].code) == (title, code)
