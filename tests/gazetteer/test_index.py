"""The embedded index: what a news reader expects to find, with GeoNames ids."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, MatchKind, PlaceKind


def test_lookup_of_jericho_offers_ariha_through_its_arabic_name(embedded_gazetteer: Gazetteer) -> None:
    places = embedded_gazetteer.lookup("Jericho", limit=None)
    ariha = [p for p in places if p.gazetteer_id == "geonames:172994"]
    assert ariha, [p.gazetteer_id for p in places]
    assert ariha[0].match is MatchKind.NATIVE
    assert ariha[0].country_code == "SY"
    assert places[0].match is MatchKind.EXACT  # the West Bank Jericho itself comes first


@pytest.mark.parametrize(
    ("name", "gid", "kind"),
    [
        ("U.S.", "geonames:6252001", PlaceKind.COUNTRY),
        ("UK", "geonames:2635167", PlaceKind.COUNTRY),
        ("UAE", "geonames:290557", PlaceKind.COUNTRY),
        ("DRC", "geonames:203312", PlaceKind.COUNTRY),
        ("Türkiye", "geonames:298795", PlaceKind.COUNTRY),
        ("Turkey", "geonames:298795", PlaceKind.COUNTRY),
        ("Idlib", "geonames:169387", PlaceKind.ADMIN1),
        ("Europe", "geonames:6255148", PlaceKind.CONTINENT),
    ],
)
def test_news_names_find_geonames_entries(embedded_gazetteer: Gazetteer, name: str, gid: str, kind: PlaceKind) -> None:
    found = {p.gazetteer_id: p for p in embedded_gazetteer.lookup(name, limit=None)}
    assert gid in found
    assert found[gid].kind is kind


@pytest.mark.parametrize("name", ["Caspian Sea", "Caspian", "Mediterranean", "Black Sea"])
def test_seas_are_in_the_index(embedded_gazetteer: Gazetteer, name: str) -> None:
    kinds = [p.kind for p in embedded_gazetteer.lookup(name, limit=None)]
    assert PlaceKind.WATER in kinds


@pytest.mark.parametrize(
    ("name", "country", "gid"),
    [("Washington", "US", "geonames:4140963"), ("San José", "CR", "geonames:3621849")],
    ids=["twenty-us-washingtons", "two-costa-rican-san-joses"],
)
def test_only_the_largest_town_bearing_the_capitals_name_is_the_capital(
        embedded_gazetteer: Gazetteer, name: str, country: str, gid: str) -> None:
    capitals = [p.gazetteer_id for p in embedded_gazetteer.lookup(name, country=country, limit=None)
                if p.feature_code == "PPLC"]
    assert capitals == [gid]


def test_lookup_restricts_to_a_country(embedded_gazetteer: Gazetteer) -> None:
    places = embedded_gazetteer.lookup("Ariha", country="sy")
    assert places and all(p.country_code == "SY" for p in places)
    assert places[0].gazetteer_id == "geonames:172994"


def test_reverse_finds_the_nearest_town(embedded_gazetteer: Gazetteer) -> None:
    place, km = embedded_gazetteer.reverse(35.8137, 36.6096)[0]
    assert place.gazetteer_id == "geonames:172994"
    assert km < 1


def test_lookup_ignores_case_and_repeats_from_the_cache(embedded_gazetteer: Gazetteer) -> None:
    first = embedded_gazetteer.lookup("Saraqib")
    assert embedded_gazetteer.lookup("Saraqib") == first
    assert [p.gazetteer_id for p in embedded_gazetteer.lookup("SARAQIB")] == [p.gazetteer_id for p in first]


@pytest.mark.parametrize(
    "name",
    ["Danube", "Bosphorus", "Irrawaddy", "Ayeyarwady River", "Lake Tanganyika", "Suez Canal", "Kerch Strait",
     "Shatt al-Arab", "Loktak Lake", "Rovuma River", "Lúrio", "Naf River", "Limpopo River", "Jordan River",
     "Orontes", "Lake Kivu", "Blue Nile", "Amu Darya", "Rio Grande", "Congo River"],
)
def test_rivers_lakes_canals_and_straits_conflict_news_names_are_in_the_index(
        embedded_gazetteer: Gazetteer, name: str) -> None:
    assert PlaceKind.WATER in [p.kind for p in embedded_gazetteer.lookup(name)]


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Juba", PlaceKind.CITY), ("Benue", PlaceKind.ADMIN1), ("Limpopo", PlaceKind.ADMIN1),
     ("Congo", PlaceKind.COUNTRY)],
)
def test_a_river_named_with_its_head_leaves_the_bare_name_to_the_town_or_division(
        embedded_gazetteer: Gazetteer, name: str, kind: PlaceKind) -> None:
    places = embedded_gazetteer.lookup(name, limit=None)
    assert PlaceKind.WATER not in [p.kind for p in places if p.match is MatchKind.EXACT]
    assert kind in [p.kind for p in places]


@pytest.mark.parametrize(
    ("name", "country", "south", "north"),
    [
        ("North Darfur", "SD", 14.8, 17.5),  # its towns cluster in the south; its desert reaches Libya
        ("North Kordofan", "SD", 13.7, 15.5),
        ("Ontario", "CA", 48.5, 52.0),  # the north of the province is land too, not only its southern cities
        ("Western Australia", "AU", -27.0, -23.5),
    ],
)
def test_a_division_is_drawn_at_the_centre_of_its_land_not_of_its_towns(
        embedded_gazetteer: Gazetteer, name: str, country: str, south: float, north: float) -> None:
    division = next(p for p in embedded_gazetteer.lookup(name, country=country, limit=None)
                    if p.kind is PlaceKind.ADMIN1)
    assert south < division.lat < north


def test_a_division_named_like_its_central_town_is_still_drawn_at_it(embedded_gazetteer: Gazetteer) -> None:
    idlib = [p for p in embedded_gazetteer.lookup("Idlib", country="SY", limit=None)]
    division = next(p for p in idlib if p.kind is PlaceKind.ADMIN1)
    town = next(p for p in idlib if p.kind is PlaceKind.CITY)
    assert (division.lat, division.lon) == (town.lat, town.lon)
