"""The public contract of `parse_article` and the records it returns."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import attrs
import pytest

import newsfacts
from newsfacts import Article, Mention


def all_mentions(article: Article) -> list[Mention]:
    """Every span an article reports, of every record kind."""
    spans: list[Mention] = [d.mention for d in article.dates]
    for loc in article.locations:
        spans += [*loc.mentions, *loc.metonymic]
    for actor in article.actors:
        spans += actor.mentions
    for ev in article.events:
        spans += [ev.trigger, ev.sentence, *ev.mentions]
    return spans


def test_public_names() -> None:
    assert newsfacts.__all__ == sorted(newsfacts.__all__)
    for name in newsfacts.__all__:
        assert getattr(newsfacts, name) is not None
    assert isinstance(newsfacts.__version__, str)


@pytest.mark.parametrize(
    "cls",
    [
        newsfacts.Mention,
        newsfacts.TimeExpression,
        newsfacts.Location,
        newsfacts.Actor,
        newsfacts.Event,
        newsfacts.Article,
    ],
)
def test_records_are_frozen_slotted_attrs(cls: type) -> None:
    assert attrs.has(cls)
    assert "__slots__" in cls.__dict__
    assert "rule" in attrs.fields_dict(cls) or cls in (newsfacts.Mention, Article)


def test_article_is_immutable(example_article: Article) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        example_article.title = "x"  # type: ignore[misc]


def test_collections_are_tuples(example_article: Article) -> None:
    for field in ("dates", "locations", "actors", "events"):
        assert isinstance(getattr(example_article, field), tuple)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (dt.date(2019, 11, 26), dt.date(2019, 11, 26)),
        (dt.datetime(2019, 11, 26, 9, 30), dt.datetime(2019, 11, 26, 9, 30)),
        (
            dt.datetime(2019, 11, 26, 9, 30, tzinfo=dt.timezone.utc),
            dt.datetime(2019, 11, 26, 9, 30, tzinfo=dt.timezone.utc),
        ),
        ("2019-11-26", dt.date(2019, 11, 26)),
        ("20191126", dt.date(2019, 11, 26)),
        (" 2019-11-26 ", dt.date(2019, 11, 26)),
        ("2019-11-26T09:30:00", dt.datetime(2019, 11, 26, 9, 30)),
        (
            "2019-11-26T09:30:00Z",
            dt.datetime(2019, 11, 26, 9, 30, tzinfo=dt.timezone.utc),
        ),
        (None, None),
    ],
)
def test_published_forms(published: object, expected: object) -> None:
    article = newsfacts.parse_article("Talks were held.", published=published)  # type: ignore[arg-type]
    assert article.published == expected
    assert article.published_source == ("argument" if expected else None)


@pytest.mark.parametrize(
    ("published", "error"),
    [
        ("yesterday", ValueError),
        ("2019-13-45", ValueError),
        ("121108", ValueError),
        ("26/11/2019", ValueError),
        ("", ValueError),
        (20191126, TypeError),
        (1574726400.0, TypeError),
        (["2019-11-26"], TypeError),
    ],
)
def test_bad_published_is_a_clear_error(published: object, error: type) -> None:
    with pytest.raises(error, match="published") as info:
        newsfacts.parse_article("Text.", published=published)  # type: ignore[arg-type]
    assert repr(published)[:10] in str(info.value) or type(published).__name__ in str(
        info.value
    )


@pytest.mark.parametrize("text", [None, b"bytes", 42, ["a list"]])
def test_text_must_be_str(text: object) -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        newsfacts.parse_article(text)  # type: ignore[arg-type]


def test_title_must_be_str() -> None:
    with pytest.raises(TypeError, match="title"):
        newsfacts.parse_article("Text.", title=5)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_blank_text_gives_empty_article(text: str) -> None:
    article = newsfacts.parse_article(text, published="2019-11-26")
    assert article.text == text
    assert (article.dates, article.locations, article.actors, article.events) == (
        (),
        (),
        (),
        (),
    )


@pytest.mark.parametrize(
    "text",
    [
        "<html><body><h1>Talks in Geneva</h1><p>Officials met on Monday.</p>"
        "<script>alert('x')</script></body></html>",
        "Le président a rencontré les ministres à Paris lundi.",
        "Путин встретился с Эрдоганом в Сочи в понедельник.",
        "中国外交部发言人周一表示。",
        "\x00\x01\x02\ufffd\ufffd binary \x7f junk \x1b[31m",
        "$$$ 1,000,000 %%% 12:00:00 ::: ... !!! ???",
        "A" * 10_000,
        ". " * 5_000,
        "(" * 2_000 + ")" * 2_000,
    ],
    ids=[
        "html",
        "french",
        "russian",
        "chinese",
        "binary",
        "symbols",
        "caps",
        "dots",
        "parens",
    ],
)
def test_odd_input_never_crashes_and_offsets_hold(text: str) -> None:
    article = newsfacts.parse_article(text, published="2019-11-26")
    for m in all_mentions(article):
        assert text[m.start : m.end] == m.text


def test_example_offsets_are_exact(example_article: Article, example_text: str) -> None:
    for m in all_mentions(example_article):
        assert example_text[m.start : m.end] == m.text
    for d in example_article.dates:
        assert example_text[d.start : d.end] == d.text


def test_round_trip_is_exact(example_article: Article) -> None:
    data = example_article.to_dict()
    assert json.loads(json.dumps(data)) == data  # JSON-safe
    assert Article.from_dict(data) == example_article
    assert Article.from_json(example_article.to_json()) == example_article


@pytest.mark.parametrize(
    "published",
    [
        None,
        dt.date(2019, 11, 26),
        dt.datetime(2019, 11, 26, 9, 0, tzinfo=dt.timezone.utc),
    ],
)
def test_round_trip_keeps_published_type(published: dt.date | None) -> None:
    article = newsfacts.parse_article("Officials met on Monday.", published=published)
    back = Article.from_dict(article.to_dict())
    assert back.published == published
    assert type(back.published) is type(published)


def test_from_dict_rejects_unknown_fields() -> None:
    with pytest.raises(ValueError, match="unknown field"):
        Article.from_dict({"text": "x", "bogus": 1})


def test_same_output_twice(example_text: str) -> None:
    a = newsfacts.parse_article(example_text, published="2019-11-26")
    b = newsfacts.parse_article(example_text, published="2019-11-26")
    assert a == b


def test_repr_is_short(example_article: Article) -> None:
    assert len(repr(example_article)) < 200


def test_import_is_cheap() -> None:
    code = (
        "import sys, builtins, io\n"
        "opened = []\n"
        "real_open = io.open\n"
        "def spy(file, *a, **k):\n"
        "    opened.append(str(file))\n"
        "    return real_open(file, *a, **k)\n"
        "builtins.open = io.open = spy\n"
        "import newsfacts\n"
        "newsfacts.__version__\n"
        "assert 'dateparser' not in sys.modules, 'dateparser imported'\n"
        "assert 'pandas' not in sys.modules, 'pandas imported'\n"
        "data = [f for f in opened if '/data/' in f.replace(chr(92), '/')\n"
        "        and '/newsfacts/' in f.replace(chr(92), '/')]\n"
        "assert 'newsfacts.language.tagger' not in sys.modules, 'tagger imported'\n"
        "assert 'newsfacts.text' not in sys.modules, 'text layer imported'\n"
        "assert 'newsfacts.knowledge.user' not in sys.modules, 'user checks imported'\n"
        "assert 'regex' not in sys.modules, 'regex imported'\n"
        "assert not data, data\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_warmup_runs() -> None:
    newsfacts.warmup()


def test_warmup_can_freeze_what_it_loaded() -> None:
    """`freeze=True` moves the loaded tables out of the collector's passes;
    without it nothing is frozen."""
    code = (
        "import gc, newsfacts\n"
        "newsfacts.warmup()\n"
        "assert gc.get_freeze_count() == 0\n"
        "gc.collect()\n"
        "alive = len(gc.get_objects())\n"
        "newsfacts.warmup(freeze=True)\n"
        "assert gc.get_freeze_count() >= alive > 50_000, (gc.get_freeze_count(), alive)\n"
        "a = newsfacts.parse_article('Police arrested two men in Cairo on Monday.')\n"
        "assert [e.cameo for e in a.events] == ['173']\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
