"""Sports pages: results lines, standings, scorecards and match reports.

A town named as a side of a match is its club (an organisation), a country
named as one stays the country its national team plays for, a name with
figures after it or its country in brackets is a player; the same towns stay
places where the text speaks of the place ("fans in Milan", "at Chelmsford",
"Officials in Leeds said"). The tables below are news phrasings; the
generated tests at the end put the gazetteer's big cities in a table's row
on a sports page and in a plain sentence.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

import newsfacts
from newsfacts.knowledge.gazetteer import Entry, gazetteer
from newsfacts.knowledge.keys import name_key
from newsfacts.places.match import dominant

DAY = dt.date(1996, 8, 30)

STANDINGS = (
    "SOCCER - ENGLISH PREMIER LEAGUE STANDINGS.\n"
    "LONDON 1996-08-25\n"
    "Standings (tabulate under played, won, drawn, lost, goals for, against, points):\n"
    "Newcastle 5 4 1 0 10 3 13\n"
    "Liverpool 5 3 1 1 9 4 10\n"
    "Arsenal 5 2 2 1 7 5 8\n"
)
CRICKET = (
    "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY.\n"
    "LONDON 1996-08-30\n"
    "Leicestershire beat Somerset by an innings and 39 runs in two days to take "
    "over at the head of the county championship.\n"
    "Title rivals Essex, Derbyshire and Surrey all closed in on victory while "
    "Kent made up for lost time in their match against Nottinghamshire.\n"
    "Scores:\n"
    "At Chelmsford: Essex 532-8 declared (N. Hussain 124). Gloucestershire 210.\n"
    "At Leicester: Leicestershire 296 (J. Whitaker 89). Somerset 83 and 174 "
    "(P. Simmons 4-38).\n"
)
GOLF = (
    "GOLF - LEADING SCORES.\n"
    "Leading scores after the third round:\n"
    "Tiger Woods 68 70 72 - 210\n"
    "Ernie Els (South Africa) 70 69 72 - 211\n"
)
TENNIS = (
    "Results from the tennis tournament on Thursday:\n"
    "Serena Williams (U.S.) beat Maria Sharapova (Russia) 6-3 6-2\n"
)
ATHLETICS = (
    "Leading results of the men's 5,000 metres:\n"
    "1. Haile Gebrselassie (Ethiopia) 12:52.70\n"
    "2. Anna Keller (Switzerland) 13:01.04\n"
)
REPORT = (
    "SOCCER - LEEDS BEAT ARSENAL IN PREMIER LEAGUE.\n"
    "Leeds beat Arsenal 2-0 at Elland Road on Saturday. Southampton drew 1-1 "
    "with Everton. Fans in Leeds celebrated, and Leeds manager Howard Wilkinson "
    "said the team had played well.\n"
)
COURT = (
    "The Supreme Court ruled 5-4 on Monday that Texas must redraw its map. "
    "In a 7-2 vote last year, the court sided with Ohio. Texas beat the "
    "deadline by two days, officials said.\n"
)
ASIAN_CUP = (
    "SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.\n"
    "Japan began the defence of their Asian Cup title with a lucky 2-1 win "
    "against Syria on Friday. China lost 2-0 to Uzbekistan. Takuya Takagi "
    "scored the winner in the 88th minute, rising to head a Hiroshige "
    "Yanagimoto cross which goalkeeper Salem Bitar appeared to have covered. "
    "Defender Hassan Abbas rose to intercept a long ball.\n"
)
CYCLING = (
    "CYCLING - STAGE RESULTS.\n"
    "Leading results of the 10th stage:\n"
    "1. Erik Zabel (Germany) Telekom 4 hours 30 minutes 5 seconds\n"
    "2. Mario Cipollini (Italy) Saeco same time\n"
)
SUMMARY = (
    "SOCCER - DUTCH FIRST DIVISION SUMMARY.\n"
    "Summary of a Dutch first division match on Saturday:\n"
    "Feyenoord 2 (Larsson 12, Cruz 60) Utrecht 1 (Van Loen 45). Halftime 1-1.\n"
)
LEAGUE = (
    "SOCCER - ENGLISH LEAGUE RESULTS.\n"
    "Results of English league matches on Saturday:\n"
    "Coventry 1 West Ham 1\n"
    "Bolton 3 Stoke 1\n"
)
# lines of a page written with spaces around punctuation, one of them
# longer than a short line: the sentences join them
SPACED_TENNIS = (
    "TENNIS - RESULTS AT TORONTO .\n"
    "Results from the Canadian Open tennis tournament on Thursday ( prefix "
    "number denotes seeding ) :\n"
    "1 - Thomas Muster ( Austria ) beat Mikael Tillstrom ( Sweden ) 6-4 6-2\n"
    "Daniel Vacek ( Czech Republic ) beat 13 - Todd Martin ( U.S. ) 6-3 6-4\n"
)
SCORECARD = (
    "CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES .\n"
    "Close of play scores in English county championship matches on Friday :\n"
    "Chester-le-Street : Glamorgan 259 and 207 ( A. Dale 69 , H. Morris 69 ; "
    "D. Blenkiron 4-43 ) , Durham 114 ( S. Watkin 4-28 ) and 81-3 .\n"
)
SCORERS = (
    "SOCCER - ENGLISH PREMIER LEAGUE SUMMARY.\n"
    "Summary of an English premier league match on Saturday:\n"
    "Chelsea 2 Middlesbrough 0. Halftime 1-0. Attendance 28,000.\n"
    "Scorers: Zola 12, Vialli 60.\n"
)
RUGBY = "RUGBY UNION - RESULTS.\nWales 31 France 28\nCardiff 25 Swansea 18\n"
EVENTS_PAGE = (
    "SOCCER - LEEDS BEAT ARSENAL.\n"
    "Leeds beat Arsenal 2-0 on Saturday, while Southampton drew 1-1 with "
    "Everton. The win came before the Super Bowl and the Grand Slam. Sky Sports "
    "showed the game.\n"
)
SCOREBOARD = (
    "CRICKET - PAKISTAN V NEW ZEALAND ONE-DAY SCOREBOARD .\n"
    "Scoreboard in the second one-day cricket international between Pakistan "
    "and New Zealand on Friday :\n"
    "Pakistan\n"
    "Saeed Anwar run out 91\n"
    "Zahoor Elahi b Cairns 86\n"
    "Ijaz Ahmed c Germon b Cairns 20\n"
    "Total ( 50 overs , 7 wickets ) 277\n"
    "Bowling : Doull 10-1-50-1 , Kennedy 3-0-24-0 , Cairns 8-1-35-2\n"
    "Result : Pakistan won by 46 runs .\n"
)
HOCKEY = (
    "ICE HOCKEY - NHL STANDINGS .\n"
    "Standings of National Hockey League teams after games played on Thursday "
    "( tabulate under won , lost , tied , goals for , goals against , points ) :\n"
    "HARTFORD 12 7 6 77 76 30\n"
    "NY RANGERS 10 13 5 92 82 25\n"
)
ROLES_PAGE = (
    "SOCCER - LEEDS BEAT ARSENAL.\n"
    "Leeds beat Arsenal 2-0 on Saturday, while Southampton drew 1-1 with "
    "Everton. Middlesbrough striker Fabrizio Ravanelli missed a penalty, and "
    "Sydney swimmer Ian Thorpe watched from the stands.\n"
)
DATELINED = (
    "SOCCER - LEEDS BEAT ARSENAL.\n"
    "LEEDS, England 1996-08-25\n"
    "Leeds beat Arsenal 2-0 on Saturday. Fans travelled from Leeds, Yorkshire "
    "and beyond.\n"
)
MARKETS = (
    "MARKETS - EUROPEAN SHARES CLOSE HIGHER.\n"
    "Closing levels:\n"
    "London 3,901.2 up 12.3\n"
    "Frankfurt 2,543.1 down 4.5\n"
)

# (id, text, mention, which occurrence of it (0 = first), what it is)
CASES: list[tuple[str, str, str, int, str]] = [
    ("standings-town", STANDINGS, "Newcastle", 0, "organization"),
    ("standings-town-2", STANDINGS, "Liverpool", 0, "organization"),
    ("standings-dateline", STANDINGS, "LONDON", 0, "place"),
    (
        "margin-subject",
        "Essex beat Kent by five wickets at Chelmsford.",
        "Essex",
        0,
        "organization",
    ),
    (
        "margin-object",
        "Essex beat Kent by five wickets at Chelmsford.",
        "Kent",
        0,
        "organization",
    ),
    (
        "margin-venue",
        "Essex beat Kent by five wickets at Chelmsford.",
        "Chelmsford",
        0,
        "place",
    ),
    (
        "penalties",
        "Lazio beat Parma on penalties after a goalless draw.",
        "Parma",
        0,
        "organization",
    ),
    (
        "club-beats-town",
        "Inter Milan beat Lazio and Sampdoria lost at Parma.",
        "Lazio",
        0,
        "organization",
    ),
    (
        "venue-after-lost",
        "Inter Milan beat Lazio and Sampdoria lost at Parma.",
        "Parma",
        0,
        "place",
    ),
    ("scorecard-player", CRICKET, "P. Simmons", 0, "person"),
    ("scorecard-player-2", CRICKET, "J. Whitaker", 0, "person"),
    ("scorecard-side", CRICKET, "Somerset", 1, "organization"),
    ("scorecard-venue-side", CRICKET, "Essex", 1, "organization"),
    ("scorecard-venue", CRICKET, "Chelmsford", 0, "place"),
    ("scorecard-venue-town", CRICKET, "Leicester", 0, "place"),
    ("listed-with-club", CRICKET, "Derbyshire", 0, "organization"),
    ("against-town", CRICKET, "Nottinghamshire", 0, "organization"),
    ("caps-headline-club", CRICKET, "LEICESTERSHIRE", 0, "organization"),
    ("golf-player", GOLF, "Tiger Woods", 0, "person"),
    ("golf-player-country", GOLF, "Ernie Els", 0, "person"),
    ("golf-country", GOLF, "South Africa", 0, "country"),
    ("tennis-winner", TENNIS, "Serena Williams", 0, "person"),
    ("tennis-loser", TENNIS, "Maria Sharapova", 0, "person"),
    ("tennis-country", TENNIS, "Russia", 0, "country"),
    ("athlete", ATHLETICS, "Haile Gebrselassie", 0, "person"),
    ("athlete-2", ATHLETICS, "Anna Keller", 0, "person"),
    ("caps-headline-side", REPORT, "LEEDS", 0, "organization"),
    ("report-side", REPORT, "Leeds", 0, "organization"),
    ("caps-headline-known-club", REPORT, "ARSENAL", 0, "organization"),
    ("report-fans-in", REPORT, "Leeds", 1, "place"),
    ("report-manager", REPORT, "Leeds", 2, "organization"),
    ("report-drew", REPORT, "Southampton", 0, "organization"),
    (
        "national-team-beat",
        "Japan beat Syria 2-1 in the Asian Cup.",
        "Syria",
        0,
        "country",
    ),
    (
        "national-team-line",
        "Japan began their defence with a win.\nJapan 2 Syria 1\n",
        "Japan",
        1,
        "country",
    ),
    (
        "fans-in",
        "Fans in Milan celebrated after the match in Turin.",
        "Milan",
        0,
        "place",
    ),
    (
        "match-in",
        "Fans in Milan celebrated after the match in Turin.",
        "Turin",
        0,
        "place",
    ),
    ("vote-tally", COURT, "Texas", 1, "place"),
    ("dateline-town", DATELINED, "LEEDS", 1, "place"),
    ("datelined-side", DATELINED, "Leeds", 0, "organization"),
    ("town-and-region", DATELINED, "Yorkshire", 0, "place"),
    ("town-before-team-role", ROLES_PAGE, "Middlesbrough", 0, "organization"),
    ("town-before-own-role", ROLES_PAGE, "Sydney", 0, "place"),
    ("caps-table-town", HOCKEY, "HARTFORD", 0, "organization"),
    ("caps-table-team", HOCKEY, "NY RANGERS", 0, "organization"),
    ("batsman-run-out", SCOREBOARD, "Saeed Anwar", 0, "person"),
    ("batsman-bowled", SCOREBOARD, "Zahoor Elahi", 0, "person"),
    ("bowler-named-like-a-town", SCOREBOARD, "Cairns", 0, "person"),
    ("fielder", SCOREBOARD, "Germon", 0, "person"),
    ("bowling-label", SCOREBOARD, "Doull", 0, "person"),
    ("bowling-label-2", SCOREBOARD, "Kennedy", 0, "person"),
    ("scoreboard-country", SCOREBOARD, "Pakistan", 2, "country"),
    ("page-event", EVENTS_PAGE, "Super Bowl", 0, "none"),
    ("page-event-2", EVENTS_PAGE, "Grand Slam", 0, "none"),
    ("page-company-of-words", EVENTS_PAGE, "Sky Sports", 0, "none"),
    ("scorers-label", SCORERS, "Zola", 0, "person"),
    ("scorers-label-2", SCORERS, "Vialli", 0, "person"),
    ("scorers-page-side", SCORERS, "Middlesbrough", 0, "organization"),
    ("home-nation-line", RUGBY, "Wales", 0, "place"),
    ("home-nation-line-other", RUGBY, "France", 0, "country"),
    ("club-line", RUGBY, "Cardiff", 0, "organization"),
    (
        "home-nation-beat",
        "England beat Scotland 2-0 at Wembley.",
        "England",
        0,
        "country",  # a side of its own, no club,
    ),
    (
        "home-nation-beaten",
        "England beat Scotland 2-0 at Wembley.",
        "Scotland",
        0,
        "country",  # a side of its own, no club,
    ),
    ("joined-lines-player", SPACED_TENNIS, "Mikael Tillstrom", 0, "person"),
    ("joined-lines-player-2", SPACED_TENNIS, "Daniel Vacek", 0, "person"),
    ("joined-lines-seeded", SPACED_TENNIS, "Todd Martin", 0, "person"),
    ("joined-lines-country", SPACED_TENNIS, "Czech Republic", 0, "country"),
    ("scorecard-long-side", SCORECARD, "Glamorgan", 0, "organization"),
    ("scorecard-long-side-2", SCORECARD, "Durham", 0, "organization"),
    ("scorecard-long-player", SCORECARD, "A. Dale", 0, "person"),
    ("scorecard-long-bowler", SCORECARD, "S. Watkin", 0, "person"),
    ("scorecard-long-venue", SCORECARD, "Chester-le-Street", 0, "place"),
    ("rider", CYCLING, "Erik Zabel", 0, "person"),
    ("rider-team", CYCLING, "Telekom", 0, "organization"),
    ("ranked-rider", CYCLING, "Mario Cipollini", 0, "person"),
    ("ranked-rider-team", CYCLING, "Saeco", 0, "organization"),
    ("rider-country", CYCLING, "Italy", 0, "country"),
    ("scorer-in-brackets", SUMMARY, "Larsson", 0, "person"),
    ("scorer-in-brackets-2", SUMMARY, "Van Loen", 0, "person"),
    ("summary-side", SUMMARY, "Utrecht", 0, "organization"),
    ("results-side", LEAGUE, "Coventry", 0, "organization"),
    ("results-side-2", LEAGUE, "Stoke", 0, "organization"),
    ("page-player", ASIAN_CUP, "Takuya Takagi", 0, "person"),
    ("page-player-2", ASIAN_CUP, "Hiroshige Yanagimoto", 0, "person"),
    ("role-before-town-name", ASIAN_CUP, "Salem Bitar", 0, "person"),
    ("role-opens-run", ASIAN_CUP, "Hassan Abbas", 0, "person"),
    ("caps-headline-words", ASIAN_CUP, "GET LUCKY", 0, "none"),
    ("caps-headline-country", ASIAN_CUP, "CHINA", 0, "country"),
    (
        "margin-player",
        "Tiger Woods won the Masters by 12 strokes in Augusta.",
        "Tiger Woods",
        0,
        "person",
    ),
    (
        "margin-venue-town",
        "Tiger Woods won the Masters by 12 strokes in Augusta.",
        "Augusta",
        0,
        "place",
    ),
    ("market-table", MARKETS, "London", 0, "place"),
    (
        "officials-in",
        "Officials in Leeds said on Monday the plan would go ahead.",
        "Leeds",
        0,
        "place",
    ),
]


def _article(text: str) -> newsfacts.Article:
    return newsfacts.parse_article(text, published=DAY)


def _offset(text: str, mention: str, nth: int) -> int:
    starts = [m.start() for m in re.finditer(rf"\b{re.escape(mention)}\b", text)]
    return starts[nth]


def what_is(article: newsfacts.Article, start: int, end: int) -> str:
    """What names the span: "person" or "organization" (an actor's mention,
    which the actors win), else "country" (a country actor's), "place" (a
    location's) or "none"."""
    kinds = {
        a.kind.value
        for a in article.actors
        for m in a.mentions
        if (m.start, m.end) == (start, end)
    }
    for kind in ("person", "organization", "country"):
        if kind in kinds:
            return kind
    if any(
        (m.start, m.end) == (start, end)
        for loc in article.locations
        for m in loc.mentions
    ):
        return "place"
    return "none"


@pytest.mark.parametrize(
    ("text", "mention", "nth", "kind"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_sports_mention(text: str, mention: str, nth: int, kind: str) -> None:
    article = _article(text)
    start = _offset(text, mention, nth)
    got = what_is(article, start, start + len(mention))
    assert got == kind, [(a.name, a.kind.value, a.rule) for a in article.actors]


def test_a_club_is_named_as_the_body_writes_it() -> None:
    """The headline's capitals are one of its mentions, not its name."""
    article = _article(REPORT)
    names = {a.name for a in article.actors if a.kind.value == "organization"}
    assert {"Leeds", "Arsenal"} <= names
    assert not {"LEEDS", "ARSENAL"} & names


@pytest.mark.parametrize(
    "text",
    [
        "In 2016, the holiday falls on November 24.Facts:\nMost people travel.",
        "Key dates:\nMonday 5 Tuesday 6\n",
        "Deadlines:\nMay 5 and April 30\n",
    ],
    ids=["year-and-date", "days", "months"],
)
def test_dates_in_a_line_are_no_teams(text: str) -> None:
    """A date or a year after a capitalised word is no score."""
    article = _article(text)
    assert not [a.name for a in article.actors if a.kind.value == "organization"]


def test_exact_offsets_on_a_scorecard() -> None:
    article = _article(CRICKET)
    for actor in article.actors:
        for m in actor.mentions:
            assert CRICKET[m.start : m.end] == m.text


def _big_cities() -> list[Entry]:
    """Cities of a million people or more, named by one plain word, that
    their name reads as with no context (the places stage's reading); no
    capital, which news also names for its government ("Paris said")."""
    gaz = gazetteer()
    out = []
    for index in range(len(gaz)):
        e = gaz.entry(index)
        if e.kind != "city" or e.population < 1_000_000 or e.capital:
            continue
        if not (e.name.isalpha() and e.name.isascii() and e.name[0].isupper()):
            continue
        lead = dominant(gaz.lookup(name_key(e.name)))
        if lead is not None and lead.index == e.index:
            out.append(e)
    return out


CITIES = _big_cities()
ROW = (
    "SOCCER - LEAGUE STANDINGS.\n"
    "Standings (tabulate under played, won, drawn, lost, points):\n"
    "{} 5 4 1 0 10 3 13\n"
)
PLAIN = "Officials in {} said on Monday the plan would go ahead."


def test_there_are_big_cities() -> None:
    assert len(CITIES) >= 20


@pytest.mark.parametrize("entry", CITIES, ids=[e.name for e in CITIES])
def test_big_city_in_a_standings_row_is_a_team(entry: Entry) -> None:
    text = ROW.format(entry.name)
    start = text.index(entry.name + " 5")
    got = what_is(_article(text), start, start + len(entry.name))
    assert got == "organization", entry


@pytest.mark.parametrize("entry", CITIES, ids=[e.name for e in CITIES])
def test_big_city_in_a_plain_sentence_stays_a_place(entry: Entry) -> None:
    text = PLAIN.format(entry.name)
    start = text.index(entry.name)
    article = _article(text)
    assert what_is(article, start, start + len(entry.name)) == "place", entry
    assert not [a for a in article.actors if a.kind.value == "organization"]


@pytest.mark.parametrize("entry", CITIES, ids=[e.name for e in CITIES])
def test_big_city_beside_a_result_verb_and_margin(entry: Entry) -> None:
    text = f"{entry.name} beat the visitors by five wickets at the weekend."
    got = what_is(_article(text), 0, len(entry.name))
    assert got == "organization", entry
