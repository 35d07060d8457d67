"""The main event as a reader picks it, on hand-written leads.

Which act (the lead's first substantive act, boilerplate skipped, a report's
content or the statement itself), who (the agent under its fullest name, none
for what befalls someone), where (clause, dateline, the agent's place, the
lead's most specific place) and when (clause, sentence, lead, publication).
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from newsfacts.events.lead import lead_words
from newsfacts.records import Event
from newsfacts.text import Document

PUBLISHED = dt.date(2016, 11, 23)


def _main(
    text: str, title: str | None = None, published: dt.date | None = PUBLISHED
) -> Event:
    art = newsfacts.parse_article(text, published=published, title=title)
    ev = art.main_event
    assert ev is not None, text
    assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
    assert text[ev.sentence.start : ev.sentence.end] == ev.sentence.text
    if ev.type == "OTHER":
        assert ev.cameo == "" and ev not in art.events
    return ev


# (id, text, trigger of the main event)
WHICH_ACT = [
    (
        "caption-and-furniture-skipped",
        "Advertisement\n\nImage copyright Reuters Image caption A crowd waits "
        "outside the court\n\nPolice arrested 12 protesters in Ankara on Monday.",
        "arrested",
    ),
    (
        "read-more-skipped",
        "Read more: Five things to know about the vote\n\n"
        "Firefighters rescued a climber from a ledge near Snowdon on Saturday.",
        "rescued",
    ),
    (
        "reported-act-not-the-saying",
        "Police said gunmen attacked a checkpoint in Kabul on Monday.",
        "attacked",
    ),
    (
        "statement-when-it-is-the-news",
        "The International Energy Agency said on Thursday that global demand "
        "for coal is at its highest level.",
        "said",
    ),
    (
        "report-of-a-finding",
        "A new study shows that more than 20 percent of teachers are absent. "
        "Officials blamed the shortage on low pay.",
        "shows",
    ),
    (
        "negated-act-skipped",
        "Israel did not attack Gaza on Monday. Egypt hosted talks with Hamas.",
        "hosted",
    ),
    (
        "hypothetical-act-skipped",
        "The union might strike next month. The company cut 300 jobs on Friday.",
        "cut",
    ),
    (
        "state-is-no-act",
        "The holiday road toll has risen to eight. A motorcyclist crashed into a "
        "barrier in Cairns about midnight.",
        "crashed",
    ),
    (
        "background-year-skipped",
        "Barry Smith met his future wife in Blackpool in 1953. The couple "
        "celebrated their diamond wedding anniversary in Overton this week.",
        "celebrated",
    ),
    (
        "wish-is-no-act",
        "She wanted her parents to understand. The teenager posted a note on Sunday.",
        "posted",
    ),
    (
        "light-verb-with-object",
        "Sandra Jansen made an impassioned plea to her colleagues on Tuesday.",
        "made",
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [(t, g) for _, t, g in WHICH_ACT],
    ids=[i for i, _, _ in WHICH_ACT],
)
def test_which_act_is_the_main_event(text: str, trigger: str) -> None:
    assert _main(text).trigger.text.split()[0] == trigger


def test_uncoded_act_is_typed_other_and_kept_out_of_the_events() -> None:
    text = "Firefighters rescued a climber from a ledge near Snowdon on Saturday."
    art = newsfacts.parse_article(text, published=PUBLISHED)
    ev = art.main_event
    assert ev is not None and (ev.type, ev.cameo) == ("OTHER", "")
    assert all(e.type != "OTHER" for e in art.events)


def test_title_verb_decides_between_acts_of_the_lead() -> None:
    text = (
        "Egypt hosted talks with Hamas on Monday. Turkey expelled two Russian "
        "diplomats on Tuesday."
    )
    assert _main(text).trigger.text == "hosted"
    assert _main(text, "Turkey expels Russian diplomats").trigger.text == "expelled"


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        (
            "Three men charged over Manchester stabbing\n\nThree men have been "
            "charged with murder after a boy was stabbed, police said on Tuesday.",
            "charged",
            "173",
        ),
        (
            "Turkey expels Russian diplomats\n\nEgypt hosted talks with Hamas on "
            "Monday. Turkey expelled two Russian diplomats on Tuesday.",
            "expelled",
            "16",
        ),
    ],
    ids=["title-line-is-no-lead-act", "title-line-decides"],
)
def test_title_written_as_the_first_line(text: str, trigger: str, code: str) -> None:
    """A title written as the text's first line (no stop ends it) is the
    title: it picks among the lead's acts and is no act of the lead."""
    ev = _main(text)
    assert (ev.trigger.text, ev.cameo[: len(code)]) == (trigger, code)
    assert ev.trigger.start > text.index("\n")


def test_title_act_in_a_subordinate_clause_of_the_lead() -> None:
    text = (
        "The food agency is warning people not to eat a chicken product "
        "recalled by Costco on Friday."
    )
    assert _main(text, "Costco recalls chicken product").trigger.text == "recalled"
    # without the title the lead's main clause stands
    assert _main(text).trigger.text != "recalled"


# (id, text, source name or None, target name or None)
PARTIES = [
    (
        "agentless-passive",
        "Former mayor John Smith has been arrested in Leeds.",
        None,
        "John Smith",
    ),
    (
        "death-has-no-agent",
        "Former governor Mario Cuomo died on Thursday at his home in New York.",
        None,
        "Mario Cuomo",
    ),
    (
        "pronoun-of-reported-speech-is-the-speaker",
        "Instagram said it had fixed a bug that let users tag themselves in Singapore.",
        "Instagram",
        None,
    ),
    (
        "common-noun-agent-under-its-full-name",
        "A Texas court on Wednesday exonerated four women. The Court of "
        "Criminal Appeals said the convictions did not pass the smell test.",
        "Court of Criminal Appeals",
        None,
    ),
    (
        "a-court-named-for-another-act-is-another",
        "A Pakistani court on Friday sentenced former Prime Minister Imran Khan to 14 "
        "years in prison. His party said it would challenge the verdict in the "
        "Islamabad High Court.",
        "Pakistani court",
        "Imran Khan",
    ),
]


@pytest.mark.parametrize(
    ("text", "who", "whom"),
    [(t, a, b) for _, t, a, b in PARTIES],
    ids=[i for i, *_ in PARTIES],
)
def test_who_and_whom(text: str, who: str | None, whom: str | None) -> None:
    ev = _main(text)
    assert (ev.source.name if ev.source else None) == who
    if whom is not None:
        assert ev.target is not None and ev.target.name == whom


# (id, text, place name or None)
WHERE = [
    ("clause-place", "Police arrested 12 protesters in Ankara on Monday.", "Ankara"),
    (
        "dateline-when-the-clause-names-none",
        "NAIROBI, Kenya - Police arrested 12 protesters on Monday.",
        "Nairobi",
    ),
    (
        "dateline-after-an-agency-needs-no-dash",
        "MEXICO CITY (AP) Mexico's Senate passed a resolution on Thursday.",
        "Mexico City",
    ),
    (
        "the-agent's-place",
        "A Texas court on Wednesday exonerated four women convicted in the 1990s.",
        "Texas",
    ),
    (
        "the-lead's-most-specific-place",
        "Two people died on Friday. The blast ripped through a restaurant in "
        "Hangzhou, in eastern China.",
        "Hangzhou",
    ),
]


@pytest.mark.parametrize(
    ("text", "place"), [(t, p) for _, t, p in WHERE], ids=[i for i, *_ in WHERE]
)
def test_where(text: str, place: str | None) -> None:
    ev = _main(text)
    assert (ev.location.name if ev.location else None) == place


def test_when_is_the_clause_date() -> None:
    ev = _main("Police arrested 12 protesters in Ankara on Monday.")
    assert ev.date is not None and ev.date.value == "2016-11-21"
    assert ev.date_source == "clause"


def test_when_of_a_reported_act_is_the_day_of_the_saying() -> None:
    ev = _main("The ministry said on Thursday that it recovered 86 firearms.")
    assert ev.date is not None and ev.date.value.startswith("2016-11-17")


def test_when_is_a_weekday_with_no_article_date() -> None:
    ev = _main("Police arrested 12 protesters in Ankara on Tuesday.", published=None)
    assert ev.date is not None and ev.date.value.startswith("XXXX-WXX-2")


def test_when_falls_back_to_the_publication_date() -> None:
    ev = _main("Police arrested 12 protesters in Ankara.")
    assert ev.date is not None and ev.date.anchor == "published"
    assert ev.date.value == "2016-11-23" and ev.date_source == "published"


def test_a_past_year_in_the_lead_is_not_the_date() -> None:
    ev = _main(
        "The couple met in 1953. Police arrested 12 protesters in Ankara.",
        published=dt.date(2018, 4, 6),
    )
    assert ev.trigger.text == "arrested"
    assert ev.date is not None and ev.date.value == "2018-04-06"


def test_no_main_event_without_an_act() -> None:
    art = newsfacts.parse_article("The weather was mild. Prices remain high.")
    assert art.main_event is None


# Boilerplate phrases open site furniture, not the same words in a sentence.
# (id, line, boilerplate?)
BOILERPLATE = [
    ("read-more", "Read more: the vote explained", True),
    ("image-caption", "Image caption Protesters outside the court", True),
    ("advertisement", "Advertisement", True),
    ("warning", "Warning: This story contains foul language", True),
    ("related-in-a-sentence", "Related to the case, police arrested two men", False),
    ("watchdog", "Watchdog groups criticised the ruling", False),
    ("photographers", "Photographers were attacked outside the court", False),
]


@pytest.mark.parametrize(
    ("line", "expected"),
    [(t, b) for _, t, b in BOILERPLATE],
    ids=[i for i, *_ in BOILERPLATE],
)
def test_boilerplate_lines(line: str, expected: bool) -> None:
    assert (lead_words().boilerplate.match(line) is not None) is expected


def test_sentence_opening_with_a_boilerplate_word_is_still_read() -> None:
    ev = _main("Related to the case, police arrested two men in Leeds on Monday.")
    assert ev.trigger.text == "arrested"


def test_state_verb_with_an_actor_is_still_an_act_when_coded() -> None:
    # "rise" is a state verb of the lead ("the toll has risen"), but a coded
    # act of the same verb is still the main event.
    ev = _main("Protesters rose up against the government in Cairo on Monday.")
    assert ev.trigger.text.startswith("rose")


def test_dateline_with_an_agency_and_no_dash() -> None:
    doc = Document("WASHINGTON (RNS) Evangelical leaders praised the president.")
    line = doc.dateline
    assert line is not None
    assert doc.text[line.place.start : line.place.end] == "WASHINGTON"
    assert Document("Evangelical leaders (RNS) praised him.").dateline is None


def test_lead_words_rows_have_reasons() -> None:
    words = lead_words()
    assert "rise" in words.state_verbs and "die" in words.unaccusative
    assert "show" in words.report_verbs and "want" in words.weak_acts


_SENATE = (
    "WASHINGTON (AP) - The Senate voted 78-18 late Friday to approve a temporary "
    "spending bill, sending the measure to the president hours before a "
    "midnight deadline. The House had passed the bill on Thursday after "
    "Speaker Mike Johnson relied on Democratic votes."
)

# (title, trigger of the main event): the title's doer picks the act of the
# lead it names, over an act of another doer with the title's verb; a title
# naming no doer of the lead picks by its verb alone.
TITLE_DOER = [
    # (approving a bill, like passing it, is no coded act: the Senate's vote)
    ("Senate passes stopgap bill to avert shutdown", "voted"),
    ("Stopgap bill passed before deadline", "passed"),
    ("House passes stopgap bill", "passed"),
]


@pytest.mark.parametrize(("title", "trigger"), TITLE_DOER)
def test_the_title_doer_picks_the_act(title: str, trigger: str) -> None:
    assert _main(_SENATE, title=title).trigger.text == trigger
