"""Places stage: recognition, resolution, metonymy and demonyms on news phrasings."""

from __future__ import annotations

import math

import pytest

from newsfacts.knowledge import countries
from newsfacts.places import PlaceFindings, extract
from newsfacts.records import Location, LocationKind
from newsfacts.text import Document


def _find(text: str) -> PlaceFindings:
    return extract(Document(text))


def _by_mention(found: PlaceFindings, surface: str) -> Location | None:
    for loc in found.locations:
        if any(m.text == surface for m in loc.mentions):
            return loc
    return None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


# (text, surface, expected name, kind, country)
POSITIVES = [
    (
        "The fighting in Libya has displaced thousands.",
        "Libya",
        "Libya",
        "country",
        "LY",
    ),
    (
        "Officials in the U.S. said the talks would resume.",
        "U.S.",
        "United States",
        "country",
        "US",
    ),
    ("The US claims that the deal is void.", "US", "United States", "country", "US"),
    ("Trade with the USA fell last year.", "USA", "United States", "country", "US"),
    ("Britain left the bloc in 2020.", "Britain", "United Kingdom", "country", "GB"),
    ("Exports from the UK rose sharply.", "UK", "United Kingdom", "country", "GB"),
    ("Türkiye hosted the summit.", "Türkiye", "Turkey", "country", "TR"),
    (
        "Cocoa prices in Ivory Coast climbed.",
        "Ivory Coast",
        "Ivory Coast",
        "country",
        "CI",
    ),
    ("Aid reached Burma by road.", "Burma", "Myanmar", "country", "MM"),
    ("Voters in Czechia went to the polls.", "Czechia", "Czechia", "country", "CZ"),
    (
        "Fighting flared in eastern DR Congo on Sunday.",
        "DR Congo",
        "Democratic Republic of the Congo",
        "country",
        "CD",
    ),
    ("Kosovo declared independence in 2008.", "Kosovo", "Kosovo", "country", "XK"),
    ("Troops entered Tripoli at dawn.", "Tripoli", "Tripoli", "city", "LY"),
    (
        "Russia's use of the conflict was criticised.",
        "Russia",
        "Russia",
        "country",
        "RU",
    ),
    ("He met Tripoli-based officials on Monday.", "Tripoli", "Tripoli", "city", "LY"),
    (
        "Wildfires raged across California this week.",
        "California",
        "California",
        "admin1",
        "US",
    ),
    ("The plant in Louisville, Ky., closed.", "Ky.", "Kentucky", "admin1", "US"),
    ("Shoppers in San Jose, Calif., lined up.", "Calif.", "California", "admin1", "US"),
    (
        "Tensions rose across the Middle East.",
        "Middle East",
        "Middle East",
        "region",
        None,
    ),
    (
        "Rockets were fired from the Gaza Strip.",
        "Gaza Strip",
        "Gaza Strip",
        "region",
        "PS",
    ),
    (
        "Settlements in the West Bank expanded.",
        "West Bank",
        "West Bank",
        "region",
        "PS",
    ),
    ("Jihadists operate across the Sahel.", "Sahel", "Sahel", "region", None),
    (
        "Drought hit the Horn of Africa again.",
        "Horn of Africa",
        "Horn of Africa",
        "region",
        None,
    ),
    ("Russia annexed Crimea in 2014.", "Crimea", "Crimea", "region", "UA"),
    ("Shelling continued in the Donbas.", "Donbas", "Donbas", "region", "UA"),
    ("Refugees fled Darfur for Chad.", "Darfur", "Darfur", "region", "SD"),
    (
        "Militants attacked a post in North Waziristan.",
        "North Waziristan",
        "",
        "region",
        "PK",
    ),
    ("Leaders from across Africa gathered.", "Africa", "Africa", "continent", None),
    (
        "Demand in North America slowed.",
        "North America",
        "North America",
        "region",
        None,
    ),
    ("Floods swept through Sichuan province.", "Sichuan", "Sichuan", "admin1", "CN"),
    ("The army shelled Aleppo overnight.", "Aleppo", "Aleppo", "city", "SY"),
    ("Prices in Mumbai rose.", "Mumbai", "Mumbai", "city", "IN"),
    ("Flights to Bombay were cancelled.", "Bombay", "Mumbai", "city", "IN"),
    ("Protesters marched in Kyiv.", "Kyiv", "Kyiv", "city", "UA"),
]


@pytest.mark.parametrize(
    ("text", "surface", "name", "kind", "country"),
    POSITIVES,
    ids=[p[1] + "|" + p[0][:30] for p in POSITIVES],
)
def test_finds_place(
    text: str, surface: str, name: str, kind: str, country: str | None
) -> None:
    loc = _by_mention(_find(text), surface)
    assert loc is not None, f"{surface!r} not found in {text!r}"
    assert loc.kind == LocationKind(kind)
    assert loc.country == country
    if kind != "region":
        assert loc.name == name
    assert loc.lat is not None and loc.lon is not None
    assert loc.rule


# (text, surface that must not be reported as a place)
NEGATIVES = [
    ("Jordan Henderson scored the winner for Liverpool.", "Jordan"),
    ("Paris Hilton arrived at the premiere.", "Paris"),
    ("Bank of America cut its forecast.", "America"),
    ("Real Madrid beat Barcelona 2-1.", "Madrid"),
    ("Inter Milan signed a new striker.", "Milan"),
    ("The Washington Post reported the story first.", "Washington"),
    ("The Houston Rockets won again.", "Houston"),
    ("Manchester City beat Chelsea on Sunday.", "Manchester"),
    ("The Edmonton Oilers lost in overtime.", "Edmonton"),
    ("The New York Times said the deal was off.", "New York"),
    ("The vote is due in March.", "March"),
    ("Police said the suspect fled on foot.", "Police"),
    ("May is usually a wet month.", "May"),
    ("George W. Bush pardoned the turkey.", "Bush"),
    ("Georgia Stevens said she skates every day. Georgia began at four.", "Georgia"),
    ("He said the result was nice and reading it was fun.", "Nice"),
    ("Spokesman Tyler said nothing.", "Tyler"),
    ("The White House said on Monday it would respond.", "White House"),
]


@pytest.mark.parametrize(
    ("text", "surface"), NEGATIVES, ids=[n[1] + "|" + n[0][:25] for n in NEGATIVES]
)
def test_no_false_positive(text: str, surface: str) -> None:
    found = _find(text)
    assert _by_mention(found, surface) is None, [loc.name for loc in found.locations]


# (text, surface, expected country, admin1 or None, max km from a point)
RESOLUTION = [
    ("Paris, Texas, is a small town.", "Paris", "US", "TX", None),
    ("The Eiffel Tower in Paris drew crowds.", "Paris", "FR", None, (48.85, 2.35)),
    ("Tripoli is Libya's capital.", "Tripoli", "LY", None, (32.89, 13.19)),
    (
        "In Lebanon, Tripoli saw clashes; Beirut stayed calm.",
        "Tripoli",
        "LB",
        None,
        None,
    ),
    ("Georgia and Armenia signed a pact in Tbilisi.", "Georgia", "GE", None, None),
    ("Atlanta and Savannah are in Georgia, near Florida.", "Georgia", "US", "GA", None),
    ("Crowds filled New York on Saturday.", "New York", "US", "NY", (40.71, -74.0)),
    ("London, Ont., police said the road was closed.", "London", "CA", "08", None),
    ("Shelling hit the Donetsk region again.", "Donetsk", "UA", None, None),
    (
        "He flew to London to meet the prime minister.",
        "London",
        "GB",
        None,
        (51.5, -0.13),
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "country", "admin1", "point"),
    RESOLUTION,
    ids=[r[1] + "|" + r[0][:30] for r in RESOLUTION],
)
def test_resolves_in_context(
    text: str,
    surface: str,
    country: str,
    admin1: str | None,
    point: tuple[float, float] | None,
) -> None:
    loc = _by_mention(_find(text), surface)
    assert loc is not None
    assert loc.country == country
    if "region" in text:
        assert loc.kind == LocationKind.ADMIN1
    if admin1 is not None:
        assert loc.admin1 == admin1
    if point is not None:
        assert loc.lat is not None and loc.lon is not None
        assert _km(loc.lat, loc.lon, *point) < 50


METONYMY = [
    ("Washington believes that Moscow uses the conflict.", "Washington", True),
    ("Moscow has warned Kyiv against the move.", "Moscow", True),
    ("Beijing and Washington have agreed to talk.", "Beijing", True),
    ("Russia uses the conflict for its own purposes.", "Russia", True),
    ("Beijing opposed the visit, the spokesman said.", "Beijing", True),
    ("Beirut again rejected the appeal on Thursday.", "Beirut", True),
    ("Moscow strongly condemned the attack.", "Moscow", True),
    ("Beijing has repeatedly accused Washington of meddling.", "Washington", True),
    ("The UN urged Kabul to release the prisoners.", "Kabul", True),
    ("Modi said New Delhi was ready to provide assistance.", "New Delhi", True),
    ("Washington is willing to talk.", "Washington", True),
    ("Paris is ready for the Olympics.", "Paris", False),
    ("Diplomats in Brussels said the EU would act.", "Brussels", False),
    ("Washington and its allies demanded a ceasefire.", "Washington", True),
    ("Moscow along with its partners rejected the plan.", "Moscow", True),
    ("Paris and its suburbs were flooded.", "Paris", False),
    ("Rebels attacked Kabul on Monday.", "Kabul", False),
    ("He lives in Moscow with his family.", "Moscow", False),
    ("Moscow's metro was closed for repairs.", "Moscow", False),
    ("Washington, along with its allies, condemned the coup.", "Washington", True),
    ("Moscow, which denies the charges, said the report was false.", "Moscow", True),
    ("Paris, Texas, has a new mayor.", "Paris", False),
    ("In Paris, officials said the talks had failed.", "Paris", False),
    ("Pakistan recalled its ambassador to Kabul.", "Kabul", True),
    ("The tourists flew to Kabul on Monday.", "Kabul", False),
    # a verb of state in its base form after a modal
    ("Moscow will retaliate, the Kremlin said.", "Moscow", True),
    ("Berlin will send more tanks to Ukraine.", "Berlin", True),
    ("Washington would impose sanctions on Tehran.", "Washington", True),
    ("Tokyo will host the summit next year.", "Tokyo", True),
    # a base form with no modal, or a verb no state takes, stays a place
    ("Tokyo will remain cold through Friday.", "Tokyo", False),
    ("Visitors to Rome send postcards home.", "Rome", False),
]


@pytest.mark.parametrize(
    ("text", "surface", "metonymic"), METONYMY, ids=[m[0][:30] for m in METONYMY]
)
def test_metonymy(text: str, surface: str, metonymic: bool) -> None:
    loc = _by_mention(_find(text), surface)
    assert loc is not None
    assert any(m.text == surface for m in loc.mentions)  # metonymic stays a mention
    assert (surface in {m.text for m in loc.metonymic}) is metonymic


DEMONYMS = [
    ("Libyan rebels travel to a battle line.", "Libyan", "LY"),
    ("Russian officials denied it.", "Russian", "RU"),
    ("Americans voted on Tuesday.", "Americans", "US"),
    ("Turkish military experts helped.", "Turkish", "TR"),
    ("Iraqis went to the polls.", "Iraqis", "IQ"),
    ("South African miners went on strike.", "South African", "ZA"),
]


@pytest.mark.parametrize(
    ("text", "word", "country"), DEMONYMS, ids=[d[1] for d in DEMONYMS]
)
def test_demonyms_kept_apart(text: str, word: str, country: str) -> None:
    found = _find(text)
    assert [(d.text, d.country) for d in found.demonyms] == [(word, country)]
    assert _by_mention(found, word) is None
    d = found.demonyms[0]
    assert text[d.start : d.end] == d.text


DATELINES = [
    ("TRIPOLI, Libya (AP) — Clashes erupted on Monday.", "TRIPOLI", "LY"),
    ("WASHINGTON (AP) — The Senate voted on Friday.", "WASHINGTON", "US"),
    ("MOSCOW, Nov. 26 (Reuters) - The Kremlin said.", "MOSCOW", "RU"),
    ("DETROIT The U.S. Transportation Department said.", "DETROIT", "US"),
]


@pytest.mark.parametrize(
    ("text", "surface", "country"), DATELINES, ids=[d[1] for d in DATELINES]
)
def test_all_caps_dateline(text: str, surface: str, country: str) -> None:
    loc = _by_mention(_find(text), surface)
    assert loc is not None and loc.country == country and loc.kind == LocationKind.CITY


# A headline in capitals: its common words are no towns (March, Cambridgeshire;
# To, Burkina Faso; Police, Poland), while the places in it are still found.
CAPS_HEADLINES = [
    ("PROTESTERS MARCH TO PARLIAMENT IN LONDON", {"LONDON": "GB"}, "march-to"),
    ("TRUMP TO VISIT CHINA IN MAY", {"CHINA": "CN"}, "to-in-may"),
    ("US TO SEND TROOPS TO POLAND", {"US": "US", "POLAND": "PL"}, "us-to"),
    ("POLICE IN NICE ARREST TWO MEN", {"NICE": "FR"}, "police-in-nice"),
    ("PHOENIX POLICE ARREST SUSPECT", {"PHOENIX": "US"}, "phoenix-police"),
    ("NICE MAYOR RESIGNS OVER BUDGET", {"NICE": "FR"}, "nice-mayor"),
    ("FIRE IN COLOGNE KILLS TWO", {"COLOGNE": "DE"}, "in-cologne"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[:2] for c in CAPS_HEADLINES],
    ids=[c[2] for c in CAPS_HEADLINES],
)
def test_all_caps_headline_words(text: str, expected: dict[str, str]) -> None:
    text += "\nThe report was published on Monday."
    found = {m.text: loc.country for loc in _find(text).locations for m in loc.mentions}
    assert found == expected


def test_function_word_in_capitals_is_still_a_state_code() -> None:
    loc = _by_mention(_find("GARY, IN - Police said two men were held."), "IN")
    assert loc is not None and loc.kind == LocationKind.ADMIN1 and loc.country == "US"


def test_all_caps_word_in_prose_is_not_a_place() -> None:
    found = _find("Analysts said NICE guidance and the IT budget would change.")
    assert found.locations == ()


FACILITIES = [
    (
        "Flights resumed at Mitiga International Airport in Tripoli.",
        "Mitiga International Airport",
        "LY",
    ),
    ("Drones hit the Mitiga airport near Tripoli, Libya.", "Mitiga airport", "LY"),
    ("US jets flew from Incirlik Air Base in Turkey.", "Incirlik Air Base", "TR"),
]


@pytest.mark.parametrize(
    ("text", "surface", "country"), FACILITIES, ids=[f[1] for f in FACILITIES]
)
def test_facilities(text: str, surface: str, country: str) -> None:
    loc = _by_mention(_find(text), surface)
    assert loc is not None
    assert loc.kind == LocationKind.FACILITY
    assert loc.country == country


def test_one_location_per_name_with_all_mentions() -> None:
    text = "Libya is split. Fighters in Libya advanced, and Libya's oil stopped."
    locs = [loc for loc in _find(text).locations if loc.name == "Libya"]
    assert len(locs) == 1
    assert [m.text for m in locs[0].mentions] == ["Libya"] * 3
    assert all(text[m.start : m.end] == m.text for m in locs[0].mentions)


def test_mentions_slice_the_callers_text() -> None:
    text = (
        "Officials in \u201cTripoli\u201d and\u00a0Misrata met \u2014 "
        "Libya\u2019s rivals."
    )
    found = _find(text)
    assert found.locations
    for loc in found.locations:
        for m in loc.mentions:
            assert text[m.start : m.end] == m.text


def test_empty_and_placeless_text() -> None:
    assert _find("") == PlaceFindings()
    assert _find("   \n ").locations == ()
    assert _find("the cat sat on the mat.").locations == ()


LOOKUPS = [
    ("US", "United States"),
    ("RU", "Russia"),
    ("GB", "United Kingdom"),
    ("LY", "Libya"),
]


@pytest.mark.parametrize(("code", "name"), LOOKUPS, ids=[c for c, _ in LOOKUPS])
def test_country_name(code: str, name: str) -> None:
    assert countries.country_name(code) == name


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Libyan", "LY"),
        ("Libyans", "LY"),
        ("American", "US"),
        ("Turkish", "TR"),
        ("Frenchmen", "FR"),
        ("table", None),
    ],
    ids=["Libyan", "Libyans", "American", "Turkish", "Frenchmen", "not-a-demonym"],
)
def test_demonym_country(word: str, code: str | None) -> None:
    assert countries.demonym_country(word) == code


def test_seed_article_places() -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "examples" / "libya-2019.txt"
    if not path.exists():
        pytest.skip("seed article not shipped")
    found = _find(path.read_text(encoding="utf-8"))
    by_name = {loc.name: loc for loc in found.locations}
    for name, kind, cc in [
        ("Libya", "country", "LY"),
        ("Tripoli", "city", "LY"),
        ("Russia", "country", "RU"),
        ("United States", "country", "US"),
        ("Washington", "city", "US"),
        ("Moscow", "city", "RU"),
    ]:
        assert by_name[name].kind == LocationKind(kind)
        assert by_name[name].country == cc
    assert by_name["Middle East"].kind == LocationKind.REGION
    assert {m.text for m in by_name["Washington"].metonymic} == {"Washington"}
    assert {m.text for m in by_name["Moscow"].metonymic} == {"Moscow"}
    assert any(m.text == "US" for m in by_name["United States"].mentions)


def test_possessive_city_before_a_facility_stays_a_place() -> None:
    found = _find("Flights were cancelled at Toronto's Pearson International Airport.")
    city = _by_mention(found, "Toronto")
    fac = _by_mention(found, "Pearson International Airport")
    assert city is not None and city.country == "CA"
    assert fac is not None and fac.kind == LocationKind.FACILITY and fac.country == "CA"


def test_city_inside_facility_name_is_not_a_separate_mention() -> None:
    found = _find("Flights left Tripoli International Airport for Tunis.")
    fac = _by_mention(found, "Tripoli International Airport")
    assert fac is not None and fac.kind == LocationKind.FACILITY
    assert fac.country == "LY" and fac.lat is not None
    assert _by_mention(found, "Tripoli") is None


LOCAL = [
    (
        "COLUMBIA, KY (AP) - A fire in Edmonton destroyed a barn.",
        "Edmonton",
        "city",
        "US",
        "KY",
    ),
    ("COLUMBIA, KY (AP) - A fire destroyed a barn.", "KY", "admin1", "US", "KY"),
    (
        "A crash closed the road near Edmonton, Ky., on Tuesday.",
        "Edmonton",
        "city",
        "US",
        "KY",
    ),
    (
        "Kentucky State Police said the fire in Edmonton spread to Glasgow overnight.",
        "Glasgow",
        "city",
        "US",
        "KY",
    ),
    (
        "Deputies in Metcalfe County, Kentucky, found the car.",
        "Metcalfe County",
        "admin2",
        "US",
        "KY",
    ),
    (
        "Wildfires spread across Orange County, California.",
        "Orange County",
        "admin2",
        "US",
        "CA",
    ),
    (
        "Flooding hit Kent and Essex after the storm in England.",
        "Kent",
        "admin2",
        "GB",
        "ENG",
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "kind", "country", "admin1"),
    LOCAL,
    ids=[f"{x[1]}|{x[0][:25]}" for x in LOCAL],
)
def test_local_places_in_a_named_state(
    text: str, surface: str, kind: str, country: str, admin1: str
) -> None:
    loc = _by_mention(_find(text), surface)
    assert loc is not None
    assert (loc.kind, loc.country, loc.admin1) == (LocationKind(kind), country, admin1)


def test_given_name_town_read_as_a_place() -> None:
    text = "SPRINGFIELD, Ill. (AP) - The river crested at Quincy on Sunday."
    loc = _by_mention(_find(text), "Quincy")
    assert loc is not None and (loc.country, loc.admin1) == ("US", "IL")


def test_small_town_needs_its_state_named() -> None:
    text = "The team lost, and fans in Edmonton were quiet."
    loc = _by_mention(_find(text), "Edmonton")
    assert loc is not None and loc.country == "CA"


def test_restated_name_is_one_mention() -> None:
    found = _find("Talks in Washington, D.C., resumed on Monday.")
    loc = _by_mention(found, "Washington, D.C.")
    assert loc is not None and loc.kind == LocationKind.CITY and loc.country == "US"
    assert len(found.locations) == 1


@pytest.mark.parametrize(
    ("text", "city", "state"),
    [
        ("They met in Sydney, New South Wales.", "Sydney", "New South Wales"),
        ("Fires burned near Perth, Western Australia, on Monday.", "Perth",
         "Western Australia"),
        ("He lives in Cape Town, Western Cape.", "Cape Town", "Western Cape"),
        ("Flights resumed in Winnipeg, Manitoba.", "Winnipeg", "Manitoba"),
        ("He grew up in Indianapolis, Indiana.", "Indianapolis", "Indiana"),
        ("The bomb hit Oklahoma City, Okla., in 1995.", "Oklahoma City", "Okla."),
    ],
    ids=["sydney", "perth", "cape-town", "winnipeg", "indianapolis", "oklahoma-city"],
)  # fmt: skip
def test_a_state_after_its_big_city_is_a_place_of_its_own(
    text: str, city: str, state: str
) -> None:
    """Only a division that is the city itself restates it ("Washington,
    D.C."); a state holding a big city is a second place."""
    found = _find(text)
    assert _by_mention(found, city) is not None
    loc = _by_mention(found, state)
    assert loc is not None and loc.kind == LocationKind.ADMIN1


@pytest.mark.parametrize(
    "text",
    [
        "The fund lost US$3.7m last year.",
        "He paid $US4.5 billion for the stake.",
        "A pension of 40 US dollars a month.",
    ],
    ids=["US$", "$US", "US dollars"],
)
def test_currency_is_not_a_place(text: str) -> None:
    assert _find(text).locations == ()


def test_speaker_name_is_not_a_place() -> None:
    found = _find('"It is over," said Noma. Noma had waited a year.')
    assert found.locations == ()


KEYWORD_PLACES = [
    ("Police closed Royal Street in New Orleans on Friday.", "Royal Street", "other"),
    (
        "Crews searched the Assiniboine River near Winnipeg.",
        "Assiniboine River",
        "other",
    ),
    (
        "The mass at Holy Redeemer Church in Detroit drew hundreds.",
        "Holy Redeemer Church",
        "facility",
    ),
    (
        "Boaters crowded Lake Manassas outside Manassas, Virginia.",
        "Lake Manassas",
        "other",
    ),
    (
        "The wreath was laid at Windsor Castle near London.",
        "Windsor Castle",
        "facility",
    ),
    (
        "Ships sailed from Manila to the Second Thomas Shoal on Tuesday.",
        "Second Thomas Shoal",
        "other",
    ),
    ("Divers from Perth found the wreck on Ningaloo Reef.", "Ningaloo Reef", "other"),
    (
        "Ships left Majuro for Bikini Atoll on Monday.",
        "Bikini Atoll",
        "other",
    ),
    (
        "Scientists in Christchurch said the Thwaites Glacier is melting.",
        "Thwaites Glacier",
        "other",
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "kind"), KEYWORD_PLACES, ids=[k[1] for k in KEYWORD_PLACES]
)
def test_places_named_with_a_keyword(text: str, surface: str, kind: str) -> None:
    found = _find(text)
    loc = _by_mention(found, surface)
    assert loc is not None, [x.name for x in found.locations]
    assert loc.kind == LocationKind(kind)
    assert loc.lat is not None and loc.country is not None


# Two places joined by "and" before a feature's keyword are two places when
# the first is a place already (it ends in a keyword, or the gazetteer knows
# it); a name that holds "and" ("Lewis and Clark Lake") stays whole.
JOINED_FEATURES: list[tuple[str, tuple[str, ...]]] = [
    (
        "Residents of New River and Cave Creek were told to leave.",
        ("New River", "Cave Creek"),
    ),
    ("He fished in Deer Creek and Bear Creek.", ("Deer Creek", "Bear Creek")),
    (
        "Crews from Rock Springs and Green River fought the fire.",
        ("Rock Springs", "Green River"),
    ),
    ("They camped at Lewis and Clark Lake.", ("Lewis and Clark Lake",)),
    # settlements named after a plural keyword, each a place of its own
    (
        "Fighters attacked the villages of al-Kadaris and al-Khelwat on Monday.",
        ("al-Kadaris", "al-Khelwat"),
    ),
    (
        "Russia shelled the towns of Izium, Lyman and Kupiansk.",
        ("Russia", "Izium", "Lyman", "Kupiansk"),
    ),
    # a town a distance is measured from, which the gazetteer may lack
    (
        "The quake hit 23km (14 miles) east of Nurdagi in Gaziantep province.",
        ("Nurdagi", "Gaziantep"),
    ),
    ("It stopped 10 miles north of the border.", ()),
]


# A town named like a common word is a place where a route or a list of
# plain places puts it; the common word alone is none.
COMMON_WORD_TOWNS: list[tuple[str, tuple[str, ...]]] = [
    ("He moved from Reading to Bath in 2010.", ("Reading", "Bath")),
    ("Storms battered Bath, Bristol and Reading.", ("Bath", "Bristol", "Reading")),
    ("Bath and Bristol were flooded.", ("Bath", "Bristol")),
    ("Nice, Marseille and Lyon were hit.", ("Nice", "Marseille", "Lyon")),
    ("He took a bath and went to bed.", ()),
    ("Reading, writing and arithmetic matter.", ()),
]


@pytest.mark.parametrize(
    ("text", "surfaces"), COMMON_WORD_TOWNS, ids=[k[0][:24] for k in COMMON_WORD_TOWNS]
)
def test_common_word_towns_in_routes_and_lists(
    text: str, surfaces: tuple[str, ...]
) -> None:
    found = _find(text)
    got = sorted(m.text for loc in found.locations for m in loc.mentions)
    assert got == sorted(surfaces)


@pytest.mark.parametrize(
    ("text", "surfaces"), JOINED_FEATURES, ids=[k[0][:30] for k in JOINED_FEATURES]
)
def test_features_joined_by_and(text: str, surfaces: tuple[str, ...]) -> None:
    found = _find(text)
    got = sorted(m.text for loc in found.locations for m in loc.mentions)
    assert got == sorted(surfaces)
    for loc in found.locations:
        for m in loc.mentions:
            assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "text",
    [
        "St. Louis beat Chicago in the final.",
        "The Church said nothing.",
        "The Catholic Church apologised on Sunday.",
    ],
    ids=["saint", "bare-keyword", "institution"],
)
def test_keyword_alone_is_not_a_place(text: str) -> None:
    kinds = {loc.kind for loc in _find(text).locations}
    assert LocationKind.OTHER not in kinds and LocationKind.FACILITY not in kinds


@pytest.mark.parametrize(
    "chunk",
    [
        "WASHINGTON NEW YORK LONDON PARIS ",
        "Paris, Texas, Paris, Kentucky, ",
        "Royal Street Church Hospital Lake Mount ",
        "The Of And De La ",
    ],
    ids=["caps", "qualifiers", "keywords", "connectors"],
)
def test_pathological_input_stays_linear(chunk: str) -> None:
    import time

    text = chunk * (200_000 // len(chunk))
    t0 = time.process_time()
    found = _find(text)
    assert time.process_time() - t0 < 10
    assert all(
        text[m.start : m.end] == m.text for loc in found.locations for m in loc.mentions
    )


@pytest.mark.parametrize(
    ("text", "country"),
    [
        pytest.param(
            "NAIROBI, Kenya - Kenya Defence Forces fortified the border. "
            "Kenya said it would act.",
            "KE",
            id="kenya-defence-forces",
        ),
        pytest.param(
            "Jordan Henderson scored twice. Aid reached refugees in Jordan.",
            "JO",
            id="jordan-henderson",
        ),
        pytest.param(
            "Chad Johnson scored twice. Troops were deployed in Chad on Monday.",
            "TD",
            id="chad-johnson",
        ),
    ],
)
def test_a_country_named_like_a_person_stays_a_place_elsewhere(
    text: str, country: str
) -> None:
    """A country that is also a given name, once read as part of another name
    ("Kenya Defence Forces", "Chad Johnson"), is still the place where the text
    names it alone."""
    found = extract(Document(text))
    assert country in {loc.country for loc in found.locations}
