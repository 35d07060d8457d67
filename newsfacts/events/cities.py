"""Cities acted upon as parties: a city or region struck stands for its country.

Event data codes the target of an attack on a city by the city's country
("Russian forces attacked Kyiv": UKR; "rockets hit Haifa": ISR), as it codes a
capital that speaks for its government ("Moscow said"). The places stage has
already resolved the city with its country; the party is that country's actor
of the article when there is one, else a new country actor whose mention is
the city's name (added to `Article.actors` with the other parties the events
stage makes).
"""

from __future__ import annotations

from ..knowledge.countries import alpha3, country_name
from ..records import Actor, ActorKind, LocationKind, Mention
from .mentions import ActorMention
from .when_where import PlaceMentions

__all__ = ["CityParties"]

_STRUCK_KINDS = frozenset({LocationKind.CITY, LocationKind.ADMIN1, LocationKind.ADMIN2})
"""Places that stand for their country when struck: cities and provinces
("shelled the Donetsk region"); not a facility, a continent or a region that
spans countries."""
_VISITED_KINDS = _STRUCK_KINDS | {LocationKind.COUNTRY}
"""Places whose country hosts a visit: those, and the country itself."""


class CityParties:
    """The country actor a city named at a span stands for (see module)."""

    __slots__ = ("_countries", "_places", "_text")

    def __init__(
        self, text: str, places: PlaceMentions, actors: tuple[Actor, ...]
    ) -> None:
        self._text = text
        self._places = places
        self._countries: dict[str, Actor] = {}
        for a in actors:
            if a.kind == ActorKind.COUNTRY and a.country:
                self._countries.setdefault(a.country, a)

    def __call__(
        self, start: int, end: int, *, country: bool = False
    ) -> ActorMention | None:
        """The party of the first city or region named in [start, end); with
        `country`, of a country named there too (the host of a visit:
        "arrived in Israel")."""
        loc = self._places.first_in(start, end)
        kinds = _VISITED_KINDS if country else _STRUCK_KINDS
        if loc is None or loc.kind not in kinds or not loc.country:
            return None
        m = next((m for m in loc.mentions if start <= m.start < end), None)
        if m is None:
            return None
        actor = self._countries.get(loc.country)
        if actor is None:
            actor = Actor(
                name=country_name(loc.country),
                kind=ActorKind.COUNTRY,
                country=loc.country,
                code=alpha3(loc.country),
                mentions=(Mention.of(self._text, m.start, m.end),),
                rule="events-city",
            )
        return ActorMention(m.start, m.end, actor, place=loc)
