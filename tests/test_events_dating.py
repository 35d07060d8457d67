"""When an act is history, and a month is no march.

An act dated by a past year alone is background, not the news: "in 2010",
"in March 2022", "last year", "15 months ago". A month named without its
year is the latest one, and an act in it within the last twelve months is
news ("in May" in a text of March, "in December" in one of January). A
capitalised month's name after a preposition is a date, never the noun
"march" that makes violence repression. Whole-pipeline tests on phrasings
written for them.
"""

from __future__ import annotations

import pytest

import newsfacts


def _codes(text: str, published: str) -> list[str]:
    return [e.cameo for e in newsfacts.parse_article(text, published=published).events]


# (sentence, publication date, codes expected)
DATED: list[tuple[str, str, list[str]]] = [
    ("Police arrested him in May.", "2024-03-14", ["173"]),
    ("Police arrested him in December.", "2024-01-05", ["173"]),
    ("Police arrested him last month.", "2024-01-05", ["173"]),
    ("Police arrested him in March 2022.", "2024-03-14", []),
    ("Police arrested him in 2010.", "2024-03-14", []),
    ("Police arrested him last year.", "2024-03-14", []),
    ("Police arrested him 15 months ago.", "2024-03-14", []),
]


@pytest.mark.parametrize(("text", "published", "codes"), DATED)
def test_history_and_news(text: str, published: str, codes: list[str]) -> None:
    assert _codes(text, published) == codes


# (sentence, codes expected): a month is no protest march
MONTHS: list[tuple[str, list[str]]] = [
    ("Police raided the house in March.", ["180"]),
    ("Police stormed the house in early March.", ["180"]),
    ("Police raided the house on Monday.", ["180"]),
    # the march itself is a protest: violence against it is repression
    ("Soldiers opened fire on the march on Sunday.", ["175"]),
    ("Police fired tear gas at the May Day march.", ["175"]),
]


@pytest.mark.parametrize(("text", "codes"), MONTHS)
def test_a_month_is_no_march(text: str, codes: list[str]) -> None:
    assert _codes(text, "2024-03-14") == codes


# (sentence, codes expected): the dates of a relative clause set inside a
# clause before its verb are the relative clause's, not the news of the clause
RELATIVE_DATES: list[tuple[str, list[str]]] = [
    (
        "Robert Dalton, who served as mayor from 2011 to 2019, was indicted by a "
        "grand jury.",
        ["173"],
    ),
    ("The rebels, who seized the town in 2014, attacked a convoy.", ["180"]),
    # the act the relative clause reports is still history
    ("Rebels who seized the town in 2014 attacked a convoy in 2015.", []),
    ("In 2005, militants who had trained in Pakistan attacked the town.", []),
]


@pytest.mark.parametrize(("text", "codes"), RELATIVE_DATES)
def test_dates_of_a_relative_clause_are_its_own(text: str, codes: list[str]) -> None:
    assert _codes(text, "2024-03-14") == codes


# (sentence, codes expected by default, codes kept with unreal=True): a hope
# for another's act is a wish, no plan of the doer's; one's own is an intent
HOPES: list[tuple[str, list[str], list[str]]] = [
    ("The minister hoped that police would arrest the officials.", [], ["173"]),
    ("The minister said she hoped the officials would be indicted.", [], ["173"]),
    ("The minister hopes to arrest the officials.", ["130"], ["130"]),
    ("Iran hopes to sign a deal with France.", ["032"], ["032"]),
]


@pytest.mark.parametrize(("text", "codes", "kept"), HOPES)
def test_a_hope_for_another_act_is_no_plan(
    text: str, codes: list[str], kept: list[str]
) -> None:
    assert _codes(text, "2024-03-14") == codes
    unreal = newsfacts.Parser(unreal=True).parse(text, published="2024-03-14")
    assert [e.cameo for e in unreal.events] == kept
    if not codes:  # kept as what may not happen
        assert all(e.mode == "hypothetical" for e in unreal.events)


# (sentence, codes expected): "not" before an infinitive's "to" negates it; an
# announced rejection is the rejection
VOWS: list[tuple[str, list[str]]] = [
    ("Russia vowed to attack Ukraine.", ["138"]),
    ("Russia vowed not to attack Ukraine.", ["030"]),
    ("Iran agreed to release the prisoners.", ["0353"]),
    ("Russia vowed not to release the prisoners.", ["1243"]),
    ("President Salome Zourabichvili has vowed to veto the bill.", ["129"]),
    ("Leaders agreed to postpone the demonstration.", ["030"]),
]


@pytest.mark.parametrize(("text", "codes"), VOWS)
def test_vows_and_their_negation(text: str, codes: list[str]) -> None:
    assert _codes(text, "2024-03-14") == codes


# (sentence, trigger, date text expected; "" is the publication date): a
# possessive date dates the noun after it, not another act of the sentence
POSSESSIVE_DATES: list[tuple[str, str, str]] = [
    ("Sunday's attack on a mosque killed five people.", "killed", "Sunday"),
    ("Police arrested a man over Sunday's attack on a mosque.", "arrested", ""),
    ("Police arrested a man on Tuesday over Sunday's attack.", "arrested", "Tuesday"),
    ("Odinga on Tuesday rejected the result of last week's election and called "
     "on his supporters to protest.", "called", "Tuesday"),
    ("The president on Monday condemned Saturday's bombing.", "condemned", "Monday"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "when"), POSSESSIVE_DATES)
def test_a_possessive_date_dates_its_noun(text: str, trigger: str, when: str) -> None:
    article = newsfacts.parse_article(text, published="2024-03-07")
    found = [e for e in article.events if e.trigger.text.startswith(trigger)]
    assert found and found[0].date is not None, article.events
    assert found[0].date.text == when
