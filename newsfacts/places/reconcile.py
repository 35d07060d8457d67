"""One span, one thing: place mentions inside a person's or an organisation's name.

The places stage reads names alone; the actors stage reads the same text for
people, companies and teams. Where a person actor's mention covers a place
mention ("Keller" in "Anna Keller"), the span names the person and the place
mention is dropped. Inside an organisation's name a place is dropped too
("Mauritius" in "SME Mauritius Limited"), except where it opens the name or
follows its "of" as the place the organisation sits in or serves ("Maryland
State Police", "Enfield Council", "the Government of Alberta"), or is a country
that closes it ("Environment Canada", "Air France"): such a locative modifier is
a place mention in news as much as "police in Maryland". A
facility the places stage found where the sentence puts something at it ("at
the White House") stays a place where the actors stage reads the same span as
the office it houses.
A place the article only names inside actors' names is dropped altogether. A
metonymic capital or country ("Washington said") stays a place: the actors
stage reads it as a country actor, not as a person or an organisation; inside
a longer name ("Air India said") it is read as any other mention there.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from operator import attrgetter

import attrs

from ..findings import PlaceFindings
from ..knowledge.organizations import known_club
from ..records import Actor, ActorKind, Location, LocationKind, Mention

__all__ = ["drop_actor_spans"]

# Characters at most between the start of a name and a country closing it
# (a bound on the look-back, not a rule of news: names are short).
_CLOSE_REACH = 80


class _Spans:
    """Person or organisation mentions by start, each end raised to the largest
    end so far, so that one bisection finds a mention covering a span."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        spans = self.spans = sorted((m.start, m.end) for m in mentions)
        self.starts = [s for s, _ in spans]
        self.ends: list[int] = []
        top = -1
        for _, e in spans:
            top = max(top, e)
            self.ends.append(top)
        self.opening = {s for s, _ in spans}

    def covers(self, m: Mention) -> bool:
        """Some mention starting at or before `m` reaches its end."""
        i = bisect.bisect_right(self.starts, m.start) - 1
        return i >= 0 and self.ends[i] >= m.end

    def covers_longer(self, m: Mention) -> bool:
        """Some longer mention covers `m` ("India" in "Air India")."""
        before = bisect.bisect_left(self.starts, m.start) - 1
        if before >= 0 and self.ends[before] >= m.end:
            return True  # one starting before m reaches its end
        at = bisect.bisect_right(self.starts, m.start) - 1
        return at > before and self.ends[at] > m.end

    def closes(self, m: Mention) -> bool:
        """`m` ends a longer mention ("Canada" in "Environment Canada", "France"
        in "Air France"): a country closing an organisation's name is the
        country it serves, as much a place as "Maryland" in "Maryland State
        Police"."""
        i = bisect.bisect_left(self.starts, m.start) - 1
        while i >= 0 and m.start - self.starts[i] <= _CLOSE_REACH:
            if self.spans[i][1] == m.end:
                return True
            i -= 1
        return False

    def equals(self, m: Mention) -> bool:
        """Some mention has exactly the span of `m`."""
        i = bisect.bisect_left(self.starts, m.start)
        while i < len(self.starts) and self.starts[i] == m.start:
            if self.spans[i][1] == m.end:
                return True
            i += 1
        return False

    def locative(self, m: Mention, text: str) -> bool:
        """`m` opens a longer mention ("Maryland" in "Maryland State Police",
        "London" in "Middlesex-London EMS", after "the" at most) or follows "of"
        inside one ("the Government of Alberta"): the place the organisation
        sits in or serves."""
        if text[max(0, m.start - 3) : m.start] == "of ":
            return True
        start = m.start
        # A hyphenated compound of places opens the name as a whole.
        while start > 0 and m.start - start < 40 and text[start - 1] in "-\u2013":
            start -= 1
            while start > 0 and text[start - 1].isalpha():
                start -= 1
        if text[max(0, start - 4) : start].lower() == "the " and (
            start - 4 in self.opening
        ):
            return True
        return start in self.opening and not self.equals(m)


def _keep(
    loc: Location, m: Mention, people: _Spans, orgs: _Spans, text: str, homes: _Homes
) -> bool:
    """Mention `m` of `loc` names the place, not a person or an organisation."""
    metonymic = any(x.start == m.start and x.end == m.end for x in loc.metonymic)
    if metonymic and not (people.covers_longer(m) or orgs.covers_longer(m)):
        return True  # "Washington said"; inside a longer name it is read as such
    if people.covers(m):
        return False
    if not orgs.covers(m):
        return True
    if homes.abroad(m, loc.country):
        return False  # "Fortuna" of "Fortuna Duesseldorf": no town in Brazil
    # The places stage keeps a seat of power only where the sentence puts
    # something at it ("at the White House"): that reading stands.
    site = loc.kind is LocationKind.FACILITY
    country = loc.kind is LocationKind.COUNTRY
    return (
        orgs.locative(m, text)
        or (site and orgs.equals(m))
        or (country and orgs.closes(m))
    )


class _Homes:
    """The countries of sports clubs' longer mentions, to tell a place inside
    one that lies in another country: a homonym in the club's name, not its
    town ("Fortuna" in "Fortuna Duesseldorf", a German club, is no town of
    Brazil; "Queens Park" in "Queens Park Rangers" none of the United States).
    Other organisations keep the places opening their names, whatever their
    country ("the German Marshall Fund of the United States")."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.spans = sorted(
            (m.start, m.end, a.country)
            for a in actors
            if a.kind is ActorKind.ORGANIZATION and a.country and _club(a)
            for m in a.mentions
        )
        self.starts = [s for s, _, _ in self.spans]

    def abroad(self, m: Mention, country: str | None) -> bool:
        """`m` lies inside a longer mention of an organisation of a country
        other than `country` (a place of no country is never abroad)."""
        if country is None:
            return False
        i = bisect.bisect_right(self.starts, m.start) - 1
        while i >= 0 and m.start - self.starts[i] <= _CLOSE_REACH:
            start, end, home = self.spans[i]
            if end >= m.end and end - start > m.end - m.start:
                return home != country
            i -= 1
        return False


def _club(a: Actor) -> bool:
    """A sports club or team: found as one by the actors stage, or known."""
    return a.rule.startswith(_CLUB_RULES) or known_club(a.name)


# The actors stage's rules for clubs read from a sentence or a results line.
_CLUB_RULES = ("org-club", "org-team")


def drop_actor_spans(
    places: PlaceFindings,
    actors: Iterable[Actor],
    text: str,
    metonymic_rules: frozenset[str] = frozenset(),
) -> PlaceFindings:
    """`places` less the mentions that lie inside (or equal) the mention of a
    person, or of an organisation unless they open its name as a locative
    modifier; metonymic mentions stay. An organisation found by one of
    `metonymic_rules` and named by a place alone (a club named by its city:
    "Barcelona beat Sevilla 2-1") makes that mention a metonymic one."""
    actors = tuple(actors)
    people = _Spans(m for a in actors if a.kind is ActorKind.PERSON for m in a.mentions)
    orgs = _Spans(
        m for a in actors if a.kind is ActorKind.ORGANIZATION for m in a.mentions
    )
    standing = _Spans(
        m for a in actors if a.rule in metonymic_rules for m in a.mentions
    )
    if not people.starts and not orgs.starts:
        return places
    out: list[Location] = []
    changed = False
    homes = _Homes(actors)
    for loc in places.locations:
        kept = tuple(
            m for m in loc.mentions if _keep(loc, m, people, orgs, text, homes)
        )
        # (sets: a sports page names a club by its town hundreds of times)
        already = set(loc.metonymic)
        more = tuple(m for m in loc.mentions if standing.equals(m) and m not in already)
        if more:
            keep = {*kept, *more}
            kept = tuple(m for m in loc.mentions if m in keep)
            changed = True
            out.append(
                attrs.evolve(
                    loc,
                    mentions=kept,
                    metonymic=tuple(
                        sorted((*loc.metonymic, *more), key=attrgetter("start"))
                    ),
                )
            )
            continue
        if len(kept) == len(loc.mentions):
            out.append(loc)
            continue
        changed = True
        if kept:
            out.append(attrs.evolve(loc, mentions=kept))
    if not changed:
        return places
    return attrs.evolve(places, locations=tuple(out))
