"""A geopy geocoder backed by the offline gazetteer.

:class:`GazetteerGeocoder` answers ``geocode``/``reverse`` the way geopy's online
geocoders do, but from the local index and without any network traffic, so code
written for geopy, and :func:`geopandas.tools.geocode`, work offline:

>>> from geopandas.tools import geocode                          # doctest: +SKIP
>>> geocode(["Saraqib", "Ariha, Idlib"], provider=GazetteerGeocoder(gaz))   # doctest: +SKIP
                    geometry               address
0  POINT (36.80591 35.86447)  Saraqib, Idlib, SY
1  POINT (36.60964 35.81374)  Arīḩā, Idlib, SY

Queries may carry context after commas, as addresses do: ``"Nayrab, Aleppo"`` or
``"Ariha, SY"``; a part that names a country restricts the country, any other part
prefers candidates whose first-level division has that name.
"""

from __future__ import annotations

import dataclasses
import math
from enum import Enum
from pathlib import Path

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from .index import Gazetteer
from .model import Place, PlaceKind
from .normalize import fold, strip_article

__all__ = ["GazetteerGeocoder", "place_location"]


def place_location(place: Place, **extra: object) -> Location:
    """A :class:`geopy.location.Location` for a place.

    The address is ``name, admin1, country code`` (parts that are missing or repeat
    the previous one left out); ``raw`` holds the :class:`Place` fields (enums as their
    values, so ``raw`` is JSON-ready) plus ``extra``.

    >>> loc = place_location(Place("geonames:172994", "Arīḩā", 35.81374, 36.60964, "SY", "Idlib", "P", "PPL"))
    >>> loc.address, loc.latitude, loc.raw["gazetteer_id"]
    ('Arīḩā, Idlib, SY', 35.81374, 'geonames:172994')
    """
    parts: list[str] = []
    for part in (place.name, place.admin1, place.country_code):
        if part and (not parts or fold(parts[-1]) != fold(part)):
            parts.append(part)
    raw = {f.name: getattr(place, f.name) for f in dataclasses.fields(place)}
    raw.update((k, v.value) for k, v in list(raw.items()) if isinstance(v, Enum))
    raw.update(extra)
    return Location(", ".join(parts), Point(place.lat, place.lon), raw)


class GazetteerGeocoder(Geocoder):
    """geopy geocoder over a :class:`~gazetteer.Gazetteer`; never touches the network.

    Parameters
    ----------
    gazetteer
        An open :class:`~gazetteer.Gazetteer`, an index path, or ``None`` for the
        default index (built on first use if missing).
    country
        Default ISO 3166-1 alpha-2 code to restrict every query to.

    Notes
    -----
    :func:`geopandas.tools.geocode` calls its ``provider`` to make the geocoder
    (``provider(**kwargs)``); an instance of this class returns itself when called
    without arguments, so both ``provider=GazetteerGeocoder(gaz)`` and
    ``provider=GazetteerGeocoder, gazetteer=gaz`` work.

    Examples
    --------
    >>> geocoder = GazetteerGeocoder(gaz)                   # doctest: +SKIP
    >>> geocoder.geocode("Jericho, SY").address             # doctest: +SKIP
    'Arīḩā, Idlib, SY'
    >>> geocoder.reverse("35.81, 36.61").raw["distance_km"] < 1   # doctest: +SKIP
    True
    """

    def __init__(self, gazetteer: Gazetteer | Path | str | None = None, *, country: str | None = None) -> None:
        super().__init__(user_agent="incidentmap")
        if isinstance(gazetteer, Gazetteer):
            self.gazetteer = gazetteer
        else:
            self.gazetteer = Gazetteer(gazetteer)
        self.country = country

    def __call__(self, **kwargs: object) -> GazetteerGeocoder:
        """Return ``self``: lets an instance stand where geopandas expects a geocoder class."""
        if kwargs:
            raise TypeError(f"GazetteerGeocoder instance takes no options, got {sorted(kwargs)}")
        return self

    # -- forward -------------------------------------------------------------------------------

    def geocode(self, query: str, exactly_one: bool = True, *, country: str | None = None,
                limit: int | None = None, timeout: object = None) -> Location | list[Location] | None:
        """Places called ``query``, best first.

        Parameters
        ----------
        query
            A place name, optionally followed by comma-separated context
            (``"Nayrab, Aleppo"``, ``"Ariha, Syria"``).
        exactly_one
            Return the best :class:`~geopy.location.Location` (else a list).
        country
            ISO 3166-1 alpha-2 code; overrides the geocoder's default.
        limit
            At most this many locations when ``exactly_one`` is false.
        timeout
            Accepted for geopy compatibility; ignored.

        Returns
        -------
        Location, list of Location, or None
            ``None`` when nothing matches (also for empty or missing queries).
        """
        if query is None or (isinstance(query, float) and math.isnan(query)):
            return None
        if not isinstance(query, str):
            raise ValueError(f"query must be a string, got {type(query).__name__}")
        places = self._places(query.strip(), country or self.country)
        if not places:
            return None
        if exactly_one:
            return place_location(places[0])
        return [place_location(p) for p in places[:limit] if limit is None or limit > 0]

    def _places(self, query: str, country: str | None) -> list[Place]:
        if not query:
            return []
        places = self.gazetteer.lookup(query, country=country, limit=None)
        if places or "," not in query:
            return places
        name, *context = [part.strip() for part in query.split(",")]
        admin1 = []
        for part in filter(None, context):
            code = self._country_of(part)
            if code and country is None:
                country = code
            elif not code:
                admin1.append(strip_article(fold(part)))
        places = self.gazetteer.lookup(name, country=country, limit=None) if name else []
        if admin1:
            inside = [p for p in places if p.admin1 and strip_article(fold(p.admin1)) in admin1]
            places = inside or places
        return places

    def _country_of(self, part: str) -> str | None:
        """The country code a context part names (``SY``, ``Syria``), or ``None``."""
        if len(part) == 2 and part.isalpha():
            return part.upper()
        for place in self.gazetteer.lookup(part, limit=5, native=False, fuzzy=False):
            if place.kind is PlaceKind.COUNTRY:
                return place.country_code
        return None

    # -- reverse ---------------------------------------------------------------------------------

    def reverse(self, query, exactly_one: bool = True, *, limit: int = 5,
                timeout: object = None) -> Location | list[Location] | None:
        """The populated places nearest to a point.

        Parameters
        ----------
        query
            ``(lat, lon)``, ``"lat, lon"`` or a :class:`geopy.point.Point`.
        exactly_one
            Return the nearest :class:`~geopy.location.Location` (else a list of up to ``limit``).

        Returns
        -------
        Location, list of Location, or None
            ``raw["distance_km"]`` is the distance from the query point.
        """
        point = Point(query)
        found = self.gazetteer.reverse(point.latitude, point.longitude, limit=1 if exactly_one else limit)
        if not found:
            return None
        locations = [place_location(place, distance_km=km) for place, km in found]
        return locations[0] if exactly_one else locations
