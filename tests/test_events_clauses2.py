"""The events stage: clauses that report no act of their own, and the acts
that the same words still report where they plainly are acts.

Whole-pipeline tests (`parse_article`) on news phrasings written for them:
a participle describing a noun, a habit, a clause of time still to come, a
game's comeback, the aim of a measure (`events/background.py`).
"""

from __future__ import annotations

import pytest

import newsfacts


def _coded(text: str) -> list[tuple[str, str]]:
    """(code, trigger) of each event of `text`."""
    return [(e.cameo, e.trigger.text) for e in newsfacts.parse_article(text).events]


def _codes(text: str) -> list[str]:
    return [code for code, _ in _coded(text)]


# (id, sentence, a code the sentence must not yield, or "" for no event at all)
NO_EVENT_OF = [
    (
        "participle-opposing",
        "Demonstrators opposing the new taxes chanted slogans outside parliament.",
        "110",
    ),
    (
        "participle-fleeing",
        "Aid agencies delivered food to families fleeing the fighting in Sudan.",
        "075",
    ),
    (
        "participle-banning",
        "Lawmakers debated a law banning protests near government buildings.",
        "",
    ),
    (
        "sanctions-targeting",
        "The European Union adopted new sanctions against Russia, targeting banks "
        "and oil tankers.",
        "180",
    ),
    ("habit-often", "Bandits often kidnap villagers for ransom in the region.", ""),
    ("habit-usually", "Rebels usually attack convoys at night in the province.", ""),
    (
        "until-present-under-would",
        "The farmers said they would continue the blockade until the government "
        "meets their demands.",
        "080",
    ),
    (
        "once-present-under-will",
        "The minister will resign once the court releases its verdict.",
        "0841",
    ),
    (
        "comeback-sets",
        "Jannik Sinner came back from two sets down to beat Daniil Medvedev on "
        "Friday and reach the Australian Open final.",
        "",
    ),
    (
        "comeback-headline",
        "Sinner comes back from two sets down to reach final",
        "",
    ),
    (
        "comeback-goal",
        "Liverpool came back from a goal down to beat Everton in the derby.",
        "",
    ),
    # verb patterns (verb_overrides.tsv)
    (
        "adopt-resolution",
        "The Security Council adopted a resolution on aid to Gaza on Monday.",
        "",
    ),
    ("abstain-vote", "The United States abstained in the vote.", ""),
    (
        "beat-expectations",
        "The company beat analysts' expectations for quarterly revenue last week.",
        "",
    ),
    ("beat-estimates", "The bank beat estimates for the third quarter.", ""),
]


@pytest.mark.parametrize(
    ("text", "code"),
    [(t, c) for _, t, c in NO_EVENT_OF],
    ids=[i for i, *_ in NO_EVENT_OF],
)
def test_no_event_of(text: str, code: str) -> None:
    codes = _codes(text)
    if code:
        assert code not in codes, _coded(text)
    else:
        assert codes == [], _coded(text)


# (id, sentence, a code (or its first digits) the sentence must still yield): the same words where
# they plainly are acts
STILL_EVENT = [
    (
        "dissent-participle",
        "Liberian riot police used tear gas to disperse demonstrators protesting "
        "election results in Monrovia.",
        "141",
    ),
    (
        "statement-participle",
        "The Security Council adopted a resolution demanding an immediate "
        "ceasefire in Gaza.",
        "10",
    ),
    ("force-targeting", "Militants targeted a police station in Peshawar.", "190"),
    (
        "no-habit-past",
        "Bandits kidnapped 20 villagers in Zamfara state on Sunday.",
        "181",
    ),
    (
        "routinely-reported",
        "Israeli soldiers routinely beat up Palestinian detainees, a court martial "
        "was told.",
        "175",
    ),
    (
        "until-past",
        "Rebels shelled the town until the army withdrew its troops on Friday.",
        "0874",
    ),
    (
        "return-from-abroad",
        "The French president came back from Moscow on Tuesday.",
        "042",
    ),
    ("abstain-from-violence", "Hamas pledged to abstain from violence.", "0"),
    ("ratify-treaty", "The Senate ratified the treaty with Russia.", "057"),
    ("beat-journalists", "Soldiers beat two journalists in Harare.", "19"),
]


@pytest.mark.parametrize(
    ("text", "code"),
    [(t, c) for _, t, c in STILL_EVENT],
    ids=[i for i, *_ in STILL_EVENT],
)
def test_still_event(text: str, code: str) -> None:
    assert any(c.startswith(code) for c in _codes(text)), _coded(text)


def test_clause_of_time_under_history_is_history() -> None:
    """A clause of time under a clause dated by a past year is history too."""
    text = (
        "The two countries cut ties in 2016 after protesters stormed the Saudi "
        "embassy in Tehran."
    )
    assert _codes(text) == [], _coded(text)
    # the same clause of time in the news is an act
    text = "Protesters stormed the Saudi embassy in Tehran on Saturday."
    assert "145" in _codes(text), _coded(text)


# (id, article, trigger of the main event): a title naming the act of a
# participle after its main clause picks that act when it is coded
TITLE_PARTICIPLE = [
    (
        "car-bomb-kills",
        "Car bomb kills 12 in Mogadishu\n\nMOGADISHU, Somalia - A car bomb exploded "
        "near a busy market in Mogadishu on Saturday, killing at least 12 people, "
        "police said.\nAl-Shabaab militants claimed responsibility for the bombing.\n",
        "killing",
    ),
    (
        "uncoded-participle-not-taken",
        "Iran earthquakes leave scores dead\n\nTwo strong earthquakes have struck "
        "north-western Iran, leaving at least 180 people dead, officials say.\n"
        "The quakes struck near Tabriz and Ahar.\n",
        "struck",
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [row[1:] for row in TITLE_PARTICIPLE],
    ids=[row[0] for row in TITLE_PARTICIPLE],
)
def test_title_names_a_participle(text: str, trigger: str) -> None:
    main = newsfacts.parse_article(text, published="2024-06-12").main_event
    assert main is not None
    assert main.trigger.text == trigger


def _dated(text: str, trigger: str) -> str | None:
    art = newsfacts.parse_article(text, published="2024-06-12")
    ev = next(e for e in art.events if e.trigger.text.startswith(trigger))
    return ev.date.value if ev.date else None


def test_time_to_come_does_not_date_what_was_done() -> None:
    """A date after the news ("next month") dates no act reported as done:
    neither the saying of it nor a later sentence's act."""
    text = (
        "Japan and South Korea agreed on Thursday to resume security talks.\n"
        "Foreign Minister Yoko Kamikawa said the talks would begin next month.\n"
    )
    assert _dated(text, "said") == "2024-06-06"
    text = (
        "Japan and South Korea agreed on Thursday to resume security talks. "
        "The talks would begin next month, officials said. "
        "South Korea's foreign minister praised the decision."
    )
    assert _dated(text, "praised") == "2024-06-06"
    # a planned act is dated by its time to come
    text = "Kamikawa said Japan would send an envoy to Seoul next month."
    assert _dated(text, "send") == "2024-07"


def _tag_of(text: str, word: str) -> str:
    from newsfacts.language.sentences import parse_document
    from newsfacts.text import Document

    ps = parse_document(Document(text))[0]
    return next(
        t for tok, t in zip(ps.tokens, ps.tags, strict=True) if tok.text == word
    )


# (id, sentence, word, its tag): a past form after "and" that follows a finite
# past verb is coordinated with it; a participle naming a kind of people
# stays an adjective
AND_PAST = [
    (
        "arrested-after-fired",
        "Police fired tear gas at crowds near parliament and arrested dozens of "
        "people.",
        "arrested",
        "VBD",
    ),
    (
        "blocked-after-chanted",
        "Demonstrators chanted slogans and blocked roads in several towns.",
        "blocked",
        "VBD",
    ),
    (
        "armed-men",
        "Police fired at protesters and armed men in the square.",
        "armed",
        "JJ",
    ),
    ("no-verb-before", "Dead and injured people lay in the street.", "injured", "JJ"),
]


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [row[1:] for row in AND_PAST],
    ids=[row[0] for row in AND_PAST],
)
def test_past_form_after_and(text: str, word: str, tag: str) -> None:
    assert _tag_of(text, word) == tag


def test_coordinated_arrest_is_an_event() -> None:
    text = (
        "Police fired tear gas at crowds near parliament and arrested dozens of people."
    )
    assert "173" in _codes(text), _coded(text)


# (id, sentence, code): "strike" with no one struck, by a crowd, is a strike
# from work (143; planned or threatened, 133); by armed actors or upon
# someone it stays force
STRIKES = [
    ("unions-threaten", "Unions threatened to strike.", "133"),
    ("teachers-will-strike", "Teachers will strike on Monday.", "133"),
    ("rebels-struck-convoy", "Rebels struck the convoy near Goma.", "180"),
    ("rebels-struck-monday", "Rebels struck on Monday.", "180"),
    ("aircraft-struck-at", "Israeli aircraft struck at targets in Gaza.", "195"),
]


@pytest.mark.parametrize(
    ("text", "code"), [row[1:] for row in STRIKES], ids=[row[0] for row in STRIKES]
)
def test_strike_from_work(text: str, code: str) -> None:
    assert _codes(text) == [code], _coded(text)


def test_relative_clause_date_is_its_own() -> None:
    """A date of a relative clause set off by commas dates no act outside it."""
    text = (
        "A court sentenced Jorge Almeida on Wednesday. Almeida, who governed from "
        "2011 to 2016, has denied wrongdoing, his lawyers said."
    )
    # the denial is news, not history of those years, and is not dated by them
    assert _dated(text, "denied") not in ("2011", "2016")


def test_past_act_is_not_dated_after_the_news() -> None:
    """What was done is not dated by the time of what it is about ("agreed to
    hold an election next year": the agreement is not next year)."""
    text = (
        "The United States eased sanctions on Venezuela on Thursday after the "
        "government agreed to hold a presidential election next year."
    )
    assert _dated(text, "agreed") == "2024-06-06"
    # a scheduled act in the present keeps its time to come
    text = "Kamikawa will visit Seoul next month, officials said on Monday."
    assert _dated(text, "visit") == "2024-07"


# harm to interests or a reputation is no violence; harm in an attack is
HARM = [
    (
        "sanctions-hurt",
        "The sanctions could hurt European companies, economists said.",
        "",
    ),
    ("scandal-tarnished", "The scandal tarnished the minister's reputation.", ""),
    ("fine-not-hurt", "Analysts said the fine would not hurt the bank's profits.", ""),
    ("hurt-in-attack", "Three soldiers were hurt in an attack by militants.", "190"),
    ("injured-protesters", "Police injured 20 protesters in Nairobi.", "175"),
]


@pytest.mark.parametrize(
    ("text", "code"), [r[1:] for r in HARM], ids=[r[0] for r in HARM]
)
def test_harm(text: str, code: str) -> None:
    assert _codes(text) == ([code] if code else []), _coded(text)


# a company's cooperation with no one acted upon is commerce; with a party
# named it is an event
COMMERCE = [
    (
        "agreed-to-buy",
        "Microsoft agreed to buy the video game studio for $2 billion.",
        "",
    ),
    (
        "savings-plans",
        "Rivals BMW and Mercedes have announced similar savings plans.",
        "",
    ),
    ("supply-ukraine", "Shell agreed to supply gas to Ukraine.", "03"),
    (
        "cooperate-with-commission",
        "Google promised to cooperate with the European Commission.",
        "03",
    ),
]


@pytest.mark.parametrize(
    ("text", "code"), [r[1:] for r in COMMERCE], ids=[r[0] for r in COMMERCE]
)
def test_commerce(text: str, code: str) -> None:
    codes = _codes(text)
    if code:
        assert any(c.startswith(code) for c in codes), _coded(text)
    else:
        assert codes == [], _coded(text)


# acts that did not or may not happen are no events of the article; an
# intent, a refusal or a threat said on a condition is one
UNREAL = [
    ("negated", "Israel did not attack Gaza on Monday.", ""),
    ("question", "Could Russia attack Ukraine again?", ""),
    ("might", "Ukraine might attack Russia next week.", ""),
    ("may-try-to", "Analysts believe Russia may try to seize more territory.", ""),
    ("did-not-try", "Protesters did not try to storm the embassy.", ""),
    ("whether", "It is not clear whether the rebels will accept the offer.", ""),
    ("asked-if", "He asked if Iran would attack Israel.", ""),
    (
        "whether-to",
        "Officials are discussing whether to impose sanctions on Russia.",
        "",
    ),
    ("has-long", "The opposition has long accused the government of corruption.", ""),
    ("has-always", "He has always denied wrongdoing.", ""),
    (
        "conditional-threat",
        "Iran said it would attack Israel if the US intervened.",
        "13",
    ),
    (
        "conditional-refusal",
        "Syria says it will not accept any more refugees if war starts in Iraq.",
        "12",
    ),
    ("tried-to", "Russia tried to seize more territory.", "192"),
    (
        "accused-monday",
        "The opposition accused the government of corruption on Monday.",
        "112",
    ),
    (
        "fighting-insurgents",
        "The army has been fighting insurgents in the north.",
        "190",
    ),
]


@pytest.mark.parametrize(
    ("text", "code"), [r[1:] for r in UNREAL], ids=[r[0] for r in UNREAL]
)
def test_unreal_acts(text: str, code: str) -> None:
    codes = _codes(text)
    if code:
        assert any(c.startswith(code) for c in codes), _coded(text)
    else:
        assert codes == [], _coded(text)


def test_unreal_acts_kept_marked_when_asked() -> None:
    from newsfacts import actors, places
    from newsfacts.events import extract
    from newsfacts.text import Document

    text = "Ukraine might attack Russia next week."
    assert newsfacts.parse_article(text).events == ()
    doc = Document(text)
    found_places = places.extract(doc)
    found_actors = actors.extract(doc, found_places, None)
    kept = extract(doc, (), found_places, found_actors, None, unreal=True)
    assert [(e.cameo, e.mode) for e in kept] == [("190", "hypothetical")]


# seizing people: an abduction, or by the state's own bodies an arrest; a
# thing seized stays a seizure; a club's or company's control is no occupation
SEIZED = [
    ("gunmen-seized-students", "Gunmen seized 20 students from a school.", "181"),
    ("gunmen-took-students", "Gunmen took the students into the forest.", "181"),
    ("police-seized-men", "Police seized two men in Lagos.", "173"),
    ("troops-seized-weapons", "Troops seized weapons in the raid.", "1711"),
    ("trip-took-him", "His trip also took him to Japan.", ""),
    ("company-took-control", "Shell took control of the oil field.", ""),
    ("rebels-took-control", "Rebels took control of the town.", "192"),
]


@pytest.mark.parametrize(
    ("text", "code"), [r[1:] for r in SEIZED], ids=[r[0] for r in SEIZED]
)
def test_seized(text: str, code: str) -> None:
    assert _codes(text) == ([code] if code else []), _coded(text)


# force upon a thing of a game is play; upon a post of the police it is force
GAME_OBJECTS = [
    ("attacked-net", "Medvedev attacked the net but could not stop the comeback.", ""),
    ("hit-crossbar", "The striker hit the crossbar in the first half.", ""),
    ("attacked-police-post", "Militants attacked a police post in Peshawar.", "190"),
]


@pytest.mark.parametrize(
    ("text", "code"), [r[1:] for r in GAME_OBJECTS], ids=[r[0] for r in GAME_OBJECTS]
)
def test_game_objects(text: str, code: str) -> None:
    assert _codes(text) == ([code] if code else []), _coded(text)


# a legal appeal of a court's decision is no appeal to a party
APPEALS = [
    (
        "appeal-against-ruling",
        "The company said it would appeal against the ruling.",
        "02",
    ),
    ("appeal-verdict", "His lawyers said they would appeal the verdict.", "02"),
    ("appealed-for-calm", "The UN appealed for calm.", "020"),
]


@pytest.mark.parametrize(
    ("text", "code"), [r[1:] for r in APPEALS], ids=[r[0] for r in APPEALS]
)
def test_legal_appeal(text: str, code: str) -> None:
    codes = _codes(text)
    if code == "02":
        assert not [c for c in codes if c.startswith("02")], _coded(text)
    else:
        assert code in codes, _coded(text)
