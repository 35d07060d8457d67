"""Lexicons of the actors stage (titles, organisation keywords, known organisations,
given names, stop words, group nouns), each loaded from `data/actors/` once, lazily.

Country names and demonyms come from the places stage's gazetteer; this module only
bridges to it so the actors stage never keeps a country list of its own.
"""

from __future__ import annotations

import unicodedata

import attrs

from ._data import iter_rows, lazy, read_text

__all__ = [
    "Figure",
    "Figures",
    "KnownOrg",
    "alpha3",
    "country_name",
    "demonym_country",
    "figure_key",
    "given_names",
    "group_nouns",
    "is_given_name",
    "known_orgs",
    "not_acronyms",
    "not_person_words",
    "org_keywords",
    "person_verbs",
    "place_country",
    "political_figures",
    "standalone_orgs",
    "stopwords",
    "titles",
]

_DIR = "data/actors/"


def _norm_key(text: str) -> str:
    """Lower-case, periods dropped, spaces collapsed: the lookup key of a phrase."""
    return " ".join(text.replace(".", "").lower().split())


@lazy
def given_names() -> frozenset[str]:
    """Lower-cased given names: census lists plus the hand-written supplement."""
    names = set()
    for name in ("given_names.txt.gz", "given_names_extra.txt"):
        for line in read_text(_DIR + name).splitlines():
            if line and not line.startswith("#"):
                names.add(line.strip())
    return frozenset(names)


@lazy
def stopwords() -> frozenset[str]:
    """Capitalised words that are never a name on their own."""
    return frozenset(
        line.strip()
        for line in read_text(_DIR + "stopwords.txt").splitlines()
        if line and not line.startswith("#")
    )


@lazy
def not_acronyms() -> frozenset[str]:
    """All-capital words that are not names ("AIDS", "TV"), lower-cased."""
    return frozenset(
        line.strip()
        for line in read_text(_DIR + "not_acronyms.txt").splitlines()
        if line and not line.startswith("#")
    )


@lazy
def not_person_words() -> frozenset[str]:
    """Words that make a capitalised name a thing, not a person ("World War")."""
    return frozenset(
        line.strip()
        for line in read_text(_DIR + "not_person_words.txt").splitlines()
        if line and not line.startswith("#")
    )


@lazy
def standalone_orgs() -> frozenset[str]:
    """Institution words that are an organisation on their own ("the Senate")."""
    return frozenset(
        line.strip()
        for line in read_text(_DIR + "standalone_orgs.txt").splitlines()
        if line and not line.startswith("#")
    )


@lazy
def person_verbs() -> frozenset[str]:
    """Verbs that mark a lone name before them as a person ("Annan said")."""
    return frozenset(
        line.strip()
        for line in read_text(_DIR + "person_verbs.txt").splitlines()
        if line and not line.startswith("#")
    )


@lazy
def titles() -> dict[tuple[str, ...], str]:
    """Title word sequence (lower-case, no periods) -> CAMEO-style sector or ""."""
    out: dict[tuple[str, ...], str] = {}
    for title, sector in iter_rows(_DIR + "titles.tsv"):
        out[tuple(_norm_key(title).split())] = "" if sector == "-" else sector
    return out


@lazy
def title_max_len() -> int:
    """Longest title, in words."""
    return max(len(k) for k in titles())


@attrs.frozen(slots=True)
class OrgKeyword:
    """A word that heads or closes an organisation name."""

    sector: str
    suffix: bool
    prefix: bool


@lazy
def org_keywords() -> dict[str, OrgKeyword]:
    """Lower-case keyword -> where it may stand and the sector it gives."""
    out: dict[str, OrgKeyword] = {}
    for word, sector, where in iter_rows(_DIR + "org_keywords.tsv"):
        out[word.replace(".", "")] = OrgKeyword(
            "" if sector == "-" else sector,
            where in ("suffix", "both"),
            where in ("prefix", "both"),
        )
    return out


@lazy
def group_nouns() -> dict[str, str]:
    """Group noun ("officials", "troops") -> sector."""
    return {n: ("" if s == "-" else s) for n, s in iter_rows(_DIR + "group_nouns.tsv")}


@attrs.frozen(slots=True)
class KnownOrg:
    """A curated organisation: canonical name, acronym, country and actor code."""

    name: str
    acronym: str | None
    country: str | None
    code: str | None


@lazy
def known_orgs() -> dict[str, KnownOrg]:
    """Key of every name and alias (see `org_key`) -> its organisation."""
    out: dict[str, KnownOrg] = {}
    for name, aliases, acronym, country, code in iter_rows(_DIR + "organizations.tsv"):
        org = KnownOrg(
            name,
            None if acronym == "-" else acronym,
            None if country == "-" else country,
            None if code == "-" else code,
        )
        forms = [name] + ([] if aliases == "-" else aliases.split("|"))
        if org.acronym:
            forms.append(org.acronym)
        for form in forms:
            out.setdefault(org_key(form), org)
    return out


@lazy
def known_org_max_len() -> int:
    """Longest known organisation name, in words."""
    return max(len(k.split()) for k in known_orgs())


def _fold(text: str) -> str:
    """Accents dropped ("Élysée" -> "Elysee"), so spellings with and without match."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_given_name(word: str) -> bool:
    """A given name of the lists, whatever its case or accents ("Recep", "Zoë")."""
    return _fold(word).lower() in given_names()


def org_key(text: str) -> str:
    """Matching key of an organisation name: case and periods kept apart from
    acronyms (so "WHO" never matches "who"), a leading "the" dropped."""
    words = _fold(text).replace(".", "").replace("'s ", " ").replace("' ", " ").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) == 1 and words[0].isupper():
        return words[0]  # acronyms stay case-sensitive
    return " ".join(words).lower()


@lazy
def _alpha3_table() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3, from pycountry (a runtime dependency)."""
    import pycountry  # a runtime dependency; imported on first use only

    table = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    table.setdefault("XK", "XKX")  # Kosovo (user-assigned code)
    return table


def alpha3(alpha2: str | None) -> str | None:
    """ISO alpha-3 of an alpha-2 country code, or None."""
    if not alpha2:
        return None
    return _alpha3_table().get(alpha2.upper())


def country_name(alpha2: str) -> str:
    """The gazetteer's common name of a country (else pycountry's)."""
    try:
        from . import gazetteer

        name = gazetteer.country_name(alpha2)
        if name:
            return str(name)
    except (ImportError, AttributeError, KeyError, LookupError):
        pass
    import pycountry

    found = pycountry.countries.get(alpha_2=alpha2.upper())
    if found is None:
        return alpha2
    return str(getattr(found, "common_name", None) or found.name)


def place_country(name: str) -> str | None:
    """The country a name is the name of ("US", "United States"), from the places
    gazetteer; for country names the places stage left unclaimed inside an
    organisation's name ("the US Foreign Office")."""
    try:
        from . import gazetteer

        found = gazetteer.gazetteer().lookup(gazetteer.name_key(name))
    except (ImportError, AttributeError, KeyError, LookupError):
        return None
    for entry, _own in found:
        if entry.kind == "country" and entry.country:
            return str(entry.country)
    return None


def demonym_country(word: str) -> str | None:
    """The country a demonym names ("Libyan" -> "LY"), from the places gazetteer."""
    try:
        from . import gazetteer

        found = gazetteer.demonym_country(word)
    except (ImportError, AttributeError, KeyError, LookupError):
        return None
    return str(found) if found else None


@attrs.frozen(slots=True)
class Figure:
    """A prominent political figure: country (alpha-2, None for an international
    official) and CAMEO-style code ("USAGOV", "IGOUNO")."""

    name: str
    country: str | None
    code: str


def figure_key(text: str) -> str:
    """Matching key of a person's name: accents, periods, case and the Arabic
    article dropped ("Omar El Bashir" = "Omar al-Bashir")."""
    words = []
    for word in _fold(text).replace(".", " ").lower().split():
        if word in ("al", "el"):
            continue
        words.append(
            word[3:] if word.startswith(("al-", "el-")) and len(word) > 3 else word
        )
    return " ".join(words)


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
    a3 = _alpha3_table()
    full: dict[str, Figure | None] = {}
    surname: dict[str, Figure | None] = {}
    for names, country, sector, _years, surnames in iter_rows(
        _DIR + "political_figures.tsv"
    ):
        forms = names.split("|")
        cc = None if country == "-" else country
        national = cc is not None and len(sector) == 3
        code = a3.get(cc or "", "") + sector if national else sector
        fig = Figure(forms[0], cc, code)
        for form in forms:
            _add(full, figure_key(form), fig)
        for key in _surname_keys(forms[0], surnames):
            _add(surname, key, fig)
    return Figures(full, surname)
