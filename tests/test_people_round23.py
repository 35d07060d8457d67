"""People's names the lists of given names lack: surnames known by their
ending ("Novak Djokovic"), American given names with a second capital
("LeBron James"), common world given names ("Iga", "Moin"), initials and
surnames of scorecards ("M. Atherton", "To bat: R. Croft, D. Cork"), and what
must not become a person ("Dow Jones said", "the Muslim Advocates says",
"Lake Geneva", "PayPal")."""

from __future__ import annotations

import pytest

from newsfacts import ActorKind, parse_article
from newsfacts._data import iter_rows
from newsfacts.actors.shapes import GIVEN, shape_of
from newsfacts.actors.surnames import surname_by_ending, surname_endings
from newsfacts.knowledge.names import is_given_name

# Neutral sentences: nothing but the name says it is a person's.
FRAMES = (
    "{} won the match on Sunday.",
    "Police arrested {} on Monday.",
    "The award went to {}.",
)


def _kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in parse_article(text).actors}


def _is_person(text: str, name: str) -> bool:
    return _kinds(text).get(name) == ActorKind.PERSON


def _offsets_exact(text: str) -> None:
    for a in parse_article(text).actors:
        for m in a.mentions:
            assert text[m.start : m.end] == m.text


# --- surnames known by their ending ------------------------------------------


def _officials_by_ending() -> list[str]:
    """Two-word names of the package's officials table whose first word is
    no given name of the lists and whose surname is one by its ending: only
    the ending says they are people's."""
    out = set()
    for row in iter_rows("knowledge/data/petrarch/officials.tsv.gz"):
        words = row[0].split()
        if len(words) != 2 or not all(w.isalpha() and w[0].isupper() for w in words):
            continue
        if surname_by_ending(words[1]) and not shape_of(words[0])[GIVEN]:
            out.add(row[0])
    return sorted(out)


OFFICIALS = _officials_by_ending()


def test_officials_table_gives_cases() -> None:
    assert len(OFFICIALS) >= 50


@pytest.mark.parametrize("name", OFFICIALS[::3])
@pytest.mark.parametrize("frame", FRAMES)
def test_surname_ending_makes_a_person(frame: str, name: str) -> None:
    text = frame.format(name)
    assert _is_person(text, name), (text, _kinds(text))


def _given_times_surnames() -> list[str]:
    """Given names of the hand-written supplement (every 25th that reads as
    one and is no common word) paired with the surnames of `OFFICIALS`."""
    from newsfacts._data import read_text
    from newsfacts.language.tagger_lexicon import common_words

    common = common_words()
    given = [
        line.strip().capitalize()
        for line in read_text("knowledge/data/given_names_extra.txt").splitlines()
        if line.strip().isalpha() and line.strip() not in common
    ]
    given = [g for g in given if shape_of(g)[GIVEN]][::25]
    surnames = [name.split()[1] for name in OFFICIALS]
    return [f"{g} {surnames[n % len(surnames)]}" for n, g in enumerate(given)]


@pytest.mark.parametrize("name", _given_times_surnames())
@pytest.mark.parametrize("frame", FRAMES)
def test_given_names_with_ending_surnames(frame: str, name: str) -> None:
    text = frame.format(name)
    assert _is_person(text, name), (text, _kinds(text))


@pytest.mark.parametrize(
    "word",
    [
        "Djokovic",
        "Stojkovic",
        "Abramovich",
        "Tymoshenko",
        "Sabalenka",
        "Lewandowski",
        "Radwanska",
        "Zelensky",
        "Sharapova",
        "Zvonareva",
        "Saakashvili",
        "Shevardnadze",
        "Pashinyan",
        "Ceausescu",
        "Ungureanu",
        "Davutoglu",
        "Papadopoulos",
        "Mitsotakis",
    ],
)
def test_surname_endings(word: str) -> None:
    assert surname_by_ending(word)


@pytest.mark.parametrize(
    "word",
    [
        "Geneva",  # a city
        "Moldova",  # a country
        "Alaska",  # a state
        "Nebraska",
        "Georgian",  # a demonym
        "Republic",  # a common word
        "Atlantic",
        "Electric",
        "Sky",  # too short a stem
        "Nova",
        "Krakowska",  # a Slavic adjective of a city (Krakow)
        "Gdanska",
        "Ukrainska",  # of a country
        "Eva",  # a given name
        "DJOKOVIC",  # a line in capitals
        "Djokovic's",  # not alphabetic as written
    ],
)
def test_not_surnames_by_ending(word: str) -> None:
    assert not surname_by_ending(word)


def test_endings_table_rows_have_examples() -> None:
    ends = surname_endings()
    assert len(ends) >= 15
    for row in iter_rows("actors/data/surname_endings.tsv"):
        ending, _stem, example, reason = row
        assert example.split()[-1].lower().endswith(ending), row
        assert reason
    # longest ending first, so that "-ovich" is tried before "-ich" forms
    assert [len(e) for e, _ in ends] == sorted((len(e) for e, _ in ends), reverse=True)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Fans gathered at Lake Geneva on Monday.", "Lake Geneva", None),
        ("The Czech Republic won the match on Sunday.", "Czech Republic", None),
        ("Spartak Moscow beat Zenit 2-1 on Sunday.", "Spartak Moscow", "organization"),
    ],
)
def test_places_and_clubs_with_such_endings_stay(
    text: str, name: str, kind: str | None
) -> None:
    got = _kinds(text)
    assert got.get(name) != ActorKind.PERSON, got
    if kind is not None:
        assert got.get(name) == ActorKind(kind), got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Narodna Banka Slovenska kept its key rate unchanged on Tuesday.",
            "Narodna Banka Slovenska",
        ),
        ("Copies of Gazeta Krakowska sold out on Monday.", "Gazeta Krakowska"),
    ],
)
def test_slavic_bodies_not_people(text: str, name: str) -> None:
    """Slavic adjectives end as surnames do; a body's name of three words,
    or one of a large place's adjective, is no person's."""
    got = _kinds(text)
    assert got.get(name) != ActorKind.PERSON, got


def test_three_word_name_with_initial() -> None:
    text = "Police arrested Manea R. Manescu on Monday."
    assert _is_person(text, "Manea R. Manescu"), _kinds(text)


def test_surname_ending_is_no_club_town() -> None:
    """A run of a sports sentence that ends in a surname is a player's."""
    text = "Goran Ivanisevic (Croatia) beat Slava Dosedel 6-2 6-1 6-4"
    got = _kinds(text)
    assert got.get("Goran Ivanisevic") == ActorKind.PERSON, got


# --- given names ---------------------------------------------------------------

REGION_NAMES = (
    # Polish, East Slavic, Serbian, Central Asian, South Asian, Japanese,
    # West African names added to the hand-written supplement
    "Iga",
    "Bartosz",
    "Aryna",
    "Oleksiy",
    "Yekaterina",
    "Novak",
    "Srdjan",
    "Kassym",
    "Moin",
    "Saqlain",
    "Sanath",
    "Shohei",
    "Sadio",
    "Coco",
)
SURNAMES = ("Khan", "Smith", "Swiatek", "Gauff", "Tanaka", "Mane", "Kovacs")


@pytest.mark.parametrize("given", REGION_NAMES)
def test_region_given_names_listed(given: str) -> None:
    assert is_given_name(given)


@pytest.mark.parametrize("given", REGION_NAMES[::2])
@pytest.mark.parametrize("frame", FRAMES)
def test_region_given_names_make_people(frame: str, given: str) -> None:
    surname = SURNAMES[len(given) % len(SURNAMES)]
    name = f"{given} {surname}"
    text = frame.format(name)
    assert _is_person(text, name), (text, _kinds(text))


@pytest.mark.parametrize(
    "name",
    [
        "LeBron James",
        "DeShawn Smith",
        "LaToya Cantrell",
        "DeAndre Jordan",
        "JaMarcus Russell",
    ],
)
@pytest.mark.parametrize("frame", FRAMES)
def test_camel_case_given_names(frame: str, name: str) -> None:
    text = frame.format(name)
    assert _is_person(text, name), (text, _kinds(text))


@pytest.mark.parametrize("word", ["LeBron", "DeShawn", "LaToya", "JaMarcus", "KeShawn"])
def test_camel_given_shape(word: str) -> None:
    assert shape_of(word)[GIVEN]


@pytest.mark.parametrize(
    "word",
    [
        "PayPal",
        "YouTube",
        "JetBlue",
        "BlackRock",
        "SoftBank",
        "DeWine",
        "LaHood",
        "McCain",
    ],
)
def test_camel_words_not_given(word: str) -> None:
    """Companies named by two words and surnames made of a word."""
    assert not shape_of(word)[GIVEN]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PayPal said on Monday it would cut jobs.", "PayPal"),
        ("YouTube removed the video on Monday.", "YouTube"),
        ("SoftBank Group said on Monday it would cut jobs.", "SoftBank"),
    ],
)
def test_camel_case_companies_stay_organisations(text: str, name: str) -> None:
    got = _kinds(text)
    assert got.get(name) == ActorKind.ORGANIZATION, got


# --- scorecards ---------------------------------------------------------------

SCORECARD = """CRICKET - ENGLAND V PAKISTAN SCOREBOARD.

LONDON 1996-08-22

Scoreboard on the first day of the third test between England and Pakistan:

England first innings

M. Atherton b Waqar Younis 31
A. Stewart c Moin Khan b Wasim Akram 44
N. Hussain lbw b Mushtaq Ahmed 12

Total (for 3 wickets) 104

To bat: R. Croft, D. Cork, I. Salisbury, A. Mullally
"""


@pytest.mark.parametrize(
    "name",
    [
        "M. Atherton",
        "A. Stewart",
        "N. Hussain",
        "Waqar Younis",
        "Moin Khan",
        "R. Croft",
        "D. Cork",
        "I. Salisbury",
        "A. Mullally",
    ],
)
def test_scorecard_names(name: str) -> None:
    got = _kinds(SCORECARD)
    assert got.get(name) == ActorKind.PERSON, got


def test_scorecard_offsets() -> None:
    _offsets_exact(SCORECARD)


@pytest.mark.parametrize(
    "text",
    [
        "He got a grade A. Then he left.",
        "Tensions rose in N. Korea on Monday.",
    ],
)
def test_initials_make_no_person(text: str) -> None:
    assert all(a.kind != ActorKind.PERSON for a in parse_article(text).actors)


# --- tennis results: a US city after a given name is no club -------------------

RESULTS = """Results from the U.S. Open on Wednesday:

MaliVai Washington (U.S.) beat Todd Martin (U.S.) 6-4 6-3 6-4
Goran Ivanisevic (Croatia) beat Slava Dosedel (Czech Republic) 6-2 6-1 6-4
"""


def test_results_player_before_us_city() -> None:
    got = _kinds(RESULTS)
    assert got.get("MaliVai Washington") == ActorKind.PERSON, got
    assert got.get("Todd Martin") == ActorKind.PERSON, got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Inter Miami beat Orlando City 2-1 on Sunday.", "Inter Miami"),
        ("Real Madrid beat Sevilla 2-1 on Sunday.", "Real Madrid"),
        ("Bayern Munich beat Dortmund 2-1 on Sunday.", "Bayern Munich"),
    ],
)
def test_clubs_named_after_city_stay(text: str, name: str) -> None:
    got = _kinds(text)
    assert got.get(name) == ActorKind.ORGANIZATION, got


def test_malivai_is_no_club() -> None:
    got = _kinds("Malivai Washington won the match on Sunday.")
    assert got.get("Malivai Washington") != ActorKind.ORGANIZATION, got


# --- what must not become a person ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dow Jones said on Monday that profits rose.", "Dow Jones & Company"),
        ("The Muslim Advocates says it will sue the city.", "Muslim Advocates"),
        ("Muslim Advocates said on Monday it would sue.", "Muslim Advocates"),
    ],
)
def test_bodies_not_people(text: str, name: str) -> None:
    got = _kinds(text)
    assert got.get(name) == ActorKind.ORGANIZATION, got


@pytest.mark.parametrize(
    "text",
    [
        "The Dow Jones industrial average fell 200 points on Monday.",
        "Stocks fell on Monday, with the Dow Jones down 2 percent.",
    ],
)
def test_dow_jones_no_person(text: str) -> None:
    assert all(a.kind != ActorKind.PERSON for a in parse_article(text).actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Christian Horner said on Monday the team would appeal.", "Christian Horner"),
        ("Christian Sands said on Monday he would tour.", "Christian Sands"),
        ("Muslim Magomayev sang on Monday.", "Muslim Magomayev"),
        ("Herbert Dow founded the company.", "Herbert Dow"),
    ],
)
def test_faith_and_firm_words_still_given_names(text: str, name: str) -> None:
    got = _kinds(text)
    assert got.get(name) == ActorKind.PERSON, got


def test_faith_party_stays_party() -> None:
    got = {
        a.name: a.rule
        for a in parse_article("The Christian Democrats won the vote.").actors
    }
    assert got.get("Christian Democrats") == "org-party", got


def test_nikkei_still_the_paper() -> None:
    text = "Nikkei reported on Monday that Sony would cut jobs."
    got = _kinds(text)
    assert got.get("Nihon Keizai Shimbun") == ActorKind.ORGANIZATION, got


# --- South Asian names written as one word --------------------------------------


@pytest.mark.parametrize("name", ["Inzamam-ul-Haq", "Moin-ud-Din", "Salah-ud-Din"])
@pytest.mark.parametrize("frame", FRAMES)
def test_joined_south_asian_names(frame: str, name: str) -> None:
    text = frame.format(name)
    assert _is_person(text, name), (text, _kinds(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police arrested members of Hizb-ul-Mujahideen on Monday.",
            "Hizb-ul-Mujahideen",
        ),
        (
            "Harkat-ul-Mujahideen fighters were killed on Monday.",
            "Harkat-ul-Mujahideen",
        ),
    ],
)
def test_joined_group_names_not_people(text: str, name: str) -> None:
    got = _kinds(text)
    assert got.get(name) != ActorKind.PERSON, got
