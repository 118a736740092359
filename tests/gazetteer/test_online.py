"""The --online fallback, against a local Nominatim-shaped server (never the internet)."""

from __future__ import annotations

import json

import pytest

from gazetteer import MatchKind
from gazetteer.exc import OnlineLookupError
from gazetteer.online import OnlineGeocoder, make_geocoder, online_lookup

ANSWER = [
    {
        "place_id": 1, "osm_type": "node", "osm_id": 2457930401, "lat": "35.6137", "lon": "36.5644",
        "class": "place", "type": "town", "name": "Kafr Nabl",
        "display_name": "Kafr Nabl, Idlib Governorate, Syria",
        "address": {"town": "Kafr Nabl", "state": "Idlib Governorate", "country": "Syria", "country_code": "sy"},
    },
    {
        "place_id": 2, "osm_type": "relation", "osm_id": 184840, "lat": "35.80", "lon": "36.60",
        "class": "boundary", "type": "administrative", "addresstype": "state", "name": "Idlib Governorate",
        "display_name": "Idlib Governorate, Syria",
        "address": {"state": "Idlib Governorate", "country": "Syria", "country_code": "sy"},
    },
]


@pytest.fixture
def nominatim(local_http_server):
    local_http_server.routes["/search"] = (200, "application/json", json.dumps(ANSWER).encode())
    coder = make_geocoder("nominatim", domain=local_http_server.host, scheme="http")
    return local_http_server, OnlineGeocoder(coder, min_delay_seconds=0.0, max_retries=0)


def test_online_lookup_returns_places_marked_online(nominatim) -> None:
    server, online = nominatim
    places = online_lookup("Kafr Nabl", country="SY", limit=5, geocoder=online)
    assert [p.gazetteer_id for p in places] == ["online:nominatim:N2457930401", "online:nominatim:R184840"]
    town, state = places
    assert (town.name, town.lat, town.lon, town.country_code) == ("Kafr Nabl", 35.6137, 36.5644, "SY")
    assert (town.feature_class, town.feature_code, town.admin1) == ("P", "PPL", "Idlib Governorate")
    assert (state.feature_class, state.feature_code) == ("A", "ADM1")
    assert all(p.match is MatchKind.ONLINE and p.matched_name == "Kafr Nabl" for p in places)
    query = server.requests[0][0]
    assert "q=Kafr+Nabl" in query and "countrycodes=sy" in query and "limit=5" in query


def test_online_lookup_accepts_a_plain_geopy_geocoder(local_http_server) -> None:
    local_http_server.routes["/search"] = (200, "application/json", json.dumps(ANSWER[:1]).encode())
    coder = make_geocoder("nominatim", domain=local_http_server.host, scheme="http")
    places = online_lookup("Kafr Nabl", geocoder=coder)
    assert [p.gazetteer_id for p in places] == ["online:nominatim:N2457930401"]


def test_online_lookup_filters_by_country_and_limit(nominatim) -> None:
    _, online = nominatim
    assert online_lookup("Kafr Nabl", country="TR", geocoder=online) == []
    assert len(online_lookup("Kafr Nabl", limit=1, geocoder=online)) == 1


def test_nothing_found_is_an_empty_list(local_http_server) -> None:
    local_http_server.routes["/search"] = (200, "application/json", b"[]")
    coder = make_geocoder("nominatim", domain=local_http_server.host, scheme="http")
    assert online_lookup("Xqzzvlorp", geocoder=OnlineGeocoder(coder, min_delay_seconds=0, max_retries=0)) == []


@pytest.mark.parametrize(("status", "body"), [(500, b"boom"), (200, b"not json")], ids=["http-500", "bad-json"])
def test_service_failure_is_an_online_lookup_error(local_http_server, status: int, body: bytes) -> None:
    local_http_server.routes["/search"] = (status, "application/json", body)
    coder = make_geocoder("nominatim", domain=local_http_server.host, scheme="http")
    with pytest.raises(OnlineLookupError, match="online lookup of 'Ariha' \\(nominatim\\) failed"):
        online_lookup("Ariha", geocoder=OnlineGeocoder(coder, min_delay_seconds=0, max_retries=0))


def test_unknown_service_is_an_online_lookup_error() -> None:
    with pytest.raises(OnlineLookupError, match="no-such-service"):
        make_geocoder("no-such-service")


def test_requests_are_rate_limited(local_http_server, monkeypatch) -> None:
    import time

    local_http_server.routes["/search"] = (200, "application/json", b"[]")
    coder = make_geocoder("nominatim", domain=local_http_server.host, scheme="http")
    online = OnlineGeocoder(coder, min_delay_seconds=0.3, max_retries=0)
    start = time.monotonic()
    for _ in range(3):
        online.lookup("Ariha")
    assert time.monotonic() - start >= 0.6
    assert len(local_http_server.requests) == 3


def test_cli_lookup_online_asks_only_when_the_index_has_nothing(
    capsys, local_http_server, embedded_index, monkeypatch
) -> None:
    from gazetteer import online
    from geo.cli import main

    local_http_server.routes["/search"] = (200, "application/json", json.dumps(ANSWER[:1]).encode())
    coder = make_geocoder("nominatim", domain=local_http_server.host, scheme="http")
    monkeypatch.setattr(online, "_shared", {None: OnlineGeocoder(coder, min_delay_seconds=0, max_retries=0)})
    assert main(["-q", "--index", str(embedded_index), "gazetteer", "lookup", "Saraqib", "--online"]) == 0
    assert local_http_server.requests == []
    assert main(["-q", "--index", str(embedded_index), "gazetteer", "lookup", "Xqzzvlorp", "--online"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("online:nominatim:N2457930401\tKafr Nabl\tSY\t")
    assert out[-1].endswith("\tonline")
