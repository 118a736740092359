"""Incidents and their exports.

Importing :mod:`geo` is cheap: the export functions load on first use, and
geopandas only when a GeoDataFrame, GeoPackage or CSV is asked for.

Examples
--------
>>> import geo
>>> geo.COLUMNS[:3]
('doc_id', 'mention', 'mentions')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gazetteer._lazy import lazy_exports

if TYPE_CHECKING:  # pragma: no cover
    from geo.export import (
        COLUMN_DOCS,
        COLUMNS,
        TABLE_COLUMNS,
        to_feature_collection,
        to_geodataframe,
        to_records,
        write_csv,
        write_geojson,
        write_gpkg,
    )
    from geo.model import Document, Incident

_LAZY: dict[str, str] = {
    "Document": "geo.model",
    "Incident": "geo.model",
    "COLUMNS": "geo.export",
    "COLUMN_DOCS": "geo.export",
    "TABLE_COLUMNS": "geo.export",
    "to_records": "geo.export",
    "to_feature_collection": "geo.export",
    "to_geodataframe": "geo.export",
    "write_geojson": "geo.export",
    "write_gpkg": "geo.export",
    "write_csv": "geo.export",
}

__all__ = sorted(_LAZY)
__getattr__, __dir__ = lazy_exports(__name__, _LAZY, {"geopandas": "geopandas", "pyogrio": "pyogrio"})
