"""Game results in a sentence of their own, titles of the 1990s wire shape,
unnamed attackers and a family's spokesmen.

Whole-pipeline tests (`parse_article`) on news phrasings written for these
tests. Each table holds what must be coded, what must keep its code and what
must give no event.
"""

from __future__ import annotations

import pytest

from newsfacts import parse_article
from newsfacts.events.words import word_classes

from .support import EventTriple, event_cases, event_triples


def _events(text: str) -> list[EventTriple]:
    """(code, source name, target name) of each event of `text`."""
    return event_triples(text, "1996-08-23")


# ------------------------------------------ a game's result in the sentence

GAME_RESULTS = [
    (
        "margin-in-runs-between-countries",
        "Australia beat India by 30 runs in Perth.",
        [],
    ),
    (
        "margin-in-wickets",
        "Pakistan defeated Sri Lanka by five wickets in Colombo on Sunday.",
        [],
    ),
    (
        "tennis-results-line-seeded-winner",
        "1 - Thomas Muster (Austria) beat Mark Philippoussis (Australia) 6-3 7-6 (7-4)",
        [],
    ),
    (
        "tennis-results-line-seeded-loser",
        "Wayne Ferreira (South Africa) beat 6 - MaliVai Washington (U.S.) 6-4 6-3",
        [],
    ),
    (
        "rugby-score",
        "England beat Wales 24-10 in Cardiff on Saturday.",
        [],
    ),
    # force by or upon groups in a sentence with a game's result stays
    (
        "fans-clash-after-a-result",
        "Fans clashed with police after Arsenal beat Chelsea 2-1 on Saturday.",
        [("180", None, "police")],
    ),
    (
        "police-beat-supporters-after-a-result",
        "Police beat supporters after Celtic crushed Rangers 4-0 in Glasgow.",
        [("182", "Police", "supporters")],
    ),
    # no score or margin: force stays force
    (
        "beating-protesters",
        "Security forces beat protesters in Harare on Monday.",
        [("175", "Security forces", "protesters")],
    ),
    (
        "defeated-by-force",
        "Israel defeated Hezbollah by force, the minister said.",
        [("190", "Israel", "Hezbollah")],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(GAME_RESULTS))
def test_game_result_in_the_sentence(text: str, want: list[EventTriple]) -> None:
    """A verb of winning or losing in a sentence with a game's score or margin
    reports the game, whoever plays it (national sides too); force by or upon
    groups in the same sentence stays force."""
    assert _events(text) == want


TENNIS_RESULTS = """TENNIS - RESULTS AT CANADIAN OPEN.

MONTREAL 1996-08-23

Results from the Canadian Open tennis tournament on Friday (prefix number denotes seeding):

Quarterfinals

1 - Thomas Muster (Austria) beat Mark Philippoussis (Australia) 6-3 7-6 (7-4)

Wayne Ferreira (South Africa) beat 6 - MaliVai Washington (U.S.) 6-4 6-3

Todd Martin (U.S.) beat Cedric Pioline (France) 6-7 (3-7) 6-3 6-4
"""


def test_results_page_has_no_force() -> None:
    """A page of results lines gives no act of force, and none is its main
    event."""
    art = parse_article(TENNIS_RESULTS, published="1996-08-23")
    assert [e.cameo for e in art.events] == []
    assert art.main_event is None or not art.main_event.cameo.startswith("18")


# ------------------------------------------------ the wire's title and lead

BURUNDI_LEAD = (
    "BUJUMBURA 1996-08-23\n\n"
    "Hutu rebels killed 12 soldiers in an ambush in northern Burundi on "
    "Thursday, the army said.\n\n"
    "The army said the rebels also killed five civilians near the border with "
    "Rwanda.\n"
)

TITLED = [
    ("title-with-full-stop", "Rebels kill 12 soldiers in Burundi.\n\n" + BURUNDI_LEAD),
    ("title-without-stop", "Rebels kill 12 soldiers in Burundi\n\n" + BURUNDI_LEAD),
    (
        "title-over-a-dateline-in-the-lead",
        "Rebels kill 12 soldiers in Burundi.\n\nBUJUMBURA, Aug 23 (Reuter) - "
        + BURUNDI_LEAD.split("\n\n", 1)[1],
    ),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for n, t in TITLED])
def test_title_line_and_lead_report_one_act(text: str) -> None:
    """A title on the text's first line (with a full stop when a dateline
    follows it, as on the 1990s wire) and the lead report one act: one record,
    dated and placed as the lead reports it, with both mentions; the lead's
    other act stays its own."""
    art = parse_article(text, published="1996-08-23")
    killings = [e for e in art.events if e.target and e.target.name == "soldiers"]
    assert len(killings) == 1
    ev = killings[0]
    assert ev.trigger.text == "killed"
    assert [m.text for m in ev.mentions] == ["kill", "killed"]
    assert ev.date is not None and ev.date.value == "1996-08-22"
    assert any(e.target and e.target.name == "civilians" for e in art.events)
    assert art.main_event is not None and art.main_event.trigger.text == "killed"


def test_title_given_apart_is_no_event() -> None:
    """A title given as `title=` is read for the main event only."""
    art = parse_article(
        BURUNDI_LEAD,
        published="1996-08-23",
        title="Rebels kill 12 soldiers in Burundi.",
    )
    assert [e.trigger.text for e in art.events if e.cameo == "190"] == ["killed"]
    assert art.main_event is not None and art.main_event.trigger.text == "killed"


SEPARATE_ACTS = [
    (
        # a one-sentence lead paragraph with its full stop is no title
        "lead-paragraph-then-another-day",
        "Hutu rebels killed 12 soldiers in Burundi on Thursday, the army "
        "said.\n\nRebels killed 12 soldiers in Burundi on Friday, the army said.",
        2,
    ),
    (
        # the title's act is another than the lead's
        "title-names-another-act",
        "Rebels kill 12 soldiers in Burundi.\n\nBUJUMBURA 1996-08-23\n\n"
        "The army said on Thursday that soldiers killed 20 rebels in the "
        "north.\n",
        2,
    ),
]


@pytest.mark.parametrize(
    ("text", "count"), [pytest.param(t, c, id=n) for n, t, c in SEPARATE_ACTS]
)
def test_acts_apart_stay_apart(text: str, count: int) -> None:
    """Reports of killings on different days, or a title and a lead of
    different acts, stay separate records."""
    art = parse_article(text, published="1996-08-23")
    assert len([e for e in art.events if e.cameo.startswith(("18", "19"))]) == count


# --------------------------------------------------- a person's kin speaking

KIN = [
    ("family-said", "Ms Jones's family said they were devastated by the verdict.", []),
    ("name-family-said", "The Smith family said they would appeal.", []),
    (
        "family-urged-police",
        "Jones's family urged police to release the footage.",
        [],
    ),
    (
        "widow-named-beside",
        "His widow, Mary Smith, urged police to reopen the case.",
        [("020", "Mary Smith", "police")],
    ),
    # an owner's spokesman, lawyer or forces act for the owner
    (
        "spokesman-said",
        "Putin's spokesman said Russia would respond.",
        [("010", "Putin", None)],
    ),
    (
        "lawyer-said",
        "Mr Smith's lawyer said he would appeal.",
        [("010", "Smith", None)],
    ),
    (
        "forces-attacked",
        "Haftar's forces attacked Tripoli.",
        [("190", "Haftar", "Libya")],
    ),
    # a country's royal family acts for the country
    (
        "royal-family",
        "The Saudi royal family condemned the attack.",
        [("111", "Saudi Arabia", None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), event_cases(KIN))
def test_kin_speak_for_themselves(text: str, want: list[EventTriple]) -> None:
    """A person's kin ("Ms Jones's family", "the Smith family") speak for
    themselves, not for the person named before them; a spokesman, a lawyer,
    forces and a royal family act for their owner."""
    assert _events(text) == want


@pytest.mark.parametrize("kin", sorted(word_classes().kin_nouns))
def test_every_kin_noun_leaves_the_owner_out(kin: str) -> None:
    """No kin noun makes the person owning it the speaker."""
    text = f"Mr Smith's {kin} said the verdict was unjust."
    assert all(src != "Smith" for _, src, _ in _events(text))


# ------------------------------------------ force between unnamed people

PRIVATE_FORCE = [
    (
        "man-killed-woman",
        "A man killed a woman in Leeds on Monday.",
        [("180", None, None)],
    ),
    ("two-men-stabbed-teenager", "Two men stabbed a teenager.", [("182", None, None)]),
    ("pronoun-stabbed-woman", "He stabbed a woman.", [("182", None, None)]),
    (
        "knife-attack-is-18x",
        "A man attacked a woman with a knife.",
        [("180", None, None)],
    ),
    # as before: the passive, a named doer, a gunman
    (
        "passive-stabbing",
        "A man was stabbed to death in London.",
        [("182", None, None)],
    ),
    ("police-shot-a-man", "Police shot a man in Leeds.", [("180", "Police", None)]),
    (
        "gunman-shot-dead",
        "A gunman shot dead three people at a school.",
        [("180", "gunman", "people")],
    ),
    # a game's result elsewhere in the sentence: no one plays
    (
        "beating-after-a-result",
        "A man beat a woman after Arsenal lost 2-1 to Chelsea.",
        [("182", None, None)],
    ),
    # no force: a game's result, a thing shot
    ("woman-beat-man-in-final", "A woman beat a man 6-3 6-4 in the final.", []),
    ("student-shot-video", "A student shot a video of the protest.", []),
]


@pytest.mark.parametrize(("text", "want"), event_cases(PRIVATE_FORCE))
def test_force_between_unnamed_people(text: str, want: list[EventTriple]) -> None:
    """Force by people no actor names upon people no actor names ("a man
    killed a woman") is an act of force by private people (CAMEO 18x), as its
    passive is, with no party to name."""
    assert _events(text) == want


ALGIERS = (
    "Algerian rebels kill 15 villagers.\n"
    "\n"
    "ALGIERS 1996-08-23\n"
    "\n"
    "Moslem rebels killed 15 villagers, including women and children, "
    "in an attack on a village south of Algiers on Thursday night, "
    "security forces said on Friday.\n"
    "\n"
    "Security forces killed eight rebels in a clash near Blida on "
    "Wednesday, the statement said.\n"
)


def test_title_shortens_the_names_of_the_lead() -> None:
    """The title names the lead's parties by their last word ("Algerian
    rebels" for "Moslem rebels"): one act; the security forces' killing of
    rebels stays its own."""
    art = parse_article(ALGIERS, published="1996-08-23")
    killings = [e for e in art.events if e.target and e.target.name == "villagers"]
    assert [[m.text for m in e.mentions] for e in killings] == [["kill", "killed"]]
    assert any(e.target and e.target.name == "rebels" for e in art.events)


CRICKET = (
    "CRICKET - ENGLAND BEAT PAKISTAN BY FIVE WICKETS IN ONE-DAYER.\n"
    "\n"
    "LONDON 1996-08-29\n"
    "\n"
    "England beat Pakistan by five wickets in the first one-day "
    "international at Old Trafford on Thursday to take a 1-0 lead in "
    "the three-match series.\n"
    "\n"
    "Pakistan, put in to bat, made 225 for five in their 50 overs, with"
    " Saeed Anwar hitting 61.\n"
)

SELES = (
    "TENNIS - SELES BEATS DAVENPORT TO REACH FINAL.\n"
    "\n"
    "NEW HAVEN, Connecticut 1996-08-24\n"
    "\n"
    "Top seed Monica Seles beat Lindsay Davenport 6-3 6-4 on Saturday "
    "to reach the final of the Pilot Pen tournament.\n"
)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        pytest.param(CRICKET, "England beat Pakistan by five", id="cricket"),
        pytest.param(SELES, "Top seed Monica Seles beat", id="dateline-with-region"),
    ],
)
def test_results_story_main_event_is_the_lead_result(text: str, start: str) -> None:
    """Under a wire title a dateline follows, the main event is the lead's
    result (the act of the title's verb, though its doer is no actor), not
    the title's words nor an act of the title's other team; no force."""
    art = parse_article(text, published="1996-08-29")
    assert not [e for e in art.events if e.cameo.startswith(("18", "19"))]
    main = art.main_event
    assert main is not None
    assert main.trigger.text.lower() in ("beat", "beats")
    assert main.sentence.text.startswith(start)


HEBRON = (
    "Israeli troops shoot dead Palestinian in Hebron.\n"
    "\n"
    "HEBRON, West Bank 1996-08-23\n"
    "\n"
    "Israeli troops shot dead a Palestinian youth who threw stones at them "
    "in the West Bank town of Hebron on Friday, Palestinian witnesses said.\n"
)


def test_title_may_leave_the_target_unnamed() -> None:
    """A title's act with no one acted upon found is the lead's act of the
    same type and doer: one record."""
    art = parse_article(HEBRON, published="1996-08-23")
    shootings = [
        e for e in art.events if e.source and e.source.name == "Israeli troops"
    ]
    assert [[m.text for m in e.mentions] for e in shootings] == [["shoot", "shot"]]
