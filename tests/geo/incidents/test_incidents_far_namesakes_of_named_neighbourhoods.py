"""Attachment to the part of a place: in "the A neighbourhood of B" the larger of the two
only locates the other, but a wrong namesake of A (larger, yet far away or in another
country) does not make B a part of A."""

from __future__ import annotations

import pytest

from gazetteer.model import Place
from tests.geo.incidents.incident_helpers import AIR, ATTACK, CLASH, NONE, primary, resolved


def _city(name: str, lat: float, lon: float, country: str, population: int) -> Place:
    return Place(f"test:{name}", name, lat, lon, country, None, "P", "PPL", population)


def _district(name: str, lat: float, lon: float, country: str, population: int) -> Place:
    return Place(f"test:{name}", name, lat, lon, country, None, "A", "ADM2", population)


@pytest.mark.parametrize("text, part, town, places, label", [
    # the neighbourhood's namesake: a larger city in the same country, 150 km away
    ("Gunmen shot dead four men in the Karama neighbourhood of Tessenei on Friday.", "Karama", "Tessenei",
     {"Karama": _city("Karama", 15.3, 38.9, "ER", 500_000), "Tessenei": _city("Tessenei", 15.1, 36.66, "ER", 30_000)},
     ATTACK),
    # the area's namesake: a district in another country
    ("Rival militias exchanged fire in the Zongo area of Walewale overnight.", "Zongo", "Walewale",
     {"Zongo": _district("Zongo", 4.3, 18.6, "CF", 900_000), "Walewale": _city("Walewale", 10.35, -0.8, "GH", 25_000)},
     CLASH),
])
def test_far_namesake_of_a_neighbourhood_does_not_swallow_its_town(
        text: str, part: str, town: str, places: dict[str, Place], label: tuple[str, str]) -> None:
    found = primary(text, mentions=resolved(text, places))
    assert found[part] == label


@pytest.mark.parametrize("text, city, part, places", [
    # "the C suburb of P", C near P: C only locates the suburb
    ("A drone strike hit the Homs suburb of Waer before dawn.", "Homs", "Waer",
     {"Homs": _city("Homs", 34.73, 36.71, "SY", 700_000), "Waer": _city("Waer", 34.74, 36.66, "SY", 0)}),
])
def test_city_named_before_its_nearby_suburb_only_locates_it(
        text: str, city: str, part: str, places: dict[str, Place]) -> None:
    found = primary(text, mentions=resolved(text, places))
    assert found[city] == NONE and found[part] == AIR


@pytest.mark.parametrize("text, part, city, places", [
    # "the P neighbourhood of C": C stays the locating city even when P's namesake lies far away
    ("An air strike destroyed a house in the Nasr neighbourhood of Deir al-Balah on Monday.", "Nasr", "Deir al-Balah",
     {"Nasr": _city("Nasr", 30.0, 31.3, "EG", 20_000), "Deir al-Balah": _city("Deir al-Balah", 31.42, 34.35, "PS", 75_000)}),
])
def test_city_named_after_its_neighbourhood_stays_the_locator(
        text: str, part: str, city: str, places: dict[str, Place]) -> None:
    found = primary(text, mentions=resolved(text, places))
    assert found[part] == AIR and found[city] == NONE
