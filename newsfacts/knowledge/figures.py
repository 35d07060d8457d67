"""Prominent political figures: heads of state and government, ministers and
international officials, with their country and CAMEO-style code."""

from __future__ import annotations

import attrs

from .._data import iter_rows, lazy
from .countries import alpha3
from .keys import figure_key

__all__ = ["Figure", "Figures", "figure_first_words", "political_figures"]


@attrs.frozen(slots=True)
class Figure:
    """A prominent political figure: country (alpha-2, None for an international
    official) and CAMEO-style code ("USAGOV", "IGOUNO")."""

    name: str
    country: str | None
    code: str


def _surname_keys(first: str, surnames: str) -> list[str]:
    """The bare-surname forms of a figure (see political_figures.tsv)."""
    if surnames == "-":
        return []
    if surnames:
        return [figure_key(s) for s in surnames.split("|")]
    return [figure_key(first).split()[-1]]


@attrs.frozen(slots=True)
class Figures:
    """Figures by full-name key and by surname key; a key that stands for
    figures of different countries or codes maps to None (ambiguous)."""

    full: dict[str, Figure | None]
    surname: dict[str, Figure | None]


def _add(table: dict[str, Figure | None], key: str, fig: Figure) -> None:
    """Record `fig` under `key`, or mark the key ambiguous on a conflict."""
    if key not in table:
        table[key] = fig
        return
    old = table[key]
    if old is not None and (old.country, old.code) != (fig.country, fig.code):
        table[key] = None


@lazy
def political_figures() -> Figures:
    """Heads of state and government, ministers and international officials."""
    full: dict[str, Figure | None] = {}
    surname: dict[str, Figure | None] = {}
    for names, country, sector, _years, surnames in iter_rows(
        "knowledge/data/political_figures.tsv"
    ):
        forms = names.split("|")
        cc = None if country == "-" else country
        national = cc is not None and len(sector) == 3
        code = (alpha3(cc) or "") + sector if national else sector
        fig = Figure(forms[0], cc, code)
        for form in forms:
            _add(full, figure_key(form), fig)
        for key in _surname_keys(forms[0], surnames):
            _add(surname, key, fig)
    return Figures(full, surname)


@lazy
def figure_first_words() -> frozenset[str]:
    """The first words of the figures' full names of two words or more, as
    their keys write them ("mohammed", "jose"): a name can open only with one
    of these, which spares the stages a key for most capitalised words."""
    return frozenset(k.split()[0] for k in political_figures().full if " " in k)
