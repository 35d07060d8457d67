"""The actors stage's entry point: entities, country actors and groups as records."""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Iterable
from itertools import accumulate

from ..findings import PlaceFindings
from ..knowledge.countries import alpha3, country_name
from ..knowledge.user import NO_USER, UserKnowledge
from ..records import Actor, ActorKind, LocationKind, Mention
from ..text import Document
from .candidate import Candidate
from .countries import assign_countries
from .cues import possessive_name
from .entity import Entity, actor_code
from .find import find_candidates
from .flags import flag_states
from .group_names import Names, covered_words
from .groups import groups
from .merge import merge
from .org_places import yield_known_orgs
from .scenes import story_country
from .sports import nation_sides
from .user import apply_user_actors
from .words import WordLayer, build_words

__all__ = ["extract"]


# Rule id of a country actor with a place used for its government.
_METONYMY_RULE = "country-metonymy"
# Rule id of a home nation written as a side of a match ("England beat ...").
_NATION_RULE = "sports-nation"


def extract(
    doc: Document,
    places: PlaceFindings,
    on: datetime.date | None = None,
    *,
    user: UserKnowledge = NO_USER,
) -> tuple[Actor, ...]:
    """Every actor named in `doc`, merged over its mentions; `on` is the
    article's date, which decides the role a named official held. `user` holds
    a parser's own actors: found by name, alias and acronym, with the user's
    kind, country, code and title (see `user.apply_user_actors`)."""
    places = yield_known_orgs(doc.text, places)  # "to Hamas": no Hamm
    layer = build_words(doc, places)
    entities = merge(layer, find_candidates(layer))
    assign_countries(layer, entities, on)
    story = story_country(layer)  # (from the counts the memo holds)
    layer.memo.clear()  # what the steps so far looked up once: not read after
    # the groups read the names' word indexes (`names`) and the words they
    # cover, made from the candidates before the records are: a long text's
    # candidates, records and names' tables are then never all held at once
    covered = covered_words(len(layer.columns), entities)
    names = Names(entities)
    actors = [_actor(doc, layer, e) for e in entities]
    for e in entities:
        e.cands.clear()  # the candidates go before the groups are found
    group_actors, nationals = groups(doc, layer, names, covered, story)
    nationals += flag_states(doc)  # "a British-flagged tanker"
    del covered, names  # (and the words the groups took)
    # the person and organisation mentions, which the country mentions yield to
    taken = _Taken(m for a in actors for m in a.mentions)
    actors += _country_actors(doc, places, taken, nationals)
    actors += _nation_actors(doc, nation_sides(layer), taken)
    actors += group_actors
    actors.sort(key=lambda a: (a.mentions[0].start if a.mentions else 0, a.name))
    if user.actors:
        actors = apply_user_actors(doc, actors, user.actor_table)
    return tuple(actors)


def _owned_words(layer: WordLayer, e: Entity) -> frozenset[str]:
    """The words of a known organisation's name written with a possessive
    ("Poor" of "Standard & Poor's", "Moody" of "Moody's Investors Service"),
    or of an unknown one that a mention shows written so ("Macy" of "Macy's
    said": `cues.possessive_name`)."""
    if e.kind != "organization":
        return frozenset()
    if e.known is None:
        words = layer.words
        return frozenset(
            words[c.j - 1].text for c in e.cands if possessive_name(words, c.j)
        )
    if "'s" not in e.known.name:
        return frozenset()
    return frozenset(w[:-2] for w in e.known.name.split() if w.endswith("'s"))


def _name_end(text: str, c: Candidate, owned: frozenset[str]) -> int:
    """The end of candidate c's mention: over the "'s" that belongs to the
    name ("Standard & Poor's said", "Moody's cut", where the word layer splits
    it off as a possessive)."""
    end = c.end
    if not owned:
        return end
    gap = 1 if text[end : end + 1] == " " else 0  # "Moody 's", tokenised
    if text[end + gap : end + gap + 2] in ("'s", "\u2019s"):
        last = text[c.start : end].split()[-1]
        if last in owned:
            return end + gap + 2
    return end


def _actor(doc: Document, layer: WordLayer, e: Entity) -> Actor:
    """The record of one person or organisation entity."""
    cands = sorted(e.cands, key=lambda c: c.start)
    owned = _owned_words(layer, e)
    mentions = tuple(
        dict.fromkeys(
            Mention.of(doc.text, c.start, _name_end(doc.text, c, owned)) for c in cands
        )
    )
    texts = [m.text for m in mentions]
    if e.kind == "organization" and e.known is not None:
        name = e.known.name
    else:
        # the fullest form: most words, then one not in a headline's
        # capitals ("Leeds" of "LEEDS BEAT ARSENAL"), then first seen
        first = {t: -n for n, t in reversed(list(enumerate(texts)))}
        name = max(first, key=lambda t: (len(t.split()), not t.isupper(), first[t]))
    name = " ".join(name.split())
    if owned and e.known is None:
        name = name.replace(" 's", "'s")  # "Macy 's" of tokenised text: "Macy's"
    aliases = tuple(dict.fromkeys(t for t in texts if t != name))
    acronym = e.acronym or (e.known.acronym if e.known is not None else None)
    kind = ActorKind.PERSON if e.kind == "person" else ActorKind.ORGANIZATION
    return Actor(
        name=name,
        kind=kind,
        country=e.country,
        title=e.title,
        acronym=acronym,
        aliases=aliases,
        mentions=mentions,
        code=(
            e.figure.code
            if e.figure is not None
            else e.igo
            if e.country is None and e.igo
            else actor_code(e.country, e.sector, e.known)
        ),
        rule=e.rule,
    )


class _Taken:
    """The spans of the person and organisation mentions, by start, each end
    raised to the largest end so far: a country mention equal to one or inside
    one is taken."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        spans = sorted((m.start, m.end) for m in mentions)
        self.starts = [s for s, _ in spans]
        self.ends = list(accumulate((e for _, e in spans), max))

    def has(self, m: Mention) -> bool:
        """A mention starting at or before `m` reaches its end."""
        i = bisect.bisect_right(self.starts, m.start) - 1
        return i >= 0 and self.ends[i] >= m.end


def _nation_actors(
    doc: Document, sides: list[tuple[int, int, str]], taken: _Taken
) -> list[Actor]:
    """One actor per nation with a national team of its own written as a
    side of a match ("England beat Pakistan by 107 runs"), named as the
    nation and coded as its country ("England", GBR): each nation its own,
    so that "Scotland beat Wales 2-0" has two sides. A mention another actor
    has taken is not the nation's."""
    by_name: dict[str, tuple[str, list[Mention]]] = {}
    for start, end, country in sides:
        m = Mention.of(doc.text, start, end)
        if not taken.has(m):
            name = " ".join(w.capitalize() for w in m.text.split())
            by_name.setdefault(name, (country, []))[1].append(m)
    return [
        Actor(
            name=name,
            kind=ActorKind.COUNTRY,
            country=country,
            aliases=tuple(dict.fromkeys(m.text for m in ms if m.text != name)),
            mentions=tuple(ms),
            code=alpha3(country),
            rule=_NATION_RULE,
        )
        for name, (country, ms) in by_name.items()
    ]


def _country_actors(
    doc: Document,
    places: PlaceFindings,
    taken: _Taken,
    nationals: list[tuple[Mention, str]],
) -> list[Actor]:
    """One country actor per country the places name, with the mentions of its
    capital (or any place) used for its government ("Washington believes");
    a mention another actor has taken (a team: "Japan 2 Syria 1") or lies
    inside (an airline: "Air France") is not the country's; a nationality that
    stands for its country alone ("an Israeli airstrike") is."""
    by_country: dict[str, list[Mention]] = {}
    metonymic: set[str] = set()
    for loc in places.locations:
        if not loc.country:
            continue
        if loc.kind == LocationKind.COUNTRY:
            by_country.setdefault(loc.country, []).extend(loc.mentions)
            by_country[loc.country].extend(loc.metonymic)
        elif loc.metonymic:
            by_country.setdefault(loc.country, []).extend(loc.metonymic)
            metonymic.add(loc.country)
    for mention, country in nationals:
        by_country.setdefault(country, []).append(mention)
    out = []
    for country, found in by_country.items():
        mentions = [m for m in found if not taken.has(m)]
        if not mentions:
            continue
        ms = tuple(sorted(set(mentions), key=lambda m: m.start))
        name = country_name(country)
        a3 = alpha3(country)
        out.append(
            Actor(
                name=name,
                kind=ActorKind.COUNTRY,
                country=country,
                aliases=tuple(dict.fromkeys(m.text for m in ms if m.text != name)),
                mentions=ms,
                code=a3,
                rule=_METONYMY_RULE if country in metonymic else "country",
            )
        )
    return out
