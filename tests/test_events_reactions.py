"""The events stage: passive arrests and charges and who makes them,
closings and recalls, lawsuits, "the two sides", and reactions to an act
named earlier in the story.

Whole-pipeline tests (`parse_article`) on news phrasings written for them,
with what must not be found.
"""

from __future__ import annotations

import pytest

from .support import event_rows


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(code, trigger, source name, target name) of each event of `text`."""
    return event_rows(text, "2024-03-14")


def _one(text: str, trigger: str) -> tuple[str, str | None, str | None]:
    found = [e for e in _events(text) if e[1].startswith(trigger)]
    assert len(found) == 1, _events(text)
    return found[0][0], found[0][2], found[0][3]


# (sentence, trigger, code, source, target) of a passive act of coercion: the
# source is the "by" agent, also where it follows the verb's complement, or
# the police, prosecutors or troops who report it; never the one arrested.
PASSIVE_COERCION = [
    (
        "The suspect was charged with fraud by federal prosecutors.",
        "charged",
        "173",
        "federal prosecutors",
        "suspect",
    ),
    (
        "Three activists were sentenced to death by a military court.",
        "sentenced",
        "173",
        "military court",
        "activists",
    ),
    (
        "A man was arrested and charged with murder by Nigerian police.",
        "arrested",
        "173",
        "Nigerian police",
        None,
    ),
    ("A man was arrested on Monday, police said.", "arrested", "173", "police", None),
    (
        "Two men were detained in Paris, prosecutors said on Tuesday.",
        "detained",
        "173",
        "prosecutors",
        None,
    ),
    (
        "At least 20 people were arrested, the interior ministry said.",
        "arrested",
        "173",
        "ministry",
        "people",
    ),
    (
        "Police said a man was arrested on Monday and charged with murder.",
        "arrested",
        "173",
        "Police",
        None,
    ),
    (
        "LONDON (Reuters) - A 34-year-old man was arrested on Monday and charged "
        "with murder, police said.",
        "arrested",
        "173",
        "police",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "code", "source", "target"), PASSIVE_COERCION
)
def test_passive_coercion_source(
    text: str, trigger: str, code: str, source: str, target: str | None
) -> None:
    assert _one(text, trigger) == (code, source, target)


# Who reports an arrest is not always who made it: a ministry of another
# state, a spokesman (he speaks for the body), the arrested themselves.
PASSIVE_NO_SOURCE = [
    (
        "Two of its citizens were detained in Iran, the French foreign ministry said.",
        "detained",
    ),
    ("He was arrested on Monday and charged with murder.", "arrested"),
    (
        "Some 19 militants were captured during the operation, a military "
        "spokesman, Major General Shaukat Sultan, said.",
        "captured",
    ),
]


@pytest.mark.parametrize(("text", "trigger"), PASSIVE_NO_SOURCE)
def test_passive_coercion_without_source(text: str, trigger: str) -> None:
    assert _one(text, trigger)[1] is None


# A weapon after "by" is the instrument, no doer.
def test_weapon_after_by_is_no_agent() -> None:
    text = "The airliner was blown up over eastern Ukraine by a surface-to-air missile."
    assert all(e[2] is None for e in _events(text) if e[1].startswith("blown"))


# A "by" phrase of a noun of an act is that act's doer, not the verb's agent.
def test_by_phrase_of_an_act_noun_is_not_the_agent() -> None:
    text = (
        "French President Jacques Chirac said he was concerned with the downward "
        "trend of the dollar and called for action by the European Central Bank."
    )
    assert all(e[2] != "European Central Bank" for e in _events(text))


# A lawsuit or complaint acts for who files it, never for who faces it.
def test_lawsuit_faced_accuses_not_its_defendant() -> None:
    text = "Trump faces a civil lawsuit that accuses him of fraud."
    assert all(e[2] != "Trump" for e in _events(text))


def test_case_filed_accuses_for_its_filer() -> None:
    text = (
        "South Africa filed a case at the International Court of Justice "
        "accusing Israel of genocide."
    )
    assert any(e[0][:3] == "112" and e[2] == "South Africa" for e in _events(text))


# (sentence, code, source, target): closing crossings and sealing off a
# territory restrict movement (191); recalling one's envoy is 161, aimed at
# the country left.
CLOSINGS_AND_RECALLS = [
    (
        "Israel closed the Gaza crossings on Tuesday.",
        "191",
        "Israel",
        "Palestinian Territory",
    ),
    ("Pakistan closed the main crossing on Monday.", "191", "Pakistan", None),
    ("Israel sealed off the West Bank on Friday.", "191", "Israel", None),
    ("Russia recalled its envoy to Britain.", "161", "Russia", "United Kingdom"),
    (
        "Russia recalled its ambassador to the United States for consultations.",
        "161",
        "Russia",
        "United States",
    ),
    (
        "Belgium recalled its diplomats from Kigali on Monday.",
        "161",
        "Belgium",
        "Rwanda",
    ),
    ("Belgium recalled its diplomats on Monday.", "161", "Belgium", None),
]


@pytest.mark.parametrize(("text", "code", "source", "target"), CLOSINGS_AND_RECALLS)
def test_closings_and_recalls(
    text: str, code: str, source: str, target: str | None
) -> None:
    (found,) = _events(text)
    assert (found[0], found[2], found[3]) == (code, source, target)


# Closing what is no crossing, and recalling what is no envoy, stay as they were.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The company closed three factories in Ohio.", ""),
        ("Voters recalled the governor in 2003.", "161"),
        ("Toyota recalled 50,000 cars over faulty brakes.", "161"),
    ],
)
def test_no_closing_or_recall(text: str, code: str) -> None:
    assert all(e[0] != "191" for e in _events(text))
    if code:
        assert all(e[0] != code for e in _events(text))


# Matching is pairing or equalling, no fight; fighting still is.
@pytest.mark.parametrize(
    "text",
    [
        "A deceased donor's kidneys are matched to a patient by the agency.",
        "The offer matched the rival bid, the company said.",
        "Companies try to cut their inventories to match the drop in spending.",
    ],
)
def test_matching_is_no_fight(text: str) -> None:
    assert all(e[0][:2] not in ("18", "19") for e in _events(text))


def test_fighting_still_is_force() -> None:
    assert _one("Rebels fought government troops near Goma.", "fought")[0][:2] == "19"


# "The two sides" are never the dateline's agency, and exchanging fire after
# an attack between them is that fighting, one act.
def test_two_sides_are_not_the_agency() -> None:
    text = (
        "KYIV, Ukraine (AP) — Russian forces attacked Ukrainian positions near "
        "Chasiv Yar on Wednesday, and the two sides exchanged fire for hours, "
        "Ukraine's military said."
    )
    found = _events(text)
    assert [e[0][:2] for e in found] == ["19"]
    assert all("Associated Press" not in (e[2], e[3]) for e in found)


def test_exchange_of_fire_alone_is_force_between_the_two() -> None:
    text = "Indian and Pakistani troops exchanged fire along the border on Monday."
    code, source, target = _one(text, "exchanged fire")
    assert code[:2] == "19" and source == "India" and target == "Pakistani troops"


# (story, trigger of the reaction, code, target): a reaction to an act named
# before in the story is aimed at that act's party other than the one reacting.
REACTIONS = [
    (
        "Israel and Hamas reached a ceasefire agreement on Wednesday after weeks "
        "of talks. The European Union welcomed the agreement.",
        "welcomed",
        "051",
        "Israel",
    ),
    (
        "The United States imposed sanctions on three Iranian companies on "
        "Thursday. Iran's foreign ministry condemned the sanctions as illegal.",
        "condemned",
        "111",
        "United States",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "code", "target"), REACTIONS)
def test_reaction_to_an_act_named_before(
    text: str, trigger: str, code: str, target: str
) -> None:
    found = _one(text, trigger)
    assert (found[0], found[2]) == (code, target)


# No act named before with that noun: the target stays empty, not a guess.
@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas held talks in Cairo on Monday. Iran condemned the "
        "sanctions as illegal.",
        "The European Union welcomed the agreement.",
    ],
)
def test_reaction_with_nothing_named_before(text: str) -> None:
    assert all(
        e[3] is None
        for e in _events(text)
        if e[1].startswith(("condemned", "welcomed"))
    )


# The act named before is the reactor's own side's: no other party to react to.
@pytest.mark.parametrize(
    "text",
    [
        "Kenya's opposition rejected the election result on Monday. Opposition "
        "leader Raila Odinga rejected the result at a rally in Nairobi.",
        "The Taliban rejected the proposal on Monday. A Taliban spokesman "
        "rejected the proposal again on Tuesday.",
    ],
)
def test_reaction_to_its_own_sides_act_has_no_target(text: str) -> None:
    found = [e for e in _events(text) if e[1].startswith("rejected")]
    assert found and found[-1][3] is None, _events(text)
