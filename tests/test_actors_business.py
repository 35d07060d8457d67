"""Actors through the whole pipeline on business and general newswire
phrasings: what the words around a company's name say it is (its staff
before it, its shares and officers after it), the nouns that type a name,
foreign names of bodies, and the country a person's apposition gives. Each
family has what it finds and what must stay as it is; new cases go in the
table of their family. The names of companies are made up, so that the
known organisations' table decides nothing here.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsfacts._data import iter_rows, read_text

from .support import nth_span as _span
from .test_actors_newswire import Row, _actor_kind, _ids, _is_place, _parse


def _word_class(name: str) -> list[str]:
    return sorted(
        row[1] for row in iter_rows("actors/data/words.tsv") if row[0] == name
    )


# The people who work for a body, before "at", "with" or "for", make the name
# after them their employer; its shares and officers after it make it a
# company; a verb of speech after the name is then its staff's.
EMPLOYERS: list[Row] = [
    (
        "analysts-at-camel-case",
        "Analysts at JPMorgan said Apple would report weaker iPhone sales.",
        "JPMorgan",
        0,
        "organization",
    ),
    (
        "traders-with",
        "Traders with Vantorix said oil prices would rise.",
        "Vantorix",
        0,
        "organization",
    ),
    (
        "spokesman-for",
        "A spokesman for Vantorix said the talks would go on.",
        "Vantorix",
        0,
        "organization",
    ),
    (
        "two-words-before-said",
        "Analysts at Brelland Hartwig said the stock was cheap.",
        "Brelland Hartwig",
        0,
        "organization",
    ),
    (
        "economists-at-later-alone",
        "Economists at Vantorix cut their forecast. Vantorix said growth would slow.",
        "Vantorix",
        1,
        "organization",
    ),
    (
        "chief-executive-of-in-apposition",
        '"We will cut costs," said Lars Nygaard, chief executive of Vantorix.',
        "Vantorix",
        0,
        "organization",
    ),
    (
        "founder-of",
        "He is the founder of Vantorix and lives in Oslo.",
        "Vantorix",
        0,
        "organization",
    ),
    (
        "possessive-apposition",
        "Norsk Hydro, Norway's biggest company, said profits rose.",
        "Norsk Hydro",
        0,
        "organization",
    ),
    (
        "possessive-apposition-tokenised",
        "Norsk Hydro , Norway 's biggest company , said profits rose .",
        "Norsk Hydro",
        0,
        "organization",
    ),
    (
        "type-before-comma",
        "The company, Brelland Hartwig, said it would cut jobs.",
        "Brelland Hartwig",
        0,
        "organization",
    ),
    (
        "which-after-the-name",
        "Brelland Hartwig, which owns two mines, said output rose.",
        "Brelland Hartwig",
        0,
        "organization",
    ),
    (
        "said-its",
        "Vantorix said its profit rose 5 percent.",
        "Vantorix",
        0,
        "organization",
    ),
    (
        "says-that-its",
        "Vantorix says that its profit rose 5 percent.",
        "Vantorix",
        0,
        "organization",
    ),
    (
        "shares-in",
        "Shares in Vantorix fell 5 percent on Tuesday.",
        "Vantorix",
        0,
        "organization",
    ),
    (
        "shares-after",
        "Vantorix shares rose 2 percent in early trade.",
        "Vantorix",
        0,
        "organization",
    ),
    (
        "chief-executive",
        "Vantorix's chief executive resigned on Friday.",
        "Vantorix",
        0,
        "organization",
    ),
    (
        "chief-financial-officer",
        "The board said Vantorix's chief financial officer would leave.",
        "Vantorix",
        0,
        "organization",
    ),
]

# What stays a person: a surname named in full before, a listed figure, a
# name with a pronoun after it, a person's chief of staff.
EMPLOYERS_PEOPLE: list[Row] = [
    (
        "said-its-of-a-surname-named-before",
        "Brelland Hartwig runs Vantorix Oil. Hartwig said its profit would recover.",
        "Hartwig",
        1,
        "person",
    ),
    (
        "said-its-after-a-full-name",
        "Maria Lopez said its profit rose.",
        "Maria Lopez",
        0,
        "person",
    ),
    (
        "member-of-a-party",
        "Brelland Hartwig of the Vantorian People's Party said the vote was rigged.",
        "Brelland Hartwig",
        0,
        "person",
    ),
    (
        "member-of-a-movement",
        "Brelland Hartwig of the Vantoria Green Movement called for calm.",
        "Brelland Hartwig",
        0,
        "person",
    ),
    (
        "quoted-as-saying",
        "Interfax news agency quoted Lebed as saying the talks had failed.",
        "Lebed",
        0,
        "person",
    ),
    (
        "possessive-role-apposition",
        "Okonkwo, Nigeria's top diplomat, said the talks failed.",
        "Okonkwo",
        0,
        "person",
    ),
    (
        "possessive-apposition-of-a-given-name",
        "Maria Lopez, Spain's biggest star, said she was tired.",
        "Maria Lopez",
        0,
        "person",
    ),
    (
        "type-before-comma-of-a-given-name",
        "The group's leader, Maria Lopez, said it would grow.",
        "Maria Lopez",
        0,
        "person",
    ),
    (
        "chief-executive-before-of",
        '"We will cut costs," said Lars Nygaard, chief executive of Vantorix.',
        "Lars Nygaard",
        0,
        "person",
    ),
    (
        "spokesman-for-a-surname-named-before",
        "Maria Lopez arrived on Monday. A spokesman for Lopez said she was tired.",
        "Lopez",
        1,
        "person",
    ),
    (
        "spokesman-for-a-figure",
        "A spokesman for Erdogan said the talks would go on.",
        "Erdogan",
        0,
        "person",
    ),
    (
        "chief-of-staff",
        "Ruben Ortega arrived on Monday. Ortega's chief of staff said he was tired.",
        "Ortega",
        1,
        "person",
    ),
    (
        "lawyer-for",
        "Ruben Ortega was charged. A lawyer for Ortega said he would appeal.",
        "Ortega",
        1,
        "person",
    ),
    (
        "full-name-said",
        "Xiaoming Wang said the company would grow.",
        "Xiaoming Wang",
        0,
        "person",
    ),
]


@pytest.mark.parametrize("noun", _word_class("employer_before"))
@pytest.mark.parametrize("link", ["at", "with", "for", "of"])
def test_each_employer_noun_makes_its_employer_an_organisation(
    noun: str, link: str
) -> None:
    """Every noun of a body's staff, before any of its links, makes the
    unknown name after it an organisation, not the speaker."""
    text = f"The {noun} {link} Vantorix said the deal was good."
    article = _parse(text)
    assert _actor_kind(article, _span(text, "Vantorix", 0)) == "organization"


@pytest.mark.parametrize("word", _word_class("chief_of_body"))
def test_each_officer_of_a_company_makes_its_company_an_organisation(
    word: str,
) -> None:
    """ "Vantorix's chief executive": every word of the class makes the
    name an organisation."""
    text = f"On Monday, Vantorix's chief {word} officer resigned."
    article = _parse(text)
    assert _actor_kind(article, _span(text, "Vantorix", 0)) == "organization"


# A noun of a kind of body before a name types it, in lower case or opening
# the sentence; a keyword that heads a name of its own opens that name.
TYPED: list[Row] = [
    (
        "chipmaker-opens",
        "Chipmaker Vantorix beat estimates.",
        "Vantorix",
        0,
        "organization",
    ),
    (
        "drugmaker-opens",
        "Drugmaker Vantorix recalled a pill.",
        "Vantorix",
        0,
        "organization",
    ),
    (
        "the-regulator",
        "The regulator Vantorix fined two banks.",
        "Vantorix",
        0,
        "organization",
    ),
    (
        "flag-carrier",
        "Flag carrier Vantorix cut flights.",
        "Vantorix",
        0,
        "organization",
    ),
    (
        "the-daily",
        "The daily Vantorix reported the deal.",
        "Vantorix",
        0,
        "organization",
    ),
    (
        "known-bank-opens",
        "Bank of America reported higher profits.",
        "Bank of America",
        0,
        "organization",
    ),
    (
        "keyword-bank-of-opens",
        "Bank of Vantoria raised interest rates on Monday.",
        "Bank of Vantoria",
        0,
        "organization",
    ),
]


def _heading_keywords() -> frozenset[str]:
    """The keywords that open names of bodies ("Bank Leumi", "Ministry of ...")."""
    return frozenset(
        row[0]
        for row in iter_rows("actors/data/org_keywords.tsv")
        if row[2] in ("prefix", "both")
    )


@pytest.mark.parametrize("noun", _word_class("org_type"))
def test_each_type_noun_before_a_name_makes_it_an_organisation(noun: str) -> None:
    """Every noun of a kind of body types the unknown name after it, in the
    sentence and opening it; one that heads names as a keyword opens the
    name there instead ("Bank Leumi said"), which is still a body's."""
    opening = f"{noun.capitalize()} Vantorix said on Monday it would grow."
    own = noun in _heading_keywords()
    for text, name in (
        (f"On Monday, the {noun} Vantorix said it would grow.", "Vantorix"),
        (opening, f"{noun.capitalize()} Vantorix" if own else "Vantorix"),
    ):
        article = _parse(text)
        assert _actor_kind(article, _span(text, name, 0)) == "organization", text


@pytest.mark.parametrize("noun", _word_class("org_type"))
def test_a_type_noun_alone_names_nothing(noun: str) -> None:
    """ "Chipmaker shares fell": a noun of a kind of body opening the
    sentence is no named organisation or person of its own (a generic group
    at most)."""
    text = f"{noun.capitalize()} shares fell on Monday."
    article = _parse(text)
    kind = _actor_kind(article, _span(text, noun.capitalize(), 0))
    assert kind not in ("organization", "person"), article.actors


# A word, a Romance "of" and a country's name are one body's name; a given
# name before them stays a person's, and the country a place.
FOREIGN_NAMES: list[Row] = [
    (
        "central-bank",
        "Banco de Mexico raised interest rates.",
        "Banco de Mexico",
        0,
        "organization",
    ),
    (
        "utility-after-with",
        "The deal with Electricite de France was signed.",
        "Electricite de France",
        0,
        "organization",
    ),
    (
        "oil-company",
        "Petroleos de Venezuela boosted output.",
        "Petroleos de Venezuela",
        0,
        "organization",
    ),
]

FOREIGN_NAMES_PLACES: list[tuple[str, str, str, int]] = [
    ("given-name-before", "Maria de Mexico sang on Monday.", "Mexico", 0),
    ("inside-the-name", "Gaz de France said prices would rise.", "France", 0),
    ("city-in-spanish", "He lives in Ciudad de Mexico.", "Ciudad de Mexico", 0),
]


@pytest.mark.parametrize("of", _word_class("foreign_of"))
def test_each_romance_of_joins_a_word_and_a_country(of: str) -> None:
    """Every Romance "of" of the class joins a capitalised word and a
    country's name into one organisation."""
    text = f"On Monday, Vantoria {of} Portugal said it would grow."
    article = _parse(text)
    span = _span(text, f"Vantoria {of} Portugal", 0)
    assert _actor_kind(article, span) == "organization", article.actors


@pytest.mark.parametrize(
    ("text", "surface", "nth"),
    [pytest.param(*r[1:], id=r[0]) for r in FOREIGN_NAMES_PLACES],
)
def test_places_after_a_romance_of(text: str, surface: str, nth: int) -> None:
    """The place is still a place mention."""
    article = _parse(text)
    span = _span(text, surface, nth)
    assert any(
        (m.start, m.end) == span for loc in article.locations for m in loc.mentions
    ), article.locations
    assert _actor_kind(article, span) != "person"


# A person's apposition with an age or a role gives the country they come
# from ("from" in the noun phrase) or their nationality; a place the person
# is at, or one a clause says they came from, gives none.
COUNTRIES: list[tuple[str, str, str, str | None]] = [
    (
        "age-role-from-city",
        "John Smith, 45, a teacher from Dubai, was arrested.",
        "John Smith",
        "AE",
    ),
    (
        "age-adjective-role-from-country",
        "Police arrested Maria Gonzalez, a 34-year-old nurse from Mexico.",
        "Maria Gonzalez",
        "MX",
    ),
    (
        "demonym",
        "Ana Costa, a Brazilian lawyer, said the ruling was unfair.",
        "Ana Costa",
        "BR",
    ),
    (
        "age-then-role-from-capital",
        "Ruben Ortega, 52, a lawyer from Lima, said the ruling was unfair.",
        "Ruben Ortega",
        "PE",
    ),
    (
        "where-they-work",
        "John Smith, a spokesman in Baghdad, said the talks failed.",
        "John Smith",
        None,
    ),
    (
        "a-clause-not-a-noun-phrase",
        "Maria Gonzalez, who flew from Mexico, said she was tired.",
        "Maria Gonzalez",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "country"), [pytest.param(*r[1:], id=r[0]) for r in COUNTRIES]
)
def test_country_from_an_apposition(text: str, name: str, country: str | None) -> None:
    """The person is found, with the country the apposition gives (or none)."""
    article = _parse(text)
    found = [a for a in article.actors if a.name == name]
    assert found, article.actors
    assert found[0].kind.value == "person"
    assert found[0].country == country


@pytest.mark.parametrize("verb", _word_class("any_subject_verb"))
def test_a_copula_after_a_lone_unknown_name_makes_no_person(verb: str) -> None:
    """ "Vantorix is ...": a copula takes any subject; the lone unknown name
    before it is no person."""
    text = f"The market fell. Vantorix {verb} a big producer of steel."
    article = _parse(text)
    assert _actor_kind(article, _span(text, "Vantorix", 0)) != "person"


# What a lone name before a verb still is.
SPEAKERS: list[Row] = [
    (
        "said",
        "The market fell. Okonkwo said the talks went well.",
        "Okonkwo",
        0,
        "person",
    ),
    (
        "visited",
        "The talks failed. Okonkwo visited Lagos on Monday.",
        "Okonkwo",
        0,
        "person",
    ),
    (
        "modal-before-a-verb",
        "The final is on Sunday. Murray will play the winner of the semi-final.",
        "Murray",
        0,
        "person",
    ),
    (
        "surname-known-to-the-lexicon-before-is",
        "The talks went on. Burns is expected in Cairo on Monday.",
        "Burns",
        0,
        "person",
    ),
    (
        "a-known-company-before-is",
        "Facebook is shutting a search feature.",
        "Facebook",
        0,
        "organization",
    ),
]


# Markets and agencies of business news: an exchange by its French name, an
# index, the rating agencies (a surname alone before a verb stays a person).
MARKETS: list[Row] = [
    ("bourse", "The Paris Bourse closed higher.", "Paris Bourse", 0, "organization"),
    (
        "rating-agency-possessive",
        "Moody's cut the rating on Monday.",
        # the company's name holds its "'s" (it is no one's possessive)
        "Moody's",
        0,
        "organization",
    ),
    (
        "rating-agency-ampersand",
        "The rating from Standard & Poor's was cut.",
        "Standard & Poor's",
        0,
        "organization",
    ),
    (
        "rating-agency-short",
        "Fitch said the outlook was stable.",
        "Fitch",
        0,
        "organization",
    ),
    (
        "surname-without-possessive",
        "The talks failed. Moody said he was tired.",
        "Moody",
        0,
        "person",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "The Dow Jones Industrial Average fell 20 points.",
        "The Vantoria Composite Average rose 1 percent.",
    ],
)
def test_an_index_is_no_person(text: str) -> None:
    """ "... Average": the name of a market index is no person's."""
    article = _parse(text)
    assert not [a for a in article.actors if a.kind.value == "person"], article.actors


# Given names of two romanised syllables joined by a hyphen, before or after
# the surname, keep the full name a person's; English compounds stay apart.
SYLLABLE_NAMES = [
    ("given-first", "Min-jun Kim joined the board in May.", "Min-jun Kim"),
    ("given-first-park", "Ji-hoon Park joined the board in May.", "Ji-hoon Park"),
    ("surname-first", "Soong Chu-yu joined the board in May.", "Soong Chu-yu"),
    ("surname-first-two-letters", "Hou Yu-ih joined the board in May.", "Hou Yu-ih"),
]


@pytest.mark.parametrize(
    ("text", "name"), [pytest.param(*r[1:], id=r[0]) for r in SYLLABLE_NAMES]
)
def test_a_hyphenated_syllable_given_name_makes_a_person(text: str, name: str) -> None:
    """The full name is one person's mention."""
    article = _parse(text)
    assert _actor_kind(article, _span(text, name, 0)) == "person", article.actors


@pytest.mark.parametrize("prefix", _word_class("compound_prefix"))
def test_a_compound_with_a_prefix_is_no_given_name(prefix: str) -> None:
    """ "Anti-war Vantorix": a prefix and a short word make a compound, so the
    words after it need evidence of their own to be a person's name."""
    text = f"{prefix.capitalize()}-war Vantorix joined the board in May."
    article = _parse(text)
    assert not [a for a in article.actors if a.kind.value == "person"], article.actors


def _census_given(step: int = 80) -> list[str]:
    """About `step` given names of the census list, spread over it."""
    names = [
        line
        for line in read_text("knowledge/data/given_names.txt.gz").splitlines()
        if line and not line.startswith("#")
    ]
    return [n.capitalize() for n in names[:: max(1, len(names) // step)]]


def _official_surnames(top: int = 400, step: int = 5) -> list[str]:
    """Every `step`-th of the `top` commonest last words of the officials'
    names (of every country), alphabetic only."""
    counts: Counter[str] = Counter()
    for row in iter_rows("knowledge/data/petrarch/officials.tsv.gz"):
        words = row[0].split()
        if len(words) >= 2 and words[-1].isalpha():
            counts[words[-1].title()] += 1
    return [s for s, _ in counts.most_common(top)][::step]


def _neutral(name: str) -> list[str]:
    """Sentences that say nothing of the name but where it stands."""
    return [f"{name} joined the board in May.", f"Police arrested {name} on Tuesday."]


@pytest.mark.parametrize("given", _census_given())
def test_census_given_names_open_a_person(given: str) -> None:
    """A census given name and a surname are a person in a neutral sentence."""
    name = f"{given} Okafor"
    for text in _neutral(name):
        assert _actor_kind(_parse(text), _span(text, name, 0)) == "person", text


@pytest.mark.parametrize("surname", _official_surnames())
def test_officials_surnames_close_a_person(surname: str) -> None:
    """A given name and a common surname of officials are a person in a
    neutral sentence."""
    name = f"Maria {surname}"
    for text in _neutral(name):
        assert _actor_kind(_parse(text), _span(text, name, 0)) == "person", text


@pytest.mark.parametrize("noun", _word_class("member_noun"))
def test_each_member_noun_makes_a_body_of_the_name_before_it(noun: str) -> None:
    """ "Tamil Tiger rebels", "Vantorix Brelland workers": a plural noun of
    members after a name of two capitalised words makes it an organisation;
    a person's full name before it stays a person's."""
    text = f"On Monday, Vantorix Brelland {noun} met in the capital."
    article = _parse(text)
    span = _span(text, "Vantorix Brelland", 0)
    assert _actor_kind(article, span) == "organization", article.actors
    text = f"On Monday, Maria Lopez {noun} met in the capital."
    article = _parse(text)
    assert _actor_kind(article, _span(text, "Maria Lopez", 0)) == "person"


@pytest.mark.parametrize("noun", _word_class("market_staff"))
def test_the_markets_staff_work_at_a_firm_named_like_a_town(noun: str) -> None:
    """ "analysts at Carnegie": the firm, an organisation, not the town; "in"
    keeps the town, and so do workers at it."""
    text = f"The {noun} at Carnegie said the forecast was in line."
    article = _parse(text)
    span = _span(text, "Carnegie", 0)
    assert _actor_kind(article, span) == "organization", article.actors
    assert not _is_place(article, span), article.locations
    text = f"The {noun} in Carnegie said the forecast was in line."
    assert _is_place(_parse(text), _span(text, "Carnegie", 0))


def test_workers_at_a_town_stay_at_the_town() -> None:
    """ "Workers at Carnegie": staff who work at sites leave the place one."""
    text = "Workers at Carnegie went on strike on Monday."
    assert _is_place(_parse(text), _span(text, "Carnegie", 0))


_HEADLINE_STORY = (
    "VANTORIX SAYS 1996 PROFIT TO RISE .\n"
    "Norwegian shipping group Vantorix ASA said on Thursday its profit would rise .\n"
    "Chief executive Brelland Hartwig told Reuters the outlook was good .\n"
    "HARTWIG SEES GAINS .\n"
)


@pytest.mark.parametrize(
    ("word", "name"),
    [("VANTORIX", "Vantorix ASA"), ("HARTWIG", "Brelland Hartwig")],
    ids=["company", "person"],
)
def test_a_name_in_a_capitals_headline_is_its_actor(word: str, name: str) -> None:
    """A headline in capitals writes a company's or a person's name the story
    names as it writes every word: the word is a mention of that actor."""
    article = _parse(_HEADLINE_STORY)
    span = _span(_HEADLINE_STORY, word, 0)
    found = [
        a for a in article.actors if any((m.start, m.end) == span for m in a.mentions)
    ]
    assert [a.name for a in found] == [name], article.actors


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        pytest.param(
            "Montenegro joined the Kingdom of Serbs, Croats and Slovenes, which "
            "became Yugoslavia.",
            "Slovenes",
            id="which-after-a-phrase-of-names",
        ),
        pytest.param(
            "He spoke at an event for the National Day of Prayer, which is held in May.",
            "Prayer",
            id="which-after-of",
        ),
    ],
)
def test_which_after_a_longer_phrase_types_no_name(text: str, surface: str) -> None:
    """ "which" refers to the phrase the name closes, not to the name."""
    article = _parse(text)
    assert _actor_kind(article, _span(text, surface, 0)) != "organization"


_NEW_SUFFIXES = [
    "management",
    "ventures",
    "advisors",
    "advisers",
    "pharma",
    "networks",
    "breweries",
    "railways",
    "bancorp",
]


@pytest.mark.parametrize("word", _NEW_SUFFIXES)
def test_a_word_of_business_closes_a_company(word: str) -> None:
    """ "Kestrel Capital Management said": a word of business closes the
    company's name, which a verb of speech after it leaves a company."""
    name = f"Kestrel Brelland {word.capitalize()}"
    text = f"{name} said it had sold its stake."
    article = _parse(text)
    assert _actor_kind(article, _span(text, name, 0)) == "organization", article.actors


def test_a_persons_party_is_no_organisation_of_the_person() -> None:
    """ "Brelland Hartwig's party": the possessive names the party's leader."""
    text = "Brelland Hartwig's party won the vote."
    article = _parse(text)
    assert _actor_kind(article, _span(text, "Brelland Hartwig", 0)) != "organization"


ACTOR_ROWS = EMPLOYERS + EMPLOYERS_PEOPLE + TYPED + FOREIGN_NAMES + SPEAKERS + MARKETS


@pytest.mark.parametrize(("text", "surface", "nth", "kind"), _ids(ACTOR_ROWS))
def test_actor_spans(text: str, surface: str, nth: int, kind: str) -> None:
    """The span is a mention of an actor of this kind."""
    article = _parse(text)
    assert _actor_kind(article, _span(text, surface, nth)) == kind, article.actors


ORG_COUNTRIES = [
    ("demonym", "Vantorix, the Swiss drugmaker, said sales rose.", "Vantorix", "CH"),
    (
        "possessive-country",
        "Norsk Hydro, Norway's biggest company, said profits rose.",
        "Norsk Hydro",
        "NO",
    ),
    (
        "no-body-in-the-apposition",
        "Vantorix, the maker of cars sold in France, said sales rose.",
        "Vantorix",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "country"), [pytest.param(*r[1:], id=r[0]) for r in ORG_COUNTRIES]
)
def test_country_of_a_company_from_its_apposition(
    text: str, name: str, country: str | None
) -> None:
    """An apposition that says what kind of body the company is gives its
    country; a place after a preposition in it gives none."""
    article = _parse(text)
    found = [a for a in article.actors if a.name == name]
    assert found, article.actors
    assert found[0].kind.value == "organization"
    assert found[0].country == country
