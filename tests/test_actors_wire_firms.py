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
