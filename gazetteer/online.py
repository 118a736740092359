"""Optional online fallback through geopy, only for ``--online``.

incidentmap works offline; when the user passes ``--online`` and the index has no
entry for a name, :func:`online_lookup` asks an online geocoder — Nominatim
(OpenStreetMap) unless another geopy service is named — at most once a second
(:class:`geopy.extra.rate_limiter.RateLimiter`, as Nominatim's usage policy asks).
Answers come back as :class:`~gazetteer.model.Place` objects with
``match=MatchKind.ONLINE`` and gids ``online:<service>:<id>``: the OSM object
(``R184840`` for relation 184840) for Nominatim, else a hash of address and point.

Examples
--------
>>> [p.gazetteer_id for p in online_lookup("Kafr Nabl", country="SY")]   # doctest: +SKIP
['online:nominatim:N2457930401']
>>> online_lookup("Ariha", geocoder="photon")                           # doctest: +SKIP
[Place(gazetteer_id='online:photon:5c1f0b3a9d2e', name='Ariha', ...)]
"""

from __future__ import annotations

import hashlib
import inspect
import threading

from .exc import OnlineLookupError
from .model import MatchKind, Place

__all__ = ["online_lookup", "OnlineGeocoder", "make_geocoder", "DEFAULT_SERVICE", "USER_AGENT"]

DEFAULT_SERVICE = "nominatim"
USER_AGENT = "incidentmap (offline geoparser, --online fallback)"

#: Nominatim ``class``/``type`` -> GeoNames feature class and code
_NOMINATIM_FEATURES = {
    ("place", "city"): ("P", "PPL"), ("place", "town"): ("P", "PPL"), ("place", "village"): ("P", "PPL"),
    ("place", "hamlet"): ("P", "PPL"), ("place", "suburb"): ("P", "PPLX"),
    ("place", "neighbourhood"): ("P", "PPLX"), ("place", "quarter"): ("P", "PPLX"),
    ("place", "locality"): ("L", "LCTY"), ("place", "isolated_dwelling"): ("P", "PPL"),
    ("place", "country"): ("A", "PCLI"), ("place", "state"): ("A", "ADM1"), ("place", "county"): ("A", "ADM2"),
    ("place", "island"): ("T", "ISL"), ("place", "sea"): ("H", "SEA"), ("place", "ocean"): ("H", "OCN"),
    ("natural", "water"): ("H", "LK"), ("natural", "peak"): ("T", "PK"), ("natural", "bay"): ("H", "BAY"),
    ("natural", "strait"): ("H", "STRT"), ("waterway", "river"): ("H", "STM"),
    ("aeroway", "aerodrome"): ("S", "AIRP"), ("military", "base"): ("L", "MILB"),
    ("landuse", "military"): ("L", "MILB"),
}
_ADDRESS_TYPES = {"country": ("A", "PCLI"), "state": ("A", "ADM1"), "province": ("A", "ADM1"),
                  "region": ("A", "ADM1"), "county": ("A", "ADM2"), "district": ("A", "ADM2")}


def make_geocoder(service: str = DEFAULT_SERVICE, **options: object):
    """A geopy geocoder for a service name (``nominatim``, ``photon``, ``arcgis``...).

    ``options`` go to the geocoder's constructor (``domain``, ``scheme``, ``api_key``...);
    ``user_agent`` defaults to :data:`USER_AGENT`.

    >>> make_geocoder("nominatim", domain="127.0.0.1:8080", scheme="http").domain
    '127.0.0.1:8080'
    """
    from geopy.exc import GeopyError
    from geopy.geocoders import get_geocoder_for_service

    try:
        cls = get_geocoder_for_service(service)
        if "user_agent" in inspect.signature(cls).parameters:
            options.setdefault("user_agent", USER_AGENT)
        return cls(**options)
    except GeopyError as err:
        raise OnlineLookupError(f"online geocoder {service!r}: {err}") from err
    except TypeError as err:
        raise OnlineLookupError(f"online geocoder {service!r}: {err}") from err


class OnlineGeocoder:
    """A geopy geocoder behind a :class:`~geopy.extra.rate_limiter.RateLimiter`.

    Parameters
    ----------
    geocoder
        A geopy geocoder instance (default: Nominatim).
    min_delay_seconds
        Least time between two requests (Nominatim's policy: 1 s).
    max_retries, error_wait_seconds
        Retries after a service error, and the pause before each.

    Examples
    --------
    >>> online = OnlineGeocoder(make_geocoder("nominatim"))   # doctest: +SKIP
    >>> online.lookup("Saraqib", country="SY")[0].match        # doctest: +SKIP
    <MatchKind.ONLINE: 'online'>
    """

    def __init__(self, geocoder=None, *, min_delay_seconds: float = 1.0, max_retries: int = 2,
                 error_wait_seconds: float = 5.0) -> None:
        from geopy.extra.rate_limiter import RateLimiter

        self.geocoder = geocoder if geocoder is not None else make_geocoder()
        self.service = type(self.geocoder).__name__.lower()
        self._geocode = RateLimiter(
            self.geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=max_retries,
            error_wait_seconds=error_wait_seconds, swallow_exceptions=False,
        )
        params = inspect.signature(self.geocoder.geocode).parameters
        self._takes = {name for name in ("limit", "country_codes", "addressdetails") if name in params}

    def lookup(self, name: str, *, country: str | None = None, limit: int | None = None) -> list[Place]:
        """Places the service finds for ``name``, as it ranks them.

        Raises
        ------
        OnlineLookupError
            The service failed (unreachable, HTTP error, bad answer, rate limited).
        """
        from geopy.exc import GeopyError

        kwargs: dict[str, object] = {"exactly_one": False}
        if limit is not None and "limit" in self._takes:
            kwargs["limit"] = limit
        if country and "country_codes" in self._takes:
            kwargs["country_codes"] = country.lower()
        if "addressdetails" in self._takes:
            kwargs["addressdetails"] = True
        try:
            locations = self._geocode(name, **kwargs) or []
        except GeopyError as err:
            raise OnlineLookupError(f"online lookup of {name!r} ({self.service}) failed: {err}") from err
        places = [self._place(loc, name) for loc in locations]
        if country:
            places = [p for p in places if p.country_code in (None, country.upper())]
        return places[:limit] if limit is not None else places

    def _place(self, location, query: str) -> Place:
        raw = location.raw if isinstance(location.raw, dict) else {}
        address = raw.get("address") if isinstance(raw.get("address"), dict) else {}
        osm_type, osm_id = raw.get("osm_type"), raw.get("osm_id")
        if osm_type and osm_id is not None:
            ident = f"{str(osm_type)[:1].upper()}{osm_id}"
        else:
            key = f"{location.address}|{location.latitude:.5f}|{location.longitude:.5f}"
            ident = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
        fclass, fcode = _NOMINATIM_FEATURES.get((raw.get("class"), raw.get("type")), (None, None))
        if fclass is None and raw.get("class") == "boundary":
            fclass, fcode = _ADDRESS_TYPES.get(raw.get("addresstype"), ("A", None))
        name = raw.get("name") or (location.address or query).split(",")[0].strip()
        cc = address.get("country_code")
        return Place(
            gazetteer_id=f"online:{self.service}:{ident}", name=name,
            lat=float(location.latitude), lon=float(location.longitude),
            country_code=cc.upper() if cc else None,
            admin1=address.get("state") or address.get("province") or address.get("region"),
            feature_class=fclass, feature_code=fcode, population=0,
            match=MatchKind.ONLINE, matched_name=query,
        )


_shared: dict[object, OnlineGeocoder] = {}
_lock = threading.Lock()


def _online(geocoder) -> OnlineGeocoder:
    """One rate-limited wrapper per service name or geocoder, shared by every call."""
    if isinstance(geocoder, OnlineGeocoder):
        return geocoder
    key = geocoder if geocoder is None or isinstance(geocoder, str) else id(geocoder)
    with _lock:
        online = _shared.get(key)
        if online is None or (not isinstance(key, (str, type(None))) and online.geocoder is not geocoder):
            made = make_geocoder(geocoder) if isinstance(geocoder, str) else geocoder
            online = _shared[key] = OnlineGeocoder(made)
        return online


def online_lookup(name: str, *, country: str | None = None, limit: int | None = None,
                  geocoder=None) -> list[Place]:
    """Ask an online geocoder for ``name``; rate-limited to one request a second.

    Parameters
    ----------
    name
        The place name.
    country
        ISO 3166-1 alpha-2 code to restrict results to.
    limit
        At most this many places.
    geocoder
        ``None`` (Nominatim), a geopy service name (``"photon"``), a geopy geocoder
        instance, or an :class:`OnlineGeocoder`.

    Returns
    -------
    list of Place
        With ``match=MatchKind.ONLINE``; empty when the service knows nothing.

    Raises
    ------
    OnlineLookupError
        Unknown service, or the service failed.
    """
    return _online(geocoder).lookup(name, country=country, limit=limit)
