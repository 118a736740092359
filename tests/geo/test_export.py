"""Exports read back the way a GIS reads them: GeoJSON (RFC 7946), GeoPackage, CSV."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gazetteer.exc import ExportError
from gazetteer.model import Mention, Place, Resolution
from geo.export import (
    COLUMN_DOCS,
    COLUMNS,
    GPKG_LAYER,
    TABLE_COLUMNS,
    to_feature_collection,
    to_geodataframe,
    to_records,
    write_csv,
    write_geojson,
    write_gpkg,
)
from geo.model import Incident
from tests.conftest import seed_incidents, xss_incidents

gpd = pytest.importorskip("geopandas")
pd = pytest.importorskip("pandas")


def _expected(incident: Incident) -> dict[str, Any]:
    """The row an incident must give, written out field by field (independent of to_records).

    An approximate point is the anchor's: it keeps the anchor's coordinates, country and
    division but not its name, gazetteer id or feature code.
    """
    m, p = incident.mention, incident.mention.place
    exact = p is not None and m.resolution in (Resolution.GAZETTEER, Resolution.ONLINE)
    return {
        "doc_id": incident.doc_id,
        "mention": m.text,
        "mentions": [list(s) for s in incident.mentions],
        "name": (p.name if exact else m.text) if p else None,
        "gazetteer_id": p.gazetteer_id if exact else None,
        "country_code": p.country_code if p else None,
        "admin1": p.admin1 if p else None,
        "feature_code": p.feature_code if exact else None,
        "geo_precision": m.geo_precision or None,
        "resolution": m.resolution.value,
        "anchor": m.anchor,
        "score": m.score,
        "incident_type": incident.incident_type,
        "sub_event_type": incident.sub_event_type,
        "actor1": incident.actor1,
        "actor2": incident.actor2,
        "fatalities": incident.fatalities,
        "date": incident.date.isoformat() if incident.date else None,
        "evidence": incident.evidence,
        "confidence": incident.confidence,
        "source": incident.source,
        "url": incident.url,
        "title": incident.title,
        "lat": p.lat if p else None,
        "lon": p.lon if p else None,
    }


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT


def _same(a: Any, b: Any) -> bool:
    if _missing(a) or _missing(b):
        return _missing(a) and _missing(b)
    if isinstance(a, float) or isinstance(b, float):
        return math.isclose(float(a), float(b), abs_tol=1e-6)
    return a == b


#: pandas reads the string "None" (our incident type for "only mentioned") as missing by default.
CSV_READ: dict[str, Any] = {"keep_default_na": False, "na_values": [""]}


@pytest.fixture
def incidents() -> list[Incident]:
    return seed_incidents() + xss_incidents()


def test_schema_is_one_tuple_documented_column_by_column() -> None:
    assert TABLE_COLUMNS == COLUMNS + ("lat", "lon")
    assert list(COLUMN_DOCS) == list(TABLE_COLUMNS)
    for required in ("mention", "mentions", "name", "gazetteer_id", "country_code", "admin1", "feature_code",
                     "geo_precision", "resolution", "score", "incident_type", "sub_event_type", "actor1", "actor2",
                     "fatalities", "date", "evidence", "confidence", "source", "url"):
        assert required in COLUMNS


def test_records_match_incidents_field_by_field(incidents: list[Incident]) -> None:
    records = to_records(incidents)
    assert len(records) == len(incidents)
    for record, incident in zip(records, incidents, strict=True):
        assert list(record) == list(TABLE_COLUMNS)
        expected = _expected(incident)
        for column in TABLE_COLUMNS:
            assert _same(record[column], expected[column]), column


# --- GeoJSON --------------------------------------------------------------------


@pytest.fixture
def geojson(tmp_path: Path, incidents: list[Incident]) -> dict[str, Any]:
    return json.loads(write_geojson(incidents, tmp_path / "out.geojson").read_text(encoding="utf-8"))


def test_geojson_is_a_feature_collection_without_crs(geojson: dict[str, Any]) -> None:
    assert geojson["type"] == "FeatureCollection"
    assert "crs" not in geojson
    assert all(f["type"] == "Feature" and "crs" not in f for f in geojson["features"])


def test_geojson_has_one_feature_per_incident_with_the_schema(geojson: dict[str, Any], incidents: list[Incident]) -> None:
    assert len(geojson["features"]) == len(incidents)
    for feature, incident in zip(geojson["features"], incidents, strict=True):
        assert list(feature["properties"]) == list(COLUMNS)
        expected = _expected(incident)
        for column in COLUMNS:
            assert _same(feature["properties"][column], expected[column]), column


@pytest.mark.parametrize(
    ("mention", "coordinates"),
    [("Kafr Nabl", [36.56449, 35.61376]), ("Saraqib", [36.80591, 35.86447]), ("New York", [-74.00597, 40.71427])],
)
def test_geojson_points_are_lon_lat(geojson: dict[str, Any], mention: str, coordinates: list[float]) -> None:
    feature = next(f for f in geojson["features"] if f["properties"]["mention"] == mention)
    assert feature["geometry"] == {"type": "Point", "coordinates": coordinates}


def test_geojson_unresolved_mention_has_null_geometry(geojson: dict[str, Any]) -> None:
    (feature,) = [f for f in geojson["features"] if f["properties"]["mention"] == "Qaminas"]
    assert feature["geometry"] is None
    assert feature["properties"]["resolution"] == "unresolved"
    assert feature["properties"]["name"] is None


def test_geojson_coordinates_are_rounded_to_six_decimals(tmp_path: Path) -> None:
    place = Place("test:1", "Somewhere", 35.123456789, 36.987654321)
    incident = Incident("d", Mention(0, 9, "Somewhere", place, 1, Resolution.GAZETTEER, 1.0), ((0, 9),), "Battles")
    text = write_geojson([incident], tmp_path / "r.geojson").read_text()
    assert json.loads(text)["features"][0]["geometry"]["coordinates"] == [36.987654, 35.123457]
    assert not re.search(r"\d\.\d{7,}", text)


def test_geojson_is_utf8_text_not_escapes(tmp_path: Path) -> None:
    place = Place("test:2", "Ma‘arrat an-Nu‘mān", 35.6, 36.6)
    incident = Incident("d", Mention(0, 5, "معرة", place, 1, Resolution.GAZETTEER, 1.0), ((0, 5),))
    raw = write_geojson([incident], tmp_path / "u.geojson").read_bytes()
    assert "معرة".encode() in raw and "Ma‘arrat".encode() in raw


def test_geojson_reads_back_with_geopandas(tmp_path: Path, incidents: list[Incident]) -> None:
    gdf = gpd.read_file(write_geojson(incidents, tmp_path / "g.geojson"))
    assert len(gdf) == len(incidents)
    assert gdf.crs.to_epsg() == 4326
    assert gdf.geometry.isna().sum() == 1
    assert list(gdf["mention"]) == [i.mention.text for i in incidents]


def test_empty_geojson_is_a_valid_collection(tmp_path: Path) -> None:
    assert json.loads(write_geojson([], tmp_path / "e.geojson").read_text()) == to_feature_collection([])


# --- GeoDataFrame, GeoPackage, CSV ------------------------------------------------


def test_geodataframe_is_wgs84_with_null_geometry_for_unresolved(incidents: list[Incident]) -> None:
    gdf = to_geodataframe(incidents)
    assert gdf.crs.to_epsg() == 4326
    assert list(gdf.columns) == [*TABLE_COLUMNS, "geometry"]
    unresolved = gdf[gdf["resolution"] == "unresolved"]
    assert len(unresolved) == 1 and unresolved.geometry.iloc[0] is None
    assert str(gdf["fatalities"].dtype) == "Int64"


def _compare_table(frame: Any, incidents: list[Incident]) -> None:
    assert len(frame) == len(incidents)
    for (_, row), incident in zip(frame.iterrows(), incidents, strict=True):
        expected = _expected(incident)
        for column in TABLE_COLUMNS:
            value = row[column]
            if column == "mentions":
                value = json.loads(value)
            assert _same(value, expected[column]), (column, value, expected[column])


def test_gpkg_reads_back_with_the_same_rows_and_columns(tmp_path: Path, incidents: list[Incident]) -> None:
    import pyogrio

    path = write_gpkg(incidents, tmp_path / "out.gpkg")
    assert pyogrio.list_layers(path).tolist() == [[GPKG_LAYER, "Point"]]
    gdf = gpd.read_file(path, layer=GPKG_LAYER)
    assert gdf.crs.to_epsg() == 4326
    assert list(gdf.columns) == [*TABLE_COLUMNS, "geometry"]
    _compare_table(gdf, incidents)
    for (_, row), incident in zip(gdf.iterrows(), incidents, strict=True):
        place = incident.mention.place
        if place is None:
            assert row.geometry is None
        else:
            assert (round(row.geometry.x, 6), round(row.geometry.y, 6)) == (round(place.lon, 6), round(place.lat, 6))


def test_csv_reads_back_with_the_same_rows_and_lat_lon_columns(tmp_path: Path, incidents: list[Incident]) -> None:
    frame = pd.read_csv(write_csv(incidents, tmp_path / "out.csv"), **CSV_READ)
    assert list(frame.columns) == list(TABLE_COLUMNS)
    _compare_table(frame, incidents)


def test_csv_and_gpkg_have_the_same_table(tmp_path: Path, incidents: list[Incident]) -> None:
    csv = pd.read_csv(write_csv(incidents, tmp_path / "t.csv"), **CSV_READ)
    gpkg = gpd.read_file(write_gpkg(incidents, tmp_path / "t.gpkg")).drop(columns="geometry")
    assert list(csv.columns) == list(gpkg.columns)
    for column in TABLE_COLUMNS:
        for a, b in zip(csv[column], gpkg[column], strict=True):
            assert _same(a, b), column


# --- writing safely ---------------------------------------------------------------


WRITERS = {"geojson": write_geojson, "gpkg": write_gpkg, "csv": write_csv}


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_writer_into_a_missing_folder_raises_export_error(tmp_path: Path, kind: str) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        WRITERS[kind](seed_incidents(), tmp_path / "nope" / f"out.{kind}")


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_writer_replaces_an_existing_file_and_leaves_no_temporary_file(tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"out.{kind}"
    target.write_text("old")
    WRITERS[kind](seed_incidents(), target)
    assert target.read_bytes() != b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.geojson"
    target.write_text("old")

    def broken() -> Any:
        yield seed_incidents()[0]
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_geojson(broken(), target)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.geojson"]


def test_os_error_while_writing_becomes_export_error_with_cause(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    def full(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(ExportError, match="No space left") as info:
        write_geojson(seed_incidents(), tmp_path / "x.geojson")
    assert isinstance(info.value.__cause__, OSError)
    assert list(tmp_path.iterdir()) == []


def test_importing_geo_and_maps_stays_cheap() -> None:
    code = (
        "import sys, geo, maps, geo.export; geo.COLUMNS;"
        "heavy = ('geopandas', 'pandas', 'offlinefolium', 'folium', 'shapely', 'playwright');"
        "print([m for m in heavy if m in sys.modules])"
    )
    root = Path(__file__).parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "[]"
