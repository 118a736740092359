"""One exception tree for the whole of incidentmap.

Every error the library raises on purpose derives from :class:`IncidentMapError`;
each branch also inherits the builtin a caller would naturally catch, so
``except ValueError`` keeps working around our API (the geopy pattern).
The CLI turns any :class:`IncidentMapError` into one line on stderr and exit code 2.
"""

from __future__ import annotations

__all__ = [
    "IncidentMapError",
    "InputError",
    "InputFileError",
    "GazetteerError",
    "GazetteerNotBuiltError",
    "GazetteerCorruptError",
    "ImportFormatError",
    "UnknownCountryError",
    "DownloadError",
    "OnlineLookupError",
    "ExportError",
]


class IncidentMapError(Exception):
    """Root of every error incidentmap raises on purpose."""


class InputError(IncidentMapError, ValueError):
    """The user's input is malformed (bad JSONL line, bad CSV row, unknown option value)."""


class InputFileError(IncidentMapError, FileNotFoundError):
    """An input file or folder does not exist or cannot be read."""


class GazetteerError(IncidentMapError, RuntimeError):
    """Something is wrong with the gazetteer index."""


class GazetteerNotBuiltError(GazetteerError):
    """The index file is missing and building it was not allowed."""


class GazetteerCorruptError(GazetteerError):
    """The index file exists but is not a readable incidentmap gazetteer."""


class ImportFormatError(IncidentMapError, ValueError):
    """A GeoNames dump or supplement file has the wrong shape (column count, bad zip, bad number)."""


class UnknownCountryError(IncidentMapError, ValueError):
    """An ISO 3166-1 alpha-2 country code that GeoNames does not know."""


class DownloadError(IncidentMapError, ConnectionError):
    """Fetching a GeoNames dump failed (HTTP error, unreachable server)."""


class OnlineLookupError(IncidentMapError, ConnectionError):
    """The optional online geocoder failed."""


class ExportError(IncidentMapError, OSError):
    """Writing an output file failed."""
