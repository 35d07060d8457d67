"""Well-known organisations: canonical name, aliases, acronym, country and code.

Four sources: the curated table `organizations.tsv` (hand-written, first),
the sports clubs of `clubs.tsv` (hand-written; a club's code is its country's),
the organisations of the PETRARCH2 knowledge base (`petrarch/organizations.tsv.gz`,
built by `scripts/build_actor_knowledge.py`): international and non-state
bodies, parties, armed groups and companies, then the companies of the big
stock indices (`companies.tsv.gz`, built by `scripts/build_companies.py`). A
name or alias keeps the entry that claims it first, and an entry whose own
name an earlier table claims is that earlier entry, with all its forms. An
acronym of four letters or more is also known written in Title Case
("Unicef", "Unesco", "Nato"); an acronym that is a common word ("WHO") only
in capitals.
"""

from __future__ import annotations

import attrs

from .._data import WordSet, iter_rows, lazy, word_set
from .countries import alpha3
from .keys import org_key

__all__ = [
    "KnownOrg",
    "known_club",
    "known_org_max_len",
    "known_org_prefixes",
    "known_orgs",
]


@attrs.frozen(slots=True)
class KnownOrg:
    """A curated organisation: canonical name, acronym, country and actor code;
    for a sports club, its sport and league."""

    name: str
    acronym: str | None
    country: str | None
    code: str | None
    sport: str | None = None


@lazy
def known_orgs() -> dict[str, KnownOrg]:
    """Key of every name and alias (see `keys.org_key`) -> its organisation."""
    out: dict[str, KnownOrg] = {}
    rows = iter_rows("knowledge/data/organizations.tsv")
    for name, aliases, acronym, country, code in rows:
        org = KnownOrg(
            name,
            None if acronym == "-" else acronym,
            None if country == "-" else country,
            None if code == "-" else code,
        )
        forms = [name] + ([] if aliases == "-" else aliases.split("|"))
        if org.acronym:
            forms += _acronym_forms(org.acronym)
        for form in forms:
            out.setdefault(org_key(form), org)
    for name, written, country, league in iter_rows("knowledge/data/clubs.tsv"):
        club = KnownOrg(name, None, country, alpha3(country), league)
        for form in written.split("|"):  # "Liverpool F.C.", never the city alone
            out.setdefault(org_key(form), club)
    rows = iter_rows("knowledge/data/petrarch/organizations.tsv.gz")
    for name, acronym, aliases, country, code, capitals in rows:
        # an entry whose own name a table before claims is that organisation,
        # known first there: its other forms are that one's too ("Shabaab"
        # of PETRARCH2's "Al-Shabaab" is the curated al-Shabab)
        org = out.get(org_key(name)) or KnownOrg(
            name, acronym or None, country or None, code or None
        )
        forms = [name, *(a for a in aliases.split("|") if a)]
        if " " not in name and name[:1].isupper():
            forms.append(name.upper())  # "Hamas" also in an all-capital line
        if acronym:
            forms += [acronym] if capitals else _acronym_forms(acronym)
        for form in forms:
            key = org_key(form)
            if key and not key.isdigit():
                out.setdefault(key, org)
    for name, others, country, code in iter_rows("knowledge/data/companies.tsv.gz"):
        org = out.get(org_key(name)) or KnownOrg(name, None, country or None, code)
        for form in (name, *(f for f in others.split("|") if f)):
            out.setdefault(org_key(form), org)
    return out


def _acronym_forms(acronym: str) -> list[str]:
    """An acronym and, from four letters up, its Title Case form ("Unicef")."""
    bare = acronym.replace(".", "")
    if len(bare) >= 4 and bare.isalpha() and bare.isupper():
        return [acronym, bare.capitalize()]
    return [acronym]


def known_club(name: str) -> bool:
    """`name` is a sports club or team the package knows (`clubs.tsv`)."""
    org = known_orgs().get(org_key(name))
    return org is not None and org.sport is not None


@lazy
def known_org_max_len() -> int:
    """Longest known organisation name, in words."""
    return max(len(k.split()) for k in known_orgs())


@lazy
def known_org_prefixes() -> WordSet:
    """Every word prefix of a known name's key, lower-cased ("united", "united
    nations", ...): a scan for a known name stops where no name goes on."""
    out: set[str] = set()
    for key in known_orgs():
        words = key.lower().split()
        for n in range(1, len(words) + 1):
            out.add(" ".join(words[:n]))
    return word_set(out)
