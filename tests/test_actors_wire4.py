"""Actors of wire stories, fourth table: short names in brackets after an
organisation's full name, former office holders' sector, lone company
speakers and stop words opening a company's name.

Each row names a surface, its occurrence in the text (0 = first), the kind of
actor that must have exactly that span (None: no person or organisation may
have it) and, where it matters, the actor's name. Each family holds rows
where the word is NOT taken as well.
"""

from __future__ import annotations

import datetime

import pytest

import newsfacts

from .support import ActorRow, check_actor_row

_PUBLISHED = datetime.date(2024, 5, 10)

Row = ActorRow


def _check(row: Row) -> None:
    check_actor_row(row, _PUBLISHED)


def _ids(rows: list[Row]) -> list[str]:
    return [r[0] for r in rows]


_CAL_FIRE = (
    "Fire crews from the California Department of Forestry and Fire "
    "Protection (Cal Fire) fought the blaze through the night. Cal Fire said "
    "on Tuesday the fire was 40 percent contained."
)
_MINSUR = (
    "Compania Minera del Sur SA (Minsur) said on Monday it would expand its "
    "tin mine in the Andes. Minsur shares rose 3 percent in Lima."
)
_MINDEF = (
    "Singapore's Ministry of Defence (Mindef) said a national serviceman died "
    "during a training exercise. Mindef said an inquiry was under way."
)
_ARAMCO = (
    "The Saudi Arabian Oil Company (Saudi Aramco) raised its crude prices for "
    "Asian buyers. Saudi Aramco said demand was strong."
)
_DEPARTMENT = "California Department of Forestry and Fire Protection"

# A short name in brackets after an organisation's full name is that
# organisation, and so is every later mention of it (`actors/bracket_names.py`).
SHORT_NAMES: list[Row] = [
    ("cal-fire-bracket", _CAL_FIRE, "Cal Fire", 0, "organization", _DEPARTMENT),
    ("cal-fire-later", _CAL_FIRE, "Cal Fire", 1, "organization", _DEPARTMENT),
    (
        "minsur-bracket",
        _MINSUR,
        "Minsur",
        0,
        "organization",
        "Compania Minera del Sur SA",
    ),
    (
        "minsur-later",
        _MINSUR,
        "Minsur",
        1,
        "organization",
        "Compania Minera del Sur SA",
    ),
    ("mindef-later", _MINDEF, "Mindef", 1, "organization", "Ministry of Defence"),
    (
        "aramco-full",
        _ARAMCO,
        "Saudi Arabian Oil Company",
        0,
        "organization",
        "Saudi Aramco",
    ),
    ("aramco-later", _ARAMCO, "Saudi Aramco", 1, "organization", "Saudi Aramco"),
    # not taken: a place or a nationality says where the body is
    (
        "place-in-brackets",
        "The contract went to Siemens (Germany), which beat a rival bid.",
        "Germany",
        0,
        None,
        None,
    ),
    (
        "nationality-in-brackets",
        "The Brelland Shipping Corporation (Norwegian) lost two tankers.",
        "Norwegian",
        0,
        None,
        None,
    ),
    # not taken: a party after a person is the person's party, not a name of theirs
    (
        "party-after-person",
        "The bill passed after John Smith (Labour) voted with the government.",
        "John Smith",
        0,
        "person",
        "John Smith",
    ),
]


@pytest.mark.parametrize("row", SHORT_NAMES, ids=_ids(SHORT_NAMES))
def test_short_names(row: Row) -> None:
    _check(row)


# Not joined: the bracket holds no short name of the body before it.
NOT_SHORT: list[tuple[str, str, str, str]] = [
    # (id, text, the body's name, the bracketed words)
    (
        "owner-no-shared-initial",
        "Workers at the National Water Commission (Brelland) walked out. "
        "Brelland said the strike would end.",
        "National Water Commission",
        "Brelland",
    ),
    (
        "country-of-company",
        "The contract went to Vantorix Engineering Ltd (Vietnam), which beat a "
        "rival bid.",
        "Vantorix Engineering Ltd",
        "Vietnam",
    ),
    (
        "holdings-before-legal",
        "Shares in Cheung Kong (Holdings) Ltd rose 2 percent.",
        "Cheung Kong (Holdings) Ltd",
        "Holdings",
    ),
]


@pytest.mark.parametrize(
    ("text", "body", "inner"),
    [r[1:] for r in NOT_SHORT],
    ids=[r[0] for r in NOT_SHORT],
)
def test_bracket_is_no_short_name(text: str, body: str, inner: str) -> None:
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    actor = next(a for a in article.actors if a.name == body)
    assert inner not in [m.text for m in actor.mentions]


# A former holder's sector is ELI (CAMEO counts former officials among the
# elites), also over a known figure's row; a sitting title keeps the office's
# (`actors/former.py`).
FORMER: list[tuple[str, str, str, str]] = [
    # (id, text, person, code)
    (
        "former-president-figure",
        "Former President Barack Obama campaigned for the party in Ohio.",
        "Barack Obama",
        "USAELI",
    ),
    (
        "former-prime-minister",
        "Former Prime Minister Imran Khan was arrested outside a court.",
        "Imran Khan",
        "PAKELI",
    ),
    (
        "possessive-lower-case",
        "Pakistan's former prime minister Imran Khan was jailed for ten years.",
        "Imran Khan",
        "PAKELI",
    ),
    (
        "demonym-between",
        "Former Ghanaian President Vantor Kellam died at his home on Sunday.",
        "Vantor Kellam",
        "GHAELI",
    ),
    (
        "ex-president",
        "Ex-President Vantor Kellam of Ghana said he would run again.",
        "Vantor Kellam",
        "GHAELI",
    ),
    (
        "the-late",
        "The late President Hafez al-Assad ruled Syria for three decades.",
        "Hafez al-Assad",
        "SYRELI",
    ),
    (
        "former-body-before-title",
        "The former Soviet leader Mikhail Gorbachev died in Moscow.",
        "Mikhail Gorbachev",
        "RUSELI",
    ),
    (
        "apposition-after-former-title",
        "The former president, Barack Obama, campaigned in Ohio on Sunday.",
        "Barack Obama",
        "USAELI",
    ),
    # not taken: a sitting title stays the government's
    (
        "sitting-beside-former",
        "Former Prime Minister Nawaz Sharif met Prime Minister Imran Khan.",
        "Imran Khan",
        "PAKGOV",
    ),
    (
        "sitting-president",
        "President Joe Biden signed the bill on Friday.",
        "Joe Biden",
        "USAGOV",
    ),
    (
        "apposition-after-sitting-title",
        "The president, Joe Biden, signed the bill on Friday.",
        "Joe Biden",
        "USAGOV",
    ),
    (
        "comma-after-no-title",
        "Ohio's former governor spoke, Joe Biden said on Friday.",
        "Joe Biden",
        "USAGOV",
    ),
    # not taken: "former" of something else than the title
    (
        "former-of-another-noun",
        "Prime Minister Imran Khan spoke. Khan, a former cricketer, said he "
        "would stay.",
        "Imran Khan",
        "PAKGOV",
    ),
    # not taken: "late" as a time, not "the late"
    (
        "late-as-time",
        "Late Tuesday President Joe Biden signed the bill into law.",
        "Joe Biden",
        "USAGOV",
    ),
]


@pytest.mark.parametrize(
    ("text", "person", "code"),
    [r[1:] for r in FORMER],
    ids=[r[0] for r in FORMER],
)
def test_former_holders(text: str, person: str, code: str) -> None:
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    actor = next(a for a in article.actors if a.name == person)
    assert actor.code == code


# A lone name with no reading of its own before a verb and a company's own
# results ("said quarterly profit rose") or a deal in a part of a business
# ("agreed to buy a stake in") is a company (`actors/cues.py`).
COMPANY_SPEAKERS: list[Row] = [
    (
        "deal-stake",
        "France's Ardian agreed to buy a stake in the airport operator for "
        "2 billion euros.",
        "Ardian",
        0,
        "organization",
        None,
    ),
    (
        "deal-percent-stake",
        "Vantorix has agreed to buy a 49 percent stake in the container port.",
        "Vantorix",
        0,
        "organization",
        None,
    ),
    (
        "results-quarterly-profit",
        "Banorte said quarterly profit rose 12 percent on higher lending.",
        "Banorte",
        0,
        "organization",
        None,
    ),
    (
        "results-net-loss",
        "Kelmar reported on Monday a net loss of 40 million dollars.",
        "Kelmar",
        0,
        "organization",
        None,
    ),
    # not taken: a person buys a thing no body alone buys
    (
        "person-buys-house",
        "Kellam agreed to buy a house in the suburbs, his lawyer said.",
        "Kellam",
        0,
        "person",
        None,
    ),
    # not taken: a person's own shares
    (
        "person-sells-his-shares",
        "Kellam will sell his shares in the club, his lawyer said.",
        "Kellam",
        0,
        "person",
        None,
    ),
    # not taken: a person named with a given name
    (
        "given-name-buys-stake",
        "John Smith agreed to buy a stake in the club.",
        "John Smith",
        0,
        "person",
        None,
    ),
    # not taken: the surname of a person named in full before
    (
        "surname-after-full-name",
        "Anna Keller founded the bakery in 1990. Keller said quarterly profit "
        "rose, helped by new shops.",
        "Keller",
        1,
        "person",
        "Anna Keller",
    ),
    # not taken: no results after the verb
    (
        "person-speaks-of-profit",
        "Kellam said profit was not his concern.",
        "Kellam",
        0,
        "person",
        None,
    ),
]


@pytest.mark.parametrize("row", COMPANY_SPEAKERS, ids=_ids(COMPANY_SPEAKERS))
def test_company_speakers(row: Row) -> None:
    _check(row)


# A stop word that is also the first word of companies' names (`company_opener`
# in `actors/data/words.tsv`) opens a name that goes on to a company keyword.
OPENERS: list[Row] = [
    (
        "sun-after-shares-of",
        "Shares of Sun Hung Kai Properties rose 2 percent in Hong Kong.",
        "Sun Hung Kai Properties",
        0,
        "organization",
        "Sun Hung Kai Properties",
    ),
    (
        "sun-opening-sentence",
        "Sun Hung Kai Properties said on Thursday its profit rose.",
        "Sun Hung Kai Properties",
        0,
        "organization",
        "Sun Hung Kai Properties",
    ),
    (
        "sun-after-in",
        "The fund bought a stake in Sun Hung Kai Properties last year.",
        "Sun Hung Kai Properties",
        0,
        "organization",
        "Sun Hung Kai Properties",
    ),
    (
        "month-opening-company",
        "The May Department Stores Co said sales fell in the spring.",
        "May Department Stores Co",
        0,
        "organization",
        "May Department Stores Co",
    ),
    # not taken: a month after a word that puts a date after it
    (
        "month-as-date",
        "In May Vantorix Holdings said sales fell by a tenth.",
        "Vantorix Holdings",
        0,
        "organization",
        "Vantorix Holdings",
    ),
    (
        "month-after-since",
        "Since March Vantorix Holdings has cut 500 jobs.",
        "Vantorix Holdings",
        0,
        "organization",
        "Vantorix Holdings",
    ),
    # not taken: a function word before a company's name
    (
        "function-word",
        "But Vantorix Holdings said sales fell.",
        "Vantorix Holdings",
        0,
        "organization",
        "Vantorix Holdings",
    ),
    # not taken: a name with no company keyword
    (
        "no-company-keyword",
        "Sun Hung Kai told reporters in Hong Kong he would stay.",
        "Sun",
        0,
        None,
        None,
    ),
]


@pytest.mark.parametrize("row", OPENERS, ids=_ids(OPENERS))
def test_company_openers(row: Row) -> None:
    _check(row)
