""" "last February" told in March names the February a year before: the month
just over is "last month". "next April" told in March is the April after
next for the same reason. A month further off keeps the nearest one, as does
one across New Year ("last December" told in January is also "December last
year")."""

from __future__ import annotations

import pytest

from .support import date_triples as triples


@pytest.mark.parametrize(
    "published,text,span,value",
    [
        ("1998-03-01", "Two military helicopters crashed last February.",
         "last February", "1997-02"),
        # across New Year "last December" is also "December last year"
        ("2024-01-10", "The plant closed last December, workers said.",
         "last December", "2023-12"),
        ("2023-12-10", "Talks resume next January.", "next January", "2024-01"),
        ("2024-03-14", "Elections will be held next April.", "next April", "2025-04"),
        # further off: the nearest one
        ("1998-03-01", "The talks broke down last January.", "last January", "1998-01"),
        ("2024-03-14", "Elections will be held next May.", "next May", "2024-05"),
        ("1999-02-06", "The strike began last October.", "last October", "1998-10"),
        # "this past", "this coming" name the nearest one
        ("2024-03-14", "The law changed this past February.", "this past February",
         "2024-02"),
    ],
)  # fmt: skip
def test_last_or_next_month(published: str, text: str, span: str, value: str) -> None:
    assert (span, "DATE", value) in triples(text, published)
