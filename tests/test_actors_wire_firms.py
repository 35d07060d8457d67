"""Company names in 1990s wire shapes: a legal form with its period closes
a name (the next capitalised word opens another sentence), a dateline's
place is no short form of a company named after it, and a site a body owns
is named by its place ("its Longbridge plant")."""

from __future__ import annotations

import pytest

from newsfacts import parse_article

from .support import nth_span


def _spans(text: str, kind: str) -> set[tuple[int, int]]:
    article = parse_article(text, published="1996-10-15")
    return {
        (m.start, m.end)
        for a in article.actors
        if a.kind.value == kind
        for m in a.mentions
    }


@pytest.mark.parametrize(
    ("text", "org", "not_org"),
    [
        ("Kelmar won an order from Taiwan Power Co. Network Rail said it would "
         "cut 2,000 jobs.", "Taiwan Power Co.", "Taiwan Power Co. Network"),
        ("Kelmar won an order from Taiwan Power Co.\nNetwork Rail said it would "
         "cut 2,000 jobs.", "Network Rail", "Taiwan Power Co.\nNetwork"),
        ("The plant was sold to Vantorix Corp. Analysts said the price was high.",
         "Vantorix Corp.", "Vantorix Corp. Analysts"),
        # a legal form after another stays in the name
        ("Samsung Electronics Co. Ltd. said profit rose.",
         "Samsung Electronics Co. Ltd.", ""),
    ],
)  # fmt: skip
def test_a_legal_form_with_its_period_closes_the_name(
    text: str, org: str, not_org: str
) -> None:
    orgs = _spans(text, "organization")
    assert nth_span(text, org, 0) in orgs
    if not_org:
        assert nth_span(text, not_org, 0) not in orgs


def test_a_datelines_place_is_no_short_form_of_a_company() -> None:
    text = (
        "NEW YORK (Reuters) - Shares of Vantorix Inc rose on Tuesday.\n"
        "Orvane shares rose 1-1/2 to 31 in New York Stock Exchange trading."
    )
    orgs = _spans(text, "organization")
    assert nth_span(text, "New York Stock Exchange", 0) in orgs
    assert nth_span(text, "NEW YORK", 0) not in orgs


def test_a_company_named_after_its_town_keeps_its_short_form() -> None:
    text = (
        "PHOENIX (Reuters) - Phoenix Mining Corp said on Monday it would cut 200 "
        "jobs. Phoenix said output fell."
    )
    orgs = _spans(text, "organization")
    assert nth_span(text, "Phoenix", 1) in orgs  # "Phoenix said"
    assert nth_span(text, "PHOENIX", 0) not in orgs


@pytest.mark.parametrize(
    ("text", "name", "is_org"),
    [
        ("Rover said it would build a new model at its Longbridge plant.",
         "Longbridge", False),
        ("Kelmar said it would close its Hartwig plant in Ohio.", "Hartwig", False),
        ("The company's Dorvale headquarters will close next year.", "Dorvale", False),
        # a bare name before the site's noun is the company's
        ("Workers at the Vantorix plant went on strike.", "Vantorix", True),
        ("Vantorix factories in Ohio will close.", "Vantorix", True),
        ("Vantorix shares fell 12 pence.", "Vantorix", True),
    ],
)  # fmt: skip
def test_a_site_a_body_owns_is_named_by_its_place(
    text: str, name: str, is_org: bool
) -> None:
    assert (nth_span(text, name, 0) in _spans(text, "organization")) is is_org


@pytest.mark.parametrize(
    ("text", "name", "is_org"),
    [
        ("Vantorix chief executive John Dillard said the company would cut jobs.",
         "Vantorix", True),
        ("Kelmar chief financial officer Mary Collins said sales rose.", "Kelmar",
         True),
        ("Kleinwort analyst Mark Hughes said the shares were cheap.", "Kleinwort",
         True),
        # a common word opening the sentence is no name
        ("Group chief executive John Smith said profit rose.", "Group", False),
        ("Former chief executive John Smith said profit rose.", "Former", False),
    ],
)  # fmt: skip
def test_a_chiefs_title_after_a_name_makes_it_a_body(
    text: str, name: str, is_org: bool
) -> None:
    assert (nth_span(text, name, 0) in _spans(text, "organization")) is is_org


@pytest.mark.parametrize(
    ("text", "org", "not_org"),
    [
        ("Barnier spoke to the Parisian newspaper Le Figaro on Wednesday.",
         "Le Figaro", "Parisian"),
        ("The Roman daily Il Messaggero reported the deal.", "Il Messaggero",
         "Roman"),
        ("The Texan oil company Vantorix said it would cut jobs.", "Vantorix",
         "Texan"),
        # a person's name after the noun: a role in the body before it
        ("Dow Jones publisher Almar Latour said the paper would grow.",
         "Dow Jones", ""),
        # no name after the noun: the words before it are the body's name
        ("The Corriere della Sera newspaper said the talks failed.",
         "Corriere della Sera", ""),
        ("Editors at the Vantorix news agency said the report was false.",
         "Vantorix", ""),
    ],
)  # fmt: skip
def test_words_before_a_type_noun_and_a_name_modify_the_noun(
    text: str, org: str, not_org: str
) -> None:
    orgs = _spans(text, "organization")
    assert nth_span(text, org, 0) in orgs
    if not_org:
        assert nth_span(text, not_org, 0) not in orgs


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Dorvale agreed to be bought by Brenmoor for $40 million.", "Brenmoor",
         "organization"),
        ("The unit was acquired by Vantorix in 1994.", "Vantorix", "organization"),
        ("Stanmore, Dalgren's biggest shareholder, opposed the deal.", "Dalgren",
         "organization"),
        ("Hartwig's net profit rose 5 percent.", "Hartwig", "organization"),
        # a person's name or a person's things stay the person's
        ("The paper was bought by Rupert Murdoch in 1981.", "Rupert Murdoch",
         "person"),
        ("Kelly's family home was sold last year.", "Kelly", "person"),
    ],
)  # fmt: skip
def test_deals_and_a_bodys_owners_make_a_company(
    text: str, name: str, kind: str
) -> None:
    article = parse_article(text, published="1996-10-15")
    found = {a.name: a.kind.value for a in article.actors}
    assert found.get(name) == kind, article.actors
