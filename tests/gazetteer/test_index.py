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
