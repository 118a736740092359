"""GazetteerGeocoder: geopy's interface over the offline index, and geopandas.tools.geocode."""

from __future__ import annotations

import math

import geopandas
import pytest
from geopy.location import Location
from shapely.geometry import Point

from gazetteer import Gazetteer, GazetteerGeocoder


@pytest.fixture(scope="module")
def geocoder(embedded_gazetteer: Gazetteer) -> GazetteerGeocoder:
    return GazetteerGeocoder(embedded_gazetteer)


def test_geocode_returns_a_geopy_location_with_the_place_fields(geocoder: GazetteerGeocoder) -> None:
    loc = geocoder.geocode("Saraqib")
    assert isinstance(loc, Location)
    assert loc.address == "Saraqib, Idlib, SY"
    assert (round(loc.latitude, 1), round(loc.longitude, 1)) == (35.9, 36.8)
    assert loc.raw["gazetteer_id"] == "geonames:164816"
    assert loc.raw["feature_code"] == "PPL" and loc.raw["match"] == "exact"


def test_geocode_of_an_unknown_name_is_none(geocoder: GazetteerGeocoder) -> None:
    assert geocoder.geocode("Xqzzvlorp") is None


@pytest.mark.parametrize(
    ("query", "gid"),
    [("Ariha, SY", "geonames:172994"), ("Ariha, Syria", "geonames:172994"), ("Jericho, Idlib", "geonames:172994"),
     ("Jericho", "geonames:284899")],
    ids=["country-code", "country-name", "admin1-context", "no-context"],
)
def test_geocode_uses_context_after_commas(geocoder: GazetteerGeocoder, query: str, gid: str) -> None:
    assert geocoder.geocode(query).raw["gazetteer_id"] == gid


def test_geocode_many_respects_country_and_limit(geocoder: GazetteerGeocoder) -> None:
    locations = geocoder.geocode("Jericho", exactly_one=False, country="US", limit=2)
    assert len(locations) == 2
    assert all(loc.raw["country_code"] == "US" for loc in locations)


def test_reverse_returns_the_nearest_town_with_its_distance(geocoder: GazetteerGeocoder) -> None:
    loc = geocoder.reverse("35.8137, 36.6096")
    assert loc.raw["gazetteer_id"] == "geonames:172994"
    assert loc.raw["distance_km"] < 1


def test_geocoder_never_uses_its_http_adapter(embedded_gazetteer: Gazetteer, monkeypatch) -> None:
    coder = GazetteerGeocoder(embedded_gazetteer)

    def no_network(*args, **kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(coder.adapter, "get_json", no_network)
    monkeypatch.setattr(coder.adapter, "get_text", no_network)
    assert coder.geocode("Idlib") is not None and coder.reverse((35.9, 36.6)) is not None


@pytest.mark.parametrize("as_class", [False, True], ids=["instance", "class-with-kwargs"])
def test_geopandas_geocode_works_offline_with_the_gazetteer(embedded_gazetteer: Gazetteer, as_class: bool) -> None:
    from geopandas.tools import geocode

    names = ["Saraqib", "Ariha, Idlib", "Xqzzvlorp"]
    if as_class:
        frame = geocode(names, provider=GazetteerGeocoder, gazetteer=embedded_gazetteer)
    else:
        frame = geocode(names, provider=GazetteerGeocoder(embedded_gazetteer))
    assert isinstance(frame, geopandas.GeoDataFrame)
    assert frame.crs.to_epsg() == 4326
    assert list(frame["address"][:2]) == ["Saraqib, Idlib, SY", "Arīḩā, Idlib, SY"]
    assert math.isclose(frame.geometry[0].x, 36.8, abs_tol=0.05)  # x is longitude
    assert math.isclose(frame.geometry[0].y, 35.86, abs_tol=0.05)
    assert frame["address"].isna()[2] and frame.geometry[2].is_empty


def test_geopandas_reverse_geocode_works_offline(embedded_gazetteer: Gazetteer) -> None:
    from geopandas.tools import reverse_geocode

    frame = reverse_geocode([Point(36.6096, 35.8137)], provider=GazetteerGeocoder(embedded_gazetteer))
    assert frame["address"][0] == "Arīḩā, Idlib, SY"


def test_calling_an_instance_with_options_is_refused(geocoder: GazetteerGeocoder) -> None:
    with pytest.raises(TypeError):
        geocoder(timeout=3)


def test_location_raw_is_json_ready(geocoder: GazetteerGeocoder) -> None:
    import json

    raw = geocoder.geocode("Idlib").raw
    assert json.loads(json.dumps(raw))["gazetteer_id"] == raw["gazetteer_id"]
