"""Actors through the whole pipeline on newswire phrasings.

Unlike test_actors and test_actors_news, these cases run `parse_article`, so the
places stage's own readings take part: a span it reads as a place ("Lake
Shore", "France", "Milan") must still become the actor the sentence names, and
stay a place where the sentence makes it one. Each row names the occurrence of
a surface in the text (0 = first) and the kind of actor that must have exactly
that span; the tables of what must NOT change name a span that must stay a
place (a location mention, no person or organisation). New cases go in the
table of their family.
"""

from __future__ import annotations

import datetime

import pytest

import newsfacts
from newsfacts.records import Article

_PUBLISHED = datetime.date(2020, 10, 14)

# (id, text, surface, occurrence, actor kind)
Row = tuple[str, str, str, int, str]
# (id, text, surface, occurrence)
PlaceRow = tuple[str, str, str, int]


def _span(text: str, surface: str, nth: int) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    return at, at + len(surface)


def _parse(text: str) -> Article:
    return newsfacts.parse_article(text, published=_PUBLISHED)


def _actor_kind(article: Article, span: tuple[int, int]) -> str | None:
    for a in article.actors:
        if any((m.start, m.end) == span for m in a.mentions):
            return a.kind.value
    return None


def _is_place(article: Article, span: tuple[int, int]) -> bool:
    return any(
        (m.start, m.end) == span for loc in article.locations for m in loc.mentions
    )


# Once a company is named in full, its leading words later on are that company,
# even where the places stage reads them as a place.
SHORT_FORMS: list[Row] = [
    (
        "legal-form-place-claimed-then-shares",
        "Lake Shore Gold Corp said output rose. Lake Shore shares jumped.",
        "Lake Shore",
        1,
        "organization",
    ),
    (
        "legal-form-place-claimed-then-said",
        "Lake Shore Gold Corp said output rose. Lake Shore said it would expand "
        "the mine.",
        "Lake Shore",
        1,
        "organization",
    ),
    (
        "legal-form-place-claimed-then-possessive",
        "Lake Shore Gold Corp said output rose. Lake Shore's output rose 5 percent "
        "in the quarter.",
        "Lake Shore",
        1,
        "organization",
    ),
    (
        "town-word-then-said",
        "Phoenix Mining Corp said it would cut 200 jobs. Phoenix said the cuts "
        "would save $10 million.",
        "Phoenix",
        1,
        "organization",
    ),
    (
        "town-word-then-shares",
        "Phoenix Mining Corp said it would cut 200 jobs. Phoenix shares fell 3 "
        "percent.",
        "Phoenix",
        1,
        "organization",
    ),
]

SHORT_FORMS_PLACES: list[PlaceRow] = [
    (
        "town-word-before-police",
        "Phoenix Mining Corp said it would cut 200 jobs. Phoenix police said two "
        "men were arrested.",
        "Phoenix",
        1,
    ),
    (
        "town-word-after-of",
        "Phoenix Mining Corp said it would cut 200 jobs at its mine north of Phoenix.",
        "Phoenix",
        1,
    ),
    (
        "form-after-near",
        "Lake Shore Gold Corp said output rose at its mine near Lake Shore.",
        "Lake Shore",
        1,
    ),
    (
        "town-word-after-in",
        "Phoenix Mining Corp said on Monday that protesters gathered in Phoenix.",
        "Phoenix",
        1,
    ),
]


def _ids(rows: list[Row]) -> list[pytest.param]:  # type: ignore[valid-type]
    return [pytest.param(*r[1:], id=r[0]) for r in rows]


@pytest.mark.parametrize(("text", "surface", "nth", "kind"), _ids(SHORT_FORMS))
def test_actor_spans(text: str, surface: str, nth: int, kind: str) -> None:
    """The span is a mention of an actor of this kind, and no place."""
    article = _parse(text)
    span = _span(text, surface, nth)
    assert _actor_kind(article, span) == kind, article.actors
    assert not _is_place(article, span), article.locations


@pytest.mark.parametrize(
    ("text", "surface", "nth"),
    [pytest.param(*r[1:], id=r[0]) for r in SHORT_FORMS_PLACES],
)
def test_place_spans(text: str, surface: str, nth: int) -> None:
    """The span stays a place: a location mention, no person or organisation."""
    article = _parse(text)
    span = _span(text, surface, nth)
    assert _is_place(article, span), article.locations
    assert _actor_kind(article, span) not in ("person", "organization")
