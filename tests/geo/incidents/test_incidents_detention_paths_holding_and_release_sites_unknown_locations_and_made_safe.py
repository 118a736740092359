"""Strategic developments, third round: places detainees were taken to, held at or released
at keep no arrest; state forces leading a detainee "to an unknown location" abduct him; a
memorandum handed over is no agreement; a launcher or a mine made safe is disrupted weapons use."""

from __future__ import annotations

import pytest

from tests.geo.incidents.incident_helpers import (
    ABDUCTION,
    ARRESTS,
    DISRUPTED,
    NONE,
    primary,
)


@pytest.mark.parametrize("text, site, elsewhere", [
    # a facility named "centre" is the end of the path, not a compass word
    ("Soldiers arrested three students in Hebron on Monday and took them to the Etzion detention centre in Bethlehem.",
     "Hebron", "Bethlehem"),
    ("Police detained two traders in Gao and drove them to the regional interrogation center in Sevare.",
     "Gao", "Sevare"),
    # flown to a place: the detainee's journey, not a second arrest
    ("Federal agents arrested the gang leader at the airport in Culiacan and flew him to Toluca.",
     "Culiacan", "Toluca"),
])
def test_place_detainees_are_taken_to_keeps_no_arrest(text: str, site: str, elsewhere: str) -> None:
    found = primary(text, site, elsewhere)
    assert found[site] == ARRESTS
    assert found[elsewhere] == NONE


@pytest.mark.parametrize("text, site, elsewhere", [
    ("Troops detained a farmer near Kfar Kila, who was freed three days later at the Ras Naqoura gate.",
     "Kfar Kila", "Ras Naqoura"),
    ("Police arrested 40 students in Kisumu and released them hours later in Siaya.", "Kisumu", "Siaya"),
])
def test_place_detainees_are_released_at_keeps_no_arrest(text: str, site: str, elsewhere: str) -> None:
    found = primary(text, site, elsewhere)
    assert found[site] == ARRESTS
    assert found[elsewhere] == NONE


@pytest.mark.parametrize("text, place", [
    ("Marines detained a cartel commander on Friday, who will be held in the Puente Grande prison, in Zapopan.",
     "Zapopan"),
    ("The captured gang boss is now jailed in a maximum-security prison near Tiquisate.", "Tiquisate"),
])
def test_prison_a_detainee_is_held_in_is_no_arrest_site(text: str, place: str) -> None:
    assert primary(text, place)[place] == NONE


@pytest.mark.parametrize("text, place", [
    ("In occupied Kakhovka, soldiers detained a retired teacher at her flat and took her to an unknown location.",
     "Kakhovka"),
    ("Police arrested a blogger in Mandalay on Friday and took him to an undisclosed location, his family said.",
     "Mandalay"),
])
def test_detainee_led_to_unknown_location_is_abducted(text: str, place: str) -> None:
    assert primary(text, place)[place] == ABDUCTION


@pytest.mark.parametrize("text, place", [
    ("Police detained a journalist in Mykolaiv and took him to the district police station.", "Mykolaiv"),
])
def test_detainee_taken_to_known_place_stays_arrested(text: str, place: str) -> None:
    assert primary(text, place)[place] == ARRESTS


@pytest.mark.parametrize("text, place", [
    ("The envoy said Kyiv had handed over a memorandum listing its terms for a truce.", "Kyiv"),
    ("The delegation said Ankara had handed over a draft protocol on the corridor.", "Ankara"),
])
def test_document_handed_over_is_no_agreement(text: str, place: str) -> None:
    assert primary(text, place)[place] == NONE


@pytest.mark.parametrize("text, place", [
    ("The army said engineers found and dismantled a launcher primed to fire near Kfar Chouba.", "Kfar Chouba"),
    ("Troops dismantled two launchers set up in an orchard near Kfar Chouba.", "Kfar Chouba"),
    ("Police disarmed a device left outside a bank in Manta.", "Manta"),
])
def test_weapon_made_safe_is_disrupted_weapons_use(text: str, place: str) -> None:
    assert primary(text, place)[place] == DISRUPTED
