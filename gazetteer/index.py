"""The :class:`Gazetteer`: open (or build) the index and look names up."""

from __future__ import annotations

import math
import sqlite3
from functools import lru_cache
from pathlib import Path

from .exc import GazetteerNotBuiltError, InputError
from .model import MatchKind, Place
from .normalize import article_key, fold, skeleton
from .paths import default_index_path
from .store import ARTICLE, EXACT, NATIVE, SKELETON, connect_readonly

_COLS = "p.id, p.gid, p.name, p.lat, p.lon, p.country_code, p.admin1, p.feature_class, " \
        "p.feature_code, p.population, p.admin1_code"
# one query for a name and its article-less form, and one for all native-script neighbours of up
# to three places: cold lookups cost one or two queries (see benchmarks/bench_gazetteer.py).
# Columns after _COLS: native_linked, n.key, n.kind.
_FIND = ("SELECT {cols}, {linked}, n.key, n.kind FROM names n JOIN places p ON p.id = n.place_id "
         "WHERE n.key {where}")
_NATIVE_NEIGHBOURS = ("SELECT {cols}, {linked}, b.key, b.kind FROM names a "
                      "JOIN names b ON b.key = a.key AND b.kind = 3 JOIN places p ON p.id = b.place_id "
                      "WHERE a.place_id IN ({marks}) AND a.kind = 3")
_KIND_MATCH = {EXACT: MatchKind.EXACT, ARTICLE: MatchKind.ARTICLE, SKELETON: MatchKind.SKELETON,
               NATIVE: MatchKind.NATIVE}
_RANK = {MatchKind.EXACT: 0, MatchKind.ARTICLE: 1, MatchKind.NATIVE: 2, MatchKind.SKELETON: 3}


def _candidate_order(p: Place) -> tuple[int, bool, int]:
    """Lookup order: closer spellings first; among them a water body, then the most populous.

    A river has no population: the twenty towns named Rio Grande must not push the river
    past a lookup's limit.
    """
    return _RANK[p.match], p.feature_class != "H", -p.population


def _place(row, match: MatchKind, matched: str) -> Place:
    # positional: Place's field order (gazetteer_id .. population, match, matched_name, admin1_code)
    return Place(row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9] or 0,
                 match, matched, row[10])


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (R = 6371.0088).

    >>> round(haversine_km(35.93062, 36.63393, 36.20124, 37.16117))
    56
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


class Gazetteer:
    """An offline place-name index in one SQLite file.

    Parameters
    ----------
    path
        Index file; default ``$INCIDENTMAP_HOME/gazetteer.sqlite`` (or the user cache dir).
    build
        Build the embedded index when the file is missing (takes about half a minute once).

    Examples
    --------
    >>> gaz = Gazetteer.open()                                    # doctest: +SKIP
    >>> [p.gazetteer_id for p in gaz.lookup("Arīḩā", country="SY")][:1]   # doctest: +SKIP
    ['geonames:172994']
    """

    def __init__(self, path: Path | str | None = None, *, build: bool = True, progress: bool = False) -> None:
        self.path = Path(path) if path is not None else default_index_path()
        if not self.path.exists():
            if not build:
                raise GazetteerNotBuiltError(
                    f"{self.path}: no gazetteer here; run `incidentmap gazetteer build`"
                )
            from .build import build_embedded
            from .progress import bar

            with bar("building gazetteer", enabled=progress) as tick:
                build_embedded(self.path, tick)
        self._conn: sqlite3.Connection = connect_readonly(self.path)
        self._prepare_queries()
        self._cached_lookup = lru_cache(maxsize=100_000)(self._lookup)

    def _prepare_queries(self) -> None:
        columns = {row[1] for row in self._conn.execute("PRAGMA table_info(places)")}
        # indexes written before places.native_linked existed: link every candidate
        linked = "p.native_linked" if "native_linked" in columns else "1"
        self._find_one = _FIND.format(cols=_COLS, linked=linked, where="= ?")
        self._find_two = _FIND.format(cols=_COLS, linked=linked, where="IN (?, ?)")
        self._neighbours = {
            n: _NATIVE_NEIGHBOURS.format(cols=_COLS, linked=linked, marks=", ".join("?" * n)) for n in (1, 2, 3)
        }

    @classmethod
    def open(cls, path: Path | str | None = None, **kwargs) -> "Gazetteer":
        """Open the index at ``path`` (default location if ``None``), building it if missing."""
        return cls(path, **kwargs)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Gazetteer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- lookups --------------------------------------------------------------------

    def lookup(self, name: str, *, country: str | None = None, limit: int | None = 20,
               native: bool = True, fuzzy: bool = True) -> list[Place]:
        """Candidates for a place name, best first.

        Matching ignores case, diacritics, apostrophes/ayn marks, hyphens and the Arabic
        article; when nothing matches that way, a consonant skeleton is tried (``fuzzy``).
        With ``native``, places that share a native-script name with a candidate are
        offered too (``Jericho`` -> أريحا -> Ariha, Idlib), marked ``MatchKind.NATIVE``.

        Parameters
        ----------
        name
            The name as written.
        country
            ISO 3166-1 alpha-2 code to restrict candidates to.
        limit
            At most this many candidates (``None``: all).
        """
        if country is not None and (len(country) != 2 or not country.isalpha()):
            raise InputError(f"country must be an ISO 3166-1 alpha-2 code, got {country!r}")
        places = self._cached_lookup(name, native, fuzzy)
        if country is not None:
            cc = country.upper()
            places = tuple(p for p in places if p.country_code == cc)
        return list(places[:limit] if limit is not None else places)

    def _lookup(self, name: str, native: bool, fuzzy: bool) -> tuple[Place, ...]:
        key = fold(name)
        if not key:
            return ()
        found: dict[int, Place] = {}
        linked: list[int] = []
        bare = article_key(key)
        if bare == key:
            rows = self._conn.execute(self._find_one, (key,)).fetchall()
            self._collect(rows, found, linked, name)
        else:
            rows = self._conn.execute(self._find_two, (key, bare)).fetchall()
            # the name as written first, then without its article
            self._collect([r for r in rows if r[12] == key], found, linked, name)
            self._collect([r for r in rows if r[12] != key], found, linked, name, force=MatchKind.ARTICLE)
        if not found and fuzzy and key.isascii():
            skel = skeleton(key)
            if len(skel) >= 5:
                rows = self._conn.execute(self._find_one, (skel,)).fetchall()
                self._collect(rows, found, linked, name, kinds=(SKELETON,))
                linked.clear()  # skeleton matches are too weak to link through
        if native and linked:
            self._link_native(found, linked, name)
        return tuple(sorted(found.values(), key=_candidate_order))

    @staticmethod
    def _collect(rows: list, found: dict[int, Place], linked: list[int], name: str, *,
                 kinds: tuple[int, ...] = (EXACT, ARTICLE, NATIVE), force: MatchKind | None = None) -> None:
        for row in rows:
            kind = row[13]
            if kind not in kinds or row[0] in found:
                continue
            match = force or (MatchKind.EXACT if kind == NATIVE else _KIND_MATCH[kind])
            found[row[0]] = _place(row, match, name)
            if row[11]:
                linked.append(row[0])

    def _link_native(self, found: dict[int, Place], linked: list[int], name: str, per_place: int = 3) -> None:
        """Add places sharing a native-script name with the best direct candidates.

        Only the ``per_place`` most populous direct candidates are linked from, and only
        when one of them shares a native name with some other entry at all
        (``places.native_linked``).
        """
        direct = [pid for pid, _ in sorted(found.items(), key=lambda kv: -kv[1].population)[:per_place]]
        ids = [pid for pid in direct if pid in linked]
        if not ids:
            return
        for row in self._conn.execute(self._neighbours[len(ids)], ids):
            if row[0] not in found:
                found[row[0]] = _place(row, MatchKind.NATIVE, row[12])

    def neighbours(self) -> dict[str, frozenset[str]]:
        """ISO code -> codes of the countries it borders (GeoNames), ``{}`` for older indexes."""
        import json

        raw = self.info_value("neighbours")
        return {cc: frozenset(ns) for cc, ns in json.loads(raw).items()} if raw else {}

    def water_courses(self) -> dict[str, tuple[tuple[float, float], ...]]:
        """Gazetteer id -> a river's course as ``(lat, lon)`` vertices from source to mouth.

        ``{}`` for indexes built before courses were kept.
        """
        import json

        raw = self.info_value("water_courses")
        if not raw:
            return {}
        return {gid: tuple((lat, lon) for lat, lon in course) for gid, course in json.loads(raw).items()}

    def demonyms(self) -> dict[str, str]:
        """Folded demonym -> ISO country code (``{'syrian': 'SY', ...}``)."""
        return dict(self._conn.execute("SELECT key, country_code FROM demonyms"))

    def reverse(self, lat: float, lon: float, *, limit: int = 5) -> list[tuple[Place, float]]:
        """Nearest populated places to a point, as ``(place, distance_km)``, nearest first.

        >>> gaz.reverse(35.81, 36.61)[0][0].name    # doctest: +SKIP
        'Arīḩā'
        """
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise InputError(f"not a WGS 84 point: lat={lat}, lon={lon}")
        for radius in (0.1, 0.5, 2.0, 10.0, 180.0):
            dlon = min(180.0, radius / max(0.05, math.cos(math.radians(lat))))
            rows = self._conn.execute(
                f"SELECT {_COLS} FROM places p WHERE p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ? "
                "AND p.feature_class = 'P'",
                (lat - radius, lat + radius, lon - dlon, lon + dlon),
            ).fetchall()
            if len(rows) >= limit or radius == 180.0:
                break
        scored = sorted(((haversine_km(lat, lon, r[3], r[4]), r) for r in rows), key=lambda t: t[0])
        return [(_place(r, MatchKind.EXACT, r[2]), d) for d, r in scored[:limit]]

    def info(self) -> dict[str, str]:
        """Index metadata: counts, sources, build time, size on disk."""
        meta = dict(self._conn.execute("SELECT key, value FROM meta"))
        meta["path"] = str(self.path)
        meta["size_mb"] = f"{self.path.stat().st_size / 1e6:.1f}"
        meta["places"] = str(self._conn.execute("SELECT count(*) FROM places").fetchone()[0])
        meta["names"] = str(self._conn.execute("SELECT count(*) FROM names").fetchone()[0])
        return meta

    def by_id(self, gazetteer_id: str) -> Place | None:
        """The entry with this gazetteer id (``geonames:172994``), or ``None``."""
        row = self._conn.execute(f"SELECT {_COLS} FROM places p WHERE p.gid = ?", (gazetteer_id,)).fetchone()
        return _place(row, MatchKind.EXACT, row[2]) if row else None

    def info_value(self, key: str) -> str | None:
        """One metadata value (``generation``, ``built_at``, ...), or ``None``."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    @property
    def connection(self) -> sqlite3.Connection:
        """The read-only SQLite connection (for the geoparser's bulk reads)."""
        return self._conn


