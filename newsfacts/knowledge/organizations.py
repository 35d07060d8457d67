"""Well-known organisations: canonical name, aliases, acronym, country and code."""

from __future__ import annotations

import attrs

from .._data import iter_rows, lazy
from .keys import org_key

__all__ = ["KnownOrg", "known_org_max_len", "known_org_prefixes", "known_orgs"]


@attrs.frozen(slots=True)
class KnownOrg:
    """A curated organisation: canonical name, acronym, country and actor code."""

    name: str
    acronym: str | None
    country: str | None
    code: str | None


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
            forms.append(org.acronym)
        for form in forms:
            out.setdefault(org_key(form), org)
    return out


@lazy
def known_org_max_len() -> int:
    """Longest known organisation name, in words."""
    return max(len(k.split()) for k in known_orgs())


@lazy
def known_org_prefixes() -> frozenset[str]:
    """Every word prefix of a known name's key, lower-cased ("united", "united
    nations", ...): a scan for a known name stops where no name goes on."""
    out: set[str] = set()
    for key in known_orgs():
        words = key.lower().split()
        for n in range(1, len(words) + 1):
            out.add(" ".join(words[:n]))
    return frozenset(out)
