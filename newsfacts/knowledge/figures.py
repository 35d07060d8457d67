"""Prominent political figures: heads of state and government, ministers and
international officials, with their country and CAMEO-style code."""

from __future__ import annotations

from collections.abc import Callable

import attrs

from .._data import iter_rows, lazy
from .countries import alpha3
from .keys import figure_key

__all__ = ["Figure", "Figures", "figure_first_words", "political_figures"]


@attrs.frozen(slots=True)
class Figure:
    """A prominent political figure: country (alpha-2, None for an international
    official) and CAMEO-style code ("USAGOV", "IGOUNO"), held from the year
    `since` to the year `until` (None: still held, or not known)."""

    name: str
    country: str | None
    code: str
    since: int | None = None
    until: int | None = None

    def distance(self, year: int) -> int:
        """Years from `year` to this role (0 while it is held)."""
        if self.since is not None and year < self.since:
            return self.since - year
        if self.until is not None and year > self.until:
            return year - self.until
        return 0


def _surname_keys(first: str, surnames: str) -> list[str]:
    """The bare-surname forms of a figure (see political_figures.tsv)."""
    if surnames == "-":
        return []
    if surnames:
        return [figure_key(s) for s in surnames.split("|")]
    return [figure_key(first).split()[-1]]


@attrs.frozen(slots=True)
class Figures:
    """Figures by full-name key and by surname key. A key that stands for
    different people of different countries or codes maps to None
    (ambiguous); a key of one person who held roles of different countries or
    codes ("Donald Tusk": Poland's prime minister, then the European Council's
    president) maps to the latest role, and `roles` keeps them all so that
    `on` picks the one held at an article's date."""

    full: dict[str, Figure | None]
    surname: dict[str, Figure | None]
    roles: dict[str, tuple[Figure, ...]]

    def on(
        self,
        key: str,
        fig: Figure,
        year: int | None,
        told: Callable[[Figure], bool] | None = None,
    ) -> Figure:
        """The role of `fig` (found under `key`) that the text tells (`told`:
        "NATO Secretary-General Jens Stoltenberg"), else any; of those, the
        role held in `year` (the latest begun, where two are held that year),
        else the nearest in time; with no year, the latest. `fig` itself when
        the person has a single role."""
        roles = self.roles.get(key)
        if not roles:
            return fig
        pool = [r for r in roles if told(r)] if told is not None else []
        pool = pool or list(roles)
        if year is None:
            return pool[-1]
        return min(pool, key=lambda r: (r.distance(year), -(r.since or 0)))


def _years(text: str) -> tuple[int | None, int | None]:
    """("2013", "2019") of "2013-2019"; an open end ("2019-") is None."""
    since, _, until = text.partition("-")
    return (
        int(since) if since.isdigit() else None,
        int(until) if until.isdigit() else None,
    )


def _resolve(
    found: dict[str, list[Figure]],
    table: dict[str, Figure | None],
    roles: dict[str, tuple[Figure, ...]],
) -> None:
    """Fill `table` from the figures `found` under each key: one country and
    code, or one person's roles (the latest, all kept in `roles`), or None."""
    for key, figs in found.items():
        if len({(f.country, f.code) for f in figs}) == 1:
            table[key] = figs[0]
        elif len({f.name for f in figs}) == 1:
            ordered = tuple(sorted(figs, key=lambda f: f.since or 0))
            table[key] = ordered[-1]
            roles[key] = ordered
        else:
            table[key] = None


@lazy
def political_figures() -> Figures:
    """Heads of state and government, ministers and international officials."""
    by_full: dict[str, list[Figure]] = {}
    by_surname: dict[str, list[Figure]] = {}
    for names, country, sector, years, surnames in iter_rows(
        "knowledge/data/political_figures.tsv"
    ):
        forms = names.split("|")
        cc = None if country == "-" else country
        national = cc is not None and len(sector) == 3
        code = (alpha3(cc) or "") + sector if national else sector
        fig = Figure(forms[0], cc, code, *_years(years))
        for form in forms:
            by_full.setdefault(figure_key(form), []).append(fig)
        for key in _surname_keys(forms[0], surnames):
            by_surname.setdefault(key, []).append(fig)
    full: dict[str, Figure | None] = {}
    surname: dict[str, Figure | None] = {}
    roles: dict[str, tuple[Figure, ...]] = {}
    _resolve(by_full, full, roles)
    _resolve(by_surname, surname, roles)
    return Figures(full, surname, roles)


@lazy
def figure_first_words() -> frozenset[str]:
    """The first words of the figures' full names of two words or more, as
    their keys write them ("mohammed", "jose"): a name can open only with one
    of these, which spares the stages a key for most capitalised words."""
    return frozenset(k.split()[0] for k in political_figures().full if " " in k)
