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
from .index import Gazetteer, haversine_km
from .model import Candidate, MatchKind, Mention, Place, PlaceKind, Resolution
from .normalize import fold, skeleton, strip_article

__all__ = [
    "Gazetteer", "Place", "Mention", "Candidate", "MatchKind", "PlaceKind", "Resolution",
    "fold", "strip_article", "skeleton", "haversine_km",
    "IncidentMapError", "InputError", "InputFileError", "GazetteerError", "GazetteerNotBuiltError",
    "GazetteerCorruptError", "ImportFormatError", "UnknownCountryError", "DownloadError",
    "OnlineLookupError", "ExportError",
    "GazetteerGeocoder", "online_lookup", "import_files", "ImportReport", "download_countries", "add_csv",
]

#: exported names whose modules load on first use (geopy costs ~100 ms to import)
_LAZY = {
    "GazetteerGeocoder": "geocoder", "online_lookup": "online", "import_files": "geonames",
    "ImportReport": "geonames", "download_countries": "download", "add_csv": "supplement",
}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
