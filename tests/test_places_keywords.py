"""Places named with a keyword: each pattern is run only over the lines that
hold one of its keys, and finds there what it finds over the whole text."""

from __future__ import annotations

import pytest
import regex

import newsfacts
from newsfacts.places import keyword_patterns as kw
from newsfacts.text import normalise

# Lines around the one that names the place: news with no keyword in them.
_BEFORE = "Officials said on Monday that talks would resume.\n"
_AFTER = "\nThe ministry gave no further details."

# (pattern, its keys, a news line it matches, the name it reads)
CASES: list[tuple[str, str, str]] = [
    ("after", "Flights resumed at Mitiga International Airport on Monday.",
     "Mitiga International"),
    ("after", "Troops left Bagram Air Force Base overnight.", "Bagram"),
    ("after", "Jets took off from Shayrat Air Base.", "Shayrat"),
    ("after", "Rockets hit Al Asad Airbase.", "Al Asad"),
    ("after", "The ship docked at Norfolk Naval Station.", "Norfolk"),
    ("after", "He visited Incirlik Military Base.", "Incirlik"),
    ("after", "Inspectors reached Zaporizhzhia Nuclear Power Plant.",
     "Zaporizhzhia Nuclear"),
    ("after", "A fire broke out at Baiji Refinery.", "Baiji"),
    ("after", "Engineers inspected Mosul Dam on Sunday.", "Mosul"),
    ("after", "Families fled to Zaatari Refugee Camp.", "Zaatari"),
    ("after", "Aid entered through Kerem Shalom Border Crossing.", "Kerem Shalom"),
    ("after", "Drones struck the Hmeimim air base.", "Hmeimim"),
    ("after", "Shells fell near the Kursk nuclear plant.", "Kursk"),
    ("after", "Fighting reached the Yarmouk refugee camp.", "Yarmouk"),
    ("after", "Trucks queued at the Rafah border crossing.", "Rafah"),
    ("before", "The plane landed at Airport Kigali after a delay.", "Kigali"),
    ("before", "Soldiers guarded Air Base Ramstein overnight.", "Ramstein"),
    ("of", "Gunmen attacked the town of Husaybah on Friday.", "Husaybah"),
    ("of", "Clashes spread to the province of Idlib.", "Idlib"),
    ("of", "Rebels seized the oil port of Ras Lanuf.", "Ras Lanuf"),
    ("of", "Jets struck the Red Sea port of Hodeidah.", "Hodeidah"),
    ("of", "Fighters attacked the village of al-Kadaris.", "al-Kadaris"),
    # (a list's match names its last settlement as "name")
    ("many", "Fighters attacked the villages of al-Kadaris and al-Khelwat.",
     "al-Khelwat"),
    ("many", "Russia shelled the towns of Izium, Lyman and Kupiansk.", "Kupiansk"),
    ("apposed", "Clashes erupted in Saqlawiyah, a town north of Fallujah.", "Saqlawiyah"),
    ("measured", "The quake hit 23km (14 miles) east of Nurdagi.", "Nurdagi"),
    ("measured", "Gunmen struck 30 km south-west of Maiduguri.", "Maiduguri"),
    ("apposed", "Police raided Kani Wam, a remote village.", "Kani Wam"),
]  # fmt: skip
_PATTERNS = {
    "after": (kw.FACILITY_AFTER, (kw.FACILITY_AFTER_KEYS,)),
    "before": (kw.FACILITY_BEFORE, (kw.FACILITY_BEFORE_KEYS,)),
    "of": (kw.SETTLEMENT_OF, (kw.SETTLEMENT_OF_KEYS,)),
    "many": (kw.SETTLEMENTS_OF, (kw.SETTLEMENTS_OF_KEYS,)),
    "measured": (kw.DISTANCE_OF, kw.DISTANCE_OF_KEYS),
    "apposed": (kw.SETTLEMENT_APPOSED, kw.SETTLEMENT_APPOSED_KEYS),
}


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("which", "line", "name"), CASES, ids=[f"{c[0]}:{c[2].split()[0]}" for c in CASES]
)
def test_keyed_lines_give_the_matches_of_the_whole_text(
    which: str, line: str, name: str
) -> None:
    pattern, keys = _PATTERNS[which]
    norm = normalise(_BEFORE * 3 + line + _AFTER)
    whole = list(pattern.finditer(norm))
    assert [m.group("name").strip() for m in whole] == [name]
    assert _spans(kw.keyed_matches(pattern, norm, *keys)) == _spans(whole)


def test_a_line_without_a_key_is_not_read() -> None:
    norm = "Rebels held the town.\nThe town of Husaybah fell.\nThe city is calm."
    got = list(kw.lines_holding(norm, kw.SETTLEMENT_OF_KEYS))
    assert [norm[a:b] for a, b in got] == ["The town of Husaybah fell."]


def test_every_line_holding_a_key_is_found_once_per_key() -> None:
    norm = "a Dam and a Dam\nno key here\nDam"
    got = list(kw.lines_holding(norm, ("Dam",)))
    assert [norm[a:b] for a, b in got] == ["a Dam and a Dam", "Dam"]


@pytest.mark.parametrize(
    "word", ["Airport", "Air Base", "Airbase", "Refinery", "Dam", "air base"]
)
def test_a_facility_keyword_holds_a_key(word: str) -> None:
    # Each keyword the pattern reads is found by one of the keys.
    assert regex.search(kw.FACILITY_AFTER.pattern, f"Big {word}", regex.VERBOSE)
    assert any(key in word for key in kw.FACILITY_AFTER_KEYS)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Former President Park Geun-hye was pardoned in 2021.", "Park Geun-hye"),
        ("Mr Park said the talks had failed.", "Park"),
        ("President Park said on Monday that talks would resume.", "Park"),
        ("Dr Bridge said the patient was stable.", "Bridge"),
        ("Captain Castle led the team.", "Castle"),
    ],
)
def test_title_before_a_surname_keyword_names_a_person(text: str, person: str) -> None:
    """ "Park", "Bridge", "Castle" are facilities' keywords and surnames: after
    titles alone they name a person ("Mr Park", "Dr Bridge")."""
    article = newsfacts.parse_article(text, published="2025-02-03")
    assert [loc.name for loc in article.locations] == []
    assert person in [a.name for a in article.actors]


@pytest.mark.parametrize(
    "text", ["The concert was in Central Park.", "Fans gathered in Olympic Park."]
)
def test_a_park_named_so_is_still_found(text: str) -> None:
    article = newsfacts.parse_article(text)
    assert [loc.kind.value for loc in article.locations] == ["facility"]
