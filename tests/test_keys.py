"""Place name keys: folded tokens joined by single spaces, whatever the script."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.knowledge.keys import TOKEN, fold, name_key, org_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        pytest.param("New York", "new york", id="ascii-words"),
        pytest.param("NEW  YORK", "new york", id="ascii-caps-spacing"),
        pytest.param("U.S.", "u . s .", id="ascii-periods"),
        pytest.param("Tripoli-based", "tripoli - based", id="ascii-hyphen"),
        pytest.param("Route 66", "route 66", id="ascii-number"),
        pytest.param("Ta'if", "ta ' if", id="ascii-apostrophe"),
        pytest.param("Ta`if", "ta ' if", id="ascii-backtick-is-apostrophe"),
        pytest.param("Ta\u2019if", "ta ' if", id="curly-apostrophe"),
        pytest.param("São Paulo", "sao paulo", id="accents"),
        pytest.param("Mīrābād", "mirabad", id="macrons"),
        pytest.param("Straße", "strasse", id="casefold"),
    ],
)  # fmt: skip
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    "name",
    ["Washington, D.C.", "St. John's", "Bandar-e Abbas", "Dar es Salaam", "`Ajman"],
)
def test_ascii_key_is_the_fold_of_each_token(name: str) -> None:
    """The ASCII shortcut gives what folding token by token gives."""
    assert name_key(name) == " ".join(fold(t) for t in TOKEN.findall(name))
    assert name_key(name) == name_key(name.upper())


def test_org_key_matches_british_and_american_spellings() -> None:
    """ "Organisation" and "Organization", "Co-operation" and "Cooperation"
    key alike; "Labour" and "Labor" name different parties and stay apart."""
    assert org_key("the Organisation of Islamic Cooperation") == org_key(
        "Organization of Islamic Cooperation"
    )
    assert org_key("Organisation for Economic Co-operation and Development") == (
        org_key("Organization for Economic Cooperation and Development")
    )
    assert org_key("Labour Party") != org_key("Labor Party")
    assert org_key("OECD") == "OECD"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Organisation of Islamic Cooperation condemned the attack.", "IGOMOSOIC"),
        (
            "The Organisation for Economic Co-operation and Development cut its "
            "forecast.",
            "IGOWSTBUS",
        ),
    ],
)
def test_known_organisation_in_the_other_spelling(text: str, code: str) -> None:
    """A known organisation written in the other spelling is still known."""
    orgs = [a for a in newsfacts.parse_article(text).actors if a.code == code]
    assert orgs and orgs[0].kind.value == "organization"
