"""False violent readings: road-blocking protests, debris of interceptions and duds, foiled
attacks, reports called false, the ends of a road an event is placed on, where a shooter
is posted or a drone took off, and where a victim lived. Every sentence here is new (none
is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import AIR, CLASH, DISRUPTED, IED, INTERVENTION, NONE, PEACEFUL, RIOT, SHELLING, primary


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Demonstrators burned tyres on the main avenue of Bouaké to denounce the price of fuel.", "Bouaké",
         PEACEFUL),
        ("In Goma, protesters demanding water blocked roads with burning tyres until police fired tear gas.",
         "Goma", INTERVENTION),
        ("Protesters erected barricades in Kisumu against the new tax, witnesses said.", "Kisumu", PEACEFUL),
    ],
)
def test_tyres_burned_and_barricades_by_protesters_are_a_protest(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Protesters burned tyres and threw stones in Bouaké.", "Bouaké"),
        ("Rioters looted shops in Nanterre, while protesters erected barricades in Colombes.", "Colombes"),
    ],
)
def test_tyres_or_barricades_with_other_violence_stay_a_riot(text, name):
    assert primary(text, name)[name] == RIOT


def test_angry_residents_blocking_a_road_to_protest_are_no_mob():
    text = "Angry residents of Gamboru blocked the highway on Monday to protest against the abduction of farmers."
    assert primary(text, "Gamboru")["Gamboru"][0] == "Protests"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The army intercepted a missile overnight, and fragments of the missile fell on a school in Ashdod, wounding a guard.",
         "Ashdod"),
        ("Air defences shot down two drones; debris from one drone fell on a house near Zarqa.", "Zarqa"),
        ("A rocket landed in an orchard near Kiryat Shmona without exploding.", "Kiryat Shmona"),
        ("A roadside bomb was detected and neutralised by sappers near Gao.", "Gao"),
        ("Soldiers found and destroyed two IEDs planted on a road in Bulo Burde.", "Bulo Burde"),
    ],
)
def test_interception_debris_duds_and_cleared_bombs_are_disrupted_weapons_use(text, name):
    assert primary(text, name)[name] == DISRUPTED


def test_a_drone_that_exploded_and_killed_is_still_a_strike():
    text = "A drone struck a house in Kherson, killing two people."
    assert primary(text, "Kherson")["Kherson"] == AIR


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police foiled a kidnapping attempt in Zaria on Sunday.", "Zaria"),
        ("The junta's claim in state media that rebels shelled the market in Hpakant is a fabrication.", "Hpakant"),
        ("The army dismissed as false the reports on social media that jihadists had overrun Djibo.", "Djibo"),
    ],
)
def test_foiled_attacks_and_reports_called_false_are_no_event(text, name):
    assert primary(text, name)[name] == NONE


def test_a_fight_after_a_foiled_attack_is_still_a_clash():
    text = "Troops thwarted an infiltration attempt near Tuz Khurmatu and exchanged fire with the militants."
    assert primary(text, "Tuz Khurmatu")["Tuz Khurmatu"] == CLASH


@pytest.mark.parametrize(
    ("text", "names", "site"),
    [
        ("A roadside bomb hit a bus on the Maiduguri-Damboa road near Sabon Gari on Friday.",
         ("Maiduguri", "Damboa"), "Sabon Gari"),
        ("Gunmen ambushed a truck on the Kumba-Mamfe highway, near the village of Ekona.", ("Kumba", "Mamfe"), "Ekona"),
    ],
)
def test_ends_of_a_road_are_no_event_site_when_a_place_on_it_is_named(text, names, site):
    found = primary(text, *names, site)
    assert all(found[n] == NONE for n in names)


def test_ends_of_a_road_take_the_event_when_no_place_on_it_is_named():
    text = "A roadside bomb hit a bus on the Maiduguri-Damboa road on Friday."
    assert primary(text, "Maiduguri")["Maiduguri"] == IED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A woman was wounded by shelling from army units positioned in Jisr al-Shughur.", "Jisr al-Shughur"),
        ("A sniper stationed in the hills of Saber shot a boy fetching water.", "Saber"),
        ("The drones were launched from the airport of Geneina, the army said.", "Geneina"),
    ],
)
def test_where_the_shooters_are_posted_or_drones_took_off_is_no_event_site(text, name):
    assert primary(text, name)[name] == NONE


def test_forces_posted_in_a_place_that_are_hit_make_it_the_event_site():
    text = "A drone strike hit fighters stationed in Jisr al-Shughur on Monday."
    assert primary(text, "Jisr al-Shughur")["Jisr al-Shughur"] == AIR


def test_where_a_victim_lived_is_no_event_site_when_the_event_is_placed():
    text = "A farmer, a resident of Beryslav, was killed by shelling in a field near Tiahynka."
    assert primary(text, "Beryslav", "Tiahynka")["Beryslav"] == NONE


def test_a_victims_town_is_the_event_site_when_nothing_else_is_named():
    text = "A farmer, a resident of Beryslav, was killed by Russian shelling on Monday."
    assert primary(text, "Beryslav")["Beryslav"] == SHELLING
