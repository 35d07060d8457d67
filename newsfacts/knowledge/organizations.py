"""Well-known organisations: canonical name, aliases, acronym, country and code."""

from __future__ import annotations

import attrs

from .._data import iter_rows, lazy
from .keys import org_key

__all__ = ["KnownOrg", "known_org_max_len", "known_orgs"]


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
