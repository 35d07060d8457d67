"""Actors of 1990s wire copy, sixth table: tokenised Reuters-style pages
(slug headlines in capitals, "LONDON 1996-08-30" datelines, spaces before
punctuation) with results lines, tables and business briefs.

Each row names a surface, its occurrence in the text (0 = first), the kind of
actor that must have exactly that span (None: no person or organisation may
have it) and, where it matters, the actor's name. Each family holds rows
where the word is NOT taken as well.
"""

from __future__ import annotations

import datetime

import pytest

import newsfacts

from .support import ActorRow, check_actor_row, nth_span

_PUBLISHED = datetime.date(1996, 8, 30)

Row = ActorRow
_span = nth_span


def _check(row: Row) -> None:
    text = row[1]
    for actor in newsfacts.parse_article(text, published=_PUBLISHED).actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text
    check_actor_row(row, _PUBLISHED)


def _ids(rows: list[Row]) -> list[str]:
    return [r[0] for r in rows]


_QUALIFIERS = (
    "SOCCER - WORLD CUP QUALIFIER RESULTS .\n\nLONDON 1996-08-30\n\n"
    "Results of World Cup qualifying matches on Friday :\n\n"
    "Moldova 0 England 3\nArmenia 1 Portugal 1\nNorthern Ireland 2 Ukraine 1\n\n"
    "England manager Glenn Hoddle said he was pleased with the win in "
    "Chisinau .\n"
)
_TENNIS = (
    "TENNIS - RESULTS AT U.S. OPEN .\n\nNEW YORK 1996-08-30\n\n"
    "Results from the U.S. Open tennis championships on Friday :\n\n"
    "Pete Sampras ( U.S. ) beat Mark Woodforde ( Australia ) 6-4 6-3 6-2\n"
    "Steffi Graf ( Germany ) beat Naoko Sawamatsu ( Japan ) 6-1 6-2\n"
)
_NO_PAGE = "Japan began their defence with a win .\nJapan 2 Syria 1\n"

# A country before a score in a results line stays the country (the national
# team is named by its country, and the house convention keeps such a country
# a place, as in a sentence: "England manager Glenn Hoddle"); no person or
# organisation takes it, and a country in brackets after a player is the
# player's.
RESULTS_COUNTRIES: list[Row] = [
    ("results-line-home", _QUALIFIERS, "Moldova", 0, None, None),
    ("results-line-away", _QUALIFIERS, "England", 0, None, None),
    ("results-line-nation", _QUALIFIERS, "Northern Ireland", 0, None, None),
    ("not-results-manager", _QUALIFIERS, "England", 1, None, None),
    ("not-results-venue", _QUALIFIERS, "Chisinau", 0, None, None),
    ("not-bracket-country", _TENNIS, "Australia", 0, None, None),
    ("not-bracket-country-2", _TENNIS, "Japan", 0, None, None),
    ("bracket-player", _TENNIS, "Mark Woodforde", 0, "person", None),
    ("not-off-sports-page", _NO_PAGE, "Japan", 1, None, None),
]


@pytest.mark.parametrize("row", RESULTS_COUNTRIES, ids=_ids(RESULTS_COUNTRIES))
def test_results_line_countries(row: Row) -> None:
    _check(row)


def test_bracket_country_is_the_players() -> None:
    article = newsfacts.parse_article(_TENNIS, published=_PUBLISHED)
    by_name = {a.name: a for a in article.actors}
    assert by_name["Mark Woodforde"].country == "AU"
    assert by_name["Naoko Sawamatsu"].country == "JP"


def test_results_line_country_stays_a_place() -> None:
    article = newsfacts.parse_article(_QUALIFIERS, published=_PUBLISHED)
    starts = {m.start for loc in article.locations for m in loc.mentions}
    assert _span(_QUALIFIERS, "Moldova", 0)[0] in starts
    assert _span(_QUALIFIERS, "Chisinau", 0)[0] in starts


_FORCES = (
    "SEOUL 1996-08-30\n\nU.S. Forces Korea said on Friday a soldier had been "
    "detained . U.S. Army Europe said the drill would go ahead .\n"
)
_SPEAKERS = (
    "Tony Blair addressed the Labour Party on Friday . Blair said he was "
    "happy . He left the Army , Smith said , and joined the bank ."
)

# A word right after a name its keyword closes goes on naming the
# organisation and is no speaker; a surname after a full stop or a comma is.
FORMATION_NAMES: list[Row] = [
    ("not-forces-korea", _FORCES, "Korea", 0, None, None),
    ("not-army-europe", _FORCES, "Europe", 0, None, None),
    ("forces-org", _FORCES, "U.S. Forces", 0, "organization", None),
    ("speaker-after-stop", _SPEAKERS, "Blair", 1, "person", "Tony Blair"),
    ("speaker-after-comma", _SPEAKERS, "Smith", 0, "person", None),
    ("party-still-org", _SPEAKERS, "Labour Party", 0, "organization", None),
]


@pytest.mark.parametrize("row", FORMATION_NAMES, ids=_ids(FORMATION_NAMES))
def test_formation_names(row: Row) -> None:
    _check(row)


# (id, text, person, country or None)
CountryRow = tuple[str, str, str, str | None]

# A club's country, and the town of a club before a role held in it, are not
# its player's or coach's; a national side's ("England captain") and a
# nationality still are.
CLUB_PLAYERS: list[CountryRow] = [
    (
        "town-club-striker",
        "Liverpool striker Mohamed Salah scored twice as his side beat "
        "Arsenal 3-1 on Sunday .",
        "Mohamed Salah",
        None,
    ),
    (
        "known-club-striker",
        "Chelsea striker Gianluca Vialli said he was happy with the win .",
        "Gianluca Vialli",
        None,
    ),
    (
        "known-club-coach",
        "Inter Milan coach Simone Inzaghi said he was happy .",
        "Simone Inzaghi",
        None,
    ),
    (
        "town-club-manager",
        "Leeds manager Howard Wilkinson said he was happy .",
        "Howard Wilkinson",
        None,
    ),
    (
        "national-captain",
        "England captain Ben Stokes said he was happy .",
        "Ben Stokes",
        "GB",
    ),
    ("national-striker", "Brazil striker Neymar said he was fit .", "Neymar", "BR"),
    (
        "nationality-wins",
        "Italian striker Gianluca Vialli joined Chelsea on Friday .",
        "Gianluca Vialli",
        "IT",
    ),
    (
        "company-president",
        "Microsoft president Brad Smith said the deal was good .",
        "Brad Smith",
        "US",
    ),
    (
        "town-mayor",
        "Liverpool mayor Joe Anderson said the city would bid .",
        "Joe Anderson",
        "GB",
    ),
]


@pytest.mark.parametrize("row", CLUB_PLAYERS, ids=[r[0] for r in CLUB_PLAYERS])
def test_club_players(row: CountryRow) -> None:
    _, text, name, country = row
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    actor = next(a for a in article.actors if a.name == name)
    assert actor.country == country


# (id, text, name of the one actor, its mentions' texts)
SameRow = tuple[str, str, str, list[str]]

# Two known entries of one company, with and without its legal form, are one
# actor; companies sharing a first word, or clubs sharing "Real", are not.
LEGAL_FORMS: list[SameRow] = [
    (
        "legal-form-first",
        "MUNICH 1996-08-30\n\nSiemens AG said on Friday it would cut 1,000 jobs . "
        "A spokesman for Siemens said the cuts were needed .\n",
        "Siemens AG",
        ["Siemens AG", "Siemens"],
    ),
    (
        "legal-form-later",
        "Siemens said on Friday it would cut jobs . Siemens AG shares fell 2 percent .",
        "Siemens",
        ["Siemens", "Siemens AG"],
    ),
    (
        "other-company-kept",
        "Siemens AG said on Friday it would cut jobs . Siemens Energy said "
        "its orders rose .",
        "Siemens AG",
        ["Siemens AG"],
    ),
    (
        "clubs-kept",
        "Real Madrid beat Real Sociedad 2-1 on Saturday .",
        "Real Madrid",
        ["Real Madrid"],
    ),
]


@pytest.mark.parametrize("row", LEGAL_FORMS, ids=[r[0] for r in LEGAL_FORMS])
def test_legal_forms(row: SameRow) -> None:
    _, text, name, mentions = row
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    actor = next(a for a in article.actors if a.name == name)
    assert [m.text for m in actor.mentions] == mentions


_RIVALS = (
    "FRANKFURT 1996-08-30\n\nShares in rival Infineon were unchanged , while "
    "analysts at rival Kleinwort said the bid was low . Shares in rival firms "
    "fell .\n"
)

# A describing word between a cue of business and the name ("shares in rival
# Infineon") leaves the cue whole; a common noun there is no name.
RIVALS: list[Row] = [
    ("rival-shares-in", _RIVALS, "Infineon", 0, "organization", "Infineon"),
    ("rival-analysts-at", _RIVALS, "Kleinwort", 0, "organization", "Kleinwort"),
    ("not-rival-word", _RIVALS, "rival", 0, None, None),
    ("not-rival-firms", _RIVALS, "firms", 0, None, None),
]


@pytest.mark.parametrize("row", RIVALS, ids=_ids(RIVALS))
def test_rivals(row: Row) -> None:
    _check(row)


_MACYS = (
    "NEW YORK 1996-08-30\n\nMacy's said on Friday it would close 12 stores . "
    "Shares of Macy's fell 4 percent .\n"
)
_MACYS_TOKENISED = (
    "NEW YORK 1996-08-30\n\nMacy 's said on Friday it would close stores .\n"
)
_BLAIR = (
    "LONDON 1996-08-30\n\nTony Blair spoke on Friday . Blair's aides said he "
    "was tired .\n"
)

# A possessive before a verb of speech, results or a deal heads no noun: the
# "'s" is the business's own name, in every mention; a person's possessive
# before a noun stays the person's.
POSSESSIVE_NAMES: list[Row] = [
    ("possessive-said", _MACYS, "Macy's", 0, "organization", "Macy's"),
    ("possessive-later", _MACYS, "Macy's", 1, "organization", "Macy's"),
    ("not-bare-macy", _MACYS, "Macy", 0, None, None),
    ("tokenised", _MACYS_TOKENISED, "Macy 's", 0, "organization", "Macy's"),
    ("person-possessive", _BLAIR, "Blair", 1, "person", "Tony Blair"),
    ("not-person-with-s", _BLAIR, "Blair's", 0, None, None),
]


@pytest.mark.parametrize("row", POSSESSIVE_NAMES, ids=_ids(POSSESSIVE_NAMES))
def test_possessive_names(row: Row) -> None:
    _check(row)


# The country after "of" gives a player theirs with its article too; a body
# named after the country gives none.
COUNTRY_AFTER: list[CountryRow] = [
    (
        "of-the-country",
        "TENNIS - AGASSI ADVANCES .\n\nNEW YORK 1996-08-30\n\nAndre Agassi of "
        "the United States beat Daniel Vacek 6-3 6-2 on Friday .\n",
        "Andre Agassi",
        "US",
    ),
    (
        "of-the-netherlands",
        "Jan Smit of the Netherlands won the stage on Friday .",
        "Jan Smit",
        "NL",
    ),
    (
        "of-country",
        "Jarkko Nieminen of Finland beat Daniel Vacek 6-3 6-2 .",
        "Jarkko Nieminen",
        "FI",
    ),
    (
        "not-of-the-body",
        "John Smith of the United States Postal Service team won the stage .",
        "John Smith",
        None,
    ),
]


@pytest.mark.parametrize("row", COUNTRY_AFTER, ids=[r[0] for r in COUNTRY_AFTER])
def test_country_after(row: CountryRow) -> None:
    _, text, name, country = row
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    actor = next(a for a in article.actors if a.name == name)
    assert actor.country == country


_LEAGUES = (
    "BASEBALL - RESULTS .\n\nNEW YORK 1996-08-30\n\nResults of Major League "
    "Baseball games played on Thursday . Major John Smith said the attack "
    "was repelled . President Duma Boko spoke .\n"
)

# A title word before a keyword that goes on to a sport's name opens an
# organisation's name, no person's; a title before a person's name, or a
# given name that is also a keyword, still makes a person.
TITLE_ORGS: list[Row] = [
    ("not-league-baseball", _LEAGUES, "League Baseball", 0, None, None),
    ("title-person", _LEAGUES, "John Smith", 0, "person", "John Smith"),
    ("keyword-given-name", _LEAGUES, "Duma Boko", 0, "person", "Duma Boko"),
]


@pytest.mark.parametrize("row", TITLE_ORGS, ids=_ids(TITLE_ORGS))
def test_title_orgs(row: Row) -> None:
    _check(row)
