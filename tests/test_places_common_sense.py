"""Common-sense places, generated from the shipped gazetteer.

Every country, national capital, US state, US city of 100,000 people or more
and city of 500,000 or more whose name's biggest reading dominates is found,
with the right country, in several neutral news sentences. A name whose biggest
reading is another place ("Salem" in India and Oregon) is tested with its
qualifier ("Salem, Oregon"), as a careful reader needs one too. Also generated:
an alternate or historical name never outranks a current primary name
("Philadelphia" is not Amman), and every word of the exceptions file is still
found where context plainly makes it a place.
"""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts._data import iter_rows
from newsfacts.knowledge.gazetteer import Entry, gazetteer
from newsfacts.knowledge.keys import name_key
from newsfacts.places import PlaceFindings, extract
from newsfacts.places.match import dominant, same_name
from newsfacts.records import Location
from newsfacts.text import Document

PLAIN = (
    "The meeting took place in {} on Tuesday.",
    "Officials in {} said the talks would continue.",
    "Delegates travelled to {} for the conference.",
)
# A subject at the start of a sentence: not used for given names ("Madison has
# been ...") or the words of the exceptions file, which a reader takes for a
# person or a common word there without context.
SUBJECT = "{} has been hit by heavy rain this week."
# A possessive opening a sentence: the place, never a place named "X's".
POSSESSIVE = "{}'s government said on Tuesday that the talks would continue."
QUALIFIED = (
    "The meeting took place in {}, {}, on Tuesday.",
    "Officials in {}, {}, said the talks would continue.",
)
LIST = "Storms hit {}, {} and {} this week."
EXCEPTIONS = {row[0]: row[1] for row in iter_rows("places/data/not_places.tsv")}
REASONS = {row[0]: row[2] for row in iter_rows("places/data/not_places.tsv")}
INSTITUTION = "a generic place or institution noun"


def _find(text: str) -> PlaceFindings:
    return extract(Document(text))


def _at(found: PlaceFindings, start: int) -> Location | None:
    """The location with a mention starting at `start`."""
    for loc in found.locations:
        if any(m.start == start for m in loc.mentions):
            return loc
    return None


def _leads(e: Entry) -> bool:
    """`e` is the reading its name has without context."""
    lead = dominant(gazetteer().lookup(name_key(e.name)))
    return lead is not None and lead.index == e.index


def _qualifier(e: Entry) -> str:
    """The area a writer names after an ambiguous place: its state or country."""
    gaz = gazetteer()
    if e.country == "US" and e.admin1 == "DC":
        return "D.C."
    if e.country == "US" and e.admin1:
        return gaz.admin1[(e.country, e.admin1)].name
    name = gaz.countries[e.country or ""].name
    return name[4:] if name.startswith("The ") else name


def _sentences(kind: str, e: Entry) -> list[tuple[str, int]]:
    """(sentence, offset of the name) for one generated case."""
    name = e.name
    key = name_key(name)
    gaz = gazetteer()
    out: list[str] = []
    country = gaz.countries.get(e.country or "")
    same_as_country = country is not None and name_key(country.name) == key
    if key in EXCEPTIONS and EXCEPTIONS[key] == "qualifier":
        out = [s.format(name, _qualifier(e)) for s in QUALIFIED]
    elif kind == "country" or _leads(e) or same_as_country:
        out = [s.format(name) for s in PLAIN]
        if key not in EXCEPTIONS and key not in gaz.given_names:
            out.append(SUBJECT.format(name))
            out.append(POSSESSIVE.format(name))
    elif kind != "state":
        out = [s.format(name, _qualifier(e)) for s in QUALIFIED]
    if kind == "state":  # a state whose name has a bigger reading: in a list
        a, b = [s for s in ("Kansas", "Ohio", "Utah") if s != name][:2]
        out.append(LIST.format(a, name, b))
    return [(s, s.index(name)) for s in out]


def _cases() -> list[tuple[str, Entry]]:
    gaz = gazetteer()
    out: list[tuple[str, Entry]] = []
    for index in range(len(gaz)):
        e = gaz.entry(index)
        if "," in e.name:
            continue  # "Bonaire, Saint Eustatius and Saba": news writes the parts
        if e.kind == "country":
            out.append(("country", e))
        elif e.kind == "admin1" and e.country == "US":
            out.append(("state", e))
        elif e.kind != "city":
            continue
        elif e.capital:
            out.append(("capital", e))
        elif e.country == "US" and e.population >= 100_000:
            out.append(("us-city", e))
        elif e.population >= 500_000 and _leads(e):
            out.append(("city", e))
    return out


CASES = _cases()


@pytest.mark.parametrize(
    ("kind", "entry"),
    CASES,
    ids=[f"{k}-{e.country}-{e.name}-{e.index}" for k, e in CASES],
)
def test_common_sense_place(kind: str, entry: Entry) -> None:
    for text, start in _sentences(kind, entry):
        loc = _at(_find(text), start)
        assert loc is not None, f"not found: {text!r}"
        assert loc.country == entry.country, f"{text!r} -> {loc.name} {loc.country}"


def test_generated_cases_cover_the_kinds() -> None:
    kinds = {k for k, _ in CASES}
    assert kinds == {"country", "state", "capital", "us-city", "city"}
    assert sum(k == "state" for k, _ in CASES) >= 50
    assert sum(k == "us-city" for k, _ in CASES) >= 250


def _alias_cases() -> list[tuple[str, Entry]]:
    """Names that a place of 100,000 or more bears as its own while another
    place of 100,000 or more has it as an alternate or former name
    ("Philadelphia", once the name of Amman)."""
    gaz = gazetteer()
    out: list[tuple[str, Entry]] = []
    for key in gaz.names:
        cands = gaz.lookup(key)
        own = [e for e, o in cands if o and e.kind == "city"]
        alias = [
            e
            for e, o in cands
            if not o
            and e.kind not in ("country", "region", "continent")
            and not same_name(key, e.name)
        ]
        states = {(e.country, e.admin1) for e, o in cands if o and e.kind == "admin1"}
        alias = [e for e in alias if (e.country, e.admin1) not in states]
        if not own or not alias:
            continue  # "Santa Cruz": the department, read as its capital city
        top = max(own, key=lambda e: e.population)
        if (
            top.population >= 100_000
            and max(e.population for e in alias) >= 100_000
            and name_key(top.name) == key
            and key not in EXCEPTIONS
        ):
            out.append((top.name, top))
    return sorted(out, key=lambda x: x[0])


ALIASES = _alias_cases()


@pytest.mark.parametrize(("name", "entry"), ALIASES, ids=[n for n, _ in ALIASES])
def test_alias_never_outranks_a_primary_name(name: str, entry: Entry) -> None:
    text = f"Officials in {name} said the talks would continue."
    loc = _at(_find(text), text.index(name))
    assert loc is not None
    assert name_key(loc.name) == name_key(name), f"{name} -> {loc.name} {loc.country}"


def test_alias_cases_include_philadelphia() -> None:
    assert "Philadelphia" in {n for n, _ in ALIASES}


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("He was born in Philadelphia in 1950.", "Philadelphia", "Philadelphia", "US"),
        ("The ship docked in Victoria on Monday.", "Victoria", "Victoria", "AU"),
        (
            "Premier David Eby spoke in Victoria, the capital of British "
            "Columbia, as Canada's provinces met.",
            "Victoria",
            "Victoria",
            "CA",
        ),
    ],
    ids=["philadelphia", "victoria", "victoria-canada"],
)
def test_current_name_wins(text: str, surface: str, name: str, country: str) -> None:
    loc = _at(_find(text), text.index(surface))
    assert loc is not None
    assert (loc.name, loc.country) == (name, country)


def _exception_cases() -> list[tuple[str, str, Entry]]:
    """Exceptions-file words that a place bears as its own name."""
    gaz = gazetteer()
    out = []
    for word, needs in EXCEPTIONS.items():
        own = [e for e, o in gaz.lookup(word) if o and e.country]
        if own:
            out.append((word, needs, max(own, key=lambda e: e.population)))
    return out


EXCEPTION_CASES = _exception_cases()


def top_population_of(word: str) -> int:
    """The population of the largest place a word of the exceptions file is the
    own name of (not an alternate name: "Hang" of Hangzhou)."""
    return max((e.population for e, own in gazetteer().lookup(word) if own), default=0)


@pytest.mark.parametrize(
    ("word", "needs", "entry"), EXCEPTION_CASES, ids=[w for w, _, _ in EXCEPTION_CASES]
)
def test_exception_word_found_in_context(word: str, needs: str, entry: Entry) -> None:
    name = entry.name
    texts = [f"The meeting took place in {name}, {_qualifier(entry)}, on Tuesday."]
    if needs == "context":
        texts += [
            f"Police in {name} said the man was arrested.",
            f"They fled {name}.",
            f"Thousands marched in central {name} on Saturday.",
        ]
        if name_key(name) not in gazetteer().given_names:
            texts.append(f"Flooding hit {name} and the villages around it.")
        # What a town has names it, unless the word is itself an institution
        # ("Metro police" are a force of their own).
        if top_population_of(word) >= 100_000 and REASONS[word] != INSTITUTION:
            texts += [
                f"{name} police said the man was arrested.",
                f"The mayor of {name} said the talks would continue.",
            ]
    for text in texts:
        loc = _at(_find(text), text.index(name))
        assert loc is not None, text


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Flooding hit Reading and Bath on Sunday.", {"Reading", "Bath"}),
        ("Storms lashed Nice and Cannes overnight.", {"Nice", "Cannes"}),
        ("An earthquake struck Split early on Monday.", {"Split"}),
        # A given name after the verb is still a person.
        ("A car struck Angel, 7, outside her school.", set()),
        ("The ball hit Ana on the head.", set()),
    ],
)
def test_name_struck_by_weather_or_attack_is_a_place(
    text: str, places: set[str]
) -> None:
    found = {m.text for loc in _find(text).locations for m in loc.mentions}
    assert found == places


def test_no_city_of_a_million_is_an_exception() -> None:
    for word in EXCEPTIONS:
        assert top_population_of(word) < 1_000_000, word


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Phoenix police said two men were arrested on Tuesday.", "Phoenix", "US"),
        ("Cologne mayor Henriette Reker said schools would reopen.", "Cologne", "DE"),
        ("The mayor of Nice said the promenade would reopen.", "Nice", "FR"),
        ("Reading police said a man had been charged.", "Reading", "GB"),
        ("Lincoln police said the road was closed.", "Lincoln", "US"),
        ("Phoenix has been hit by heavy rain this week.", "Phoenix", "US"),
        ("Nice's mayor said the promenade would reopen.", "Nice", "FR"),
        ("The Reading-based company reported losses.", "Reading", "GB"),
        ("Thousands marched through Nice on Saturday.", "Nice", "FR"),
        ("Trains to London now run via Reading.", "Reading", "GB"),
        ("Thousands marched through central Nice on Saturday.", "Nice", "FR"),
        ("A bomb exploded in northern Mobile.", "Mobile", "US"),
        ("He lives near downtown Eugene.", "Eugene", "US"),
    ],
    ids=[
        "phoenix-police",
        "cologne-mayor",
        "mayor-of-nice",
        "reading",
        "lincoln",
        "phoenix",
        "nices-mayor",
        "reading-based",
        "through-nice",
        "via-reading",
        "central-nice",
        "northern-mobile",
        "downtown-eugene",
    ],
)
def test_what_a_town_has_names_it(text: str, name: str, country: str) -> None:
    loc = _at(_find(text), text.index(name))
    assert loc is not None and loc.country == country, text


def test_no_city_of_100000_needs_a_qualifier() -> None:
    gaz = gazetteer()
    for word, needs in EXCEPTIONS.items():
        if needs == "qualifier":
            big = [e for e, o in gaz.lookup(word) if o and e.population >= 100_000]
            assert not [e for e in big if e.kind == "city"], word


@pytest.mark.parametrize(
    "text",
    [
        "Nice work, he said.",
        "In May, prices rose by 2 percent.",
        "Mobile phones were banned in class.",
        "Reading the report, the minister frowned.",
        "The Phoenix Suns won again.",
        "Congress passed the bill on Friday.",
        "Sens. Lindsey Graham and Chris Coons spoke.",
        "Nord Stream is a gas pipeline.",
    ],
    ids=[
        "nice",
        "may",
        "mobile",
        "reading",
        "phoenix-team",
        "congress",
        "sens",
        "nord",
    ],
)
def test_exception_word_without_context_is_not_a_place(text: str) -> None:
    word = text.split()[0].rstrip(".,")
    assert _at(_find(text), 0) is None, word


@pytest.mark.parametrize(
    ("text", "surface", "kind", "admin1"),
    [
        ("Storms hit Oregon, Washington and Idaho.", "Washington", "admin1", "WA"),
        ("Police in Seattle, Washington, said.", "Washington", "admin1", "WA"),
        ("Officials in Texas, New York and Florida said.", "New York", "admin1", "NY"),
        ("Fires burned in California, Nevada and Georgia.", "Georgia", "admin1", "GA"),
        ("He toured Georgia, Armenia and Azerbaijan.", "Georgia", "country", None),
        ("Officials in Iowa, Idaho and Maine said.", "Iowa", "admin1", "IA"),
        # a governor is a state's; another state named says the country
        ("The governor of Georgia signed the bill.", "Georgia", "admin1", "GA"),
        ("Georgia's governor signed the bill.", "Georgia", "admin1", "GA"),
        ("The storm moved from Georgia into South Carolina.", "Georgia", "admin1",
         "GA"),
        ("Georgia's president met his Armenian counterpart.", "Georgia", "country",
         None),
        ("Mexico's legislature approved the budget.", "Mexico", "country", None),
        ("The governor of Mexico's central bank spoke on Monday.", "Mexico",
         "country", None),
    ],
    ids=["wa-list", "wa-qualifier", "ny-list", "ga-list", "ge-countries", "iowa",
         "governor-of", "possessive-governor", "state-beside", "ge-president",
         "country-legislature", "bank-governor"],
)  # fmt: skip
def test_state_in_a_list_or_after_a_town(
    text: str, surface: str, kind: str, admin1: str | None
) -> None:
    loc = _at(_find(text), text.index(surface))
    assert loc is not None
    assert loc.kind.value == kind
    assert loc.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Tourists returned to Sharm el-Sheikh.", "Sharm el-Sheikh", "Sharm el-Sheikh"),
        ("The plane landed in Dar es Salaam.", "Dar es Salaam", "Dar es Salaam"),
        ("Ships left Bandar-e Abbas at dawn.", "Bandar-e Abbas", "Bandar Abbas"),
        (
            "Bosnia and Herzegovina voted.",
            "Bosnia and Herzegovina",
            "Bosnia and Herzegovina",
        ),
        ("Pilgrims reached Ta’if on Friday.", "Ta’if", "Ta’if"),
        ("Troops entered the enclave of Afrin.", "Afrin", "‘Afrīn"),
        ("Traders in Frankfurt said.", "Frankfurt", "Frankfurt am Main"),
        ("Fans in Southend cheered.", "Southend", "Southend-on-Sea"),
        (
            "The UK's regulator backed doctors in Newcastle.",
            "Newcastle",
            "Newcastle upon Tyne",
        ),
        ("Traffic in L.A. was heavy.", "L.A.", "Los Angeles"),
        ("A rally in NYC drew thousands.", "NYC", "New York City"),
        (
            "DAR ES SALAAM, Tanzania (Reuters) - Rain fell.",
            "DAR ES SALAAM",
            "Dar es Salaam",
        ),
        ("RIO DE JANEIRO - Police said.", "RIO DE JANEIRO", "Rio de Janeiro"),
        (
            "SHARM EL-SHEIKH, Egypt (AP) — Leaders met.",
            "SHARM EL-SHEIKH",
            "Sharm el-Sheikh",
        ),
        (
            "PORT-AU-PRINCE, Haiti — Gangs blocked roads.",
            "PORT-AU-PRINCE",
            "Port-au-Prince",
        ),
        ("MOBILE, Ala. — Police said.", "MOBILE", "Mobile"),
        ("PHOENIX (AP) — Police said.", "PHOENIX", "Phoenix"),
        (
            "The summit will be held in Salt Lake City.",
            "Salt Lake City",
            "Salt Lake City",
        ),
    ],
    ids=[
        "sharm",
        "dar",
        "bandar",
        "bosnia",
        "taif",
        "afrin-unmarked",
        "frankfurt-short",
        "southend-short",
        "newcastle-short-uk",
        "la",
        "nyc",
        "dateline-dar",
        "dateline-rio",
        "dateline-sharm",
        "dateline-port-au-prince",
        "dateline-mobile",
        "dateline-phoenix",
        "salt-lake-city",
    ],
)
def test_names_with_particles_and_abbreviations(
    text: str, surface: str, name: str
) -> None:
    loc = _at(_find(text), text.index(surface))
    assert loc is not None
    assert loc.name == name


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("He walked the Champs-Elysees at night.", "Champs-Elysees", "Champs-Elysees"),
        ("Residents of Champs-sur-Marne met.", "Champs-sur-Marne", "Champs-sur-Marne"),
    ],
    ids=["avenue-not-the-town", "the-town"],
)
def test_first_half_of_a_hyphenated_name(text: str, surface: str, name: str) -> None:
    """A small town's short name ("Champs") is not read off the first half of a
    longer hyphenated name."""
    loc = _at(_find(text), text.index(surface))
    assert loc is not None
    assert loc.name == name
    assert all(m.text == surface for m in loc.mentions)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Former New York Gov. Mario Cuomo died on Thursday.", "New York"),
        ("The Washington governor signed the bill.", "Washington"),
        ("Texas Gov. Greg Abbott said the border was closed.", "Texas"),
    ],
    ids=["new-york-gov", "washington-governor", "texas-gov"],
)
def test_name_before_a_state_office_is_the_state(text: str, surface: str) -> None:
    loc = _at(_find(text), text.index(surface))
    assert loc is not None
    assert loc.kind.value == "admin1"
    assert loc.country == "US"


ALIAS_EXCLUSIONS = list(iter_rows("knowledge/data/alias_exclusions.tsv"))


@pytest.mark.parametrize(
    "row", ALIAS_EXCLUSIONS, ids=[row[0] for row in ALIAS_EXCLUSIONS]
)
def test_alias_exclusion_has_a_reason_and_keeps_own_names(row: list[str]) -> None:
    """An alternate name left out of the index says why, and a place of 100,000
    people or more whose own name it is is still found by it ("Kingston" is
    Jamaica's capital)."""
    name = row[0]
    assert len(row) == 2 and row[1].strip(), row
    own = [
        e
        for e, is_own in gazetteer().lookup(name_key(name))
        if is_own and e.population >= 100_000
    ]
    if own:
        text = f"The meeting took place in {name} on Tuesday."
        loc = _at(_find(text), text.index(name))
        assert loc is not None and loc.name == max(own, key=lambda e: e.population).name


@pytest.mark.parametrize(
    "city", ["Moscow", "Paris", "Beijing", "Cairo", "Nairobi", "Tokyo", "Berlin"]
)
@pytest.mark.parametrize("opener", ["In", "On", "At", "From", "By"])
def test_paragraph_opening_with_a_preposition_and_a_city(
    opener: str, city: str
) -> None:
    """A capitalised preposition before a city is never a given name: "In
    Moscow, the Kremlin said ..." names Moscow, and no person "In Moscow"."""
    text = f"The talks ended.\n\n{opener} {city}, the government said it would respond."
    article = newsfacts.parse_article(text)
    assert any(loc.name == city for loc in article.locations), article.locations
    assert all(city not in a.name for a in article.actors if a.kind.value == "person")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Michael Jordan said he was proud of the team.", "Michael Jordan"),
        ("Jordan Henderson scored twice on Saturday.", "Jordan Henderson"),
        ("Reporters asked Kevin Chad about the vote.", "Kevin Chad"),
    ],
)
def test_given_name_before_a_place_name_is_a_person(text: str, person: str) -> None:
    """A given name (known only as a name) before a place's name makes a person:
    the place name is the surname."""
    article = newsfacts.parse_article(text)
    assert any(a.name == person for a in article.actors), article.actors
    surname = person.split()[-1]
    assert all(m.text != surname for loc in article.locations for m in loc.mentions)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Will Israel retaliate against Iran?", "Israel"),
        ("Jordan said on Monday it would close its border.", "Jordan"),
        ("Victoria Beckham flew to Paris on Monday.", "Paris"),
    ],
)
def test_a_common_word_before_a_place_leaves_it_a_place(text: str, place: str) -> None:
    article = newsfacts.parse_article(text)
    assert any(m.text == place for loc in article.locations for m in loc.mentions)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("The ship docked in St. John's on Monday.", "St. John's", "CA"),
        ("Flights to Saint George's, Grenada, resumed.", "Saint George's", "GD"),
        ("Tonga's foreign minister said on Monday.", "Tonga", "TO"),
        ("Saint Lucia's economy grew last year.", "Saint Lucia", "LC"),
    ],
    ids=["own-name", "capital", "country-possessive", "country-not-council"],
)
def test_name_ending_in_possessive(text: str, surface: str, country: str) -> None:
    loc = _at(_find(text), text.index(surface))
    assert loc is not None and loc.country == country
    assert any(text[m.start : m.end] == surface for m in loc.mentions)


@pytest.mark.parametrize(
    "text",
    ["Val's car was stolen on Monday.", "Engel's lawyer said on Monday."],
    ids=["valls", "engels"],
)
def test_possessive_is_no_transliterated_alternate(text: str) -> None:
    assert _find(text).locations == ()


@pytest.mark.parametrize(
    ("text", "person", "place", "country"),
    [
        ("Michael Jordan visited Amman, Jordan.", "Michael Jordan", "Jordan", "JO"),
        ("Kevin Chad flew to N'Djamena, Chad.", "Kevin Chad", "Chad", "TD"),
        (
            "Paris Hilton opened a store in Paris, Texas.",
            "Paris Hilton",
            "Texas",
            "US",
        ),
    ],
    ids=["jordan", "chad", "texas"],
)
def test_a_qualifier_is_a_place_where_the_name_is_also_a_persons(
    text: str, person: str, place: str, country: str
) -> None:
    article = newsfacts.parse_article(text)
    assert any(a.name == person for a in article.actors), article.actors
    got = [(loc.name, loc.country) for loc in article.locations]
    assert (place, country) in got, got


NOT_TITLE = sorted(
    row[1] for row in iter_rows("places/data/words.tsv") if row[0] == "not_title"
)


@pytest.mark.parametrize("word", NOT_TITLE, ids=NOT_TITLE)
def test_a_common_word_that_ends_a_title_leaves_the_city_a_place(word: str) -> None:
    """ "Major Chicago Hospitals Cut Beds": in a headline, a word that ends some
    title but is as often a common word is no sign of a person before a city."""
    text = (
        f"{word.capitalize()} Chicago Hospitals Cut Beds\n\n"
        "The hospitals said on Monday that beds were short."
    )
    loc = _at(_find(text), text.index("Chicago"))
    assert loc is not None and loc.country == "US"


def _small_town_cases() -> list[tuple[str, Entry]]:
    """Towns of 30,000 to 100,000 people in English-speaking countries whose
    one-word name is no common word, given name or exception word, and whose
    biggest reading is the town itself."""
    from newsfacts.language.tagger_lexicon import common_words
    from newsfacts.places.lexicon import NOT_PLACES

    gaz = gazetteer()
    common = common_words()
    out = []
    for index in range(len(gaz)):
        e = gaz.entry(index)
        if (
            e.kind != "city"
            or e.country not in ("GB", "US", "CA", "AU", "IE")
            or not 30_000 <= e.population < 100_000
            or not e.name.isalpha()
        ):
            continue
        key = name_key(e.name)
        if key in common or key in gaz.given_names or key in NOT_PLACES:
            continue
        readings = gaz.lookup(key)
        if dominant(readings) is e and all(r.kind == "city" for r, _ in readings):
            out.append((e.name, e))
    return out


SMALL_TOWNS = _small_town_cases()


def test_small_town_cases_are_many() -> None:
    assert len(SMALL_TOWNS) > 500


@pytest.mark.parametrize("body", ["police", "council"], ids=["police", "council"])
def test_small_town_before_its_police_or_council(body: str) -> None:
    """ "Nuneaton police said": a town's police or council after its name make it
    the town even at the start of a sentence, where a small town before a
    lower-case word is otherwise read as a common word."""
    missed = []
    for name, e in SMALL_TOWNS:
        text = f"{name} {body} said a man was arrested on Monday."
        loc = _at(_find(text), 0)
        if loc is None or loc.country != e.country:
            missed.append(name)
    assert not missed, missed


def _region_rows() -> list[tuple[str, str]]:
    """(name, country) of every curated region, sea, island, river and peak row."""
    return [
        (row[0], row[4])
        for row in iter_rows("knowledge/data/regions.tsv")
        if row[1] in ("region", "other")
    ]


REGIONS = _region_rows()
# the curated natural features that are no peak: rivers and waterways
RIVERS = frozenset(
    row[0]
    for row in iter_rows("knowledge/data/regions.tsv")
    if row[1] == "other" and not row[0].startswith(("Mount ", "Mont "))
)


def _own_name_elsewhere(alias: str) -> bool:
    """`alias` is the own name of another place ("Gaza", the city, beside the
    Gaza Strip), which its own row answers for."""
    key = name_key(alias)
    return any(own for _, own in gazetteer().lookup(key))


# Aliases the scan reads as names: capitalised words ("Rockies"), or a name
# written with its article ("the Amazon"). A lower-case word inside an alias
# ("Baltic states") is never read as part of a name.
REGION_ALIASES = [
    (alias, row[0])
    for row in iter_rows("knowledge/data/regions.tsv")
    if row[1] in ("region", "other")
    for alias in row[5].split("|")
    if alias
    and all(w[0].isupper() for w in alias.removeprefix("the ").split())
    and not _own_name_elsewhere(alias)
]


@pytest.mark.parametrize(
    ("alias", "name"), REGION_ALIASES, ids=[a for a, _ in REGION_ALIASES]
)
def test_every_curated_region_alias_is_found(alias: str, name: str) -> None:
    """Every other name of a curated region, river or peak finds it; a name
    written with its article ("the Amazon", "the Outback") is found after a
    lower-case "the", the article left out of the mention."""
    bare = alias.removeprefix("the ")
    text = f"Officials said conditions in the {bare} worsened on Tuesday."
    loc = _at(_find(text), text.index(bare))
    assert loc is not None, text
    assert loc.name == name


@pytest.mark.parametrize(("name", "country"), REGIONS, ids=[n for n, _ in REGIONS])
def test_every_curated_region_is_found(name: str, country: str) -> None:
    """Every curated region, sea and island is found by its name in a neutral
    sentence, with its country (none for a region across borders or a
    disputed island group)."""
    text = f"Officials said conditions in {name} worsened on Tuesday."
    if name in RIVERS:
        # a river is named with its article ("the Zambezi", beside a
        # Namibian region of the name)
        text = f"Officials said conditions on the {name} worsened on Tuesday."
    loc = _at(_find(text), text.index(name))
    assert loc is not None, text
    assert loc.name == name
    assert (loc.country or "") == country


ADMIN1_NAMES = [
    (row[0], row[1]) for row in iter_rows("knowledge/data/admin1_aliases.tsv")
]


@pytest.mark.parametrize(
    ("name", "country"), ADMIN1_NAMES, ids=[n for n, _ in ADMIN1_NAMES]
)
def test_every_english_division_name_is_found(name: str, country: str) -> None:
    """Every English name of a first-level division ("Bavaria", "Chechnya")
    finds the division, named in English."""
    text = f"Officials said conditions in {name} worsened on Tuesday."
    loc = _at(_find(text), text.index(name))
    assert loc is not None, text
    assert (loc.kind.value, loc.country) == ("admin1", country)
    assert loc.name.isascii() and "," not in loc.name


_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)


def _umlaut_cities() -> list[Entry]:
    """German, Austrian and Swiss cities of 100,000 people or more whose name
    has an umlaut and leads its readings."""
    gaz = gazetteer()
    out = []
    for index in range(len(gaz)):
        e = gaz.entry(index)
        if (
            e.kind == "city"
            and e.country in {"AT", "CH", "DE"}
            and e.population >= 100_000
            and e.name.translate(_UMLAUTS) != e.name
            and _leads(e)
        ):
            out.append(e)
    return out


UMLAUT_CITIES = _umlaut_cities()


def test_umlaut_cases_include_the_big_cities() -> None:
    names = {e.name for e in UMLAUT_CITIES}
    assert {"Köln", "Düsseldorf"} <= names


@pytest.mark.parametrize("entry", UMLAUT_CITIES, ids=[e.name for e in UMLAUT_CITIES])
def test_umlauts_written_out_name_the_city(entry: Entry) -> None:
    """News written on English keyboards spells "Köln" as "Koeln"."""
    spelled = entry.name.translate(_UMLAUTS)
    for template in PLAIN:
        text = template.format(spelled)
        loc = _at(_find(text), text.index(spelled))
        assert loc is not None, f"not found: {text!r}"
        assert loc.name == entry.name, f"{text!r} -> {loc.name} {loc.country}"


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        (
            "Snow fell across Baden-Wuerttemberg on Monday.",
            "Baden-Wuerttemberg",
            "Baden-Wurttemberg",
        ),
        ("Polling stations in Thueringen opened at 8 a.m.", "Thueringen", "Thuringen"),
        (
            "Floods hit Oberoesterreich and Salzburg.",
            "Oberoesterreich",
            "Upper Austria",
        ),
        # The same letters are no umlaut outside the German-speaking countries.
        (
            "Rain fell in Baden-Wurttemberg on Monday.",
            "Baden-Wurttemberg",
            "Baden-Wurttemberg",
        ),
    ],
)
def test_umlauts_written_out_name_the_state(text: str, surface: str, name: str) -> None:
    loc = _at(_find(text), text.index(surface))
    assert loc is not None and loc.name == name


def test_umlauts_are_written_out_only_for_german_speaking_countries() -> None:
    """ "Argüelles" (Madrid) and "Arnavutköy" (Istanbul) carry diaereses or
    other vowels: "Argueelles" and "Arnavutkoey" name nothing."""
    gaz = gazetteer()
    assert not gaz.known(name_key("Argueelles"))
    assert not gaz.known(name_key("Arnavutkoey"))
