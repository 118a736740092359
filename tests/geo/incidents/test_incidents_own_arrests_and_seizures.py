"""Strategic developments: an authority telling of its own arrests or seizures, weapons
seized, sites handed over, fighters disarming at a ceremony, drones downed in counts.
Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import ARRESTS, CHANGE, DISRUPTED, HANDOVER, NONE, NSO, place, primary, resolved


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police in Maiduguri said they had arrested 23 people over the looting of a warehouse.", "Maiduguri"),
        ("Authorities in Kassala said on Friday they had detained 40 men suspected of smuggling.", "Kassala"),
        ("In Kosti, the security committee announced the arrest of nine people accused of spying.", "Kosti"),
    ],
)
def test_authority_telling_of_its_own_arrests_makes_them_where_it_is(text, name):
    assert primary(text, name)[name] == ARRESTS


def test_speech_content_with_a_place_of_its_own_keeps_the_arrest_there():
    text = "Officials in Kampala said they had arrested five men in Gulu."
    found = primary(text, "Kampala", "Gulu")
    assert found["Gulu"] == ARRESTS
    assert found["Kampala"] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police in Peshawar separately arrested six men accused of extortion.", "Peshawar"),
        ("Soldiers in Goma meanwhile detained a dozen youths at a roadblock.", "Goma"),
    ],
)
def test_clause_adverb_inside_a_clause_is_no_boundary(text, name):
    assert primary(text, name)[name] == ARRESTS


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Troops seized 450 rifles and two tonnes of cannabis at a farm near Tepalcatepec.", "Tepalcatepec"),
        ("Three suspects were held in Jenin, and rifles were seized in Tubas.", "Tubas"),
        ("The operation ended with the seizure of 12 explosive devices in a cave near Tuz Khurmatu.", "Tuz Khurmatu"),
    ],
)
def test_weapons_seized_are_a_disrupted_weapons_use(text, name):
    assert primary(text, name)[name] == DISRUPTED


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Customs officers seized 30 kilograms of heroin at the port of Mersin.", "Mersin", NONE),
        ("Rebels seized the town of Walikale after a day of fighting.", "Walikale", NSO),
    ],
)
def test_seizure_without_weapons_is_no_disrupted_weapons_use(text, name, expected):
    assert primary(text, name)[name] == expected


def test_smuggling_route_end_is_not_where_weapons_were_seized():
    text = "Near Tal Kalakh, a truck of ammunition being smuggled towards Lebanon was seized."
    found = primary(text, "Tal Kalakh", "Lebanon")
    assert found["Tal Kalakh"] == DISRUPTED
    assert found["Lebanon"] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The rebels handed over checkpoints in Tal Tamr to government forces on Sunday.", "Tal Tamr"),
        ("The militia has handed over Laukkai, its main stronghold, to the army under a truce.", "Laukkai"),
        ("French troops left, handing over their last base, a camp outside Gao, to the Malian army.", "Gao"),
    ],
)
def test_sites_handed_over_to_a_force_are_a_peaceful_transfer(text, name):
    assert primary(text, name)[name] == HANDOVER


def test_country_a_foreign_force_withdraws_from_is_not_handed_over():
    text = "France completed its withdrawal from Chad, handing over its last base, near Abeche, to the Chadian army."
    places = {"Chad": place("Chad", "A", "PCLI", "TD"), "Abeche": place("Abeche", "P", "PPLA", "TD")}
    found = primary(text, mentions=resolved(text, places))
    assert found["Chad"] == NONE
    assert found["Abeche"] == HANDOVER


def test_disarmament_ceremony_is_where_fighters_disarm():
    text = "Some 120 rebels handed over their rifles during a disarmament ceremony in Kaga-Bandoro."
    assert primary(text, "Kaga-Bandoro")["Kaga-Bandoro"] == CHANGE


def test_drones_downed_as_a_share_of_a_wave_are_disrupted_where_downed():
    text = "The air force said it destroyed 31 of the 40 drones launched overnight, most of them over the Sumy region."
    assert primary(text, "Sumy")["Sumy"] == DISRUPTED
