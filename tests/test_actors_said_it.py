"""A lone name before "said it" and a verb of a body's own act is a body
("Reebok said it would lay off 200 workers", "Vantorix said it would not
renew the contract"); "it" of a thing or a state of affairs leaves the
speaker a person ("Federer said it was tough")."""

from __future__ import annotations

import pytest

from newsfacts import parse_article


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Reebok said it would lay off 200 workers.", "Reebok", "organization"),
        ("Vantorix said it would not renew the contract.", "Vantorix", "organization"),
        ("Dillard said it would appeal the ruling.", "Dillard", "organization"),
        ("Vantorix said it had suspended production.", "Vantorix", "organization"),
        ("Kelmar said it would cut 500 jobs.", "Kelmar", "organization"),
        ("Kelmar said on Monday it would spin off its chemicals unit.", "Kelmar",
         "organization"),
        # "it" of a thing or a state of affairs: the speaker is a person
        ("Federer said it was tough.", "Federer", "person"),
        ("Hartwig said it would take months to rebuild.", "Hartwig", "person"),
        ("Hartwig said it would lay the groundwork for peace.", "Hartwig", "person"),
        # a surname named in full before stays the person's
        ("Vantorix chief executive John Dillard spoke on Monday. Dillard said it "
         "would lay off 200 workers.", "John Dillard", "person"),
    ],
)  # fmt: skip
def test_said_it_and_a_bodys_act(text: str, name: str, kind: str) -> None:
    article = parse_article(text)
    found = {a.name: a.kind.value for a in article.actors}
    assert found.get(name) == kind, article.actors
