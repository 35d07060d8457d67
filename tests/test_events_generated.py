"""Events generated from the package's own country table, in neutral news
sentences: for every country, as source and as target, the act is coded with
both parties and their countries. A failure is a kind of news sentence the
stage misreads (a country name it does not take as a party, a phrasing it does
not code), not a row to drop."""

from __future__ import annotations

import datetime

import pytest

import newsfacts
from newsfacts._data import iter_rows
from newsfacts.knowledge.countries import country_name
from newsfacts.knowledge.gazetteer import gazetteer

_PUBLISHED = datetime.date(2024, 1, 1)
_CODES = sorted({row[1] for row in iter_rows("knowledge/data/demonyms.tsv")})
# Each country with another one further down the table: every country is a
# source once and a target once.
PAIRS = [(a, _CODES[(k + 7) % len(_CODES)]) for k, a in enumerate(_CODES)]

# (sentence, CAMEO code prefix): source {a}, target {b}
TEMPLATES = [
    ("{a} accused {b} of violating the ceasefire.", "11"),
    ("{a} imposed sanctions on {b}.", "16"),
    ("{a} expelled two diplomats from {b}.", "16"),
    ("The president of {a} met the prime minister of {b} in Geneva on Tuesday.", "04"),
    ("Troops from {a} attacked {b} on Sunday.", "19"),
    ("The government of {a} expelled the ambassador of {b}.", "16"),
    ("{b} said on Monday that {a} had attacked its border posts.", "19"),
]


def _coded_between(text: str, code: str, a: str, b: str) -> bool:
    """`text` has an event of code prefix `code` from country `a` upon `b`."""
    return any(
        e.cameo.startswith(code)
        and e.source is not None
        and e.target is not None
        and (e.source.country, e.target.country) == (a, b)
        for e in newsfacts.parse_article(text, published=_PUBLISHED).events
    )


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
def test_every_country_is_a_party_of_a_coded_act(a: str, b: str) -> None:
    missed = []
    for template, code in TEMPLATES:
        text = template.format(a=country_name(a), b=country_name(b))
        if not _coded_between(text, code, a, b):
            events = newsfacts.parse_article(text, published=_PUBLISHED).events
            missed.append((text, [(e.cameo, e.source, e.target) for e in events]))
    assert not missed, missed


def _capital(code: str) -> str | None:
    """The national capital of country `code`, from the package's gazetteer."""
    entry = gazetteer().capitals.get(code)
    return entry.name if entry is not None else None


_DEMONYM = {}
for _row in iter_rows("knowledge/data/demonyms.tsv"):
    _DEMONYM.setdefault(_row[1], _row[0])

# How news names a state acting: its name, its government, its officials, its
# capital (as a subject: "Moscow denied"), a minister of it.
SUBJECT_FORMS = [
    "{name}",
    "The {demonym} government",
    "{demonym} officials",
    "{capital}",
    "{name}'s foreign minister",
]
OBJECT_FORMS = ["{name}", "the {demonym} government", "{demonym} officials"]
# (predicate with {o}, CAMEO root)
ACTS = [
    ("criticized {o}", "11"),
    ("praised {o}", "05"),
    ("accused {o} of spying", "11"),
    ("met {o} on Monday", "04"),
    ("condemned {o}", "11"),
    ("urged {o} to act", "02"),
    ("thanked {o} for its help", "05"),
    ("held talks with {o}", "04"),
    ("warned {o} against escalation", "13"),
    ("apologized to {o}", "05"),
    ("congratulated {o}", "05"),
    ("imposed sanctions on {o}", "16"),
]
STATE_PAIRS = [("FR", "DE"), ("JP", "CN"), ("BR", "AR"), ("KE", "ET"), ("CA", "MX")]


def _forms(code: str, forms: list[str]) -> list[str]:
    values = {
        "name": country_name(code),
        "demonym": _DEMONYM[code],
        "capital": _capital(code) or country_name(code),
    }
    return [f.format(**values) for f in forms]


@pytest.mark.parametrize(
    ("a", "b"), STATE_PAIRS, ids=[f"{a}-{b}" for a, b in STATE_PAIRS]
)
def test_a_state_acting_by_any_of_its_names(a: str, b: str) -> None:
    missed = []
    for subject in _forms(a, SUBJECT_FORMS):
        for obj in _forms(b, OBJECT_FORMS):
            for act, root in ACTS:
                text = f"{subject} {act.format(o=obj)}."
                if not _coded_between(text, root, a, b):
                    missed.append(text)
    assert not missed, missed
