"""Known political figures: country and code from the curated list, over context.

Each case runs `actors.extract` with hand-built place findings (see test_actors)
and checks the country and code of one person, or that a look-alike stays unknown.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsfacts
from newsfacts.knowledge.figures import political_figures
from newsfacts.knowledge.keys import figure_key

from .test_actors import Place, find, run

DATA = Path(__file__).resolve().parent.parent / "newsfacts" / "knowledge" / "data"

# (id, text, places, demonyms, person, country, code)
KNOWN = [
    (
        "full-name-no-context",
        "Barack Obama fired his chief of staff on Tuesday.",
        [],
        [],
        "Barack Obama",
        "US",
        "USAGOV",
    ),
    (
        "surname-only",
        "Putin told reporters the sanctions would fail.",
        [],
        [],
        "Putin",
        "RU",
        "RUSGOV",
    ),
    (
        "destination-is-not-nationality",
        "Obama heads to Beijing on Sunday for talks on trade.",
        [("Beijing", "city", "CN", False)],
        [],
        "Obama",
        "US",
        "USAGOV",
    ),
    (
        "meeting-place-is-not-nationality",
        "Vladimir Putin and Recep Tayyip Erdogan will meet in Geneva next week.",
        [("Geneva", "city", "CH", False)],
        [],
        "Recep Tayyip Erdogan",
        "TR",
        "TURGOV",
    ),
    (
        "overrides-foreign-adjective",
        "Chinese state media praised Merkel for her remarks on the deal.",
        [],
        [("Chinese", "CN")],
        "Merkel",
        "DE",
        "DEUGOV",
    ),
    (
        "international-official",
        "Ban Ki-moon urged Israel to halt settlement building.",
        [("Israel", "country", "IL", False)],
        [],
        "Ban Ki-moon",
        None,
        "IGOUNO",
    ),
    (
        "military-commander",
        "General David Petraeus flew into Baghdad for talks with Iraqi leaders.",
        [("Baghdad", "city", "IQ", False)],
        [("Iraqi", "IQ")],
        "David Petraeus",
        "US",
        "USAMIL",
    ),
    (
        "accents-and-possessive",
        "Erdoğan's spokesman said the offer stood.",
        [],
        [],
        "Erdoğan",
        "TR",
        "TURGOV",
    ),
    (
        "another-persons-nationality",
        "President Francois Mitterand welcomed South African leader F.W. de Klerk.",
        [],
        [("South African", "ZA")],
        "Francois Mitterand",
        "FR",
        "FRAGOV",
    ),
    (
        "article-spelt-apart",
        "President Omar El Bashir lifted the curfew on Thursday.",
        [],
        [],
        "Omar El Bashir",
        "SD",
        "SDNGOV",
    ),
    (
        "particle-surname",
        "Syrian forces loyal to Assad shelled the suburb overnight.",
        [],
        [("Syrian", "SY")],
        "Assad",
        "SY",
        "SYRGOV",
    ),
    (
        "listed-with-its-title",
        "On Monday, King Fahd said the talks would continue.",
        [],
        [],
        "Fahd",
        "SA",
        "SAUGOV",
    ),
]


@pytest.mark.parametrize(
    ("text", "places", "demonyms", "name", "country", "code"),
    [pytest.param(*c[1:], id=c[0]) for c in KNOWN],
)
def test_known_figure(
    text: str,
    places: list[Place],
    demonyms: list[tuple[str, str]],
    name: str,
    country: str | None,
    code: str,
) -> None:
    """A listed figure gets the list's country and code, whatever the context."""
    actor = find(run(text, places, demonyms), name)
    assert actor.country == country, actor
    assert actor.code == code, actor
    assert "figure" in actor.rule


# (id, text, places, demonyms, person that must not be taken for a listed figure;
# None: no actor of the text may be taken for one)
UNKNOWN = [
    (
        "other-given-name",
        "Jeb Bush criticised the plan in a speech in Miami.",
        [("Miami", "city", "US", False)],
        [],
        "Jeb Bush",
    ),
    (
        "common-surname-not-matched-alone",
        "Mr. Johnson, a teacher from Leeds, said the school would reopen.",
        [("Leeds", "city", "GB", False)],
        [],
        "Johnson",
    ),
    (
        "surname-written-as-a-word",
        "Bush fires raged for a week. Crews cleared the bush near the town.",
        [],
        [],
        None,
    ),
    (
        "surname-shared-in-article",
        "Laura Bush opened the library on Monday. Bush said reading mattered.",
        [],
        [],
        "Laura Bush",
    ),
]


@pytest.mark.parametrize(
    ("text", "places", "demonyms", "name"),
    [pytest.param(*c[1:], id=c[0]) for c in UNKNOWN],
)
def test_not_a_known_figure(
    text: str, places: list[Place], demonyms: list[tuple[str, str]], name: str | None
) -> None:
    """Look-alikes of listed figures keep what the context gives them."""
    found = run(text, places, demonyms)
    if name is None:  # no figure at all
        assert not any("figure" in a.rule for a in found), found
        return
    actor = find(found, name)
    assert "figure" not in actor.rule, actor


_CODE = re.compile(r"^[A-Z]{3}[A-Z]*$")
_YEARS = re.compile(r"^\d{4}-(?:\d{4})?$")


def test_figure_rows_are_well_formed() -> None:
    """Five columns; a real country or "-"; a sector or a full code; years."""
    import pycountry

    rows = [
        line.split("\t")
        for line in (DATA / "political_figures.tsv").read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert len(rows) > 300
    for row in rows:
        assert len(row) == 5, row
        names, country, code, years, _surnames = row
        assert all(n.strip() == n and n for n in names.split("|")), row
        assert country == "-" or pycountry.countries.get(alpha_2=country), row
        assert _CODE.match(code), row
        assert country != "-" or len(code) > 3, row
        assert _YEARS.match(years), row


def test_ambiguous_keys_map_to_none() -> None:
    """A name shared by figures of two countries decides nothing; one person's
    roles of two codes are kept, the latest first."""
    figs = political_figures()
    # two kings of different countries: no decision
    assert figs.full[figure_key("King Abdullah")] is None
    # a prime minister who later led an alliance: the latest role, both kept
    latest = figs.full[figure_key("Mark Rutte")]
    assert latest is not None and latest.code == "IGOWSTNAT"
    assert len(figs.roles[figure_key("Mark Rutte")]) == 2
    assert figs.full[figure_key("Barack Obama")] is not None
    assert figs.surname["obama"] is not None


@pytest.mark.parametrize(
    ("text", "published", "name", "code"),
    [
        ("Donald Tusk said the talks would continue.", "2010-05-04", "Tusk", "POLGOV"),
        ("Donald Tusk said the talks would continue.", "2016-05-04", "Tusk", "IGOEUREEC"),
        ("Donald Tusk said the talks would continue.", "2024-05-04", "Tusk", "POLGOV"),
        ("Mark Rutte said the talks would continue.", "2015-03-02", "Rutte", "NLDGOV"),
        ("Mark Rutte said the talks would continue.", "2025-03-02", "Rutte", "IGOWSTNAT"),
        ("Antonio Guterres said the talks would continue.", "1998-06-01", "Guterres",
         "PRTGOV"),
        ("Antonio Guterres said the talks would continue.", "2020-06-01", "Guterres",
         "IGOUNO"),
        ("European Commission President Ursula von der Leyen spoke in Kyiv.",
         "2026-12-07", "Leyen", "IGOEUREEC"),
        ("Defence Minister Ursula von der Leyen spoke in Berlin.", "2015-02-01",
         "Leyen", "DEUGOV"),
        # before any role listed: the nearest one
        ("Jens Stoltenberg said the talks would continue.", "2001-06-01",
         "Stoltenberg", "NORGOV"),
    ],
)  # fmt: skip
def test_figure_takes_the_role_held_at_the_articles_date(
    text: str, published: str, name: str, code: str
) -> None:
    """A person listed with roles of different countries or codes is coded by
    the one held when the article was published."""
    article = newsfacts.parse_article(text, published=published)
    people = [a for a in article.actors if a.kind.value == "person" and name in a.name]
    assert people, article.actors
    assert people[0].code == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("UN envoy Hans Grundberg arrived in Sanaa on Monday.", "Hans Grundberg", "IGOUNO"),
        ("NATO spokeswoman Oana Lungescu spoke in Brussels.", "Oana Lungescu", "IGOWSTNAT"),
        # a company before the title gives its country and sector, no IGO
        ("Microsoft president Brad Smith spoke in Brussels.", "Brad Smith", "USABUS"),
    ],
)  # fmt: skip
def test_international_body_before_a_title_codes_the_person(
    text: str, name: str, code: str
) -> None:
    """An international body named just before a person's title is the
    person's ("UN envoy Hans Grundberg"), not the country of a place nearby."""
    article = newsfacts.parse_article(text, published="2024-05-04")
    people = [a for a in article.actors if a.name == name]
    assert people, article.actors
    assert people[0].code == code
