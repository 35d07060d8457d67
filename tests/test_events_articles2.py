"""Events on news phrasings of disasters, strikes, elections, match reports,
accusations and the places of acts.

Whole-pipeline tests (`parse_article`) on sentences and short articles
written for these tests, in the styles of wire, broadcast and agency copy.
Each table holds what must be coded, and what must give no event at all.
"""

from __future__ import annotations

import pytest

import newsfacts

_PUBLISHED = "2026-03-02"


def _events(text: str) -> list[newsfacts.Event]:
    return list(newsfacts.parse_article(text, published=_PUBLISHED).events)


# (id, sentence): sentences that report no event at all
NO_EVENT = [
    (
        "firefighters-battling-flames",
        "More than 1,200 firefighters were battling the flames, supported by "
        "water-dropping helicopters and air tankers.",
    ),
    ("crews-fought-wildfire", "Crews fought the wildfire for a week."),
    ("firefighters-tackled-blaze", "Firefighters tackled the blaze for hours."),
    ("flooding-kills", "Flooding kills hundreds of people most years."),
    (
        "flooding-kills-after-clause",
        "Nigeria's rainy season runs from April to October, and flooding kills "
        "hundreds of people most years.",
    ),
    (
        "election-defeating",
        "Mutharika won the election, defeating incumbent Lazarus Chakwera.",
    ),
    ("called-strike-unreasonable", 'The minister called the strike "unreasonable".'),
    ("walked-out-of-talks", "The delegation walked out of the talks."),
    ("walked-off-stage", "The delegation walked off the stage."),
    ("found-unsafe", "Investigators found the bridge unsafe."),
]


@pytest.mark.parametrize("text", [t for _, t in NO_EVENT], ids=[i for i, _ in NO_EVENT])
def test_no_event(text: str) -> None:
    assert _events(text) == []


# (id, sentence, trigger word, CAMEO code): acts coded, several of them the
# same words as above where they plainly name an act
CODED = [
    # a naming that condemns what it names denounces it (111); a mere
    # description ("called the strike 'unreasonable'") is none
    (
        "called-attack-cowardly",
        "The minister called the attack cowardly.",
        "called",
        "111",
    ),
    (
        "called-protests-treasonous",
        'President William Ruto called the protests "treasonous".',
        "called",
        "111",
    ),
    (
        "called-measure-inhumane",
        'The president called the measure "inhumane".',
        "called",
        "111",
    ),
    ("opened-fire", "Soldiers opened fire on protesters.", "opened fire", "175"),
    ("fought-rebels", "Soldiers fought the rebels near the border.", "fought", "190"),
    ("rebels-defeated-army", "Rebels defeated the army near Goma.", "defeated", "190"),
    (
        "accused-unnamed-men",
        "Police accused the men of stealing cars.",
        "accused",
        "112",
    ),
    (
        "accused-unnamed-state",
        "The minister accused the state of Haryana of withholding water.",
        "accused",
        "112",
    ),
    (
        "charge-denied-after-comma",
        "Pakistan has accused Afghanistan of sheltering militants, a charge "
        "Kabul denies.",
        "accused",
        "112",
    ),
    (
        "union-launched-strike",
        "The union launched a strike on Monday.",
        "launched",
        "143",
    ),
    (
        "doctors-begun-strike",
        "Junior doctors in England have begun a five-day strike.",
        "begun",
        "143",
    ),
    ("teachers-began-strike", "Teachers began a strike on Monday.", "began", "143"),
    (
        "members-walked-out",
        "Members of the British Medical Association walked out on Friday.",
        "walked out",
        "143",
    ),
    (
        "army-launched-strike",
        "The army launched a strike on militant hideouts.",
        "launched",
        "190",
    ),
    ("hunger-strike", "Refugees began a hunger strike.", "began", "142"),
    ("air-strike", "Israel launched an air strike on Gaza.", "launched", "195"),
    ("unions-called-strike", "Unions called a general strike.", "called", "143"),
    ("found-him-guilty", "A jury found him guilty of murder.", "found", "116"),
    (
        "found-named-guilty",
        "Judge Ana Ferreira found Carlos Mendes guilty of corruption.",
        "found",
        "116",
    ),
    (
        "walked-off-the-job",
        "French rail workers walked off the job on Thursday.",
        "walked off",
        "143",
    ),
    (
        "relative-outside-content",
        "Gunmen who attacked a church in Owo were arrested on Monday.",
        "attacked",
        "180",
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [row[1:] for row in CODED],
    ids=[row[0] for row in CODED],
)
def test_coded(text: str, trigger: str, code: str) -> None:
    found = [e for e in _events(text) if trigger in e.trigger.text]
    assert [e.cameo for e in found] == [code]


# (id, sentence, trigger): no event of these triggers, where the sentence may
# hold others
NOT_CODED = [
    ("rejected-calls", "Vucic has rejected calls for his resignation.", "calls"),
    ("denied-reports", "The army denied reports of abuses.", "reports"),
    (
        "relative-in-accusation",
        "Pakistan accused Afghanistan of sheltering militants who carry out "
        "attacks in Pakistan.",
        "carry out attacks",
    ),
    (
        "denial-of-act",
        "Kabul denied that it shelters militants.",
        "shelters",
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [row[1:] for row in NOT_CODED],
    ids=[row[0] for row in NOT_CODED],
)
def test_not_coded(text: str, trigger: str) -> None:
    assert not [e for e in _events(text) if e.trigger.text == trigger]


def test_a_parliament_of_no_country_is_its_owners() -> None:
    text = "Russia's lower house of parliament accused Britain of meddling."
    (ev,) = _events(text)
    assert ev.source is not None and ev.source.code == "RUSLEG"
    assert ev.target is not None and ev.target.code == "GBR"


# (id, sentence, trigger, place): the place after "of" of a phrase of place
PLACES = [
    (
        "city-of",
        "KYIV, Ukraine (AP) — Russian drones struck an apartment building in the "
        "northeastern Ukrainian city of Kharkiv overnight, killing three people.",
        "struck",
        "Kharkiv",
    ),
    (
        "town-of",
        "Gunmen attacked a church in the town of Owo in Ondo state.",
        "attacked",
        "Owo",
    ),
    (
        "plain-city",
        "Russian drones struck an apartment building in Kharkiv overnight.",
        "struck",
        "Kharkiv",
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [row[1:] for row in PLACES],
    ids=[row[0] for row in PLACES],
)
def test_place_of_the_act(text: str, trigger: str, place: str) -> None:
    (ev,) = [e for e in _events(text) if e.trigger.text == trigger]
    assert ev.location is not None and ev.location.name == place


_MATCH = (
    "Mohamed Salah scored twice as Liverpool beat Arsenal 2-0 at Anfield on "
    "Sunday, with Harry Kane and Jasprit Bumrah watching.\n\n"
)
_TEST_MATCH = "India thrashed Australia by 295 runs in the first Test in Perth.\n\n"

# (id, article, trigger): play in a match report is no force
PLAY = [
    (
        "firing-home",
        _MATCH + "Salah sealed the win, firing home from close range.",
        "firing",
    ),
    ("fired-wide", _MATCH + "Kane fired wide in the 80th minute.", "fired"),
    (
        "struck-twice",
        _TEST_MATCH + "Bumrah struck twice early on the third evening.",
        "struck",
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger"), [row[1:] for row in PLAY], ids=[row[0] for row in PLAY]
)
def test_play_in_a_match_report_is_no_force(text: str, trigger: str) -> None:
    assert not [e for e in _events(text) if e.trigger.text == trigger]


def test_force_by_groups_in_a_match_report_stays() -> None:
    text = (
        "Fenerbahce beat Galatasaray 2-1 in Istanbul on Sunday. Fans clashed "
        "with police outside the stadium after the match, and officers fired "
        "tear gas at supporters. Police arrested 12 people."
    )
    codes = sorted(e.cameo for e in _events(text))
    assert "175" in codes and "173" in codes


def test_force_by_a_person_outside_a_match_report_stays() -> None:
    text = (
        "Gunman John Smith shot two police officers in Dallas on Monday, police said."
    )
    assert [e.cameo[:2] for e in _events(text) if e.trigger.text == "shot"] == ["18"]


def test_a_noun_read_as_a_verb_is_no_main_event() -> None:
    text = (
        "BELGRADE (AFP) - Tens of thousands of people marched through the "
        "Serbian capital on Saturday to demand accountability for a roof "
        "collapse that killed 15 people, in one of the largest protests the "
        "country has seen in years."
    )
    art = newsfacts.parse_article(
        text, published="2026-03-15", title="Thousands protest in Belgrade"
    )
    assert art.main_event is not None
    assert art.main_event.trigger.text == "marched"


# (id, sentence, trigger, target code or None): a city struck stands for its
# country, read after "of" too, but not for the country of the police or the
# court acting there
CITY_TARGETS = [
    (
        "city-of-struck",
        "Russian forces shelled the city of Kharkiv.",
        "shelled",
        "UKR",
    ),
    (
        "rebels-own-capital",
        "Afghan rebels exploded a series of bombs in the capital Kabul.",
        "exploded",
        "AFG",
    ),
    ("soldiers-city", "Soldiers shelled Kharkiv.", "shelled", "UKR"),
    ("police-at-home", "French police shot a driver in Paris.", "shot", None),
]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [row[1:] for row in CITY_TARGETS],
    ids=[row[0] for row in CITY_TARGETS],
)
def test_city_struck_target(text: str, trigger: str, target: str | None) -> None:
    (ev,) = [e for e in _events(text) if e.trigger.text == trigger]
    assert (ev.target.code if ev.target is not None else None) == target


# (id, sentence, trigger or None): an act told as what the news came after
# is background; the news itself is coded
BOUNDS = [
    (
        "following-a-july-attack",
        "India suspended the almost three-year-old peace process following a "
        "July terrorist attack on Mumbai's train network that killed nearly 200 "
        "people.",
        ["164"],
    ),
    (
        "since-the-explosion",
        "Lebanon has suffered a series of bombings since the massive explosion "
        "in February that killed former Prime Minister Rafik Hariri.",
        ["183"],
    ),
    (
        "tally-since-a-year",
        "The H5N1 bird flu strain has killed 167 people since 2003.",
        [],
    ),
    ("flu-kills", "Bird flu killed three people in Cambodia last week.", []),
]


@pytest.mark.parametrize(
    ("text", "codes"), [row[1:] for row in BOUNDS], ids=[row[0] for row in BOUNDS]
)
def test_acts_before_the_news(text: str, codes: list[str]) -> None:
    assert sorted(e.cameo for e in _events(text)) == codes


# (id, sentence, codes): a toll of civilians with no act named is no event;
# soldiers killed, an act of force named, or a doer always human, is one
TOLLS = [
    ("people-wounded", "Officials say at least two people were wounded.", []),
    ("people-killed-injured", "At least 12 people were killed and 30 injured.", []),
    ("soldiers-killed", "Three soldiers were killed.", ["180"]),
    ("killed-in-air-strike", "Five civilians were killed in an air strike.", ["180"]),
    (
        "knife-attack",
        "Two people were killed and at least nine injured in a knife attack at "
        "a supermarket.",
        ["180"],
    ),
    ("shot-dead", "A man was shot dead outside his home.", ["180"]),
    ("prisoners-assaulted", "Guards said prisoners were assaulted.", ["180"]),
]


@pytest.mark.parametrize(
    ("text", "codes"), [row[1:] for row in TOLLS], ids=[row[0] for row in TOLLS]
)
def test_tolls(text: str, codes: list[str]) -> None:
    found = [e.cameo for e in _events(text) if not e.cameo.startswith("01")]
    assert sorted(set(found)) == codes


def test_a_participle_of_speech_after_an_attribution_is_the_speakers() -> None:
    text = (
        "Greek coastguard officers forced dozens of migrants back into Turkish "
        "waters last month, Human Rights Watch said in a report on Tuesday, "
        "accusing Greece of illegal pushbacks."
    )
    (ev,) = [e for e in _events(text) if e.trigger.text == "accusing"]
    assert ev.source is not None and ev.source.name == "Human Rights Watch"
    # an act of force after the attribution stays the reported doer's
    text = "Russian forces attacked Kyiv overnight, the air force said, killing four people."
    (ev,) = [e for e in _events(text) if e.trigger.text == "killing"]
    assert ev.source is not None and ev.source.code == "RUSMIL"


# (id, sentence, trigger, source country, target country): nationality words
# joined by "and" before a plural head are two parties
NATIONALITIES = [
    (
        "delegations-met",
        "Russian and Ukrainian delegations met in Istanbul on Friday.",
        "met",
        "RU",
        "UA",
    ),
    (
        "troops-clashed",
        "Russian and Ukrainian troops clashed near Bakhmut.",
        "clashed",
        "RU",
        "UA",
    ),
    (
        "negotiators-resumed-talks",
        "Israeli and Palestinian negotiators resumed talks in Washington.",
        "resumed talks",
        "IL",
        "PS",
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [row[1:] for row in NATIONALITIES],
    ids=[row[0] for row in NATIONALITIES],
)
def test_joined_nationalities_are_two_parties(
    text: str, trigger: str, source: str, target: str
) -> None:
    (ev,) = [e for e in _events(text) if e.trigger.text == trigger]
    assert ev.source is not None and ev.source.country == source
    assert ev.target is not None and ev.target.country == target


def test_one_nationality_is_one_party() -> None:
    (ev,) = _events("Ukrainian troops shelled Russian positions.")
    assert ev.source is not None and ev.source.country == "UA"


# (id, sentence, trigger, code, source name): "the country" in reported
# speech is the speaker's own
OWN_COUNTRY = [
    (
        "country-cut-ties",
        "Bolivia's president announced that the country would cut ties with Israel.",
        "cut ties",
        "131",
        "Bolivia's president",
    ),
    (
        "nation-expel",
        "Colombian President Gustavo Petro said the nation would expel Israel's "
        "ambassador.",
        "expel",
        "1313",
        "Gustavo Petro",
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "code", "source"),
    [row[1:] for row in OWN_COUNTRY],
    ids=[row[0] for row in OWN_COUNTRY],
)
def test_the_country_in_reported_speech(
    text: str, trigger: str, code: str, source: str
) -> None:
    (ev,) = [e for e in _events(text) if e.trigger.text == trigger]
    assert ev.cameo == code
    assert ev.source is not None and ev.source.name == source


def test_the_country_outside_reported_speech_is_no_party() -> None:
    assert _events("The country cut ties with Israel.") == []


def test_people_acted_upon_in_reported_speech() -> None:
    text = "Police said on Tuesday they had arrested three men."
    assert [(e.cameo, e.source.name if e.source else None) for e in _events(text)] == [
        ("173", "Police")
    ]


# (id, lead, trigger of the main event): the act a speaker does as he
# speaks is the news, not the words quoted
SAID_WHILE = [
    (
        "said-as-announced",
        'WASHINGTON (AP) — "We will not stand by," President Joe Biden said '
        "Tuesday as he announced new sanctions on Russia's banking sector.",
        "announced new sanctions",
    ),
    (
        "said-as-others-searched",
        '"This is a dark day," the mayor said as rescuers searched the rubble.',
        "said",
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [row[1:] for row in SAID_WHILE],
    ids=[row[0] for row in SAID_WHILE],
)
def test_the_act_done_while_speaking_is_the_main_event(text: str, trigger: str) -> None:
    art = newsfacts.parse_article(text, published=_PUBLISHED)
    assert art.main_event is not None and art.main_event.trigger.text == trigger
