"""Build `newsfacts/knowledge/data/companies.tsv.gz`: companies of the big stock
indices, so that a company news names with no marker word ("Unilever said",
"Capgemini bought ...") is known as an organisation with its country.

Source: `pytickersymbols==1.17.10` (MIT licence, by SlashGordon), whose data
module lists the members of twenty indices (S&P 500 and 600, NASDAQ 100, Dow
Jones, DAX, MDAX, SDAX, TecDAX, FTSE 100, CAC 40 and Mid 60, EURO STOXX 50,
IBEX 35, AEX, BEL 20, OMX Helsinki 25 and Stockholm 30, Switzerland 20, NIKKEI
225) with each company's name and country or head office.

Rules, so that a listed name never takes a word news uses for something else:

1. A parenthesised note is dropped ("Wiley (publisher)"). A name news would
   not write as one run of capitalised words is left out: an apostrophe
   ("Moody's", which reads as a possessive), "+", "!", "/", a dash other than
   the hyphen, a web address ("Cars.com"), a word opening in lower case
   ("eXp World") or a foreign connector ("Maurel et Prom").
2. Each company is known by its name and by its name without a legal form or
   "Group" ("Insulet Corporation" -> "Insulet", "Volkswagen Group" ->
   "Volkswagen"; words in LEGAL_FORMS).
3. A form of one word is kept only when it is not a common English word
   ("Target", "Progressive"), not a given name ("Elisa"), not one of the
   commonest US surnames ("Ford"), not the name of any place, town or district
   of the package's gazetteer ("Hubbell"), and of four letters or more; or
   when it is written in capitals, three letters or more, and its lower case
   is no common word ("BASF", "TDK"; not "SAP").
4. A form of two words whose first is a given name is a person's name ("Steve
   Madden"), and a form that is a place's name or ends in a word that makes
   one ("State Street" of "State Street Corporation") is the place; both are
   left out.
5. The country is the one the row names (a country, or a head office "City,
   State" in the United States), else that of its national index; the code is
   the country's alpha-3 code and "BUS", as CAMEO codes a business ("BUS"
   alone for the few of no known country). The source's country is wrong
   for many members of a national index outside the United States (Canon
   and Suzuki "United Kingdom", Aegon "United States", Laboratorios Rovi
   "Finland"): where the row names a country that has a national index of
   its own in the source (the United States counted) and the company is
   in none of that country's indices but in a national index of another,
   the national index's country wins ("Canon Inc." of the NIKKEI 225: JP).
   A country with no index of its own in the source is a domicile and
   stays (ArcelorMittal, Luxembourg; Medtronic, Ireland), and so does the
   row of a company listed only in United States indices, where foreign
   companies are listed too (Arm Holdings, United Kingdom). The few rows
   these rules leave wrong are mended by `scripts/data/company_countries.tsv`,
   each with its reason.

Rows are sorted by name, so the output is reproducible byte for byte.

Run from the project root:  .venv/bin/python scripts/build_companies.py
Needs the `data` extra (`pip install -e .[data]`).
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import regex

PACKAGE = "pytickersymbols"
VERSION = "1.17.10"
OUT = (
    Path(__file__).resolve().parent.parent / "newsfacts/knowledge/data/companies.tsv.gz"
)
HEADER = (
    "# Companies of the big stock indices: name, other forms (|), country\n"
    "# (alpha-2), code. Built by scripts/build_companies.py from\n"
    f"# {PACKAGE}=={VERSION} (MIT).\n"
)
LEGAL_FORMS = frozenset(
    """inc inc. incorporated corp corp. corporation co co. company plc ltd ltd.
    limited ag se sa s.a. nv n.v. ab asa spa s.p.a. oyj oy kgaa llc group
    holding holdings companies""".split()
)
MIN_WORD = 4  # a one-word name shorter than this is too often something else
MIN_CAPS = 3  # a one-word name in capitals ("TDK") from this length
MAX_SURNAME = 2000  # US Census surnames this common are people's before firms'
_PAREN = regex.compile(r"\s*\([^)]*\)")
# Last words that make a name a place's ("State Street", "Canary Wharf").
PLACE_HEADS = frozenset(
    """street avenue road square boulevard lane drive plaza wharf bridge park
    gardens lake river bay island islands mountain hill hills valley beach
    harbor harbour port county city town village""".split()
)
# The indices of United States companies (and of foreign ones listed there).
US_INDICES = ("DOW JONES", "NASDAQ 100", "S&P 100", "S&P 500", "S&P 600")
# Hand corrections of the source's countries, with reasons.
CORRECTIONS = Path(__file__).resolve().parent / "data" / "company_countries.tsv"
# The country of a national index, for rows that name none.
INDEX_COUNTRIES = {
    "AEX": "NL",
    "BEL 20": "BE",
    "CAC Mid 60": "FR",
    "CAC_40": "FR",
    "DAX": "DE",
    "FTSE 100": "GB",
    "IBEX 35": "ES",
    "MDAX": "DE",
    "NIKKEI 225": "JP",
    "OMX Helsinki 25": "FI",
    "OMX Stockholm 30": "SE",
    "SDAX": "DE",
    "Switzerland 20": "CH",
    "TecDAX": "DE",
}


def _country(field: str | None) -> str | None:
    """Alpha-2 code of a row's country or head office ("Houston, Texas")."""
    import pycountry

    if not field:
        return None
    last = field.replace(";", ",").split(",")[-1].strip()
    if last in ("D.C.", "Washington, D.C."):
        return "US"
    us_states = {s.name for s in pycountry.subdivisions.get(country_code="US")}
    if last in us_states:
        return "US"
    try:
        return str(pycountry.countries.lookup(last).alpha_2)
    except LookupError:
        return None


def _bare(name: str) -> str:
    """The name without a trailing legal form, "&" or "and" ("Merck & Co.")."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower() in LEGAL_FORMS | {"&", "and"}:
        words.pop()
    return " ".join(words)


# Lower-case words a company's name may hold between capitalised ones.
_INNER = frozenset(("of", "and", "&", "the", "for"))
_ODD = regex.compile(r"['’+!/–—]|\.(?:com|net|io)\b")


def _well_formed(name: str) -> bool:
    """Written as news writes one run of capitalised words (rule 1)."""
    if _ODD.search(name):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _INNER for w in name.split())


class _Judge:
    """What a name's words are besides a company's."""

    def __init__(self) -> None:
        from importlib import resources

        from newsfacts.knowledge.names import given_names
        from newsfacts.language.tagger_lexicon import common_words, lexicon

        self.common = common_words()
        self.entries = lexicon().entries
        self.given = given_names()
        text = resources.files("names").joinpath("dist.all.last").read_text("ascii")
        self.surnames = {
            parts[0].lower()
            for parts in (line.split() for line in text.splitlines())
            if len(parts) == 4 and int(parts[3]) <= MAX_SURNAME
        }

    def is_word(self, low: str) -> bool:
        entry = self.entries.get(low)
        return low in self.common or (
            entry is not None and entry[0] not in ("NNP", "NNPS")
        )

    def is_place(self, name: str) -> bool:
        from newsfacts.knowledge.gazetteer import districts, gazetteer, towns
        from newsfacts.knowledge.keys import name_key

        key = name_key(name)
        return (
            gazetteer().known(key)
            or bool(towns().lookup(key))
            or bool(districts().lookup(key))
        )

    def keeps(self, form: str) -> bool:
        words = form.split()
        if len(words) > 1 and words[0] == "The":
            words = words[1:]  # matched without it ("The Hartford" is "Hartford")
            form = " ".join(words)
        if not words:
            return False
        if len(words) == 1:
            w = words[0]
            low = w.lower()
            if w.isupper():
                return len(w) >= MIN_CAPS and w.isalpha() and not self.is_word(low)
            return (
                len(w) >= MIN_WORD
                and not self.is_word(low)
                and low not in self.given
                and low not in self.surnames
                and not self.is_place(w)
            )
        if len(words) == 2 and words[0].lower() in self.given:
            return False  # "Steve Madden": a person's name
        if words[-1].lower() in PLACE_HEADS:
            return False  # "State Street": a street before it is a bank
        return not self.is_place(form)


def rows() -> list[tuple[str, str, str, str]]:
    """(name, other forms, country, code) of every index member kept."""
    from pytickersymbols import PyTickerSymbols

    from newsfacts.knowledge.countries import alpha3

    judge = _Judge()
    tickers = PyTickerSymbols()
    listed: dict[str, str] = {}  # name -> country of its index, where it has one
    in_country: dict[str, set[str]] = {}  # name -> the countries of its indices
    for index, where in sorted(INDEX_COUNTRIES.items()):
        for stock in tickers.get_stocks_by_index(index):
            listed.setdefault(str(stock.get("name")), where)
            in_country.setdefault(str(stock.get("name")), set()).add(where)
    for index in US_INDICES:
        for stock in tickers.get_stocks_by_index(index):
            in_country.setdefault(str(stock.get("name")), set()).add("US")
    indexed = {*INDEX_COUNTRIES.values(), "US"}  # countries with indices
    corrections = _corrections()
    out: dict[str, tuple[str, str, str, str]] = {}
    for stock in tickers.get_all_stocks():
        raw = str(stock.get("name") or "")
        name = " ".join(_PAREN.sub("", raw).split()).rstrip(",")
        name = regex.sub(
            r",\s+(?=\S+$)", " ", name
        )  # "Certara, Inc." -> "Certara Inc."
        if not name or not _well_formed(name):
            continue
        bare = _bare(name)
        forms = [name] if judge.keeps(name) else []
        if (
            bare != name
            and judge.keeps(bare)
            and not (bare.isupper() and len(bare) < MIN_WORD)
        ):
            forms.append(bare)  # not "APA" of "APA Corporation": too short a stem
        if not forms:
            continue
        country = _country(stock.get("country")) or listed.get(raw)
        if (
            raw in listed
            and country in indexed
            and country not in in_country.get(raw, ())
        ):
            country = listed[raw]  # rule 5: "Canon Inc." of the NIKKEI 225
        country = corrections.get(raw, country)
        code = (alpha3(country) or "") + "BUS" if country else "BUS"
        display = forms[0]
        out.setdefault(display, (display, "|".join(forms[1:]), country or "", code))
    return [out[k] for k in sorted(out)]


def _corrections() -> dict[str, str]:
    """Source name -> its country, from `CORRECTIONS` (rule 5)."""
    out = {}
    for line in CORRECTIONS.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, country, _reason, _example = line.split("\t")
            out[name] = country
    return out


def build() -> bytes:
    body = HEADER + "".join("\t".join(r) + "\n" for r in rows())
    raw = body.encode("utf-8")
    return gzip.compress(raw, mtime=0)


def main() -> int:
    from importlib.metadata import version

    have = version(PACKAGE)
    if have != VERSION:
        print(f"needs {PACKAGE}=={VERSION}, have {have}", file=sys.stderr)
        return 1
    OUT.write_bytes(build())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
