"""Exports of incidents: GeoJSON (RFC 7946), GeoPackage and CSV.

One row per :class:`geo.model.Incident`, i.e. per (place, incident) pair; a
mention the geoparser could not place is a row with no geometry. The column
set and order live in one place, :data:`COLUMNS` (plus :data:`COORDINATES`
in tables); README documents it.

GeoJSON is written by our own :mod:`json` code so the RFC 7946 rules hold
exactly: a ``FeatureCollection``, ``[lon, lat]`` order, coordinates rounded to
6 decimals, no ``crs`` member, ``"geometry": null`` for unresolved mentions.
GeoPackage and CSV go through :func:`to_geodataframe` (geopandas/pyogrio,
imported only when called), where ``mentions`` is JSON text.

Every writer writes a temporary file beside the target and renames it over the
target when complete; :class:`OSError` becomes :class:`gazetteer.exc.ExportError`.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gazetteer.exc import ExportError
from geo._files import atomic_output, atomic_write_text
from geo.model import Incident

if TYPE_CHECKING:  # pragma: no cover
    import geopandas

__all__ = [
    "COLUMNS",
    "COORDINATES",
    "TABLE_COLUMNS",
    "GPKG_LAYER",
    "COLUMN_DOCS",
    "to_records",
    "to_feature_collection",
    "to_geodataframe",
    "write_geojson",
    "write_gpkg",
    "write_csv",
]

#: Properties of every exported row, in order (GeoJSON ``properties``, table columns).
COLUMNS: tuple[str, ...] = (
    "doc_id",
    "mention",
    "mentions",
    "name",
    "gazetteer_id",
    "country_code",
    "admin1",
    "feature_code",
    "geo_precision",
    "resolution",
    "anchor",
    "score",
    "incident_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "fatalities",
    "date",
    "evidence",
    "confidence",
    "source",
    "url",
    "title",
)
#: Point columns of tables (CSV, GeoPackage, records); ``None``/empty when unresolved.
COORDINATES: tuple[str, str] = ("lat", "lon")
#: Columns of :func:`to_records` rows and of CSV/GeoPackage tables.
TABLE_COLUMNS: tuple[str, ...] = COLUMNS + COORDINATES
#: Layer name inside the GeoPackage.
GPKG_LAYER = "incidents"

_DECIMALS = 6  # ~0.1 m; RFC 7946 section 11.2 advises no more


def _finite(value: float | None, ndigits: int | None = None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return round(float(value), ndigits) if ndigits is not None else float(value)


def _record(incident: Incident) -> dict[str, Any]:
    """One row; the place fields come from :func:`geo.records.mention_record`, the ``parse`` contract."""
    from .records import incident_record, mention_record

    mention = mention_record(incident.mention)
    return {
        "doc_id": incident.doc_id,
        "mention": mention["text"],
        "mentions": [[int(s), int(e)] for s, e in incident.mentions],
        "name": mention["name"] if incident.mention.place else None,
        "gazetteer_id": mention["gazetteer_id"],
        "country_code": mention["country_code"],
        "admin1": mention["admin1"],
        "feature_code": mention["feature_code"],
        "geo_precision": mention["geo_precision"],
        "resolution": mention["resolution"],
        "anchor": mention["anchor"],
        "score": _finite(mention["score"], 4),
        **incident_record(incident),
        "source": incident.source,
        "url": incident.url,
        "title": incident.title,
        "lat": _finite(mention["lat"], _DECIMALS),
        "lon": _finite(mention["lon"], _DECIMALS),
    }


def to_records(incidents: Iterable[Incident]) -> list[dict[str, Any]]:
    """One plain dict per incident, keys :data:`TABLE_COLUMNS` in order.

    ``mentions`` is a list of ``[start, end]`` lists, ``date`` an ISO string,
    ``lat``/``lon`` are rounded to 6 decimals and ``None`` when unresolved.

    Examples
    --------
    >>> from gazetteer.model import Mention, Place, Resolution
    >>> from geo.model import Incident
    >>> place = Place("geonames:168661", "Kafr Nabl", 35.61376, 36.56449, "SY", "Idlib", "P", "PPL")
    >>> m = Mention(10, 19, "Kafr Nabl", place, 1, Resolution.GAZETTEER, 0.9)
    >>> row = to_records([Incident("a1", m, ((10, 19),), "Explosions/Remote violence")])[0]
    >>> row["name"], row["lat"], row["lon"], row["mentions"]
    ('Kafr Nabl', 35.61376, 36.56449, [[10, 19]])
    """
    return [_record(incident) for incident in incidents]


def _feature(record: dict[str, Any]) -> dict[str, Any]:
    lat, lon = record["lat"], record["lon"]
    geometry = None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]}
    return {"type": "Feature", "geometry": geometry, "properties": {k: record[k] for k in COLUMNS}}


def to_feature_collection(incidents: Iterable[Incident]) -> dict[str, Any]:
    """The RFC 7946 ``FeatureCollection`` of the incidents, as a dict.

    Examples
    --------
    >>> from gazetteer.model import Mention, Resolution
    >>> from geo.model import Incident
    >>> lost = Mention(0, 7, "Qaminas", None, 3, Resolution.UNRESOLVED, 0.0)
    >>> fc = to_feature_collection([Incident("a1", lost, ((0, 7),))])
    >>> fc["type"], fc["features"][0]["geometry"], "crs" in fc
    ('FeatureCollection', None, False)
    """
    return {"type": "FeatureCollection", "features": [_feature(r) for r in to_records(incidents)]}


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def write_geojson(incidents: Iterable[Incident], path: str | os.PathLike[str]) -> Path:
    """Write the incidents as an RFC 7946 GeoJSON file (UTF-8, one feature a line).

    Raises
    ------
    gazetteer.exc.ExportError
        When the file cannot be written.

    Examples
    --------
    >>> import tempfile, pathlib, json
    >>> out = write_geojson([], pathlib.Path(tempfile.mkdtemp()) / "empty.geojson")
    >>> json.loads(out.read_text())
    {'type': 'FeatureCollection', 'features': []}
    """
    features = to_feature_collection(incidents)["features"]
    body = ",\n".join(_dumps(f) for f in features)
    text = '{"type":"FeatureCollection","features":[' + ("\n" + body + "\n" if body else "") + "]}\n"
    return atomic_write_text(path, text, what="GeoJSON")


def _require_geopandas() -> Any:
    try:
        import geopandas
        import pyogrio  # noqa: F401  (the engine we write with)
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError(
            "GeoPackage/CSV export and to_geodataframe() need geopandas and pyogrio: "
            "pip install 'geopandas>=1.0' 'pyogrio>=0.9'"
        ) from err
    return geopandas


def to_geodataframe(incidents: Iterable[Incident]) -> geopandas.GeoDataFrame:
    """The incidents as a :class:`geopandas.GeoDataFrame` in EPSG:4326.

    Columns are :data:`TABLE_COLUMNS` plus ``geometry`` (a ``Point``, ``None``
    for unresolved mentions). ``mentions`` is JSON text (``"[[10, 19]]"``) so the
    frame writes to any OGR format as it is; ``fatalities`` is a nullable integer.

    Examples
    --------
    >>> gdf = to_geodataframe([])
    >>> str(gdf.crs), list(gdf.columns)[:3], len(gdf)
    ('EPSG:4326', ['doc_id', 'mention', 'mentions'], 0)
    """
    gpd = _require_geopandas()
    import pandas as pd
    from shapely.geometry import Point

    records = to_records(incidents)
    frame = pd.DataFrame(records, columns=list(TABLE_COLUMNS))
    frame["mentions"] = [_dumps(r["mentions"]) for r in records]
    frame["fatalities"] = pd.array([r["fatalities"] for r in records], dtype="Int64")
    frame["geo_precision"] = pd.array([r["geo_precision"] for r in records], dtype="Int64")
    for column in ("score", "confidence", "lat", "lon"):
        frame[column] = pd.array([r[column] for r in records], dtype="float64")
    geometry = [None if r["lat"] is None else Point(r["lon"], r["lat"]) for r in records]
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometry, index=frame.index, crs="EPSG:4326"))


def _frame(incidents: Iterable[Incident] | Any) -> Any:
    """Accept incidents or a frame made by :func:`to_geodataframe`."""
    if hasattr(incidents, "geometry") and hasattr(incidents, "to_file"):
        return incidents
    return to_geodataframe(incidents)


def write_gpkg(incidents: Iterable[Incident], path: str | os.PathLike[str], *, layer: str = GPKG_LAYER) -> Path:
    """Write the incidents as a GeoPackage (one Point layer, EPSG:4326, null geometry when unresolved).

    An existing file at ``path`` is replaced as a whole.

    Raises
    ------
    gazetteer.exc.ExportError
        When the file cannot be written.

    Examples
    --------
    >>> import tempfile, pathlib, pyogrio
    >>> out = write_gpkg([], pathlib.Path(tempfile.mkdtemp()) / "empty.gpkg")
    >>> pyogrio.list_layers(out).tolist()
    [['incidents', 'Point']]
    """
    gdf = _frame(incidents)
    import pyogrio.errors

    target = Path(path)
    with atomic_output(target, what="GeoPackage") as tmp:
        tmp.unlink()  # GDAL creates the file itself
        try:
            gdf.to_file(tmp, driver="GPKG", layer=layer, engine="pyogrio", geometry_type="Point")
        except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, pyogrio.errors.FieldError) as err:
            raise ExportError(f"cannot write GeoPackage {target}: {err}") from err
    return target


def write_csv(incidents: Iterable[Incident], path: str | os.PathLike[str]) -> Path:
    """Write the incidents as UTF-8 CSV with :data:`TABLE_COLUMNS` (``lat``/``lon`` empty when unresolved).

    Raises
    ------
    gazetteer.exc.ExportError
        When the file cannot be written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = write_csv([], pathlib.Path(tempfile.mkdtemp()) / "empty.csv")
    >>> out.read_text().split(",")[:3]
    ['doc_id', 'mention', 'mentions']
    """
    frame = _frame(incidents).drop(columns="geometry")
    target = Path(path)
    with atomic_output(target, what="CSV") as tmp:
        frame.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")
    return target


#: One line per column of :data:`TABLE_COLUMNS`, for README and ``--help`` texts.
COLUMN_DOCS: dict[str, str] = {
    "doc_id": "id of the article (file name or JSONL `id`)",
    "mention": "the place as written in the article (the occurrence used as evidence)",
    "mentions": "every `[start, end]` character span of the place in the article (JSON text in CSV/GPKG)",
    "name": "place name as the gazetteer knows it; null when unresolved",
    "gazetteer_id": "gazetteer entry, e.g. `geonames:168661`",
    "country_code": "ISO 3166-1 alpha-2",
    "admin1": "first-level division name",
    "feature_code": "GeoNames feature code (PPL, PPLA, ADM1, PCLI, ...)",
    "geo_precision": "ACLED precision: 1 town, 2 near a town / approximate, 3 region or country",
    "resolution": "`gazetteer`, `approximate`, `unresolved` or `online` (found by `--online`)",
    "anchor": "for approximate points, the place named in the text they are placed at",
    "score": "resolver score of the chosen place, 0-1",
    "incident_type": "ACLED event type, `Displacement`, or `None` (only mentioned)",
    "sub_event_type": "ACLED sub-event type",
    "actor1": "first actor",
    "actor2": "second actor",
    "fatalities": "reported deaths (integer, null when not reported)",
    "date": "incident date, ISO `YYYY-MM-DD`",
    "evidence": "the sentence the incident was read from",
    "confidence": "tagger confidence, 0-1",
    "source": "publisher",
    "url": "article URL",
    "title": "article title",
    "lat": "latitude, WGS 84, 6 decimals (tables only; GeoJSON has it in `geometry`)",
    "lon": "longitude, WGS 84, 6 decimals (tables only)",
}
