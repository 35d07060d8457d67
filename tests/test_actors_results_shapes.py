"""More shapes of 1990s wire sports pages: the clubs of an international
cup's results written with their countries in brackets, Australian football
scores, players' names with particles and initials in results lines, and a
player's surname alone before his figures.

Each row is (id, text, mention, which occurrence of it, what it is), read
as in `test_actors_sports.what_is`: what must not be found is written as
"none", "place", "country" or "not person".
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

import newsfacts

from .test_actors_sports import what_is

DAY = dt.date(1996, 9, 10)

CUP = (
    "SOCCER - UEFA CUP FIRST ROUND RESULTS .\n"
    "GENEVA 1996-09-10\n"
    "Results of UEFA Cup first round , first leg matches on Tuesday :\n"
    "In Bucharest : Dinamo Bucharest ( Romania ) 1 Slavia Prague ( Czech Republic ) 2\n"
    "In Glasgow : Celtic ( Scotland ) 3 Hamburg ( Germany ) 0\n"
    "In Lisbon : Benfica ( Portugal ) 2 Ruch Chorzow ( Poland ) 0 ( halftime 1-0 )\n"
)
GOLF = (
    "GOLF - LEADING SCORES .\n"
    "Leading scores after the first round ( U.S. unless stated ) :\n"
    "66 Vijay Singh ( Fiji ) 66 , Greg Norman ( Australia ) 66\n"
    "67 Nick Price ( Zimbabwe ) 67 Ernie Els ( South Africa ) 67\n"
)
AFL = (
    "AUSTRALIAN RULES FOOTBALL - AFL RESULTS .\n"
    "MELBOURNE 1996-08-31\n"
    "Results of Australian Football League matches on Saturday :\n"
    "Collingwood 14.12 ( 96 ) Carlton 10.8 ( 68 )\n"
    "Essendon 11.15 ( 81 ) West Coast 13.9 ( 87 )\n"
)
CRICKET = (
    "CRICKET - SRI LANKA BEAT AUSTRALIA .\n"
    "COLOMBO 1996-08-26\n"
    "Sri Lanka won by four wickets .\n"
    "Sri Lanka 232-6 ( P. de Silva 75 not out , A. Ranatunga 40 ) .\n"
)
SUMMARY = (
    "SOCCER - DUTCH FIRST DIVISION SUMMARY .\n"
    "Feyenoord 2 ( Giovanni van Bronckhorst 10 , Henrik Larsson 60 ) Ajax 2 "
    "( Jari Litmanen 33 , Patrick Kluivert 70 ) .\n"
)
MOTOR = (
    "MOTOR RACING - HILL WINS ITALIAN GRAND PRIX .\n"
    "MONZA , Italy 1996-09-08\n"
    "Damon Hill of Britain won on Sunday . Jacques Villeneuve of Canada retired .\n"
    "Drivers ' championship : 1. Hill 81 points 2. Villeneuve 68 3. Schumacher 49\n"
)

GOLF_TOWN_NAMES = (
    "GOLF - BRITISH MASTERS SCORES .\n"
    "NORTHAMPTON , England 1996-08-30\n"
    "Leading second round scores ( Britain unless stated ) :\n"
    "136 Colin Montgomerie 69 67 , Mark Roe 70 66\n"
    "138 Ian Woosnam 70 68\n"
)
TOWN_CLUBS = (
    "SOCCER - ENGLISH LEAGUE RESULTS .\n"
    "Results of English league matches on Saturday :\n"
    "Chester City 2 Stoke 1\n"
    "Carlisle United 1 Lincoln City 1\n"
)

OPEN = (
    "TENNIS - RESULTS AT U.S. OPEN .\n"
    "NEW YORK 1996-08-29\n"
    "Results of second round matches at the U.S. Open on Thursday :\n"
    "Pete Sampras ( U.S. ) beat Jiri Novak ( Czech Republic ) 6-3 6-4\n"
)
OPEN_LABEL = (
    "TENNIS - U.S. OPEN RESULTS .\nNEW YORK 1996-08-29\nResults on Thursday :\n"
)
OPEN_TALKS = (
    "CHINA , U.S. OPEN TALKS ON TRADE .\n"
    "BEIJING 1996-08-29\n"
    "China and the United States opened talks on Thursday .\n"
)

HOCKEY = (
    "NHL ICE HOCKEY - STANDINGS AFTER THURSDAY 'S GAMES .\n"
    "NEW YORK 1996-12-06\n"
    "Standings of National Hockey League teams after games played on Thursday :\n"
    "W L T GF GA PTS\n"
    "HARTFORD 12 7 6 77 76 30\n"
    "BUFFALO 13 12 1 76 74 27\n"
    "FRIDAY , DECEMBER 6 SCHEDULE\n"
    "ANAHEIM AT BUFFALO\n"
    "TORONTO AT NY ISLANDERS\n"
)
AFL_LABEL = (
    "AUSTRALIAN RULES FOOTBALL - AFL STANDINGS .\n"
    "MELBOURNE 1996-08-31\n"
    "Essendon 20 15 0 5 2103 1704 60\n"
    "Sydney 20 14 1 5 2084 1670 58\n"
)
PROSE_AT = (
    "Police said the man was arrested at Heathrow on Monday .\n"
    "Officials at Boston said the talks went well .\n"
)

RUGBY = (
    "RUGBY UNION - BATH BEAT LEICESTER .\n"
    "LONDON 1996-09-14\n"
    "Bath beat Leicester 28-20 in the English first division on Saturday .\n"
    "Wasps , who beat Harlequins 35-22 , lead the table . Saracens lost at Gloucester .\n"
)
CRUSADES = (
    "The Saracens took Acre in 1187 , and a nest of wasps was found in the ruins .\n"
)

CASES: list[tuple[str, str, str, int, str]] = [
    ("cup-club-town", CUP, "Dinamo Bucharest", 0, "organization"),
    ("cup-club-town-2", CUP, "Slavia Prague", 0, "organization"),
    ("cup-club-town-alone", CUP, "Hamburg", 0, "organization"),
    ("cup-club-name", CUP, "Ruch Chorzow", 0, "organization"),
    ("cup-club-nation-bracket", CUP, "Celtic", 0, "organization"),
    ("cup-country-in-brackets", CUP, "Romania", 0, "country"),
    ("cup-nation-in-brackets", CUP, "Scotland", 0, "place"),
    ("cup-venue", CUP, "Bucharest", 0, "place"),
    ("cup-venue-2", CUP, "Glasgow", 0, "place"),
    # players with their countries and several figures, or one figure and a
    # comma, stay players
    ("golf-player", GOLF, "Vijay Singh", 0, "person"),
    ("golf-player-2", GOLF, "Greg Norman", 0, "person"),
    ("golf-player-3", GOLF, "Nick Price", 0, "person"),
    ("golf-player-4", GOLF, "Ernie Els", 0, "person"),
    ("golf-country", GOLF, "Zimbabwe", 0, "country"),
    ("afl-side", AFL, "Collingwood", 0, "organization"),
    ("afl-side-2", AFL, "Carlton", 0, "organization"),
    ("afl-side-3", AFL, "West Coast", 0, "organization"),
    ("afl-dateline", AFL, "MELBOURNE", 0, "place"),
    ("particle-after-initial", CRICKET, "P. de Silva", 0, "person"),
    ("particle-after-initial-not-surname", CRICKET, "Silva", 0, "none"),
    ("initial-after-not-out", CRICKET, "A. Ranatunga", 0, "person"),
    ("particle-in-scorers", SUMMARY, "Giovanni van Bronckhorst", 0, "person"),
    ("particle-in-scorers-not-surname", SUMMARY, "Bronckhorst", 0, "none"),
    # the sides of one line are of one kind: beside a player, a given name
    # that is also a town opens a player's name
    ("given-town-beside-player", GOLF_TOWN_NAMES, "Mark Roe", 0, "person"),
    ("given-town-beside-player-not-place", GOLF_TOWN_NAMES, "Mark", 0, "none"),
    ("player-beside-given-town", GOLF_TOWN_NAMES, "Colin Montgomerie", 0, "person"),
    # a given name before a club's word is the club's town
    ("given-town-club", TOWN_CLUBS, "Chester City", 0, "organization"),
    ("given-town-club-2", TOWN_CLUBS, "Carlisle United", 0, "organization"),
    ("given-town-club-3", TOWN_CLUBS, "Lincoln City", 0, "organization"),
    ("town-club-beside-given-town", TOWN_CLUBS, "Stoke", 0, "organization"),
    # a tournament named for a country in a headline's capitals is no place
    ("open-in-headline", OPEN, "U.S.", 0, "none"),
    ("open-in-prose", OPEN, "U.S.", 1, "none"),
    ("country-in-brackets", OPEN, "U.S.", 2, "country"),
    ("open-after-label", OPEN_LABEL, "U.S.", 0, "none"),
    ("country-opens-talks", OPEN_TALKS, "U.S.", 0, "country"),
    # a league's acronym before the sport's name labels the page
    ("league-label-row", HOCKEY, "HARTFORD", 0, "organization"),
    ("league-label-row-2", HOCKEY, "BUFFALO", 0, "organization"),
    ("league-label-dateline", HOCKEY, "NEW YORK", 0, "place"),
    # a schedule's line: the visitors at the home team
    ("fixture-visitors", HOCKEY, "ANAHEIM", 0, "organization"),
    ("fixture-home", HOCKEY, "BUFFALO", 1, "organization"),
    ("fixture-home-2", HOCKEY, "NY ISLANDERS", 0, "organization"),
    ("fixture-visitors-2", HOCKEY, "TORONTO", 0, "organization"),
    ("fixture-line-not-prose", PROSE_AT, "Heathrow", 0, "place"),
    ("fixture-line-not-prose-2", PROSE_AT, "Boston", 0, "place"),
    ("afl-label-row", AFL_LABEL, "Essendon", 0, "organization"),
    ("afl-label-row-2", AFL_LABEL, "Sydney", 0, "organization"),
    # clubs named by words of their own, read so on a sports page
    ("club-word", RUGBY, "Wasps", 0, "organization"),
    ("club-word-2", RUGBY, "Harlequins", 0, "organization"),
    ("club-word-3", RUGBY, "Saracens", 0, "organization"),
    ("club-word-elsewhere", CRUSADES, "Saracens", 0, "none"),
    ("surname-before-figures", MOTOR, "Villeneuve", 1, "person"),
    ("surname-before-figures-2", MOTOR, "Hill", 1, "person"),
    (
        "month-before-figure",
        "Theresa May spoke on Monday . The vote is on May 5 . May 5 is the day .",
        "May",
        1,
        "none",
    ),
    (
        "surname-town-after-to",
        "Jacques Villeneuve won in Canada . He flew to Villeneuve 12 days later .",
        "Villeneuve",
        1,
        "not person",
    ),
]


def _offset(text: str, mention: str, nth: int) -> int:
    return [m.start() for m in re.finditer(rf"\b{re.escape(mention)}(?!\w)", text)][nth]


@pytest.mark.parametrize(
    ("text", "mention", "nth", "kind"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_results_shape(text: str, mention: str, nth: int, kind: str) -> None:
    article = newsfacts.parse_article(text, published=DAY)
    start = _offset(text, mention, nth)
    got = what_is(article, start, start + len(mention))
    if kind == "not person":
        assert got != "person"
        return
    assert got == kind, [
        (a.name, a.kind.value, [m.text for m in a.mentions]) for a in article.actors
    ]


STATED = (
    "GOLF - BRITISH MASTERS SCORES .\n"
    "NORTHAMPTON , England 1996-08-30\n"
    "Leading second round scores in the British Masters on Friday "
    "( Britain unless stated ) :\n"
    "135 Robert Allenby ( Australia ) 68 67\n"
    "136 Colin Montgomerie 69 67 , Mark Roe 70 66\n"
    "137 Costantino Rocca ( Italy ) 71 66 , Lee Westwood 68 69\n"
    "138 Ian Woosnam 70 68\n"
)
UNSTATED = STATED.replace("( Britain unless stated ) ", "")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (STATED, "Colin Montgomerie", "GB"),
        (STATED, "Mark Roe", "GB"),
        (STATED, "Lee Westwood", "GB"),
        (STATED, "Ian Woosnam", "GB"),
        (STATED, "Robert Allenby", "AU"),  # his own country in brackets
        (STATED, "Costantino Rocca", "IT"),
        (UNSTATED, "Colin Montgomerie", None),  # no table's country: none given
        (UNSTATED, "Robert Allenby", "AU"),
    ],
)
def test_table_country_unless_stated(text: str, name: str, country: str | None) -> None:
    """ "( Britain unless stated )" gives the table's players with no country
    of their own that country."""
    article = newsfacts.parse_article(text, published=DAY)
    got = {a.name: a.country for a in article.actors if a.kind.value == "person"}
    assert got[name] == country, got


def test_doubles_pairs_are_four_people() -> None:
    """ "A (U.S.) / B (Belarus) beat C (U.S.) / D (U.S.)": each player is a
    person of the country in brackets, the first too (a stop before a slash
    ends no sentence)."""
    text = (
        "TENNIS - RESULTS.\n\nMONTREAL 1996-08-18\n\nResults of the women's doubles final:\n\n"
        "Gigi Fernandez (U.S.) / Natasha Zvereva (Belarus) beat Lindsay Davenport (U.S.) / "
        "Mary Joe Fernandez (U.S.) 6-4 6-2\n"
    )
    article = newsfacts.parse_article(text, published="1996-08-18")
    people = {a.name: a.country for a in article.actors if a.kind.value == "person"}
    assert people == {
        "Gigi Fernandez": "US",
        "Natasha Zvereva": "BY",
        "Lindsay Davenport": "US",
        "Mary Joe Fernandez": "US",
    }
