"""Spatial coherence: where a document's places may be, and how near a candidate is to them.

A :class:`PointSet` holds each mention's current reading and its close runners-up,
sorted by latitude so that :meth:`PointSet.nearness` reads only the band within 300 km
of a candidate.

Examples
--------
>>> from gazetteer.model import Place
>>> saraqib = Place("geonames:164816", "Saraqib", 35.86447, 36.80591, "SY", "Idlib", "P", "PPL", 32000)
>>> neirab = Place("geonames:1", "Neirab", 35.85, 36.73, "SY", "Idlib", "P", "PPL", 5000)
>>> points = PointSet([Point("saraqib", 0, saraqib, 1.0)])
>>> points.nearness("neirab", 0, neirab), points.nearness("neirab", 1, neirab)
(2.0, 1.0)
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from .model import Place, PlaceKind

#: squared distances in degrees of latitude (111.2 km each) for the nearness bands
_NEAR_40KM, _NEAR_120KM, _NEAR_300KM = ((km / 111.2) ** 2 for km in (40, 120, 300))


class Point(NamedTuple):
    """A place the document may be talking about, for spatial coherence.

    A named tuple: the resolver makes dozens per document in every pass.
    """

    key: str
    sentence: int
    place: Place
    weight: float


def _point_lat(p: Point) -> float:
    return p.place.lat


class PointSet:
    """The document's points sorted by latitude, for band queries ("within 300 km of c").

    :meth:`nearness` and :meth:`containment` remember their answers: the resolver asks
    again in a later pass over the same points. Built from the ``previous`` pass's points,
    a :meth:`nearness` the previous set answered is brought up to date from the points
    that came and went instead of being read again from the whole band.
    """

    __slots__ = ("points", "lats", "_rows", "_nearness", "_containment", "_previous", "_added", "_added_lats",
                 "_gone")

    def __init__(self, points: list[Point], previous: PointSet | None = None) -> None:
        self.points = sorted(points, key=_point_lat)
        self.lats = [p.place.lat for p in self.points]
        #: (key, sentence, weight, lat, lon) of each point, for the distance loop
        self._rows = [(p.key, p.sentence, p.weight, p.place.lat, p.place.lon) for p in self.points]
        #: each answer of :meth:`nearness`, with the row that gave it (``None`` for no bonus)
        self._nearness: dict[tuple, tuple[float, tuple | None]] = {}
        self._containment: dict[tuple, float] = {}
        self._previous = previous
        if previous is not None:
            rows, before = set(self._rows), set(previous._rows)
            self._added = [row for row in self._rows if row not in before]  #: rows the previous set lacked
            self._gone = before - rows  #: rows of the previous set this one lacks
        else:
            self._added, self._gone = [], set()
        self._added_lats = [row[3] for row in self._added]

    def nearness(self, key: str, sentence: int, c: Place) -> float:
        """Bonus for ``c``, a candidate of the mention ``key`` in ``sentence``, for being near the
        document's other places; neighbours in the same sentence count double. Only the band
        within 300 km of ``c`` is read.

        The best bonus is a maximum over the rows: when the row that gave the previous set's
        answer is still here, only the rows added since can beat it.
        """
        asked = (key, sentence, c.lat, c.lon)
        answer = self._nearness.get(asked)
        if answer is None:
            answer = self._previous._nearness.get(asked) if self._previous is not None else None
            if answer is not None and answer[1] not in self._gone:
                added = _band(self._added_lats, self._added, c.lat, 2.8)
                if added:
                    more, row = _nearest(key, sentence, c.lat, c.lon, added)
                    if more > answer[0]:
                        answer = (more, row)
            else:
                answer = _nearest(key, sentence, c.lat, c.lon, self.band(c.lat, 2.8))
            self._nearness[asked] = answer
        return answer[0]

    def containment(self, key: str, c: Place) -> float:
        """:func:`containment` of ``c`` for the mention ``key``."""
        asked = (key, c.country_code, c.admin1_code, c.kind)
        try:
            return self._containment[asked]
        except KeyError:
            bonus = self._containment[asked] = containment(key, c, self)
            return bonus

    def __iter__(self):
        return iter(self.points)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PointSet) and self.points == other.points

    def band(self, lat: float, degrees: float) -> list[tuple[str, int, float, float, float]]:
        """``(key, sentence, weight, lat, lon)`` of the points within ``degrees`` of latitude ``lat``."""
        return _band(self.lats, self._rows, lat, degrees)


def _band(lats: list[float], rows: list[tuple], lat: float, degrees: float) -> list[tuple]:
    """The ``rows`` (sorted by their latitudes ``lats``) within ``degrees`` of latitude ``lat``."""
    return rows[bisect_left(lats, lat - degrees):bisect_right(lats, lat + degrees)]


def _nearest(key: str, sentence: int, lat: float, lon: float,
             rows: list[tuple[str, int, float, float, float]]) -> tuple[float, tuple | None]:
    """The best nearness bonus ``rows`` give a place at ``lat``, ``lon``, and the row that gives it.

    Rows beyond 300 km give nothing: passing only the latitude band of the place is enough.
    """
    best, witness = 0.0, None
    coslat = math.cos(math.radians(lat))
    for row in rows:
        p_key, p_sentence, weight, p_lat, p_lon = row
        if p_key == key:
            continue
        dlat = lat - p_lat
        dlon = abs(lon - p_lon)
        if dlon > 180.0:
            dlon = 360.0 - dlon
        dlon *= coslat
        # equirectangular, exact enough below 300 km; squared degrees against squared thresholds
        d2 = dlat * dlat + dlon * dlon
        bonus = weight * (2.0 if d2 <= _NEAR_40KM else 1.2 if d2 <= _NEAR_120KM else 0.5 if d2 <= _NEAR_300KM
                          else 0.0)
        if p_sentence != sentence:
            bonus *= 0.5
        if bonus > best:
            best, witness = bonus, row
            if best >= 2.0:
                break  # nothing scores higher than a place in the same sentence within 40 km
    return best, witness


def containment(key: str, c: Place, points: PointSet) -> float:
    """A country or division that holds the document's other places (Georgia with Atlanta)."""
    inside = {p.key for p in points
              if p.weight == 1.0 and p.key != key and p.place.country_code == c.country_code
              and (c.kind is PlaceKind.COUNTRY or p.place.admin1_code == c.admin1_code)}
    return min(3.0, 1.0 * len(inside))
