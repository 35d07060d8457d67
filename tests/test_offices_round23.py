"""An office that "chief" opens is one person's post, no group of people:
"Jack Ablin, chief investment officer at Cresset Capital" made a group actor
"officer" (and gave him the police's code)."""

from __future__ import annotations

import pytest

from newsfacts import parse_article


@pytest.mark.parametrize(
    "text",
    [
        "Jack Ablin, chief investment officer at Cresset Capital in Chicago, said.",
        "Jane Fraser, chief executive officer of Citigroup, said profits rose.",
        "The company's chief operating officer, Tim Cook, said sales fell.",
        "Said Maria Lopez, the bank's chief risk officer.",
    ],
)
def test_chief_office_is_no_group(text: str) -> None:
    article = parse_article(text, published="2024-12-18")
    groups = [a.name for a in article.actors if a.kind.value == "group"]
    assert not [g for g in groups if g.lower().endswith("officer")], groups
    assert not [a for a in article.actors if a.code and a.code.endswith("COP")]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Police officers said two men were held.", "Police officers"),
        ("Officers fired tear gas at the crowd.", "Officers"),
    ],
)
def test_officers_stay_a_group(text: str, group: str) -> None:
    article = parse_article(text, published="2024-12-18")
    assert group in {a.name for a in article.actors if a.kind.value == "group"}
