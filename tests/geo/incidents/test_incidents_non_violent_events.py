"""Non-violent events told with violent-looking words (holdouts 38-42): weapons that were
all intercepted, made safe before they went off, found ready to fire, or only the stuff
bombs are made of; an army entering towns the other side left; a crowd burning symbols
or blocking roads without clashes; an arrest in a verb phrase of its own after a strike;
and a place named in a "which" clause of the subject. Every sentence here is new (none is
from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import (
    AIR,
    ARRESTS,
    DISRUPTED,
    GOV_REGAINS,
    HANDOVER,
    IED,
    NONE,
    NSO,
    PEACEFUL,
    SHELLING,
    primary,
)


@pytest.mark.parametrize(
    "text",
    [
        "Overnight the militia fired three rockets at Ashkelon, all of which were intercepted.",
        "The group launched two drones at Ashkelon on Friday, both of which were shot down.",
    ],
)
def test_weapons_all_intercepted_in_a_relative_clause_are_disrupted(text):
    assert primary(text, "Ashkelon")["Ashkelon"] == DISRUPTED


def test_weapons_mostly_intercepted_still_struck():
    text = "The militia fired 40 rockets at Ashkelon, most of which were intercepted."
    assert primary(text, "Ashkelon")["Ashkelon"] == SHELLING


def test_debris_of_a_drone_that_damaged_houses_and_hurt_no_one_is_disrupted():
    text = ("Air defences brought down drones over three regions. "
            "Debris from a drone damaged a garage in the Fastiv district, officials said.")
    assert primary(text, "Fastiv")["Fastiv"] == DISRUPTED


@pytest.mark.parametrize(
    "text",
    [
        "Army sappers dismantled an explosive device hidden under a bridge near Mardan, north of Peshawar, before it exploded.",
        "Police dismantled a bomb planted outside a school in Mardan before it exploded, and opened an inquiry.",
    ],
)
def test_a_bomb_made_safe_before_it_exploded_is_disrupted(text):
    assert primary(text, "Mardan")["Mardan"] == DISRUPTED


def test_weapons_located_ready_to_fire_are_disrupted():
    text = "Soldiers located two mortars loaded and ready to fire in an orchard near Kafr Hamra."
    assert primary(text, "Kafr Hamra")["Kafr Hamra"] == DISRUPTED


def test_an_arrest_with_bomb_making_materials_is_an_arrest_and_the_planned_attack_no_event():
    text = ("Police said they had arrested two men in Garissa on Friday with bomb-making equipment "
            "they suspect was intended for an attack in Wajir.")
    got = primary(text, "Garissa", "Wajir")
    assert got["Garissa"] == ARRESTS
    assert got["Wajir"][0] not in ("Battles", "Explosions/Remote violence")


@pytest.mark.parametrize(
    "text",
    [
        "Army units entered the villages of Deir Mimas and Kfarhamam on Sunday after the withdrawal of the enemy forces from them.",
        "Government troops entered Deir Mimas and Kfarhamam after the rebels had pulled out, residents said.",
    ],
)
def test_an_army_entering_towns_the_other_side_left_is_a_handover(text):
    got = primary(text, "Deir Mimas", "Kfarhamam")
    assert got["Deir Mimas"] == HANDOVER and got["Kfarhamam"] == HANDOVER


def test_rebels_entering_a_town_the_army_left_still_overtake_it():
    text = "Rebel fighters entered Kfarhamam on Tuesday after the withdrawal of the army from the town."
    assert primary(text, "Kfarhamam")["Kfarhamam"] == NSO


def test_an_army_entering_a_town_with_no_withdrawal_told_regains_it():
    text = "Army units entered Kfarhamam on Tuesday, the ministry said."
    assert primary(text, "Kfarhamam")["Kfarhamam"] == GOV_REGAINS


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of students protested outside the embassy in Quezon City, burning a mock flag of the ruling party.",
        "Activists rallied in Quezon City on Friday and burned effigies of the two ministers.",
        "Farmers blocked the highway in Quezon City with burning tyres to protest fuel prices, without clashes with the police.",
    ],
)
def test_a_crowd_burning_symbols_or_blocking_roads_without_clashes_is_peaceful(text):
    assert primary(text, "Quezon City")["Quezon City"] == PEACEFUL


def test_protesters_burning_a_police_station_still_riot():
    text = "Protesters burned a police station in Quezon City on Friday."
    assert primary(text, "Quezon City")["Quezon City"][0] == "Riots"


def test_an_arrest_in_a_verb_phrase_of_its_own_takes_its_place_from_the_strike_before():
    text = ("Troops raided the village of Kufr Ein, and a drone fired a missile at a group of farmers, "
            "and detained six men from the village of Deir Ballut.")
    assert primary(text, "Deir Ballut")["Deir Ballut"] == ARRESTS


def test_a_second_attack_in_a_verb_phrase_still_reaches_its_place():
    text = "Warplanes struck a depot near Kufr Ein, and attacked an airfield outside Deir Ballut."
    assert primary(text, "Deir Ballut")["Deir Ballut"] == AIR


def test_a_place_held_in_a_which_clause_of_the_subject_takes_no_strike_of_the_main_clause():
    text = ("The militia, which still holds most of Jonglei and parts of Unity, has launched drone strikes "
            "on a fuel depot in Malakal.")
    got = primary(text, "Jonglei", "Malakal")
    assert got["Jonglei"] == NONE
    assert got["Malakal"] == AIR


def test_a_war_begun_in_a_which_clause_displaces_no_one_from_that_place():
    text = "The war, which began in April 2023 in Omdurman, has displaced more than 10 million people."
    assert primary(text, "Omdurman", when=None)["Omdurman"] == NONE



def test_a_bomb_that_went_off_before_anyone_made_it_safe_still_exploded():
    text = "A car bomb left outside the market in Mardan for an hour before it exploded killed six people."
    assert primary(text, "Mardan")["Mardan"] == IED
