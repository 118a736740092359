"""incidentmap's gazetteer layer: an offline place-name index and the geoparser.

Examples
--------
>>> from gazetteer import Gazetteer, fold
>>> fold("Ma‘arrat an-Nu‘mān")
'maarrat an numan'
"""

from .exc import (
    DownloadError,
    ExportError,
    GazetteerCorruptError,
    GazetteerError,
    GazetteerNotBuiltError,
    ImportFormatError,
    IncidentMapError,
    InputError,
    InputFileError,
    OnlineLookupError,
    UnknownCountryError,
)
from ._lazy import lazy_exports
from .geoparser import Geoparser, parse
from .index import Gazetteer, haversine_km
from .model import Candidate, MatchKind, Mention, Place, PlaceKind, Resolution
from .normalize import fold, skeleton, strip_article

__all__ = [
    "Gazetteer", "Geoparser", "parse", "Place", "Mention", "Candidate", "MatchKind", "PlaceKind", "Resolution",
    "fold", "strip_article", "skeleton", "haversine_km",
    "IncidentMapError", "InputError", "InputFileError", "GazetteerError", "GazetteerNotBuiltError",
    "GazetteerCorruptError", "ImportFormatError", "UnknownCountryError", "DownloadError",
    "OnlineLookupError", "ExportError",
    "GazetteerGeocoder", "online_lookup", "import_files", "ImportReport", "download_countries", "add_csv",
]

#: exported names whose modules load on first use (geopy costs ~100 ms to import)
_LAZY = {
    "GazetteerGeocoder": ".geocoder", "online_lookup": ".online", "import_files": ".geonames",
    "ImportReport": ".geonames", "download_countries": ".download", "add_csv": ".supplement",
}
__getattr__, __dir__ = lazy_exports(__name__, _LAZY, {"geopy": "geopy"})
