"""How the embedded builder draws divisions: the land their towns are nearest to."""

from __future__ import annotations

import pytest

from gazetteer.build import _area_centre, _land_shares


def _town(ident: int, lat: float, lon: float, cc: str = "TD") -> dict:
    return {"geonameid": ident, "latitude": lat, "longitude": lon, "countrycode": cc}


def test_a_towns_land_reaches_the_empty_country_beyond_it() -> None:
    # Chad: a town in the Sahara's edge holds the desert up to the Libyan border
    shares = _land_shares([_town(1, 12.1, 15.0), _town(2, 9.1, 18.4), _town(3, 16.0, 19.0)])
    _weight, lat, _lon = shares[3]
    assert lat > 17.5


def test_towns_share_all_of_their_countrys_land() -> None:
    shares = _land_shares([_town(1, 12.1, 15.0), _town(2, 9.1, 18.4), _town(3, 16.0, 19.0)])
    total = sum(w for w, _lat, _lon in shares.values())
    # Chad's 1.28 million km² are about 104 square degrees at the equator's scale (12,364 km² each)
    assert total == pytest.approx(104.0, rel=0.05)


def test_a_country_across_the_antimeridian_keeps_its_towns_land_on_their_side() -> None:
    shares = _land_shares([_town(1, 64.73, 177.51, "RU"), _town(2, 55.75, 37.62, "RU"), _town(3, 43.1, 131.9, "RU")])
    _weight, _lat, lon = shares[1]  # Anadyr holds Chukotka, east and west of the 180th meridian
    assert lon > 150 or lon < -170


def test_area_centre_weighs_each_share_by_its_land() -> None:
    assert _area_centre([(3.0, 10.0, 20.0), (1.0, 14.0, 24.0)]) == (11.0, 21.0)
