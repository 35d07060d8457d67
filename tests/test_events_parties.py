"""Who does what to whom: compound parties, cities struck, unnamed armed groups.

Whole-pipeline tests (`parse_article`) on news phrasings written for these
tests. Each table holds what must be coded and what must not.
"""

from __future__ import annotations

import pytest

import newsfacts

_EACH_PAIR = newsfacts.Parser(each_pair=True)


def _pairs(
    text: str, root: str, parser: newsfacts.Parser | None = None
) -> list[tuple[str | None, str | None]]:
    """(source country, target country) of each event of `text` under `root`."""
    parse = parser.parse if parser is not None else newsfacts.parse_article
    return [
        (
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in parse(text, published="2024-03-04").events
        if e.cameo.startswith(root)
    ]


# (id, sentence, root, every (source, target) pair expected, in order)
COMPOUND = [
    (
        "two-sources",
        "Russia and Belarus attacked Ukraine on Monday.",
        "19",
        [("RU", "UA"), ("BY", "UA")],
    ),
    (
        "two-targets",
        "The United States imposed sanctions on Iran and North Korea.",
        "16",
        [("US", "IR"), ("US", "KP")],
    ),
    (
        "both-sides-compound",
        "The United States and Britain imposed sanctions on Iran and Syria.",
        "16",
        [("US", "IR"), ("US", "SY"), ("GB", "IR"), ("GB", "SY")],
    ),
    (
        "list-of-three",
        "France, Germany and Italy condemned Russia on Tuesday.",
        "11",
        [("FR", "RU"), ("DE", "RU"), ("IT", "RU")],
    ),
    (
        "passive-compound-patient",
        "Iran and Syria were sanctioned by the European Union.",
        "16",
        [(None, "IR"), (None, "SY")],
    ),
    # a mutual act of one coordination stays one record, first to second
    ("mutual-agree", "Israel and Hamas agreed to a ceasefire.", "03", [("IL", "PS")]),
    (
        "mutual-talks",
        "Japan and South Korea held talks in Tokyo.",
        "04",
        [("JP", "KR")],
    ),
    (
        "mutual-no-target-noun",
        "Japan and North Korea resumed talks on Monday.",
        "04",
        [("JP", "KP")],
    ),
    # reciprocal verbs: the second subject is the other side
    (
        "reciprocal-clash-one-code",
        "Sudan's army and the Rapid Support Forces clashed in Khartoum.",
        "19",
        [("SD", "SD")],
    ),
    (
        "reciprocal-fight",
        "Armenia and Azerbaijan fought along their border on Tuesday.",
        "19",
        [("AM", "AZ")],
    ),
    # a choice is no compound actor
    (
        "or-is-no-compound",
        "Either Russia or Belarus attacked Ukraine, officials said.",
        "19",
        [("RU", "UA")],
    ),
    # an actor object of a mutual verb is the other side of each subject
    (
        "fight-a-third",
        "US and Iraqi forces fought Islamic State militants near Mosul.",
        "19",
        [("US", None), ("IQ", None)],
    ),
    # one party a side: one record
    ("single", "Russia attacked Ukraine on Monday.", "19", [("RU", "UA")]),
]


@pytest.mark.parametrize(
    ("text", "root", "pairs"),
    [c[1:] for c in COMPOUND],
    ids=[c[0] for c in COMPOUND],
)
def test_compound_parties_give_one_record_per_pair(
    text: str, root: str, pairs: list[tuple[str | None, str | None]]
) -> None:
    """With `each_pair`, one record per pair; by default the first pair alone
    (one record per act, as event codebooks count it)."""
    assert _pairs(text, root, _EACH_PAIR) == pairs
    assert _pairs(text, root) == pairs[:1]


def test_records_of_one_compound_act_share_their_trigger() -> None:
    art = _EACH_PAIR.parse("Russia and Belarus attacked Ukraine on Monday.")
    assert len(art.events) == 2
    assert len({(e.trigger.start, e.trigger.end) for e in art.events}) == 1
    assert {e.source.name for e in art.events if e.source} == {"Russia", "Belarus"}


# (id, sentence, root, target country): a city or region struck stands for its
# country; None where no city is struck
CITIES = [
    ("object", "Russian forces attacked Kyiv overnight.", "19", "UA"),
    ("passive", "Kharkiv was shelled by Russian troops on Sunday.", "19", "UA"),
    ("at", "Hamas fired rockets at Tel Aviv on Saturday.", "19", "IL"),
    ("thing-in-city", "Russian forces attacked a school in Kyiv.", "19", "UA"),
    ("civil-war", "Haftar's troops attacked Misrata on Friday.", "19", "LY"),
    ("region", "Russian drones struck the Odesa region overnight.", "19", "UA"),
    # a city visited is its country, the host
    ("visit", "The German chancellor visited Kyiv on Monday.", "04", "UA"),
    ("arrive-in", "Macron arrived in Kabul on a surprise visit.", "04", "AF"),
    ("travel-to", "The president traveled to Beijing for talks.", "04", "CN"),
    # a country arrived in is the host
    ("arrive-in-country", "Blinken arrived in Israel on Monday.", "04", "IL"),
]


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [c[1:] for c in CITIES],
    ids=[c[0] for c in CITIES],
)
def test_a_city_struck_stands_for_its_country(
    text: str, root: str, target: str | None
) -> None:
    pairs = _pairs(text, root)
    assert pairs, newsfacts.parse_article(text).events
    assert pairs[0][1] == target


# a city only stands for its country when struck: meetings, visits and
# statements in it take no party from it
CITY_NOT_A_PARTY = [
    ("explosion-in", "A bomb exploded in Kabul, killing five people."),
    ("person-in-city", "Gunmen killed a journalist in Karachi."),
    ("met-in", "Putin met Xi Jinping in Beijing on Monday."),
    ("travel-at-home", "Biden flew to Chicago on Monday."),
    ("arrive-at-home", "Netanyahu arrived in Israel on Monday."),
    ("arrest-in", "Police arrested 12 protesters in Istanbul."),
]


@pytest.mark.parametrize(
    "text", [c[1] for c in CITY_NOT_A_PARTY], ids=[c[0] for c in CITY_NOT_A_PARTY]
)
def test_a_city_not_struck_is_no_party(text: str) -> None:
    found = newsfacts.parse_article(text, published="2024-03-04").events
    assert found
    for e in found:
        assert e.target is None or e.target.rule != "events-city", e


# (id, sentence, source name, source code): people marked as armed or hidden
# are a group of unidentified attackers, as "gunmen" are
ARMED = [
    ("armed-men", "Armed men kidnapped three aid workers in Mali.", "Armed men"),
    ("masked-men", "Masked men set fire to a mosque in Sweden.", "Masked men"),
    (
        "unidentified-men",
        "Unidentified men shot dead a journalist in Mexico.",
        "Unidentified men",
    ),
    (
        "unknown-individuals",
        "Police said unknown individuals threw a grenade at the house.",
        "unknown individuals",
    ),
    ("hooded-men", "Hooded men attacked a police station in Belfast.", "Hooded men"),
]


@pytest.mark.parametrize(
    ("text", "name"), [c[1:] for c in ARMED], ids=[c[0] for c in ARMED]
)
def test_armed_people_are_a_group_of_attackers(text: str, name: str) -> None:
    found = newsfacts.parse_article(text, published="2024-03-04").events
    sources = [e.source for e in found if e.source is not None]
    assert sources, found
    assert sources[0].name == name
    assert (sources[0].code or "").endswith("UAF")


# people not marked as armed are no group actor
NOT_ARMED = [
    ("two-men", "Two men were arrested in London on Monday.", "men"),
    ("a-man", "A man stabbed three people in a park.", "man"),
    ("young-men", "Young men queued outside the stadium.", "men"),
    ("armed-forces", "The armed forces held exercises in the north.", "armed forces"),
]


@pytest.mark.parametrize(
    ("text", "word"), [c[1:] for c in NOT_ARMED], ids=[c[0] for c in NOT_ARMED]
)
def test_people_not_marked_as_armed_are_no_attackers(text: str, word: str) -> None:
    for actor in newsfacts.parse_article(text).actors:
        assert not (actor.name.lower().endswith(word) and actor.code == "---UAF"), actor


# (id, sentence, root, (source, target)): an amount given is an amount of what
# follows "in"; a thing counted keeps its own code, a place or a time after
# "in" is no thing given
AMOUNTS = [
    (
        "money-in-aid",
        "The United States sent $300 million in military aid to Ukraine.",
        "07",
        [("US", "UA")],
    ),
    (
        "planned-aid",
        "The EU will give 5 billion euros in aid to Ukraine.",
        "03",
        [(None, "UA")],
    ),
    (
        "held-in-a-place",
        "FARC is believed to be holding about 750 prisoners in jungle hideouts.",
        "18",
        [("CO", None)],
    ),
    ("part-in", "The French military actively took part in the killing.", "19", []),
]


@pytest.mark.parametrize(
    ("text", "root", "pairs"),
    [c[1:] for c in AMOUNTS],
    ids=[c[0] for c in AMOUNTS],
)
def test_an_amount_given_is_of_what_follows_in(
    text: str, root: str, pairs: list[tuple[str | None, str | None]]
) -> None:
    assert _pairs(text, root) == pairs


def _codes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            e.cameo,
            e.source.name if e.source else None,
            e.target.name if e.target else None,
        )
        for e in newsfacts.parse_article(text, published="2024-03-04").events
    ]


# (id, sentence, codes expected): people no actor names are acted upon, as a
# pronoun is; a death or an injury reported with no one doing it is no act
PEOPLE = [
    (
        "sentenced-activist",
        "A court sentenced the activist to ten years in prison.",
        ["173"],
    ),
    ("arrested-men", "Two men were arrested in London on Monday.", ["173"]),
    ("arrested-student", "The student was arrested in Tehran.", ["173"]),
    ("repression-singular", "Police shot dead a protester in Nairobi.", ["175"]),
    ("wounded-no-agent", "Thirteen other children were reported to be wounded.", []),
    ("killed-accident", "Two people were killed in a car crash.", []),
]


@pytest.mark.parametrize(
    ("text", "codes"), [c[1:] for c in PEOPLE], ids=[c[0] for c in PEOPLE]
)
def test_people_no_actor_names_are_acted_upon(text: str, codes: list[str]) -> None:
    assert [c for c, *_ in _codes(text)] == codes


# (id, sentence, code of the first event, or None for no event): shows of
# force, arson; and what must not fire
CODEBOOK = [
    ("warships-near", "China deployed warships near Taiwan.", "154"),
    ("warships-to", "China sent warships to the Taiwan Strait.", "154"),
    (
        "exercises-held",
        "Russia held military exercises near the Finnish border.",
        "150",
    ),
    ("exercises-begun", "China began military exercises around Taiwan.", "150"),
    ("exercises-staged", "The army staged military exercises near the border.", "150"),
    ("joint-exercises", "Russia held joint exercises with Belarus.", "062"),
    ("arson", "Militants set fire to a school in northern Nigeria.", "1712"),
    ("arson-by-protesters", "Protesters set fire to the embassy.", "145"),
    ("gym-exercises", "The students held exercises in the gym.", None),
    # a sports club's force is a game; force upon a club's players is force
    ("club-crushed", "Manchester City crushed Arsenal in the title race.", None),
    ("club-attacked", "The Lakers attacked the basket relentlessly.", None),
    ("fans-attacked-players", "Fans attacked Arsenal players after the match.", "180"),
    ("self-immolation", "A man set himself on fire outside parliament.", None),
]


@pytest.mark.parametrize(
    ("text", "code"), [c[1:] for c in CODEBOOK], ids=[c[0] for c in CODEBOOK]
)
def test_codebook_codes(text: str, code: str | None) -> None:
    found = _codes(text)
    assert (found[0][0] if found else None) == code


# (id, sentence, target name): the owner of what is acted upon is its party,
# unless the noun is one a name before it names (`name_heads`)
OWNERS = [
    ("bid", "Turkey blocked Sweden's NATO membership bid.", "Sweden"),
    ("program", "Israel attacked Iran's nuclear program.", "Iran"),
    ("headline", "Turkey threatens to block Sweden's NATO bid", "Sweden"),
]


@pytest.mark.parametrize(
    ("text", "target"), [c[1:] for c in OWNERS], ids=[c[0] for c in OWNERS]
)
def test_the_owner_of_what_is_acted_upon_is_the_target(text: str, target: str) -> None:
    assert _codes(text)[0][2] == target


def test_a_name_before_a_noun_it_names_is_the_party() -> None:
    found = _codes("Osama bin Laden's al-Qaeda network threatened the United States.")
    assert found[0][1] == "al-Qaida"


# (id, sentence, target name or None): forces withdrawn are the mover's own;
# the place they leave is the target when it is a country or a city's country
WITHDRAWALS = [
    ("from-country", "Russia withdrew its troops from Syria.", "Syria"),
    ("from-city", "Israel withdrew its forces from Gaza.", "Palestinian Territory"),
    ("from-nowhere-named", "Russia pulled its troops out of the city.", None),
]


@pytest.mark.parametrize(
    ("text", "target"), [c[1:] for c in WITHDRAWALS], ids=[c[0] for c in WITHDRAWALS]
)
def test_forces_withdrawn_are_the_movers_own(text: str, target: str | None) -> None:
    found = _codes(text)
    assert found[0][0].startswith("087")
    assert found[0][2] == target


# business news and opinions: no act of force, whatever the verb
NO_FORCE = [
    ("record-high", "Apple and Google hit record highs on Wall Street."),
    ("crushed-expectations", "Tesla crushed expectations."),
    ("shares-hit", "Nvidia shares hit a record."),
    ("plan-would-hurt-city", "Critics say the plan would hurt Paris."),
    ("show-attacked", "The show attacked London's housing crisis."),
    ("hurricane-struck", "The hurricane struck Miami on Sunday."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_FORCE], ids=[c[0] for c in NO_FORCE])
def test_no_act_of_force(text: str) -> None:
    assert not [c for c in _codes(text) if c[0][:2] in ("18", "19", "20")]
