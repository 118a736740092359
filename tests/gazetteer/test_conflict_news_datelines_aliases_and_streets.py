"""Conflict-news datelines, bracketed spellings and names that are not places, as behaviours
(sentences written for these tests).

* a dateline may pair two places with a spaced slash (``ODESA / KHERSON —``), end its place with a
  full stop before the dash (``ARAUCA / SARAVENA. —``) and name a region with a lower-case
  connector (``PELOTAS, Rio Grande do Sul —``);
* a lower-case division head and ``of`` announce a name the gazetteer lacks (``the region of X``);
* a spelling in brackets that looks like the name before it is the same place (``Vovchansk
  (Volchansk)``); a different name in brackets is not (``north Texas (Texoma)``);
* ``the river X`` written in lower case is the river, not the country of that name;
* a street head written before a name (``Route de X``), a news agency (``the X agency``) and a
  climate pattern (``El Niño``) are not places;
* a title after a label and a colon may open with a locative (``Read more: Inside X``);
* camps, displacement sites and county seats cities500 lacks are in the curated towns.
"""

from __future__ import annotations

import pytest

from gazetteer.model import PlaceKind

from .geoparse_helpers import by_text


def test_spaced_slash_dateline_names_both_places(geoparser):
    found = by_text(geoparser("ODESA / KHERSON, 2 June. — Russian drones hit port facilities overnight."))
    assert {"ODESA", "KHERSON"} <= set(found)
    assert found["KHERSON"].place.country_code == "UA"


def test_dateline_place_may_end_with_a_full_stop_before_the_dash(geoparser):
    found = by_text(geoparser("ARAUCA / SARAVENA. — Clashes between guerrilla factions displaced hundreds."))
    assert found["SARAVENA"].place.country_code == "CO"


def test_dateline_region_may_hold_a_lower_case_connector(geoparser):
    found = by_text(geoparser("PELOTAS, Rio Grande do Sul — Floodwater reached the city centre on Friday."))
    assert found["PELOTAS"].place.country_code == "BR"


def test_lower_case_region_head_announces_an_unknown_name(geoparser):
    found = by_text(geoparser("Gunmen burned granaries in the region of Liptako, near Dori, on Sunday."))
    assert found["Liptako"].place.country_code == "BF"


def test_capitalised_department_opens_a_body_not_a_place(geoparser):
    found = by_text(geoparser("Officials of the Department of Homeland Security met in Boston on Monday."))
    assert "Homeland Security" not in found and "Homeland" not in found


def test_bracketed_spelling_is_the_same_place(geoparser):
    found = by_text(geoparser("Drones struck Huliaipole (Gulyaipole) again on Thursday."))
    assert found["Gulyaipole"].place.lat == pytest.approx(found["Huliaipole"].place.lat)


def test_bracketed_different_name_is_not_an_alias(geoparser):
    found = by_text(geoparser("Sales grew fastest in north Texas (Texoma) area, the company said."))
    assert "Texoma" not in found


def test_lower_case_river_before_a_name_is_not_the_country(geoparser):
    found = by_text(geoparser("Boats on the river Niger near Gao were searched by soldiers."))
    mention = found.get("Niger")
    assert mention is None or mention.place is None or mention.place.kind is not PlaceKind.COUNTRY


@pytest.mark.parametrize(
    ("text", "street_name"),
    [
        ("Gunmen fired on a bus on Route de Kenscoff in the capital, Port-au-Prince.", "Kenscoff"),
        ("Traffic stopped on Rue de Léogâne after the shooting.", "Léogâne"),
    ],
)
def test_street_named_after_a_place_is_not_the_place(geoparser, text, street_name):
    assert street_name not in by_text(geoparser(text))


def test_news_agency_named_like_a_town_is_not_a_place(geoparser):
    assert "Lusa" not in by_text(geoparser("Two soldiers died, a local official told the Lusa agency."))


def test_city_running_an_agency_stays_a_place(geoparser):
    found = by_text(geoparser("In Georgia, United Way agencies led by the Atlanta agency will draft a plan."))
    assert found["Atlanta"].place.country_code == "US"


def test_climate_pattern_is_not_a_place(geoparser):
    found = by_text(geoparser("Drought linked to El Niño ruined harvests in Malawi this year."))
    assert "El Niño" not in found and "Malawi" in found


def test_title_after_a_colon_may_open_with_a_locative(geoparser):
    found = by_text(geoparser("Read more: Inside Mariupol, a year after the siege"))
    assert found["Mariupol"].place.country_code == "UA"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Returnees waited for buses in Renk before heading south to Malakal.", "Renk", "SS"),
        ("New arrivals were registered at Melkadida this week, UNHCR said.", "Melkadida", "ET"),
        ("Families who fled Sake crowded into the Bulengo site west of Goma.", "Bulengo", "CD"),
        ("Gangs set fire to houses in Cité Soleil overnight, police said.", "Cité Soleil", "HT"),
    ],
)
def test_camps_and_seats_cities500_lacks_are_curated(geoparser, text, name, country):
    mention = by_text(geoparser(text)).get(name)
    assert mention is not None and mention.place.country_code == country
