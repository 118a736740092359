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
]
