"""A capitalised noun of a kind of body opening a sentence before a name:
whether it says what the name is ("Carmaker Jaguar said") or is the name's
first word ("Network Rail said"). Each row: the text, the name that must be
found as an organisation, and a span that must not be one."""

from __future__ import annotations

import pytest

from newsfacts import parse_article

from .support import nth_span

# (text, organisation, a wrong span of it or "")
OPENERS: list[tuple[str, str, str]] = [
    # a noun of a doer says what the name after it is
    ("Carmaker Jaguar said it would close a plant.", "Jaguar", "Carmaker Jaguar"),
    ("Broadcaster Sky reported a loss for the year.", "Sky", "Broadcaster Sky"),
    ("Publisher Vantorix said sales rose.", "Vantorix", "Publisher Vantorix"),
    ("Regulator Ofcom said it would look into the complaints.", "Ofcom", ""),
    # another noun before a word English lacks says it too
    ("Watchdog Ofcom said it would investigate.", "Ofcom", "Watchdog Ofcom"),
    ("Airline Qantas said it would cut 200 flights.", "Qantas", "Airline Qantas"),
    # ... but before an English word it opens the name
    ("Network Rail said it would cut 2,000 jobs.", "Network Rail", "Rail"),
    ("Team Sky said Froome would ride the Tour.", "Team Sky", "Sky"),
    ("Group Lotus said sales fell in the first half.", "Group Lotus", "Lotus"),
    ("Weekly Standard editor Bill Kristol said it was over.", "Weekly Standard", ""),
    # a keyword that heads names opens the name before any word
    ("Bank Leumi said net profit rose 12 percent.", "Bank Leumi", "Leumi"),
    # a legal form alone is no name
    ("Carrier Corp said it would move jobs to Mexico.", "Carrier Corp", "Corp"),
    # inside the sentence the noun types the name as before
    ("Shares of the network Vantorix fell.", "Vantorix", "network Vantorix"),
    ("The British carmaker Jaguar said it would close a plant.", "Jaguar", ""),
]


@pytest.mark.parametrize(
    ("text", "org", "wrong"), OPENERS, ids=[r[0][:30] for r in OPENERS]
)
def test_sentence_opening_noun_of_a_body(text: str, org: str, wrong: str) -> None:
    article = parse_article(text)
    orgs = {
        (m.start, m.end)
        for a in article.actors
        if a.kind.value == "organization"
        for m in a.mentions
    }
    assert nth_span(text, org, 0) in orgs, article.actors
    if wrong:
        spans = {(m.start, m.end) for a in article.actors for m in a.mentions}
        assert nth_span(text, wrong, 0) not in spans, article.actors


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("National Grid said it would raise prices.", "National Grid", "organization"),
        ("Royal Mail said it would cut 1,000 jobs.", "Royal Mail", "organization"),
        ("Virgin Trains said its services would resume on Monday.", "Virgin Trains",
         "organization"),
        ("Gold Fields said it would close a mine.", "Gold Fields", "organization"),
        # a person's name: "it" is a body named before
        ("John Hill said it would cut jobs.", "John Hill", "person"),
        # no "it" speaking for the name: no body is made of its words
        ("Royal Mail was delivered late.", "Royal Mail", None),
        ("Silver Fields said it was a good year for the band.", "Silver Fields",
         None),
    ],
)  # fmt: skip
def test_a_name_of_common_words_that_it_speaks_for(
    text: str, name: str, kind: str | None
) -> None:
    article = parse_article(text)
    found = {a.name: a.kind.value for a in article.actors}
    if kind is None:
        assert found.get(name) != "organization", article.actors
    else:
        assert found.get(name) == kind, article.actors
