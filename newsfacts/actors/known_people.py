"""Known people by name: a person whose fullest name is a known political
figure's or a PETRARCH2 official's takes that figure's country and code,
as held on the article's date, over any context clue."""

from __future__ import annotations

import datetime
from collections import Counter
from functools import partial

from ..knowledge.families import without_family
from ..knowledge.figures import Figure, political_figures
from ..knowledge.keys import figure_key
from ..knowledge.petrarch import official
from .candidate import Candidate
from .country_offers import offer
from .entity import Entity, mention_text
from .names import cached_figure_key
from .words import WordLayer

__all__ = ["fullest_names", "known_figures", "known_officials"]


def _name_key(layer: WordLayer, c: Candidate) -> str:
    """Figure-matching key of a person mention, a possessive "'s" dropped
    (worked out once per distinct name)."""
    text = mention_text(layer, c)
    if text.endswith(("'s", "'S")):
        text = text[:-2]
    return cached_figure_key(text)


def fullest_names(layer: WordLayer, people: list[Entity]) -> dict[int, str]:
    """The fullest figure-matching key of each person's mentions (the most
    words, then the greatest), by the person's id: what both the political
    figures and the officials are looked up by."""
    fullest: dict[int, str] = {}
    for e in people:
        keys = [_name_key(layer, c) for c in e.cands]
        fullest[id(e)] = max(keys, key=lambda k: (len(k.split()), k)) if keys else ""
    return fullest


def known_figures(
    people: list[Entity], fullest: dict[int, str], on: datetime.date | None
) -> None:
    """A person who is a known political figure takes the figure's country and
    code over any context clue: by full name (`fullest`, see `fullest_names`),
    or by a surname of the list that no other person of the article bears.
    A figure who held roles of different countries or codes takes the one
    held at the article's date `on` ("Donald Tusk" is Poland's in 2010, the
    European Council's in 2016)."""
    figs = political_figures()
    year = on.year if on is not None else None
    by_last: dict[str, list[str]] = {}  # last word -> the fullest names ending in it
    for key in fullest.values():
        if " " in key:
            by_last.setdefault(key.rsplit(" ", 1)[-1], []).append(key)
    for e in people:
        key = fullest[id(e)]
        fig = figs.full.get(key)
        bare = without_family(key) if fig is None else None
        if bare is not None and figs.full.get(bare) is not None:
            # "Mohammed bin Zayed Al Nahyan", listed without the family
            key, fig = bare, figs.full[bare]
        if fig is None and e.title and key:
            # "King Fahd", "Pope Francis", "Mullah Omar": listed with the title
            titled = figure_key(f"{e.title} {key}")
            if figs.full.get(titled) is not None:
                key, fig = titled, figs.full[titled]
        if fig is None and key in figs.surname and key not in figs.full:
            fig = figs.surname[key]
            others = (
                k
                for k in by_last.get(key.rsplit(" ", 1)[-1], ())
                if k.endswith(" " + key)
            )
            if fig is not None and any(
                not _same(figs.full.get(k), fig) for k in others
            ):
                fig = None  # "Jeb Bush" elsewhere in the article: not sure which
        if fig is None:
            continue
        fig = figs.on(key, fig, year, partial(_told, e))
        e.figure = fig
        e.country, e.country_rank = fig.country, 0
        if fig.country is None:
            e.igo = fig.code
        else:
            e.sector = fig.code[3:6]
        if "figure" not in e.rule:
            e.rule = e.rule + "+figure" if e.rule else "figure"


def known_officials(
    people: list[Entity], fullest: dict[int, str], on: datetime.date | None
) -> None:
    """A person the PETRARCH2 officials table names (by full name, `fullest`,
    or by a surname the table gives one official) takes the country and code of
    the role that official held on the article's date `on` ("Vladimir Putin" is
    RUSGOV in 2019), unless a known political figure already decided. A bare
    surname another person of the article bears decides nothing."""
    last_words: Counter[str] = Counter()
    for e in people:
        if " " in fullest[id(e)]:
            last_words[fullest[id(e)].rsplit(" ", 1)[1]] += 1
    for e in people:
        key = fullest[id(e)]
        if e.figure is not None or not key or (" " not in key and last_words[key]):
            continue
        found = official(key, on)
        bare = without_family(key) if found is None else None
        if bare is not None:
            found = official(bare, on)  # listed without the ruling family
        if found is None:
            continue
        if found.code is None:  # no role then: the country of the latest one
            offer(e, found.country, 0)
            continue
        e.figure = Figure(found.name, found.country, found.code)
        e.country, e.country_rank = found.country, 0
        if found.country is None:
            e.igo = found.code
        else:
            e.sector = found.code[3:6]
        e.rule = e.rule + "+official" if e.rule else "official"


def _told(e: Entity, role: Figure) -> bool:
    """The text around person `e` names `role`: its international body
    ("NATO Secretary-General Jens Stoltenberg") or its country by a title or
    an apposition ("Norway's finance minister")."""
    if role.country is None:
        return e.igo == role.code
    return e.country == role.country and e.country_rank <= 4


def _same(a: Figure | None, b: Figure) -> bool:
    """Two figure rows that code the same: country and code alike."""
    return a is not None and (a.country, a.code) == (b.country, b.code)
