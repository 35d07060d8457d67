"""The events stage on the clause layer: admission, parties, conventions, speed.

Whole-pipeline tests (`parse_article`) on real news phrasings: what is an
event, who its parties are, and that nothing recurses or scans quadratically.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.cameo, e.trigger.text) for e in newsfacts.parse_article(text).events]


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    """(code, source name, target name) of each event of `text`."""
    return [
        (
            e.cameo,
            e.source.name if e.source else None,
            e.target.name if e.target else None,
        )
        for e in newsfacts.parse_article(text).events
    ]


# (id, sentence): no coded event (word senses, domestic acts, background)
NO_EVENT = [
    ("price-rise", "Oil prices shot up in March after the storm."),
    ("domestic-bill", "President Bush signed the bill into law on Tuesday."),
    ("history-year", "The former mayor was jailed for fraud in 2010."),
    ("death-alone", "Three elderly villagers died in the heat wave."),
    ("accident", "The tanker sank off the coast, and 12 sailors drowned."),
    ("taken-to-hospital", "Three people were taken to hospital with minor injuries."),
    ("taken-to-a-hospital", "The officer was taken to a hospital in stable condition."),
    ("linked-to", "Hackers linked to North Korea broke into the network."),
    ("linked-by", "China linked the hackers to Taiwan's army."),
    ("passed-bill", "The Senate passed a $95 billion aid package on Tuesday."),
    ("football-result", "Arsenal beat Chelsea 3-1 on Saturday."),
    ("draw-result", "Spain drew 1-1 with Italy in Seville."),
    ("executed-strategy", "The company executed its strategy well."),
    ("executed-warrant", "Police executed a search warrant at the house."),
    ("executed-projects", "The projects have been executed by army engineers."),
    ("sanctioned-plan", "The council sanctioned the plan."),
    ("company-operations", "The company began operations in Kenya."),
    (
        "company-start-of-operations",
        "The company announced the start of operations in Kenya.",
    ),
    ("airline-operations", "The airline launched operations in Brazil."),
    ("fire-drills", "The school held fire drills on Monday."),
    ("bill-to-ban", "The senator introduced a bill to ban TikTok."),
    ("motion-to-expel", "The lawmaker filed a motion to expel the ambassador."),
    ("tennis-result", "Nadal beat Federer 6-4, 6-3 in the final."),
    ("straight-sets", "Serena Williams beat Maria Sharapova in straight sets."),
    ("on-penalties", "Italy beat England on penalties."),
    ("in-the-final", "Federer beat Murray in the final on Sunday."),
    ("to-win-the-title", "Sinner beats Medvedev to win Australian Open title"),
    ("to-reach-the-final", "Spain beat Germany to reach the final."),
    ("to-win-a-named-cup", "Italy beat England to win Euro 2020."),
    ("scoring", "Saka opened the scoring in the 12th minute."),
    ("added-thing", "Netflix added 9 million subscribers in the quarter."),
    ("collapse", "The bridge collapsed, killing four people."),
    ("overturned", "A bus overturned on the highway, injuring 20 passengers."),
    ("fired-minister", "Argentina's president fired his economy minister."),
    ("sacked-coach", "The club sacked its coach on Monday."),
    ("struggling-to-pay", "The company is struggling to pay its debts."),
    ("struggled-with-inflation", "The government struggled with inflation."),
    (
        "dismissed-general",
        "President Zelenskiy dismissed his top general, Valery Zaluzhnyi.",
    ),
    ("dismissed-minister", "The president dismissed the defence minister on Monday."),
    (
        "dismissed-as-office",
        "Zelenskiy dismissed Zaluzhnyi as commander of the armed forces.",
    ),
    ("polls", "Turkish voters head to the polls on Sunday in a runoff."),
    ("heads-government", "Sunak heads the government."),
    ("founded", "Steve Jobs founded Apple in 1976."),
    ("exaggerated", "Iran exaggerated the threat from Israel."),
    ("vote", "The Senate is to vote on the bill later Thursday."),
    ("issued", "Ohio and Texas issued emergency declarations on Saturday."),
    (
        "history-coordinated",
        "A 1978 invasion drove the rebels out, began a 10-year occupation, "
        "and touched off a civil war.",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_EVENT], ids=[c[0] for c in NO_EVENT])
def test_sentences_without_a_coded_event(text: str) -> None:
    found = [c for c, _t in _events(text) if not c.startswith(("01", "02"))]
    assert found == [], text


# (id, sentence, expected CAMEO code, trigger)
CODED = [
    (
        "wants-another-to-act",
        "The US wants Israel to halt the offensive.",
        "0256",
        "wants",
    ),
    ("wants-another-uncoded-act", "Fiat wants Opel to close a plant.", "020", "wants"),
    (
        "dismissed-as-a-puppet",
        "Putin dismissed Zelenskiy as a puppet of the West.",
        "110",
        "dismissed",
    ),
    (
        "defeated-to-win-control",
        "Rebels defeated the army to win control of the town.",
        "190",
        "defeated",
    ),
    (
        "dismissed-the-proposal",
        "Russia dismissed the proposal.",
        "120",
        "dismissed the proposal",
    ),
    (
        "passive-keeps-its-object",
        "Three militants were given prison terms on Monday.",
        "173",
        "given",
    ),
    (
        "prefix-re-of-a-known-verb",
        "Britain re-imposed sanctions on Iran.",
        "163",
        "re-imposed sanctions",
    ),
    (
        "incursion-launched",
        "Ukraine launched an incursion into the Kursk region.",
        "190",
        "launched an incursion",
    ),
    (
        "counteroffensive-subject",
        "Ukraine's counteroffensive against Russian forces began in June.",
        "190",
        "counteroffensive",
    ),
    (
        "first-to-is-a-fact",
        "Malta became the first country to recognise Palestine.",
        "051",
        "recognise",
    ),
    (
        "start-of-operation",
        "The army announced the start of a military operation in the north.",
        "190",
        "start of a military operation",
    ),
    ("mediated-between", "Egypt mediated between Israel and Hamas.", "045", "mediated"),
    (
        "claimed-responsibility",
        "Islamic State claimed responsibility for the bombing.",
        "015",
        "claimed responsibility",
    ),
    (
        "denied-responsibility",
        "Hamas denied responsibility for the attack.",
        "016",
        "denied responsibility",
    ),
    ("said-stays-a-statement", "The minister said the plan would work.", "010", "said"),
    (
        "house-arrest",
        "Police placed the opposition leader under house arrest.",
        "173",
        "placed",
    ),
    (
        "house-arrest-passive",
        "The opposition leader was put under house arrest on Monday.",
        "173",
        "put",
    ),
    (
        "retaliated-with-tariffs",
        "China retaliated with tariffs on American soybeans.",
        "163",
        "retaliated",
    ),
    (
        "hit-with-tariffs",
        "The United States hit China with tariffs on steel.",
        "163",
        "hit",
    ),
    (
        "deal-worth",
        "China and Russia signed a trade agreement worth $10 billion on Monday.",
        "0311",
        "signed a trade agreement",
    ),
    ("test-fired", "North Korea test-fired a new missile.", "150", "test-fired"),
    (
        "test-launched",
        "Iran test-launched a ballistic missile on Monday.",
        "150",
        "test-launched",
    ),
    (
        "stretch-of-an-act",
        "The army launched 10 days of war games near the border.",
        "150",
        "launched 10 days of war games",
    ),
    (
        "round-of-talks",
        "Israel and Hamas held a second round of talks in Cairo.",
        "046",
        "held a second round of talks",
    ),
    (
        "wave-of-protests",
        "The opposition staged a wave of protests in the capital.",
        "141",
        "staged a wave of protests",
    ),
    (
        "spate-of-bombings",
        "Rebels carried out a spate of bombings in the city.",
        "183",
        "bombings",
    ),
    (
        "break-off-relations",
        "Chad broke off diplomatic relations with Qatar.",
        "161",
        "broke off diplomatic relations",
    ),
    (
        "break-off-talks",
        "The rebels broke off talks with the government.",
        "164",
        "broke off talks",
    ),
    (
        "strike",
        "Thousands of workers went on strike in France on Thursday.",
        "143",
        "went",
    ),
    # the object a pattern names is part of the trigger
    (
        "strike-deal",
        "Israel and Egypt struck a deal on Sunday.",
        "057",
        "struck a deal",
    ),
    # force by police against protesters is violent repression (175)
    ("police-shooting", "The police fired on protesters in Cairo.", "175", "fired"),
    ("police-shooting-gunmen", "The police fired on gunmen in Cairo.", "180", "fired"),
    ("army-killing", "Israeli troops killed two militants in Gaza.", "190", "killed"),
    (
        "charged",
        "Prosecutors charged the former minister with murder.",
        "173",
        "charged",
    ),
    ("indicted", "A Spanish court indicted Russian officials.", "173", "indicted"),
    (
        "unnamed-agent",
        "Three Afghan soldiers were killed in Kandahar.",
        "180",
        "killed",
    ),
    ("intent", "Israel agreed to release 200 Palestinian prisoners.", "0353", "agreed"),
    (
        "decline-comment",
        "The ministry declined to comment on the report.",
        "011",
        "declined",
    ),
    ("refuse-comment", "Police refused to comment.", "011", "refused"),
    ("protests-held", "Protests were held in Paris against the reform.", "141", "held"),
    (
        "prison-sentence",
        "The court gave the journalist a five-year prison sentence.",
        "173",
        "gave",
    ),
    (
        "news-coordinated",
        "Rebels seized the town on Monday and killed 20 villagers.",
        "180",
        "killed",
    ),
    ("added-that", "The minister added that talks would resume.", "010", "added"),
    ("warned-of-danger", "The WHO warned of a new outbreak.", "012", "warned"),
    ("warned-of-retaliation", "The army warned of retaliation.", "130", "warned"),
    (
        "medical-supplies",
        "The World Health Organization sent medical supplies to Gaza.",
        "073",
        "sent medical supplies",
    ),
    (
        "suspended-imports",
        "China suspended imports of Japanese seafood.",
        "163",
        "suspended imports",
    ),
    ("refuse-talks", "Iran declined to join the talks.", "125", "declined"),
    ("beating-no-score", "Gunmen beat two journalists in Lagos.", "182", "beat"),
    (
        "demanded-that-release",
        "Pakistan demanded that Poland release the prisoners.",
        "1053",
        "demanded",
    ),
    ("will-send-tanks", "Germany will send 14 tanks to Ukraine.", "0332", "send"),
    (
        "freed-over-150",
        "Israel said it would free over 150 Palestinian prisoners.",
        "0353",
        "free",
    ),
    (
        "handed-over-700-kg",
        "Swiss doctors handed over 700 kg of medicine to the Red Crescent.",
        "073",
        "handed over 700 kg of medicine",
    ),
    (
        "ratified-agreement",
        "Ukraine ratified an agreement with the European Union.",
        "057",
        "ratified an agreement",
    ),
    ("refused-tanks", "Germany refused to send tanks to Ukraine.", "1222", "refused"),
    (
        "beating-with-sticks",
        "Gunmen beat two journalists with sticks in Lagos.",
        "182",
        "beat",
    ),
    ("police-beat-with-batons", "Police beat protesters with batons.", "175", "beat"),
    (
        "final-days-no-game",
        "Police beat protesters in the final days of the campaign.",
        "175",
        "beat",
    ),
    (
        "negotiated-with",
        "The government negotiated with the rebels for weeks.",
        "046",
        "negotiated",
    ),
    (
        "union-strike",
        "The union called a nationwide strike.",
        "143",
        "called a nationwide strike",
    ),
    ("staged-strike", "Workers staged a strike at the port.", "143", "staged a strike"),
    (
        "launched-strike",
        "Israel launched a strike on Gaza.",
        "190",
        "launched a strike",
    ),
    (
        "missile-strike",
        "Russia launched a missile strike on Kyiv.",
        "195",
        "launched a missile strike",
    ),
    (
        "carried-out-strike",
        "Israel carried out a strike on Gaza.",
        "190",
        "carried out a strike",
    ),
    (
        "executed-activists",
        "Iran executed a man convicted of spying for Israel.",
        "1823",
        "executed",
    ),
    (
        "sanctioned-officials",
        "The US Treasury sanctioned five Iranian officials.",
        "163",
        "sanctioned",
    ),
    (
        "british-spelling",
        "The European Union penalised Poland over its judicial reforms.",
        "170",
        "penalised",
    ),
    (
        "army-operation",
        "The army launched an operation against the rebels.",
        "190",
        "launched an operation",
    ),
    (
        "offered-to-mediate",
        "Germany offered to mediate between the two sides.",
        "039",
        "offered",
    ),
    ("urged-to-mediate", "The UN urged Qatar to mediate.", "028", "urged"),
    (
        "refused-to-mediate",
        "Egypt refused to mediate between the factions.",
        "126",
        "refused",
    ),
    (
        "suspended-peace-process",
        "India suspended the peace process with Pakistan.",
        "164",
        "suspended the peace process",
    ),
    (
        "froze-talks",
        "The government froze peace talks with the rebels.",
        "164",
        "froze peace talks",
    ),
    (
        "arrested-in-a-raid",
        "Police arrested 12 people in a raid on a mosque.",
        "173",
        "arrested",
    ),
    (
        "mediation-effort",
        "Qatar launched a mediation effort between the Emirates and Saudi Arabia.",
        "045",
        "launched a mediation effort",
    ),
    (
        "extradited-suspected",
        "Zambia extradited suspected British militant Haroon Aswad to Britain.",
        "063",
        "extradited",
    ),
    (
        "lifted-state-of-emergency",
        "The government lifted the state of emergency in the province.",
        "0814",
        "lifted the state",
    ),
    (
        "ended-martial-law",
        "The government ended martial law.",
        "0814",
        "ended martial law",
    ),
    (
        "eased-emergency-measures",
        "Serbia eased emergency measures in Montenegro.",
        "0814",
        "eased emergency measures",
    ),
    ("sentenced-him", "The court sentenced him to ten years.", "173", "sentenced"),
    (
        "court-convicted",
        "The court convicted the former minister of corruption.",
        "116",
        "convicted",
    ),
    (
        "accused-of-violations",
        "Castro accused Washington of human rights violations in Iraq.",
        "1121",
        "accused",
    ),
    (
        "defeat-no-score",
        "The army defeated the rebels in the north.",
        "190",
        "defeated",
    ),
]


@pytest.mark.parametrize(
    ("text", "code", "trigger"), [c[1:] for c in CODED], ids=[c[0] for c in CODED]
)
def test_coded_acts(text: str, code: str, trigger: str) -> None:
    assert (code, trigger) in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Spain backed Sweden's bid to join NATO.",
        "Turkey opposed Sweden's bid to join NATO.",
        "Hungary delayed Sweden's attempt to join NATO.",
    ],
)
def test_a_to_clause_of_a_noun_is_an_aim(text: str) -> None:
    """ "Sweden's bid to join NATO" reports no joining; the act on the bid stays."""
    codes = [c for c, _t in _events(text)]
    assert codes and "040" not in codes, codes


def test_an_act_governed_through_try_goes_to_the_upper_verb() -> None:
    """ "warned X not to try to disarm Y": a warning, no disarming."""
    codes = [
        c
        for c, _t in _events(
            "Israel warned the Palestinian Authority not to try to disarm "
            "the militant groups."
        )
    ]
    assert codes and all(c.startswith("13") for c in codes), codes


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        (
            "Eight people were killed in an air strike by government forces.",
            "195",
            "government forces",
        ),
        (
            "Two civilians were killed in an Israeli air strike in Gaza.",
            "195",
            "Israel",
        ),
        ("Four people were killed in a bombing by militants.", "183", "militants"),
        ("Three soldiers were killed in an ambush by rebels.", "190", "rebels"),
    ],
    ids=["by-agent", "owner", "bombing", "ambush"],
)
def test_a_passive_takes_the_doer_of_the_event_it_happened_in(
    text: str, code: str, source: str
) -> None:
    """ "were killed in an air strike by X": X's air strike."""
    got = [(c, src) for c, src, _ in _coded(text)]
    assert got == [(code, source)], got


def test_what_an_act_is_about_is_no_act() -> None:
    found = _events("Obama criticized Kenyan officials for engaging in graft.")
    assert ("111", "criticized") in found
    assert not [c for c, _t in found if c.startswith(("18", "19"))]


def test_dateline_is_never_a_party() -> None:
    art = newsfacts.parse_article(
        "KABUL -- Taliban fighters attacked a police checkpoint on Monday."
    )
    assert art.events
    for ev in art.events:
        for who in (ev.source, ev.target):
            assert who is None or "KABUL" not in [m.text for m in who.mentions]


def test_place_after_a_preposition_of_place_is_no_party() -> None:
    art = newsfacts.parse_article("Thousands of protesters marched in New Delhi.")
    for ev in art.events:
        assert ev.target is None or ev.target.name != "New Delhi"


def test_every_party_is_an_actor_of_the_article() -> None:
    art = newsfacts.parse_article(
        "Police arrested 12 protesters in Cairo. Rebels attacked an army base."
    )
    assert len(art.events) >= 2
    for ev in art.events:
        for who in (ev.source, ev.target):
            assert who is None or who in art.actors


def test_mutual_act_once_or_mirrored() -> None:
    text = "Russia and China held talks in Beijing on Monday."
    once = [e for e in newsfacts.parse_article(text).events if e.cameo[:2] == "04"]
    assert [(e.source.name, e.target.name) for e in once if e.source and e.target] == [
        ("Russia", "China")
    ]
    from newsfacts import actors, dates, places
    from newsfacts.events import extract
    from newsfacts.text import Document

    doc = Document(text)
    pl = places.extract(doc)
    both = extract(
        doc, dates.extract(doc, None), pl, actors.extract(doc, pl), None, mirror=True
    )
    pairs = {(e.source.name, e.target.name) for e in both if e.source and e.target}
    assert pairs == {("Russia", "China"), ("China", "Russia")}


def test_negated_event_is_no_event_nor_the_main_event() -> None:
    art = newsfacts.parse_article(
        "Israel did not attack Gaza on Monday. Egypt hosted talks with Hamas."
    )
    assert [e.trigger.text for e in art.events if e.type == "ASSAULT"] == []
    assert art.main_event is not None and not art.main_event.negated


def test_uncoded_lead_act_is_the_main_event_only() -> None:
    art = newsfacts.parse_article("NASA launched a new Mars rover on Thursday.")
    assert all(e.type != "OTHER" for e in art.events)
    assert art.main_event is not None
    assert (art.main_event.type, art.main_event.cameo) == ("OTHER", "")


def test_long_list_of_actors_does_not_recurse() -> None:
    text = "officials met rebels and " * 3000 + "officials met rebels."
    art = newsfacts.parse_article(text)
    assert art.text == text  # finished without RecursionError


def test_many_lower_case_sentences_with_places() -> None:
    text = "police arrested two men in Cairo and rebels attacked Aleppo. " * 400
    art = newsfacts.parse_article(text)
    assert len(art.events) >= 1


@pytest.mark.parametrize(
    ("text", "root"),
    [
        pytest.param(
            "Barack Obama fired missiles at Syrian air bases on Friday.",
            "19",
            id="head-of-government",
        ),
        pytest.param(
            "Syrian rebels attacked United Nations peacekeepers near the border.",
            "19",
            id="rebels-against-peacekeepers",
        ),
        pytest.param(
            "Gunmen attacked a wedding party in the village on Friday.",
            "18",
            id="gunmen-against-civilians",
        ),
    ],
)
def test_force_is_coded_by_who_uses_it(text: str, root: str) -> None:
    """A government's force is its state's (19x), and so is an armed clash of
    insurgents with peacekeepers; gunmen attacking civilians is 18x."""
    article = newsfacts.parse_article(text, published="2019-11-26")
    roots = {e.cameo[:2] for e in article.events}
    assert root in roots and roots & {"18", "19"} == {root}


# (id, sentence, party name, its country or None): a bare group takes the
# country where it acts, but not where parties meet
SITUATED = [
    (
        "police-arrest",
        "Police arrested 12 protesters in Cairo on Monday.",
        "Police",
        "EG",
    ),
    ("army-shelled", "The army shelled rebel positions near Aleppo.", "army", "SY"),
    (
        "president-met-abroad",
        "The president met Chinese leader Xi Jinping in Beijing last week.",
        "president",
        None,
    ),
    (
        "officials-talks-abroad",
        "Government officials held talks with the rebels in Doha on Monday.",
        "Government officials",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [c[1:] for c in SITUATED],
    ids=[c[0] for c in SITUATED],
)
def test_where_a_group_acts_gives_its_country(
    text: str, name: str, country: str | None
) -> None:
    article = newsfacts.parse_article(text)
    sources = [e.source for e in article.events if e.source is not None]
    assert [a.country for a in sources if a.name.lower() == name.lower()] == [country]


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at demonstrators in Nairobi.",
        "Police arrested 12 protesters in Cairo, and police in Ankara detained 20.",
        "Gunmen killed five villagers in northern Nigeria on Sunday, police said.",
    ],
    ids=["nairobi", "two-countries", "nigeria"],
)
def test_one_actor_per_mention(text: str) -> None:
    article = newsfacts.parse_article(text)
    spans = [(m.start, m.end) for a in article.actors for m in a.mentions]
    assert len(spans) == len(set(spans))
    ids = {id(a) for a in article.actors}
    for e in article.events:
        for party in (e.source, e.target):
            assert party is None or id(party) in ids


# (id, sentence, CAMEO code, place): a visit of a place is a visit (042), the
# place where it happens; a planned one an intent to meet (036)
VISITS = [
    (
        "visited",
        "French President Emmanuel Macron visited Kabul on Monday.",
        "042",
        "Kabul",
    ),
    ("minister", "The minister visited Kabul on Monday.", "042", "Kabul"),
    ("flew-to", "Emmanuel Macron flew to Guangzhou on Friday.", "042", "Guangzhou"),
    (
        "arrived",
        "The Japanese foreign minister arrived in Beijing on Sunday.",
        "042",
        "Beijing",
    ),
    ("travelled", "The US envoy travelled to Khartoum for talks.", "042", "Khartoum"),
    (
        "will-travel",
        "Prime Minister Narendra Modi will travel to Washington next month.",
        "036",
        "Washington",
    ),
]


@pytest.mark.parametrize(
    ("text", "code", "place"), [c[1:] for c in VISITS], ids=[c[0] for c in VISITS]
)
def test_a_visit_of_a_place(text: str, code: str, place: str) -> None:
    events = newsfacts.parse_article(text).events
    assert [(e.cameo, e.location.name if e.location else None) for e in events] == [
        (code, place)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The closure will affect people travelling to Cirencester from Gloucester.",
        "Tourists visited Paris in record numbers last year.",
        "The minister visited the hospital on Monday.",
        "He plans to visit Disneyland with his children.",
    ],
    ids=["commuters", "tourists", "no-place", "not-a-place"],
)
def test_no_visit_of_state(text: str) -> None:
    assert [
        e.cameo
        for e in newsfacts.parse_article(text).events
        if e.cameo[:3] in ("042", "036")
    ] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin denied targeting civilians.",
        "Israel denied that its troops had fired on the convoy.",
        "The army denied it had shelled the village.",
    ],
    ids=["gerund", "that-clause", "bare-clause"],
)
def test_a_denied_act_is_a_denial(text: str) -> None:
    """CAMEO 016 (deny responsibility) by the one who denies; the act denied
    is no event of its own."""
    events = newsfacts.parse_article(text).events
    assert [e.cameo for e in events] == ["016"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Israel released the mayor, who was arrested last year.", "084"),
        ("Israel released the minister, who was arrested in 2019.", "084"),
        (
            "The president, who visited Kyiv in 2022, met Zelensky in Paris on Monday.",
            "040",
        ),
        (
            "The rebels, who seized the town in 2014, attacked an army base on Sunday.",
            "180",
        ),
    ],
    ids=["last-year", "a-past-year", "inside-the-main-clause", "inside-seized"],
)
def test_a_past_act_in_a_relative_clause_is_background(text: str, code: str) -> None:
    """Dated before the news, the relative clause's act is background: the
    release is the event, not the arrest of last year."""
    events = newsfacts.parse_article(text, published="2024-05-01").events
    assert [e.cameo for e in events] == [code]


# (sentence, CAMEO code, target): what is sent or given is no party, the one it
# goes to is the target; the one acted upon may stand one phrase down, or be
# the country an owned object is moved from or to
TARGETS = [
    ("Germany sent troops to Mali.", "062", "Mali"),
    ("Germany supplied tanks to Ukraine.", "072", "Ukraine"),
    ("Germany delivered weapons to Ukraine.", "072", "Ukraine"),
    ("Poland sent tanks to Ukraine in January.", "072", "Ukraine"),
    ("Germany supplied ammunition to Ukraine.", "072", "Ukraine"),
    ("Greece sent rescue teams to Turkey.", "073", "Turkey"),
    ("Macron spoke by phone with Zelensky on Tuesday.", "041", "Zelensky"),
    ("Japan pledged $5 billion in aid to Ukraine.", "033", "Ukraine"),
    ("Japan pledged aid to Ukraine.", "033", "Ukraine"),
    ("Japan offered aid to Ukraine.", "033", "Ukraine"),
    ("Venezuela recalled its ambassador from Colombia.", "161", "Colombia"),
    ("North Korea and South Korea exchanged fire on Monday.", "193", "South Korea"),
    ("India and Pakistan traded accusations over the clash.", "112", "Pakistan"),
    ("Armenia and Azerbaijan agreed to a truce on Monday.", "0356", "Azerbaijan"),
    ("France withdrew its troops from Mali.", "0874", "Mali"),
    ("Russia and Ukraine exchanged prisoners on Friday.", "0841", "Ukraine"),
    ("Russia exchanged prisoners with Ukraine.", "0841", "Ukraine"),
    ("Israel welcomed the decision by South Korea.", "052", "South Korea"),
    # a ship seized is property confiscated (1711), as the dictionary's "seize boat"
    ("Vietnam seized a ship belonging to France.", "1711", "France"),
    ("Indonesia boycotted the summit hosted by Spain.", "125", "Spain"),
    ("Israeli jets struck positions inside Syria.", "195", "Syria"),
    ("Turkey shelled Kurdish positions in Iraq.", "194", "Iraq"),
    ("The United Nations condemned the coup in Myanmar.", "111", "Myanmar"),
    ("Japan pledged support for Ethiopia.", "032", "Ethiopia"),
    ("The IMF approved a $3 billion loan for Pakistan.", "0311", "Pakistan"),
    ("The bank froze the assets of the former president.", "163", "president"),
    ("Police raided the offices of the opposition party.", "175", "opposition party"),
    ("Britain expressed solidarity for Ukraine.", "051", "Ukraine"),
    ("Washington criticized the crackdown in Iran.", "111", "Iran"),
    (
        "Pakistan condemned what it called the Israeli aggression on Lebanon.",
        "1123",
        "Israel",
    ),
    (
        "China criticized what it described as US interference in its affairs.",
        "111",
        "United States",
    ),
    (
        "Amnesty International called on Egypt to release the activists.",
        "0253",
        "Egypt",
    ),
    ("The EU appealed to Russia to stop the bombing of Kharkiv.", "0256", "Russia"),
    ("Turkey warned Sweden that it would block its NATO bid.", "130", "Sweden"),
    ("Russia agreed with Ukraine to exchange prisoners.", "0353", "Ukraine"),
    (
        "Kenya said on Monday that Somalia had attacked its border posts.",
        "190",
        "Kenya",
    ),
    ("Israel said Hamas fired rockets at its towns.", "195", "Israel"),
    ("China and India agreed to disengage troops along the border.", "0356", "India"),
    ("Armenia and Azerbaijan agreed to withdraw their forces.", "035", "Azerbaijan"),
]


def test_an_attack_in_the_attackers_own_country_names_no_target() -> None:
    text = "Nigerian troops bombed camps in Nigeria."
    got = [(e.cameo[:2], e.target) for e in newsfacts.parse_article(text).events]
    assert got == [("19", None)], got


@pytest.mark.parametrize(
    ("text", "code", "target"),
    TARGETS,
    ids=[f"{c[0].split()[1]}-{c[1]}-{i}" for i, c in enumerate(TARGETS)],
)
def test_who_is_acted_upon(text: str, code: str, target: str) -> None:
    got = [
        (e.cameo, e.target.name if e.target is not None else None)
        for e in newsfacts.parse_article(text).events
    ]
    assert (code, target) in got, got


def test_an_owned_object_with_no_country_after_stays_the_target() -> None:
    got = [
        e.target.name if e.target is not None else None
        for e in newsfacts.parse_article("The party expelled its leader.").events
    ]
    assert got == ["leader"]


@pytest.mark.parametrize(
    "text",
    [
        "The leaders of France and Germany met in Paris.",
        "The foreign ministers of France and Germany met on Monday.",
        "Officials from France and Germany held talks in Brussels.",
    ],
    ids=["leaders", "ministers", "officials"],
)
def test_role_noun_of_several_states_acts_for_them(text: str) -> None:
    """A meeting of "the leaders of France and Germany" is France's with Germany."""
    got = {
        (e.source.name, e.target.name)
        for e in newsfacts.parse_article(text).events
        if e.source is not None and e.target is not None
    }
    assert ("France", "Germany") in got or ("Germany", "France") in got, got


def test_groups_after_a_quantity_stay_groups() -> None:
    """Only named states or bodies stand in for the role noun: "hundreds of
    protesters and police" keep the protesters as the source."""
    text = "Hundreds of protesters and police clashed in the capital."
    got = [e.source.name for e in newsfacts.parse_article(text).events if e.source]
    assert got == ["protesters"]


@pytest.mark.parametrize(
    "text",
    [
        "Secretary of State Antony Blinken met Chinese officials in Beijing.",
        "U.S. Secretary of State Antony Blinken met Chinese officials in Beijing.",
        "Secretary of Defense Lloyd Austin met Chinese officials in Beijing.",
    ],
    ids=["bare", "with-country", "defense"],
)
def test_a_title_with_of_names_its_holder(text: str) -> None:
    """ "Secretary of State Antony Blinken" acts as Blinken, not as his country."""
    sources = [e.source.kind for e in newsfacts.parse_article(text).events if e.source]
    assert sources and sources[0] == newsfacts.ActorKind.PERSON


def test_a_clause_with_a_date_of_the_news_is_news() -> None:
    """A past year beside a date of the news does not make the clause history."""
    text = "A former police officer was sentenced Friday for a shooting in 2021."
    article = newsfacts.parse_article(text, published=dt.date(2024, 1, 5))
    assert [(e.cameo, e.trigger.text) for e in article.events] == [("173", "sentenced")]
    history = "The officer was sentenced for a shooting in 2021."
    assert not newsfacts.parse_article(history, published=dt.date(2024, 1, 5)).events


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Ukraine said it shot down drones. Russia's Defense Ministry said its "
            "forces had hit military targets.",
            "RU",
        ),
        ("The Israeli army said its troops had killed five militants.", "IL"),
    ],
    ids=["russia-after-ukraine", "israel"],
)
def test_a_speakers_own_group_is_of_its_country(text: str, country: str) -> None:
    """ "said its forces had hit": the forces are the speaker's, not of the
    country the story named last."""
    events = newsfacts.parse_article(text).events
    assert events[-1].source is not None
    assert events[-1].source.country == country


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        ("Brazil's president criticized Argentina.", "Brazil's president", "BRAGOV"),
        ("Russia's forces shelled Kharkiv.", "Russia's forces", "RUSMIL"),
        ("Haftar's forces attacked Tripoli.", "Haftar", "LBYMIL"),
    ],
    ids=["country-president", "country-forces", "person-forces"],
)
def test_a_countrys_role_noun_keeps_its_sector(
    text: str, source: str, code: str
) -> None:
    """A country's group keeps the part of the state it names; a person's
    group acts for that person."""
    got = [
        (e.source.name, e.source.code)
        for e in newsfacts.parse_article(text, published=dt.date(2024, 5, 15)).events
        if e.source is not None
    ]
    assert (source, code) in got, got


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ethiopia demanded the release of prisoners held by Kenya.", "1053"),
        ("Iran rejected the deployment of NATO troops.", "120"),
    ],
    ids=["demanded-release", "rejected-deployment"],
)
def test_an_act_demanded_or_rejected_has_not_happened(text: str, code: str) -> None:
    """The object of a demand, appeal, intent, rejection or threat names an
    act still to come: no event of its own."""
    assert [e.cameo for e in newsfacts.parse_article(text).events] == [code]


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        (
            "Talks between Israel and Hamas took place in Cairo.",
            "046",
            "Israel",
            "Hamas",
        ),
        ("A meeting between Putin and Xi took place in Moscow.", "040", "Putin", "Xi"),
        (
            "Clashes between police and protesters left three people dead.",
            "180",
            "police",
            "protesters",
        ),
    ],
    ids=["talks", "meeting", "clashes"],
)
def test_an_act_between_two_sides(
    text: str, code: str, source: str, target: str
) -> None:
    """ "X between A and B": A's act with B."""
    got = _coded(text)
    assert (code, source, target) in got, got


def test_a_killing_hanging_from_repression_is_repression() -> None:
    text = "Security forces opened fire on protesters, killing at least 18 people."
    codes = {e.cameo for e in newsfacts.parse_article(text).events}
    assert codes == {"175"}, codes


def test_an_abduction_in_a_country_targets_the_abducted() -> None:
    text = "Militants abducted 20 schoolgirls in northern Nigeria."
    got = [(e.cameo, e.target) for e in newsfacts.parse_article(text).events]
    assert got == [("181", None)], got


@pytest.mark.parametrize(
    "text",
    [
        "Iran currently faces three sets of United Nations Security Council sanctions.",
        "The president faced his rival in a televised debate.",
    ],
    ids=["faces-sanctions", "faced-rival"],
)
def test_facing_is_no_meeting(text: str) -> None:
    assert not [e for e in newsfacts.parse_article(text).events if e.cameo == "040"]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people watched the parade.",
        "Reporters saw bodies in the streets.",
        "The company saw sales fall by 10 percent.",
        "Residents witnessed the shelling of the market.",
        "It was the biggest attack observers have ever seen.",
    ],
    ids=["watched", "saw", "saw-fall", "witnessed", "ever-seen"],
)
def test_seeing_is_no_statement(text: str) -> None:
    """Perception is not something said (CAMEO 010)."""
    got = [e.cameo for e in newsfacts.parse_article(text).events]
    assert "010" not in got, got


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("The minister sees the plan as a threat.", "010", "sees"),
        ("The minister noted that the talks had stalled.", "010", "noted"),
        ("The UN chief said he sees a chance for peace.", "013", "sees a chance"),
    ],
    ids=["sees-as", "noted-that", "sees-a-chance"],
)
def test_a_view_said_is_still_a_statement(text: str, code: str, trigger: str) -> None:
    assert (code, trigger) in _events(text)


# (sentence, CAMEO code, target or None): the forces moved or alerted are the
# mover's own; the country they are sent to or readied against is the target
POSTURES = [
    ("Turkey deployed troops to the border with Syria.", "154", "Syria"),
    ("Russia massed troops along the border with Ukraine.", "154", "Ukraine"),
    ("Russia has amassed 100,000 troops near Ukraine.", "154", "Ukraine"),
    ("The government put the army on high alert.", "152", None),
    ("The ministry deployed soldiers in the capital.", "154", None),
    ("China conducted military drills around Taiwan.", "150", "Taiwan"),
    ("Iran held naval drills in the Gulf.", "150", None),
    ("China held joint drills with Russia.", "062", "Russia"),
    ("Russia and China held naval drills in the Pacific.", "062", "China"),
    ("Iran held war games near the strait.", "150", None),
]


@pytest.mark.parametrize(
    ("text", "code", "target"),
    POSTURES,
    ids=[
        "deployed-to-border",
        "massed",
        "amassed",
        "on-alert",
        "deployed-in-capital",
        "drills-around",
        "naval-drills",
        "joint-drills",
        "drills-together",
        "war-games",
    ],
)
def test_a_show_of_force_targets_whom_it_is_aimed_at(
    text: str, code: str, target: str | None
) -> None:
    got = [
        (e.cameo, e.target.name if e.target is not None else None)
        for e in newsfacts.parse_article(text).events
    ]
    assert got == [(code, target)], got


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "The rebels captured and killed two soldiers.",
            "captured",
            "rebels",
            "soldiers",
        ),
        (
            "The journalist was arrested and jailed by the police.",
            "arrested",
            "police",
            "journalist",
        ),
        (
            "The embassy was attacked and looted by protesters.",
            "attacked",
            "protesters",
            "embassy",
        ),
    ],
    ids=["shared-object", "shared-agent", "shared-agent-two-events"],
)
def test_verbs_joined_by_and_share_their_arguments(
    text: str, trigger: str, source: str, target: str
) -> None:
    got = [
        (
            e.trigger.text,
            e.source.name if e.source else None,
            e.target.name if e.target else None,
        )
        for e in newsfacts.parse_article(text).events
    ]
    assert (trigger, source, target) in got, got


def test_a_first_verb_with_its_own_object_keeps_it() -> None:
    text = "Police arrested three protesters and charged the journalist."
    got = {
        e.trigger.text: e.target.name if e.target else None
        for e in newsfacts.parse_article(text).events
    }
    assert got.get("arrested") != "journalist", got


@pytest.mark.parametrize(
    "text",
    [
        "The suspect will appear in court on Friday.",
        "The former president appeared in court on corruption charges.",
    ],
    ids=["will-appear", "appeared"],
)
def test_who_appears_in_court_is_acted_upon_and_threatens_no_one(text: str) -> None:
    got = [
        (e.cameo, e.source, e.target.name if e.target else None)
        for e in newsfacts.parse_article(text).events
    ]
    assert len(got) == 1 and got[0][0] == "173" and got[0][1] is None, got
    assert got[0][2] in ("suspect", "president"), got


def test_an_aide_is_a_party() -> None:
    """ "aide" and "adviser" are role nouns: the one acted upon is an actor."""
    text = "An aide to the former mayor has been indicted on bribery charges."
    got = [
        (e.cameo, e.target.name if e.target else None)
        for e in newsfacts.parse_article(text).events
    ]
    assert got == [("173", "aide")], got


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Honduras condemned the attack on Israel.", None),
        ("France condemned the attack on Israel by Hamas.", "Hamas"),
        ("The EU condemned the arrest of the editor.", None),
        ("The UN condemned the coup in Myanmar.", "Myanmar"),
        ("India lodged a protest against Pakistan over the dam.", "Pakistan"),
    ],
    ids=[
        "victim",
        "victim-and-doer",
        "arrested",
        "place-of-the-act",
        "protest-against",
    ],
)
def test_a_comment_on_an_act_does_not_target_its_victim(
    text: str, target: str | None
) -> None:
    got = [
        e.target.name if e.target else None
        for e in newsfacts.parse_article(text).events
        if e.cameo.startswith("11")
    ]
    assert got == [target], got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A bomb exploded in Tokyo, killing five people.", "Tokyo"),
        (
            "A bomb went off in a market in Lagos on Monday, wounding 12 people.",
            "Lagos",
        ),
    ],
    ids=["exploded-killing", "went-off-wounding"],
)
def test_a_participle_takes_the_place_of_the_act_it_hangs_from(
    text: str, place: str
) -> None:
    events = newsfacts.parse_article(text).events
    assert events and all(
        e.location is not None and e.location.name == place for e in events
    ), [(e.cameo, e.location) for e in events]


def test_an_operation_announced_in_the_capital_is_placed_there() -> None:
    text = (
        "Fighting erupted in Tripoli. On April 4, Field Marshal Khalifa Haftar "
        "announced the start of an operation in the capital."
    )
    got = [
        (e.cameo, e.trigger.text, e.location.name if e.location else None)
        for e in newsfacts.parse_article(text, published="2019-11-26").events
    ]
    assert ("190", "start of an operation", "Tripoli") in got, got


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("The president ordered troops to be ready for combat.", "152", None),
        ("The president ordered all forces to prepare for defense.", "152", None),
        ("The president ordered the army to mobilise.", "150", None),
        ("The president ordered the minister to prepare a report.", "100", "minister"),
        (
            "The president ordered all paramilitaries to be ready for defense.",
            "152",
            None,
        ),
        ("The president gave the order to the army to be on high alert.", "152", None),
    ],
    ids=[
        "ready",
        "prepare-for-defense",
        "mobilise",
        "no-forces",
        "paramilitaries",
        "order-given",
    ],
)
def test_an_order_to_ones_own_forces_is_their_alert(
    text: str, code: str, target: str | None
) -> None:
    got = [
        (e.cameo, e.target.name if e.target else None)
        for e in newsfacts.parse_article(text).events
    ]
    assert got == [(code, target)], got


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The foreign relations committee of the Senate criticized Turkey.", "Senate"),
        (
            "Russia's lower house of parliament accused Britain of meddling.",
            "parliament",
        ),
    ],
    ids=["committee-of", "house-of"],
)
def test_a_body_of_an_actor_acts_for_it(text: str, source: str) -> None:
    got = [
        e.source.name if e.source else None
        for e in newsfacts.parse_article(text).events
    ]
    assert got == [source], got


def test_a_person_named_beside_a_role_is_the_party() -> None:
    text = "Canada's foreign minister, Kenji Sato, criticized Poland on Tuesday."
    got = [
        (e.source.name, e.source.country)
        for e in newsfacts.parse_article(text).events
        if e.source is not None
    ]
    assert got == [("Kenji Sato", "CA")], got


def test_a_role_of_one_country_acts_for_it() -> None:
    text = "The government of Poland expelled the ambassador of Mexico."
    got = [
        (e.cameo, e.source.code, e.target.code)
        for e in newsfacts.parse_article(text).events
        if e.source is not None and e.target is not None
    ]
    assert got == [("161", "POLGOV", "MEXGOV")], got


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Armenia and Azerbaijan ended their war last year. "
            "The two countries signed a peace deal in Washington on Friday.",
            "Armenia",
            "Azerbaijan",
        ),
        (
            "Putin spoke with Xi on Monday. The two leaders agreed to expand trade.",
            "Putin",
            "Xi",
        ),
    ],
    ids=["two-countries", "two-leaders"],
)
def test_the_two_countries_are_the_last_two_named(
    text: str, source: str, target: str
) -> None:
    events = newsfacts.parse_article(text).events
    last = events[-1]
    assert last.source is not None and last.target is not None
    assert (last.source.name, last.target.name) == (source, target)


def test_the_two_countries_with_none_named_before_are_no_party() -> None:
    assert (
        newsfacts.parse_article("The two countries signed a peace deal.").events == ()
    )


def test_what_would_have_happened_is_hypothetical_not_a_threat() -> None:
    # what could have happened did not: no event (kept, marked hypothetical,
    # only by `events.extract(..., unreal=True)`)
    events = newsfacts.parse_article("The army could have prevented the attack.").events
    assert [(e.cameo, e.mode) for e in events] == []
    text = "He said that with more evidence he would have punished them."
    codes = [e.cameo for e in newsfacts.parse_article(text).events]
    assert not [c for c in codes if c.startswith("13")], codes


@pytest.mark.xfail(
    strict=True,
    reason="known gap: a past act in a reduced relative is still coded; this held "
    "only while 'last month' of a text of 1 January counted as a past year",
)
@pytest.mark.parametrize("published", ["2019-01-01", "2019-02-15"])
def test_a_past_act_in_a_reduced_relative_inside_a_report_is_background(
    published: str,
) -> None:
    text = "Italy says an Italian photographer kidnapped in Afghanistan last month has been freed."
    codes = [e.cameo for e in newsfacts.parse_article(text, published=published).events]
    assert "181" not in codes, codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Protesters attacked police in the capital.", "145"),
        ("Demonstrators ransacked the embassy.", "145"),
        ("Protesters stormed the parliament building.", "145"),
        ("Protesters seized the state television station.", "145"),
        ("Opposition supporters clashed with ruling party activists.", "145"),
        ("Protesters killed a policeman.", "180"),
        ("A mob lynched two men accused of theft.", "180"),
        ("Rebels attacked the town.", "180"),
        ("Police attacked protesters in the capital.", "175"),
        ("The opposition attacked the government's plan.", "111"),
    ],
    ids=[
        "attack",
        "ransack",
        "storm",
        "seize",
        "clash",
        "killing-stays",
        "mob-is-no-protest",
        "rebels-are-no-protesters",
        "police-upon-protesters",
        "words-are-no-riot",
    ],
)
def test_force_by_protesters_is_a_riot(text: str, code: str) -> None:
    assert [e.cameo for e in newsfacts.parse_article(text).events] == [code]


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("Russia said it was ready for talks with Ukraine.", "036", "Ukraine"),
        ("Russia is open to talks with Ukraine.", "036", "Ukraine"),
        ("Hamas said it was open to negotiations with Israel.", "036", "Israel"),
        ("Russia is ready to negotiate with Ukraine.", "036", "Ukraine"),
    ],
    ids=["ready-for", "open-to", "open-to-reported", "ready-to-verb"],
)
def test_a_predicate_of_an_act_named_by_a_noun(
    text: str, code: str, target: str
) -> None:
    got = [
        (e.cameo, e.target.name if e.target else None)
        for e in newsfacts.parse_article(text).events
    ]
    assert got == [(code, target)]


@pytest.mark.parametrize(
    "text",
    [
        "The border is open to traffic.",
        "The team is ready for the final.",
        "The market is open to foreign investors.",
    ],
    ids=["traffic", "final", "investors"],
)
def test_a_predicate_of_no_act_is_no_event(text: str) -> None:
    assert newsfacts.parse_article(text).events == ()


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        ("Police officers arrested a man on Friday.", "173", "Police officers"),
        ("Officers arrested two women on Friday.", "173", "Officers"),
        ("State troopers arrested the driver.", "173", "State troopers"),
        ("Detectives arrested two men on Friday.", "173", "Detectives"),
        ("Soldiers shot a teenager at the checkpoint.", "190", "Soldiers"),
    ],
    ids=["police-officers", "officers", "troopers", "detectives", "soldiers"],
)
def test_an_act_upon_people_no_actor_names(text: str, code: str, source: str) -> None:
    assert [(c, src) for c, src, _ in _coded(text)] == [(code, source)]


def test_people_hired_are_no_party() -> None:
    assert newsfacts.parse_article("The company hired 200 people.").events == ()


def test_an_aside_between_subject_and_verb() -> None:
    text = "Interior Minister Mohammed Ali (pictured) condemned the attack."
    assert [(c, src) for c, src, _ in _coded(text)] == [("111", "Mohammed Ali")]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Police questioned the suspect on Monday.", ["090"]),
        ("A Senate committee questioned top executives of five oil firms.", ["090"]),
        ("The opposition questioned the decision.", []),
        ("Analysts questioned whether the plan would work.", []),
    ],
    ids=["suspect", "executives", "decision", "whether"],
)
def test_questioning_is_of_people(text: str, codes: list[str]) -> None:
    assert [e.cameo for e in newsfacts.parse_article(text).events] == codes


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Russian forces attacked Kyiv overnight, the air force said on Sunday, "
            "killing at least four people.",
            "Russian forces",
        ),
        (
            "Gunmen attacked a police station, officials said, killing three officers.",
            "Gunmen",
        ),
    ],
    ids=["air-force-said", "officials-said"],
)
def test_a_participle_after_a_trailing_attribution_acts_for_the_reported_clause(
    text: str, source: str
) -> None:
    sources = {e.source.name for e in newsfacts.parse_article(text).events if e.source}
    assert sources == {source}, sources


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Hamas said its fighters had attacked Israeli troops in Gaza.", "Hamas"),
        (
            "The Rapid Support Forces said its fighters had repelled an attack on El Fasher.",
            "Rapid Support Forces",
        ),
        (
            "Russia's Defense Ministry said its forces had hit Ukrainian positions.",
            "forces",
        ),
    ],
    ids=["hamas", "rsf", "ministry-forces-stay-the-states"],
)
def test_its_members_in_an_organisations_statement_are_the_organisation(
    text: str, source: str
) -> None:
    events = newsfacts.parse_article(text).events
    assert [e.source.name for e in events if e.source] == [source]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Burhan rejected a U.S.-brokered truce with the Rapid Support Forces.",
            "Rapid Support Forces",
        ),
        ("Kenya rejected a U.S.-drafted plan.", "United States"),
    ],
    ids=["brokered-by-is-no-party", "drafted-names-the-owner"],
)
def test_the_doer_of_a_joined_participle_is_no_party(text: str, target: str) -> None:
    events = newsfacts.parse_article(text).events
    assert [e.target.name for e in events if e.target] == [target]


def test_an_owned_object_of_an_unnamed_group_is_not_the_speakers() -> None:
    text = "A Houthi spokesman said the group would continue its attacks."
    events = newsfacts.parse_article(text).events
    assert [e.target for e in events] == [None]


def test_the_adjective_of_a_known_group_names_it() -> None:
    text = "Saudi jets bombed Houthi positions in Yemen."
    assert [(src, tgt) for _, src, tgt in _coded(text)] == [("Saudi jets", "Houthis")]


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("The president traveled to Iraq on Friday.", "042", "president", "Iraq"),
        ("The Pope traveled to Iraq on Friday.", "042", "Pope", "Iraq"),
        ("The King met the prime minister on Monday.", "040", "King", "minister"),
    ],
    ids=["travel-to-country", "capitalised-role", "king"],
)
def test_a_visit_and_a_capitalised_role_after_the(
    text: str, code: str, source: str, target: str
) -> None:
    assert _coded(text) == [(code, source, target)]


def test_a_capitalised_role_noun_before_a_name_is_no_group() -> None:
    names = [
        a.name
        for a in newsfacts.parse_article(
            "The Police Federation said the plan was wrong."
        ).actors
    ]
    assert "Police" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agentless passive is its own report: its victims are no target of
        # another clause's act
        (
            "The army opened fire overnight, while the governor said two "
            "people were killed.",
            ("180", None, "people"),
        ),
        # a participle continuing the act merges into it
        (
            "A camp for refugees was attacked by militiamen armed with machetes, "
            "killing at least 156 people.",
            ("180", "militiamen", "people"),
        ),
    ],
    ids=["passive-apart", "participle-merges"],
)
def test_reports_merge_only_through_a_stated_link(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    coded = _coded(text)
    assert expected in coded
    _code, source, target = expected
    if source is None:
        # no record makes another clause's source the killer
        assert not any(t == target and s is not None for _, s, t in coded)


@pytest.mark.parametrize(
    "text",
    [
        "China accused the Philippines of ramming its ship.",
        "Beijing accused Manila of deliberately ramming its ship.",
    ],
)
def test_an_act_one_is_accused_of_is_the_accusation_alone(text: str) -> None:
    """What the accused is said to have done is the accusation's matter, not
    an act of the accuser (an adverb before the gerund changes nothing)."""
    assert [c for c, _t in _events(text)] == ["112"]
