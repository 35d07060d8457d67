"""`newsfacts.Parser`: user dictionaries of places, actors and event triggers.

Each family is table-driven on news phrasings: what the default parser does
not find (or reads otherwise), the user's entry makes it find, with the user's
fields. New cases go in the table of their family; bad entries go in
`BAD_ENTRIES` with a fragment of the message they must give.
"""

from __future__ import annotations

import json
import pickle
import threading
from pathlib import Path
from typing import Any

import pytest

import newsfacts
from newsfacts import Article, Parser, parse_articles
from newsfacts.knowledge.user import NO_USER

PUBLISHED = "2024-03-05"

KIBERA = {
    "name": "Kibera",
    "kind": "city",
    "country": "KE",
    "lat": -1.3133,
    "lon": 36.7876,
}
CAMP_SIMBA = {
    "name": "Camp Simba",
    "kind": "facility",
    "country": "KE",
    "lat": -2.18,
    "lon": 40.91,
    "aliases": ["Manda Bay camp"],
}
KDF = {
    "name": "Kenya Defence Forces",
    "kind": "organization",
    "country": "KE",
    "acronym": "KDF",
    "code": "KENMIL",
}
WARSAME = {
    "name": "Abdi Hassan Warsame",
    "kind": "person",
    "country": "SO",
    "aliases": ["Warsame"],
    "title": "commander",
    "code": "SOMREB",
}
KETTLE = {"phrase": "kettle", "cameo": "175"}


def spans_exact(article: Article) -> None:
    for loc in article.locations:
        for m in loc.mentions:
            assert article.text[m.start : m.end] == m.text
    for actor in article.actors:
        for m in actor.mentions:
            assert article.text[m.start : m.end] == m.text
    for ev in article.events:
        assert article.text[ev.trigger.start : ev.trigger.end] == ev.trigger.text


# ------------------------------------------------------------------- places

PLACES = [
    # (text, user place, mention text)
    (
        "Residents of Kibera said the floods destroyed hundreds of homes.",
        KIBERA,
        "Kibera",
    ),
    (
        "Kibera residents said the floods destroyed hundreds of homes.",
        KIBERA,
        "Kibera",
    ),
    (
        "Militants attacked Camp Simba, a base used by U.S. and Kenyan troops.",
        CAMP_SIMBA,
        "Camp Simba",
    ),
    (
        "The attack on the Manda Bay camp killed three Americans, officials said.",
        CAMP_SIMBA,
        "Manda Bay camp",
    ),
    (
        "Aid reached the Zaatari camp in Jordan on Tuesday, the agency said.",
        {
            "name": "Zaatari camp",
            "kind": "facility",
            "country": "JO",
            "lat": 32.2957,
            "lon": 36.3239,
        },
        "Zaatari camp",
    ),
]


@pytest.mark.parametrize(
    ("text", "place", "mention"), PLACES, ids=[p[2] + ":" + p[0][:20] for p in PLACES]
)
def test_user_place_is_found(text: str, place: dict[str, Any], mention: str) -> None:
    article = Parser(places=[place]).parse(text, published=PUBLISHED)
    spans_exact(article)
    found = [loc for loc in article.locations if loc.name == place["name"]]
    assert len(found) == 1, article.locations
    loc = found[0]
    assert mention in {m.text for m in loc.mentions}
    assert (loc.kind.value, loc.country) == (place["kind"], place["country"])
    assert (loc.lat, loc.lon) == (place["lat"], place["lon"])
    assert loc.rule == "user"
    assert loc.geonames_id is None
    default = newsfacts.parse_article(text, published=PUBLISHED)
    assert not any(
        loc.name == place["name"] and loc.lat == place["lat"]
        for loc in default.locations
    )


def test_user_place_outranks_shipped_reading() -> None:
    text = "Clashes broke out in Tripoli overnight, security sources said."
    shipped = newsfacts.parse_article(text, published=PUBLISHED)
    assert [loc.country for loc in shipped.locations] == ["LY"]
    lebanon = {
        "name": "Tripoli",
        "kind": "city",
        "country": "LB",
        "lat": 34.4367,
        "lon": 35.8497,
        "admin1": "North",
        "population": 229_398,
    }
    article = Parser(places=[lebanon]).parse(text, published=PUBLISHED)
    (loc,) = article.locations
    assert (loc.country, loc.lat, loc.admin1, loc.population) == (
        "LB",
        34.4367,
        "North",
        229_398,
    )


def test_user_place_keeps_context_tests() -> None:
    """A user's place named like a person is still a person where the text
    plainly makes it one."""
    place = {"name": "Warsame", "kind": "city", "country": "SO", "lat": 2, "lon": 45}
    parser = Parser(places=[place])
    placed = parser.parse("Fighting spread to Warsame on Monday.", published=PUBLISHED)
    assert [loc.name for loc in placed.locations] == ["Warsame"]
    person = parser.parse("Mr. Warsame said the talks had failed.", published=PUBLISHED)
    assert not person.locations


# ------------------------------------------------------------------- actors

ACTORS = [
    # (text, user actor, mention texts)
    (
        "Kenya Defence Forces said its troops killed 12 militants in Lamu.",
        KDF,
        ["Kenya Defence Forces"],
    ),
    (
        "KDF troops arrested two suspects near the border, police said.",
        KDF,
        ["KDF"],
    ),
    (
        "Abdi Hassan Warsame, a senior commander, was arrested in Kismayo. "
        "Warsame denied the charges.",
        WARSAME,
        ["Abdi Hassan Warsame", "Warsame"],
    ),
    (
        "The Haqqani Network claimed the attack in Kabul.",
        {
            "name": "Haqqani Network",
            "kind": "group",
            "country": "AF",
            "code": "AFGINS",
        },
        ["Haqqani Network"],
    ),
    (
        "Officials from the Intergovernmental Authority on Development met in "
        "Djibouti. IGAD urged a ceasefire.",
        {
            "name": "Intergovernmental Authority on Development",
            "kind": "organization",
            "country": None,
            "acronym": "IGAD",
            "code": "IGOEAF",
        },
        ["Intergovernmental Authority on Development", "IGAD"],
    ),
]


@pytest.mark.parametrize(
    ("text", "actor", "mentions"), ACTORS, ids=[a[1]["name"] for a in ACTORS]
)
def test_user_actor_fields_win(
    text: str, actor: dict[str, Any], mentions: list[str]
) -> None:
    article = Parser(actors=[actor]).parse(text, published=PUBLISHED)
    spans_exact(article)
    found = [a for a in article.actors if a.name == actor["name"]]
    assert len(found) == 1, article.actors
    got = found[0]
    assert [m.text for m in got.mentions] == mentions
    assert got.kind.value == actor["kind"]
    assert got.country == actor["country"]
    assert got.code == actor["code"]
    assert got.rule == "user"
    if "title" in actor:
        assert got.title == actor["title"]
    # No other actor keeps a mention on, inside or across the user's spans
    # (a group around one, "KDF troops", is a group of the user's actor).
    for other in article.actors:
        if other is got:
            continue
        for m in other.mentions:
            for u in got.mentions:
                if u.start < m.end and m.start < u.end:
                    assert other.kind.value == "group", other
                    assert m.start <= u.start and u.end <= m.end, other
                    assert other.code == actor["code"], other


def test_user_actor_changes_what_the_stage_inferred() -> None:
    text = "Abdi Hassan Warsame was arrested in Kismayo on Monday."
    default = newsfacts.parse_article(text, published=PUBLISHED)
    person = next(a for a in default.actors if a.name == "Abdi Hassan Warsame")
    assert person.code != "SOMREB"
    article = Parser(actors=[WARSAME]).parse(text, published=PUBLISHED)
    user = next(a for a in article.actors if a.name == "Abdi Hassan Warsame")
    assert (user.code, user.title, user.country) == ("SOMREB", "commander", "SO")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The AID program was cut, USAID said.", True),
        ("Aid workers said the program was cut.", False),
    ],
    ids=["capitals", "common-word"],
)
def test_acronym_is_matched_in_capitals_only(text: str, found: bool) -> None:
    actor = {
        "name": "Agency for International Development",
        "kind": "organization",
        "country": "US",
        "acronym": "AID",
    }
    article = Parser(actors=[actor]).parse(text, published=PUBLISHED)
    names = {a.name for a in article.actors}
    assert ("Agency for International Development" in names) is found


def test_longer_name_around_a_user_name_stays_its_own() -> None:
    acme = {"name": "Acme", "kind": "organization", "country": "US"}
    text = "The Acme Foundation gave $2 million to the hospital, Acme said."
    article = Parser(actors=[acme]).parse(text, published=PUBLISHED)
    user = next(a for a in article.actors if a.rule == "user")
    assert [m.text for m in user.mentions] == ["Acme"]
    assert user.mentions[0].start == text.rindex("Acme")


RKB = {
    "name": "Ras Kamboni Brigade",
    "kind": "group",
    "country": "SO",
    "acronym": "RKB",
    "code": "SOMREB",
}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Ras Kamboni Brigade attacked al-Shabaab positions near Kismayo.",
            "Ras Kamboni Brigade",
        ),
        ("RKB fighters seized the port town of Kismayo on Sunday.", "RKB fighters"),
    ],
    ids=["name", "group-around-acronym"],
)
def test_user_actor_codes_event_parties(text: str, source: str) -> None:
    article = Parser(actors=[RKB]).parse(text, published=PUBLISHED)
    parties = [(e.source.name, e.source.code) for e in article.events if e.source]
    assert (source, "SOMREB") in parties, article.events
    user = next(a for a in article.actors if a.rule == "user")
    assert user.name == "Ras Kamboni Brigade"


# ----------------------------------------------------------------- triggers

TRIGGERS = [
    # (text, trigger, trigger text, code): none of these is coded by default
    (
        "Police kettled hundreds of protesters in central London on Saturday.",
        KETTLE,
        "kettled",
        "175",
    ),
    (
        "Hackers doxxed dozens of Iranian officials, the ministry said.",
        {"phrase": "dox", "cameo": "172", "forms": "doxxed|doxxing"},
        "doxxed",
        "172",
    ),
    (
        "India fortified its border with Pakistan on Thursday.",
        {"phrase": "fortify", "cameo": "152", "object": "border"},
        "fortified its border",
        "152",
    ),
    (
        "Turkey militarized its border with Syria last week.",
        {"phrase": "militarize", "cameo": "152", "object": "border"},
        "militarized its border",
        "152",
    ),
    (
        "A kettling operation by police trapped hundreds of protesters in London.",
        {"phrase": "kettling operation", "cameo": "175", "kind": "noun"},
        "kettling operation",
        "175",
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "word", "code"),
    TRIGGERS,
    ids=[t[1]["phrase"] for t in TRIGGERS],
)
def test_user_trigger_codes_an_event(
    text: str, trigger: dict[str, Any], word: str, code: str
) -> None:
    default = newsfacts.parse_article(text, published=PUBLISHED)
    assert not any(e.cameo == code for e in default.events)
    article = Parser(triggers=[trigger]).parse(text, published=PUBLISHED)
    spans_exact(article)
    coded = [e for e in article.events if e.cameo == code]
    assert coded, article.events
    assert coded[0].trigger.text == word
    assert coded[0].source is not None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "India fortified its economy against shocks, the minister said.",
            {"phrase": "fortify", "cameo": "152", "object": "border"},
        ),
        (
            "Hackers doxxed dozens of Iranian officials, the ministry said.",
            {"phrase": "dox", "cameo": "172"},  # no forms: the rules say "doxed"
        ),
    ],
    ids=["other-object", "form-not-listed"],
)
def test_user_trigger_that_does_not_fit(text: str, trigger: dict[str, Any]) -> None:
    article = Parser(triggers=[trigger]).parse(text, published=PUBLISHED)
    assert not any(e.cameo == trigger["cameo"] for e in article.events)


def test_user_trigger_takes_precedence_over_shipped() -> None:
    text = "Egypt's president met Sudan's army chief in Cairo on Sunday."
    default = newsfacts.parse_article(text, published=PUBLISHED)
    assert [e.cameo for e in default.events] == ["040"]
    parser = Parser(triggers=[{"phrase": "meet", "cameo": "046"}])
    assert [e.cameo for e in parser.parse(text, published=PUBLISHED).events] == ["046"]


# --------------------------------------------------------------- the parser

EXAMPLE = (
    "NAIROBI, Kenya (AP) - Kenya Defence Forces raided a militant hideout near "
    "Camp Simba on Monday, the military said. KDF troops later arrested Abdi "
    "Hassan Warsame in Kibera. Police kettled protesters outside the court."
)


def example_parser() -> Parser:
    return Parser(places=[KIBERA, CAMP_SIMBA], actors=[KDF, WARSAME], triggers=[KETTLE])


def test_parse_article_is_the_default_parser() -> None:
    assert Parser().knowledge is NO_USER
    assert repr(Parser()) == "Parser(places=0, actors=0, triggers=0)"
    assert Parser().parse(EXAMPLE) == newsfacts.parse_article(EXAMPLE)


def test_parser_is_immutable_and_compares_by_entries() -> None:
    parser = example_parser()
    with pytest.raises(AttributeError):
        parser.knowledge = NO_USER  # type: ignore[misc]
    assert parser == example_parser()
    assert parser != Parser(places=[KIBERA])
    assert repr(parser) == "Parser(places=2, actors=2, triggers=1)"


def test_parser_pickles() -> None:
    parser = example_parser()
    copy = pickle.loads(pickle.dumps(parser))
    assert copy == parser
    assert copy.parse(EXAMPLE, published=PUBLISHED) == parser.parse(
        EXAMPLE, published=PUBLISHED
    )


def test_each_pair_option_gives_one_record_per_pair_of_a_compound_act() -> None:
    text = "Russia and Belarus attacked Ukraine on Monday."
    one = Parser().parse(text, published=PUBLISHED).events
    pairs = Parser(each_pair=True)
    both = pairs.parse(text, published=PUBLISHED).events
    assert [(e.source and e.source.name) for e in one] == ["Russia"]
    assert [(e.source and e.source.name) for e in both] == ["Russia", "Belarus"]
    assert repr(pairs) == "Parser(places=0, actors=0, triggers=0, each_pair=True)"
    assert pickle.loads(pickle.dumps(pairs)) == pairs != Parser()
    with pytest.raises(TypeError, match="each_pair"):
        Parser(each_pair="yes")  # type: ignore[arg-type]


def test_unreal_option_keeps_the_acts_an_article_denies_or_asks_about() -> None:
    text = "Russia did not attack Ukraine on Monday. Could Belarus invade Poland?"
    assert Parser().parse(text, published=PUBLISHED).events == ()
    keeping = Parser(unreal=True)
    kept = keeping.parse(text, published=PUBLISHED).events
    assert [e.source and e.source.name for e in kept] == ["Russia", "Belarus"]
    assert kept[0].negated
    assert kept[1].mode is not None
    assert repr(keeping) == "Parser(places=0, actors=0, triggers=0, unreal=True)"
    assert pickle.loads(pickle.dumps(keeping)) == keeping != Parser()
    with pytest.raises(TypeError, match="unreal"):
        Parser(unreal=1)  # type: ignore[arg-type]


def test_parse_articles_with_a_parser_in_processes() -> None:
    parser = example_parser()
    items = [{"id": n, "text": EXAMPLE, "published": PUBLISHED} for n in range(3)]
    expected = parser.parse(EXAMPLE, published=PUBLISHED)
    got = list(parse_articles(items, parser=parser, processes=2, chunksize=1))
    assert got == [expected] * 3
    assert any(loc.name == "Kibera" for loc in expected.locations)
    here = list(parse_articles(items[:1], parser=parser))
    assert here == [expected]


def test_parse_articles_rejects_a_non_parser() -> None:
    with pytest.raises(TypeError, match="parser must be a Parser"):
        parse_articles(["x"], parser={"places": []})  # type: ignore[arg-type]


def test_parsers_in_threads_do_not_see_each_others_entries() -> None:
    """Two parsers with different dictionaries, parsing at once in two threads."""
    lebanon = Parser(
        places=[
            {
                "name": "Tripoli",
                "kind": "city",
                "country": "LB",
                "lat": 34.4367,
                "lon": 35.8497,
            }
        ],
        triggers=[{"phrase": "meet", "cameo": "046"}],
    )
    plain = Parser(actors=[KDF])
    text = (
        "Clashes broke out in Tripoli overnight, KDF said. Egypt's president "
        "met Sudan's army chief in Cairo on Sunday."
    )
    seen: dict[str, set[tuple[str | None, str | None, str]]] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def run(name: str, parser: Parser) -> None:
        try:
            start.wait()
            got: set[tuple[str | None, str | None, str]] = set()
            for _ in range(15):
                a = parser.parse(text, published=PUBLISHED)
                got.add(
                    (
                        ",".join(loc.country or "" for loc in a.locations),
                        ",".join(e.cameo for e in a.events),
                        ",".join(x.name for x in a.actors if x.rule == "user"),
                    )
                )
            seen[name] = got
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=run, args=("lebanon", lebanon)),
        threading.Thread(target=run, args=("plain", plain)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(seen["lebanon"]) == 1 and len(seen["plain"]) == 1
    ((lb_places, lb_events, lb_actors),) = seen["lebanon"]
    ((pl_places, pl_events, pl_actors),) = seen["plain"]
    assert "LB" in lb_places and "LB" not in pl_places
    assert "046" in lb_events and "046" not in pl_events
    assert pl_actors == "Kenya Defence Forces" and lb_actors == ""


# ------------------------------------------------------------------- files


def write_tsv(path: Path, rows: list[dict[str, Any]]) -> Path:
    fields = list(dict.fromkeys(k for row in rows for k in row))
    lines = ["\t".join(fields)]
    for row in rows:
        cells = []
        for f in fields:
            value = row.get(f)
            if isinstance(value, list):
                value = "|".join(value)
            cells.append("" if value is None else str(value))
        lines.append("\t".join(cells))
    path.write_text("# a user dictionary\n" + "\n".join(lines) + "\n", "utf-8")
    return path


def test_from_files_reads_tsv_and_json_alike(tmp_path: Path) -> None:
    places = write_tsv(tmp_path / "places.tsv", [KIBERA, CAMP_SIMBA])
    actors = tmp_path / "actors.json"
    actors.write_text(json.dumps([KDF, WARSAME]), "utf-8")
    triggers = write_tsv(tmp_path / "triggers.tsv", [KETTLE])
    parser = Parser.from_files(places=places, actors=actors, triggers=str(triggers))
    assert parser == example_parser()
    json_places = tmp_path / "places.json"
    json_places.write_text(json.dumps([KIBERA, CAMP_SIMBA]), "utf-8")
    assert Parser.from_files(places=json_places) == Parser(places=[KIBERA, CAMP_SIMBA])


BAD_ENTRIES = [
    # (kind, entry, fragments of the message)
    ("places", {**KIBERA, "kind": "town"}, ["places[0] (Kibera)", "'kind'", "'town'"]),
    ("places", {**KIBERA, "lat": 95}, ["'lat'", "between -90 and 90"]),
    ("places", {**KIBERA, "lon": "east"}, ["'lon'", "must be a number"]),
    ("places", {k: v for k, v in KIBERA.items() if k != "lat"}, ["'lat'", "missing"]),
    ("places", {**KIBERA, "contry": "KE"}, ["'contry'", "unknown field"]),
    ("places", {**KIBERA, "country": "UK"}, ["'country'", "United Kingdom is GB"]),
    ("places", {**KIBERA, "name": " "}, ["'name'", "must not be empty"]),
    ("places", "Kibera", ["places[0]", "must be a dict"]),
    ("actors", {**KDF, "kind": "militia"}, ["actors[0] (Kenya Defence", "'kind'"]),
    ("actors", {**KDF, "code": "kenmil"}, ["'code'", "not an actor code"]),
    ("actors", {**KDF, "acronym": "K D F"}, ["'acronym'", "one word"]),
    ("actors", {**KDF, "aliases": 3}, ["'aliases'", "list of strings"]),
    ("triggers", {"phrase": "kettle", "cameo": 175}, ["'cameo'", "must be a string"]),
    ("triggers", {"phrase": "kettle", "cameo": "999"}, ["'cameo'", "'999'"]),
    ("triggers", {"phrase": "kettle", "cameo": "1x"}, ["'cameo'", "not a CAMEO"]),
    ("triggers", {"phrase": "Kettle!", "cameo": "175"}, ["'phrase'", "lower-case"]),
    ("triggers", {**KETTLE, "kind": "adjective"}, ["'kind'", "'adjective'"]),
    ("triggers", {**KETTLE, "object": "&NOSUCHCLASS"}, ["'object'", "NOSUCHCLASS"]),
    ("triggers", {**KETTLE, "kind": "noun", "forms": ["kettled"]}, ["'forms'"]),
]


@pytest.mark.parametrize(
    ("kind", "entry", "fragments"),
    BAD_ENTRIES,
    ids=[f"{k}-{n}" for n, (k, _, _) in enumerate(BAD_ENTRIES)],
)
def test_bad_entry_is_named(kind: str, entry: Any, fragments: list[str]) -> None:
    with pytest.raises(ValueError) as info:
        Parser(**{kind: [entry]})
    for fragment in fragments:
        assert fragment in str(info.value)


def test_one_name_one_actor() -> None:
    other = {"name": "Kenya Democratic Front", "kind": "group", "country": "KE"}
    with pytest.raises(ValueError, match=r"actors\[1\].*'KDF' also names"):
        Parser(actors=[KDF, {**other, "acronym": "KDF"}])


def test_one_code_per_trigger() -> None:
    with pytest.raises(ValueError, match=r"triggers\[1\].*already coded 175"):
        Parser(triggers=[KETTLE, {"phrase": "kettle", "cameo": "173"}])


def test_a_file_is_not_a_list(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match=r"Parser\.from_files"):
        Parser(places="places.tsv")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "content", "fragments"),
    [
        (
            "places.tsv",
            "name\tkind\tcountry\tlat\tlon\nKibera\tcity\tKE\t-1.31\t36.79\n"
            "Mathare\tcity\tKE\tnorth\t36.85\n",
            ["places.tsv, row 3 (Mathare)", "'lat'", "'north'"],
        ),
        (
            "actors.json",
            json.dumps([KDF, {"name": "Shabaab", "kind": "group"}]),
            ["actors.json, item 1 (Shabaab)", "'country'", "missing"],
        ),
        ("places.json", '{"name": "Kibera"}', ["places.json", "must hold a list"]),
        ("places.json", "[{", ["places.json", "not valid JSON"]),
        ("places.csv", "name,kind", ["places file", ".tsv", ".json"]),
        (
            "places.tsv",
            "name\tkind\nKibera\tcity\textra\n",
            ["places.tsv, row 2", "3 cells"],
        ),
        ("places.tsv", "# only a comment\n", ["places.tsv", "empty"]),
    ],
    ids=[
        "tsv-row",
        "json-item",
        "json-not-list",
        "json-broken",
        "csv",
        "cells",
        "empty",
    ],
)
def test_bad_file_is_named(
    tmp_path: Path, name: str, content: str, fragments: list[str]
) -> None:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    kind = name.split(".")[0]
    with pytest.raises(ValueError) as info:
        Parser.from_files(**{kind: path})
    for fragment in fragments:
        assert fragment in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="does not exist"):
        Parser.from_files(places=tmp_path / "nope.tsv")


def test_docs_page_runs_and_shows_its_output(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """docs/dictionaries.md runs, and every line it prints is shown on the page."""
    from .ecosystem_samples import ROOT, python_blocks, run_doc_page

    namespace = run_doc_page("dictionaries.md")
    printed = capsys.readouterr().out.splitlines()
    page = (ROOT / "docs" / "dictionaries.md").read_text(encoding="utf-8")
    shown = set(page.splitlines())
    assert printed
    assert [line for line in printed if line not in shown] == []
    first: dict[str, Any] = {}
    exec(python_blocks("dictionaries.md")[0], first)
    # The dictionaries written out in Python are those of the example files.
    assert (
        first["parser"]
        == namespace["parser"]
        == Parser.from_files(
            places=ROOT / "examples/dictionaries/places.tsv",
            actors=ROOT / "examples/dictionaries/actors.json",
            triggers=ROOT / "examples/dictionaries/triggers.tsv",
        )
    )


def test_dask_partitions_take_a_parser() -> None:
    db = pytest.importorskip("dask.bag")
    from newsfacts.io.batch import parse_partition

    parser = example_parser()
    texts = [EXAMPLE, "Police kettled students in Kibera on Friday."]
    bag = db.from_sequence(texts, npartitions=2)
    got = bag.map_partitions(parse_partition, parser=parser).compute(
        scheduler="processes", num_workers=2
    )
    assert got == [parser.parse(t) for t in texts]
    assert [e.cameo for e in got[1].events] == ["175"]


def test_command_line_takes_dictionary_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsfacts.io.cli import main

    from .ecosystem_samples import ROOT

    article = tmp_path / "article.txt"
    article.write_text(EXAMPLE, "utf-8")
    folder = ROOT / "examples" / "dictionaries"
    status = main(
        [
            str(article),
            "--format",
            "json",
            "--published",
            PUBLISHED,
            "--places",
            str(folder / "places.tsv"),
            "--actors",
            str(folder / "actors.json"),
            "--triggers",
            str(folder / "triggers.tsv"),
        ]
    )
    assert status == 0
    got = Article.from_json(capsys.readouterr().out)
    assert got == example_parser().parse(EXAMPLE, published=PUBLISHED)
    bad = tmp_path / "places.tsv"
    bad.write_text("name\tkind\nKibera\ttown\n", "utf-8")
    assert main([str(article), "--places", str(bad)]) == 2
    assert "places.tsv, row 2 (Kibera)" in capsys.readouterr().err
