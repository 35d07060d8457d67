"""Who is no party: the speaker of a passive report, natural forces, a court
appeal; and agreements two parties reach between them.

Whole-pipeline tests (`parse_article`) on news phrasings written for these
tests. Each table holds what must be coded and what must not.
"""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import analyse
from newsfacts.events.words import word_classes
from tests.test_events import _run

from .support import event_triples

_EACH_PAIR = newsfacts.Parser(each_pair=True)

Triple = tuple[str, str | None, str | None]


def _events(text: str, parser: newsfacts.Parser | None = None) -> list[Triple]:
    """(code, source name, target name) of each event of `text`."""
    return event_triples(text, "2024-03-04", parser)


def _violence(text: str) -> list[Triple]:
    """The events of `text` of force, coercion, assault or fighting."""
    return [e for e in _events(text) if e[0][:2] in ("17", "18", "19", "20")]


# ------------------------------------------------ the speaker of a passive report

# (id, sentence, the speaker, which must be no party of any act of force)
SPEAKER_IS_NO_PARTY = [
    (
        "adjective-phrase-after-the-subject",
        "Farmers' group COAG said crops worth millions of euros had been "
        "destroyed along the valley.",
        "COAG",
    ),
    (
        "adjective-phrase-police",
        "Police said cars worth millions had been destroyed.",
        "police",
    ),
    (
        "participle-phrase-after-the-subject",
        "Officials said children aged under five were among those killed.",
        "officials",
    ),
    (
        "property-destroyed-reported-by-police",
        "Police said three houses had been burned in the village.",
        "police",
    ),
    (
        "property-destroyed-reported-by-the-army",
        "The army said two bridges were destroyed overnight.",
        "army",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [pytest.param(*c[1:], id=c[0]) for c in SPEAKER_IS_NO_PARTY],
)
def test_the_speaker_of_a_passive_report_is_no_party(text: str, speaker: str) -> None:
    """Whoever reports a passive act of force neither did it nor suffered it."""
    for code, source, target in _violence(text):
        for party in (source, target):
            assert party is None or speaker.lower() not in party.lower(), (
                code,
                source,
                target,
            )


# (id, sentence, code expected, source name expected)
PASSIVE_STILL_CODED = [
    (
        "arrest-reported-by-police",
        "Police said two men had been arrested.",
        "173",
        "police",
    ),
    (
        "agent-named-after-an-adjective-phrase",
        "Police said cars worth millions had been destroyed by rebels.",
        "1712",
        "rebels",
    ),
    (
        "active-destruction",
        "Rebels destroyed 300 homes in the north.",
        "1712",
        "rebels",
    ),
    (
        "charge-reported-by-prosecutors",
        "Prosecutors said the former mayor was charged with fraud.",
        "173",
        "prosecutors",
    ),
]


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [pytest.param(*c[1:], id=c[0]) for c in PASSIVE_STILL_CODED],
)
def test_passive_acts_of_force_still_coded(text: str, code: str, source: str) -> None:
    """Police report their own arrests, prosecutors their charges; an agent
    after the adjective phrase is the doer."""
    found = [e for e in _events(text) if e[0] == code]
    assert found, _events(text)
    assert source in (found[0][1] or "").lower()


# (id, sentence, verb of the reported clause, its subject, its governor)
REPORTED_AFTER_ADJECTIVE_PHRASE = [
    (
        "worth",
        "Farmers' group COAG said crops worth millions of euros had been "
        "destroyed along the valley.",
        "destroyed",
        ("crops", "said"),
    ),
    (
        "aged",
        "Officials said children aged under five were among the dead.",
        "were",
        ("children", "said"),
    ),
    (
        "worth-money",
        "The company said sales worth $3 billion rose sharply.",
        "rose",
        ("sales", "said"),
    ),
]


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [pytest.param(*c[1:], id=c[0]) for c in REPORTED_AFTER_ADJECTIVE_PHRASE],
)
def test_object_with_adjective_phrase_is_the_reported_subject(
    text: str, verb: str, expected: tuple[str, str]
) -> None:
    """ "said crops worth millions had been destroyed": crops were destroyed,
    in a clause the verb of speech reports, not a second act of the speaker."""
    found = [c for c in analyse(text).clauses if verb in c.verb.text.split()]
    assert found
    c = found[0]
    got = (
        c.subject.text if c.subject else None,
        c.governor.text if c.governor else None,
    )
    assert got == expected


def test_set_off_adjective_phrase_is_no_subject_of_the_speech() -> None:
    """An adjective phrase set off by commas is no reported subject of its own:
    the speaker keeps the verb of speech ("said" stays the main clause)."""
    text = "The minister said on Monday that the plan, worth $2 billion, was approved."
    said = [c for c in analyse(text).clauses if c.verb.text == "said"]
    assert said and said[0].subject is not None
    assert said[0].subject.text == "The minister"


# ---------------------------------------------------------------- acts of nature

NATURE = [
    "Floods destroyed 300 homes in the region on Monday.",
    "The storm killed 12 people in the north of the country.",
    "An earthquake damaged the mosque in the old city.",
    "A landslide buried 20 houses in the village of Ramu.",
    "Cyclone Freddy killed more than 200 people in Malawi.",
    "The heatwave killed 1,500 people in Spain last summer.",
    "Wildfires have burned 3,000 homes in Greece.",
    "A tornado ripped through Kentucky, killing 70 people.",
    "The drought has destroyed crops across Somalia.",
    "Hurricane Ian hit Florida on Wednesday.",
]


@pytest.mark.parametrize("text", NATURE)
def test_acts_of_nature_are_no_events(text: str) -> None:
    """A flood, a storm or an earthquake is no party: CAMEO codes no natural
    disaster, so no act of force is coded, with or without a source."""
    assert _violence(text) == []


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        ("Rebels set fire to 300 homes in the village.", "1712", "Rebels"),
        ("Rebels burned 300 homes in the village.", "1712", "Rebels"),
        (
            "Militants stormed a school in the north, killing 12 people.",
            "18",
            "Militants",
        ),
    ],
)
def test_acts_of_people_in_the_same_words_are_events(
    text: str, code: str, source: str
) -> None:
    """People burning, killing and destroying are still coded."""
    found = [e for e in _violence(text) if e[0].startswith(code)]
    assert found, _events(text)
    assert source.lower() in (found[0][1] or "").lower()


# ------------------------------------------------------------------ court appeals

# (id, sentence, whether an appeal or request (02) must be coded)
APPEALS = [
    ("will-appeal", "Trump has said he will appeal.", False),
    ("would-appeal-lawyer", "Smith's lawyer said he would appeal.", False),
    (
        "would-appeal-then-participle",
        "Lawyers for the journalist said they would appeal, calling the trial a sham.",
        False,
    ),
    ("vowed-to-appeal", "The company vowed to appeal.", False),
    ("appeal-the-ruling", "The company said it would appeal the ruling.", False),
    ("appealed-for-calm", "The minister appealed for calm.", True),
    (
        "appealed-to-residents",
        "Police appealed to residents to stay indoors.",
        True,
    ),
    (
        "appealed-on-a-day-for-aid",
        "Pakistan appealed on Monday for international aid.",
        True,
    ),
    ("appealed-on-a-day-to", "The Red Cross appealed on Monday to both sides.", True),
    ("appealed-to-neighbours", "Kenya appealed again to its neighbours.", True),
]


@pytest.mark.parametrize(
    ("text", "coded"), [pytest.param(*c[1:], id=c[0]) for c in APPEALS]
)
def test_court_appeal_is_no_request(text: str, coded: bool) -> None:
    """ "He will appeal": a step in a court case, for which CAMEO has no code;
    "appealed for calm" and "appealed to residents" are appeals (02)."""
    found = [e for e in _events(text) if e[0].startswith("02")]
    assert bool(found) is coded, _events(text)


def test_court_appeal_words_are_data() -> None:
    wc = word_classes()
    assert "appeal" in wc.court_appeal_verbs
    assert {"for", "to"} <= wc.court_appeal_preps


# ------------------------------------------------------- agreements two reach

# (id, sentence, code prefix, (source, target) expected)
AGREEMENTS = [
    (
        "reached-an-agreement",
        "Israel and Hamas reached an agreement on Sunday.",
        "03",
        ("Israel", "Hamas"),
    ),
    (
        "reached-a-ceasefire-agreement",
        "Israel and Hamas reached a ceasefire agreement in Cairo.",
        "03",
        ("Israel", "Hamas"),
    ),
    (
        "reached-a-pact",
        "Russia and China reached a pact on energy on Tuesday.",
        "03",
        ("Russia", "China"),
    ),
    (
        "signed-a-ceasefire",
        "Israel and Hamas signed a ceasefire on Sunday.",
        "0871",
        ("Israel", "Hamas"),
    ),
    (
        "signed-a-deal",
        "Russia and China signed a deal on Tuesday.",
        "057",
        ("Russia", "China"),
    ),
    (
        "agreement-with",
        "Israel reached an agreement with Hamas.",
        "03",
        ("Israel", "Hamas"),
    ),
]


@pytest.mark.parametrize(
    ("text", "code", "pair"), [pytest.param(*c[1:], id=c[0]) for c in AGREEMENTS]
)
def test_agreement_of_two_subjects_is_between_them(
    text: str, code: str, pair: tuple[str, str]
) -> None:
    """ "X and Y reached an agreement": X with Y, once by default and with
    `each_pair`, as "X and Y met" is."""
    for parser in (None, _EACH_PAIR):
        found = [(s, t) for c, s, t in _events(text, parser) if c.startswith(code)]
        assert found, _events(text, parser)
        assert found[0] == pair


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas reached an agreement on Sunday.",
        "Israel and Hamas signed a ceasefire on Sunday.",
    ],
)
def test_agreement_of_two_subjects_mirrored(text: str) -> None:
    """With `mirror=True` an agreement of two is coded both ways."""
    pairs = {
        (e.source.name, e.target.name)
        for e in _run(text, mirror=True)
        if e.source is not None and e.target is not None
    }
    assert pairs == {("Israel", "Hamas"), ("Hamas", "Israel")}


# (id, sentence, the subjects): an agreement acted upon, or reached by one
NOT_BETWEEN = [
    (
        "rejected",
        "Israel and Hamas rejected the agreement on Sunday.",
        ("Israel", "Hamas"),
    ),
    ("criticised", "Britain and France criticised the deal.", ("Britain", "France")),
    ("one-party", "Egypt reached an agreement on Sunday.", ("Egypt",)),
    (
        "rejected-ceasefire",
        "Israel and Hamas rejected the ceasefire.",
        ("Israel", "Hamas"),
    ),
]


@pytest.mark.parametrize(
    ("text", "subjects"), [pytest.param(*c[1:], id=c[0]) for c in NOT_BETWEEN]
)
def test_agreement_not_reached_is_no_act_between_subjects(
    text: str, subjects: tuple[str, ...]
) -> None:
    """Rejecting or criticising an agreement is no act of one subject upon the
    other; one party reaching one has no target named."""
    found = _events(text)
    assert found
    for code, _source, target in found:
        assert target not in subjects, (code, target)


def test_agreement_nouns_are_data() -> None:
    wc = word_classes()
    assert {"agreement", "deal", "pact", "treaty", "ceasefire"} <= wc.agreement_nouns
