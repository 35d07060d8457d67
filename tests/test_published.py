"""`published` at the door: calendar edges, missing values, exact round trips."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts import Article
from newsfacts.api import coerce_published
from newsfacts.records import format_iso, parse_iso

UTC = dt.timezone.utc
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
LORD_HOWE = zoneinfo.ZoneInfo("Australia/Lord_Howe")  # a 30-minute DST shift

RELATIVE = (
    "Police said the attack happened yesterday, on Monday, last week and last "
    "year; talks resume tomorrow, next month, next year and in three days. "
    "Two years ago, at 3 p.m. that day, the army withdrew. It was 40,000 weeks "
    "later and 10,000 years ago."
)
# A TIMEX3 calendar value may be underspecified ("XXXX-XX-XX") but never has a
# year outside 0000-9999 ("-7981", "10000-01").
_BAD_YEAR = regex.compile(r"-|\d{5}")


# ------------------------------------------------------------ calendar edges
@pytest.mark.parametrize(
    "published",
    [
        dt.date(1, 1, 1),
        dt.date(9999, 12, 31),
        dt.datetime.min,
        dt.datetime.max,
        dt.datetime.min.replace(tzinfo=UTC),
        dt.datetime.max.replace(tzinfo=UTC),
        dt.datetime(9999, 12, 31, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=-12))),
        "0001-01-01",
        "9999-12-31T23:59:59.999999",
    ],
    ids=str,
)
def test_calendar_edges_parse_without_overflow(published: object) -> None:
    article = newsfacts.parse_article(RELATIVE, published=published)  # type: ignore[arg-type]
    assert article.published is not None
    for d in article.dates:
        if d.type in ("DATE", "TIME"):
            assert not _BAD_YEAR.match(d.value), (d.text, d.value)
    assert Article.from_dict(article.to_dict()) == article


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Talks were held yesterday.", dt.date(1, 1, 1), "XXXX-XX-XX"),
        ("Talks resume tomorrow.", dt.date(9999, 12, 31), "XXXX-XX-XX"),
        ("Talks resume next month.", dt.date(9999, 12, 1), "XXXX-XX"),
        ("Talks resume next year.", dt.date(9999, 6, 1), "XXXX"),
        # Inside the calendar the usual value stays.
        ("Talks were held yesterday.", dt.date(1, 1, 2), "0001-01-01"),
        ("Talks resume tomorrow.", dt.date(9999, 12, 30), "9999-12-31"),
    ],
    ids=[
        "yesterday of year 1",
        "tomorrow of 9999",
        "next month",
        "next year",
        "in",
        "in",
    ],
)
def test_out_of_range_arithmetic_is_underspecified(
    text: str, published: dt.date, expected: str
) -> None:
    article = newsfacts.parse_article(text, published=published)
    assert [d.value for d in article.dates] == [expected]


def test_huge_shift_from_an_ordinary_date_is_underspecified() -> None:
    article = newsfacts.parse_article(
        "It happened 10,000 years ago, geologists said.", published="2019-11-26"
    )
    assert [d.value for d in article.dates] == ["PAST_REF"]


@pytest.mark.parametrize(
    "published",
    ["0000-01-01", "10000-01-01", "2019-02-30", "2019-11-26T25:00"],
)
def test_impossible_dates_are_value_errors_naming_published(published: str) -> None:
    with pytest.raises(ValueError, match="published"):
        newsfacts.parse_article("Text.", published=published)


# ------------------------------------------------------------ missing values
def _missing_values() -> list[object]:
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    return [
        None,
        float("nan"),
        np.nan,
        np.float32("nan"),
        pd.NaT,
        pd.NA,
        np.datetime64("NaT"),
        np.datetime64("NaT", "ns"),
        pd.Series([pd.NaT], dtype="datetime64[ns]").iloc[0],
        pd.Series([None], dtype="object").iloc[0],
    ]


def test_missing_values_are_unknown() -> None:
    for value in _missing_values():
        assert coerce_published(value) is None, repr(value)
        article = newsfacts.parse_article("Talks were held on Monday.", published=value)  # type: ignore[arg-type]
        assert article.published is None
        assert article.published_source is None
        assert [d.value for d in article.dates] == ["XXXX-WXX-1"]


def test_missing_value_still_lets_the_dateline_date_in() -> None:
    pd = pytest.importorskip("pandas")
    text = "MOSCOW, Nov. 26, 2019 (Reuters) - Russia said talks ended on Monday."
    article = newsfacts.parse_article(text, published=pd.NaT)
    assert article.published == dt.date(2019, 11, 26)
    assert article.published_source == "dateline"


def test_pandas_and_numpy_dates_become_plain_values() -> None:
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    cases: list[tuple[object, dt.date]] = [
        (pd.Timestamp("2019-11-26 09:30"), dt.datetime(2019, 11, 26, 9, 30)),
        (
            pd.Timestamp("2019-11-26 09:30", tz="Europe/Paris"),
            dt.datetime(2019, 11, 26, 9, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Paris")),
        ),
        (np.datetime64("2019-11-26"), dt.date(2019, 11, 26)),
        (
            np.datetime64("2019-11-26T09:30:00.123456789"),
            dt.datetime(2019, 11, 26, 9, 30, 0, 123456),
        ),
        (
            pd.Series(["2019-11-26"], dtype="datetime64[ns]").iloc[0],
            dt.datetime(2019, 11, 26),
        ),
    ]
    for value, expected in cases:
        got = coerce_published(value)
        assert got == expected, repr(value)
        assert type(got) is type(expected)
        article = newsfacts.parse_article("Talks were held.", published=value)  # type: ignore[arg-type]
        assert Article.from_json(article.to_json()) == article


@pytest.mark.parametrize("value", [20191126, 1574726400.0, [2019, 11, 26], b"2019"])
def test_other_types_are_type_errors_naming_published(value: object) -> None:
    with pytest.raises(TypeError, match="published"):
        coerce_published(value)


def test_numpy_date_out_of_range_names_published() -> None:
    np = pytest.importorskip("numpy")
    with pytest.raises(ValueError, match="published"):
        coerce_published(np.datetime64("12000-01-01"))


# ------------------------------------------------------------ exact round trip
def _round_trip(published: dt.datetime) -> dt.datetime:
    article = newsfacts.parse_article("Officials met on Monday.", published=published)
    back = Article.from_json(article.to_json())
    assert back == article
    assert isinstance(back.published, dt.datetime)
    return back.published


@pytest.mark.parametrize(
    "published",
    [
        dt.datetime(2019, 11, 3, 1, 30, tzinfo=NEW_YORK, fold=0),  # EDT, first 1:30
        dt.datetime(2019, 11, 3, 1, 30, tzinfo=NEW_YORK, fold=1),  # EST, second 1:30
        dt.datetime(2019, 3, 10, 2, 30, tzinfo=NEW_YORK, fold=0),  # in the spring gap
        dt.datetime(2019, 3, 10, 2, 30, tzinfo=NEW_YORK, fold=1),
        dt.datetime(2019, 4, 7, 1, 45, tzinfo=LORD_HOWE, fold=1),
        dt.datetime(2019, 11, 26, 9, 30, tzinfo=zoneinfo.ZoneInfo("Asia/Kathmandu")),
        dt.datetime(1, 1, 1, tzinfo=zoneinfo.ZoneInfo("Pacific/Pago_Pago")),  # LMT
        dt.datetime.max.replace(tzinfo=zoneinfo.ZoneInfo("Pacific/Kiritimati")),
    ],
    ids=str,
)
def test_aware_datetime_round_trips_with_its_zone(published: dt.datetime) -> None:
    back = _round_trip(published)
    assert back.tzinfo is published.tzinfo  # ZoneInfo instances are cached by key
    assert back.fold == published.fold
    assert back.utcoffset() == published.utcoffset()
    assert back.replace(tzinfo=None) == published.replace(tzinfo=None)


def test_zone_name_is_written_as_rfc_9557() -> None:
    stamp = dt.datetime(2019, 11, 3, 1, 30, tzinfo=NEW_YORK, fold=1)
    assert format_iso(stamp) == "2019-11-03T01:30:00-05:00[America/New_York]"
    assert parse_iso("2019-11-03T01:30:00-05:00[America/New_York]").fold == 1
    assert parse_iso("2019-11-03T01:30:00-04:00[America/New_York]").fold == 0


@pytest.mark.parametrize(
    "text",
    [
        "2019-11-26[Europe/Paris]",  # a zone needs a time and an offset
        "2019-11-26T09:30:00[Europe/Paris]",
        "2019-11-26T09:30:00+01:00[Mars/Olympus_Mons]",
        "2019-11-26T09:30:00+01:00[../../etc/passwd]",
    ],
)
def test_bad_zone_names_are_value_errors_naming_published(text: str) -> None:
    with pytest.raises(ValueError, match="published"):
        coerce_published(text)


def test_pytz_zone_keeps_its_name() -> None:
    pytz = pytest.importorskip("pytz")
    stamp = pytz.timezone("America/New_York").localize(
        dt.datetime(2019, 11, 3, 1, 30), is_dst=False
    )
    got = coerce_published(stamp)
    assert isinstance(got, dt.datetime)
    assert got.tzinfo is NEW_YORK
    assert got == stamp.astimezone(NEW_YORK)
    assert (got.fold, got.utcoffset()) == (1, dt.timedelta(hours=-5))
    _round_trip(got)


def test_other_zone_becomes_its_fixed_offset() -> None:
    tz = pytest.importorskip("dateutil.tz")
    stamp = dt.datetime(2019, 11, 3, 1, 30, tzinfo=tz.gettz("America/New_York"), fold=1)
    got = coerce_published(stamp)
    assert isinstance(got, dt.datetime)
    assert got.utcoffset() == dt.timedelta(hours=-5)
    assert got.replace(tzinfo=None) == stamp.replace(tzinfo=None)
    _round_trip(got)


@settings(max_examples=200, deadline=None)
@given(
    published=st.datetimes(
        min_value=dt.datetime(1, 1, 2),
        max_value=dt.datetime(9999, 12, 30),
        timezones=st.timezones(),
        allow_imaginary=True,
    )
)
def test_any_aware_datetime_round_trips(published: dt.datetime) -> None:
    stamp = coerce_published(published)
    assert isinstance(stamp, dt.datetime)
    back = parse_iso(json.loads(json.dumps(format_iso(stamp))))
    assert isinstance(back, dt.datetime)
    assert back == stamp
    assert (back.tzinfo, back.utcoffset()) == (stamp.tzinfo, stamp.utcoffset())
    assert back.replace(tzinfo=None) == stamp.replace(tzinfo=None)
