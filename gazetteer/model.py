"""Domain records of the gazetteer layer: :class:`Place` and :class:`Mention`.

Coordinates are always stored as ``lat``/``lon`` attributes in WGS 84 degrees;
converting to GeoJSON's ``[lon, lat]`` order happens only at the export boundary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache


class MatchKind(str, Enum):
    """How a looked-up name matched a gazetteer entry."""

    EXACT = "exact"  #: same folded name (case, diacritics, apostrophes, hyphens ignored)
    ARTICLE = "article"  #: equal once the Arabic article (al-, el-, an-, ...) is dropped
    SKELETON = "skeleton"  #: same consonant skeleton (Kafranbel ~ Kafr Nabl); weak
    NATIVE = "native"  #: linked through a shared native-script name (Jericho -> أريحا -> Ariha)
    ONLINE = "online"  #: returned by the optional online geocoder


class PlaceKind(str, Enum):
    """Coarse class of a gazetteer entry, derived from its GeoNames feature code."""

    CONTINENT = "continent"
    COUNTRY = "country"
    ADMIN1 = "admin1"
    ADMIN2 = "admin2"
    CITY = "city"
    WATER = "water"
    REGION = "region"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry, as returned by :meth:`gazetteer.Gazetteer.lookup`.

    Examples
    --------
    >>> p = Place("geonames:169389", "Idlib", 35.93062, 36.63393, "SY", "Idlib", "P", "PPLA", 128840)
    >>> p.geonameid, p.kind
    (169389, <PlaceKind.CITY: 'city'>)
    """

    gazetteer_id: str
    name: str
    lat: float
    lon: float
    country_code: str | None = None
    admin1: str | None = None
    feature_class: str | None = None
    feature_code: str | None = None
    population: int = 0
    match: MatchKind = MatchKind.EXACT
    matched_name: str | None = None
    admin1_code: str | None = None
    #: coarse class of the entry (country, admin1, city, water, ...), from the feature class and code
    kind: PlaceKind = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", place_kind(self.feature_class, self.feature_code))

    @property
    def geonameid(self) -> int | None:
        """The GeoNames id when the entry has one, else ``None``."""
        prefix, _, ident = self.gazetteer_id.partition(":")
        return int(ident) if prefix == "geonames" and ident.isdigit() else None

    @property
    def latlon(self) -> tuple[float, float]:
        """``(lat, lon)``, the order geopy and folium use."""
        return (self.lat, self.lon)


@lru_cache(maxsize=1024)
def place_kind(feature_class: str | None, feature_code: str | None) -> PlaceKind:
    """Map a GeoNames feature class/code pair to a :class:`PlaceKind`.

    >>> place_kind("A", "ADM1").value, place_kind("P", "PPLC").value, place_kind("H", "SEA").value
    ('admin1', 'city', 'water')
    """
    code = feature_code or ""
    if code == "CONT":
        return PlaceKind.CONTINENT
    if code.startswith("PCL") or code == "TERR":
        return PlaceKind.COUNTRY
    if code.startswith("ADM1"):
        return PlaceKind.ADMIN1
    if code.startswith("ADM2"):
        return PlaceKind.ADMIN2
    if feature_class == "P":
        return PlaceKind.CITY
    if feature_class == "H":
        return PlaceKind.WATER
    if feature_class in ("L", "T") or code in {"RGN", "AREA"}:
        return PlaceKind.REGION
    return PlaceKind.OTHER


class Resolution(str, Enum):
    """How a mention got its point."""

    GAZETTEER = "gazetteer"  #: a gazetteer entry chosen for the mention
    APPROXIMATE = "approximate"  #: not in the gazetteer; placed at the anchor the text names
    UNRESOLVED = "unresolved"  #: not in the gazetteer and no anchor: no point
    ONLINE = "online"  #: not in the gazetteer; found by the online geocoder the user asked for (--online)


@dataclass(frozen=True, slots=True)
class Candidate:
    """An alternative the resolver considered, with its score (for explanations)."""

    place: Place
    score: float


@dataclass(frozen=True, slots=True)
class Mention:
    """A place mention in a text, resolved (or not) to a :class:`Place`.

    ``start``/``end`` are character offsets into the original text
    (``text[start:end] == mention.text``). ``geo_precision`` follows ACLED:
    1 the named town itself, 2 near or part of a town / approximate point,
    3 a region, province or country.
    """

    start: int
    end: int
    text: str
    place: Place | None
    geo_precision: int
    resolution: Resolution
    score: float
    alternatives: tuple[Candidate, ...] = field(default=())
    anchor: str | None = None  #: for approximate points, the mention they are placed at
    reason: str = ""  #: one-line explanation of the choice

    @property
    def lat(self) -> float | None:
        return self.place.lat if self.place else None

    @property
    def lon(self) -> float | None:
        return self.place.lon if self.place else None

    @property
    def name(self) -> str:
        return self.place.name if self.place else self.text
