"""Readers of the PETRARCH2 dictionary formats (actors, agents, discards).

Used by `scripts/build_actor_knowledge.py`; the format is described in the
dictionaries' own guide (`docs/source/dictionaries.rst` of PETRARCH2, copied
beside the source files as FORMAT.rst). In short:

- an actor record is a primary phrase, then synonym lines `+PHRASE`, then code
  lines `\\t[CODE]` or `\\t[CODE DATES]` (a code may also follow the primary on
  its own line); words are joined by `_` or blanks; `#` starts a comment;
- dates restrict a code: `<D` (up to D), `>D` (from D), `D-D` (between), with D
  written YYYYMMDD or YYMMDD (YY 00-30 is 20YY, otherwise 19YY), limits included
  (a lone date, which the guide does not define, is read as a start: the one
  case, "[USAGOV 19820101] # entered Foreign Service", says so);
  a code without dates is the default, used when no dated code applies; `---`
  is the null code;
- a primary phrase with no code before the next primary shares the codes of the
  record that follows (PETRARCH reads a run of primaries as one entry), so each
  primary of such a run gets the codes that close the run;
- an agent line is `PHRASE {PLURAL} [~CODE]`: `{}` means no plural, a missing
  `{...}` means the regular plural; `!NAME! = A, B` defines a substitution set
  whose items replace `!NAME!` in later phrases, with no plural formed; `~CODE`
  (or `CODE~`) is the agent code.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

__all__ = [
    "AgentLine",
    "Code",
    "Entry",
    "Group",
    "parse_date",
    "read_actors",
    "read_agents",
    "read_discards",
]

_BRACKET = re.compile(r"\[([^\[\]]*)\]")
_CODE = re.compile(r"[A-Z][A-Z0-9]{2,17}")


@dataclass(frozen=True)
class Code:
    """A code of an actor record: `start`/`end` are YYYYMMDD strings ("" = open);
    both empty for the default code."""

    code: str
    start: str = ""
    end: str = ""

    @property
    def dated(self) -> bool:
        return bool(self.start or self.end)


@dataclass
class Entry:
    """A primary phrase and its synonyms, with the line it starts on and its
    comment (where PETRARCH notes its source, e.g. "CountryInfo.txt")."""

    primary: str
    synonyms: list[str] = field(default_factory=list)
    line: int = 0
    comment: str = ""


@dataclass
class Group:
    """A run of entries sharing one list of codes, in the file's order."""

    entries: list[Entry]
    codes: list[Code]
    bad_codes: int = 0


def parse_date(text: str) -> str | None:
    """A PETRARCH date as YYYYMMDD, or None if malformed. As PETRARCH reads them:
    six digits are YYMMDD, eight or more YYYYMMDD followed by junk ("201005011"
    is 2010-05-01); seven digits are an error."""
    if not text.isdigit() or len(text) < 6 or len(text) == 7:
        return None
    text = text[:8]
    if len(text) == 6:
        year = int(text[:2])
        text = ("20" if year <= 30 else "19") + text
    try:
        datetime.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None
    return text


def _code(spec: str) -> Code | None:
    """One bracketed code with its optional date restriction, or None when it
    is the null code or cannot be read."""
    parts = spec.split()
    if not parts or not _CODE.fullmatch(parts[0]):
        return None
    code = parts[0]
    dates = "".join(parts[1:])
    if not dates:
        return Code(code)
    if dates.startswith("<"):
        end = parse_date(dates[1:])
        return Code(code, "", end) if end else None
    if dates.startswith(">"):
        start = parse_date(dates[1:])
        return Code(code, start) if start else None
    if "-" in dates:
        first, _, last = dates.partition("-")
        start, end = parse_date(first), parse_date(last)
        return Code(code, start, end) if start and end and start <= end else None
    start = parse_date(dates)  # a lone date: the role starts then
    return Code(code, start) if start else None


def _codes(text: str, group: Group) -> bool:
    """Add the bracketed codes of `text` to `group`; whether there were any."""
    found = False
    for spec in _BRACKET.findall(text):
        found = True
        if spec.strip() == "---":
            continue
        code = _code(spec)
        if code is None:
            group.bad_codes += 1
        else:
            group.codes.append(code)
    return found


def read_actors(text: str) -> list[Group]:
    """The records of an actors dictionary, grouped by shared codes; groups that
    end with no code are left out (PETRARCH codes nothing for them)."""
    groups: list[Group] = []
    group = Group([], [])
    closed = False  # the group has codes: the next primary starts a new one
    for number, raw in enumerate(text.splitlines(), 1):
        body, _, comment = raw.partition("#")
        body = body.strip()
        if not body:
            continue
        if body.startswith("["):
            closed = _codes(body, group) or closed
            continue
        if body.startswith("+"):
            name = body[1:].split("[")[0].strip()
            if group.entries and name:
                # "+A+_B" (two synonyms run together) is read as two
                group.entries[-1].synonyms.extend(
                    p for p in name.split("+") if p.strip("_ ")
                )
            closed = _codes(body, group) or closed
            continue
        if closed:
            groups.append(group)
            group = Group([], [])
            closed = False
        name = body.split("[")[0].strip()
        group.entries.append(Entry(name, [], number, comment.strip()))
        closed = _codes(body, group) or closed
    if closed:
        groups.append(group)
    return [g for g in groups if g.codes or g.bad_codes]


@dataclass(frozen=True)
class AgentLine:
    """A phrase of the agents dictionary with its forms and code: `plural` is
    None for the regular plural, "" for none, else the given plural."""

    phrase: str
    plural: str | None
    code: str
    line: int
    expanded: bool = False  # made from a substitution set ("POLICEMEN")


_AGENT = re.compile(
    r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]"
)


def read_agents(text: str) -> Iterator[AgentLine]:
    """The phrases of an agents dictionary, substitution sets expanded."""
    sets: dict[str, list[str]] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        body = raw.split("#")[0].strip()
        if not body or body.startswith("<"):
            continue
        if body.startswith("!") and "=" in body:
            name, _, items = body.partition("=")
            sets[name.strip()] = [i.strip() for i in items.split(",") if i.strip()]
            continue
        match = _AGENT.match(body)
        if not match:
            continue
        code = match["code"].strip().strip("~").strip()
        if not _CODE.fullmatch(code):
            continue
        phrase = match["phrase"].strip()
        plural = match["plural"]
        marker = re.search(r"![A-Z]+!", phrase)
        if marker and marker[0] in sets:
            for item in sets[marker[0]]:
                yield AgentLine(phrase.replace(marker[0], item), "", code, number, True)
            continue
        if marker:
            continue
        yield AgentLine(
            phrase, None if plural is None else plural.strip(), code, number
        )


def read_discards(text: str) -> Iterator[str]:
    """The phrases of the discard list (sentences or stories PETRARCH does not
    code: sports, entertainment), without their `+` and trailing `_`."""
    for raw in text.splitlines():
        body = raw.split("#")[0].strip()
        if body:
            yield body.lstrip("+").rstrip("_").strip()
