"""GeoJSON: the places of one or many articles as a FeatureCollection, for a map.

One Point feature per place (a place named in several articles is one feature),
with how often it is named and in which articles. Opens as it is in QGIS,
geojson.io, kepler.gl, Leaflet or `geopandas.read_file`. Places without
coordinates cannot be drawn and are left out. Coordinates are `[lon, lat]`
(WGS84), as RFC 7946 orders them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..records import Article, Location
from .export import _pairs

__all__ = ["to_geojson"]


def _key(loc: Location) -> tuple[Any, ...]:
    """What makes two records the same place: the GeoNames id, else name and point."""
    if loc.geonames_id is not None:
        return ("geonames", loc.geonames_id)
    return ("point", loc.name, str(loc.kind), loc.country, loc.lat, loc.lon)


def to_geojson(
    articles: Article
    | Iterable[Article]
    | Iterable[tuple[Any, Article]]
    | Mapping[Any, Article],
) -> dict[str, Any]:
    """A GeoJSON FeatureCollection (a JSON-safe dict) of the articles' places.

    `articles` is one `Article`, an iterable of them (ids are their positions),
    of `(id, Article)` pairs, or a mapping from id to `Article`, as for
    `to_dataframe`. Each feature's properties: `name`, `kind`, `country`,
    `geonames_id`, `mentions` (spans naming it, over all articles),
    `metonymic` (how many of those stand for a government: "Washington
    said"), `articles` (how many articles name it) and `article_ids` (their
    ids, in input order). Features are sorted by mentions, most first. Write
    it with `json.dump(collection, fh)`.
    """
    places: dict[tuple[Any, ...], dict[str, Any]] = {}
    for article_id, article in _pairs(articles):
        for loc in article.locations:
            if loc.lat is None or loc.lon is None:
                continue
            props = places.get(_key(loc))
            if props is None:
                props = places[_key(loc)] = {
                    "name": loc.name,
                    "kind": str(loc.kind),
                    "country": loc.country,
                    "geonames_id": loc.geonames_id,
                    "mentions": 0,
                    "metonymic": 0,
                    "articles": 0,
                    "article_ids": [],
                    "_point": [loc.lon, loc.lat],
                }
            props["mentions"] += len(set(loc.mentions) | set(loc.metonymic))
            props["metonymic"] += len(loc.metonymic)
            if not props["article_ids"] or props["article_ids"][-1] != article_id:
                props["article_ids"].append(article_id)
                props["articles"] += 1
    features = []
    for props in sorted(places.values(), key=lambda p: -p["mentions"]):
        point = props.pop("_point")
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": point},
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "features": features}
