"""Events and their parties on whole news articles: scheduled acts, releases of
pictures and figures, two-word role nouns, short company names, crimes with
the doer unnamed and summoned diplomats.

Whole-pipeline tests (`parse_article`) on news phrasings written for these
tests. Each table holds what must be coded and what must not.
"""

from __future__ import annotations

import pytest

import newsfacts

_PUBLISHED = "2026-03-02"


def _events(text: str) -> list[newsfacts.Event]:
    return list(newsfacts.parse_article(text, published=_PUBLISHED).events)


def _by_trigger(text: str, trigger: str) -> list[newsfacts.Event]:
    return [e for e in _events(text) if trigger in e.trigger.text]


# (id, sentence, trigger, code, mode): a scheduled act keeps its own code
SCHEDULED = [
    (
        "due-to-arrive",
        "U.S. Secretary of State Antony Blinken is due to arrive in Israel on Monday.",
        "arrive",
        "042",
        "planned",
    ),
    (
        "set-to-visit",
        "The French president is set to visit Beijing next week.",
        "visit",
        "042",
        "planned",
    ),
    (
        "due-to-host",
        "The Egyptian president is due to host Israeli and Palestinian negotiators.",
        "host",
        "043",
        "planned",
    ),
    (
        "arrived-asserted",
        "U.S. Secretary of State Antony Blinken arrived in Israel on Monday.",
        "arrive",
        "042",
        "asserted",
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "code", "mode"),
    [row[1:] for row in SCHEDULED],
    ids=[row[0] for row in SCHEDULED],
)
def test_scheduled_act_keeps_code_planned(
    text: str, trigger: str, code: str, mode: str
) -> None:
    got = _by_trigger(text, trigger)
    assert [(e.cameo, e.mode) for e in got] == [(code, mode)]


def test_due_to_a_cause_is_no_schedule() -> None:
    text = "Flights were cancelled due to the storm."
    assert [e.mode for e in _events(text) if e.mode == "planned"] == []


# (id, sentence, codes of "released" expected): releasing a picture, a
# recording or figures frees no one
RELEASES = [
    ("cctv-images", "Detectives released CCTV images of the suspects.", []),
    ("footage", "The army released footage of the strike on Tuesday.", []),
    ("photo", "Police released a photo of the missing girl.", []),
    ("video", "The group released a video of the hostages.", []),
    ("album", "The band released a new album in May.", []),
    ("hostages", "Hamas released two Israeli hostages on Sunday.", ["0841"]),
    ("prisoners", "Israel released 90 Palestinian prisoners.", ["0841"]),
    (
        "leader-on-bail",
        "A court in Dhaka released the opposition leader on bail.",
        ["0841"],
    ),
]


@pytest.mark.parametrize(
    ("text", "codes"),
    [row[1:] for row in RELEASES],
    ids=[row[0] for row in RELEASES],
)
def test_release_of_pictures_is_no_event(text: str, codes: list[str]) -> None:
    assert [e.cameo for e in _by_trigger(text, "released")] == codes


def test_released_images_name_no_target() -> None:
    for e in _events("Detectives released CCTV images of the suspects."):
        assert e.target is None or e.target.name != "CCTV"


# (id, sentence, actor name, code): two-word role nouns
COMPOUND_ROLES = [
    (
        "coast-guard-owned",
        "The Philippine coast guard said Chinese vessels fired water cannon.",
        "Philippine coast guard",
        "PHLMIL",
    ),
    (
        "border-guards-owned",
        "Indian border guards fired on smugglers near the frontier.",
        "Indian border guards",
        "INDMIL",
    ),
    (
        "coast-guard-bare",
        "The coast guard rescued 40 migrants at sea.",
        "coast guard",
        "---MIL",
    ),
    (
        # Lampedusa is Italy's: the island the article names gives the country.
        "coast-guard-by-an-island",
        "The coast guard rescued 40 migrants off Lampedusa.",
        "coast guard",
        "ITAMIL",
    ),
    (
        "security-forces",
        "Israeli security forces arrested 20 Palestinians.",
        "Israeli security forces",
        "ISRMIL",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [row[1:] for row in COMPOUND_ROLES],
    ids=[row[0] for row in COMPOUND_ROLES],
)
def test_two_word_role_nouns(text: str, name: str, code: str) -> None:
    actors = newsfacts.parse_article(text, published=_PUBLISHED).actors
    assert [a.code for a in actors if a.name == name] == [code]


def test_guard_alone_is_no_group() -> None:
    text = "A security guard was hurt when the gate was rammed."
    actors = newsfacts.parse_article(text, published=_PUBLISHED).actors
    assert [a.name for a in actors if "guard" in a.name.lower()] == []


def test_border_guards_fire_as_an_armed_force() -> None:
    got = _by_trigger("Indian border guards fired on smugglers.", "fired")
    assert [(e.cameo, e.source.name if e.source else None) for e in got] == [
        ("190", "Indian border guards")
    ]


# (id, text, names of organisation actors): a company's short name
SHORT_NAMES = [
    (
        "disney",
        "Walt Disney Co reported higher quarterly profit on Wednesday. "
        "Disney also said it would cut 7,000 jobs.",
        ["Disney"],
    ),
    (
        "goldman",
        "Goldman Sachs Group Inc said on Monday it would buy the firm. "
        "Goldman also said it expected losses.",
        ["Goldman Sachs"],
    ),
    (
        "no-legal-form",
        "Hon Hai Precision Industry said sales rose. Apple said it would buy parts.",
        ["Foxconn", "Apple"],
    ),
]


@pytest.mark.parametrize(
    ("text", "names"),
    [row[1:] for row in SHORT_NAMES],
    ids=[row[0] for row in SHORT_NAMES],
)
def test_company_short_name_is_one_actor(text: str, names: list[str]) -> None:
    actors = newsfacts.parse_article(text, published=_PUBLISHED).actors
    orgs = [a for a in actors if a.kind == newsfacts.ActorKind.ORGANIZATION]
    assert [a.name for a in orgs] == names


def test_disney_short_name_mentions() -> None:
    text = (
        "Walt Disney Co reported higher quarterly profit on Wednesday. "
        "Disney also said it would cut 7,000 jobs."
    )
    actors = newsfacts.parse_article(text, published=_PUBLISHED).actors
    (disney,) = [a for a in actors if a.kind == newsfacts.ActorKind.ORGANIZATION]
    assert [m.text for m in disney.mentions] == ["Walt Disney Co", "Disney"]


# (id, sentence, trigger, codes): a crime whose doer goes unnamed
CRIMES = [
    ("stabbed", "A teenager was stabbed to death in Croydon.", "stabbed", ["182"]),
    ("shot-dead", "A man was shot dead outside his home in Belfast.", "shot", ["180"]),
    ("arrested", "A man was arrested on suspicion of murder.", "arrested", ["173"]),
    ("wounded", "Four children were wounded in the blast.", "wounded", []),
    ("killed-crash", "Two men were killed in the crash on the M25.", "killed", []),
    ("film-shot", "The film was shot in Morocco last year.", "shot", []),
]


@pytest.mark.parametrize(
    ("text", "trigger", "codes"),
    [row[1:] for row in CRIMES],
    ids=[row[0] for row in CRIMES],
)
def test_crime_with_unnamed_doer(text: str, trigger: str, codes: list[str]) -> None:
    assert [e.cameo for e in _by_trigger(text, trigger)] == codes


# (id, sentence, code, target code): a summoned diplomat
SUMMONS = [
    (
        "ambassador",
        "Britain summoned the Chinese ambassador on Tuesday.",
        "111",
        "CHNGOV",
    ),
    (
        "ambassador-to-protest",
        "Poland summoned the Russian ambassador to protest the missile strike.",
        "111",
        "RUSGOV",
    ),
    (
        "envoy",
        "The Egyptian foreign ministry summoned the Israeli envoy over the raid.",
        "111",
        "ISRGOV",
    ),
    (
        "cabinet",
        "The Japanese prime minister summoned the cabinet for an emergency meeting.",
        "040",
        "---GOV",
    ),
]


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [row[1:] for row in SUMMONS],
    ids=[row[0] for row in SUMMONS],
)
def test_summoned_diplomat_is_a_protest(text: str, code: str, target: str) -> None:
    got = _by_trigger(text, "summoned")
    assert [(e.cameo, e.target.code if e.target else None) for e in got] == [
        (code, target)
    ]


# (id, sentence, codes): sanctions adopted, or in a package
SANCTIONS = [
    (
        "adopted",
        "The European Union adopted new sanctions against Russia on Monday.",
        ["163"],
    ),
    (
        "package-adopted",
        "The European Union adopted a new package of sanctions against Russia.",
        ["163"],
    ),
    (
        "package-imposed",
        "The European Union imposed a new package of sanctions on Russia.",
        ["163"],
    ),
    ("reforms", "The council adopted a package of economic reforms.", []),
    (
        # a body adopting its own text votes: no agreement between parties
        "resolution",
        "Parliament adopted a resolution on the budget.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "codes"),
    [row[1:] for row in SANCTIONS],
    ids=[row[0] for row in SANCTIONS],
)
def test_sanctions_adopted_or_in_a_package(text: str, codes: list[str]) -> None:
    assert [e.cameo for e in _events(text)] == codes
