"""Dates stage: the tense of the clause decides which day, month or season.

The verb group governing the expression is read from the part-of-speech tags
(`dates.clause_tense`). The reference date is Tuesday 26 November 2019: the
last Friday is the 22nd, the next one the 29th.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts import dates
from newsfacts.dates.clause_tense import clause_tense
from newsfacts.language.tagger import tag_sentence
from newsfacts.text import Document

TUE = dt.date(2019, 11, 26)

Case = tuple[str, str, str]  # sentence, span, value


def value_of(sentence: str, span: str, published: dt.date = TUE) -> str | None:
    """The value the stage gives `span` in `sentence`, None when not found."""
    for e in dates.extract(Document(sentence), published):
        if e.text == span:
            return e.value
    return None


def ids(cases: list[Case]) -> list[str]:
    return [c[0][:40] for c in cases]


# The clause's own verb decides, whatever other clauses of the sentence say.
CLAUSE_VERB: list[Case] = [
    ("New Zealand said Friday it would send troops to the region.", "Friday",
     "2019-11-22"),
    ("Saddam said he will begin withdrawing troops on Friday.", "Friday",
     "2019-11-29"),
    ("The monarch will meet Bush on Thursday in Kennebunkport.", "Thursday",
     "2019-11-28"),
    ("On Friday, the Kenyan government paid the first death claims.", "Friday",
     "2019-11-22"),
    ("The bank set aside new reserves on Wednesday.", "Wednesday", "2019-11-20"),
    ("The minister sought to soften the words, saying on Friday that Russia "
     "feels the talks must wait.", "Friday", "2019-11-22"),
    ("Concern may have been responsible for a drop in trading on Wednesday.",
     "Wednesday", "2019-11-20"),
    ("The embassy will stay closed until Friday.", "Friday", "2019-11-29"),
    ("Albright arrived in Nairobi on Monday and will fly to Dar es Salaam on "
     "Thursday.", "Thursday", "2019-11-28"),
    ("Albright arrived in Nairobi on Monday and will fly to Dar es Salaam on "
     "Thursday.", "Monday", "2019-11-25"),
    ("Hewlett-Packard said its profit rose Tuesday.", "Tuesday", "2019-11-26"),
    ("On Friday, when Albright set aside vacation plans, the officials met.",
     "Friday", "2019-11-22"),
    ("The stock has fluctuated sharply, rising to a high of $42 from $29 in "
     "February.", "February", "2019-02"),
    ("The index closed within 70 points of its record high set on Feb. 6.",
     "Feb. 6", "2019-02-06"),
]  # fmt: skip


@pytest.mark.parametrize("case", CLAUSE_VERB, ids=ids(CLAUSE_VERB))
def test_the_verb_of_the_clause_decides(case: Case) -> None:
    sentence, span, value = case
    assert value_of(sentence, span) == value


# Found in other news (reference: Wednesday 21 December 2016).
WED = dt.date(2016, 12, 21)
OTHER_NEWS: list[Case] = [
    ("Winter is making its presence known across Canada this weekend.",
     "this weekend", "2016-W51-WE"),
    ("Speaking to reporters after his release on Saturday, Emery said he would "
     "leave.", "Saturday", "2016-12-17"),
    ("Saturday's show features the South Plains College western swing band.",
     "Saturday", "2016-12-24"),
    ("Real Madrid hold a six-point lead after Saturday's win over Deportivo.",
     "Saturday", "2016-12-17"),
    ("On Wednesday, the committee is set to begin clause-by-clause review.",
     "Wednesday", "2016-12-21"),
    ("A suspect in an early February farm auction theft has been apprehended.",
     "early February", "2016-02"),
    ("On a recent early May day, black cattle dotted the lush green grass.",
     "early May", "2016-05"),
    # The aside's 22:00 GMT Friday is 6 a.m. Saturday where the village is.
    ("The landslide hit the village at around 6 am (2200 GMT Friday).",
     "around 6 am", "2016-12-17T06:00"),
    ("He was seen on Nov. 24 — the day after the cheques arrived.", "the day",
     "2016-11-24"),
    ("An official warned people to stay outdoors overnight.", "overnight",
     "2016-12-21TNI"),
]  # fmt: skip


@pytest.mark.parametrize("case", OTHER_NEWS, ids=ids(OTHER_NEWS))
def test_other_news(case: Case) -> None:
    sentence, span, value = case
    assert value_of(sentence, span, WED) == value


def test_postponed_to_the_same_weekday_is_a_week_ahead() -> None:
    text = "Officials postponed until Wednesday any action on the case."
    assert value_of(text, "Wednesday", WED) == "2016-12-28"


def test_overnight_meaning_suddenly_is_no_time() -> None:
    got = dates.extract(Document("Tensions just don't heal overnight, he said."), WED)
    assert [e.text for e in got] == []


# Participles, plans and schedules.
PLANS: list[Case] = [
    ("A memorial service planned for Saturday was canceled after security "
     "plans were leaked.", "Saturday", "2019-11-23"),
    ("The appeals court was asked to suspend the injunction issued Thursday.",
     "Thursday", "2019-11-21"),
    ("The team planned to leave Nairobi on Thursday for Dar es Salaam.",
     "Thursday", "2019-11-28"),
    ("Protesters planned a large demonstration in Little Havana on Saturday.",
     "Saturday", "2019-11-30"),
    ("The acquisition is scheduled to close Monday.", "Monday", "2019-12-02"),
    ("The offer had been scheduled to expire at midnight Friday.",
     "midnight Friday", "2019-11-22T24:00"),
    ("The company declared a dividend, payable Feb. 1.", "Feb. 1", "2020-02-01"),
    ("Police have been searching for him since the Feb. 5 attack.", "Feb. 5",
     "2019-02-05"),
    ("The bank is continuing to try to sell itself, under a July agreement.",
     "July", "2019-07"),
    ("Lenders have extended the company loans through January.", "January",
     "2020-01"),
    ("The agency has given the relatives until 9 a.m. Monday to sign.",
     "9 a.m. Monday", "2019-12-02T09:00"),
]  # fmt: skip


@pytest.mark.parametrize("case", PLANS, ids=ids(PLANS))
def test_participles_and_plans(case: Case) -> None:
    sentence, span, value = case
    assert value_of(sentence, span) == value


# A possessive day name reports an event already known, unless awaited.
POSSESSIVE: list[Case] = [
    ("The relatives said they would look for ways to get around Wednesday's "
     "ruling.", "Wednesday", "2019-11-20"),
    ("The notes carry a 24% premium over Thursday's closing price.", "Thursday",
     "2019-11-21"),
    ("Today's decision surprised the market, unlike Tuesday's vote.", "Tuesday",
     "2019-11-26"),
    ("Campaigning ended ahead of Sunday's election.", "Sunday", "2019-12-01"),
]  # fmt: skip


@pytest.mark.parametrize("case", POSSESSIVE, ids=ids(POSSESSIVE))
def test_possessive_day_names(case: Case) -> None:
    sentence, span, value = case
    assert value_of(sentence, span) == value


# A timetable verb in the plain present points ahead ("takes effect Jan. 1");
# its past form, or another present verb, does not.
TIMETABLE: list[Case] = [
    ("The law takes effect Jan. 1.", "Jan. 1", "2020-01-01"),
    ("The new rules take effect on Monday.", "Monday", "2019-12-02"),
    ("The trial begins Monday, officials said.", "Monday", "2019-12-02"),
    ("Voting starts Nov. 4 in the first districts.", "Nov. 4", "2020-11-04"),
    ("Schools reopen Sept. 1 after the holiday.", "Sept. 1", "2020-09-01"),
    ("The truce expires Friday at midnight.", "Friday", "2019-11-29"),
    ("Talks resume on Thursday in Geneva.", "Thursday", "2019-11-28"),
    ("Parliament convenes Jan. 12 for the budget.", "Jan. 12", "2020-01-12"),
    # past forms and other present verbs keep their reading
    ("The trial began Monday.", "Monday", "2019-11-25"),
    ("The law took effect Sept. 1.", "Sept. 1", "2019-09-01"),
    ("The company takes a charge in January.", "January", "2020-01"),
    ("The report covers September.", "September", "2019-09"),
]


@pytest.mark.parametrize("case", TIMETABLE, ids=ids(TIMETABLE))
def test_timetable_verbs_in_the_present_look_ahead(case: Case) -> None:
    sentence, span, value = case
    assert value_of(sentence, span) == value


# A day right after a past verb has happened, however near its next
# occurrence; after a plain future it is still to come.
RIGHT_AFTER_THE_VERB: list[Case] = [
    ("Officials met Dec. 1 with rebels.", "Dec. 1", "2018-12-01"),
    ("New Zealand said Dec. 1 it would send troops.", "Dec. 1", "2018-12-01"),
    ("He spoke on Memorial Day about the war.", "Memorial Day", "2019-05-27"),
    ("The company will report on Dec. 1.", "Dec. 1", "2019-12-01"),
    ("Families will gather on Christmas Day.", "Christmas Day", "2019-12-25"),
]


@pytest.mark.parametrize("case", RIGHT_AFTER_THE_VERB, ids=ids(RIGHT_AFTER_THE_VERB))
def test_a_day_right_after_a_past_verb_is_past(case: Case) -> None:
    sentence, span, value = case
    assert value_of(sentence, span) == value


def _tense(sentence: str, word: str) -> str | None:
    doc = Document(sentence)
    words = [t.text for t in doc.tokens]
    toks = list(zip(words, tag_sentence(words, headline=None), strict=True))
    i = words.index(word)
    return clause_tense(toks, i, i + 1)


@pytest.mark.parametrize(
    ("sentence", "word", "tense"),
    [
        ("Officials met Friday.", "Friday", "past"),
        ("Officials will meet Friday.", "Friday", "future"),
        ("Officials are meeting Friday.", "Friday", "future?"),
        ("Officials speak Friday.", "Friday", "present"),
        ("Officials meet Friday.", "Friday", "future"),
        ("Officials had met Friday.", "Friday", "past"),
        ("Officials agreed to meet Friday.", "Friday", "future?"),
        ("Officials tried to meet Friday.", "Friday", "past"),
        ("Officials are due to meet Friday.", "Friday", "future"),
        ("Friday, officials said.", "Friday", "past"),
        ("Friday: a list of events.", "Friday", None),
    ],
    ids=["past", "will", "progressive", "present", "timetable-present", "pluperfect",
         "agreed-to",
         "tried-to", "due-to", "verb-after", "no-verb"],
)  # fmt: skip
def test_clause_tense_of_verb_groups(sentence: str, word: str, tense: str) -> None:
    assert _tense(sentence, word) == tense


def test_without_a_reference_date_nothing_is_placed() -> None:
    got = dates.extract(Document("Officials met Friday."), None)
    assert [e.value for e in got] == ["XXXX-WXX-5"]


@pytest.mark.parametrize(
    "text",
    [
        "U.S. officials said at 3:30 p.m. Friday that al-Thani's 1990s plan, "
        "worth $1,200, was O'Neill's.",
        "``Elian, Cardenas awaits you,'' a song said -- then 24th-floor talks.",
    ],
    ids=["abbreviations", "quotes"],
)
def test_stage_tokenises_a_sentence_as_the_document_does(text: str) -> None:
    from newsfacts.dates.stage import _sentence_tagger

    doc = Document(text)
    got = _sentence_tagger(doc)(0, len(doc.norm))
    assert [(t, a, b) for t, _, a, b in got] == [
        (t.text, t.start, t.end) for t in doc.tokens
    ]


def test_tense_word_lists_are_read_from_data() -> None:
    from newsfacts.dates import lexicon as lx

    assert {"said", "met", "was"} <= lx.PAST_WORDS
    assert {"will", "payable", "scheduled"} <= lx.FUTURE_WORDS
    assert "postponed" in lx.DELAY_WORDS
    assert "tried" in lx.PAST_INFINITIVE_HEADS
    assert "the" in lx.NOT_INFINITIVE
    assert "hundred" in lx.NOT_PAST_ED
    assert not lx.PAST_WORDS & lx.FUTURE_WORDS
